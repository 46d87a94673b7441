/**
 * "Who VERBed X": the sentence that writes the asked verb as the question does ranks before one
 * with only its noun ("the subpoena"), and the doer keeps a hyphenated prefix ("an anti-Lee
 * senator"). Made-up article.
 */
import { describe, expect, it } from "vitest";
import { Library } from "../../../src/library/library.js";
import type { Reply } from "../../../src/answers/reply.js";
import { answer } from "../../../src/answers/router.js";
import { renderMessages } from "../../../src/render/messages.js";
import { sameForm } from "../../../src/answers/questions/ranking.js";
import { buildQuery } from "../../../src/answers/questions/terms.js";
import { contextsFor } from "../../support/context.js";
import { shown } from "../../support/ask.js";
import { madeUp } from "../../support/articles.js";

const article = madeUp("subpoena", "Senate panel and the Velmora mayor", [
  "Tom Reyes was angry about the subpoena.",
  "An anti-Lee senator subpoenaed the mayor Tom Reyes on Monday to testify before a panel.",
  "Reyes said he would appear in March.",
]);
const library = new Library([article]);
const ctx = contextsFor({ now: () => new Date("2026-01-01T12:00:00Z") });
const ask = (q: string) => shown(library, q);

describe("the asked word as the question writes it", () => {
  it("gives a sentence credit for each inflected question word it writes as asked", () => {
    const { index } = ctx(library);
    const query = buildQuery(["subpoenaed", "reyes"], index, [], []);
    expect(sameForm(query, "A senator subpoenaed Tom Reyes.")).toBeGreaterThan(
      sameForm(query, "Tom Reyes was angry about the subpoena."),
    );
  });

  it("gives the same credit whether the sentence is plain ASCII or has other letters", () => {
    const { index } = ctx(library);
    const query = buildQuery(["subpoenaed", "reyes"], index, [], []);
    const plain = sameForm(query, "A senator subpoenaed Tom Reyes.");
    expect(plain).toBeGreaterThan(0);
    expect(sameForm(query, "A senator subpoenaed Tom Réyes in Zürich.")).toBe(plain);
    expect(sameForm(query, "A senator in Zürich SUBPOENAED Tom Reyes.")).toBe(plain);
    expect(sameForm(query, "A SENATOR SUBPOENAED TOM REYES.")).toBe(plain);
  });

  it("answers who did it from the sentence with the verb, its doer with the prefix", () => {
    const first = ask("Who subpoenaed Tom Reyes?").split("\n\n")[0] ?? "";
    expect(first).toContain("subpoenaed the mayor");
    expect(first).toMatch(/^anti-Lee senator:/);
  });
});

describe("what is it called", () => {
  const report = new Library([
    madeUp("report", "Velmora council plan", [
      "The council plan was long and many residents never read the plan.",
      "Critics said the plan came too late for the harbour.",
      "Officials were pleased with the plan, entitled “A Harbour for Everyone,” when it was published.",
    ]),
  ]);
  it("puts the sentence that gives the name first", () => {
    const first =
      answer({ text: "what was the plan called", chat: "private" }, ctx(report))
        .flatMap((r: Reply) => renderMessages(r).map((m) => m.text))
        .join("\n")
        .split("\n\n")[0] ?? "";
    expect(first).toContain("A Harbour for Everyone");
  });
});

describe("a verb asked after 'did'", () => {
  it("is found in its past form, the event that happened", () => {
    const { index } = ctx(library);
    const query = buildQuery(["endorse", "reyes"], index, [], []);
    const did = new Set(["endorse"]);
    expect(sameForm(query, "Ann Lee officially endorsed Reyes on Monday.", did)).toBeGreaterThan(
      sameForm(query, "Ann Lee had talked for weeks about endorsing Reyes.", did),
    );
  });

  it("puts the sentence that says it happened first", () => {
    const endorse = new Library([
      madeUp("endorse", "Velmora mayor race", [
        "Ann Lee had talked for weeks with the Reyes campaign about endorsing Tom Reyes.",
        "On Thursday Ann Lee appeared on a radio show and endorsed Tom Reyes.",
      ]),
    ]);
    const first =
      answer({ text: "on which show did Ann Lee endorse Tom Reyes", chat: "private" }, ctx(endorse))
        .flatMap((r: Reply) => renderMessages(r).map((m) => m.text))
        .join("\n")
        .split("\n\n")[0] ?? "";
    expect(first).toContain("radio show");
  });
});
