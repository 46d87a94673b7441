import type { Analysis } from "../model/analysis.js";
import { reply, text, type Reply } from "../answers/reply.js";
import type { DigestStore } from "../storage/digest-store.js";
import { parseDigestArgs } from "./command.js";
import { composeDigest } from "./compose.js";
import { localDateOf } from "./schedule.js";
import {
  ADMIN_CHECK_FAILED,
  ADMINS_ONLY,
  ADMINS_ONLY_PREVIEW,
  disabledReply,
  enabledReply,
  silentReply,
  statusButtons,
  statusReply,
  statusView,
  type DigestDefaults,
} from "./status.js";

/** What the bot needs for digests (Telegram mode with storage). */
export interface DigestBotDeps {
  store: DigestStore;
  defaults: DigestDefaults;
  now: () => number;
  /** A setting changed: the scheduler should look again. */
  onChange?: () => void;
}

export interface DigestServiceDeps {
  store: DigestStore;
  defaults: DigestDefaults;
  /** The articles a chat sees now (the shared ones and its own), newest first. */
  analyses: (chatId: number) => readonly Analysis[];
  now: () => number;
  /** Called after a setting changed (the scheduler looks again). */
  onChange?: () => void;
}

export interface DigestRequest {
  chatId: number;
  /** Arguments after /digest. */
  args: string;
  /** Groups and supergroups need an administrator to change anything; private chats do not. */
  group: boolean;
  /** Asks Telegram; undefined when it could not be asked. */
  isAdmin: () => Promise<boolean | undefined>;
}

/** /digest on the Telegram side: parse, check who may change it, read and write the setting. */
export async function runDigestCommand(
  req: DigestRequest,
  deps: DigestServiceDeps,
): Promise<Reply[]> {
  const action = parseDigestArgs(req.args);
  const { store } = deps;
  const now = deps.now();
  if (action.kind === "invalid") return [reply(text(action.message))];
  if (action.kind === "status") {
    const view = statusView(store, req.chatId, now, deps.defaults);
    return [{ ...statusReply(view), buttons: statusButtons(view) }];
  }
  if (req.group) {
    const admin = await req.isAdmin();
    if (admin === undefined) return [reply(text(ADMIN_CHECK_FAILED))];
    if (!admin) return [reply(text(action.kind === "now" ? ADMINS_ONLY_PREVIEW : ADMINS_ONLY))];
  }
  const existing = store.subscription(req.chatId);
  switch (action.kind) {
    case "on": {
      const time = action.time ?? existing?.time ?? deps.defaults.time;
      const zone = action.zone ?? existing?.zone ?? deps.defaults.zone;
      const unchanged = existing?.enabled && existing.time === time && existing.zone === zone;
      const sub = unchanged ? existing : store.enable(req.chatId, time, zone, now);
      if (!unchanged) deps.onChange?.();
      return [enabledReply(sub, now)];
    }
    case "off": {
      const wasOn = existing?.enabled === true && store.disable(req.chatId, "command", now);
      if (wasOn) deps.onChange?.();
      return [disabledReply(wasOn)];
    }
    case "silent": {
      const sub = store.setSilent(req.chatId, action.silent, now, deps.defaults);
      deps.onChange?.();
      return [silentReply(sub)];
    }
    case "now": {
      const zone = existing?.zone ?? deps.defaults.zone;
      const digest = composeDigest({
        analyses: deps.analyses(req.chatId),
        digested: store.digestedArticles(req.chatId),
        today: localDateOf(now, zone),
        lastDigest: store.lastSent(req.chatId)?.localDate,
        preview: true,
      });
      return [digest.reply];
    }
  }
}
