import { parentPort } from "node:worker_threads";
import type { Article } from "../model/article.js";
import { analyse } from "./analyse.js";
import { md5 } from "./fingerprint.js";

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

/**
 * The Analysis as JSON text, with its UTF-8 bytes and their md5 — what the cache writes,
 * made here rather than on the main thread (for a 1.6 MB article, 6 MB of JSON).
 */
export interface AnalysisJson {
  json: string;
  bytes?: Uint8Array;
  md5?: string;
}

/** `unreadable`: the bytes are not an article (the message says why); otherwise analyse() failed. */
export type AnalyseResult =
  ({ id: number } & AnalysisJson) | { id: number; error: string; unreadable?: boolean };

/**
 * The article of a task. The reading code (front matter: yaml and zod) is loaded only when a
 * file comes as bytes: a worker that gets articles only never pays for it (~25 MB a worker).
 */
async function articleOf(task: AnalyseTask): Promise<Article> {
  if (task.article) return task.article;
  const s = task.source!;
  const { articleFromBytes } = await import("../content/load.js");
  return articleFromBytes(s.contentDir, s.file, s.bytes, s.mtimeMs, s.hash);
}

async function handle(task: AnalyseTask): Promise<AnalyseResult> {
  let article: Article | undefined;
  try {
    article = await articleOf(task);
    const json = JSON.stringify(analyse(article));
    const bytes = new TextEncoder().encode(json);
    return { id: task.id, json, bytes, md5: md5(bytes) };
  } catch (err) {
    return {
      id: task.id,
      error: err instanceof Error ? err.message : String(err),
      ...(article ? {} : { unreadable: true }),
    };
  }
}

const port = parentPort;
if (port)
  port.on(
    "message",
    (task: AnalyseTask) =>
      void handle(task).then((result) =>
        port.postMessage(
          result,
          "bytes" in result && result.bytes ? [result.bytes.buffer as ArrayBuffer] : [],
        ),
      ),
  );
