import { describe, expect, it } from "vitest";
import { directQuotes as direct } from "../support/read-quotes.js";
import type { Quote } from "../../src/model/analysis.js";

const said = (qs: Quote[]) => qs.map((q) => [q.text, q.speaker ?? null]);

describe("a participle the frame lists do not type", () => {
  it("only as the frame's last word: not one carrying quoted words of its own clause", () => {
    const qs = direct(
      "Mayor Petra Lund spoke first. Idris Calloway later attacked the plan on the radio, calling it “a gift to developers.”",
    );
    expect(said(qs)).toEqual([["a gift to developers.", "Idris Calloway"]]);
  });

  it('"…, with X asking, “…”" and "X …, shouting: “…”": the participle frames the quote', () => {
    const qs = direct(
      "Councillors were quick to respond, with Nadia Ferrante asking, “Who will pay for the new bridge?”",
      "Residents filled the hall. Farmer Osric Vell stood up at the back, shouting: “Not one more tower!”",
    );
    expect(said(qs)).toEqual([
      ["Who will pay for the new bridge?", "Nadia Ferrante"],
      ["Not one more tower!", "Osric Vell"],
    ]);
  });
});

describe("a sentence of a person and a verb after a quote", () => {
  it("“…?” X questioned. / “….” X sighed.: a verb no list has ends that sentence", () => {
    const qs = direct(
      "Senator Idris Calloway and Mayor Petra Lund met the growers on Monday.\n\n“Why would anyone buy that harvest?” Lund questioned.\n\n“The rain came too late.” Calloway sighed.",
    );
    expect(said(qs)).toEqual([
      ["Why would anyone buy that harvest?", "Petra Lund"],
      ["The rain came too late.", "Idris Calloway"],
    ]);
  });

  it("not a sentence that goes on after its verb, nor one that frames the next quote", () => {
    const qs = direct(
      "Drivers on the ring road saw a sign reading, “Vote early. Vote Halden.” The Upper Valley refers to the towns north of the river.",
      "One road sign read, “Brake before the bend.” Another advised, “Slow is smooth and smooth is fast.”",
    );
    expect(qs[0]?.speaker).not.toBe("The Upper Valley");
    expect(said(qs)[1]).toEqual(["Brake before the bend.", "One road sign"]);
  });
});

describe("a place among the role words before a name", () => {
  it('"…," Ohio delegate X, wearing “Y” pins, said …: the delegate speaks', () => {
    const qs = direct(
      "“We have seen livelier conventions than this,” Ohio delegate Walter Eastmere, wearing a straw hat and “Vote Dunmore” pins, said quietly as the balloons fell.",
    );
    expect(said(qs)).toEqual([["We have seen livelier conventions than this", "Walter Eastmere"]]);
  });
});

describe("heard saying", () => {
  it('"…?" a reporter can be heard asking X: the one heard speaks', () => {
    const qs = direct(
      "“Should the town pay for the stadium?” a reporter can be heard asking Mayor Petra Lund after the rally.",
    );
    expect(said(qs)).toEqual([["Should the town pay for the stadium?", "a reporter"]]);
  });
});

describe("the speaker's own words and manner", () => {
  it('"Her answer: “…”": a possessive pronoun owns the words as a name does', () => {
    const qs = direct(
      "The senator, Jane Holloway, was asked whether she would back the plan. Her answer: “Not today, and probably not tomorrow.”",
    );
    expect(said(qs)).toEqual([["Not today, and probably not tomorrow.", "Jane Holloway"]]);
  });

  it('"…," an angry X retaliated: the article and the words of mood before the name', () => {
    const qs = direct(
      "Mayor Petra Lund and Senator Walter Eastmere met on Monday. “This town will always be this town,” an angry Lund retaliated.",
    );
    expect(said(qs)).toEqual([["This town will always be this town", "Petra Lund"]]);
  });

  it('"…?" X asked Republican lawmakers.: a capitalised listener after the verb', () => {
    const qs = direct(
      "“Nobody will pay for it,” said Senator Walter Eastmere. Mayor Petra Lund joined in. “Why are you still backing him?” Lund asked Republican lawmakers.",
    );
    expect(said(qs)[1]).toEqual(["Why are you still backing him?", "Petra Lund"]);
  });
});
