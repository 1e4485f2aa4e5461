import { Command } from "commander";
import { registerMigrateCommand } from "./cli/migrate-command.ts";
import { registerServeCommand } from "./cli/serve-command.ts";
import { registerStatusCommand } from "./cli/status-command.ts";
import { registerUserCommand } from "./cli/user-command.ts";

/** The `terrain` command line. */
export function buildProgram(): Command {
  const program = new Command("terrain")
    .description("Terrain — campaign software for French local elections")
    .version("0.1.0")
    .showHelpAfterError();
  registerServeCommand(program);
  registerStatusCommand(program);
  registerUserCommand(program);
  registerMigrateCommand(program);
  return program;
}

/** Runs the command line; any failure is one clear sentence on stderr and exit code 1. */
export async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (error) {
    process.stderr.write(`terrain: ${(error as Error).message}\n`);
    process.exit(1);
  }
}
