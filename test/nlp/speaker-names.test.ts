import { describe, expect, it } from "vitest";
import { readDirect as read } from "../support/read-quotes.js";

const speakers = (...paragraphs: string[]) =>
  read(...paragraphs).quotes.map((q) => q.speaker ?? null);

describe("speakers named with titles, as US news writes them", () => {
  it("an abbreviated title with its full stop: Sen., Rep., Lt. Gov., Navy Capt.", () => {
    expect(
      speakers(
        '"We will vote no," said Sen. Dana Whitfield of Oregon.',
        '"It is over," Rep. Omar Castillo said.',
        '"Not yet," said Lt. Gov. Ellen Marsh.',
        '"No comment," said Navy Capt. Bruno Keller, a spokesman.',
      ),
    ).toEqual(["Dana Whitfield", "Omar Castillo", "Ellen Marsh", "Bruno Keller"]);
  });

  it("a title with 'of': Secretary of State Tom Reyes is Tom Reyes, role Secretary of State", () => {
    const { people, quotes } = read(
      '"I agree," Secretary of State Tom Reyes said.',
      '"We disagree," said Speaker of the House Ann Lee.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(["Tom Reyes", "Ann Lee"]);
    expect(people.entities.find((e) => e.name === "Tom Reyes")?.role).toBe("Secretary of State");
  });
});

describe("what stands between a speaker and the verb", () => {
  it("a party-and-state tag in brackets: Rep. Jane Doe (D-Ore.) said", () => {
    expect(speakers('"There is energy here," Rep. Jane Doe (D-Ore.) said.')).toEqual(["Jane Doe"]);
  });

  it("an age and a long apposition: X, 67, a retired teacher in Allentown, Pa., said", () => {
    expect(
      speakers(
        '"I just do not trust her," Carla Ruiz, 67, a retired teacher in Allentown, Pa., said in an interview.',
      ),
    ).toEqual(["Carla Ruiz"]);
  });

  it("initials with stops (J.J. Goldberg) and an apposition before 'wrote,'", () => {
    expect(
      speakers(
        "Last week, J.J. Goldberg, editor at large of a weekly newspaper, wrote, ''We should think of the war.''",
      ),
    ).toEqual(["J.J. Goldberg"]);
  });

  it("a lower-case role noun before a full name: said economist Frank Luntz", () => {
    expect(
      speakers("Voters were asked twice.", '"This will be in an ad," said economist Frank Luntz.'),
    ).toEqual(["Frank Luntz"]);
  });

  it("a quote ending in ! or ? whose frame the splitter made a sentence of its own", () => {
    expect(
      speakers(
        "Dana Whitfield smiled and Tom Reyes waved.",
        '"All the way!" Whitfield shouted, waving a sign.',
      ),
    ).toEqual(["Dana Whitfield"]);
  });
});

describe("which person a pronoun speaker stands for", () => {
  it("the latest sentence's speaker, not its first subject: 'Trump is a “change agent,” Cole said. … he said'", () => {
    expect(
      speakers(
        "Tom Reyes is a “change agent,” Omar Cole said.",
        '"They have every reason to agree," he said of Reyes and Ann Lee.',
      ),
    ).toEqual(["Omar Cole", "Omar Cole"]);
  });

  it('"he wrote" after a newly introduced person is that person, not the previous speaker', () => {
    expect(
      speakers(
        '"We will win," Tom Reyes said.',
        "The plan was questioned by Omar Cole, an economist at a bank.",
        '"It will fail," he wrote.',
      ),
    ).toEqual(["Tom Reyes", "Omar Cole"]);
  });

  it("a person known to be of the pronoun's gender before a name of unknown gender", () => {
    expect(
      speakers(
        "Making her way around Chez Vachon, Hillary Clinton thanked a diner.",
        'She says, "With your help, we can do it."',
      ),
    ).toEqual(["Hillary Clinton"]);
  });
});

describe("words that open a sentence are not part of a name", () => {
  it("Neither, While (compromise's function words) and an -ly adverb before a name", () => {
    expect(
      speakers(
        'Neither Dana Whitfield nor Tom Reyes came. "I stayed home," said Whitfield.',
        'Certainly Omar Castillo has gone another way. "We differ," Castillo said.',
      ),
    ).toEqual(["Dana Whitfield", "Omar Castillo"]);
  });
});

describe("a day, a time or an outlet never speaks", () => {
  it("said Wednesday, and Minutes later, she …", () => {
    expect(
      speakers(
        'A White House official who spoke anonymously said Wednesday, "There are talks."',
        'Tom Reyes sent a memo to Ann Lee. Minutes later, she sent an email saying, "done."',
      ),
    ).toEqual(["A White House official", "Ann Lee"]);
  });
});

describe("attribution lines after a quote", () => {
  it('“…” — Maria Lopez, “…” ― Tom Reyes, a voter, "…" -- Dana Whitfield', () => {
    expect(
      speakers(
        "Voters spoke to us.",
        "“We want change.” — Maria Lopez",
        "“I am tired of it.” ― Tom Reyes, a voter",
        '"It is over" -- Dana Whitfield, in a post',
      ),
    ).toEqual(["Maria Lopez", "Tom Reyes", "Dana Whitfield"]);
  });
});

describe("one reading of a dash attribution, on the quote's line or a line of its own", () => {
  it('"…" - Maria Lopez on Twitter; a single dash, a preposition after the name', () => {
    expect(
      speakers(
        "Voters spoke to us.",
        "“We want change.” - Maria Lopez on Twitter",
        '"It is over."',
        "— Tom Reyes, in a post",
      ),
    ).toEqual(["Maria Lopez", "Tom Reyes"]);
  });
});

describe("a speaker described at length after the quote", () => {
  it("the clause's first person before an apposition naming another (X, a former adviser to Y, said)", () => {
    expect(
      speakers(
        "Dana Whitfield spoke.",
        '"We lost that week," Eric Woolson, an Iowa strategist and former adviser to Scott Walker, said of the race.',
        '"Go," Tom Reyes, who met Ann Lee, said.',
      ),
    ).toEqual(["Eric Woolson", "Tom Reyes"]);
  });

  it("a role and a comma before the name (the presumptive nominee, Tom Reyes, tweeted), and an apposition after a quote ending in ?", () => {
    expect(
      speakers(
        "Dana Whitfield spoke.",
        '"Is he going to resign?" the presumptive GOP nominee, Tom Reyes, tweeted Sunday.',
        '"How are you today?" Whitfield, a retired worker from a plant, said pleasantly.',
      ),
    ).toEqual(["Tom Reyes", "Dana Whitfield"]);
  });
});

describe("capitalised modifiers before a name are not part of it", () => {
  it("a party or a demonym before a full name: Republican Dana Whitfield, Vermonter Omar Castillo", () => {
    expect(
      speakers(
        "“We will vote no,” said Republican Dana Whitfield.",
        "Vermonter Omar Castillo spoke next. “We need change,” he said.",
      ),
    ).toEqual(["Dana Whitfield", "Omar Castillo"]);
  });

  it("a place or body with a possessive before a name: said Florida’s Rick Wilson", () => {
    expect(speakers("“We lose,” said Ohio’s Dana Whitfield, a Republican consultant.")).toEqual([
      "Dana Whitfield",
    ]);
  });
});

describe("names in reporting frames (issue 12)", () => {
  it("a lone surname right after a quote ending in '!' speaks though it starts a sentence", () => {
    expect(
      speakers(
        "The debate went on for hours.",
        "“We are tired of being told it is wrong!” Okafor said.",
      ),
    ).toEqual(["Okafor"]);
  });

  it("a possessive before the role: Italy's Northern League leader Marta Rossi wrote", () => {
    expect(
      speakers(
        "“Go, go, go!,” Italy's Northern League leader Marta Rossi wrote on Facebook. “We agree.”",
        "“It is called unity,” Reyes's senior adviser Jason Tillman said in the statement.",
      ),
    ).toEqual(["Marta Rossi", "Marta Rossi", "Jason Tillman"]);
  });

  it("said X's role, Name: the person in apposition, not the owner", () => {
    expect(
      speakers(
        "Dana Whitfield leads the race.",
        "“We are treating it as one long day,” said Whitfield’s deputy campaign manager, Rich Beeson, who ran the count.",
      ),
    ).toEqual(["Rich Beeson"]);
  });
});

describe("a titled name after 'former' with its affiliation", () => {
  it("''…,'' former Gov. Dana Whitfield of Oregon said on Twitter", () => {
    expect(
      speakers(
        "Others were not satisfied.",
        "''Tom Reyes should retract his comments. There is no place for that here,'' former Gov. Dana Whitfield of Oregon said on Twitter.",
      ),
    ).toEqual(["Dana Whitfield"]);
  });
});

describe("an attribution line of its own after a quote paragraph (fact checks, round-ups)", () => {
  it('"…" then "- Dana Whitfield." gives the quote to her', () => {
    expect(
      speakers(
        "Dana Whitfield and Tom Reyes met in a debate on Thursday.",
        '"Almost all new income is going to the top 1 percent."',
        "- Dana Whitfield.",
        "The senator is relying on an outdated statistic.",
        '"I helped write that bill."',
        "- Reyes, in the second hour.",
      ),
    ).toEqual(["Dana Whitfield", "Tom Reyes"]);
  });
});

describe("more names and frames", () => {
  it("a first name before a firm's name is a person: said another user, Johanna Bayer", () => {
    expect(speakers("“We are anxious,” said another Twitter user, Johanna Bayer.")).toEqual([
      "Johanna Bayer",
    ]);
  });

  it("a person before a few verbs and 'to say': Mr. Reyes was prompted to say, “…”", () => {
    expect(
      speakers(
        "Dana Whitfield asked Tom Reyes the first question.",
        "The debate was so calm that Mr. Reyes was prompted to say, “I cannot believe how civil it is.”",
      ),
    ).toEqual(["Tom Reyes"]);
  });
});

describe("names of places and things WordNet knows are no people", () => {
  it("Capitol Hill is a place and Jim Crow a thing, never a speaker", () => {
    const { people, quotes } = read(
      "Dana Whitfield walked up Capitol Hill past the Jim Crow museum.",
      "“It is a long walk,” she said.",
    );
    const kinds = new Map(people.entities.map((e) => [e.name, e.kind]));
    expect([kinds.get("Capitol Hill"), kinds.get("Jim Crow")]).toEqual(["place", "organisation"]);
    expect(quotes.map((q) => q.speaker)).toEqual(["Dana Whitfield"]);
  });
});

describe("a person's words named before a colon", () => {
  it("Whitfield’s response: “…” is Whitfield’s quote", () => {
    expect(
      speakers(
        "Dana Whitfield and Tom Reyes clashed again on Monday.",
        "Whitfield’s response: “We will not back down.”",
      ),
    ).toEqual(["Dana Whitfield"]);
  });
});

describe("a month's name that is a person's", () => {
  it("'May said:' opening a sentence is the speaker; 'Jan' before a surname is a given name", () => {
    expect(
      speakers("Nora May spoke in Leeds on Tuesday.", 'May said: "We will win this vote."'),
    ).toEqual(["Nora May"]);
    expect(speakers("Jan Okafor signed the bill.", '"It is fair," Okafor said.')).toEqual([
      "Jan Okafor",
    ]);
  });
});
