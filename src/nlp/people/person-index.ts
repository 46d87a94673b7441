/**
 * The people found so far, in the order they were found, looked up by the words of their
 * name forms (so a long article does not compare every name with every person).
 */
import { HONORIFICS } from "../lexicon/titles.js";
import type { NameRun } from "./names.js";

export interface PersonDraft {
  id: string;
  /** Creation order (p1, p2, …). */
  n: number;
  /** Every name form, as lower-case word lists. */
  forms: string[][];
  display: string[];
  honorific?: string;
  gender?: "m" | "f";
  /** The gender is only a first name's guess (names.ts). */
  guessedGender?: boolean;
  runs: NameRun[];
  /** Sentences of the runs, ascending. */
  sents: number[];
}

export class PeopleIndex {
  readonly people: PersonDraft[] = [];
  private byLastWord = new Map<string, Set<PersonDraft>>();
  /** By every shorter ending of a form: "bush" and "w bush" of "george w bush". */
  private byEnding = new Map<string, Set<PersonDraft>>();
  /** By the first word of a form of two words or more. */
  private byFirstWord = new Map<string, Set<PersonDraft>>();
  private byForm = new Map<string, Set<PersonDraft>>();
  private owners = new Map<NameRun, PersonDraft>();

  create(display: string[]): PersonDraft {
    const d: PersonDraft = {
      id: `p${this.people.length + 1}`,
      n: this.people.length,
      forms: [],
      display,
      honorific: undefined,
      gender: undefined,
      guessedGender: undefined,
      runs: [],
      sents: [],
    };
    this.people.push(d);
    return d;
  }

  addRun(d: PersonDraft, r: NameRun): void {
    d.runs.push(r);
    insertSorted(d.sents, r.sent);
    if (!this.owners.has(r)) this.owners.set(r, d);
    const words = r.words.map((w) => w.toLowerCase());
    const key = words.join(" ");
    if (!d.forms.some((f) => f.join(" ") === key)) {
      d.forms.push(words);
      addTo(this.byForm, key, d);
      addTo(this.byLastWord, words[words.length - 1]!, d);
      for (let k = 1; k < words.length; k++) addTo(this.byEnding, words.slice(k).join(" "), d);
      if (words.length > 1) addTo(this.byFirstWord, words[0]!, d);
    }
    if (r.words.length > d.display.length) d.display = r.words;
    if (r.honorific && HONORIFICS[r.honorific]?.kept && !d.honorific) d.honorific = r.honorific;
    // A title's or honorific's gender ("Mr.", "Mrs.") outranks a first name's guess.
    if (r.gender && (!d.gender || (d.guessedGender && !r.guessedGender))) {
      d.gender = r.gender;
      d.guessedGender = r.guessedGender;
    }
  }

  /** People with a form ending with this word. */
  withLastWord(word: string): PersonDraft[] {
    return inOrder(this.byLastWord.get(word));
  }

  /** People with a longer form ending with these words ("w bush" → "george w bush"). */
  endingWith(words: string): PersonDraft[] {
    return inOrder(this.byEnding.get(words));
  }

  /** People with a form of two words or more starting with this word. */
  startingWith(word: string): PersonDraft[] {
    return inOrder(this.byFirstWord.get(word));
  }

  /** The first person with exactly this form. */
  withForm(words: string): PersonDraft | undefined {
    return inOrder(this.byForm.get(words))[0];
  }

  /** The person a run was given to first. */
  ownerOf(r: NameRun): PersonDraft | undefined {
    return this.owners.get(r);
  }
}

function addTo(map: Map<string, Set<PersonDraft>>, key: string, d: PersonDraft): void {
  const set = map.get(key);
  if (set) set.add(d);
  else map.set(key, new Set([d]));
}

function inOrder(set: Set<PersonDraft> | undefined): PersonDraft[] {
  return set ? [...set].sort((a, b) => a.n - b.n) : [];
}

function insertSorted(list: number[], value: number): void {
  list.splice(countAtMost(list, value), 0, value);
}

/** How many values of an ascending list are ≤ value. */
function countAtMost(list: number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
