import { describe, expect, it } from "vitest";
import { findNameRuns } from "../../src/nlp/people/names.js";
import { buildTextModel } from "../../src/nlp/text-model.js";
import { madeUpSentences, readDirect as read } from "../support/read-quotes.js";

const speakers = (...paragraphs: string[]) =>
  read(...paragraphs).quotes.map((q) => q.speaker ?? null);

const runs = (text: string) =>
  findNameRuns(buildTextModel(madeUpSentences(text))).map((r) => ({
    name: r.words.join(" "),
    kind: r.kind ?? null,
  }));

describe("where a name starts and ends", () => {
  it("a heading in title case with a capitalised auxiliary is no one's name", () => {
    expect(runs("Tom Reyes Was A Really Effective Mayor")).toEqual([]);
    expect(runs("Lucy May Olsen said it.")).toEqual([{ name: "Lucy May Olsen", kind: "person" }]);
  });

  it("an adverb opening the sentence is no name, nor the speaker of the clause after it", () => {
    expect(
      speakers(
        "Hastily blaming the mayor ― as he had done before ― Reyes cast the blame on the council, and called the plan “a disgrace to the city.”",
      ),
    ).not.toContain("Hastily");
    expect(runs("Quietly leaving the room, Reyes said it.").map((r) => r.name)).toEqual(["Reyes"]);
  });

  it("two particles before a surname: von der, de la", () => {
    expect(
      speakers("“There is no plan B,” Ursula von der Leyen, the commission's president, said."),
    ).toEqual(["Ursula von der Leyen"]);
    expect(runs("Maria de la Cruz said it.")).toEqual([
      { name: "Maria de la Cruz", kind: "person" },
    ]);
  });

  it("a given name before a street's or park's word: a title or the context makes a person", () => {
    expect(runs("Mayor Ann Park spoke.")).toEqual([{ name: "Ann Park", kind: "person" }]);
    expect(runs("Rep. Jo Lane said it.")).toEqual([{ name: "Jo Lane", kind: "person" }]);
    expect(runs("They met in Regent Street.")).toEqual([{ name: "Regent Street", kind: "place" }]);
    expect(
      speakers("Ann Park, the mayor, spoke first.", "“We are a city of immigrants,” Park said."),
    ).toEqual(["Ann Park"]);
  });
});

describe("the speaker before the verb, past places and modifiers", () => {
  it("a state before a lower-case role: 'Ohio state delegate Mary Susan said' (state is no verb)", () => {
    expect(
      speakers(
        "Ohio state delegate Mary Susan, wearing a red hat, said the party was “in deep trouble.”",
        "The Ohio state senator Tom Reyes said the vote could be “a failure.”",
      ),
    ).toEqual(["Mary Susan", "Tom Reyes"]);
  });

  it("'X of City, State says': the person, not the place", () => {
    expect(
      speakers(
        "Tom Reyes lost the Ohio primary on Tuesday.",
        "Jane Baker of Dayton, Ohio says she thinks Reyes can “come back strong.”",
      ),
    ).toEqual(["Jane Baker"]);
  });

  it("a reporter's sign-off after narration is no attribution line; a signed pull quote still is", () => {
    expect(
      speakers(
        "Mayor Reyes said Monday that she will “try to form a stable council” and insisted that her party was “still the first force in the city.”--Tom Marsh.",
      ),
    ).toEqual(["Reyes", "Reyes"]);
    expect(speakers("“This bill is a mistake.”", "— Maria Lopez, a voter")).toEqual([
      "Maria Lopez",
    ]);
  });
});

describe("whose words: possessives, asides in dashes", () => {
  it("'said Reyes' spokeswoman, Ann Marsh': the one the possessive owns, never the owner", () => {
    expect(
      speakers(
        "“We are done here,” said Reyes' spokeswoman, Ann Marsh.",
        "“We will appeal,” said Reyes's longtime campaign spokeswoman.",
      ),
    ).toEqual(["Ann Marsh", "Reyes's longtime campaign spokeswoman"]);
  });

  it("an aside in dashes between the speaker and the verb", () => {
    expect(
      speakers(
        "“We are done here,” Tom Reyes — who has led the city since 2010 — told the crowd.",
        "“We will appeal,” Ann Marsh -- a lawyer for the family -- told reporters.",
      ),
    ).toEqual(["Tom Reyes", "Ann Marsh"]);
  });
});

describe("speakers as other countries' news writes them", () => {
  it("Indian style: 'Mr Modi said', titles of office, a wire credit line after the story", () => {
    expect(
      speakers(
        "“We will not allow this,” Mr Modi told a rally in Varanasi on Sunday.",
        "Union Home Minister Amit Shah said the government was “fully prepared.”",
        "NEW DELHI: “The budget is for the poor,” Finance Minister Nirmala Sitharaman said on Tuesday.",
        "“The court will not be silent,” Chief Justice D.Y. Chandrachud said.",
        "— PTI",
      ),
    ).toEqual(["Modi", "Amit Shah", "Nirmala Sitharaman", "D.Y. Chandrachud"]);
  });

  it("Australian style: 'said Prime Minister Anthony Albanese', state premiers, party senators", () => {
    expect(
      speakers(
        "“We will not back down,” said Prime Minister Anthony Albanese.",
        "“We won't be bullied,” NSW Premier Chris Minns said.",
        "Greens senator Sarah Hanson-Young said: “This is a disgrace.”",
        "Opposition Leader Peter Dutton said the plan was “a con.”",
      ),
    ).toEqual(["Anthony Albanese", "Chris Minns", "Sarah Hanson-Young", "Peter Dutton"]);
  });

  it("Nigerian style: a body's initials before a title, 'of Lagos State', an age and a trade", () => {
    expect(
      speakers(
        "“The naira will recover,” CBN Governor Olayemi Cardoso said in Abuja.",
        "Governor Babajide Sanwo-Olu of Lagos State said: “We will rebuild the markets.”",
        "“I want my son back,” said Fatima Bello, 52, a trader in Kano.",
      ),
    ).toEqual(["Olayemi Cardoso", "Babajide Sanwo-Olu", "Fatima Bello"]);
  });

  it("Reuters and Guardian style: a dateline, an analyst's firm, 'the Labour MP for X, Y, told'", () => {
    expect(
      speakers(
        "BRUSSELS (Reuters) - European Union leaders agreed on Thursday to “keep all options open,” EU foreign policy chief Kaja Kallas said.",
        "“Prices will keep rising,” said Jane Foley, senior strategist at Rabobank in London.",
        "“It is unacceptable,” the Labour MP for Tottenham, David Lammy, told the Guardian.",
        "“We want peace,” Kenyan President William Ruto said in Nairobi on Monday.",
      ),
    ).toEqual(["Kaja Kallas", "Jane Foley", "David Lammy", "William Ruto"]);
  });

  it("a person named by age: 'the 45-year-old told reporters'", () => {
    expect(speakers("“We are not afraid,” the 45-year-old told reporters.")).toEqual([
      "the 45-year-old",
    ]);
  });
});

describe("words before a name that are no part of it (s15-hunt /who regressions)", () => {
  it("a plural noun for people opening the run ('Irishmen JP Doyle') is what they are", () => {
    expect(runs("Irishmen JP Doyle and John Kerr both had runners.").map((r) => r.name)).toEqual([
      "JP Doyle",
      "John Kerr",
    ]);
  });

  it("a place's compound adjective ('Los Angeles-area') is no part of the name after it", () => {
    expect(
      runs("Los Angeles-area Reyes supporters gathered outside.").map((r) => r.name),
    ).not.toContain("Angeles-area Reyes");
  });

  it("a campaign's call opening with a verb ('Save Eastfield Libraries') names no place", () => {
    const kinds = runs("Supporters of Save Eastfield Libraries handed out leaflets.");
    expect(kinds.find((r) => r.name === "Save Eastfield Libraries")?.kind).not.toBe("place");
    expect(runs("The concert was at Eastfield Community Library.").map((r) => r.kind)).toContain(
      "place",
    );
  });
});
