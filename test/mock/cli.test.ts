import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../src/testing/cli.ts', import.meta.url));

function run(args: string[]) {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    output += chunk;
  });
  child.stderr.on('data', (chunk: string) => {
    output += chunk;
  });
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  const listening = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', () => {
      const url = /listening on (http:\/\/\S+)/.exec(output)?.[1];
      if (url !== undefined) resolve(url);
    });
    void exited.then(() => reject(new Error(`exited early: ${output}`)));
  });
  // A run that is expected to fail never listens: that rejection is not an error of its own.
  listening.catch(() => undefined);
  return { child, listening, exited, output: () => output };
}

test('management-sdk-mock prints the URL and token, serves requests and stops on SIGTERM', async (t) => {
  const cli = run(['--port', '0', '--token', 'dev-1', '--token', 'dev-2']);
  t.after(() => cli.child.kill('SIGKILL'));
  const url = await cli.listening;
  assert.match(url, /^http:\/\/127\.0\.0\.1:\d+$/);
  assert.match(cli.output(), /Authorization: Bearer dev-1/);
  const ok = await fetch(`${url}/v1/classes`, { headers: { authorization: 'Bearer dev-2' } });
  assert.equal(ok.status, 200);
  const refused = await fetch(`${url}/v1/classes`, { headers: { authorization: 'Bearer test-token' } });
  assert.equal(refused.status, 401);
  cli.child.kill('SIGTERM');
  const [code] = await cli.exited;
  assert.equal(code, 0);
});

test('management-sdk-mock stops on SIGINT and refuses bad options', async (t) => {
  const cli = run(['--port', '0']);
  t.after(() => cli.child.kill('SIGKILL'));
  await cli.listening;
  assert.match(cli.output(), /Authorization: Bearer test-token/);
  cli.child.kill('SIGINT');
  assert.equal((await cli.exited)[0], 0);
  const bad = run(['--fault-rate', '2']);
  assert.equal((await bad.exited)[0], 2);
  assert.match(bad.output(), /--fault-rate/);
});

test('management-sdk-mock logs each request (method, path, status, fault) unless --quiet', async (t) => {
  const cli = run(['--port', '0']);
  t.after(() => cli.child.kill('SIGKILL'));
  const url = await cli.listening;
  await (await fetch(`${url}/v1/classes`, { headers: { authorization: 'Bearer test-token' } })).text();
  await (await fetch(`${url}/v1/nowhere`, { headers: { authorization: 'Bearer test-token' } })).text();
  await new Promise((resolve) => setTimeout(resolve, 100));
  assert.match(cli.output(), /^GET \/v1\/classes 200$/m);
  assert.match(cli.output(), /^GET \/v1\/nowhere 404$/m);
  cli.child.kill('SIGTERM');
  await cli.exited;

  const quiet = run(['--port', '0', '--quiet']);
  t.after(() => quiet.child.kill('SIGKILL'));
  const quietUrl = await quiet.listening;
  await (await fetch(`${quietUrl}/v1/classes`, { headers: { authorization: 'Bearer test-token' } })).text();
  await new Promise((resolve) => setTimeout(resolve, 100));
  assert.doesNotMatch(quiet.output(), /GET \/v1\/classes/);
  quiet.child.kill('SIGTERM');
  await quiet.exited;
});

test('management-sdk-mock reports a runtime error (a port in use) in one line, without the usage text', async (t) => {
  const first = run(['--port', '0']);
  t.after(() => first.child.kill('SIGKILL'));
  const port = new URL(await first.listening).port;
  const second = run(['--port', port]);
  const [code] = await second.exited;
  assert.equal(code, 1);
  assert.match(second.output(), /^management-sdk-mock: .*EADDRINUSE.*\n$/);
  assert.doesNotMatch(second.output(), /Usage:/);
});
