import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { StorageError } from "./errors.js";
import { migrate, type Migration, MIGRATIONS } from "./migrations.js";

export const DATABASE_FILE = "bot.db";

function codeOf(err: unknown): string {
  return typeof err === "object" && err !== null && "code" in err ? String((err as { code: unknown }).code) : "";
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Turns SQLite's and the file system's errors into one line that says what to do. */
function explain(file: string, err: unknown): StorageError {
  if (err instanceof StorageError) return new StorageError(`${file}: ${err.message}`);
  const code = codeOf(err);
  const why = messageOf(err);
  if (code === "SQLITE_NOTADB" || code === "SQLITE_CORRUPT" || code.startsWith("SQLITE_CORRUPT")) {
    return new StorageError(
      `${file} is not a readable SQLite database (${why}). The digest settings are kept in it: move it aside to keep it, or set DATA_DIR to another folder.`,
    );
  }
  if (code.startsWith("SQLITE_READONLY") || code === "EACCES" || code === "EPERM" || code === "EROFS") {
    return new StorageError(`${file} cannot be written (${why}). Make DATA_DIR writable for the bot, or set DATA_DIR to another folder.`);
  }
  if (code.startsWith("SQLITE_CANTOPEN") || code === "ENOTDIR" || code === "ENOENT") {
    return new StorageError(`${file} cannot be opened (${why}). Check that DATA_DIR is a folder the bot can write to.`);
  }
  return new StorageError(`${file} could not be opened: ${why}`);
}

export interface OpenOptions {
  /** For tests of the migration machinery; the bot always uses MIGRATIONS. */
  migrations?: readonly Migration[];
}

/**
 * Opens (creating on first use) DATA_DIR/bot.db: WAL journal, full sync, foreign keys,
 * a busy timeout for a second process, a write check, and migrations to the latest schema.
 * Any problem becomes a StorageError naming the file and what to do.
 */
export function openDatabase(dataDir: string, options: OpenOptions = {}): Database.Database {
  const dir = path.resolve(dataDir);
  const file = path.join(dir, DATABASE_FILE);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    throw new StorageError(`The data folder ${dir} cannot be created (${messageOf(err)}). Set DATA_DIR to a folder the bot can write to.`);
  }
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { fileMustExist: false });
    db.pragma("busy_timeout = 5000");
    const mode = String(db.pragma("journal_mode = WAL", { simple: true }));
    if (mode.toLowerCase() !== "wal") throw new StorageError(`could not switch to WAL mode (journal mode is ${mode})`);
    db.pragma("synchronous = FULL");
    db.pragma("foreign_keys = ON");
    const check = String(db.pragma("quick_check", { simple: true }));
    if (check !== "ok") throw Object.assign(new Error(`integrity check failed: ${check}`), { code: "SQLITE_CORRUPT" });
    // Fail now, not at the first digest, if the file cannot be written.
    db.exec("BEGIN IMMEDIATE; COMMIT;");
    migrate(db, options.migrations ?? MIGRATIONS);
    return db;
  } catch (err) {
    try {
      db?.close();
    } catch {
      // the original error is the one worth reporting
    }
    throw explain(file, err);
  }
}
