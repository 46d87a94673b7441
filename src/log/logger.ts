import { Writable } from "node:stream";
import pino, { type Logger } from "pino";

export type { Logger };

/**
 * Structured logs on stderr. Every line passes through a filter that blanks the bot
 * token, so no error message, URL or stack can leak it.
 */
export function createLogger(level: string, secrets: (string | undefined)[] = []): Logger {
  const hidden = secrets.filter((s): s is string => typeof s === "string" && s.length >= 8);
  const stderr = new Writable({
    write(chunk: Buffer, _enc, done) {
      let line = chunk.toString("utf8");
      for (const s of hidden) line = line.split(s).join("[redacted]");
      process.stderr.write(line, () => done());
    },
  });
  return pino({ level, base: undefined, redact: { paths: ["token", "*.token", "config.BOT_TOKEN"], censor: "[redacted]" } }, stderr);
}
