/**
 * One test of "the same verb" for every kind of question (verb-at.ts), on made-up sentences:
 * irregular and regular forms meet, a plan or a wish is not what happened.
 */
import { describe, expect, it } from "vitest";
import { verbPositions } from "../../../src/answers/questions/verb-at.js";
import { saysAskedVerbs } from "../../../src/answers/questions/verbs.js";

const hit = (text: string) => ({ sentence: { text } });

describe("verb forms in questions", () => {
  it("finds any form of the asked verb, irregular or regular", () => {
    const text = "Mara Voss led the team and arrested nobody.";
    expect(verbPositions(text, ["leads"])).toEqual([{ at: 10, end: 13 }]);
    expect(verbPositions(text, ["arrest"])).toEqual([{ at: 27, end: 35 }]);
    expect(verbPositions(text, ["won"])).toEqual([]);
  });

  it("says the asked verbs only when each is there", () => {
    expect(saysAskedVerbs(["won"], hit("The Harriers win the cup every year."))).toBe(true);
    expect(saysAskedVerbs(["won", "scored"], hit("The Harriers won the cup."))).toBe(false);
    expect(saysAskedVerbs([], hit("Nothing here."))).toBe(true);
  });

  it("with `happened`, a plan or a wish does not count", () => {
    expect(saysAskedVerbs(["won"], hit("They hope to win the cup."), true)).toBe(false);
    expect(saysAskedVerbs(["won"], hit("They won the cup."), true)).toBe(true);
    expect(saysAskedVerbs(["won"], hit("They hope to win the cup."))).toBe(true);
    expect(saysAskedVerbs(["showed"], hit("A rise to 2.25% showed a change."), true)).toBe(true);
  });
});
