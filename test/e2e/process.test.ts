/**
 * The real process: `npx tsx src/main.ts` with BOT_TOKEN and TELEGRAM_API_ROOT pointing at
 * the emulator answers on Telegram and stops cleanly on SIGTERM; bad settings stop
 * start-up with one line naming the variable. No token ever appears in its output.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BotApiEmulator } from "../support/bot-api-emulator.js";
import { until } from "../support/until.js";

const root = path.resolve(import.meta.dirname, "../..");
let dataDir: string;

interface Run {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function startProcess(env: Record<string, string>, args: string[] = []): Run {
  // only what the bot needs: no inherited BOT_TOKEN or other settings (a developer's .env is
  // not overridden by dotenv either, since every setting is given here)
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(BOT_TOKEN|TELEGRAM_API_ROOT|CONTENT_DIR|DATA_DIR|LOG_LEVEL|DIGEST_)/.test(k)));
  const child = spawn("npx", ["tsx", "src/main.ts", ...args], {
    cwd: root,
    env: { ...clean, CONTENT_DIR: "content", DATA_DIR: dataDir, LOG_LEVEL: "info", DIGEST_DEFAULT_TIME: "09:00", DIGEST_DEFAULT_TZ: "UTC", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout?.on("data", (d: Buffer) => (out += d.toString("utf8")));
  child.stderr?.on("data", (d: Buffer) => (err += d.toString("utf8")));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })));
  return { child, stdout: () => out, stderr: () => err, exit };
}

async function within<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} took more than ${ms} ms`)), ms)));
  try {
    return await Promise.race([p, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

beforeAll(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), "nqb-data-"));
});
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

describe("npx tsx src/main.ts on Telegram", () => {
  let emu: BotApiEmulator;
  let run: Run | undefined;

  beforeAll(async () => {
    emu = await BotApiEmulator.start();
  });
  afterAll(async () => {
    if (run && run.child.exitCode === null) run.child.kill("SIGKILL");
    await emu.close();
  });

  it("answers /start and /summary@bot, then stops cleanly on SIGTERM", async () => {
    run = startProcess({ BOT_TOKEN: emu.token, TELEGRAM_API_ROOT: `${emu.apiRoot}/` });
    await emu.polling(60_000).catch((e: unknown) => {
      throw new Error(`${String(e)}\nstderr: ${run?.stderr()}`);
    });
    expect(emu.callsTo("setMyCommands").some((c) => c.ok)).toBe(true);
    // content loads in the background: wait until the article is indexed
    await until(() => run!.stderr().includes('"articles loaded"'), "loading the articles");

    const ann = emu.user("Ann");
    const dm = emu.privateChat(ann);
    const start = await emu.converse(dm, ann, "/start");
    expect(start.replies).toHaveLength(1);
    expect(start.replies[0]?.reply_to_message?.message_id).toBe(start.update.message?.message_id);
    const sg = emu.supergroup("Desk", [[ann, "member"]]);
    const summary = await emu.converse(sg, ann, `/summary@${emu.botUser.username}`);
    expect(summary.replies[0]?.text).toMatch(/¶\d+/);
    expect(emu.rejected).toEqual([]);

    // npm does not pass signals on to what it runs, so the bot's own process (its pid is in
    // the start-up log line) gets SIGTERM — twice, which must change nothing
    const pid = (JSON.parse(run.stderr().split("\n").find((l) => l.includes('"pid"')) ?? "{}") as { pid?: number }).pid;
    expect(pid).toBeGreaterThan(0);
    const polls = emu.callsTo("getUpdates").length;
    process.kill(pid as number, "SIGTERM");
    process.kill(pid as number, "SIGTERM");
    const { code } = await within(run.exit, 60_000, "stopping on SIGTERM");
    expect(code).toBe(0);
    // the last getUpdates confirmed the handled updates
    expect(emu.callsTo("getUpdates").length).toBeGreaterThan(polls);
    expect(emu.callsTo("getUpdates").at(-1)?.params.limit).toBe(1);

    const stderr = run.stderr();
    expect(run.stdout()).toBe("");
    expect(stderr).not.toContain(emu.token);
    expect(stderr).not.toContain(emu.token.split(":")[1]);
    const lines = stderr.split("\n").filter(Boolean).map((l) => JSON.parse(l) as { msg: string });
    expect(lines.filter((l) => l.msg === "stopping")).toHaveLength(1);
    expect(lines.filter((l) => l.msg === "stopped")).toHaveLength(1);
  }, 120_000);
});

describe("start-up refusals", () => {
  it("bad settings and a refused token stop start-up with one clear line", async () => {
    const emu = await BotApiEmulator.start();
    const secret = "AAThisTokenIsWrongForTheEmulator_123456";
    const [badToken, badRoot, refused] = [
      startProcess({ BOT_TOKEN: "12345:short" }),
      startProcess({ BOT_TOKEN: emu.token, TELEGRAM_API_ROOT: "ftp://example.org" }),
      startProcess({ BOT_TOKEN: `42:${secret}`, TELEGRAM_API_ROOT: emu.apiRoot }),
    ];
    const [a, b, c] = await within(Promise.all([badToken.exit, badRoot.exit, refused.exit]), 60_000, "start-up refusals");
    await emu.close();

    expect(a.code).toBe(2);
    expect(badToken.stderr().trim().split("\n")).toHaveLength(1);
    expect(badToken.stderr()).toMatch(/^Invalid setting BOT_TOKEN: /);
    expect(badToken.stderr()).not.toContain("12345:short");

    expect(b.code).toBe(2);
    expect(badRoot.stderr()).toMatch(/^Invalid setting TELEGRAM_API_ROOT: .*http/);

    expect(c.code).toBe(1);
    expect(refused.stderr()).toMatch(/Fatal: Telegram refused BOT_TOKEN \(401 Unauthorized\)/);
    expect(refused.stderr()).not.toContain(secret);
  }, 120_000);
});
