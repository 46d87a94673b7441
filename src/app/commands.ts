import { commandList } from "../answers/commands.js";
import { digestCommand } from "../digest/command.js";

/** Every command the bot answers: the core's and /digest, which the digest layer provides. */
export const COMMANDS = commandList([digestCommand]);
