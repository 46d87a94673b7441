/**
 * The terminal chat's --json contract: one JSON object per input line,
 * {"input": "<line>", "replies": [{"text": …, "html": …}]}, nothing else on stdout, exit at end of input.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { PassThrough } from "node:stream";
import { beforeAll, describe, expect, it } from "vitest";
import { analyse } from "../../src/analysis/analyse.js";
import type { AnswerContext } from "../../src/answers/context.js";
import type { Reply } from "../../src/answers/reply.js";
import { envSchema } from "../../src/app/env.js";
import { articleFromBytes } from "../../src/content/load.js";
import { Library } from "../../src/library/library.js";
import { choicesOf, jsonLine, readTyped, runLocalChat, textBlock } from "../../src/local/chat.js";
import { libraryOf } from "../support/bot-harness.js";
import { parseTelegramHtml } from "../support/telegram-html.js";
import { COMMANDS } from "../../src/app/commands.js";
import { answerContext } from "../support/context.js";

interface JsonReply {
  text: string;
  html: string;
}
interface JsonLine {
  input: string;
  replies: JsonReply[];
}

const LINES = [
  "/summary",
  "/help",
  "",
  "<b>what</b> did <i>Tokaev & co</i> say about <Russia>?",
  "/summary 2",
  "/summary lots",
  "  /start  ",
];

let library: Library;
beforeAll(async () => {
  library = await libraryOf("content");
});

async function chat(lines: string[], json = true, lib = library): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let out = "";
  output.on("data", (d: Buffer) => (out += d.toString("utf8")));
  const ctx = answerContext(lib, { commands: COMMANDS });
  const context = (): AnswerContext => ctx;
  const done = runLocalChat({ json, input, output, context });
  input.end(lines.map((l) => `${l}\n`).join(""));
  await done;
  return out;
}

function checkContract(stdout: string, inputs: string[]): JsonLine[] {
  const lines = stdout.split("\n");
  expect(lines.at(-1)).toBe("");
  const objects = lines.slice(0, -1).map((l) => JSON.parse(l) as JsonLine);
  expect(objects.map((o) => o.input)).toEqual(inputs);
  for (const o of objects) {
    expect(Object.keys(o).sort()).toEqual(["input", "replies"]);
    expect(Array.isArray(o.replies)).toBe(true);
    for (const r of o.replies) {
      expect(typeof r.text).toBe("string");
      expect(r.text.trim()).not.toBe("");
      const parsed = parseTelegramHtml(r.html);
      expect(parsed.text.length).toBeLessThanOrEqual(4096);
    }
  }
  return objects;
}

describe("--json", () => {
  it("jsonLine is one line holding the input and every rendered message", () => {
    const r: Reply = { blocks: [{ kind: "sentence", text: "A & <b>", para: 1 }] };
    const line = jsonLine("in\nput", [r]);
    expect(line).not.toContain("\n");
    expect(JSON.parse(line)).toEqual({
      input: "in\nput",
      replies: [{ text: "A & <b> (¶1)", html: "A &amp; &lt;b&gt; <i>(¶1)</i>" }],
    });
  });

  it("answers each line in order, one JSON object per line, and ends at end of input", async () => {
    const objects = checkContract(await chat(LINES), LINES);
    const [summary, help, , hostile] = objects;
    expect(summary?.replies[0]?.text).toMatch(/¶\d+/);
    expect(summary?.replies[0]?.text).toContain("Tokaev");
    expect(help?.replies.map((r) => r.text).join("\n")).toContain("/summary");
    expect(hostile?.replies.length).toBeGreaterThan(0);
  });

  it("plain mode answers as text", async () => {
    const out = await chat(["/help"], false);
    expect(out).toContain("/summary");
    expect(out).not.toContain("<b>");
  });
});

/** One article with 30 long quotes, so /quotes has several pages. */
function pagedLibrary(): Library {
  const paras = ["Dana Whitfield, the chair of the harbour board, spoke to reporters on Friday."];
  for (let i = 1; i <= 30; i++)
    paras.push(
      `"This is statement number ${i}, and it goes on for a while about the harbour, the boats, the weather and the plans we have for the quay," Ms Whitfield said.`,
    );
  const bytes = new TextEncoder().encode(`Harbour plans\n\n${paras.join("\n\n")}`);
  return new Library([
    analyse(articleFromBytes("/tmp/c", path.join("/tmp/c", "harbour-plans.txt"), bytes, 0)),
  ]);
}

describe("buttons as numbered choices", () => {
  const two: Reply[] = [
    {
      blocks: [{ kind: "text", spans: ["First"] }],
      buttons: [
        [
          { text: "‹ 1", command: "/x page:1" },
          { text: "3 ›", command: "/x page:3" },
        ],
      ],
    },
    {
      blocks: [{ kind: "text", spans: ["Second"] }],
      buttons: [
        [{ text: "Longer summary", command: "/summary 6" }],
        [{ text: "Who?", command: "/ask who" }],
      ],
    },
  ];

  it("numbers every button of an answer in order, one line per row", () => {
    expect(textBlock(two)).toBe("First\n[1] ‹ 1  [2] 3 ›\n\nSecond\n[3] Longer summary\n[4] Who?");
    expect(choicesOf(two).map((b) => b.command)).toEqual([
      "/x page:1",
      "/x page:3",
      "/summary 6",
      "/ask who",
    ]);
  });

  it("a number, more, next or back presses a button; a short line when there is none", () => {
    const choices = choicesOf(two);
    expect(readTyped("2", choices)).toEqual({ kind: "press", button: choices[1] });
    expect(readTyped(" 4 ", choices)).toEqual({ kind: "press", button: choices[3] });
    expect(readTyped("more", choices)).toEqual({ kind: "press", button: choices[1] });
    expect(readTyped("Next", choices)).toEqual({ kind: "press", button: choices[1] });
    expect(readTyped("back", choices)).toEqual({ kind: "press", button: choices[0] });
    expect(readTyped("9", choices)).toEqual({ kind: "say", message: "Type a number from 1 to 4." });
    expect(readTyped("more", choices.slice(3))).toEqual({
      kind: "say",
      message: "There is no next page here.",
    });
    expect(readTyped("more", choices.slice(2))).toEqual({ kind: "press", button: choices[2] });
    expect(readTyped("back", [])).toEqual({
      kind: "say",
      message: "There is nothing to go back to.",
    });
    // without choices a number is whatever the core makes of it; other lines always are
    expect(readTyped("2", [])).toEqual({ kind: "ask" });
    expect(readTyped("what about more", choices)).toEqual({ kind: "ask" });
  });

  it("the terminal chat follows them: more and back turn the pages", async () => {
    const out = await chat(["/quotes", "more", "back", "back", "1", "7"], false, pagedLibrary());
    const answers = out.trimEnd().split(/\n\n(?=Harbour plans|There is|Type a number)/);
    expect(answers).toHaveLength(6);
    const [first, second, third, nothing, again, wrong] = answers;
    expect(first).toMatch(/page 1 of \d+/);
    expect(first).toMatch(/\n\[1\] 2 ›$/);
    expect(second).toMatch(/page 2 of \d+/);
    expect(second).toMatch(/\n\[1\] ‹ 1 {2}\[2\] 3 ›$/);
    expect(third).toMatch(/page 1 of \d+/);
    expect(nothing).toBe("There is nothing to go back to.");
    expect(again).toMatch(/page 2 of \d+/);
    expect(wrong).toBe("Type a number from 1 to 2.");
  });

  it("--json follows them too, printing only the answer's JSON line", async () => {
    const inputs = ["/quotes", "next", "2", "back", "back", "back", "/help"];
    const objects = checkContract(await chat(inputs, true, pagedLibrary()), inputs);
    const pages = objects.map((o) => /page (\d+) of/.exec(o.replies[0]?.text ?? "")?.[1]);
    expect(pages.slice(0, 5)).toEqual(["1", "2", "3", "2", "1"]);
    expect((objects[1]?.replies.at(-1) as { buttons?: string[] } | undefined)?.buttons).toEqual([
      expect.stringMatching(/^\/quotes harbour-plans page:1\.\w+$/),
      expect.stringMatching(/^\/quotes harbour-plans page:3\.\w+$/),
    ]);
    // nothing to go back to: the line goes to the core as typed, as before
    expect(objects[5]?.replies.map((r) => r.text).join("\n")).not.toMatch(
      /nothing to go back to|page \d+ of/,
    );
    expect(objects[6]?.replies[0]?.text).toContain("/summary");
  });
});

async function run(
  args: string[],
  env: Record<string, string>,
  stdin = "",
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn("npx", ["tsx", "src/main.ts", ...args], {
    env: { ...process.env, ...env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString("utf8")));
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString("utf8")));
  child.stdin.end(stdin);
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  return { code, stdout, stderr };
}

describe("npx tsx src/main.ts --help", () => {
  it("lists every option and environment variable with its meaning and exits 0, even with a bad setting", async () => {
    const { code, stdout, stderr } = await run(["--help"], { PORT: "not-a-port" });
    expect(code, stderr).toBe(0);
    for (const option of ["--local", "--json", "--content DIR", "--help"])
      expect(stdout).toMatch(new RegExp(`^  (-h, )?${option} +\\S`, "m"));
    for (const name of Object.keys(envSchema.shape))
      expect(stdout).toMatch(new RegExp(`^  ${name} +\\S.{10,}`, "m"));
    expect(stdout).toContain("CONTENT_DIR");
    expect(stdout).toMatch(/DIGEST_DEFAULT_TIME .*\(default: 09:00\)/);
  });
});

describe("npx tsx src/main.ts --local --json", () => {
  it("prints only JSON lines on stdout and exits 0 at end of input, even with a token set", async () => {
    const inputs = ["/summary", "/help", "<b>what</b> did <i>Tokaev & co</i> say about <Russia>?"];
    const child = spawn("npx", ["tsx", "src/main.ts", "--local", "--json"], {
      env: {
        ...process.env,
        BOT_TOKEN: "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw",
        LOG_LEVEL: "",
        CONTENT_DIR: "content",
      },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString("utf8")));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString("utf8")));
    child.stdin.end(inputs.map((l) => `${l}\n`).join(""));
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(code, stderr).toBe(0);
    checkContract(stdout, inputs);
    expect(stderr).toMatch(
      /Running locally in the terminal \(--local was given\).*\nType a question about the articles, or \/help.*Ctrl-D to quit\.\n/,
    );
    expect(stderr).not.toContain("AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw");
  });
});
