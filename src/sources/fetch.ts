import { STATUS_CODES } from "node:http";
import { rootCertificates } from "node:tls";
import type { Agent, Response } from "undici";
import { guardedAddress, parseAllowHosts, type AllowedHost, type Resolver } from "./address.js";
import { decodeBody, mediaType } from "./charset.js";
import { FetchError } from "./errors.js";
import { checkFetchableUrl } from "./url.js";

export interface FetcherOptions {
  /** `host:port` entries allowed although private (FETCH_ALLOW_HOSTS); empty by default. */
  allowHosts?: readonly string[] | string;
  /** Host name → addresses; the system resolver by default. */
  resolver?: Resolver;
  connectTimeoutMs?: number;
  /** For the whole fetch, redirects and body included. */
  totalTimeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  userAgent?: string;
  /** Certificate authorities (PEM) trusted besides the usual ones: an internal news server's own, or a test's. */
  extraCa?: readonly string[];
}

export interface FetchRequest {
  /** Conditional request: the ETag and Last-Modified of the copy held (feeds). */
  etag?: string;
  lastModified?: string;
  signal?: AbortSignal;
}

export interface FetchedPage {
  /** The URL as asked for and the URL after redirects. */
  url: string;
  finalUrl: string;
  status: number;
  /** True for 304 Not Modified: `text` is empty and the held copy stands. */
  notModified: boolean;
  /** Media type without parameters ("text/html"); undefined when the site gave none. */
  contentType?: string;
  text: string;
  bytes: number;
  etag?: string;
  lastModified?: string;
}

export const DEFAULT_USER_AGENT =
  "news-quote-bot/0.1 (Telegram bot that summarises news articles its users send it)";

/** HTML and feed media types; anything else is refused before its body is read. */
export const ACCEPTED_TYPES: readonly string[] = [
  "text/html",
  "application/xhtml+xml",
  "application/rss+xml",
  "application/atom+xml",
  "application/feed+json",
  "application/json",
  "application/xml",
  "text/xml",
];

const ACCEPT_HEADER =
  "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,application/json;q=0.8,text/xml;q=0.8";
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

type Undici = typeof import("undici");
/** undici, loaded on the first fetch: a bot that is never sent a link never loads it (~150 ms, ~20 MB). */
let undici: Promise<Undici> | undefined;
function loadUndici(): Promise<Undici> {
  undici ??= import("undici");
  return undici;
}

/**
 * Fetches web pages and feeds for the bot, safely: http(s) only; every connection goes
 * through a connector that resolves the host itself, refuses non-public addresses (unless
 * allowed) and connects to the very address it checked — at every redirect, which are
 * followed by hand (at most `maxRedirects`). Limits on time, size and content type; one
 * honest User-Agent. Errors are FetchErrors with a one-line reason.
 */
export class Fetcher {
  /** Made on the first fetch (see `loadUndici`). */
  private agent: Agent | undefined;
  private readonly makeAgent: (u: Undici) => Agent;
  private closed = false;
  private readonly allowHosts: AllowedHost[];
  private readonly totalTimeoutMs: number;
  private readonly maxBytes: number;
  private readonly maxRedirects: number;
  private readonly userAgent: string;

  constructor(options: FetcherOptions = {}) {
    this.allowHosts = parseAllowHosts(options.allowHosts ?? []);
    this.totalTimeoutMs = options.totalTimeoutMs ?? 20_000;
    this.maxBytes = options.maxBytes ?? 5_000_000;
    this.maxRedirects = options.maxRedirects ?? 5;
    this.userAgent = options.userAgent ?? DEFAULT_USER_AGENT;
    const ca = options.extraCa?.length ? [...rootCertificates, ...options.extraCa] : undefined;
    const guard = { allowHosts: this.allowHosts, resolver: options.resolver };
    this.makeAgent = ({ Agent, buildConnector }) => {
      const connect = buildConnector({
        timeout: options.connectTimeoutMs ?? 10_000,
        ...(ca ? { ca } : {}),
      });
      return new Agent({
        headersTimeout: this.totalTimeoutMs,
        bodyTimeout: this.totalTimeoutMs,
        connect: (opts, callback) => {
          const port = Number(opts.port) || (opts.protocol === "https:" ? 443 : 80);
          guardedAddress(opts.hostname, port, guard).then(
            // TLS still checks the certificate against the name: undici takes SNI from opts.host
            (address) => connect({ ...opts, hostname: address }, callback),
            (err: unknown) => callback(err instanceof Error ? err : new Error(String(err)), null),
          );
        },
      });
    };
  }

  async fetch(url: string, request: FetchRequest = {}): Promise<FetchedPage> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.totalTimeoutMs);
    const onAbort = () => controller.abort();
    if (request.signal?.aborted) controller.abort();
    request.signal?.addEventListener("abort", onAbort, { once: true });
    try {
      return await this.follow(url, request, controller.signal);
    } catch (err) {
      if (request.signal?.aborted) throw err;
      throw timedOut
        ? new FetchError("timeout", "the site took too long to answer")
        : toFetchError(err);
    } finally {
      clearTimeout(timer);
      request.signal?.removeEventListener("abort", onAbort);
    }
  }

  /** Closes the connections kept open. */
  async close(): Promise<void> {
    this.closed = true;
    await this.agent?.close();
  }

  private async follow(
    url: string,
    request: FetchRequest,
    signal: AbortSignal,
  ): Promise<FetchedPage> {
    let current = checkFetchableUrl(url);
    const u = await loadUndici();
    // closed while undici loaded: no agent (and no connections) after close
    if (this.closed) throw new FetchError("connect", "the fetcher is closed");
    this.agent ??= this.makeAgent(u);
    for (let hop = 0; ; hop++) {
      const response = await u.fetch(current, {
        dispatcher: this.agent,
        redirect: "manual",
        signal,
        headers: this.headers(request),
      });
      if (REDIRECTS.has(response.status)) {
        await response.body?.cancel();
        const location = response.headers.get("location");
        if (!location)
          throw new FetchError(
            "http-status",
            `the site answered ${response.status} without saying where to go`,
            response.status,
          );
        if (hop >= this.maxRedirects)
          throw new FetchError("too-many-redirects", "too many redirects");
        current = checkFetchableUrl(new URL(location, current).href);
        continue;
      }
      return await this.page(url, current, response, signal);
    }
  }

  private headers(request: FetchRequest): Record<string, string> {
    const headers: Record<string, string> = { "user-agent": this.userAgent, accept: ACCEPT_HEADER };
    if (request.etag) headers["if-none-match"] = request.etag;
    if (request.lastModified) headers["if-modified-since"] = request.lastModified;
    return headers;
  }

  private async page(
    url: string,
    finalUrl: string,
    response: Response,
    signal: AbortSignal,
  ): Promise<FetchedPage> {
    const common = {
      url,
      finalUrl,
      status: response.status,
      etag: response.headers.get("etag") ?? undefined,
      lastModified: response.headers.get("last-modified") ?? undefined,
    };
    if (response.status === 304) {
      await response.body?.cancel();
      return { ...common, notModified: true, text: "", bytes: 0 };
    }
    if (response.status < 200 || response.status > 299) {
      await response.body?.cancel();
      const phrase = STATUS_CODES[response.status];
      throw new FetchError(
        "http-status",
        `the site answered ${response.status}${phrase ? ` (${phrase})` : ""}`,
        response.status,
      );
    }
    const header = response.headers.get("content-type") ?? undefined;
    const contentType = mediaType(header);
    if (contentType && !ACCEPTED_TYPES.includes(contentType)) {
      await response.body?.cancel();
      throw new FetchError("content-type", `the page is not HTML (${contentType.slice(0, 60)})`);
    }
    const declared = Number(response.headers.get("content-length") ?? NaN);
    if (declared > this.maxBytes) {
      await response.body?.cancel();
      throw this.tooLarge();
    }
    const bytes = await this.readBody(response, signal);
    return {
      ...common,
      notModified: false,
      contentType,
      text: decodeBody(bytes, header),
      bytes: bytes.length,
    };
  }

  /** Reads the body, stopping as soon as it passes the limit. */
  private async readBody(response: Response, signal: AbortSignal): Promise<Uint8Array> {
    if (!response.body) return new Uint8Array();
    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      signal.throwIfAborted();
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > this.maxBytes) {
        await reader.cancel();
        throw this.tooLarge();
      }
      chunks.push(value);
    }
    return Buffer.concat(chunks, total);
  }

  private tooLarge(): FetchError {
    const mb = this.maxBytes / 1_000_000;
    return new FetchError(
      "too-large",
      `the page is larger than ${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`,
    );
  }
}

/** The FetchError behind whatever undici threw (it wraps causes: "fetch failed" → cause). */
export function toFetchError(err: unknown): FetchError {
  for (let e: unknown = err, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (e instanceof FetchError) return e;
    const code = (e as NodeJS.ErrnoException).code ?? "";
    if (
      code === "UND_ERR_CONNECT_TIMEOUT" ||
      code === "UND_ERR_HEADERS_TIMEOUT" ||
      code === "UND_ERR_BODY_TIMEOUT" ||
      code === "ETIMEDOUT"
    ) {
      return new FetchError("timeout", "the site took too long to answer");
    }
    if (code === "ENOTFOUND" || code === "EAI_AGAIN")
      return new FetchError("dns", "the site's name was not found");
    if (/CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code))
      return new FetchError("tls", "the site's security certificate is not valid");
    if (code === "ECONNREFUSED")
      return new FetchError("connect", "the site refused the connection");
    if (code === "ECONNRESET" || code === "UND_ERR_SOCKET" || code === "EPIPE")
      return new FetchError("connect", "the site closed the connection");
    if (code === "EHOSTUNREACH" || code === "ENETUNREACH")
      return new FetchError("connect", "the site cannot be reached");
  }
  return new FetchError("connect", "the site could not be reached");
}
