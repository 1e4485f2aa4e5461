import type { Command } from "commander";
import { serve } from "../serve.ts";
import { configOf } from "./common.ts";

export function registerServeCommand(program: Command): void {
  program
    .command("serve")
    .description("start the Terrain server and web app")
    .option("--port <port>", "HTTP port (env PORT, default 3000)")
    .option("--host <host>", "address to listen on (env HOST, default 127.0.0.1)")
    .option("--no-demo", "do not create the demo commune on an empty database")
    .action(
      async (
        flags: {
          port?: string;
          host?: string;
          dataDir?: string;
          databaseUrl?: string;
          demo: boolean;
        },
        cmd: Command,
      ) => {
        const config = configOf(cmd);
        await serve(config, {
          prepare: async (handle) => {
            if (!flags.demo) return;
            const { loadDemoIfEmpty } = await import("../demo-on-start.ts");
            await loadDemoIfEmpty(handle.db);
          },
        });
      },
    );
}
