/**
 * Why a link, a page or a feed could not be used. Every error carries a `code` for the
 * program and a `message` that is one short line a chat can show as it is.
 */
export type FetchErrorCode =
  | "bad-url" // not a URL, or not http(s), or user:password@ in it
  | "blocked-address" // loopback, private, link-local, multicast, reserved…
  | "dns" // the name does not resolve
  | "connect" // refused, reset, unreachable
  | "tls" // certificate problems
  | "timeout" // connecting or the whole fetch took too long
  | "too-many-redirects"
  | "http-status" // 4xx, 5xx, a redirect without Location
  | "content-type" // not HTML nor a feed
  | "too-large" // body beyond the byte limit
  | "rate-limited";

export class FetchError extends Error {
  override readonly name = "FetchError";
  constructor(
    readonly code: FetchErrorCode,
    message: string,
    /** The HTTP status when the site answered with an error. */
    readonly status?: number,
  ) {
    super(message);
  }
}

/** Why an address may not be connected to (ipaddr.js range names, grouped). */
export type BlockedKind =
  "loopback" | "private" | "link-local" | "multicast" | "reserved" | "unspecified";

export class BlockedAddressError extends FetchError {
  constructor(
    readonly address: string,
    readonly kind: BlockedKind,
  ) {
    super("blocked-address", "that address is private");
  }
}

export type NotArticleReason =
  "not-html" | "feed" | "no-text" | "login-wall" | "too-short" | "too-complex";

const NOT_ARTICLE_MESSAGES: Record<NotArticleReason, string> = {
  "not-html": "the page is not a web page",
  feed: "that link is a news feed, not an article",
  "no-text": "the page has no article text",
  "login-wall": "the page asks to sign in or subscribe before showing the article",
  "too-short": "the page has too little text to be an article",
  "too-complex": "the page is too complex to read",
};

/** A page that was fetched but is not an article. */
export class NotArticleError extends Error {
  override readonly name = "NotArticleError";
  constructor(readonly reason: NotArticleReason) {
    super(NOT_ARTICLE_MESSAGES[reason]);
  }
}

export type FeedErrorReason = "not-a-feed" | "no-feed-found";

/** A feed URL that gives no feed. */
export class FeedError extends Error {
  override readonly name = "FeedError";
  constructor(
    readonly reason: FeedErrorReason,
    message = reason === "not-a-feed"
      ? "that is not an RSS, Atom or JSON feed"
      : "the page names no RSS, Atom or JSON feed",
  ) {
    super(message);
  }
}

/** The one-line reason of any error from src/sources (other errors give a generic line). */
export function reasonOf(err: unknown): string {
  if (err instanceof FetchError || err instanceof NotArticleError || err instanceof FeedError)
    return err.message;
  return "the page could not be read";
}
