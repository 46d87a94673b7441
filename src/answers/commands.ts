import { articlesCommand } from "./articles.js";
import { askCommand } from "./ask.js";
import { datesCommand } from "./dates.js";
import { helpCommand, startCommand } from "./help.js";
import { quotesCommand } from "./quotes.js";
import type { CommandSpec } from "./spec.js";
import { summaryCommand } from "./summary.js";
import { whoCommand } from "./who.js";

/**
 * The core's commands and `extra` ones a higher layer adds (the digest's /digest, wired in
 * app/commands.ts), in the order /help and Telegram's menu list them.
 */
export function commandList(extra: readonly CommandSpec[] = []): CommandSpec[] {
  return [
    summaryCommand,
    quotesCommand,
    whoCommand,
    datesCommand,
    askCommand,
    articlesCommand,
    ...extra,
    startCommand,
    helpCommand,
  ];
}

/** The core's commands alone. */
export const CORE_COMMANDS: readonly CommandSpec[] = commandList();

export function commandByName(
  commands: readonly CommandSpec[],
  name: string,
): CommandSpec | undefined {
  return commands.find((c) => c.name === name);
}
