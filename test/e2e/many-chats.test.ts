/**
 * Many chats at once, each in order: the real grammY bot against the Bot API emulator.
 * What is checked is the order of events (which reply Telegram got first), never a duration.
 */
import type { Message } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AnswerContext } from "../../src/answers/context.js";
import { createBot } from "../../src/telegram/bot.js";
import { Polling } from "../../src/telegram/polling.js";
import { BotApiEmulator, type ApiCall } from "../support/bot-api-emulator.js";
import { libraryOf, memoryLogger, startBot, type RunningBot } from "../support/bot-harness.js";
import { answerContext } from "../support/context.js";

let emu: BotApiEmulator;
let running: RunningBot;

beforeAll(async () => {
  emu = await BotApiEmulator.start();
  running = await startBot(emu);
});
afterAll(async () => {
  await running?.stop();
  await emu?.close();
});

const sentTo = (chatId: number) => (c: ApiCall) =>
  c.method === "sendMessage" && c.ok && (c.result as Message).chat.id === chatId;

describe("one chat waiting does not hold the others", () => {
  it("chat B's /help is answered while chat A waits out a 429 retry_after=5; A still gets its reply", async () => {
    const ann = emu.user("Ann");
    const bob = emu.user("Bob");
    const a = emu.privateChat(ann);
    const b = emu.privateChat(bob);
    emu.rateLimitNext("sendMessage", 5, { chatId: a.id });
    const fromA = emu.sendText(a, ann, "/help");
    // A's reply has been refused with 429: now B asks
    await emu.waitForCall(
      "sendMessage",
      (c) => c.injected && Number(c.params.chat_id) === a.id,
      30_000,
    );
    const fromB = emu.sendText(b, bob, "/help");
    const replyB = await emu.replyTo(fromB, 30_000);
    const replyA = await emu.replyTo(fromA, 30_000);
    expect(replyB.text).toContain("/summary");
    expect(replyA.text).toContain("/summary");
    // B's reply went out before A's retried one
    expect(emu.calls.findIndex(sentTo(b.id))).toBeLessThan(emu.calls.findIndex(sentTo(a.id)));
    expect(emu.repliesTo(fromA)).toHaveLength(1);
    expect(emu.rejected).toEqual([]);
  }, 60_000);

  it("a chat's own messages are answered in the order they were sent, also behind a 429", async () => {
    const cy = emu.user("Cy");
    const dm = emu.privateChat(cy);
    emu.rateLimitNext("sendMessage", 1, { chatId: dm.id });
    const sent = ["/help", "/articles", "/start", "/help"].map((t) => emu.sendText(dm, cy, t));
    for (const u of sent) await emu.replyTo(u, 30_000);
    const order = emu.calls
      .filter(sentTo(dm.id))
      .map((c) => (c.result as Message).reply_to_message?.message_id);
    expect(order).toEqual(sent.map((u) => u.message?.message_id));
  }, 60_000);
});

describe("typing…", () => {
  it("shows while an answer takes longer than half a second, and not after the answer", async () => {
    const dee = emu.user("Dee");
    const dm = emu.privateChat(dee);
    const first = await emu.converse(dm, dee, "/summary 2");
    const shown = first.replies[0] as Message;
    // Telegram is slow to take the button's acknowledgement: the answer waits for it
    emu.setLatency("answerCallbackQuery", 3000);
    try {
      const press = await emu.press(
        shown,
        shown.reply_markup?.inline_keyboard[0]?.[0]?.text ?? "",
        dee,
      );
      const methods = press.calls.map((c) => c.method);
      const typing = press.calls.findIndex(
        (c) =>
          c.method === "sendChatAction" &&
          c.params.action === "typing" &&
          Number(c.params.chat_id) === dm.id,
      );
      expect(typing).toBeGreaterThanOrEqual(0);
      expect(typing).toBeLessThan(methods.indexOf("editMessageText"));
      expect(methods.slice(methods.indexOf("editMessageText"))).not.toContain("sendChatAction");
    } finally {
      emu.setLatency("answerCallbackQuery", 0);
    }
  }, 30_000);

  it("shows at once while the articles are still loading", async () => {
    const e = await BotApiEmulator.start();
    const library = await libraryOf("content");
    const { log } = memoryLogger([e.token]);
    const ctx = answerContext(library);
    const bot = createBot(e.token, {
      apiRoot: e.apiRoot,
      context: (): AnswerContext => ctx,
      log,
      busy: () => true,
    });
    const polling = new Polling(bot, log, 30_000);
    polling.updates.onSettled(e.trackHandling());
    void polling.run().catch(() => undefined);
    try {
      await e.polling();
      const eve = e.user("Eve");
      const { calls } = await e.converse(e.privateChat(eve), eve, "/help");
      expect(calls.map((c) => c.method)).toEqual(["sendChatAction", "sendMessage"]);
    } finally {
      await polling.stop();
      await e.close();
    }
  });
});
