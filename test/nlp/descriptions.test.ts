import { describe, expect, it } from "vitest";
import { readDirect } from "../support/read-quotes.js";

/** Each direct quote's speaker as shown, and the kind of entity it was resolved to. */
function speakers(...paragraphs: string[]): [string | null, string | null][] {
  const { people, quotes } = readDirect(...paragraphs);
  const kind = (id?: string) => people.entities.find((e) => e.id === id)?.kind ?? null;
  return quotes.map((q) => [q.speaker ?? null, kind(q.speakerId)]);
}

describe("a definite description of an organisation is the organisation it refers to", () => {
  it("'the company wrote' is the organisation named last", () => {
    expect(
      speakers(
        "Northvale Bank lent Acme Paper Inc. $5 million last year.",
        "Acme Paper Inc. will close its plant in Dunmore next spring.",
        "“We looked at every other option before taking this decision,” the company wrote.",
      ),
    ).toEqual([["Acme Paper Inc", "organisation"]]);
  });

  it("an organisation whose name holds the noun goes before one named later", () => {
    expect(
      speakers(
        "The Orrin Valley Water Company raised its prices in May.",
        "Customers complained to the Lakeshore Consumer Council.",
        "“Our costs have doubled,” the company said in a statement.",
      ),
    ).toEqual([["Orrin Valley Water Company", "organisation"]]);
  });

  it("an organisation named after a preposition is not what 'the company' stands for", () => {
    expect(
      speakers(
        "Harlow Records cut its sales forecast on Monday.",
        "Two albums by the Glenmoor Orchestra have been put back to June. By 1200 GMT its shares had fallen.",
        "“Sales in January were lower than we hoped,” the company added.",
      ),
    ).toEqual([["Harlow Records", "organisation"]]);
  });

  it("two organisations named last in one sentence: the description stays as written", () => {
    expect(
      speakers(
        "Brightwater Mining sued Kestrel Freight over a lost shipment.",
        "“We will see them in court,” the firm said.",
      ),
    ).toEqual([["the firm", null]]);
  });

  it("no organisation named in the last sentences: the description stays as written", () => {
    expect(
      speakers(
        "Brightwater Mining opened a mine in 2001.",
        "The town grew quickly.",
        "Houses were built on the hill.",
        "A school opened nearby.",
        "Then the river flooded.",
        "“The water rose in an hour,” the agency said.",
      ),
    ).toEqual([["the agency", null]]);
  });
});

describe("a definite description of a person", () => {
  it("framing a quote that a named person's clause opens, it is that person, not another of the role named before", () => {
    expect(
      speakers(
        "Sen. Tom Reyes and Sen. Alan Pike met on Monday. Sen. Alan Pike left early.",
        'Reyes defends his record in a new advertisement: "I fought for every family," the senator says to the camera.',
      ),
    ).toEqual([["Tom Reyes", "person"]]);
  });

  it("with no one given its role, it is the subject of the sentence before, not the person named most", () => {
    expect(
      speakers(
        "Mayor Ann Lee wants a new stadium. Lee says the city needs it. Lee has asked for a vote.",
        "Carl Dunn criticised Lee in an interview with a local radio station.",
        '"It is a waste of money," the Ohio Democrat said.',
      ),
    ).toEqual([["Carl Dunn", "person"]]);
  });

  it("a noun may qualify its head ('the campaign manager'); a plural never heads it ('the GOP leaders have')", () => {
    const { people } = readDirect(
      "Dana Whitfield ran the race. Omar Castillo criticised her.",
      "The GOP leaders have said nothing.",
    );
    expect(people.mentions.filter((m) => m.kind === "description")).toEqual([]);
  });

  it("after a passive ('was declared the winner') it is what the subject is, not someone who speaks", () => {
    const { people } = readDirect(
      "Paul Mann began working in Ukraine in 2004.",
      "Mr. Yanko was declared the winner of the presidential election in 2004.",
    );
    expect(people.mentions.filter((m) => m.kind === "description")).toEqual([]);
  });

  it("a capitalised noun after capitalised words is a name ('the Lakeville Herald'), not a description of a person", () => {
    const qs = speakers(
      "Rep. Gwen Gray spoke on Monday about the new road.",
      '"The road is over budget," the Lakeville Herald wrote.',
    );
    expect(qs[0]?.[0]).not.toBe("Gwen Gray");
  });

  it("a capitalised name after a noun for a person is the name ('the president Smith'), even one WordNet knows", () => {
    expect(
      speakers(
        "Ann Lee went home on Friday.",
        "The president Smith said: “We agree on the budget.”",
        "The senator Obama said he was “confident”.",
      ),
    ).toEqual([
      ["Smith", "person"],
      ["Obama", "person"],
    ]);
  });
});

describe("a capitalised description is no one's name", () => {
  it("'the Wisconsin Republican' is the person it describes, not a person named so", () => {
    expect(
      speakers(
        "House Speaker Paul Rynd declared on Thursday that he cannot yet support the nominee.",
        "It was a partial reversal for the Wisconsin Republican, who had pledged his support. He said the nominee must do more.",
        "“I think a lot of Republicans want a standard-bearer,” he said.",
        "“I am not ready to support his agenda,” the Wisconsin Republican said.",
      ),
    ).toEqual([
      ["Paul Rynd", "person"],
      ["Paul Rynd", "person"],
    ]);
  });
});

describe("whom a description of a person stands for", () => {
  /** The person each description mention was resolved to (null: left as written). */
  function described(...paragraphs: string[]): [string, string | null][] {
    const { people } = readDirect(...paragraphs);
    const name = (id?: string) => people.entities.find((e) => e.id === id)?.name ?? null;
    return people.mentions
      .filter((m) => m.kind === "description")
      .map((m) => [m.text, name(m.entity)]);
  }

  it("a description before an auxiliary and its verb is the sentence's subject ('the Wisconsin Republican did give')", () => {
    expect(
      described(
        "House Speaker Paul Rowan said in an interview that the onus is on Dan Trask to show that he can lead.",
        "The Wisconsin Republican did give Trask some credit on Monday.",
      ),
    ).toEqual([["The Wisconsin Republican", "Paul Rowan"]]);
  });

  it("'does' as the verb itself does not make a description the subject ('however the candidate does in the primary')", () => {
    expect(
      described(
        "Nora Kask leads the race.",
        "An aide, Tom Wey, says that however the Republican candidate does in the primary, Kask will win.",
      ),
    ).toEqual([]);
  });

  it("'be' before a noun is the verb itself: 'The pair of editorials were not endorsements' is no subject a body stands for", () => {
    const { people } = readDirect(
      "The Daily Courier ran a second critical piece on Friday.",
      "The pair of editorials were not endorsements of Ruth Abel.",
    );
    expect(people.mentions.filter((m) => m.kind === "description")).toEqual([]);
  });

  it("a party noun in someone's title ('Republican National Committee Chairman') is no evidence for 'the Wisconsin Republican'", () => {
    expect(
      described(
        "Republican National Committee Chairman Reince Prall declared Dan Trask the nominee.",
        "House Speaker Paul Rowan said in an interview that the onus is on Trask to show that he can lead.",
        "The Wisconsin Republican did give Trask some credit on Monday.",
      ),
    ).toEqual([["The Wisconsin Republican", "Paul Rowan"]]);
  });

  it("a gendered head ('the Queen') never stands for a person of the other gender", () => {
    expect(
      speakers(
        "Prince Edmund Vale will lead the service at the abbey on Sunday.",
        "“It is a sad day for the nation,” the Queen said.",
      ),
    ).toEqual([["the Queen", null]]);
  });

  it("an age before a noun for a person describes that noun: 'the 32-year-old rapper' is the one given that role", () => {
    expect(
      speakers(
        "Rapper Kal Venn was sued by a make-up artist on Friday. Her lawyer, Perry Wand, spoke to reporters.",
        "“The claims will fail in court,” the 32-year-old rapper said.",
      ),
    ).toEqual([["Kal Venn", "person"]]);
  });

  it("an age before a role no one was given stays as written, not the person named last", () => {
    expect(
      speakers(
        "Presenter Ray Stone will host the awards. Producer Gil Marsh played down fears about Stone.",
        "“I will not swear on air,” the 40-year-old comic said.",
      ),
    ).toEqual([["the 40-year-old comic", null]]);
  });
});

describe("a role description's synonyms (WordNet) find the person given the role", () => {
  it("'the comic' is the comedian, 'the attorney' the lawyer the article named", () => {
    // (Before: "comic" ≠ "comedian", and "the comic" stayed as written.)
    expect(
      speakers(
        "The comedian Rob Lane mocked the pledge on his show on Monday night.",
        "Gov. Mark Stone had accepted $2 million from a shipping firm.",
        "“Two million dollars buys a lot of bad ideas,” the comic said.",
        "Stone's lawyer, Ann Wills, said the gift was legal.",
        "“Every dollar was declared,” the attorney said.",
      ),
    ).toEqual([
      ["Rob Lane", "person"],
      ["Ann Wills", "person"],
    ]);
  });
});
