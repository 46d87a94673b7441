import { parseCommand } from "./command.js";
import { commandByName, CORE_COMMANDS } from "./commands.js";
import type { AnswerContext, Inbound } from "./context.js";
import { reply, text, type Reply } from "./reply.js";

const MAX_INPUT = 4096;

/**
 * The core's single entry point: one message in, the replies out (possibly none, e.g. a
 * command addressed to another bot in a group). Never throws for any input.
 */
export function answer(inbound: Inbound, given: AnswerContext): Reply[] {
  const ctx = { ...given, commands: given.commands ?? CORE_COMMANDS };
  const raw = inbound.text.replaceAll("\u0000", "").trim();
  if (raw === "")
    return inbound.chat === "private" ? [reply(text("Send /help to see what I can do."))] : [];
  const command = parseCommand(raw);
  if (command) {
    if (
      command.target &&
      ctx.botUsername &&
      command.target.toLowerCase() !== ctx.botUsername.toLowerCase()
    )
      return [];
    const spec = commandByName(ctx.commands, command.name);
    if (!spec) {
      if (inbound.chat !== "private" && !command.target) return [];
      return [reply(text(`I don't know /${command.name}. Send /help to see what I can do.`))];
    }
    if (command.args.length > MAX_INPUT)
      return [reply(text("That is too long for me. Please ask in fewer than 4,000 characters."))];
    return spec.run(command.args, ctx, inbound);
  }
  return answerText(raw, ctx, inbound);
}

/** Plain text: a question in private chats, or in groups when the bot is addressed. */
function answerText(raw: string, ctx: AnswerContext, inbound: Inbound): Reply[] {
  if (inbound.chat !== "private" && !inbound.addressed) return [];
  const ask = commandByName(ctx.commands ?? CORE_COMMANDS, "ask");
  if (ask) {
    if (raw.length > MAX_INPUT)
      return [reply(text("That is too long for me. Please ask in fewer than 4,000 characters."))];
    return ask.run(stripMention(raw, ctx.botUsername), ctx, inbound);
  }
  return [reply(text("I answer commands for now. Send /help to see them."))];
}

function stripMention(raw: string, botUsername?: string): string {
  if (!botUsername) return raw;
  return raw.replace(new RegExp(`@${botUsername}\\b`, "gi"), " ").trim();
}
