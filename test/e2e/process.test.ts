/**
 * The real process: `npx tsx src/main.ts` with BOT_TOKEN and TELEGRAM_API_ROOT pointing at
 * the emulator answers on Telegram and stops cleanly on SIGTERM; bad settings stop
 * start-up with one line naming the variable. No token ever appears in its output.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BotApiEmulator } from "../support/bot-api-emulator.js";
import { until } from "../support/until.js";
import { startBotProcess, within, type BotProcess as Run } from "../support/bot-process.js";

let dataDir: string;

function startProcess(env: Record<string, string>, args: string[] = []): Run {
  return startBotProcess({ DATA_DIR: dataDir, ...env }, args);
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
    run?.kill();
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

    // the bot answers many chats at once, so an update is confirmed before it is answered:
    // wait for the reply itself
    const ann = emu.user("Ann");
    const dm = emu.privateChat(ann);
    const start = emu.sendText(dm, ann, "/start");
    const startReply = await emu.replyTo(start, 30_000);
    expect(startReply.reply_to_message?.message_id).toBe(start.message?.message_id);
    const sg = emu.supergroup("Desk", [[ann, "member"]]);
    const summary = await emu.replyTo(
      emu.sendText(sg, ann, `/summary@${emu.botUser.username}`),
      30_000,
    );
    expect(summary.text).toMatch(/¶\d+/);
    expect(emu.rejected).toEqual([]);

    // npm does not pass signals on to what it runs, so the bot's own process (its pid is in
    // the start-up log line) gets SIGTERM — twice, which must change nothing
    const pid = (
      JSON.parse(
        run
          .stderr()
          .split("\n")
          .find((l) => l.includes('"pid"')) ?? "{}",
      ) as { pid?: number }
    ).pid;
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
    const lines = stderr
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { msg: string });
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
    const [a, b, c] = await within(
      Promise.all([badToken.exit, badRoot.exit, refused.exit]),
      60_000,
      "start-up refusals",
    );
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
