/** One article, one key: URL normalisation, canonical links, and finding links in messages. */
import { describe, expect, it } from "vitest";
import {
  findLinks,
  isJustALink,
  linkArgument,
  linksFromEntities,
} from "../../src/sources/links.js";
import {
  articleKey,
  checkFetchableUrl,
  isTrackingParam,
  normaliseUrl,
} from "../../src/sources/url.js";

describe("normaliseUrl", () => {
  it("lower-cases the host, drops the fragment, the default port and tracking parameters, sorts the rest", () => {
    expect(
      normaliseUrl(
        "HTTPS://News.Example.COM:443/World/Story-1?utm_source=tw&b=2&fbclid=x&a=1&utm_campaign=y#comments",
      ),
    ).toBe("https://news.example.com/World/Story-1?a=1&b=2");
  });

  it("gives two links to one article the same key", () => {
    const a = normaliseUrl("http://example.org/a?id=7&utm_medium=email&mc_cid=1&mc_eid=2");
    const b = normaliseUrl("http://EXAMPLE.org./a?gclid=9&id=7#top");
    expect(a).toBe("http://example.org/a?id=7");
    expect(b).toBe(a);
  });

  it("keeps parameters that choose the page, and a path's case", () => {
    expect(normaliseUrl("https://example.org/Read?page=2&id=AbC")).toBe(
      "https://example.org/Read?id=AbC&page=2",
    );
  });

  it("drops an empty query and any user name", () => {
    expect(normaliseUrl("https://user:pw@example.org/x?utm_source=a")).toBe(
      "https://example.org/x",
    );
  });

  it("is undefined for what is not an http(s) URL", () => {
    expect(normaliseUrl("ftp://example.org/x")).toBeUndefined();
    expect(normaliseUrl("example.org")).toBeUndefined();
  });

  it.each([
    "utm_source",
    "UTM_Content",
    "fbclid",
    "gclid",
    "mc_cid",
    "mc_eid",
    "ref",
    "_hsenc",
    "msclkid",
    "igshid",
  ])("%s is tracking", (name) => {
    expect(isTrackingParam(name)).toBe(true);
  });

  it.each(["id", "page", "q", "article", "refresh", "reference", "p"])(
    "%s is not tracking",
    (name) => {
      expect(isTrackingParam(name)).toBe(false);
    },
  );
});

describe("articleKey", () => {
  const page = "https://www.example.org/news/2031/story?utm_source=x";
  it("is the final URL normalised when the page names no canonical link", () => {
    expect(articleKey(page)).toBe("https://www.example.org/news/2031/story");
  });

  it("takes the page's canonical link on the same site (www., m. or amp. copies included)", () => {
    expect(
      articleKey(
        "https://amp.example.org/news/2031/story.amp",
        "https://www.example.org/news/2031/story",
      ),
    ).toBe("https://www.example.org/news/2031/story");
    expect(articleKey(page, "/news/2031/story-full?utm_medium=canonical")).toBe(
      "https://www.example.org/news/2031/story-full",
    );
  });

  it("ignores a canonical link to another site, to the home page, or that is not http(s)", () => {
    const final = "https://www.example.org/news/2031/story";
    expect(articleKey(page, "https://other.example/news/2031/story")).toBe(final);
    expect(articleKey(page, "https://www.example.org/")).toBe(final);
    expect(articleKey(page, "javascript:void(0)")).toBe(final);
    expect(articleKey(page, "http://[bad")).toBe(final);
  });
});

describe("checkFetchableUrl", () => {
  it("returns the URL without its fragment", () => {
    expect(checkFetchableUrl(" https://example.org/a#b ")).toBe("https://example.org/a");
  });
  it.each([
    ["file:///etc/passwd", "only http and https links can be read"],
    ["gopher://example.org/", "only http and https links can be read"],
    ["https://a:b@example.org/", "links with a user name or password are not read"],
    ["/relative", "that is not a web address"],
  ])("refuses %s", (url, message) => {
    expect(() => checkFetchableUrl(url)).toThrow(message);
  });
});

describe("links in messages", () => {
  it("finds http(s) and www. links in plain text, without trailing punctuation or brackets", () => {
    const text =
      "Read this (https://news.example/a/b?id=1). Also “http://other.example/x”, www.third.net/y; not ftp://f.example or example.org.";
    expect(findLinks(text)).toEqual([
      "https://news.example/a/b?id=1",
      "http://other.example/x",
      "http://www.third.net/y",
    ]);
  });

  it("gives each link once and nothing for text without links", () => {
    expect(findLinks("https://a.example/x and again https://a.example/x")).toEqual([
      "https://a.example/x",
    ]);
    expect(findLinks("What did the minister say about the budget?")).toEqual([]);
  });

  it("takes a bare address after /add as a link, and nothing else", () => {
    expect(linkArgument("example.org/news/1")).toBe("http://example.org/news/1");
    expect(linkArgument(" https://a.example/x ")).toBe("https://a.example/x");
    expect(linkArgument("read example.org please")).toBeUndefined();
    expect(linkArgument("the budget")).toBeUndefined();
    expect(linkArgument("")).toBeUndefined();
  });

  it("reads Telegram url and text_link entities (UTF-16 offsets)", () => {
    const text = "🔥 News: example.org/story and this one";
    const start = text.indexOf("example.org");
    const entities = [
      { type: "url", offset: start, length: "example.org/story".length },
      {
        type: "text_link",
        offset: text.indexOf("this"),
        length: 4,
        url: "https://news.example/this",
      },
      { type: "text_link", offset: 0, length: 2, url: "tg://user?id=1" },
      { type: "bold", offset: 0, length: 2 },
    ];
    expect(linksFromEntities(text, entities)).toEqual([
      "http://example.org/story",
      "https://news.example/this",
    ]);
    expect(linksFromEntities(text, undefined)).toEqual([]);
  });

  it("tells a message that is only a link from one with words around it", () => {
    expect(isJustALink("  https://news.example/a/b  ")).toBe(true);
    expect(isJustALink("summarise https://news.example/a/b")).toBe(false);
    expect(isJustALink("https://a.example/ https://b.example/")).toBe(false);
  });
});
