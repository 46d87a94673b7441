/**
 * Whose articles, and how they are kept: per-chat libraries over the shared one, the
 * chats' articles and feeds in bot.db (migrated from an older schema without losing a
 * setting), ChatArticles and the FeedPoller against the loopback news site.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ChatArticles } from "../../src/library/chat-articles.js";
import { ChatLibraries } from "../../src/library/chat-libraries.js";
import { FeedPoller, stateOf } from "../../src/library/feed-poller.js";
import { Library } from "../../src/library/library.js";
import { indexFollowing } from "../../src/search/follow.js";
import { Fetcher } from "../../src/sources/fetch.js";
import { FetchRateLimiter } from "../../src/sources/rate-limit.js";
import { ChatSourceStore } from "../../src/storage/chat-sources.js";
import { MIGRATIONS, schemaVersion } from "../../src/storage/migrations.js";
import { SqliteStore } from "../../src/storage/store.js";
import { fakeAnalysis } from "../support/articles.js";
import { memoryLogger } from "../support/bot-harness.js";
import { startNewsServer, type NewsServer } from "../support/news-server.js";
import { until } from "../support/until.js";

const T0 = Date.parse("2031-03-14T08:00:00Z");

function chatLibraries(): ChatLibraries {
  const shared = new Library();
  return new ChatLibraries(shared, indexFollowing(shared));
}

describe("ChatLibraries", () => {
  it("shows a chat its own articles beside the shared ones, and no other chat's", () => {
    const shared = new Library([fakeAnalysis("shared-1", { date: "2020-01-01" })], () => T0);
    const sharedIndex = indexFollowing(shared);
    const chats = new ChatLibraries(shared, sharedIndex, () => T0 + 5);
    const own = fakeAnalysis("web/own-1", { date: "2021-01-01" });
    chats.add(1, own, T0 + 100);

    expect(
      chats
        .libraryFor(1)
        .list()
        .map((a) => a.article.id),
    ).toEqual(["web/own-1", "shared-1"]);
    expect(chats.libraryFor(2)).toBe(shared);
    expect(chats.libraryFor(undefined)).toBe(shared);
    expect(chats.indexFor(2)).toBe(sharedIndex);
    expect(chats.indexFor(1)).not.toBe(sharedIndex);
    expect(chats.owns(1, "web/own-1")).toBe(true);
    expect(chats.owns(1, "shared-1")).toBe(false);
    expect(chats.owns(2, "web/own-1")).toBe(false);
    // "new" for a digest: the shared article keeps the time the shared library first saw it
    expect(chats.libraryFor(1).firstSeen("shared-1")).toBe(T0);
    expect(chats.libraryFor(1).firstSeen("web/own-1")).toBe(T0 + 100);

    // the shared library changes: the chat's view follows
    shared.upsert(fakeAnalysis("shared-2", { date: "2022-01-01" }));
    expect(chats.libraryFor(1).get("shared-2")).toBeDefined();
    shared.remove("shared-1");
    expect(chats.libraryFor(1).get("shared-1")).toBeUndefined();

    expect(chats.remove(2, "web/own-1")).toBe(false);
    expect(chats.remove(1, "web/own-1")).toBe(true);
    expect(chats.libraryFor(1)).toBe(shared);
  });
});

describe("the chats' articles and feeds in bot.db", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "chat-sources-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("migrates a version-2 database forward keeping every digest setting, then keeps articles and feeds across a reopen", () => {
    const v2 = SqliteStore.open(dir, { migrations: MIGRATIONS.slice(0, 2) });
    v2.enable(-100, "07:45", "Asia/Almaty", T0);
    v2.close();

    const store = SqliteStore.open(dir);
    expect(schemaVersion(store.db)).toBe(MIGRATIONS.length);
    expect(store.subscription(-100)).toMatchObject({ time: "07:45", zone: "Asia/Almaty" });
    const sources = new ChatSourceStore(store.db);
    const article = fakeAnalysis("web/kept").article;
    sources.putArticle(-100, article, "feed", T0);
    sources.putArticle(5, article, "link", T0 + 1);
    expect(
      sources.addFeed({ chatId: -100, url: "http://x.test/feed", addedAt: T0, state: "{}" }),
    ).toBe(true);
    expect(
      sources.addFeed({ chatId: -100, url: "http://x.test/feed", addedAt: T0, state: "{}" }),
    ).toBe(false);
    sources.replaceSeenItems(-100, "http://x.test/feed", ["a", "b"]);
    store.close();

    const again = SqliteStore.open(dir);
    const reopened = new ChatSourceStore(again.db);
    expect(reopened.articles().map((a) => [a.chatId, a.article.id, a.origin])).toEqual([
      [-100, "web/kept", "feed"],
      [5, "web/kept", "link"],
    ]);
    expect(reopened.articles()[0]?.article.paragraphs).toEqual(article.paragraphs);
    expect(reopened.feeds(-100).map((f) => f.url)).toEqual(["http://x.test/feed"]);
    expect([...reopened.seenItems(-100, "http://x.test/feed")].sort()).toEqual(["a", "b"]);
    // one chat removing it leaves the other's copy
    expect(reopened.removeArticle(5, "web/kept")).toBe(true);
    expect(reopened.articles().map((a) => a.chatId)).toEqual([-100]);
    expect(again.subscription(-100)).toMatchObject({ time: "07:45" });
    // the group becomes a supergroup: its article, feed and seen items go with it
    expect(reopened.moveChat(-100, -1009)).toBe(4);
    expect(reopened.articles().map((a) => a.chatId)).toEqual([-1009]);
    expect(reopened.feeds(-100)).toEqual([]);
    expect(reopened.feeds(-1009).map((f) => f.url)).toEqual(["http://x.test/feed"]);
    expect(reopened.seenItems(-1009, "http://x.test/feed").size).toBe(2);
    again.close();
  });
});

describe("ChatArticles and FeedPoller on the loopback news site", () => {
  let site: NewsServer;
  let dir: string;
  let store: SqliteStore;
  let fetcher: Fetcher;
  const { log } = memoryLogger();

  beforeAll(async () => {
    site = await startNewsServer();
    dir = mkdtempSync(path.join(tmpdir(), "chat-articles-"));
    store = SqliteStore.open(dir);
    fetcher = new Fetcher({ allowHosts: [`127.0.0.1:${site.port}`] });
  });
  afterAll(async () => {
    await fetcher.close();
    store.close();
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  });

  function make(chats = chatLibraries(), extra: { maxPerChat?: number; now?: () => number } = {}) {
    const sources = new ChatSourceStore(store.db);
    const articles = new ChatArticles({
      chats,
      store: sources,
      fetcher,
      limiter: new FetchRateLimiter({ chat: { burst: 50, perMinute: 50 } }),
      cacheDir: path.join(dir, "cache"),
      log,
      ...extra,
    });
    return { chats, sources, articles };
  }

  it("reads a link once: the same page by a redirect with tracking parameters is the same article; a restart restores it from the cache", async () => {
    const { chats, articles } = make();
    const first = await articles.addLink(7, `${site.origin}/news/ferry-pier-vote?utm_source=x`);
    expect(first).toMatchObject({ ok: true, already: false });
    const second = await articles.addLink(7, `${site.origin}/tracked`);
    expect(second).toMatchObject({ ok: true, already: true });
    expect(chats.ownArticles(7)).toHaveLength(1);
    const wall = await articles.addLink(7, `${site.origin}/news/members-only`);
    expect(wall).toMatchObject({ ok: false, retry: false });
    const slowSite = await articles.addLink(7, `${site.origin}/missing`);
    expect(slowSite).toMatchObject({ ok: false, reason: "the site answered 404 (Not Found)" });

    const restarted = make();
    const restoring = restarted.articles.restore();
    // cached analyses are back at once, before the analyser is needed (a start that finds
    // every analysis cached never loads it)
    expect(restarted.chats.libraryFor(7).list()[0]?.article.title).toBe(
      "Harbour town votes to rebuild its old ferry pier",
    );
    expect(await restoring).toBeGreaterThanOrEqual(1);
    expect(restarted.chats.libraryFor(8).size).toBe(0);
  });

  it("keeps at most its limit of a chat's articles, dropping the oldest", async () => {
    let clock = T0;
    const { chats, articles } = make(chatLibraries(), { maxPerChat: 2, now: () => clock });
    const text = (n: number) =>
      `Story ${n}\n${`Line ${n} of a long story about the harbour and its pier. `.repeat(20)}`;
    for (const n of [2, 1, 3]) {
      clock += 1000;
      expect(await articles.addText(31, text(n))).toMatchObject({ ok: true });
    }
    expect(
      chats
        .ownArticles(31)
        .map((a) => a.article.title)
        .sort(),
    ).toEqual(["Story 1", "Story 3"]);
  });

  it("finds a site's feed from its page, takes new items on each poll with conditional requests, and backs off a failing feed", async () => {
    let items = ["/news/night-trains"];
    site.routes.set("/wire.xml", (req, res) => {
      const etag = `"w${items.length}"`;
      if (req.headers["if-none-match"] === etag) return void res.writeHead(304, { etag }).end();
      const body = items.map((p, i) => `<item><link>${p}</link><guid>w${i}</guid></item>`).join("");
      res
        .writeHead(200, { "content-type": "application/rss+xml", etag })
        .end(`<rss version="2.0"><channel><title>Wire</title>${body}</channel></rss>`);
    });
    site.routes.set("/wire", (_req, res) =>
      res
        .writeHead(200, { "content-type": "text/html" })
        .end(
          '<html><head><link rel="alternate" type="application/rss+xml" href="/wire.xml"></head><body>Wire</body></html>',
        ),
    );
    const { chats, sources, articles } = make();
    const added: string[] = [];
    const poller = new FeedPoller({
      store: sources,
      articles,
      fetcher,
      limiter: new FetchRateLimiter({ chat: { burst: 50, perMinute: 50 } }),
      intervalMs: 50,
      log,
      onArticle: (_chat, id) => added.push(id),
    });
    poller.start();
    try {
      const result = await poller.add(-9, `${site.origin}/wire`);
      expect(result).toMatchObject({ ok: true, url: `${site.origin}/wire.xml`, title: "Wire" });
      await until(() => added.length === 1, "the first item");
      expect(chats.libraryFor(-9).list()[0]?.article.title).toBe(
        "Night trains return to the northern line",
      );
      await until(
        () => site.requests.some((r) => r.path === "/wire.xml" && r.ifNoneMatch === '"w1"'),
        "a conditional request",
      );
      items = [...items, "/news/ferry-pier-vote"];
      await until(() => added.length === 2, "the new item");

      // the feed starts failing: it waits longer after each failure
      site.routes.set("/wire.xml", (_req, res) => res.writeHead(503).end());
      await until(() => stateOf(sources.feeds(-9)[0]!).failures >= 2, "two failures");
      const state = stateOf(sources.feeds(-9)[0]!);
      expect(state.lastError).toMatch(/503/);
      expect(state.nextPollAt - state.lastPolledAt!).toBeGreaterThanOrEqual(50 * 4);
      expect(await poller.add(-9, `${site.origin}/news/night-trains`)).toMatchObject({
        ok: false,
        reason: "the page names no RSS, Atom or JSON feed",
      });
    } finally {
      await poller.stop();
    }
  });
});
