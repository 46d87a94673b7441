import type { Block, Button, Reply } from "../answers/reply.js";
import { blockHtml } from "./html.js";
import { blockPlain, spanPlain } from "./plain.js";

/** Telegram's limit for one message's text, in UTF-16 code units after entity parsing. */
export const TELEGRAM_TEXT_LIMIT = 4096;

export interface RenderedMessage {
  /** Plain text, for the terminal. */
  text: string;
  /** Telegram HTML: every piece of article and user text escaped. */
  html: string;
  /** Buttons go on the last message of a reply. */
  buttons?: Button[][];
  /** The page whose link preview this message shows (the reply's first message only). */
  preview?: string;
}

const SEPARATOR = "\n\n";

/** List items sit on consecutive lines; other blocks are separated by a blank line. */
function separator(prev: Block | undefined, next: Block): string {
  if (!prev) return "";
  return prev.kind === "item" && next.kind === "item" ? "\n" : SEPARATOR;
}

function joinBlocks(blocks: Block[], render: (b: Block) => string): string {
  return blocks.map((b, i) => separator(blocks[i - 1], b) + render(b)).join("");
}

/**
 * Renders a reply as one or more messages, each within Telegram's limit. Blocks are
 * packed whole; a block too long for one message is split at sentence, then word,
 * boundaries first, so no message ever carries broken HTML.
 */
export function renderMessages(reply: Reply, limit = TELEGRAM_TEXT_LIMIT): RenderedMessage[] {
  // a blank block would make an empty message, which Telegram refuses
  const blocks = reply.blocks
    .filter((b) => blockPlain(b).trim() !== "")
    .flatMap((b) => splitLongBlock(b, limit));
  const messages: RenderedMessage[] = [];
  let current: Block[] = [];
  let size = 0;
  const flush = () => {
    if (current.length)
      messages.push({
        html: joinBlocks(current, blockHtml),
        text: joinBlocks(current, blockPlain),
      });
    current = [];
    size = 0;
  };
  for (const block of blocks) {
    const added = SEPARATOR.length + blockHtml(block).length;
    if (current.length && size + added > limit) flush();
    size += added;
    current.push(block);
  }
  flush();
  if (messages.length === 0) messages.push({ html: "…", text: "…" });
  if (reply.preview && messages[0]) messages[0].preview = reply.preview;
  const last = messages[messages.length - 1];
  if (last && reply.buttons?.length) last.buttons = reply.buttons;
  return messages;
}

/** Plain text of a whole reply, with button hints ("→ /quotes page:2"). */
export function renderPlain(reply: Reply): string {
  const body = joinBlocks(reply.blocks, blockPlain);
  const hints = (reply.buttons ?? []).flat().map((b) => `[${b.text}: ${b.command}]`);
  return hints.length ? `${body}\n${hints.join("  ")}` : body;
}

const MARKUP_ALLOWANCE = 400;

function splitLongBlock(block: Block, limit: number): Block[] {
  if (blockHtml(block).length <= limit) return [block];
  const budget = Math.max(200, Math.floor((limit - MARKUP_ALLOWANCE) / 1.3));
  switch (block.kind) {
    case "title":
      return chunks(block.text, budget).map((t) => ({ ...block, text: t }));
    case "sentence":
    case "quote":
      return chunks(block.text, budget).map((t, i) => ({
        ...block,
        text: t,
        lead: i === 0 ? block.lead : undefined,
      }));
    case "text":
    case "item": {
      const joined = block.spans.map(spanPlain).join("");
      return chunks(joined, budget).map((t) => ({ kind: block.kind, spans: [t] }));
    }
  }
}

/** Splits text into pieces of at most `max` characters at sentence, else word, boundaries. */
export function chunks(text: string, max: number): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max);
    let cut = Math.max(
      window.lastIndexOf(". "),
      window.lastIndexOf("! "),
      window.lastIndexOf("? "),
      window.lastIndexOf("\n"),
    );
    if (cut < max / 2) cut = window.lastIndexOf(" ");
    if (cut < max / 4) cut = max - 1;
    // never cut a surrogate pair in half
    if (/[\uD800-\uDBFF]/.test(rest[cut] ?? "")) cut -= 1;
    out.push(rest.slice(0, cut + 1).trim());
    rest = rest.slice(cut + 1).trim();
  }
  if (rest) out.push(rest);
  return out;
}
