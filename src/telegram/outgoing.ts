import { HttpError, type Transformer } from "grammy";
import type { Logger } from "../log/logger.js";
import { SendCancelled, SendLimiter } from "./limiter.js";

/** Methods that post something new in a chat: counted against the budget, never repeated blindly. */
const POSTS = new Set([
  "sendMessage",
  "forwardMessage",
  "forwardMessages",
  "copyMessage",
  "copyMessages",
  "sendPhoto",
  "sendAudio",
  "sendDocument",
  "sendVideo",
  "sendAnimation",
  "sendVoice",
  "sendVideoNote",
  "sendMediaGroup",
  "sendLocation",
  "sendVenue",
  "sendContact",
  "sendPoll",
  "sendDice",
  "sendSticker",
]);
/** Changes to a message: counted against the budget; doing one twice changes nothing. */
const EDITS = new Set([
  "editMessageText",
  "editMessageCaption",
  "editMessageMedia",
  "editMessageReplyMarkup",
]);

/** Network errors raised before a request left the machine: Telegram surely did not get it. */
const NOT_SENT = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EADDRNOTAVAIL",
  "ENETDOWN",
]);

/** Attempts for a 5xx answer before it is passed on. */
const SERVER_ERROR_ATTEMPTS = 5;
/** Back-off after a network error or a 5xx: doubles from 1 s up to this (so a Bot API that is back is noticed within seconds). */
const MAX_BACKOFF_MS = 5000;

/**
 * A message was handed to Telegram but no answer came back (time-out, connection cut while
 * waiting): it may or may not have been posted, so it is not sent again.
 */
export class SendOutcomeUnknown extends Error {
  override name = "SendOutcomeUnknown";
  constructor(method: string, cause: unknown) {
    super(
      `no answer from Telegram to ${method}; it may have been delivered, so it is not sent again`,
      { cause },
    );
  }
}

function systemCode(err: HttpError): string | undefined {
  const inner = err.error as { code?: unknown; errno?: unknown } | undefined;
  const code = inner?.code ?? inner?.errno;
  return typeof code === "string" ? code : undefined;
}

/** Did the request never reach Telegram (so sending it again cannot post it twice)? */
export function neverSent(err: HttpError): boolean {
  const code = systemCode(err);
  return code !== undefined && NOT_SENT.has(code);
}

function chatOf(payload: unknown): number | undefined {
  const chat = (payload as { chat_id?: unknown } | undefined)?.chat_id;
  const id = typeof chat === "number" ? chat : typeof chat === "string" ? Number(chat) : NaN;
  return Number.isSafeInteger(id) ? id : undefined;
}

export interface OutgoingOptions {
  log: Logger;
  limiter?: SendLimiter;
}

/**
 * Every call to the Bot API passes here (one grammY API transformer, so replies and digests
 * share it):
 * - messages and edits wait for the bot's outgoing budget (see SendLimiter);
 * - a 429 holds that chat — and only that chat — for retry_after, however long, then the
 *   message is sent (when the bot stops meanwhile, the wait is given up with SendCancelled,
 *   and the update it answers is taken up again after the restart);
 * - a 5xx is retried with a back-off a few times;
 * - a network error is retried when the request cannot have reached Telegram, or when doing
 *   it twice does no harm; a new message whose outcome is unknown (time-out, connection cut
 *   after sending) is not sent again: SendOutcomeUnknown;
 * - whether Telegram can be reached is logged when it changes (a warning each way).
 * A "typing…" action to a chat on hold is skipped rather than queued.
 */
export class Outgoing {
  readonly limiter: SendLimiter;
  private readonly log: Logger;
  private unreachableSince?: number;

  constructor(options: OutgoingOptions) {
    this.log = options.log;
    this.limiter = options.limiter ?? new SendLimiter();
  }

  /** Gives up every wait (budget, 429, back-off): the bot is stopping. */
  cancelWaits(): void {
    this.limiter.cancelWaits();
  }

  /** True while the last attempt to reach the Bot API failed on the network. */
  get unreachable(): boolean {
    return this.unreachableSince !== undefined;
  }

  readonly transformer: Transformer = async (prev, method, payload, signal) => {
    const chatId = chatOf(payload);
    const counted = chatId !== undefined && (POSTS.has(method) || EDITS.has(method));
    if (method === "sendChatAction" && chatId !== undefined && this.limiter.heldMs(chatId) > 0)
      return { ok: true, result: true } as never;
    let backoff = 1000;
    const pause = async () => {
      await this.limiter.pause(backoff, signal);
      backoff = Math.min(MAX_BACKOFF_MS, backoff * 2);
    };
    for (let serverErrors = 0; ;) {
      if (counted) await this.limiter.wait(chatId);
      let result: Awaited<ReturnType<typeof prev>>;
      try {
        result = await prev(method, payload, signal);
      } catch (err) {
        if (!(err instanceof HttpError) || signal?.aborted) throw err;
        this.markUnreachable(err.message, systemCode(err));
        if (POSTS.has(method) && !neverSent(err)) {
          this.log.warn(
            { method, chatId, err: err.message },
            "no answer from Telegram; the message may have been delivered, so it is not sent again",
          );
          throw new SendOutcomeUnknown(method, err);
        }
        await pause();
        continue;
      }
      this.markReachable();
      if (result.ok || method === "sendChatAction") return result;
      const retryAfter = result.parameters?.retry_after;
      if (result.error_code === 429 && typeof retryAfter === "number") {
        const ms = Math.max(1, retryAfter) * 1000;
        this.log.warn(
          { method, chatId, retryAfter },
          "Telegram asked to wait before sending again",
        );
        if (counted) this.limiter.hold(chatId, ms);
        else await this.limiter.pause(ms, signal);
        continue;
      }
      if (result.error_code >= 500 && ++serverErrors < SERVER_ERROR_ATTEMPTS) {
        await pause();
        continue;
      }
      return result;
    }
  };

  /** The Bot API could not be reached (a network error or a request that never came back): warned once. */
  markUnreachable(reason: string, code?: string): void {
    if (this.unreachableSince !== undefined) return;
    this.unreachableSince = Date.now();
    this.log.warn({ err: reason, code }, "the Bot API cannot be reached; retrying");
  }

  /** An answer came from the Bot API: warned once after it could not be reached. */
  markReachable(): void {
    if (this.unreachableSince === undefined) return;
    const seconds = Math.round((Date.now() - this.unreachableSince) / 1000);
    this.unreachableSince = undefined;
    this.log.warn({ seconds }, "the Bot API can be reached again");
  }
}

export { SendCancelled };
