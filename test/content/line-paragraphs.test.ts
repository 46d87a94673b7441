import { describe, expect, it } from "vitest";
import { quoteOpen, splitLineParagraphs } from "../../src/content/line-paragraphs.js";
import { parseArticleText } from "../../src/content/parse.js";

const A =
  "The city council of Westbrook voted on Tuesday to close the old harbour bridge to lorries. Engineers had found cracks in two of its piers.";
const B = "“We cannot take the risk,” said council leader Mara Quinn.";
const C = "Hauliers said the detour would add an hour to every delivery to the port.";
const D = "Repairs are expected to take until the spring.";

describe("paragraphs marked by single line breaks", () => {
  it("are split when the file has no blank lines between them", () => {
    expect(splitLineParagraphs([[A, B, C, D].join("\n")])).toEqual([A, B, C, D]);
  });

  it("are split in a file with a blank line or two among many line breaks", () => {
    expect(splitLineParagraphs([A, [B, C, D, A, B, C].join("\n")])).toEqual([A, B, C, D, A, B, C]);
  });

  it("are not split where blank lines mark the paragraphs (a list inside a block stays one)", () => {
    const list = "The plan would:\n- close the bridge to lorries\n- open a ferry for cars";
    const blocks = [A, list, B, C, D];
    expect(splitLineParagraphs(blocks)).toEqual(blocks);
  });

  it("are not split when every line is one sentence (a sentence-a-line layout)", () => {
    const blocks = [
      "Westbrook shut its bridge on Tuesday.\nMr. Quinn said lorries would be turned back.",
      `${C}\n${D}`,
    ];
    expect(splitLineParagraphs(blocks)).toEqual(blocks);
  });

  it("keep a line that goes on in lower case with its sentence", () => {
    const text = `${A}\nThe council said the bridge, which opened in 1932 and carries\nabout 9,000 vehicles a day, would stay open to cars.\n${C}`;
    expect(splitLineParagraphs([text])).toEqual([
      A,
      "The council said the bridge, which opened in 1932 and carries\nabout 9,000 vehicles a day, would stay open to cars.",
      C,
    ]);
  });

  it("keep the lines of a quotation together unless the next line opens a quotation", () => {
    const verse = "She read from the letter: “The river is wide,\nThe bridge is old,\nAnd we are tired.”";
    const running = "“We will reopen it,” Ms. Quinn said. “But not this year.\n“Nobody should expect lorries on it before the spring.”";
    expect(splitLineParagraphs([[A, verse, running, C].join("\n")])).toEqual([
      A,
      verse,
      "“We will reopen it,” Ms. Quinn said. “But not this year.",
      "“Nobody should expect lorries on it before the spring.”",
      C,
    ]);
  });

  it("end at a sentence whose quotation was left open, unless the next line closes it", () => {
    const forgotten = "Protesters carried a banner that read “Save our bridge.";
    const signed = "“Nobody should expect lorries on it before the spring.\nMara Quinn, council leader.”";
    expect(splitLineParagraphs([[forgotten, C, signed, D].join("\n")])).toEqual([
      forgotten,
      C,
      signed,
      D,
    ]);
  });

  it("in text wrapped at a fixed width break only where the next word would have fitted", () => {
    const wrapped = [
      "The city council of Westbrook voted on Tuesday to close the old harbour",
      "bridge to lorries. Engineers had found cracks in two of its piers. The",
      "Council will meet again in March.",
      "Hauliers said the detour would add an hour to every delivery to the port.",
      "Repairs are expected to take until the spring, the council said. Its",
      "Leader said so.",
    ].join("\n");
    expect(splitLineParagraphs([wrapped])).toEqual([
      "The city council of Westbrook voted on Tuesday to close the old harbour\nbridge to lorries. Engineers had found cracks in two of its piers. The\nCouncil will meet again in March.",
      "Hauliers said the detour would add an hour to every delivery to the port.\nRepairs are expected to take until the spring, the council said. Its\nLeader said so.",
    ]);
  });

  it("give an article of one paragraph a line its paragraphs after the headline", () => {
    const parsed = parseArticleText(`Westbrook shuts harbour bridge\n\n${[A, B, C, D].join("\n")}`, false);
    expect(parsed.title).toBe("Westbrook shuts harbour bridge");
    expect(parsed.paragraphs).toEqual([A, B, C, D]);
  });
});

describe("an open quotation", () => {
  it("is told by curly, straight and doubled-backtick marks", () => {
    expect(quoteOpen("“We cannot,” she said. “Not now.")).toBe(true);
    expect(quoteOpen('"We cannot," she said.')).toBe(false);
    expect(quoteOpen("``We cannot,'' she said. ``Not now.")).toBe(true);
    expect(quoteOpen("It's Quinn’s bridge.")).toBe(false);
  });
});

describe("a sentence run into the next without a space", () => {
  it("is parted from it after a stop or a closing curly mark", () => {
    const glued =
      "“The lorries have control of the road,” Quinn said.Quinn added that hauliers agreed. “I love this city!”Former mayor Tom Reyes laughed. “Go.”“Stay.”";
    expect(parseArticleText(`Bridge\n\n${glued}`, false).paragraphs).toEqual([
      "“The lorries have control of the road,” Quinn said. Quinn added that hauliers agreed. “I love this city!” Former mayor Tom Reyes laughed. “Go.” “Stay.”",
    ]);
  });

  it("leaves abbreviations, initials and web addresses alone", () => {
    const text = "The U.S.A. team met at 5 p.m. on Main St. in Westbrook, Mass. and read example.com news.";
    expect(parseArticleText(`Bridge\n\n${text}`, false).paragraphs).toEqual([text]);
  });
});

describe("glued sentences inside a quotation", () => {
  it("stay as written, and a mark typed the wrong way round keeps its place", () => {
    const text =
      "“The sixth bloc is the moderates.The only one left is us,” Quinn said. Reyes was shocked. “Do you agree?“ he asked.";
    expect(parseArticleText(`Bridge\n\n${text}`, false).paragraphs).toEqual([text]);
  });
});
