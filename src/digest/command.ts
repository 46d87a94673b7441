import { reply, text, type Reply } from "../answers/reply.js";
import type { CommandSpec } from "../answers/spec.js";
import { looksLikeTime, parseWhen } from "./when.js";

/** What `/digest …` asks for. Parsing is pure; permissions and storage are the adapter's. */
export type DigestAction =
  | { kind: "status" }
  /** Missing parts keep the chat's current setting, else the configured defaults. */
  | { kind: "on"; time?: string; zone?: string }
  | { kind: "off" }
  | { kind: "now" }
  /** Digests with or without a notification. */
  | { kind: "silent"; silent: boolean }
  | { kind: "invalid"; message: string };

export const DIGEST_USAGE =
  "Use /digest on [time] [time zone] — e.g. /digest on 8am London, /digest on 20:30 Asia/Almaty, /digest on 0830 UTC+5 — /digest off, /digest silent [on|off], /digest now for a preview, or /digest for the status and its buttons.";

/** How to change the time (the "Change time" button's alert: at most 200 characters). */
export const TIME_HINT =
  "Send /digest on with a time and a zone, e.g. /digest on 8am London, /digest on 20:30 Asia/Almaty or /digest on 0830 UTC+5.";

const shown = (word: string) => (word.length > 40 ? `${word.slice(0, 40)}…` : word);

/** "on 8am Almaty" → { kind: "on", time: "08:00", zone: "Asia/Almaty" }; time and zone in either order (see when.ts). */
export function parseDigestArgs(args: string): DigestAction {
  const words = args.trim().split(/\s+/).filter(Boolean);
  const verb = (words[0] ?? "").toLowerCase();
  if (words.length === 0 || verb === "status")
    return words.length <= 1 ? { kind: "status" } : { kind: "invalid", message: DIGEST_USAGE };
  if (verb === "off" || verb === "stop")
    return words.length === 1 ? { kind: "off" } : { kind: "invalid", message: DIGEST_USAGE };
  if (verb === "now" || verb === "preview")
    return words.length === 1 ? { kind: "now" } : { kind: "invalid", message: DIGEST_USAGE };
  if (verb === "help") return { kind: "invalid", message: DIGEST_USAGE };
  if (verb === "time") return { kind: "invalid", message: TIME_HINT };
  if (verb === "silent" || verb === "quiet") {
    const how = (words[1] ?? "on").toLowerCase();
    if (words.length > 2 || (how !== "on" && how !== "off"))
      return { kind: "invalid", message: DIGEST_USAGE };
    return { kind: "silent", silent: how === "on" };
  }
  // "/digest 08:30 UTC" means "on" too.
  const explicit = verb === "on" || verb === "start";
  const rest = explicit ? words.slice(1) : words;
  if (rest.length > 8) return { kind: "invalid", message: DIGEST_USAGE };
  const when = parseWhen(rest.join(" "));
  if ("error" in when) {
    const unknownVerb = !explicit && rest.length === 1 && !looksLikeTime(verb);
    return {
      kind: "invalid",
      message: unknownVerb
        ? `I don't know /digest ${shown(rest[0]!)}. ${DIGEST_USAGE}`
        : when.error,
    };
  }
  return {
    kind: "on",
    ...(when.time ? { time: when.time } : {}),
    ...(when.zone ? { zone: when.zone } : {}),
  };
}

/** The core's /digest: it has no storage, so outside Telegram it explains where digests live. */
export const digestCommand: CommandSpec = {
  name: "digest",
  description: "Daily digest of new articles at your time (in groups, admins set it)",
  usage: "/digest [on [time] [zone] | off | now]",
  menu: "group-admins",
  run(args): Reply[] {
    const action = parseDigestArgs(args);
    if (action.kind === "invalid") return [reply(text(action.message))];
    return [
      reply(
        text(
          "Daily digests are delivered on Telegram: add me to a group (or talk to me privately there) and send /digest on 08:30 Europe/London.",
        ),
        text(
          "Every day at that time the chat gets the new articles — title, a 3-sentence summary, key dates and a notable quote — and what is coming up.",
        ),
      ),
    ];
  },
};
