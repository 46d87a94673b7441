import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { fullDateOf } from "./published.js";
import { isWebAddress } from "./web-address.js";

/**
 * The publication date: YYYY-MM-DD, or any full date a date line gives, as blog engines write it
 * ("2024-03-04T10:12:00Z", "2024-03-04 10:12:00 +0000", "March 4, 2024", "Mon, 04 Mar 2024
 * 10:12:00 +0000") read as its day; a month or a year alone ("2024-03", "1993") is kept as written
 * (the article's month or year: parse.ts). A date it cannot place ("20 March", "04/03/2024") is bad.
 */
const isoDate = z
  .union([z.string(), z.date()])
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : (fullDateOf(v.trim()) ?? v.trim())))
  .refine((v) => /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(v) && !Number.isNaN(Date.parse(v)), {
    message: "must be a date written YYYY-MM-DD",
  });

export const frontMatterSchema = z
  .object({
    title: z.string().trim().min(1, "must not be empty").max(300).optional(),
    place: z.string().trim().min(1).max(200).optional(),
    dateline: z.string().trim().min(1).max(200).optional(),
    source: z.string().trim().min(1).max(500).optional(),
    date: isoDate.optional(),
    /** The article's page on the web: its title links there in answers and digests. */
    url: z
      .string()
      .trim()
      .max(2000)
      .refine(isWebAddress, {
        message: "must be a web address starting with http:// or https://",
      })
      .optional(),
  })
  .loose();

export type FrontMatter = z.infer<typeof frontMatterSchema>;

export interface SplitFrontMatter {
  data: FrontMatter;
  body: string;
}

const FENCE = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;

/** Splits `---` front matter from the body and validates it. Throws an Error with a readable message. */
export function splitFrontMatter(text: string): SplitFrontMatter {
  const match = FENCE.exec(text);
  if (!match) {
    if (/^---[ \t]*\n/.test(text)) throw new Error("front matter starts with --- but is never closed");
    return { data: {}, body: text };
  }
  let raw: unknown;
  try {
    raw = parseYaml(match[1] ?? "") ?? {};
  } catch (err) {
    raw = plainLines(match[1] ?? "");
    if (!raw) throw new Error(`front matter is not valid YAML: ${firstLine(err)}`);
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw new Error("front matter must be a mapping of key: value lines");
  }
  const parsed = frontMatterSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join(".") || "front matter";
    throw new Error(`front matter field "${where}" ${issue?.message ?? "is invalid"}`);
  }
  return { data: parsed.data, body: text.slice(match[0].length) };
}

/**
 * Front matter YAML refuses for a colon inside a plain value ("title: Storm Dara live: power cuts
 * across the west", as people write titles): each line read as key, colon, the rest of the line.
 * A value opening on a YAML sign ("[", "{", a quote …) stays an error: that is YAML gone wrong.
 */
function plainLines(yaml: string): Record<string, string> | undefined {
  const data: Record<string, string> = {};
  for (const line of yaml.split("\n")) {
    if (!line.trim()) continue;
    const m = PLAIN_LINE.exec(line);
    if (!m) return undefined;
    data[m[1]!] = m[2]!.trim();
  }
  return data;
}
const PLAIN_LINE = /^([A-Za-z_][\w-]*):[ \t]+([^\s[\]{}"'|>&*!%@`#,-].*)$/;

function firstLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split("\n")[0] ?? "";
}
