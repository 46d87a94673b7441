/**
 * "Why" questions: a cause or purpose bound to the asked action by a connective ("over",
 * "citing", "amid", "due to", "to avoid", "after" a thing), by the doer of a passive that is no
 * one ("was hampered by problems"), or by a fronted clause ("Citing ill health, …"); made-up
 * sentences and articles.
 */
import { describe, expect, it } from "vitest";
import { textStems } from "../../../src/answers/questions/terms.js";
import {
  causeByVerb,
  causeLinkAt,
  causePhrase,
  isCausingVerb,
  frontedCause,
  passiveCauseAt,
} from "../../../src/answers/questions/kinds/why-cues.js";
import { Library } from "../../../src/library/library.js";
import { madeUp } from "../../support/articles.js";
import { FLAG, textFlags } from "../../../src/search/sentence-flags.js";
import { shown } from "../../support/ask.js";

const ask = (q: string, a: ReturnType<typeof madeUp>) => shown(new Library([a]), q);

describe("why: a connective of cause or purpose in the asked action's clause", () => {
  const asked = textStems("did the sponsor pull out of the deal");
  it("reads the cause after the asked words, up to the end of its clause", () => {
    const text =
      "On Monday the sponsor pulled out of its deal with the league over the coach's remarks.";
    expect(causePhrase(text, asked)).toBe("over the coach's remarks");
    expect(
      causePhrase(
        "The sponsor quit the deal, citing falling sales, a spokesman said.",
        textStems("did the sponsor quit the deal"),
      ),
    ).toBe("citing falling sales");
    expect(
      causePhrase(
        "The club closed its ground to avoid a fine.",
        textStems("did the club close its ground"),
      ),
    ).toBe("to avoid a fine");
    expect(
      causePhrase(
        "The mayor resigned amid a row about expenses.",
        textStems("did the mayor resign"),
      ),
    ).toBe("amid a row about expenses");
  });
  it("is no cause when 'after' or 'over' gives a time, or 'over' is part of the verb", () => {
    expect(
      causeLinkAt("The sponsor pulled out of the deal after two years.", asked),
    ).toBeUndefined();
    expect(
      causeLinkAt("The sponsor pulled out of the deal over the weekend.", asked),
    ).toBeUndefined();
    expect(
      causeLinkAt("The bank took over the firm.", textStems("did the bank take over the firm")),
    ).toBeUndefined();
    expect(
      causeLinkAt(
        "The sponsor pulled out. Its deal ran over budget.",
        textStems("did the sponsor pull out"),
      ),
    ).toBeUndefined();
  });
  it("needs the asked action before it in the same clause", () => {
    expect(
      causeLinkAt("Because of the rain, fans waited. The sponsor pulled out.", asked),
    ).toBeUndefined();
    expect(causeLinkAt("The sponsor, which is based in Leeds, pulled out.", asked)).toBeUndefined();
  });
});

describe("why: the doer of a passive that is no person", () => {
  it("is the cause, not when a person, a group or a name did it", () => {
    const asked = textStems("was the harvest hurt");
    expect(passiveCauseAt("The harvest was hurt by heavy rain in May.", asked)).toBeGreaterThan(0);
    expect(causePhrase("The harvest was hurt by heavy rain in May.", asked)).toBe(
      "by heavy rain in May",
    );
    expect(passiveCauseAt("The harvest was hurt by farmers who left early.", asked)).toBe(-1);
    expect(passiveCauseAt("The harvest was hurt by Acme.", asked)).toBe(-1);
    expect(passiveCauseAt("The harvest was hurt by 20 percent.", asked)).toBe(-1);
    expect(passiveCauseAt("The harvest was hurt by leaving it late.", asked)).toBe(-1);
  });
});

describe("why: a fronted cause", () => {
  it("is the opening clause when the main clause says the asked verb", () => {
    const asked = textStems("did the mayor resign");
    expect(frontedCause("Citing ill health, the mayor resigned on Friday.", asked)).toBe(
      "Citing ill health",
    );
    expect(frontedCause("After the vote failed, the mayor resigned.", asked)).toBe(
      "After the vote failed",
    );
    expect(frontedCause("After two years, the mayor resigned.", asked)).toBeUndefined();
    expect(frontedCause("Citing ill health, the mayor stayed at home.", asked)).toBeUndefined();
  });
});

describe("why: answered with the bound cause, refused without one", () => {
  const a = madeUp("sponsor", "Sponsor quits", [
    "A drinks firm pulled out of its sponsorship of the Harbour Cup on Monday over the organisers' handling of a doping case.",
    "The cup has been played since 1950. Its organisers said they would find a new sponsor.",
  ]);
  it("leads with the cause", () => {
    expect(ask("Why did the drinks firm pull out of the sponsorship?", a)).toMatch(
      /^over the organisers' handling of a doping case:/,
    );
  });
  it("says the article does not say why the organisers will find a new sponsor", () => {
    expect(ask("Why will the organisers find a new sponsor?", a)).toMatch(
      /^The article does not say why/,
    );
  });
});

describe("why: a death's cause and a starting time", () => {
  const a = madeUp("obit", "Painter dies at 88", [
    "Lena Marsh, the painter whose harbour scenes hang in a dozen galleries, has died aged 88.",
    "Her brother Tom died of a stroke in 1999.",
    "She died peacefully at home on Sunday, her family said.",
    "The storm has flooded 300 homes since Tuesday, the worst since the 1987 floods.",
  ]);
  it("reads 'what did X die of' as why, answered by 'died of …'", () => {
    expect(ask("What did Tom die of?", a)).toMatch(/^of a stroke in 1999:/);
    expect(causePhrase("Her brother Tom died of a stroke in 1999.", textStems("tom die"))).toBe(
      "of a stroke in 1999",
    );
  });
  it("refuses when the article gives no cause of the death", () => {
    const b = madeUp("obit2", "Painter dies at 88", [
      "Lena Marsh, the painter whose harbour scenes hang in a dozen galleries, has died aged 88.",
      "She died peacefully at home on Sunday, her family said.",
    ]);
    expect(ask("What did Lena Marsh die of?", b)).toMatch(/^The article does not say why/);
  });
  it("does not take 'since' before a time for a cause", () => {
    expect(textFlags("The storm has flooded 300 homes since Tuesday.") & FLAG.cause).toBeFalsy();
    expect(textFlags("the worst since the 1987 floods") & FLAG.cause).toBeFalsy();
    expect(textFlags("Nobody came since it was raining.") & FLAG.cause).toBeTruthy();
    expect(ask("What caused the storm?", a)).toMatch(/^The article does not say why/);
  });
});

describe("why: a cause bound by the verb that links it to the asked event", () => {
  it("knows verbs of causing from WordNet, not light verbs or verbs of another kind", () => {
    for (const w of ["prompted", "provoked", "forced", "caused", "triggered", "sparked"])
      expect(isCausingVerb(w)).toBe(true);
    for (const w of ["made", "let", "hit", "walked", "bought"])
      expect(isCausingVerb(w)).toBe(false);
  });
  it("reads the effect first with a verb of arising or an outcome noun", () => {
    expect(
      causeByVerb(
        "The deficit stems from $12.5 million of unpaid rents, the treasurer said.",
        textStems("did the club run a deficit"),
      )?.cause,
    ).toBe("$12.5 million of unpaid rents");
    expect(
      causeByVerb(
        "The union said the flooding was the result of blocked drains on the estate.",
        textStems("was the estate flooded"),
      )?.cause,
    ).toBe("blocked drains on the estate");
  });
  it("reads the cause first as the subject of a verb of causing", () => {
    expect(
      causeByVerb(
        "The new parking charges prompted angry protests.",
        textStems("were there protests"),
      )?.cause,
    ).toBe("The new parking charges");
    expect(
      causeByVerb(
        "The drummer kicked over the amplifier, leading the pair to exchange insults.",
        textStems("did the pair exchange insults"),
      )?.cause,
    ).toBe("The drummer kicked over the amplifier");
  });
  it("reads a passive of causing with the asked event as its subject", () => {
    expect(
      causeByVerb(
        "The sell-off was triggered by a weak forecast from the central bank.",
        textStems("was there a sell-off"),
      )?.cause,
    ).toBe("by a weak forecast from the central bank");
  });
  it("finds nothing when the asked event is the cause, or no verb links them", () => {
    expect(
      causeByVerb(
        "The protests prompted the council to drop the charges.",
        textStems("were there protests"),
      ),
    ).toBeUndefined();
    expect(
      causeByVerb("The protests went on for a week.", textStems("were there protests")),
    ).toBeUndefined();
  });
});

describe("why: the cause in a sentence after the one that states the event", () => {
  const a = madeUp("ferry", "Ferry firm reports loss", [
    "Harbour Lines, the island ferry operator, reported a loss of 4 million euros for the year on Tuesday.",
    "Passenger numbers were flat at 1.2 million.",
    "The loss stems from a rise in fuel costs and the repair of its oldest vessel, the company said.",
  ]);
  it("answers with the later sentence that gives the cause", () => {
    expect(ask("Why did Harbour Lines report a loss?", a)).toMatch(
      /^a rise in fuel costs and the repair of its oldest vessel: The loss stems from/,
    );
  });
  it("still says so when no sentence gives a cause", () => {
    expect(ask("Why were passenger numbers flat?", a)).toMatch(/^The article does not say why/);
  });
});

describe("why: 'as' opening a clause of its own after the asked action", () => {
  it("reads it as the cause", () => {
    expect(
      causePhrase(
        "Copper fell on Friday as traders worried about weak demand.",
        textStems("did copper fall"),
      ),
    ).toBe("as traders worried about weak demand");
  });
  it("is no cause as a role, an amount, an expectation or a comparison", () => {
    for (const [text, q] of [
      ["The council hired her as a consultant in 2010.", "did the council hire her"],
      ["Shares rose as much as 5% in early trade.", "did shares rise"],
      ["The bank cut rates as expected on Thursday.", "did the bank cut rates"],
      ["The club signed a winger as well as two defenders.", "did the club sign a winger"],
    ] as const)
      expect(causePhrase(text, textStems(q))).toBeUndefined();
  });
  it("is no cause when a pronoun is its subject: the actor doing something at that moment", () => {
    for (const [text, q] of [
      [
        "The lender took a $4 million charge as it reported a quarterly loss.",
        "did the lender take a charge",
      ],
      ["The mayor waved to the crowd as she arrived at the town hall.", "did the mayor wave"],
      ["A fan shouted at the referee as he was being led off the pitch.", "did a fan shout"],
    ] as const)
      expect(causePhrase(text, textStems(q))).toBeUndefined();
  });
});

describe("why: the reason its doer gave, and a reason opening the next sentence", () => {
  it("reads ', saying …' after the asked action as the reason given", () => {
    expect(
      causePhrase(
        "The mayor withdrew her support for the stadium plan, saying the costs were too high.",
        textStems("did the mayor withdraw her support"),
      ),
    ).toBe("saying the costs were too high");
  });
  const a = madeUp("embassy", "Embassy closed", [
    "The government has closed its embassy in the capital until further notice. The move had been expected after two diplomats were attacked last week.",
  ]);
  it("leads the next sentence with its reason when it opens with a reason for the one before", () => {
    expect(ask("Why did the government close its embassy?", a)).toMatch(
      /\nafter two diplomats were attacked last week: The move had been expected/,
    );
  });
  it("drops 'according to …' from what a why question asks", () => {
    expect(ask("Why did the government close its embassy, according to the article?", a)).toMatch(
      /\nafter two diplomats were attacked last week:/,
    );
  });
});
