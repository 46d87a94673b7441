import { analyse } from "../analysis/analyse.js";
import { Library } from "../index/library.js";
import type { Logger } from "../log/logger.js";
import { loadContentDir } from "./load.js";

/** Loads and analyses every article in the folder; malformed files are skipped with a warning. */
export async function loadLibrary(contentDir: string, log: Logger): Promise<Library> {
  const { articles, warnings } = await loadContentDir(contentDir);
  for (const w of warnings) log.warn({ file: w.file, problem: w.problem }, `skipped ${w.file}: ${w.problem}`);
  const library = new Library();
  for (const article of articles) {
    try {
      library.upsert(analyse(article));
    } catch (err) {
      log.warn({ file: article.file, err }, `skipped ${article.file}: analysis failed`);
    }
  }
  log.info({ articles: library.size, contentDir }, "articles loaded");
  return library;
}
