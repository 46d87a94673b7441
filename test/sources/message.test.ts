import { describe, expect, it } from "vitest";
import { whatMessageBrings } from "../../src/sources/message.js";

const long = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(" ");

describe("whatMessageBrings", () => {
  it("takes the first link of a message that is or holds one, Telegram's hidden links included", () => {
    expect(whatMessageBrings({ text: "https://news.example/a?utm_source=x" })).toEqual({
      kind: "link",
      url: "https://news.example/a?utm_source=x",
    });
    expect(
      whatMessageBrings({ text: "what does this say? www.bbc.co.uk/news/b and https://c.example" }),
    ).toEqual({ kind: "link", url: "http://www.bbc.co.uk/news/b" });
    expect(
      whatMessageBrings({
        text: "read this",
        entities: [{ type: "text_link", offset: 0, length: 4, url: "https://news.example/c" }],
      }),
    ).toEqual({ kind: "link", url: "https://news.example/c" });
    expect(whatMessageBrings({ text: "ftp://files.example/x and mailto:a@b.example" })).toEqual({
      kind: "none",
    });
  });

  it("takes a long text or a forwarded channel post as an article; short questions stay questions", () => {
    expect(whatMessageBrings({ text: `Headline\n${long(130)}` }).kind).toBe("text");
    expect(whatMessageBrings({ text: long(30), forwardedFromChannel: true }).kind).toBe("text");
    expect(whatMessageBrings({ text: long(30) }).kind).toBe("none");
    expect(whatMessageBrings({ text: "who said the pier would reopen?" }).kind).toBe("none");
    expect(whatMessageBrings({ text: `/summary ${long(130)}` }).kind).toBe("none");
  });
});
