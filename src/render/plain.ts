import type { Block, Span } from "../answers/reply.js";
import { typewriterTypography } from "../nlp/quote-marks.js";

export function spanPlain(span: Span): string {
  if (typeof span === "string") return span;
  if ("bold" in span) return span.bold;
  if ("italic" in span) return span.italic;
  return span.code;
}

const spansPlain = (spans: Span[] | undefined): string => (spans ?? []).map(spanPlain).join("");

function source(para: number, article?: string): string {
  return article ? `${article}, ¶${para}` : `¶${para}`;
}

export function blockPlain(block: Block): string {
  switch (block.kind) {
    case "title":
      return block.url ? `${block.text} <${block.url}>` : block.text;
    case "text":
      return spansPlain(block.spans);
    case "item":
      return `• ${spansPlain(block.spans)}`;
    case "sentence": {
      const lead = block.lead ? `${spansPlain(block.lead)} ` : "";
      return `${lead}${typewriterTypography(block.text)} (${source(block.para, block.article)})`;
    }
    case "quote": {
      const lead = block.lead ? `${spansPlain(block.lead)}\n` : "";
      const who = block.speaker ?? "Unattributed";
      const cue = block.cue ? ` ${block.cue}` : "";
      return `${lead}${who}${cue} (${source(block.para, block.article)}): “${typewriterTypography(block.text)}”`;
    }
  }
}
