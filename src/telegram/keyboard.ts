import { createHash } from "node:crypto";
import { InlineKeyboard } from "grammy";
import type { Button } from "../answers/reply.js";
import { entryBytes, Lru, MB } from "../util/lru.js";

/** Telegram's limit for callback data, in bytes. */
export const CALLBACK_DATA_LIMIT = 64;
/** Telegram's inline keyboard limits: buttons per row and in all. */
const ROW_LIMIT = 8;
const TOTAL_LIMIT = 100;
/** Longest button label kept (Telegram cuts long labels anyway). */
const LABEL_LIMIT = 64;

/** What a pressed button asks for. */
export interface ButtonPress {
  command: string;
  /** The button sat on a reply that was one message: the answer may replace it in place. */
  editable: boolean;
}

/**
 * Buttons carry the command they run in their callback data: "c:<command>", with an "e"
 * in front when the reply they sit on is a single message (so pressing may edit it in
 * place). Telegram allows 64 bytes, so a longer command is kept here under a short key made
 * from it ("k:<key>", recent ones only; after a restart such a button asks to send the
 * command again).
 */
export class ButtonCommands {
  private stored: Lru<string, string>;

  /** `maxBytes`: how much memory the stored commands may take, roughly. */
  constructor(maxBytes = 2 * MB) {
    this.stored = new Lru(maxBytes, (key, command) => entryBytes(key, command));
  }

  encode(command: string, editable = false): string {
    const flag = editable ? "e" : "";
    const direct = `${flag}c:${command}`;
    if (Buffer.byteLength(direct, "utf8") <= CALLBACK_DATA_LIMIT) return direct;
    return `${flag}k:${this.keyFor(command)}`;
  }

  decode(data: string): ButtonPress | undefined {
    const editable = data.startsWith("e");
    const rest = editable ? data.slice(1) : data;
    if (rest.startsWith("c:")) {
      const command = rest.slice(2);
      return command.trim() ? { command, editable } : undefined;
    }
    if (rest.startsWith("k:")) {
      const command = this.stored.get(rest.slice(2));
      return command ? { command, editable } : undefined;
    }
    return undefined;
  }

  /** The inline keyboard for a reply's button rows, within Telegram's limits; undefined when there are none. */
  keyboard(rows: Button[][] | undefined, editable = false): InlineKeyboard | undefined {
    const kept: Button[][] = [];
    let total = 0;
    for (const row of rows ?? []) {
      const buttons = row
        .filter((b) => label(b.text) !== "" && b.command.trim() !== "")
        .slice(0, ROW_LIMIT);
      const room = TOTAL_LIMIT - total;
      if (buttons.length === 0 || room <= 0) continue;
      kept.push(buttons.slice(0, room));
      total += Math.min(buttons.length, room);
    }
    if (kept.length === 0) return undefined;
    return InlineKeyboard.from(
      kept.map((row) =>
        row.map((b) => InlineKeyboard.text(label(b.text), this.encode(b.command, editable))),
      ),
    );
  }

  /** The same command always gets the same key (from its hash), so nothing is stored twice. */
  private keyFor(command: string): string {
    const key = createHash("sha256").update(command).digest("base64url").slice(0, 16);
    if (this.stored.get(key) === undefined) this.stored.set(key, command);
    return key;
  }
}

/** A button label: trimmed, at most LABEL_LIMIT characters, never cutting a surrogate pair. */
function label(text: string): string {
  const chars = Array.from(text.replace(/\s+/g, " ").trim());
  return chars.length <= LABEL_LIMIT
    ? chars.join("")
    : `${chars.slice(0, LABEL_LIMIT - 1).join("")}…`;
}
