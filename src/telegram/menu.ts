import type { Api } from "grammy";
import { COMMANDS } from "../answers/commands.js";
import type { Logger } from "../log/logger.js";

/** Registers the command menu; a failure is logged and does not stop the bot. */
export async function registerCommands(api: Api, log: Logger): Promise<void> {
  try {
    await api.setMyCommands(COMMANDS.map((c) => ({ command: c.name, description: c.description.slice(0, 256) })));
  } catch (err) {
    log.warn({ err }, "could not register the command menu");
  }
}
