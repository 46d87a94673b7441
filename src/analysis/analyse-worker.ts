import { parentPort } from "node:worker_threads";
import type { Article } from "../content/article.js";
import { articleFromBytes } from "../content/load.js";
import { analyse } from "./analyse.js";

/**
 * Worker thread entry: analyses the articles it is sent and posts each Analysis back as
 * JSON text (the form the cache stores, so cold and warm starts build the same objects).
 * A big file comes as its bytes: reading them into an article takes time too.
 */
export interface ArticleSource {
  contentDir: string;
  file: string;
  bytes: Uint8Array;
  mtimeMs: number;
  hash: string;
}

export interface AnalyseTask {
  id: number;
  article?: Article;
  source?: ArticleSource;
}

/** `unreadable`: the bytes are not an article (the message says why); otherwise analyse() failed. */
export type AnalyseResult = { id: number; json: string } | { id: number; error: string; unreadable?: boolean };

export function articleOf(task: Omit<AnalyseTask, "id">): Article {
  if (task.article) return task.article;
  const s = task.source!;
  return articleFromBytes(s.contentDir, s.file, s.bytes, s.mtimeMs, s.hash);
}

const port = parentPort;
if (port) {
  port.on("message", (task: AnalyseTask) => {
    let result: AnalyseResult;
    let article: Article | undefined;
    try {
      article = articleOf(task);
      result = { id: task.id, json: JSON.stringify(analyse(article)) };
    } catch (err) {
      result = { id: task.id, error: err instanceof Error ? err.message : String(err), ...(article ? {} : { unreadable: true }) };
    }
    port.postMessage(result);
  });
}
