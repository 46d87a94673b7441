/**
 * A token bucket: holds up to `capacity` tokens and gains `perMinute` of them a minute.
 * Each fetch takes one; a burst up to the capacity goes through at once.
 */
export class TokenBucket {
  private tokens: number;
  private updatedAt: number;

  constructor(
    readonly capacity: number,
    readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {
    this.tokens = capacity;
    this.updatedAt = now();
  }

  /** Takes a token if there is one. */
  tryTake(): boolean {
    this.refill();
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  /** Milliseconds until a token is there (0 when one is). */
  waitMs(): number {
    this.refill();
    return this.tokens >= 1 ? 0 : Math.ceil(((1 - this.tokens) * 60_000) / this.perMinute);
  }

  /** True when the bucket is full again (it can be forgotten). */
  isFull(): boolean {
    this.refill();
    return this.tokens >= this.capacity;
  }

  private refill(): void {
    const t = this.now();
    const elapsed = Math.max(0, t - this.updatedAt);
    this.updatedAt = t;
    this.tokens = Math.min(this.capacity, this.tokens + (elapsed * this.perMinute) / 60_000);
  }
}

export interface RateLimits {
  /** Per chat: a burst of `burst`, then `perMinute` (defaults 5 and 5). */
  chat?: { burst: number; perMinute: number };
  /** For the whole bot (defaults 30 and 60). */
  global?: { burst: number; perMinute: number };
}

export type RateDecision =
  { ok: true } | { ok: false; scope: "chat" | "global"; retryAfterMs: number };

/** Chats remembered at most; full buckets are dropped first. */
const MAX_CHATS = 10_000;

/** Fetch limits per chat and for the whole bot. A refused fetch takes no token from either. */
export class FetchRateLimiter {
  private readonly chats = new Map<string, TokenBucket>();
  private readonly global: TokenBucket;
  private readonly chatLimit: { burst: number; perMinute: number };

  constructor(
    limits: RateLimits = {},
    private readonly now: () => number = Date.now,
  ) {
    this.chatLimit = limits.chat ?? { burst: 5, perMinute: 5 };
    const g = limits.global ?? { burst: 30, perMinute: 60 };
    this.global = new TokenBucket(g.burst, g.perMinute, now);
  }

  tryTake(chat: string | number): RateDecision {
    const key = String(chat);
    let bucket = this.chats.get(key);
    if (!bucket) {
      this.forgetIdle();
      bucket = new TokenBucket(this.chatLimit.burst, this.chatLimit.perMinute, this.now);
      this.chats.set(key, bucket);
    }
    if (bucket.waitMs() > 0) return { ok: false, scope: "chat", retryAfterMs: bucket.waitMs() };
    if (!this.global.tryTake())
      return { ok: false, scope: "global", retryAfterMs: this.global.waitMs() };
    bucket.tryTake();
    return { ok: true };
  }

  private forgetIdle(): void {
    if (this.chats.size < MAX_CHATS) return;
    for (const [key, bucket] of this.chats) if (bucket.isFull()) this.chats.delete(key);
    // all busy: forget the oldest
    while (this.chats.size >= MAX_CHATS) this.chats.delete(this.chats.keys().next().value!);
  }
}
