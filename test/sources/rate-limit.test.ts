/** Fetch rate limits, on a clock the test moves by hand. */
import { describe, expect, it } from "vitest";
import { FetchRateLimiter, TokenBucket } from "../../src/sources/rate-limit.js";

function clock() {
  const c = { t: 0, now: () => c.t };
  return c;
}

describe("TokenBucket", () => {
  it("lets a burst through, then refills at its rate", () => {
    const c = clock();
    const bucket = new TokenBucket(3, 6, c.now); // 6 a minute: one every 10 s
    expect([bucket.tryTake(), bucket.tryTake(), bucket.tryTake(), bucket.tryTake()]).toEqual([
      true,
      true,
      true,
      false,
    ]);
    expect(bucket.waitMs()).toBe(10_000);
    c.t = 9_999;
    expect(bucket.tryTake()).toBe(false);
    c.t = 10_000;
    expect(bucket.tryTake()).toBe(true);
    c.t = 10 * 60_000;
    expect(bucket.isFull()).toBe(true); // never more than its capacity
    expect([bucket.tryTake(), bucket.tryTake(), bucket.tryTake(), bucket.tryTake()]).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });
});

describe("FetchRateLimiter", () => {
  it("limits each chat on its own and the bot as a whole; a refusal costs nothing", () => {
    const c = clock();
    const limiter = new FetchRateLimiter(
      { chat: { burst: 2, perMinute: 2 }, global: { burst: 3, perMinute: 3 } },
      c.now,
    );
    expect(limiter.tryTake(1)).toEqual({ ok: true });
    expect(limiter.tryTake(1)).toEqual({ ok: true });
    expect(limiter.tryTake(1)).toEqual({ ok: false, scope: "chat", retryAfterMs: 30_000 });
    expect(limiter.tryTake(2)).toEqual({ ok: true });
    expect(limiter.tryTake(3)).toEqual({ ok: false, scope: "global", retryAfterMs: 20_000 });
    c.t = 20_000;
    // chat 3's refusal took none of its tokens
    expect(limiter.tryTake(3)).toEqual({ ok: true });
    expect(limiter.tryTake("3")).toMatchObject({ ok: false });
  });
});
