/**
 * End to end: the real grammY bot (createBot + long polling, as src/main.ts starts it)
 * against the strict Bot API emulator on 127.0.0.1. After every test the emulator must
 * not have refused anything the bot sent (bad HTML, empty or over-long text, bad buttons …).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Message } from "grammy/types";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { BotApiEmulator } from "../support/bot-api-emulator.js";
import { Library } from "../../src/library/library.js";
import { createBot } from "../../src/telegram/bot.js";
import { Polling } from "../../src/telegram/polling.js";
import { BBC } from "../support/articles.js";
import { memoryLogger, startBot, type RunningBot } from "../support/bot-harness.js";
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

/** Calls made during the current test; refusals a test provokes on purpose are listed in `expectedRefusals`. */
let mark = 0;
let expectedRefusals: RegExp[] = [];
beforeEach(() => {
  mark = emu.calls.length;
  expectedRefusals = [];
});
afterEach(() => {
  const refused = emu.rejected.filter(
    (c) =>
      emu.calls.indexOf(c) >= mark && !expectedRefusals.some((r) => r.test(c.description ?? "")),
  );
  expect(refused.map((c) => `${c.method}: ${c.description}`)).toEqual([]);
});

const replyTo = (m: Message) => m.reply_to_message?.message_id;
const errors = (r: RunningBot) => r.lines.filter((l) => l.level >= 50);

describe("start-up", () => {
  it("gets its name, clears any webhook, registers its command menu and long-polls", async () => {
    expect(emu.callsTo("getMe").length).toBeGreaterThan(0);
    expect(emu.callsTo("deleteWebhook").length).toBe(1);
    const menu = emu.commands.get("default") ?? [];
    expect(menu.map((c) => c.command)).toEqual(
      expect.arrayContaining(["summary", "help", "start"]),
    );
    const poll = emu.callsTo("getUpdates")[0];
    expect(poll?.params.allowed_updates).toEqual(
      expect.arrayContaining(["message", "callback_query", "my_chat_member"]),
    );
    expect(Number(poll?.params.timeout)).toBeGreaterThan(0);
  });
});

describe("private chat", () => {
  it("/start says what the bot does, with buttons for the main actions, as a reply to the message", async () => {
    const alice = emu.user("Alice");
    const dm = emu.privateChat(alice);
    const { update, replies } = await emu.converse(dm, alice, "/start");
    expect(replies).toHaveLength(1);
    const r = replies[0] as Message;
    expect(r.chat.id).toBe(dm.id);
    expect(replyTo(r)).toBe(update.message?.message_id);
    expect(r.text).toMatch(/summar/i);
    expect(r.reply_markup?.inline_keyboard.flat().map((b) => b.text)).toContain("Summary");
  });

  it("/help lists /summary", async () => {
    const bob = emu.user("Bob");
    const dm = emu.privateChat(bob);
    const { replies } = await emu.converse(dm, bob, "/help");
    expect(replies).toHaveLength(1);
    expect(replies[0]?.text).toContain("/summary");
    expect(replies[0]?.entities?.length).toBeGreaterThan(0);
  });

  it("/summary answers with sentences of the article and their paragraphs, as valid HTML", async () => {
    const carol = emu.user("Carol");
    const dm = emu.privateChat(carol);
    const { update, replies } = await emu.converse(dm, carol, "/summary");
    expect(replies).toHaveLength(1);
    const r = replies[0] as Message;
    expect(replyTo(r)).toBe(update.message?.message_id);
    expect(r.text).toMatch(/¶\d+/);
    expect(r.text).toContain("Tokaev");
    expect(r.text).toContain("Russia");
    expect(r.entities?.some((e) => e.type === "bold")).toBe(true);
  });

  it("answers hostile text with a reply Telegram accepts", async () => {
    const dave = emu.user("Dave");
    const dm = emu.privateChat(dave);
    for (const text of [
      "<b>what</b> did <i>Tokaev & co</i> say about <Russia>?",
      "/summary <b>3</b> & <script>",
      "/nosuchcommand <i>&amp; </b>",
      "&#0; &lt; <<<>>> &&&",
      "x".repeat(4096),
    ]) {
      const { replies } = await emu.converse(dm, dave, text);
      expect(replies.length, text.slice(0, 40)).toBeGreaterThan(0);
      for (const r of replies) expect(r.text?.trim().length).toBeGreaterThan(0);
    }
  });
});

describe("groups", () => {
  it("answers /summary@<botname> in a supergroup and ignores /summary@otherbot", async () => {
    const erin = emu.user("Erin");
    const sg = emu.supergroup("Newsroom", [[erin, "member"]]);
    const mine = await emu.converse(sg, erin, `/summary@${emu.botUser.username}`);
    expect(mine.replies).toHaveLength(1);
    expect(mine.replies[0]?.chat.id).toBe(sg.id);
    expect(replyTo(mine.replies[0] as Message)).toBe(mine.update.message?.message_id);
    expect(mine.replies[0]?.text).toMatch(/¶\d+/);

    const other = await emu.converse(sg, erin, "/summary@some_other_bot");
    expect(other.calls).toEqual([]);
    const chatter = await emu.converse(sg, erin, "what a day");
    expect(chatter.calls).toEqual([]);
  });

  it("answers in a basic group, to an anonymous admin, and when mentioned", async () => {
    const frank = emu.user("Frank");
    const g = emu.group("Analysts", [[frank, "administrator"]]);
    const plain = await emu.converse(g, frank, "/help");
    expect(plain.replies).toHaveLength(1);
    const anon = await emu.converse(g, frank, `/summary@${emu.botUser.username}`, {
      anonymousAdmin: true,
    });
    expect(anon.replies).toHaveLength(1);
    const mention = await emu.converse(g, frank, `@${emu.botUser.username} hello`);
    expect(mention.replies.length).toBeGreaterThan(0);
  });

  it("replies inside the forum topic the command came from", async () => {
    const gina = emu.user("Gina");
    const forum = emu.supergroup("Desk", [[gina, "member"]], { forum: true });
    const topic = emu.createTopic(forum, "Central Asia", gina);
    const { replies } = await emu.converse(forum, gina, "/summary", { topic });
    expect(replies).toHaveLength(1);
    expect(replies[0]?.message_thread_id).toBe(topic);
    expect(replies[0]?.is_topic_message).toBe(true);
  });

  it("follows a group that became a supergroup", async () => {
    const hal = emu.user("Hal");
    const g = emu.group("Old group", [[hal, "member"]]);
    const sg = emu.supergroup("Old group", [[hal, "member"]]);
    emu.failNext(
      "sendMessage",
      {
        error_code: 400,
        description: "Bad Request: group chat was upgraded to a supergroup chat",
        migrate_to_chat_id: sg.id,
      },
      { chatId: g.id },
    );
    const { replies } = await emu.converse(g, hal, "/help");
    expect(replies).toHaveLength(1);
    expect(replies[0]?.chat.id).toBe(sg.id);
    expect(replies[0]?.reply_to_message).toBeUndefined();
  });
});

describe("buttons", () => {
  it("a button on a one-message answer edits that message in place", async () => {
    const ivy = emu.user("Ivy");
    const dm = emu.privateChat(ivy);
    const first = await emu.converse(dm, ivy, "/summary 2");
    const shown = first.replies[0] as Message;
    const label = shown.reply_markup?.inline_keyboard[0]?.[0]?.text ?? "";
    expect(label).not.toBe("");
    const press = await emu.press(shown, label, ivy);
    expect(press.replies).toEqual([]);
    expect(press.edits).toHaveLength(1);
    expect(press.edits[0]?.message_id).toBe(shown.message_id);
    const before = (shown.text?.match(/¶\d+/g) ?? []).length;
    const after = (press.edits[0]?.text?.match(/¶\d+/g) ?? []).length;
    expect(after).toBeGreaterThan(before);
    const answered = press.calls.filter((c) => c.method === "answerCallbackQuery" && c.ok);
    expect(answered).toHaveLength(1);

    // a second press of the old button (a double tap) changes nothing and is no error
    expectedRefusals = [/message is not modified/];
    const oldData = (shown.reply_markup?.inline_keyboard[0]?.[0] as { callback_data: string })
      .callback_data;
    const tap = emu.callback(press.edits[0] as Message, oldData, ivy);
    await emu.processed(tap);
    expect(emu.callbackQueries.get(String(tap.callback_query?.id))?.answered).toBe(true);
    const notModified = emu.callsTo("editMessageText").at(-1);
    expect(notModified?.description ?? "").toMatch(/not modified/);
    expect(errors(running)).toEqual([]);
  });

  it("falls back to sending when the message cannot be edited", async () => {
    const jack = emu.user("Jack");
    const dm = emu.privateChat(jack);
    const first = await emu.converse(dm, jack, "/summary 2");
    const shown = first.replies[0] as Message;
    emu.failNext("editMessageText", {
      error_code: 400,
      description: "Bad Request: message can't be edited",
    });
    const press = await emu.press(
      shown,
      shown.reply_markup?.inline_keyboard[0]?.[0]?.text ?? "",
      jack,
    );
    expect(press.replies).toHaveLength(1);
    expect(replyTo(press.replies[0] as Message)).toBe(shown.message_id);
  });

  it("an unknown or expired button gets a short notice, not an error", async () => {
    const kim = emu.user("Kim");
    const dm = emu.privateChat(kim);
    const { replies } = await emu.converse(dm, kim, "/start");
    const update = emu.callback(replies[0] as Message, "k:zz9", kim);
    await emu.processed(update);
    expect(emu.callbackQueries.get(String(update.callback_query?.id))?.answer?.text).toMatch(
      /expired/i,
    );
  });
});

describe("long answers", () => {
  let dir: string;
  let longBot: RunningBot;
  let longEmu: BotApiEmulator;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "nqb-long-"));
    const paragraphs: string[] = [];
    for (const topic of ["business", "politics"]) {
      for (const name of readdirSync(path.join(BBC, topic)).sort()) {
        const file = path.join(BBC, topic, name);
        paragraphs.push(
          ...readFileSync(file, "utf8")
            .split(/\n\s*\n/)
            .slice(1)
            .map((p) => p.trim())
            .filter(Boolean),
        );
      }
    }
    paragraphs.splice(
      3,
      0,
      'Shares in AT&T rose 5% after <b>bold</b> claims & counter-claims about "<Index>" moves, analysts said.',
    );
    writeFileSync(
      path.join(dir, "long-markets.txt"),
      `Markets & <Money>: a long day\n\n${paragraphs.join("\n\n")}\n`,
    );
    longEmu = await BotApiEmulator.start();
    longBot = await startBot(longEmu, { contentDir: dir });
  });

  afterAll(async () => {
    await longBot?.stop();
    await longEmu?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("splits /summary 200 into several valid messages of at most 4096 characters", async () => {
    const lee = longEmu.user("Lee");
    const dm = longEmu.privateChat(lee);
    const { update, replies, calls } = await longEmu.converse(dm, lee, "/summary 200");
    expect(longEmu.rejected).toEqual([]);
    expect(calls.every((c) => c.ok)).toBe(true);
    expect(replies.length).toBeGreaterThan(1);
    for (const r of replies) {
      expect((r.text ?? "").length).toBeGreaterThan(0);
      expect((r.text ?? "").length).toBeLessThanOrEqual(4096);
    }
    expect(replyTo(replies[0] as Message)).toBe(update.message?.message_id);
    const all = replies.map((r) => r.text).join("\n");
    expect(all).toContain("AT&T");
    expect(all).toContain("<b>bold</b>");
    expect(all).toContain("Markets & <Money>");
  });
});

describe("failures", () => {
  it("retries a sendMessage refused with 429 after retry_after", async () => {
    const max = emu.user("Max");
    const dm = emu.privateChat(max);
    emu.rateLimitNext("sendMessage", 1, { chatId: dm.id });
    const { replies, calls } = await emu.converse(dm, max, "/help");
    const sends = calls.filter((c) => c.method === "sendMessage");
    // a retry before retry_after would be refused again by the emulator: one 429, then the reply
    expect(sends.map((c) => c.error_code ?? 200)).toEqual([429, 200]);
    expect(replies).toHaveLength(1);
    expect(emu.botMessagesIn(dm)).toHaveLength(1);
  });

  it("retries a sendMessage that failed with 500 (after a back-off)", async () => {
    const uma = emu.user("Uma");
    const dm = emu.privateChat(uma);
    emu.failNext(
      "sendMessage",
      { error_code: 500, description: "Internal Server Error" },
      { chatId: dm.id },
    );
    const { replies, calls } = await emu.converse(dm, uma, "/help");
    expect(calls.filter((c) => c.method === "sendMessage").map((c) => c.error_code ?? 200)).toEqual(
      [500, 200],
    );
    expect(replies).toHaveLength(1);
  });

  it("resends as plain text when Telegram refuses a message's HTML", async () => {
    const vic = emu.user("Vic");
    const dm = emu.privateChat(vic);
    emu.failNext(
      "sendMessage",
      {
        error_code: 400,
        description:
          'Bad Request: can\'t parse entities: Unsupported start tag "x" at byte offset 0',
      },
      { chatId: dm.id },
    );
    const { replies, calls } = await emu.converse(dm, vic, "/summary");
    const sends = calls.filter((c) => c.method === "sendMessage");
    expect(sends.map((c) => c.params.parse_mode)).toEqual(["HTML", undefined]);
    expect(replies).toHaveLength(1);
    expect(replies[0]?.text).toMatch(/¶\d+/);
    expect(replies[0]?.reply_to_message?.message_id).toBeDefined();
    expect(running.lines.some((l) => /sending plain text/.test(l.msg ?? ""))).toBe(true);
  });

  it("one failing update is logged and the next one is answered", async () => {
    const ned = emu.user("Ned");
    const dm = emu.privateChat(ned);
    emu.failNext(
      "sendMessage",
      { error_code: 400, description: "Bad Request: something unexpected" },
      { chatId: dm.id },
    );
    const failed = await emu.converse(dm, ned, "/start");
    expect(failed.replies).toEqual([]);
    expect(
      running.lines.some(
        (l) => l.msg === "update failed" && l.updateId === failed.update.update_id,
      ),
    ).toBe(true);
    const next = await emu.converse(dm, ned, "/help");
    expect(next.replies).toHaveLength(1);
  });

  it("a blocked chat (403) is logged, not an error, and the bot goes on", async () => {
    const olga = emu.user("Olga");
    const dm = emu.privateChat(olga);
    const before = errors(running).length;
    emu.failNext(
      "sendMessage",
      { error_code: 403, description: "Forbidden: bot was blocked by the user" },
      { chatId: dm.id },
    );
    const { replies, update } = await emu.converse(dm, olga, "/summary");
    expect(replies).toEqual([]);
    expect(errors(running).length).toBe(before);
    expect(
      running.lines.some((l) => l.msg === "chat unavailable; answer dropped" && l.chatId === dm.id),
    ).toBe(true);
    const blocked = emu.block(dm, olga);
    await emu.processed(blocked);
    const other = emu.user("Pat");
    const { replies: ok } = await emu.converse(emu.privateChat(other), other, "/help");
    expect(ok).toHaveLength(1);
    expect(update.update_id).toBeLessThan(blocked.update_id);
  });

  it("updates it does not handle (inline queries, membership) pass without errors", async () => {
    const before = errors(running).length;
    const quinn = emu.user("Quinn");
    const sg = emu.supergroup("Quiet", [[quinn, "administrator"]]);
    const removed = emu.setBotStatus(sg, "left", quinn);
    const inline = emu.inlineQuery(quinn, "tokaev");
    await emu.processed(inline);
    await emu.processed(removed);
    expect(errors(running).length).toBe(before);
  });
});

describe("stopping", () => {
  it("stops cleanly, releases its long poll, and a second stop is a no-op", async () => {
    const e = await BotApiEmulator.start();
    const b = await startBot(e);
    await b.stop();
    await b.stop();
    await b.done;
    const [longPoll, last] = e.callsTo("getUpdates").slice(-2);
    expect(longPoll?.result).toBeUndefined(); // the bot hung up; the poll was neither answered nor timed out
    expect(longPoll?.error_code).toBeUndefined();
    expect(last?.params.limit).toBe(1);
    await e.close();
  });

  it("a stop before polling started prevents polling", async () => {
    const e = await BotApiEmulator.start();
    const b = await startBot(e, { waitForPolling: false });
    await b.stop();
    await b.done;
    expect(e.callsTo("getUpdates")).toEqual([]);
    await e.close();
  });

  it("keeps running when setMyCommands fails", async () => {
    const e = await BotApiEmulator.start();
    e.failNext("setMyCommands", {
      error_code: 400,
      description: "Bad Request: BOT_COMMANDS_TOO_MUCH",
    });
    const b = await startBot(e);
    expect(b.lines.some((l) => /could not register the command menu/.test(l.msg ?? ""))).toBe(true);
    const u = e.user("Rae");
    const { replies } = await e.converse(e.privateChat(u), u, "/start");
    expect(replies).toHaveLength(1);
    await b.stop();
    await e.close();
  });

  it("an unreachable Bot API stops start-up after the start-up time limit, with a clear reason", async () => {
    const e = await BotApiEmulator.start();
    const apiRoot = e.apiRoot;
    await e.close(); // nothing listens there any more
    const { log } = memoryLogger();
    const bot = createBot(e.token, {
      apiRoot,
      context: () => answerContext(new Library()),
      log,
    });
    await expect(new Polling(bot, log, 500).run()).rejects.toThrow(
      /could not reach the Bot API within 1 s/,
    );
  });

  it("a refused token stops start-up with a clear reason", async () => {
    const e = await BotApiEmulator.start();
    const b = await startBot(e, {
      waitForPolling: false,
      token: "42:AAWrongTokenForTheEmulator_0000000000",
    });
    await expect(b.done).rejects.toThrow(/401/);
    expect(b.raw()).not.toContain("AAWrongTokenForTheEmulator_0000000000");
    await e.close();
  });
});
