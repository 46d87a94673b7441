import {
  bold,
  reply,
  text,
  type Block,
  type Button,
  type Reply,
  type Span,
} from "../answers/reply.js";
import type { DigestStore } from "../storage/digest-store.js";
import type { Delivery, Subscription } from "../storage/types.js";
import { formatDuration, formatLocal, formatShortDate } from "./format.js";
import { nextDue, parseClockTime } from "./schedule.js";
import { zoneLabel } from "./zone.js";

export interface DigestDefaults {
  time: string;
  zone: string;
}

/** Everything the status line needs, read from storage. */
export interface StatusView {
  now: number;
  subscription?: Subscription;
  lastSent?: Delivery;
  /** The most recent record of any kind (a skipped or failed one is reported). */
  latest?: Delivery;
  defaults: DigestDefaults;
}

export function statusView(
  store: DigestStore,
  chatId: number,
  now: number,
  defaults: DigestDefaults,
): StatusView {
  return {
    now,
    defaults,
    subscription: store.subscription(chatId),
    lastSent: store.lastSent(chatId),
    latest: store.latestDelivery(chatId),
  };
}

/** A send claimed this long ago and never finished was interrupted (the bot stopped mid-send). */
const INTERRUPTED_AFTER_MS = 10 * 60_000;

const OFF_WHY: Record<string, string> = {
  command: "turned off with /digest off",
  blocked: "switched off because Telegram refused delivery (the bot was blocked)",
  removed: "switched off because the bot was removed from this chat",
  migrated: "switched off when this group became a supergroup",
};

/** "/digest" alone: on or off, when, last sent, next due, and anything missed or failed. */
export function statusReply(view: StatusView): Reply {
  const { subscription: sub, now } = view;
  const blocks: Block[] = [];
  if (!sub || !sub.enabled) {
    const since =
      sub?.offAt !== undefined
        ? ` on ${formatLocal(sub.offAt, sub.zone)} (${zoneLabel(sub.zone)})`
        : "";
    const why = sub?.offReason ? ` — ${OFF_WHY[sub.offReason] ?? sub.offReason}${since}` : "";
    blocks.push(text(bold("Daily digest: off"), `${why}.`));
    if (sub?.offDetail && (sub.offReason === "blocked" || sub.offReason === "removed"))
      blocks.push(text(`Telegram said: ${sub.offDetail}`));
    if (view.lastSent?.sentAt !== undefined && sub)
      blocks.push(
        text(`Last sent: ${formatLocal(view.lastSent.sentAt, sub.zone)} (${zoneLabel(sub.zone)}).`),
      );
    blocks.push(
      text(
        `Turn it on with /digest on [time] [time zone], e.g. /digest on 8am London or /digest on 20:30 UTC+5. ` +
          (sub
            ? `Without a time it keeps ${sub.time} ${zoneLabel(sub.zone)}.`
            : `Without a time it comes at ${view.defaults.time} ${zoneLabel(view.defaults.zone)}.`),
      ),
    );
    return tight(blocks);
  }
  const time = parseClockTime(sub.time) ?? { hour: 9, minute: 0 };
  const next = nextDue(now, time, sub.zone);
  blocks.push(
    text(bold("Daily digest: on"), ` — every day at ${sub.time}, ${zoneLabel(sub.zone)} time.`),
  );
  blocks.push(
    text(
      view.lastSent?.sentAt !== undefined
        ? `Last sent: ${formatLocal(view.lastSent.sentAt, sub.zone)}.`
        : "Last sent: not yet.",
    ),
  );
  blocks.push(
    text(`Next: ${formatLocal(next.at, sub.zone)} (in ${formatDuration(next.at - now)}).`),
  );
  if (sub.silent) blocks.push(text("Silent: it arrives without a notification sound."));
  const problem = problemLine(view.latest, now, sub);
  if (problem) blocks.push(problem);
  return tight(blocks);
}

/** Status lines sit directly under each other: one block, one line each. */
function tight(blocks: Block[]): Reply {
  const spans: Span[] = [];
  blocks.forEach((b, i) => {
    if (i > 0) spans.push("\n");
    if (b.kind === "text") spans.push(...b.spans);
  });
  return reply(text(...spans));
}

function problemLine(
  latest: Delivery | undefined,
  now: number,
  sub: Subscription,
): Block | undefined {
  if (!latest || latest.status === "sent") return undefined;
  const day = formatShortDate(latest.localDate);
  switch (latest.status) {
    case "skipped":
      return text(
        bold("Missed: "),
        `the digest of ${day} was ${latest.detail ?? "skipped: the bot was not running at its time"}.`,
      );
    case "failed":
      if (latest.retryAt !== undefined && latest.retryAt > now) {
        return text(
          bold("Delayed: "),
          `the digest of ${day} could not be sent (${latest.detail ?? "error"}); trying again at ${formatLocal(latest.retryAt, sub.zone)}.`,
        );
      }
      return text(
        bold("Failed: "),
        `the digest of ${day} could not be sent (${latest.detail ?? "error"}).`,
      );
    case "sending":
      if (now - latest.claimedAt < INTERRUPTED_AFTER_MS)
        return text(`The digest of ${day} is being sent now.`);
      return text(
        bold("Interrupted: "),
        `the bot stopped while sending the digest of ${day}; it is not sent again, so it can never arrive twice.`,
      );
  }
}

/** Reply to /digest on. */
export function enabledReply(sub: Subscription, now: number): Reply {
  const next = nextDue(now, parseClockTime(sub.time) ?? { hour: 9, minute: 0 }, sub.zone);
  return tight([
    text(bold("Daily digest: on"), ` — every day at ${sub.time}, ${zoneLabel(sub.zone)} time.`),
    text(
      `The next one comes ${formatLocal(next.at, sub.zone)} (in ${formatDuration(next.at - now)}). /digest off stops it; /digest now shows a preview.`,
    ),
  ]);
}

/**
 * The status's buttons (administrators only, in groups): on/off, an hour earlier or later,
 * change the time (how to type it), silent or not.
 */
export function statusButtons(view: StatusView): Button[][] {
  const sub = view.subscription;
  const on = sub?.enabled === true;
  const time = sub?.time ?? view.defaults.time;
  const rows: Button[][] = [
    [
      on
        ? { text: "Turn off", command: "/digest off" }
        : { text: `Turn on (${time})`, command: "/digest on" },
      sub?.silent
        ? { text: "🔔 With sound", command: "/digest silent off" }
        : { text: "🔕 Silent", command: "/digest silent on" },
    ],
  ];
  const clock = parseClockTime(time);
  const shift = (hours: number) => {
    const minutes = ((((clock?.hour ?? 9) + hours) % 24) + 24) % 24;
    return `${String(minutes).padStart(2, "0")}:${String(clock?.minute ?? 0).padStart(2, "0")}`;
  };
  rows.push([
    { text: `${shift(-1)} (1 h earlier)`, command: `/digest on ${shift(-1)}` },
    { text: `${shift(1)} (1 h later)`, command: `/digest on ${shift(1)}` },
    { text: "Change time…", command: "/digest time" },
  ]);
  return rows;
}

/** Reply to /digest silent on|off. */
export function silentReply(sub: Subscription): Reply {
  const what = sub.silent
    ? "Digests here arrive silently (no notification sound)."
    : "Digests here arrive with a notification, as usual.";
  return reply(text(sub.enabled ? what : `${what} The daily digest is off: /digest on starts it.`));
}

/** Reply to /digest off. */
export function disabledReply(wasOn: boolean): Reply {
  return reply(
    text(
      wasOn
        ? "Daily digest: off. Turn it back on with /digest on."
        : "The daily digest is already off here. Turn it on with /digest on [time] [time zone], e.g. /digest on 8am London.",
    ),
  );
}

export const ADMINS_ONLY =
  "Only this chat's administrators can change the digest; anyone can see its status with /digest.";
export const ADMINS_ONLY_PREVIEW =
  "Only this chat's administrators can ask for a digest preview; anyone can see the status with /digest.";
export const ADMIN_CHECK_FAILED =
  "I couldn't check with Telegram whether you are an administrator here; please try again in a minute.";
