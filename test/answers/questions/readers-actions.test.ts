/**
 * Typed questions answered in the reader's words (made-up sentences, session 12): the asked
 * action said by a WordNet relative or its noun ("the acquisition" for "buy"), by acting on the
 * asked object ("adopt the new name" for "change their names"), a price given as "for $X", a
 * group's size as a count of people, "who runs X" not answered by "operate" said of something
 * else, and a topic of two words said later by its head alone ("rates" for "interest rates").
 */
import { describe, expect, it } from "vitest";
import {
  actionWords,
  actsOnObject,
  askedObject,
  saysAction,
  verbSense,
  whoVerb,
} from "../../../src/answers/questions/kinds/asked-action.js";
import { valueOfAsked } from "../../../src/answers/questions/kinds/count.js";
import { sizeOfGroup } from "../../../src/answers/questions/honest.js";
import { actionNouns } from "../../../src/nlp/lexicon/wordnet.js";
import { Library } from "../../../src/library/library.js";
import { madeUp } from "../../support/articles.js";
import { shown } from "../../support/ask.js";

const ask = (q: string, a: ReturnType<typeof madeUp>) => shown(new Library([a]), q);

describe("the asked action in the reader's words", () => {
  it("derives the nouns of an action, not of its doer", () => {
    expect(actionNouns("acquire")).toContain("acquisition");
    expect(actionNouns("resign")).toContain("resignation");
    expect(actionNouns("acquire")).not.toContain("acquirer");
  });
  it("says a buying by its noun, a resigning by the resignation", () => {
    expect(saysAction("Its acquisition of Delta Foods was completed in May.", "buy")).toBe(true);
    expect(saysAction("Her resignation took effect on 1 March.", "resign")).toBe(true);
    expect(actionWords("buy")).not.toContain("corruption");
    // A synonym commoner than the verb says too little: "passed" is no dying.
    expect(saysAction("The bill passed in 1982.", "die")).toBe(false);
  });
  it("takes a date of the asked object acted on for 'when do they change their names'", () => {
    const none = new Set<string>();
    expect(askedObject("do the valley banks change their names", none, "change")).toBe("names");
    expect(askedObject("did cuban buy the dallas mavericks", new Set(["dallas"]), "buy")).toBe(
      undefined,
    );
    expect(actsOnObject("each branch will adopt the Harbor Trust name", "names")).toBe(true);
    expect(actsOnObject("the branches keep their current names until May", "names")).toBe(false);
    expect(actsOnObject("far below the shares of market leaders", "market")).toBe(false);
    const a = madeUp("names", "Harbor Trust buys Valley banks", [
      "Harbor Trust said it completed its purchase of Valley Bancorp.",
      "The Valley subsidiary banks will keep operating under their current names until early 2031, when each will adopt the Harbor Trust name.",
    ]);
    expect(ask("When do the Valley banks change their names?", a)).toMatch(/^early 2031/);
  });
  it("still says the article does not say when the date is another action's", () => {
    const a = madeUp("candy", "Sale", [
      "Ridley's share of the candy market before Friday's purchases is far below the shares of candy market leaders.",
    ]);
    expect(ask("When did Ridley enter the candy market?", a)).toMatch(
      /^The article (?:does not say when|says nothing)/,
    );
  });
});

describe("how much did it cost: a sum paid 'for' it is its price", () => {
  it("accepts 'for about $250 million' as what a deal cost", () => {
    const text = "Harbor Trust completed its acquisition of Valley Bancorp for about $250 million.";
    expect(valueOfAsked("how much did the valley deal cost", text)).toBe(true);
    expect(valueOfAsked("how much is the firm worth", "The firm was sold for Rs 5 crore.")).toBe(
      true,
    );
    // A sum paid for something the question does not name is no price of it.
    expect(valueOfAsked("how much did the deal cost", "For $35,000, students met the host.")).toBe(
      false,
    );
    expect(valueOfAsked("how much is the painting worth", "They spent $300,000 on the roof.")).toBe(
      false,
    );
  });
});

describe("how many people: a group's size counts its people", () => {
  it("reads 'an audience of 144 million' as a count of people", () => {
    expect(sizeOfGroup("The final is watched by an audience of ")).toBe(true);
    expect(sizeOfGroup("a crowd of about ")).toBe(true);
    expect(sizeOfGroup("a total of ")).toBe(false);
    const a = madeUp("final", "Cup final", [
      "The final is watched by an audience of 12.5 million in Brazil, with many of the people watching said to tune in for the music.",
    ]);
    expect(ask("How many people watch the final?", a)).toMatch(/^12\.5 million/);
  });
});

describe("who runs X: a related verb said of something else is no answer", () => {
  it("finds the verb and its object", () => {
    expect(whoVerb("runs harbor trust")).toEqual({ verb: "run", object: ["harbor", "trust"] });
    expect(whoVerb("is the chief")).toBeUndefined();
  });
  it("tells the asked sense from another", () => {
    const asked = { verb: "run", object: ["harbor", "trust"] };
    expect(verbSense("The branches will operate under their old names.", asked)).toBe("other");
    expect(verbSense("Acme operates Harbor Trust.", asked)).toBe("asked");
    expect(verbSense("Harbor Trust is operated by Acme.", asked)).toBe("asked");
    expect(verbSense("Jo Reyes runs the bank.", asked)).toBe("asked");
    expect(verbSense("Harbor Trust has 45 banks.", asked)).toBe("none");
  });
  it("says the article does not say who", () => {
    const a = madeUp("runs", "Harbor Trust", [
      "Harbor Trust said it completed its purchase of Valley Bancorp.",
      "The Valley banks will continue to operate under their current names until 2031, when each will adopt the Harbor Trust name.",
    ]);
    expect(ask("Who runs Harbor Trust?", a)).toMatch(/^The article does not say who/);
  });
});

describe("what did X say about a two-word topic the article later shortens", () => {
  it("takes a quote saying 'rates' for 'interest rates' when the article writes them whole", () => {
    const a = madeUp("rates", "Bank may raise interest rates", [
      "The central bank is expected to raise interest rates in December.",
      "Economists disagree about the timing.",
      "\u201cWhen those rates go up, a lot of borrowers will struggle,\u201d said Jo Reyes, a builder.",
    ]);
    expect(ask("What did Jo Reyes say about interest rates?", a)).toMatch(
      /borrowers will struggle/,
    );
  });
});

describe("counts and sums as other house styles write them", () => {
  const cases: Array<[string, string, RegExp]> = [
    [
      "Three dozen protesters gathered outside the Marlow town hall on Monday.",
      "How many protesters gathered outside the town hall?",
      /^Three dozen protesters/,
    ],
    [
      "Hundreds of residents signed the petition against the Marlow depot.",
      "How many residents signed the petition?",
      /^Hundreds of residents/,
    ],
    [
      "The Marlow council approved a grant of Rs 5 crore for the new library.",
      "How much was the grant for the library?",
      /^Rs 5 crore/,
    ],
    [
      "Marlow Dairies is valued at Rs 12,000 crore.",
      "How much is Marlow Dairies worth?",
      /^Rs 12,000 crore/,
    ],
    [
      "Delta Foods agreed to buy Marlow Dairies for €3bn.",
      "How much will Delta Foods pay for Marlow Dairies?",
      /^€3bn/,
    ],
    [
      "The Marlow plan will cost $1.2 trillion over ten years.",
      "How much will the Marlow plan cost?",
      /^\$1\.2 trillion/,
    ],
  ];
  for (const [sentence, question, expected] of cases)
    it(question, () => {
      const a = madeUp("styles", "Marlow news", [sentence, "The council meets again next month."]);
      expect(ask(question, a)).toMatch(expected);
    });
});
