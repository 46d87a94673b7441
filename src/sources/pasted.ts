/** What a chat message that is not a command holds. */
export type MessageKind = "article" | "question";

export interface MessageFacts {
  text: string;
  /** The message is a post forwarded from a channel (grammY: forward_origin.type === "channel"). */
  forwardedFromChannel?: boolean;
}

export interface PastedRules {
  /** A message of at least this many words is an article (default 120). */
  minWords?: number;
  /** A forwarded channel post of at least this many words is an article (default 20). */
  minForwardedWords?: number;
}

/**
 * Tells a pasted article from a question. An article is long (120 words or more by default)
 * or a post forwarded from a channel that says something (20 words); but one paragraph
 * ending in a question mark is a question however long, and a command is never an article.
 */
export function classifyMessage(message: MessageFacts, rules: PastedRules = {}): MessageKind {
  const text = message.text.trim();
  if (text.startsWith("/")) return "question";
  const words = wordCount(text);
  const oneQuestion = !/\n\s*\S/.test(text) && /\?["”’)]*$/.test(text);
  if (oneQuestion) return "question";
  if (message.forwardedFromChannel && words >= (rules.minForwardedWords ?? 20)) return "article";
  return words >= (rules.minWords ?? 120) ? "article" : "question";
}

/** Words: runs of characters holding a letter or a digit. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
