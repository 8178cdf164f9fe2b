// What the mock remembers of the actions it performed: the stored responses replayed for their keys, and
// the counts of effects tests read.
import type { EffectCounts, MockServer } from './types.ts';

/** A response as stored for a key and sent: the body already serialized, so a replay is byte-identical. */
export interface StoredResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** What a key has seen: the request it came with and, once the action is performed, the response. */
export interface ReplayRecord {
  fingerprint: string;
  createdAt: number;
  /** Undefined while the request is in progress. */
  response: StoredResponse | undefined;
}

/** Stored responses by (token, key), kept for the replay window from the first request. */
export class ReplayRecords {
  readonly #now: () => number;
  readonly #windowMs: number;
  #records = new Map<string, ReplayRecord>();
  #insertsSinceSweep = 0;

  constructor(now: () => number, windowMs: number) {
    this.#now = now;
    this.#windowMs = windowMs;
  }

  /** The live record of a key; a request in progress never expires. */
  get(scopeKey: string): ReplayRecord | undefined {
    const record = this.#records.get(scopeKey);
    if (record === undefined || !this.#expired(record)) return record;
    this.#records.delete(scopeKey);
    return undefined;
  }

  begin(scopeKey: string, fingerprint: string): ReplayRecord {
    const record: ReplayRecord = { fingerprint, createdAt: this.#now(), response: undefined };
    this.#records.set(scopeKey, record);
    if (++this.#insertsSinceSweep >= 1000) this.#sweep();
    return record;
  }

  abandon(scopeKey: string): void {
    if (this.#records.get(scopeKey)?.response === undefined) this.#records.delete(scopeKey);
  }

  reset(): void {
    this.#records = new Map();
  }

  #expired(record: ReplayRecord): boolean {
    return record.response !== undefined && this.#now() - record.createdAt >= this.#windowMs;
  }

  // Expired keys are only dropped when looked up; a long-running mock would otherwise keep them all.
  #sweep(): void {
    this.#insertsSinceSweep = 0;
    for (const [scopeKey, record] of this.#records) {
      if (this.#expired(record)) this.#records.delete(scopeKey);
    }
  }
}

/** The actions performed, as {@link MockServer.effects} counts them (replays never count). */
export class Effects implements EffectCounts {
  #total = 0;
  #byOperation = new Map<string, number>();
  #byKey = new Map<string, number>();

  record(operationId: string, key: string | undefined): void {
    this.#total += 1;
    this.#byOperation.set(operationId, this.byOperation(operationId) + 1);
    if (key !== undefined) this.#byKey.set(key, this.byKey(key) + 1);
  }

  total(): number {
    return this.#total;
  }

  byOperation(operationId: string): number {
    return this.#byOperation.get(operationId) ?? 0;
  }

  byKey(idempotencyKey: string): number {
    return this.#byKey.get(idempotencyKey) ?? 0;
  }

  reset(): void {
    this.#total = 0;
    this.#byOperation = new Map();
    this.#byKey = new Map();
  }
}
