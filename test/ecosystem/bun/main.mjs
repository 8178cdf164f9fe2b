// Bun: the package imported from node_modules, Bun's own fetch.
import * as sdk from 'management-sdk';
import { run } from '../scenarios.mjs';

await run(sdk, { control: process.argv[2], runtime: `Bun ${globalThis.Bun.version}` });
