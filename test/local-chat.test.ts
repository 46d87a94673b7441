/**
 * The terminal chat's --json contract: one JSON object per input line,
 * {"input": "<line>", "replies": [{"text": …, "html": …}]}, nothing else on stdout, exit at end of input.
 */
import { spawn } from "node:child_process";
import { PassThrough } from "node:stream";
import { beforeAll, describe, expect, it } from "vitest";
import type { AnswerContext } from "../src/answers/context.js";
import type { Reply } from "../src/answers/reply.js";
import type { Library } from "../src/index/library.js";
import { jsonLine, runLocalChat } from "../src/local/chat.js";
import { libraryOf } from "./support/bot-harness.js";
import { parseTelegramHtml } from "./support/telegram-html.js";

interface JsonReply {
  text: string;
  html: string;
}
interface JsonLine {
  input: string;
  replies: JsonReply[];
}

const LINES = ["/summary", "/help", "", "<b>what</b> did <i>Tokaev & co</i> say about <Russia>?", "/summary 2", "/summary lots", "  /start  "];

let library: Library;
beforeAll(async () => {
  library = await libraryOf("content");
});

async function chat(lines: string[], json = true): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let out = "";
  output.on("data", (d: Buffer) => (out += d.toString("utf8")));
  const context = (): AnswerContext => ({ library, now: () => new Date() });
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
    expect(JSON.parse(line)).toEqual({ input: "in\nput", replies: [{ text: "A & <b> (¶1)", html: "A &amp; &lt;b&gt; <i>(¶1)</i>" }] });
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

describe("npx tsx src/main.ts --local --json", () => {
  it("prints only JSON lines on stdout and exits 0 at end of input, even with a token set", async () => {
    const inputs = ["/summary", "/help", "<b>what</b> did <i>Tokaev & co</i> say about <Russia>?"];
    const child = spawn("npx", ["tsx", "src/main.ts", "--local", "--json"], {
      env: { ...process.env, BOT_TOKEN: "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw", LOG_LEVEL: "", CONTENT_DIR: "content" },
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
    expect(stderr).toMatch(/Running locally in the terminal \(--local was given\)/);
    expect(stderr).not.toContain("AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw");
  });
});
