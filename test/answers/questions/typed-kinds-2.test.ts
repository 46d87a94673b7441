/**
 * Typed answers tied to what was asked (made-up sentences, session 11): an obituary's age in
 * its own short sentence, the asked verb in its base form after "did", the date of the asked
 * subject's event, a cause tied to the asked verb, and "the article does not say" otherwise.
 */
import { describe, expect, it } from "vitest";
import {
  actionOnlyInAside,
  dateOfOtherAction,
  doSupportVerb,
  saysAction,
} from "../../../src/answers/questions/kinds/asked-action.js";
import {
  namedOnlyAfter,
  numberOfAskedName,
  valueOfAsked,
} from "../../../src/answers/questions/kinds/count.js";
import { deadlineSaid } from "../../../src/answers/questions/kinds/when.js";
import { pastOneAsked } from "../../../src/answers/questions/kinds/where.js";
import { Library } from "../../../src/library/library.js";
import { processTerm } from "../../../src/search/terms.js";
import { madeUp } from "../../support/articles.js";
import { shown } from "../../support/ask.js";

const ask = (q: string, a: ReturnType<typeof madeUp>) => shown(new Library([a]), q);

describe("how old: an obituary's short age sentence", () => {
  const obituary = madeUp("obit", "Campaigner dies", [
    "Margaret Ellery, whose campaigns against the new motorway split the county for a decade, died on Tuesday. She was 88.",
    "Her group, the Valley Trust, was founded by her brother.",
  ]);
  it("takes 'She was 88.' as the age of the person whose death the sentence before tells", () => {
    expect(ask("How old was Margaret Ellery when she died?", obituary)).toMatch(/^88: She was 88/);
  });
  it("gives that age to nobody else", () => {
    const two = madeUp("obit2", "Campaigner dies", [
      "Margaret Ellery, whose campaigns against the new motorway split the county for a decade, died on Tuesday. She was 88.",
      "Her son, Tom Ellery, runs the Valley Trust, which Jane Doe founded.",
    ]);
    expect(ask("How old is Jane Doe?", two)).toMatch(/^The article does not say how old/);
  });
});

describe("when did X do Y: the base verb after 'did' is the asked action", () => {
  it("finds the verb past the subject, in its base form", () => {
    const none = new Set<string>();
    expect(doSupportVerb("did house prices rise in wales", new Set(["wales"]))).toBe("rise");
    expect(doSupportVerb("did the board approve the merger", none)).toBe("approve");
    expect(
      doSupportVerb("did ellery found the valley trust", new Set(["ellery", "valley", "trust"])),
    ).toBe("found");
    expect(doSupportVerb("did it cost", none)).toBe("cost");
    expect(doSupportVerb("did he take part", none)).toBeUndefined();
    expect(doSupportVerb("was the trust founded", none)).toBeUndefined();
  });
  it("meets the verb in any form or a close relative of it", () => {
    expect(saysAction("The pact died on 30 June 1982.", "die")).toBe(true);
    expect(saysAction("the group she founded in 1975", "found")).toBe(true);
    expect(saysAction("Shares rose 5 cents.", "rise")).toBe(true);
    expect(saysAction("a film co-written by Jo Bell", "write")).toBe(true);
    expect(saysAction("He became the subject of a search in May.", "move")).toBe(false);
  });
  it("dates the founding of a group by 'founded', never by 'found'", () => {
    expect(
      ask(
        "When did Margaret Ellery found the Valley Trust?",
        madeUp("vt", "Trust", [
          "Margaret Ellery died on Tuesday.",
          "Her death was confirmed by the Valley Trust, the charity she founded in 1975.",
        ]),
      ),
    ).toMatch(/^1975/);
  });
  it("says the article does not say when no date is tied to the asked action", () => {
    const a = madeUp("hunt", "Suspect named", [
      "Tom Reyes, 44, of Fairview, became the subject of a manhunt in November when he was called a witness.",
    ]);
    expect(ask("When did Tom Reyes move to Fairview?", a)).toMatch(
      /^The article does not say when/,
    );
  });
});

describe("how much … in a place: the number of the list that goes with the place", () => {
  it("takes the sum written with the asked place", () => {
    const text = "The average rent was £900 in Leeds; £700 in Hull; £1,500 in London.";
    expect(numberOfAskedName(text, "how much is the average rent in hull")).toEqual(
      new Set([text.indexOf("£700")]),
    );
    const a = madeUp("rent", "Rents", [text]);
    expect(ask("How much is the average rent in Hull?", a)).toMatch(/^£700:/);
  });
});

describe("why: the cause must be the asked action's", () => {
  it("takes no cause of the main clause for an action said in an aside", () => {
    const text =
      "Comedy Blue Harbour - co-written by Jo Bell - entered the chart in second place after opening on Friday.";
    expect(actionOnlyInAside(text, "write")).toBe(true);
    expect(actionOnlyInAside(text, "enter")).toBe(false);
    const a = madeUp("chart", "Chart", [
      text,
      "The Long Road, starring Ann Berg, took $9m after expanding to 1,700 cinemas.",
    ]);
    expect(ask("Why did Jo Bell co-write Blue Harbour?", a)).toMatch(
      /^The article does not say why/,
    );
    expect(ask("Why did Blue Harbour enter the chart in second place?", a)).not.toMatch(
      /^The article does not say/,
    );
  });
});

describe("how much did X …: a sum told before X is named is someone else's", () => {
  it("refuses a sum whose sentence names the asked person only after it", () => {
    const text =
      "Reyes's haul is a big jump from the $12.2 million he raised in the summer, as he emerged as a rival to Jane Doe.";
    expect(namedOnlyAfter(text, "$12.2 million", new Set(["jane", "doe"]))).toBe(true);
    expect(namedOnlyAfter(text, "$12.2 million", new Set(["reyes"]))).toBe(false);
    expect(
      namedOnlyAfter("“We raised $3 million,” Jane Doe said.", "$3 million", new Set(["doe"])),
    ).toBe(false);
    expect(
      namedOnlyAfter("The $3 million was raised by Jane Doe.", "$3 million", new Set(["doe"])),
    ).toBe(false);
    const a = madeUp("haul", "Haul", [
      "Tom Reyes and Jane Doe are running for mayor.",
      text.replace("Reyes's", "Tom Reyes's"),
    ]);
    expect(ask("How much did Jane Doe raise in the summer?", a)).toMatch(
      /^The article does not say how much/,
    );
  });
});

describe("when: a date of another action in the sentence is no answer", () => {
  it("dates the action its verb governs, not another one", () => {
    const text = "The bridge opened in 1998, two years after the flood that destroyed the old one.";
    const at = text.indexOf("1998");
    expect(dateOfOtherAction(text, at, "destroy")).toBe(true);
    expect(dateOfOtherAction(text, at, "open")).toBe(false);
    const said = "Officials said on Monday that the flood destroyed the bridge.";
    expect(dateOfOtherAction(said, said.indexOf("Monday"), "destroy")).toBe(false);
    const a = madeUp("bridge", "Bridge", [text]);
    expect(ask("When did the flood destroy the old bridge?", a)).toMatch(
      /^The article does not say when/,
    );
    expect(ask("When did the bridge open?", a)).toMatch(/^1998/);
  });
});

describe("where is X: this one, not a past one named by its year", () => {
  it("puts a past year's convention after the one to come", () => {
    expect(
      pastOneAsked(
        "where is the convention",
        "The party held its 2012 convention in Tampa.",
        "2016-06-07",
      ),
    ).toBe(true);
    expect(
      pastOneAsked(
        "where was the 2012 convention",
        "The party held its 2012 convention in Tampa.",
        "2016-06-07",
      ),
    ).toBe(false);
    const a = madeUp("conv", "Conventions", [
      "The party held its 2012 convention in Tampa, where the hall was half empty.",
      "This year's convention will be held in Cleveland in July, officials said.",
    ]);
    expect(ask("Where is the convention?", a)).toMatch(/^Cleveland:/);
  });
});

describe("when is the deadline: a date given as a limit", () => {
  const DEADLINE_STEM = processTerm("deadline")!;
  it("reads 'have until <date> to' and 'by <date>' as the deadline", () => {
    const at = (t: string, d: string) => [t.indexOf(d)];
    const until = "Firms have until Jan. 31 to file their accounts.";
    expect(deadlineSaid(DEADLINE_STEM, until, at(until, "Jan. 31"))).toBe(true);
    const by = "Bids must be in by Friday.";
    expect(deadlineSaid(DEADLINE_STEM, by, at(by, "Friday"))).toBe(true);
    const signed = "The bid was signed by Smith in May.";
    expect(deadlineSaid(DEADLINE_STEM, signed, at(signed, "May"))).toBe(false);
    const a = madeUp("dl", "Filing deadline nears", [
      "Firms have until Jan. 31, 2026, the eve of the annual meeting, to file their accounts.",
      "Several small firms missed the deadline, and the board wants fines for them.",
    ]);
    expect(ask("When is the deadline for firms to file their accounts?", a)).toMatch(/31 January/);
  });
});

describe("how much is X worth: a worth or price, or X named", () => {
  it("takes no sum spent on something else for what X is worth", () => {
    const roof = "The gallery spent $300,000 on repairs to the roof last year.";
    expect(valueOfAsked("how much is the painting worth", roof)).toBe(false);
    expect(valueOfAsked("how much is the firm worth", "The firm is valued at $2 billion.")).toBe(
      true,
    );
    expect(valueOfAsked("how much did the gallery spend", roof)).toBe(true);
    const a = madeUp("gallery", "Gallery", [
      "The painting, a portrait of Ann Berg, hangs in the main hall of the gallery.",
      roof,
    ]);
    expect(ask("How much is the painting worth?", a)).toMatch(/^The article does not say how much/);
  });
});
