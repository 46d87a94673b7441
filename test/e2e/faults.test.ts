/**
 * Faults on the way to Telegram (all on 127.0.0.1, through the Bot API emulator): the Bot
 * API going away and coming back, and a send that Telegram took but did not answer in time.
 */
import type { Message } from "grammy/types";
import { afterEach, describe, expect, it } from "vitest";
import type { AnswerContext } from "../../src/answers/context.js";
import { createBot } from "../../src/telegram/bot.js";
import { Outgoing } from "../../src/telegram/outgoing.js";
import { Polling } from "../../src/telegram/polling.js";
import { BotApiEmulator } from "../support/bot-api-emulator.js";
import { libraryOf, memoryLogger, type LogLine } from "../support/bot-harness.js";
import { until } from "../support/bot-process.js";
import { answerContext } from "../support/context.js";

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

async function start(
  opts: { timeoutSeconds?: number } = {},
): Promise<{ emu: BotApiEmulator; lines: LogLine[] }> {
  const emu = await BotApiEmulator.start();
  const library = await libraryOf("content");
  const { log, lines } = memoryLogger([emu.token]);
  const outgoing = new Outgoing({ log });
  const ctx = answerContext(library);
  const bot = createBot(emu.token, {
    apiRoot: emu.apiRoot,
    context: (): AnswerContext => ctx,
    log,
    outgoing,
    timeoutSeconds: opts.timeoutSeconds,
  });
  const polling = new Polling(bot, log, 30_000, { outgoing });
  polling.updates.onSettled(emu.trackHandling());
  void polling.run().catch(() => undefined);
  cleanup.push(async () => {
    await emu.setUnreachable(false);
    await polling.stop();
    await emu.close();
  });
  await emu.polling();
  return { emu, lines };
}

describe("the Bot API unreachable", () => {
  it("logs a warning when it goes, another when it is back, and answers again", async () => {
    const { emu, lines } = await start();
    const said = (text: string) => lines.filter((l) => l.level === 40 && l.msg === text).length;
    await emu.setUnreachable(true);
    await until(
      () => said("the Bot API cannot be reached; retrying") === 1,
      30_000,
      "the warning that Telegram is unreachable",
    );
    await emu.setUnreachable(false);
    await until(
      () => said("the Bot API can be reached again") === 1,
      60_000,
      "the warning that Telegram is back",
    );
    expect(said("the Bot API cannot be reached; retrying")).toBe(1);
    const ann = emu.user("Ann");
    const { replies } = await emu.converse(emu.privateChat(ann), ann, "/help");
    expect(replies).toHaveLength(1);
  }, 90_000);
});

describe("a send that timed out after Telegram took it", () => {
  it("is not sent again: the chat gets the message once, and the bot says why", async () => {
    const { emu, lines } = await start({ timeoutSeconds: 1 });
    const bea = emu.user("Bea");
    const dm = emu.privateChat(bea);
    // Telegram posts the message but answers only after the bot has stopped waiting
    const release = emu.holdAnswers("sendMessage");
    const update = emu.sendText(dm, bea, "/help");
    await emu.processed(update, 30_000);
    release();
    expect(emu.botMessagesIn(dm)).toHaveLength(1);
    expect(
      lines.some((l) => /may have been delivered, so it is not sent again/.test(String(l.msg))),
    ).toBe(true);
    expect(lines.filter((l) => l.level >= 50)).toEqual([]);
    // the next message is answered as usual
    const next = await emu.converse(dm, bea, "/start");
    expect(next.replies).toHaveLength(1);
    expect((next.replies[0] as Message).chat.id).toBe(dm.id);
  }, 60_000);
});
