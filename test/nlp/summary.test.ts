import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyse, articleSentences } from "../../src/analysis/analyse.js";
import type { Analysis } from "../../src/model/analysis.js";
import { answer } from "../../src/answers/router.js";
import type { Reply } from "../../src/answers/reply.js";
import type { Article } from "../../src/model/article.js";
import { articleFromBytes } from "../../src/content/load.js";
import { Library } from "../../src/library/library.js";
import {
  pickSummary,
  RANKED_AHEAD,
  rankingFor,
  rankSentences,
  summarySentences,
} from "../../src/nlp/summary.js";
import { defaultLength, summaryIndexes } from "../../src/answers/summary.js";
import { findPeople } from "../../src/nlp/people/people.js";
import { findQuotes } from "../../src/nlp/quotes/quotes.js";
import { personLinks } from "../../src/analysis/person-links.js";
import { renderPlain } from "../../src/render/messages.js";
import { answerContext } from "../support/context.js";

const SEED = path.resolve("content/kazakhstan-russia-alliance.md");

function load(file: string): Analysis {
  return analyse(articleFromBytes(path.dirname(file), file, readFileSync(file), 0));
}

function fromText(body: string, id = "test-article"): Analysis {
  return analyse(articleFromBytes("/tmp", `/tmp/${id}.txt`, new TextEncoder().encode(body), 0));
}

function ask(a: Analysis, text: string): string {
  const replies: Reply[] = answer(
    { text, chat: "private" },
    answerContext(new Library([a]), { now: () => new Date("2020-01-01") }),
  );
  return replies.map(renderPlain).join("\n\n");
}

/** The sentence lines of a /summary reply (those ending with a ¶ citation). */
function summaryLines(out: string): string[] {
  return out.split("\n").filter((l) => /\(¶\d+\)$/.test(l));
}

describe("rankSentences", () => {
  it("ranks every sentence exactly once", () => {
    const a = load(SEED);
    const ranking = rankSentences(a.sentences);
    expect([...ranking].sort((x, y) => x - y)).toEqual(a.sentences.map((s) => s.index));
  });

  it("handles no sentence, one sentence and only very short sentences", () => {
    expect(rankSentences([])).toEqual([]);
    expect(rankSentences([{ index: 0, para: 1, text: "One." }])).toEqual([0]);
    const short = ["Rain fell.", "Roads shut.", "Rain again.", "Schools shut."].map(
      (text, index) => ({ index, para: 1, text }),
    );
    expect(rankSentences(short)).toHaveLength(4);
    const wordless = ["…", "“ ”", "…"].map((text, index) => ({ index, para: 1, text }));
    expect(rankSentences(wordless)).toEqual([0, 1, 2]);
  });

  it("puts an exact repeat of an earlier sentence last", () => {
    const texts = [
      "The council approved the new budget for the city on Tuesday evening.",
      "The budget raises spending on schools and roads across the city.",
      "The council approved the new budget for the city on Tuesday evening.",
      "Critics said the budget for the city would raise council tax for families.",
    ];
    const ranking = rankSentences(texts.map((text, index) => ({ index, para: index + 1, text })));
    expect(ranking[ranking.length - 1]).toBe(2);
  });

  const sentencesOf = (texts: string[]) =>
    texts.map((text, index) => ({ index, para: index + 1, text }));

  it("takes the article's first sentence first, even when another is more central", () => {
    const ranking = rankSentences(
      sentencesOf([
        "Westbrook woke to sirens on Tuesday morning.",
        "The harbour bridge was closed to lorries after engineers found cracks in the harbour bridge piers.",
        "Engineers said the cracks in the bridge piers were growing.",
        "Lorries will use the ring road while the bridge piers are repaired.",
        "The council said repairs to the harbour bridge would take a year.",
      ]),
    );
    expect(ranking[0]).toBe(0);
  });

  it("a sentence that leans on the one before comes only with it", () => {
    const texts = [
      "The council of Westbrook met on Tuesday to discuss the budget for next year.",
      "Ann Reyes, the mayor, spoke first at the meeting.",
      "She said the harbour bridge repairs would cost the council more than the harbour bridge itself.",
      "Engineers found cracks in the harbour bridge piers in March.",
      "The harbour bridge repairs will close the bridge to lorries.",
      "Hauliers said the harbour bridge closure would add an hour to deliveries.",
    ];
    const ranking = rankSentences(sentencesOf(texts));
    for (let n = 1; n <= texts.length; n++) {
      const picked = pickSummary(ranking, n);
      if (picked.includes(2)) expect(picked, `n = ${n}`).toContain(1);
    }
    expect(ranking.indexOf(1)).toBeLessThan(ranking.indexOf(2));
  });

  it("a quotation left open comes with the sentence that closes it and names its speaker, not with the one before", () => {
    const texts = [
      "The council of Westbrook met on Tuesday to discuss the harbour bridge repairs.",
      "Snow fell on the hills above the town overnight.",
      "“The harbour bridge repairs cannot wait another winter.",
      "The harbour bridge carries every lorry to the port,” said Ann Reyes, the mayor.",
      "Hauliers said the harbour bridge closure would add an hour to deliveries.",
    ];
    const ranking = rankSentences(sentencesOf(texts));
    const at = (i: number) => ranking.indexOf(i);
    expect(Math.abs(at(2) - at(3))).toBe(1);
    expect(at(2)).toBeLessThan(at(1));
  });

  it("a sentence inside a quotation its paragraph opened before comes only with the sentence before it", () => {
    const texts = [
      "The mayor of Westbrook spoke about the harbour bridge repairs on Tuesday.",
      "Ann Reyes said: “The harbour bridge repairs cannot wait another winter.",
      "The harbour bridge repairs will close the harbour bridge to lorries for a year.",
      "The port will stay open,” she said.",
      "Hauliers said the harbour bridge closure would add an hour to deliveries.",
    ];
    // one paragraph: sentence 2 is the mayor's words, inside the quotation sentence 1 opens
    const ranking = rankSentences(texts.map((text, index) => ({ index, para: 1, text })));
    for (let n = 1; n <= texts.length; n++) {
      const picked = pickSummary(ranking, n);
      if (picked.includes(2)) expect(picked, `n = ${n}`).toContain(1);
    }
    expect(ranking.indexOf(2) - ranking.indexOf(1)).toBe(1);
    // the same words as a paragraph of their own are the article's, and so are they after a
    // quotation mark never closed
    expect(pickSummary(rankSentences(sentencesOf(texts)), 2)).toEqual([0, 2]);
    const unclosed = [...texts.slice(0, 3), "The port will stay open, she said.", texts[4]!];
    const paragraph = unclosed.map((text, index) => ({ index, para: index < 4 ? 1 : 2, text }));
    expect(pickSummary(rankSentences(paragraph), 2)).toEqual([0, 2]);
  });

  it("a line in the first person comes with the sentence before, unless the article opens in the first person", () => {
    const transcript = [
      "The mayor of Westbrook spoke about the harbour bridge repairs on the radio on Tuesday.",
      "Ann Reyes said the harbour bridge would close to lorries in May.",
      "I think the harbour bridge repairs cannot wait another winter for the harbour.",
      "Hauliers said the harbour closure would add an hour to deliveries.",
    ];
    const ranking = rankSentences(sentencesOf(transcript));
    for (let n = 1; n <= transcript.length; n++)
      if (pickSummary(ranking, n).includes(2)) expect(pickSummary(ranking, n)).toContain(1);
    const column = [
      "I have crossed the harbour bridge every morning for twenty years.",
      "The council says the harbour bridge will close to lorries in May.",
      "I think the harbour bridge repairs cannot wait another winter for the harbour.",
      "Hauliers said the harbour closure would add an hour to deliveries.",
    ];
    expect(pickSummary(rankSentences(sentencesOf(column)), 2)).toEqual([0, 2]);
  });

  /**
   * In every first part of the ranking, a pronoun sentence without the sentence before it comes
   * right after a summary sentence that names its person first among the people of its gender.
   */
  function expectPronounsFindTheirPerson(
    ranking: number[],
    named: Map<number, string[]>,
    meant: Map<number, string>,
    gender = new Map<string, "m" | "f">(),
  ): void {
    for (let n = 1; n <= ranking.length; n++) {
      const picked = pickSummary(ranking, n);
      for (const d of picked) {
        if (!meant.has(d) || picked.includes(d - 1)) continue;
        const before = picked.filter((i) => i < d).pop();
        expect(before, `n = ${n}, sentence ${d}`).toBeDefined();
        const g = gender.get(meant.get(d)!);
        const readAs = (named.get(before!) ?? []).find(
          (p) => !g || gender.get(p) !== (g === "m" ? "f" : "m"),
        );
        expect(readAs, `n = ${n}, sentence ${d}`).toBe(meant.get(d));
      }
    }
  }

  it("a pronoun sentence comes without the sentence before it once the summary names its person", () => {
    const a = fromText(
      [
        "Harbour bridge to close",
        "Ann Reyes, the mayor of Westbrook, said on Tuesday that the harbour bridge would close to lorries for a year of repairs.",
        "Engineers found cracks in the piers of the harbour bridge in March.",
        "Ferry tickets went on sale at the old pier office on Wednesday.",
        "She said the harbour bridge repairs would cost the council more than the harbour bridge itself had cost to build.",
        "Hauliers said the harbour bridge closure would add an hour to deliveries to the port.",
        '"The harbour bridge repairs cannot wait another winter," she added.',
      ].join("\n\n"),
    );
    expect(a.sentences[3]!.text).toMatch(/^She said/);
    const ranking = a.summaryRanking;
    expect(pickSummary(ranking, 2)).toEqual([0, 3]);
    for (let n = 1; n <= ranking.length; n++) {
      const picked = pickSummary(ranking, n);
      if (picked.includes(3) || picked.includes(5)) expect(picked, `n = ${n}`).toContain(0);
    }
    // Without knowing whom "She" stands for, the sentence comes only with the one before it.
    const blind = rankSentences(a.sentences);
    for (let n = 1; n <= blind.length; n++) {
      const picked = pickSummary(blind, n);
      if (picked.includes(3)) expect(picked, `n = ${n}`).toContain(2);
    }
  });

  it("a sentence naming someone else is not put between a pronoun sentence and its person without the pronoun sentence's antecedent", () => {
    const texts = [
      "Ann Reyes, the mayor of Westbrook, said on Tuesday that the harbour bridge would close to lorries.",
      "Tom Ruiz, the port director, said the harbour bridge closure would cost the port and the council money.",
      "Ferry tickets went on sale at the old pier office.",
      "She said the harbour bridge repairs would cost the council more than the harbour bridge itself.",
      "Engineers found cracks in the harbour bridge piers in March.",
      "Hauliers said the harbour bridge closure would add an hour to deliveries.",
    ];
    const named = new Map([
      [0, ["ann"]],
      [1, ["tom"]],
    ]);
    const meant = new Map([[3, "ann"]]);
    const ranking = rankSentences(sentencesOf(texts), {}, { named, meant });
    expect(pickSummary(ranking, 2)).toEqual([0, 3]);
    expectPronounsFindTheirPerson(ranking, named, meant);
    // Were "She" Tom, it would need him named first.
    const tom = new Map([[3, "tom"]]);
    expectPronounsFindTheirPerson(
      rankSentences(sentencesOf(texts), {}, { named, meant: tom }),
      named,
      tom,
    );
  });

  it("leaves out a sentence that says again what a summary sentence says, with little more", () => {
    const texts = [
      "The council approved the new budget for the city of Westbrook.",
      "Schools and roads across the city get more money under the plan.",
      "The council approved the new budget for the city of Westbrook on Tuesday, after a long debate.",
      "Critics said the budget would raise council tax for families.",
      "The mayor said the new budget was fair to every part of the city.",
    ];
    const ranking = rankSentences(sentencesOf(texts));
    expect(ranking[0]).toBe(0);
    expect(ranking[ranking.length - 1]).toBe(2);
  });

  it("ranks a reporter's sign-off last and /summary never shows it", () => {
    const a = fromText(
      [
        "Ferry strike",
        "Ferry workers in Westbrook walked out on Monday over pay and hours.",
        "The strike stopped every ferry between Westbrook and the islands.",
        "Sadly, the talks between the ferry company and the union failed again.",
        "Jane Doe, BBC news, Westbrook.",
      ].join("\n\n"),
    );
    const signOff = a.sentences.findIndex((s) => s.text.startsWith("Jane Doe"));
    expect(signOff).toBeGreaterThan(0);
    expect(rankingFor(a, a.sentences.length).at(-1)).toBe(signOff);
    expect(summaryIndexes(a, a.sentences.length)).not.toContain(signOff);
    expect(summaryIndexes(a, a.sentences.length)).toContain(signOff - 1);
  });

  it("a match report's line-ups and scorers (lists of names) are never summary sentences", () => {
    const a = fromText(
      [
        "Westbrook win the derby",
        "Westbrook Town beat Norland Rovers 2-1 at Harbour Park on Saturday with a late goal from Ama Osei.",
        "Norland had led through a penalty by Tom Reyes before half-time.",
        "Osei came off the bench to head in a corner in the last minute.",
        "Westbrook Town: Quinn, Barnes, Okoro, Delaney, Hunt, Ashworth, Coyle, Finch (Osei 78), Price, Goodwin, Lyle.",
        "Norland Rovers: Whitlock, Grant, Velasco, Adeyemi, Morris, Sutton, Kaur, Pike, Reyes, Wells, Moran.",
        "Goals: Reyes 41 pen, Coyle 60, Osei 90+2.",
        "Scores: Westbrook 212 (A. Osei 88, T. Price 41; T. Reyes 5-60); Norland 40-2.",
        "Referee: Jane Kitson.",
      ].join("\n\n"),
    );
    const lists = a.sentences.filter((s) =>
      /^(Westbrook Town|Norland Rovers|Goals|Scores):/.test(s.text),
    );
    expect(lists).toHaveLength(4);
    const shown = summaryIndexes(a, a.sentences.length);
    for (const s of lists) expect(shown).not.toContain(s.index);
    expect(shown).toContain(0);
  });

  it("a paragraph of notes under its label ('Notes: …') is never a summary sentence", () => {
    const a = fromText(
      [
        "Westbrook edge Norland",
        "Ama Osei hit a two-run homer in the eighth inning and the Westbrook Herons beat the Norland Pilots 5-3 on Tuesday night.",
        "Tom Reyes allowed two runs in seven innings for Westbrook, which has won four straight games at home.",
        "Norland starter Dan Pike gave up three runs in six innings and lost for the first time in five starts.",
        "Osei also doubled and scored in the fourth as the Herons came back from a 3-1 deficit.",
        "Notes: Westbrook's win streak at home is its longest since May ... The Pilots have lost six of eight on the road ... Attendance was 31,204.",
      ].join("\n\n"),
    );
    const notes = a.sentences.find((s) => s.text.startsWith("Notes:"));
    expect(notes).toBeDefined();
    expect(summaryIndexes(a, a.sentences.length)).not.toContain(notes!.index);
    expect(summaryIndexes(a, a.sentences.length)).toContain(0);
  });

  it("a broadcast's hand-off to its reporter is never a summary sentence", () => {
    const a = fromText(
      [
        "Bridge shut",
        "Engineers closed the Harbour Bridge in Westbrook tonight after finding cracks in two of its piers.",
        "WXTV's Dana Reyes has more from Westbrook.",
        "The bridge carries about forty thousand cars a day across the river.",
        "City officials say repairs could take until the spring.",
      ].join("\n\n"),
    );
    const handOff = a.sentences.find((s) => s.text.startsWith("WXTV's"));
    expect(handOff).toBeDefined();
    expect(summaryIndexes(a, a.sentences.length)).not.toContain(handOff!.index);
  });

  it("a reader's comment is signed with a name alone: the name is never a summary sentence", () => {
    const a = fromText(
      [
        "Readers on the bridge",
        "We asked readers what they thought of the council's plan to shut the harbour bridge to lorries.",
        "The bridge has stood for a century and the council should repair it, not close it.",
        "Ken Okafor.",
        "Lorries have shaken the old piers for years and closing it is overdue.",
        "Westbrook.",
        "Shutting the bridge will only push the lorries through the town centre.",
        "@jroe.",
      ].join("\n\n"),
    );
    const shown = summaryIndexes(a, a.sentences.length).map((i) => a.sentences[i]!.text);
    expect(shown).not.toContain("Ken Okafor.");
    expect(shown).not.toContain("Westbrook.");
    expect(shown).not.toContain("@jroe.");
    expect(shown.length).toBeGreaterThan(2);
  });

  it("a pronoun sentence goes alone only right after a sentence that names its person first among those of its gender", () => {
    const texts = [
      "Tom Ruiz, the port director, and Ann Reyes, the mayor, said on Tuesday that the harbour bridge would close to lorries.",
      "Engineers found cracks in the harbour bridge piers in March.",
      "She said the harbour bridge repairs would cost the council more than the harbour bridge itself.",
      "He said the harbour bridge closure would cost the port money for the harbour bridge.",
      "Ferry tickets went on sale at the old pier office.",
    ];
    const named = new Map([[0, ["tom", "ann"]]]);
    const meant = new Map([
      [2, "ann"],
      [3, "tom"],
    ]);
    const gender = new Map<string, "m" | "f">([
      ["tom", "m"],
      ["ann", "f"],
    ]);
    // "She" after a sentence naming Tom, then Ann, is Ann.
    const ranking = rankSentences(sentencesOf(texts), {}, { named, meant, gender });
    expect(ranking.indexOf(2)).toBeLessThan(ranking.indexOf(1));
    expectPronounsFindTheirPerson(ranking, named, meant, gender);
    // Without genders, the reader takes the pronoun for the first person named: Tom, not Ann.
    const blind = rankSentences(sentencesOf(texts), {}, { named, meant });
    for (let n = 1; n <= texts.length; n++) {
      const picked = pickSummary(blind, n);
      if (picked.includes(2)) expect(picked, `n = ${n}`).toContain(1);
    }
  });

  it("ranks headings, subheads run into their paragraph and introductions after every sentence", () => {
    const texts = [
      "The harbour bridge in Westbrook was closed to lorries on Tuesday.",
      "HARBOUR BRIDGE REPAIRS SET FOR MAY - The council said the harbour bridge repairs would start in May.",
      "Engineers found cracks in the harbour bridge piers in March.",
      "BEFORE YOU GO.",
      "Harbour bridge repairs and the harbour bridge closure",
      "The council said on the harbour bridge repairs:",
      "Hauliers said the harbour bridge closure would add an hour to deliveries.",
      "It will cost the harbour bridge hauliers money.",
    ];
    const ranking = rankSentences(sentencesOf(texts));
    expect(ranking.slice(0, 3).sort()).toEqual([0, 2, 6]);
    // "It will cost …" leans on a heading, which cannot carry it.
    expect(ranking.indexOf(7)).toBeGreaterThan(2);
  });

  it("ranks a piece of a sentence that cannot be read with its neighbours after the short sentences", () => {
    const texts = [
      "The harbour bridge in Westbrook was closed to lorries on Tuesday.",
      "Ann Reyes's late goal secured a place in the final for",
      "against Eastport on Wednesday evening.",
      "Lorries must wait.",
      "Fans cheered.",
    ];
    const ranking = rankSentences(sentencesOf(texts));
    expect(ranking.indexOf(2)).toBeGreaterThan(ranking.indexOf(3));
    expect(ranking.indexOf(2)).toBeGreaterThan(ranking.indexOf(4));
  });

  it("ranks a line in headline style (a link to another story) after every sentence", () => {
    const texts = [
      "The harbour bridge in Westbrook was closed to lorries on Tuesday.",
      "Harbour Bridge Closure Won’t Cost Westbrook Hauliers An Hour.",
      "Engineers found cracks in the harbour bridge piers in March.",
      "Hauliers said the harbour bridge closure would add an hour to deliveries.",
    ];
    expect(rankSentences(sentencesOf(texts)).pop()).toBe(1);
  });

  it("an analysis ranks the first sentences ahead; a longer summary ranks the rest when asked, the same as ranking all at once", () => {
    const a = load(SEED);
    const people = findPeople(a.sentences);
    const full = rankSentences(
      a.sentences,
      {},
      personLinks(people, findQuotes(a.sentences, people.entities, people)),
      Infinity,
      a.article.title,
    );
    expect(a.sentences.length).toBeGreaterThan(RANKED_AHEAD + 3);
    expect(a.summaryRanking.length).toBeGreaterThanOrEqual(RANKED_AHEAD);
    expect(a.summaryRanking.length).toBeLessThan(full.length);
    expect(a.summaryRanking).toEqual(full.slice(0, a.summaryRanking.length));
    expect(rankingFor(a, RANKED_AHEAD)).toBe(a.summaryRanking);
    expect(rankingFor(a, a.sentences.length)).toEqual(full);
    for (let n = 1; n <= a.sentences.length; n++)
      expect(summaryIndexes(a, n), `n = ${n}`).toEqual(pickSummary(full, n));
  });

  it("/summary leaves out page furniture even when the summary is as long as the article", () => {
    const a = fromText(
      [
        "Harbour bridge to close",
        "The harbour bridge in Westbrook will close to lorries for a year of repairs, the council said on Tuesday.\nWatch a clip of the council meeting above.",
        "Engineers found cracks in the piers of the harbour bridge in March.",
        "Hauliers said the harbour bridge closure would add an hour to deliveries.",
      ].join("\n\n"),
    );
    const furniture = a.sentences.findIndex((s) => s.text.startsWith("Watch"));
    expect(furniture).toBeGreaterThan(0);
    expect(summaryIndexes(a, 3)).toEqual([0, 2, 3]);
    expect(summaryIndexes(a, a.sentences.length)).not.toContain(furniture);
  });

  it("/summary shows an introduction ending with a colon only with what it introduces", () => {
    const a = fromText(
      [
        "Harbour bridge to close",
        "The harbour bridge in Westbrook will close to lorries for a year of repairs, the council said on Tuesday.",
        "Engineers found cracks in the piers of the harbour bridge in March. The council's engineer said:",
        "“The cracks in the harbour bridge piers are deep and getting deeper.”",
        "Hauliers said the harbour bridge closure would add an hour to deliveries. One haulier wrote on social media:",
      ].join("\n\n"),
    );
    const introductions = a.sentences.map((s) => s.text.endsWith(":"));
    expect(introductions).toEqual([false, false, true, false, false, true]);
    // the engineer's words come with their introduction; the last introduction has nothing left
    // to introduce (an embedded post the text lost)
    expect(summaryIndexes(a, a.sentences.length)).toEqual([0, 1, 2, 3, 4]);
  });

  it("/summary shows list items one a sentence, and never a list whose introducing line is lost", () => {
    const bridge = [
      "Harbour bridge to close",
      "The harbour bridge in Westbrook will close to lorries for a year of repairs, the council said on Tuesday.",
      "Engineers found cracks in the piers of the harbour bridge in March.",
    ];
    const items = [
      " - Lorries will use the ring road while the harbour bridge is shut.",
      " - A ferry will run every hour across the harbour.",
    ];
    const introduced = fromText(
      [...bridge, "The council's plans include:", items.join("\n")].join("\n\n"),
    );
    expect(introduced.sentences.map((s) => s.text).slice(-2)).toEqual(items.map((i) => i.trim()));
    const shown = summaryIndexes(introduced, introduced.sentences.length);
    expect(shown).toContain(introduced.sentences.length - 1);
    // Items whose introducing line the text lost (a heading the page dropped) would lean on the
    // sentence before them, which does not introduce them: they rank after every sentence.
    const lost = fromText(
      [
        ...bridge,
        "Hauliers said the closure of the harbour bridge would add an hour to deliveries.",
        "The council said the repairs to the harbour bridge would cost four million pounds.",
        items.join("\n"),
      ].join("\n\n"),
    );
    const prose = lost.sentences.length - items.length;
    expect(summaryIndexes(lost, prose)).toEqual([...Array(prose).keys()]);
  });

  it("/summary shows a question the writer asks, but for the lead, only with its answer, and the answer only with it", () => {
    const a = fromText(
      [
        "Harbour bridge to close",
        "The harbour bridge in Westbrook will close to lorries for a year of repairs, the council said on Tuesday.",
        "Will the hauliers pay for the harbour bridge repairs?",
        "No. But the harbour bridge repairs will add an hour to every delivery in Westbrook.",
        "Engineers found cracks in the piers of the harbour bridge in March.",
        "The harbour bridge carries two thousand lorries a day to the port of Westbrook.",
      ].join("\n\n"),
    );
    expect(a.sentences.map((s) => s.text)).toContain("No.");
    const question = "Will the hauliers pay for the harbour bridge repairs?";
    for (let n = 1; n <= a.sentences.length; n++) {
      const shown = summaryIndexes(a, n).map((i) => a.sentences[i]!.text);
      if (shown.includes(question)) expect(shown, `n = ${n}`).toContain("No.");
      if (shown.includes("No.")) expect(shown, `n = ${n}`).toContain(question);
      if (shown.includes("No.")) expect(shown, `n = ${n}`).toContain(a.sentences[3]!.text);
    }
    const lead = fromText(
      "Who pays for a bridge?\n\nThe harbour bridge in Westbrook will close to lorries for a year of repairs.\n\nThe council pays for the harbour bridge repairs.",
      "question-lead",
    );
    expect(summaryIndexes(lead, 1)).toEqual([0]);
  });

  it("/summary shows the answer to a question the writer asks only with the question (a column's 'Why? Because …', an interview's unlabelled lines)", () => {
    const column = fromText(
      [
        "Our towns need no more bypasses",
        "Every few years someone proposes a bypass for the town of Harford, and the same promises of less traffic are made.",
        "A study of 85 bypasses found that traffic on the new roads grew by nearly half within a decade.",
        "Why does the traffic on new roads keep growing? Because new roads make new journeys for traffic.",
        "The money planned for the Harford bypass would buy a tram line for the town.",
        "Economists have written about traffic on new roads since the 1920s.",
      ].join("\n\n"),
      "column",
    );
    const interview = fromText(
      [
        "An interview with the fisheries chief",
        "Ingrid Solheim has led the fisheries agency since 2021, and this month her agency cut the cod quota by a fifth.",
        "Why cut the cod quota now?",
        "Because the cod spawning stock has fallen for four years in a row. The cod fishery could collapse within a year.",
        "Will the fishermen lose their boats to the cut in the cod quota?",
        "The government has set money aside for the cod fishermen, and the cod quota will rise again.",
      ].join("\n\n"),
      "interview",
    );
    for (const a of [column, interview]) {
      const text = a.sentences.map((s) => s.text);
      const answer = text.findIndex((t) => t.startsWith("Because"));
      expect(answer).toBeGreaterThan(0);
      for (let n = 1; n <= a.sentences.length; n++) {
        const shown = new Set(summaryIndexes(a, n));
        if (shown.has(answer)) expect(shown.has(answer - 1), `n = ${n}`).toBe(true);
      }
    }
  });

  it("a press release's 'About …' section followed by more (forward-looking statements, contacts) is no summary's, though the article keeps it", () => {
    const a = fromText(
      [
        "Harbour Freight reports record tonnage",
        "Harbour Freight said on Tuesday that the port of Westbrook handled a record four million tonnes of freight in 2025.",
        "The harbour freight tonnage rose by a fifth, and the port of Westbrook took on forty new dockers.",
        "About Harbour Freight",
        "Founded in 1962, Harbour Freight runs the freight terminals of the port of Westbrook and handles freight for two hundred shipping lines.",
        "Forward-Looking Statements",
        "This release about the port of Westbrook contains forward-looking statements about freight.",
        "Media contact: Jane Roe, Harbour Freight, Westbrook.",
        "Investor contact: Sam Lowe, Harbour Freight, Westbrook.",
      ].join("\n\n"),
      "release",
    );
    const founded = a.sentences.findIndex((s) => s.text.startsWith("Founded in 1962"));
    expect(founded).toBeGreaterThan(0);
    const forward = a.sentences.findIndex((s) => s.text.includes("forward-looking"));
    expect(forward).toBeGreaterThan(founded);
    expect(summaryIndexes(a, a.sentences.length)).not.toContain(founded);
    expect(summaryIndexes(a, a.sentences.length)).not.toContain(forward);
    expect(summaryIndexes(a, a.sentences.length)).toContain(1);
  });

  it("a column's closing note on its writer (a person the article names nowhere else) is never a summary sentence", () => {
    const body = [
      "Every few years someone proposes a bypass for the town of Harford, and the same promises of less traffic are made.",
      "A study of 85 bypasses found that traffic on the new roads grew by nearly half within a decade.",
      "The money planned for the Harford bypass would buy a tram line for the town.",
    ];
    const column = fromText(
      [
        "Harford needs no bypass",
        ...body,
        "Rachel Ames is a transport writer and a former councillor in Harford. Her book on the Harford bypass is published by Verso.",
      ].join("\n\n"),
      "column",
    );
    const shown = summaryIndexes(column, column.sentences.length).map(
      (i) => column.sentences[i]!.text,
    );
    expect(shown.filter((t) => /Rachel Ames|Her book/.test(t))).toEqual([]);
    // A person the story named before, or a body that is no person, may close a news story.
    for (const last of [
      "Ann Reyes is the first mayor of Harford to oppose a bypass for the town.",
      "The Harford Bypass Trust is a charity that has opposed the Harford bypass since 2019.",
    ]) {
      const news = fromText(
        [
          "Harford bypass vote",
          ...body,
          "Mayor Ann Reyes will vote against the bypass.",
          last,
        ].join("\n\n"),
        "news",
      );
      const all = summaryIndexes(news, news.sentences.length).map((i) => news.sentences[i]!.text);
      expect(all, last).toContain(last);
    }
  });

  it("an introduction ending with a colon in a paragraph of its own is no heading: the list it introduces may be summarised", () => {
    const a = fromText(
      [
        "Harbour vote – as it happened",
        "Here's what happened overnight:",
        "- The Westbrook harbour board voted to close the harbour bridge to lorries for a year of repairs.\n- Hauliers said the harbour bridge closure would add an hour to deliveries.",
        "Counting began at midnight at the harbour office.",
        "The harbour board meets again in June.",
      ].join("\n\n"),
      "liveblog",
    );
    const shown = summaryIndexes(a, 3).map((i) => a.sentences[i]!.text);
    expect(shown).toContain(
      "- The Westbrook harbour board voted to close the harbour bridge to lorries for a year of repairs.",
    );
  });

  it("/summary opens with a list's first point, not with a signpost that only points at the list", () => {
    const points = [
      "- The Westbrook harbour board voted to close the harbour bridge to lorries for a year of repairs.",
      "- Hauliers said the harbour bridge closure would add an hour to deliveries.",
    ];
    const a = fromText(
      [
        "Harbour vote – as it happened",
        "Here's a summary of what happened overnight:",
        points.join("\n"),
        "Counting began at midnight at the harbour office.",
        "The harbour board meets again in June.",
      ].join("\n\n"),
      "signpost",
    );
    const shown = summaryIndexes(a, 3).map((i) => a.sentences[i]!.text);
    expect(shown[0]).toBe(points[0]);
    expect(shown).not.toContain("Here's a summary of what happened overnight:");
    // An introduction that says something of its own: its items are what it says, and come with it.
    const said = fromText(
      [
        "Harbour plans",
        "The Westbrook harbour board will meet in June to decide on the harbour bridge.",
        "The harbour board's proposals include:",
        points.join("\n"),
        "Counting began at midnight at the harbour office.",
      ].join("\n\n"),
      "proposals",
    );
    const all = summaryIndexes(said, said.sentences.length).map((i) => said.sentences[i]!.text);
    expect(all.indexOf("The harbour board's proposals include:")).toBe(all.indexOf(points[0]!) - 1);
  });

  it("/summary shows an interviewer's line of a Q&A only before its answer, and the answer only after it", () => {
    const a = fromText(
      [
        "Q&A with the harbour master",
        "Harbour master Ann Reyes spoke about the harbour bridge repairs in Westbrook on Tuesday.",
        "Q: The harbour bridge repairs will close the port of Westbrook to lorries for a year.",
        "A: Look, the harbour bridge repairs cannot wait another winter for the port of Westbrook.",
        "Engineers found cracks in the piers of the harbour bridge of Westbrook in March.",
        "The harbour bridge carries two thousand lorries a day to the port of Westbrook.",
      ].join("\n\n"),
      "qa",
    );
    for (let n = 1; n <= a.sentences.length; n++) {
      const shown = summaryIndexes(a, n).map((i) => a.sentences[i]!.text);
      const [question, answer] = [a.sentences[1]!.text, a.sentences[2]!.text];
      if (shown.includes(question)) expect(shown, `n = ${n}`).toContain(answer);
      if (shown.includes(answer)) expect(shown, `n = ${n}`).toContain(question);
    }
  });

  it("/summary shows a Q&A answer labelled with the interviewee's name only with its question, and the rest of the answer only with its start", () => {
    const a = fromText(
      [
        "Q&A with the harbour master",
        "Harbour master Ann Reyes spoke about the harbour bridge repairs in Westbrook on Tuesday.",
        "Q: Hauliers say the harbour bridge closure will ruin them. Are they right?",
        "Reyes: Because the harbour bridge piers are cracked, there is no choice. Lorries on the harbour bridge would bring it down within a year.",
        "Q: When will the harbour bridge reopen to lorries?",
        "Reyes: The harbour bridge will reopen to lorries in the spring of next year.",
        "Engineers found cracks in the piers of the harbour bridge of Westbrook in March.",
      ].join("\n\n"),
      "qa-named",
    );
    const text = a.sentences.map((s) => s.text);
    const needs = new Map([
      [
        text.indexOf("Are they right?"),
        text.indexOf("Q: Hauliers say the harbour bridge closure will ruin them."),
      ],
      [text.findIndex((t) => t.startsWith("Reyes: Because")), text.indexOf("Are they right?")],
      [
        text.findIndex((t) => t.startsWith("Lorries")),
        text.findIndex((t) => t.startsWith("Reyes: Because")),
      ],
      [
        text.findIndex((t) => t.startsWith("Reyes: The harbour")),
        text.indexOf("Q: When will the harbour bridge reopen to lorries?"),
      ],
    ]);
    for (const [i, j] of needs) expect(i > 0 && j > 0, `${i} ${j}`).toBe(true);
    for (let n = 1; n <= a.sentences.length; n++) {
      const shown = new Set(summaryIndexes(a, n));
      for (const [i, j] of needs)
        if (shown.has(i)) expect(shown.has(j), `n = ${n}: ${text[i]}`).toBe(true);
    }
  });

  it("ranks the headline repeated in the body last, whatever its punctuation", () => {
    const texts = [
      "The harbour bridge in Westbrook was closed to lorries on Tuesday after engineers found cracks.",
      "Council votes to close harbour bridge.",
      "Engineers found cracks in the harbour bridge piers in March, the council said.",
      "Council votes to close harbour bridge after cracks are found in the piers of the harbour bridge.",
      "Hauliers said the harbour bridge closure would add an hour to deliveries.",
    ];
    const ranking = rankSentences(
      sentencesOf(texts),
      {},
      undefined,
      Infinity,
      "Council Votes to Close Harbour Bridge",
    );
    expect(ranking.slice(-2).sort()).toEqual([1, 3]);
    // A file without a headline takes its title from its first words: its first sentence stays first.
    const untitled = rankSentences(
      sentencesOf(texts),
      {},
      undefined,
      Infinity,
      "The harbour bridge in Westbrook was closed to lorries…",
    );
    expect(untitled[0]).toBe(0);
  });

  it("a quotation left open whose closing sentence the length cut off is not shown; the next sentence that reads alone comes instead", () => {
    const texts = [
      "The council of Westbrook closed the harbour bridge to lorries on Tuesday.",
      "Hauliers said the closure would add an hour to deliveries.",
      "Ann Reyes, the mayor, said: “The harbour bridge repairs cannot wait another winter.",
      "The piers are cracked,” she said.",
      "Engineers found the cracks in March.",
    ];
    const sentences = sentencesOf(texts);
    const analysis = { article: { title: "" }, sentences, summaryRanking: [0, 2, 3, 1, 4] };
    // the first two of the ranking end on the open quotation; its closing sentence leans on it
    expect(summarySentences(analysis, 2)).toEqual([0, 1]);
    expect(summarySentences(analysis, 3)).toEqual([0, 2, 3]);
    // the stand-in takes its place in article order, not after the sentences already shown
    const later = { ...analysis, summaryRanking: [0, 4, 2, 1, 3] };
    expect(summarySentences(later, 3)).toEqual([0, 1, 4]);
  });

  it("pickSummary returns the top n in article order", () => {
    expect(pickSummary([5, 1, 3, 0], 3)).toEqual([1, 3, 5]);
    expect(pickSummary([2, 0], 0)).toEqual([]);
  });
});

describe("/summary on the seed article", () => {
  const a = load(SEED);
  const articleText = a.article.paragraphs.join("\n");

  it("gives 3–5 whole sentences from the article, in article order, each with its ¶, naming Tokaev and Russia", () => {
    const out = ask(a, "/summary");
    const lines = summaryLines(out);
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(lines.length).toBeLessThanOrEqual(5);
    expect(out).toMatch(/Tokaev/);
    expect(out).toMatch(/Russia/);
    expect(out).not.toMatch(/Advertisement|Subscribe|Sign up|newsletter/i);
    const paras: number[] = [];
    let last = -1;
    for (const line of lines) {
      const m = /^(.*) \(¶(\d+)\)$/.exec(line)!;
      const sentence = m[1]!;
      const para = Number(m[2]);
      expect(a.article.paragraphs[para - 1]).toContain(sentence);
      const at = articleText.indexOf(sentence);
      expect(at).toBeGreaterThan(last);
      last = at;
      paras.push(para);
    }
  });

  it("the default length is about one sentence in four, from 3 to 5, never more than the article", () => {
    expect([2, 3, 8, 13, 14, 17, 18, 40].map(defaultLength)).toEqual([2, 3, 3, 3, 4, 4, 5, 5]);
  });

  it("/summary N gives N sentences, capped at the article's length", () => {
    expect(summaryLines(ask(a, "/summary 2"))).toHaveLength(2);
    expect(summaryLines(ask(a, "/summary 1"))).toHaveLength(1);
    expect(summaryLines(ask(a, "/summary 999"))).toHaveLength(a.sentences.length);
  });

  it("answers a usage line for a bad N", () => {
    for (const bad of [
      "/summary 0",
      "/summary -2",
      "/summary 2.5",
      "/summary lots",
      "/summary 1234567",
    ]) {
      expect(ask(a, bad)).toMatch(/Use \/summary .* \(N from 1 to \d+/);
    }
    expect(ask(a, "/summary lots")).toMatch(/^No article “lots”/);
    expect(ask(a, "/summary 3 nowhere")).toMatch(/^No article “nowhere”/);
  });
});

describe("/summary on awkward articles", () => {
  it("an article that is a single paragraph", () => {
    const a = fromText(
      "Storm closes ports\n\nA storm closed three ports on the east coast on Monday. Ferries were cancelled and lorries queued for miles. " +
        "Port officials said the ports would reopen once the wind dropped. Forecasters expect the storm to pass by Wednesday.",
    );
    expect(a.article.paragraphs).toHaveLength(1);
    const lines = summaryLines(ask(a, "/summary"));
    expect(lines).toHaveLength(3);
    for (const l of lines) expect(l).toMatch(/\(¶1\)$/);
  });

  it("an article of very short sentences", () => {
    const a = fromText(
      "Short\n\nIt rained. Roads flooded.\n\nSchools shut. Trains stopped.\n\nIt cleared.",
    );
    const lines = summaryLines(ask(a, "/summary"));
    expect(lines).toHaveLength(3);
    expect(summaryLines(ask(a, "/summary 10"))).toHaveLength(5);
  });

  it("an article that is only quotes", () => {
    const a = fromText(
      'Voices\n\n"We will rebuild the bridge before winter," the mayor said.\n\n"The bridge is the only road to the school," a parent said.\n\n' +
        '"Nobody told us the bridge was unsafe," said a driver.\n\n"We are angry."',
    );
    const out = ask(a, "/summary");
    expect(summaryLines(out)).toHaveLength(3);
    expect(out).toMatch(/bridge/);
  });

  it("an article with no text gets a clear message", () => {
    const article: Article = {
      id: "empty",
      file: "/tmp/empty.md",
      title: "Empty page",
      paragraphs: [],
      hash: "x",
      mtimeMs: 0,
    };
    const a = analyse(article);
    expect(articleSentences(article)).toEqual([]);
    expect(ask(a, "/summary")).toMatch(/no text to summarise/);
  });
});
