import { describe, expect, it } from "vitest";
import { analyse } from "../../src/analysis/analyse.js";
import { articleFromBytes } from "../../src/content/load.js";
import { Library } from "../../src/library/library.js";
import { answer } from "../../src/answers/router.js";
import { renderMessages } from "../../src/render/messages.js";
import { contextsFor } from "../support/context.js";

/** A made-up article with a publication date. */
function madeUp(id: string, date: string, title: string, paragraphs: string[]) {
  const text = `---\ntitle: ${title}\ndate: ${date}\n---\n\n${paragraphs.join("\n\n")}\n`;
  return analyse(articleFromBytes("/content", `/content/${id}.md`, Buffer.from(text), 0));
}

const older = madeUp("bridge", "2024-03-01", "Council backs new bridge", [
  "The city council has approved a new bridge, council leader Maria Lopez said on Tuesday.",
  "“This bridge will connect two communities,” Ms Lopez told reporters.",
]);
const oldest = madeUp("park", "2023-05-01", "Park reopens", [
  "“The park is for everyone,” said Maria Lopez, the council leader, at the reopening.",
]);
const newest = madeUp("rail", "2024-06-01", "Rail strike ends", [
  "Rail workers returned to work on Monday after a week-long strike.",
  "“We won a fair deal,” union leader Sam Okafor said.",
]);
const library = new Library([oldest, newest, older]);
const ctx = contextsFor({ now: () => new Date("2026-01-01T12:00:00Z") });
const say = (text: string) =>
  answer({ text, chat: "private" }, ctx(library))
    .flatMap((r) => renderMessages(r).map((m) => m.text))
    .join("\n");

describe("/who and /quotes with a name and no article", () => {
  it("look in every article, newest first", () => {
    expect(say("/who Lopez")).toMatch(/Council backs new bridge[\s\S]*Maria Lopez/);
    expect(say("/quotes Lopez")).toMatch(/connect two communities/);
    expect(say("/quotes Lopez")).not.toMatch(/park is for everyone/);
  });

  it("keep the latest article when the name is in it, and say so when it is in none", () => {
    expect(say("/who Okafor")).toMatch(/Rail strike ends[\s\S]*Sam Okafor/);
    expect(say("/who Smith")).toMatch(/no one called “Smith”/);
  });
});
