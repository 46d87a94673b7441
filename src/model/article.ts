/** An article as loaded from the content folder: clean paragraphs, no boilerplate. */
export interface Article {
  /** Stable id: the file path relative to the content folder, without extension. */
  id: string;
  /** Absolute path of the source file (for an article from the web or a chat: its URL or a label). */
  file: string;
  /** The page an article fetched from the web came from (its canonical address). */
  url?: string;
  title: string;
  /** Dateline place ("ALMATY, Kazakhstan") when the front matter or the text gives one. */
  place?: string;
  /** The date the dateline gives, as written ("March 3", "Nov. 19, 1998"). */
  datelineDate?: string;
  /**
   * The headline as the body repeated it at its top, dropped from the paragraphs ("Council
   * approves budget on Saturday."): the dates it gives are the article's (DatedEvent.headline).
   */
  headlineInBody?: string;
  source?: string;
  /** Publication date (YYYY-MM-DD) only when the front matter states one. */
  date?: string;
  /** With no publication day: the month ("1989-03") or the year ("1993") the page gives for its issue. */
  publishedMonth?: string;
  /** Body paragraphs in order; paragraph n (1-based) is paragraphs[n - 1]. */
  paragraphs: string[];
  /** sha256 of the raw file bytes, used as a cache key. */
  hash: string;
  /** File modification time (ms since epoch), used for "newest first". */
  mtimeMs: number;
}
