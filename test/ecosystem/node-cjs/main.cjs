// Node as CommonJS: `require` of the package (an ES module, loaded by require(esm), Node 22.12 and later).
const sdk = require('management-sdk');
const { run } = require('../scenarios.mjs');

run(sdk, { control: process.argv[2], runtime: `Node ${process.version} (CommonJS)` }).catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
