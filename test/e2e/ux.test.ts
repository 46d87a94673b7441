/**
 * Issue 13 end to end — the bot feels like a good Telegram bot: tappable commands, the
 * description and menus by scope, a greeting in new groups, paging both ways, edited
 * messages answered again, inline mode's button. The real grammY bot against the strict
 * Bot API emulator; nothing it sends may be refused.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Message } from "grammy/types";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { BotApiEmulator } from "../support/bot-api-emulator.js";
import { libraryOf, memoryLogger, startBot, type RunningBot } from "../support/bot-harness.js";
import { bbcFiles, SEED_FILE, writeBbcCopies } from "../support/articles.js";
import { composeDigest } from "../../src/digest/compose.js";
import { renderMessages } from "../../src/render/messages.js";
import { telegramDeliver } from "../../src/telegram/digest-delivery.js";

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

let mark = 0;
beforeEach(() => {
  mark = emu.calls.length;
});
afterEach(() => {
  const refused = emu.rejected.filter((c) => emu.calls.indexOf(c) >= mark);
  expect(refused.map((c) => `${c.method}: ${c.description}`)).toEqual([]);
});

const labels = (m: Message | undefined) =>
  (m?.reply_markup?.inline_keyboard ?? []).flat().map((b) => b.text);

describe("tappable", () => {
  it("sets its description, short description and the command menus by scope at start-up", () => {
    expect(emu.descriptions.get("description/")).toMatch(/news articles/);
    expect(emu.descriptions.get("short_description/")?.length).toBeGreaterThan(0);
    const names = (scope: string) => (emu.commands.get(scope) ?? []).map((c) => c.command);
    expect(names("all_chat_administrators")).toContain("digest");
    expect(names("all_private_chats")).toContain("digest");
    expect(names("all_group_chats")).not.toContain("digest");
    expect(names("default")).not.toContain("digest");
    expect(names("all_group_chats")).toContain("summary");
  });

  it("/help lists commands as plain /command text (tappable), never inside <code>", async () => {
    const u = emu.user("Hana");
    const { replies } = await emu.converse(emu.privateChat(u), u, "/help");
    const r = replies[0];
    expect(r?.text).toContain("/summary");
    expect((r?.entities ?? []).filter((e) => e.type === "code" || e.type === "pre")).toEqual([]);
    const call = emu.callsTo("sendMessage").at(-1);
    expect(String(call?.params.text)).not.toContain("<code>");
  });

  it("/start is two short lines with buttons for the main actions; a button runs its command", async () => {
    const u = emu.user("Ines");
    const dm = emu.privateChat(u);
    const { replies } = await emu.converse(dm, u, "/start");
    const r = replies[0] as Message;
    expect(r.text?.split("\n")).toHaveLength(2);
    expect(labels(r)).toEqual(["Summary", "Quotes", "Key dates", "Articles", "Help"]);
    const press = await emu.press(r, "Key dates", u);
    expect(press.edits[0]?.message_id ?? press.replies[0]?.message_id).toBeDefined();
    const shown = press.edits[0] ?? press.replies[0];
    expect(shown?.text).toMatch(/¶\d+/);
  });
});

describe("greeting", () => {
  it("greets a group once when added — privacy-mode asking and the admins' digest — not on a promotion", async () => {
    const u = emu.user("Jun");
    const g = emu.supergroup("Readers", [[u, "administrator"]]);
    const added = emu.addBot(g, u);
    await emu.processed(added);
    const greetings = emu.botMessagesIn(g);
    expect(greetings).toHaveLength(1);
    const text = greetings[0]?.text ?? "";
    expect(text).toContain(`@${emu.botUser.username}`);
    expect(text).toMatch(/reply to one of my messages/);
    expect(text).toContain("/digest on");
    const promoted = emu.setBotStatus(g, "administrator", u);
    await emu.processed(promoted);
    expect(emu.botMessagesIn(g)).toHaveLength(1);
  });

  it("says nothing when removed from a group", async () => {
    const u = emu.user("Kai");
    const g = emu.group("Gone", [[u, "administrator"]]);
    const removed = emu.setBotStatus(g, "left", u);
    await emu.processed(removed);
    expect(emu.botMessagesIn(g)).toHaveLength(0);
  });
});

describe("edited messages", () => {
  it("an edited question is answered again: the bot edits its earlier reply", async () => {
    const u = emu.user("Lena");
    const dm = emu.privateChat(u);
    const first = await emu.converse(dm, u, "/dates nonexistent-article");
    const reply = first.replies[0] as Message;
    expect(reply.text).toMatch(/No article/);
    const edit = emu.editText(first.update.message as Message, "/dates");
    await emu.processed(edit);
    const now = emu.botMessagesIn(dm).find((m) => m.message_id === reply.message_id);
    expect(now?.edit_date).toBeDefined();
    expect(now?.text).toMatch(/¶\d+/);
    expect(emu.botMessagesIn(dm)).toHaveLength(1);
  });

  it("in a group, an edit that now mentions the bot gets an answer", async () => {
    const u = emu.user("Mo");
    const g = emu.supergroup("Edits", [[u, "member"]]);
    const first = await emu.converse(g, u, "who said what?");
    expect(first.replies).toEqual([]);
    const edit = emu.editText(
      first.update.message as Message,
      `@${emu.botUser.username} who is mentioned in the article?`,
    );
    await emu.processed(edit);
    expect(emu.botMessagesIn(g)).toHaveLength(1);
  });
});

describe("inline mode", () => {
  it("no match: a button that opens a private chat; matches: titles that differ (speaker and first words)", async () => {
    const u = emu.user("Nia");
    const none = emu.inlineQuery(u, "zebra crossing xylophone");
    await emu.processed(none);
    const id = String(none.inline_query?.id);
    expect(emu.inlineAnswers.get(id)).toEqual([]);
    expect(emu.inlineButtons.get(id)?.start_parameter).toBe("inline");

    const some = emu.inlineQuery(u, "Tokaev");
    await emu.processed(some);
    const results = (emu.inlineAnswers.get(String(some.inline_query?.id)) ?? []) as {
      title: string;
    }[];
    expect(results.length).toBeGreaterThan(1);
    expect(new Set(results.map((r) => r.title)).size).toBe(results.length);
    expect(results[0]?.title).toMatch(/^[^:]+: “/);
    expect(emu.inlineButtons.has(String(some.inline_query?.id))).toBe(false);
  });
});

/** A folder of 14 articles (two pages of /articles); the newest, the seed article, has a url. */
describe("a folder of articles", () => {
  const URL_OF_SEED = "https://example.com/news/kazakhstan-russia?a=1&b=2";
  let dir: string;
  let e: BotApiEmulator;
  let b: RunningBot;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "nqb-ux-"));
    writeBbcCopies(dir, 12);
    // one long article with many people: every BBC fixture's paragraphs in one
    const paragraphs = bbcFiles().flatMap((f) =>
      readFileSync(f, "utf8")
        .split(/\n\s*\n/)
        .slice(1)
        .map((p) => p.trim())
        .filter(Boolean),
    );
    writeFileSync(
      path.join(dir, "long-roundup.txt"),
      `A long news roundup\n\n${paragraphs.join("\n\n")}\n`,
    );
    const seed = readFileSync(SEED_FILE, "utf8").replace("---\n", `---\nurl: ${URL_OF_SEED}\n`);
    writeFileSync(path.join(dir, "seed.md"), seed);
    e = await BotApiEmulator.start();
    b = await startBot(e, { contentDir: dir });
  });

  afterAll(async () => {
    await b?.stop();
    await e?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  afterEach(() => {
    expect(e.rejected.map((c) => `${c.method}: ${c.description}`)).toEqual([]);
  });

  it("an article's url makes its title a link in answers, with link previews off", async () => {
    const u = e.user("Omar");
    const { replies, calls } = await e.converse(e.privateChat(u), u, "/dates seed");
    const link = replies[0]?.entities?.find((x) => x.type === "text_link");
    expect(link && "url" in link ? link.url : undefined).toBe(URL_OF_SEED);
    const send = calls.find((c) => c.method === "sendMessage");
    expect(send?.params.link_preview_options).toEqual({ is_disabled: true });
  });

  it("the digest links its titles and shows one preview, for the first article", async () => {
    const library = await libraryOf(dir);
    const seed = library.list().find((a) => a.article.url === URL_OF_SEED);
    expect(seed).toBeDefined();
    const digest = composeDigest({
      analyses: [seed!, ...library.list().filter((a) => a !== seed)],
      digested: new Set(),
      today: "2024-06-03",
    });
    const u = e.user("Pia");
    const dm = e.privateChat(u);
    const result = await telegramDeliver(b.bot.api, memoryLogger().log)(
      dm.id,
      renderMessages(digest.reply),
    );
    expect(result.ok).toBe(true);
    const sends = e.callsTo("sendMessage").filter((c) => Number(c.params.chat_id) === dm.id);
    expect(sends[0]?.params.link_preview_options).toEqual({ url: URL_OF_SEED });
    for (const later of sends.slice(1))
      expect(later.params.link_preview_options).toEqual({ is_disabled: true });
    const first = e.botMessagesIn(dm)[0];
    expect(first?.entities?.some((x) => x.type === "text_link")).toBe(true);
  });

  it('the digest\'s "N more new articles" is a button that opens the list, leaving the digest as it was', async () => {
    const library = await libraryOf(dir);
    const digest = composeDigest({
      analyses: library.list(),
      digested: new Set(),
      today: "2024-06-03",
      limit: 1500,
    });
    expect(digest.shown).toBeLessThan(library.size);
    const u = e.user("Quin");
    const dm = e.privateChat(u);
    await telegramDeliver(b.bot.api, memoryLogger().log)(dm.id, renderMessages(digest.reply, 1500));
    const last = e.botMessagesIn(dm).at(-1) as Message;
    const more = labels(last).find((l) => /more new articles ›$/.test(l));
    expect(more).toBe(`${library.size - digest.shown} more new articles ›`);
    const press = await e.press(last, more!, u);
    expect(press.edits).toEqual([]);
    expect(press.replies[0]?.text).toMatch(/Articles \d+–\d+ of 14/);
  });

  it("/articles: buttons labelled with short titles; › and ‹ turn the page in place, both ways", async () => {
    const u = e.user("Rhea");
    const dm = e.privateChat(u);
    const { replies } = await e.converse(dm, u, "/articles");
    const first = replies[0] as Message;
    expect(labels(first)[0]).toMatch(/^1\. \S+/);
    expect(labels(first)).toContain("2 ›");
    const next = await e.press(first, "2 ›", u);
    expect(next.replies).toEqual([]);
    expect(next.edits[0]?.message_id).toBe(first.message_id);
    expect(next.edits[0]?.text).toMatch(/page 2 of 2/);
    const back = await e.press(next.edits[0] as Message, "‹ 1", u);
    expect(back.edits[0]?.text).toBe(first.text);
    expect(e.botMessagesIn(dm)).toHaveLength(1);
  });

  it("a stale page button says the list changed and shows the current first page", async () => {
    const u = e.user("Sam");
    const dm = e.privateChat(u);
    const { replies } = await e.converse(dm, u, "/articles");
    const first = replies[0] as Message;
    const press = e.callback(first, "ec:/articles page:2.zzzzzz", u);
    await e.processed(press);
    const shown = e.botMessagesIn(dm)[0];
    expect(shown?.text).toMatch(
      /^The list changed since that button was made; here is its first page\./,
    );
    expect(shown?.text).toContain("page 1 of 2");
  });

  it("/who of a big article is one message a page, with ‹ › buttons", async () => {
    const u = e.user("Tao");
    const dm = e.privateChat(u);
    const { replies } = await e.converse(dm, u, "/who long-roundup");
    expect(replies).toHaveLength(1);
    const first = replies[0] as Message;
    expect(first.text).toMatch(/people, most quoted first \(page 1 of \d+\):/);
    const next = await e.press(first, "2 ›", u);
    expect(next.edits[0]?.text).toMatch(/page 2 of/);
    const back = await e.press(next.edits[0] as Message, "‹ 1", u);
    expect(back.edits[0]?.text).toBe(first.text);
    expect(e.botMessagesIn(dm)).toHaveLength(1);
  });

  it("a question's answer pages both ways in place", async () => {
    const u = e.user("Uri");
    const dm = e.privateChat(u);
    const { replies } = await e.converse(dm, u, "what did Tokaev say");
    const first = replies[0] as Message;
    const next = await e.press(first, "2 ›", u);
    expect(next.edits[0]?.text).toMatch(/page 2 of/);
    const back = await e.press(next.edits[0] as Message, "‹ 1", u);
    expect(back.edits[0]?.text).toBe(first.text);
  });
});
