import { accessSync, constants, existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { StorageError } from "./errors.js";
import { migrate, type Migration, MIGRATIONS } from "./migrations.js";

export const DATABASE_FILE = "bot.db";
/**
 * Written beside bot.db when it is created: from then on a missing or empty bot.db means the
 * settings were lost, not that this is a first start. Deleting it is how to start afresh.
 */
export const MARKER_FILE = "bot-db.marker";
const MARKER_TEXT = `This folder holds the bot's settings in ${DATABASE_FILE} (digest times of every chat).
While this file is here, the bot refuses to start if ${DATABASE_FILE} is missing or empty, instead of
silently starting with no settings. To start afresh on purpose, delete this file.
`;

function codeOf(err: unknown): string {
  return typeof err === "object" && err !== null && "code" in err
    ? String((err as { code: unknown }).code)
    : "";
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
  if (
    code.startsWith("SQLITE_READONLY") ||
    code === "EACCES" ||
    code === "EPERM" ||
    code === "EROFS"
  ) {
    return new StorageError(
      `${file} cannot be written (${why}). Make DATA_DIR writable for the bot, or set DATA_DIR to another folder.`,
    );
  }
  if (code.startsWith("SQLITE_CANTOPEN") || code === "ENOTDIR" || code === "ENOENT") {
    return new StorageError(
      `${file} cannot be opened (${why}). Check that DATA_DIR is a folder the bot can write to.`,
    );
  }
  return new StorageError(`${file} could not be opened: ${why}`);
}

export interface OpenOptions {
  /** For tests of the migration machinery; the bot always uses MIGRATIONS. */
  migrations?: readonly Migration[];
}

/** A missing or empty bot.db in a folder that held one: stop rather than start with no settings. */
function refuseLostDatabase(dir: string, file: string): void {
  const marker = path.join(dir, MARKER_FILE);
  if (!existsSync(marker)) return;
  const state = !existsSync(file)
    ? "missing"
    : statSync(file).isFile() && statSync(file).size === 0
      ? "empty"
      : undefined;
  if (!state) return;
  throw new StorageError(
    `${file} is ${state}, but this data folder held the bot's settings before (${marker} is there); starting would silently drop every chat's digest setting. Restore bot.db from a backup, or delete ${marker} to start afresh.`,
  );
}

/**
 * Opens (creating on first use) DATA_DIR/bot.db: a rollback journal (TRUNCATE), full sync,
 * foreign keys, a busy timeout for a second process, a write check, and migrations to the
 * latest schema. Any problem becomes a StorageError naming the file and what to do; so does
 * a missing or empty bot.db where one was before (see MARKER_FILE).
 *
 * Not WAL: with WAL, SQLite maps bot.db-shm into memory, and a process whose -shm file is
 * cut short dies of SIGBUS; and writes to a deleted WAL database succeed unnoticed. With a
 * rollback journal a deleted or replaced bot.db fails the next write (SQLITE_READONLY_DBMOVED).
 */
export function openDatabase(dataDir: string, options: OpenOptions = {}): Database.Database {
  const dir = path.resolve(dataDir);
  const file = path.join(dir, DATABASE_FILE);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    throw new StorageError(
      `The data folder ${dir} cannot be created (${messageOf(err)}). Set DATA_DIR to a folder the bot can write to.`,
    );
  }
  refuseLostDatabase(dir, file);
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { fileMustExist: false });
    db.pragma("busy_timeout = 5000");
    const mode = String(db.pragma("journal_mode = TRUNCATE", { simple: true }));
    if (mode.toLowerCase() !== "truncate")
      throw new StorageError(`could not switch to a rollback journal (journal mode is ${mode})`);
    db.pragma("synchronous = FULL");
    db.pragma("foreign_keys = ON");
    const check = String(db.pragma("quick_check", { simple: true }));
    if (check !== "ok")
      throw Object.assign(new Error(`integrity check failed: ${check}`), {
        code: "SQLITE_CORRUPT",
      });
    // Fail now, not at the first digest, if the file cannot be written.
    db.exec("BEGIN IMMEDIATE; COMMIT;");
    migrate(db, options.migrations ?? MIGRATIONS);
    if (!existsSync(path.join(dir, MARKER_FILE)))
      writeFileSync(path.join(dir, MARKER_FILE), MARKER_TEXT);
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

/** Why the open database can no longer be trusted, or undefined while it is fine. */
export function databaseProblem(
  file: string,
  opened: { dev: number; ino: number },
): string | undefined {
  let now;
  try {
    now = statSync(file);
  } catch {
    return `${file} was deleted while the bot was running`;
  }
  if (now.dev !== opened.dev || now.ino !== opened.ino)
    return `${file} was replaced by another file while the bot was running`;
  try {
    accessSync(file, constants.W_OK);
  } catch {
    return `${file} can no longer be written`;
  }
  return undefined;
}

/**
 * Looks every `everyMs` whether bot.db is still the file the bot opened and writable; the
 * first time it is not, calls `onLost` with the reason (once). Returns a stop function.
 */
export function watchDatabaseFile(
  file: string,
  onLost: (reason: string) => void,
  everyMs = 5000,
): () => void {
  const opened = statSync(file);
  const timer = setInterval(() => {
    const problem = databaseProblem(file, opened);
    if (!problem) return;
    clearInterval(timer);
    onLost(problem);
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
