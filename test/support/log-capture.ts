import pino, { type Logger } from "pino";

/** A logger whose lines (level warn and up unless told) are kept for assertions. */
export function captureLog(level = "warn"): {
  log: Logger;
  lines: string[];
  messages: () => string[];
} {
  const lines: string[] = [];
  const log = pino({ level, base: undefined }, { write: (line: string) => void lines.push(line) });
  const messages = () => lines.map((l) => String((JSON.parse(l) as { msg?: unknown }).msg ?? ""));
  return { log, lines, messages };
}
