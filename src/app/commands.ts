import { commandList } from "../answers/commands.js";
import { addCommand, feedCommand, removeCommand } from "../answers/intake.js";
import { digestCommand } from "../digest/command.js";

/** Every command the bot answers: the core's, /add, /remove and /feed (fetching is wired in app/sources.ts) and /digest, which the digest layer provides. */
export const COMMANDS = commandList([addCommand, removeCommand, feedCommand, digestCommand]);
