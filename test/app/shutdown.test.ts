/** One shutdown for everything: steps once, newest first, failures and hangs do not block the rest. */
import { describe, expect, it } from "vitest";
import { Shutdown } from "../../src/app/shutdown.js";
import { memoryLogger } from "../support/bot-harness.js";

describe("Shutdown", () => {
  it("runs every step once, newest first, however often it is asked", async () => {
    const { log } = memoryLogger();
    const s = new Shutdown(log);
    const order: string[] = [];
    s.add("database", () => void order.push("database"));
    s.add("polling", async () => {
      await new Promise((r) => setTimeout(r, 20));
      order.push("polling");
    });
    s.add("scheduler", () => void order.push("scheduler"));
    expect(s.stopping).toBe(false);
    const a = s.run("SIGTERM");
    const b = s.run("SIGINT");
    expect(a).toBe(b);
    expect(s.stopping).toBe(true);
    await a;
    await s.run("again");
    expect(order).toEqual(["scheduler", "polling", "database"]);
  });

  it("logs a failing step and a hanging one, and still runs the others", async () => {
    const { log, lines } = memoryLogger();
    const s = new Shutdown(log, { stepTimeoutMs: 50 });
    const done: string[] = [];
    s.add("last", () => void done.push("last"));
    s.add("hangs", () => new Promise<void>(() => undefined));
    s.add("throws", () => {
      throw new Error("boom");
    });
    await s.run("test");
    expect(done).toEqual(["last"]);
    expect(lines.some((l) => l.msg === "stop step failed" && l.step === "throws")).toBe(true);
    expect(lines.some((l) => /timed out/.test(l.msg ?? "") && l.step === "hangs")).toBe(true);
  });

  it("a step added while stopping runs at once; signals start it, repeated signals change nothing", async () => {
    const { log, lines } = memoryLogger();
    const s = new Shutdown(log);
    let stops = 0;
    s.add("counted", () => void stops++);
    const remove = s.onSignals(["SIGUSR2"]);
    try {
      process.emit("SIGUSR2", "SIGUSR2");
      process.emit("SIGUSR2", "SIGUSR2");
      await s.run("check");
      expect(stops).toBe(1);
      expect(lines.filter((l) => l.msg === "stopping")).toHaveLength(1);
      expect(lines.some((l) => l.msg === "already stopping")).toBe(true);
      let late = false;
      s.add("late", () => void (late = true));
      await new Promise((r) => setImmediate(r));
      expect(late).toBe(true);
    } finally {
      remove();
    }
    expect(process.listenerCount("SIGUSR2")).toBe(0);
  });
});
