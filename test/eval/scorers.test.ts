import { describe, expect, it } from "vitest";
import { DocText } from "../support/eval/locate.js";
import { personName, sameName } from "../support/eval/person-names.js";
import {
  goldQuotes,
  quoteParts,
  quotedMask,
  speakerKind,
  type GoldQuote,
  type PolnearArticle,
  type PolnearAttribution,
} from "../support/eval/polnear-gold.js";
import { anotherCategory, unattributedCategory } from "../support/eval/polnear-layout.js";
import { scoreArticle, speakerRight } from "../support/eval/polnear-score.js";
import { asGoldQuote, goldSpan } from "../support/eval/wire-score.js";
import type { Entity, Quote } from "../../src/model/analysis.js";
import { splitIds } from "../support/eval/split.js";
import { compareValue, goldPeriod, yearWritten } from "../support/eval/timeml-values.js";

const name = (s: string) => personName(s)!;

/** A made-up polnear-style article: attributions given by their content and speaker text, offsets found here. */
function article(doc: string, quotes: { content: string; speaker: string }[]): PolnearArticle {
  let from = 0;
  const attributions: PolnearAttribution[] = quotes.map(({ content, speaker }) => {
    const c = doc.indexOf(content, from);
    // The speaker after the content ("…," Reyes said), else before it ("Reyes said …").
    const after = doc.indexOf(speaker, c + content.length);
    const s = after >= 0 ? after : doc.lastIndexOf(speaker, c);
    from = c + 1;
    return {
      text: content,
      speaker,
      cue: "said",
      type: "indirect",
      content_spans: [[c, c + content.length]],
      speaker_spans: [[s, s + speaker.length]],
    };
  });
  return {
    id: "made-up",
    publisher: "test",
    publication_date: "2016-03-01",
    title: "Made up",
    doc,
    quotes: attributions,
  };
}

describe("polnear gold: quote types from the quote marks", () => {
  it('sees “…”, "…" and the two-apostrophe quotes some wire texts use', () => {
    for (const doc of [
      "“We will win,” she said.",
      '"We will win," she said.',
      "''We will win,'' she said.",
    ]) {
      const end = doc.indexOf(",") + (doc.startsWith("'") ? 3 : 2);
      expect(quoteParts(doc, quotedMask(doc), [[0, end]]).type).toBe("direct");
    }
  });

  it("tells mixed and indirect content apart", () => {
    const doc = "She called the plan “a disaster” and said the vote would fail.";
    const mask = quotedMask(doc);
    const mixed = quoteParts(doc, mask, [[15, 32]]);
    expect(mixed.type).toBe("mixed");
    expect(doc.slice(mixed.quoted[0]!.start, mixed.quoted[0]!.end)).toBe("a disaster");
    expect(quoteParts(doc, mask, [[42, 62]]).type).toBe("indirect");
  });
});

describe("polnear gold: speakers", () => {
  it("classifies how the gold names the speaker", () => {
    expect(speakerKind("Sen. Ted Cruz")).toBe("name");
    expect(speakerKind("the White House spokesman, Josh Earnest,")).toBe("name");
    expect(speakerKind("she")).toBe("pronoun");
    expect(speakerKind("a campaign spokesman")).toBe("description");
    expect(speakerKind("the Florida senator")).toBe("description");
    expect(speakerKind(null)).toBe("none");
  });

  it("reads the person out of titles, tags and appositions", () => {
    expect(name("Rep. Jane Doe (D-Ore.)")).toEqual({ surname: "doe", given: ["jane"] });
    expect(name("Secretary of State Tom Reyes")).toEqual({ surname: "reyes", given: ["tom"] });
    expect(name("Gov. Phil Bryant of Mississippi, a former backer of Sen. Ted Cruz")).toEqual({
      surname: "bryant",
      given: ["phil"],
    });
    expect(personName("Rep")).toBeUndefined();
  });

  it("reads a title written with “of” before a full name as a title", () => {
    expect(name("Speaker of the Assembly Rep. Tom Reyes (R-Ore.)")).toEqual({
      surname: "reyes",
      given: ["tom"],
    });
    expect(name("Gov. Tom Reyes of Oregon")).toEqual({ surname: "reyes", given: ["tom"] });
  });

  it("takes only the given names written right before the surname", () => {
    expect(name("Policy Research Institute President Jane Doe")).toEqual({
      surname: "doe",
      given: ["jane"],
    });
    expect(name("When Reyes")).toEqual({ surname: "reyes", given: [] });
    expect(name("Donald J. Reyes")).toEqual({ surname: "reyes", given: ["donald"] });
    expect(personName("The")).toBeUndefined();
  });

  it("matches the same person, and keeps two people with one surname apart", () => {
    expect(sameName(name("Ted Cruz"), name("Sen. Cruz"))).toBe(true);
    expect(sameName(name("Hillary Rodham Clinton"), name("Hillary Clinton"))).toBe(true);
    expect(sameName(name("Governor Martin O'Malley"), name("Martin O'Malley"))).toBe(true);
    expect(sameName(name("Eric Trump"), name("Donald J. Trump"))).toBe(false);
    expect(sameName(name("Jane Doe"), name("Rep. Tom Reyes"))).toBe(false);
  });

  it("resolves a pronoun to the nearest preceding person of its gender, and a surname to the full name", () => {
    const doc =
      "Jane Doe spoke first. Tom Reyes said the bill would pass.\n\n“It will not,” she said. “We have the votes,” Reyes said.\n\n“Not enough,” Doe said.";
    const gold = goldQuotes(
      article(doc, [
        { content: "the bill would pass", speaker: "Tom Reyes" },
        { content: "“It will not,”", speaker: "she" },
        { content: "“We have the votes,”", speaker: "Reyes" },
        { content: "“Not enough,”", speaker: "Doe" },
      ]),
    );
    expect(gold.map((g) => [g.type, g.kind, g.person])).toEqual([
      ["indirect", "name", { surname: "reyes", given: ["tom"] }],
      ["direct", "pronoun", { surname: "doe", given: ["jane"] }],
      ["direct", "name", { surname: "reyes", given: ["tom"] }],
      ["direct", "name", { surname: "doe", given: ["jane"] }],
    ]);
  });
});

describe("polnear gold: pronouns go to people, not to outlets", () => {
  it("passes over a source that is no person, however often a pronoun follows it", () => {
    const doc =
      "Tom Reyes toured the port. The Journal reported that talks failed.\n\n“We tried,” he said. The Journal said the port was closed.\n\n“We will try again,” he said.";
    const gold = goldQuotes(
      article(doc, [
        { content: "talks failed", speaker: "The Journal" },
        { content: "“We tried,”", speaker: "he" },
        { content: "the port was closed", speaker: "The Journal" },
        { content: "“We will try again,”", speaker: "he" },
      ]),
    );
    expect(gold.filter((g) => g.kind === "pronoun").map((g) => g.person)).toEqual([
      { surname: "reyes", given: ["tom"] },
      { surname: "reyes", given: ["tom"] },
    ]);
  });

  it("a name inside an annotated speaker (“Reyes adviser Tom Olsen”) is not the sentence's subject", () => {
    const doc =
      "Mark Reyes spoke on Monday. Reyes adviser Tom Olsen said the plan works.\n\n“It will pass,” he said.";
    const gold = goldQuotes(
      article(doc, [
        { content: "the plan works", speaker: "Reyes adviser Tom Olsen" },
        { content: "“It will pass,”", speaker: "he" },
      ]),
    );
    expect(gold[1]!.person).toEqual({ surname: "olsen", given: ["tom"] });
  });

  it("a speaker written with a first name is a person, whatever organisation the phrase names", () => {
    const doc =
      "Ann Lee spoke first. White House press secretary Tom Olsen said the talks went well.\n\n“We are pleased,” he said.";
    const gold = goldQuotes(
      article(doc, [
        { content: "the talks went well", speaker: "White House press secretary Tom Olsen" },
        { content: "“We are pleased,”", speaker: "he" },
      ]),
    );
    expect(gold[1]!.person).toEqual({ surname: "olsen", given: ["tom"] });
  });

  it("a subject after a short verbless opening (“One local woman, Ann Lee, …”) is what a pronoun refers to", () => {
    const doc =
      "Tom Reyes spoke at the fair. Later, Mark Olsen arrived.\n\nOne local woman, Ann Lee, stopped him.\n\n“Thank you for coming,” she said.";
    const gold = goldQuotes(article(doc, [{ content: "“Thank you for coming,”", speaker: "she" }]));
    expect(gold[0]!.person).toEqual({ surname: "lee", given: ["ann"] });
  });

  it("takes someone called by a first name alone as a person of that name's gender", () => {
    const doc =
      "Tom Reyes lost the vote. Jane said the campaign would go on.\n\n“We are proud,” she said.";
    const gold = goldQuotes(
      article(doc, [
        { content: "the campaign would go on", speaker: "Jane" },
        { content: "“We are proud,”", speaker: "she" },
      ]),
    );
    expect(gold[1]!.person).toEqual({ surname: "jane", given: [] });
  });
});

describe("polnear gold: a surname several people share goes to the article's main bearer", () => {
  it("“Reyes” is the Reyes introduced first, not a relative named later in full", () => {
    const doc =
      "Ann Reyes opened her campaign on Monday.\n\nHer husband, Tom Reyes, a retired teacher, joined the tour last week.\n\nThe hall was full. Buses lined the street.\n\n“We will win,” Reyes said.";
    const gold = goldQuotes(article(doc, [{ content: "“We will win,”", speaker: "Reyes" }]));
    expect(gold[0]!.person).toEqual({ surname: "reyes", given: ["ann"] });
  });

  it("unless the other is named in full right before it", () => {
    const doc =
      "Ann Reyes opened her campaign on Monday.\n\nHer husband, Tom Reyes, spoke next. “She will win,” Reyes said.";
    const gold = goldQuotes(article(doc, [{ content: "“She will win,”", speaker: "Reyes" }]));
    expect(gold[0]!.person).toEqual({ surname: "reyes", given: ["tom"] });
  });

  it("a pronoun after the surname goes to the main bearer too; spellings of one given name are one person", () => {
    const doc =
      "Hilary Reyes opened her campaign on Monday, and Hillary Reyes thanked Tom Reyes.\n\nReyes spoke last.\n\n“We will win,” she said.";
    const gold = goldQuotes(article(doc, [{ content: "“We will win,”", speaker: "she" }]));
    expect(gold[0]!.person?.surname).toBe("reyes");
    expect(gold[0]!.person?.given[0]).toMatch(/^hill?ary$/);
  });

  it("a “who” after “Mr. Reyes” is a man's", () => {
    const doc =
      "Ann Reyes and Tom Reyes arrived.\n\nMr. Reyes, who spoke first, said the vote was close.";
    const gold = goldQuotes(article(doc, [{ content: "the vote was close", speaker: "who" }]));
    expect(gold[0]!.person).toEqual({ surname: "reyes", given: ["tom"] });
  });
});

describe("polnear gold: gender and spans as the article writes them", () => {
  it("a “Mrs. Lee” is a woman, not the “Tom Lee” written before her", () => {
    const doc = "Tom Lee spoke first. Mrs. Lee thanked the crowd.\n\n“We are home,” she said.";
    const gold = goldQuotes(article(doc, [{ content: "“We are home,”", speaker: "she" }]));
    expect(gold[0]!.person).toEqual({ surname: "lee", given: [] });
  });

  it("two stray pronouns do not turn a man named in the lexicon into a woman", () => {
    const doc =
      "Ann Lee arrived first.\n\nReyes held a rally while Lee hosted a dinner. “Thank you,” she said.\n\nReyes left early while Lee stayed on. “Good night,” she said. Tom Reyes spoke on Monday.";
    const gold = goldQuotes(
      article(doc, [
        { content: "“Thank you,”", speaker: "she" },
        { content: "“Good night,”", speaker: "she" },
      ]),
    );
    expect(gold.map((g) => g.person)).toEqual([
      { surname: "lee", given: ["ann"] },
      { surname: "lee", given: ["ann"] },
    ]);
  });

  it("a surname alone that several people named in full share is not scored", () => {
    const doc =
      "Ketu Lee and Nuru Lee came with Osei Lee. Mr. Lee spoke first, and Ms. Lee spoke next.\n\n“We are home,” Ms. Lee said.";
    const gold = goldQuotes(article(doc, [{ content: "“We are home,”", speaker: "Ms. Lee" }]));
    expect(gold[0]!.unresolvedReference).toBe(true);
  });

  it("a description ending in a capitalised place is not the name; the full name after it is", () => {
    const doc = "“We were close,” said his best friend at Oakdale, Tom Reyes, on Monday.";
    const gold = goldQuotes(
      article(doc, [
        { content: "“We were close,”", speaker: "his best friend at Oakdale, Tom Reyes" },
      ]),
    );
    expect(gold[0]!.person).toEqual({ surname: "reyes", given: ["tom"] });
  });

  it("two people named as one speaker are each right", () => {
    const doc =
      "“We object,” said Senate leader Tom Reyes and House Speaker Ann Lee, both Democrats.";
    const gold = goldQuotes(
      article(doc, [
        {
          content: "“We object,”",
          speaker: "Senate leader Tom Reyes and House Speaker Ann Lee, both Democrats,",
        },
      ]),
    );
    const by = (speaker: string): Quote => ({
      text: "",
      sentence: 0,
      para: 0,
      partial: false,
      speaker,
    });
    expect(speakerRight(gold[0]!, by("Tom Reyes"), [], doc)).toBe(true);
    expect(speakerRight(gold[0]!, by("Ann Lee"), [], doc)).toBe(true);
    expect(speakerRight(gold[0]!, by("Jane Doe"), [], doc)).toBe(false);
  });

  it("a speaker span cut inside a word runs to the word's end", () => {
    const doc = "“We will win,” the senior campaign adviser said.";
    const gold = goldQuotes(
      article(doc, [{ content: "“We will win,”", speaker: "the senior campaign advise" }]),
    );
    expect(gold[0]!.speaker).toBe("the senior campaign adviser");
    expect(gold[0]!.head).toBe("adviser");
  });

  it("a cue word alone, an adjective or a weekday names nobody", () => {
    expect(speakerKind("asked")).toBe("none");
    expect(speakerKind("the Texan")).toBe("description");
    expect(speakerKind("the Republican")).toBe("description");
    expect(speakerKind("a poll released Monday")).toBe("description");
    expect(speakerKind("USA Today")).toBe("name");
    expect(speakerKind("Weld")).toBe("name");
  });
});

describe("polnear scorer", () => {
  it("matches the bot's quotes by their place in the document and checks the speaker", () => {
    const doc =
      "Senate passes the bill.\n\nThe Senate passed the bill on Tuesday after a long debate.\n\n“This is a great day for the country,” said Jane Doe, a Democrat from Oregon.";
    const r = scoreArticle(
      article(doc, [
        {
          content: "“This is a great day for the country,”",
          speaker: "Jane Doe, a Democrat from Oregon",
        },
      ]),
    );
    expect(r.goldDirect).toBe(1);
    expect(r.foundDirect).toBe(1);
    expect(r.botRight).toBe(r.botQuotes);
    expect(r.speaker.name).toEqual({ right: 1, total: 1 });
  });
});

describe("polnear gold: he and she as a reader takes them (polnear-reading.ts)", () => {
  const pronounPeople = (doc: string, quotes: { content: string; speaker: string }[]) =>
    goldQuotes(article(doc, quotes))
      .filter((g) => g.kind === "pronoun")
      .map((g) => g.person ?? g.described);

  it("follows a chain of he's back to the person, past an object named in between", () => {
    const doc =
      "Mayor Tom Reyes left early. Still he rejected the claim that Mark Olsen asked for.\n\n“It was hard,” he said.";
    expect(pronounPeople(doc, [{ content: "“It was hard,”", speaker: "he" }])).toEqual([
      { surname: "reyes", given: ["tom"] },
    ]);
  });

  it("never takes an organisation or a news agency for he", () => {
    const doc =
      "Adm. Tom Reyes spoke on Monday. “They are unkind,” Redwire, the official news agency, wrote.\n\n“I am not sure why,” he said.";
    expect(
      pronounPeople(doc, [
        { content: "“They are unkind,”", speaker: "Redwire, the official news agency" },
        { content: "“I am not sure why,”", speaker: "he" },
      ]),
    ).toEqual([{ surname: "reyes", given: ["tom"] }]);
  });

  it("the speaker of a trailing reporting clause outranks a name inside what was reported", () => {
    const doc =
      "Tom Reyes was the better debater, Mark Olsen said on Friday.\n\n“He never stops,” he said.";
    expect(
      pronounPeople(doc, [
        { content: "Tom Reyes was the better debater", speaker: "Mark Olsen" },
        { content: "“He never stops,”", speaker: "he" },
      ]),
    ).toEqual([{ surname: "olsen", given: ["mark"] }]);
  });

  it("an unnamed person is the antecedent when no named one fits, scored as a description", () => {
    const doc =
      "Jane Doe spoke first. A reporter for the Daily Planet called it chaos.\n\n“We saw people run,” he said.";
    const gold = goldQuotes(article(doc, [{ content: "“We saw people run,”", speaker: "he" }]));
    expect(gold[0]!.person).toBeUndefined();
    expect(gold[0]!.described).toBe("A reporter");
    expect(gold[0]!.head).toBe("reporter");
  });

  it("passes over the person addressed (“he told Olsen”) and a name inside a fronted clause", () => {
    const doc =
      "Mark Olsen asked Tom Reyes about the port.\n\n“It stays open,” he told Olsen. Asked whether Olsen was right, Reyes smiled.\n\n“He usually is,” he said.";
    expect(
      pronounPeople(doc, [
        { content: "“It stays open,”", speaker: "he" },
        { content: "“He usually is,”", speaker: "he" },
      ]),
    ).toEqual([
      { surname: "reyes", given: ["tom"] },
      { surname: "reyes", given: ["tom"] },
    ]);
  });

  it("a name before another capitalised word names a thing, not the subject (“Reyes University”)", () => {
    const doc =
      "Mark Olsen sued Tom Reyes in 1991. Like Ann Lee, the former Reyes University student, Olsen avoids court now.\n\n“I am too old for it,” he said.";
    expect(pronounPeople(doc, [{ content: "“I am too old for it,”", speaker: "he" }])).toEqual([
      { surname: "olsen", given: ["mark"] },
    ]);
  });

  it("takes a titled person called by surname alone (“President Brandt … said Brandt”) for he", () => {
    const doc =
      "Mayor Tom Reyes spoke first. President Brandt spoke later.\n\n“We are strong,” said Brandt, who returned early.\n\nHe concluded, “We will stay strong.”";
    expect(
      pronounPeople(doc, [
        { content: "“We are strong,”", speaker: "Brandt, who returned early" },
        { content: "“We will stay strong.”", speaker: "He" },
      ]),
    ).toEqual([{ surname: "brandt", given: [] }]);
  });

  it("a person whose surname is an ordinary word is a person after a known first name (“Gloria Field”)", () => {
    const doc =
      "Inside the door are Tom Reyes and Gloria Field, two volunteers.\n\nFor Field, a retiree, the calls matter.\n\n“I call every night,” she said.";
    expect(pronounPeople(doc, [{ content: "“I call every night,”", speaker: "she" }])).toEqual([
      { surname: "field", given: ["gloria"] },
    ]);
  });

  it("a he/she opening the sentence after one a person opens outweighs that person's first name with one more vote", () => {
    const doc =
      "Marty Olsen approaches it differently. She said she would rather see money go to Tom Reyes.\n\n“They are wrong,” she said.";
    expect(pronounPeople(doc, [{ content: "“They are wrong,”", speaker: "she" }])).toEqual([
      { surname: "olsen", given: ["marty"] },
    ]);
  });

  it("a description holds no clause (“a rally that drew”, “a memo he drew up”)", () => {
    const doc = "Crowds came to a rally that drew about 100 people.\n\n“We are one,” he said.";
    const gold = goldQuotes(article(doc, [{ content: "“We are one,”", speaker: "he" }]));
    expect(gold[0]!.described).toBeUndefined();
  });

  it("a sentence adverb or a full stop is no part of a name (“… the United States. Recently, Tom Reyes”)", () => {
    const doc =
      "Mark Olsen left the United States. Recently, he said, he felt at home.\n\n“It is calm here,” he said. Recently, Tom Reyes, a radio host, spoke.";
    const gold = goldQuotes(
      article(doc, [
        { content: "“It is calm here,”", speaker: "he" },
        { content: "spoke", speaker: "Recently, Tom Reyes, a radio host" },
      ]),
    );
    expect(gold.map((g) => g.person)).toEqual([
      { surname: "olsen", given: ["mark"] },
      { surname: "reyes", given: ["tom"] },
    ]);
  });

  it("a speaker written after a determiner's description is the full name that follows (“The Reyes Group's CEO, Ann Lee”)", () => {
    const doc = "The Reyes Group's CEO, Ann Lee, said the firm had no doubts.";
    const gold = goldQuotes(
      article(doc, [
        { content: "the firm had no doubts", speaker: "The Reyes Group's CEO, Ann Lee," },
      ]),
    );
    expect(gold[0]!.person).toEqual({ surname: "lee", given: ["ann"] });
  });

  it("a description whose words fit nobody is not guessed from its head alone (“the Ohio Republican”)", () => {
    const doc =
      "Republican candidate Tom Reyes spoke first. House Speaker Mark Olsen said he would wait.\n\nIt was a reversal for the Ohio Republican.\n\n“We are not there yet,” he said.";
    expect(pronounPeople(doc, [{ content: "“We are not there yet,”", speaker: "he" }])).toEqual([
      { surname: "olsen", given: ["mark"] },
    ]);
  });

  it("a “who” after no name (“their editors, who”) stays unresolved", () => {
    const doc = "Tom Reyes left. And will their editors, who once called it dull, agree?";
    const gold = goldQuotes(article(doc, [{ content: "once called it dull", speaker: "who" }]));
    expect(gold[0]!.person).toBeUndefined();
  });
});

describe("polnear scorer: description speakers", () => {
  const doc =
    "Campaign spokesman Tom Reyes spoke first. Sen. Jane Doe spoke next.\n\n“We will win,” the senator said. “Not yet,” a campaign spokesman said. “Soon,” the moderator said.";
  const gold = goldQuotes(
    article(doc, [
      { content: "“We will win,”", speaker: "the senator" },
      { content: "“Not yet,”", speaker: "a campaign spokesman" },
      { content: "“Soon,”", speaker: "the moderator" },
    ]),
  );
  const reyes: Entity = {
    id: "p1",
    kind: "person",
    name: "Tom Reyes",
    aliases: ["the senator", "the moderator"],
    mentions: [],
  };
  const by = (speaker: string, entity?: Entity): Quote => ({
    text: "",
    sentence: 0,
    para: 0,
    partial: false,
    speaker,
    ...(entity ? { speakerId: entity.id } : {}),
  });

  it("a resolved description is right for its person or as written, never for another person the bot linked it to", () => {
    expect(gold[0]!.person).toEqual({ surname: "doe", given: ["jane"] });
    expect(speakerRight(gold[0]!, by("Jane Doe"), [], doc)).toBe(true);
    expect(speakerRight(gold[0]!, by("the senator"), [], doc)).toBe(true);
    expect(speakerRight(gold[0]!, by("Tom Reyes", reyes), [reyes], doc)).toBe(false);
  });

  it("an indefinite description is right as written, or for a person the article writes with its head noun", () => {
    expect(speakerRight(gold[1]!, by("a campaign spokesman"), [], doc)).toBe(true);
    expect(speakerRight(gold[1]!, by("Tom Reyes", reyes), [reyes], doc)).toBe(true);
    const lee: Entity = { ...reyes, id: "p2", name: "Ann Lee", aliases: ["a campaign spokesman"] };
    expect(speakerRight(gold[1]!, by("Ann Lee", lee), [lee], doc)).toBe(false);
  });

  it("a definite description of a person the scorer cannot resolve is not scored", () => {
    expect(gold[2]!.person).toBeUndefined();
    expect(gold[2]!.unresolvedReference).toBe(true);
  });
});

describe("locating the bot's text in a document", () => {
  it("ignores quote styles, white space, dashes and accents", () => {
    const doc = new DocText("He said: ''It’s   done -- for now.''\nThen José left.");
    const at = doc.find("It's done – for now.");
    expect(at && doc.doc.slice(at.start, at.end)).toBe("It’s   done -- for now.");
    expect(doc.find("Jose left")).toBeDefined();
    expect(doc.find("It's done", 20)).toBeUndefined();
  });
});

describe("timeml scorer", () => {
  it("turns TIMEX3 values into periods", () => {
    expect(goldPeriod("1998-08-07")).toEqual({ first: "1998-08-07", last: "1998-08-07" });
    expect(goldPeriod("1998-W08")).toEqual({ first: "1998-02-16", last: "1998-02-22" });
    expect(goldPeriod("2000-W7")).toEqual({ first: "2000-02-14", last: "2000-02-20" });
    expect(goldPeriod("1998-Q1")).toEqual({ first: "1998-01-01", last: "1998-03-31" });
    expect(goldPeriod("199X")).toEqual({ first: "1990-01-01", last: "1999-12-31" });
    expect(goldPeriod("PRESENT_REF")).toBeUndefined();
    expect(goldPeriod("XXXX-10")).toBeUndefined();
  });

  it("judges a value at the bot's granularity; a finer bot date inside the gold period is right too", () => {
    expect(compareValue({ date: "1998-08" }, "1998-08-07")).toBe("right");
    expect(compareValue({ date: "1998-08-07" }, "1998-08-07")).toBe("right");
    expect(compareValue({ date: "1998-02-16", end: "1998-02-22" }, "1998-W08")).toBe("right");
    expect(compareValue({ date: "1998-02-18" }, "1998-W08")).toBe("finer");
    expect(compareValue({ date: "1997-07" }, "1998-07")).toBe("wrong");
    expect(compareValue({ date: "1998" }, "FUTURE_REF")).toBe("unchecked");
  });

  it("tells dates written with their year from dates resolved from the publication date", () => {
    expect(yearWritten("Aug. 7, 1998")).toBe(true);
    expect(yearWritten("'98")).toBe(true);
    expect(yearWritten("last Friday")).toBe(false);
  });
});

describe("held-out split", () => {
  it("holds out every fifth id in sorted order, whatever the input order", () => {
    const ids = ["j", "a", "c", "b", "e", "d", "g", "f", "i", "h"];
    const split = splitIds(ids);
    expect(ids.filter((id) => split.get(id) === "held-out").sort()).toEqual(["e", "j"]);
  });
});

describe("wire gold speakers", () => {
  it("reads a hand-written capitalised name as a person even when its surname is a word", () => {
    const gold = { doc: "d", quote: "We will", type: "direct", speaker: "Gerard Rice" } as const;
    const q = asGoldQuote(gold, { start: 0, end: 7 });
    expect(q.kind).toBe("name");
    expect(q.person?.surname).toBe("rice");
    const described = asGoldQuote({ ...gold, speaker: "a union official" }, { start: 0, end: 7 });
    expect(described.kind).toBe("description");
  });
});

describe("wire gold spans (speakers probe styles)", () => {
  it("a ‘…’ quotation closes at a ’ no letter follows, not at the apostrophe of it’s", () => {
    const text = "‘The council says it’s about money,’ said Amir. ‘It found £3m.’";
    const span = goldSpan(text, "The council says");
    expect(text.slice(span!.start, span!.end)).toBe("The council says it’s about money,");
  });

  it("an unmarked quotation starts its paragraph (after a label) and runs to its end", () => {
    const text =
      "She said:\n\nWe had a good talk. The door is open.\n\nShe left.\n\nA: Because that is where.";
    const span = goldSpan(text, "We had a good talk", true);
    expect(text.slice(span!.start, span!.end)).toBe("We had a good talk. The door is open.");
    expect(goldSpan(text, "Because that is", true)).toBeDefined();
    expect(goldSpan(text, "The door is open", true)).toBeUndefined();
  });

  it("a handle is a named speaker", () => {
    const gold = { doc: "d", quote: "We will", type: "direct", speaker: "@JaneDoe" } as const;
    expect(asGoldQuote(gold, { start: 0, end: 7 }).kind).toBe("name");
  });
});

describe("polnear wrong-speaker layout categories (polnear-layout.ts)", () => {
  const categoryOf = (doc: string, content: string, speaker: string) => {
    const a = article(doc, [{ content, speaker }]);
    const g = goldQuotes(a)[0]!;
    return unattributedCategory(doc, quotedMask(doc), g);
  };
  it("tells a colon introduction, a speaker in the paragraph, one in the paragraph before and a label", () => {
    expect(
      categoryOf(
        "Title.\n\nMayor Ann Holt said:\n\n“We will rebuild the bridge.”",
        "“We will rebuild the bridge.”",
        "Mayor Ann Holt",
      ),
    ).toBe("colon intro");
    expect(
      categoryOf(
        "Title.\n\n“We will rebuild the bridge,” said longtime resident Paul Moss.",
        "“We will rebuild the bridge,”",
        "Paul Moss",
      ),
    ).toBe("same ¶, speech verb");
    expect(
      categoryOf(
        "Title.\n\nMayor Ann Holt spoke at the dock on Friday.\n\n“We will rebuild the bridge.”",
        "“We will rebuild the bridge.”",
        "Mayor Ann Holt",
      ),
    ).toBe("¶ before");
    expect(
      categoryOf(
        "Title.\n\nHOLT: “We will rebuild the bridge.”",
        "“We will rebuild the bridge.”",
        "HOLT",
      ),
    ).toBe("labels/lists");
  });
  it("sorts a quote given to another speaker by how the gold names the speaker", () => {
    const g = { kind: "name" } as GoldQuote;
    expect(anotherCategory({ kind: "pronoun" } as GoldQuote, "a", "b")).toBe("pronoun");
    expect(anotherCategory(g, "Holt", "Holt")).toBe("previous kept");
    expect(anotherCategory(g, "Holt", "Moss")).toBe("other");
  });
});
