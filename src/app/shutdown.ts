import type { Logger } from "../log/logger.js";

export type StopStep = () => void | Promise<void>;

export interface ShutdownOptions {
  /** Longest wait for one step before moving on (ms). */
  stepTimeoutMs?: number;
}

/**
 * The one way the process stops. Whatever starts something (polling, a scheduler, a
 * database) registers how to stop it with `add`; `run` — on SIGINT/SIGTERM or when
 * polling ends — performs the steps once, newest first (the scheduler stops before the
 * database it writes to closes), each awaited with a time limit, a failing step logged
 * and the next one still run. Calling `run` again returns the same promise.
 */
export class Shutdown {
  private steps: { name: string; stop: StopStep }[] = [];
  private running?: Promise<void>;
  private readonly stepTimeoutMs: number;

  constructor(
    private readonly log: Logger,
    opts: ShutdownOptions = {},
  ) {
    this.stepTimeoutMs = opts.stepTimeoutMs ?? 10_000;
  }

  /** True once shutdown has begun: do not start anything new. */
  get stopping(): boolean {
    return this.running !== undefined;
  }

  /** Registers a step. Added after shutdown began, it runs at once. */
  add(name: string, stop: StopStep): void {
    if (this.running) {
      void this.runStep({ name, stop });
      return;
    }
    this.steps.push({ name, stop });
  }

  run(reason: string): Promise<void> {
    this.running ??= (async () => {
      this.log.info({ reason }, "stopping");
      for (const step of [...this.steps].reverse()) await this.runStep(step);
      this.log.info("stopped");
    })();
    return this.running;
  }

  /** Runs shutdown on SIGINT and SIGTERM (repeated signals change nothing); returns a function removing the handlers. */
  onSignals(signals: NodeJS.Signals[] = ["SIGINT", "SIGTERM"]): () => void {
    const handler = (signal: NodeJS.Signals) => {
      if (this.stopping) this.log.info({ signal }, "already stopping");
      void this.run(signal);
    };
    for (const s of signals) process.on(s, handler);
    return () => {
      for (const s of signals) process.off(s, handler);
    };
  }

  private async runStep(step: { name: string; stop: StopStep }): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<"timeout">((resolve) => {
      timer = setTimeout(() => resolve("timeout"), this.stepTimeoutMs);
      timer.unref();
    });
    try {
      const outcome = await Promise.race([Promise.resolve().then(step.stop), timeout]);
      if (outcome === "timeout")
        this.log.warn(
          { step: step.name, ms: this.stepTimeoutMs },
          "stop step timed out; moving on",
        );
    } catch (err) {
      this.log.error({ step: step.name, err }, "stop step failed");
    } finally {
      clearTimeout(timer);
    }
  }
}
