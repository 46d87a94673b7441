import type Database from "better-sqlite3";
import type { Article } from "../model/article.js";

/** How an article came to a chat. */
export type ArticleOrigin = "link" | "text" | "feed";

/** An article a chat brought, as stored. */
export interface StoredChatArticle {
  chatId: number;
  article: Article;
  origin: ArticleOrigin;
  addedAt: number;
}

/** A feed a chat follows; `state` is the poller's own record (JSON text), read above storage. */
export interface StoredFeed {
  chatId: number;
  url: string;
  title?: string;
  addedAt: number;
  state: string;
}

const ORIGINS: readonly string[] = ["link", "text", "feed"] satisfies ArticleOrigin[];

/**
 * The articles chats brought and the feeds they follow, in DATA_DIR/bot.db beside the digest
 * settings (migration 4), so a restart keeps them. An article's body (the Article as JSON)
 * is kept once; each chat holding it has a row of its own. Every write is one transaction.
 */
export class ChatSourceStore {
  private readonly stmt;

  constructor(readonly db: Database.Database) {
    this.stmt = {
      putBody: db.prepare<[string, string, number]>(
        "INSERT INTO web_articles (article_id, body, stored_at) VALUES (?, ?, ?) ON CONFLICT (article_id) DO UPDATE SET body = excluded.body, stored_at = excluded.stored_at",
      ),
      putOwner: db.prepare<[number, string, string, number]>(
        "INSERT INTO chat_articles (chat_id, article_id, origin, added_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
      ),
      all: db.prepare<
        [],
        { chat_id: number; article_id: string; origin: string; added_at: number; body: string }
      >(
        "SELECT c.chat_id, c.article_id, c.origin, c.added_at, w.body FROM chat_articles c JOIN web_articles w USING (article_id) ORDER BY c.added_at",
      ),
      dropOwner: db.prepare<[number, string]>(
        "DELETE FROM chat_articles WHERE chat_id = ? AND article_id = ?",
      ),
      dropOrphans: db.prepare(
        "DELETE FROM web_articles WHERE article_id NOT IN (SELECT article_id FROM chat_articles)",
      ),
      feeds: db.prepare<
        [number],
        { chat_id: number; url: string; title: string | null; added_at: number; state: string }
      >("SELECT * FROM chat_feeds WHERE chat_id = ? ORDER BY added_at, url"),
      allFeeds: db.prepare<
        [],
        { chat_id: number; url: string; title: string | null; added_at: number; state: string }
      >("SELECT * FROM chat_feeds ORDER BY added_at, url"),
      addFeed: db.prepare<[number, string, string | null, number, string]>(
        "INSERT INTO chat_feeds (chat_id, url, title, added_at, state) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
      ),
      dropFeed: db.prepare<[number, string]>(
        "DELETE FROM chat_feeds WHERE chat_id = ? AND url = ?",
      ),
      dropSeen: db.prepare<[number, string]>(
        "DELETE FROM feed_items_seen WHERE chat_id = ? AND url = ?",
      ),
      feedState: db.prepare<[string, number, string]>(
        "UPDATE chat_feeds SET state = ? WHERE chat_id = ? AND url = ?",
      ),
      seen: db.prepare<[number, string], { guid: string }>(
        "SELECT guid FROM feed_items_seen WHERE chat_id = ? AND url = ?",
      ),
      addSeen: db.prepare<[number, string, string]>(
        "INSERT INTO feed_items_seen (chat_id, url, guid) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
      ),
    };
  }

  /** A group became a supergroup: its articles, feeds and seen feed items move to the new id. Returns how many rows moved. */
  moveChat(fromId: number, toId: number): number {
    return this.db.transaction(() => {
      let moved = 0;
      for (const table of ["chat_articles", "chat_feeds", "feed_items_seen"]) {
        moved += this.db
          .prepare(`UPDATE OR IGNORE ${table} SET chat_id = ? WHERE chat_id = ?`)
          .run(toId, fromId).changes;
        this.db.prepare(`DELETE FROM ${table} WHERE chat_id = ?`).run(fromId);
      }
      this.stmt.dropOrphans.run();
      return moved;
    })();
  }

  /** Stores the article (its latest body) as one of the chat's. */
  putArticle(chatId: number, article: Article, origin: ArticleOrigin, now: number): void {
    this.db.transaction(() => {
      this.stmt.putBody.run(article.id, JSON.stringify(article), now);
      this.stmt.putOwner.run(chatId, article.id, origin, now);
    })();
  }

  /** Every chat's articles, oldest first; a row whose body cannot be read is skipped with `warn`. */
  articles(warn: (message: string) => void = () => {}): StoredChatArticle[] {
    const out: StoredChatArticle[] = [];
    for (const row of this.stmt.all.all()) {
      const article = readArticle(row.body);
      if (!article || article.id !== row.article_id) {
        warn(`stored article ${row.article_id} of chat ${row.chat_id} is damaged; skipped`);
        continue;
      }
      const origin = (ORIGINS.includes(row.origin) ? row.origin : "link") as ArticleOrigin;
      out.push({ chatId: row.chat_id, article, origin, addedAt: row.added_at });
    }
    return out;
  }

  /** Drops the article from the chat (and its body when no chat holds it any more); false when the chat did not hold it. */
  removeArticle(chatId: number, articleId: string): boolean {
    return this.db.transaction(() => {
      const removed = this.stmt.dropOwner.run(chatId, articleId).changes > 0;
      if (removed) this.stmt.dropOrphans.run();
      return removed;
    })();
  }

  feeds(chatId: number): StoredFeed[] {
    return this.stmt.feeds.all(chatId).map(toFeed);
  }

  allFeeds(): StoredFeed[] {
    return this.stmt.allFeeds.all().map(toFeed);
  }

  /** False when the chat follows this feed already. */
  addFeed(feed: StoredFeed): boolean {
    return (
      this.stmt.addFeed.run(feed.chatId, feed.url, feed.title ?? null, feed.addedAt, feed.state)
        .changes > 0
    );
  }

  removeFeed(chatId: number, url: string): boolean {
    return this.db.transaction(() => {
      this.stmt.dropSeen.run(chatId, url);
      return this.stmt.dropFeed.run(chatId, url).changes > 0;
    })();
  }

  saveFeedState(chatId: number, url: string, state: string): void {
    this.stmt.feedState.run(state, chatId, url);
  }

  /** The item ids (guids and URLs) of the feed the chat has had. */
  seenItems(chatId: number, url: string): Set<string> {
    return new Set(this.stmt.seen.all(chatId, url).map((r) => r.guid));
  }

  /** The feed's items seen from now on are `ids`: ones no longer in the feed are forgotten (the table stays small). */
  replaceSeenItems(chatId: number, url: string, ids: Iterable<string>): void {
    this.db.transaction(() => {
      this.stmt.dropSeen.run(chatId, url);
      for (const id of ids) this.stmt.addSeen.run(chatId, url, id);
    })();
  }
}

function toFeed(r: {
  chat_id: number;
  url: string;
  title: string | null;
  added_at: number;
  state: string;
}): StoredFeed {
  return {
    chatId: r.chat_id,
    url: r.url,
    title: r.title ?? undefined,
    addedAt: r.added_at,
    state: r.state,
  };
}

function readArticle(body: string): Article | undefined {
  try {
    const value = JSON.parse(body) as Partial<Article>;
    const ok =
      typeof value.id === "string" &&
      typeof value.file === "string" &&
      typeof value.title === "string" &&
      typeof value.hash === "string" &&
      typeof value.mtimeMs === "number" &&
      Array.isArray(value.paragraphs) &&
      value.paragraphs.every((p) => typeof p === "string");
    return ok ? (value as Article) : undefined;
  } catch {
    return undefined;
  }
}
