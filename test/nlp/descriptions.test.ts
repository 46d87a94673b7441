import { describe, expect, it } from "vitest";
import { readDirect } from "../support/read-quotes.js";

/** Each direct quote's speaker as shown, and the kind of entity it was resolved to. */
function speakers(...paragraphs: string[]): [string | null, string | null][] {
  const { people, quotes } = readDirect(...paragraphs);
  const kind = (id?: string) => people.entities.find((e) => e.id === id)?.kind ?? null;
  return quotes.map((q) => [q.speaker ?? null, kind(q.speakerId)]);
}

describe("a definite description of an organisation is the organisation it refers to", () => {
  it("'the company wrote' is the organisation named last", () => {
    expect(
      speakers(
        "Northvale Bank lent Acme Paper Inc. $5 million last year.",
        "Acme Paper Inc. will close its plant in Dunmore next spring.",
        "“We looked at every other option before taking this decision,” the company wrote.",
      ),
    ).toEqual([["Acme Paper Inc", "organisation"]]);
  });

  it("an organisation whose name holds the noun goes before one named later", () => {
    expect(
      speakers(
        "The Orrin Valley Water Company raised its prices in May.",
        "Customers complained to the Lakeshore Consumer Council.",
        "“Our costs have doubled,” the company said in a statement.",
      ),
    ).toEqual([["Orrin Valley Water Company", "organisation"]]);
  });

  it("two organisations named last in one sentence: the description stays as written", () => {
    expect(
      speakers(
        "Brightwater Mining sued Kestrel Freight over a lost shipment.",
        "“We will see them in court,” the firm said.",
      ),
    ).toEqual([["the firm", null]]);
  });

  it("no organisation named in the last sentences: the description stays as written", () => {
    expect(
      speakers(
        "Brightwater Mining opened a mine in 2001.",
        "The town grew quickly.",
        "Houses were built on the hill.",
        "A school opened nearby.",
        "Then the river flooded.",
        "“The water rose in an hour,” the agency said.",
      ),
    ).toEqual([["the agency", null]]);
  });
});
