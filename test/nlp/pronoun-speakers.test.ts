import { describe, expect, it } from "vitest";
import { directQuotes as direct, readDirect } from "../support/read-quotes.js";
import type { Quote } from "../../src/model/analysis.js";

const speakers = (qs: Quote[]) => qs.map((q) => q.speaker ?? null);

describe("a first name's usual gender is only a guess", () => {
  it("a man named Lindsey is 'he' when the article says so", () => {
    const qs = direct(
      "Sen. Lindsey Marlow called out his rival Victor Haldane on Thursday, which he believes will cost the party.",
      'Marlow said, "We are losing voters."',
      'He continued, "I believe Victor Haldane is wrong."',
      'He added, "We can still win."',
    );
    expect(speakers(qs)).toEqual(["Lindsey Marlow", "Lindsey Marlow", "Lindsey Marlow"]);
  });

  it("one stray pronoun does not overrule the first name", () => {
    const qs = direct(
      "Kelly Brandt met Tom Orsi and praised his plan.",
      '"It is a good plan," she said.',
    );
    expect(speakers(qs)).toEqual(["Kelly Brandt"]);
  });
});

describe("who a pronoun can stand for", () => {
  it("a name after 'he said' is what he said, not a speaker", () => {
    const qs = direct(
      "Victor Haldane eased his tone on Monday. Asked who leads the party, he said Marlow.",
      '"I would say Marlow for the time being," he said.',
    );
    expect(speakers(qs)).toEqual(["Victor Haldane"]);
  });

  it("a name used as a modifier ('a Haldane rally') is not the subject", () => {
    const qs = direct(
      "Victor Haldane spoke on Monday.",
      "After a Haldane rally on Monday, Pierre Duval denounced the remarks.",
      '"That will have consequences," he said.',
    );
    expect(speakers(qs)).toEqual(["Pierre Duval"]);
  });

  it("a name before another person's role ('Orsi spokesman Dan Kessler') is not the subject", () => {
    const qs = direct(
      "Sen. Mitch Orsi spoke on Monday.",
      "Orsi spokesman Dan Kessler would not say when the vote will be held.",
      '"I have no announcements yet," he said.',
    );
    expect(speakers(qs)).toEqual(["Dan Kessler"]);
  });

  it("a subject a sentence or two back goes before a person named again only after a preposition", () => {
    const qs = direct(
      "Victor Haldane has picked three judges.",
      "Carl Tobias, a law professor, was not optimistic.",
      '"They will run out the clock," Tobias said.',
      "Would the next nominees be more liberal than Victor Haldane?",
      '"They should just do what they want," he said.',
    );
    expect(speakers(qs)).toEqual(["Carl Tobias", "Carl Tobias"]);
  });

  it("a speaker's quote going on for sentences does not move the subject out of reach", () => {
    const qs = direct(
      "Victor Haldane has picked three judges.",
      "Carl Tobias, a law professor, was not optimistic.",
      '"They will run out the clock," Tobias said. "That leaves the next one with many seats to fill. And it will take years."',
      "But what if Ann Lee wins? Would her nominees be more liberal than Victor Haldane?",
      '"She should just do what she wants," he said.',
    );
    expect(speakers(qs)).toEqual(["Carl Tobias", "Carl Tobias", "Carl Tobias"]);
  });

  it("a new paragraph that brings in someone else moves 'he' on from the last paragraph's speaker", () => {
    const qs = direct(
      "Coach Ian Burrows has stepped up his feud with Pavel Novak.",
      '"They were cheating all afternoon," Burrows said on Sunday. "It was a disgrace. Nobody stopped them. Nobody ever does."',
      'The claims were put to Novak after Tuesday\'s game at Leeds, which his side lost. At first he said only: "I will not answer that man."',
    );
    expect(speakers(qs)).toEqual(["Ian Burrows", "Ian Burrows", "Pavel Novak"]);
  });

  it("'he said' after a newly introduced person is that person, even named after a preposition", () => {
    const qs = direct(
      '"It is a computer," said Mr Fogg.',
      'One dissenting opinion came from Brian Gammage, an analyst. He said: "It changes nothing."',
    );
    expect(speakers(qs)).toEqual(["Fogg", "Brian Gammage"]);
  });

  it("said Orsi campaign manager Dan Kessler: the quote is the manager's", () => {
    const qs = direct(
      "Sen. Mitch Orsi spoke on Monday.",
      '"This is simple," said Orsi campaign manager Dan Kessler in a statement.',
    );
    expect(speakers(qs)).toEqual(["Dan Kessler"]);
  });

  it("a person named in a fronted clause is not the subject a later 'he' goes to", () => {
    const qs = direct(
      "Dinesh Lal made his prediction on Friday.",
      "After Glenn Beck asked the author who he thought would win, Lal replied, “I would bet on the governor.”",
      "“We should never confuse who we want to win with who is going to win,” he added.",
    );
    expect(speakers(qs)).toEqual(["Dinesh Lal", "Dinesh Lal"]);
  });

  it("a participle's clause before the subject: its object is not whom 'he' stands for", () => {
    const qs = direct(
      "Gary Jonsson, a former governor, told a joke on Friday.",
      "Since naming William Weller as his running mate, Jonsson has risen in the polls. He talks about “spoiling the party,” and voters cheer.",
    );
    expect(speakers(qs)).toEqual(["Gary Jonsson"]);
  });

  it("a fronted clause without a comma ends where the main clause's pronoun subject starts", () => {
    const qs = direct(
      "Mark Dunmore spoke to Paul Reyes on Monday.",
      "When Dunmore held rallies in the south he was met by protesters, some of whom carried flags.",
      "“Everybody is talking about the protesters,” he said.",
    );
    expect(speakers(qs)).toEqual(["Mark Dunmore"]);
  });

  it("an opening participle without a comma: its end is not known, the name stays the subject", () => {
    const qs = direct(
      "Work Secretary Alan Jonsby spoke about Mr Dale on Monday.",
      "Asked on Thursday about Mr Dale's position Mr Jonsby told Radio 4 that the story, which ran for days, was a “non-story”.",
      "“The major issue is whether we have a new chief,” he added.",
    );
    expect(speakers(qs).at(-1)).toBe("Alan Jonsby");
  });

  it("'During his speech Mr Brane told MPs he …': a preposition of time before a noun phrase opens no clause with a subject", () => {
    const qs = direct(
      "Chancellor Gordon Brane delivered his budget on Wednesday. Lib Dem leader Charles Kenning attacked Mr Brane.",
      "During his 49 minute speech Mr Brane told MPs he had defied the pundits.",
      "He said his Budget struck a balance “between tax cuts and stability”.",
    );
    expect(speakers(qs)).toEqual(["Gordon Brane"]);
  });

  it("someone named by a phrase in a fronted clause is not the subject either", () => {
    const qs = direct(
      "First Minister Jack McCann visited a school.",
      "When one pupil asked Mr McCann how the executive would tackle drinking, began his response with a quip. He went on to speak about binge drinking. He said: “I hope I am not preaching to anybody here.”",
    );
    expect(speakers(qs)).toEqual(["Jack McCann"]);
  });

  it("a person named in a fronted clause stays the subject when the main clause names no one ('…, I guess')", () => {
    const qs = direct(
      "Lars Wede wrote to the paper about Nils Odd.",
      "Rob Vane.",
      "If Odd had a drinking problem, I guess the results would be the same. A little sympathy is needed for a man who is so troubled. “I will seek help,” he said.",
    );
    expect(speakers(qs)).toEqual(["Nils Odd"]);
  });

  it("'Cristo's been making the case': a contracted 'has' leaves the name the subject", () => {
    const qs = direct(
      "Chris Cristo lit into Mark Rubin for giving the same speech over and over.",
      "Cristo's been making the case for weeks that Rubin isn't ready for the White House. “You have not been involved in a consequential decision,” he said.",
    );
    expect(speakers(qs)).toEqual(["Chris Cristo"]);
  });
});

describe("who a pronoun stands for, as news writes it", () => {
  it("a 'she' plainly after the subject that opened the sentence before overrules a first name's guess", () => {
    const qs = direct(
      "Steven Tolland opposes the charter plan.",
      '"It is a wolf in sheep\'s clothing," Tolland said.',
      "Marty Welz, a former lawmaker, backs it.",
      "Welz approaches it a bit more diplomatically. She said the money should go to elect Ruth Abel.",
      '"They are trying to defeat opportunity for kids," she said.',
    );
    expect(speakers(qs)).toEqual(["Steven Tolland", "Marty Welz"]);
  });

  it("a person named in a 'that' clause is not the sentence's subject: the one who opened it is", () => {
    const qs = direct(
      "Mark Dolan moved quickly to deny a shakeup on Wednesday.",
      "Dolan turned the story back on the Post, pointing out that the paper's Peter Vance had reported in June that the campaign was coming apart.",
      "He hoped, he said, that the paper would shy away from such reporting now.",
      '"Apparently not," he said.',
    );
    expect(speakers(qs)).toEqual(["Mark Dolan"]);
  });

  it("a speaker after a comma closes the clause before it: a 'that' there does not make them its object", () => {
    const qs = direct(
      "Mara Kunz, a former governor, predicted that Ben Sand will back Ruth Abel.",
      "The race between Abel and Sand has turned negative and that will take time to cool off, Kunz said in an interview.",
      '"His normal demeanor is grumpy," she said.',
    );
    expect(speakers(qs)).toEqual(["Mara Kunz"]);
  });
});

describe("who a pronoun can stand for: people introduced as speakers (session 14)", () => {
  it("a person a relative clause makes a speaker ('X, the ranking member, who said') is whom 'she' stands for", () => {
    const qs = direct(
      "Mayor Ann Harlan defended the cuts on Thursday.",
      "Harlan's plan was backed on Friday by Sen. Marta Quillon of Oregon, the ranking member on the budget panel, who said none of the cuts began with Harlan.",
      '"It never made sense to blame the mayor for cuts that began elsewhere," she said.',
    );
    expect(speakers(qs)).toEqual(["Marta Quillon"]);
  });

  it("a given name that is also a word before a surname no dictionary knows names a person ('Bill McTavitt')", () => {
    const qs = direct(
      "Dan Corrow, a rival candidate, spoke first.",
      "Bill McTavitt, the Republican half of a polling team for a national newspaper, sounded a cautious note about the report.",
      '"It is going to take a lot more than one good report to dent the gloom," he said.',
    );
    expect(speakers(qs)).toEqual(["Bill McTavitt"]);
  });
});

describe("someone brought in unnamed is whom a 'he' after them stands for (session 14)", () => {
  it("'A reporter for the Tribune called it …': a body after the noun is part of the phrase", () => {
    const qs = direct(
      "Mayor Ann Harlan spoke on Monday.",
      'A reporter for the Daily Tribune called it "total chaos."',
      '"We saw people running and glass flying everywhere," he said.',
    );
    expect(speakers(qs)).toEqual([
      "A reporter for the Daily Tribune",
      "A reporter for the Daily Tribune",
    ]);
  });

  it("'a 60-year-old retired teacher told …': an age and adjectives before the noun", () => {
    const qs = direct(
      "Mayor Ann Harlan spoke on Monday.",
      "A 60-year-old retired teacher told reporters that the line had been long.",
      '"We waited four hours in the sun," she said.',
    );
    expect(speakers(qs)).toEqual(["A 60-year-old retired teacher"]);
  });
});

describe("no one new (session 14)", () => {
  it("'Eva Lind, a Green member of the European Parliament said': an apposition names no one new", () => {
    const qs = direct(
      '"Patent rights protect inventors but here they protect the big firms," Eva Lind, a Danish Green member of the European Parliament said.',
      '"Small firms cannot afford the legal costs," she added.',
    );
    // The first quote's speaker is left as the frame reads it (the body its phrase ends on).
    expect(speakers(qs)[1]).toBe("Eva Lind");
  });
});

describe("who a pronoun can stand for: the main clause, not an adverbial clause after it (session 17)", () => {
  it("'Lee sounded doubtful when Pryce asked whether …': the one asking in the 'when' clause is not the subject", () => {
    const qs = direct(
      "Dan Whitcombe said he was not ready to back the plan.",
      "Whitcombe also sounded doubtful when Gordon Pryce asked whether the party would hold its seats.",
      "\u201cThe one thing I can predict is that it will be close,\u201d he said.",
    );
    expect(speakers(qs)).toEqual(["Dan Whitcombe"]);
  });

  it("a sentence opened by the clause ('When Pryce asked, Whitcombe …') still has the main subject after the comma", () => {
    const qs = direct(
      "Gordon Pryce chaired the panel on Monday.",
      "When Pryce asked about the seats, Dan Whitcombe shrugged.",
      "\u201cThe one thing I can predict is that it will be close,\u201d he said.",
    );
    expect(speakers(qs)).toEqual(["Dan Whitcombe"]);
  });
});

describe("a person whose surname is also a place's name (session 17)", () => {
  it("'Rosa Lima came from Texas …': a first name before a place's name is a person, whom 'she' stands for", () => {
    const qs = direct(
      "Tom Harlow said the marches matter.",
      "Rosa Lima came from Texas to a rally that drew about 100 people.",
      "\u201cThe centers are a disgrace,\u201d she said.",
    );
    expect(speakers(qs)).toEqual(["Rosa Lima"]);
  });

  it("a place named whole in the place lists stays a place ('Santa Fe')", () => {
    const { people } = readDirect("Tom Harlow flew to Santa Fe on Monday.");
    expect(people.entities.find((e) => e.name === "Santa Fe")?.kind).not.toBe("person");
  });
});

describe("a role ending in 'person' tells no gender", () => {
  it("'spokesperson' is no man: 'she' after a spokesperson named in apposition is her", () => {
    const qs = direct(
      "A teacher, Mary Wells, said she was tired.",
      '"I have never seen it this bad," she said.',
      "The party's health spokesperson, Tania Reid, said the minister should act.",
      '"The minister is hiding," she said.',
    );
    expect(speakers(qs)).toEqual(["Mary Wells", "Tania Reid"]);
  });
});
