import type Database from "better-sqlite3";
import { StorageError } from "./errors.js";

/**
 * Schema history. Each entry moves the database from version i to i + 1 (PRAGMA user_version).
 * Migrations only ever add: never drop or rewrite a table that holds a chat's setting.
 */
export type Migration = (db: Database.Database) => void;

export const MIGRATIONS: readonly Migration[] = [
  // 1: subscriptions, delivery records, articles already digested per chat.
  (db) => {
    db.exec(`
      CREATE TABLE subscriptions (
        chat_id      INTEGER PRIMARY KEY,
        enabled      INTEGER NOT NULL CHECK (enabled IN (0, 1)),
        time         TEXT    NOT NULL,
        zone         TEXT    NOT NULL,
        created_at   INTEGER NOT NULL,
        updated_at   INTEGER NOT NULL,
        active_since INTEGER NOT NULL,
        off_reason   TEXT,
        off_detail   TEXT,
        off_at       INTEGER
      );
      CREATE TABLE deliveries (
        chat_id    INTEGER NOT NULL,
        local_date TEXT    NOT NULL,
        due_at     INTEGER NOT NULL,
        claimed_at INTEGER NOT NULL,
        sent_at    INTEGER,
        status     TEXT    NOT NULL CHECK (status IN ('sending', 'sent', 'skipped', 'failed')),
        detail     TEXT,
        attempts   INTEGER NOT NULL DEFAULT 0,
        retry_at   INTEGER,
        messages   INTEGER NOT NULL DEFAULT 0,
        articles   INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (chat_id, local_date)
      );
      CREATE TABLE digested_articles (
        chat_id     INTEGER NOT NULL,
        article_id  TEXT    NOT NULL,
        digested_at INTEGER NOT NULL,
        PRIMARY KEY (chat_id, article_id)
      );
    `);
  },
  // 2: updates received from Telegram: kept until handled (so a restart finishes them) and
  // for a day after (so one delivered twice is handled once).
  (db) => {
    db.exec(`
      CREATE TABLE updates (
        update_id   INTEGER PRIMARY KEY,
        body        TEXT,
        received_at INTEGER NOT NULL,
        done_at     INTEGER
      );
      CREATE INDEX updates_done_at ON updates (done_at);
    `);
  },
  // 3: a chat's digest may be silent (sent without a notification). Every stored setting is
  // kept: the column is added with a default, nothing is rewritten.
  (db) => {
    db.exec(
      "ALTER TABLE subscriptions ADD COLUMN silent INTEGER NOT NULL DEFAULT 0 CHECK (silent IN (0, 1))",
    );
  },
  // 4: articles chats brought (links, pasted text, feeds) and the feeds they follow
  // (storage/chat-sources.ts). An article's body is kept once however many chats hold it.
  (db) => {
    db.exec(`
      CREATE TABLE web_articles (
        article_id TEXT    PRIMARY KEY,
        body       TEXT    NOT NULL,
        stored_at  INTEGER NOT NULL
      );
      CREATE TABLE chat_articles (
        chat_id    INTEGER NOT NULL,
        article_id TEXT    NOT NULL,
        origin     TEXT    NOT NULL CHECK (origin IN ('link', 'text', 'feed')),
        added_at   INTEGER NOT NULL,
        PRIMARY KEY (chat_id, article_id)
      );
      CREATE TABLE chat_feeds (
        chat_id  INTEGER NOT NULL,
        url      TEXT    NOT NULL,
        title    TEXT,
        added_at INTEGER NOT NULL,
        state    TEXT    NOT NULL,
        PRIMARY KEY (chat_id, url)
      );
      CREATE TABLE feed_items_seen (
        chat_id INTEGER NOT NULL,
        url     TEXT    NOT NULL,
        guid    TEXT    NOT NULL,
        PRIMARY KEY (chat_id, url, guid)
      );
    `);
  },
];

export function schemaVersion(db: Database.Database): number {
  return Number(db.pragma("user_version", { simple: true }));
}

/** Brings the database to the latest version, one migration per transaction. Returns the version. */
export function migrate(
  db: Database.Database,
  migrations: readonly Migration[] = MIGRATIONS,
): number {
  const current = schemaVersion(db);
  if (current > migrations.length) {
    throw new StorageError(
      `the database has schema version ${current}, newer than this bot knows (${migrations.length}); it was written by a newer version of the bot — update the bot rather than lose its settings`,
    );
  }
  for (let v = current; v < migrations.length; v++) {
    const step = migrations[v];
    if (!step) continue;
    db.transaction(() => {
      step(db);
      db.pragma(`user_version = ${v + 1}`);
    }).immediate();
  }
  return schemaVersion(db);
}
