import { describe, expect, it } from "vitest";
import { Library } from "../../../src/library/library.js";
import { ageOf } from "../../../src/answers/questions/honest.js";
import { compoundParts } from "../../../src/answers/questions/ranking.js";
import { appositiveTail, roleFromText } from "../../../src/answers/questions/who.js";
import { clockOfVerb, clockTime } from "../../../src/answers/questions/kinds/when.js";
import { shown } from "../../support/ask.js";
import { madeUp } from "../../support/articles.js";

const askIn = (library: Library) => (q: string) => shown(library, q);
const REFUSED = /^(?:The article (?:does not|says nothing|has no)|None of the articles)/;

describe("a closed compound the article writes open", () => {
  const ask = askIn(
    new Library([
      madeUp("final", "Harbour town hosts the final", [
        "The town of Velna hosted the Sea Festival on Sunday.",
        "About 40,000 people watched the Sea Festival parade in the harbour.",
        "Health care workers were on duty all day.",
      ]),
    ]),
  );

  it("splits a word no article uses into two it does", () => {
    const known = new Set(["health", "care", "sea", "cup"]);
    const fake = { knows: (w: string) => known.has(w), correct: () => undefined };
    expect(compoundParts("healthcare", fake)).toEqual(["health", "care"]);
    expect(compoundParts("seacupped", fake)).toBeUndefined();
    expect(compoundParts("health", fake)).toBeUndefined();
  });

  it("answers with the open spelling", () => {
    expect(ask("how many people watched the seafestival parade")).toMatch(/40,000/);
    expect(ask("who worked in healthcare")).toMatch(/Health care workers/);
  });
});

describe("ages as clauses and appositives", () => {
  it("reads 'when she was 4' and 'at the age of 12' as the age of the person named before", () => {
    const people = new Set(["mara", "lind", "tom", "ek"]);
    const age = (text: string, asked: string) => ageOf(text, [asked], "", people);
    expect(age("Mara Lind left Osla when she was 4.", "lind")).toBe("when she was 4");
    expect(age("Tom Ek began to paint at the age of 12.", "ek")).toBe("at the age of 12");
    expect(age("Ek said they were 2-0 down when he was 9.", "ek")).toBe("when he was 9");
    expect(age("Ek left when he was 4 points clear.", "ek")).toBeUndefined();
    expect(age("Tom Ek met Mara Lind when she was 4.", "ek")).toBeUndefined();
  });

  it("gives an age in apposition to the name before it, not to the word after it", () => {
    const text = "“We stay,” said Rob Vane, a 39-year-old Osla baker.";
    expect(ageOf(text, ["vane"], "", new Set(["rob", "vane"]))).toBe("39-year-old");
    expect(ageOf(text, ["osla"], "", new Set(["rob", "vane"]))).toBeUndefined();
  });

  it("never gives a possessive's relative's age, nor an anaphor's for a name after it", () => {
    const people = new Set(["ivo", "dell", "nina"]);
    expect(ageOf("Ivo Dell and his 6-year-old son left.", ["dell"], "", people)).toBeUndefined();
    expect(
      ageOf("Nina Dell will meet the 6-year-old boy's father, Ivo Dell.", ["ivo"], "", people),
    ).toBeUndefined();
    expect(ageOf("The 6-year-old is safe.", ["nina"], "Nina was found.", people)).toBe(
      "6-year-old",
    );
    // A stop word among the name words ("The Osla international") is no name.
    const withThe = new Set([...people, "the"]);
    expect(ageOf("The 19-year-old scored.", ["ivo"], "Ivo came on.", withThe)).toBe("19-year-old");
  });

  it("gives a sentence-opening anaphor's age to the subject of the sentence before", () => {
    const people = new Set(["nina", "dell", "rob", "vane"]);
    const before = "Nina Dell was coached by Rob Vane, who is also charged.";
    expect(ageOf("The 27-year-old denies it.", ["dell"], before, people)).toBe("27-year-old");
    expect(ageOf("The 27-year-old denies it.", ["vane"], before, people)).toBe("27-year-old");
    expect(
      ageOf("Ivo met the 27-year-old in May.", ["dell"], before, new Set([...people, "ivo"])),
    ).toBeUndefined();
  });

  it("answers 'how old' from the article and refuses another person's age", () => {
    const ask = askIn(
      new Library([
        madeUp("family", "A family reunited", [
          "Ivo Dell flew to Osla to meet his 6-year-old son on Monday.",
          "Mara Lind, who left Osla in 1980 when she was 4, welcomed them.",
          "“We waited a long time,” said Rob Vane, a 39-year-old Osla baker.",
        ]),
      ]),
    );
    expect(ask("how old was Mara Lind when she left Osla")).toMatch(/^when she was 4:/);
    expect(ask("how old is Rob Vane")).toMatch(/^39-year-old:/);
    expect(ask("how old is Ivo Dell")).toMatch(REFUSED);
  });
});

describe("who is X: the role in front of a name is a noun phrase", () => {
  it("cuts a phrase with a clause in it to the role that ends it", () => {
    expect(appositiveTail("ruling issued Monday and also order Ana's grandfather")).toBe(
      "Ana's grandfather",
    );
    expect(appositiveTail("letter signed by the mayor and the town's new treasurer")).toBe(
      "town's new treasurer",
    );
    expect(appositiveTail("first president of the republic")).toBe(
      "first president of the republic",
    );
    expect(appositiveTail("president and chief executive")).toBe("president and chief executive");
    expect(appositiveTail("newly elected mayor")).toBe("newly elected mayor");
  });

  it("answers 'who is X' with that role", () => {
    const ask = askIn(
      new Library([
        madeUp("court", "Court weighs custody", [
          "The court upheld the ruling issued Monday and also ordered Ana's grandfather, Piet Lorn, to attend.",
          "Lorn said he would attend.",
        ]),
      ]),
    );
    expect(ask("who is Piet Lorn")).toMatch(/^Piet Lorn — Ana's grandfather\./);
  });

  it("reads a role set off after the name at the end of a sentence, not a home town", () => {
    const ask = askIn(
      new Library([
        madeUp("rally", "Rally in Osla", [
          "“We will not give up,” said Rosa Mint, an evangelical pastor.",
          "“They are wrong,” said Ivo Karr, 56, of Osla.",
        ]),
      ]),
    );
    expect(ask("what is Rosa Mint's job")).toMatch(/^Rosa Mint — evangelical pastor\./);
    expect(ask("who is Ivo Karr")).toMatch(/^Ivo Karr\./);
  });

  it("never reads a clause after the name as its role", () => {
    const ask = askIn(
      new Library([
        madeUp("poll", "Poll in Osla", [
          "A poll showed Mara Bell ahead of Tom Reyd, the race was tight among young voters.",
          "“To Ivo Sarr, the old workers don’t matter at all.”",
          "When the first night of the Farmers Union fair ended, Nils Odd’s aides were happy.",
          "Over her years as a union leader, Eva Lund raised funds.",
          "In a letter - addressed to the union leader, Ada Voss - the firm asks for talks.",
          "Most workers back Eva Lund, despite big-name holdouts such as Kai Moss, the polls show.",
          "When the union leader, Kai Moss, spoke, the more they liked Tom Reyd, the more they appear to like him.",
          "“We will win,” said Lina Sorr, a local pastor who has led the church since 1990.",
        ]),
      ]),
    );
    expect(ask("who is Tom Reyd")).toMatch(/^Tom Reyd\./);
    expect(ask("who is Ivo Sarr")).toMatch(/^Ivo Sarr\./);
    expect(ask("who is Nils Odd")).toMatch(/^Nils Odd\./);
    expect(ask("who is Eva Lund")).toMatch(/^Eva Lund\./);
    expect(ask("who is Ada Voss")).toMatch(/^Ada Voss — union leader\./);
    expect(ask("who is Kai Moss")).toMatch(/^Kai Moss — union leader\./);
    expect(ask("who is Lina Sorr")).toMatch(/^Lina Sorr — local pastor\./);
  });

  it("never reads 'according to …' after a name as its role", () => {
    const a = madeUp("stake", "Stake in Osla", [
      "Velmar said sales rose. A fund bought a stake in Velmar, according to Ivo Karr, its treasurer.",
    ]);
    const velmar = a.entities.find((e) => e.name === "Velmar");
    expect(velmar).toBeDefined();
    expect(roleFromText(a, velmar!)).toBeUndefined();
  });
});

describe("what time: a time of day", () => {
  it("reads times of day as news writes them", () => {
    expect(clockTime("He was shot at 10 p.m. on Friday.")).toBe("10 p.m.");
    expect(clockTime("The polls close at 1400 GMT.")).toBe("1400 GMT");
    expect(clockTime("They met at noon.")).toBe("noon");
    expect(clockTime("Sales rose 10% in 2004.")).toBeUndefined();
    expect(clockOfVerb("She was arrested at 6:30am near the port.", ["arrest"])).toBe(true);
    expect(clockOfVerb("At 6:30am the port opened; she was arrested later.", ["arrest"])).toBe(
      false,
    );
  });

  it("answers 'what time' with the time of the asked event first", () => {
    const ask = askIn(
      new Library([
        madeUp("raid", "Raid on Osla port", [
          "A neighbour saw a van outside the port at 4 a.m. on Tuesday, two hours before the raid.",
          "Police raided the Osla port at 6:30am on Tuesday, officials said.",
        ]),
      ]),
    );
    expect(ask("what time did police raid the port")).toMatch(/^6:30am:/);
    expect(ask("at what time did police raid the port")).toMatch(/^6:30am:/);
  });
});
