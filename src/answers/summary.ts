import type { Analysis } from "../model/analysis.js";
import type { Library } from "../library/library.js";
import { summarySentences } from "../nlp/summary.js";
import { articleRef, unknownArticle, withArticle } from "./article-ref.js";
import { articleHeading } from "./heading.js";
import { reply, text, type Block, type Reply } from "./reply.js";
import type { CommandSpec } from "./spec.js";

const usage = (total: number) =>
  `Use /summary for a short summary, or /summary N for N sentences (N from 1 to ${total}, e.g. /summary ${Math.min(5, total)}).`;

export const summaryCommand: CommandSpec = {
  name: "summary",
  description: "Summary of the article in a few sentences",
  usage: "/summary [N] [article]",
  run(args, ctx) {
    return withArticle(
      args,
      ctx.library,
      ({ analysis, rest }) => summaryReplies(analysis, rest, ctx.library),
      false,
    );
  },
};

function summaryReplies(analysis: Analysis, rest: string, library: Library): Reply[] {
  const total = analysis.sentences.length;
  if (total === 0) return [reply(text(`“${analysis.article.title}” has no text to summarise.`))];
  let n = defaultLength(total);
  if (rest !== "") {
    // a word that is no count is an article it does not know ("/summary nonexistent", "/summary 3 nonexistent")
    const unknown = /^(?:\d{1,6}\s+)?([^\s\d-]\S*)$/.exec(rest)?.[1];
    if (unknown)
      return unknownArticle(unknown, library).map((r) => ({
        ...r,
        blocks: [...r.blocks, text(usage(total))],
      }));
    if (!/^\d{1,6}$/.test(rest) || Number(rest) < 1) return [reply(text(usage(total)))];
    n = Math.min(Number(rest), total);
  }
  const picked = summaryIndexes(analysis, n);
  const blocks: Block[] = [articleHeading(analysis, library)];
  for (const i of picked) {
    const s = analysis.sentences[i];
    if (s) blocks.push({ kind: "sentence", text: s.text, para: s.para });
  }
  const r: Reply = { blocks };
  if (n < total)
    r.buttons = [
      [
        {
          text: "Longer summary",
          command: `/summary ${Math.min(total, n + 3)} ${articleRef(analysis, library)}`,
        },
      ],
    ];
  return [r];
}

/** 3 to 5 sentences, growing with the article: about one in four, 5 from 18 sentences up. */
export function defaultLength(total: number): number {
  return Math.min(total, Math.max(3, Math.min(5, Math.round(total / 4))));
}

/**
 * The sentence indexes /summary N shows, in article order (N capped at the article's length).
 * Page furniture ranks last, and is left out even when N reaches it ("Watch the video above."
 * in a short article), as is a quotation left open whose closing sentence N cut off; the next
 * sentences of the ranking that read where they land come in their place (nlp/summary.ts
 * `summarySentences`).
 */
export function summaryIndexes(analysis: Analysis, n: number): number[] {
  return summarySentences(analysis, n);
}
