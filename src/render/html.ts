import { isWebAddress } from "../content/web-address.js";
import { typewriterTypography } from "../nlp/quote-marks.js";
import type { Block, Span } from "../answers/reply.js";

/** Escapes text for Telegram's HTML parse mode (only &, < and > are special there). */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** An attribute value in double quotes: the quote escaped too. */
export function escapeAttribute(s: string): string {
  return escapeHtml(s).replace(/"/g, "&quot;");
}

export function spanHtml(span: Span): string {
  if (typeof span === "string") return escapeHtml(span);
  if ("bold" in span) return `<b>${escapeHtml(span.bold)}</b>`;
  if ("italic" in span) return `<i>${escapeHtml(span.italic)}</i>`;
  return `<code>${escapeHtml(span.code)}</code>`;
}

const spansHtml = (spans: Span[] | undefined): string => (spans ?? []).map(spanHtml).join("");

function source(para: number, article?: string): string {
  return article ? `${escapeHtml(article)}, ¶${para}` : `¶${para}`;
}

export function blockHtml(block: Block): string {
  switch (block.kind) {
    case "title":
      return block.url && isWebAddress(block.url)
        ? `<b><a href="${escapeAttribute(block.url)}">${escapeHtml(block.text)}</a></b>`
        : `<b>${escapeHtml(block.text)}</b>`;
    case "text":
      return spansHtml(block.spans);
    case "item":
      return `• ${spansHtml(block.spans)}`;
    case "sentence": {
      const lead = block.lead ? `${spansHtml(block.lead)} ` : "";
      return `${lead}${escapeHtml(typewriterTypography(block.text))} <i>(${source(block.para, block.article)})</i>`;
    }
    case "quote": {
      const lead = block.lead ? `${spansHtml(block.lead)}\n` : "";
      const who = block.speaker ? `<b>${escapeHtml(block.speaker)}</b>` : "<i>Unattributed</i>";
      const cue = block.cue ? ` ${escapeHtml(block.cue)}` : "";
      return `${lead}${who}${cue} <i>(${source(block.para, block.article)})</i>\n<blockquote>${escapeHtml(typewriterTypography(block.text))}</blockquote>`;
    }
  }
}
