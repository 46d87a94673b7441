/**
 * Small defects of questions, each on a made-up article: "the US attorney" is not any
 * attorney; "which state" wants a state (not a country, a party or a name before a noun);
 * "where was X found" leads with the place of the finding; a refusal names a word the article
 * has only far relatives of.
 */
import { describe, expect, it } from "vitest";
import { analyse } from "../../../src/analysis/analyse.js";
import { articleFromBytes } from "../../../src/content/load.js";
import { Library } from "../../../src/library/library.js";
import type { Reply } from "../../../src/answers/reply.js";
import { answer } from "../../../src/answers/router.js";
import { renderMessages } from "../../../src/render/messages.js";
import { matchNames } from "../../../src/nlp/people/name-match.js";
import { isPlaceOfKind } from "../../../src/nlp/lexicon/wordnet.js";
import { placeIn } from "../../../src/answers/questions/kinds/where.js";
import { contextsFor } from "../../support/context.js";

const article = (title: string, ...paragraphs: string[]) =>
  analyse(
    articleFromBytes(
      "/content",
      `/content/${title.replace(/\W+/g, "-")}.md`,
      Buffer.from(
        ["---", `title: ${title}`, "---", "", ...paragraphs.flatMap((p) => [p, ""])].join("\n"),
      ),
      0,
    ),
  );
const ctx = contextsFor({ now: () => new Date("2026-01-01T12:00:00Z") });
const askIn = (a: ReturnType<typeof article>) => (q: string) =>
  answer({ text: q, chat: "private" }, ctx(new Library([a])))
    .flatMap((r: Reply) => renderMessages(r).map((m) => m.text))
    .join("\n");

describe("a capitalised US in a question is the country", () => {
  const a = article(
    "Bank chief charged",
    "A bank chief was charged on Monday with defrauding customers.",
    "Harbour County District Attorney Carl Menendez said the case was one of the largest he had seen.",
    "The US attorney's office declined to comment on the case.",
  );
  it("does not match the district attorney for the US attorney", () => {
    expect(matchNames(a, "the us attorney", { acronyms: new Set(["us"]) })).toEqual([]);
    expect(matchNames(a, "the district attorney")[0]?.entity.name).toBe("Carl Menendez");
    expect(askIn(a)("Who is the US attorney?")).not.toMatch(/^Carl Menendez/);
    const c = article(
      "Court ruling",
      "A judge ruled on Monday that the boy may stay.",
      "Attorney General Carl Menendez said he would appeal.",
    );
    expect(askIn(c)("Who is the U.S. attorney?")).toMatch(/^The article does not say who/);
  });
  it("matches a role that writes the US", () => {
    const b = article(
      "Fraud case",
      "A bank chief was charged on Monday.",
      "“Nobody is above the law,” said U.S. Attorney Dana Whitfield.",
      "District Attorney Carl Menendez said the case was large.",
    );
    expect(askIn(b)("Who is the US attorney?")).toMatch(/^Dana Whitfield/);
  });
});

describe("which state, country or city", () => {
  it("knows a place's kind from WordNet", () => {
    expect(isPlaceOfKind("Ohio", "state")).toBe(true);
    expect(isPlaceOfKind("Mexico", "state")).toBe(false);
    expect(isPlaceOfKind("Mexico", "country")).toBe(true);
    expect(isPlaceOfKind("Paris", "city")).toBe(true);
    expect(isPlaceOfKind("Republican", "state")).toBeUndefined();
  });
  it("answers with a place of the asked kind, never a party before a noun", () => {
    const ask = askIn(
      article(
        "Rally draws crowds",
        "Supporters travelled to the Republican convention, and the rally drew visitors from Mexico.",
        "The rally was held in Ohio on Saturday, and its speakers came from Kenya and Tanzania.",
      ),
    );
    const reply = ask("Which state was the rally in?");
    expect(reply.split(":")[0]).toBe("Ohio");
    expect(reply).not.toMatch(/(?:Republican|Mexico|Kenya)[^.]*:/);
  });
});

describe("where something was found", () => {
  it("leads with the place the asked verb takes, not another known place", () => {
    const a = article(
      "Rifle recovered",
      "Police in New York and London said a rifle had been recovered.",
      "The rifle was found in Kellerton, police in the New York area said.",
    );
    const asked = new Set(["where", "was", "the", "rifle", "found"]);
    expect(placeIn(a, a.sentences.at(-1)!, asked)).toBe("Kellerton");
  });
});

describe("refusals name the missing word", () => {
  it("names a word the article uses only a far relative of", () => {
    const ask = askIn(
      article(
        "Council faces allegation",
        "An allegation of misconduct was made against the council on Monday.",
        "The council said it would cooperate with any inquiry.",
      ),
    );
    expect(ask("Who did the council accuse?")).toMatch(/says nothing about “accuse”/);
  });
});
