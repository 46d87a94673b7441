import type { AnswerContext, Inbound } from "./context.js";
import { bold, code, item, reply, text, title, type Block, type Reply } from "./reply.js";
import type { CommandSpec } from "./spec.js";

/** The context's commands (the router always sets them), /start left out. */
function commandLines(ctx: AnswerContext): Block[] {
  return (ctx.commands ?? [])
    .filter((c) => c.name !== "start")
    .map((c) => item(code(c.usage), ` — ${c.description}`));
}

function groupHint(inbound: Inbound, ctx: AnswerContext): Block[] {
  if (inbound.chat === "private")
    return [
      text("Or just type a question, e.g. ", bold("what did the president say about the economy?")),
    ];
  const at = ctx.botUsername ? `@${ctx.botUsername}` : "the bot";
  return [
    text(`In a group, ask with /ask <question>, mention ${at}, or reply to one of my messages.`),
  ];
}

export const startCommand: CommandSpec = {
  name: "start",
  description: "What this bot does",
  usage: "/start",
  run(_args, ctx, inbound): Reply[] {
    const count = ctx.library.size;
    const about = count === 1 ? "one news article" : `${count} news articles`;
    return [
      reply(
        text(
          `I read ${about} and answer from the text only: summaries, exact quotes with who said them, key dates, and your questions.`,
        ),
        text(
          "Every answer is quoted verbatim and says where it is in the article (¶ = paragraph).",
        ),
        ...commandLines(ctx),
        ...groupHint(inbound, ctx),
      ),
    ];
  },
};

export const helpCommand: CommandSpec = {
  name: "help",
  description: "How to use the bot",
  usage: "/help",
  run(_args, ctx, inbound): Reply[] {
    return [
      reply(
        title("Commands"),
        ...commandLines(ctx),
        ...groupHint(inbound, ctx),
        text("¶3 means paragraph 3 of the article."),
      ),
    ];
  },
};
