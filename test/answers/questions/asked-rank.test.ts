/**
 * Questions that name what kind of answer they want: "in which city" (a city, not a state, nor a
 * day's event), "who is the chief executive of Acme" (someone the article gives that role).
 * Made-up articles.
 */
import { describe, expect, it } from "vitest";
import { Library } from "../../../src/library/library.js";
import { shown } from "../../support/ask.js";
import { madeUp } from "../../support/articles.js";
import { subjectRole, saysRole } from "../../../src/answers/questions/kinds/who.js";
import { wrongRank } from "../../../src/answers/questions/kinds/where.js";

const REFUSED = /^(?:The article (?:does not|says nothing|has no)|None of the articles)/;

const debate = new Library([
  madeUp("debate", "Senators clash over farm aid", [
    "Sens. Jo Reed (Fla.) and Al Marsh (Ky.) clashed over farm subsidies at Tuesday's Republican debate.",
    "The Florida senator said the most important job anyone has is being a parent.",
    "Marsh called the plan a costly handout.",
  ]),
]);
const held = new Library([
  madeUp("held", "Farm debate in Milwaukee", [
    "The Republican debate on farm subsidies was held in Milwaukee on Tuesday.",
    "Reed finished second in Tuesday's New Hampshire primary.",
  ]),
]);
const firm = new Library([
  madeUp("firm", "Acme loses money", [
    "Acme Corp. said it lost $8 million in the third quarter.",
    "The company hired lawyer Jo Lane, a former judge, as an adviser.",
  ]),
]);
const union = new Library([
  madeUp("union", "Charity match for flood victims", [
    "The Rugby Union will hold a charity match in June, it said on Wednesday.",
    "Union chief executive Sam Doyle said a cricket match had inspired the idea.",
  ]),
]);
const office = new Library([
  madeUp("office", "Wales gets a schools commissioner", [
    "The first schools commissioner for Wales has been appointed.",
    "Ann Price, 55, a former head teacher, starts the job in May.",
  ]),
]);

describe("a place of the rank asked for", () => {
  it("does not answer 'in which city' with a state or a day's event", () => {
    // A refusal, whichever words it takes (since "Sens. Jo Reed …" is one sentence — it was cut
    // after "Sens." — it says the article says nothing about "held"), never the state.
    const debateCity = shown(debate, "In which city was the debate held?");
    expect(debateCity).toMatch(REFUSED);
    expect(debateCity).not.toMatch(/^(?:Fla|Florida|Tuesday)/);
    expect(shown(held, "In which city was the debate held?")).toMatch(/^Milwaukee:/);
  });

  it("reads a place after a day that owns it ('Tuesday's New Hampshire primary')", () => {
    expect(shown(held, "Where did Reed finish second?")).toMatch(/^New Hampshire:/);
  });

  it("rules out states, provinces and their abbreviations for a city", () => {
    expect(wrongRank("Florida", "city")).toBe(true);
    expect(wrongRank("Fla", "city")).toBe(true);
    expect(wrongRank("Fla.", "country")).toBe(true);
    expect(wrongRank("Milwaukee", "city")).toBe(false);
    expect(wrongRank("Florida", undefined)).toBe(false);
  });
});

describe("a person asked for by a role", () => {
  it("refuses when no sentence gives the role", () => {
    expect(shown(firm, "Who is the chief executive of Acme?")).toMatch(REFUSED);
  });

  it("takes a word for the person in charge for another ('boss' ~ 'chief executive')", () => {
    expect(shown(union, "Who is the boss of the Rugby Union?")).toMatch(/Sam Doyle/);
  });

  it("answers when the role's sentence is followed by the name", () => {
    expect(shown(office, "Who is the new schools commissioner for Wales?")).toMatch(/Ann Price/);
  });

  it("reads the role a description asks for", () => {
    expect(subjectRole("the chief executive of acme")).toBe("executive");
    expect(subjectRole("the new coach")).toBe("coach");
    expect(subjectRole("the man who shot the mayor")).toBeUndefined();
    expect(subjectRole("acme")).toBeUndefined();
    expect(saysRole("boss", "Union chief executive Sam Doyle said so.", true)).toBe(true);
    expect(saysRole("boss", "Union chief executive Sam Doyle said so.")).toBe(false);
    expect(saysRole("commissioner", "The first commissioners were named.")).toBe(true);
  });
});
