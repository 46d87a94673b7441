import type { Api } from "grammy";
import type { BotCommand } from "grammy/types";
import type { CommandSpec } from "../answers/spec.js";
import type { Logger } from "../log/logger.js";

const NAME = /^[a-z0-9_]{1,32}$/;
const DESCRIPTION_LIMIT = 256;

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

/** Registers the command menu; a failure is logged and does not stop the bot. */
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
    await api.setMyCommands(menu);
    log.debug({ commands: menu.length }, "command menu registered");
  } catch (err) {
    log.warn({ err }, "could not register the command menu; the bot runs without it");
  }
}
