import type { Api } from "grammy";
import type { BotCommand, BotCommandScope } from "grammy/types";
import { ABOUT, SHORT_ABOUT } from "../answers/help.js";
import type { CommandSpec } from "../answers/spec.js";
import type { Logger } from "../log/logger.js";

const NAME = /^[a-z0-9_]{1,32}$/;
const DESCRIPTION_LIMIT = 256;
/** Telegram's limits for the bot's description and short description. */
const ABOUT_LIMIT = 512;
const SHORT_ABOUT_LIMIT = 120;

/** The command menu Telegram accepts: valid names, non-empty descriptions of ≤ 256 characters, at most 100. */
export function menuCommands(commands: readonly CommandSpec[]): BotCommand[] {
  const seen = new Set<string>();
  const out: BotCommand[] = [];
  for (const c of commands) {
    const description = c.description.replace(/\s+/g, " ").trim();
    if (!NAME.test(c.name) || seen.has(c.name) || description === "") continue;
    seen.add(c.name);
    out.push({
      command: c.name,
      description:
        description.length > DESCRIPTION_LIMIT
          ? `${description.slice(0, DESCRIPTION_LIMIT - 1)}…`
          : description,
    });
  }
  return out.slice(0, 100);
}

/**
 * The menus by scope: everything in private chats and in group administrators' menus;
 * commands for group administrators ("group-admins", e.g. /digest) left out of the menu
 * every group member sees and of the default one.
 */
export function menusByScope(
  commands: readonly CommandSpec[],
): { scope: BotCommandScope; commands: BotCommand[] }[] {
  const all = menuCommands(commands);
  const everyone = menuCommands(commands.filter((c) => c.menu !== "group-admins"));
  return [
    { scope: { type: "default" }, commands: everyone },
    { scope: { type: "all_private_chats" }, commands: all },
    { scope: { type: "all_group_chats" }, commands: everyone },
    { scope: { type: "all_chat_administrators" }, commands: all },
  ];
}

/**
 * Sets up what Telegram shows of the bot: the command menus by scope, the description (an
 * empty chat) and the short description (the profile). A failure is logged and does not
 * stop the bot.
 */
export async function registerCommands(
  api: Api,
  log: Logger,
  commands: readonly CommandSpec[],
): Promise<void> {
  const menu = menuCommands(commands);
  const skipped = commands
    .filter((c) => !menu.some((m) => m.command === c.name))
    .map((c) => c.name);
  if (skipped.length)
    log.warn(
      { skipped },
      "commands left out of the menu (Telegram needs names of a-z, 0-9 and _ and a description)",
    );
  try {
    for (const { scope, commands: list } of menusByScope(commands))
      await api.setMyCommands(list, { scope });
    log.debug({ commands: menu.length }, "command menu registered");
  } catch (err) {
    log.warn({ err }, "could not register the command menu; the bot runs without it");
  }
  try {
    await api.setMyDescription(ABOUT.slice(0, ABOUT_LIMIT));
    await api.setMyShortDescription(SHORT_ABOUT.slice(0, SHORT_ABOUT_LIMIT));
  } catch (err) {
    log.warn({ err }, "could not set the bot's description; the bot runs without it");
  }
}
