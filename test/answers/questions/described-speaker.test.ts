/**
 * People asked about by what they are rather than by name, on a made-up article: "the sprinter"
 * is the sprinter the article quotes, and "the Acme boss" the person in charge of Acme, whatever
 * word the article uses for that (chairman, chief executive, secretary-general).
 */
import { describe, expect, it } from "vitest";
import { analyse } from "../../../src/analysis/analyse.js";
import { articleFromBytes } from "../../../src/content/load.js";
import { Library } from "../../../src/library/library.js";
import { namesWhoIsInCharge, namedBy } from "../../../src/answers/questions/named.js";
import { shown } from "../../support/ask.js";

function madeUp(id: string, title: string, paragraphs: string[]) {
  const text = `---\ntitle: ${title}\n---\n\n${paragraphs.join("\n\n")}\n`;
  return analyse(articleFromBytes("/content", `/content/${id}.md`, Buffer.from(text), 0));
}

const track = madeUp("track", "Sprinter denies missing a test", [
  "Dutch sprinter Karel Vos has denied claims that he dodged a doping test before the games.",
  "Vos and fellow sprinter Mira Lenz are set to learn this week whether they face charges.",
  "“The fall really happened. I went straight to the clinic,” Vos insisted on Sunday.",
  "President Ivo Marr has stayed silent. Tom Hale, an agent for President Ivo Marr, said: “We expect the charges to be dropped.”",
]);

const airline = madeUp("airline", "Skyway orders forty planes", [
  "Budget airline Skyway has ordered forty new planes in a deal worth $2bn.",
  "Skyway chairman Owen Pratt said the planes had “cut our costs every year for a decade”.",
  "Nora Quill, a spokeswoman for the plane maker Aerodyne, declined to comment.",
]);

const capitol = madeUp("capitol", "Lawmaker praises the mayor", [
  "ORLANDO — Democratic U.S. Rep. Ruth Porter on Friday praised Mayor Tim Reed as “a builder, not a talker.”",
  "Porter said she was “impressed” with the mayor's children, but worried about his budget.",
  "His press secretary, Dan Moss, called the criticism “unfair” and “petty.”",
]);

const flood = madeUp("flood", "River town told to leave", [
  "Ostland Gov. Nina Hart said in a statement that the Guard would help with sandbagging.",
  "“Keeping people safe comes first. If you are told to leave, leave,” Hart said.",
  "Sheriff Abe Tull said boats had reached 40 people.",
]);

describe("people asked about by what they are", () => {
  it("reads a role held by two people as the one the article quotes", async () => {
    const reply = await shown(new Library([track]), "What did the sprinter say about the fall?");
    expect(reply).toContain("Karel Vos");
    expect(reply).toContain("The fall really happened");
    expect(reply).not.toMatch(/no quote from/);
  });

  it("does not take someone whose role only names the role asked for", () => {
    const reply = shown(new Library([track]), "What did the president say?");
    expect(reply).not.toContain("Tom Hale");
  });

  it("reads 'boss', 'chief' and 'head' as whoever the article says is in charge", async () => {
    expect(namedBy(airline, "the skyway boss", new Set()).map((m) => m.entity.name)).toEqual([
      "Owen Pratt",
    ]);
    const reply = await shown(new Library([airline]), "What did the Skyway boss say?");
    expect(reply).toContain("cut our costs every year");
  });

  it("does not read other role words as the person in charge", () => {
    expect(namedBy(airline, "the skyway spokesman", new Set())).toEqual([]);
    expect(namedBy(airline, "the skyway prosecutor", new Set())).toEqual([]);
    expect(
      ["boss", "chief", "head", "chairman", "president", "director"].every(namesWhoIsInCharge),
    ).toBe(true);
    expect(
      ["spokesman", "prosecutor", "lawyer", "nurse", "sprinter", "artist"].some(namesWhoIsInCharge),
    ).toBe(false);
  });

  it("reads a role noun as its WordNet synonym written as a title ('congresswoman' ~ 'Rep.')", () => {
    const reply = shown(new Library([capitol]), "What did the congresswoman say about the mayor?");
    expect(reply).toContain("Ruth Porter");
    expect(reply).toContain("a builder, not a talker");
  });

  it("reads a role noun as its own abbreviation written as a title ('the governor' ~ 'Gov.')", () => {
    expect(namedBy(flood, "the governor", new Set()).map((m) => m.entity.name)).toEqual([
      "Nina Hart",
    ]);
    const reply = shown(new Library([flood]), "What did the governor say?");
    expect(reply).toContain("Keeping people safe comes first");
    expect(namedBy(flood, "the Ostland governor", new Set()).map((m) => m.entity.name)).toEqual([
      "Nina Hart",
    ]);
  });

  it("takes an English word the article writes another way for that, not for a typo ('kids' ≠ 'kinds')", () => {
    const reply = shown(new Library([capitol]), "What did Porter think of the mayor's kids?");
    expect(reply).toContain("impressed");
  });

  it("shows a quoted word or two with its sentence", () => {
    const reply = shown(new Library([capitol]), "What did Dan Moss say?");
    expect(reply).toContain("called the criticism");
  });
});
