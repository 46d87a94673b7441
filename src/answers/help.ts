import type { AnswerContext, Inbound } from "./context.js";
import { item, reply, text, title, type Block, type Button, type Reply } from "./reply.js";
import type { CommandSpec } from "./spec.js";

/** The bot's description (Telegram shows it in an empty chat; ≤ 512 characters). */
export const ABOUT =
  "I read news articles and answer from their text only: a short summary, the exact quotes with who said them, the key dates, and your questions in plain words. Every answer is quoted verbatim with its paragraph (¶). Send /start to begin.";
/** The short description on the bot's profile (≤ 120 characters). */
export const SHORT_ABOUT =
  "Summaries, exact quotes with speakers, key dates and answers from news articles, with the paragraph for each.";

/**
 * The context's commands (the router always sets them), /start left out. Plain /command
 * text: Telegram makes it tappable (inside <code> it would only copy).
 */
function commandLines(ctx: AnswerContext): Block[] {
  return (ctx.commands ?? [])
    .filter((c) => c.name !== "start")
    .map((c) => item(`${c.usage} — ${c.description}`));
}

/** How to ask here: a private chat takes plain questions; a group needs a command, a mention or a reply. */
function howToAsk(inbound: Inbound, ctx: AnswerContext): string {
  if (inbound.chat === "private") return "Pick an action below, or just type a question.";
  const at = ctx.botUsername ? `@${ctx.botUsername}` : "the bot";
  return `Here, ask with /ask <question>, mention ${at}, or reply to one of my messages.`;
}

/** The main actions, as /start's buttons. */
export const MAIN_ACTIONS: Button[][] = [
  [
    { text: "Summary", command: "/summary" },
    { text: "Quotes", command: "/quotes" },
    { text: "Key dates", command: "/dates" },
  ],
  [
    { text: "Articles", command: "/articles" },
    { text: "Help", command: "/help" },
  ],
];

export const startCommand: CommandSpec = {
  name: "start",
  description: "What this bot does",
  usage: "/start",
  run(_args, ctx, inbound): Reply[] {
    const count = ctx.library.size;
    const about = count === 1 ? "a news article" : `${count} news articles`;
    return [
      {
        blocks: [
          text(
            `I read ${about} and answer from the text only — summaries, exact quotes with who said them, key dates — each with its paragraph (¶).\n${howToAsk(inbound, ctx)}`,
          ),
        ],
        buttons: MAIN_ACTIONS,
      },
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
        text(
          inbound.chat === "private"
            ? "Or just type a question, e.g. what did the president say about the economy?"
            : howToAsk(inbound, ctx),
        ),
        text("¶3 means paragraph 3 of the article."),
      ),
    ];
  },
};

/**
 * The one message a group gets when the bot is added: what it does, how to ask there
 * (Telegram's privacy mode only lets the bot see commands, mentions and replies), and how
 * administrators turn on the digest.
 */
export function groupGreeting(botUsername?: string): Reply {
  const at = botUsername ? `@${botUsername}` : "me";
  return {
    blocks: [
      text(
        "Hello! I read news articles and answer from their text only: summaries, exact quotes with who said them, key dates, each with its paragraph (¶).",
      ),
      text(
        `To ask here, send a command (/summary, /quotes, /dates, /ask <question>), mention ${at} with your question, or reply to one of my messages.`,
      ),
      text("Administrators can get a daily digest of new articles here: /digest on 8am London."),
    ],
    buttons: [[{ text: "Help", command: "/help" }]],
  };
}
