import type { Article } from "../model/article.js";
import { articleFromPage, type BuildOptions } from "./article.js";
import { FeedError, NotArticleError, reasonOf } from "./errors.js";
import { extractArticle, type ExtractedArticle, type ExtractOptions } from "./extract.js";
import { findFeedLinks, looksLikeFeed, parseFeed, type ParsedFeed } from "./feeds.js";
import type { FetchedPage, Fetcher } from "./fetch.js";
import {
  afterPollFailure,
  afterPollSuccess,
  conditionalRequest,
  type FeedPollState,
  type PollTiming,
} from "./poll.js";

/** The three things the bot does with the web, each from a Fetcher (so every limit and guard applies). */

export interface FetchedArticle {
  article: Article;
  extracted: ExtractedArticle;
  page: FetchedPage;
}

/**
 * A link → an Article. Throws a FetchError (could not fetch), or a NotArticleError (a
 * feed, not a web page, no text, a login wall, too short); each says why in one line.
 */
export async function fetchArticle(
  fetcher: Fetcher,
  url: string,
  options: BuildOptions & ExtractOptions = {},
): Promise<FetchedArticle> {
  const page = await fetcher.fetch(url);
  if (looksLikeFeed(page.contentType, page.text)) throw new NotArticleError("feed");
  if (
    page.contentType !== undefined &&
    page.contentType !== "text/html" &&
    page.contentType !== "application/xhtml+xml"
  )
    throw new NotArticleError("not-html");
  const extracted = extractArticle(page.text, page.finalUrl, options);
  return { article: articleFromPage(extracted, options), extracted, page };
}

export interface FoundFeed {
  /** The feed's own address (after redirects): what to poll. */
  feedUrl: string;
  feed: ParsedFeed;
  page: FetchedPage;
}

/**
 * A URL given as a feed → the feed. A web page is searched for its
 * `<link rel="alternate">` feeds, and the first that reads as a feed is taken. Throws
 * FetchError or FeedError.
 */
export async function findFeed(fetcher: Fetcher, url: string): Promise<FoundFeed> {
  const page = await fetcher.fetch(url);
  if (looksLikeFeed(page.contentType, page.text))
    return { feedUrl: page.finalUrl, feed: parseFeed(page.text, page.finalUrl), page };
  const links = findFeedLinks(page.text, page.finalUrl);
  if (links.length === 0) throw new FeedError("no-feed-found");
  let last: unknown;
  for (const link of links.slice(0, 3)) {
    try {
      const feedPage = await fetcher.fetch(link.url);
      return {
        feedUrl: feedPage.finalUrl,
        feed: parseFeed(feedPage.text, feedPage.finalUrl),
        page: feedPage,
      };
    } catch (err) {
      last = err;
    }
  }
  throw last instanceof Error ? last : new FeedError("no-feed-found");
}

export interface PollResult {
  state: FeedPollState;
  /** The feed as it is now; undefined when it did not change (304) or the poll failed. */
  feed?: ParsedFeed;
  /** One-line reason when the poll failed. */
  error?: string;
}

/** One poll of a feed, with a conditional request. Never throws: a failure backs off. */
export async function pollFeed(
  fetcher: Fetcher,
  state: FeedPollState,
  timing: PollTiming,
  now: () => number = Date.now,
): Promise<PollResult> {
  try {
    const page = await fetcher.fetch(state.url, conditionalRequest(state));
    const feed = page.notModified ? undefined : parseFeed(page.text, page.finalUrl);
    return { state: afterPollSuccess(state, page, now(), timing), feed };
  } catch (err) {
    const error = reasonOf(err);
    return { state: afterPollFailure(state, error, now(), timing), error };
  }
}
