/** The outgoing budget's handling of Telegram's answers, on a fake clock (no waiting, no network). */
import { HttpError } from "grammy";
import { describe, expect, it } from "vitest";
import { SendLimiter } from "../../src/telegram/limiter.js";
import { Outgoing, SendOutcomeUnknown } from "../../src/telegram/outgoing.js";
import { memoryLogger } from "../support/bot-harness.js";

type Answer =
  | { ok: true; result: unknown }
  | { ok: false; error_code: number; description: string; parameters?: { retry_after?: number } }
  | Error;

/** An Outgoing whose waits only move a fake clock, in front of a Telegram that gives `answers` in turn. */
function setup(answers: Answer[]) {
  let now = 0;
  const limiter = new SendLimiter({ now: () => now, sleep: async (ms) => void (now += ms) });
  const { log, lines } = memoryLogger();
  const outgoing = new Outgoing({ log, limiter });
  const calls: string[] = [];
  const prev = (async (method: string) => {
    calls.push(method);
    const answer = answers.shift() ?? { ok: true, result: true };
    if (answer instanceof Error) throw answer;
    return answer;
  }) as never;
  const call = (method: string, payload: Record<string, unknown> = { chat_id: 42, text: "hi" }) =>
    outgoing.transformer(prev, method as never, payload as never);
  return { call, calls, lines, clock: () => now };
}

const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:9"), {
  code: "ECONNREFUSED",
});
const timedOut = new Error("Request to 'sendMessage' timed out after 75 seconds");

describe("outgoing budget", () => {
  it("a 429 longer than any retry cap is waited out and the message sent, not dropped", async () => {
    const t = setup([
      {
        ok: false,
        error_code: 429,
        description: "Too Many Requests: retry after 3600",
        parameters: { retry_after: 3600 },
      },
    ]);
    const result = await t.call("sendMessage");
    expect(result).toEqual({ ok: true, result: true });
    expect(t.calls).toEqual(["sendMessage", "sendMessage"]);
    expect(t.clock()).toBeGreaterThanOrEqual(3600_000);
  });

  it("a message that never left (connection refused) is sent again once Telegram is back", async () => {
    const t = setup([
      new HttpError("Network request for 'sendMessage' failed!", refused),
      new HttpError("again", refused),
    ]);
    expect(await t.call("sendMessage")).toEqual({ ok: true, result: true });
    expect(t.calls).toHaveLength(3);
    expect(t.lines.filter((l) => l.msg === "the Bot API cannot be reached; retrying")).toHaveLength(
      1,
    );
    expect(t.lines.filter((l) => l.msg === "the Bot API can be reached again")).toHaveLength(1);
  });

  it("a message whose outcome is unknown (time-out) is not sent again; a read is", async () => {
    const t = setup([new HttpError("Network request for 'sendMessage' failed!", timedOut)]);
    await expect(t.call("sendMessage")).rejects.toBeInstanceOf(SendOutcomeUnknown);
    expect(t.calls).toEqual(["sendMessage"]);
    const r = setup([new HttpError("Network request for 'getChatMember' failed!", timedOut)]);
    expect(await r.call("getChatMember", { chat_id: 42, user_id: 1 })).toEqual({
      ok: true,
      result: true,
    });
    expect(r.calls).toHaveLength(2);
  });

  it("retries a 5xx a few times, then passes the error on", async () => {
    const down = { ok: false as const, error_code: 502, description: "Bad Gateway" };
    const once = setup([down]);
    expect(await once.call("sendMessage")).toEqual({ ok: true, result: true });
    const always = setup([down, down, down, down, down, down]);
    expect(await always.call("sendMessage")).toEqual(down);
    expect(always.calls).toHaveLength(5);
  });
});
