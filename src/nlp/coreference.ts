/**
 * Which person "he", "she" or "the Kazakh president" stands for: the most recent fitting
 * person, read from what the article said before (quoted words excluded: a name inside a
 * quote is rarely what the narration's next "he" refers to).
 */
import type { Description } from "./roles.js";

export interface Antecedent {
  entity: string;
  sent: number;
  /** Named as a subject could be: not after a preposition, not a possessive. */
  subject: boolean;
  /** Position in reading order. */
  order: number;
}

export interface PersonFacts {
  gender?: "m" | "f";
  /** Lower-case words of the person's role and role aliases ("acting", "president", "kazakhstan"). */
  roleWords: Set<string>;
}

/** How far back (in sentences) a pronoun may reach for its person. */
const PRONOUN_WINDOW = 6;

/** Antecedent ids starting with "~" stand for someone named only by a phrase ("~a spokeswoman"). */
export class Salience {
  private history: Antecedent[] = [];
  private order = 0;

  constructor(private readonly facts: Map<string, PersonFacts>) {}

  add(entity: string, sent: number, subject = true): void {
    this.history.push({ entity, sent, subject, order: this.order++ });
  }

  /** The sentence's first fitting subject, else its first fitting person. */
  private firstIn(list: Antecedent[]): Antecedent | undefined {
    return list.find((a) => a.subject) ?? list[0];
  }

  /** The person a "he"/"she" in sentence `sent` stands for. */
  pronoun(gender: "m" | "f", sent: number): string | undefined {
    const fits = (a: Antecedent) => {
      const g = this.facts.get(a.entity)?.gender;
      return !g || g === gender;
    };
    // Earlier in the same sentence: its first fitting person (usually the subject).
    const same = this.history.filter((a) => a.sent === sent && fits(a));
    if (same.length) return this.firstIn(same)!.entity;
    for (let i = this.history.length - 1; i >= 0; i--) {
      const a = this.history[i]!;
      if (a.sent < sent - PRONOUN_WINDOW) break;
      if (!fits(a)) continue;
      // The latest sentence that has a fitting person: its subject.
      return this.firstIn(this.history.filter((x) => x.sent === a.sent && fits(x)))!.entity;
    }
    return undefined;
  }

  /**
   * The person a role description stands for: the one whose role fits its words best
   * ("the Kazakh president" → the person described as president of Kazakhstan), the most
   * recent one among equals.
   */
  description(d: Description, inverted: boolean): string | undefined {
    let best: Antecedent | undefined;
    let bestScore = -1;
    const seen = new Set<string>();
    // "Richards says the 30-year-old must …": a description is not the person just named in its sentence.
    if (!inverted) for (const a of this.history) if (a.sent === d.sent) seen.add(a.entity);
    for (let i = this.history.length - 1; i >= 0; i--) {
      const a = this.history[i]!;
      if (seen.has(a.entity) || a.entity.startsWith("~")) continue;
      seen.add(a.entity);
      const words = this.facts.get(a.entity)?.roleWords ?? new Set<string>();
      let score = 0;
      if (words.has(d.head)) score += 1;
      for (const m of d.modifiers) if ([...words].some((w) => sameStem(w, m))) score += 2;
      if (score > bestScore) {
        best = a;
        bestScore = score;
      }
    }
    return best?.entity;
  }
}

/** "kazakh" ~ "kazakhstan", "russian" ~ "russia", "arsenal" = "arsenal". */
function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  const n = Math.min(a.length, b.length);
  if (n < 4) return false;
  let k = 0;
  while (k < n && a[k] === b[k]) k++;
  return k >= Math.max(4, n - 2);
}
