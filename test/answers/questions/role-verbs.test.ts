/**
 * A role asked by its noun ("the leader", "the owner") and said as the verb WordNet derives the
 * noun from, of the person who holds it: "X, who leads the group", "the inquiry, chaired by X"
 * (made-up sentences, session 14).
 */
import { describe, expect, it } from "vitest";
import { roleVerbs } from "../../../src/nlp/lexicon/wordnet.js";
import { roleVerbHolder, saysRole } from "../../../src/answers/questions/kinds/who.js";
import { Library } from "../../../src/library/library.js";
import { madeUp } from "../../support/articles.js";
import { shown } from "../../support/ask.js";

const ask = (q: string, a: ReturnType<typeof madeUp>) => shown(new Library([a]), q);

describe("a role said as a verb of its holder", () => {
  it("reads the verbs of role nouns from WordNet", () => {
    expect(roleVerbs("leader")).toContain("lead");
    expect(roleVerbs("chairman")).toContain("chair");
    expect(roleVerbs("owner")).toContain("own");
  });
  it("takes the verb in a relative clause on the holder or a passive with them as agent", () => {
    expect(saysRole("leader", "Jo Lee, who leads the tenants' group, said rents rose.")).toBe(true);
    expect(saysRole("leader", "Jo Lee, who now leads the group, spoke.")).toBe(true);
    expect(saysRole("chairman", "The inquiry, chaired by Jo Lee, reported on Monday.")).toBe(true);
    expect(saysRole("leader", "The talks led to a deal on rents.")).toBe(false);
    expect(saysRole("leader", "Acme leads the market in tiles.")).toBe(false);
    expect(saysRole("leader", "The Tory-led council met.")).toBe(false);
    expect(saysRole("leader", "The bid is led by Mr Lee's two sons.")).toBe(false);
    expect(saysRole("leader", "Jo Lee, who leads the group, spoke.", false, false)).toBe(false);
  });
  it("names the holder on the verb's side, not a possessor", () => {
    expect(roleVerbHolder("owner", "The farm, owned by Acme Farms, was sold.", [])).toBe(
      "Acme Farms",
    );
    expect(roleVerbHolder("leader", "Jo Lee, who leads the group, spoke.", ["Jo Lee"])).toBe(
      "Jo Lee",
    );
    expect(roleVerbHolder("leader", "The bid is led by Mr Lee's two sons.", ["Jo Lee"])).toBe(
      undefined,
    );
  });
  it("answers 'who is the leader of X' with the holder", () => {
    const a = madeUp("tenants", "Rents to rise in Eastmoor", [
      "Rents in Eastmoor will rise by 4% in April, the council said on Monday.",
      '"This will hurt families," said Jo Lee, who leads the Eastmoor tenants\' association.',
      "The council's housing budget, overseen by Ann Berg, was cut last year.",
    ]);
    expect(ask("Who is the leader of the tenants' association?", a)).toMatch(/^Jo Lee/);
    expect(ask("Who is the director of Jo Lee?", a)).toMatch(/^The article does not/);
  });
});
