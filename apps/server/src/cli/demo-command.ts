import path from "node:path";
import { writeDemo } from "@terrain/core";
import { type Command, InvalidArgumentError } from "commander";

/** Where the command writes; injectable for tests. */
export interface DemoCommandIo {
  stdout(text: string): void;
  stderr(text: string): void;
  setExitCode(code: number): void;
}

const defaultIo: DemoCommandIo = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  setExitCode: (c) => {
    process.exitCode = c;
  },
};

function integer(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n)) throw new InvalidArgumentError(`${name} must be an integer`);
    return n;
  };
}

/**
 * `terrain demo --out DIR [--seed N] [--bureaux N] [--voters N]`: writes the fictional
 * demo commune in the official layouts, with truth.json; same seed, same bytes.
 */
export function registerDemoCommand(program: Command, io: DemoCommandIo = defaultIo): void {
  program
    .command("demo")
    .description("write a fictional commune (données fictives) in the official file layouts, with its truth")
    .requiredOption("--out <dir>", "folder to write the files into")
    .option("--seed <n>", "random seed (default 2026)", integer("--seed"))
    .option("--bureaux <n>", "number of bureaux de vote (default 40)", integer("--bureaux"))
    .option("--voters <n>", "registered voters, about (default 35000)", integer("--voters"))
    .action(async (opts: { out: string; seed?: number; bureaux?: number; voters?: number }) => {
      try {
        const { demo, paths } = await writeDemo(opts.out, {
          seed: opts.seed,
          bureaux: opts.bureaux,
          voters: opts.voters,
        });
        const latest = demo.truth.results.mun2026t1.total;
        io.stdout(
          `Commune fictive ${demo.truth.communeName} (${demo.truth.territory}), seed ${demo.truth.seed}: ` +
            `${demo.truth.bureaux.length} bureaux, ${latest.inscrits} inscrits, ${demo.truth.elections.length} tours.\n`,
        );
        for (const p of paths) io.stdout(`${path.relative(process.cwd(), p) || p}\n`);
      } catch (error) {
        io.stderr(`terrain demo: ${(error as Error).message}\n`);
        io.setExitCode(1);
      }
    });
}
