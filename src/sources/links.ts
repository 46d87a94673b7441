import { LinkifyIt } from "linkify-it";

/**
 * Links in a chat message. linkify-it (markdown-it's link finder) handles what hand-made
 * patterns get wrong: trailing punctuation, brackets and quotes around a link, Unicode.
 * Only http(s) links count, written with their scheme or starting "www."; a bare
 * "example.org" in a sentence is not taken as a link.
 */
const linkify = new LinkifyIt({ fuzzyLink: true, fuzzyEmail: false, fuzzyIP: false })
  .add("ftp:", null)
  .add("//", null)
  .add("mailto:", null);

/** The http(s) links in a plain text, in order, each once. */
export function findLinks(text: string): string[] {
  const found: string[] = [];
  for (const m of linkify.match(text) ?? []) {
    if (m.schema === "" && !/^www\./i.test(m.raw)) continue;
    const url = httpUrl(m.url);
    if (url && !found.includes(url)) found.push(url);
  }
  return found;
}

/** A Telegram message entity, as grammY gives it (offsets in UTF-16 code units, as JS strings). */
export interface LinkEntity {
  type: string;
  offset: number;
  length: number;
  url?: string;
}

/**
 * The http(s) links Telegram marked in a message: `url` entities (the text itself, which
 * may lack its scheme: "example.org/news") and `text_link` entities (the hidden URL).
 */
export function linksFromEntities(
  text: string,
  entities: readonly LinkEntity[] | undefined,
): string[] {
  const found: string[] = [];
  for (const e of entities ?? []) {
    let raw: string | undefined;
    if (e.type === "url") raw = text.slice(e.offset, e.offset + e.length);
    else if (e.type === "text_link") raw = e.url;
    if (!raw) continue;
    const url = httpUrl(/^[a-z][a-z0-9+.-]*:/i.test(raw) ? raw : `http://${raw}`);
    if (url && !found.includes(url)) found.push(url);
  }
  return found;
}

/**
 * True when the message is nothing but one link (words around it make it a question
 * about the link, or a comment; the caller decides what to do with those).
 */
export function isJustALink(text: string): boolean {
  return soleMatch(text) !== undefined && findLinks(text).length === 1;
}

/**
 * The link an `/add` argument names. After `/add` the argument can only be meant as a link,
 * so a bare address ("example.org/news") counts there, as Telegram itself would mark it.
 */
export function linkArgument(args: string): string | undefined {
  const found = findLinks(args)[0];
  if (found) return found;
  const match = soleMatch(args);
  return match ? httpUrl(match.url) : undefined;
}

/** linkify's match when the text (trimmed) is one link and nothing else. */
function soleMatch(text: string): { url: string } | undefined {
  const trimmed = text.trim();
  const matches = linkify.match(trimmed) ?? [];
  return matches.length === 1 && matches[0]!.raw === trimmed ? matches[0] : undefined;
}

function httpUrl(text: string): string | undefined {
  try {
    const url = new URL(text);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}
