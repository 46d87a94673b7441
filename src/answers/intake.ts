/**
 * Replies about articles a chat brings (links, pasted text) and the feeds it follows. The
 * fetching, storing and permission checks are the adapters'; these commands' own `run`
 * only explains, for where nothing is fetched.
 */
import type { Analysis } from "../model/analysis.js";
import type { Intake } from "../library/chat-articles.js";
import type { Library } from "../library/library.js";
import { articleRef } from "./article-ref.js";
import { articleDate } from "./articles.js";
import { articleHeading } from "./heading.js";
import { code, italic, item, reply, text, title, type Block, type Reply } from "./reply.js";
import type { CommandSpec } from "./spec.js";
import { defaultLength, summaryIndexes } from "./summary.js";

export const ADD_USAGE = "Send a link to a news article (or /add <link>) and I will read it.";

export const addCommand: CommandSpec = {
  name: "add",
  description: "Read the news article at a link (or just send the link)",
  usage: "/add <link>",
  run: () => [reply(text(ADD_USAGE))],
};

export const REMOVE_USAGE =
  "Use /remove N (N from /articles) to remove an article this chat added; in groups only administrators can.";

export const removeCommand: CommandSpec = {
  name: "remove",
  description: "Remove an article this chat added (admins in groups)",
  usage: "/remove <article>",
  run: () => [reply(text("Only articles a chat added on Telegram can be removed."))],
};

export const FEED_USAGE =
  "Use /feed add <link> to follow a news feed (RSS, Atom or JSON Feed, or a site's page that names one), /feed to list this chat's feeds, /feed remove N to stop following one. In groups only administrators can add or remove feeds.";

export const feedCommand: CommandSpec = {
  name: "feed",
  description: "News feeds this chat follows (admins add them in groups)",
  usage: "/feed [add <link> | remove N]",
  run: () => [reply(text("News feeds are followed on Telegram. "), text(FEED_USAGE))],
};

/** The answer to a link or a pasted text: title, date, source link and a summary, with buttons for quotes, dates and people. */
export function addedArticleReply(
  analysis: Analysis,
  library: Library,
  options: { already?: boolean } = {},
): Reply {
  const a = analysis.article;
  const blocks: Block[] = [];
  if (options.already) blocks.push(text(italic("This chat has this article already.")));
  blocks.push(articleHeading(analysis, library));
  const about = [articleDate(analysis), a.source].filter((s): s is string => !!s);
  if (about.length) blocks.push(text(about.join(" · ")));
  if (a.url) blocks.push(text(a.url));
  const n = defaultLength(analysis.sentences.length);
  for (const i of summaryIndexes(analysis, n)) {
    const s = analysis.sentences[i];
    if (s) blocks.push({ kind: "sentence", text: s.text, para: s.para });
  }
  if (analysis.sentences.length === 0) blocks.push(text("It has no text to summarise."));
  const ref = articleRef(analysis, library);
  return {
    blocks,
    buttons: [
      [
        { text: "Quotes", command: `/quotes ${ref}` },
        { text: "Dates", command: `/dates ${ref}` },
        { text: "People", command: `/who ${ref}` },
      ],
    ],
  };
}

/** The answer to an article a chat brought (`what`: "that link", "that text"). */
export function intakeReply(result: Intake, library: Library, what: string): Reply {
  return result.ok
    ? addedArticleReply(result.analysis, library, { already: result.already })
    : notReadReply(what, result.reason);
}

/** One line: why a link, text or feed gave no article. */
export function notReadReply(what: string, reason: string): Reply {
  return reply(text(`I could not read ${what}: ${reason}.`));
}

/** A feed as /feed lists it. */
export interface FeedLine {
  url: string;
  title?: string;
  /** Failures in a row, and why the last one failed. */
  failures: number;
  lastError?: string;
}

/** `/feed`: the chat's feeds, numbered, each with a remove button. */
export function feedListReply(feeds: readonly FeedLine[]): Reply {
  if (feeds.length === 0) return reply(text("This chat follows no news feeds."), text(FEED_USAGE));
  const blocks: Block[] = [
    title(feeds.length === 1 ? "1 news feed" : `${feeds.length} news feeds`),
  ];
  feeds.forEach((f, i) => {
    const trouble = f.failures > 0 && f.lastError ? ` — failing: ${f.lastError}` : "";
    blocks.push(item(`${i + 1}. ${f.title ? `${f.title} · ` : ""}`, code(f.url), trouble));
  });
  blocks.push(text("/feed remove N stops following feed N."));
  const buttons = feeds.map((_, i) => ({
    text: `Remove ${i + 1}`,
    command: `/feed remove ${i + 1}`,
  }));
  const rows = [];
  for (let i = 0; i < buttons.length; i += 4) rows.push(buttons.slice(i, i + 4));
  return { blocks, buttons: rows };
}
