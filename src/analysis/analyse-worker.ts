import { parentPort } from "node:worker_threads";
import type { Article } from "../content/article.js";
import { analyse } from "./analyse.js";

/**
 * Worker thread entry: analyses the articles it is sent and posts each Analysis back as
 * JSON text (the form the cache stores, so cold and warm starts build the same objects).
 */
export interface AnalyseTask {
  id: number;
  article: Article;
}

export type AnalyseResult = { id: number; json: string } | { id: number; error: string };

const port = parentPort;
if (port) {
  port.on("message", (task: AnalyseTask) => {
    let result: AnalyseResult;
    try {
      result = { id: task.id, json: JSON.stringify(analyse(task.article)) };
    } catch (err) {
      result = { id: task.id, error: err instanceof Error ? err.message : String(err) };
    }
    port.postMessage(result);
  });
}
