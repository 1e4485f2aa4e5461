import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Command } from "commander";
import { describe, expect, it } from "vitest";
import { formatJson, registerEiCommand } from "./ei-command.ts";

function harness() {
  const out: string[] = [];
  const err: string[] = [];
  let code = 0;
  const program = new Command().name("terrain").exitOverride();
  program.configureOutput({ writeErr: (s) => err.push(s), writeOut: (s) => out.push(s) });
  registerEiCommand(program, {
    stdout: (s) => out.push(s),
    stderr: (s) => err.push(s),
    setExitCode: (c) => {
      code = c;
    },
    progress: false,
  });
  return { program, out, err, code: () => code };
}

const dir = mkdtempSync(path.join(tmpdir(), "terrain-ei-"));
function writeInput(name: string, value: unknown): string {
  const file = path.join(dir, name);
  writeFileSync(file, JSON.stringify(value));
  return file;
}

const input = {
  rows: ["black", "white"],
  cols: ["vote", "novote"],
  units: [
    { id: "29019_0001", rows: [30, 70], cols: [40, 60] },
    { id: "29019_0002", rows: [60, 40], cols: [55, 45] },
    { id: "29019_0003", rows: [10, 90], cols: [30, 70] },
    { id: "29019_0004", rows: [80, 20], cols: [62, 38] },
  ],
};

describe("terrain ei", () => {
  it("prints the bounds as JSON on stdout", async () => {
    const h = harness();
    const file = writeInput("ok.json", input);
    await h.program.parseAsync(["ei", "--method", "bounds", "--input", file, "--units"], { from: "user" });
    expect(h.code()).toBe(0);
    const out = JSON.parse(h.out.join(""));
    expect(out.method).toBe("bounds");
    expect(out.rows).toEqual(["black", "white"]);
    // aggregate bound of black→vote: Σ r_b·max(0,(r_b+c_v−N)/r_b) / Σ r_b = (0+15+0+42)/180
    expect(out.lower[0][0]).toBeCloseTo(57 / 180, 12);
    expect(out.units).toHaveLength(4);
    expect(typeof out.diagnostics.elapsedMs).toBe("number");
  });

  it("runs king with a seed, reproducibly", async () => {
    const file = writeInput("k.json", input);
    const run = async () => {
      const h = harness();
      await h.program.parseAsync(
        ["ei", "--method", "king", "--input", file, "--seed", "5", "--samples", "20"],
        {
          from: "user",
        },
      );
      return JSON.parse(h.out.join("")).estimate;
    };
    expect(await run()).toEqual(await run());
  });

  it("names the unit and field of invalid input on stderr, exit code 1", async () => {
    const bad = structuredClone(input);
    bad.units[3].cols[1] = -5;
    const h = harness();
    await h.program.parseAsync(["ei", "--method", "goodman", "--input", writeInput("bad.json", bad)], {
      from: "user",
    });
    expect(h.code()).toBe(1);
    expect(h.out).toEqual([]);
    expect(h.err.join("")).toContain('unit "29019_0004" (index 3): cols[1] is negative (-5)');
  });

  it("rejects unparsable JSON and unknown methods", async () => {
    const file = path.join(dir, "broken.json");
    writeFileSync(file, "{ not json");
    const h = harness();
    await h.program.parseAsync(["ei", "--method", "bounds", "--input", file], { from: "user" });
    expect(h.code()).toBe(1);
    expect(h.err.join("")).toContain("is not valid JSON");
    const h2 = harness();
    await expect(
      h2.program.parseAsync(["ei", "--method", "magic", "--input", file], { from: "user" }),
    ).rejects.toThrow();
    expect(h2.err.join("")).toContain("magic");
  });
});

describe("formatJson", () => {
  it("keeps number matrices on one line per row and parses back to the same value", () => {
    const v = {
      a: [
        [1.5, -2e-7],
        [Number.NaN, 3],
      ],
      b: ["x", "y"],
      c: { d: [0.1, 1e21] },
    };
    const text = formatJson(v);
    expect(text).toContain("[1.5, -2e-7]");
    expect(text).toContain("[null, 3]");
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(v)));
  });
});

describe("terrain ei as a process", () => {
  it("exits with code 1 and a message on stderr for invalid input", async () => {
    const { spawnSync } = await import("node:child_process");
    const { createRequire } = await import("node:module");
    const script = path.join(dir, "cli.mts");
    const entry = new URL("./ei-command.ts", import.meta.url).pathname;
    const commander = createRequire(import.meta.url).resolve("commander");
    writeFileSync(
      script,
      `import { Command } from ${JSON.stringify(commander)};\nimport { registerEiCommand } from ${JSON.stringify(entry)};\nconst p = new Command("terrain");\nregisterEiCommand(p);\nawait p.parseAsync(process.argv);\n`,
    );
    const bad = structuredClone(input);
    bad.units[1].rows = [1];
    const file = writeInput("ragged.json", bad);
    const res = spawnSync("npx", ["tsx", script, "ei", "--method", "bounds", "--input", file], {
      cwd: path.dirname(entry),
      encoding: "utf8",
    });
    expect(res.status).toBe(1);
    expect(res.stdout).toBe("");
    expect(res.stderr).toContain('unit "29019_0002" (index 1): rows has 1 counts, expected 2');
    const ok = spawnSync(
      "npx",
      ["tsx", script, "ei", "--method", "goodman", "--input", writeInput("g.json", input)],
      {
        cwd: path.dirname(entry),
        encoding: "utf8",
      },
    );
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).method).toBe("goodman");
  });
});
