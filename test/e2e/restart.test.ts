/**
 * Nothing lost, nothing doubled across a graceful restart: 60 updates wait in the queue,
 * the bot (the real process) is stopped with SIGTERM while it is answering them, then
 * started again on the same DATA_DIR. Every message must be answered exactly once — also
 * those of a chat whose reply Telegram held back (429) for longer than the bot may take to stop.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Update } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BotApiEmulator } from "../support/bot-api-emulator.js";
import { startBotProcess, until, within, type BotProcess } from "../support/bot-process.js";

let dataDir: string;
let emu: BotApiEmulator;
const runs: BotProcess[] = [];

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), "nqb-restart-"));
  emu = await BotApiEmulator.start();
});
afterAll(async () => {
  for (const r of runs) r.kill();
  await emu.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function start(): BotProcess {
  const run = startBotProcess({
    BOT_TOKEN: emu.token,
    TELEGRAM_API_ROOT: emu.apiRoot,
    DATA_DIR: dataDir,
  });
  runs.push(run);
  return run;
}

async function stop(run: BotProcess): Promise<void> {
  await until(() => run.pid() !== undefined, 30_000, "the bot's start-up line");
  process.kill(run.pid() as number, "SIGTERM");
  const { code } = await within(run.exit, 30_000, "stopping on SIGTERM");
  expect(code).toBe(0);
}

describe("SIGTERM in the middle of a batch", () => {
  it("answers each of 60 queued updates exactly once across a restart", async () => {
    const updates: Update[] = [];
    for (let c = 0; c < 6; c++) {
      const user = emu.user(`U${c}`);
      const dm = emu.privateChat(user);
      for (let i = 0; i < 10; i++) updates.push(emu.sendText(dm, user, "/help"));
      // the first chat must wait longer than a graceful stop lasts
      if (c === 0) emu.rateLimitNext("sendMessage", 20, { chatId: dm.id });
    }
    // a slow Telegram, so that the batch is still being answered when SIGTERM comes
    emu.setLatency("sendMessage", 150);
    const answered = () => updates.filter((u) => emu.repliesTo(u).length > 0).length;

    const first = start();
    await until(() => answered() >= 10, 60_000, "the first answers").catch((e: unknown) => {
      throw new Error(`${String(e)}\n${first.stderr()}`);
    });
    await stop(first);
    const afterFirst = answered();

    // the second run takes up what the first left, and long-polls again
    const polls = emu.callsTo("getUpdates").length;
    const second = start();
    await until(
      () => answered() === updates.length && emu.callsTo("getUpdates").length > polls,
      120_000,
      "every update answered",
    ).catch((e: unknown) => {
      throw new Error(`${String(e)}\n${second.stderr()}`);
    });
    await stop(second);

    const counts = updates.map((u) => emu.repliesTo(u).length);
    const twice = counts.filter((n) => n > 1).length;
    console.log(
      `restart: ${afterFirst}/60 answered before SIGTERM; answered twice: ${twice}/60; never: ${counts.filter((n) => n === 0).length}/60`,
    );
    expect(counts).toEqual(updates.map(() => 1));
    expect(afterFirst).toBeLessThan(60);
    expect(
      second.logs().some((l) => l.msg === "finishing updates received before the restart"),
    ).toBe(true);
    expect(emu.rejected).toEqual([]);
  }, 300_000);
});
