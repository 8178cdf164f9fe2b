// Deno: the package imported from the project's node_modules (package.json, no deno.json import map), Deno's fetch.
import * as sdk from 'management-sdk';
import { run } from '../scenarios.mjs';

const { Deno } = globalThis;
await run(sdk, { control: Deno.args[0], runtime: `Deno ${Deno.version.deno}` });
