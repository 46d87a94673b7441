import {
  isBoilerplate,
  isClosingHeading,
  isLabel,
  withoutClosingCredit,
  withCharacters,
  withoutFeedDebris,
} from "../nlp/boilerplate.js";
import { splitDateline, splitStoryDateline } from "./dateline.js";
import { splitFrontMatter } from "./frontmatter.js";
import { withoutFurnitureLines } from "./furniture-lines.js";
import { frontMatterDate, frontMatterMonth, publishedLine, publishedMonth } from "./published.js";
import { quoteOpen, splitLineParagraphs } from "./line-paragraphs.js";
import { splitListItems } from "./list-items.js";
import {
  dropLeadingHeadline,
  headlineOf,
  repeatsHeadline,
  withoutHeadlineLine,
} from "./headline.js";

export interface ParsedArticleText {
  title?: string;
  place?: string;
  /** The date the dateline gives, as written ("March 3"). */
  datelineDate?: string;
  /** The headline as the body repeated it at its top (dropped from the paragraphs), when it did. */
  headlineInBody?: string;
  source?: string;
  date?: string;
  /** The month ("1989-03") or year ("1993") the page was published in, when it gives no day. */
  publishedMonth?: string;
  url?: string;
  paragraphs: string[];
}

/** How far into the body a repeated headline or a byline is looked for. */
const TOP_BLOCKS = 4;
/** A paragraph above the dateline longer than this is story, not furniture. */
const MAX_DECK_WORDS = 40;

/**
 * Markdown and plain-text article bodies: the title (front matter, else a first heading, else
 * the first line), then paragraphs separated by blank lines (or by line breaks in a file that has
 * almost no blank line: line-paragraphs.ts). What is not the story is left out:
 * the headline repeated in the body, page furniture (bylines, credits, link lines: see
 * nlp/boilerplate.ts), and the dateline that opens the story (kept as the article's place).
 */
export function parseArticleText(text: string, isMarkdown: boolean): ParsedArticleText {
  const { data, body } = splitFrontMatter(text);
  // Each block normalised once (most come through unchanged to the second pass below).
  const normalised = new Map<string, string>();
  const normalise = (b: string): string => {
    let text = normalised.get(b);
    if (text === undefined) normalised.set(b, (text = normaliseBlock(b, isMarkdown)));
    return text;
  };
  const bodyBlocks = body.split(/\n\s*\n/);
  // Read line by line before the furniture goes: a page header's lines ("UPDATED …" / "PUBLISHED …") are furniture.
  // A front-matter date of a month or a year only ("2024-03", "1993") is the issue's month.
  const fieldPeriod = data.date && /^\d{4}(?:-\d{2})?$/.test(data.date) ? data.date : undefined;
  const fieldDate = (fieldPeriod ? undefined : data.date) ?? frontMatterDate(data);
  // The body's blocks line by line, read for a publication line only when the front matter gives no day.
  const lineBlocks =
    fieldDate === undefined ? bodyBlocks.map((b) => b.split("\n").map(normalise).join("\n")) : [];
  const published = fieldDate === undefined ? publishedLine(lineBlocks) : undefined;
  const date = fieldDate ?? published?.iso;
  // No day given: the month (or the season's year) of a magazine's issue.
  const fieldMonth = date === undefined ? (fieldPeriod ?? frontMatterMonth(data)) : undefined;
  const issue = date === undefined && fieldMonth === undefined ? publishedMonth(lineBlocks) : undefined;
  const month = fieldMonth ?? issue?.iso;
  let raw = withoutFurnitureLines(bodyBlocks).filter((b) => normalise(b).length > 0);
  const dateOnly = published?.dateOnly ?? issue?.dateOnly;
  if (dateOnly !== undefined)
    raw = raw
      .map((b) => withoutDateLine(b, dateOnly, normalise))
      .filter((b) => normalise(b).length > 0);

  let title = data.title;
  // A page pasted whole opens with its furniture (a cookie notice, "Skip to content", the
  // section's breadcrumb): the headline is the first block after it.
  if (!title)
    while (raw.length > 1 && (isBoilerplate(normalise(raw[0]!)) || isLabel(normalise(raw[0]!))))
      raw = raw.slice(1);
  const first = raw[0];
  if (first !== undefined) {
    const heading = /^#{1,6}\s+(.+)$/.exec(normalise(first));
    if (heading) {
      title ??= heading[1]?.trim();
      raw = raw.slice(1);
    } else if (!title) {
      const headline = headlineOf(first.split("\n"), raw.length > 1);
      if (headline) {
        title = headline.title;
        raw = headline.rest ? [headline.rest, ...raw.slice(1)] : raw.slice(1);
      }
    }
  }
  if (title && raw[0] !== undefined) raw[0] = withoutHeadlineLine(raw[0], title);
  raw = splitLineParagraphs(raw).flatMap(splitListItems);
  // A Markdown heading goes, but for a closing section's ("## About Acme"), which marks where that starts.
  let blocks = raw
    .map(normalise)
    .filter(
      (b) =>
        !/^#{1,6}\s/.test(b) ||
        b.split(/\s+/).length > 12 ||
        isClosingHeading(b.replace(/^#{1,6}\s+/, "")),
    )
    .map((b) => b.replace(/^#{1,6}\s+/, ""));
  let headlineInBody: string | undefined;
  if (title) ({ blocks, repeated: headlineInBody } = withoutHeadline(blocks, title));
  blocks = blocks
    .map((b) => withoutFeedDebris(withoutClosingCredit(b)))
    .filter((b) => b && !isBoilerplate(b));
  while (blocks.length > 1 && isLabel(blocks[0]!)) blocks = blocks.slice(1);
  blocks = withoutClosingSection(blocks);

  let place = data.place ?? data.dateline;
  const story = storyStart(blocks);
  if (story) {
    place ??= story.place;
    blocks = story.blocks;
  }
  return {
    title: title === undefined ? undefined : withCharacters(title),
    place,
    ...(story?.date ? { datelineDate: date ? story.date : withCopyrightYear(story.date, bodyBlocks) } : {}),
    ...(headlineInBody ? { headlineInBody: withCharacters(headlineInBody) } : {}),
    source: data.source,
    date,
    ...(month ? { publishedMonth: month } : {}),
    url: data.url,
    paragraphs: blocks,
  };
}

/**
 * A wire dateline's date without its year ("Mar 4 (Reuters) -", "LONDON, 4 March (PTI) -") and no
 * publication date: the year of the wire's copyright line at the story's end or top ("© 2024
 * Reuters", "Copyright 1985 The Associated Press", the later year of "© 1998-2024"), which the
 * agency prints on the story it files; else the date as written.
 */
function withCopyrightYear(date: string, bodyBlocks: string[]): string {
  if (/\d{4}/.test(date)) return date;
  const edges = [...bodyBlocks.slice(-COPYRIGHT_BLOCKS), ...bodyBlocks.slice(0, COPYRIGHT_BLOCKS)];
  const years = edges.flatMap((b) => [...b.matchAll(COPYRIGHT)].map((m) => m[1]!));
  if (new Set(years).size !== 1) return date;
  return /^\d/.test(date) ? `${date} ${years[0]}` : `${date}, ${years[0]}`;
}
const COPYRIGHT = /(?:©|\(c\)|\bcopyright\b)\s*(?:\d{4}\s*[-–]\s*)?((?:19|20)\d{2})\b/gi;
const COPYRIGHT_BLOCKS = 4;

/**
 * The body from its dateline on, when one of its first paragraphs opens with a dateline: what
 * comes before it is the headline's furniture (a deck, a byline, a label), and a paragraph that
 * is only the dateline ("HAVANA (AP) --") is left out.
 */
function storyStart(
  blocks: string[],
): { place?: string; date?: string; blocks: string[] } | undefined {
  for (let i = 0; i < Math.min(TOP_BLOCKS, blocks.length); i++) {
    // "ISLAMABAD: …" (a place in capitals and a colon, as South Asian and Caribbean papers write
    // it) may be a label ("UPDATE: …") further down; under nothing but a byline it is the dateline.
    const underByline = blocks.slice(0, i).every(isBylineLike);
    const dateline = underByline ? splitDateline(blocks[i]) : splitStoryDateline(blocks[i]);
    if (dateline) {
      const rest = blocks.slice(i + 1);
      return {
        place: dateline.place,
        date: dateline.date,
        blocks: dateline.rest ? [dateline.rest, ...rest] : rest,
      };
    }
    if (wordCount(blocks[i]!) > MAX_DECK_WORDS) return undefined;
  }
  return undefined;
}

/**
 * A line that can only be headline furniture: a name or a label of a few words with no sentence
 * in it ("Khalid Rasheed", "Staff Reporter", "Business Desk") — no final full stop, no lower-case
 * word of its own but a function word.
 */
function isBylineLike(block: string): boolean {
  const words = block.trim().split(/\s+/);
  return (
    words.length <= BYLINE_WORDS &&
    !/[.!?]["”’]?$/.test(block.trim()) &&
    words.every((w) => CAPITALISED.test(w) || /^(?:by|and|of|the|in|for|&)$/i.test(w))
  );
}
const BYLINE_WORDS = 6;
const CAPITALISED = /^[\p{Lu}@]/u;

/** A closing section (nlp/boilerplate.ts `isClosingHeading`) among the last blocks: it and what follows it go. */
const CLOSING_BLOCKS = 4;

function withoutClosingSection(blocks: string[]): string[] {
  for (let i = Math.max(1, blocks.length - CLOSING_BLOCKS); i < blocks.length; i++)
    if (isClosingHeading(blocks[i]!)) return blocks.slice(0, i);
  return blocks;
}

/**
 * The body without the headline repeated near its top (alone, or opening the first paragraph),
 * and the first such repeat as the body wrote it ("Council approves budget on Saturday.").
 */
function withoutHeadline(
  blocks: string[],
  title: string,
): { blocks: string[]; repeated?: string } {
  let repeated: string | undefined;
  const out = blocks.filter((b, i) => {
    const repeats = i < TOP_BLOCKS && repeatsHeadline(b, title);
    if (repeats) repeated ??= b;
    return !repeats;
  });
  if (out[0] !== undefined) {
    const rest = dropLeadingHeadline(out[0], title);
    if (rest !== out[0]) repeated ??= out[0].slice(0, out[0].length - rest.length).trim();
    out[0] = rest;
  }
  return { blocks: out, ...(repeated ? { repeated } : {}) };
}

/**
 * A sentence run into the next without a space, as paragraphs joined by a web export leave them
 * ("… Trump said.Trump claimed …", "… I love it!”Former …", "… native-born.”“Your …"): a closing
 * curly mark after the sentence's end, or (outside a quotation, whose words stay as written) the
 * stop after a word of two letters or more, then a capital.
 */
function partGluedSentences(text: string): string {
  const closed = text.replace(/([.!?,]”)(?=“|\p{Lu}\p{Ll})/gu, "$1 ");
  return closed.replace(/(\p{Ll}{2}[.!?])(?=\p{Lu}\p{Ll})/gu, (m: string, _s: string, at: number) =>
    quoteOpen(closed.slice(0, at)) ? m : `${m} `,
  );
}

function normaliseBlock(block: string, isMarkdown: boolean): string {
  let text = block
    .split("\n")
    .map((l) => l.trim())
    .join(" ")
    .replace(/[ \t\u00A0]+/g, " ")
    .trim();
  text = partGluedSentences(text);
  if (isMarkdown) {
    text = text
      .replace(/!\[[^\]]*\]\([^)]*\)/g, "") // images
      .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1") // links keep their text
      .replace(/(\*\*|__)(.+?)\1/g, "$2")
      // Single emphasis ("*March 4, 2024*", "_Posted 4 March 2024_"), not inside a word nor a bullet's star.
      .replace(/(^|[^\w*])([*_])(?=[^\s*_])([^*_\n]*?[^\s*_])\2(?![\w*])/g, "$1$3")
      .replace(/^>\s?/, "")
      .trim();
  }
  return text;
}

/**
 * A block without the publication line that is only a date; in a header block (lines of page
 * furniture around it: a desk's name, "Last update on: …") its labelled date lines go with it.
 */
function withoutDateLine(block: string, dateOnly: string, normalise: (b: string) => string): string {
  const lines = block.split("\n");
  if (!lines.some((l) => normalise(l) === dateOnly)) return block;
  return lines.filter((l) => normalise(l) !== dateOnly && !isBoilerplate(normalise(l))).join("\n");
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
