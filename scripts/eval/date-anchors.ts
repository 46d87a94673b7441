/**
 * The anchor count line of `npm run eval -- dates`: per set, how many articles the bot has an
 * exact publication day for and where it came from — "stated" (front matter or a publisher's
 * date line: article.date), "dateline" (a wire dateline's day, its year written or inferred),
 * "window" (only a window inferred from the dates the text writes in full: relative dates such as
 * "on Monday" or "last week" stay unplaced) or "none" — and how many dates the text gives that the
 * bot leaves unplaced ("Also mentioned, without a date I can place"), in all and in articles with
 * no exact day. Counts only, so blind sets may be shown (never their articles or cases).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { analyseFile } from "../../test/support/articles.js";

export interface AnchorCounts {
  stated: number;
  dateline: number;
  window: number;
  none: number;
  unplaced: number;
  unplacedWithoutDay: number;
}

export function countAnchors(dir: string): AnchorCounts {
  const files = Object.keys(
    JSON.parse(readFileSync(path.join(dir, "expected.json"), "utf8")) as Record<string, unknown>,
  );
  const c: AnchorCounts = {
    stated: 0,
    dateline: 0,
    window: 0,
    none: 0,
    unplaced: 0,
    unplacedWithoutDay: 0,
  };
  for (const file of files) {
    const a = analyseFile(dir, path.join(dir, file));
    const kind = a.article.date
      ? "stated"
      : a.dates.some((d) => d.dateline) && a.referenceDateSource
        ? "dateline"
        : a.referenceDate
          ? "window"
          : "none";
    c[kind]++;
    const unplaced = (a.timeMentions ?? []).filter((t) => t.kind === "unresolved").length;
    c.unplaced += unplaced;
    if (kind === "window" || kind === "none") c.unplacedWithoutDay += unplaced;
  }
  return c;
}

export function printAnchors(name: string, dir: string): void {
  const c = countAnchors(dir);
  console.log(
    `${name.padEnd(38)} anchors: ${c.stated} stated, ${c.dateline} dateline, ${c.window} window only, ${c.none} none; unplaced dates ${c.unplaced} (${c.unplacedWithoutDay} in articles with no exact day)`,
  );
}
