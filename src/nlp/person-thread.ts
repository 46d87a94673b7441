/**
 * Who a summary's pronouns stand for, as the greedy pick (nlp/summary.ts) goes. A sentence whose
 * pronoun stands for a person ("She added …", "“…,” he said.") reads right without the sentence
 * before it when the summary sentence just before it names that person first among the people
 * the pronoun may stand for: the reader takes the pronoun for someone just named, and of two
 * people of its gender for the first one (the subject, in news). Kept here: the sentences taken, and the pronoun sentences taken without the
 * sentence before them, so that another sentence is not put between such a pronoun sentence and
 * its person later without the pronoun sentence's own antecedent.
 */
export class PersonThread {
  /** Taken sentences, in article order. */
  private taken: number[] = [];
  /** Pronoun sentences taken without the sentence before them, in article order. */
  private alone: number[] = [];
  /** The pronoun sentences (those that may go without the sentence before), by person. */
  private pointingTo = new Map<string, number[]>();

  /**
   * @param person for each sentence, the person its pronoun stands for, if it leans back only for them
   * @param names for each sentence, the people it names, its subject first
   * @param gender each person's gender, when known
   */
  constructor(
    private readonly person: readonly (string | undefined)[],
    private readonly names: readonly string[][],
    private readonly gender: ReadonlyMap<string, "m" | "f">,
  ) {
    person.forEach((p, i) => {
      if (p !== undefined) (this.pointingTo.get(p) ?? this.pointingTo.set(p, []).get(p)!).push(i);
    });
  }

  /** Whether sentence i's pronoun finds its person in the summary sentence taken just before it. */
  findsPerson(i: number): boolean {
    const p = this.person[i];
    const j = p === undefined ? undefined : this.lastTakenBefore(i);
    return j !== undefined && this.readAs(j, p!);
  }

  /**
   * The pronoun sentences, taken without the sentence before them, that taking these sentences
   * (in article order) would cut from their person: one of them would come just before the
   * pronoun sentence without naming its person first.
   */
  cutOff(members: readonly number[]): number[] {
    if (this.alone.length === 0 || members.length === 0) return [];
    const last = members[members.length - 1]!;
    const end = this.taken[sortedIndex(this.taken, last + 1)] ?? Infinity;
    const out: number[] = [];
    for (let k = sortedIndex(this.alone, members[0]! + 1); k < this.alone.length; k++) {
      const d = this.alone[k]!;
      if (d > end) break; // the next taken sentence (perhaps d itself) keeps the rest
      const mine = members.filter((m) => m < d).pop()!;
      const theirs = this.lastTakenBefore(d);
      if (theirs !== undefined && theirs > mine) continue;
      if (mine !== d - 1 && !this.readAs(mine, this.person[d]!)) out.push(d);
    }
    return out;
  }

  /**
   * Notes sentence i as taken (`alone`: without the sentence before it); returns the pronoun
   * sentences that may now find their person through it.
   */
  take(i: number, alone: boolean): number[] {
    if (alone && this.person[i] !== undefined) this.alone.splice(sortedIndex(this.alone, i), 0, i);
    const at = sortedIndex(this.taken, i);
    this.taken.splice(at, 0, i);
    const end = this.taken[at + 1] ?? Infinity;
    return this.names[i]!.flatMap((p) => {
      if (!this.readAs(i, p)) return [];
      const ds = this.pointingTo.get(p) ?? [];
      return ds.slice(sortedIndex(ds, i + 1), sortedIndex(ds, end));
    });
  }

  /** Whether a pronoun for p just after sentence j is read as p: p is the first person j names who may be meant. */
  private readAs(j: number, p: string): boolean {
    const g = this.gender.get(p);
    const fits = (q: string) => !g || !this.gender.has(q) || this.gender.get(q) === g;
    return this.names[j]!.find(fits) === p;
  }

  private lastTakenBefore(i: number): number | undefined {
    return this.taken[sortedIndex(this.taken, i) - 1];
  }
}

/** Where x goes in an ascending array: the number of its items below x. */
function sortedIndex(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
