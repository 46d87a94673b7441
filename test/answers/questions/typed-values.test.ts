/**
 * Typed answers carry a value of the asked type (made-up sentences): money for "how much did it
 * cost", the counted noun for "how many", no number that is part of a name ("Halo 2"), a place
 * from a gazetteer or a place phrase tied to the asked verb for "where".
 */
import { describe, expect, it } from "vitest";
import { countedNoun, numberPhrase } from "../../../src/answers/questions/kinds/count.js";
import {
  inGazetteer,
  locativeAfterAsked,
  placeBeforeWhere,
  placeIn,
} from "../../../src/answers/questions/kinds/where.js";
import { Library } from "../../../src/library/library.js";
import { madeUp } from "../../support/articles.js";
import { shown } from "../../support/ask.js";

const ask = (q: string, a: ReturnType<typeof madeUp>) => shown(new Library([a]), q);

/** The number phrase a question takes from the last sentence of a one-paragraph made-up article. */
const phrase = (text: string, question: string) => {
  const a = madeUp("n", "Numbers", [text]);
  const s = a.sentences.at(-1)!;
  const focus = countedNoun(/^how\s+(?:many|much)\s+(.+)$/.exec(question)?.[1] ?? "");
  return numberPhrase(s.text, focus, question, a, s.index);
};

describe("how many / how much: a value of the asked type", () => {
  it("takes the counted noun past its modifiers", () => {
    expect(countedNoun("junk funds are there")).toBe("funds");
    expect(countedNoun("cuban women took part")).toBe("women");
    expect(countedNoun("people work in casinos")).toBe("people");
    expect(countedNoun("did they win")).toBeUndefined();
    expect(countedNoun("flowed out of the funds")).toBeUndefined();
    expect(countedNoun("superdelegates does she have")).toBe("superdelegates");
  });
  it("quotes the number with its counted noun", () => {
    expect(phrase("The region's 88 junk funds lost money.", "how many junk funds are there")).toBe(
      "88 junk funds",
    );
    expect(phrase("About a half million people lost power.", "how many people lost power")).toBe(
      "About a half million people",
    );
  });
  it("asks money of 'cost' and 'paid': a share is no answer", () => {
    expect(
      phrase(
        "The advert ran in Ohio, where she trails by 9 percent.",
        "how much did the advert cost",
      ),
    ).toBeUndefined();
    expect(
      phrase("The advert cost $40,000 and ran for a week.", "how much did the advert cost"),
    ).toBe("$40,000");
  });
  it("ends an amount of money at its scale or currency", () => {
    expect(
      phrase("Last week $1.6 billion flowed out of the funds.", "how much flowed out of the funds"),
    ).toBe("$1.6 billion");
  });
  it("reads '-fold' as how much, and a number after a name as part of it", () => {
    expect(
      phrase("Traffic on the network rose fourfold on launch day.", "how much did traffic rise"),
    ).toBe("fourfold");
    expect(
      phrase("The boom was driven by Quasar 2 and its fans.", "how many fans were there"),
    ).toBeUndefined();
  });
  it("refuses a count of something else", () => {
    const a = madeUp("votes", "Race tightens", [
      "Since Jane Doe has 2.5 million more votes than Tom Reyes, superdelegates who back him would go against the voters, an aide said.",
    ]);
    expect(ask("How many superdelegates does Tom Reyes have?", a)).toMatch(
      /^The article does not say/,
    );
  });
});

describe("where: a place of a gazetteer, or a place phrase tied to the asked verb", () => {
  const placeOf = (text: string, q: string) => {
    const a = madeUp("w", "Where", [text]);
    return placeIn(a, a.sentences.at(-1)!, new Set(q.split(" ")));
  };
  it("knows places from compromise's lexicon and WordNet's locations", () => {
    expect(inGazetteer("Montreal")).toBe(true);
    expect(inGazetteer("Rajasthan")).toBe(true);
    expect(inGazetteer("the FTSE")).toBe(false);
  });
  it("answers with the place, never a company, a possessive or a person", () => {
    expect(placeOf("The Montreal-based firm will cut jobs.", "where is the firm based")).toBe(
      "Montreal",
    );
    expect(
      placeOf("Sales fell as competition from Vireo Systems Corp. grew.", "where did sales fall"),
    ).toBeUndefined();
    // Every legal form of lexicon/organisations.ts LEGAL_FORMS ends a firm's name, "LP" too.
    expect(
      placeOf("He bought a stake in Harbour Vale LP.", "where did he buy a stake"),
    ).toBeUndefined();
    expect(
      placeOf(
        "The firm was catapulted into the FTSE 100 index this year.",
        "where was the firm catapulted",
      ),
    ).toBeUndefined();
    expect(
      placeOf("She appeared at Ruiz's rally in Miami Wednesday morning.", "where did she appear"),
    ).toBe("Miami");
    expect(
      placeOf("The talks were held at the Grand Harbour Hotel.", "where were the talks held"),
    ).toBe("the Grand Harbour Hotel");
  });
  it("takes the place a relative 'where' refers to", () => {
    expect(
      placeBeforeWhere(
        "Fishermen waved flags in the village of Kellerton, where the boat landed in 1956.",
        new Set(["where", "did", "the", "boat", "land"]),
      ),
    ).toBe("Kellerton");
  });
  it("counts an unnamed place phrase after the asked verb, not a time", () => {
    const asked = new Set(["where", "was", "the", "rifle", "found"]);
    expect(
      locativeAfterAsked("A rifle found in April was buried near the doctor's house.", asked),
    ).toBe(true);
    expect(locativeAfterAsked("The rifle was found in April by a neighbour.", asked)).toBe(false);
  });
  it("says the article does not say where when no sentence names a place", () => {
    const a = madeUp("firm", "Vireo earns more", [
      "Vireo Systems Inc., returning to profit after a loss, said it earned $5.2 million in the first quarter.",
    ]);
    expect(ask("Where did Vireo Systems earn $5.2 million?", a)).toMatch(
      /^The article does not say where/,
    );
  });
});

describe("money as papers around the world write it (made-up)", () => {
  it("rupees in crore and lakh, shillings, the rupee and naira signs", () => {
    const lead =
      "Officials said the state would bear 60 per cent of the cost of the new bridge at Westbrook.";
    expect(
      phrase(
        `${lead} The Cabinet approved a Rs 4,800 crore plan for the bridge.`,
        "how much will the bridge cost",
      ),
    ).toMatch(/^Rs 4,800 crore/);
    expect(
      phrase(
        "Traders said 40 per cent of buyers had gone. A litre of petrol retails at Sh193.84 in Westbrook.",
        "how much does petrol cost",
      ),
    ).toMatch(/^Sh193\.84/);
    expect(
      phrase("Half the seats were empty. Tickets cost ₦5,000 each.", "how much did tickets cost"),
    ).toMatch(/^₦5,000/);
  });
});
