/**
 * Spreads sends within Telegram's limits: at most `perSecond` messages a second overall and
 * `perChatPerMinute` a minute to one chat. wait() resolves when the next message may go.
 */
export interface LimiterOptions {
  perSecond?: number;
  perChatPerMinute?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

const sleepReal = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class SendLimiter {
  private readonly gapMs: number;
  private readonly perChat: number;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private nextFree = 0;
  private readonly recent = new Map<number, number[]>();

  constructor(options: LimiterOptions = {}) {
    this.gapMs = 1000 / (options.perSecond ?? 25);
    this.perChat = options.perChatPerMinute ?? 20;
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? sleepReal;
  }

  /** How long the next message to `chatId` must wait, in ms (0 = now). */
  delayFor(chatId: number): number {
    const now = this.now();
    const times = (this.recent.get(chatId) ?? []).filter((t) => t > now - 60_000);
    const chatWait = times.length >= this.perChat ? (times[times.length - this.perChat] ?? now) + 60_000 - now : 0;
    return Math.max(0, this.nextFree - now, chatWait);
  }

  async wait(chatId: number): Promise<void> {
    for (let delay = this.delayFor(chatId); delay > 0; delay = this.delayFor(chatId)) await this.sleep(delay);
    const now = this.now();
    this.nextFree = now + this.gapMs;
    const times = (this.recent.get(chatId) ?? []).filter((t) => t > now - 60_000);
    times.push(now);
    this.recent.set(chatId, times);
    if (this.recent.size > 10_000) this.prune(now);
  }

  private prune(now: number): void {
    for (const [chat, times] of this.recent) if (!times.some((t) => t > now - 60_000)) this.recent.delete(chat);
  }
}
