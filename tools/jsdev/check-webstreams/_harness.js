'use strict';
// The scenario runner shared by check-webstreams.js (in node) and
// check-webstreams-jsrig.js (inside a jsrig binary): value descriptions, the
// per-scenario environment with its microtask ticker, and running one
// scenario into an event log. Only uses what both node and jsrig provide.

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
  const rearmers = [];
  // Called by _helpers.later() just before it resolves.
  globalThis.__webstreamsMacrotask = () => {
    for (const start of rearmers) start();
  };
  const env = {
    W: impl.W,
    impl: impl.name,
    AbortError: impl.AbortError,
    d,
    streamUtils: impl.streamUtils,
    log(...parts) {
      if (tickerStopped) return;
      log.push(parts.map((p) => (typeof p === 'string' ? p : d(p))).join(' '));
    },
    // Logs t0, t1, ... one per microtask, to timestamp the events around them.
    // A finished round starts again (r1.t0, r1.t1, ...) at the next macrotask,
    // and whenever the scenario's later() resolves, so events after awaiting
    // a macrotask are timed too.
    ticks(n = 40, prefix = 't') {
      // WEBSTREAMS_TICKS=<n> lengthens every ticker, to time events while debugging.
      if (typeof process !== 'undefined' && process.env.WEBSTREAMS_TICKS) n = Number(process.env.WEBSTREAMS_TICKS);
      const id = tickers++;
      const base = id === 0 ? prefix : `${prefix}${id}_`;
      let round = 0;
      let active = false;
      const start = () => {
        // Capped, so a scenario left waiting forever ends its log the same way
        // in both runs before the harness gives up on it.
        if (active || tickerStopped || round >= 40) return;
        active = true;
        const label = round === 0 ? base : `r${round}.${base}`;
        round++;
        let i = 0;
        const tick = () => {
          if (tickerStopped) return;
          if (i >= n) {
            active = false;
            setImmediate(start);
            return;
          }
          log.push(`${label}${i++}`);
          Promise.resolve().then(tick);
        };
        tick();
      };
      rearmers.push(start);
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
        // WEBSTREAMS_STACKS=1 prints where each error was thrown (debugging aid).
        if (typeof process !== 'undefined' && process.env.WEBSTREAMS_STACKS) console.error(label, e && e.stack);
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

// Long enough for a slow engine to finish any scenario that does finish; the
// rest (a pipe into a stream with no room, say) end with the ticker capped.
const kTimeoutMs = (typeof process !== 'undefined' && Number(process.env.WEBSTREAMS_TIMEOUT)) || 400;

async function runOne(impl, fn) {
  const log = [];
  currentLog = log;
  const env = makeEnv(impl, log);
  // A scenario that waits on a promise that never settles is cut off (and
  // says so in its log) instead of letting node exit with an empty loop.
  let timer;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(() => resolve('timeout'), kTimeoutMs);
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

// Every scenario from the check-webstreams/*.js files, in file order.
function loadScenarios() {
  const fs = require('fs');
  const path = require('path');
  const list = [];
  const scenario = (name, fn) => list.push({ name, fn });
  for (const file of fs.readdirSync(__dirname).sort()) {
    if (file.endsWith('.js') && !file.startsWith('_')) require(path.join(__dirname, file))(scenario);
  }
  return list;
}

module.exports = { d, loadScenarios, runOne };
