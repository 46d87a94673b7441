import { describe, expect, it } from "vitest";
import type { Entity } from "../../src/model/analysis.js";
import { findEntities } from "../../src/nlp/people/people.js";
import { madeUpSentences } from "../support/read-quotes.js";

function entitiesOf(...paragraphs: string[]): Entity[] {
  return findEntities(madeUpSentences(...paragraphs));
}

const people = (list: Entity[]) => list.filter((e) => e.kind === "person").map((e) => e.name);
const kindOf = (list: Entity[], name: string) => list.find((e) => e.name === name)?.kind;

describe("two nationalities name no one and nothing", () => {
  it("'African American', 'Mexican American' are no organisation", () => {
    const e = entitiesOf(
      "Support among African American voters rose, said Nora Vance, a Mexican American lawyer.",
    );
    expect(kindOf(e, "African American")).toBeUndefined();
    expect(kindOf(e, "Mexican American")).toBeUndefined();
    expect(people(e)).toEqual(["Nora Vance"]);
  });
});

describe("a name after the noun of a work or a body names that thing", () => {
  it("a film, a drama, a band: not people, wherever the same words recur", () => {
    const e = entitiesOf(
      "Her latest film Nora Vance won a prize. Nora Vance was made in a month.",
      "The Peruvian drama Lucia Full of Rain was praised, and the indie band Glass Harbour, from Leeds, played.",
    );
    expect(people(e)).toEqual([]);
    expect(kindOf(e, "Nora Vance")).toBe("work");
    expect(kindOf(e, "Glass Harbour")).toBe("organisation");
  });

  it("not a person named after a role, a verb of telling, or with a verb after the name", () => {
    const e = entitiesOf(
      "Polls show Dana Whitfield ahead.",
      "He told the jury Marco Ruel had lied.",
      "The couple Tom and Ann Brisco arrived.",
      "The publisher Karen Lyle said sales rose.",
    );
    expect(people(e)).toEqual(
      expect.arrayContaining(["Dana Whitfield", "Marco Ruel", "Ann Brisco", "Karen Lyle"]),
    );
  });

  it("a surname of a person named in full stays the person's", () => {
    const e = entitiesOf(
      "Coach Budge Tarrant said he was sorry.",
      "The ban means former Wales international Tarrant cannot play.",
    );
    expect(people(e)).toEqual(["Budge Tarrant"]);
  });
});

describe("name boundaries", () => {
  it("a weekday after a first name is a surname, as a month is", () => {
    expect(people(entitiesOf("England coach Mike Sunday said the side was ready."))).toEqual([
      "Mike Sunday",
    ]);
  });

  it("a compound adjective ('-born', '-based') before a name is not part of it", () => {
    expect(
      people(entitiesOf("The prize went to Tunisian-born Karim Belhadj, who said he was moved.")),
    ).toEqual(["Karim Belhadj"]);
  });

  it("a name opening with a body's initials is the body's", () => {
    const e = entitiesOf("KMX Music said sales fell.");
    expect(kindOf(e, "KMX Music")).toBe("organisation");
  });
});

describe("a noun that may be a verb", () => {
  it("is read as a verb after a conjunction of nouns: 'The book and film blame Bob'", () => {
    const e = entitiesOf("The book and film blame Bob for the delay.", "Bob said he was sorry.");
    expect(people(e)).toEqual(["Bob"]);
  });
});

describe("names that are not people's", () => {
  it("a nationality before words holding no given name names a body; before a name alone it is cut", () => {
    const e = entitiesOf(
      "Swiss Fe said losses rose.",
      "Australian Okafor won the race, and Okafor said she was happy.",
    );
    expect(kindOf(e, "Swiss Fe")).toBe("organisation");
    expect(people(e)).toEqual(["Okafor"]);
  });

  it("a title alone, even after 'Lord', is a role and not a name; 'Ms King' is a name", () => {
    const e = entitiesOf(
      "The Lord Chancellor said he would act, and the Prime Minister had offered help.",
      "Ms King said she was glad.",
    );
    expect(people(e)).toEqual(["King"]);
  });

  it("a name with a particle that ends in a place is a place's, not a person's", () => {
    const e = entitiesOf("Wales won at the Stade de France. Ruud van Nistelrooy said it was fair.");
    expect(people(e)).toEqual(["Ruud van Nistelrooy"]);
  });
});

describe("a lone given name after a noun for a work or a body", () => {
  it("is no organisation: 'soul legend Aretha'; a full name after a work stays the work", () => {
    expect(kindOf(entitiesOf("Soul legend Aretha sang."), "Aretha")).not.toBe("organisation");
    expect(kindOf(entitiesOf("Rock band Carter won. Carter were praised."), "Carter")).toBe(
      "organisation",
    );
    const e = entitiesOf(
      "The film Nora Vance won a prize, and the band Glass Harbour played. Nora Vance was made in a month.",
    );
    expect(kindOf(e, "Nora Vance")).toBe("work");
    expect(people(e)).not.toContain("Glass Harbour");
  });
});

describe("honorifics of other countries' news", () => {
  it("'Datuk Seri', 'Tengku' are honorifics, not part of the name; 'Sri Lanka' stays a place", () => {
    const e = entitiesOf(
      "The plan was welcomed by Datuk Seri Aziz Rahmat, who said it was fair.",
      "Tengku Faisal Hamid said he would stand. Sri Lanka agreed.",
    );
    expect(people(e)).toEqual(["Aziz Rahmat", "Faisal Hamid"]);
    expect(kindOf(e, "Sri Lanka")).toBe("place");
  });

  it("'Shri', 'Smt.' and 'Hon.' are honorifics, not names, organisations or roles", () => {
    const e = entitiesOf(
      "The bridge was opened by Shri Anil Varma and the state's chief minister, Smt. Asha Roy.",
      "The committee, chaired by Westbrook North MP Hon. Jane Odera, rejected the levy.",
    );
    expect(people(e)).toEqual(["Anil Varma", "Asha Roy", "Jane Odera"]);
    expect(e.find((x) => x.name === "Smt")).toBeUndefined();
    expect(e.find((x) => x.name === "Jane Odera")?.role ?? "").not.toMatch(/Hon/);
  });
});

describe("a common noun opening a sentence before a role and a name", () => {
  it("is no organisation: 'Band member Flea'", () => {
    const e = entitiesOf("Band member Flea shared the news on Monday.");
    expect(e.find((x) => x.name === "Band")).toBeUndefined();
  });
});

describe("a name after a noun that is the subject of a clause", () => {
  it("is not the noun's thing: 'the organization Bill Okafor used', 'the latest Democratic debate'", () => {
    const e = entitiesOf(
      "It was the centrist organization Tom Okafor used to help him. Tom Okafor said so.",
      "Hillary Brisco defeated Bernie Lyle in Delaware.",
    );
    expect(people(e)).toEqual(
      expect.arrayContaining(["Tom Okafor", "Hillary Brisco", "Bernie Lyle"]),
    );
  });

  it("a weekday is no surname after a place or a verb: 'won South Carolina Saturday'", () => {
    const e = entitiesOf("Trump won South Carolina Saturday. He told Hillary Monday he would run.");
    expect(people(e).some((n) => /Saturday|Monday/.test(n))).toBe(false);
  });
});

describe("organisations: what a name of capitals is not, and shorter names of one body", () => {
  const orgs = (list: Entity[]) => list.filter((e) => e.kind === "organisation").map((e) => e.name);

  it("'United States' is one place, though 'States' may be a reporting verb", () => {
    const e = entitiesOf("The United States said on Monday that talks with Norvia had failed.");
    expect(kindOf(e, "United States")).toBe("place");
    expect(orgs(e)).toEqual([]);
  });

  it("initials WordNet knows as a thing (TV, PC, DVD, GMT) are no organisation; a body's are", () => {
    const e = entitiesOf(
      "Sales of TV sets, PC monitors and DVD players at Brantwell Systems rose, the NRA said at 1200 GMT.",
    );
    expect(orgs(e)).toEqual(["Brantwell Systems", "NRA"]);
    // Initials WordNet does not write in capitals ("Isis", "bard") or writes for a group.
    expect(orgs(entitiesOf("ISIS, the BARD and the SEC said so."))).toEqual([
      "ISIS",
      "BARD",
      "SEC",
    ]);
  });

  it("a body's initials, its head noun after its full name and its name before 'PLC' join the full name", () => {
    const e = entitiesOf(
      "The Northern Rail Federation (NRF) and Halvard PLC signed a deal.",
      "The NRF said the Federation would grow. Halvard said it agreed.",
    );
    expect(orgs(e)).toEqual(["Northern Rail Federation", "Halvard PLC"]);
    const nrf = e.find((x) => x.name === "Northern Rail Federation")!;
    expect(nrf.aliases).toEqual(expect.arrayContaining(["NRF", "Federation"]));
  });

  it("initials of a body's name without the place before it join the full name ('RFS' of 'NSW Rural Fire Service')", () => {
    const e = entitiesOf(
      "The Tasmania State Emergency Service warned residents to prepare sandbags.",
      "The SES said rivers would peak on Tuesday.",
    );
    expect(orgs(e)).toEqual(["Tasmania State Emergency Service"]);
    expect(e.find((x) => x.name === "Tasmania State Emergency Service")!.aliases).toContain("SES");
  });

  it("not a name standing for two bodies, a part of a body, nor a head noun named before the full name", () => {
    const e = entitiesOf(
      "Congress met. The Western Congress of Surgeons and the Ardley University Press said the Ardley University Library Services were shut.",
      "Ardley University said the Democratic Party and the Democratic Alliance agreed with the Democratic.",
    );
    expect(orgs(e)).toEqual(expect.arrayContaining(["Congress", "Western Congress of Surgeons"]));
    const house = entitiesOf("The White House said no. The House voted.");
    expect(orgs(house)).toEqual(["White House", "House"]);
    expect(orgs(e)).toContain("Ardley University");
  });

  it("a phrase in title case (a subhead, a work's title) names no one; a middle initial stays", () => {
    const e = entitiesOf(
      "Actors Asked To Act Whiter To Make A Point said nothing new.",
      "Last year's winner, Lost In Translation, was shown. Samuel A. Brandt said so.",
    );
    expect(people(e)).toEqual(["Samuel A Brandt"]);
    expect(orgs(e)).toEqual([]);
  });
});

describe("capitalised words that name no one, whatever verb follows", () => {
  it("common words, a plural or a title at the end: a body, a group or a role, not a person", () => {
    const e = entitiesOf(
      "Rural Concern says older voters matter. The Liberal Democrats claim it is ambition.",
      "Norvex Systems CEO said little. Foreign Minister said more. Tyra Banks said so, and Dean Amar said nothing.",
    );
    expect(people(e)).toEqual(["Tyra Banks", "Dean Amar"]);
  });
});

describe("a firm named like a person: the article's own cues decide", () => {
  it("shares in it, its shareholders, an analyst at it: every mention is the firm's", () => {
    const e = entitiesOf(
      "Shares in Walter Brandt rose 3%. Walter Brandt said profits grew.",
      "Analysts at Dana Whitfield said so. Dana Whitfield's chief executive, Tom Reyes, agreed.",
      "Nora Vance's chief of staff said nothing. An aide at Carla Ruiz's rally spoke.",
    );
    expect(kindOf(e, "Walter Brandt")).toBe("organisation");
    expect(kindOf(e, "Dana Whitfield")).toBe("organisation");
    expect(people(e)).toEqual(expect.arrayContaining(["Tom Reyes", "Nora Vance", "Carla Ruiz"]));
  });
});

describe("initials and nationalities", () => {
  it("'B.B. King', 'J.K. Rowling': initials before a surname are a person, shown with their stops", () => {
    const e = entitiesOf("B.B. King played while J.K. Rowling read. U.S. Steel rose.");
    expect(people(e)).toEqual(["B.B. King", "J.K. Rowling"]);
  });

  it("'Saudi Arabian', 'Afghan Women': a nationality before a noun for people names nothing", () => {
    const e = entitiesOf(
      "Saudi Arabian officials met, and Afghan Women marched. Afghan Women said so.",
    );
    expect(e.map((x) => x.name)).toEqual([]);
  });
});

describe("a person known by one name", () => {
  it("a title elsewhere makes every mention of the one word the person's", () => {
    const e = entitiesOf(
      'The band played on Friday. "We love it," said Quill. Bassist Quill said the tour was over.',
    );
    expect(people(e)).toEqual(["Quill"]);
    expect(kindOf(e, "Quill")).toBe("person");
    expect(e.filter((x) => x.name === "Quill")).toHaveLength(1);
  });
});

describe("a work or a body after its noun", () => {
  it("a noun with a group's sense names a body ('the magazine'), a writing's alone a work ('his album')", () => {
    const e = entitiesOf(
      "His latest album Silver Morning, out in May, sold well. The magazine Rolling Stone, from New York, said so.",
    );
    expect(kindOf(e, "Silver Morning")).toBe("work");
    expect(kindOf(e, "Rolling Stone")).toBe("organisation");
  });
});

describe("a body's name goes on through 'of', 'for' and 'and'", () => {
  it("one body from its noun to the end of the name, not two places joined by 'and'", () => {
    const e = entitiesOf(
      "Agents of the Federal Bureau of Investigation and the Securities and Exchange Commission came.",
      "Bank of Westmark cut rates, said Nora Vance of the Ardent School of Economics.",
      "Britain and France objected between May and June.",
      "He sought funding from Congress for Kenya and Chad.",
      "The House and Senate heard Ann Lee of the Ardent Graduate School of Journalism.",
      '"We grew," said Karen Dole, Chief Executive of Westmark UK.',
      "The Treasury and Bank of England agreed, as did the IMF and World Bank.",
    );
    expect(kindOf(e, "World Bank")).toBe("organisation");
    expect(people(e)).toEqual(["Nora Vance", "Ann Lee", "Karen Dole"]);
    expect(kindOf(e, "Senate")).toBe("organisation");
    expect(kindOf(e, "Ardent Graduate School of Journalism")).toBe("organisation");
    expect(kindOf(e, "Congress")).toBe("organisation");
    expect(kindOf(e, "Federal Bureau of Investigation")).toBe("organisation");
    expect(kindOf(e, "Securities and Exchange Commission")).toBe("organisation");
    expect(kindOf(e, "Bank of Westmark")).toBe("organisation");
    expect(kindOf(e, "Ardent School of Economics")).toBe("organisation");
    expect(kindOf(e, "Britain")).toBe("place");
    expect(kindOf(e, "France")).toBe("place");
  });
});

describe("a month's name before a surname is a given name", () => {
  it("'Jan Brewer' is a person; 'in May' and 'between May and June' stay months", () => {
    const e = entitiesOf(
      "Jan Brewer signed the bill in May. Brewer said it was fair.",
      "Prices rose between May and June, the bank said.",
    );
    expect(people(e)).toEqual(["Jan Brewer"]);
  });
});

describe("a plural at the end of a name after a given name the lists lack", () => {
  it("'Geert Wilders'-like names: a word no dictionary knows before a plural-looking surname is a person", () => {
    const e = entitiesOf(
      "The vote signals the end, said Jorvik Tanners, founder of the Nordic Party for Freedom.",
      "The Liberal Democrats claim it is ambition.",
    );
    expect(people(e)).toEqual(["Jorvik Tanners"]);
  });
});

describe("initials of a body the article names in full", () => {
  it("are that body's even when WordNet knows them for a thing (a degree)", () => {
    const e = entitiesOf(
      "Borealis Airways will halt its flights. BA said the decision was a commercial one.",
    );
    const body = e.find((x) => x.name === "Borealis Airways");
    expect(body?.kind).toBe("organisation");
    expect(body?.aliases).toContain("BA");
  });
});

describe("initials after the noun of a work", () => {
  it("are a body's ('the cable channel KVX'), or nothing's when WordNet writes them for a thing", () => {
    const e = entitiesOf(
      "The show was commissioned by cable channel KVX. Firms such as Norvex offer TV content.",
    );
    expect(kindOf(e, "KVX")).toBe("organisation");
    expect(kindOf(e, "TV")).toBeUndefined();
  });
});

describe("a name before '&' and a firm's ending", () => {
  it("'D.E. Shaw & Co.'-like names are a firm's, not a person's", () => {
    const e = entitiesOf("He left to work for the hedge fund K.L. Brandt & Co. last year.");
    expect(people(e)).toEqual([]);
    expect(kindOf(e, "K.L Brandt & Co")).toBe("organisation");
    expect(kindOf(e, "Co")).toBeUndefined();
  });
});
