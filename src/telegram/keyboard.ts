import { InlineKeyboard } from "grammy";
import type { Button } from "../answers/reply.js";

/**
 * Buttons carry the command they run. Telegram allows 64 bytes of callback data, so a
 * longer command is kept here under a short key (recent ones only).
 */
export class ButtonCommands {
  private stored = new Map<string, string>();
  private next = 0;

  constructor(private readonly capacity = 5000) {}

  encode(command: string): string {
    const direct = `c:${command}`;
    if (Buffer.byteLength(direct) <= 64) return direct;
    const key = `k:${(this.next++).toString(36)}`;
    this.stored.set(key, command);
    if (this.stored.size > this.capacity) {
      const oldest = this.stored.keys().next().value;
      if (oldest !== undefined) this.stored.delete(oldest);
    }
    return key;
  }

  decode(data: string): string | undefined {
    if (data.startsWith("c:")) return data.slice(2);
    return this.stored.get(data);
  }

  keyboard(rows: Button[][] | undefined): InlineKeyboard | undefined {
    if (!rows?.length) return undefined;
    return InlineKeyboard.from(rows.map((row) => row.map((b) => InlineKeyboard.text(b.text.slice(0, 64), this.encode(b.command)))));
  }
}
