import { sleep } from "./retry.js";

/** At most `size` holders at a time; the others wait in arrival order. */
export class Semaphore {
  private free: number;
  private readonly waiting: (() => void)[] = [];
  constructor(size: number) {
    this.free = size;
  }
  async acquire(): Promise<() => void> {
    if (this.free > 0) this.free--;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next) next();
      else this.free++;
    };
  }
}

/**
 * A shared pause: when the server says "Retry-After", every request waits, not only the one that
 * was told, since the server throttles the client, not one URL.
 */
export class PoliteGate {
  private until = 0;
  hold(ms: number, now: number = Date.now()): void {
    this.until = Math.max(this.until, now + ms);
  }
  async pass(): Promise<void> {
    // Bounded: `until` only moves forward by capped delays, and each turn sleeps until it.
    for (let wait = this.until - Date.now(); wait > 0; wait = this.until - Date.now()) await sleep(wait);
  }
}
