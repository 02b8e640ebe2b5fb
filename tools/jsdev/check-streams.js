'use strict';
// Compares host/js/stream.js (and internal/streams/*) with node's own `stream`:
// every scenario below runs once against node's module and once against ours,
// logging what it observes (events with their arguments, callback calls, return
// values, thrown errors, state getters and _readableState/_writableState flags,
// uncaught exceptions) together with the nextTick depth at which each happened
// (0 = synchronously in the scenario or in a microtask, n = inside a callback
// scheduled through n nested process.nextTick calls). The two logs must match.
//
//   node tools/jsdev/check-streams.js [--verbose] [--only=substring] [--seeds=N]
//        [--engine=quickjs|v8|spidermonkey [--jsrig=path/to/jsrig]]
//
// With --engine, our side runs inside jsrig on that engine (the modules are read
// from host/js on disk, so no rebuild is needed) and node's side in node.
//
// Prints each mismatch and exits 1 if there is any.

const path = require('path');

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const only = (args.find((a) => a.startsWith('--only=')) || '').slice(7);
const seedsArg = args.find((a) => a.startsWith('--seeds='));
const randomCount = seedsArg ? Number(seedsArg.slice(8)) : 400;
// --engine=quickjs|v8|spidermonkey: our side runs inside jsrig (target/release,
// or --jsrig=path) on that engine instead of inside node.
const engine = (args.find((a) => a.startsWith('--engine=')) || '').slice(9);
const jsrigArg = (args.find((a) => a.startsWith('--jsrig=')) || '').slice(8);
// Set in the jsrig child process, which only runs our side and prints its logs.
const isChild = args.includes('--child');

const JS_ROOT = path.join(__dirname, '..', '..', 'host', 'js');

// Loads host/js modules from disk with the builtin-module wrapper, for the jsrig
// child (load.js needs node's vm). buffer and string_decoder are the runtime's
// own, so Buffers made by scenarios and by the streams are one class.
function diskLoader() {
  const fs = require('fs');
  const cache = new Map();
  const stub = new Proxy({}, { get: () => () => undefined });
  function load(id) {
    id = id.startsWith('node:') ? id.slice(5) : id;
    if (id === 'buffer' || id === 'string_decoder') return require(id);
    if (cache.has(id)) return cache.get(id).exports;
    const file = path.join(JS_ROOT, `${id}.js`);
    if (!fs.existsSync(file)) return require(id);
    const module = { id, exports: {} };
    cache.set(id, module);
    const fn = new Function('exports', 'require', 'module', 'bindings', fs.readFileSync(file, 'utf8'));
    fn.call(module.exports, module.exports, load, module, stub);
    return module.exports;
  }
  return load;
}

const load = isChild ? diskLoader() : require('./load.js').load;

const oursEvents = load('events');
if (typeof oursEvents._setNextTick === 'function') oursEvents._setNextTick((...a) => process.nextTick(...a));
if (typeof oursEvents._setWarningHook === 'function') oursEvents._setWarningHook((w) => process.emitWarning(w));

const envs = {
  // Our streams run with our buffer and string_decoder modules (node's until
  // those exist), as they will in jsrig.
  ours: { S: load('stream'), P: load('stream/promises'), EE: oursEvents, Buffer: load('buffer').Buffer },
};
if (!isChild) {
  envs.node = { S: require('stream'), P: require('stream/promises'), EE: require('events'), Buffer };
}

// ---- tick depth -------------------------------------------------------------

let depth = 0;
const realNextTick = process.nextTick;
process.nextTick = function nextTick(fn, ...rest) {
  if (typeof fn !== 'function') return realNextTick.call(process, fn, ...rest);
  const d = depth + 1;
  return realNextTick.call(process, function tickWrapper() {
    const prev = depth;
    depth = d;
    try {
      return fn(...rest);
    } finally {
      depth = prev;
    }
  });
};

// ---- describing values ------------------------------------------------------

let current = null; // the run in progress: { log, names }

function describe(value, seen = 0) {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string': return JSON.stringify(value);
    case 'number': return Object.is(value, -0) ? '-0' : String(value);
    case 'boolean': case 'bigint': return String(value);
    case 'symbol': return value.toString();
    case 'function': return `fn(${value.name})`;
    default: break;
  }
  if (current && current.names.has(value)) return `<${current.names.get(value)}>`;
  if (value instanceof Error || (value && typeof value.message === 'string' && typeof value.stack === 'string')) {
    let s = `${Object.getPrototypeOf(value)?.constructor?.name}/${value.name}`;
    if (value.code !== undefined) s += `[${value.code}]`;
    s += `:${value.message}`;
    if (Array.isArray(value.errors)) s += ` errors=[${value.errors.map((e) => describe(e, seen + 1)).join(',')}]`;
    if (value.cause !== undefined && seen < 2) s += ` cause=${describe(value.cause, seen + 1)}`;
    return s;
  }
  if (ArrayBuffer.isView(value)) {
    const kind = value.constructor?.name === 'Buffer' ? 'B' : value.constructor?.name;
    const bytes = Buffer.from(value.buffer, value.byteOffset, value.byteLength);
    const text = bytes.toString('latin1');
    return /^[\x20-\x7e]*$/.test(text) ? `${kind}"${text}"` : `${kind}<${bytes.toString('hex')}>`;
  }
  if (seen > 3) return '…';
  if (Array.isArray(value)) return `[${value.map((v) => describe(v, seen + 1)).join(',')}]`;
  if (value instanceof Promise) return 'Promise';
  if (typeof value.on === 'function' && (value._readableState || value._writableState)) {
    return `<${value.constructor?.name}>`;
  }
  const keys = Object.keys(value);
  return `{${keys.map((k) => `${k}:${describe(value[k], seen + 1)}`).join(',')}}`;
}

function push(text) {
  if (!current) return;
  current.log.push(`d${depth} ${text}`);
}

process.on('uncaughtException', (err) => {
  if (current) push(`UNCAUGHT ${describe(err)}`);
  else {
    console.error('uncaught outside a scenario', err);
    process.exit(2);
  }
});
process.on('unhandledRejection', (err) => {
  if (current) push(`UNHANDLED-REJECTION ${describe(err)}`);
});
process.removeAllListeners('warning');
process.on('warning', (w) => push(`WARNING ${w.name} ${w.message}`));

// ---- the scenario toolkit -----------------------------------------------------

const readableFlags = ['objectMode', 'ended', 'endEmitted', 'reading', 'constructed', 'sync', 'needReadable',
  'emittedReadable', 'readableListening', 'resumeScheduled', 'errorEmitted', 'emitClose', 'autoDestroy',
  'destroyed', 'closed', 'closeEmitted', 'multiAwaitDrain', 'readingMore', 'dataEmitted', 'flowing', 'paused',
  'length', 'highWaterMark', 'pipesCount', 'encoding', 'defaultEncoding'];
const writableFlags = ['objectMode', 'finalCalled', 'needDrain', 'ending', 'ended', 'finished', 'destroyed',
  'decodeStrings', 'writing', 'sync', 'bufferProcessing', 'constructed', 'prefinished', 'errorEmitted',
  'emitClose', 'autoDestroy', 'closed', 'closeEmitted', 'allBuffers', 'allNoop', 'length', 'corked',
  'pendingcb', 'writelen', 'highWaterMark', 'defaultEncoding', 'bufferedRequestCount'];

// node's state layout: the kState bitfield, the own keys and the symbols.
function layout(state) {
  const syms = Object.getOwnPropertySymbols(state);
  const kState = syms.find((x) => x.description === 'kState');
  return `kState=${kState ? state[kState] : '-'} keys=${Object.keys(state).join(',')} ` +
    `syms=${syms.map((x) => x.description).join(',')}`;
}

function flagString(state, flags) {
  return `${layout(state)} ` + flags.map((f) => {
    const v = state[f];
    return `${f}=${typeof v === 'object' && v !== null ? describe(v) : String(v)}`;
  }).join(' ');
}

const standardEvents = ['end', 'finish', 'close', 'error', 'drain', 'pause', 'resume', 'pipe', 'unpipe', 'prefinish'];

function makeToolkit(envName, run) {
  // Events of a scenario that arrive after it was closed (late timers of its
  // streams) must not land in the next scenario's log.
  const push = (text) => {
    if (current === run) current.log.push(`d${depth} ${text}`);
  };
  const { S, P, EE } = envs[envName];
  const t = {
    S,
    P,
    EE,
    Buffer: envs[envName].Buffer,
    env: envName,
    log: (...parts) => push(parts.map((p) => (typeof p === 'string' ? p : describe(p))).join(' ')),
    describe,
    labelOf(obj) {
      return run.names.get(obj);
    },
    name(obj, label) {
      run.names.set(obj, label);
      return obj;
    },
    // Listens to the usual lifecycle events (not 'data'/'readable', which change
    // the stream's mode) and logs them.
    watch(stream, label, events = standardEvents) {
      if (label) run.names.set(stream, label);
      for (const ev of events) {
        stream.on(ev, (...a) => push(`${label} ev:${ev} ${a.map((x) => describe(x)).join(' ')}`));
      }
      return stream;
    },
    onData(stream, label, fn) {
      stream.on('data', (chunk) => {
        push(`${label} data ${describe(chunk)}`);
        if (fn) fn(chunk);
      });
    },
    cb(label) {
      return (...a) => push(`${label} cb(${a.map((x) => describe(x)).join(',')})`);
    },
    try(label, fn) {
      try {
        const r = fn();
        push(`${label} -> ${describe(r)}`);
        return r;
      } catch (e) {
        push(`${label} threw ${describe(e)}`);
        return undefined;
      }
    },
    rstate(stream, label = '') {
      const r = stream._readableState;
      push(`${label} R: len=${stream.readableLength} flowing=${stream.readableFlowing} readable=${stream.readable} ` +
        `ended=${stream.readableEnded} destroyed=${stream.destroyed} closed=${stream.closed} ` +
        `errored=${describe(stream.errored)} paused=${stream.isPaused()} didRead=${stream.readableDidRead} ` +
        `aborted=${stream.readableAborted} | ${r ? flagString(r, readableFlags) : 'no state'}`);
    },
    wstate(stream, label = '') {
      const w = stream._writableState;
      push(`${label} W: len=${stream.writableLength} writable=${stream.writable} ended=${stream.writableEnded} ` +
        `finished=${stream.writableFinished} needDrain=${stream.writableNeedDrain} corked=${stream.writableCorked} ` +
        `destroyed=${stream.destroyed} closed=${stream.closed} errored=${describe(stream.errored)} ` +
        `aborted=${stream.writableAborted} | ${w ? flagString(w, writableFlags) : 'no state'}`);
    },
    // Waits for n turns of the event loop (all ticks and microtasks in between).
    turn(n = 1) {
      return new Promise((resolve) => {
        let k = n;
        const step = () => (--k <= 0 ? resolve() : setImmediate(step));
        setImmediate(step);
      });
    },
    micro() {
      return Promise.resolve();
    },
    // A plain Readable whose _read() calls are logged and answered by `onRead`.
    readable(label, opts = {}, onRead) {
      const r = new S.Readable({
        ...opts,
        read(n) {
          push(`${label} _read(${n})`);
          if (onRead) onRead.call(this, n);
        },
      });
      run.names.set(r, label);
      return r;
    },
    // A Writable whose writes are logged; `mode` decides when callbacks run:
    // 'sync', 'tick', 'micro', 'turn', 'manual' (kept in t.pending[label]).
    writable(label, opts = {}, mode = 'sync') {
      const pendingList = [];
      const w = new S.Writable({
        ...opts,
        write(chunk, enc, cb) {
          push(`${label} _write(${describe(chunk)},${enc})`);
          complete(cb);
        },
      });
      function complete(cb) {
        if (mode === 'sync') cb();
        else if (mode === 'tick') process.nextTick(cb);
        else if (mode === 'micro') Promise.resolve().then(() => cb());
        else if (mode === 'turn') setImmediate(cb);
        else pendingList.push(cb);
      }
      w.pendingCallbacks = pendingList;
      run.names.set(w, label);
      return w;
    },
    // Runs the manual write callbacks of `w` queued so far.
    flushWrites(w, err) {
      const list = w.pendingCallbacks.splice(0);
      for (const cb of list) cb(err);
    },
  };
  return t;
}

// ---- running ------------------------------------------------------------------

const scenarios = [];
// nodeOnly: needs something jsrig lacks (web streams), so skipped with --engine.
function scenario(name, fn, nodeOnly = false) {
  scenarios.push({ name, fn, nodeOnly });
}

function settle() {
  return new Promise((resolve) => {
    let n = 4;
    const step = () => (--n <= 0 ? resolve() : setImmediate(step));
    setImmediate(step);
  });
}

async function runOne(sc, envName) {
  const run = { log: [], names: new Map() };
  current = run;
  depth = 0;
  const t = makeToolkit(envName, run);
  let timer;
  try {
    const result = sc.fn(t);
    if (result && typeof result.then === 'function') {
      const outcome = await Promise.race([
        result.then(() => 'ok', (e) => {
          push(`SCENARIO REJECTED ${describe(e)}`);
          return 'ok';
        }),
        new Promise((resolve) => {
          timer = setTimeout(() => resolve('timeout'), 1500);
        }),
      ]);
      if (outcome === 'timeout') push('SCENARIO TIMEOUT');
    }
  } catch (e) {
    push(`SCENARIO THREW ${describe(e)}`);
  } finally {
    clearTimeout(timer);
  }
  await settle();
  current = null;
  return run.log;
}

function diff(a, b) {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i] !== b[i]) return i;
  }
  return -1;
}

function selected() {
  return scenarios.filter((sc) => (!only || sc.name.includes(only)) && !(engine && sc.nodeOnly));
}

// Our side's logs from jsrig: the child prints them as one JSON object.
function runChild() {
  const { spawnSync } = require('child_process');
  const bin = jsrigArg || path.join(__dirname, '..', '..', 'target', 'release', 'jsrig');
  const childArgs = ['--engine', engine, __filename, '--child'];
  if (only) childArgs.push(`--only=${only}`);
  if (seedsArg) childArgs.push(seedsArg);
  const res = spawnSync(bin, childArgs, { encoding: 'utf8', maxBuffer: 1 << 30 });
  const out = res.stdout || '';
  const start = out.indexOf('@@LOGS@@');
  if (start === -1) {
    console.log(`jsrig child failed (status ${res.status}):\n${out.slice(-4000)}\n${(res.stderr || '').slice(-4000)}`);
    process.exit(2);
  }
  return JSON.parse(out.slice(start + 8));
}

async function childMain() {
  const logs = {};
  for (const sc of selected()) logs[sc.name] = await runOne(sc, 'ours');
  process.stdout.write(`@@LOGS@@${JSON.stringify(logs)}`);
}

async function main() {
  if (isChild) return childMain();
  const childLogs = engine ? runChild() : null;
  let mismatches = 0;
  let count = 0;
  for (const sc of selected()) {
    count++;
    const a = await runOne(sc, 'node');
    const b = childLogs ? childLogs[sc.name] || ['(not run)'] : await runOne(sc, 'ours');
    const at = diff(a, b);
    if (at !== -1) {
      mismatches++;
      console.log(`MISMATCH ${sc.name} (first difference at entry ${at})`);
      const from = verbose ? 0 : Math.max(0, at - 4);
      const to = verbose ? Math.max(a.length, b.length) : at + 6;
      const cut = (x) => (verbose || x === undefined || x.length < 300 ? x : `${x.slice(0, 300)}…`);
      console.log('  node:');
      for (let i = from; i < Math.min(a.length, to); i++) console.log(`   ${i === at ? '>' : ' '}${i} ${cut(a[i])}`);
      console.log(`  ours${engine ? ` (jsrig ${engine})` : ''}:`);
      for (let i = from; i < Math.min(b.length, to); i++) console.log(`   ${i === at ? '>' : ' '}${i} ${cut(b[i])}`);
      if (a[at] !== undefined && b[at] !== undefined) {
        const wa = a[at].split(' ');
        const wb = b[at].split(' ');
        const differing = [];
        for (let k = 0; k < Math.max(wa.length, wb.length); k++) {
          if (wa[k] !== wb[k]) differing.push(`${wa[k]} / ${wb[k]}`);
        }
        if (differing.length <= 6) console.log(`  differing words (node / ours): ${differing.join(' | ')}`);
      }
    } else if (verbose) {
      console.log(`ok ${sc.name} (${a.length} entries)`);
      for (const line of a) console.log(`    ${line}`);
    }
  }
  console.log(`${count} scenarios, ${mismatches} mismatches${engine ? ` (ours on jsrig ${engine})` : ''}`);
  process.exitCode = mismatches ? 1 : 0;
}

// ---- scenarios ---------------------------------------------------------------

// ==== Readable ================================================================

// Pushes in various places (constructor, sync in _read, async in _read) and
// consumption modes ('data', 'readable', read(n), async iteration, pipe).
const pushTimings = ['sync', 'tick', 'micro', 'turn'];
function later(t, timing, fn) {
  if (timing === 'sync') fn();
  else if (timing === 'tick') process.nextTick(fn);
  else if (timing === 'micro') Promise.resolve().then(fn);
  else setImmediate(fn);
}

for (const timing of pushTimings) {
  for (const objectMode of [false, true]) {
    for (const hwm of [undefined, 0, 1, 3]) {
      const tag = `timing=${timing} obj=${objectMode} hwm=${hwm}`;
      scenario(`readable data-flow ${tag}`, async (t) => {
        const chunks = objectMode ? [1, 2, 3, 4, 5] : ['ab', 'cd', 'ef', 'gh', 'ij'];
        let i = 0;
        const r = t.readable('r', { objectMode, highWaterMark: hwm }, function () {
          later(t, timing, () => {
            const c = i < chunks.length ? chunks[i++] : null;
            t.log('push', c, '->', this.push(c));
            t.rstate(this, 'r');
          });
        });
        t.watch(r, 'r');
        t.onData(r, 'r');
        t.rstate(r, 'r');
        await t.turn(8);
        t.rstate(r, 'r');
      });

      scenario(`readable readable-event ${tag}`, async (t) => {
        const chunks = objectMode ? [1, 2, 3, 4, 5] : ['ab', 'cd', 'ef', 'gh', 'ij'];
        let i = 0;
        const r = t.readable('r', { objectMode, highWaterMark: hwm }, function () {
          later(t, timing, () => {
            const c = i < chunks.length ? chunks[i++] : null;
            t.log('push', c, '->', this.push(c));
          });
        });
        t.watch(r, 'r');
        r.on('readable', () => {
          t.log('readable');
          t.rstate(r, 'r');
          let c;
          while ((c = r.read()) !== null) t.log('read ->', c);
          t.rstate(r, 'r');
        });
        await t.turn(8);
      });

      scenario(`readable read-n ${tag}`, async (t) => {
        const chunks = objectMode ? [1, 2, 3, 4, 5] : ['abc', 'defg', 'h', 'ijklm', 'no'];
        let i = 0;
        const r = t.readable('r', { objectMode, highWaterMark: hwm }, function () {
          later(t, timing, () => {
            const c = i < chunks.length ? chunks[i++] : null;
            t.log('push', c, '->', this.push(c));
          });
        });
        t.watch(r, 'r');
        for (const n of [0, 1, 2, undefined, 5, 0, 3, 100]) {
          t.try(`read(${n})`, () => r.read(n));
          t.rstate(r, 'r');
          await t.turn(1);
        }
        r.on('readable', () => {
          t.log('readable');
          t.try('read(2)', () => r.read(2));
          t.try('read(2)', () => r.read(2));
        });
        await t.turn(6);
        t.rstate(r, 'r');
      });
    }
  }
}

scenario('readable push in constructor before listeners', async (t) => {
  const r = new t.S.Readable({ read() {} });
  t.name(r, 'r');
  t.log(r.push('a'), r.push('b'), r.push(null));
  t.rstate(r, 'r');
  t.watch(r, 'r');
  r.on('data', (c) => t.log('data', c));
  t.rstate(r, 'r');
  await t.turn(3);
});

scenario('readable push returns false at hwm', async (t) => {
  const r = t.readable('r', { highWaterMark: 5 });
  for (const c of ['ab', 'cd', 'e', 'f', '', 'gh']) t.log('push', c, r.push(c));
  t.rstate(r, 'r');
  t.try('read(3)', () => r.read(3));
  t.rstate(r, 'r');
  await t.turn(2);
  t.rstate(r, 'r');
});

scenario('readable objectMode push false at hwm', async (t) => {
  const r = t.readable('r', { objectMode: true, highWaterMark: 2 });
  for (const c of [1, 'x', {}, [], 0, false, undefined]) t.log('push', c, r.push(c));
  t.rstate(r, 'r');
  r.on('data', (c) => t.log('data', c));
  await t.turn(3);
});

scenario('readable push null twice, push after EOF', async (t) => {
  const r = t.readable('r');
  t.watch(r, 'r');
  t.log(r.push('x'), r.push(null), r.push(null));
  t.try('push after eof', () => r.push('y'));
  t.rstate(r, 'r');
  await t.turn(3);
  t.rstate(r, 'r');
});

scenario('readable push after EOF autoDestroy false', async (t) => {
  const r = t.readable('r', { autoDestroy: false });
  t.watch(r, 'r');
  r.push(null);
  t.try('push after eof', () => r.push('y'));
  t.rstate(r, 'r');
  await t.turn(3);
  t.rstate(r, 'r');
});

scenario('readable push invalid chunks', async (t) => {
  for (const bad of [5, {}, true, Symbol('s')]) {
    const r = t.readable('r');
    t.watch(r, 'r');
    t.try('push bad', () => r.push(bad));
    t.rstate(r, 'r');
    await t.turn(2);
  }
  const r2 = t.readable('r2');
  t.log('push undefined', r2.push(undefined), 'push empty', r2.push(''), r2.push(t.Buffer.alloc(0)));
  t.rstate(r2, 'r2');
  t.log('push u8', r2.push(new Uint8Array([65, 66])));
  t.try('read', () => r2.read());
});

scenario('readable unshift', async (t) => {
  const r = t.readable('r');
  t.watch(r, 'r');
  r.push('hello');
  t.try('read(2)', () => r.read(2));
  t.try('unshift', () => r.unshift('XY'));
  t.try('unshift buf', () => r.unshift(t.Buffer.from('Z')));
  t.try('unshift empty', () => r.unshift(''));
  t.try('unshift null', () => r.unshift(null));
  t.rstate(r, 'r');
  t.try('read()', () => r.read());
  r.push(null);
  await t.turn(2);
  t.try('read()', () => r.read());
  await t.turn(2);
  t.try('unshift after end', () => r.unshift('late'));
  await t.turn(2);
});

scenario('readable unshift objectMode', async (t) => {
  const r = t.readable('r', { objectMode: true });
  r.push(1);
  r.push(2);
  t.try('read', () => r.read());
  t.try('unshift 0', () => r.unshift(0));
  t.try('unshift null', () => r.unshift(null));
  t.try('read', () => r.read());
  t.try('read', () => r.read());
  t.rstate(r, 'r');
});

scenario('readable unshift with encoding', async (t) => {
  const r = t.readable('r', { encoding: 'utf8' });
  r.push('hello');
  t.try('read(2)', () => r.read(2));
  t.try('unshift', () => r.unshift('68', 'hex'));
  t.try('unshift buf', () => r.unshift(t.Buffer.from('Q')));
  t.try('read', () => r.read());
});

scenario('readable setEncoding multibyte split', async (t) => {
  const euro = t.Buffer.from('€uro ünï', 'utf8');
  const r = t.readable('r');
  t.watch(r, 'r');
  r.setEncoding('utf8');
  t.log('encoding', r.readableEncoding);
  for (let i = 0; i < euro.length; i += 1) r.push(euro.subarray(i, i + 1));
  r.push(null);
  t.rstate(r, 'r');
  r.on('data', (c) => t.log('data', c));
  await t.turn(3);
});

scenario('readable setEncoding after buffering', async (t) => {
  const r = t.readable('r');
  r.push(t.Buffer.from([0xe2, 0x82]));
  r.push(t.Buffer.from([0xac, 0x41]));
  t.rstate(r, 'r');
  r.setEncoding('hex');
  t.rstate(r, 'r');
  r.setEncoding('utf8');
  t.rstate(r, 'r');
  t.try('read(1)', () => r.read(1));
  t.try('read()', () => r.read());
});

for (const enc of ['utf8', 'hex', 'base64', 'latin1', 'utf16le', 'UTF-8', 'ucs2']) {
  scenario(`readable encoding option ${enc}`, async (t) => {
    const r = t.readable('r', { encoding: enc });
    t.log('enc', r.readableEncoding);
    r.push(t.Buffer.from('héllo wörld €', 'utf8'));
    r.push('abc', 'latin1');
    r.push(t.Buffer.from([0xf0, 0x9f]));
    r.push(t.Buffer.from([0x98, 0x80]));
    r.push(null);
    t.try('read(3)', () => r.read(3));
    r.on('data', (c) => t.log('data', c));
    await t.turn(2);
  });
}

scenario('readable push string with encoding, decoder set', async (t) => {
  const r = t.readable('r', { encoding: 'hex' });
  r.push('ff00', 'hex');
  r.push('AB', 'utf8');
  r.push('x');
  t.try('read', () => r.read());
});

scenario('readable defaultEncoding option', async (t) => {
  const r = t.readable('r', { defaultEncoding: 'hex' });
  r.push('4142');
  t.try('read', () => r.read());
  t.try('bad defaultEncoding', () => new t.S.Readable({ defaultEncoding: 'nope' }));
});

scenario('readable flowing: pause and resume', async (t) => {
  let i = 0;
  const r = t.readable('r', { highWaterMark: 4 }, function () {
    if (i < 6) this.push(`c${i++}`);
    else this.push(null);
  });
  t.watch(r, 'r');
  r.on('data', (c) => {
    t.log('data', c);
    if (String(c) === 'c1') {
      r.pause();
      t.rstate(r, 'r');
      setImmediate(() => {
        t.log('resume');
        r.resume();
        t.rstate(r, 'r');
      });
    }
  });
  await t.turn(8);
});

scenario('readable resume without listeners drains', async (t) => {
  const r = t.readable('r', {}, function () {
    this.push(null);
  });
  t.watch(r, 'r');
  r.push('x');
  r.resume();
  t.rstate(r, 'r');
  await t.turn(3);
  t.rstate(r, 'r');
});

scenario('readable pause before data listener', async (t) => {
  const r = t.readable('r');
  t.watch(r, 'r');
  r.pause();
  t.rstate(r, 'r');
  r.on('data', (c) => t.log('data', c));
  r.push('a');
  t.rstate(r, 'r');
  await t.turn(2);
  r.resume();
  await t.turn(2);
  r.push(null);
  await t.turn(2);
});

scenario('readable isPaused states', async (t) => {
  const r = t.readable('r');
  t.log('isPaused', r.isPaused(), r.readableFlowing);
  r.on('readable', () => {});
  t.log('isPaused', r.isPaused(), r.readableFlowing);
  r.resume();
  t.log('isPaused', r.isPaused(), r.readableFlowing);
  r.removeAllListeners('readable');
  t.log('isPaused', r.isPaused(), r.readableFlowing);
  await t.turn(2);
  t.log('isPaused', r.isPaused(), r.readableFlowing);
  r.pause();
  t.log('isPaused', r.isPaused(), r.readableFlowing);
});

scenario('readable readable+data listeners', async (t) => {
  const r = t.readable('r');
  t.watch(r, 'r');
  r.on('readable', () => {
    t.log('readable');
    t.try('read', () => r.read());
  });
  r.on('data', (c) => t.log('data', c));
  r.push('a');
  r.push('b');
  t.rstate(r, 'r');
  await t.turn(2);
  r.push(null);
  await t.turn(3);
});

scenario('readable remove readable listener then data flows', async (t) => {
  const r = t.readable('r');
  t.watch(r, 'r');
  const onReadable = () => t.log('readable');
  r.on('readable', onReadable);
  r.on('data', (c) => t.log('data', c));
  r.push('a');
  await t.turn(2);
  t.rstate(r, 'r');
  r.removeListener('readable', onReadable);
  t.rstate(r, 'r');
  await t.turn(2);
  t.rstate(r, 'r');
  r.push('b');
  r.push(null);
  await t.turn(3);
});

scenario('readable once readable', async (t) => {
  const r = t.readable('r');
  t.watch(r, 'r');
  r.once('readable', () => {
    t.log('once readable');
    t.try('read', () => r.read());
  });
  r.push('a');
  await t.turn(2);
  t.rstate(r, 'r');
  r.on('data', (c) => t.log('data', c));
  r.push('b');
  await t.turn(2);
  r.push(null);
  await t.turn(2);
});

scenario('readable resume while readable listener then remove', async (t) => {
  const r = t.readable('r');
  const f = () => t.log('readable');
  r.on('readable', f);
  r.resume();
  t.rstate(r, 'r');
  r.off('readable', f);
  await t.turn(2);
  t.rstate(r, 'r');
});

scenario('readable removeAllListeners data keeps listening flag', async (t) => {
  const r = t.readable('r');
  r.on('data', (c) => t.log('data1', c));
  await t.turn(1);
  r.removeAllListeners('data');
  r.push('x');
  t.rstate(r, 'r');
  r.on('data', (c) => t.log('data2', c));
  r.push('y');
  await t.turn(2);
  const r2 = t.readable('r2');
  const f = (c) => t.log('f', c);
  r2.on('data', f);
  await t.turn(1);
  r2.off('data', f);
  r2.push('z');
  t.rstate(r2, 'r2');
});

scenario('readable end without consuming', async (t) => {
  const r = t.readable('r');
  t.watch(r, 'r');
  r.push('x');
  r.push(null);
  await t.turn(3);
  t.rstate(r, 'r');
  t.try('read', () => r.read());
  await t.turn(3);
  t.rstate(r, 'r');
});

scenario('readable end empty stream with data listener', async (t) => {
  const r = t.readable('r', {}, function () {
    this.push(null);
  });
  t.watch(r, 'r');
  r.on('data', (c) => t.log('data', c));
  await t.turn(3);
});

scenario('readable end listener added after end', async (t) => {
  const r = t.readable('r');
  r.push(null);
  r.resume();
  await t.turn(3);
  t.watch(r, 'r');
  t.rstate(r, 'r');
  r.on('data', () => t.log('data'));
  await t.turn(2);
});

scenario('readable read(0) triggers _read', async (t) => {
  const r = t.readable('r', { highWaterMark: 2 }, function () {
    t.log('in read, pushing');
    this.push('x');
  });
  t.try('read(0)', () => r.read(0));
  t.rstate(r, 'r');
  await t.turn(2);
  t.rstate(r, 'r');
  t.try('read(0)', () => r.read(0));
  await t.turn(2);
});

scenario('readable read huge grows hwm', async (t) => {
  const r = t.readable('r');
  t.try('read(20000)', () => r.read(20000));
  t.log('hwm', r.readableHighWaterMark);
  t.try('read 2GB', () => r.read(2 ** 31));
  t.try('read("3")', () => r.read('3'));
  t.try('read(1.5)', () => r.read(1.5));
  t.try('read(-1)', () => r.read(-1));
});

scenario('readable _read throws', async (t) => {
  const r = new t.S.Readable({
    read() {
      throw new Error('read boom');
    },
  });
  t.watch(r, 'r');
  t.try('read', () => r.read());
  t.rstate(r, 'r');
  await t.turn(3);
});

scenario('readable _read not implemented', async (t) => {
  const r = new t.S.Readable();
  t.watch(r, 'r');
  r.resume();
  await t.turn(3);
});

scenario('readable destroy variants', async (t) => {
  for (const how of ['plain', 'error', 'cb', 'error+cb', 'twice', 'in _destroy error', 'emitClose false',
    '_destroy throws', 'autoDestroy false error']) {
    t.log('---', how);
    const opts = {};
    if (how === 'emitClose false') opts.emitClose = false;
    if (how === 'autoDestroy false error') opts.autoDestroy = false;
    if (how === 'in _destroy error') {
      opts.destroy = (err, cb) => {
        t.log('_destroy', err);
        cb(new Error('from _destroy'));
      };
    }
    if (how === '_destroy throws') {
      opts.destroy = () => {
        throw new Error('destroy threw');
      };
    }
    const r = t.readable('r', opts);
    t.watch(r, 'r');
    r.push('x');
    if (how === 'plain' || how === 'emitClose false' || how === 'in _destroy error' || how === '_destroy throws') {
      t.try('destroy', () => r.destroy() === r);
    } else if (how === 'error' || how === 'autoDestroy false error') {
      t.try('destroy', () => r.destroy(new Error('boom')) === r);
    } else if (how === 'cb') {
      r.destroy(null, t.cb('destroy'));
    } else if (how === 'error+cb') {
      r.destroy(new Error('boom'), t.cb('destroy'));
    } else {
      r.destroy(new Error('first'));
      r.destroy(new Error('second'), t.cb('second destroy'));
    }
    t.rstate(r, 'r');
    t.try('push after destroy', () => r.push('y'));
    t.try('read after destroy', () => r.read());
    await t.turn(2);
    t.rstate(r, 'r');
  }
});

scenario('readable destroy while flowing with buffered data', async (t) => {
  const r = t.readable('r');
  t.watch(r, 'r');
  r.push('a');
  r.push('b');
  r.on('data', (c) => {
    t.log('data', c);
    r.destroy();
  });
  await t.turn(3);
});

scenario('readable destroy after end', async (t) => {
  const r = t.readable('r', { autoDestroy: false });
  t.watch(r, 'r');
  r.push(null);
  r.resume();
  await t.turn(2);
  r.destroy();
  await t.turn(2);
  t.rstate(r, 'r');
});

scenario('readable autoDestroy false keeps open', async (t) => {
  const r = t.readable('r', { autoDestroy: false });
  t.watch(r, 'r');
  r.on('data', (c) => t.log('data', c));
  r.push('a');
  r.push(null);
  await t.turn(3);
  t.rstate(r, 'r');
});

scenario('readable errorOrDestroy without autoDestroy', async (t) => {
  const r = t.readable('r', { autoDestroy: false });
  t.watch(r, 'r');
  r.push(5);
  await t.turn(2);
  t.rstate(r, 'r');
  r.push(7);
  await t.turn(2);
});

scenario('readable unhandled error', async (t) => {
  const r = t.readable('r');
  r.destroy(new Error('nobody listens'));
  await t.turn(2);
});

scenario('readable construct', async (t) => {
  for (const mode of ['ok-sync', 'ok-async', 'error', 'destroy-during', 'throws', 'twice']) {
    t.log('---', mode);
    const r = new t.S.Readable({
      construct(cb) {
        t.log('_construct');
        if (mode === 'ok-sync') cb();
        else if (mode === 'ok-async') setImmediate(cb);
        else if (mode === 'error') cb(new Error('construct failed'));
        else if (mode === 'destroy-during') setImmediate(() => cb());
        else if (mode === 'throws') throw new Error('construct threw');
        else {
          cb();
          cb();
        }
      },
      read() {
        t.log('_read');
        this.push('x');
        this.push(null);
      },
    });
    t.watch(r, 'r');
    r.on('data', (c) => t.log('data', c));
    t.rstate(r, 'r');
    if (mode === 'destroy-during') r.destroy(new Error('early'));
    await t.turn(4);
    t.rstate(r, 'r');
  }
});

scenario('readable readable getters', async (t) => {
  const r = t.readable('r', { highWaterMark: 7, objectMode: false });
  t.log(r.readableHighWaterMark, r.readableObjectMode, r.readableEncoding, r.readableFlowing, r.readableLength,
    r.readableEnded, r.readableDidRead, r.readableAborted, r.errored, r.closed, r.destroyed, r.readable);
  r.readable = false;
  t.log('readable set false', r.readable);
  r.readableFlowing = true;
  t.log('flowing set', r.readableFlowing);
  r.destroyed = true;
  t.log('destroyed set', r.destroyed);
  t.log(typeof r.readableBuffer, Array.isArray(r.readableBuffer));
});

scenario('readable readableAborted/didRead', async (t) => {
  const r = t.readable('r');
  r.push('a');
  t.log(r.readableDidRead, r.readableAborted);
  r.read();
  t.log(r.readableDidRead, r.readableAborted);
  r.destroy();
  t.log(r.readableDidRead, r.readableAborted);
  t.log('isDisturbed', t.S.isDisturbed(r), 'isErrored', t.S.isErrored(r), 'isReadable', t.S.isReadable(r),
    'isDestroyed', t.S.isDestroyed(r));
  await t.turn(2);
});

scenario('readable wrap old stream', async (t) => {
  const old = new t.S.Stream();
  old.readable = true;
  old.pause = () => t.log('old pause');
  old.resume = () => t.log('old resume');
  old.extra = function () {
    return 'extra';
  };
  const r = new t.S.Readable({ highWaterMark: 2 }).wrap(old);
  t.watch(r, 'r');
  r.on('data', (c) => t.log('data', c));
  old.emit('data', t.Buffer.from('abc'));
  old.emit('data', t.Buffer.from('def'));
  t.log('has pause', typeof r.pause, 'extra', typeof r.extra === 'function' ? r.extra() : r.extra);
  await t.turn(2);
  old.emit('end');
  await t.turn(3);
});

scenario('readable wrap error and close', async (t) => {
  const old = new t.EE();
  const r = new t.S.Readable({ objectMode: true }).wrap(old);
  t.watch(r, 'r');
  old.emit('error', new Error('old failed'));
  await t.turn(2);
  const old2 = new t.EE();
  const r2 = new t.S.Readable().wrap(old2);
  t.watch(r2, 'r2');
  old2.emit('close');
  await t.turn(2);
});

scenario('readable Readable.wrap static', async (t) => {
  const old = new t.EE();
  old.readableObjectMode = true;
  const r = t.S.Readable.wrap(old);
  t.watch(r, 'r');
  t.log('obj', r.readableObjectMode);
  r.on('data', (c) => t.log('data', c));
  old.emit('data', { a: 1 });
  old.emit('end');
  await t.turn(3);
});

scenario('readable captureRejection destroys', async (t) => {
  const r = new t.S.Readable({ read() {}, captureRejections: true });
  t.watch(r, 'r');
  r.on('data', async () => {
    throw new Error('async listener failed');
  });
  r.push('x');
  await t.turn(3);
});

scenario('readable call without new', async (t) => {
  const r = t.S.Readable({ read() {} });
  t.log(r instanceof t.S.Readable, r instanceof t.S.Stream, r instanceof t.EE);
  const w = t.S.Writable({ write(c, e, cb) { cb(); } });
  t.log(w instanceof t.S.Writable);
  const d = t.S.Duplex();
  t.log(d instanceof t.S.Duplex, d instanceof t.S.Writable, d instanceof t.S.Readable);
  const tr = t.S.Transform();
  t.log(tr instanceof t.S.Transform, tr instanceof t.S.Writable);
  const pt = t.S.PassThrough();
  t.log(pt instanceof t.S.PassThrough, pt instanceof t.S.Transform);
  t.log({} instanceof t.S.Writable, null instanceof t.S.Writable);
});

scenario('readable subclass es6', async (t) => {
  class Counter extends t.S.Readable {
    constructor(opt) {
      super(opt);
      this.n = 0;
    }

    _read() {
      this.n += 1;
      if (this.n > 3) this.push(null);
      else this.push(String(this.n));
    }
  }
  const c = new Counter();
  t.watch(c, 'c');
  c.on('data', (d) => t.log('data', d));
  await t.turn(4);
});

scenario('readable subclass old style', async (t) => {
  function Old(opt) {
    t.S.Readable.call(this, opt);
    this.i = 0;
  }
  Object.setPrototypeOf(Old.prototype, t.S.Readable.prototype);
  Old.prototype._read = function () {
    this.push(this.i++ < 2 ? 'z' : null);
  };
  const o = new Old({ highWaterMark: 1 });
  t.watch(o, 'o');
  o.on('data', (d) => t.log('data', d));
  await t.turn(4);
});


// ==== Writable ================================================================

for (const mode of ['sync', 'tick', 'micro', 'turn']) {
  for (const objectMode of [false, true]) {
    for (const hwm of [undefined, 0, 1, 4]) {
      const tag = `cb=${mode} obj=${objectMode} hwm=${hwm}`;
      scenario(`writable write sequence ${tag}`, async (t) => {
        const w = t.writable('w', { objectMode, highWaterMark: hwm }, mode);
        t.watch(w, 'w');
        const chunks = objectMode ? [1, 'two', { three: 3 }, [4], 5] : ['ab', 'cde', 'f', 'ghij', 'k'];
        for (const [i, c] of chunks.entries()) {
          t.try(`write ${i}`, () => w.write(c, t.cb(`write ${i}`)));
          t.wstate(w, 'w');
        }
        await t.turn(2);
        t.try('write late', () => w.write(objectMode ? 6 : 'late', t.cb('write late')));
        t.try('end', () => w.end(t.cb('end')) === w);
        t.wstate(w, 'w');
        await t.turn(6);
        t.wstate(w, 'w');
      });

      scenario(`writable drain cycle ${tag}`, async (t) => {
        const w = t.writable('w', { objectMode, highWaterMark: hwm }, mode);
        t.watch(w, 'w');
        let n = 0;
        function writeMore() {
          let ok = true;
          while (ok && n < 8) {
            ok = w.write(objectMode ? n : `x${n}`);
            t.log('write', n, ok);
            n++;
          }
          if (n < 8) w.once('drain', writeMore);
          else w.end();
        }
        writeMore();
        await t.turn(10);
      });

      scenario(`writable end with chunk ${tag}`, async (t) => {
        const w = t.writable('w', { objectMode, highWaterMark: hwm }, mode);
        t.watch(w, 'w');
        t.try('end', () => w.end(objectMode ? 'last' : 'last', t.cb('end')));
        t.wstate(w, 'w');
        t.try('end again', () => w.end(t.cb('end again')));
        t.try('write after end', () => w.write(objectMode ? 1 : 'x', t.cb('write after end')));
        await t.turn(4);
        t.try('end after finish', () => w.end(t.cb('end after finish')));
        await t.turn(2);
        t.wstate(w, 'w');
      });
    }
  }
}

scenario('writable write after end without error listener', async (t) => {
  const w = t.writable('w');
  w.end();
  t.try('write', () => w.write('x'));
  await t.turn(3);
});

scenario('writable write after end, with callback', async (t) => {
  const w = t.writable('w');
  t.watch(w, 'w');
  w.end();
  t.try('write', () => w.write('x', t.cb('write')));
  await t.turn(3);
  t.wstate(w, 'w');
});

scenario('writable write invalid', async (t) => {
  const w = t.writable('w');
  t.watch(w, 'w');
  t.try('write null', () => w.write(null));
  t.try('write number', () => w.write(5));
  t.try('write obj', () => w.write({}));
  t.try('write undefined', () => w.write(undefined));
  t.try('write bad enc', () => w.write('x', 'nope'));
  t.try('write u16', () => w.write(new Uint16Array([1])));
  t.try('write dataview', () => w.write(new DataView(new ArrayBuffer(3))));
  t.try('end number', () => w.end(7));
  t.wstate(w, 'w');
  await t.turn(3);
  const o = t.writable('o', { objectMode: true });
  t.try('obj write null', () => o.write(null));
  t.try('obj write undefined', () => o.write(undefined));
  t.try('obj write 0', () => o.write(0));
  await t.turn(2);
});

scenario('writable encodings and decodeStrings', async (t) => {
  for (const opts of [{}, { decodeStrings: false }, { defaultEncoding: 'hex' }, { decodeStrings: false, defaultEncoding: 'base64' }]) {
    t.log('---', opts);
    const w = new t.S.Writable({
      ...opts,
      write(chunk, enc, cb) {
        t.log('_write', chunk, enc);
        cb();
      },
    });
    w.write('6869');
    w.write('6869', 'latin1');
    w.write(t.Buffer.from('b'));
    w.write('zz', 'buffer');
    w.write(new Uint8Array([67]));
    t.try('setDefaultEncoding', () => w.setDefaultEncoding('UTF16LE') === w);
    w.write('é');
    t.try('setDefaultEncoding bad', () => w.setDefaultEncoding('bogus'));
    t.try('setDefaultEncoding buffer', () => w.setDefaultEncoding('buffer'));
    t.log('state enc', w._writableState.defaultEncoding);
  }
});

scenario('writable writev batching', async (t) => {
  for (const allNoop of [true, false]) {
    t.log('--- allNoop', allNoop);
    const pending = [];
    const w = new t.S.Writable({
      highWaterMark: 5,
      write(chunk, enc, cb) {
        t.log('_write', chunk, enc);
        pending.push(cb);
      },
      writev(chunks, cb) {
        t.log('_writev', chunks.map((c) => [c.chunk, c.encoding]), 'allBuffers', chunks.allBuffers);
        pending.push(cb);
      },
    });
    t.watch(w, 'w');
    for (const c of ['a', 'bb', 'ccc', 'd']) t.log('write', w.write(c, allNoop ? undefined : t.cb(`cb ${c}`)));
    t.wstate(w, 'w');
    pending.shift()();
    t.wstate(w, 'w');
    await t.turn(2);
    pending.shift()();
    await t.turn(2);
    w.end('e');
    await t.turn(2);
    while (pending.length) pending.shift()();
    await t.turn(3);
  }
});

scenario('writable writev only', async (t) => {
  const w = new t.S.Writable({
    decodeStrings: false,
    writev(chunks, cb) {
      t.log('_writev', chunks.map((c) => [c.chunk, c.encoding]));
      setImmediate(cb);
    },
  });
  t.watch(w, 'w');
  w.write('a');
  w.write('b', 'hex');
  w.write(t.Buffer.from('c'));
  w.end();
  await t.turn(5);
});

scenario('writable cork/uncork', async (t) => {
  const w = new t.S.Writable({
    write(chunk, enc, cb) {
      t.log('_write', chunk);
      cb();
    },
    writev(chunks, cb) {
      t.log('_writev', chunks.map((c) => c.chunk));
      cb();
    },
  });
  t.watch(w, 'w');
  w.cork();
  w.cork();
  w.write('a');
  w.write('b');
  t.wstate(w, 'w');
  w.uncork();
  t.wstate(w, 'w');
  w.uncork();
  t.wstate(w, 'w');
  w.uncork();
  w.cork();
  w.write('c');
  process.nextTick(() => w.uncork());
  await t.turn(2);
  w.cork();
  w.write('d');
  w.end('e');
  t.wstate(w, 'w');
  await t.turn(3);
});

scenario('writable cork without writev', async (t) => {
  const w = t.writable('w', {}, 'tick');
  t.watch(w, 'w');
  w.cork();
  w.write('a', t.cb('a'));
  w.write('b', t.cb('b'));
  w.write('c', t.cb('c'));
  w.uncork();
  t.wstate(w, 'w');
  await t.turn(4);
});

scenario('writable _write error sync/async', async (t) => {
  for (const how of ['sync', 'async', 'sync-noautodestroy', 'async-noautodestroy']) {
    t.log('---', how);
    const w = new t.S.Writable({
      autoDestroy: !how.includes('noautodestroy'),
      write(chunk, enc, cb) {
        t.log('_write', chunk);
        const err = new Error(`write failed ${chunk}`);
        if (how.startsWith('sync')) cb(err);
        else setImmediate(() => cb(err));
      },
    });
    t.watch(w, 'w');
    t.log('write1', w.write('a', t.cb('cb a')));
    t.log('write2', w.write('b', t.cb('cb b')));
    w.end(t.cb('end'));
    t.wstate(w, 'w');
    await t.turn(4);
    t.wstate(w, 'w');
    t.try('write after error', () => w.write('c', t.cb('cb c')));
    await t.turn(2);
  }
});

scenario('writable callback called twice', async (t) => {
  const w = new t.S.Writable({
    write(chunk, enc, cb) {
      cb();
      cb();
    },
  });
  t.watch(w, 'w');
  w.write('a', t.cb('a'));
  await t.turn(3);
});

scenario('writable _write throws', async (t) => {
  const w = new t.S.Writable({
    write() {
      throw new Error('write threw');
    },
  });
  t.watch(w, 'w');
  t.try('write', () => w.write('a'));
  t.wstate(w, 'w');
  await t.turn(2);
});

scenario('writable not implemented', async (t) => {
  const w = new t.S.Writable();
  t.watch(w, 'w');
  t.try('write', () => w.write('a'));
  await t.turn(2);
});

scenario('writable final', async (t) => {
  for (const how of ['sync', 'async', 'error-sync', 'error-async', 'throws', 'twice', 'never']) {
    t.log('---', how);
    const w = new t.S.Writable({
      write(chunk, enc, cb) {
        t.log('_write', chunk);
        cb();
      },
      final(cb) {
        t.log('_final');
        if (how === 'sync') cb();
        else if (how === 'async') setImmediate(cb);
        else if (how === 'error-sync') cb(new Error('final failed'));
        else if (how === 'error-async') setImmediate(() => cb(new Error('final failed later')));
        else if (how === 'throws') throw new Error('final threw');
        else if (how === 'twice') {
          cb();
          cb();
        }
      },
    });
    t.watch(w, 'w');
    w.write('x');
    w.end(t.cb('end'));
    t.wstate(w, 'w');
    await t.turn(4);
    t.wstate(w, 'w');
  }
});

scenario('writable destroy with pending writes', async (t) => {
  for (const how of ['plain', 'error', 'during write', 'pending end']) {
    t.log('---', how);
    const w = t.writable('w', { highWaterMark: 2 }, 'manual');
    t.watch(w, 'w');
    w.write('a', t.cb('a'));
    w.write('b', t.cb('b'));
    w.write('c', t.cb('c'));
    if (how === 'pending end') w.end(t.cb('end'));
    t.wstate(w, 'w');
    if (how === 'error') w.destroy(new Error('destroyed'), t.cb('destroy'));
    else w.destroy(undefined, t.cb('destroy'));
    t.wstate(w, 'w');
    t.try('write after destroy', () => w.write('d', t.cb('d')));
    if (how === 'during write') t.flushWrites(w);
    await t.turn(2);
    t.flushWrites(w);
    await t.turn(2);
    t.wstate(w, 'w');
    t.try('end after destroy', () => w.end(t.cb('end2')));
    await t.turn(2);
  }
});

scenario('writable destroy then end cb', async (t) => {
  const w = t.writable('w');
  t.watch(w, 'w');
  w.destroy();
  w.end(t.cb('end'));
  await t.turn(3);
  const w2 = t.writable('w2');
  t.watch(w2, 'w2');
  w2.destroy(new Error('x'));
  w2.end(t.cb('end'));
  await t.turn(3);
});

scenario('writable construct buffering', async (t) => {
  for (const how of ['sync', 'async', 'error', 'destroy-before']) {
    t.log('---', how);
    const w = new t.S.Writable({
      construct(cb) {
        t.log('_construct');
        if (how === 'sync') cb();
        else if (how === 'error') setImmediate(() => cb(new Error('no construct')));
        else setImmediate(cb);
      },
      write(chunk, enc, cb) {
        t.log('_write', chunk);
        cb();
      },
      final(cb) {
        t.log('_final');
        cb();
      },
    });
    t.watch(w, 'w');
    t.log('write', w.write('a', t.cb('a')));
    w.end('b', t.cb('end'));
    if (how === 'destroy-before') w.destroy(null, t.cb('destroy'));
    t.wstate(w, 'w');
    await t.turn(4);
    t.wstate(w, 'w');
  }
});

scenario('writable emitClose/autoDestroy options', async (t) => {
  for (const opts of [{ emitClose: false }, { autoDestroy: false }, { autoDestroy: false, emitClose: false }]) {
    t.log('---', opts);
    const w = t.writable('w', opts);
    t.watch(w, 'w');
    w.end('x');
    await t.turn(3);
    t.wstate(w, 'w');
    w.destroy();
    await t.turn(2);
    t.wstate(w, 'w');
  }
});

scenario('writable getters', async (t) => {
  const w = t.writable('w', { highWaterMark: 3, objectMode: false }, 'manual');
  t.log(w.writableHighWaterMark, w.writableObjectMode, w.writableLength, w.writableCorked, w.writableEnded,
    w.writableFinished, w.writableNeedDrain, w.writable, w.errored, w.closed, w.destroyed, w.writableAborted);
  w.write('abcd');
  w.write('e');
  t.log('buffer', w.writableBuffer, w._writableState.getBuffer(), w._writableState.bufferedRequestCount);
  t.log(w.writableLength, w.writableNeedDrain);
  w.writable = false;
  t.log('writable set', w.writable);
  w.writable = true;
  w.destroyed = true;
  t.log('destroyed set', w.destroyed);
  t.log('isWritable', t.S.isWritable(w));
});

scenario('writable pipe errors', async (t) => {
  const w = t.writable('w');
  t.watch(w, 'w');
  t.try('pipe', () => w.pipe(t.writable('w2')));
  await t.turn(2);
});

scenario('writable subclass', async (t) => {
  class Sink extends t.S.Writable {
    _write(chunk, enc, cb) {
      t.log('Sink _write', chunk, enc);
      cb();
    }

    _final(cb) {
      t.log('Sink _final');
      cb();
    }
  }
  const s = new Sink({ decodeStrings: false });
  t.watch(s, 's');
  s.write('abc');
  s.end();
  await t.turn(3);
});

scenario('writable needDrain and ending', async (t) => {
  const w = t.writable('w', { highWaterMark: 2 }, 'manual');
  t.watch(w, 'w');
  t.log(w.write('abc'), w.writableNeedDrain);
  w.end();
  t.log('needDrain after end', w.writableNeedDrain);
  t.flushWrites(w);
  await t.turn(3);
});

scenario('writable async dispose', async (t) => {
  if (typeof Symbol.asyncDispose !== 'symbol') return;
  const w = t.writable('w');
  t.watch(w, 'w');
  await w[Symbol.asyncDispose]();
  t.log('disposed', w.destroyed);
  const r = t.readable('r');
  t.watch(r, 'r');
  await r[Symbol.asyncDispose]();
  t.log('disposed', r.destroyed);
});

// ==== Duplex / Transform / PassThrough ======================================

for (const allowHalfOpen of [true, false]) {
  scenario(`duplex allowHalfOpen=${allowHalfOpen} readable ends first`, async (t) => {
    const d = new t.S.Duplex({
      allowHalfOpen,
      read() {},
      write(chunk, enc, cb) {
        t.log('_write', chunk);
        cb();
      },
      final(cb) {
        t.log('_final');
        cb();
      },
    });
    t.watch(d, 'd');
    d.on('data', (c) => t.log('data', c));
    d.push('x');
    d.push(null);
    await t.turn(3);
    t.rstate(d, 'd');
    t.wstate(d, 'd');
    t.try('write', () => d.write('y'));
    await t.turn(3);
    d.end();
    await t.turn(3);
    t.rstate(d, 'd');
    t.wstate(d, 'd');
  });

  scenario(`duplex allowHalfOpen=${allowHalfOpen} writable ends first`, async (t) => {
    const d = new t.S.Duplex({
      allowHalfOpen,
      read() {},
      write(chunk, enc, cb) {
        cb();
      },
    });
    t.watch(d, 'd');
    d.end('z');
    await t.turn(3);
    t.wstate(d, 'd');
    d.push('q');
    d.push(null);
    d.resume();
    await t.turn(3);
    t.rstate(d, 'd');
  });
}

scenario('duplex readable:false / writable:false options', async (t) => {
  const d1 = new t.S.Duplex({ readable: false, write(c, e, cb) { cb(); } });
  t.watch(d1, 'd1');
  t.log('d1', d1.readable, d1.writable, d1.readableEnded, t.S.isReadable(d1), t.S.isWritable(d1));
  d1.end('x');
  await t.turn(3);
  const d2 = new t.S.Duplex({ writable: false, read() {} });
  t.watch(d2, 'd2');
  t.log('d2', d2.readable, d2.writable, d2.writableEnded, d2.writableFinished);
  d2.push(null);
  d2.resume();
  await t.turn(3);
  const d3 = new t.S.Duplex({ readable: false, writable: false });
  t.watch(d3, 'd3');
  t.log('d3', d3.readable, d3.writable);
  await t.turn(2);
});

scenario('duplex objectMode split', async (t) => {
  const d = new t.S.Duplex({
    readableObjectMode: true,
    writableHighWaterMark: 3,
    read() {},
    write(chunk, enc, cb) {
      t.log('_write', chunk, enc);
      this.push({ got: chunk.toString() });
      cb();
    },
  });
  t.log(d.readableObjectMode, d.writableObjectMode, d.readableHighWaterMark, d.writableHighWaterMark);
  d.on('data', (c) => t.log('data', c));
  d.write('hello');
  d.write(t.Buffer.from('bb'));
  t.try('write obj', () => d.write({}));
  await t.turn(2);
  const d2 = new t.S.Duplex({ writableObjectMode: true, read() {}, write(c, e, cb) { t.log('_write', c, e); cb(); } });
  d2.write(42);
  t.try('push number', () => d2.push(42));
  await t.turn(2);
});

scenario('duplex destroy both sides', async (t) => {
  const d = new t.S.Duplex({ read() {}, write(c, e, cb) { setImmediate(cb); } });
  t.watch(d, 'd');
  d.write('a', t.cb('write a'));
  d.write('b', t.cb('write b'));
  d.push('x');
  d.destroy(new Error('duplex boom'));
  t.rstate(d, 'd');
  t.wstate(d, 'd');
  await t.turn(3);
  t.log(d.destroyed, d.readableAborted, d.writableAborted, d.closed, d.errored);
});

scenario('duplex write error surfaces on readable side', async (t) => {
  const d = new t.S.Duplex({ read() {}, write(c, e, cb) { cb(new Error('w fail')); } });
  t.watch(d, 'd');
  d.on('data', (c) => t.log('data', c));
  d.write('a');
  d.push('readable data');
  await t.turn(3);
  t.rstate(d, 'd');
});

scenario('duplex construct both sides', async (t) => {
  const d = new t.S.Duplex({
    construct(cb) {
      t.log('_construct');
      setImmediate(cb);
    },
    read() {
      t.log('_read');
      this.push('r');
      this.push(null);
    },
    write(c, e, cb) {
      t.log('_write', c);
      cb();
    },
    final(cb) {
      t.log('_final');
      cb();
    },
  });
  t.watch(d, 'd');
  d.write('w1');
  d.end('w2');
  d.on('data', (c) => t.log('data', c));
  await t.turn(5);
});

scenario('duplex destroyed getter/setter', async (t) => {
  const d = new t.S.Duplex();
  t.log(d.destroyed);
  d._readableState.destroyed = true;
  t.log(d.destroyed);
  d.destroyed = true;
  t.log(d.destroyed, d._writableState.destroyed);
  d.destroyed = false;
  t.log(d.destroyed, d._readableState.destroyed);
});

for (const rmode of ['flowing', 'readable', 'none']) {
  for (const hwm of [undefined, 1, 0]) {
    scenario(`transform basic consume=${rmode} hwm=${hwm}`, async (t) => {
      const tr = new t.S.Transform({
        highWaterMark: hwm,
        transform(chunk, enc, cb) {
          t.log('_transform', chunk, enc);
          const s = chunk.toString();
          if (s === 'double') {
            this.push('d1');
            this.push('d2');
            cb();
          } else if (s === 'skip') {
            cb();
          } else if (s === 'async') {
            setImmediate(() => cb(null, 'ASYNC'));
          } else {
            cb(null, s.toUpperCase());
          }
        },
        flush(cb) {
          t.log('_flush');
          this.push('flushed');
          cb(null, 'last');
        },
      });
      t.watch(tr, 'tr');
      if (rmode === 'flowing') tr.on('data', (c) => t.log('data', c));
      if (rmode === 'readable') {
        tr.on('readable', () => {
          let c;
          while ((c = tr.read()) !== null) t.log('read', c);
        });
      }
      for (const c of ['a', 'double', 'skip', 'async', 'b']) {
        t.log('write', c, tr.write(c, t.cb(`cb ${c}`)));
      }
      tr.end(t.cb('end'));
      t.rstate(tr, 'tr');
      t.wstate(tr, 'tr');
      await t.turn(6);
      t.rstate(tr, 'tr');
      t.wstate(tr, 'tr');
      if (rmode === 'none') {
        tr.resume();
        await t.turn(4);
      }
    });
  }
}

scenario('transform error in transform', async (t) => {
  for (const how of ['cb', 'throw', 'async']) {
    t.log('---', how);
    const tr = new t.S.Transform({
      transform(chunk, enc, cb) {
        if (how === 'cb') cb(new Error('tf failed'));
        else if (how === 'throw') throw new Error('tf threw');
        else setImmediate(() => cb(new Error('tf later')));
      },
    });
    t.watch(tr, 'tr');
    t.try('write', () => tr.write('x', t.cb('write')));
    await t.turn(3);
    t.rstate(tr, 'tr');
  }
});

scenario('transform flush variants', async (t) => {
  for (const how of ['none', 'error', 'data-only', 'async', 'push-after']) {
    t.log('---', how);
    const opts = {
      transform(chunk, enc, cb) {
        cb(null, chunk);
      },
    };
    if (how !== 'none') {
      opts.flush = function (cb) {
        if (how === 'error') cb(new Error('flush failed'));
        else if (how === 'data-only') cb(null, 'tail');
        else if (how === 'async') setImmediate(() => cb(null, 'late tail'));
        else {
          cb();
          t.try('push after flush', () => this.push('more'));
        }
      };
    }
    const tr = new t.S.Transform(opts);
    t.watch(tr, 'tr');
    tr.on('data', (c) => t.log('data', c));
    tr.end('body', t.cb('end'));
    await t.turn(4);
  }
});

scenario('transform backpressure holds callback', async (t) => {
  const tr = new t.S.Transform({
    highWaterMark: 2,
    transform(chunk, enc, cb) {
      t.log('_transform', chunk);
      cb(null, chunk);
    },
  });
  t.watch(tr, 'tr');
  for (let i = 0; i < 6; i++) t.log('write', i, tr.write(`c${i}`, t.cb(`cb${i}`)));
  t.rstate(tr, 'tr');
  t.wstate(tr, 'tr');
  await t.turn(2);
  t.try('read', () => tr.read());
  await t.turn(2);
  t.try('read', () => tr.read());
  await t.turn(2);
  tr.on('data', (c) => t.log('data', c));
  await t.turn(4);
  tr.end();
  await t.turn(3);
});

scenario('transform objectMode and encodings', async (t) => {
  const tr = new t.S.Transform({
    objectMode: true,
    transform(chunk, enc, cb) {
      t.log('_transform', chunk, enc);
      cb(null, { wrapped: chunk });
    },
  });
  tr.on('data', (c) => t.log('data', c));
  tr.write(1);
  tr.write('s');
  tr.write(null === 1 ? 0 : false);
  tr.end();
  await t.turn(3);
  const tr2 = new t.S.Transform({
    decodeStrings: false,
    encoding: 'utf8',
    transform(chunk, enc, cb) {
      t.log('_transform', chunk, enc);
      cb(null, t.Buffer.from(`<${chunk}>`));
    },
  });
  tr2.on('data', (c) => t.log('data', c));
  tr2.write('abc');
  tr2.write('6465', 'hex');
  tr2.end();
  await t.turn(3);
});

scenario('transform destroy mid-way', async (t) => {
  const tr = new t.S.Transform({
    transform(chunk, enc, cb) {
      setImmediate(() => cb(null, chunk));
    },
  });
  t.watch(tr, 'tr');
  tr.write('a', t.cb('a'));
  tr.write('b', t.cb('b'));
  tr.destroy();
  await t.turn(3);
  t.rstate(tr, 'tr');
  t.wstate(tr, 'tr');
});

scenario('transform _transform not implemented', async (t) => {
  const tr = new t.S.Transform();
  t.watch(tr, 'tr');
  t.try('write', () => tr.write('a'));
  await t.turn(2);
});

scenario('transform subclass with _final override', async (t) => {
  class T extends t.S.Transform {
    _transform(c, e, cb) {
      cb(null, c);
    }

    _flush(cb) {
      t.log('_flush');
      cb(null, 'F');
    }

    _final(cb) {
      t.log('_final override');
      cb();
    }
  }
  const x = new T();
  t.watch(x, 'x');
  x.on('data', (c) => t.log('data', c));
  x.end('a');
  await t.turn(4);
});

scenario('transform readableHighWaterMark 0', async (t) => {
  const tr = new t.S.Transform({
    readableHighWaterMark: 0,
    transform(c, e, cb) {
      t.log('_transform', c);
      cb(null, c);
    },
  });
  t.log(tr.readableHighWaterMark, tr.writableHighWaterMark);
  t.watch(tr, 'tr');
  t.log('write', tr.write('a'));
  t.log('write', tr.write('b'));
  await t.turn(2);
  tr.on('data', (c) => t.log('data', c));
  await t.turn(2);
  tr.end();
  await t.turn(2);
});

scenario('passthrough basics', async (t) => {
  const pt = new t.S.PassThrough();
  t.watch(pt, 'pt');
  t.log(pt.write('a'), pt.write(t.Buffer.from('b')));
  pt.end('c');
  pt.on('data', (c) => t.log('data', c));
  await t.turn(4);
  const po = new t.S.PassThrough({ objectMode: true, highWaterMark: 1 });
  t.watch(po, 'po');
  for (const v of [1, 2, 3]) t.log('write', v, po.write(v));
  t.rstate(po, 'po');
  t.wstate(po, 'po');
  po.on('data', (c) => t.log('data', c));
  await t.turn(3);
  po.end();
  await t.turn(3);
});

scenario('passthrough setEncoding', async (t) => {
  const pt = new t.S.PassThrough();
  pt.setEncoding('utf8');
  const euro = t.Buffer.from('€');
  pt.write(euro.subarray(0, 1));
  pt.write(euro.subarray(1));
  pt.end();
  pt.on('data', (c) => t.log('data', c));
  await t.turn(3);
});

// ==== pipe / unpipe ===========================================================

for (const wmode of ['sync', 'tick', 'turn', 'manual']) {
  for (const [rh, wh] of [[undefined, undefined], [2, 3], [1, 1], [4, 0]]) {
    scenario(`pipe backpressure w=${wmode} rhwm=${rh} whwm=${wh}`, async (t) => {
      let i = 0;
      const r = t.readable('r', { highWaterMark: rh }, function () {
        if (i < 6) this.push(`c${i++}`);
        else if (i++ === 6) this.push(null);
      });
      const w = t.writable('w', { highWaterMark: wh }, wmode);
      t.watch(r, 'r');
      t.watch(w, 'w');
      t.try('pipe', () => r.pipe(w) === w);
      t.rstate(r, 'r');
      for (let k = 0; k < 12; k++) {
        await t.turn(1);
        if (wmode === 'manual') t.flushWrites(w);
      }
      t.rstate(r, 'r');
      t.wstate(w, 'w');
    });
  }
}

scenario('pipe to two destinations, one slow', async (t) => {
  let i = 0;
  const r = t.readable('r', { highWaterMark: 2 }, function () {
    if (i < 5) this.push(`c${i++}`);
    else if (i++ === 5) this.push(null);
  });
  const fast = t.writable('fast', { highWaterMark: 1 }, 'sync');
  const slow = t.writable('slow', { highWaterMark: 1 }, 'manual');
  t.watch(r, 'r');
  t.watch(fast, 'fast');
  t.watch(slow, 'slow');
  r.pipe(fast);
  r.pipe(slow);
  t.rstate(r, 'r');
  for (let k = 0; k < 10; k++) {
    await t.turn(1);
    t.log('awaitDrain', typeof r._readableState.awaitDrainWriters?.size === 'number' ? `set:${r._readableState.awaitDrainWriters.size}` : describe(r._readableState.awaitDrainWriters));
    t.flushWrites(slow);
  }
});

scenario('pipe unpipe mid-stream', async (t) => {
  let i = 0;
  const r = t.readable('r', { highWaterMark: 2 }, function () {
    if (i < 8) setImmediate(() => this.push(`c${i++}`));
  });
  const w = t.writable('w', {}, 'sync');
  t.watch(r, 'r');
  t.watch(w, 'w');
  r.pipe(w);
  await t.turn(3);
  t.try('unpipe', () => r.unpipe(w) === r);
  t.rstate(r, 'r');
  await t.turn(3);
  t.try('unpipe again', () => r.unpipe(w));
  t.try('unpipe all', () => r.unpipe());
  r.pipe(w);
  await t.turn(2);
  const w2 = t.writable('w2', {}, 'sync');
  t.watch(w2, 'w2');
  r.pipe(w2);
  await t.turn(2);
  t.try('unpipe all', () => r.unpipe());
  t.rstate(r, 'r');
  await t.turn(2);
});

scenario('pipe end:false', async (t) => {
  const r = t.readable('r');
  const w = t.writable('w');
  t.watch(r, 'r');
  t.watch(w, 'w');
  r.pipe(w, { end: false });
  r.push('a');
  r.push(null);
  await t.turn(3);
  t.wstate(w, 'w');
  t.log('pipes', r._readableState.pipes.length);
});

scenario('pipe dest error unpipes', async (t) => {
  const r = t.readable('r');
  const w = new t.S.Writable({
    write(c, e, cb) {
      cb(new Error('dest failed'));
    },
  });
  t.watch(r, 'r');
  t.watch(w, 'w');
  r.pipe(w);
  r.push('a');
  await t.turn(3);
  t.rstate(r, 'r');
  t.log('pipes', r._readableState.pipes.length);
});

scenario('pipe dest error without listener is thrown', async (t) => {
  const r = t.readable('r');
  const w = new t.S.Writable({
    write(c, e, cb) {
      cb(new Error('unhandled dest'));
    },
  });
  r.pipe(w);
  r.push('a');
  await t.turn(3);
});

scenario('pipe source error does not end dest', async (t) => {
  const r = t.readable('r');
  const w = t.writable('w');
  t.watch(r, 'r');
  t.watch(w, 'w');
  r.pipe(w);
  r.push('a');
  await t.turn(1);
  r.destroy(new Error('src failed'));
  await t.turn(3);
  t.wstate(w, 'w');
});

scenario('pipe dest closes early', async (t) => {
  const r = t.readable('r');
  const w = t.writable('w');
  t.watch(r, 'r');
  t.watch(w, 'w');
  r.pipe(w);
  r.push('a');
  await t.turn(1);
  w.destroy();
  await t.turn(2);
  t.log('pipes', r._readableState.pipes.length);
  t.rstate(r, 'r');
  r.push('b');
  await t.turn(2);
});

scenario('pipe after end', async (t) => {
  const r = t.readable('r');
  r.push(null);
  r.resume();
  await t.turn(3);
  const w = t.writable('w');
  t.watch(w, 'w');
  r.pipe(w);
  await t.turn(3);
});

scenario('pipe into already needDrain dest', async (t) => {
  const r = t.readable('r');
  const w = t.writable('w', { highWaterMark: 2 }, 'manual');
  t.watch(r, 'r');
  t.watch(w, 'w');
  w.write('abcd');
  t.log('needDrain', w.writableNeedDrain);
  r.pipe(w);
  r.push('x');
  t.rstate(r, 'r');
  await t.turn(2);
  t.flushWrites(w);
  await t.turn(2);
  t.flushWrites(w);
  await t.turn(2);
});

scenario('pipe with readable listener', async (t) => {
  const r = t.readable('r');
  const w = t.writable('w');
  t.watch(w, 'w');
  r.on('readable', () => t.log('readable'));
  r.pipe(w);
  r.push('a');
  t.rstate(r, 'r');
  await t.turn(3);
  t.rstate(r, 'r');
});

scenario('pipe to legacy destination', async (t) => {
  const dest = new t.S.Stream();
  dest.writable = true;
  dest.write = (c) => {
    t.log('legacy write', c);
    return true;
  };
  dest.end = () => t.log('legacy end');
  const r = t.readable('r');
  r.pipe(dest);
  r.push('a');
  r.push(null);
  await t.turn(3);
});

scenario('legacy Stream.pipe', async (t) => {
  const src = new t.S.Stream();
  src.readable = true;
  src.pause = () => t.log('src pause');
  src.resume = () => t.log('src resume');
  const dest = new t.S.Stream();
  dest.writable = true;
  let n = 0;
  dest.write = (c) => {
    t.log('dest write', c);
    return ++n % 2 === 0;
  };
  dest.end = () => t.log('dest end');
  dest.destroy = () => t.log('dest destroy');
  dest.on('pipe', (s) => t.log('pipe event', s === src));
  t.try('pipe', () => src.pipe(dest) === dest);
  src.emit('data', 'a');
  src.emit('data', 'b');
  dest.emit('drain');
  src.emit('end');
  src.emit('close');
  t.log('listeners', src.listenerCount('data'), dest.listenerCount('drain'));
  const src2 = new t.S.Stream();
  const dest2 = new t.S.Stream();
  dest2.write = () => true;
  dest2.writable = true;
  dest2.destroy = () => t.log('dest2 destroy');
  src2.pipe(dest2);
  src2.emit('close');
  src2.pipe(dest2, { end: false });
  dest2.on('error', (e) => t.log('dest2 error', e));
  src2.emit('error', new Error('legacy err'));
  t.log('src2 error listeners', src2.listenerCount('error'));
});

scenario('legacy Stream.pipe unhandled error', async (t) => {
  const src = new t.S.Stream();
  const dest = new t.S.Stream();
  dest.write = () => true;
  src.pipe(dest);
  t.try('emit error', () => src.emit('error', new Error('legacy unhandled')));
});

scenario('readable pipe to process.stdout is not ended', async (t) => {
  const r = t.readable('r');
  const fakeOut = t.writable('out');
  t.watch(fakeOut, 'out');
  r.pipe(fakeOut, { end: false });
  r.push(null);
  r.resume();
  await t.turn(3);
  t.wstate(fakeOut, 'out');
});

// ==== finished() ===============================================================

// Stream factories used by the finished/pipeline combinations.
function makeStream(t, kind, label) {
  const S = t.S;
  switch (kind) {
    case 'readable': return t.readable(label);
    case 'readable-obj': return t.readable(label, { objectMode: true });
    case 'writable': return t.writable(label);
    case 'writable-slow': return t.writable(label, { highWaterMark: 1 }, 'turn');
    case 'duplex': {
      const d = new S.Duplex({ read() {}, write(c, e, cb) { cb(); } });
      return t.name(d, label);
    }
    case 'transform': return t.name(new S.PassThrough(), label);
    case 'transform-obj': return t.name(new S.PassThrough({ objectMode: true }), label);
    case 'noclose-readable': return t.readable(label, { emitClose: false });
    case 'noautodestroy-readable': return t.readable(label, { autoDestroy: false });
    case 'noclose-writable': return t.writable(label, { emitClose: false });
    case 'noautodestroy-writable': return t.writable(label, { autoDestroy: false });
    default: throw new Error(kind);
  }
}

const finishKinds = ['readable', 'writable', 'duplex', 'transform', 'noclose-readable', 'noautodestroy-readable',
  'noclose-writable', 'noautodestroy-writable'];
const finishActions = ['end', 'destroy', 'destroy-error', 'error-event', 'close-event', 'already-done',
  'abort-signal', 'cleanup'];

for (const kind of finishKinds) {
  for (const action of finishActions) {
    scenario(`finished kind=${kind} action=${action}`, async (t) => {
      const s = makeStream(t, kind, 's');
      t.watch(s, 's', ['end', 'finish', 'close', 'error']);
      const isR = typeof s.push === 'function';
      const isW = typeof s.write === 'function';
      function complete() {
        if (isW) s.end('w');
        if (isR) {
          s.push('r');
          s.push(null);
          s.resume();
        }
      }
      if (action === 'already-done') {
        complete();
        await t.turn(3);
      }
      let opts;
      let ac;
      if (action === 'abort-signal') {
        ac = new AbortController();
        opts = { signal: ac.signal };
      }
      const cleanup = opts
        ? t.S.finished(s, opts, t.cb('finished'))
        : t.S.finished(s, t.cb('finished'));
      t.log('cleanup type', typeof cleanup);
      if (action === 'end' || action === 'already-done') complete();
      else if (action === 'destroy') s.destroy();
      else if (action === 'destroy-error') s.destroy(new Error('destroyed with error'));
      else if (action === 'error-event') s.emit('error', new Error('emitted error'));
      else if (action === 'close-event') s.emit('close');
      else if (action === 'abort-signal') ac.abort();
      else if (action === 'cleanup') {
        cleanup();
        complete();
      }
      await t.turn(4);
    });
  }
}

scenario('finished options readable/writable false', async (t) => {
  const d = makeStream(t, 'duplex', 'd');
  t.S.finished(d, { readable: false }, t.cb('writable side'));
  t.S.finished(d, { writable: false }, t.cb('readable side'));
  t.S.finished(d, t.cb('both'));
  t.S.finished(d, { error: false }, t.cb('error:false'));
  d.on('error', () => {});
  d.end('x');
  await t.turn(2);
  d.push(null);
  d.resume();
  await t.turn(3);
  const d2 = makeStream(t, 'duplex', 'd2');
  t.S.finished(d2, { error: false }, t.cb('error:false'));
  d2.on('error', (e) => t.log('d2 error', e));
  d2.destroy(new Error('x'));
  await t.turn(2);
});

scenario('finished validation', async (t) => {
  t.try('no stream', () => t.S.finished({}, () => {}));
  t.try('null', () => t.S.finished(null, () => {}));
  t.try('no callback', () => t.S.finished(t.readable('r')));
  t.try('bad options', () => t.S.finished(t.readable('r'), 'x', () => {}));
  t.try('bad signal', () => t.S.finished(t.readable('r'), { signal: {} }, () => {}));
  t.try('null options', () => typeof t.S.finished(t.readable('r'), null, () => {}));
});

scenario('finished legacy streams and emitters', async (t) => {
  const legacy = new t.S.Stream();
  legacy.readable = true;
  legacy.pipe = () => {};
  t.S.finished(legacy, t.cb('legacy readable'));
  legacy.emit('end');
  await t.turn(2);
  const lw = new t.EE();
  lw.writable = true;
  lw.write = () => true;
  t.S.finished(lw, t.cb('legacy writable'));
  lw.writable = false;
  lw.emit('close');
  await t.turn(2);
  const lw2 = new t.EE();
  lw2.write = () => true;
  t.S.finished(lw2, t.cb('legacy writable close premature'));
  lw2.emit('finish');
  await t.turn(2);
});

scenario('finished promise version', async (t) => {
  const r = t.readable('r');
  const p = t.P.finished(r);
  r.push(null);
  r.resume();
  await p.then(() => t.log('resolved'), (e) => t.log('rejected', e));
  const r2 = t.readable('r2');
  const p2 = t.S.promises.finished(r2);
  r2.destroy(new Error('x'));
  await p2.then(() => t.log('resolved'), (e) => t.log('rejected', e));
  const r3 = t.readable('r3');
  const p3 = t.P.finished(r3, { cleanup: true });
  r3.push(null);
  r3.resume();
  await p3;
  t.log('listeners after cleanup', r3.listenerCount('end'), r3.listenerCount('close'));
  t.try('cleanup bad', () => t.P.finished(r3, { cleanup: 'yes' }));
  const util = require('util');
  t.log('promisify custom', util.promisify(t.S.finished) === t.P.finished, util.promisify(t.S.pipeline) === t.P.pipeline);
});

scenario('finished premature close variants', async (t) => {
  const r = t.readable('r');
  t.S.finished(r, t.cb('readable destroyed before end'));
  r.push('a');
  r.push(null);
  r.destroy();
  await t.turn(2);
  const r2 = t.readable('r2');
  t.S.finished(r2, t.cb('ended then destroyed'));
  r2.push(null);
  r2.resume();
  await t.turn(1);
  r2.destroy();
  await t.turn(2);
  const w = t.writable('w', {}, 'manual');
  t.S.finished(w, t.cb('writable destroyed while writing'));
  w.write('a');
  w.destroy();
  await t.turn(2);
});

scenario('finished after errored', async (t) => {
  const r = t.readable('r');
  r.on('error', () => {});
  r.destroy(new Error('early'));
  await t.turn(2);
  t.S.finished(r, t.cb('late finished'));
  await t.turn(2);
  const w = t.writable('w', { autoDestroy: false });
  w.on('error', () => {});
  w.write(5 === 5 ? 'x' : 'y');
  w.destroy(new Error('w early'));
  await t.turn(2);
  t.S.finished(w, t.cb('late finished w'));
  await t.turn(2);
});

// ==== pipeline() ===============================================================

const pipelineShapes = [
  ['readable', 'writable'],
  ['readable', 'transform', 'writable'],
  ['readable', 'transform', 'transform', 'writable-slow'],
  ['readable', 'duplex'],
  ['readable', 'transform'],
];
const pipelineFaults = ['none', 'src-error', 'mid-error', 'dst-error', 'src-destroy', 'dst-destroy',
  'mid-destroy', 'dst-close-event', 'src-premature-close'];

for (const shape of pipelineShapes) {
  for (const fault of pipelineFaults) {
    if (fault === 'mid-error' || fault === 'mid-destroy') {
      if (shape.length < 3) continue;
    }
    scenario(`pipeline ${shape.join('>')} fault=${fault}`, async (t) => {
      const streams = shape.map((k, i) => makeStream(t, k, `s${i}`));
      for (const [i, s] of streams.entries()) t.watch(s, `s${i}`, ['end', 'finish', 'close', 'error']);
      const last = streams[streams.length - 1];
      if (typeof last.push === 'function' && shape[shape.length - 1] !== 'duplex') last.on('data', (c) => t.log('tail data', c));
      const ret = t.S.pipeline(...streams, t.cb('pipeline'));
      t.log('returns last', ret === last);
      const src = streams[0];
      src.push('a');
      src.push('b');
      await t.turn(1);
      const mid = streams[1];
      switch (fault) {
        case 'src-error': src.destroy(new Error('src boom')); break;
        case 'mid-error': mid.destroy(new Error('mid boom')); break;
        case 'dst-error': last.destroy(new Error('dst boom')); break;
        case 'src-destroy': src.destroy(); break;
        case 'dst-destroy': last.destroy(); break;
        case 'mid-destroy': mid.destroy(); break;
        case 'dst-close-event': last.emit('close'); break;
        case 'src-premature-close': src.emit('close'); break;
        default: break;
      }
      src.push('c');
      src.push(null);
      await t.turn(6);
      if (shape[shape.length - 1] === 'duplex') {
        last.push(null);
        last.resume();
        await t.turn(3);
      }
      for (const [i, s] of streams.entries()) t.log(`s${i} destroyed`, s.destroyed);
    });
  }
}

scenario('pipeline with generators', async (t) => {
  const r = t.readable('r', { objectMode: true });
  const out = [];
  const w = new t.S.Writable({
    objectMode: true,
    write(c, e, cb) {
      out.push(c);
      t.log('sink', c);
      cb();
    },
  });
  t.watch(w, 'w', ['finish', 'close', 'error']);
  const ret = t.S.pipeline(
    r,
    async function* double(source, { signal }) {
      t.log('signal aborted', signal.aborted);
      for await (const x of source) yield x * 2;
    },
    function* notAsync(source) {
      t.log('sync generator got', typeof source[Symbol.asyncIterator]);
      yield 'not allowed?';
    },
    w,
    t.cb('pipeline'),
  );
  t.log('ret is w', ret === w);
  r.push(1);
  r.push(2);
  r.push(null);
  await t.turn(8);
});

scenario('pipeline generator transforms', async (t) => {
  const r = t.readable('r', { objectMode: true });
  const w = new t.S.Writable({
    objectMode: true,
    write(c, e, cb) {
      t.log('sink', c);
      cb();
    },
  });
  t.watch(w, 'w', ['finish', 'close', 'error']);
  t.S.pipeline(
    r,
    async function* (source) {
      for await (const x of source) {
        t.log('gen1', x);
        yield x + 1;
      }
    },
    async function* (source) {
      for await (const x of source) {
        t.log('gen2', x);
        yield String(x);
      }
    },
    w,
    t.cb('pipeline'),
  );
  r.push(1);
  r.push(2);
  r.push(null);
  await t.turn(10);
});

scenario('pipeline generator throws', async (t) => {
  const r = t.readable('r', { objectMode: true });
  t.watch(r, 'r', ['close', 'error']);
  const w = t.writable('w', { objectMode: true });
  t.watch(w, 'w', ['finish', 'close', 'error']);
  t.S.pipeline(
    r,
    async function* (source) {
      for await (const x of source) {
        if (x === 2) throw new Error('gen failed');
        yield x;
      }
    },
    w,
    t.cb('pipeline'),
  );
  r.push(1);
  r.push(2);
  r.push(3);
  await t.turn(8);
});

scenario('pipeline source iterable and async function sink', async (t) => {
  const done = t.cb('pipeline');
  const ret = t.S.pipeline(
    ['a', 'b', 'c'],
    async function* (src) {
      for await (const x of src) yield x.toUpperCase();
    },
    async function (src) {
      let all = '';
      for await (const x of src) all += x;
      t.log('sink got', all);
      return all;
    },
    done,
  );
  t.log('ret', ret.constructor.name);
  ret.on('data', (d) => t.log('ret data', d));
  await t.turn(10);
});

scenario('pipeline source function', async (t) => {
  const w = t.writable('w', { objectMode: true });
  t.watch(w, 'w', ['finish', 'close', 'error']);
  t.S.pipeline(
    async function* ({ signal }) {
      t.log('source signal', typeof signal.aborted);
      yield 'x';
      yield 'y';
    },
    w,
    t.cb('pipeline'),
  );
  await t.turn(8);
  t.try('bad source', () => t.S.pipeline(() => 5, w, () => {}));
  t.try('bad transform', () => t.S.pipeline(['a'], () => 5, t.writable('w2'), () => {}));
  t.try('bad destination', () => t.S.pipeline(['a'], () => 5, () => {}));
});

scenario('pipeline validation', async (t) => {
  t.try('no args', () => t.S.pipeline());
  t.try('no callback', () => t.S.pipeline(t.readable('r'), t.writable('w')));
  t.try('one stream', () => t.S.pipeline(t.readable('r'), () => {}));
  t.try('array', () => typeof t.S.pipeline([t.readable('r'), t.writable('w')], () => {}));
  t.try('bad middle', () => t.S.pipeline(t.readable('r'), 42, t.writable('w'), () => {}));
  await t.turn(2);
});

scenario('pipeline async function sink rejects', async (t) => {
  t.S.pipeline(
    ['a'],
    async function (src) {
      for await (const x of src) t.log('got', x);
      throw new Error('sink failed');
    },
    t.cb('pipeline'),
  );
  await t.turn(8);
});

scenario('pipeline destination readable stays readable', async (t) => {
  const r = t.readable('r');
  const pt = new t.S.PassThrough();
  t.name(pt, 'pt');
  t.S.pipeline(r, pt, t.cb('pipeline'));
  r.push('data');
  r.push(null);
  await t.turn(3);
  t.log('pt listeners', pt.listenerCount('error'), pt.listenerCount('close'), pt.listenerCount('end'));
  pt.on('data', (c) => t.log('pt data', c));
  await t.turn(4);
});

scenario('pipeline with signal', async (t) => {
  const ac = new AbortController();
  const r = t.readable('r');
  const w = t.writable('w');
  t.watch(r, 'r', ['close', 'error']);
  t.watch(w, 'w', ['close', 'error', 'finish']);
  t.P.pipeline(r, w, { signal: ac.signal }).then(() => t.log('resolved'), (e) => t.log('rejected', e));
  r.push('a');
  await t.turn(1);
  ac.abort();
  await t.turn(4);
  const ac2 = new AbortController();
  ac2.abort();
  t.P.pipeline(t.readable('r2'), t.writable('w2'), { signal: ac2.signal })
    .then(() => t.log('resolved'), (e) => t.log('rejected', e));
  await t.turn(4);
});

scenario('stream/promises pipeline', async (t) => {
  const r = t.readable('r');
  const w = t.writable('w');
  r.push('x');
  r.push(null);
  const v = await t.P.pipeline(r, w);
  t.log('resolved', v);
  const v2 = await t.P.pipeline(['a', 'b'], async function (src) {
    const parts = [];
    for await (const x of src) parts.push(x);
    return parts.join('+');
  });
  t.log('resolved value', v2);
  await t.P.pipeline(t.readable('r3'), t.writable('w3'), { end: false }).then(() => t.log('?'), (e) => t.log('rej', e));
  const r4 = t.readable('r4');
  r4.destroy(new Error('r4 failed'));
  await t.P.pipeline(r4, t.writable('w4')).then(() => t.log('?'), (e) => t.log('rejected', e));
});

scenario('pipeline end:false keeps destination open', async (t) => {
  const r = t.readable('r');
  const w = t.writable('w');
  t.watch(w, 'w', ['finish', 'close']);
  t.S.pipeline(r, w, t.cb('pipeline'));
  r.push(null);
  await t.turn(3);
  const r2 = t.readable('r2');
  const w2 = t.writable('w2');
  t.watch(w2, 'w2', ['finish', 'close']);
  t.P.pipeline(r2, w2, { end: false }).then(() => t.log('resolved end:false'));
  r2.push('q');
  r2.push(null);
  await t.turn(4);
  t.wstate(w2, 'w2');
});

// ==== async iteration ==========================================================

scenario('async iterate readable fully', async (t) => {
  let i = 0;
  const r = t.readable('r', { highWaterMark: 2 }, function () {
    if (i < 5) this.push(`c${i++}`);
    else this.push(null);
  });
  t.watch(r, 'r', ['end', 'close', 'error']);
  for await (const c of r) t.log('chunk', c);
  t.log('done', r.destroyed);
});

scenario('async iterate break destroys', async (t) => {
  let i = 0;
  const r = t.readable('r', {}, function () {
    this.push(`c${i++}`);
  });
  t.watch(r, 'r', ['end', 'close', 'error']);
  for await (const c of r) {
    t.log('chunk', c);
    if (i > 2) break;
  }
  t.log('after break', r.destroyed);
  await t.turn(2);
});

scenario('async iterate destroyOnReturn false', async (t) => {
  const r = t.readable('r', { objectMode: true });
  t.watch(r, 'r', ['end', 'close', 'error']);
  r.push(1);
  r.push(2);
  r.push(3);
  for await (const c of r.iterator({ destroyOnReturn: false })) {
    t.log('chunk', c);
    break;
  }
  t.log('destroyed', r.destroyed, 'remaining', r.read());
  t.try('iterator bad options', () => r.iterator(5));
});

scenario('async iterate error', async (t) => {
  const r = t.readable('r');
  t.watch(r, 'r', ['close']);
  r.push('a');
  setImmediate(() => r.destroy(new Error('iter fail')));
  try {
    for await (const c of r) t.log('chunk', c);
  } catch (e) {
    t.log('caught', e);
  }
  const r2 = t.readable('r2');
  r2.destroy();
  try {
    for await (const c of r2) t.log('chunk', c);
    t.log('r2 loop ended');
  } catch (e) {
    t.log('caught', e);
  }
});

scenario('async iterate throw in loop body', async (t) => {
  const r = t.readable('r', { objectMode: true });
  t.watch(r, 'r', ['close', 'error']);
  r.push(1);
  try {
    for await (const c of r) {
      t.log('chunk', c);
      throw new Error('body threw');
    }
  } catch (e) {
    t.log('caught', e);
  }
  await t.turn(2);
});

scenario('async iterate manual next/return', async (t) => {
  const r = t.readable('r', { objectMode: true });
  const it = r[Symbol.asyncIterator]();
  t.log('stream prop', it.stream === r);
  r.push('a');
  t.log('next', await it.next());
  const p = it.next();
  r.push('b');
  t.log('next', await p);
  t.log('return', await it.return());
  t.log('next after return', await it.next());
  t.log('destroyed', r.destroyed);
});

scenario('async iterate legacy stream', async (t) => {
  const old = new t.S.Stream();
  const it = t.S.Readable.prototype[Symbol.asyncIterator].call(old);
  setImmediate(() => {
    old.emit('data', 'x');
    old.emit('data', 'y');
    old.emit('end');
  });
  for await (const c of it) t.log('legacy chunk', c);
  t.log('done');
});

scenario('async iterate autoDestroy false error', async (t) => {
  const r = t.readable('r', { autoDestroy: false });
  r.push('a');
  try {
    for await (const c of r) {
      t.log('chunk', c);
      r.emit('error', new Error('emitted'));
    }
  } catch (e) {
    t.log('caught', e);
  }
  t.log('destroyed', r.destroyed);
});

// ==== Readable.from ============================================================

scenario('Readable.from sync iterable', async (t) => {
  const r = t.S.Readable.from(['a', 'b', 'c']);
  t.name(r, 'r');
  t.watch(r, 'r', ['end', 'close', 'error']);
  t.log(r.readableObjectMode, r.readableHighWaterMark);
  r.on('data', (c) => t.log('data', c));
  await t.turn(6);
});

scenario('Readable.from async generator', async (t) => {
  async function* gen() {
    yield 1;
    await null;
    yield 2;
    yield 3;
  }
  const r = t.S.Readable.from(gen(), { objectMode: true, highWaterMark: 2 });
  t.name(r, 'r');
  t.watch(r, 'r', ['end', 'close', 'error']);
  r.on('data', (c) => t.log('data', c));
  await t.turn(8);
});

scenario('Readable.from string/buffer/promises', async (t) => {
  const r1 = t.S.Readable.from('whole string');
  r1.on('data', (c) => t.log('r1', c));
  const r2 = t.S.Readable.from(t.Buffer.from('buf'));
  r2.on('data', (c) => t.log('r2', c));
  const r3 = t.S.Readable.from([Promise.resolve('p1'), 'plain', Promise.resolve('p2')]);
  r3.on('data', (c) => t.log('r3', c));
  const r4 = t.S.Readable.from('str', { objectMode: false });
  r4.on('data', (c) => t.log('r4', c));
  await t.turn(8);
  t.try('from number', () => t.S.Readable.from(5));
  t.try('from null', () => t.S.Readable.from(null));
});

scenario('Readable.from null values and errors', async (t) => {
  const r = t.S.Readable.from(['a', null, 'b']);
  t.name(r, 'r');
  t.watch(r, 'r', ['end', 'close', 'error']);
  r.on('data', (c) => t.log('data', c));
  await t.turn(4);
  function* failing() {
    yield 'x';
    throw new Error('iter threw');
  }
  const r2 = t.S.Readable.from(failing());
  t.name(r2, 'r2');
  t.watch(r2, 'r2', ['end', 'close', 'error']);
  r2.on('data', (c) => t.log('data', c));
  await t.turn(4);
  async function* agen() {
    yield null;
  }
  const r3 = t.S.Readable.from(agen());
  t.name(r3, 'r3');
  t.watch(r3, 'r3', ['end', 'close', 'error']);
  r3.resume();
  await t.turn(4);
});

scenario('Readable.from destroy calls return', async (t) => {
  let finalized = false;
  function* gen() {
    try {
      yield 1;
      yield 2;
      yield 3;
    } finally {
      finalized = true;
      t.log('generator finally');
    }
  }
  const r = t.S.Readable.from(gen());
  t.name(r, 'r');
  t.watch(r, 'r', ['end', 'close', 'error']);
  r.once('data', (c) => {
    t.log('data', c);
    r.destroy();
  });
  await t.turn(4);
  t.log('finalized', finalized);
  async function* agen() {
    try {
      yield 'a';
      await new Promise(() => {});
    } finally {
      t.log('async finally');
    }
  }
  const r2 = t.S.Readable.from(agen());
  t.name(r2, 'r2');
  t.watch(r2, 'r2', ['end', 'close', 'error']);
  r2.on('data', (c) => t.log('data', c));
  await t.turn(2);
  r2.destroy(new Error('stop'));
  await t.turn(4);
});

scenario('Readable.from backpressure with for await', async (t) => {
  let produced = 0;
  function* gen() {
    for (let i = 0; i < 5; i++) {
      produced++;
      t.log('produce', i);
      yield i;
    }
  }
  const r = t.S.Readable.from(gen());
  for await (const x of r) {
    t.log('consume', x, 'produced', produced);
    await t.turn(1);
  }
});

// ==== compose / Duplex.from / operators ======================================

scenario('compose two passthroughs', async (t) => {
  const a = new t.S.PassThrough();
  const b = new t.S.Transform({
    transform(c, e, cb) {
      cb(null, c.toString().toUpperCase());
    },
  });
  const d = t.S.compose(a, b);
  t.name(d, 'd');
  t.watch(d, 'd', ['end', 'finish', 'close', 'error']);
  t.log(d.readable, d.writable, d.readableObjectMode, d.writableObjectMode);
  d.on('data', (c) => t.log('data', c));
  d.write('hello ');
  d.end('world');
  await t.turn(8);
});

scenario('compose finish waits for tail', async (t) => {
  const d = t.S.compose(new t.S.PassThrough(), new t.S.PassThrough());
  t.name(d, 'd');
  t.watch(d, 'd', ['end', 'finish', 'close', 'error']);
  d.write('x');
  d.end();
  await t.turn(4);
  t.log('reading');
  d.resume();
  await t.turn(4);
});

scenario('compose with generators', async (t) => {
  const d = t.S.compose(
    async function* (source) {
      for await (const c of source) yield String(c).toUpperCase();
    },
    new t.S.PassThrough({ objectMode: true }),
  );
  t.name(d, 'd');
  t.watch(d, 'd', ['end', 'finish', 'close', 'error']);
  d.on('data', (c) => t.log('data', c));
  d.write('a');
  d.write('b');
  d.end();
  await t.turn(10);
});

scenario('compose errors', async (t) => {
  t.try('no args', () => t.S.compose());
  const r = t.readable('r');
  r.push(null);
  r.resume();
  await t.turn(3);
  t.try('ended readable first', () => t.S.compose(r, new t.S.PassThrough()));
  const w = t.writable('w');
  t.try('writable not last', () => t.S.compose(w, new t.S.PassThrough()));
  const a = new t.S.PassThrough();
  const b = new t.S.PassThrough();
  const d = t.S.compose(a, b);
  t.name(d, 'd');
  t.watch(d, 'd', ['end', 'finish', 'close', 'error']);
  a.destroy(new Error('inner failed'));
  await t.turn(4);
  const d2 = t.S.compose(new t.S.PassThrough(), new t.S.PassThrough());
  t.name(d2, 'd2');
  t.watch(d2, 'd2', ['end', 'finish', 'close', 'error']);
  d2.destroy();
  await t.turn(4);
});

scenario('compose single and readable-only tail', async (t) => {
  const pt = new t.S.PassThrough();
  t.log('single is same', t.S.compose(pt) === pt);
  const src = t.readable('src');
  const d = t.S.compose(src, async function* (s) {
    for await (const c of s) yield `<${c}>`;
  });
  t.name(d, 'd');
  t.log('writable', d.writable, 'readable', d.readable);
  d.on('data', (c) => t.log('data', c));
  t.watch(d, 'd', ['end', 'finish', 'close', 'error']);
  src.push('x');
  src.push(null);
  await t.turn(10);
});

scenario('Duplex.from variants', async (t) => {
  const D = t.S.Duplex;
  const pt = new t.S.PassThrough();
  t.log('duplex passthrough same', D.from(pt) === pt);
  const r = t.readable('r');
  const dr = D.from(r);
  t.name(dr, 'dr');
  t.log('from readable', dr.readable, dr.writable);
  dr.on('data', (c) => t.log('dr data', c));
  r.push('rr');
  r.push(null);
  const w = t.writable('w');
  const dw = D.from(w);
  t.name(dw, 'dw');
  t.log('from writable', dw.readable, dw.writable);
  dw.end('ww');
  const di = D.from(['i1', 'i2']);
  di.on('data', (c) => t.log('di data', c));
  const dp = D.from(Promise.resolve('resolved value'));
  dp.on('data', (c) => t.log('dp data', c));
  const dpair = D.from({ readable: t.readable('pr'), writable: t.writable('pw') });
  t.log('pair', dpair.readable, dpair.writable);
  const dfn = D.from(async function* (source) {
    for await (const c of source) yield `fn:${c}`;
  });
  dfn.on('data', (c) => t.log('dfn data', c));
  dfn.write('q');
  dfn.end();
  const dasync = D.from(async function (source) {
    for await (const c of source) t.log('async fn got', c);
  });
  t.watch(dasync, 'dasync', ['finish', 'close', 'error']);
  dasync.end('z');
  t.try('from number', () => D.from(5));
  t.try('from fn returning number', () => D.from(() => 5));
  await t.turn(10);
});

scenario('operators map/filter/toArray', async (t) => {
  const R = t.S.Readable;
  t.log(await R.from([1, 2, 3, 4]).map((x) => x * 2).toArray());
  t.log(await R.from([1, 2, 3, 4]).filter((x) => x % 2).toArray());
  t.log(await R.from([1, 2, 3, 4]).map(async (x) => {
    await t.turn(1);
    return x + 1;
  }, { concurrency: 2 }).toArray());
  t.log(await R.from([1, 2, 3]).flatMap((x) => [x, x]).toArray());
  t.log(await R.from([1, 2, 3, 4, 5]).drop(2).take(2).toArray());
  t.log(await R.from([1, 2, 3]).reduce((a, b) => a + b, 10));
  t.log(await R.from([1, 2, 3]).reduce((a, b) => a + b));
  t.log(await R.from([1, 2, 3]).some((x) => x > 2), await R.from([1, 2, 3]).every((x) => x > 2));
  t.log(await R.from([1, 2, 3]).find((x) => x > 1));
  const seen = [];
  t.log(await R.from([1, 2]).forEach((x) => seen.push(x)), seen);
  t.log(await R.from([5, 6]).asIndexedPairs().toArray());
  const mapped = R.from([1]).map((x) => x);
  t.log('map returns Readable', mapped instanceof R, mapped.readableObjectMode);
});

scenario('operators errors and validation', async (t) => {
  const R = t.S.Readable;
  t.try('map non-fn', () => R.from([1]).map(5));
  t.try('map bad concurrency', () => R.from([1]).map((x) => x, { concurrency: 0 }));
  t.try('map bad options', () => R.from([1]).map((x) => x, 5));
  t.try('drop negative', () => R.from([1]).drop(-1));
  t.try('take NaN', () => typeof R.from([1]).take('x'));
  await R.from([]).reduce((a, b) => a + b).then((v) => t.log('?', v), (e) => t.log('reduce empty', e));
  await R.from([1, 2]).map(() => {
    throw new Error('map fn threw');
  }).toArray().then((v) => t.log('?', v), (e) => t.log('rejected', e));
  await R.from([1]).toArray(5).then((v) => t.log('?', v), (e) => t.log('toArray bad', e));
  await R.from([1]).forEach(5).then((v) => t.log('?', v), (e) => t.log('forEach bad', e));
  t.try('new map', () => new (R.prototype.map)());
  const ac = new AbortController();
  ac.abort();
  await R.from([1, 2]).toArray({ signal: ac.signal }).then((v) => t.log('?', v), (e) => t.log('aborted', e));
  await R.from([1, 2]).map((x) => x, { signal: ac.signal }).toArray().then((v) => t.log('?', v), (e) => t.log('map aborted', e));
});

scenario('operators descriptors', async (t) => {
  const P = t.S.Readable.prototype;
  for (const name of ['map', 'filter', 'flatMap', 'drop', 'take', 'asIndexedPairs', 'compose', 'every', 'forEach',
    'reduce', 'toArray', 'some', 'find']) {
    const d = Object.getOwnPropertyDescriptor(P, name);
    t.log(name, typeof d.value, d.value.name, d.value.length, d.enumerable, d.writable, d.configurable);
  }
});

scenario('readable compose operator', async (t) => {
  const r = t.S.Readable.from(['a', 'b']);
  const out = r.compose(async function* (src) {
    for await (const c of src) yield c + c;
  });
  t.log('type', out instanceof t.S.Readable);
  t.log(await out.toArray());
});

scenario('operators concurrency and abort', async (t) => {
  const R = t.S.Readable;
  const delays = [3, 1, 2, 0, 1];
  const out = await R.from(delays).map(async (d, { signal }) => {
    t.log('start', d, typeof signal.aborted);
    await t.turn(d);
    t.log('end', d);
    return d * 10;
  }, { concurrency: 3 }).toArray();
  t.log('ordered', out);
  const ac = new AbortController();
  const p = R.from([1, 2, 3, 4]).map(async (x) => {
    await t.turn(1);
    if (x === 2) ac.abort();
    return x;
  }, { signal: ac.signal }).toArray();
  await p.then((v) => t.log('?', v), (e) => t.log('aborted', e));
  const seen = [];
  await R.from([1, 2, 3]).forEach(async (x) => {
    await t.turn(3 - x);
    seen.push(x);
  }, { concurrency: 3 });
  t.log('forEach seen', seen);
  const r = t.readable('r', { objectMode: true });
  const taken = r.take(2);
  r.push(1);
  r.push(2);
  r.push(3);
  t.log('take', await taken.toArray(), 'src destroyed', r.destroyed);
});

// ==== addAbortSignal, utils, statics =========================================

scenario('addAbortSignal', async (t) => {
  const ac = new AbortController();
  const r = t.readable('r');
  t.watch(r, 'r', ['close', 'error']);
  t.try('returns stream', () => t.S.addAbortSignal(ac.signal, r) === r);
  ac.abort();
  await t.turn(2);
  const ac2 = new AbortController();
  ac2.abort('why');
  const w = t.writable('w');
  t.watch(w, 'w', ['close', 'error']);
  t.S.addAbortSignal(ac2.signal, w);
  t.log('destroyed sync', w.destroyed);
  await t.turn(2);
  t.try('bad signal', () => t.S.addAbortSignal({}, r));
  t.try('bad stream', () => t.S.addAbortSignal(new AbortController().signal, {}));
  const ac3 = new AbortController();
  const r3 = new t.S.Readable({ read() {}, signal: ac3.signal });
  t.name(r3, 'r3');
  t.watch(r3, 'r3', ['close', 'error']);
  ac3.abort();
  await t.turn(2);
  const ac4 = new AbortController();
  const d4 = new t.S.Duplex({ read() {}, write(c, e, cb) { cb(); }, signal: ac4.signal });
  t.name(d4, 'd4');
  t.watch(d4, 'd4', ['close', 'error']);
  ac4.abort();
  await t.turn(2);
});

scenario('utility predicates', async (t) => {
  const S = t.S;
  const cases = {
    readable: t.readable('a'),
    writable: t.writable('b'),
    duplex: new S.Duplex(),
    ended: (() => {
      const r = t.readable('c');
      r.push(null);
      r.resume();
      return r;
    })(),
    destroyed: (() => {
      const r = t.readable('d');
      r.destroy();
      return r;
    })(),
    errored: (() => {
      const r = t.readable('e');
      r.on('error', () => {});
      r.destroy(new Error('x'));
      return r;
    })(),
    legacy: new S.Stream(),
    plain: {},
    nullish: null,
  };
  await t.turn(3);
  for (const [name, s] of Object.entries(cases)) {
    t.log(name, S.isReadable(s), S.isWritable(s), S.isDestroyed(s), S.isErrored(s), S.isDisturbed(s));
  }
  t.log('destroy fn', typeof S.destroy, S.destroy.name);
  const r = t.readable('r');
  t.watch(r, 'r', ['close', 'error']);
  S.destroy(r);
  await t.turn(2);
  const r2 = t.readable('r2');
  t.watch(r2, 'r2', ['close', 'error']);
  S.destroy(r2, new Error('via destroy'));
  await t.turn(2);
  const legacy = new t.EE();
  legacy.on('close', () => t.log('legacy close'));
  legacy.on('error', (e) => t.log('legacy error', e));
  legacy.write = () => true;
  S.destroy(legacy, new Error('legacy'));
  await t.turn(2);
  legacy.close = () => t.log('legacy close() called');
  const legacy2 = new t.EE();
  legacy2.write = () => true;
  legacy2.close = () => t.log('legacy2 close() called');
  S.destroy(legacy2);
  await t.turn(2);
});

scenario('default highWaterMark', async (t) => {
  const S = t.S;
  t.log(S.getDefaultHighWaterMark(false), S.getDefaultHighWaterMark(true));
  t.try('set bad', () => S.setDefaultHighWaterMark(false, -1));
  t.try('set bad type', () => S.setDefaultHighWaterMark(true, 'x'));
  S.setDefaultHighWaterMark(false, 1024);
  S.setDefaultHighWaterMark(true, 4);
  t.log(new S.Readable().readableHighWaterMark, new S.Writable({ objectMode: true }).writableHighWaterMark);
  S.setDefaultHighWaterMark(false, 16 * 1024);
  S.setDefaultHighWaterMark(true, 16);
  t.log(new S.Readable().readableHighWaterMark);
});

scenario('highWaterMark validation', async (t) => {
  const S = t.S;
  for (const opts of [{ highWaterMark: -1 }, { highWaterMark: 1.5 }, { highWaterMark: 'x' }, { highWaterMark: NaN },
    { highWaterMark: null }, { highWaterMark: 2.0 }, { readableHighWaterMark: -1 }]) {
    t.try(`Readable ${describe(opts)}`, () => new S.Readable(opts).readableHighWaterMark);
    t.try(`Writable ${describe(opts)}`, () => new S.Writable(opts).writableHighWaterMark);
    t.try(`Duplex ${describe(opts)}`, () => new S.Duplex(opts).readableHighWaterMark);
  }
  for (const opts of [{ writableHighWaterMark: 'x' }, { readableHighWaterMark: 3, writableHighWaterMark: 5 },
    { highWaterMark: 2, readableHighWaterMark: 9 }, { objectMode: true }, { readableObjectMode: true }]) {
    t.try(`Duplex ${describe(opts)}`, () => {
      const d = new S.Duplex(opts);
      return [d.readableHighWaterMark, d.writableHighWaterMark, d.readableObjectMode, d.writableObjectMode];
    });
    t.try(`Transform ${describe(opts)}`, () => {
      const d = new S.Transform(opts);
      return [d.readableHighWaterMark, d.writableHighWaterMark, d.readableObjectMode, d.writableObjectMode];
    });
  }
  for (const enc of ['bogus', 'UTF8', null, '']) {
    t.try(`defaultEncoding ${enc}`, () => new S.Writable({ defaultEncoding: enc })._writableState.defaultEncoding);
  }
  t.try('encoding bogus', () => new S.Readable({ encoding: 'bogus' }));
});

scenario('module surface', async (t) => {
  const S = t.S;
  t.log('keys', Object.keys(S));
  t.log('Stream', S.Stream === S, typeof S, S.name, S.length);
  t.log('promises', S.promises === t.P, Object.keys(t.P));
  for (const C of [S.Readable, S.Writable, S.Duplex, S.Transform, S.PassThrough]) {
    const names = Object.getOwnPropertyNames(C.prototype).filter((k) => !['map', 'filter', 'flatMap', 'drop', 'take',
      'asIndexedPairs', 'compose', 'every', 'forEach', 'reduce', 'toArray', 'some', 'find'].includes(k));
    t.log(C.name, C.length, names.map((k) => {
      const d = Object.getOwnPropertyDescriptor(C.prototype, k);
      return `${k}${d.enumerable ? '+E' : ''}${d.get ? '+G' : ''}${d.set ? '+S' : ''}${d.writable ? '+W' : ''}${d.configurable ? '+C' : ''}`;
    }).join(' '));
    t.log(C.name, 'statics', Object.getOwnPropertyNames(C).join(' '));
    t.log(C.name, 'proto chain', Object.getPrototypeOf(C.prototype) === (C === S.Readable || C === S.Writable ? S.Stream.prototype : C === S.Duplex ? S.Readable.prototype : C === S.Transform ? S.Duplex.prototype : S.Transform.prototype));
  }
  t.log('Stream.prototype', Object.getOwnPropertyNames(S.Stream.prototype));
  t.log('instance keys', Object.keys(new S.Readable()), Object.keys(new S.Writable()), Object.keys(new S.Duplex()),
    Object.keys(new S.Transform()), Object.keys(new S.PassThrough()));
  t.log('_events', Object.keys(new S.Readable()._events), Object.keys(new S.Duplex()._events), Object.keys(new S.Transform()._events));
  t.log('eventNames', new S.Readable().eventNames(), new S.Transform().eventNames());
  t.log('fn names', S.pipeline.name, S.finished.name, S.compose.name, S.addAbortSignal.name, S.isReadable.name,
    S.Readable.from.name, S.duplexPair.name, S.setDefaultHighWaterMark.name);
  t.log('_isUint8Array', S._isUint8Array(new Uint8Array(1)), S._isUint8Array(t.Buffer.alloc(1)), S._isUint8Array([]),
    S._isArrayBufferView(new DataView(new ArrayBuffer(1))), S._uint8ArrayToBuffer(new Uint8Array([65])));
  const desc = Object.getOwnPropertyDescriptor(S, 'promises');
  t.log('promises descriptor', !!desc.get, desc.enumerable, desc.configurable);
  t.log('ReadableState', typeof S.Readable.ReadableState, typeof S.Writable.WritableState,
    new S.Readable()._readableState instanceof S.Readable.ReadableState);
  t.log('state standalone', new S.Readable.ReadableState({}, null, false).highWaterMark,
    new S.Writable.WritableState({ objectMode: true }, null, false).highWaterMark);
});

scenario('duplexPair', async (t) => {
  const [a, b] = t.S.duplexPair();
  t.name(a, 'a');
  t.name(b, 'b');
  t.watch(a, 'a', ['end', 'finish', 'close', 'error']);
  t.watch(b, 'b', ['end', 'finish', 'close', 'error']);
  b.on('data', (c) => t.log('b data', c));
  a.on('data', (c) => t.log('a data', c));
  a.write('to b');
  b.write('to a');
  await t.turn(3);
  a.end();
  await t.turn(3);
  b.end();
  await t.turn(4);
});

scenario('web adapters', async (t) => {
  const S = t.S;
  const r = t.readable('r');
  const web = S.Readable.toWeb(r);
  t.log('toWeb', web.constructor.name);
  r.push('ab');
  r.push('cd');
  r.push(null);
  const reader = web.getReader();
  for (;;) {
    const { value, done } = await reader.read();
    t.log('web read', value, done);
    if (done) break;
  }
  const rs = new ReadableStream({
    start(c) {
      c.enqueue(new Uint8Array([104, 105]));
      c.enqueue(new Uint8Array([33]));
      c.close();
    },
  });
  const back = S.Readable.fromWeb(rs);
  t.name(back, 'back');
  t.watch(back, 'back', ['end', 'close', 'error']);
  back.on('data', (c) => t.log('fromWeb data', c));
  await t.turn(6);
  const chunks = [];
  const ws = new WritableStream({
    write(c) {
      chunks.push(c);
    },
  });
  const w = S.Writable.fromWeb(ws);
  t.name(w, 'w');
  t.watch(w, 'w', ['finish', 'close', 'error']);
  w.write('xyz');
  w.end();
  await t.turn(6);
  t.log('written', chunks);
  const sink = t.writable('sink');
  const wweb = S.Writable.toWeb(sink);
  const writer = wweb.getWriter();
  await writer.write(new Uint8Array([1, 2]));
  await writer.close();
  t.wstate(sink, 'sink');
  t.try('fromWeb bad', () => S.Readable.fromWeb({}));
  t.try('toWeb bad', () => S.Readable.toWeb({}));
  const pair = S.Duplex.toWeb(new S.PassThrough());
  t.log('duplex toWeb', Object.keys(pair), pair.readable.constructor.name);
}, true);

scenario('captureRejections on writable', async (t) => {
  const w = new t.S.Writable({ write(c, e, cb) { cb(); }, captureRejections: true });
  t.watch(w, 'w', ['close', 'error']);
  w.on('finish', async () => {
    throw new Error('async finish listener');
  });
  w.end();
  await t.turn(4);
});

scenario('readable emits error on destroyed stream once', async (t) => {
  const r = t.readable('r');
  t.watch(r, 'r', ['close', 'error']);
  r.destroy(new Error('one'));
  r.destroy(new Error('two'));
  r.emit('error', new Error('manual'));
  await t.turn(3);
  t.log(r.errored);
});

scenario('_undestroy', async (t) => {
  const r = t.readable('r');
  r.destroy();
  await t.turn(2);
  r._undestroy();
  t.rstate(r, 'r');
  r.on('data', (c) => t.log('data', c));
  r.push('again');
  await t.turn(2);
  const w = t.writable('w');
  w.end();
  await t.turn(3);
  w._undestroy();
  t.wstate(w, 'w');
  t.log(w.write('x'));
  await t.turn(2);
});

// ==== http-like objects =======================================================

scenario('finished on request-like objects', async (t) => {
  const req = new t.EE();
  req.setHeader = () => {};
  req.abort = () => t.log('req.abort()');
  req.write = () => true;
  t.S.finished(req, t.cb('finished req complete'));
  req.emit('complete');
  await t.turn(2);
  const req2 = new t.EE();
  req2.setHeader = () => {};
  req2.abort = () => t.log('req2.abort()');
  req2.write = () => true;
  t.S.finished(req2, t.cb('finished req abort'));
  req2.emit('abort');
  await t.turn(2);
  const res = new t.S.Readable({ read() {} });
  res.aborted = false;
  t.S.finished(res, t.cb('finished aborted-capable'));
  res.emit('aborted');
  await t.turn(2);
  t.S.destroy(req);
  const holder = new t.S.Readable({ read() {} });
  holder.req = req2;
  t.S.destroy(holder);
  t.log('holder destroyed flag', holder.destroyed);
  await t.turn(2);
});

scenario('pipeline with Duplex.from-able stages', async (t) => {
  const sink = [];
  t.S.pipeline(
    ['a', 'b'],
    { writable: new t.S.Writable({ objectMode: true, write(c, e, cb) { sink.push(c); cb(); } }), readable: t.S.Readable.from(['z']) },
    new t.S.Writable({ objectMode: true, write(c, e, cb) { t.log('final sink', c); cb(); } }),
    t.cb('pipeline pair'),
  );
  await t.turn(10);
  t.log('pair sink', sink);
  t.S.pipeline(Promise.resolve('promised'), new t.S.Writable({ objectMode: true, write(c, e, cb) { t.log('got', c); cb(); } }), t.cb('pipeline promise'));
  await t.turn(10);
});

// ==== util.inspect of streams ================================================

scenario('inspect streams in various states', async (t) => {
  const util = require('util');
  const show = (label, v, depth = 2) => t.log(label, util.inspect(v, { depth, breakLength: Infinity }));
  const S = t.S;
  const r = new S.Readable({ read() {} });
  show('fresh readable', r);
  r.push('abc');
  r.push('def');
  r.read(4);
  show('partly read', r._readableState);
  r.setEncoding('hex');
  show('encoding', r._readableState, 0);
  r.on('data', () => {});
  show('flowing', r._readableState);
  const w = new S.Writable({ write(c, e, cb) { setImmediate(cb); } });
  w.write('a');
  w.write('b', () => {});
  w.cork();
  w.write('c');
  show('writable pending', w._writableState, 1);
  w.uncork();
  w.end(() => {});
  show('writable ending', w._writableState, 0);
  await t.turn(6);
  show('writable finished', w._writableState, 0);
  const d = new S.Duplex({ readable: false, objectMode: true, defaultEncoding: 'hex' });
  show('duplex', d, 1);
  const tr = new S.PassThrough({ highWaterMark: 3 });
  tr.write('xyz');
  show('passthrough', tr, 1);
  show('passthrough states', [tr._readableState, tr._writableState], 1);
  const o = new S.Readable({ objectMode: true, read() {}, emitClose: false, autoDestroy: false, encoding: 'utf8' });
  o.pause();
  show('object readable', o._readableState, 0);
  o.destroy();
  await t.turn(2);
  show('destroyed', o._readableState, 0);
});

// ==== random operation sequences ==============================================

function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6D2B79F5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

function randomScenario(seed) {
  return async (t) => {
    const rnd = prng(seed);
    const pick = (list) => list[Math.floor(rnd() * list.length)];
    const chance = (p) => rnd() < p;
    const S = t.S;

    const kind = pick(['readable', 'readable', 'writable', 'writable', 'duplex', 'transform', 'pipe', 'pipe',
      'pipeline']);
    const objectMode = chance(0.3);
    const opts = { objectMode };
    if (chance(0.7)) opts.highWaterMark = pick([0, 1, 2, 3, 5, 8]);
    if (chance(0.15)) opts.autoDestroy = false;
    if (chance(0.1)) opts.emitClose = false;
    if (chance(0.15) && !objectMode) opts.encoding = pick(['utf8', 'hex', 'latin1']);
    if (kind === 'duplex' || kind === 'transform') opts.allowHalfOpen = chance(0.7);
    t.log('config', kind, opts);

    let counter = 0;
    const chunk = () => {
      counter++;
      if (objectMode) return pick([counter, `o${counter}`, { n: counter }, 0, false]);
      return pick([`s${counter}`, `${counter}abc`, 'x', 'ü€', t.Buffer.from([0xe2, 0x82]), t.Buffer.from([0xac]),
        t.Buffer.from(`b${counter}`)]);
    };
    const timing = () => pick(['sync', 'sync', 'tick', 'micro', 'turn']);
    const defer = (how, fn) => {
      if (how === 'sync') fn();
      else if (how === 'tick') process.nextTick(fn);
      else if (how === 'micro') Promise.resolve().then(fn);
      else setImmediate(fn);
    };

    // _read policy: what a _read call does.
    const readPolicy = pick(['nothing', 'push-one', 'push-some', 'push-deferred', 'push-end-later']);
    let reads = 0;
    function onRead() {
      reads++;
      const self = this;
      switch (readPolicy) {
        case 'push-one':
          if (reads < 6) {
            const c = chunk();
            t.log('auto push', c, '->', self.push(c));
          }
          else if (reads === 6) t.log('auto push null ->', self.push(null));
          break;
        case 'push-some':
          if (reads < 4) {
            for (let k = 0; k < 3; k++) {
              const c = chunk();
              const ok = self.push(c);
              t.log('auto push', c, '->', ok);
              if (!ok) break;
            }
          }
          break;
        case 'push-deferred':
          if (reads < 6) defer(pick(['tick', 'micro', 'turn']), () => {
            const c = chunk();
            t.log('deferred push', c, '->', self.push(c));
          });
          break;
        case 'push-end-later':
          if (reads === 3) defer('turn', () => t.log('deferred push null ->', self.push(null)));
          break;
        default:
          break;
      }
    }

    // _write policy: when the write callback runs and whether it fails.
    const writeTiming = pick(['sync', 'tick', 'micro', 'turn', 'manual']);
    const failAt = chance(0.15) ? Math.floor(rnd() * 5) : -1;
    let writes = 0;
    const manual = [];
    function onWrite(c, enc, cb) {
      const n = writes++;
      t.log('_write', c, enc);
      const err = n === failAt ? new Error(`write ${n} failed`) : null;
      if (writeTiming === 'manual') manual.push(() => cb(err));
      else defer(writeTiming, () => cb(err));
    }
    const withWritev = chance(0.25);
    function onWritev(chunks, cb) {
      t.log('_writev', chunks.map((c) => c.chunk));
      const err = writes++ === failAt ? new Error('writev failed') : null;
      if (writeTiming === 'manual') manual.push(() => cb(err));
      else defer(writeTiming, () => cb(err));
    }
    const finalMode = pick(['none', 'none', 'sync', 'async', 'error']);
    function onFinal(cb) {
      t.log('_final');
      if (finalMode === 'sync') cb();
      else if (finalMode === 'async') setImmediate(cb);
      else cb(new Error('final failed'));
    }

    let r = null;
    let w = null;
    const streams = [];
    const mkReadable = (label) => {
      const s = new S.Readable({
        ...opts,
        read(n) {
          t.log(`${label} _read(${n})`);
          onRead.call(this, n);
        },
      });
      return t.name(s, label);
    };
    const mkWritable = (label) => {
      const o = { ...opts, write: onWrite };
      delete o.encoding;
      if (withWritev) o.writev = onWritev;
      if (finalMode !== 'none') o.final = onFinal;
      if (chance(0.2)) o.decodeStrings = false;
      return t.name(new S.Writable(o), label);
    };

    if (kind === 'readable') {
      r = mkReadable('r');
    } else if (kind === 'writable') {
      w = mkWritable('w');
    } else if (kind === 'duplex') {
      const o = { ...opts, read(n) { t.log(`d _read(${n})`); onRead.call(this, n); }, write: onWrite };
      if (withWritev) o.writev = onWritev;
      if (finalMode !== 'none') o.final = onFinal;
      r = w = t.name(new S.Duplex(o), 'd');
    } else if (kind === 'transform') {
      const tmode = pick(['sync', 'tick', 'turn']);
      const o = {
        ...opts,
        transform(c, enc, cb) {
          t.log('_transform', c, enc);
          const n = writes++;
          defer(tmode, () => {
            if (n === failAt) cb(new Error('transform failed'));
            else if (n % 3 === 1) {
              this.push(c);
              cb(null, c);
            } else cb(null, c);
          });
        },
      };
      if (chance(0.5)) {
        o.flush = (cb) => {
          t.log('_flush');
          defer(tmode, () => cb(null, objectMode ? 'flushed' : 'F'));
        };
      }
      r = w = t.name(new S.Transform(o), 'tr');
    } else {
      r = mkReadable('src');
      w = mkWritable('dst');
    }
    if (r) streams.push(r);
    if (w && w !== r) streams.push(w);
    for (const s of streams) {
      const label = t.labelOf(s);
      t.watch(s, label, chance(0.85) ? standardEvents : ['end', 'finish', 'close', 'drain', 'pause', 'resume']);
    }

    if (kind === 'pipe') {
      t.try('pipe', () => r.pipe(w, chance(0.2) ? { end: false } : undefined) === w);
    } else if (kind === 'pipeline') {
      const mid = chance(0.5) ? t.name(new S.PassThrough({ objectMode }), 'mid') : null;
      if (mid) t.watch(mid, 'mid', ['end', 'finish', 'close', 'error']);
      const list = mid ? [r, mid, w] : [r, w];
      t.try('pipeline', () => S.pipeline(...list, t.cb('pipeline')) === w);
    }

    const snapshot = () => {
      if (r) t.rstate(r, t.labelOf(r));
      if (w) t.wstate(w, t.labelOf(w));
    };

    const readableOps = [
      () => {
        const c = chunk();
        t.try(`push ${describe(c)}`, () => r.push(c));
      },
      () => {
        const c = chunk();
        t.try(`push ${describe(c)}`, () => r.push(c));
      },
      () => t.try('push null', () => r.push(null)),
      () => t.try('push empty', () => r.push(objectMode ? '' : '')),
      () => {
        const c = chunk();
        t.try(`unshift ${describe(c)}`, () => r.unshift(c));
      },
      () => {
        const n = pick([undefined, undefined, 0, 1, 2, 5, 100]);
        t.try(`read(${n})`, () => r.read(n));
      },
      () => {
        t.log('add data listener');
        t.onData(r, 'r');
      },
      () => {
        const ls = r.listeners('data');
        if (ls.length) r.removeListener('data', ls[0]);
        t.log('removed data listener', ls.length > 0);
      },
      () => {
        const reading = chance(0.6);
        t.log('add readable listener', reading);
        r.on('readable', () => {
          t.log('readable');
          if (reading) {
            let c;
            let k = 0;
            while (k++ < 20 && (c = r.read()) !== null) t.log('read in readable', c);
          }
        });
      },
      () => {
        const ls = r.listeners('readable');
        if (ls.length) r.removeListener('readable', ls[0]);
        t.log('removed readable listener', ls.length > 0);
      },
      () => {
        t.log('add once readable');
        r.once('readable', () => t.log('once readable', r.read()));
      },
      () => t.try('pause', () => r.pause() === r),
      () => t.try('resume', () => r.resume() === r),
      () => t.try('isPaused', () => r.isPaused()),
      () => {
        if (!objectMode) {
          const enc = pick(['utf8', 'hex']);
          t.try(`setEncoding ${enc}`, () => r.setEncoding(enc) === r);
        }
      },
      () => t.try('removeAllListeners readable', () => r.removeAllListeners('readable') === r),
    ];
    const writableOps = [
      () => t.try('write', () => w.write(chunk(), chance(0.5) ? t.cb(`write#${counter}`) : undefined)),
      () => t.try('write', () => w.write(chunk())),
      () => t.try('write enc', () => w.write(objectMode ? 1 : 'abcd', objectMode ? undefined : 'hex', t.cb('write hex'))),
      () => t.try('end', () => w.end(chance(0.5) ? t.cb('end') : undefined) === w),
      () => t.try('end chunk', () => w.end(chunk(), t.cb('end chunk')) === w),
      () => t.try('cork', () => w.cork()),
      () => t.try('uncork', () => w.uncork()),
      () => {
        const list = manual.splice(0, pick([1, 1, 2, 10]));
        t.log('run manual callbacks', list.length);
        for (const f of list) f();
      },
      () => {
        const list = manual.splice(0);
        t.log('run all manual callbacks', list.length);
        for (const f of list) f();
      },
      () => w.once('drain', () => t.log('once drain')),
    ];
    const commonOps = [
      () => t.try('destroy', () => (r || w).destroy() === (r || w)),
      () => t.try('destroy err', () => (r || w).destroy(new Error('random destroy'), chance(0.5) ? t.cb('destroy cb') : undefined)),
      snapshot,
    ];
    let ops = [...commonOps];
    if (r) ops = ops.concat(readableOps, readableOps);
    if (w) ops = ops.concat(writableOps, writableOps);
    if (kind === 'pipe') {
      ops.push(() => t.try('unpipe', () => r.unpipe(chance(0.5) ? w : undefined) === r));
      ops.push(() => t.try('pipe again', () => r.pipe(w) === w));
    }

    const steps = 6 + Math.floor(rnd() * 14);
    for (let i = 0; i < steps; i++) {
      const op = pick(ops);
      op();
      const wait = pick(['none', 'none', 'micro', 'tick', 'turn', 'turn2']);
      if (wait === 'micro') await t.micro();
      else if (wait === 'tick') await new Promise((res) => process.nextTick(res));
      else if (wait === 'turn') await t.turn(1);
      else if (wait === 'turn2') await t.turn(2);
    }
    await t.turn(3);
    for (const f of manual.splice(0)) f();
    await t.turn(3);
    snapshot();
  };
}

for (let seed = 1; seed <= randomCount; seed++) {
  scenario(`random #${seed}`, randomScenario(seed * 7919));
}

// Random end-to-end flows: a source, up to two middle stages and a sink joined by
// pipe() or pipeline(), with finished() watchers and faults injected at random
// moments.
function randomFlowScenario(seed) {
  return async (t) => {
    const rnd = prng(seed);
    const pick = (list) => list[Math.floor(rnd() * list.length)];
    const chance = (p) => rnd() < p;
    const S = t.S;
    const objectMode = chance(0.4);
    const defer = (how, fn) => {
      if (how === 'sync') fn();
      else if (how === 'tick') process.nextTick(fn);
      else if (how === 'micro') Promise.resolve().then(fn);
      else setImmediate(fn);
    };
    const timing = () => pick(['sync', 'tick', 'micro', 'turn']);
    const hwm = () => (chance(0.5) ? pick([0, 1, 2, 4, 16]) : undefined);
    const total = 1 + Math.floor(rnd() * 8);
    const value = (i) => (objectMode ? { i } : `v${i};`);

    // Source.
    const srcKind = pick(['readable', 'readable', 'from-array', 'from-gen', 'from-async-gen']);
    let src;
    if (srcKind === 'readable') {
      const tm = timing();
      let i = 0;
      src = new S.Readable({
        objectMode,
        highWaterMark: hwm(),
        read() {
          t.log('src _read');
          defer(tm, () => {
            if (i < total) t.log('src push', i, this.push(value(i++)));
            else if (i++ === total) t.log('src push null', this.push(null));
          });
        },
      });
    } else if (srcKind === 'from-array') {
      src = S.Readable.from(Array.from({ length: total }, (_, i) => value(i)), { objectMode: true });
    } else if (srcKind === 'from-gen') {
      src = S.Readable.from((function* () {
        for (let i = 0; i < total; i++) yield value(i);
      })());
    } else {
      src = S.Readable.from((async function* () {
        for (let i = 0; i < total; i++) {
          if (chance(0.5)) await null;
          yield value(i);
        }
      })());
    }
    const srcObject = srcKind !== 'readable' || objectMode;
    t.name(src, 'src');
    t.log('flow', srcKind, 'objectMode', objectMode, 'total', total);

    // Middle stages.
    const stages = [src];
    const nMid = Math.floor(rnd() * 3);
    for (let k = 0; k < nMid; k++) {
      const midKind = pick(['passthrough', 'transform', 'transform-async', 'transform-filter']);
      const tm = timing();
      let m;
      if (midKind === 'passthrough') {
        m = new S.PassThrough({ objectMode: srcObject, highWaterMark: hwm() });
      } else {
        m = new S.Transform({
          objectMode: srcObject,
          highWaterMark: hwm(),
          transform(c, e, cb) {
            t.log(`m${k} _transform`, c);
            if (midKind === 'transform-filter' && chance(0.4)) return defer(tm, () => cb());
            if (midKind === 'transform-async') return setImmediate(() => cb(null, c));
            defer(tm, () => cb(null, c));
          },
          flush: chance(0.5) ? (cb) => {
            t.log(`m${k} _flush`);
            defer(tm, () => cb(null, srcObject ? { flushed: k } : `F${k}`));
          } : undefined,
        });
      }
      t.name(m, `m${k}`);
      stages.push(m);
    }

    // Sink.
    const sinkKind = pick(['writable', 'writable', 'data', 'readable-event', 'async-iter']);
    let sink = null;
    let consumer = null;
    const manual = [];
    if (sinkKind === 'writable') {
      const tm = pick(['sync', 'tick', 'micro', 'turn', 'manual']);
      sink = new S.Writable({
        objectMode: true,
        highWaterMark: hwm(),
        write(c, e, cb) {
          t.log('sink _write', c);
          if (tm === 'manual') manual.push(cb);
          else defer(tm, cb);
        },
        final: chance(0.3) ? (cb) => {
          t.log('sink _final');
          setImmediate(cb);
        } : undefined,
      });
      t.name(sink, 'sink');
      stages.push(sink);
    }
    const all = stages.slice();
    for (const s of all) t.watch(s, t.labelOf(s), ['end', 'finish', 'close', 'error', 'pause', 'resume', 'drain']);

    // finished() watchers.
    for (const s of all) {
      if (chance(0.4)) S.finished(s, t.cb(`finished ${t.labelOf(s)}`));
    }

    // Join.
    const tail = stages[stages.length - 1];
    const join = stages.length === 1 ? 'none' : pick(['pipe', 'pipeline', 'pipeline', 'promises']);
    if (join === 'pipe') {
      for (let k = 0; k + 1 < stages.length; k++) stages[k].pipe(stages[k + 1]);
    } else if (join === 'pipeline') {
      t.try('pipeline', () => S.pipeline(...stages, t.cb('pipeline')) === tail);
    } else if (join === 'promises') {
      t.P.pipeline(...stages).then((v) => t.log('pipeline resolved', v), (e) => t.log('pipeline rejected', e));
    }
    t.log('join', join, 'sink', sinkKind);

    if (sinkKind === 'data') {
      tail.on('data', (c) => t.log('tail data', c));
    } else if (sinkKind === 'readable-event') {
      tail.on('readable', () => {
        let c;
        while ((c = tail.read()) !== null) t.log('tail read', c);
      });
    } else if (sinkKind === 'async-iter') {
      const breakAt = chance(0.3) ? Math.floor(rnd() * total) : -1;
      consumer = (async () => {
        let n = 0;
        try {
          for await (const c of tail) {
            t.log('iter', c);
            if (n++ === breakAt) {
              t.log('iter break');
              break;
            }
            if (chance(0.3)) await t.turn(1);
          }
          t.log('iter done');
        } catch (e) {
          t.log('iter threw', e);
        }
      })();
    }

    // Faults.
    const steps = 3 + Math.floor(rnd() * 6);
    for (let k = 0; k < steps; k++) {
      const wait = pick(['micro', 'tick', 'turn', 'turn']);
      if (wait === 'micro') await t.micro();
      else if (wait === 'tick') await new Promise((res) => process.nextTick(res));
      else await t.turn(1);
      const action = pick(['nothing', 'nothing', 'nothing', 'manual', 'manual', 'destroy', 'destroy-err', 'pause',
        'resume', 'state']);
      const victim = pick(all);
      switch (action) {
        case 'manual': {
          const list = manual.splice(0);
          t.log('manual callbacks', list.length);
          for (const cb of list) cb();
          break;
        }
        case 'destroy':
          if (chance(0.3)) {
            t.log('destroy', t.labelOf(victim));
            victim.destroy();
          }
          break;
        case 'destroy-err':
          if (chance(0.3)) {
            t.log('destroy with error', t.labelOf(victim));
            victim.destroy(new Error(`fault in ${t.labelOf(victim)}`));
          }
          break;
        case 'pause':
          if (typeof victim.pause === 'function' && chance(0.3)) t.try(`pause ${t.labelOf(victim)}`, () => victim.pause() === victim);
          break;
        case 'resume':
          if (typeof victim.resume === 'function' && chance(0.3)) t.try(`resume ${t.labelOf(victim)}`, () => victim.resume() === victim);
          break;
        case 'state':
          if (victim._readableState) t.rstate(victim, t.labelOf(victim));
          if (victim._writableState) t.wstate(victim, t.labelOf(victim));
          break;
        default:
          break;
      }
    }
    for (let k = 0; k < 10; k++) {
      await t.turn(1);
      for (const cb of manual.splice(0)) cb();
    }
    if (consumer) await Promise.race([consumer, t.turn(3)]);
    for (const s of all) {
      if (s._readableState) t.rstate(s, t.labelOf(s));
      if (s._writableState) t.wstate(s, t.labelOf(s));
    }
  };
}

for (let seed = 1; seed <= randomCount; seed++) {
  scenario(`flow #${seed}`, randomFlowScenario(seed * 104729 + 17));
}

main();
