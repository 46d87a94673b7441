/**
 * "Who is X?": the person (or organisation), the role the article gives them, and the
 * sentence that says so; then the other sentences that mention them.
 */
import type { Analysis, Entity, Sentence } from "../../model/analysis.js";
import { bold } from "../reply.js";
import {
  candidateArticles,
  none,
  sentenceBlock,
  type AskContext,
  type Item,
  type Outcome,
} from "./core.js";
import { matchNames, type NameMatch } from "../../nlp/people/name-match.js";
import { asTyped, looksLikeName } from "./say.js";

interface Profile {
  analysis: Analysis;
  named: NameMatch;
  stated?: { role: string; sentence: number };
}

export function answerWho(ctx: AskContext): Outcome | undefined {
  const subject = ctx.parsed.subject;
  if (!subject) return undefined;
  const profiles: Profile[] = [];
  for (const analysis of candidateArticles(ctx, subject)) {
    const named = matchNames(analysis, subject)[0];
    if (!named) continue;
    const e = named.entity;
    const stated =
      e.role && e.roleSentence !== undefined && named.fromAnalysis
        ? { role: e.role, sentence: e.roleSentence }
        : roleFromText(analysis, e);
    profiles.push({ analysis, named, stated });
  }
  if (!profiles.length) {
    if (!looksLikeName(ctx, subject)) return undefined;
    const where =
      ctx.library.size > 1 ? "None of the articles mentions" : "The article does not mention";
    return none([`${where} `, bold(asTyped(ctx, subject)), "."]);
  }
  // The best match; among equals the article that states a role for them, then the newest.
  const newest = (p: Profile) => ctx.library.numberOf(p.analysis.article.id) ?? Infinity;
  profiles.sort(
    (a, b) =>
      b.named.score - a.named.score ||
      Number(!!b.stated) - Number(!!a.stated) ||
      newest(a) - newest(b),
  );
  const best = profiles[0]!;
  const items: Item[] = [];
  const roleItem = (p: Profile, score: number) => {
    const e = p.named.entity;
    const first = p.stated?.sentence ?? e.mentions[0];
    const sentence = first !== undefined ? p.analysis.sentences[first] : undefined;
    if (sentence)
      items.push({
        analysis: p.analysis,
        sentence: sentence.index,
        block: sentenceBlock(ctx, p.analysis, sentence, [
          bold(e.name),
          p.stated ? ` — ${p.stated.role}.` : ".",
        ]),
        score,
      });
    return first;
  };
  const first = roleItem(best, 3);
  // The same person as other articles describe them, then the other sentences that mention them.
  for (const p of profiles.slice(1, 3))
    if (p.stated && p.named.score >= best.named.score - 0.01) roleItem(p, 2);
  const e = best.named.entity;
  for (const i of [...new Set(e.mentions)].sort((a, b) => a - b)) {
    const s = best.analysis.sentences[i];
    if (!s || i === first) continue;
    items.push({
      analysis: best.analysis,
      sentence: i,
      block: sentenceBlock(ctx, best.analysis, s),
      score: 1 - i / 10000,
    });
  }
  if (!items.length) return undefined;
  items.sort((a, b) => b.score - a.score);
  return { type: "answer", kind: "who", items, confidence: best.named.score };
}

/** Words that make a phrase a person's role ("first president of …", "a lecturer at …"). */
export const ROLE_WORD =
  /\b(?:president|minister|secretary|chancellor|leader|head|chief|director|chairman|chairwoman|chair|spokesman|spokeswoman|spokesperson|founder|executive|manager|coach|captain|player|striker|midfielder|defender|goalkeeper|singer|actor|actress|author|writer|novelist|editor|analyst|economist|professor|lecturer|governor|mayor|senator|mp|king|queen|prince|princess|judge|officer|councillor|councilor|politician|engineer|boss|star|champion|member|candidate|ambassador|commissioner|general|deputy|holder|pundit|presenter|host|producer|designer|artist|musician|rapper|comedian|journalist|correspondent|expert|researcher|scientist|doctor|lawyer|campaigner|activist|owner|partner|president-elect|premier|envoy|adviser|advisor|official|spokesperson|vice|winner|director-general|inventor|engineer|banker|investor|trader|teacher|student|worker|employee|head coach|chief executive|founder)\b/i;

/**
 * A role the text gives a name when the analysis has none: "The first president of X,
 * Name," / "Name, director general of Y," / "Trade Secretary Name" / "Name is the …".
 */
export function roleFromText(
  analysis: Analysis,
  e: Entity,
): { role: string; sentence: number } | undefined {
  const full = e.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const surname = (e.name.split(/\s+/).at(-1) ?? e.name).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const name = `(?:${full}|${surname})`;
  const patterns = [
    new RegExp(
      `(?:^|[,;:]\\s|\\s)(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts)\\s+([^,;:“”"()]{3,80}?),\\s+(?:[\\p{Lu}][\\p{L}'’.-]+\\s+)*${name}\\b`,
      "u",
    ),
    new RegExp(
      `\\b${name},\\s+((?:the|a|an)\\s+[^,;:“”"()]{3,80}?|[\\p{Ll}][^,;:“”"()]{3,80}?)(?:,|\\s+(?:said|says|told|warned|added|who)\\b)`,
      "u",
    ),
    new RegExp(
      `\\b${name}\\s+(?:is|was|has been|became)\\s+((?:the|a|an)\\s+[^,;:.“”"()]{3,80})`,
      "u",
    ),
    new RegExp(
      `((?:[\\p{Lu}][\\p{L}'’-]+\\s+)*(?:and\\s+)?(?:[\\p{Lu}][\\p{L}'’-]+\\s+)*(?:President|Minister|Secretary|Chancellor|Governor|Mayor|Senator|Chairman|Director|Chief Executive|Chief|Spokesman|Spokeswoman|Leader|Commissioner|Ambassador|Coach|Manager|Captain|King|Queen|Prince|General))\\s+(?:[\\p{Lu}][\\p{L}'’.-]+\\s+)*${name}\\b`,
      "u",
    ),
  ];
  const sentences: Sentence[] = [...new Set(e.mentions)]
    .sort((a, b) => a - b)
    .map((i) => analysis.sentences[i])
    .filter((s): s is Sentence => !!s);
  for (const pattern of patterns) {
    for (const s of sentences) {
      const m = pattern.exec(s.text);
      const role = m?.[1]?.trim();
      if (
        role &&
        !/\b(?:said|says|told|and|but)\b/.test(role.split(" ").slice(0, 1).join(" ")) &&
        role.split(/\s+/).length <= 12 &&
        (e.kind !== "person" || ROLE_WORD.test(role))
      ) {
        return { role: role.replace(/^(?:the|a|an)\s+/i, ""), sentence: s.index };
      }
    }
  }
  return undefined;
}
