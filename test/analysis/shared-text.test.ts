import { describe, expect, it } from "vitest";
import { analyse } from "../../src/analysis/analyse.js";
import { shareParagraphText } from "../../src/analysis/shared-text.js";
import type { Analysis } from "../../src/model/analysis.js";
import type { Article } from "../../src/model/article.js";

const article: Article = {
  id: "made-up",
  file: "made-up.md",
  title: "Harbour plan approved",
  date: "2024-03-05",
  hash: "0",
  mtimeMs: 0,
  paragraphs: [
    "The town council approved the harbour plan on Monday. Work starts in June.",
    '"We have waited ten years for this," said Mayor Ana Ruiz. The vote was 7 to 2.',
    "Critics said the plan would cost too much. Ruiz said on Tuesday that it would not.",
    "Short one. The same sentence twice. The same sentence twice.",
  ],
};

describe("shareParagraphText", () => {
  it("leaves every value of a parsed analysis as it was", () => {
    const json = JSON.stringify(analyse(article));
    const shared = shareParagraphText(JSON.parse(json) as Analysis);
    expect(JSON.stringify(shared)).toBe(json);
    expect(shared).toEqual(JSON.parse(json));
  });

  it("keeps texts it cannot find where they should be, and bad shapes, as they are", () => {
    const a = JSON.parse(JSON.stringify(analyse(article))) as Analysis;
    a.sentences[0]!.text = "A sentence the paragraph does not hold at all.";
    a.quotes[0]!.para = 99;
    (a.sentences[1] as { text: unknown }).text = 7;
    const before = JSON.stringify(a);
    expect(JSON.stringify(shareParagraphText(a))).toBe(before);
  });
});
