import { expected } from '../errors.ts';

/**
 * Options of a {@link RetryBudget}; the defaults are the AWS SDKs' standard retry quota.
 *
 * @example
 * ```ts
 * const client = new ManagementClient({ baseUrl, accessToken, retryBudget: { capacity: 100, retryCost: 5 } });
 * ```
 *
 * @category Retries
 */
export interface RetryBudgetOptions {
  /**
   * The tokens the budget holds when full (and at start).
   *
   * @default 500
   */
  capacity?: number | undefined;
  /**
   * The tokens one retry spends.
   *
   * @default 5
   */
  retryCost?: number | undefined;
  /**
   * The tokens one retry after a timeout spends: timeouts are the costliest failures to retry.
   *
   * @default 10
   */
  timeoutCost?: number | undefined;
  /**
   * The tokens one poll of a request still in progress on the server (409) spends: little, since the server
   * is not failing, but not nothing, so that no endless "in progress" can poll for ever across calls.
   *
   * @default 1
   */
  pollCost?: number | undefined;
  /**
   * The tokens a call that succeeded at its first attempt gives back. A call that succeeded after retries gives
   * back what its retries spent.
   *
   * @default 1
   */
  successRefund?: number | undefined;
}

/**
 * What a retry follows, for its cost: a timeout (`true` or `'timeout'`), a poll of a request in progress
 * (`'poll'`), or any other failure (`false` or `'retry'`).
 *
 * @example
 * ```ts
 * const budget = new RetryBudget({ capacity: 10 });
 * const kind: RetryKind = 'poll';
 * if (budget.affords(kind)) budget.spend(kind);
 * ```
 *
 * @category Retries
 */
export type RetryKind = boolean | 'retry' | 'timeout' | 'poll';

/**
 * A token bucket shared by every call of a client (or of several clients, if you pass the same instance): each
 * retry spends tokens, each success gives some back. While a server is down, calls fail and nothing refills the
 * bucket, so after `capacity / retryCost` retries (100 with the defaults) calls stop retrying and send one
 * request each, instead of multiplying the load on a server that is trying to recover. Once calls succeed
 * again, the bucket refills.
 *
 * Polls of a request still in progress on the server (409) spend `pollCost`, less than a retry: they are not
 * caused by an outage.
 *
 * @example
 * ```ts
 * const budget = new RetryBudget({ capacity: 100 });
 * const a = new ManagementClient({ baseUrl, accessToken, retryBudget: budget });
 * const b = new ManagementClient({ baseUrl: other, accessToken, retryBudget: budget });
 * ```
 *
 * @category Retries
 */
export class RetryBudget {
  readonly #capacity: number;
  readonly #retryCost: number;
  readonly #timeoutCost: number;
  readonly #pollCost: number;
  readonly #successRefund: number;
  #tokens: number;

  constructor(options: RetryBudgetOptions = {}) {
    const read = (name: keyof RetryBudgetOptions, fallback: number): number => {
      const value = options[name] ?? fallback;
      // Number.isFinite is false for anything that is not a number.
      if (!Number.isFinite(value) || value < 0) {
        throw expected(`retryBudget.${name}`, 'to be a finite number ≥ 0', String(value));
      }
      return value;
    };
    this.#capacity = read('capacity', 500);
    this.#retryCost = read('retryCost', 5);
    this.#timeoutCost = read('timeoutCost', 10);
    this.#pollCost = read('pollCost', 1);
    this.#successRefund = read('successRefund', 1);
    this.#tokens = this.#capacity;
  }

  /** The tokens left. */
  get available(): number {
    return this.#tokens;
  }

  /**
   * Whether the budget holds enough tokens for one retry.
   *
   * @param kind - what the retry follows: `true` or `'timeout'` for a timeout (it costs `timeoutCost`),
   *   `'poll'` for a poll of a request in progress (`pollCost`), else `retryCost`.
   */
  affords(kind: RetryKind): boolean {
    return this.#cost(kind) <= this.#tokens;
  }

  /**
   * Takes the tokens for one retry, if there are enough.
   *
   * @param kind - what the retry follows, as for {@link RetryBudget.affords}.
   * @returns the tokens taken, or undefined when the budget cannot pay for the retry (then do not retry).
   */
  spend(kind: RetryKind): number | undefined {
    const cost = this.#cost(kind);
    if (cost > this.#tokens) return undefined;
    this.#tokens -= cost;
    return cost;
  }

  #cost(kind: RetryKind): number {
    return kind === 'poll'
      ? this.#pollCost
      : kind === true || kind === 'timeout'
        ? this.#timeoutCost
        : this.#retryCost;
  }

  /**
   * Records a successful call: gives back what its retries spent, or `successRefund` when it made none.
   *
   * @param spent - the tokens the call's retries took.
   */
  succeeded(spent: number): void {
    this.#tokens = Math.min(this.#capacity, this.#tokens + (spent > 0 ? spent : this.#successRefund));
  }
}
