import { describe, expect, it } from "vitest";
import { directQuotes as direct } from "../support/read-quotes.js";

const said = (...paras: string[]) =>
  direct(...paras).map((q) => [q.text.split(/\s+/).slice(0, 3).join(" "), q.speaker ?? null]);

describe("speakers in layouts of news from many countries (test/fixtures/speakers-dev-3)", () => {
  it("an epithet right after the sentence about someone is that person", () => {
    expect(
      said(
        "Striker Omar Teale scored twice on Saturday. He has now scored nine goals this season.",
        'Winger Paolo Brandt set up both goals. "We finally clicked as a team," the winger said.',
        'Veteran keeper Anya Holt saved a late penalty. "I guessed right for once," the 38-year-old said.',
      ),
    ).toEqual([
      ["We finally clicked", "Paolo Brandt"],
      ["I guessed right", "Anya Holt"],
    ]);
  });

  it("an organisation the sentence before opens on is 'the airline', 'the group'", () => {
    expect(
      said(
        "A regulator has fined Tasman Skyways Ltd over late refunds.",
        'Tasman Skyways Ltd said it would appeal. "We followed every rule that applied to us," the airline said.',
      ),
    ).toEqual([["We followed every", "Tasman Skyways Ltd"]]);
  });

  it("an organisation the paragraph before ends on is 'the regulator' of a new paragraph's quote (session 20)", () => {
    expect(
      said(
        "The Harbour Safety Authority has fined a ferry operator for overloading.",
        '"Overloading a ferry puts every passenger at risk," the regulator said.',
      ),
    ).toEqual([["Overloading a ferry", "Harbour Safety Authority"]]);
  });

  it("a lawyer, a spokesman or a neighbour after the sentence about someone is someone else", () => {
    expect(
      said(
        'Dario Feld was charged with fraud on Monday. "My client denies every charge," the lawyer said.',
      ),
    ).toEqual([["My client denies", "the lawyer"]]);
  });

  it("'the Prime Minister' written with capitals is the one person whose role it is", () => {
    expect(
      said(
        'Prime Minister Ruth Okoye defended the budget. "It is fair," she told MPs.',
        "The debate went on for six hours.",
        'Closing the debate, the Prime Minister said: "We will be judged on results."',
      ),
    ).toEqual([
      ["It is fair", "Ruth Okoye"],
      ["We will be", "Ruth Okoye"],
    ]);
  });

  it("'Added the veteran Coulter:' opens on its verb, the speaker after it", () => {
    expect(
      said(
        "Fast bowler Jye Morrow took three wickets on the day.",
        'Added the veteran Morrow: "We will regroup. It is a long season."',
      ),
    ).toEqual([["We will regroup.", "Jye Morrow"]]);
  });

  it("Madam is an honorific: 'Madam Lee Siew Lan … Madam Lee' is one woman", () => {
    expect(
      said(
        "Madam Tan Mei Hua, 70, sells soya bean drinks.",
        '"My children tell me to stop already," said Madam Tan.',
      ),
    ).toEqual([["My children tell", "Madam Tan Mei Hua"]]);
  });

  it("a person noun opening the sentence before a name is what the person does", () => {
    expect(
      said(
        "The ferry was cancelled again on Monday.",
        'Crofter Eilidh Strachan was less forgiving. "They said Friday last month," she said.',
      ),
    ).toEqual([["They said Friday", "Eilidh Strachan"]]);
  });

  it("a name of one word in apposition to a person noun is a person's", () => {
    expect(
      said(
        "Hail flattened the onion crop near the town on Sunday.",
        'Suresh, 45, a farmer who grows onions, said: "Everything is gone."',
      ),
    ).toEqual([["Everything is gone.", "Suresh"]]);
  });

  it("quotes in single marks beside a title in double marks are quotes", () => {
    expect(
      said(
        "Mr Ravi Nair, who chairs the \"Save Our Lake\" group, said: 'We will fight this to the end.'",
        "'It is a disgrace,' said Ms Priya Menon, who called the plan \"reckless\".",
      ),
    ).toEqual([
      ["We will fight", "Ravi Nair"],
      ["It is a", "Priya Menon"],
    ]);
  });

  it("a quote in single marks inside double marks stays inside its quote", () => {
    expect(said("She said: \"He told me 'no way' and left the room.\"")).toEqual([
      ["He told me", null],
    ]);
  });
});
