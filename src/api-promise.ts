import { InvalidResponseError } from './errors.ts';
import type { AttemptTrace } from './trace.ts';

/**
 * Everything about a finished call: the data and how it was obtained.
 *
 * @example
 * ```ts
 * const result: ApiResult<Class> = await client.classes.create(body).withResponse();
 * if (result.replayed) console.log(`created earlier, key ${result.idempotencyKey}`);
 * ```
 *
 * @category Client
 */
export interface ApiResult<T> {
  /** The parsed response body (`undefined` for 204 No Content). */
  data: T;
  /** The final response (its body has been read). */
  response: Response;
  /** The `Idempotency-Key` every attempt sent (undefined for GET). Save it to retry the same action. */
  idempotencyKey: string | undefined;
  /**
   * True when the server answered with a stored replay of an earlier request with the same key
   * (`Idempotency-Replayed: true`, or `Idempotent-Replayed: true`): the action had already happened.
   */
  replayed: boolean;
  /** How many attempts the call took (1 when the first one succeeded). */
  attempts: number;
  /** The final response's `X-Request-Id`: the id the server logged the request under, for a support ticket. */
  requestId: string | undefined;
  /** Every attempt of the call, in order, with what came back and the wait that followed; see {@link AttemptTrace}. */
  trace: readonly AttemptTrace[];
}

/**
 * What every method returns: a promise of the data, with {@link ApiPromise.withResponse} for the details.
 * The request starts when the method is called.
 *
 * @example
 * ```ts
 * const created = await client.classes.create(body);
 * const { data, idempotencyKey, replayed, attempts } = await client.classes.create(body).withResponse();
 * ```
 *
 * @category Client
 */
export class ApiPromise<T> implements Promise<T> {
  readonly #result: Promise<ApiResult<T>>;

  /** @internal */
  constructor(result: Promise<ApiResult<T>>) {
    this.#result = result;
  }

  /** The data together with the response, the idempotency key sent, whether it was a replay, and the attempts. */
  withResponse(): Promise<ApiResult<T>> {
    return this.#result;
  }

  // biome-ignore lint/suspicious/noThenProperty: this class is a promise.
  then<R1 = T, R2 = never>(
    onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.#result.then((result) => result.data).then(onfulfilled, onrejected);
  }

  catch<R = never>(onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<T | R> {
    return this.then(undefined, onrejected);
  }

  finally(onfinally?: (() => void) | null): Promise<T> {
    return this.then().finally(onfinally);
  }

  /** `'ApiPromise'`, for `Object.prototype.toString`. */
  readonly [Symbol.toStringTag] = 'ApiPromise';
}

/**
 * A page of a list: its items and the cursor of the next page (`null` on the last page).
 *
 * @example
 * ```ts
 * const page: Page<Class> = await client.classes.list({ limit: 20 });
 * const next = page.nextCursor && (await client.classes.list({ cursor: page.nextCursor }));
 * ```
 *
 * @category Client
 */
export interface Page<Item = unknown> {
  /** The items of this page. */
  data: Item[];
  /** Pass as `cursor` to get the next page; `null` on the last page. */
  nextCursor: string | null;
}

/**
 * What list methods return: awaiting it gives the first page; iterating it with `for await` gives every
 * item of every page, fetching the next page when the current one is used up.
 *
 * @example
 * ```ts
 * const { data, nextCursor } = await client.classes.list({ limit: 50 });
 * for await (const cls of client.classes.list({ limit: 50 })) console.log(cls.name);
 * ```
 *
 * @category Client
 */
export class PagePromise<P extends Page> extends ApiPromise<P> implements AsyncIterable<P['data'][number]> {
  readonly #fetchPage: (cursor: string) => ApiPromise<P>;

  /** @internal */
  constructor(first: Promise<ApiResult<P>>, fetchPage: (cursor: string) => ApiPromise<P>) {
    super(first);
    this.#fetchPage = fetchPage;
  }

  /** Every item of every page, fetching each next page when the current one is used up. */
  async *[Symbol.asyncIterator](): AsyncIterator<P['data'][number]> {
    let { data: page, response } = await this.withResponse();
    const seen = new Set<string>();
    const invalid = (problem: string, body: string) =>
      new InvalidResponseError(`GET ${response.url}: ${problem}`, response, body, {
        method: 'GET',
        url: response.url,
      });
    for (;;) {
      if (!Array.isArray(page?.data))
        throw invalid('a list page has no `data` array', JSON.stringify(page) ?? '');
      yield* page.data;
      const cursor: unknown = page.nextCursor;
      if (cursor === null || cursor === undefined || cursor === '') return;
      if (typeof cursor !== 'string') {
        throw invalid(`a list page's \`nextCursor\` is not a string: ${JSON.stringify(cursor)}`, '');
      }
      // A server that hands back a cursor it already gave would make this loop forever.
      if (seen.has(cursor)) throw invalid(`the list returned cursor ${JSON.stringify(cursor)} twice`, '');
      seen.add(cursor);
      const next = await this.#fetchPage(cursor).withResponse();
      page = next.data;
      response = next.response;
    }
  }
}
