// Scripted (piped) input is read far faster than an interview moves: a line typed while the bot is
// still preparing the next question would be answered "one moment" and lost. The gate holds the next
// line from when the bot says a question (or the report) is on its way until it asks one (or the
// report is out): OutboundMessage.awaiting.

/** One terminal's gate: `hear` every message printed there, `whenOpen` before handing over a line. */
export interface LineGate {
  hear(message: { awaiting?: 'reply' | 'wait' | 'idle' | undefined }): void;
  /** Resolves at once while open; otherwise when the bot asks again, or after the hold limit. */
  whenOpen(): Promise<void>;
  /** Hand over held lines now (the adapter is stopping). */
  open(): void;
  /** True while lines are held. */
  readonly held: boolean;
}

/**
 * A gate that holds lines at most `limitMs` at a time: if the promised question never comes (a bug,
 * a stop), the line is handed over anyway and answered as it would have been without the gate.
 */
export function createLineGate(limitMs: number): LineGate {
  let held = false;
  let release: () => void = () => {};
  let opened = Promise.resolve();
  const open = () => {
    held = false;
    release();
  };
  return {
    get held() {
      return held;
    },
    open,
    hear(message) {
      if (message.awaiting === 'wait' && !held) {
        held = true;
        opened = new Promise<void>((resolve) => {
          release = resolve;
        });
      } else if ((message.awaiting === 'reply' || message.awaiting === 'idle') && held) {
        open();
      }
    },
    async whenOpen() {
      if (!held) return;
      let timer: NodeJS.Timeout | undefined;
      const limit = new Promise<void>((resolve) => {
        timer = setTimeout(() => {
          open();
          resolve();
        }, limitMs);
      });
      await Promise.race([opened, limit]).finally(() => clearTimeout(timer));
    },
  };
}
