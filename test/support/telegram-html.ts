/**
 * A strict parser for Telegram's HTML parse mode, used by the Bot API emulator and by the
 * render tests. It follows the Bot API documentation ("Formatting options", HTML style):
 *
 * - tags: b, strong, i, em, u, ins, s, strike, del, span class="tg-spoiler", tg-spoiler,
 *   a href, code (optionally class="language-…" inside pre), pre, blockquote [expandable],
 *   tg-emoji emoji-id; tag names are case-insensitive; every tag is closed and properly nested;
 * - entities: only &lt; &gt; &amp; &quot; and numeric ones (&#NNN; &#xHHH;);
 * - every <, > and & that is not part of a tag or an entity must be escaped: a bare one is an
 *   error here (Telegram's own parser is more lenient about a bare & or >, the documentation is not);
 * - nesting: nothing inside code or pre (except code directly inside pre), no blockquote
 *   inside a blockquote, no link inside a link.
 *
 * Text is measured in UTF-16 code units (JavaScript string length), which is never less than
 * Telegram's count, and leading/trailing whitespace is removed as Telegram does.
 */

export interface ParsedEntity {
  type: string;
  /** UTF-16 offset in the parsed text. */
  offset: number;
  length: number;
  url?: string;
  language?: string;
  custom_emoji_id?: string;
}

export interface ParsedText {
  text: string;
  entities: ParsedEntity[];
}

/** Message is what Telegram puts after "Bad Request: " (e.g. "can't parse entities: …"). */
export class EntityParseError extends Error {}

const TAGS: Record<string, string> = {
  b: "bold",
  strong: "bold",
  i: "italic",
  em: "italic",
  u: "underline",
  ins: "underline",
  s: "strikethrough",
  strike: "strikethrough",
  del: "strikethrough",
  span: "spoiler",
  "tg-spoiler": "spoiler",
  a: "text_link",
  code: "code",
  pre: "pre",
  blockquote: "blockquote",
  "tg-emoji": "custom_emoji",
};

interface OpenTag {
  tag: string;
  type: string;
  start: number;
  attrs: Map<string, string>;
}

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"' };

function byteOffset(html: string, index: number): number {
  return Buffer.byteLength(html.slice(0, index), "utf8");
}

function fail(html: string, index: number, what: string): never {
  throw new EntityParseError(
    `can't parse entities: ${what} at byte offset ${byteOffset(html, index)}`,
  );
}

/** Decodes the entity at html[i] (which is "&"); returns the text and the index after it, or undefined. */
function decodeEntity(html: string, i: number): { value: string; end: number } | undefined {
  const m = /^&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,7})|(lt|gt|amp|quot));/.exec(
    html.slice(i, i + 16),
  );
  if (!m) return undefined;
  const end = i + m[0].length;
  if (m[3] !== undefined) return { value: NAMED[m[3]] ?? "", end };
  const code = m[1] !== undefined ? Number.parseInt(m[1], 10) : Number.parseInt(m[2] ?? "", 16);
  if (code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
  return { value: String.fromCodePoint(code), end };
}

/** Decodes entities in an attribute value; the same strictness as text. */
function decodeAttribute(html: string, raw: string, at: number): string {
  let out = "";
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i] ?? "";
    if (ch === "&") {
      const e = decodeEntity(raw, i);
      if (!e) fail(html, at + i, 'Unescaped "&" in an attribute value');
      out += e.value;
      i = e.end - 1;
    } else if (ch === "<") {
      fail(html, at + i, 'Unescaped "<" in an attribute value');
    } else out += ch;
  }
  return out;
}

/** Parses attributes from html[i] up to and including ">"; returns them and the index after ">". */
function parseAttributes(
  html: string,
  i: number,
  tagStart: number,
): { attrs: Map<string, string>; end: number } {
  const attrs = new Map<string, string>();
  for (;;) {
    while (i < html.length && /\s/.test(html[i] ?? "")) i++;
    if (i >= html.length) fail(html, tagStart, "Unclosed start tag");
    if (html[i] === ">") return { attrs, end: i + 1 };
    const name = /^[A-Za-z0-9_-]+/.exec(html.slice(i))?.[0];
    if (!name) fail(html, i, "Expected equal sign or end of tag");
    i += name.length;
    while (i < html.length && /\s/.test(html[i] ?? "")) i++;
    if (html[i] !== "=") {
      attrs.set(name.toLowerCase(), "");
      continue;
    }
    i++;
    while (i < html.length && /\s/.test(html[i] ?? "")) i++;
    const quote = html[i];
    let raw: string;
    let valueStart: number;
    if (quote === '"' || quote === "'") {
      const close = html.indexOf(quote, i + 1);
      if (close < 0) fail(html, tagStart, "Unclosed start tag");
      valueStart = i + 1;
      raw = html.slice(i + 1, close);
      i = close + 1;
    } else {
      raw = /^[^\s>]*/.exec(html.slice(i))?.[0] ?? "";
      if (raw === "") fail(html, i, "Expected attribute value");
      valueStart = i;
      i += raw.length;
    }
    attrs.set(name.toLowerCase(), decodeAttribute(html, raw, valueStart));
  }
}

function checkNesting(html: string, at: number, tag: string, stack: OpenTag[]): void {
  const parent = stack[stack.length - 1];
  for (const open of stack) {
    if (open.type === "pre" && !(tag === "code" && open === parent))
      fail(html, at, `Entities can't be nested in "pre" ("<${tag}>")`);
    if (open.type === "code") fail(html, at, `Entities can't be nested in "code" ("<${tag}>")`);
    if (open.type === "blockquote" && TAGS[tag] === "blockquote")
      fail(html, at, "Blockquotes can't be nested");
    if (open.type === "text_link" && tag === "a") fail(html, at, "Links can't be nested");
  }
}

function entityFor(
  open: OpenTag,
  end: number,
  html: string,
  at: number,
  parent: OpenTag | undefined,
): ParsedEntity | undefined {
  const length = end - open.start;
  const base = { offset: open.start, length };
  switch (open.tag) {
    case "a": {
      const href = open.attrs.get("href") ?? "";
      if (href.trim() === "") fail(html, at, 'Tag "a" must have a non-empty "href" attribute');
      // stricter than Telegram, which drops a link it cannot use: the bot should send none
      if (!/^(https?|tg):\/\/[^\s<>"]+$/i.test(href)) fail(html, at, `Wrong HTTP URL "${href}"`);
      return { ...base, type: "text_link", url: href };
    }
    case "span":
      return { ...base, type: "spoiler" };
    case "blockquote":
      return {
        ...base,
        type: open.attrs.has("expandable") ? "expandable_blockquote" : "blockquote",
      };
    case "tg-emoji":
      return { ...base, type: "custom_emoji", custom_emoji_id: open.attrs.get("emoji-id") ?? "" };
    case "code": {
      const language = /^language-(.+)$/.exec(open.attrs.get("class") ?? "")?.[1];
      if (parent?.type === "pre" && language) {
        parent.attrs.set("language", language);
        return undefined;
      }
      return { ...base, type: "code" };
    }
    case "pre": {
      const language = open.attrs.get("language");
      return language ? { ...base, type: "pre", language } : { ...base, type: "pre" };
    }
    default:
      return { ...base, type: open.type };
  }
}

/** Parses Telegram HTML into text and entities, or throws EntityParseError. */
export function parseTelegramHtml(html: string): ParsedText {
  let text = "";
  const entities: ParsedEntity[] = [];
  const stack: OpenTag[] = [];
  let i = 0;
  while (i < html.length) {
    const ch = html[i] ?? "";
    if (ch === "&") {
      const e = decodeEntity(html, i);
      if (!e) fail(html, i, 'Unescaped "&" (use &amp;)');
      text += e.value;
      i = e.end;
      continue;
    }
    if (ch === ">") fail(html, i, 'Unescaped ">" (use &gt;)');
    if (ch !== "<") {
      text += ch;
      i++;
      continue;
    }
    const tagStart = i;
    if (html[i + 1] === "/") {
      const close = html.indexOf(">", i);
      if (close < 0) fail(html, tagStart, "Unclosed end tag");
      const name = html
        .slice(i + 2, close)
        .trim()
        .toLowerCase();
      const open = stack.pop();
      if (!open) fail(html, tagStart, "Unexpected end tag");
      if (open.tag !== name)
        fail(html, tagStart, `Unmatched end tag, expected "</${open.tag}>", found "</${name}>"`);
      const entity = entityFor(open, text.length, html, tagStart, stack[stack.length - 1]);
      if (entity && entity.length > 0) entities.push(entity);
      i = close + 1;
      continue;
    }
    const name = /^[A-Za-z][A-Za-z0-9-]*/.exec(html.slice(i + 1))?.[0]?.toLowerCase() ?? "";
    const type = TAGS[name];
    if (!type) fail(html, tagStart, `Unsupported start tag "${name}"`);
    const { attrs, end } = parseAttributes(html, i + 1 + name.length, tagStart);
    if (name === "span" && attrs.get("class") !== "tg-spoiler")
      fail(html, tagStart, 'Tag "span" must have class "tg-spoiler"');
    if (name === "tg-emoji" && !/^\d+$/.test(attrs.get("emoji-id") ?? ""))
      fail(html, tagStart, 'Tag "tg-emoji" must have a numeric "emoji-id"');
    checkNesting(html, tagStart, name, stack);
    stack.push({ tag: name, type, start: text.length, attrs });
    i = end;
  }
  const unclosed = stack.pop();
  if (unclosed)
    throw new EntityParseError(
      `can't parse entities: Can't find end tag corresponding to start tag "${unclosed.tag}"`,
    );
  return trimParsed(text, entities);
}

/** Telegram strips leading and trailing whitespace, moving entities with the text. */
function trimParsed(text: string, entities: ParsedEntity[]): ParsedText {
  const lead = text.length - text.trimStart().length;
  const trimmed = text.trim();
  const out: ParsedEntity[] = [];
  for (const e of entities) {
    const start = Math.max(0, e.offset - lead);
    const end = Math.min(trimmed.length, e.offset + e.length - lead);
    if (end > start) out.push({ ...e, offset: start, length: end - start });
  }
  out.sort((a, b) => a.offset - b.offset || b.length - a.length);
  return { text: trimmed, entities: out };
}
