import type { Logger } from "../log/logger.js";
import { reasonOf } from "../sources/errors.js";
import type { FeedItem } from "../sources/feeds.js";
import type { Fetcher } from "../sources/fetch.js";
import { newPollState, unseenItems, type FeedPollState, type PollTiming } from "../sources/poll.js";
import type { FetchRateLimiter } from "../sources/rate-limit.js";
import type { ChatSourceStore, StoredFeed } from "../storage/chat-sources.js";
import type { ChatArticles } from "./chat-articles.js";

export interface FeedPollerOptions {
  store: ChatSourceStore;
  articles: ChatArticles;
  fetcher: Fetcher;
  /** Fetches of feeds and their items (separate from the chats' own links). */
  limiter: FetchRateLimiter;
  /** FEED_POLL_MINUTES in ms. */
  intervalMs: number;
  log: Logger;
  now?: () => number;
  /** A feed item became one of the chat's articles. */
  onArticle?: (chatId: number, articleId: string) => void;
}

export type FeedAdded =
  { ok: true; url: string; title?: string; already: boolean } | { ok: false; reason: string };

/** Feeds a chat may follow at most. */
export const MAX_FEEDS_PER_CHAT = 20;
/** Items taken from a feed just added (its back catalogue is not news), and from one later poll. */
const FIRST_POLL_ITEMS = 3;
const LATER_POLL_ITEMS = 10;
/** Longest sleep between two looks at the feeds (a feed added meanwhile pokes the poller). */
const MAX_SLEEP_MS = 60_000;

/**
 * Follows the chats' feeds: each is polled when due (every FEED_POLL_MINUTES, with ETag /
 * If-Modified-Since; a failing feed backs off), and each item not seen before is fetched,
 * extracted and analysed into the chat's articles. One poll at a time; never throws.
 */
export class FeedPoller {
  private readonly now: () => number;
  private readonly timing: PollTiming;
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private again = false;
  private stopped = true;

  constructor(private readonly options: FeedPollerOptions) {
    this.now = options.now ?? Date.now;
    this.timing = { intervalMs: options.intervalMs };
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.poke();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** Looks at the feeds now (one added, or the timer went off). */
  poke(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    clearTimeout(this.timer);
    this.running = this.pollDue()
      .catch((err: unknown) => this.options.log.error({ err }, "polling feeds failed"))
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.poke();
        } else this.schedule();
      });
  }

  /** `/feed add <url>`: the feed itself, or the one a web page names; polled at once. */
  async add(chatId: number, url: string): Promise<FeedAdded> {
    const { store } = this.options;
    if (store.feeds(chatId).length >= MAX_FEEDS_PER_CHAT)
      return {
        ok: false,
        reason: `this chat follows ${MAX_FEEDS_PER_CHAT} feeds already; remove one first`,
      };
    const decision = this.options.limiter.tryTake(chatId);
    if (!decision.ok)
      return { ok: false, reason: "too many feeds were added just now; try again in a minute" };
    try {
      const { findFeed } = await import("../sources/page.js");
      const found = await findFeed(this.options.fetcher, url);
      const now = this.now();
      const added = store.addFeed({
        chatId,
        url: found.feedUrl,
        title: found.feed.title,
        addedAt: now,
        state: JSON.stringify(newPollState(found.feedUrl, now)),
      });
      if (added) this.poke();
      return { ok: true, url: found.feedUrl, title: found.feed.title, already: !added };
    } catch (err) {
      return { ok: false, reason: reasonOf(err) };
    }
  }

  private schedule(): void {
    if (this.stopped) return;
    const feeds = this.options.store.allFeeds();
    const next = Math.min(...feeds.map((f) => stateOf(f).nextPollAt));
    const wait = Number.isFinite(next) ? Math.max(0, next - this.now()) : MAX_SLEEP_MS;
    this.timer = setTimeout(() => this.poke(), Math.min(wait, MAX_SLEEP_MS));
    this.timer.unref();
  }

  private async pollDue(): Promise<void> {
    for (const feed of this.options.store.allFeeds()) {
      if (this.stopped) return;
      const state = stateOf(feed);
      if (this.now() < state.nextPollAt) continue;
      await this.pollOne(feed, state);
    }
  }

  private async pollOne(feed: StoredFeed, state: FeedPollState): Promise<void> {
    const { store, log } = this.options;
    const first = state.lastSuccessAt === undefined;
    const { pollFeed } = await import("../sources/page.js");
    const result = await pollFeed(this.options.fetcher, state, this.timing, this.now);
    // removed while it was being polled: nothing more to do
    if (!store.feeds(feed.chatId).some((f) => f.url === feed.url)) return;
    store.saveFeedState(feed.chatId, feed.url, JSON.stringify(result.state));
    if (result.error) {
      log.info({ chatId: feed.chatId, feed: feed.url, reason: result.error }, "feed poll failed");
      return;
    }
    if (!result.feed) return;
    const seen = store.seenItems(feed.chatId, feed.url);
    const fresh = unseenItems(result.feed.items, seen, first ? FIRST_POLL_ITEMS : LATER_POLL_ITEMS);
    const kept = new Set<string>();
    for (const item of fresh) if (!(await this.take(feed.chatId, item))) kept.add(item.guid);
    // what the feed holds now counts as seen, except items to try again at the next poll
    const ids = result.feed.items
      .filter((i) => !kept.has(i.guid))
      .flatMap((i) => (i.url ? [i.guid, i.url] : [i.guid]));
    store.replaceSeenItems(feed.chatId, feed.url, ids);
  }

  /** One feed item into the chat's articles; false when it should be tried again later. */
  private async take(chatId: number, item: FeedItem): Promise<boolean> {
    if (!item.url || this.stopped) return !this.stopped;
    if (!this.options.limiter.tryTake(chatId).ok) return false;
    const result = await this.options.articles.addLink(chatId, item.url, "feed");
    if (result.ok) {
      if (!result.already) this.options.onArticle?.(chatId, result.analysis.article.id);
      return true;
    }
    this.options.log.info({ chatId, url: item.url, reason: result.reason }, "feed item not read");
    // a page that is not an article stays so; a site that failed may answer next time
    return !result.retry;
  }
}

/** The feed's poll state as stored; a damaged one makes the feed due now. */
export function stateOf(feed: StoredFeed): FeedPollState {
  try {
    const value = JSON.parse(feed.state) as Partial<FeedPollState>;
    if (typeof value.nextPollAt === "number" && typeof value.failures === "number")
      return { ...value, url: feed.url } as FeedPollState;
  } catch {
    // fall through
  }
  return newPollState(feed.url, 0);
}
