/** The entities of the article: each person with their display name, role and aliases; each organisation and place. */
import type { Entity } from "../../model/analysis.js";
import type { PersonFacts } from "./coreference.js";
import type { OtherEntity } from "./link.js";
import { adjectiveOfName, textOf, type NameRun } from "./names.js";
import type { PersonDraft } from "./person-index.js";
import type { FoundRole } from "./roles.js";
import { titlesAbbreviatedAs } from "../lexicon/titles.js";
import type { Paragraph, TextModel } from "../text-model.js";

export interface Described {
  entities: Entity[];
  /** What coreference needs to know of each person: gender and role words. */
  facts: Map<string, PersonFacts>;
  /** Every way the text names each entity (the display name included until the end). */
  aliasSets: Map<string, Set<string>>;
}

/** People first (in the order found), then organisations and places. */
export function describeEntities(
  model: TextModel,
  people: PersonDraft[],
  others: Iterable<OtherEntity>,
  roleFor: (r: NameRun) => FoundRole | undefined,
): Described {
  const out: Described = { entities: [], facts: new Map(), aliasSets: new Map() };
  for (const d of people) describePerson(model, d, roleFor, out);
  for (const o of others) {
    out.entities.push({ id: o.id, kind: o.kind, name: o.name, aliases: [], mentions: [] });
    out.aliasSets.set(
      o.id,
      new Set(o.runs.map((r) => nameText(model.paragraphs[r.p]!, r.start, r.end))),
    );
  }
  return out;
}

/** A person's entity: the first role the text gives them, every form of their name, their role words. */
function describePerson(
  model: TextModel,
  d: PersonDraft,
  roleFor: (r: NameRun) => FoundRole | undefined,
  out: Described,
): void {
  const e: Entity = { id: d.id, kind: "person", name: displayName(d), aliases: [], mentions: [] };
  const aliases = new Set<string>();
  const roleWords = new Set<string>();
  // Runs outside quotes first, in reading order.
  const ordered = [...d.runs].sort(
    (a, b) => (a.q < 0 ? 0 : 1) - (b.q < 0 ? 0 : 1) || a.sent - b.sent,
  );
  for (const r of ordered) {
    const p = model.paragraphs[r.p]!;
    aliases.add(nameText(p, r.start, r.end));
    if (r.title || r.honorific) aliases.add(nameText(p, r.from, r.end));
    const role = roleFor(r);
    if (role && !e.role) {
      e.role = role.role;
      e.roleSentence = role.sentence;
    }
    if (role?.phrase) aliases.add(lowerFirst(role.phrase));
    if (role)
      for (const w of role.role.toLowerCase().split(/[\s-]+/)) {
        roleWords.add(w);
        // "Sen. Dana Whitfield" is the one "the senator" refers to.
        for (const t of titlesAbbreviatedAs(w.replace(/\.$/, ""))) roleWords.add(t);
      }
  }
  // "B.B. King", "J.K. Rowling": a name opening with initials is shown with the full stops the
  // text gives them ("B.B King" reads as a broken word). Middle initials stay as they were
  // ("Donald J Trump"): quote scorers read the speaker's given name off that form.
  const undotted = (x: string) => x.replace(/\./g, "");
  const dotted = [...aliases].find(
    (a) => a !== e.name && a.includes(".") && undotted(a) === undotted(e.name),
  );
  if (dotted && /^(\p{Lu}\.?)+\s/u.test(dotted)) e.name = dotted;
  out.entities.push(e);
  out.aliasSets.set(e.id, aliases);
  // One shape for every person's facts (see names.ts makeRun).
  out.facts.set(e.id, {
    gender: d.gender || undefined,
    guessedGender: d.guessedGender || undefined,
    roleWords,
  });
}

function displayName(d: PersonDraft): string {
  const name = d.display.join(" ");
  if (!d.honorific) return name;
  const h = d.honorific;
  return `${h[0]!.toUpperCase()}${h.slice(1)} ${name}`;
}

/** A run's text without the affix of an adjective made of the name ("Jackson-style" → "Jackson"). */
function nameText(p: Paragraph, from: number, end: number): string {
  const text = textOf(p, from, end);
  return adjectiveOfName(p.tokens[end - 1]?.text ?? "", p.tokens[end])
    ? text.replace(/-\p{Ll}+$/u, "")
    : text;
}

/** "The acting president …" → "the acting president …" (an alias inside a sentence). */
export const lowerFirst = (s: string) =>
  /^(The|A|An)\b/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
