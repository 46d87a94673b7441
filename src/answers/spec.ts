import type { AnswerContext, Inbound } from "./context.js";
import type { Reply } from "./reply.js";

/** A bot command: its name, its line in /help and the menu, and what it answers. */
export interface CommandSpec {
  name: string;
  /** Short description for Telegram's command menu (≤ 256 chars). */
  description: string;
  /** Usage shown in /help, e.g. "/summary [N] [article]". */
  usage: string;
  /**
   * "group-admins": in groups only administrators use it, so Telegram's menu shows it to
   * them (and in private chats), not to every member.
   */
  menu?: "everyone" | "group-admins";
  run(args: string, ctx: AnswerContext, inbound: Inbound): Reply[];
}
