import { describe, expect, it } from "vitest";
import { directQuotes as direct } from "../support/read-quotes.js";
import type { Quote } from "../../src/model/analysis.js";

const speakers = (qs: Quote[]) => qs.map((q) => q.speaker ?? null);

describe("a description names the person it stands for (its head noun a person in WordNet)", () => {
  it("'the Republican said' is the person the story is about", () => {
    const qs = direct(
      "Ben Corrigan suggests cutting rules to fight poverty.",
      '"It might surprise you, but we must cut regulation," the Republican said this week.',
    );
    expect(speakers(qs)).toEqual(["Ben Corrigan"]);
  });

  it("'the presumptive nominee … saying' is a description, not a title", () => {
    const qs = direct(
      "Ben Corrigan spoke in the capital on Monday.",
      'The presumptive nominee appeared to make his case by saying, "I am trying to save lives."',
    );
    expect(speakers(qs)).toEqual(["Ben Corrigan"]);
  });

  it("'said the candidate could win' reports what was said: the candidate is no speaker", () => {
    const qs = direct(
      "Dana Hale spoke on Monday, and Paul Marsh joined her.",
      'Mr. Marsh, citing "the unique magic of Hale," said the candidate could win the state.',
    );
    expect(speakers(qs)).toEqual(["Paul Marsh"]);
  });

  it("'the authors' are many: no one person", () => {
    const qs = direct(
      "Dana Hale spoke on Monday.",
      '"We have to engage them and show our sincerity," wrote the authors of the report.',
    );
    expect(speakers(qs)).not.toEqual(["Dana Hale"]);
  });
});

describe("the frame of a quote in the sentence after it", () => {
  it("a sentence of only a name and a reporting verb after a full stop is the quote's frame", () => {
    const qs = direct(
      '"Russia, if you are listening, I hope you find them." Carl Denton said.',
      '"The state is proud to cast its votes for Carl Denton!" Senator Jeff Mardle said as he opened the vote.',
    );
    expect(speakers(qs)).toEqual(["Carl Denton", "Jeff Mardle"]);
  });

  it("a name and a verb saying more is not a frame; nor is one that opens the next quote", () => {
    const qs = direct(
      '"We will win." Carl Denton said the polls were wrong.',
      '"We are refugees," Ms. Rana Alawi said. "We are not terrorists." Mr. Abdul Zahed said: "The attack is the work of terrorists."',
    );
    expect(speakers(qs)).toEqual([null, "Rana Alawi", "Rana Alawi", "Abdul Zahed"]);
  });
});

describe("a quote standing alone", () => {
  it("takes the speaker a sentence ending in a colon announces, even a paper", () => {
    const qs = direct(
      "The Daily Ledger responded:",
      '"If there are people who are prone to attacks, the solution is not more control."',
    );
    expect(speakers(qs)).toEqual(["Daily Ledger"]);
  });

  it("goes on from the paragraph's speaker when no one else has come in since", () => {
    const qs = direct(
      '"You cannot blame her for what he did," said Sara Walker, 44, a home-care aide. An immigrant from Uganda, she plans to vote for Dana Hale next month. "All she went through -- it is not fair."',
    );
    expect(speakers(qs)).toEqual(["Sara Walker", "Sara Walker"]);
  });

  it("not when another person has come in as a subject", () => {
    const qs = direct(
      '"You cannot blame her for what he did," said Sara Walker, a home-care aide. Tom Irwin, her neighbour, disagrees with the plan. "All she went through -- it is not fair."',
    );
    expect(speakers(qs)[1]).not.toBe("Sara Walker");
  });
});

describe("a pronoun after an opening participle's clause", () => {
  it("is not a person named inside that clause", () => {
    const qs = direct(
      "Actress Susan Sarandon, 69, told MSNBC on Monday that she may not vote for Hillary Clinton.",
      'Asked about her own vote in the event that Clinton faces Donald Trump, she replied: "I do not know."',
      '"Really," she added.',
    );
    expect(speakers(qs)).toEqual(["Susan Sarandon", "Susan Sarandon"]);
  });
});

describe("a person and a verb no list has, right after a quote", () => {
  it("'…,' Bolton charged / shot back: the person is the speaker", () => {
    const qs = direct(
      "Sen. John Bolton spoke on Monday.",
      '"They are performing very honorably today," Bolton charged.',
      '"They are all here for the free stuff," Bolton shot back with a laugh.',
    );
    expect(speakers(qs)).toEqual(["John Bolton", "John Bolton"]);
  });

  it("not when the verb goes on with what the person wants or does", () => {
    const qs = direct(
      "Sen. John Bolton spoke on Monday.",
      '"We will see about that soon enough," Bolton wants the party to say.',
    );
    expect(speakers(qs)).toEqual([null]);
  });
});

describe("a person named with a body", () => {
  it("'Peter Ramsey of the Martin Center for Nuclear Studies wrote': the person before the affiliation", () => {
    const qs = direct(
      '"Building such a weapon would seem to be a stretch for them," Peter Ramsey of the Martin Center for Nuclear Studies wrote in December.',
    );
    expect(speakers(qs)).toEqual(["Peter Ramsey"]);
  });

  it("'Iowa State University's Dianne Bystrom agreed. “…”': the person after the body's possessive", () => {
    const qs = direct(
      'Iowa State University\'s Dianne Bystrom agreed. "Mainstream Republicans are running out of time to find an alternative."',
    );
    expect(speakers(qs)).toEqual(["Dianne Bystrom"]);
  });
});

describe("the subject of a clause before a quote", () => {
  it("a person a role names: 'Republican presidential candidate Carl Denton took to Twitter, writing:'", () => {
    const qs = direct(
      'Republican presidential candidate Carl Denton quickly took to Twitter, writing: "Another horrific attack, this time in Nice."',
    );
    expect(speakers(qs)).toEqual(["Carl Denton"]);
  });

  it("the subject of the first of two verbs: 'Ms. Sherry smiled and said'", () => {
    const qs = direct(
      'When asked whom she supported, Ms. Ann Sherry smiled and said, "I am waiting for Michael Bloomberg to get in the race."',
    );
    expect(speakers(qs)).toEqual(["Ann Sherry"]);
  });

  it("not an object of the first verb: 'he supported Barack Obama over Dana Hale and said'", () => {
    const qs = direct(
      'Rev. Al Shelton left no doubt. Eight years ago, he supported Barack Obama over Dana Hale and said, "Dana Hale has never done nothing for us."',
    );
    expect(speakers(qs)).toEqual(["Al Shelton"]);
  });

  it("after an opening adverb or subordinate clause: 'Back in 1999, Mr. Denton …, telling CNBC:'", () => {
    const qs = direct(
      'Back in 1999, Mr. Carl Denton expressed admiration for his skills, telling CNBC: "I wish I could be like that."',
      'Ever since she endorsed Mrs. Dana Hale this month, Ms. Ella Warren has been a surrogate, with a simple message: "Do not screw this up!"',
    );
    expect(speakers(qs)).toEqual(["Carl Denton", "Ella Warren"]);
  });

  it("a person and a verb no list has before the comma: 'Hillary Clinton shot back, “…”'", () => {
    const qs = direct(
      'After former Gov. Jerry Brown criticized her husband during a debate, Dana Hale shot back, "I suppose I could have chosen to bake cookies."',
    );
    expect(speakers(qs)).toEqual(["Dana Hale"]);
    expect(qs[0]?.cue).toBe("shot back");
  });
});

describe("more frames", () => {
  it("'“…,” Cruz said, adding: “…”' frames both quotes", () => {
    const qs = direct(
      '"I have tremendous respect for Governor Mike Pence," Sen. Ted Cruz said, adding: "I would welcome his support."',
    );
    expect(speakers(qs)).toEqual(["Ted Cruz", "Ted Cruz"]);
  });

  it("'“…?” Denton asked reporters.': the sentence after may name who was asked", () => {
    const qs = direct(
      "Sen. Carl Denton spoke.",
      '"You think I am going to change?" Denton asked reporters rhetorically during a news conference. "I am not changing."',
    );
    expect(speakers(qs)).toEqual(["Carl Denton", "Carl Denton"]);
  });

  it("an adverb between the speaker and the verb; 'Here in Columbia,' opens the sentence", () => {
    const qs = direct(
      'In the spring, Dana Hale emphatically proclaimed at a press conference, "I did not email any classified material."',
      'Here in Columbia, Sen. Bernie Sanders stepped up his emphasis on justice, saying, "We have got to achieve the day."',
    );
    expect(speakers(qs)).toEqual(["Dana Hale", "Bernie Sanders"]);
  });
});

describe("a verb with a doubled consonant", () => {
  it("'he demurred: “…”' (WordNet's base form 'demur')", () => {
    const qs = direct(
      'Sen. Ted Cruz spoke on Tuesday. Asked which county was his favorite, he demurred: "Whichever one I am in at the moment."',
    );
    expect(speakers(qs)).toEqual(["Ted Cruz"]);
  });
});

describe("someone named only by a phrase", () => {
  it("'A delegate from Michigan said …' is who a later 'she said' stands for (WordNet person noun)", () => {
    const qs = direct(
      "A delegate from Michigan said the vote was close.",
      '"We have to stay united," she said.',
    );
    expect(speakers(qs)).toEqual(["A delegate from Michigan"]);
  });

  it("'One California delegate said …': a phrase opened by 'one'", () => {
    const qs = direct(
      "One California delegate said he tried to give away passes to friends.",
      "He was unable to find a single taker, he said.",
      '"Not even one," he said.',
    );
    expect(speakers(qs)).toEqual(["One California delegate"]);
  });
});

describe("a quote ending in a quote of its own", () => {
  it("'…‘What kind of help do you need?’” Weaver said.' is framed by the sentence after", () => {
    const qs = direct(
      "Mayor Karen Weaver spoke on Tuesday.",
      "\u201CShe is the only one to reach out and ask us, \u2018What can I do? What kind of help do you need?\u2019\u201D Weaver said.",
    );
    expect(speakers(qs)).toEqual(["Karen Weaver"]);
  });
});

describe("an inverted frame with a verb no list has", () => {
  it("'“…?” reacted Denton.'", () => {
    const qs = direct(
      "Sen. Carl Denton spoke.",
      '"What sport is he talking about, and who? Is Obama profiling?" reacted Denton.',
    );
    expect(speakers(qs)).toEqual(["Carl Denton"]);
  });
});
