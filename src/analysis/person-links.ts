import type { Quote } from "../model/analysis.js";
import type { People } from "../nlp/people/people.js";
import { pronounGender } from "../nlp/lexicon/gender.js";
import type { PersonLinks } from "../nlp/summary.js";

/**
 * For the summary (nlp/summary.ts): the people each sentence names, and the person each
 * sentence's first pronoun outside quotation marks stands for, else the speaker of the
 * quotation it opens, as the people and quote finders resolved them; and each person's gender,
 * as the pronouns that stand for them give it.
 */
export function personLinks({ entities, mentions }: People, quotes: Quote[]): PersonLinks {
  const persons = new Set(entities.filter((e) => e.kind === "person").map((e) => e.id));
  const named = new Map<number, string[]>();
  const meant = new Map<number, string>();
  const pronounSeen = new Set<number>();
  const votes = new Map<string, number>(); // he: +1, she: −1
  for (const m of mentions) {
    if (m.kind === "pronoun") {
      const g = m.q < 0 ? pronounGender(m.text.toLowerCase()) : undefined;
      if (g && m.entity !== undefined && persons.has(m.entity))
        votes.set(m.entity, (votes.get(m.entity) ?? 0) + (g === "m" ? 1 : -1));
      if (m.q >= 0 || pronounSeen.has(m.sent)) continue;
      pronounSeen.add(m.sent);
      if (m.entity !== undefined && persons.has(m.entity)) meant.set(m.sent, m.entity);
    } else if (m.entity !== undefined && persons.has(m.entity)) {
      const list = named.get(m.sent) ?? [];
      if (!list.includes(m.entity)) named.set(m.sent, [...list, m.entity]);
    }
  }
  for (const q of quotes)
    if (
      !q.indirect &&
      q.speakerId !== undefined &&
      persons.has(q.speakerId) &&
      !meant.has(q.sentence)
    )
      meant.set(q.sentence, q.speakerId);
  const gender = new Map<string, "m" | "f">();
  for (const [id, v] of votes) if (v !== 0) gender.set(id, v > 0 ? "m" : "f");
  return { named, meant, gender };
}
