import { Writable } from "node:stream";
import pino, { type Logger } from "pino";

export type { Logger };

/**
 * Every form a secret may take in a log line: as given, URL-encoded (a token in a request
 * URL), and for a bot token the secret part after the colon alone.
 */
function forms(secrets: (string | undefined)[]): string[] {
  const out = new Set<string>();
  for (const s of secrets) {
    if (typeof s !== "string" || s.trim().length < 8) continue;
    const secret = s.trim();
    out.add(secret);
    out.add(encodeURIComponent(secret));
    const tail = secret.slice(secret.indexOf(":") + 1);
    if (tail.length >= 8) out.add(tail);
  }
  // longest first, so a whole token is replaced before its tail
  return [...out].sort((a, b) => b.length - a.length);
}

/** Returns a function that blanks every form of the secrets in a string. */
export function redactor(secrets: (string | undefined)[]): (text: string) => string {
  const hidden = forms(secrets);
  return (text) => {
    let line = text;
    for (const s of hidden) line = line.split(s).join("[redacted]");
    return line;
  };
}

/**
 * Structured logs on stderr (or `destination`). Every line passes through a filter that
 * blanks the bot token, so no error message, URL or stack can leak it.
 */
export function createLogger(
  level: string,
  secrets: (string | undefined)[] = [],
  destination: NodeJS.WritableStream = process.stderr,
): Logger {
  const redact = redactor(secrets);
  const out = new Writable({
    write(chunk: Buffer, _enc, done) {
      // synchronous like pino's own destinations: a line is out before the next statement
      destination.write(redact(chunk.toString("utf8")));
      done();
    },
  });
  return pino(
    {
      level,
      base: undefined,
      redact: { paths: ["token", "*.token", "config.BOT_TOKEN"], censor: "[redacted]" },
    },
    out,
  );
}
