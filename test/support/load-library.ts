import type { Logger } from "../../src/log/logger.js";
import type { Library } from "../../src/library/library.js";
import { LibraryLoader, type LoaderOptions } from "../../src/library/loader.js";

/** Loads and analyses every article in the folder once; malformed files are skipped with a warning. */
export async function loadLibrary(
  contentDir: string,
  log: Logger,
  options: Partial<LoaderOptions> = {},
): Promise<Library> {
  const loader = new LibraryLoader({ ...options, contentDir, log });
  await loader.sync();
  log.info({ articles: loader.library.size, contentDir }, "articles loaded");
  return loader.library;
}
