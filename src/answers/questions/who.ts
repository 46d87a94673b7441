/**
 * The role an article gives someone when the analysis has none: "The first president of X,
 * Name," / "Name, director general of Y," / "Trade Secretary Name" / "Name is the …".
 */
import type { Analysis, Entity, Sentence } from "../../model/analysis.js";

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
