import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pino from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Analysis } from "../../src/model/analysis.js";
import type { RenderedMessage } from "../../src/render/messages.js";
import { SendLimiter } from "../../src/telegram/limiter.js";
import { decide, MISSED_LIMIT_MS } from "../../src/digest/plan.js";
import {
  addDays,
  instantOf,
  latestDue,
  localDateOf,
  nextDue,
  parseClockTime,
} from "../../src/digest/schedule.js";
import { DigestScheduler, type DeliveryResult } from "../../src/digest/scheduler.js";
import { statusReply, statusView } from "../../src/digest/status.js";
import { renderPlain } from "../../src/render/messages.js";
import { SqliteStore } from "../../src/storage/store.js";
import { until } from "../support/until.js";

const iso = (t: number) => new Date(t).toISOString();
const at = (s: string) => Date.parse(s);
const HOUR = 3_600_000;
const MIN = 60_000;

describe("schedule maths", () => {
  it("parses HH:MM and nothing else", () => {
    expect(parseClockTime("08:30")).toEqual({ hour: 8, minute: 30 });
    expect(parseClockTime("8:05")).toEqual({ hour: 8, minute: 5 });
    expect(parseClockTime("00:00")).toEqual({ hour: 0, minute: 0 });
    for (const bad of ["25:00", "24:00", "12:60", "0830", "8", "8:5", "", "ab:cd"])
      expect(parseClockTime(bad)).toBeUndefined();
  });

  it("places HH:MM in its zone", () => {
    const t = { hour: 8, minute: 30 };
    expect(iso(instantOf("2024-06-01", t, "UTC"))).toBe("2024-06-01T08:30:00.000Z");
    expect(iso(instantOf("2024-06-01", t, "Asia/Tokyo"))).toBe("2024-05-31T23:30:00.000Z");
    expect(iso(instantOf("2024-06-01", t, "Asia/Kolkata"))).toBe("2024-06-01T03:00:00.000Z");
    expect(iso(instantOf("2024-06-01", t, "Asia/Kathmandu"))).toBe("2024-06-01T02:45:00.000Z");
    expect(iso(instantOf("2024-06-01", t, "America/Los_Angeles"))).toBe("2024-06-01T15:30:00.000Z");
    expect(iso(instantOf("2024-01-15", t, "Europe/London"))).toBe("2024-01-15T08:30:00.000Z");
    expect(iso(instantOf("2024-07-15", t, "Europe/London"))).toBe("2024-07-15T07:30:00.000Z");
  });

  it("Europe/London: the day clocks go forward and the day they go back", () => {
    const nine = { hour: 9, minute: 0 };
    expect(iso(instantOf("2024-03-30", nine, "Europe/London"))).toBe("2024-03-30T09:00:00.000Z");
    expect(iso(instantOf("2024-03-31", nine, "Europe/London"))).toBe("2024-03-31T08:00:00.000Z"); // BST
    expect(iso(instantOf("2024-10-27", nine, "Europe/London"))).toBe("2024-10-27T09:00:00.000Z"); // GMT again
    // 01:30 does not exist on 31 March (01:00 → 02:00): due at 02:30 BST, later by the gap.
    expect(iso(instantOf("2024-03-31", { hour: 1, minute: 30 }, "Europe/London"))).toBe(
      "2024-03-31T01:30:00.000Z",
    );
    // 01:30 happens twice on 27 October: due at the first (BST).
    expect(iso(instantOf("2024-10-27", { hour: 1, minute: 30 }, "Europe/London"))).toBe(
      "2024-10-27T00:30:00.000Z",
    );
  });

  it("America/New_York: spring forward and fall back", () => {
    expect(iso(instantOf("2024-03-09", { hour: 9, minute: 0 }, "America/New_York"))).toBe(
      "2024-03-09T14:00:00.000Z",
    );
    expect(iso(instantOf("2024-03-10", { hour: 9, minute: 0 }, "America/New_York"))).toBe(
      "2024-03-10T13:00:00.000Z",
    );
    expect(iso(instantOf("2024-03-10", { hour: 2, minute: 30 }, "America/New_York"))).toBe(
      "2024-03-10T07:30:00.000Z",
    ); // = 03:30 EDT
    expect(iso(instantOf("2024-11-03", { hour: 1, minute: 30 }, "America/New_York"))).toBe(
      "2024-11-03T05:30:00.000Z",
    ); // first 01:30 (EDT)
    expect(iso(instantOf("2024-11-04", { hour: 9, minute: 0 }, "America/New_York"))).toBe(
      "2024-11-04T14:00:00.000Z",
    );
  });

  it("every local date is due exactly once, through a year of DST changes, whatever the time", () => {
    for (const zone of ["Europe/London", "America/New_York", "Australia/Sydney", "UTC"]) {
      for (const time of [
        { hour: 1, minute: 30 },
        { hour: 2, minute: 30 },
        { hour: 9, minute: 0 },
        { hour: 23, minute: 59 },
      ]) {
        let now = at("2024-01-01T12:00:00Z");
        let date = nextDue(now, time, zone).localDate;
        for (let i = 0; i < 370; i++) {
          const due = nextDue(now, time, zone);
          expect(due.localDate).toBe(date);
          expect(due.at).toBeGreaterThan(now);
          // latestDue at the due instant is that same occurrence.
          expect(latestDue(due.at, time, zone)).toEqual(due);
          const gap = nextDue(due.at, time, zone).at - due.at;
          expect(gap).toBeGreaterThanOrEqual(22 * HOUR);
          expect(gap).toBeLessThanOrEqual(26 * HOUR);
          now = due.at;
          date = addDays(date, 1);
        }
      }
    }
  });

  it("local date of an instant follows the zone", () => {
    expect(localDateOf(at("2024-06-01T20:00:00Z"), "Asia/Tokyo")).toBe("2024-06-02");
    expect(localDateOf(at("2024-06-01T02:00:00Z"), "America/New_York")).toBe("2024-05-31");
  });
});

describe("the missed-digest rule", () => {
  const sub = {
    chatId: 1,
    enabled: true,
    time: "09:00",
    zone: "Europe/London",
    createdAt: 0,
    updatedAt: 0,
    activeSince: at("2024-05-01T00:00:00Z"),
    silent: false,
  };
  const none = () => undefined;
  it("owed and less than 6 h late: send; 6 h or more: skip; before the time: wait", () => {
    expect(decide(sub, at("2024-06-03T08:00:30Z"), none)).toMatchObject({
      kind: "send",
      due: { localDate: "2024-06-03" },
      lateMs: 30_000,
    });
    expect(decide(sub, at("2024-06-03T13:59:00Z"), none)).toMatchObject({
      kind: "send",
      due: { localDate: "2024-06-03" },
    });
    expect(decide(sub, at("2024-06-03T14:00:00Z"), none)).toMatchObject({
      kind: "skip",
      lateMs: MISSED_LIMIT_MS,
    });
    // Before today's time the latest due time is yesterday's: 23 h late, skipped if it has no record…
    expect(decide(sub, at("2024-06-03T07:59:59Z"), none)).toMatchObject({
      kind: "skip",
      due: { localDate: "2024-06-02" },
    });
    // …and waited out when it has one.
    const sent = {
      chatId: 1,
      localDate: "2024-06-02",
      dueAt: 0,
      claimedAt: 0,
      status: "sent" as const,
      attempts: 1,
      messages: 1,
      articles: 1,
    };
    expect(
      decide(sub, at("2024-06-03T07:59:59Z"), (d) => (d === "2024-06-02" ? sent : undefined)),
    ).toMatchObject({ kind: "wait", next: { localDate: "2024-06-03" } });
  });
  it("a due time from before the digest was turned on is not owed", () => {
    const late = { ...sub, activeSince: at("2024-06-03T08:30:00Z") };
    expect(decide(late, at("2024-06-03T09:00:00Z"), none)).toMatchObject({
      kind: "wait",
      next: { localDate: "2024-06-04" },
    });
  });
  it("an off subscription is never due", () => {
    expect(decide({ ...sub, enabled: false }, at("2024-06-03T08:00:30Z"), none).kind).toBe("wait");
  });
});

/** A fake clock, a real SQLite file in a temp folder, and a recording Telegram. */
class Harness {
  now = 0;
  sent: { chatId: number; messages: RenderedMessage[] }[] = [];
  answer: (chatId: number) => DeliveryResult = () => ({ ok: true, messages: 1 });
  store: SqliteStore;
  readonly log = pino({ level: "silent" });

  constructor(
    readonly dir: string,
    readonly analyses: Analysis[] = [],
  ) {
    this.store = SqliteStore.open(dir);
  }

  scheduler(): DigestScheduler {
    return new DigestScheduler({
      store: this.store,
      analyses: () => this.analyses,
      log: this.log,
      now: () => this.now,
      deliver: async (chatId, messages) => {
        const result = this.answer(chatId);
        if (result.ok || result.messages > 0) this.sent.push({ chatId, messages });
        return result.ok ? { ok: true, messages: messages.length } : result;
      },
    });
  }

  /** The process stops (or crashes) and starts again on the same database. */
  restart(): DigestScheduler {
    this.store.close();
    this.store = SqliteStore.open(this.dir);
    return this.scheduler();
  }

  status(chatId: number): string {
    return renderPlain(
      statusReply(statusView(this.store, chatId, this.now, { time: "09:00", zone: "UTC" })),
    );
  }
}

describe("scheduler with a fake clock on a real database", () => {
  let dir: string;
  let h: Harness;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "digest-sched-"));
    h = new Harness(dir);
  });
  afterEach(() => {
    h.store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("sends at the due minute, once, and never again after a restart", async () => {
    h.now = at("2024-06-03T10:58:00Z");
    h.store.enable(-100, "11:00", "UTC", h.now);
    let s = h.scheduler();
    expect((await s.tick()).sent).toEqual([]);
    h.now = at("2024-06-03T10:59:59Z");
    expect((await s.tick()).sent).toEqual([]);
    h.now = at("2024-06-03T11:00:00Z");
    expect((await s.tick()).sent).toEqual([-100]);
    h.now += 20_000;
    expect((await s.tick()).sent).toEqual([]);
    s = h.restart();
    expect((await s.tick()).sent).toEqual([]);
    s = h.restart();
    h.now = at("2024-06-03T16:00:00Z");
    expect((await s.tick()).sent).toEqual([]);
    expect(h.sent).toHaveLength(1);
    expect(h.status(-100)).toMatch(/Last sent: Mon 3 June 2024 at 11:00/);
    expect(h.status(-100)).toMatch(/Next: Tue 4 June 2024 at 11:00/);
    // Next day: due again.
    h.now = at("2024-06-04T11:00:05Z");
    expect((await s.tick()).sent).toEqual([-100]);
  });

  it("a digest missed while down is sent once at start-up when less than 6 h late", async () => {
    h.now = at("2024-06-02T12:00:00Z");
    h.store.enable(7, "09:00", "Europe/London", h.now); // 08:00 UTC in summer
    h.now = at("2024-06-03T13:30:00Z"); // down since before 08:00 UTC: 5.5 h late
    let s = h.restart();
    expect((await s.tick()).sent).toEqual([7]);
    expect((await s.tick()).sent).toEqual([]);
    s = h.restart();
    expect((await s.tick()).sent).toEqual([]);
    expect(h.sent).toHaveLength(1);
  });

  it("a digest more than 6 h late is skipped and the status says so", async () => {
    h.now = at("2024-06-02T12:00:00Z");
    h.store.enable(7, "09:00", "Europe/London", h.now);
    h.now = at("2024-06-03T14:30:00Z"); // 6.5 h late
    let s = h.restart();
    expect(await s.tick()).toMatchObject({ sent: [], skipped: [7] });
    s = h.restart();
    expect(await s.tick()).toMatchObject({ sent: [], skipped: [] });
    expect(h.sent).toHaveLength(0);
    expect(h.status(7)).toMatch(
      /Missed: the digest of Mon 3 June was not sent: it was due Mon 3 June 2024 at 09:00/,
    );
    expect(h.status(7)).toMatch(/6 h 30 min later/);
  });

  it("a crash between claiming and recording never sends that day twice, and the status says it was interrupted", async () => {
    h.now = at("2024-06-03T09:00:00Z");
    h.store.enable(3, "09:00", "UTC", at("2024-06-03T08:00:00Z"));
    // The previous process claimed the day and died before recording the send.
    expect(h.store.claim(3, "2024-06-03", h.now, h.now, 3)).toBe(true);
    const s = h.restart();
    h.now += 60_000;
    expect((await s.tick()).sent).toEqual([]);
    h.now += 20 * MIN;
    expect(h.status(3)).toMatch(/Interrupted/);
  });

  it("two schedulers on the same database (an overlapping restart) send once", async () => {
    h.now = at("2024-06-03T08:00:00Z");
    h.store.enable(3, "09:00", "UTC", h.now);
    const a = h.scheduler();
    const other = SqliteStore.open(dir);
    const b = new DigestScheduler({
      store: other,
      analyses: () => [],
      log: h.log,
      now: () => h.now,
      deliver: a["options"].deliver,
    });
    h.now = at("2024-06-03T09:00:01Z");
    const [ra, rb] = await Promise.all([a.tick(), b.tick()]);
    other.close();
    expect([...ra.sent, ...rb.sent]).toEqual([3]);
    expect(h.sent).toHaveLength(1);
  });

  it("a 403 switches the digest off with the reason, and it is not retried", async () => {
    h.now = at("2024-06-03T08:00:00Z");
    h.store.enable(-5, "09:00", "UTC", h.now);
    h.answer = () => ({
      ok: false,
      messages: 0,
      reason: "blocked",
      detail: "Forbidden: bot was blocked by the user",
    });
    const s = h.scheduler();
    h.now = at("2024-06-03T09:00:00Z");
    expect(await s.tick()).toMatchObject({ sent: [], switchedOff: [-5] });
    expect(h.store.subscription(-5)).toMatchObject({
      enabled: false,
      offReason: "blocked",
      time: "09:00",
    });
    h.now = at("2024-06-04T09:00:00Z");
    expect((await s.tick()).failed).toEqual([]);
    expect(h.status(-5)).toMatch(
      /Daily digest: off — switched off because Telegram refused delivery/,
    );
  });

  it("a network failure is retried later; a refusal is not", async () => {
    h.now = at("2024-06-03T08:00:00Z");
    h.store.enable(1, "09:00", "UTC", h.now);
    h.store.enable(2, "09:00", "UTC", h.now);
    h.answer = (chat) =>
      chat === 1
        ? { ok: false, messages: 0, reason: "error", detail: "network: down", retryable: true }
        : {
            ok: false,
            messages: 0,
            reason: "error",
            detail: "400 Bad Request: something",
            retryable: false,
          };
    const s = h.scheduler();
    h.now = at("2024-06-03T09:00:00Z");
    expect((await s.tick()).failed).toEqual([1, 2]);
    h.answer = () => ({ ok: true, messages: 1 });
    h.now += 60_000;
    expect((await s.tick()).sent).toEqual([]);
    expect(h.status(1)).toMatch(/Delayed/);
    h.now += 5 * MIN;
    expect((await s.tick()).sent).toEqual([1]);
    expect(h.status(2)).toMatch(/Failed: the digest of Mon 3 June could not be sent/);
  });

  it("a group that became a supergroup gets its digest at the new id", async () => {
    h.now = at("2024-06-03T08:00:00Z");
    h.store.enable(-10, "09:00", "UTC", h.now);
    h.answer = (chat) =>
      chat === -10
        ? { ok: false, messages: 0, reason: "migrated", newChatId: -100777, detail: "400 migrated" }
        : { ok: true, messages: 1 };
    const s = h.scheduler();
    h.now = at("2024-06-03T09:00:00Z");
    await s.tick();
    expect((await s.tick()).sent).toEqual([-100777]);
    expect(h.store.subscription(-10)).toBeUndefined();
  });

  it("turning the digest on after today's time waits for tomorrow; changing the time does not send a day twice", async () => {
    h.now = at("2024-06-03T09:30:00Z");
    h.store.enable(4, "09:00", "UTC", h.now);
    const s = h.scheduler();
    expect((await s.tick()).sent).toEqual([]);
    h.now = at("2024-06-04T09:00:00Z");
    expect((await s.tick()).sent).toEqual([4]);
    h.now = at("2024-06-04T09:10:00Z");
    h.store.enable(4, "09:20", "UTC", h.now);
    h.now = at("2024-06-04T09:20:00Z");
    expect((await s.tick()).sent).toEqual([]);
    h.now = at("2024-06-05T09:20:00Z");
    expect((await s.tick()).sent).toEqual([4]);
  });

  it("the loop wakes by itself at the due time (injected clock, real timer)", async () => {
    const start = Date.now();
    const offset = at("2024-06-03T08:59:59.700Z") - start;
    h.now = start + offset;
    h.store.enable(8, "09:00", "UTC", h.now);
    const s = new DigestScheduler({
      store: h.store,
      analyses: () => [],
      log: h.log,
      now: () => Date.now() + offset,
      checkMs: 20_000,
      deliver: async (chatId, messages) => {
        h.sent.push({ chatId, messages });
        return { ok: true, messages: messages.length };
      },
    });
    expect(s.sleepMs()).toBeLessThanOrEqual(400);
    s.start();
    await until(() => h.sent.length > 0, "the digest");
    await s.stop();
    await s.stop();
    expect(h.sent.map((x) => x.chatId)).toEqual([8]);
    expect(h.sent[0]?.messages[0]?.text).toMatch(/Daily digest — Monday 3 June 2024/);
  });
});

describe("send limiter", () => {
  it("spaces messages to ≤ 25 a second overall and ≤ 20 a minute per group", async () => {
    let now = 0;
    const limiter = new SendLimiter({ now: () => now, sleep: async (ms) => void (now += ms) });
    const times: number[] = [];
    for (let i = 0; i < 50; i++) {
      await limiter.wait(i);
      times.push(now);
    }
    expect(times[49]! - times[0]!).toBeGreaterThanOrEqual(49 * 40 - 1);
    now = 100_000;
    const one: number[] = [];
    for (let i = 0; i < 21; i++) {
      await limiter.wait(-1);
      one.push(now);
    }
    expect(one[19]! - one[0]!).toBeLessThan(60_000);
    expect(one[20]! - one[0]!).toBeGreaterThanOrEqual(60_000);
  });

  it("holds only the chat Telegram asked to wait, and gives up waits when the bot stops", async () => {
    let now = 0;
    const limiter = new SendLimiter({ now: () => now, sleep: async (ms) => void (now += ms) });
    limiter.hold(5, 5000);
    expect(limiter.delayFor(6)).toBe(0);
    expect(limiter.delayFor(5)).toBe(5000);
    await limiter.wait(5);
    expect(now).toBeGreaterThanOrEqual(5000);

    const real = new SendLimiter();
    real.hold(7, 60_000);
    const waiting = real.wait(7);
    real.cancelWaits();
    await expect(waiting).rejects.toThrow(/stopping/);
  });
});
