'use strict';
// `jsrig:bench`: micro benchmarks inside a script, in the style of Deno.bench and
// mitata. `bench(name, fn)` registers a function; they run when the program is
// otherwise done (or on `await run()`), each with an iteration count calibrated so a
// timed batch lasts about 10 ms, and print time per iteration and iterations per
// second. Under `jsrig bench`, the results also go to the runner
// ($JSRIG_BENCH_REPORT), which puts every engine side by side in one table.

const benches = [];
let autoRun = false;
let done = false;

const BATCH_NS = 10e6;
const BUDGET_NS = 400e6;
const MAX_SAMPLES = 40;

function now() {
  return process.hrtime.bigint();
}

function validate(name, fn) {
  const { codes } = require('internal/errors');
  if (typeof name !== 'string' || name === '') throw new codes.ERR_INVALID_ARG_TYPE('name', 'string', name);
  if (typeof fn !== 'function') throw new codes.ERR_INVALID_ARG_TYPE('fn', 'function', fn);
}

function bench(name, fn) {
  validate(name, fn);
  benches.push({ name, fn });
  if (!autoRun) {
    autoRun = true;
    process.once('beforeExit', () => {
      if (!done) run();
    });
  }
}

async function timeBatch(fn, n, isAsync) {
  const start = now();
  if (isAsync) {
    for (let i = 0; i < n; i++) await fn();
  } else {
    for (let i = 0; i < n; i++) fn();
  }
  return Number(now() - start);
}

async function measure(fn) {
  const first = fn();
  const isAsync = first !== null && typeof first === 'object' && typeof first.then === 'function';
  if (isAsync) await first;
  // Calibrate: double the batch until it lasts long enough to time reliably.
  let n = 1;
  let ns = await timeBatch(fn, n, isAsync);
  while (ns < BATCH_NS && n < 2 ** 30) {
    n *= ns === 0 ? 16 : Math.min(16, Math.max(2, Math.ceil(BATCH_NS / ns)));
    ns = await timeBatch(fn, n, isAsync);
  }
  const perIter = [ns / n];
  let spent = ns;
  while (perIter.length < MAX_SAMPLES && spent < BUDGET_NS) {
    const t = await timeBatch(fn, n, isAsync);
    perIter.push(t / n);
    spent += t;
  }
  perIter.sort((a, b) => a - b);
  return { nsPerIter: perIter[perIter.length >> 1], iterations: n * perIter.length, samples: perIter.length };
}

function formatNs(ns) {
  if (ns >= 1e9) return `${(ns / 1e9).toFixed(2)} s`;
  if (ns >= 1e6) return `${(ns / 1e6).toFixed(2)} ms`;
  if (ns >= 1e3) return `${(ns / 1e3).toFixed(2)} µs`;
  return `${ns.toFixed(1)} ns`;
}

function formatRate(perSecond) {
  if (perSecond >= 1e9) return `${(perSecond / 1e9).toFixed(2)} G`;
  if (perSecond >= 1e6) return `${(perSecond / 1e6).toFixed(2)} M`;
  if (perSecond >= 1e3) return `${(perSecond / 1e3).toFixed(2)} k`;
  return perSecond.toFixed(1);
}

// Runs every registered benchmark (once) and returns their results.
async function run() {
  done = true;
  const results = [];
  for (const { name, fn } of benches) {
    const r = await measure(fn);
    results.push({ name, ...r });
  }
  const width = Math.max(9, ...results.map((r) => r.name.length)) + 2;
  let text = `${'benchmark'.padEnd(width)}${'time/iter'.padStart(12)}${'iter/s'.padStart(12)}\n`;
  for (const r of results) {
    text += `${r.name.padEnd(width)}${formatNs(r.nsPerIter).padStart(12)}${formatRate(1e9 / r.nsPerIter).padStart(12)}\n`;
  }
  process.stdout.write(text);
  const report = process.env.JSRIG_BENCH_REPORT;
  if (report) bindings.writeBenchReport(report, JSON.stringify(results));
  return results;
}

// One call into the host that does nothing: the price every op pays to cross the
// engine boundary.
function hostCall() {
  return bindings.noop();
}

module.exports = { bench, run, hostCall };
