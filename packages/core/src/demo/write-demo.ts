import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { type GeneratedDemo, generateDemo } from "./generate-demo.ts";
import type { DemoOptions } from "./options.ts";

/** Writes the demo commune's files into `dir` (created when missing); returns their paths. */
export async function writeDemo(
  dir: string,
  options: DemoOptions = {},
): Promise<{ demo: GeneratedDemo; paths: string[] }> {
  const demo = generateDemo(options);
  await mkdir(dir, { recursive: true });
  const paths: string[] = [];
  for (const [name, bytes] of demo.files) {
    const target = path.join(dir, name);
    await writeFile(target, bytes);
    paths.push(target);
  }
  return { demo, paths };
}

/** The data files of a written demo (everything but truth.json), for the importers. */
export function importablePaths(paths: readonly string[]): string[] {
  return paths.filter((p) => path.basename(p) !== "truth.json");
}
