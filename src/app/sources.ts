import path from "node:path";
import type Database from "better-sqlite3";
import type { AnswerContext } from "../answers/context.js";
import type { CommandSpec } from "../answers/spec.js";
import { ChatArticles } from "../library/chat-articles.js";
import { ChatLibraries } from "../library/chat-libraries.js";
import { FeedPoller } from "../library/feed-poller.js";
import type { Library } from "../library/library.js";
import type { SentenceIndex } from "../search/sentence-index.js";
import type { Logger } from "../log/logger.js";
import { Fetcher } from "../sources/fetch.js";
import { FetchRateLimiter } from "../sources/rate-limit.js";
import { ChatSourceStore } from "../storage/chat-sources.js";
import type { Env } from "./env.js";

export interface SourcesOptions {
  env: Pick<Env, "FETCH_ALLOW_HOSTS" | "FEED_POLL_MINUTES" | "DATA_DIR">;
  /** The content folder's articles: everyone's, and their sentence index. */
  library: Library;
  index: SentenceIndex;
  commands: readonly CommandSpec[];
  log: Logger;
  /** bot.db (Telegram mode): chats' articles and feeds are kept there; without it, in memory only and no feeds. */
  db?: Database.Database;
}

/** Articles from links, pasted text and feeds, wired: the per-chat libraries, the fetcher and the feed poller. */
export interface Sources {
  chats: ChatLibraries;
  articles: ChatArticles;
  /** Telegram mode only. */
  feeds?: { poller: FeedPoller; store: ChatSourceStore };
  /** The answer context of a chat: the shared articles and its own (without a chat: the shared ones). */
  context: (chatId?: number) => AnswerContext;
  /** Stops polling feeds and closes the fetcher's connections. */
  close(): Promise<void>;
}

export function startSources(options: SourcesOptions): Sources {
  const { env, log } = options;
  const fetcher = new Fetcher({ allowHosts: env.FETCH_ALLOW_HOSTS });
  const chats = new ChatLibraries(options.library, options.index);
  const store = options.db ? new ChatSourceStore(options.db) : undefined;
  const articles = new ChatArticles({
    chats,
    store,
    fetcher,
    limiter: new FetchRateLimiter(),
    cacheDir: path.join(env.DATA_DIR, "cache"),
    log,
  });
  // Cached articles are back at once; only those the cache misses are analysed after.
  void articles.restore().then(
    (restored) => {
      if (restored > 0) log.info({ articles: restored }, "chats' own articles restored");
    },
    (err: unknown) => log.error({ err }, "the chats' own articles could not be restored"),
  );
  const poller = store
    ? new FeedPoller({
        store,
        articles,
        fetcher,
        limiter: new FetchRateLimiter({ chat: { burst: 10, perMinute: 10 } }),
        intervalMs: env.FEED_POLL_MINUTES * 60_000,
        log,
        onArticle: (chatId, articleId) => log.info({ chatId, articleId }, "feed article added"),
      })
    : undefined;
  poller?.start();
  return {
    chats,
    articles,
    feeds: poller && store ? { poller, store } : undefined,
    context: (chatId) => ({
      library: chats.libraryFor(chatId),
      index: chats.indexFor(chatId),
      now: () => new Date(),
      commands: options.commands,
      ownArticle: (id) => chats.owns(chatId, id),
    }),
    async close() {
      await poller?.stop();
      await fetcher.close();
    },
  };
}
