/**
 * Words that tell a person's gender: pronouns and the head nouns of descriptions ("a
 * spokeswoman", "the actor"). Written for this project. (First names with their gender are in
 * person-names.ts, honorifics in titles.ts.)
 */
import { wordSet } from "./word-set.js";

const PRONOUN_GENDER = new Map<string, "m" | "f">([
  ["he", "m"],
  ["him", "m"],
  ["his", "m"],
  ["she", "f"],
  ["her", "f"],
]);

/** "m" for he/him/his, "f" for she/her (lower case). */
export function pronounGender(lower: string): "m" | "f" | undefined {
  return PRONOUN_GENDER.get(lower);
}

const FEMALE_ENDINGS = [
  ...wordSet(
    "woman wife mother actress chairwoman spokeswoman girl queen princess daughter sister lady widow mum",
  ),
];
const MALE_ENDINGS = [
  ...wordSet("husband father actor chairman spokesman boy king prince son brother dad"),
];

/**
 * "spokesperson", "chairperson", "salesperson": English's gender-neutral compounds end in "person",
 * which ends in "son" — no man is meant ("Labour's health spokesperson, Tania Reid, said … “…,”
 * she said").
 */
const NEUTRAL = /person$/;

/** A head noun for a woman: "spokeswoman", "actress", "widow" (lower case). */
export function isFemaleHead(lower: string): boolean {
  return !NEUTRAL.test(lower) && FEMALE_ENDINGS.some((e) => lower.endsWith(e));
}

/** A head noun for a man: "man", "chairman", "actor" (not "woman", not "spokesperson"). */
export function isMaleHead(lower: string): boolean {
  return (
    !NEUTRAL.test(lower) &&
    ((lower.endsWith("man") && !lower.endsWith("oman")) ||
      MALE_ENDINGS.some((e) => lower.endsWith(e)))
  );
}
