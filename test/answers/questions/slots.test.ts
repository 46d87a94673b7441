/** The asked slot must be filled (questions/honest.ts): on made-up sentences and a made-up article. */
import { describe, expect, it } from "vitest";
import { Library } from "../../../src/library/library.js";
import type { Reply } from "../../../src/answers/reply.js";
import { answer } from "../../../src/answers/router.js";
import { renderMessages } from "../../../src/render/messages.js";
import {
  ageOf,
  ageOfAThing,
  askedTime,
  countsFocus,
  cueTakesObject,
  inAsideWithout,
  someoneElseNamed,
  speakerMayFollow,
} from "../../../src/answers/questions/honest.js";
import { contextsFor } from "../../support/context.js";
import { leadNearTopFirst } from "../../../src/answers/questions/by-search.js";
import type { Item } from "../../../src/answers/questions/core.js";
import { numberAfterAsked } from "../../../src/answers/questions/kinds/count.js";
import { askedRole } from "../../../src/answers/questions/kinds/who.js";
import { madeUp } from "../../support/articles.js";

const ctx = contextsFor({ now: () => new Date("2026-01-01T12:00:00Z") });
const REFUSED =
  /^(?:The article (?:does not|says nothing|has no)|None of the articles)|is quoted .* but not about/;

describe("a date answers 'when' only when it is the asked event's", () => {
  it("does not take a date from an aside that leaves the asked verb out", () => {
    const text =
      "Based on evidence — including a knife found in May near the house — police issued a warrant for his arrest.";
    const may = text.indexOf("May");
    expect(inAsideWithout(text, may, may + 3, ["arrest"])).toBe(true);
    const plain = "Police arrested him in May near the house.";
    const at = plain.indexOf("May");
    expect(inAsideWithout(plain, at, at + 3, ["arrest"])).toBe(false);
  });

  it("refuses a date from a sentence about something else", () => {
    const bridge = new Library([
      madeUp("bridge", "New bridge for Riverton", [
        "Riverton council approved plans for a new footbridge over the river.",
        "The old crossing, built in 1952, will be knocked down.",
        "Work on the footbridge began in March 2024, the council said.",
        "Mayor Jo Lund backed the footbridge plan. Councillors met again in May 2023.",
        "Engineers from Dale & Co - who surveyed the river in June 2022 - will build the bridge.",
      ]),
    ]);
    const ask = (q: string) =>
      answer({ text: q, chat: "private" }, ctx(bridge))
        .flatMap((r: Reply) => renderMessages(r).map((m) => m.text))
        .join("\n");
    expect(ask("when did work on the footbridge begin")).toMatch(/March 2024/);
    expect(ask("when did the council approve the plans")).toMatch(REFUSED);
    // A date of the sentence after the one about the asked event, and one from an aside.
    expect(ask("when did Jo Lund back the plan")).toMatch(REFUSED);
    expect(ask("when will Dale build the bridge")).toMatch(REFUSED);
  });
});

describe("an age answers 'how old is X' only when it is X's", () => {
  it("ties an age to the nearest name, or to someone named just before", () => {
    const text = "Lena Ortiz, 41, hired Tom Baker, 29, as her deputy.";
    expect(ageOf(text, ["ortiz"], "")).toBe("41");
    expect(ageOf(text, ["baker"], "")).toBe("29");
    expect(ageOf("A 19-year-old man from Leeds was arrested.", ["petrov"], "")).toBeUndefined();
    expect(ageOf("The 33-year-old is out for a month.", ["ortiz"], "Ortiz hurt her knee.")).toBe(
      "33-year-old",
    );
    expect(
      ageOf("The 33-year-old Baker is out.", ["ortiz"], "Ortiz hurt her knee."),
    ).toBeUndefined();
    // A thing's age is no one's: "the 60-year-old treaty" beside the asked name.
    expect(ageOf("Ana Ruiz signed the 60-year-old treaty.", ["ruiz"], "")).toBeUndefined();
    expect(ageOfAThing(" treaty.")).toBe(true);
    expect(ageOfAThing(" bridge was closed")).toBe(true);
    expect(ageOfAThing(" pop star had left")).toBe(false);
    expect(ageOfAThing(" man was held")).toBe(false);
    expect(ageOfAThing(" is out")).toBe(false);
    expect(ageOfAThing(" Baker is out")).toBe(false);
    // A description asked ("the doctor"): any age of the sentence found.
    expect(ageOf("Kane, a 52-year-old surgeon, was shot.", [], "")).toBe("52-year-old");
  });

  it("takes an age given next to another name of the asked person (Sir Tom for Halloway)", () => {
    const library = new Library([
      madeUp("gala", "Library gala", [
        "Sir Tom Halloway opened the new library on Monday, with the mayor, Ann Reyes.",
        "Guests cheered the 71-year-old Sir Tom as he cut the ribbon.",
      ]),
    ]);
    const ask = (q: string) =>
      answer({ text: q, chat: "private" }, ctx(library))
        .flatMap((r: Reply) => renderMessages(r).map((m) => m.text))
        .join("\n");
    expect(ask("How old is Halloway?")).toMatch(/^71-year-old/);
    expect(ask("How old is Ann Reyes?")).toMatch(REFUSED);
  });
});

describe("a number answers 'how many X' only when it counts X", () => {
  it("is not a span of time or another counted thing", () => {
    const sent = "The note was sent two days after the vote.";
    expect(countsFocus(sent, "two days", "emails")).toBe(false);
    expect(countsFocus(sent, "two days", "days")).toBe(true);
    const firms = "The two firms said they would check on every patient treated.";
    expect(countsFocus(firms, "two firms", "patients")).toBe(false);
    expect(countsFocus("Police said 28 people were held.", "28 people", "people")).toBe(true);
    expect(countsFocus("Seven people stood as candidates.", "Seven people", "candidates")).toBe(
      true,
    );
    expect(countsFocus("In all 40 were hurt.", "40", "fans")).toBe(true);
    // "viewers" is a group in WordNet (the audience), "viewer" a person: people all the same.
    const watched = "More than nine million viewers saw the final episode.";
    expect(countsFocus(watched, "More than nine million viewers", "people")).toBe(true);
    expect(countsFocus(watched, "More than nine million viewers", "episodes")).toBe(false);
    // A share of a body of people counts people; a share of a firm does not.
    const offline = "By 2030, 30% of the island's population will still be offline.";
    expect(countsFocus(offline, "30%", "islanders")).toBe(true);
    expect(countsFocus("Jo owns 30% of the company.", "30%", "workers")).toBe(false);
    expect(countsFocus("She won 30% of the public vote.", "30%", "people")).toBe(false);
    const resort = "The resort, some 15 miles east of town, sold for $2.2 million.";
    expect(countsFocus(resort, "some 15 miles", "golfers")).toBe(false);
    expect(countsFocus(resort, "$2.2 million", "golfers")).toBe(false);
    expect(countsFocus(resort, "some 15 miles", "miles")).toBe(true);
    expect(countsFocus("It goes on sale from 22 January.", "22 January", "phones")).toBe(false);
    // Money counts "how much money / cash" (WordNet: a possession), not "how many jobs".
    const gift = "Donors gave $3 million to the fund last month.";
    expect(countsFocus(gift, "$3 million", "money")).toBe(true);
    expect(countsFocus(gift, "$3 million", "cash")).toBe(true);
    expect(countsFocus(gift, "$3 million", "jobs")).toBe(false);
    // A share is a measure, not a count of patients; people are no count of votes.
    const fall = "Shares in Acme lost 70% while its rival shed 43%.";
    expect(countsFocus(fall, "70%", "patients")).toBe(false);
    const rivals = "Two objectors, Al Reed and Bo Lam, had challenged the result.";
    expect(countsFocus(rivals, "Two objectors", "votes")).toBe(false);
    expect(countsFocus(rivals, "Two objectors", "voters")).toBe(true);
    expect(countsFocus("Nine people died in the blaze.", "Nine people", "died")).toBe(true);
  });

  it("reads a time the question restricts its answer to", () => {
    expect(askedTime("how many refugees came this year")).toBe("this year");
    expect(askedTime("how many jobs were lost in 2015")).toBe("in 2015");
    expect(askedTime("how many jobs were lost")).toBeUndefined();
  });
});

describe("what a person said", () => {
  it("does not read a reporting verb with a noun object as speech", () => {
    const text = "Ruiz still maintains a clear lead in the polls.";
    expect(cueTakesObject(text, text.indexOf("maintains"), "maintains")).toBe(true);
    const said = "Ruiz said a deal was close.";
    expect(cueTakesObject(said, said.indexOf("said"), "said")).toBe(false);
  });

  it("finds no reported speech in 'maintains a lead', but finds it in 'said a deal …'", () => {
    const poll = madeUp("poll", "Ruiz ahead", [
      "Senator Ana Ruiz still maintains a clear lead in the polls across the state.",
      "Senator Ana Ruiz said a deal on the budget was close.",
    ]);
    const reported = poll.quotes.filter((q) => q.indirect).map((q) => q.sentence);
    expect(reported).toEqual([1]);
  });

  it("puts the speaker after the verb only after a comma, quote or dash", () => {
    const quoted = "“We will win,” said Ana Ruiz.";
    expect(speakerMayFollow(quoted, quoted.indexOf("said"))).toBe(true);
    const reported = "Acme said Japan's Ruiz Corp was likely to pull out.";
    expect(speakerMayFollow(reported, reported.indexOf("said"))).toBe(false);
  });

  it("lets a paragraph say what a direct quote is about, not what reported speech is about", () => {
    const fraud = new Library([
      madeUp("fraud", "Fraud ring broken", [
        "Mia Lowe jumped 7.1m in Leeds. “If she jumps like that again she wins,” said coach Dan Reyes.",
        "A teenager from Leeds was arrested on Wednesday. Prosecutor Sam Oduya said several people had been arrested in Spain and Peru.",
      ]),
    ]);
    const ask = (q: string) =>
      answer({ text: q, chat: "private" }, ctx(fraud))
        .flatMap((r: Reply) => renderMessages(r).map((m) => m.text))
        .join("\n");
    expect(ask("what did Dan Reyes say about Mia Lowe")).toMatch(/she wins/);
    expect(ask("what did Sam Oduya say about the teenager")).toMatch(REFUSED);
  });

  it("gives an organisation the quotes of 'the company' that refers back to it", () => {
    const mill = new Library([
      madeUp("mill", "Paper mill to close", [
        "Northvale Bank lent Acme Paper Inc. $5 million last year.",
        "Acme Paper Inc. will close its plant in Dunmore next spring.",
        "“We looked at every other option before taking this decision,” the company wrote.",
      ]),
    ]);
    const ask = (q: string) =>
      answer({ text: q, chat: "private" }, ctx(mill))
        .flatMap((r: Reply) => renderMessages(r).map((m) => m.text))
        .join("\n");
    expect(ask("what did Acme Paper say")).toMatch(/every other option/);
    expect(ask("what did Northvale Bank say")).not.toMatch(/every other option/);
  });

  it("answers 'who will be the <role>' only with someone the article gives that role", () => {
    const club = new Library([
      madeUp("club", "Rowing club votes", [
        "“This vote will change the club,” member Lena Park said on Sunday.",
        "Members hope to have a new chairman by the spring regatta.",
        "The treasurer, Omar Diaz, will step down in May.",
      ]),
    ]);
    const ask = (q: string) =>
      answer({ text: q, chat: "private" }, ctx(club))
        .flatMap((r: Reply) => renderMessages(r).map((m) => m.text))
        .join("\n");
    expect(askedRole("will be the club s new chairman")).toBe("chairman");
    expect(askedRole("won the vote")).toBeUndefined();
    expect(ask("who will be the club's new chairman")).toMatch(REFUSED);
    expect(ask("who is the club's treasurer")).toMatch(/Omar Diaz/);
  });

  it("does not give what 'Mrs. Ruiz' said to another Ruiz", () => {
    const story = madeUp("ruiz", "The Ruizes campaign", [
      "Carla Ruiz and her husband Pablo Ruiz spoke in Dayton on Monday.",
      "“We are ready,” Mrs. Ruiz said of the campaign.",
    ]);
    expect(someoneElseNamed("Pablo Ruiz", "“We are ready,” Mrs. Ruiz said.", story)).toBe(true);
    expect(someoneElseNamed("Carla Ruiz", "“We are ready,” Mrs. Ruiz said.", story)).toBe(false);
    expect(someoneElseNamed("John Smith", "“No,” Mrs. Smith said.", story)).toBe(true);
    expect(someoneElseNamed("John Smith", "“No,” Mr. Smith said.", story)).toBe(false);
  });
});

describe("a sentence that holds the asked thing may answer a little below the threshold", () => {
  const mill = new Library([
    madeUp("mill", "Fire at Northgate", [
      "Crews from three towns fought a fire at the old Northgate textile mill on Tuesday night.",
      "The blaze killed four and left dozens homeless, firefighters said.",
      "The owners said the mill would not reopen.",
    ]),
  ]);
  const ask = (q: string) =>
    answer({ text: q, chat: "private" }, ctx(mill))
      .flatMap((r: Reply) => renderMessages(r).map((m) => m.text))
      .join("\n");
  it("gives the count in a sentence that words the event its own way", () => {
    expect(ask("how many people died in the fire")).toMatch(/^four:/);
  });
  it("reads 'one of the …' as someone, not as a count", () => {
    const raid = new Library([
      madeUp("raid", "Fraud ring broken", [
        "Police said several people had been arrested in Spain and Italy.",
        "One of the ringleaders was a banker, police said.",
      ]),
    ]);
    const reply = answer(
      { text: "how many people were arrested in Spain", chat: "private" },
      ctx(raid),
    )
      .flatMap((r: Reply) => renderMessages(r).map((m) => m.text))
      .join("\n");
    expect(reply).toMatch(REFUSED);
  });
  it("still refuses when no sentence holds the asked count", () => {
    expect(ask("how many workers did the Northgate mill employ")).toMatch(REFUSED);
  });
});

describe("a direct answer near the top goes first", () => {
  it("moves the best sentence with a lead before a slightly better one without", () => {
    const analysis = madeUp("m", "Talks", ["They met for hours.", "They met in Madrid."]);
    const item = (sentence: number, score: number, lead?: string): Item => ({
      analysis,
      sentence,
      score,
      block: { kind: "sentence", text: "x", para: 1, ...(lead ? { lead: [lead] } : {}) },
    });
    const items = [item(0, 1.0), item(1, 0.85, "Madrid:")];
    leadNearTopFirst(items);
    expect(items.map((i) => i.sentence)).toEqual([1, 0]);
    const far = [item(0, 1.0), item(1, 0.5, "Madrid:")];
    leadNearTopFirst(far);
    expect(far.map((i) => i.sentence)).toEqual([0, 1]);
  });
});

describe("how much / how many: the number the asked verb takes", () => {
  it("finds the number right after a lower-case word of the question", () => {
    const text =
      "Acme, which offered $90 million for Lund, holds 12% of Lund and $4 million of bonds.";
    const at = numberAfterAsked(text, "how much did acme offer for lund");
    expect(text.slice(at)).toMatch(/^\$90 million/);
    expect(numberAfterAsked("Lund and $4 million of bonds.", "how much did acme pay lund")).toBe(
      -1,
    );
  });
});
