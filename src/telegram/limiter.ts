/**
 * The bot's one outgoing budget, shared by replies and digests: at most `perSecond`
 * messages a second overall, `groupPerMinute` a minute to one group and
 * `privatePerMinute` to one private chat (Telegram's published limits), and nothing to a
 * chat that Telegram has asked to wait (429 retry_after) until that time has passed.
 * Waiting for one chat never holds another.
 */
export interface LimiterOptions {
  perSecond?: number;
  groupPerMinute?: number;
  privatePerMinute?: number;
  now?: () => number;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

/** A wait for the budget given up because the bot is stopping. */
export class SendCancelled extends Error {
  override name = "SendCancelled";
  constructor() {
    super("the bot is stopping; the message was not sent");
  }
}

const MINUTE = 60_000;

/** An AbortSignal (grammY's signals come from the abort-controller shim, typed apart from Node's). */
export interface Abortable {
  readonly aborted: boolean;
  addEventListener(type: "abort", listener: () => void): void;
  removeEventListener(type: "abort", listener: () => void): void;
}

function sleepReal(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal.aborted) return reject(new SendCancelled());
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", abort);
      resolve();
    }, ms);
    function abort() {
      clearTimeout(timer);
      reject(new SendCancelled());
    }
    signal.addEventListener("abort", abort, { once: true });
  });
}

export class SendLimiter {
  private readonly gapMs: number;
  private readonly groupPerMinute: number;
  private readonly privatePerMinute: number;
  private readonly now: () => number;
  private readonly sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  private readonly cancel = new AbortController();
  private nextFree = 0;
  private readonly recent = new Map<number, number[]>();
  private readonly heldUntil = new Map<number, number>();

  constructor(options: LimiterOptions = {}) {
    this.gapMs = 1000 / (options.perSecond ?? 25);
    this.groupPerMinute = options.groupPerMinute ?? 20;
    this.privatePerMinute = options.privatePerMinute ?? 60;
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? sleepReal;
  }

  /** How long the next message to `chatId` must wait, in ms (0 = now). */
  delayFor(chatId: number): number {
    const now = this.now();
    const limit = chatId < 0 ? this.groupPerMinute : this.privatePerMinute;
    const times = (this.recent.get(chatId) ?? []).filter((t) => t > now - MINUTE);
    const chatWait =
      times.length >= limit ? (times[times.length - limit] ?? now) + MINUTE - now : 0;
    return Math.max(0, this.nextFree - now, chatWait, this.heldMs(chatId, now));
  }

  /** Milliseconds Telegram still wants the bot to leave `chatId` alone (0 = none). */
  heldMs(chatId: number, now = this.now()): number {
    const until = this.heldUntil.get(chatId);
    if (until === undefined) return 0;
    if (until > now) return until - now;
    this.heldUntil.delete(chatId);
    return 0;
  }

  /** Telegram answered 429 for `chatId`: send nothing there for `ms`. */
  hold(chatId: number, ms: number): void {
    const until = this.now() + ms;
    this.heldUntil.set(chatId, Math.max(until, this.heldUntil.get(chatId) ?? 0));
  }

  /** Resolves when the next message to `chatId` may go (and counts it); rejects with SendCancelled after cancelWaits(). */
  async wait(chatId: number): Promise<void> {
    for (let delay = this.delayFor(chatId); delay > 0; delay = this.delayFor(chatId))
      await this.sleep(delay, this.cancel.signal);
    if (this.cancel.signal.aborted) throw new SendCancelled();
    const now = this.now();
    this.nextFree = now + this.gapMs;
    const times = (this.recent.get(chatId) ?? []).filter((t) => t > now - MINUTE);
    times.push(now);
    this.recent.set(chatId, times);
    if (this.recent.size > 10_000) this.prune(now);
  }

  /** Pauses of the caller that are not budget waits (a back-off), given up the same way, or when `signal` aborts. */
  async pause(ms: number, signal?: Abortable): Promise<void> {
    if (!signal) return this.sleep(ms, this.cancel.signal);
    const both = new AbortController();
    const abort = () => both.abort();
    this.cancel.signal.addEventListener("abort", abort, { once: true });
    signal.addEventListener("abort", abort);
    if (this.cancel.signal.aborted || signal.aborted) both.abort();
    try {
      await this.sleep(ms, both.signal);
    } finally {
      this.cancel.signal.removeEventListener("abort", abort);
      signal.removeEventListener("abort", abort);
    }
  }

  /** Gives up every wait, now and later (the bot is stopping): they reject with SendCancelled. */
  cancelWaits(): void {
    this.cancel.abort();
  }

  private prune(now: number): void {
    for (const [chat, times] of this.recent)
      if (!times.some((t) => t > now - MINUTE)) this.recent.delete(chat);
  }
}
