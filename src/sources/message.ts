import { findLinks, linksFromEntities, type LinkEntity } from "./links.js";
import { classifyMessage } from "./pasted.js";

/** What a chat message (not a command) brings: a link to read, a text that is an article, or nothing (a question). */
export type Brought =
  { kind: "link"; url: string } | { kind: "text"; text: string } | { kind: "none" };

export interface ChatMessage {
  text: string;
  /** Telegram's entities, when the message came from Telegram (hidden text_link URLs count). */
  entities?: readonly LinkEntity[];
  forwardedFromChannel?: boolean;
}

/**
 * A message that is or holds an http(s) link brings that link (the first); a long text or a
 * forwarded channel post brings itself as an article (see classifyMessage); anything else
 * is a question.
 */
export function whatMessageBrings(message: ChatMessage): Brought {
  const link = linksOf(message)[0];
  if (link) return { kind: "link", url: link };
  return classifyMessage(message) === "article"
    ? { kind: "text", text: message.text }
    : { kind: "none" };
}

/** The links Telegram marked in a message, then any it did not. */
export function linksOf(message: ChatMessage): string[] {
  const found = linksFromEntities(message.text, message.entities);
  for (const l of findLinks(message.text)) if (!found.includes(l)) found.push(l);
  return found;
}
