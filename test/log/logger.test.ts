/** The bot token never appears in logs, whatever form it takes. */
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, redactor } from "../../src/log/logger.js";

const TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";
const SECRET = TOKEN.split(":")[1] ?? "";

function capture(): { sink: PassThrough; text: () => string } {
  const sink = new PassThrough();
  let text = "";
  sink.on("data", (d: Buffer) => (text += d.toString("utf8")));
  return { sink, text: () => text };
}

describe("logger", () => {
  it("blanks the token in messages, URLs, nested errors and fields", async () => {
    const { sink, text } = capture();
    const log = createLogger("debug", [TOKEN], sink);
    const cause = new Error(
      `request to https://api.telegram.org/bot${TOKEN}/getMe failed, reason: ECONNREFUSED`,
    );
    log.error({ err: new Error("Network request for 'getMe' failed!", { cause }) }, "failed");
    log.warn(
      { url: `https://api.telegram.org/bot${encodeURIComponent(TOKEN)}/sendMessage` },
      "encoded",
    );
    log.info({ secretOnly: SECRET, token: "anything" }, `the token is ${TOKEN}`);
    await new Promise((r) => setImmediate(r));
    const out = text();
    expect(out).toContain("[redacted]");
    expect(out).not.toContain(TOKEN);
    expect(out).not.toContain(SECRET);
    expect(out).not.toContain(encodeURIComponent(TOKEN));
    expect(out.split("\n").filter(Boolean)).toHaveLength(3);
    for (const line of out.split("\n").filter(Boolean))
      expect(() => JSON.parse(line) as unknown).not.toThrow();
  });

  it("redactor ignores missing or tiny secrets and leaves other text alone", () => {
    const redact = redactor([undefined, "", "abc", TOKEN]);
    expect(redact(`x ${TOKEN} y abc`)).toBe("x [redacted] y abc");
    expect(redactor([])("nothing to hide")).toBe("nothing to hide");
  });
});
