import { readFile } from "node:fs/promises";
import { EI_METHODS, EiInputError, type EiMethod, type RunEiOptions, runEi } from "@terrain/stats";
import cliProgress from "cli-progress";
import { type Command, InvalidArgumentError, Option } from "commander";

/** Where the command writes; injectable for tests. */
export interface EiCommandIo {
  stdout(text: string): void;
  stderr(text: string): void;
  setExitCode(code: number): void;
  /** Show a cli-progress bar on stderr (default: when stderr is a terminal). */
  progress: boolean;
}

const defaultIo: EiCommandIo = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  setExitCode: (c) => {
    process.exitCode = c;
  },
  progress: process.stderr.isTTY === true,
};

function positiveInt(name: string, min = 1) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min)
      throw new InvalidArgumentError(`${name} must be an integer ≥ ${min}`);
    return n;
  };
}

interface EiCliOptions {
  method: EiMethod;
  input: string;
  seed?: number;
  samples?: number;
  burnin?: number;
  thin?: number;
  chains?: number;
  newAndExit?: string;
  units?: boolean;
  weighted?: boolean;
  margins?: RunEiOptions["margins"];
  sampler?: RunEiOptions["sampler"];
}

async function readInput(file: string): Promise<unknown> {
  const text = file === "-" ? await readStdin() : await readFile(file, "utf8");
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new EiInputError(`${file} is not valid JSON: ${(e as Error).message}`);
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** Indented JSON whose innermost arrays of numbers stay on one line (matrices stay readable). */
export function formatJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    /\[\s+((?:-?[\d.eE+-]+|null)(?:,\s+(?:-?[\d.eE+-]+|null))*)\s+\]/g,
    (_, inner: string) => `[${inner.replace(/,\s+/g, ", ")}]`,
  );
}

/**
 * Registers `terrain ei`: runs one ecological-inference method of @terrain/stats on a JSON
 * input file ({"rows", "cols", "units": [{"id", "rows", "cols"}]}) and prints the output
 * contract as JSON on stdout, with a progress bar on stderr. Invalid input prints a message
 * naming the unit and field on stderr and sets exit code 1.
 */
export function registerEiCommand(program: Command, io: EiCommandIo = defaultIo): void {
  program
    .command("ei")
    .description("ecological inference on a JSON file of unit margins; JSON result on stdout")
    .addOption(
      new Option("--method <method>", "estimation method").choices([...EI_METHODS]).makeOptionMandatory(),
    )
    .requiredOption("--input <file>", 'input JSON file ("-" for stdin)')
    .option("--seed <n>", "random seed", positiveInt("--seed", 0))
    .option("--samples <n>", "kept draws (king: parameter draws; md: per chain)", positiveInt("--samples"))
    .option("--burnin <n>", "md: burn-in iterations", positiveInt("--burnin", 0))
    .option("--thin <n>", "md: thinning interval", positiveInt("--thin"))
    .option("--chains <n>", "md: number of chains (run in parallel)", positiveInt("--chains"))
    .option("--new-and-exit <name>", "lphom family: register-change scenario (raw, regular, adjust1, …)")
    .option("--units", "also return per unit estimates")
    .option("--weighted", "goodman: weight units by size")
    .addOption(
      new Option("--margins <mode>", "units whose row and column totals differ").choices([
        "error",
        "scale-rows",
        "scale-cols",
      ]),
    )
    .addOption(new Option("--sampler <name>", "king: importance sampler").choices(["ei", "sir"]))
    .action(async (opts: EiCliOptions) => {
      const bar = io.progress
        ? new cliProgress.SingleBar(
            {
              stream: process.stderr,
              format: `ei ${opts.method} [{bar}] {percentage}% | {duration_formatted}`,
            },
            cliProgress.Presets.shades_classic,
          )
        : null;
      bar?.start(100, 0);
      try {
        const input = await readInput(opts.input);
        const output = await runEi(input, opts.method, {
          seed: opts.seed,
          samples: opts.samples,
          burnin: opts.burnin,
          thin: opts.thin,
          chains: opts.chains,
          newAndExit: opts.newAndExit,
          units: opts.units === true,
          weighted: opts.weighted === true,
          margins: opts.margins,
          sampler: opts.sampler,
          onProgress: (f) => bar?.update(Math.round(100 * Math.min(1, Math.max(0, f)))),
        });
        bar?.stop();
        io.stdout(`${formatJson(output)}\n`);
      } catch (e) {
        bar?.stop();
        const err = e as Error;
        const kind = err instanceof EiInputError ? "invalid input" : "error";
        io.stderr(`terrain ei: ${kind}: ${err.message}\n`);
        io.setExitCode(1);
      }
    });
}
