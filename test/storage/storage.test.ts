import { mkdtempSync, rmSync, writeFileSync, existsSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Update } from "grammy/types";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MARKER_FILE, openDatabase, watchDatabaseFile } from "../../src/storage/database.js";
import { StorageError } from "../../src/storage/errors.js";
import { MIGRATIONS, schemaVersion, type Migration } from "../../src/storage/migrations.js";
import { SqliteStore } from "../../src/storage/store.js";
import { SqliteUpdateJournal } from "../../src/storage/update-journal.js";

let dir: string;
const stores: SqliteStore[] = [];
const open = (d = dir, migrations?: readonly Migration[]) => {
  const s = SqliteStore.open(d, { migrations });
  stores.push(s);
  return s;
};

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "digest-storage-"));
});
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
  rmSync(dir, { recursive: true, force: true });
});

const T0 = Date.parse("2024-06-01T08:00:00Z");

describe("opening DATA_DIR/bot.db", () => {
  it("creates the folder and the file on first use, with a rollback journal, at the latest schema version", () => {
    const data = path.join(dir, "nested", "data");
    const store = open(data);
    expect(existsSync(path.join(data, "bot.db"))).toBe(true);
    expect(String(store.db.pragma("journal_mode", { simple: true }))).toBe("truncate");
    expect(schemaVersion(store.db)).toBe(MIGRATIONS.length);
    expect(Number(store.db.pragma("synchronous", { simple: true }))).toBe(2); // FULL
  });

  it("keeps every setting across a restart", () => {
    const first = open();
    first.enable(-1001, "08:30", "Asia/Tokyo", T0);
    first.enable(42, "07:00", "UTC", T0);
    first.disable(42, "command", T0 + 1000);
    expect(first.claim(-1001, "2024-06-01", T0, T0, 3)).toBe(true);
    first.markSent(-1001, "2024-06-01", T0 + 5, ["a", "b"], 2);
    first.close();
    first.close(); // idempotent

    const again = open();
    expect(again.subscription(-1001)).toMatchObject({
      enabled: true,
      time: "08:30",
      zone: "Asia/Tokyo",
      createdAt: T0,
    });
    expect(again.subscription(42)).toMatchObject({
      enabled: false,
      time: "07:00",
      zone: "UTC",
      offReason: "command",
      offAt: T0 + 1000,
    });
    expect(again.lastSent(-1001)).toMatchObject({
      localDate: "2024-06-01",
      status: "sent",
      sentAt: T0 + 5,
      messages: 2,
      articles: 2,
    });
    expect([...again.digestedArticles(-1001)].sort()).toEqual(["a", "b"]);
    expect(again.enabledSubscriptions().map((s) => s.chatId)).toEqual([-1001]);
  });

  it("migrates an older database forward without losing its rows, one version at a time", () => {
    const v1 = open(dir, MIGRATIONS.slice(0, 1));
    v1.enable(7, "09:15", "Europe/London", T0);
    v1.close();
    const addColumn: Migration = (db) =>
      db.exec("ALTER TABLE subscriptions ADD COLUMN language TEXT");
    const newer = [...MIGRATIONS, addColumn];
    const v2 = open(dir, newer);
    expect(schemaVersion(v2.db)).toBe(newer.length);
    expect(v2.subscription(7)).toMatchObject({
      time: "09:15",
      zone: "Europe/London",
      enabled: true,
    });
    v2.close();
    // Opening again runs nothing twice.
    const v2again = open(dir, newer);
    expect(schemaVersion(v2again.db)).toBe(newer.length);
  });

  it("migration 3 adds the silent choice to a version-2 database, keeping every setting", () => {
    const v2 = open(dir, MIGRATIONS.slice(0, 2));
    v2.enable(7, "09:15", "Europe/London", T0);
    v2.enable(8, "18:00", "Asia/Almaty", T0);
    v2.disable(8, "command", T0 + 1);
    v2.close();
    const v3 = open(dir);
    expect(schemaVersion(v3.db)).toBe(MIGRATIONS.length);
    expect(v3.subscription(7)).toMatchObject({ time: "09:15", enabled: true, silent: false });
    expect(v3.subscription(8)).toMatchObject({
      enabled: false,
      offReason: "command",
      silent: false,
    });
    const quiet = v3.setSilent(7, true, T0 + 2, { time: "09:00", zone: "UTC" });
    expect(quiet).toMatchObject({
      time: "09:15",
      zone: "Europe/London",
      enabled: true,
      silent: true,
    });
    // a chat with no setting keeps its choice, off, until it turns the digest on
    expect(v3.setSilent(9, true, T0, { time: "09:00", zone: "UTC" })).toMatchObject({
      enabled: false,
      silent: true,
    });
    expect(v3.enable(9, "07:00", "UTC", T0).silent).toBe(true);
    v3.disable(7, "command", T0 + 3);
    expect(v3.enable(7, "10:00", "UTC", T0 + 4).silent).toBe(true);
    v3.close();
    expect(open(dir).subscription(7)?.silent).toBe(true);
  });

  it("a failing migration leaves the database at its previous version", () => {
    open(dir).close();
    const broken: Migration = (db) => {
      db.exec("CREATE TABLE half_done (x INTEGER)");
      throw new Error("boom");
    };
    expect(() => open(dir, [...MIGRATIONS, broken])).toThrow(StorageError);
    const store = open(dir);
    expect(schemaVersion(store.db)).toBe(MIGRATIONS.length);
    expect(
      store.db.prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").get(),
    ).toBeUndefined();
  });

  it("refuses a database written by a newer version instead of touching it", () => {
    const store = open();
    store.db.pragma(`user_version = ${MIGRATIONS.length + 5}`);
    store.close();
    expect(() => open()).toThrow(/newer version of the bot/);
  });

  it("a corrupt file is a clear error naming the file", () => {
    writeFileSync(
      path.join(dir, "bot.db"),
      "this is not a database at all, just some text ".repeat(200),
    );
    expect(() => open()).toThrow(StorageError);
    expect(() => open()).toThrow(/bot\.db is not a readable SQLite database.*DATA_DIR/);
  });

  it("a data folder that cannot be created is a clear error", () => {
    const file = path.join(dir, "a-file");
    writeFileSync(file, "x");
    expect(() => open(path.join(file, "data"))).toThrow(
      /data folder .* cannot be created.*DATA_DIR/,
    );
  });

  it("a missing or empty bot.db where one was before stops start-up; deleting the marker starts afresh", () => {
    const first = open();
    first.enable(-1001, "08:30", "UTC", T0);
    first.close();
    expect(existsSync(path.join(dir, MARKER_FILE))).toBe(true);
    rmSync(path.join(dir, "bot.db"));
    expect(() => open()).toThrow(
      /bot\.db is missing, but this data folder held the bot's settings before .*delete .*bot-db\.marker to start afresh/,
    );
    writeFileSync(path.join(dir, "bot.db"), "");
    expect(() => open()).toThrow(/bot\.db is empty/);
    rmSync(path.join(dir, MARKER_FILE));
    expect(open().subscription(-1001)).toBeUndefined();
  });

  it("a bot.db deleted while open fails the next write and is noticed by the watch", async () => {
    const store = open();
    const file = path.join(dir, "bot.db");
    const lost = new Promise<string>((resolve) => watchDatabaseFile(file, resolve, 10));
    for (const f of ["bot.db", "bot.db-journal"]) rmSync(path.join(dir, f), { force: true });
    expect(() => store.enable(1, "09:00", "UTC", T0)).toThrow(/readonly/i);
    expect(await lost).toMatch(/bot\.db was deleted while the bot was running/);
  });

  it("bot.db being a folder is a clear error", () => {
    mkdirSync(path.join(dir, "bot.db"));
    expect(() => openDatabase(dir)).toThrow(StorageError);
  });
});

describe("delivery records", () => {
  it("a (chat, local date) can be claimed once", () => {
    const store = open();
    expect(store.claim(5, "2024-06-01", T0, T0, 3)).toBe(true);
    expect(store.claim(5, "2024-06-01", T0, T0 + 1, 3)).toBe(false);
    expect(store.delivery(5, "2024-06-01")).toMatchObject({ status: "sending", attempts: 1 });
    // A second process on the same file sees the claim too.
    const other = open();
    expect(other.claim(5, "2024-06-01", T0, T0 + 2, 3)).toBe(false);
    expect(other.claim(5, "2024-06-02", T0, T0 + 2, 3)).toBe(true);
  });

  it("a failed attempt is claimed again only when retryable, after its retry time, within the attempt limit", () => {
    const store = open();
    store.claim(5, "2024-06-01", T0, T0, 2);
    store.markFailed(5, "2024-06-01", T0, "network", T0 + 60_000);
    expect(store.claim(5, "2024-06-01", T0, T0 + 30_000, 2)).toBe(false);
    expect(store.claim(5, "2024-06-01", T0, T0 + 60_000, 2)).toBe(true);
    store.markFailed(5, "2024-06-01", T0, "network", T0 + 120_000);
    expect(store.claim(5, "2024-06-01", T0, T0 + 200_000, 2)).toBe(false); // two attempts used
    store.claim(6, "2024-06-01", T0, T0, 3);
    store.markFailed(6, "2024-06-01", T0, "400 Bad Request");
    expect(store.claim(6, "2024-06-01", T0, T0 + 10 ** 9, 3)).toBe(false); // not retryable
  });

  it("a skipped digest is recorded once and blocks a later send of that day", () => {
    const store = open();
    expect(store.recordSkipped(5, "2024-06-01", T0, T0, "too late")).toBe(true);
    expect(store.recordSkipped(5, "2024-06-01", T0, T0, "too late")).toBe(false);
    expect(store.claim(5, "2024-06-01", T0, T0, 3)).toBe(false);
    expect(store.latestDelivery(5)).toMatchObject({ status: "skipped", detail: "too late" });
  });
});

describe("chat life", () => {
  it("switching off keeps the time and zone and records why", () => {
    const store = open();
    store.enable(9, "06:45", "America/New_York", T0);
    expect(store.disable(9, "blocked", T0 + 10, "Forbidden: bot was blocked by the user")).toBe(
      true,
    );
    expect(store.subscription(9)).toMatchObject({
      enabled: false,
      time: "06:45",
      zone: "America/New_York",
      offReason: "blocked",
      offDetail: "Forbidden: bot was blocked by the user",
    });
    expect(store.disable(12345, "removed", T0)).toBe(false);
    // Turning on again clears the reason and restarts the owed-from time.
    expect(store.enable(9, "06:45", "America/New_York", T0 + 99)).toMatchObject({
      enabled: true,
      offReason: undefined,
      activeSince: T0 + 99,
      createdAt: T0,
    });
  });

  it("a group upgraded to a supergroup takes its subscription, records and digested articles along", () => {
    const store = open();
    store.enable(-55, "08:00", "UTC", T0);
    store.claim(-55, "2024-06-01", T0, T0, 3);
    store.markSent(-55, "2024-06-01", T0, ["x"], 1);
    expect(store.moveChat(-55, -1009, T0 + 1)).toBe(true);
    expect(store.subscription(-55)).toBeUndefined();
    expect(store.subscription(-1009)).toMatchObject({
      enabled: true,
      time: "08:00",
      createdAt: T0,
    });
    expect(store.delivery(-1009, "2024-06-01")?.status).toBe("sent");
    expect(store.digestedArticles(-1009).has("x")).toBe(true);
    expect(store.moveChat(-55, -1009, T0 + 2)).toBe(false); // the second notice does nothing
  });
});

describe("the update journal", () => {
  const update = (id: number) =>
    ({
      update_id: id,
      message: {
        message_id: id,
        date: 0,
        chat: { id: 1, type: "private", first_name: "A" },
        text: "/help",
      },
    }) as Update;

  it("records each update once, keeps the unfinished ones across a restart, and forgets finished ones after a day", () => {
    const first = new SqliteUpdateJournal(open().db);
    expect(first.receive([update(1), update(2), update(3)], T0).map((u) => u.update_id)).toEqual([
      1, 2, 3,
    ]);
    expect(first.receive([update(2), update(4)], T0).map((u) => u.update_id)).toEqual([4]);
    first.done(1, T0);
    first.done(3, T0 + 1);
    const again = new SqliteUpdateJournal(open().db);
    expect(again.unfinished()).toEqual([update(2), update(4)]);
    expect(again.receive([update(1), update(3)], T0 + 2)).toEqual([]);
    again.prune(T0 + 1);
    expect(again.receive([update(1), update(3)], T0 + 3).map((u) => u.update_id)).toEqual([1]);
  });
});
