import type { Analysis } from "../../model/analysis.js";
import { isStopWord } from "../../nlp/tokens.js";
import type { AskContext } from "./core.js";
import { queryFor } from "./ranking.js";
import { searchTerms } from "./terms.js";

/**
 * Articles worth looking at for a phrase (a name, maybe with a topic): the one article when
 * there is one; else the articles that use the phrase's names (any spelling), those whose
 * sentences best match the whole phrase first, then the newest; else the articles of the
 * best matching sentences. At most `limit`.
 */
export function candidateArticles(
  ctx: AskContext,
  phrase: string,
  limit = 8,
  names = phrase,
): Analysis[] {
  if (ctx.only) return [ctx.only];
  if (ctx.library.size === 1) {
    const only = ctx.library.latest();
    return only ? [only] : [];
  }
  const counts = new Map<string, number>();
  for (const w of new Set(names.split(" "))) {
    if (w.length < 2 || isStopWord(w)) continue;
    const fixed = ctx.index.knows(w) ? w : (ctx.index.correct(w)?.word ?? w);
    for (const id of ctx.index.articlesNaming(fixed, 2000))
      counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const out: Analysis[] = [];
  const push = (a: Analysis | undefined) => {
    if (a && !out.includes(a) && out.length < limit) out.push(a);
  };
  const hitsFor = () =>
    ctx.index.search(searchTerms(queryFor(ctx, phrase), ctx.index), {
      limit: 60,
      fields: ["text", "entities", "speaker"],
    });
  if (counts.size) {
    const most = Math.max(...counts.values());
    const named = new Set([...counts].filter(([, n]) => n === most).map(([id]) => id));
    // Few articles use the name: all of them. Many: those whose sentences match the phrase best first.
    if (named.size > limit)
      for (const h of hitsFor()) if (named.has(h.analysis.article.id)) push(h.analysis);
    const rest = [...named].map((id) => ctx.index.article(id)).filter((a): a is Analysis => !!a);
    rest.sort(
      (a, b) =>
        (ctx.library.numberOf(a.article.id) ?? 1e9) - (ctx.library.numberOf(b.article.id) ?? 1e9),
    );
    for (const a of rest) push(a);
    return out;
  }
  for (const h of hitsFor()) push(h.analysis);
  return out;
}
