/**
 * The "indexed 1200/2225 articles" line on stderr while a large folder loads. On a terminal
 * it updates in place; otherwise it prints a line every `everyMs`. Small loads print nothing.
 */
export interface ProgressOptions {
  stream?: NodeJS.WritableStream & { isTTY?: boolean };
  /** Loads with fewer files than this stay quiet. */
  minTotal?: number;
  everyMs?: number;
  now?: () => number;
}

export class ProgressLine {
  private readonly stream: NodeJS.WritableStream & { isTTY?: boolean };
  private readonly minTotal: number;
  private readonly everyMs: number;
  private readonly now: () => number;
  private total = -1;
  private started = 0;
  private lastAt = 0;
  private finished = false;

  constructor(options: ProgressOptions = {}) {
    this.stream = options.stream ?? process.stderr;
    this.minTotal = options.minTotal ?? 100;
    this.everyMs = options.everyMs ?? 1000;
    this.now = options.now ?? Date.now;
  }

  update(done: number, total: number): void {
    if (total !== this.total || (this.finished && done < total)) {
      this.total = total;
      this.started = this.now();
      this.lastAt = 0;
      this.finished = false;
    }
    if (total < this.minTotal || this.finished) return;
    const t = this.now();
    const tty = Boolean(this.stream.isTTY);
    if (done >= total) {
      this.finished = true;
      const secs = ((t - this.started) / 1000).toFixed(1);
      this.stream.write(
        `${tty ? "\r\u001b[K" : ""}indexed ${total}/${total} articles in ${secs} s\n`,
      );
      return;
    }
    if (done === 0 || t - this.lastAt < (tty ? 100 : this.everyMs)) return;
    this.lastAt = t;
    this.stream.write(
      tty ? `\r\u001b[Kindexed ${done}/${total} articles` : `indexed ${done}/${total} articles\n`,
    );
  }
}
