/**
 * Ages news writes inside a description of the person (made-up sentences, session 13 probe-14):
 * before a noun phrase that ends in the name ("17-year-old Italian striker Arturo Lupoli"), as
 * the title the person was named with ("Justice Ruth Ginsburg … the 83-year-old justice"), in
 * a clause with the name ("when McFadden was two years old"), and in words ("two years old").
 */
import { describe, expect, it } from "vitest";
import { ageOf, nameAfterAge } from "../../../src/answers/questions/honest.js";
import { Library } from "../../../src/library/library.js";
import { AGE } from "../../../src/search/sentence-flags.js";
import { madeUp } from "../../support/articles.js";
import { shown } from "../../support/ask.js";

const REFUSED = /^The article does not say how old/;

describe("an age before a noun phrase is the age of the name that ends it", () => {
  const people = new Set(["ivo", "dell", "tom", "ek", "lena", "ortiz"]);
  it("reads past modifiers, capitalised or not, to the name", () => {
    expect(nameAfterAge(" Danish striker Ivo Dell with Tom Ek up front.", people)).toBe("dell");
    expect(nameAfterAge(" man from Leeds was held.", people)).toBeUndefined();
    expect(nameAfterAge(" boy, Ivo Dell, was held.", people)).toBeUndefined();
    const text = "Lena Ortiz picked 17-year-old Danish striker Ivo Dell with Tom Ek up front.";
    expect(ageOf(text, ["dell"], "", people)).toBe("17-year-old");
    expect(ageOf(text, ["ortiz"], "", people)).toBeUndefined();
    expect(ageOf(text, ["ek"], "", people)).toBeUndefined();
  });

  it("answers 'how old is X' in an article", () => {
    const match = madeUp("cup", "Rovers through", [
      "Rovers, without their captain Tom Ek, paired 17-year-old Danish striker Ivo Dell with Sam Pike up front.",
      "Dell scored twice before half-time.",
    ]);
    expect(shown(new Library([match]), "How old is Dell?")).toMatch(/^17-year-old/);
    expect(shown(new Library([match]), "How old is Tom Ek?")).toMatch(REFUSED);
  });
});

describe("'the 83-year-old justice' is the person named with that title before", () => {
  const before = "Mayor Ann Holt called for Judge Rosa Vell to step aside over the ruling.";
  it("ties the age to the titled name, not to the last name before it", () => {
    const text = "Speaking on Monday, Holt said the 71-year-old judge had gone too far.";
    const people = new Set(["ann", "holt", "rosa", "vell"]);
    expect(ageOf(text, ["vell"], before, people)).toBe("71-year-old");
    expect(ageOf(text, ["holt"], before, people)).toBeUndefined();
  });

  it("answers in an article and refuses the other person", () => {
    const court = madeUp("judge", "Mayor attacks judge", [
      before,
      "Speaking on Monday, Holt said the 71-year-old judge had gone too far.",
      "Vell has not commented.",
    ]);
    expect(shown(new Library([court]), "How old is Rosa Vell?")).toMatch(/^71-year-old/);
    expect(shown(new Library([court]), "How old is Ann Holt?")).toMatch(REFUSED);
  });
});

describe("an age in a 'when' clause with a name, and in words", () => {
  const people = new Set(["mara", "lind", "tom", "ek"]);
  it("reads 'when Lind was two years old' as Lind's age, never a firm's", () => {
    const text = "The school was closed in 1990 when Lind was two years old.";
    expect(ageOf(text, ["lind"], "", people)).toBe("when Lind was two years old");
    expect(ageOf(text, ["ek"], "", people)).toBeUndefined();
    expect(ageOf("Ek sold it when the firm was 12, in 2001.", ["ek"], "", people)).toBeUndefined();
  });

  it("finds an age written in words", () => {
    expect(AGE.exec("She was two years old then.")?.[0]).toBe("two years old");
    expect(AGE.exec("A seven-year-old boy was hurt.")?.[0]).toBe("seven-year-old");
    expect(AGE.exec("It was two years older than the rest.")).toBeNull();
    const school = madeUp("school", "School shut", [
      "Mara Lind grew up in Osla.",
      "The village school was closed in 1990 when Lind was two years old.",
    ]);
    expect(shown(new Library([school]), "How old was Mara Lind when the school closed?")).toMatch(
      /when Lind was two years old/,
    );
  });
});

describe("a 'when' clause's age is the age then", () => {
  const school = madeUp("school2", "School shut", [
    "Mara Lind grew up in Osla.",
    "The village school was closed in 1990 when Lind was two years old.",
  ]);
  it("does not answer 'how old is X' (now)", () => {
    expect(shown(new Library([school]), "How old is Mara Lind?")).toMatch(REFUSED);
  });
});

describe("an age below the first sentences found", () => {
  it("is found when the sentences that name the person give no age", () => {
    const paragraphs = [
      "Mayor Ann Holt called for Judge Rosa Vell to step aside over the ruling.",
      "Speaking on Monday, Holt said the 71-year-old judge had gone too far.",
      ...Array.from(
        { length: 12 },
        (_, i) => `Vell heard case number ${i + 1} of the session, and Vell ruled on it at once.`,
      ),
    ];
    const court = madeUp("judge2", "Mayor attacks Vell", paragraphs);
    expect(shown(new Library([court]), "How old is Vell?")).toMatch(/^71-year-old/);
  });
});
