import type { Fault, FaultKind, FaultMatch, HeldRequest } from './types.ts';

/** What a request looks like to fault matching. */
export interface MatchTarget {
  method: string;
  pathname: string;
  template: string;
  operationId: string;
}

export const DEFAULT_RANDOM_FAULTS: readonly FaultKind[] = [
  'drop-before-action',
  'drop-after-action',
  'status',
  'rate-limit',
];

const FAULT_KINDS: ReadonlySet<string> = new Set<FaultKind>([
  'drop-before-action',
  'drop-after-action',
  'delay',
  'status',
  'problem',
  'rate-limit',
  'cut-body',
  'invalid-json',
]);

/** mulberry32: a tiny, fast, seedable PRNG giving floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function matches(match: FaultMatch, target: MatchTarget): boolean {
  if (match.operationId !== undefined && match.operationId !== target.operationId) return false;
  if (match.method !== undefined && match.method.toUpperCase() !== target.method) return false;
  if (match.path !== undefined && match.path !== target.pathname && match.path !== target.template)
    return false;
  return true;
}

export function checkFault(fault: Fault): void {
  if (fault === null || typeof fault !== 'object' || !FAULT_KINDS.has(fault.type)) {
    throw new TypeError(`Unknown fault: ${JSON.stringify(fault)}`);
  }
  if (fault.type === 'delay' && !(Number.isFinite(fault.ms) && fault.ms >= 0)) {
    throw new RangeError('A delay fault needs `ms` >= 0.');
  }
  if (fault.type === 'status' && ![408, 500, 502, 503, 504].includes(fault.status)) {
    throw new RangeError('A status fault needs `status` 408, 500, 502, 503 or 504.');
  }
  if (
    fault.type === 'problem' &&
    !(Number.isInteger(fault.status) && fault.status >= 400 && fault.status <= 599)
  ) {
    throw new RangeError('A problem fault needs an integer `status` from 400 to 599.');
  }
}

interface PendingFault {
  fault: Fault;
  match: FaultMatch;
  remaining: number;
}

interface PendingHold {
  match: FaultMatch;
  arrived: () => void;
  released: Promise<void>;
  release: () => void;
}

/** Injected faults, holds and the seeded random mode. */
export class FaultPlan {
  #pending: PendingFault[] = [];
  #holds: PendingHold[] = [];
  #rate: number;
  #seed: number;
  #kinds: readonly FaultKind[];
  #random: () => number;

  readonly #maxDelayMs: number;

  constructor(rate: number, seed: number, kinds: readonly FaultKind[], maxDelayMs = 200) {
    if (!(Number.isFinite(maxDelayMs) && maxDelayMs >= 0))
      throw new RangeError('randomDelayMs must be >= 0.');
    this.#maxDelayMs = maxDelayMs;
    this.#rate = checkRate(rate);
    this.#seed = seed;
    this.#kinds = checkKinds(kinds);
    this.#random = mulberry32(seed);
  }

  inject(fault: Fault, match: FaultMatch): void {
    checkFault(fault);
    const times = match.times ?? 1;
    if (!(Number.isInteger(times) && times >= 1)) throw new RangeError('`times` must be an integer >= 1.');
    this.#pending.push({ fault: structuredClone(fault), match: { ...match }, remaining: times });
  }

  setRate(rate: number, options: { seed?: number; kinds?: readonly FaultKind[] }): void {
    this.#rate = checkRate(rate);
    if (options.kinds !== undefined) this.#kinds = checkKinds(options.kinds);
    if (options.seed !== undefined) {
      this.#seed = options.seed;
      this.#random = mulberry32(options.seed);
    }
  }

  /** The fault for a request that passed auth and validation: an injected one first, else maybe a random one. */
  take(target: MatchTarget, mutating: boolean): Fault | undefined {
    const index = this.#pending.findIndex((pending) => matches(pending.match, target));
    const pending = this.#pending[index];
    if (pending !== undefined) {
      pending.remaining -= 1;
      if (pending.remaining === 0) this.#pending.splice(index, 1);
      return pending.fault;
    }
    if (!mutating || this.#rate === 0) return undefined;
    if (this.#random() >= this.#rate) return undefined;
    return this.#randomFault();
  }

  hold(match: FaultMatch): HeldRequest {
    let arrived!: () => void;
    let release!: () => void;
    const arrivedPromise = new Promise<void>((resolve) => {
      arrived = resolve;
    });
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const entry: PendingHold = { match: { ...match }, arrived, released, release };
    this.#holds.push(entry);
    return {
      arrived: arrivedPromise,
      release: () => {
        // Released before it arrived: the hold no longer applies to anything.
        const at = this.#holds.indexOf(entry);
        if (at !== -1) this.#holds.splice(at, 1);
        release();
      },
    };
  }

  /** The hold for a request about to perform its action: resolves when released. */
  takeHold(target: MatchTarget): Promise<void> | undefined {
    const index = this.#holds.findIndex((hold) => matches(hold.match, target));
    const hold = this.#holds[index];
    if (hold === undefined) return undefined;
    this.#holds.splice(index, 1);
    hold.arrived();
    return hold.released;
  }

  /** Drops pending faults and holds (releasing the holds) and restarts the generator from its seed. */
  reset(): void {
    this.#pending = [];
    this.releaseHolds();
    this.#random = mulberry32(this.#seed);
  }

  clearPending(): void {
    this.#pending = [];
  }

  releaseHolds(): void {
    for (const hold of this.#holds) hold.release();
    this.#holds = [];
  }

  #randomFault(): Fault {
    const kind = this.#kinds[Math.floor(this.#random() * this.#kinds.length)] ?? 'drop-before-action';
    switch (kind) {
      case 'status': {
        const statuses = [500, 502, 503, 504] as const;
        const status = statuses[Math.floor(this.#random() * statuses.length)] ?? 503;
        // A chaos run should not sleep: Retry-After 0 still exercises the header.
        return status === 503 ? { type: 'status', status, retryAfter: 0 } : { type: 'status', status };
      }
      case 'rate-limit':
        return { type: 'rate-limit', retryAfter: 0 };
      case 'problem':
        return {
          type: 'problem',
          status: 422,
          problemType: 'https://api.studio.example/problems/unprocessable',
        };
      case 'delay':
        return { type: 'delay', ms: Math.floor(this.#random() * this.#maxDelayMs) };
      default:
        return { type: kind };
    }
  }
}

function checkRate(rate: number): number {
  if (!(Number.isFinite(rate) && rate >= 0 && rate <= 1)) throw new RangeError('The fault rate must be 0–1.');
  return rate;
}

function checkKinds(kinds: readonly FaultKind[]): readonly FaultKind[] {
  if (kinds.length === 0) throw new RangeError('Give at least one random fault kind.');
  for (const kind of kinds) {
    if (!FAULT_KINDS.has(kind)) throw new RangeError(`Unknown fault kind: ${String(kind)}`);
  }
  return [...kinds];
}
