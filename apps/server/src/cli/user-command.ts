import { addMember, createAuth, createUser, findOrCreateCampaign, type Role } from "@terrain/core";
import type { Command } from "commander";
import { openDb } from "../open-db.ts";
import { configOf } from "./common.ts";

export function registerUserCommand(program: Command): void {
  const user = program.command("user").description("manage accounts");
  user
    .command("add")
    .description("create an account, optionally with a role in a campaign")
    .requiredOption("--email <email>", "email address (the login)")
    .requiredOption("--name <name>", "display name")
    .option(
      "--password <password>",
      "password (env TERRAIN_NEW_PASSWORD; at least 10 characters, not easy to guess)",
    )
    .option("--territory <code>", "campaign territory (commune INSEE code, département or FR)")
    .option("--campaign <id>", "campaign id (required when the territory has several campaigns)")
    .option("--role <role>", "admin | coordinator | volunteer | analyst", "volunteer")
    .option("--superadmin", "platform administrator (all campaigns)")
    .action(
      async (
        flags: {
          email: string;
          name: string;
          password?: string;
          territory?: string;
          campaign?: string;
          role: string;
          superadmin?: boolean;
          dataDir?: string;
          databaseUrl?: string;
        },
        cmd: Command,
      ) => {
        const roles = ["admin", "coordinator", "volunteer", "analyst"];
        if (!roles.includes(flags.role))
          throw new Error(`--role: "${flags.role}" is not one of ${roles.join(", ")}`);
        const password = flags.password ?? process.env.TERRAIN_NEW_PASSWORD;
        if (!password) throw new Error("--password: required (or set TERRAIN_NEW_PASSWORD)");
        const config = configOf(cmd);
        const handle = await openDb(config);
        try {
          const auth = createAuth(handle.db, { secret: config.secret, baseURL: config.baseUrl });
          const created = await createUser(handle.db, auth, {
            email: flags.email,
            name: flags.name,
            password,
            platformRole: flags.superadmin ? "superadmin" : "user",
          });
          if (flags.territory || flags.campaign) {
            const c = await findOrCreateCampaign(handle.db, {
              territory: flags.territory,
              campaignId: flags.campaign,
            });
            await addMember(handle.db, { campaignId: c.id, email: created.email, role: flags.role as Role });
            console.log(`Account ${created.email} created, ${flags.role} of ${c.name}.`);
          } else console.log(`Account ${created.email} created.`);
        } finally {
          await handle.close();
        }
      },
    );
}
