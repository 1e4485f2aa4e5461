import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Command } from "commander";
import { describe, expect, it } from "vitest";
import { registerDemoCommand } from "./demo-command.ts";

function harness() {
  const out: string[] = [];
  const err: string[] = [];
  let code = 0;
  const program = new Command().name("terrain").exitOverride();
  program.configureOutput({ writeErr: (s) => err.push(s), writeOut: (s) => out.push(s) });
  registerDemoCommand(program, {
    stdout: (s) => out.push(s),
    stderr: (s) => err.push(s),
    setExitCode: (c) => {
      code = c;
    },
  });
  return { program, out, err, code: () => code };
}

describe("terrain demo", () => {
  it("writes the commune's files and truth.json into --out", async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), "terrain-demo-cli-")), "out");
    const h = harness();
    await h.program.parseAsync(["demo", "--out", dir, "--seed", "9", "--bureaux", "5", "--voters", "4000"], {
      from: "user",
    });
    expect(h.code()).toBe(0);
    expect(h.out.join("")).toMatch(/5 bureaux/);
    const files = readdirSync(dir);
    expect(files).toContain("truth.json");
    expect(files.filter((f) => /^(pres|leg|mun)\d{4}_t[12]_/.test(f))).toHaveLength(6);
    const truth = JSON.parse(readFileSync(path.join(dir, "truth.json"), "utf8"));
    expect(truth.seed).toBe(9);
    expect(truth.bureaux).toHaveLength(5);
  });

  it("reports bad options on stderr with exit code 1", async () => {
    const h = harness();
    const dir = mkdtempSync(path.join(tmpdir(), "terrain-demo-cli-"));
    await h.program.parseAsync(["demo", "--out", dir, "--bureaux", "1"], { from: "user" });
    expect(h.code()).toBe(1);
    expect(h.err.join("")).toMatch(/bureaux must be an integer between 2 and 1,000/);
  });

  it("rejects a non-integer seed", async () => {
    const h = harness();
    await expect(
      h.program.parseAsync(["demo", "--out", "x", "--seed", "abc"], { from: "user" }),
    ).rejects.toThrow(/--seed must be an integer/);
  });
});
