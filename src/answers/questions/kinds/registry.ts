/**
 * The question kinds, one entry each, in the order a question is tried against them (the
 * first that recognises it wins; "other" takes whatever is left).
 */
import type { QuestionKind } from "../kind.js";
import type { QuestionStrategy } from "../strategy.js";
import { aboutStrategy } from "./about.js";
import { countStrategy } from "./count.js";
import { otherStrategy } from "./other.js";
import { sayStrategy } from "./say.js";
import { whenStrategy } from "./when.js";
import { whereStrategy } from "./where.js";
import { whichStrategy } from "./which.js";
import { whoStrategy } from "./who.js";
import { whyStrategy } from "./why.js";

export const STRATEGIES: readonly QuestionStrategy[] = [
  aboutStrategy,
  sayStrategy,
  whoStrategy,
  whenStrategy,
  countStrategy,
  whereStrategy,
  whyStrategy,
  whichStrategy,
  otherStrategy,
];

const BY_KIND = new Map(STRATEGIES.map((s) => [s.kind, s]));

export function strategyFor(kind: QuestionKind): QuestionStrategy {
  return BY_KIND.get(kind) ?? otherStrategy;
}
