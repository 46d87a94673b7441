import { describe, expect, it } from "vitest";
import { directQuotes as direct, readQuotes } from "../support/read-quotes.js";
import type { Quote } from "../../src/model/analysis.js";

const said = (qs: Quote[]) => qs.map((q) => [q.text, q.speaker ?? null]);

describe("the reporter is not the speaker", () => {
  it("a byline name is never given a quote the text attributes to someone else", () => {
    const qs = direct(
      "By Jane Roe",
      '"We will not move," Tom Reyes told The Times on Monday.',
      'Jane Roe visited the plant. "It is closing," said Omar Castillo, a worker.',
    );
    expect(qs.map((q) => q.speaker ?? null)).toEqual(["Tom Reyes", "Omar Castillo"]);
  });

  it("'this reporter' and a first-person report: the quote goes to the one who said it, else to no one", () => {
    const qs = direct(
      "Jane Roe reports from Ohio.",
      '"We are tired," Dana Whitfield told this reporter.',
      'I asked a man at the gate. "I never vote," he said.',
    );
    expect(qs[0]?.speaker).toBe("Dana Whitfield");
    expect(qs[1]?.speaker).not.toBe("Jane Roe");
  });
});

describe("single curly quotes", () => {
  it("‘…’ in a headline-like line is a quote; its speaker the name before the colon", () => {
    const qs = direct("Tokaev: ‘We will not change course’", "Kassym Tokaev spoke on Monday.");
    expect(qs.map((q) => q.text)).toEqual(["We will not change course"]);
    expect(qs[0]?.speaker).toMatch(/Tokaev/);
  });

  it("an apostrophe (don’t, the Smiths’ house) never opens or closes a quote", () => {
    const qs = direct(
      "We don’t know who owns the Smiths’ house, the neighbours’ lawyer said.",
      "“We don’t sell the Smiths’ house,” said Ann Lee.",
    );
    expect(said(qs)).toEqual([["We don’t sell the Smiths’ house", "Ann Lee"]]);
  });
});

describe("two people who share a surname stay two", () => {
  it("Mr. Ruiz and later Carla Ruiz, his wife", () => {
    const qs = direct(
      'Pedro Ruiz runs the shop. "Business is slow," Mr. Ruiz said.',
      '"He works too hard," Carla Ruiz, his wife, said.',
    );
    expect(qs.map((q) => q.speaker)).toEqual(["Pedro Ruiz", "Carla Ruiz"]);
  });

  it("the senator and her husband", () => {
    const qs = direct(
      "Sen. Dana Whitfield came home on Friday with her husband, Tom Whitfield.",
      '"We won," the senator said.',
      '"I am proud of her," her husband said.',
    );
    expect(qs.map((q) => q.speaker ?? null)).not.toContain(null);
    expect(qs[0]?.speaker).toBe("Dana Whitfield");
    expect(qs[1]?.speaker).not.toBe("Dana Whitfield");
  });
});

describe("a day, a place, a programme or an outlet is never a speaker", () => {
  it("said Friday, told CNN, said on Fox News Sunday, wrote in The Atlantic", () => {
    const qs = direct(
      "Dana Whitfield spoke on Friday.",
      '"We will see," she said Friday.',
      '"It is wrong," Tom Reyes told CNN.',
      '"I am not running," Ann Lee said on Fox News Sunday.',
      '"The party is lost," Omar Castillo wrote in The Atlantic.',
    );
    const names = qs.map((q) => q.speaker ?? null);
    expect(names.slice(0, 4)).toEqual(["Dana Whitfield", "Tom Reyes", "Ann Lee", "Omar Castillo"]);
    for (const n of names) expect(n ?? "").not.toMatch(/Monday|Friday|CNN|Fox|Atlantic|Ohio/);
  });

  it("an outlet or place before the verb is not the speaker", () => {
    const qs = direct(
      "Tom Reyes spoke to reporters.",
      '"We are ready," he told Fox News Sunday.',
      '"It is a crisis," The Atlantic wrote of him.',
    );
    expect(qs[0]?.speaker).toBe("Tom Reyes");
    expect(qs[1]?.speaker ?? null).not.toBe("Tom Reyes");
  });
});

describe("a speaker the article describes without a name", () => {
  it("is named by the description, its post-modifier kept and its relative clause left out", () => {
    const qs = direct(
      '"The money will come in by the spring," said one Republican involved in the planning, who spoke on the condition of anonymity.',
      'Another source familiar with the talks said, "Nothing has been agreed with the union yet."',
      'Unlike last year, a state official who spoke anonymously said Tuesday, "There are talks with the union."',
    );
    expect(said(qs)).toEqual([
      ["The money will come in by the spring", "one Republican involved in the planning"],
      ["Nothing has been agreed with the union yet.", "Another source familiar with the talks"],
      ["There are talks with the union.", "a state official"],
    ]);
  });

  it("an office, a campaign's statement, a bare plural, a two-role description", () => {
    const qs = direct(
      '"The meeting will go ahead as planned," Lee’s office said in a statement.',
      '"The harm caused by this scheme is incalculable," federal prosecutors wrote.',
      '"We will not back down from this fight," the Ohio senator and Democratic candidate said.',
      'The ad claims "Dana Whitfield is the only one you can trust."',
    );
    expect(qs.map((q) => q.speaker ?? null)).toEqual([
      "Lee’s office",
      "federal prosecutors",
      "the Ohio senator and Democratic candidate",
      "The ad",
    ]);
  });

  it("a name inside a description is not the speaker; a name in apposition is", () => {
    const qs = direct(
      'Dana Whitfield spoke first. "She has run a very good race so far," said one Whitfield supporter.',
      '"The plant will close for good on Friday," said a worker, Omar Castillo.',
    );
    expect(qs.map((q) => q.speaker ?? null)).toEqual(["one Whitfield supporter", "Omar Castillo"]);
  });

  it("who is told, and what a participle says, are not speakers", () => {
    const qs = direct(
      'Tom Reyes spoke at noon, and told his supporters, "Our state is in deep trouble this year."',
      "Tom Reyes defended “small-town values,” saying the city had always shared them.",
    );
    expect(qs.map((q) => q.speaker ?? null)).toEqual(["Tom Reyes", "Tom Reyes"]);
  });
});

describe("a description opening the clause a quote hangs on", () => {
  it("before a participle or a colon: a campaign, a letter, an account", () => {
    const qs = direct(
      "Lee’s campaign shrugged off the remarks, telling reporters, “Nobody on our team has ever asked for that endorsement.”",
      "Reyes’s letter makes a blunt case: “Our town cannot pay for another year of this.”",
      'The next day, her Twitter account posted: "Come and see the new shop on Main Street."',
    );
    expect(qs.map((q) => q.speaker ?? null)).toEqual([
      "Lee’s campaign",
      "Reyes’s letter",
      "her Twitter account",
    ]);
  });

  it("after a fronted clause with an infinitive: the participle hangs on the main clause", () => {
    const qs = direct(
      "Bernard Sands won the primary on Tuesday.",
      'Even before Sands took the stage to acknowledge his victory, his campaign sent a text message to supporters saying: "With your help, we won! Reply GIVE to give $10."',
      "Before the mayor rose to speak, Ann Lee’s office sent reporters a note saying: “The budget is balanced.”",
    );
    expect(qs.map((q) => q.speaker ?? null)).toEqual(["his campaign", "Ann Lee’s office"]);
  });

  it("before an aside between commas; a name in the aside is the speaker", () => {
    const qs = direct(
      "One union ad, which is airing this week, argues that “only Dana Whitfield can win this seat.”",
      "“The talks broke down over the weekend,” the mayor’s spokesman, Tom Reyes, wrote on Twitter.",
    );
    expect(qs.map((q) => q.speaker ?? null)).toEqual(["One union ad", "Tom Reyes"]);
  });

  it("“…!” then a new sentence that is only its frame: “Mr. Reyes wrote on Twitter.”", () => {
    const qs = direct(
      "Ann Lee and Tom Reyes met on Monday, and her campaign found itself in a row.",
      "“If Ann thinks she can win this way, she is wrong!” Mr. Reyes wrote on Twitter.",
    );
    expect(qs.map((q) => q.speaker)).toEqual(["Tom Reyes"]);
  });
});

describe("a name inside a description's post-modifier is not the speaker", () => {
  it("“said a spokesman for Tom Reyes”, “said one of Reyes’s aides”; a title before the name still gives the name", () => {
    const qs = direct(
      "Tom Reyes spoke on Monday.",
      '"We will appeal the ruling this week," said a spokesman for Tom Reyes.',
      '"We will appeal the ruling next week," said one of Reyes’s aides.',
      '"We will appeal the ruling in May," said the Republican front-runner Dana Whitfield.',
    );
    expect(qs.map((q) => q.speaker)).toEqual([
      "a spokesman for Tom Reyes",
      "one of Reyes’s aides",
      "Dana Whitfield",
    ]);
  });
});

describe("a speaker phrase does not open with a common word capitalised as the sentence's first", () => {
  it("'Choir member Tibb shared …, writing “…”' is not spoken by 'Choir'", () => {
    const qs = direct(
      "Choir member Tibb shared the news online last week, writing “We sing for everyone who listens.”",
    );
    expect(qs.map((q) => q.speaker ?? null)).not.toContain("Choir");
  });

  it("the opening word stays when it heads the subject: 'Frost … boomed:', 'Respondents are obliged to disclose:'", () => {
    const qs = direct(
      "Senator Amy Frost spoke last. Frost waved, then leaned in and boomed: “Let us win in May.”",
      "Respondents are obliged to disclose: “When did this person move here? Print the latest year.”",
    );
    expect(qs.map((q) => q.speaker ?? null)).toEqual(["Amy Frost", "Respondents"]);
  });

  it("'A spokesman for Velmar … said in a statement that “…”': a determiner opens the speaker phrase", () => {
    const qs = readQuotes(
      "Velmar Corp. ran the server for years.",
      "A spokesman for Velmar declined to comment but said in a statement that “Velmar did not, at any time, treat the server differently.”",
    ).quotes;
    expect(qs.map((q) => q.speaker ?? null)).toEqual(["A spokesman"]);
  });

  it("'Following a rally in Dover, Ann Lee boasted … “…”': the subject after the opening participle phrase", () => {
    const qs = direct(
      'Following a noisy rally in Dover last week, Ann Lee boasted to reporters of her team - "the best in the state" - and thanked them.',
    );
    expect(said(qs)).toEqual([["the best in the state", "Ann Lee"]]);
  });
});
