/**
 * The real bot process (`npx tsx src/main.ts`) for end-to-end tests: started with only the
 * settings a test gives (nothing inherited from the developer's environment), its output
 * captured, its exit awaited.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

export interface BotProcess {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** Parsed JSON log lines on stderr (other lines skipped). */
  logs: () => { msg?: string; level?: number; [key: string]: unknown }[];
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** The bot's own pid (npm/npx do not pass signals on), from its start-up log line. */
  pid: () => number | undefined;
  /** Ends it at once (after a failed test): the bot itself and npx. */
  kill: () => void;
}

const OWN_SETTINGS =
  /^(BOT_TOKEN|TELEGRAM_API_ROOT|CONTENT_DIR|DATA_DIR|LOG_LEVEL|DIGEST_|WEBHOOK_|PORT$|HEALTH_PORT$|FETCH_|FEED_)/;

export function startBotProcess(env: Record<string, string>, args: string[] = []): BotProcess {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !OWN_SETTINGS.test(k)),
  );
  const child = spawn("npx", ["tsx", "src/main.ts", ...args], {
    cwd: root,
    env: {
      ...clean,
      CONTENT_DIR: "content",
      LOG_LEVEL: "info",
      DIGEST_DEFAULT_TIME: "09:00",
      DIGEST_DEFAULT_TZ: "UTC",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout?.on("data", (d: Buffer) => (out += d.toString("utf8")));
  child.stderr?.on("data", (d: Buffer) => (err += d.toString("utf8")));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  const logs = () =>
    err
      .split("\n")
      .filter((l) => l.startsWith("{"))
      .map((l) => JSON.parse(l) as { msg?: string; level?: number; [key: string]: unknown });
  const pid = () => logs().find((l) => typeof l.pid === "number")?.pid as number | undefined;
  const kill = () => {
    const own = pid();
    if (own !== undefined && child.exitCode === null) {
      try {
        process.kill(own, "SIGKILL");
      } catch {
        // already gone
      }
    }
    if (child.exitCode === null) child.kill("SIGKILL");
  };
  return { child, stdout: () => out, stderr: () => err, logs, exit, pid, kill };
}

/** Resolves when `check()` holds, looking every 25 ms; rejects after `ms` naming `what`. */
export async function until(check: () => boolean, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`waited more than ${ms} ms for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export async function within<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>(
    (_, reject) =>
      (timer = setTimeout(() => reject(new Error(`${what} took more than ${ms} ms`)), ms)),
  );
  try {
    return await Promise.race([p, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
