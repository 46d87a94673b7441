/**
 * A made-up news site on 127.0.0.1 (port chosen by the system) for the fetching tests:
 * article pages (with and without JSON-LD), a login wall, a front page naming its feeds,
 * feeds of each format with ETag / Last-Modified, redirects, a slow page, a huge page, a
 * PDF. `guarded()` is a second server that must never be reached: it counts connections.
 */
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import path from "node:path";
import { gzipSync } from "node:zlib";

const PAGES = path.join(import.meta.dirname, "..", "fixtures", "pages");
const page = (name: string) => readFileSync(path.join(PAGES, name));

export interface NewsServer {
  port: number;
  origin: string;
  /** Requests received: path and User-Agent. */
  requests: { path: string; userAgent?: string; ifNoneMatch?: string; ifModifiedSince?: string }[];
  /** Paths served by a handler added in the test. */
  routes: Map<string, (req: IncomingMessage, res: ServerResponse) => void>;
  close(): Promise<void>;
}

export interface GuardedServer {
  port: number;
  /** TCP connections accepted (any at all means the guard failed). */
  connections: number;
  close(): Promise<void>;
}

const FEED_ETAG = '"feed-v1"';
const FEED_MODIFIED = "Fri, 14 Mar 2031 08:30:00 GMT";

export async function startNewsServer(): Promise<NewsServer> {
  const requests: NewsServer["requests"] = [];
  const routes: NewsServer["routes"] = new Map();
  const sockets = new Set<Socket>();
  let origin = "";
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    requests.push({
      path: url.pathname + url.search,
      userAgent: req.headers["user-agent"],
      ifNoneMatch: req.headers["if-none-match"],
      ifModifiedSince: req.headers["if-modified-since"],
    });
    res.on("error", () => undefined); // the client may hang up on purpose (huge page)
    const custom = routes.get(url.pathname);
    if (custom) return custom(req, res);
    serve(url, req, res, origin);
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  const port = await listen(server);
  origin = `http://127.0.0.1:${port}`;
  return { port, origin, requests, routes, close: () => close(server, sockets) };
}

function serve(url: URL, req: IncomingMessage, res: ServerResponse, origin: string): void {
  const send = (
    type: string,
    body: Buffer | string,
    status = 200,
    headers: Record<string, string> = {},
  ) => {
    res.writeHead(status, { "content-type": type, ...headers });
    res.end(body);
  };
  const redirect = (to: string, status = 302) => send("text/plain", "", status, { location: to });
  const p = url.pathname;
  if (p === "/news/ferry-pier-vote")
    return send("text/html; charset=utf-8", page("article-jsonld.html"));
  if (p === "/news/night-trains") return send("text/html", page("article-meta.html")); // charset only in the page
  if (p === "/news/members-only") return send("text/html; charset=utf-8", page("login-wall.html"));
  if (p === "/" || p === "/front") return send("text/html; charset=utf-8", page("front-page.html"));
  if (p === "/gzip")
    return send("text/html; charset=utf-8", gzipSync(page("article-jsonld.html")), 200, {
      "content-encoding": "gzip",
    });
  if (p.startsWith("/feeds/")) {
    const name = p.slice("/feeds/".length);
    const types: Record<string, string> = {
      "rss.xml": "application/rss+xml",
      "atom.xml": "application/atom+xml",
      "feed.json": "application/feed+json",
    };
    const type = types[name];
    if (!type) return send("text/plain", "no such feed", 404);
    if (
      req.headers["if-none-match"] === FEED_ETAG ||
      req.headers["if-modified-since"] === FEED_MODIFIED
    ) {
      res.writeHead(304, { etag: FEED_ETAG, "last-modified": FEED_MODIFIED });
      return void res.end();
    }
    return send(`${type}; charset=utf-8`, page(name), 200, {
      etag: FEED_ETAG,
      "last-modified": FEED_MODIFIED,
    });
  }
  if (p === "/report.pdf") return send("application/pdf", "%PDF-1.4 made-up");
  if (p === "/missing") return send("text/html", "<p>gone</p>", 404);
  if (p === "/tracked")
    return redirect("/news/ferry-pier-vote?utm_source=newsletter&utm_medium=email&id=7#comments");
  // /hop/N redirects N more times, then lands on the article
  const hop = /^\/hop\/(\d+)$/.exec(p);
  if (hop) {
    const left = Number(hop[1]);
    return redirect(left > 0 ? `/hop/${left - 1}` : "/news/ferry-pier-vote", 301);
  }
  if (p === "/loop") return redirect("/loop");
  if (p === "/to") return redirect(url.searchParams.get("url") ?? "/"); // an open redirect, as sites have
  if (p === "/no-location") return send("text/plain", "", 302);
  if (p === "/slow") return; // never answers: the client's time limit must end it
  if (p === "/slow-body") {
    res.writeHead(200, { "content-type": "text/html" });
    res.write("<html><body><p>The first words arrive, and then nothing more");
    return; // the body never ends
  }
  if (p === "/huge" || p === "/huge-declared") return sendHuge(res, p === "/huge-declared");
  send("text/plain", `not found: ${origin}${p}`, 404);
}

/** 6 MB of paragraphs, streamed; with `declared` the length is announced up front. */
function sendHuge(res: ServerResponse, declared: boolean): void {
  const chunk = Buffer.from(`<p>${"A long page about nothing at all. ".repeat(30)}</p>\n`);
  const count = Math.ceil(6_000_000 / chunk.length);
  res.writeHead(200, {
    "content-type": "text/html",
    ...(declared ? { "content-length": String(chunk.length * count) } : {}),
  });
  let sent = 0;
  const pump = () => {
    while (sent < count) {
      sent++;
      if (!res.write(chunk)) return void res.once("drain", pump);
    }
    res.end();
  };
  res.on("close", () => (sent = count)); // the client stopped reading
  pump();
}

export async function startGuardedServer(): Promise<GuardedServer> {
  const sockets = new Set<Socket>();
  const state = { connections: 0 };
  const server = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html" });
    res.end("<p>secret</p>");
  });
  server.on("connection", (s) => {
    state.connections++;
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  const port = await listen(server);
  return {
    port,
    get connections() {
      return state.connections;
    },
    close: () => close(server, sockets),
  };
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port));
  });
}

function close(server: Server, sockets: Set<Socket>): Promise<void> {
  for (const s of sockets) s.destroy();
  return new Promise((resolve) => server.close(() => resolve()));
}
