import { describe, expect, it } from "vitest";
import { directQuotes as direct } from "../support/read-quotes.js";
import type { Quote } from "../../src/model/analysis.js";

const said = (qs: Quote[]) => qs.map((q) => [q.text, q.speaker ?? null]);

describe("attribution through an outlet", () => {
  it('"…," the agency reports Y as saying: Y speaks, not the outlet', () => {
    const qs = direct(
      "``The border will stay shut,'' the Tarin news agency reported Mara Kovic as saying.",
      "``Prices will fall,'' a wire service reports a ministry source as saying.",
    );
    expect(said(qs)).toEqual([
      ["The border will stay shut", "Mara Kovic"],
      ["Prices will fall", "a ministry source"],
    ]);
  });
});

describe("names with their firm", () => {
  it('"…," X, from Firm told Reuters: X speaks, the firm and the outlet do not', () => {
    const qs = direct(
      "``Growth will stay weak this year,'' Lena Ostrova, from Halvard Capital told Reuters.",
    );
    expect(said(qs)).toEqual([["Growth will stay weak this year", "Lena Ostrova"]]);
  });

  it('"…," Firm\'s X told the paper: the person after the possessive speaks', () => {
    const qs = direct(
      "``We are patient investors,'' Halvard's Tomas Brede told the Sunday Courier.",
      "``We will not sell,'' Norvik' Anna Leth told the paper.",
    );
    expect(said(qs)).toEqual([
      ["We are patient investors", "Tomas Brede"],
      ["We will not sell", "Anna Leth"],
    ]);
  });

  it('"…," said Firm\'s X: the person after the possessive speaks, not the firm', () => {
    const qs = direct(
      '"A lot of time is needed to clean up," said ABN Amro\'s Eddie Lenz.',
      '"Prices will hold," said Norvik AG\'s chief economist Ivan Roth.',
    );
    expect(said(qs)).toEqual([
      ["A lot of time is needed to clean up", "Eddie Lenz"],
      ["Prices will hold", "Ivan Roth"],
    ]);
  });
});

describe("two people who share a family name", () => {
  it("a bare surname is the subject's, not the relative named inside its apposition", () => {
    const qs = direct(
      "Tomas Ruval, younger brother of President Anton Ruval and head of the army, spoke to the crowd.",
      "``Nobody here gives up!'' Ruval declared.",
    );
    expect(said(qs)).toEqual([["Nobody here gives up!", "Tomas Ruval"]]);
  });

  it("a name after a preposition in the next sentence does not outrank the subject before it", () => {
    const qs = direct(
      "Tomas Ruval, head of the army, spoke to the crowd on Sunday.",
      "The port fell in 1956 to rebels led by Anton Ruval.",
      "``Nobody here gives up!'' Ruval declared.",
    );
    expect(said(qs)).toEqual([["Nobody here gives up!", "Tomas Ruval"]]);
  });

  it("the person named last as a subject is still the one a bare surname names", () => {
    const qs = direct(
      "Tomas Ruval spoke first.",
      "Then Anton Ruval, his brother, took the microphone.",
      "``We stay,'' Ruval said.",
    );
    expect(said(qs)).toEqual([["We stay", "Anton Ruval"]]);
  });
});

describe("speakers as news abroad names them", () => {
  it('honorifics of South Asia and the Gulf: "Shri", "Sheikh"', () => {
    const qs = direct(
      "``We will build the road,'' Shri Vikram Desai told reporters.",
      "``The fund is open to all,'' said Sheikh Khalid al-Nuri.",
    );
    expect(said(qs)).toEqual([
      ["We will build the road", "Vikram Desai"],
      ["The fund is open to all", "Khalid al-Nuri"],
    ]);
  });

  it('"…," X said through an interpreter: X speaks, not the interpreter', () => {
    const qs = direct(
      "``Our village has no water,'' Ama Boateng said through an interpreter.",
      "Speaking through a translator, Li Wen said: ``The factory will reopen.''",
    );
    expect(said(qs)).toEqual([
      ["Our village has no water", "Ama Boateng"],
      ["The factory will reopen.", "Li Wen"],
    ]);
  });

  it('"Mr X: …" after a colon, as interviews and round-ups write them', () => {
    const qs = direct(
      "Rural voters were asked what they wanted.",
      'Farmer Joseph Mwangi: "We need roads before anything else."',
    );
    expect(said(qs)).toEqual([["We need roads before anything else.", "Joseph Mwangi"]]);
  });

  it('"…," X told the BBC News website: X speaks, not the BBC', () => {
    const qs = direct(
      '"The harvest was good this year," Maria Quispe told the BBC News website.',
      '"Prices are rising," the minister, Raul Benitez, told BBC News.',
    );
    expect(said(qs)).toEqual([
      ["The harvest was good this year", "Maria Quispe"],
      ["Prices are rising", "Raul Benitez"],
    ]);
  });
});

describe("a body's name with its article", () => {
  it('"…," the WTO said. "…": the quote standing alone after it is the body\'s too', () => {
    const qs = direct(
      '"Tourism rose by a tenth thanks to promotion," the WTO said. "Arrivals to other islands also thrived."',
    );
    expect(said(qs)).toEqual([
      ["Tourism rose by a tenth thanks to promotion", "WTO"],
      ["Arrivals to other islands also thrived.", "WTO"],
    ]);
  });
});

describe("a role with its body's possessive, then the name", () => {
  it('"The agency\'s relief coordinator, Jan Berglund, said that …": Jan Berglund speaks', () => {
    const qs = direct(
      'The United Nations\' relief coordinator, Jan Berglund, said that "this may be the worst flood in recent history because it hit so many towns."',
      'The agency\'s chief economist, Mona Ekdahl, said: "Rebuilding will take years."',
    );
    expect(said(qs)).toEqual([
      [
        "this may be the worst flood in recent history because it hit so many towns.",
        "Jan Berglund",
      ],
      ["Rebuilding will take years.", "Mona Ekdahl"],
    ]);
  });
});

describe("a noun after a verb in the past is its object", () => {
  it('"X reiterated calls for …, warning: …": X speaks; "calls" is no reporting verb', () => {
    const qs = direct(
      'Party leader Tom Reyes reiterated calls for the report to be published, warning: "This issue will not go away."',
    );
    expect(said(qs)).toEqual([["This issue will not go away.", "Tom Reyes"]]);
  });
});

describe("an age and a nationality standing for a person", () => {
  it('"the 24-year-old Swiss added" is the player the paragraph is about', () => {
    const qs = direct(
      'Anna Vogel will play in Pattaya next month. "The tournament is a test," she said. Speaking to a paper, the 24-year-old Swiss added: "There will not be as many people."',
    );
    expect(said(qs)).toEqual([
      ["The tournament is a test", "Anna Vogel"],
      ["There will not be as many people.", "Anna Vogel"],
    ]);
  });
});

describe("state media and other outlets as speakers", () => {
  it('"…," state media reported / said state television: the outlet, not "media" alone', () => {
    const qs = direct(
      'Floods hit the north. "Rescue teams have reached the villages," state media reported.',
      '"Roads are closed," said state television.',
      '"The dam will hold," local radio said, quoting an engineer.',
    );
    expect(said(qs)).toEqual([
      ["Rescue teams have reached the villages", "state media"],
      ["Roads are closed", "state television"],
      ["The dam will hold", "local radio"],
    ]);
  });
});

describe("names written family name first, with no title", () => {
  it('"Mr Hu" after "Hu Jintao" is him even when no title introduced him', () => {
    const qs = direct(
      "Wen Zhaolin visited the flooded region on Monday.",
      '"Rescue teams have reached the villages," Mr Wen was quoted as saying.',
    );
    expect(said(qs)).toEqual([["Rescue teams have reached the villages", "Wen Zhaolin"]]);
  });
});

describe("a question put to someone", () => {
  it('X was asked, "…?": X is the listener; the answer after it is X\'s', () => {
    const qs = direct(
      "Council leader Mara Quinn was asked, “Would you have closed the bridge sooner?” She answered, “I have no idea.”",
      "Tom Reyes was then asked by reporters: “Will the ferry run all winter?”",
      "When she was asked about the ferry, Mara Quinn said: “It will run until March.”",
    );
    expect(said(qs)).toEqual([
      ["Would you have closed the bridge sooner?", null],
      ["I have no idea.", "Mara Quinn"],
      ["Will the ferry run all winter?", "reporters"],
      ["It will run until March.", "Mara Quinn"],
    ]);
  });
});

describe("a title with a noun a verb may share", () => {
  it('"…," X, assistant secretary of state for A, B and C, said: "state" after "of" is no frame verb', () => {
    const qs = direct(
      "The new plans “will not solve this problem, but are steps in the right direction,” Anne Ricard, assistant secretary of state for roads, bridges, and harbours, said on the same call.",
    );
    expect(said(qs)).toEqual([
      ["will not solve this problem, but are steps in the right direction", "Anne Ricard"],
    ]);
  });
});
