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
//
// Each scenario runs twice, once against node's classes and once against
// jsrig's, and records an event log: callbacks of underlying sources and sinks,
// promise settlements, thrown errors (type, code, message), inspect output and
// a microtask "ticker" (t0, t1, ...) that timestamps everything to the
// microtask. The two logs must be identical; unhandled rejections are logged
// too. Prints every mismatch and exits 1 if there is any.

const path = require('path');

// Exact promise states for inspect (see load.js) need node's internals.
if (!process.execArgv.includes('--expose-internals')) {
  const { status } = require('child_process').spawnSync(process.execPath,
    ['--expose-internals', ...process.execArgv, __filename, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(status ?? 1);
}

const util = require('util');
const { load } = require('./load.js');

const args = process.argv.slice(2);
const verbose = args.includes('-v');
const full = args.includes('-f'); // print both whole logs on a mismatch
const filters = args.filter((a) => !a.startsWith('-'));

const nodeImpl = {
  name: 'node',
  W: require('stream/web'),
  inspect: util.inspect,
  streamUtils: {
    isDisturbed: require('stream').isDisturbed,
    isErrored: require('stream').isErrored,
    isReadable: require('stream').isReadable,
  },
};

// jsrig's nextTick queue is drained by jsrig's event loop, which does not run
// here: hand its callbacks to node's.
load('internal/process/task_queues').nextTick = (fn, ...args) => process.nextTick(fn, ...args);
const mineW = load('stream/web');
const mineInspect = load('internal/util/inspect').inspect;
const mineUtils = load('internal/streams/utils');
const mineImpl = {
  name: 'jsrig',
  W: mineW,
  inspect: mineInspect,
  streamUtils: {
    isDisturbed: mineUtils.isDisturbed,
    isErrored: mineUtils.isErrored,
    isReadable: mineUtils.isReadable,
  },
};

// ---- describing values ------------------------------------------------------------

function isDetachedBuffer(buffer) {
  try {
    new Uint8Array(buffer, 0, 0);
    return false;
  } catch {
    return true;
  }
}

function d(v, depth = 0) {
  if (depth > 4) return '…';
  switch (typeof v) {
    case 'undefined': return 'undefined';
    case 'string': return JSON.stringify(v);
    case 'number': return Object.is(v, -0) ? '-0' : String(v);
    case 'bigint': return `${v}n`;
    case 'boolean': return String(v);
    case 'symbol': return v.toString();
    case 'function': return `fn:${v.name}`;
  }
  if (v === null) return 'null';
  if (v instanceof Error || (typeof v.message === 'string' && typeof v.name === 'string' && 'stack' in v)) {
    const ctor = v.constructor?.name;
    const code = v.code !== undefined ? ` ${v.code}` : '';
    const cause = v.cause !== undefined ? ` cause=${d(v.cause, depth + 1)}` : '';
    return `${ctor}<${v.name}${code}: ${v.message}${cause}>`;
  }
  if (v instanceof ArrayBuffer) {
    return isDetachedBuffer(v) ? 'AB(detached)' : `AB(${v.byteLength})`;
  }
  if (ArrayBuffer.isView(v)) {
    const tag = Object.prototype.toString.call(v).slice(8, -1);
    if (isDetachedBuffer(v.buffer)) return `${tag}(detached)`;
    const bytes = Array.from(new Uint8Array(v.buffer, v.byteOffset, v.byteLength));
    return `${tag}[${bytes}]@${v.byteOffset}/${v.buffer.byteLength}`;
  }
  if (v instanceof Promise) return 'Promise';
  if (Array.isArray(v)) return `[${v.map((x) => d(x, depth + 1)).join(', ')}]`;
  const proto = Object.getPrototypeOf(v);
  if (proto === Object.prototype || proto === null) {
    const keys = Object.keys(v);
    return `{${keys.map((k) => `${k}: ${d(v[k], depth + 1)}`).join(', ')}}`;
  }
  return `<${Object.prototype.toString.call(v).slice(8, -1)}>`;
}

// ---- running scenarios -------------------------------------------------------------

const scenarios = [];
function scenario(name, fn) {
  scenarios.push({ name, fn });
}

let currentLog = null;
process.on('unhandledRejection', (reason) => {
  if (currentLog) currentLog.push(`UNHANDLED ${d(reason)}`);
  else console.log('unhandled rejection outside a scenario:', reason);
});
process.on('uncaughtException', (error) => {
  if (currentLog) currentLog.push(`UNCAUGHT ${d(error)}`);
  else throw error;
});

// setImmediate, not setTimeout: immediates run in a fixed order, timers
// depend on the clock, and the two runs must see the same interleaving.
function macrotask() {
  return new Promise((resolve) => setImmediate(resolve));
}

function makeEnv(impl, log) {
  let tickerStopped = false;
  let tickers = 0;
  const env = {
    W: impl.W,
    impl: impl.name,
    d,
    streamUtils: impl.streamUtils,
    log(...parts) {
      if (tickerStopped) return;
      log.push(parts.map((p) => (typeof p === 'string' ? p : d(p))).join(' '));
    },
    // Logs t0, t1, ... one per microtask, to timestamp the events around them.
    // After n ticks it waits for the next macrotask and starts again (r1.t0,
    // r1.t1, ...), so events after an await of a macrotask are timed too.
    ticks(n = 40, prefix = 't') {
      const id = tickers++;
      const base = id === 0 ? prefix : `${prefix}${id}_`;
      let round = 0;
      const start = () => {
        const label = round === 0 ? base : `r${round}.${base}`;
        round++;
        let i = 0;
        const tick = () => {
          if (tickerStopped) return;
          if (i >= n) {
            if (round < 8) setImmediate(start);
            return;
          }
          log.push(`${label}${i++}`);
          Promise.resolve().then(tick);
        };
        tick();
      };
      start();
    },
    inspect(value, options) {
      return impl.inspect(value, options);
    },
    // Settles `promise` into the log as "label: ok value" / "label: err error".
    watch(label, promise) {
      if (!(promise instanceof Promise)) {
        log.push(`${label}: not a promise ${d(promise)}`);
        return promise;
      }
      promise.then((v) => env.log(`${label}: ok ${d(v)}`), (e) => env.log(`${label}: err ${d(e)}`));
      return promise;
    },
    // Runs fn, logging what it returns or throws.
    try(label, fn) {
      try {
        const v = fn();
        env.log(`${label}: returned ${d(v)}`);
        return v;
      } catch (e) {
        env.log(`${label}: threw ${d(e)}`);
        return undefined;
      }
    },
    macrotask,
    async settle() {
      for (let i = 0; i < 3; i++) await macrotask();
    },
    stop() {
      tickerStopped = true;
    },
  };
  return env;
}

async function runOne(impl, fn) {
  const log = [];
  currentLog = log;
  const env = makeEnv(impl, log);
  // A scenario that waits on a promise that never settles is cut off (and
  // says so in its log) instead of letting node exit with an empty loop.
  let timer;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(() => resolve('timeout'), 100);
  });
  try {
    const outcome = await Promise.race([fn(env), timeout]);
    if (outcome === 'timeout') log.push('SCENARIO TIMED OUT');
  } catch (e) {
    log.push(`SCENARIO THREW ${d(e)}`);
  }
  clearTimeout(timer);
  for (let i = 0; i < 3; i++) await macrotask();
  env.stop();
  await macrotask();
  currentLog = null;
  // Callbacks still pending must not write into the log while the other
  // implementation runs.
  return log.splice(0);
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

async function main() {
  const dir = path.join(__dirname, 'check-webstreams');
  for (const file of require('fs').readdirSync(dir).sort()) {
    if (file.endsWith('.js') && !file.startsWith('_')) require(path.join(dir, file))(scenario);
  }
  let run = 0;
  let failed = 0;
  for (const { name, fn } of scenarios) {
    if (filters.length > 0 && !filters.some((f) => name.includes(f))) continue;
    run++;
    const a = await runOne(nodeImpl, fn);
    const b = await runOne(mineImpl, fn);
    const diff = diffLogs(a, b);
    if (diff !== null) {
      failed++;
      console.log(`MISMATCH ${name}\n${diff}\n`);
      if (full) console.log(`  node:\n    ${a.join('\n    ')}\n  jsrig:\n    ${b.join('\n    ')}\n`);
    } else if (verbose) {
      console.log(`ok ${name}\n  ${a.join('\n  ')}\n`);
    }
  }
  console.log(`${run} scenarios, ${run - failed} matched, ${failed} mismatched`);
  process.exitCode = failed > 0 ? 1 : 0;
}

main();
