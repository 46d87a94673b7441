/** Feeds (RSS, Atom, JSON Feed), feed discovery, the poll state, and links → articles end to end on loopback. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FeedError, FetchError, NotArticleError } from "../../src/sources/errors.js";
import { findFeedLinks, looksLikeFeed, parseFeed } from "../../src/sources/feeds.js";
import { Fetcher } from "../../src/sources/fetch.js";
import { fetchArticle, findFeed, pollFeed } from "../../src/sources/page.js";
import {
  afterPollFailure,
  afterPollSuccess,
  backoffMs,
  isDue,
  newPollState,
  unseenItems,
} from "../../src/sources/poll.js";
import { startNewsServer, type NewsServer } from "../support/news-server.js";

const PAGES = path.join(import.meta.dirname, "..", "fixtures", "pages");
const fixture = (name: string) => readFileSync(path.join(PAGES, name), "utf8");
const BASE = "https://courier.example/feeds/";

const FERRY = "https://courier.example/news/2031/03/ferry-pier-vote";
const TRAINS = "https://courier.example/news/2029/11/night-trains";

describe("parseFeed", () => {
  it("reads RSS 2.0: links made absolute and cleaned of tracking, guids, dates in UTC", () => {
    const feed = parseFeed(fixture("rss.xml"), `${BASE}rss.xml`);
    expect(feed.format).toBe("rss");
    expect(feed.title).toBe("The Valley Courier");
    expect(feed.items).toEqual([
      {
        url: FERRY,
        title: "Harbour town votes to rebuild its old ferry pier",
        published: "2031-03-14T07:30:00.000Z",
        guid: "courier-1001",
      },
      {
        url: TRAINS,
        title: "Night trains return to the northern line",
        published: "2029-11-02T06:00:00.000Z",
        guid: "courier-1000",
      },
      {
        url: undefined,
        title: "An item without a link",
        published: undefined,
        guid: "courier-0999",
      },
    ]);
  });

  it("reads Atom, with HTML titles made plain and updated standing in for published", () => {
    const feed = parseFeed(fixture("atom.xml"), `${BASE}atom.xml`);
    expect(feed.format).toBe("atom");
    expect(feed.items).toEqual([
      {
        url: FERRY,
        title: "Harbour town votes to rebuild its old ferry pier",
        published: "2031-03-14T07:30:00.000Z",
        guid: "tag:courier.example,2031:1001",
      },
      {
        url: TRAINS,
        title: "Night trains return to the northern line",
        published: "2029-11-02T06:00:00.000Z",
        guid: "tag:courier.example,2029:1000",
      },
    ]);
  });

  it("reads JSON Feed", () => {
    const feed = parseFeed(fixture("feed.json"), `${BASE}feed.json`);
    expect(feed.format).toBe("json");
    expect(feed.items.map((i) => [i.url, i.guid, i.published])).toEqual([
      [FERRY, "1001", "2031-03-14T07:30:00.000Z"],
      [TRAINS, "1000", "2029-11-02T06:00:00.000Z"],
    ]);
  });

  it("refuses what is not a feed", () => {
    for (const text of [
      fixture("front-page.html"),
      "plain words",
      "{}",
      '{"version": 1}',
      "<rss><channel></channel></rss>",
    ]) {
      expect(() => parseFeed(text, BASE)).toThrow(FeedError);
    }
  });

  it("tells feeds from pages by type, or by their first bytes when the type is generic", () => {
    expect(looksLikeFeed("application/rss+xml", "")).toBe(true);
    expect(looksLikeFeed("text/html", fixture("rss.xml"))).toBe(false);
    expect(looksLikeFeed("application/xml", fixture("rss.xml"))).toBe(true);
    expect(looksLikeFeed("text/xml", fixture("atom.xml"))).toBe(true);
    expect(looksLikeFeed("application/json", fixture("feed.json"))).toBe(true);
    expect(looksLikeFeed(undefined, fixture("article-jsonld.html"))).toBe(false);
    expect(looksLikeFeed("application/json", '{"a": 1}')).toBe(false);
  });

  it("finds the feeds a page names with <link rel=alternate>", () => {
    expect(findFeedLinks(fixture("front-page.html"), "https://courier.example/")).toEqual([
      { url: `${BASE}rss.xml`, type: "application/rss+xml", title: "Valley Courier RSS" },
      { url: `${BASE}atom.xml`, type: "application/atom+xml", title: "Valley Courier Atom" },
      { url: `${BASE}feed.json`, type: "application/feed+json", title: "Valley Courier JSON" },
    ]);
    expect(findFeedLinks(fixture("article-jsonld.html"), "https://courier.example/")).toEqual([]);
  });
});

describe("poll state", () => {
  const timing = { intervalMs: 15 * 60_000, maxBackoffMs: 6 * 60 * 60_000 };

  it("is due at once when added, then one interval after each success", () => {
    const s0 = newPollState(`${BASE}rss.xml`, 1_000);
    expect(isDue(s0, 1_000)).toBe(true);
    const s1 = afterPollSuccess(
      s0,
      { notModified: false, etag: '"v1"', lastModified: "Fri, 14 Mar 2031 08:30:00 GMT" },
      2_000,
      timing,
    );
    expect(s1).toMatchObject({
      etag: '"v1"',
      failures: 0,
      lastSuccessAt: 2_000,
      nextPollAt: 2_000 + timing.intervalMs,
    });
    expect(isDue(s1, 2_000 + timing.intervalMs - 1)).toBe(false);
    // a 304 without validators keeps the old ones
    const s2 = afterPollSuccess(s1, { notModified: true }, 3_000, timing);
    expect(s2.etag).toBe('"v1"');
    expect(s2.lastModified).toBe("Fri, 14 Mar 2031 08:30:00 GMT");
    // a new copy without validators drops them
    expect(afterPollSuccess(s2, { notModified: false }, 4_000, timing).etag).toBeUndefined();
  });

  it("backs off exponentially on failures, up to the longest wait, and forgets them after a success", () => {
    let s = newPollState(`${BASE}rss.xml`, 0);
    const waits: number[] = [];
    for (let i = 0; i < 7; i++) {
      s = afterPollFailure(s, "the site took too long to answer", 0, timing);
      waits.push(s.nextPollAt / 60_000);
    }
    expect(waits).toEqual([30, 60, 120, 240, 360, 360, 360]);
    expect(s).toMatchObject({ failures: 7, lastError: "the site took too long to answer" });
    const recovered = afterPollSuccess(s, { notModified: true }, 10, timing);
    expect(recovered.failures).toBe(0);
    expect(recovered.lastError).toBeUndefined();
    expect(backoffMs(1000, { intervalMs: 60_000 })).toBe(24 * 60 * 60_000);
  });

  it("picks the unseen items, newest first, a few at most", () => {
    const items = parseFeed(fixture("rss.xml"), `${BASE}rss.xml`).items;
    expect(unseenItems(items, new Set()).map((i) => i.guid)).toEqual([
      "courier-1001",
      "courier-1000",
      "courier-0999",
    ]);
    expect(unseenItems(items, new Set(["courier-1001"]), 1).map((i) => i.guid)).toEqual([
      "courier-1000",
    ]);
    expect(unseenItems(items, new Set([TRAINS, "courier-1001", "courier-0999"]))).toEqual([]);
  });
});

describe("links and feeds on a loopback news site", () => {
  let site: NewsServer;
  let fetcher: Fetcher;

  beforeAll(async () => {
    site = await startNewsServer();
    fetcher = new Fetcher({ allowHosts: [`127.0.0.1:${site.port}`] });
  });

  afterAll(async () => {
    await fetcher.close();
    await site.close();
  });

  it("turns a tracked link into the article, keyed by its final clean URL", async () => {
    const { article, extracted, page } = await fetchArticle(fetcher, `${site.origin}/tracked`, {
      receivedAt: 7,
    });
    expect(page.finalUrl).toBe(
      `${site.origin}/news/ferry-pier-vote?utm_source=newsletter&utm_medium=email&id=7`,
    );
    // the page's canonical link is relative: on this server it names the same site
    expect(extracted.key).toBe(`${site.origin}/news/2031/03/ferry-pier-vote`);
    expect(article).toMatchObject({
      title: "Harbour town votes to rebuild its old ferry pier",
      date: "2031-03-14",
      url: extracted.key,
      mtimeMs: 7,
    });
  });

  it("says why a link is not an article", async () => {
    const why = async (p: string) =>
      fetchArticle(fetcher, `${site.origin}${p}`).then(
        () => "accepted",
        (e: unknown) =>
          e instanceof NotArticleError || e instanceof FetchError ? e.message : String(e),
      );
    expect(await why("/news/members-only")).toBe(
      "the page asks to sign in or subscribe before showing the article",
    );
    expect(await why("/feeds/rss.xml")).toBe("that link is a news feed, not an article");
    expect(await why("/report.pdf")).toBe("the page is not HTML (application/pdf)");
    expect(await why("/missing")).toBe("the site answered 404 (Not Found)");
  });

  it("finds the feed of a front page, or takes a feed URL as it is", async () => {
    const fromPage = await findFeed(fetcher, `${site.origin}/`);
    expect(fromPage.feedUrl).toBe(`${site.origin}/feeds/rss.xml`);
    expect(fromPage.feed.items[0]?.url).toBe(`${site.origin}/news/2031/03/ferry-pier-vote`);
    for (const name of ["atom.xml", "feed.json"]) {
      const direct = await findFeed(fetcher, `${site.origin}/feeds/${name}`);
      expect(direct.feedUrl).toBe(`${site.origin}/feeds/${name}`);
      expect(direct.feed.items).toHaveLength(2);
    }
    await expect(findFeed(fetcher, `${site.origin}/news/ferry-pier-vote`)).rejects.toThrow(
      "the page names no RSS, Atom or JSON feed",
    );
  });

  it("polls with conditional requests and backs off when the feed fails", async () => {
    const timing = { intervalMs: 60_000 };
    const first = await pollFeed(
      fetcher,
      newPollState(`${site.origin}/feeds/atom.xml`, 0),
      timing,
      () => 100,
    );
    expect(first.feed?.items).toHaveLength(2);
    expect(first.state).toMatchObject({ failures: 0, nextPollAt: 60_100 });
    expect(first.state.etag).toBeTruthy();
    const second = await pollFeed(fetcher, first.state, timing, () => 200);
    expect(second.feed).toBeUndefined(); // 304: nothing new
    expect(site.requests.at(-1)?.ifNoneMatch).toBe(first.state.etag);
    const gone = await pollFeed(
      fetcher,
      newPollState(`${site.origin}/feeds/none.xml`, 0),
      timing,
      () => 300,
    );
    expect(gone).toMatchObject({
      error: "the site answered 404 (Not Found)",
      state: { failures: 1, nextPollAt: 300 + 120_000 },
    });
    const notFeed = await pollFeed(
      fetcher,
      newPollState(`${site.origin}/news/ferry-pier-vote`, 0),
      timing,
      () => 0,
    );
    expect(notFeed.error).toBe("that is not an RSS, Atom or JSON feed");
  });
});
