/**
 * Safe fetching, against a made-up news site on 127.0.0.1 that FETCH_ALLOW_HOSTS names,
 * and a second loopback server on a port that is not allowed: it must never see a
 * connection. Host names come from a stub resolver that only knows loopback addresses, so
 * no test resolves a real name or connects to anything but 127.0.0.1.
 */
import { readFileSync } from "node:fs";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Resolver } from "../../src/sources/address.js";
import { BlockedAddressError, FetchError } from "../../src/sources/errors.js";
import { Fetcher } from "../../src/sources/fetch.js";
import {
  startGuardedServer,
  startNewsServer,
  type GuardedServer,
  type NewsServer,
} from "../support/news-server.js";

let site: NewsServer;
let guarded: GuardedServer;
let fetcher: Fetcher;

/** Names the tests use; anything else "does not exist". */
const NAMES: Record<string, string[]> = {
  "news.test": ["127.0.0.1"],
  "evil.test": ["127.0.0.1"],
  "mapped.test": ["::ffff:127.0.0.1"],
  "secure.test": ["127.0.0.1"],
  localhost: ["127.0.0.1", "::1"],
};
const resolver: Resolver = async (host) => {
  const found = NAMES[host];
  if (!found)
    throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: "ENOTFOUND" });
  return found.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
};

beforeAll(async () => {
  site = await startNewsServer();
  guarded = await startGuardedServer();
  fetcher = new Fetcher({ allowHosts: `127.0.0.1:${site.port}`, resolver });
});

afterAll(async () => {
  await fetcher.close();
  await site.close();
  await guarded.close();
});

async function failure(promise: Promise<unknown>): Promise<FetchError> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(FetchError);
    const e = err as FetchError;
    expect(e.message).not.toContain("\n");
    return e;
  }
  throw new Error("the fetch succeeded");
}

describe("fetching from an allowed loopback site", () => {
  it("fetches a page with an honest User-Agent and decodes it", async () => {
    const page = await fetcher.fetch(`${site.origin}/news/ferry-pier-vote`);
    expect(page).toMatchObject({
      status: 200,
      notModified: false,
      contentType: "text/html",
      finalUrl: `${site.origin}/news/ferry-pier-vote`,
    });
    expect(page.text).toContain("PORT ELSWICK – The council");
    expect(site.requests.at(-1)?.userAgent).toMatch(/^news-quote-bot\/\S+ \(.*Telegram bot/);
  });

  it("takes the charset a page declares in a meta tag when the header gives none (Windows-1252 here)", async () => {
    const page = await fetcher.fetch(`${site.origin}/news/night-trains`);
    expect(page.text).toContain("“People asked us for this");
  });

  it("decompresses a gzip body", async () => {
    const page = await fetcher.fetch(`${site.origin}/gzip`);
    expect(page.text).toContain("Harbour town votes");
  });

  it("reaches an allowed site by a name that resolves to it", async () => {
    const page = await fetcher.fetch(`http://news.test:${site.port}/news/ferry-pier-vote`);
    expect(page.status).toBe(200);
    const byName = new Fetcher({ allowHosts: [`news.test:${site.port}`], resolver });
    try {
      expect((await byName.fetch(`http://news.test:${site.port}/front`)).text).toContain(
        "Valley Courier",
      );
      // the name is allowed, not the address: the same server by its address is refused
      expect((await failure(byName.fetch(`${site.origin}/front`))).code).toBe("blocked-address");
    } finally {
      await byName.close();
    }
  });

  it("follows redirects by hand (up to 5) and reports the final URL", async () => {
    const page = await fetcher.fetch(`${site.origin}/hop/4`);
    expect(page.finalUrl).toBe(`${site.origin}/news/ferry-pier-vote`);
    expect(page.url).toBe(`${site.origin}/hop/4`);
    expect((await failure(fetcher.fetch(`${site.origin}/hop/5`))).message).toBe(
      "too many redirects",
    );
    expect((await failure(fetcher.fetch(`${site.origin}/loop`))).code).toBe("too-many-redirects");
    expect((await failure(fetcher.fetch(`${site.origin}/no-location`))).code).toBe("http-status");
  });

  it("makes conditional requests: a matching ETag gives 304, not modified", async () => {
    const first = await fetcher.fetch(`${site.origin}/feeds/rss.xml`);
    expect(first).toMatchObject({ status: 200, contentType: "application/rss+xml" });
    expect(first.etag).toBeTruthy();
    const again = await fetcher.fetch(`${site.origin}/feeds/rss.xml`, {
      etag: first.etag,
      lastModified: first.lastModified,
    });
    expect(again).toMatchObject({ status: 304, notModified: true, text: "" });
    expect(site.requests.at(-1)).toMatchObject({
      ifNoneMatch: first.etag,
      ifModifiedSince: first.lastModified,
    });
  });

  it("refuses a type that is neither HTML nor a feed, naming it", async () => {
    const e = await failure(fetcher.fetch(`${site.origin}/report.pdf`));
    expect(e.code).toBe("content-type");
    expect(e.message).toBe("the page is not HTML (application/pdf)");
  });

  it("says what status the site answered", async () => {
    const e = await failure(fetcher.fetch(`${site.origin}/missing`));
    expect(e).toMatchObject({
      code: "http-status",
      status: 404,
      message: "the site answered 404 (Not Found)",
    });
  });

  it("stops reading a body beyond 5 MB, whether announced or not", async () => {
    for (const p of ["/huge", "/huge-declared"]) {
      const e = await failure(fetcher.fetch(`${site.origin}${p}`));
      expect(e.code).toBe("too-large");
      expect(e.message).toBe("the page is larger than 5 MB");
    }
  });

  it("gives up on a site that does not answer, or stops half-way, in time", async () => {
    const impatient = new Fetcher({
      allowHosts: [`127.0.0.1:${site.port}`],
      resolver,
      totalTimeoutMs: 300,
    });
    try {
      for (const p of ["/slow", "/slow-body"]) {
        const e = await failure(impatient.fetch(`${site.origin}${p}`));
        expect(e.code).toBe("timeout");
        expect(e.message).toBe("the site took too long to answer");
      }
    } finally {
      await impatient.close();
    }
  });

  it("refuses links that are not http(s) or carry a password, without any request", async () => {
    const before = site.requests.length;
    for (const url of [
      "ftp://127.0.0.1/x",
      "file:///etc/passwd",
      "javascript:alert(1)",
      "not a url",
      `http://user:pw@127.0.0.1:${site.port}/`,
    ]) {
      expect((await failure(fetcher.fetch(url))).code).toBe("bad-url");
    }
    expect(site.requests.length).toBe(before);
    expect(
      (
        await failure(
          fetcher.fetch(`${site.origin}/to?url=${encodeURIComponent("ftp://127.0.0.1/")}`),
        )
      ).code,
    ).toBe("bad-url");
  });

  it("closes without having fetched, and a closed fetcher connects nowhere", async () => {
    const unused = new Fetcher({ allowHosts: [`127.0.0.1:${site.port}`], resolver });
    await unused.close();
    const closed = await failure(unused.fetch(`${site.origin}/front`));
    expect(closed).toBeInstanceOf(FetchError);
    expect(closed.code).toBe("connect");
  });

  it("says so when a name does not resolve", async () => {
    expect(await failure(fetcher.fetch("http://nowhere.test/"))).toMatchObject({
      code: "dns",
      message: "the site's name was not found",
    });
  });
});

describe("the private-address guard", () => {
  const blockedUrls = () => [
    `http://127.0.0.1:${guarded.port}/`,
    `http://localhost:${guarded.port}/`,
    `http://[::1]:${guarded.port}/`,
    `http://2130706433:${guarded.port}/`, // 127.0.0.1 as one decimal number
    `http://0177.0.0.1:${guarded.port}/`, // octal
    `http://0x7f.1:${guarded.port}/`, // hex, short form
    `http://[::ffff:127.0.0.1]:${guarded.port}/`, // IPv4-mapped IPv6
    `http://[::ffff:7f00:1]:${guarded.port}/`,
    `http://evil.test:${guarded.port}/`, // a name resolving to loopback
    `http://mapped.test:${guarded.port}/`, // a name resolving to a mapped loopback address
    `http://0.0.0.0:${guarded.port}/`,
  ];

  it("refuses loopback in every spelling on a port that is not allowed; that server sees no connection", async () => {
    for (const url of blockedUrls()) {
      const e = await failure(fetcher.fetch(url));
      expect(e, url).toBeInstanceOf(BlockedAddressError);
      expect(e.message).toBe("that address is private");
    }
    expect(guarded.connections).toBe(0);
  });

  it("refuses a redirect to a private address, at each hop", async () => {
    for (const target of [
      `http://127.0.0.1:${guarded.port}/secret`,
      `http://evil.test:${guarded.port}/secret`,
      `http://[::1]:${guarded.port}/`,
    ]) {
      const e = await failure(fetcher.fetch(`${site.origin}/to?url=${encodeURIComponent(target)}`));
      expect(e.code).toBe("blocked-address");
    }
    // two hops on the allowed site first, then out
    const e = await failure(
      fetcher.fetch(
        `${site.origin}/to?url=${encodeURIComponent(`/to?url=${encodeURIComponent(`http://2130706433:${guarded.port}/`)}`)}`,
      ),
    );
    expect(e.code).toBe("blocked-address");
    expect(guarded.connections).toBe(0);
  });

  it("refuses the loopback site itself when nothing allows it (the default), with the system resolver too", async () => {
    const strict = new Fetcher();
    try {
      for (const url of [
        `${site.origin}/news/ferry-pier-vote`,
        `http://localhost:${guarded.port}/`,
        `http://2130706433:${guarded.port}/`,
      ]) {
        expect((await failure(strict.fetch(url))).code).toBe("blocked-address");
      }
    } finally {
      await strict.close();
    }
    expect(guarded.connections).toBe(0);
  });
});

describe("https", () => {
  const TLS = path.join(import.meta.dirname, "..", "fixtures", "tls");
  const cert = readFileSync(path.join(TLS, "secure-test.crt"), "utf8");
  const key = readFileSync(path.join(TLS, "secure-test.key"), "utf8");

  it("checks the certificate against the host name although it connects to the checked address", async () => {
    const server = createHttpsServer({ cert, key }, (_req, res) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end("<p>over TLS</p>");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as AddressInfo).port;
    const allowHosts = [`secure.test:${port}`, `127.0.0.1:${port}`];
    const trusting = new Fetcher({ allowHosts, resolver, extraCa: [cert] });
    const usual = new Fetcher({ allowHosts, resolver });
    try {
      expect((await trusting.fetch(`https://secure.test:${port}/`)).text).toBe("<p>over TLS</p>");
      // a certificate for secure.test does not do for 127.0.0.1, and an unknown CA is not trusted
      expect((await failure(trusting.fetch(`https://127.0.0.1:${port}/`))).code).toBe("tls");
      expect(await failure(usual.fetch(`https://secure.test:${port}/`))).toMatchObject({
        code: "tls",
        message: "the site's security certificate is not valid",
      });
    } finally {
      await trusting.close();
      await usual.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
