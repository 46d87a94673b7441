import type Database from "better-sqlite3";
import type { Update } from "grammy/types";

/**
 * Which updates from Telegram the bot has taken on and which it has finished. An update is
 * recorded before Telegram is told it arrived (the next getUpdates offset, or the webhook's
 * 200), so one in hand when the bot stops — or dies — is finished after the restart; and a
 * finished one is remembered for a day, so Telegram delivering it again does not answer it twice.
 */
export interface UpdateJournal {
  /** Records the updates not seen before and returns them, in order; the others are duplicates. */
  receive(updates: readonly Update[], now: number): Update[];
  /** The update is finished (answered, or failed for good). */
  done(updateId: number, now: number): void;
  /** Updates taken on but not finished (by an earlier run), oldest first. */
  unfinished(): Update[];
  /** Forgets finished updates older than `before`. */
  prune(before: number): void;
}

/** How long a finished update is remembered (Telegram keeps an unconfirmed update at most a day). */
export const REMEMBER_MS = 24 * 60 * 60 * 1000;

/** The journal in DATA_DIR/bot.db (table `updates`), beside the digest settings. */
export class SqliteUpdateJournal implements UpdateJournal {
  private readonly stmt;

  constructor(private readonly db: Database.Database) {
    this.stmt = {
      insert: db.prepare<[number, string, number]>(
        "INSERT INTO updates (update_id, body, received_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
      ),
      done: db.prepare<[number, number]>(
        "UPDATE updates SET done_at = ?, body = NULL WHERE update_id = ?",
      ),
      unfinished: db.prepare<[], { body: string | null }>(
        "SELECT body FROM updates WHERE done_at IS NULL ORDER BY update_id",
      ),
      prune: db.prepare<[number]>("DELETE FROM updates WHERE done_at IS NOT NULL AND done_at < ?"),
    };
  }

  receive(updates: readonly Update[], now: number): Update[] {
    if (updates.length === 0) return [];
    return this.db
      .transaction(() =>
        updates.filter(
          (u) => this.stmt.insert.run(u.update_id, JSON.stringify(u), now).changes > 0,
        ),
      )
      .immediate();
  }

  done(updateId: number, now: number): void {
    this.stmt.done.run(now, updateId);
  }

  unfinished(): Update[] {
    return this.stmt.unfinished
      .all()
      .flatMap((r) => (r.body ? [JSON.parse(r.body) as Update] : []));
  }

  prune(before: number): void {
    this.stmt.prune.run(before);
  }
}

/** The same in memory: duplicates within one run only (tests, and a bot without a data folder). */
export class MemoryUpdateJournal implements UpdateJournal {
  private readonly entries = new Map<number, { update?: Update; doneAt?: number }>();

  receive(updates: readonly Update[]): Update[] {
    const fresh = updates.filter((u) => !this.entries.has(u.update_id));
    for (const u of fresh) this.entries.set(u.update_id, { update: u });
    return fresh;
  }

  done(updateId: number, now: number): void {
    this.entries.set(updateId, { doneAt: now });
  }

  unfinished(): Update[] {
    return [...this.entries.values()]
      .flatMap((e) => (e.update && e.doneAt === undefined ? [e.update] : []))
      .sort((a, b) => a.update_id - b.update_id);
  }

  prune(before: number): void {
    for (const [id, e] of this.entries)
      if (e.doneAt !== undefined && e.doneAt < before) this.entries.delete(id);
  }
}
