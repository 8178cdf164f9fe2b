/**
 * `management-sdk/otel`: OpenTelemetry tracing of every call, for the `instrumentation` client option. Its own
 * entry point, so that only an app that imports it bundles it (and `@opentelemetry/api`, an optional peer
 * dependency: install it beside this package).
 *
 * Each call is one span (kind INTERNAL, named like the method: `classes.create`), a child of the span active
 * when the call was made; each attempt is one CLIENT span under it, following the OpenTelemetry semantic
 * conventions for HTTP clients, so a retried call shows every attempt, how long each took and what came back.
 *
 * @example
 * ```ts
 * import { ManagementClient } from 'management-sdk';
 * import { openTelemetry } from 'management-sdk/otel';
 *
 * // tracer: trace.getTracer('studio-app') from '@opentelemetry/api'; leave it out to use the global provider's
 * const client = new ManagementClient({ baseUrl, accessToken, instrumentation: openTelemetry({ tracer }) });
 * ```
 *
 * @module
 */
import {
  type Attributes,
  type Context,
  context,
  defaultTextMapSetter,
  propagation,
  type Span,
  SpanKind,
  SpanStatusCode,
  type TextMapPropagator,
  type Tracer,
  trace,
} from '@opentelemetry/api';
import { InvalidArgumentError } from '../errors.ts';
import type { AttemptTrace, CallStart, Instrumentation } from '../trace.ts';

/**
 * Options of {@link openTelemetry}. Both are optional.
 *
 * @example
 * ```ts
 * const options: OpenTelemetryOptions = { tracer, propagator };
 * const client = new ManagementClient({ baseUrl, accessToken, instrumentation: openTelemetry(options) });
 * ```
 *
 * @category Observability
 */
export interface OpenTelemetryOptions {
  /**
   * The tracer the spans are made with.
   *
   * @default trace.getTracer('management-sdk'): the global tracer provider's (a no-op until one is registered)
   */
  tracer?: Tracer | undefined;
  /**
   * Writes each attempt's trace context into its headers (`traceparent`, and `tracestate` when there is one), so
   * that the server's spans join the trace: a W3C trace-context propagator, for example.
   *
   * @default the global propagator (`propagation` of `@opentelemetry/api`; a no-op until one is registered)
   */
  propagator?: TextMapPropagator | undefined;
}

/**
 * The client's own span attributes, beside the semantic conventions' `http.*`, `url.*`, `server.*` and
 * `error.type`: on the call's span and on each attempt's.
 *
 * @example
 * ```ts
 * // In a span processor or an exporter: the calls a replay answered.
 * const replays = (spans: { attributes: Record<string, unknown> }[]) =>
 *   spans.filter((span) => span.attributes[SdkAttribute.replayed] === true);
 * ```
 *
 * @category Observability
 */
export const SdkAttribute = {
  /** The spec's operationId of the call: `managementCreateClass`. Call and attempt spans. */
  operationId: 'management_sdk.operation_id',
  /** The `Idempotency-Key` every attempt sends (writes only). Call and attempt spans. */
  idempotencyKey: 'management_sdk.idempotency_key',
  /** Whether the answer was the server's stored replay of the key's first request. Call and attempt spans. */
  replayed: 'management_sdk.replayed',
  /** How many attempts the call made. Call span. */
  attempts: 'management_sdk.attempts',
  /**
   * Why this attempt was sent after a wait: `backoff`, `retry-after` or `in-progress`. Attempt spans of
   * retries. On the call span: why the client stopped retrying a failure it could have retried
   * (`budget-exhausted` or `deadline`).
   */
  retryReason: 'management_sdk.retry.reason',
  /** How long the client waited before this attempt, in milliseconds. Attempt spans of retries. */
  retryWaitMs: 'management_sdk.retry.wait_ms',
} as const;

/**
 * The `instrumentation` that traces the client's calls with OpenTelemetry: one span per call, and one CLIENT
 * span per attempt under it with the HTTP client semantic conventions' attributes (`http.request.method`,
 * `url.full`, `url.template`, `server.address`, `server.port`, `http.response.status_code`, `error.type`,
 * `http.request.resend_count` on retries, and the response's `X-Request-Id` as
 * `http.response.header.x-request-id`) and the client's own ({@link SdkAttribute}). An attempt or a call
 * that fails has status ERROR and its `error.type` (the status code of a response, else the error's name); one
 * the caller aborted does not (the conventions do not count a cancellation as an error). With a propagator
 * (yours or the global one), each attempt carries its span's `traceparent`.
 *
 * Attempt spans end when the response has been read (or the attempt failed); a call's span ends when the call
 * settles. No span holds a body, a header value other than the request id, or the token.
 *
 * @param options - the tracer and the propagator; both default to the global ones.
 * @returns the client's `instrumentation` option.
 * @throws {InvalidArgumentError} when `tracer` or `propagator` is not one.
 *
 * @example
 * ```ts
 * import { ManagementClient } from 'management-sdk';
 * import { openTelemetry } from 'management-sdk/otel';
 *
 * // With a tracer provider and W3C propagator registered (as the Node SDK does), no options are needed.
 * const client = new ManagementClient({ baseUrl, accessToken, instrumentation: openTelemetry() });
 * ```
 *
 * @category Observability
 */
export function openTelemetry(options: OpenTelemetryOptions = {}): Instrumentation {
  const { tracer = trace.getTracer('management-sdk'), propagator = propagation } = options;
  if (typeof tracer?.startSpan !== 'function') {
    throw new InvalidArgumentError('tracer', 'Expected `tracer` to be an OpenTelemetry Tracer.');
  }
  if (typeof propagator?.inject !== 'function') {
    throw new InvalidArgumentError(
      'propagator',
      'Expected `propagator` to be an OpenTelemetry TextMapPropagator.',
    );
  }
  return {
    startCall(call) {
      const own: Attributes = {
        [SdkAttribute.operationId]: call.operationId,
        ...(call.idempotencyKey === undefined ? {} : { [SdkAttribute.idempotencyKey]: call.idempotencyKey }),
      };
      const parent = context.active();
      const span = tracer.startSpan(`${call.resource}.${call.name}`, { attributes: own }, parent);
      const inCall = trace.setSpan(parent, span);
      return {
        startAttempt(entries, headers) {
          const attempt = startAttempt(tracer, call, own, entries, inCall);
          propagator.inject(trace.setSpan(inCall, attempt), headers, defaultTextMapSetter);
          return {
            end(entry, error) {
              if (entry.status !== undefined) {
                attempt.setAttributes({
                  'http.response.status_code': entry.status,
                  [SdkAttribute.replayed]: entry.replayed === true,
                  ...(entry.requestId === undefined
                    ? {}
                    : { 'http.response.header.x-request-id': [entry.requestId] }),
                });
              }
              // A status the conventions call an error is named by its code; a failure without one by its error.
              failed(
                attempt,
                entry.status !== undefined && entry.status >= 400 ? String(entry.status) : entry.error,
                error,
              );
              attempt.end();
            },
          };
        },
        end(entries, error) {
          const last = entries.at(-1);
          span.setAttribute(SdkAttribute.attempts, entries.length);
          if (error === undefined) span.setAttribute(SdkAttribute.replayed, last?.replayed === true);
          if (last?.waitReason === 'budget-exhausted' || last?.waitReason === 'deadline') {
            span.setAttribute(SdkAttribute.retryReason, last.waitReason);
          }
          failed(
            span,
            error instanceof Error ? error.name : error === undefined ? undefined : typeof error,
            error,
            true,
          );
          span.end();
        },
      };
    },
  };
}

/** The CLIENT span of one attempt, under the call's span, with what is known before it is sent. */
function startAttempt(
  tracer: Tracer,
  call: CallStart,
  own: Attributes,
  entries: readonly AttemptTrace[],
  inCall: Context,
): Span {
  const url = new URL(call.url);
  const entry = entries.at(-1) as AttemptTrace;
  const before = entries.at(-2);
  const attributes: Attributes = {
    'http.request.method': call.method,
    'url.full': call.url,
    'url.template': call.path,
    'server.address': url.hostname,
    'server.port': Number(url.port) || (url.protocol === 'https:' ? 443 : 80),
    ...own,
  };
  if (before !== undefined) {
    attributes['http.request.resend_count'] = entry.attempt - 1;
    attributes[SdkAttribute.retryReason] = before.waitReason;
    attributes[SdkAttribute.retryWaitMs] = before.waitMs;
  }
  // `{method} {url.template}`: the conventions' name when the template is known, and of low cardinality.
  return tracer.startSpan(`${call.method} ${call.path}`, { kind: SpanKind.CLIENT, attributes }, inCall);
}

/**
 * Marks a span as failed with `type` (its `error.type`), unless nothing failed or the caller aborted: a
 * cancellation is no error by the conventions. The call's span also gets the error's message, which never
 * holds a credential (the client masks them).
 */
function failed(span: Span, type: string | undefined, error: unknown, describe = false): void {
  if (type === undefined || type === 'RequestAbortedError') return;
  span.setAttribute('error.type', type);
  span.setStatus({
    code: SpanStatusCode.ERROR,
    ...(describe && error instanceof Error ? { message: error.message } : {}),
  });
}
