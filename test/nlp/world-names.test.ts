import { describe, expect, it } from "vitest";
import type { Entity, Quote } from "../../src/model/analysis.js";
import { findEntities, findPeople } from "../../src/nlp/people/people.js";
import { directQuotes, madeUpSentences } from "../support/read-quotes.js";

function entitiesOf(...paragraphs: string[]): Entity[] {
  return findEntities(madeUpSentences(...paragraphs));
}

const people = (list: Entity[]) => list.filter((e) => e.kind === "person").map((e) => e.name);
const kindOf = (list: Entity[], name: string) => list.find((e) => e.name === name)?.kind;
const speakers = (qs: Quote[]) => qs.map((q) => q.speaker ?? null);

describe("a name ending in a noun for a building or ground (session 15)", () => {
  it("'Madison Square Garden', 'Nnamdi Azikiwe Memorial Hall': a place, not a person with a first name", () => {
    const e = entitiesOf(
      "The concert at Halden Square Garden drew 20,000 fans, said Chidi Okafor.",
      "A second night was held at the Tunde Okoro Memorial Hall in May.",
    );
    expect(kindOf(e, "Halden Square Garden")).toBe("place");
    expect(people(e)).toEqual(["Chidi Okafor"]);
  });

  it("a given name before a surname that is also such a noun stays a person ('Jerry Hall')", () => {
    const e = entitiesOf('"I loved it," said Priya Hall, a singer from Leeds.');
    expect(people(e)).toEqual(["Priya Hall"]);
  });
});

describe("a name whose last word a list knows as a place (session 15)", () => {
  it("'Cornel West … West said': the surname of a name no list places is the person's", () => {
    const qs = directQuotes(
      "Tamar West spoke at the rally in Lagos on Monday.",
      '"We need justice now," West said.',
    );
    expect(speakers(qs)).toEqual(["Tamar West"]);
  });
});

describe("a month as the last word of a Burmese name (session 15)", () => {
  it("'Yin Myint May, a teacher, said': the month is the name's last word", () => {
    const qs = directQuotes(
      'Khin Thuzar May, a teacher in Mandalay, said the school had closed. "We have no books," she said.',
    );
    expect(speakers(qs)).toEqual(["Khin Thuzar May"]);
    expect(people(entitiesOf("Khin Thuzar May, a teacher in Mandalay, said so."))).toEqual([
      "Khin Thuzar May",
    ]);
  });

  it("not a month after a firm's name with a day after it", () => {
    const e = entitiesOf("Shares of Zorvex rose on May 5, said Daw Nyunt.");
    expect(people(e)).not.toContain("Zorvex May");
  });
});

describe("a first word's usual gender says nothing in a naming system the lists lack (session 15)", () => {
  it("'Aung San Suu Kyi … her spokesman': the first word 'Aung' is no man's given name there", () => {
    const qs = directQuotes(
      "Opposition leader Aung Hla Suu Kyi met the envoy on Tuesday.",
      "Nan Ei Phyu, a student in Yangon, watched from the street.",
      'Her spokesman, Zaw Lin Htet, said: "The talks were useful."',
      "Aung Hla Suu Kyi later visited the camps.",
      '"The camps must close," she said.',
    );
    expect(speakers(qs)).toEqual(["Zaw Lin Htet", "Aung Hla Suu Kyi"]);
  });

  it("'Brexiteer Mark Collins': a word no dictionary knows before a known given name and surname is a modifier", () => {
    const { entities } = findPeople(
      madeUpSentences("Brexiteer Mark Collins opened the fete in Ashford on Saturday."),
    );
    expect(entities.filter((x) => x.kind === "person").map((x) => x.name)).toEqual([
      "Mark Collins",
    ]);
  });

  it("'Kim Jong Un', 'Aung San Suu Kyi': no given name first, so no gender from the first word", () => {
    const { entities, facts } = findPeople(
      madeUpSentences("Kim Jong Pil met Aung Hla Suu Kyi in Hanoi on Friday."),
    );
    const found = entities.filter((x) => x.kind === "person");
    expect(found.map((x) => [x.name, facts.get(x.id)?.gender ?? null])).toEqual([
      ["Kim Jong Pil", null],
      ["Aung Hla Suu Kyi", null],
    ]);
  });
});

describe("a body inside an unnamed speaker's phrase is mentioned (session 15)", () => {
  it("'A spokeswoman for Kilimall said …': the firm's sentences include that one", () => {
    const e = entitiesOf(
      "A spokeswoman for Kilimall said the app had been fixed.",
      "Kilimall did not say how many buyers were hurt.",
    );
    const firm = e.find((x) => x.name === "Kilimall");
    expect(firm?.kind).toBe("organisation");
    expect(firm?.mentions).toEqual([0, 1]);
  });
});

describe("a hyphened given name of Korea, Hong Kong or Taiwan (session 15)", () => {
  it("'Moon Jae-in', 'Lee Ka-chun': the syllable after the hyphen is part of the name, not an affix", () => {
    const qs = directQuotes(
      '"We will talk again," said Moon Ha-in, the envoy.',
      '"Prices will fall," Chan Ka-wai told the paper.',
    );
    expect(speakers(qs)).toEqual(["Moon Ha-in", "Chan Ka-wai"]);
  });

  it("an affix that is an English word still ends the name ('a Jackson-style stunt')", () => {
    const e = entitiesOf("Tanaka-style reforms were praised by Ryo Tanaka on Monday.");
    expect(people(e)).toEqual(["Ryo Tanaka"]);
  });
});

describe("a name set off by commas after a noun for a person (session 20)", () => {
  it("'Another resident, Lindiwe Maseko, said:' names a person the name lists do not know", () => {
    const qs = directQuotes(
      "Flooding hit the town of Marsh End on Friday.",
      'Another resident, Lindiwe Maseko, said: "Nobody came."',
    );
    expect(speakers(qs)).toEqual(["Lindiwe Maseko"]);
  });

  it("not a body's name after a noun for a person ('its parent, Southern Cross Aviation Group')", () => {
    const e = entitiesOf(
      "Shares in the airline's parent, Southern Cross Aviation Group, fell 4 per cent.",
    );
    expect(people(e)).toEqual([]);
  });
});
