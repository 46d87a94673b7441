/**
 * Articles from links, pasted text and feeds, end to end: the real process (`npx tsx
 * src/main.ts`) on Telegram against the Bot API emulator, with a made-up news site on
 * 127.0.0.1 named in FETCH_ALLOW_HOSTS and a second loopback server that is not allowed
 * (it must never see a connection). Waits are for events (replies, log lines), never times.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Message, Update } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BotApiEmulator } from "../support/bot-api-emulator.js";
import { startBotProcess, within, type BotProcess } from "../support/bot-process.js";
import {
  startGuardedServer,
  startNewsServer,
  type GuardedServer,
  type NewsServer,
} from "../support/news-server.js";
import { until } from "../support/until.js";

let dataDir: string;
let emu: BotApiEmulator;
let site: NewsServer;
let guarded: GuardedServer;
const runs: BotProcess[] = [];
/** The items of the feed the group follows (paths on the news site); a test adds one. */
const feedItems = ["/news/night-trains"];

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), "nqb-links-"));
  emu = await BotApiEmulator.start();
  site = await startNewsServer();
  guarded = await startGuardedServer();
  site.routes.set("/desk/feed.xml", (req, res) => {
    const etag = `"desk-${feedItems.length}"`;
    if (req.headers["if-none-match"] === etag) {
      res.writeHead(304, { etag });
      return void res.end();
    }
    const items = feedItems
      .map((p, i) => `<item><title>Item ${i}</title><link>${p}</link><guid>desk-${i}</guid></item>`)
      .join("");
    res.writeHead(200, { "content-type": "application/rss+xml", etag });
    res.end(
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Desk wire</title><link>${site.origin}/</link>${items}</channel></rss>`,
    );
  });
});
afterAll(async () => {
  for (const r of runs) r.kill();
  await emu.close();
  await site.close();
  await guarded.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function start(): BotProcess {
  const run = startBotProcess({
    BOT_TOKEN: emu.token,
    TELEGRAM_API_ROOT: emu.apiRoot,
    DATA_DIR: dataDir,
    FETCH_ALLOW_HOSTS: `127.0.0.1:${site.port}`,
    FEED_POLL_MINUTES: "0.01",
  });
  runs.push(run);
  return run;
}

async function started(run: BotProcess): Promise<void> {
  await emu.polling(60_000).catch((e: unknown) => {
    throw new Error(`${String(e)}\nstderr: ${run.stderr()}`);
  });
  await until(() => run.stderr().includes('"articles loaded"'), "loading the articles", 60_000);
}

async function stop(run: BotProcess): Promise<void> {
  await until(() => run.pid() !== undefined, "the bot's start-up line");
  process.kill(run.pid() as number, "SIGTERM");
  const { code } = await within(run.exit, 60_000, "stopping on SIGTERM");
  expect(code).toBe(0);
}

const textOf = (m: Message) => m.text ?? "";
const reply = async (u: Update) => textOf(await emu.replyTo(u, 60_000));

describe("links, texts and feeds on Telegram", () => {
  let run: BotProcess;
  const people = {} as Record<"ann" | "bob" | "carl" | "dan", ReturnType<BotApiEmulator["user"]>>;
  let group: ReturnType<BotApiEmulator["supergroup"]>;
  const dms = {} as Record<"ann" | "bob", ReturnType<BotApiEmulator["privateChat"]>>;

  beforeAll(async () => {
    people.ann = emu.user("Ann");
    people.bob = emu.user("Bob");
    people.carl = emu.user("Carl");
    people.dan = emu.user("Dan");
    dms.ann = emu.privateChat(people.ann);
    dms.bob = emu.privateChat(people.bob);
    group = emu.supergroup("Desk", [
      [people.carl, "administrator"],
      [people.dan, "member"],
    ]);
    run = start();
    await started(run);
  }, 120_000);

  it("answers a link in a private chat with the article's title, link and summary; /articles marks it, another chat does not see it", async () => {
    const dm = dms.ann;
    const sent = emu.sendText(
      dm,
      people.ann,
      `${site.origin}/news/ferry-pier-vote?utm_source=newsletter&fbclid=abc`,
    );
    const answer = await emu.replyTo(sent, 60_000);
    expect(answer.text).toContain("Harbour town votes to rebuild its old ferry pier");
    expect(answer.text).toContain(`${site.origin}/news/2031/03/ferry-pier-vote`);
    expect(answer.text).toMatch(/¶\d+/);
    expect(JSON.stringify(answer.reply_markup)).toMatch(/Quotes.*Dates.*People/);
    expect(emu.callsTo("sendChatAction").some((c) => c.params.chat_id === dm.id)).toBe(true);

    const mine = await reply(emu.sendText(dm, people.ann, "/articles"));
    expect(mine).toMatch(/Harbour town votes to rebuild its old ferry pier.*added in this chat/);
    const bobs = await reply(emu.sendText(dms.bob, people.bob, "/articles"));
    expect(bobs).not.toContain("Harbour town");
    expect(bobs).not.toContain("added in this chat");

    // the same page by another link (a redirect, tracking parameters) is the same article
    const again = await reply(emu.sendText(dm, people.ann, `${site.origin}/tracked`));
    expect(again).toContain("This chat has this article already");
    // its questions search it; another chat's do not
    expect(await reply(emu.sendText(dm, people.ann, "what did Lena Voss say?"))).toMatch(
      /passenger numbers had fallen/,
    );
    expect(await reply(emu.sendText(dms.bob, people.bob, "what did Lena Voss say?"))).not.toMatch(
      /passenger numbers/,
    );
    // it is new for this chat's digest, and not in another chat's
    expect(await reply(emu.sendText(dm, people.ann, "/digest now"))).toContain("Harbour town");
    expect(await reply(emu.sendText(dms.bob, people.bob, "/digest now"))).not.toContain(
      "Harbour town",
    );
    // its commands see it (the newest of its articles)
    expect(await reply(emu.sendText(dm, people.ann, "/summary"))).toContain("Harbour town");
  }, 120_000);

  it("says in one line why a page is not an article", async () => {
    const dm = dms.ann;
    expect(await reply(emu.sendText(dm, people.ann, `${site.origin}/news/members-only`))).toMatch(
      /^I could not read that link: the page asks to sign in/,
    );
    expect(await reply(emu.sendText(dm, people.ann, `/add ${site.origin}/report.pdf`))).toMatch(
      /^I could not read that link: the page is not HTML/,
    );
  }, 120_000);

  it("refuses links to loopback ports that are not allowed; that server gets no connection", async () => {
    const dm = dms.bob;
    for (const url of [
      `http://127.0.0.1:${guarded.port}/secret`,
      `http://localhost:${guarded.port}/secret`,
      `http://[::1]:${guarded.port}/secret`,
      `http://2130706433:${guarded.port}/secret`,
    ]) {
      expect(await reply(emu.sendText(dm, people.bob, url)), url).toBe(
        "I could not read that link: that address is private.",
      );
    }
    expect(guarded.connections).toBe(0);
  }, 120_000);

  it("takes a long pasted text as an article titled by its first line; a short question stays a question", async () => {
    const dm = dms.bob;
    const body = Array.from(
      { length: 14 },
      (_, i) =>
        `The harbour committee met for the ${i + 1}th time and agreed that the pier needs new timber before winter storms.`,
    ).join(" ");
    const answer = await reply(
      emu.sendText(dm, people.bob, `Committee backs pier repairs\n${body}`),
    );
    expect(answer).toContain("Committee backs pier repairs");
    expect(answer).toMatch(/¶\d+/);
    const question = await reply(emu.sendText(dm, people.bob, "what did the committee agree?"));
    expect(question).not.toContain("I could not read");
    const list = await reply(emu.sendText(dm, people.bob, "/articles"));
    expect(list).toMatch(/Committee backs pier repairs.*added in this chat/);
  }, 120_000);

  it("lets an admin follow a feed (a non-admin is refused); a new item appears in /articles after a poll", async () => {
    const refused = await reply(
      emu.sendText(group, people.dan, `/feed add ${site.origin}/desk/feed.xml`),
    );
    expect(refused).toMatch(/Only administrators/);

    const added = await reply(
      emu.sendText(group, people.carl, `/feed add ${site.origin}/desk/feed.xml`),
    );
    expect(added).toMatch(/Following “Desk wire”/);
    await until(
      () => run.logs().some((l) => l.msg === "feed article added" && l.chatId === group.id),
      "the feed's first item",
      60_000,
    );
    expect(await reply(emu.sendText(group, people.dan, "/articles"))).toMatch(
      /Night trains return to the northern line.*added in this chat/,
    );

    const before = run.logs().filter((l) => l.msg === "feed article added").length;
    feedItems.push("/news/ferry-pier-vote");
    await until(
      () => run.logs().filter((l) => l.msg === "feed article added").length > before,
      "the feed's new item",
      60_000,
    );
    expect(await reply(emu.sendText(group, people.dan, "/articles"))).toContain(
      "Harbour town votes to rebuild its old ferry pier",
    );
    // conditional requests: the unchanged feed was asked with its ETag
    expect(site.requests.some((r) => r.path === "/desk/feed.xml" && r.ifNoneMatch)).toBe(true);

    const list = await emu.replyTo(emu.sendText(group, people.dan, "/feed"), 60_000);
    expect(list.text).toContain(`${site.origin}/desk/feed.xml`);
    expect(JSON.stringify(list.reply_markup)).toContain("Remove 1");
  }, 180_000);

  it("keeps every chat's articles and feeds across a restart", async () => {
    await stop(run);
    run = start();
    await started(run);
    const dm = dms.ann;
    expect(await reply(emu.sendText(dm, people.ann, "/articles"))).toMatch(
      /Harbour town votes to rebuild its old ferry pier.*added in this chat/,
    );
    expect(await reply(emu.sendText(group, people.dan, "/articles"))).toContain(
      "Night trains return to the northern line",
    );
    const feeds = await emu.replyTo(emu.sendText(group, people.dan, "/feed"), 60_000);
    expect(feeds.text).toContain("Desk wire");
    // its remove buttons are for administrators only
    const botSaid = (what: RegExp) => () =>
      emu.botMessagesIn(group).some((m) => m.message_id > feeds.message_id && what.test(textOf(m)));
    emu.pressButton(feeds, "Remove 1", people.dan);
    await until(botSaid(/^Only administrators can add or remove/), "the refusal of a non-admin");
    emu.pressButton(feeds, "Remove 1", people.carl);
    await until(botSaid(/^Stopped following “Desk wire”/), "an admin removing the feed");
    expect(await reply(emu.sendText(group, people.dan, "/feed"))).toMatch(/follows no news feeds/);
    const bobs = await reply(emu.sendText(dms.bob, people.bob, "/articles"));
    expect(bobs).not.toContain("Harbour town");
    expect(bobs).not.toContain("Night trains");

    // a non-admin may not remove the group's article; an admin may
    const n = /(\d+)\. Night trains/.exec(
      await reply(emu.sendText(group, people.dan, "/articles")),
    )?.[1];
    expect(n).toBeDefined();
    expect(await reply(emu.sendText(group, people.dan, `/remove ${n}`))).toMatch(
      /Only administrators/,
    );
    expect(await reply(emu.sendText(group, people.carl, `/remove ${n}`))).toMatch(
      /^Removed “Night trains/,
    );
    expect(await reply(emu.sendText(group, people.dan, "/articles"))).not.toContain("Night trains");
    expect(emu.rejected).toEqual([]);
    await stop(run);
  }, 180_000);
});
