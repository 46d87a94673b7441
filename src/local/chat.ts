import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { answer } from "../answers/router.js";
import type { AnswerContext } from "../answers/context.js";
import { reply, text, type Button, type Reply } from "../answers/reply.js";
import { renderMessages, renderPlain } from "../render/messages.js";

export interface LocalChatOptions {
  json: boolean;
  input: Readable & { isTTY?: boolean };
  output: Writable;
  context: () => AnswerContext;
  /** Links and pasted texts (app/local-intake.ts): replies, or undefined for a line that is not one. */
  intake?: (line: string) => Promise<Reply[] | undefined>;
}

/** One input line → the JSON line of the --json contract. */
export function jsonLine(input: string, replies: Reply[]): string {
  const rendered = replies.flatMap((r) =>
    renderMessages(r).map((m) => ({
      text: m.text,
      html: m.html,
      ...(m.buttons ? { buttons: m.buttons.flat().map((b) => b.command) } : {}),
    })),
  );
  return JSON.stringify({ input, replies: rendered });
}

/** An answer's buttons in the order they are numbered: reply by reply, row by row. */
export function choicesOf(replies: Reply[]): Button[] {
  return replies.flatMap((r) => (r.buttons ?? []).flat());
}

/** Plain text for a person at the terminal: each reply, then its buttons as numbered choices. */
export function textBlock(replies: Reply[]): string {
  if (replies.length === 0) return "(no reply)";
  let n = 0;
  return replies
    .map((r) => {
      const body = renderPlain({ blocks: r.blocks });
      const rows = (r.buttons ?? [])
        .filter((row) => row.length > 0)
        .map((row) => row.map((b) => `[${++n}] ${b.text}`).join("  "));
      return rows.length ? `${body}\n${rows.join("\n")}` : body;
    })
    .join("\n\n");
}

/** A button that turns to the next page (or shows more); one that turns back. */
const FORWARD = /›|^(more|next|longer)\b/i;
const BACKWARD = /‹|^(back|prev)/i;

export type Typed =
  { kind: "press"; button: Button } | { kind: "say"; message: string } | { kind: "ask" };

/**
 * What a typed line means with these choices on screen: a choice's number, "more"/"next" or
 * "back" press a button; when there is no such button, a short line says so. Anything else
 * (and a number when there are no choices) is a question or command for the core.
 */
export function readTyped(line: string, choices: readonly Button[]): Typed {
  const word = line.trim().toLowerCase();
  const press = (button: Button | undefined, missing: string): Typed =>
    button ? { kind: "press", button } : { kind: "say", message: missing };
  if (/^\d{1,4}$/.test(word)) {
    if (choices.length === 0) return { kind: "ask" };
    return press(
      choices[Number(word) - 1],
      choices.length === 1
        ? "There is one choice: type 1."
        : `Type a number from 1 to ${choices.length}.`,
    );
  }
  if (word === "more" || word === "next")
    return press(
      choices.find((b) => FORWARD.test(b.text)),
      "There is no next page here.",
    );
  if (word === "back" || word === "previous")
    return press(
      choices.find((b) => BACKWARD.test(b.text)),
      "There is nothing to go back to.",
    );
  return { kind: "ask" };
}

function safeAnswer(line: string, ctx: AnswerContext): Reply[] {
  try {
    return answer({ text: line, chat: "private" }, ctx);
  } catch (err) {
    return [
      {
        blocks: [
          {
            kind: "text",
            spans: [
              `Sorry, something went wrong with that message (${err instanceof Error ? err.message : "unknown error"}).`,
            ],
          },
        ],
      },
    ];
  }
}

async function safeIntake(line: string, opts: LocalChatOptions): Promise<Reply[] | undefined> {
  try {
    return await opts.intake?.(line);
  } catch (err) {
    return [
      reply(
        text(
          `Sorry, I could not read that (${err instanceof Error ? err.message : "unknown error"}).`,
        ),
      ),
    ];
  }
}

/**
 * The terminal chat: the same core as on Telegram, rendered as plain text (or JSON lines).
 * A reply's buttons are numbered choices; typing the number, more, next or back presses them.
 * Lines are answered strictly in order; resolves at end of input.
 */
export async function runLocalChat(opts: LocalChatOptions): Promise<void> {
  const interactive = Boolean(opts.input.isTTY) && !opts.json;
  const rl = createInterface({
    input: opts.input,
    output: interactive ? opts.output : undefined,
    terminal: interactive,
  });
  const write = (s: string) => opts.output.write(`${s}\n`);
  if (interactive) {
    rl.setPrompt("you> ");
    rl.prompt();
  }
  let choices: Button[] = [];
  for await (const line of rl) {
    const typed = readTyped(line, choices);
    // --json prints nothing of its own: what it cannot follow goes to the core as typed
    const own = typed.kind === "say" && !opts.json ? typed.message : undefined;
    const said = typed.kind === "press" ? typed.button.command : line;
    const replies = own
      ? [reply(text(own))]
      : ((await safeIntake(said, opts)) ?? safeAnswer(said, opts.context()));
    if (!own) choices = choicesOf(replies);
    if (opts.json) write(jsonLine(line, replies));
    else write(`${textBlock(replies)}\n`);
    if (interactive) rl.prompt();
  }
}
