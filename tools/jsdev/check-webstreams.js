'use strict';
// Compares jsrig's WHATWG streams (host/js/stream/web.js and
// host/js/internal/webstreams/*) with node's own `stream/web`. The scenarios
// live in tools/jsdev/check-webstreams/*.js, each exporting
// `(scenario) => { scenario(name, async (env) => { ... }); ... }`.
//
//   node tools/jsdev/check-webstreams.js            run every scenario
//   node tools/jsdev/check-webstreams.js pipe       only scenarios whose name contains "pipe"
//   node tools/jsdev/check-webstreams.js -v pipe    also print the logs of matching scenarios
//   node tools/jsdev/check-webstreams.js -f pipe    print both whole logs of mismatching ones
//   node tools/jsdev/check-webstreams.js --jsrig=quickjs [filters]
//       run jsrig's side inside target/release/jsrig (quickjs, v8, or
//       spidermonkey via jsrig-spidermonkey; $JSRIG_BIN overrides) with the
//       host/js files loaded from disk, so the built binary need not be current
//
// Each scenario runs twice, once against node's classes and once against
// jsrig's, and records an event log: callbacks of underlying sources and sinks,
// promise settlements, thrown errors (type, code, message), inspect output and
// a microtask "ticker" (t0, t1, ...) that timestamps everything to the
// microtask. The two logs must be identical; unhandled rejections are logged
// too. Prints every mismatch and exits 1 if there is any.
//
// Environment: WEBSTREAMS_FUZZ_SEEDS=<n> (random-sequence scenarios per kind,
// default 60), WEBSTREAMS_TICKS=<n> (longer tickers), WEBSTREAMS_TIMEOUT=<ms>
// (per scenario, default 400), WEBSTREAMS_STACKS=1 (print thrown stacks).

const path = require('path');

// Exact promise states for inspect (see load.js) need node's internals.
if (!process.execArgv.includes('--expose-internals')) {
  const { status } = require('child_process').spawnSync(process.execPath,
    ['--expose-internals', ...process.execArgv, __filename, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(status ?? 1);
}

const util = require('util');
const { load, JS_ROOT } = require('./load.js');
const { loadScenarios, runOne } = require('./check-webstreams/_harness.js');

const args = process.argv.slice(2);
const verbose = args.includes('-v');
const full = args.includes('-f'); // print both whole logs on a mismatch
const filters = args.filter((a) => !a.startsWith('-'));

const nodeImpl = {
  name: 'node',
  W: require('stream/web'),
  inspect: util.inspect,
  AbortError: require('internal/errors').AbortError,
  streamUtils: {
    isDisturbed: require('stream').isDisturbed,
    isErrored: require('stream').isErrored,
    isReadable: require('stream').isReadable,
  },
};

function mineImpl() {
  // jsrig's nextTick queue is drained by jsrig's event loop, which does not
  // run here: hand its callbacks to node's.
  load('internal/process/task_queues').nextTick = (fn, ...rest) => process.nextTick(fn, ...rest);
  const mineUtils = load('internal/streams/utils');
  return {
    name: 'jsrig',
    W: load('stream/web'),
    inspect: load('internal/util/inspect').inspect,
    AbortError: load('internal/errors').AbortError,
    streamUtils: {
      isDisturbed: mineUtils.isDisturbed,
      isErrored: mineUtils.isErrored,
      isReadable: mineUtils.isReadable,
    },
  };
}

function diffLogs(a, b) {
  const lines = [];
  const n = Math.max(a.length, b.length);
  let first = -1;
  for (let i = 0; i < n; i++) {
    if (a[i] !== b[i]) {
      first = i;
      break;
    }
  }
  if (first < 0) return null;
  const from = Math.max(0, first - 4);
  for (let i = from; i < Math.min(n, first + 12); i++) {
    const mark = a[i] === b[i] ? '   ' : '>> ';
    lines.push(`${mark}${String(i).padStart(3)} node : ${a[i] ?? '<end>'}`);
    if (a[i] !== b[i]) lines.push(`${mark}    jsrig: ${b[i] ?? '<end>'}`);
  }
  return lines.join('\n');
}

// Runs the selected scenarios inside a jsrig binary (check-webstreams-jsrig.js)
// and returns their logs by name.
function runInJsrig(engine, names) {
  const fs = require('fs');
  const os = require('os');
  const root = path.join(JS_ROOT, '..', '..');
  let bin = process.env.JSRIG_BIN;
  const binArgs = [];
  if (!bin) {
    if (engine === 'spidermonkey') {
      bin = path.join(root, 'target', 'release', 'jsrig-spidermonkey');
    } else {
      bin = path.join(root, 'target', 'release', 'jsrig');
      binArgs.push('--engine', engine);
    }
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'webstreams-'));
  const namesFile = path.join(dir, 'names.json');
  const outFile = path.join(dir, 'logs.json');
  fs.writeFileSync(namesFile, JSON.stringify(names));
  const result = require('child_process').spawnSync(bin,
    [...binArgs, path.join(__dirname, 'check-webstreams-jsrig.js'), namesFile, outFile],
    { stdio: ['ignore', 'inherit', 'inherit'], timeout: 30 * 60 * 1000 });
  if (!fs.existsSync(outFile)) {
    console.log(`jsrig (${engine}) wrote no results (status ${result.status}, ${result.error || ''})`);
    process.exit(1);
  }
  const logs = JSON.parse(fs.readFileSync(outFile, 'utf8'));
  fs.rmSync(dir, { recursive: true, force: true });
  return logs;
}

async function main() {
  const engineArg = args.find((a) => a.startsWith('--jsrig='));
  const selected = loadScenarios().filter(({ name }) => filters.length === 0 || filters.some((f) => name.includes(f)));
  const nodeLogs = new Map();
  for (const { name, fn } of selected) nodeLogs.set(name, await runOne(nodeImpl, fn));
  let otherLogs;
  let otherName;
  if (engineArg) {
    otherName = `jsrig ${engineArg.slice(8)}`;
    const logs = runInJsrig(engineArg.slice(8), selected.map((s) => s.name));
    otherLogs = new Map(Object.entries(logs));
  } else {
    otherName = 'jsrig';
    const impl = mineImpl();
    otherLogs = new Map();
    for (const { name, fn } of selected) otherLogs.set(name, await runOne(impl, fn));
  }
  let failed = 0;
  for (const { name } of selected) {
    const a = nodeLogs.get(name);
    const b = otherLogs.get(name) ?? ['<not run>'];
    const diff = diffLogs(a, b);
    if (diff !== null) {
      failed++;
      console.log(`MISMATCH ${name}\n${diff}\n`);
      if (full) console.log(`  node:\n    ${a.join('\n    ')}\n  ${otherName}:\n    ${b.join('\n    ')}\n`);
    } else if (verbose) {
      console.log(`ok ${name}\n  ${a.join('\n  ')}\n`);
    }
  }
  const run = selected.length;
  console.log(`${run} scenarios, ${run - failed} matched, ${failed} mismatched (node vs ${otherName})`);
  process.exitCode = failed > 0 ? 1 : 0;
}

main();
