import { describe, expect, it } from "vitest";
import { directQuotes as direct, readQuotes } from "../support/read-quotes.js";

const speakers = (...paras: string[]) => direct(...paras).map((q) => q.speaker ?? null);
const indirectTexts = (...paras: string[]) =>
  readQuotes(...paras)
    .quotes.filter((q) => q.indirect)
    .map((q) => q.text);

describe("speaker forms of house styles outside the wire (test/fixtures/speakers)", () => {
  it("an adjective made of a name ('a Lane-style retort') is no subject of the noun after it", () => {
    expect(
      speakers(
        "Gov. Tom Reyes cut the budget. Mayor Ann Lane was furious.",
        'Reyes offered a Lane-style retort, posting: "The mayor loves spending other people\'s money."',
      ),
    ).toEqual(["Tom Reyes"]);
  });
});

describe("handles, topics, asides and descriptions", () => {
  it("a description's post-modifier runs past an initial's stop ('an aide to President John F. Kennedy')", () => {
    expect(
      speakers(
        "The party met in Denver on Monday to plan for the autumn.",
        '"We have to win back the suburbs first," said the former top aide to President John F. Kennedy.',
      ),
    ).toEqual(["the former top aide to President John F. Kennedy"]);
  });

  it("a handle after or before a reporting verb speaks as itself ('tweeted @JaneDoe')", () => {
    expect(
      speakers(
        '"Cutting buses is cutting jobs. Full stop," tweeted @AnnLee, a state senator from Aurora.',
        '@Tom_Reyes wrote: "Nobody asked for this at all."',
      ),
    ).toEqual(["@AnnLee", "@Tom_Reyes"]);
  });

  it("a person named in a fronted topic ('On Reyes, …, he added') is not the pronoun subject after it", () => {
    expect(
      speakers(
        "Tom Reyes scored twice as the home side won.",
        "Manager Ben Ortiz was delighted.",
        '"We were brave today," Ortiz said.',
        'On Reyes, who has nine goals this season, he added: "He is a proper striker."',
      ),
    ).toEqual(["Ben Ortiz", "Ben Ortiz"]);
  });

  it("an infinitive in an aside ('granted anonymity to speak') is no frame of the colon's quote", () => {
    expect(
      speakers(
        'A senior GOP aide, granted anonymity to speak candidly about the count, put it bluntly: "Right now we are eleven short."',
      ),
    ).toEqual(["A senior GOP aide"]);
  });

  it("'texted' reports words like 'wrote', and names the one it was sent to after it", () => {
    expect(
      speakers(
        "One Republican who has been on the phone all week was less sure.",
        '"Nobody has told us what they will sign," the lawmaker texted the newsletter late Monday.',
      ),
    ).toEqual(["the lawmaker"]);
  });
});

describe("a 'with' phrase whose person acts", () => {
  it("'…, with Ann Lee sharing a photo alongside the caption: “…”' is Ann Lee's, not the clause subject's", () => {
    expect(
      speakers(
        'The couple got engaged in Greece, with Ann Lee sharing a photo of her ring alongside the caption: "I said yes to him!!!"',
        'The team celebrated late, with captain Tom Reyes telling fans: "This one is for all of you."',
      ),
    ).toEqual(["Ann Lee", "Tom Reyes"]);
  });
});

describe("a description of who spoke before a verb no list of reporting verbs has (session 14)", () => {
  it("'as his friends jeered, “…”', 'A few protesters heckled: “…”': the description is the speaker", () => {
    expect(
      speakers(
        "Mayor Ann Harlan spoke on Monday.",
        'Once, when they passed the old mill, Tom circled it as his friends jeered, "Good riddance to the old place!"',
        'A few protesters heckled: "Harlan has sold this town to the developers!"',
      ),
    ).toEqual(["his friends", "A few protesters"]);
  });

  it("'As Harlan left the stage, the crowd roared, “…”': not the person the fronted clause names", () => {
    expect(
      speakers(
        "Mayor Ann Harlan spoke on Monday.",
        'As Harlan left the stage, the crowd roared, "Four more years for the mayor!"',
      ),
    ).toEqual(["the crowd"]);
  });
});

describe("a reporting verb's form as a noun before a title or role", () => {
  it("'said state Sen. Tim Ross', 'said state senator Ann Lee': 'state' qualifies the title, it is no verb", () => {
    expect(
      speakers(
        "The budget bill passed late on Thursday after a long debate.",
        "“This is what a county does,” said state Sen. Tim Ross, D-Dover.",
        "“We will fix it next year,” said state senator Ann Lee.",
        "“Nobody read the bill,” said report author Jane Doe.",
        "“It was rushed,” said Rep. Paul Grant.",
      ),
    ).toEqual(["Tim Ross", "Ann Lee", "Jane Doe", "Paul Grant"]);
  });
});

describe("session 17: speakers the frame names past a clause, a relative or a conjunction", () => {
  it("'with Dunn tweeting that … and adding, “…”': the person of the 'with' phrase, past a quoted word", () => {
    expect(
      speakers(
        "The city council met on Tuesday to debate the new bridge.",
        'Opponents were quick to respond, with Mark Dunn tweeting that it was a "waste" and adding, "How can anyone trust this council with our money?"',
      ).at(-1),
    ).toBe("Mark Dunn");
  });

  it("'a post from Lisa Grant, who wrote, “…”': 'who' is the person, after a preposition too", () => {
    expect(
      speakers(
        "The city council met on Tuesday to debate the new bridge.",
        "Among the replies was a post from Lisa Grant, who wrote, “The council never listens to the people who live by the river.”",
      ),
    ).toEqual(["Lisa Grant"]);
  });

  it("'said longtime resident and retired teacher Paul Moss': two roles of one person before the name", () => {
    expect(
      speakers(
        "The city council met on Tuesday to debate the new bridge.",
        '"We will not wait another decade for this bridge," said longtime resident and retired teacher Paul Moss.',
      ),
    ).toEqual(["Paul Moss"]);
  });

  it("'as the columnist had written, “…”': the past participle of a reporting verb frames the quote", () => {
    expect(
      speakers(
        "The city council met on Tuesday to debate the new bridge.",
        "As the columnist Ann Holt had written a year earlier, “Nobody builds a bridge to nowhere twice.”",
      ),
    ).toEqual(["Ann Holt"]);
  });

  it("'…,” delegate Bill Easton, wearing “Vote Easton” pins, said': an aside quoting words of its own", () => {
    expect(
      speakers(
        "The city council met on Tuesday to debate the new bridge.",
        "“We've had better meetings than this one,” delegate Bill Easton, wearing a cowboy hat and “Vote Easton” pins, said as the hall emptied.",
      ),
    ).toEqual(["Bill Easton"]);
  });

  it("'The city's engineer, Rosa Delgado, laid out the numbers:': the name set off after a description", () => {
    expect(
      speakers(
        "The city council met on Tuesday to debate the new bridge.",
        "The city's engineer, Rosa Delgado, laid out the numbers: “The old bridge carries twice the traffic it was built for.”",
      ),
    ).toEqual(["Rosa Delgado"]);
  });

  it("'Holt, who has called it “insanity,” and Reyes, who says it's “disastrous”': each quote its own 'who'", () => {
    expect(
      speakers(
        "Ann Holt and Tom Reyes are running for mayor.",
        'Contrast that with Holt, who has called the plan "insanity," and Reyes, who says it\'s "disastrous."',
      ),
    ).toEqual(["Ann Holt", "Tom Reyes"]);
  });

  it("'Trump, who continues to run up negative numbers': 'continue to' reports nothing", () => {
    expect(
      indirectTexts(
        "Donald Trump spoke on Tuesday.",
        "That is true against Trump, who continues to run up negative numbers unheard of for a nominee.",
        "Trump continues to run up negative numbers unheard of for a nominee.",
      ),
    ).toEqual([]);
  });
});
