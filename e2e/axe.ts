/**
 * axe-core's WCAG 2.2 A/AA rules on the page as it is: the violations of critical or serious
 * impact, each named by its rule and the first elements at fault (empty when none).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

/** axe's source, evaluated through the DevTools protocol: the app's CSP (script-src 'self') refuses a script tag. */
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export interface AxeViolation {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
  html: string[];
}

export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    type Result = {
      violations: {
        id: string;
        impact: string | null;
        help: string;
        nodes: { target: unknown[]; html: string }[];
      }[];
    };
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<Result> } })
      .axe;
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    });
    return result.violations
      .filter((v) => v.impact === "critical" || v.impact === "serious")
      .map((v) => ({
        rule: v.id,
        impact: v.impact ?? "",
        help: v.help,
        targets: v.nodes.slice(0, 5).map((n) => n.target.map(String).join(" ")),
        html: v.nodes.slice(0, 3).map((n) => n.html.slice(0, 300)),
      }));
  });
}
