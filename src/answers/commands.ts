import { digestCommand } from "../digest/command.js";
import { helpCommand, setHelpCommands, startCommand } from "./help.js";
import type { CommandSpec } from "./spec.js";
import { summaryCommand } from "./summary.js";
import { quotesCommand } from "./quotes.js";
import { whoCommand } from "./who.js";
import { datesCommand } from "./dates.js";
import { articlesCommand } from "./articles.js";
import { askCommand } from "./ask.js";

/** Every command, in the order /help and Telegram's menu list them. */
export const COMMANDS: CommandSpec[] = [
  summaryCommand,
  quotesCommand,
  whoCommand,
  datesCommand,
  askCommand,
  articlesCommand,
  digestCommand,
  startCommand,
  helpCommand,
];

setHelpCommands(COMMANDS.filter((c) => c.name !== "start"));

export function commandByName(name: string): CommandSpec | undefined {
  return COMMANDS.find((c) => c.name === name);
}
