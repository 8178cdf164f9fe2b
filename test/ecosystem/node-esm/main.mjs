// Node as an ES module: `import` of the package, as an application on Node 22, 24 or 26 does it.
import * as sdk from 'management-sdk';
import { run } from '../scenarios.mjs';

await run(sdk, { control: process.argv[2], runtime: `Node ${process.version} (ESM)` });
