import type { Analysis } from "../model/analysis.js";

/**
 * V8 keeps a substring of 13 characters or more as a slice: a reference into the string it was
 * cut from, not a copy (shorter ones are copied, so they are left as they are).
 */
const SLICED_FROM = 13;

/**
 * The texts of an analysis parsed from JSON (the cache's form) that repeat the article's words —
 * each sentence, each quote, the words of each dated event — made slices of the paragraph they
 * come from. `JSON.parse` gives every one a copy of its own: ~7 MB more heap for the BBC corpus
 * (2,225 articles) than the paragraphs themselves. The values are the same strings; a text that
 * is not found where expected (a quote over two paragraphs) stays as it is. Returns `analysis`.
 */
export function shareParagraphText(analysis: Analysis): Analysis {
  const paragraphs = analysis.article.paragraphs;
  const sentences = analysis.sentences;
  // sentences come in paragraph order: each is looked for after the one before in its paragraph
  let para = -1;
  let from = 0;
  for (const s of sentences) {
    if (s.para !== para) {
      para = s.para;
      from = 0;
    }
    const source = paragraphs[para - 1];
    if (typeof source !== "string" || typeof s.text !== "string" || s.text.length < SLICED_FROM)
      continue;
    const at = source.indexOf(s.text, from);
    if (at < 0) continue;
    s.text = source.slice(at, at + s.text.length);
    from = at + s.text.length;
  }
  for (const q of analysis.quotes) q.text = within(paragraphs[q.para - 1], q.text);
  for (const d of analysis.dates) d.event = within(sentences[d.sentence]?.text, d.event);
  for (const m of analysis.timeMentions ?? [])
    m.event = within(sentences[m.sentence]?.text, m.event);
  return analysis;
}

/** `text` as a slice of `source` when `source` holds it (and it is long enough to be kept as one). */
function within(source: unknown, text: string): string {
  if (typeof source !== "string" || typeof text !== "string" || text.length < SLICED_FROM)
    return text;
  const at = source.indexOf(text);
  return at < 0 ? text : source.slice(at, at + text.length);
}
