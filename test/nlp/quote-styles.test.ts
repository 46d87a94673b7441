import { describe, expect, it } from "vitest";
import { directQuotes as direct, readQuotes } from "../support/read-quotes.js";
import type { Quote } from "../../src/model/analysis.js";

const said = (qs: Quote[]) => qs.map((q) => [q.text, q.speaker ?? null]);

describe("quote mark styles", () => {
  it("''…'' as some wire texts write them", () => {
    const qs = direct(
      "''We will win this state,'' said Dana Whitfield, a campaign adviser.",
      "Ms. Whitfield added, ''It is close.'' Then she left.",
    );
    expect(said(qs)).toEqual([
      ["We will win this state", "Dana Whitfield"],
      ["It is close.", "Dana Whitfield"],
    ]);
  });

  it("``…'' as typewriter texts write them", () => {
    expect(said(direct("``The vote is set,'' Dana Whitfield said."))).toEqual([
      ["The vote is set", "Dana Whitfield"],
    ]);
  });

  it("a single quote inside a double one: ''… 'no.' ''", () => {
    const qs = direct("''He told me, 'I'm out,''' Dana Whitfield said.");
    expect(said(qs)).toEqual([["He told me, 'I'm out,'", "Dana Whitfield"]]);
  });
});

describe("curly marks typed the wrong way round", () => {
  it("“…,“ said X: an opening mark after a word and before a space closes the quote", () => {
    const qs = direct(
      "“The plan is dead, and we all know it,“ said Dana Whitfield, the mayor.",
      "Tom Reyes called the vote “a farce“ on Monday.",
    );
    expect(said(qs)).toEqual([
      ["The plan is dead, and we all know it", "Dana Whitfield"],
      ["a farce", "Tom Reyes"],
    ]);
  });
});

describe("a source named after the quote with “according to”", () => {
  it("“… . …,” according to X: a quote of two sentences opening its own sentence", () => {
    expect(
      said(
        direct(
          "Dana Whitfield spoke on Monday.",
          '"The new files show more. They name every senator," according to Tom Reyes, the mayor.',
        ),
      ),
    ).toEqual([["The new files show more. They name every senator", "Tom Reyes"]]);
  });
});

describe("a verb of communication no list has, put before its speaker", () => {
  it("“…,” opined the Daily Ledger / ordered the judge: WordNet files the verb under communication", () => {
    const qs = direct(
      "Dana Whitfield spoke on Monday.",
      '"Owners should leave their boats at home," opined the Daily Ledger.',
      '"Clear the room at once," ordered the judge.',
    );
    expect(said(qs)).toEqual([
      ["Owners should leave their boats at home", "the Daily Ledger"],
      ["Clear the room at once", "the judge"],
    ]);
  });
});

describe("the speaker's phrase in a frame", () => {
  it("“…,” one U.S. official said: the stop of an abbreviation is inside the phrase", () => {
    expect(
      said(
        direct(
          "Dana Whitfield spoke.",
          '"He is nervous about his location," one U.N. official said.',
        ),
      ),
    ).toEqual([["He is nervous about his location", "one U.N. official"]]);
  });

  it("“But Lisbon police said …”: the phrase starts after the connective and still speaks", () => {
    const { quotes } = readQuotes(
      "Dana Whitfield spoke.",
      "But Lisbon police said they had made no arrests after the match.",
    );
    expect(said(quotes)).toEqual([["they had made no arrests after the match", "Lisbon police"]]);
  });

  it("a comma after an acronym ends the phrase all the same (Like AS, Marca criticises X for “…”)", () => {
    const qs = direct(
      "Zeitpost's headline says it all.",
      'And like AS, Zeitpost criticises Tom Reyes for "leaving a message on the pitch" last week.',
    );
    expect(said(qs)).toEqual([["leaving a message on the pitch", "Zeitpost"]]);
  });

  it("a connective opening the sentence is no part of the speaker (Meanwhile X's mother has said)", () => {
    const qs = direct(
      "Dana Whitfield spoke.",
      'Meanwhile Tom Reyes\'s mother has said she is "100% certain" her son did nothing wrong.',
    );
    expect(said(qs)).toEqual([["100% certain", "Tom Reyes's mother"]]);
  });
});

describe("quoted words that are no quotes", () => {
  it('a programme or book in quote marks, its stop inside: told reporters on "Face the Nation."', () => {
    expect(
      said(
        direct(
          'Tom Reyes told reporters on "Face the Nation." that he would run.',
          "He appeared on NBC’s “Today” on Monday.",
          "Reyes, the author of “The Long Road Home,” spoke.",
          '"We will run," Reyes said.',
        ),
      ),
    ).toEqual([["We will run", "Tom Reyes"]]);
  });

  it("a number or a handle alone, as embedded posts leave them", () => {
    expect(said(direct('Tom Reyes posted it. "747986907162877952" "@tomreyes" he wrote.'))).toEqual(
      [],
    );
  });

  it("a web address alone is no quote", () => {
    expect(said(direct("Tom Reyes posted a link: “http://video.example.com” on Monday."))).toEqual(
      [],
    );
  });

  it("titles in quote marks: title case with small words and subtitles, a film after a comma, a headline with its byline", () => {
    const qs = direct(
      "Ann Lee hosts “The Lead with Ann Lee” and starred in “Hail, Caesar!” last year.",
      "She was known for her film, “Trainwreck.”",
      'ARTS—"Theatre to close at the end of December," by the Times’ Tom Reyes: "The theatre will close."',
      "“Orange Is the New Black” star Dana Whitfield spoke to fans.",
      'Reyes answered with a curt "No." and left the room in a hurry.',
      'Reyes was fined and "severely reprimanded" by the State Bar on Friday.',
    );
    expect(qs.map((q) => q.text)).toEqual([
      "The theatre will close.",
      "No.",
      "severely reprimanded",
    ]);
  });
});

describe("an article's one quotation style", () => {
  it("single marks quote in an article that quotes with single marks", () => {
    const qs = direct(
      "'We will reopen the bridge in spring,' council leader Mara Quinn said.",
      "Hauliers called the detour 'a disaster for the port'.",
    );
    expect(said(qs)[0]).toEqual(["We will reopen the bridge in spring", "Mara Quinn"]);
  });

  it("in an article that quotes with double marks, a paragraph's single marks are no quotation", () => {
    const qs = direct(
      "“We will reopen the bridge in spring,” council leader Mara Quinn said.",
      "Tom Reyes called her plan ‘a fantasy that will cost the port its last hauliers’.",
      "Quinn Sides With Hauliers On ‘A Bridge Too Far For Lorries.’",
    );
    expect(said(qs)).toEqual([["We will reopen the bridge in spring", "Mara Quinn"]]);
  });

  it("…but a whole sentence in single marks is a quotation even there", () => {
    const qs = direct(
      "“We will reopen the bridge in spring,” council leader Mara Quinn said.",
      "Opposition leader Tom Reyes said, 'The council is announcing repairs only because the elections are due.'",
      "'The money is ready and work will start by April,' Ms Quinn said.",
      "Hauliers called the detour 'a disaster for the port'.",
    );
    expect(said(qs)).toEqual([
      ["We will reopen the bridge in spring", "Mara Quinn"],
      ["The council is announcing repairs only because the elections are due.", "Tom Reyes"],
      ["The money is ready and work will start by April", "Mara Quinn"],
    ]);
  });
});

describe("a block quotation set off without marks, as live blogs and web pages do", () => {
  it("is the quote of the speaker the paragraph above announces with a colon", () => {
    const qs = direct(
      "The council leader, Mara Quinn, spoke to reporters after the vote. She said:",
      "We listened to the hauliers and we changed the plan. The bridge will reopen in spring.",
      "Opposition leader Tom Reyes told local radio:",
      "This is a climbdown, nothing more.",
    );
    expect(said(qs)).toEqual([
      [
        "We listened to the hauliers and we changed the plan. The bridge will reopen in spring.",
        "Mara Quinn",
      ],
      ["This is a climbdown, nothing more.", "Tom Reyes"],
    ]);
  });

  it("is no quote under a line that announces no speech, nor a list or a paragraph with marks", () => {
    const qs = direct(
      "Here is what happened overnight:",
      "The bridge reopened at dawn and the first lorries crossed before six.",
      "Mara Quinn said:",
      "- The bridge reopens in spring.",
    );
    expect(said(qs)).toEqual([]);
  });
});
