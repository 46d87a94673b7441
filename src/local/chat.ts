import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { answer } from "../answers/router.js";
import type { AnswerContext } from "../answers/context.js";
import type { Reply } from "../answers/reply.js";
import { renderMessages, renderPlain } from "../render/messages.js";

export interface LocalChatOptions {
  json: boolean;
  input: Readable & { isTTY?: boolean };
  output: Writable;
  context: () => AnswerContext;
}

/** One input line → the JSON line of the --json contract. */
export function jsonLine(input: string, replies: Reply[]): string {
  const rendered = replies.flatMap((r) =>
    renderMessages(r).map((m) => ({ text: m.text, html: m.html, ...(m.buttons ? { buttons: m.buttons.flat().map((b) => b.command) } : {}) })),
  );
  return JSON.stringify({ input, replies: rendered });
}

/** Plain text for a person at the terminal. */
export function textBlock(replies: Reply[]): string {
  if (replies.length === 0) return "(no reply)";
  return replies.map(renderPlain).join("\n\n");
}

function safeAnswer(line: string, ctx: AnswerContext): Reply[] {
  try {
    return answer({ text: line, chat: "private" }, ctx);
  } catch (err) {
    return [{ blocks: [{ kind: "text", spans: [`Sorry, something went wrong with that message (${err instanceof Error ? err.message : "unknown error"}).`] }] }];
  }
}

/**
 * The terminal chat: the same core as on Telegram, rendered as plain text (or JSON lines).
 * Lines are answered strictly in order; resolves at end of input.
 */
export async function runLocalChat(opts: LocalChatOptions): Promise<void> {
  const interactive = Boolean(opts.input.isTTY) && !opts.json;
  const rl = createInterface({ input: opts.input, output: interactive ? opts.output : undefined, terminal: interactive });
  const write = (s: string) => opts.output.write(`${s}\n`);
  if (interactive) {
    rl.setPrompt("you> ");
    rl.prompt();
  }
  for await (const line of rl) {
    const replies = safeAnswer(line, opts.context());
    if (opts.json) write(jsonLine(line, replies));
    else write(`${textBlock(replies)}\n`);
    if (interactive) rl.prompt();
  }
}
