/**
 * The cache file's lines: a JSON header, then `<key>\t<md5 of json>\t<json of the Analysis>`
 * an article (see cache.ts).
 */
import type { Analysis } from "../model/analysis.js";
import { md5 } from "./fingerprint.js";
import { shareParagraphText } from "./shared-text.js";

export interface Header {
  format: number;
  fingerprint: string;
}

export const NL = 0x0a;
const TAB = 0x09;
export const LINE_BREAK = Buffer.from("\n");

/** Calls `each(start, tab, end)` for every `key\tvalue` line from `from` on (lines without a tab are skipped). */
export function forEachLine(
  data: Buffer,
  from: number,
  each: (start: number, tab: number, end: number) => void,
): void {
  let start = from;
  while (start > 0 && start < data.length) {
    let end = data.indexOf(NL, start);
    if (end < 0) end = data.length;
    const tab = data.indexOf(TAB, start);
    if (tab > start && tab < end) each(start, tab, end);
    start = end + 1;
  }
}

export function parseHeader(line: string): Header | undefined {
  try {
    const h: unknown = JSON.parse(line);
    if (typeof h !== "object" || h === null) return undefined;
    const { format, fingerprint } = h as Record<string, unknown>;
    if (typeof format !== "number" || typeof fingerprint !== "string") return undefined;
    return { format, fingerprint };
  } catch {
    return undefined;
  }
}

/** `<md5>\t<json>` bytes → the analysis, or undefined when the entry is damaged or not an analysis of this content. */
export function decodeEntry(key: string, raw: Buffer): Analysis | undefined {
  if (raw.length < 34 || raw[32] !== TAB) return undefined;
  const json = raw.subarray(33);
  if (md5(json) !== raw.toString("latin1", 0, 32)) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(json.toString("utf8"));
  } catch {
    return undefined;
  }
  return isAnalysis(value) && key.startsWith(`${value.article.hash}.`)
    ? shareParagraphText(value)
    : undefined;
}

/** Shape check of what the answers rely on (the checksum already vouches for the bytes). */
export function isAnalysis(value: unknown): value is Analysis {
  if (typeof value !== "object" || value === null) return false;
  const a = value as Record<string, unknown>;
  const article = a.article as Record<string, unknown> | null | undefined;
  return (
    typeof article === "object" &&
    article !== null &&
    typeof article.title === "string" &&
    typeof article.hash === "string" &&
    Array.isArray(article.paragraphs) &&
    Array.isArray(a.sentences) &&
    Array.isArray(a.entities) &&
    Array.isArray(a.quotes) &&
    Array.isArray(a.dates) &&
    Array.isArray(a.summaryRanking)
  );
}
