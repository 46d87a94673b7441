import { createHash } from "node:crypto";
import { Composer, type Context } from "grammy";
import type { InlineQueryResultArticle } from "grammy/types";
import type { AnswerContext } from "../../answers/context.js";
import { shownCue } from "../../answers/cue.js";
import { matchingQuotes, type QuoteMatch } from "../../answers/questions/inline.js";
import type { Logger } from "../../log/logger.js";
import { escapeHtml } from "../../render/html.js";

export interface InlineDeps {
  context: () => AnswerContext;
  log: Logger;
}

/** Telegram's limits: 50 results an answer; message text 4096 characters; shown description kept short. */
const MAX_RESULTS = 50;
const MAX_TEXT = 4000;
const MAX_DESCRIPTION = 200;
/** Words of the quote in a result's title, after the speaker. */
const TITLE_WORDS = 6;

const NO_MATCH_BUTTON = {
  text: "No quote matches — ask me in a private chat",
  start_parameter: "inline",
};

/**
 * Inline mode: "@bot words" in any chat offers the matching quotes (speaker and quote) to
 * send there, each with its article and ¶. Inline mode is switched on in BotFather
 * (/setinline); without it Telegram never sends inline queries.
 */
export function inlineFeature(deps: InlineDeps): Composer<Context> {
  const feature = new Composer<Context>();
  feature.on("inline_query", async (ctx) => {
    let results: InlineQueryResultArticle[] = [];
    try {
      const corpus = deps.context();
      results = matchingQuotes(ctx.inlineQuery.query, corpus, MAX_RESULTS).map((m) =>
        inlineResult(m, corpus.library.size > 1),
      );
    } catch (err) {
      deps.log.error({ err }, "inline query failed");
    }
    try {
      // nothing matched: a button that opens a private chat with the bot, to ask there
      await ctx.answerInlineQuery(results, {
        cache_time: 10,
        ...(results.length === 0 ? { button: NO_MATCH_BUTTON } : {}),
      });
    } catch (err) {
      deps.log.debug({ err }, "could not answer the inline query");
    }
  });
  return feature;
}

/** One quote as an inline result: title the speaker, description the quote, message both with the source. */
export function inlineResult(m: QuoteMatch, manyArticles: boolean): InlineQueryResultArticle {
  const speaker = m.quote.speaker ?? "Unattributed";
  const source = `${manyArticles ? `${m.analysis.article.title}, ` : ""}¶${m.quote.para}`;
  const cue = shownCue(m.quote.cue);
  const head = `<b>${escapeHtml(speaker)}</b>${cue ? ` ${escapeHtml(cue)}` : ""} <i>(${escapeHtml(source)})</i>\n`;
  const room = MAX_TEXT - head.length - 30;
  let quote = m.quote.text;
  while (escapeHtml(quote).length > room)
    quote = `${quote.slice(0, quote.length - Math.max(1, escapeHtml(quote).length - room) - 1).trimEnd()}…`;
  const description =
    m.quote.text.length > MAX_DESCRIPTION
      ? `${m.quote.text.slice(0, MAX_DESCRIPTION - 1).trimEnd()}…`
      : m.quote.text;
  return {
    type: "article",
    id: createHash("sha1").update(m.key).digest("hex").slice(0, 32),
    title: resultTitle(speaker, m.quote.text),
    description: `“${description}”`,
    input_message_content: {
      message_text: `${head}<blockquote>${escapeHtml(quote)}</blockquote>`,
      parse_mode: "HTML",
    },
  };
}

/** "Tokaev: “We will never allow…”": the speaker and the first words, so results differ. */
function resultTitle(speaker: string, quote: string): string {
  const words = quote.trim().split(/\s+/);
  const start = words.slice(0, TITLE_WORDS).join(" ");
  const title = `${speaker}: “${start}${words.length > TITLE_WORDS ? "…" : ""}”`;
  return Array.from(title).length <= 100 ? title : `${Array.from(title).slice(0, 99).join("")}…`;
}
