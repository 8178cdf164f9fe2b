// The types of scenarios.mjs, for the harness (matrix.ts) and the TypeScript consumers. They do not name the SDK:
// the consumers' copies sit outside any node_modules, and the SDK comes in as the value `run` is given.

/** A scenario or a probe: its id and the sentence it is reported under. */
export interface Scenario {
  readonly id: string;
  readonly title: string;
}

/** The scenarios, in the order they run. */
export declare const SCENARIOS: readonly Scenario[];

/** The raw-fetch probes of network failures, in the order they run. */
export declare const PROBES: readonly Scenario[];

/** What a host hands the scenario list. */
export interface RunEnv {
  /** The harness's control endpoint, for example `http://127.0.0.1:40000`. */
  control: string | null | undefined;
  /** What the runtime calls itself, for the report. */
  runtime: string;
}

/** An error and its cause chain as plain data. */
export interface ErrorShape {
  name?: string;
  class?: string;
  message?: string;
  /** Every own property with a primitive value (objects are given as their type). */
  fields?: Record<string, string | number | boolean | null>;
  cause?: ErrorShape;
  /** A thrown value that is not an object. */
  value?: string;
}

/** Runs every scenario and probe against the harness at `env.control`. `sdk`: the package's exports. */
export declare function run(sdk: object, env: RunEnv): Promise<void>;

/** An error and its cause chain as plain data. */
export declare function shape(error: unknown): ErrorShape;
