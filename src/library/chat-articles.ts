import path from "node:path";
import { AnalysisCache } from "../analysis/cache.js";
import { loadAnalyser } from "./load-analyser.js";
import type { Logger } from "../log/logger.js";
import type { Analysis } from "../model/analysis.js";
import type { Article } from "../model/article.js";
import { FetchError, reasonOf } from "../sources/errors.js";
import type { Fetcher } from "../sources/fetch.js";
import type { FetchRateLimiter } from "../sources/rate-limit.js";
import { normaliseUrl } from "../sources/url.js";
import type { ArticleOrigin, ChatSourceStore, StoredChatArticle } from "../storage/chat-sources.js";
import type { ChatLibraries } from "./chat-libraries.js";

/** What became of an article a chat brought. */
export type Intake =
  | { ok: true; analysis: Analysis; /** The chat had it already. */ already: boolean }
  | {
      ok: false;
      /** One line saying why. */
      reason: string;
      /** The site or the rate limit may let it through later (a feed item is tried again). */
      retry?: boolean;
    };

export interface ChatArticlesOptions {
  chats: ChatLibraries;
  /** bot.db's tables for them; without it (the terminal chat) they last as long as the process. */
  store?: ChatSourceStore;
  fetcher: Fetcher;
  /** Fetches a chat asks for (links, /add); feeds have their own. */
  limiter: FetchRateLimiter;
  /** DATA_DIR/cache: analyses of the chats' articles are kept there. */
  cacheDir?: string;
  log: Logger;
  now?: () => number;
  /** Articles a chat keeps at most; beyond, its oldest go (default 500). */
  maxPerChat?: number;
}

/**
 * Articles chats bring — a link, pasted text, a feed's item — made into analysed articles
 * of that chat: fetched and extracted (src/sources), analysed (cache first), stored in
 * bot.db and put on the chat's shelf (ChatLibraries). Nothing here throws for a bad link
 * or page: the result says why in one line.
 */
export class ChatArticles {
  private readonly cache?: AnalysisCache;
  private readonly now: () => number;

  constructor(private readonly options: ChatArticlesOptions) {
    this.now = options.now ?? Date.now;
    if (options.cacheDir)
      this.cache = AnalysisCache.open(
        options.cacheDir,
        path.join(options.cacheDir, "chat-articles"),
        (message) => options.log.warn(message),
      );
  }

  /**
   * Puts every stored article back on its chat's shelf (at start-up); resolves to how many.
   * The cached ones are back when this returns; only those the cache misses wait for the
   * analyser (loaded then).
   */
  async restore(): Promise<number> {
    const { store, chats, log } = this.options;
    const live = new Set<string>();
    let count = 0;
    if (!store) return 0;
    const put = (stored: StoredChatArticle, analysis: Analysis) => {
      live.add(cacheKey(stored.article));
      chats.add(stored.chatId, analysis, stored.addedAt);
      count++;
    };
    const unread = (stored: StoredChatArticle, err: unknown) =>
      log.warn({ err, articleId: stored.article.id }, "a stored chat article could not be read");
    const uncached: StoredChatArticle[] = [];
    for (const stored of store.articles((message) => log.warn(message))) {
      try {
        const cached = this.cached(stored.article);
        if (cached) put(stored, cached);
        else uncached.push(stored);
      } catch (err) {
        unread(stored, err);
      }
    }
    for (const stored of uncached) {
      try {
        put(stored, await this.analysed(stored.article));
      } catch (err) {
        unread(stored, err);
      }
    }
    this.cache?.flush();
    this.cache?.compact(live);
    return count;
  }

  /** A link the chat sent: fetched (within the chat's rate limit), extracted, analysed, kept. */
  async addLink(chatId: number, url: string, origin: ArticleOrigin = "link"): Promise<Intake> {
    const known = this.ownByUrl(chatId, url);
    if (known) return { ok: true, analysis: known, already: true };
    if (origin !== "feed") {
      const decision = this.options.limiter.tryTake(chatId);
      if (!decision.ok)
        return {
          ok: false,
          retry: true,
          reason: `${decision.scope === "chat" ? "this chat has" : "I have"} fetched many pages just now; try again in ${Math.max(1, Math.ceil(decision.retryAfterMs / 1000))} s`,
        };
    }
    try {
      const { fetchArticle } = await import("../sources/page.js");
      const { article } = await fetchArticle(this.options.fetcher, url, {
        receivedAt: this.now(),
      });
      return this.keep(chatId, article, origin);
    } catch (err) {
      this.options.log.info({ chatId, url, reason: reasonOf(err), err }, "link not read");
      return { ok: false, reason: reasonOf(err), retry: mayPassLater(err) };
    }
  }

  /** A long message or a forwarded post: an article of the chat (title: its first line). */
  async addText(chatId: number, text: string, source?: string): Promise<Intake> {
    try {
      // the article reader (yaml, zod) is loaded with the first text a chat brings
      const { articleFromPastedText } = await import("../sources/article.js");
      return await this.keep(
        chatId,
        articleFromPastedText(text, { source, receivedAt: this.now() }),
        "text",
      );
    } catch (err) {
      // the reason (a parse or storage error) is for the log; the chat gets one plain line
      this.options.log.warn({ err, chatId }, "pasted text not read");
      return { ok: false, reason: "the text could not be read as an article" };
    }
  }

  /** True for an article the chat brought itself. */
  owns(chatId: number, articleId: string): boolean {
    return this.options.chats.owns(chatId, articleId);
  }

  /** Drops one of the chat's own articles; false when it is not the chat's. */
  remove(chatId: number, articleId: string): boolean {
    if (!this.options.chats.owns(chatId, articleId)) return false;
    this.options.store?.removeArticle(chatId, articleId);
    return this.options.chats.remove(chatId, articleId);
  }

  /** A group became a supergroup: its articles (and, in storage, its feeds) move to the new id. */
  moveChat(fromId: number, toId: number): number {
    const { chats, store } = this.options;
    store?.moveChat(fromId, toId);
    const own = chats.ownArticles(fromId);
    const library = chats.libraryFor(fromId);
    for (const analysis of own) {
      const id = analysis.article.id;
      const addedAt = library.firstSeen(id) ?? this.now();
      chats.remove(fromId, id);
      chats.add(toId, analysis, addedAt);
    }
    return own.length;
  }

  private async keep(chatId: number, article: Article, origin: ArticleOrigin): Promise<Intake> {
    const { chats, store } = this.options;
    const already = chats.owns(chatId, article.id);
    const previous = already
      ? chats.ownArticles(chatId).find((a) => a.article.id === article.id)
      : undefined;
    if (previous && previous.article.hash === article.hash)
      return { ok: true, analysis: previous, already: true };
    const analysis = await this.analysed(article);
    this.cache?.flush();
    const now = this.now();
    store?.putArticle(chatId, article, origin, now);
    chats.add(chatId, analysis, now);
    this.trim(chatId);
    return { ok: true, analysis, already };
  }

  /** A chat over its limit (a busy feed) loses its oldest articles, so memory and bot.db stay bounded. */
  private trim(chatId: number): void {
    const max = this.options.maxPerChat ?? 500;
    const own = this.options.chats.ownArticles(chatId);
    if (own.length <= max) return;
    const library = this.options.chats.libraryFor(chatId);
    const added = (id: string) => library.firstSeen(id) ?? 0;
    const oldest = own
      .map((a) => a.article.id)
      .sort((a, b) => added(a) - added(b))
      .slice(0, own.length - max);
    for (const id of oldest) this.remove(chatId, id);
    this.options.log.info(
      { chatId, removed: oldest.length },
      "oldest of the chat's own articles removed",
    );
  }

  private cached(article: Article): Analysis | undefined {
    return this.cache?.get(cacheKey(article));
  }

  private async analysed(article: Article): Promise<Analysis> {
    const cached = this.cached(article);
    if (cached) return cached;
    const { analyse } = await loadAnalyser();
    const analysis = analyse(article);
    this.cache?.putJson(cacheKey(article), JSON.stringify(analysis));
    return analysis;
  }

  private ownByUrl(chatId: number, url: string): Analysis | undefined {
    const wanted = normaliseUrl(url);
    if (!wanted) return undefined;
    return this.options.chats.ownArticles(chatId).find((a) => a.article.url === wanted);
  }
}

/** Failures of the site or the way to it, not of the page: worth another try. */
function mayPassLater(err: unknown): boolean {
  if (!(err instanceof FetchError)) return false;
  if (err.code === "http-status") return (err.status ?? 500) >= 500 || err.status === 429;
  return ["dns", "connect", "timeout", "rate-limited"].includes(err.code);
}

function cacheKey(article: Article): string {
  return AnalysisCache.key(article.hash, `${article.id}.txt`);
}
