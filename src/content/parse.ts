import { removeBoilerplate } from "../nlp/boilerplate.js";
import { splitFrontMatter } from "./frontmatter.js";

export interface ParsedArticleText {
  title?: string;
  place?: string;
  source?: string;
  date?: string;
  url?: string;
  paragraphs: string[];
}

/** Markdown and plain-text article bodies: title line, then paragraphs separated by blank lines. */
export function parseArticleText(text: string, isMarkdown: boolean): ParsedArticleText {
  const { data, body } = splitFrontMatter(text);
  let blocks = body
    .split(/\n\s*\n/)
    .map((b) => normaliseBlock(b, isMarkdown))
    .filter((b) => b.length > 0);

  let title = data.title;
  const first = blocks[0];
  if (first !== undefined) {
    const heading = /^#{1,6}\s+(.+)$/.exec(first);
    if (heading) {
      title ??= heading[1]?.trim();
      blocks = blocks.slice(1);
    } else if (!title && isTitleLine(first, blocks.length)) {
      title = first;
      blocks = blocks.slice(1);
    }
  }
  blocks = blocks.filter((b) => !/^#{1,6}\s/.test(b) || b.split(/\s+/).length > 12).map((b) => b.replace(/^#{1,6}\s+/, ""));

  let paragraphs = removeBoilerplate(blocks);
  let place = data.place ?? data.dateline;
  const dateline = splitDateline(paragraphs[0]);
  if (dateline) {
    place ??= dateline.place;
    paragraphs = [dateline.rest, ...paragraphs.slice(1)];
  }
  return { title, place, source: data.source, date: data.date, url: data.url, paragraphs };
}

function normaliseBlock(block: string, isMarkdown: boolean): string {
  let text = block
    .split("\n")
    .map((l) => l.trim())
    .join(" ")
    .replace(/[ \t\u00A0]+/g, " ")
    .trim();
  if (isMarkdown) {
    text = text
      .replace(/!\[[^\]]*\]\([^)]*\)/g, "") // images
      .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1") // links keep their text
      .replace(/(\*\*|__)(.+?)\1/g, "$2")
      .replace(/^>\s?/, "")
      .trim();
  }
  return text;
}

/** A first line is a title when it is short, has no final full stop, and more text follows. */
function isTitleLine(line: string, blockCount: number): boolean {
  return blockCount > 1 && line.length <= 200 && !/[.!?:]["”’]?$/.test(line) && line.split(/\s+/).length <= 25;
}

const DATELINE =
  /^((?:[A-Z][A-Z.'’-]+)(?: [A-Z][A-Z.'’-]+){0,3}(?:,\s*[A-Z][A-Za-z.'’-]+(?: [A-Z][A-Za-z.'’-]+){0,3})?)(?:\s*\([A-Za-z .]+\))?\s*[–—-]{1,2}\s+(?=\S)/;

/** "ALMATY, Kazakhstan – The acting president…" → place "ALMATY, Kazakhstan" and the rest. */
export function splitDateline(paragraph: string | undefined): { place: string; rest: string } | undefined {
  if (!paragraph) return undefined;
  const match = DATELINE.exec(paragraph);
  if (!match?.[1]) return undefined;
  const rest = paragraph.slice(match[0].length).trim();
  if (rest.length < 20) return undefined;
  return { place: match[1].trim(), rest };
}
