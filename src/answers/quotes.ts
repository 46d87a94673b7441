import type { Analysis, Entity, Quote } from "../model/analysis.js";
import type { Library } from "../library/library.js";
import { quoteCounts, quotesBy } from "../nlp/people/entity-lookup.js";
import { ENTITIES_ONLY, nameInPhrase, type NameInPhrase } from "../nlp/people/name-match.js";
import { terms } from "../nlp/tokens.js";
import { articleRef, newestFitting, withArticle } from "./article-ref.js";
import { shownCue } from "./cue.js";
import { articleHeading } from "./heading.js";
import { italic, reply, text, type Block, type Reply } from "./reply.js";
import {
  listStamp,
  navRow,
  pageArg,
  pagesBySize,
  staleNotice,
  takePage,
  turnPage,
  type PageChoice,
} from "./page.js";
import type { CommandSpec } from "./spec.js";

/** Characters of quotes a page holds: well under Telegram's 4096 with the heading and markup. */
export const PAGE_CHARS = 2800;

export const quotesCommand: CommandSpec = {
  name: "quotes",
  description: "Every direct quote with its speaker; /quotes <name or topic> to filter",
  usage: "/quotes [name or topic] [article]",
  run(args, ctx) {
    const { rest, ...at } = takePage(args);
    return withArticle(rest, ctx.library, (choice) => {
      const filter = choice.rest.trim();
      // Nothing in the latest article by or about them: the newest article that has some.
      const answers = (a: Analysis) =>
        !!readFilter(a, filter).speaker ||
        quotesAbout(
          a.quotes.filter((q) => !q.indirect),
          filter,
        ).length > 0;
      const analysis = newestFitting(choice, ctx, answers);
      return [quotesReply(analysis, ctx.library, filter, at)];
    });
  },
};

export function quoteBlock(q: Quote): Block {
  const b: Block = { kind: "quote", text: q.text, para: q.para };
  if (q.speaker) b.speaker = q.speaker;
  const cue = shownCue(q.cue);
  if (cue && q.speaker) b.cue = cue;
  return b;
}

/** `/quotes` and `/quotes <name or topic>` for one article. */
export function quotesReply(
  analysis: Analysis,
  library: Library,
  filter: string,
  at: Omit<PageChoice, "rest"> = {},
): Reply {
  const heading = articleHeading(analysis, library);
  const direct = analysis.quotes.filter((q) => !q.indirect);
  const title = `“${analysis.article.title}”`;
  if (!direct.length) return reply(heading, text(`I found no direct quotes in ${title}.`));
  if (!filter)
    return paged(
      [heading],
      direct,
      `/quotes`,
      analysis,
      library,
      at,
      `${count(direct.length, "quote")}, in article order`,
    );

  // A speaker first, maybe with a topic ("Tokaev Russia"); else words in the quotes.
  const { found, speaker } = readFilter(analysis, filter);
  if (found && speaker) {
    const { entity, theirs, topic, about } = speaker;
    if (!about.length)
      return reply(
        heading,
        text(
          `${entity.name} is quoted ${times(theirs.length)} in ${title}, but no quote of theirs mentions “${topic}”. Send /quotes ${found.name} for all of them.`,
        ),
      );
    return paged(
      [heading],
      about,
      `/quotes ${filter}`,
      analysis,
      library,
      at,
      `${count(about.length, "quote")} by ${entity.name}${topic ? ` mentioning “${topic}”` : ""}`,
    );
  }
  // Someone the whole filter names, who is not quoted directly.
  const named = found && !found.rest ? found.matches[0]?.entity : undefined;
  const about = quotesAbout(direct, filter);
  if (about.length) {
    const note = named ? `${named.name} is not quoted directly; ` : "";
    return paged(
      [heading],
      about,
      `/quotes ${filter}`,
      analysis,
      library,
      at,
      `${note}${count(about.length, "quote")} mentioning “${filter}”`,
    );
  }
  const speakers = [...new Set(direct.map((q) => q.speaker).filter((s): s is string => !!s))];
  const blocks: Block[] = [heading];
  if (named)
    blocks.push(
      text(
        `${named.name} is mentioned in ${title} but not quoted directly, and no quote mentions “${filter}”.`,
      ),
    );
  else blocks.push(text(`No quotes by or about “${filter}” in ${title}.`));
  if (speakers.length)
    blocks.push(
      text("Quoted: ", speakers.slice(0, 12).join(", "), ". Send /quotes for all of them."),
    );
  return reply(...blocks);
}

/** Whom a filter names, and the direct quotes of the first of them who has any. */
export interface FilterReading {
  found?: NameInPhrase;
  speaker?: {
    entity: Entity;
    theirs: Quote[];
    /** The filter's other words ("Russia" in "Tokaev Russia"); "" when it is only a name. */
    topic: string;
    /** Their quotes about the topic (all of them without one). */
    about: Quote[];
  };
}

/**
 * Reads a /quotes filter or an inline query: a name (any name or alias, however spelt, as
 * questions read names; nlp/people/name-match.ts) at its start or end, and a topic.
 */
export function readFilter(analysis: Analysis, filter: string): FilterReading {
  const found = nameInPhrase(analysis, filter, ENTITIES_ONLY);
  if (!found) return {};
  const counts = quoteCounts(analysis.quotes);
  const entity = found.matches.find((m) => (counts.get(m.entity.id) ?? 0) > 0)?.entity;
  if (!entity) return { found };
  const theirs = quotesBy(analysis, entity.id);
  const topic = found.rest;
  return {
    found,
    speaker: { entity, theirs, topic, about: topic ? quotesAbout(theirs, topic) : theirs },
  };
}

/** Quotes whose words hold every content word of the topic (any of them when none holds all). */
export function quotesAbout(quotes: Quote[], topic: string): Quote[] {
  const wanted = [...new Set(terms(topic))];
  if (!wanted.length) return [];
  const withTerms = quotes.map((q) => ({ q, t: new Set(terms(q.text)) }));
  const all = withTerms.filter((x) => wanted.every((w) => x.t.has(w))).map((x) => x.q);
  if (all.length || wanted.length === 1) return all;
  return withTerms.filter((x) => wanted.some((w) => x.t.has(w))).map((x) => x.q);
}

const count = (n: number, what: string) => `${n} ${what}${n === 1 ? "" : "s"}`;
const times = (n: number) => (n === 1 ? "once" : `${n} times`);

/** Rough rendered length of a quote block (the HTML adds a few tags). */
function blockSize(q: Quote): number {
  return q.text.length + (q.speaker?.length ?? 12) + (q.cue?.length ?? 0) + 40;
}

/** Splits quotes into pages of at most PAGE_CHARS (one quote always fits a page). */
export function pages(quotes: Quote[]): Quote[][] {
  return pagesBySize(quotes, blockSize, PAGE_CHARS);
}

/** A quote's key in a list stamp: where it is and how it starts. */
const quoteKey = (q: Quote) => `${q.para}:${q.sentence}:${q.text.slice(0, 40)}`;

/**
 * One page of quotes, with ‹ › buttons that run `${command} <article> page:N.<stamp>`; a
 * button made for a list that has changed since lands on the first page, saying so.
 */
export function paged(
  lead: Block[],
  quotes: Quote[],
  command: string,
  analysis: Analysis,
  library: Library,
  at: Omit<PageChoice, "rest">,
  summary: string,
): Reply {
  const all = pages(quotes);
  const stamp = listStamp(quotes.map(quoteKey));
  const { page: p, pages: count, stale } = turnPage(at.page, at.stamp, all.length, stamp);
  const shown = all[p - 1] ?? [];
  const blocks: Block[] = stale ? [staleNotice(), ...lead] : [...lead];
  blocks.push(text(count > 1 ? `${summary} (page ${p} of ${count}):` : `${summary}:`));
  for (const q of shown) blocks.push(quoteBlock(q));
  if (shown.some((q) => q.partial))
    blocks.push(
      text(italic("Short quotes are words quoted inside a sentence; the ¶ shows where.")),
    );
  const r = reply(...blocks);
  if (count > 1) {
    const ref = articleRef(analysis, library);
    // The article first, where /quotes looks for it: "/quotes politics/408 Howard page:2.x1y2z3".
    const go = (n: number) =>
      `/${command.slice(1).split(" ")[0]}${ref ? ` ${ref}` : ""}${command.includes(" ") ? command.slice(command.indexOf(" ")) : ""} ${pageArg(n, stamp)}`;
    r.buttons = [navRow(p, count, go)];
  }
  return r;
}
