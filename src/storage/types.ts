/** Why a chat's digest is off: the chat's own /digest off, or Telegram told us we can no longer post there. */
export type OffReason = "command" | "blocked" | "removed" | "migrated";

/** A chat's digest setting. Instants are milliseconds since the epoch. */
export interface Subscription {
  chatId: number;
  enabled: boolean;
  /** Local wall-clock time, "HH:MM". */
  time: string;
  /** IANA time zone, canonical spelling ("UTC", "Asia/Almaty"). */
  zone: string;
  createdAt: number;
  updatedAt: number;
  /** When the current setting took effect: due times before it are not owed. */
  activeSince: number;
  /** Digests arrive without a notification sound (Telegram's disable_notification). */
  silent: boolean;
  offReason?: OffReason;
  /** Telegram's words when it refused, e.g. "Forbidden: bot was kicked from the group chat". */
  offDetail?: string;
  offAt?: number;
}

/**
 * sending: claimed, messages going out (a row left in this state by a crash is never sent again);
 * sent: delivered; skipped: missed by too much while the bot was down; failed: Telegram refused or was unreachable.
 */
export type DeliveryStatus = "sending" | "sent" | "skipped" | "failed";

/** One digest of one chat for one local date: the record that prevents a double send. */
export interface Delivery {
  chatId: number;
  /** The chat-local date the digest belongs to, "YYYY-MM-DD". */
  localDate: string;
  dueAt: number;
  claimedAt: number;
  sentAt?: number;
  status: DeliveryStatus;
  detail?: string;
  attempts: number;
  /** A failed delivery may be claimed again from this instant; undefined = never. */
  retryAt?: number;
  /** Number of messages and articles the digest carried (when sent). */
  messages: number;
  articles: number;
}
