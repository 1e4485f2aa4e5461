/**
 * The e2e harness: the real Terrain server as a child process on an embedded database in a
 * temporary folder, and Debian's Chromium driven by playwright-core.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const chromiumPath = process.env.TERRAIN_CHROMIUM ?? "/usr/bin/chromium";
export const screenshotDir = path.join(repoRoot, "test-results", "e2e");
const webDist = path.join(repoRoot, "apps", "web", "dist", "index.html");

/**
 * Whether the browser journeys can run here. Without Chromium they are skipped with a
 * message on a developer's machine, but CI (process.env.CI set) fails instead.
 */
export function browserAvailable(): boolean {
  if (existsSync(chromiumPath)) return true;
  const message = `${chromiumPath} is missing: install Debian's chromium (apt-get install chromium) to run the e2e journeys.`;
  if (process.env.CI) throw new Error(message);
  console.warn(`e2e skipped: ${message}`);
  return false;
}

/** The built web app must exist: `npm test` builds it first; a lone run builds it once here. */
export function ensureWebBuilt(): void {
  if (existsSync(webDist)) return;
  execFileSync("npm", ["run", "build", "-w", "apps/web"], { cwd: repoRoot, stdio: "inherit" });
  if (!existsSync(webDist)) throw new Error("apps/web/dist was not built: run npm run build:web");
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface RunningServer {
  baseUrl: string;
  setupLink: string;
  stop: () => Promise<void>;
}

/**
 * Starts `terrain serve` on a free port and a fresh data folder (or the given one, already
 * filled, which is then left in place), with `env` added to its environment (e.g. a
 * DATABASE_URL); resolves with its setup link.
 */
export async function startServer(
  options: { demo?: boolean; timeoutMs?: number; dataDir?: string; env?: Record<string, string> } = {},
): Promise<RunningServer> {
  const port = await freePort();
  const dataDir = options.dataDir ?? mkdtempSync(path.join(os.tmpdir(), "terrain-e2e-"));
  const env: NodeJS.ProcessEnv = { ...process.env, TERRAIN_LOG_LEVEL: "warn" };
  for (const key of ["DATABASE_URL", "TERRAIN_BASE_URL", "TERRAIN_DATA_DIR", "PORT", "HOST"]) delete env[key];
  Object.assign(env, options.env);
  const args = ["apps/server/bin/terrain.mjs", "serve", "--port", String(port), "--data-dir", dataDir];
  if (!options.demo) args.push("--no-demo");
  const child = spawn(process.execPath, args, { cwd: repoRoot, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const setupLink = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(
        new Error(
          `terrain serve printed no setup link within ${options.timeoutMs ?? 120_000} ms:\n${output}`,
        ),
      );
    }, options.timeoutMs ?? 120_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/\S+\/setup\?token=\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`terrain serve exited (${code}) before printing the setup link:\n${output}`));
    });
  });
  const baseUrl = new URL(setupLink).origin;
  const stop = () => stopChild(child, options.dataDir ? null : dataDir);
  // The server looks for apps/web/dist once, at start: say so at once if it was missing then
  // (e.g. rebuilt at that very moment) rather than letting every journey time out.
  const home = await fetch(`${baseUrl}/`).then((r) => r.text());
  if (!home.includes('id="root"')) {
    await stop();
    throw new Error(
      `the server does not serve the web app (was apps/web/dist being rebuilt?): ${home.slice(0, 120)}`,
    );
  }
  return { baseUrl, setupLink, stop };
}

async function stopChild(child: ChildProcess, dataDir: string | null): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
    await exited;
    clearTimeout(timer);
  }
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}

/**
 * Headless Chromium with the flags a shared CI machine needs; `webgl` adds a software WebGL
 * (SwiftShader) so that MapLibre draws without a GPU.
 */
export function launchBrowser(options: { webgl?: boolean } = {}): Promise<Browser> {
  const args = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-dev-shm-usage",
  ];
  if (options.webgl) args.push("--use-angle=swiftshader", "--enable-unsafe-swiftshader");
  return chromium.launch({ executablePath: chromiumPath, headless: true, args });
}

export interface Installation {
  server: RunningServer;
  browser: Browser;
  /** Closes the browser, then stops the server. */
  close: () => Promise<void>;
}

/**
 * The setup every journey starts with: the built web app, a server on a fresh data folder
 * (with the demo commune when asked) and a browser.
 */
export async function startInstallation(
  options: { demo?: boolean; webgl?: boolean; timeoutMs?: number; dataDir?: string } = {},
): Promise<Installation> {
  ensureWebBuilt();
  const server = await startServer(options);
  const browser = await launchBrowser({ webgl: options.webgl }).catch(async (error: unknown) => {
    await server.stop();
    throw error;
  });
  return {
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.stop();
    },
  };
}

export const desk = { width: 1280, height: 800 };
export const phone = { width: 390, height: 844 };

/** A fresh browser profile (own cookies) at a given size. */
export function newContext(
  browser: Browser,
  baseUrl: string,
  viewport = desk,
  locale = "fr-FR",
): Promise<BrowserContext> {
  return browser.newContext({ baseURL: baseUrl, viewport, locale, isMobile: viewport.width < 500 });
}

/** Writes a screenshot under test-results/e2e/ (gitignored), to be looked at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}
