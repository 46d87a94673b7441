/**
 * The terminal chat takes links and pasted texts too, through the same fetcher and guard
 * as on Telegram: `npx tsx src/main.ts --local --json` with the loopback news site named
 * in FETCH_ALLOW_HOSTS, and a second loopback server that must get no connection.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  startGuardedServer,
  startNewsServer,
  type GuardedServer,
  type NewsServer,
} from "../support/news-server.js";

let site: NewsServer;
let guarded: GuardedServer;
let dataDir: string;

beforeAll(async () => {
  site = await startNewsServer();
  guarded = await startGuardedServer();
  dataDir = mkdtempSync(path.join(tmpdir(), "nqb-local-links-"));
});
afterAll(async () => {
  await site.close();
  await guarded.close();
  rmSync(dataDir, { recursive: true, force: true });
});

interface JsonLine {
  input: string;
  replies: { text: string; buttons?: string[] }[];
}

describe("npx tsx src/main.ts --local --json with links and texts", () => {
  it("reads an allowed link, refuses a private one, takes a pasted text, and lists both as this chat's", async () => {
    const pasted = `Library opens on Sundays\n${"The town library will open on Sundays from next month, the council said, after readers asked for longer hours. ".repeat(8)}`;
    const inputs = [
      `${site.origin}/news/night-trains`,
      `http://localhost:${guarded.port}/secret`,
      pasted.replace("\n", " — "),
      "/articles",
    ];
    const child = spawn("npx", ["tsx", "src/main.ts", "--local", "--json"], {
      env: {
        ...process.env,
        LOG_LEVEL: "",
        CONTENT_DIR: "content",
        DATA_DIR: dataDir,
        FETCH_ALLOW_HOSTS: `127.0.0.1:${site.port}`,
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
    const lines = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as JsonLine);
    expect(lines.map((l) => l.input)).toEqual(inputs);
    const first = (i: number) => lines[i]?.replies[0]?.text ?? "";
    expect(first(0)).toContain("Night trains return to the northern line");
    expect(first(0)).toMatch(/¶\d+/);
    expect(lines[0]?.replies[0]?.buttons).toEqual(
      expect.arrayContaining([expect.stringMatching(/^\/quotes /)]),
    );
    expect(first(1)).toBe("I could not read that link: that address is private.");
    expect(first(2)).toMatch(/¶\d+/);
    expect(first(3)).toMatch(/Night trains return to the northern line.*added in this chat/);
    expect(first(3)).toMatch(/Library opens on Sundays.*added in this chat/);
    expect(guarded.connections).toBe(0);
  }, 120_000);
});
