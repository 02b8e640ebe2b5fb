'use strict';
// Compares host/js/assert.js with node's assert: every assertion kind over many
// value shapes (primitives, nested objects and arrays, long and multi-line
// strings, Maps, Sets, errors, typed arrays, cycles, getters, big structures
// whose diffs get truncated), with and without messages, the throws/rejects
// validation forms, fail() in all its arities, AssertionError built directly,
// CallTracker, and the "falsy value" messages quoted from source. For each
// call the whole outcome is compared: return value or the thrown error's
// class, name, code, message, generatedMessage, actual/expected/operator
// (and whether they are the very objects passed in), own keys, toString(),
// the stack's first line, and util.inspect of the error (stack normalised).
//
//   node tools/jsdev/check-assert.js [--seed N] [--count N]
//
// Prints each mismatch and exits 1 if there is any.

// Re-run with --expose-internals: load.js then gives inspect exact promise and
// proxy details, as the engines do.
if (!process.execArgv.includes('--expose-internals')) {
  const r = require('child_process').spawnSync(process.execPath,
    ['--expose-internals', __filename, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(r.status === null ? 1 : r.status);
}

const fs = require('fs');
const os = require('os');
const path = require('path');
const util = require('util');
const nodeAssert = require('assert');
const { load, bindings } = require('./load.js');

bindings.readSource = (file) => fs.readFileSync(file, 'utf8');
const ours = load('assert');
const oursStrict = load('assert/strict');

const argv = process.argv.slice(2);
const option = (name, def) => {
  const i = argv.indexOf(name);
  return i === -1 ? def : Number(argv[i + 1]);
};
const SEED = option('--seed', 20240611);
const COUNT = option('--count', 3000);
const MAX_PRINTED = Number(process.env.MAX_PRINTED) || 40;

let state = SEED >>> 0 || 1;
function random() {
  state ^= state << 13;
  state >>>= 0;
  state ^= state >>> 17;
  state ^= state << 5;
  state >>>= 0;
  return state / 4294967296;
}
const int = (n) => Math.floor(random() * n);
const pick = (list) => list[int(list.length)];
const chance = (p) => random() < p;

let checks = 0;
const mismatches = [];
const show = (v) => util.inspect(v, { depth: 4, breakLength: 120 });

// Warnings (assert.fail, CallTracker) are emitted by both sides; keep the
// output readable.
process.removeAllListeners('warning');
process.on('warning', () => {});

// ---- outcomes ---------------------------------------------------------------------

function describeError(err, inputs) {
  if (err === null || typeof err !== 'object') return { thrownValue: show(err) };
  const out = {
    class: err.constructor && err.constructor.name,
    name: err.name,
    code: err.code,
    message: err.message,
  };
  if (err.code === 'ERR_ASSERTION') {
    out.generatedMessage = err.generatedMessage;
    out.operator = err.operator;
    for (const key of ['actual', 'expected']) {
      const v = err[key];
      const same = inputs.findIndex((input) => input === v);
      // Identity with an input (by position) or a structural picture.
      out[key] = same !== -1 ? `<input ${same}>` :
        util.inspect(v, { depth: 3, showHidden: false, breakLength: Infinity, sorted: true });
    }
    out.keys = Object.keys(err);
    out.ownNames = Object.getOwnPropertyNames(err).filter((k) => k !== 'stack').sort();
    out.toString = String(err);
    const stack = String(err.stack);
    const at = stack.indexOf('\n    at ');
    out.stackHeader = at === -1 ? stack : stack.slice(0, at);
    // Inspect with a normalised stack (frames differ by construction).
    const saved = Object.getOwnPropertyDescriptor(err, 'stack');
    Object.defineProperty(err, 'stack', { value: out.stackHeader, configurable: true, writable: true });
    try {
      out.inspected = util.inspect(err);
    } catch (e) {
      out.inspected = `inspect threw ${e}`;
    }
    if (saved) Object.defineProperty(err, 'stack', saved);
    else delete err.stack;
  } else {
    out.keys = Object.keys(err);
  }
  return out;
}

function outcome(fn, inputs) {
  try {
    const value = fn();
    return { returned: show(value) };
  } catch (err) {
    return { threw: describeError(err, inputs) };
  }
}

async function asyncOutcome(fn, inputs) {
  let p;
  try {
    p = fn();
  } catch (err) {
    return { threwSync: describeError(err, inputs) };
  }
  try {
    const value = await p;
    return { resolved: show(value) };
  } catch (err) {
    return { rejected: describeError(err, inputs) };
  }
}

// Stack frames differ between the two implementations (node:assert vs
// host/js/assert.js frames, line numbers): frame lines are dropped from every
// compared string, wherever they appear (also inside diffs of errors).
const frameLine = /\n[+\- ]*\s+at [^\n]*/g;
function normalize(v) {
  if (typeof v === 'string') return v.replace(frameLine, '');
  if (Array.isArray(v)) return v.map(normalize);
  if (v !== null && typeof v === 'object') {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, normalize(x)]));
  }
  return v;
}

function record(label, o, n) {
  checks++;
  o = normalize(o);
  n = normalize(n);
  if (!util.isDeepStrictEqual(o, n)) {
    mismatches.push(label);
    if (mismatches.length <= MAX_PRINTED) {
      const diff = [];
      const oo = o.threw || o.rejected || o.threwSync || o;
      const nn = n.threw || n.rejected || n.threwSync || n;
      for (const key of new Set([...Object.keys(oo), ...Object.keys(nn)])) {
        if (!util.isDeepStrictEqual(oo[key], nn[key])) {
          diff.push(`  ${key}:\n    ours: ${JSON.stringify(oo[key])}\n    node: ${JSON.stringify(nn[key])}`);
        }
      }
      if (Object.keys(o).join() !== Object.keys(n).join()) {
        diff.unshift(`  outcome: ours ${Object.keys(o)} node ${Object.keys(n)}`);
      }
      console.log(`MISMATCH ${label}\n${diff.join('\n')}`);
    }
  }
}

// `make` returns fresh inputs each time: both sides get their own copies, as
// some assertions mutate (a /g regexp's lastIndex) or run getters.
// Both sets are made from one call site, so errors among them have equal stacks.
function twice(make) {
  return [0, 1].map(() => make());
}

function compare(label, make, call) {
  const [nIn, oIn] = twice(make);
  const n = outcome(() => call(nodeAssert, ...nIn), nIn);
  const o = outcome(() => call(ours, ...oIn), oIn);
  record(label, o, n);
}

const pending = [];
function compareAsync(label, make, call) {
  pending.push(async () => {
    const [nIn, oIn] = twice(make);
    const n = await asyncOutcome(() => call(nodeAssert, ...nIn), nIn);
    const o = await asyncOutcome(() => call(ours, ...oIn), oIn);
    record(label, o, n);
  });
}

// ---- values ------------------------------------------------------------------------

const sym = Symbol('s');
const fnA = function namedFn() {};
class Foo {
  constructor() {
    this.a = 1;
  }
}
class Bar extends Foo {}

const lines = (n, f = (i) => `line ${i}`) => Array.from({ length: n }, (_, i) => f(i)).join('\n');

// name -> factory. Factories so that every use gets a fresh value.
const VALUES = {
  'undefined': () => undefined,
  'null': () => null,
  '0': () => 0,
  '-0': () => -0,
  '1': () => 1,
  '2': () => 2,
  '1.5': () => 1.5,
  'NaN': () => NaN,
  'Infinity': () => Infinity,
  '1n': () => 1n,
  'true': () => true,
  'false': () => false,
  '""': () => '',
  '"1"': () => '1',
  '"a"': () => 'a',
  '"abc"': () => 'abc',
  '"abcdefgh"': () => 'abcdefgh',
  'long line': () => 'The quick brown fox jumps over the lazy dog',
  'long line 2': () => 'The quick brown fox jumps over the lazy cat',
  'very long line': () => 'x'.repeat(100) + 'y',
  'very long line 2': () => 'x'.repeat(100) + 'z',
  'huge string': () => 'abc'.repeat(400),
  'huge string 2': () => 'abc'.repeat(399) + 'abd',
  'multiline': () => 'a\nb\nc',
  'multiline 2': () => 'a\nB\nc',
  'many lines': () => lines(30),
  'many lines 2': () => lines(30, (i) => (i === 15 ? 'changed' : `line ${i}`)),
  'many lines 3': () => lines(12),
  'string with quote': () => "it's",
  'symbol': () => sym,
  'other symbol': () => Symbol('s'),
  'function': () => fnA,
  'arrow': () => () => {},
  'class': () => Foo,
  '{}': () => ({}),
  '{a:1}': () => ({ a: 1 }),
  '{a:2}': () => ({ a: 2 }),
  '{a:"1"}': () => ({ a: '1' }),
  '{a:1,b:2}': () => ({ a: 1, b: 2 }),
  '{b:2,a:1}': () => ({ b: 2, a: 1 }),
  'nested': () => ({ a: { b: { c: [1, 2, { d: 3 }] } }, e: 'x' }),
  'nested 2': () => ({ a: { b: { c: [1, 2, { d: 4 }] } }, e: 'x' }),
  'deep 6': () => ({ a: { b: { c: { d: { e: { f: 1 } } } } } }),
  'deep 6b': () => ({ a: { b: { c: { d: { e: { f: 2 } } } } } }),
  'null proto': () => Object.assign(Object.create(null), { a: 1 }),
  '[]': () => [],
  '[1]': () => [1],
  '[1,2,3]': () => [1, 2, 3],
  '[1,2,4]': () => [1, 2, 4],
  '[1,2]': () => [1, 2],
  '[1,2,3,4]': () => [1, 2, 3, 4],
  '["1"]': () => ['1'],
  'sparse': () => [1, , 3], // eslint-disable-line no-sparse-arrays
  'array 40': () => Array.from({ length: 40 }, (_, i) => i),
  'array 40b': () => Array.from({ length: 40 }, (_, i) => (i === 20 ? 99 : i)),
  'array 40c': () => Array.from({ length: 40 }, (_, i) => (i === 2 || i === 37 ? -1 : i)),
  'array 120': () => Array.from({ length: 120 }, (_, i) => i),
  'array 120b': () => Array.from({ length: 120 }, (_, i) => i * 2),
  'objs 30': () => Array.from({ length: 30 }, (_, i) => ({ id: i, name: `n${i}` })),
  'objs 30b': () => Array.from({ length: 30 }, (_, i) => ({ id: i, name: i % 7 === 3 ? 'X' : `n${i}` })),
  'objs 30c': () => Array.from({ length: 31 }, (_, i) => ({ id: i, name: `n${i}` })),
  'wide object': () => Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`k${i}`, i])),
  'wide object b': () => Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`k${i}`, i === 59 ? -1 : i])),
  'wide object c': () => Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`k${i}`, i === 0 ? -1 : i])),
  'map': () => new Map([[1, 'a'], ['b', { c: 2 }]]),
  'map 2': () => new Map([[1, 'a'], ['b', { c: 3 }]]),
  'set': () => new Set([1, 'a', { b: 2 }]),
  'set 2': () => new Set([1, 'a', { b: 3 }]),
  'date': () => new Date(0),
  'date 2': () => new Date(86400000),
  'regexp': () => /ab+c/gi,
  'regexp 2': () => /ab+c/g,
  'error': () => new Error('boom'),
  'error 2': () => new Error('bang'),
  'type error': () => new TypeError('boom'),
  'error with props': () => Object.assign(new Error('boom'), { code: 'E1' }),
  'u8': () => new Uint8Array([1, 2, 3]),
  'u8 2': () => new Uint8Array([1, 2, 4]),
  'f64': () => new Float64Array([0.5, NaN]),
  'buffer': () => Buffer.from('abc'),
  'boxed number': () => new Number(1),
  'boxed string': () => new String('abc'),
  'instance': () => new Foo(),
  'sub instance': () => new Bar(),
  'getter': () => ({ get a() { return 1; } }),
  'cycle': () => {
    const o = { a: 1 };
    o.self = o;
    return o;
  },
  'cycle 2': () => {
    const o = { a: 2 };
    o.self = o;
    return o;
  },
  'symbol key': () => ({ [sym]: 1 }),
  'mixed': () => ({ num: 1, str: 'two', arr: [3, 4, [5]], obj: { six: 6 }, fn: fnA, nil: null, undef: undefined }),
  'mixed 2': () => ({ num: 1, str: 'two', arr: [3, 4, [5, 5]], obj: { six: 6 }, fn: fnA, nil: null, undef: undefined }),
  'long keys': () => ({ aVeryLongPropertyNameNumberOne: 'and a fairly long value too', another: [1, 2, 3] }),
  'long keys 2': () => ({ aVeryLongPropertyNameNumberOne: 'and a fairly long value, too', another: [1, 2, 3] }),
  'proxy': () => new Proxy({ a: 1 }, {}),
  'weakmap': () => new WeakMap(),
  'promise': () => Promise.resolve(1),
  'args': () => (function () { return arguments; })(1, 2),
};
const NAMES = Object.keys(VALUES);

// Random composite values for more shapes.
function genValue(depth) {
  if (depth <= 0 || chance(0.35)) {
    return pick([0, 1, -1, 2, 'a', 'b', 'ab', '', 'line\nbreak', true, false, null, undefined, NaN, 1.5, 10n]);
  }
  switch (int(6)) {
    case 0: case 1: {
      const obj = {};
      for (let i = int(5); i > 0; i--) obj[pick(['a', 'b', 'c', 'key', 'longerKeyName', '1'])] = genValue(depth - 1);
      return obj;
    }
    case 2: case 3:
      return Array.from({ length: int(chance(0.2) ? 30 : 6) }, () => genValue(depth - 1));
    case 4:
      return new Map(Array.from({ length: int(3) }, () => [genValue(0), genValue(depth - 1)]));
    default:
      return new Set(Array.from({ length: int(4) }, () => genValue(depth - 1)));
  }
}

function mutateValue(v, depth = 0) {
  if (v === null || typeof v !== 'object' || chance(0.15 + depth * 0.1)) {
    return genValue(1);
  }
  if (Array.isArray(v)) {
    const copy = v.slice();
    if (copy.length === 0 || chance(0.2)) copy.push(genValue(1));
    else if (chance(0.2)) copy.splice(int(copy.length), 1);
    else {
      const i = int(copy.length);
      copy[i] = mutateValue(copy[i], depth + 1);
    }
    return copy;
  }
  if (v instanceof Map || v instanceof Set) return genValue(2);
  const copy = { ...v };
  const keys = Object.keys(copy);
  if (keys.length === 0 || chance(0.2)) copy[pick(['a', 'z', 'new'])] = genValue(1);
  else if (chance(0.2)) delete copy[pick(keys)];
  else {
    const k = pick(keys);
    copy[k] = mutateValue(copy[k], depth + 1);
  }
  return copy;
}

// Generated pairs are remade from their seed for each side.
function generatedPair(i) {
  const seed = ((SEED + Math.imul(i + 1, 2654435761)) >>> 0) || 1;
  return () => {
    const saved = state;
    state = seed;
    const a = genValue(3);
    const b = chance(0.3) ? genValue(3) : mutateValue(a);
    state = saved;
    return [a, b];
  };
}

// ---- the checks --------------------------------------------------------------------

const TWO_ARG = ['equal', 'notEqual', 'strictEqual', 'notStrictEqual', 'deepEqual', 'notDeepEqual',
  'deepStrictEqual', 'notDeepStrictEqual'];
const MESSAGES = [undefined, 'custom message', '', 0, null, false, () => new TypeError('thrown instead'),
  { toString() { return 'obj'; } }, [], () => Symbol('m')];

function messageValue(m) {
  return typeof m === 'function' ? m() : m;
}

function pairs() {
  // Every named value against a handful of others and itself.
  for (const a of NAMES) {
    const partners = new Set([a, pick(NAMES), pick(NAMES), pick(NAMES)]);
    const twin = NAMES.find((n) => n !== a && n.startsWith(a) && /( \d|b|c)$/.test(n.slice(a.length)));
    if (twin) partners.add(twin);
    for (const b of partners) {
      for (const method of TWO_ARG) {
        compare(`${method}(${a}, ${b})`, () => [VALUES[a](), VALUES[b]()], (assert, x, y) => assert[method](x, y));
        compare(`strict.${method}(${a}, ${b})`, () => [VALUES[a](), VALUES[b]()], (assert, x, y) => assert.strict[method](x, y));
      }
    }
  }
  for (let i = 0; i < COUNT; i++) {
    const make = generatedPair(i);
    const method = pick(TWO_ARG);
    compare(`generated #${i} ${method}`, make, (assert, x, y) => assert[method](x, y));
    compare(`generated #${i} deepStrictEqual`, make, (assert, x, y) => assert.deepStrictEqual(x, y));
  }
}

// Line diffs: sequences with a few random edits, as arrays (one line per
// item), objects, and multi-line strings; lengths chosen around the cut-off
// points (identical runs of 2-6 lines, ~50 printed lines, long lines).
function editedSequence(seed) {
  const saved = state;
  state = seed;
  const n = pick([0, 1, 2, 3, 5, 8, 12, 20, 30, 48, 60, 90]);
  const a = Array.from({ length: n }, (_, i) => (chance(0.1) ? `item ${i}` : i));
  const b = a.slice();
  for (let k = int(4); k >= 0; k--) {
    const i = int(b.length + 1);
    switch (int(3)) {
      case 0: b.splice(i, 0, chance(0.5) ? -i : `new ${i}`); break;
      case 1: b.splice(i, 1); break;
      default: if (i < b.length) b[i] = chance(0.5) ? b[i] + 1000 : { changed: b[i] };
    }
  }
  state = saved;
  return [a, b];
}

function diffStress() {
  for (let i = 0; i < COUNT; i++) {
    const seed = ((SEED ^ Math.imul(i + 7, 40503)) >>> 0) || 1;
    const shape = i % 4;
    const make = () => {
      const [a, b] = editedSequence(seed);
      if (shape === 1) return [Object.fromEntries(a.map((v, k) => [`k${k}`, v])), Object.fromEntries(b.map((v, k) => [`k${k}`, v]))];
      if (shape === 2) return [a.map(String).join('\n'), b.map(String).join('\n')];
      if (shape === 3) return [{ list: a, tail: { x: 1, y: [1, 2, 3] } }, { list: b, tail: { x: 1, y: [1, 2, 3] } }];
      return [a, b];
    };
    compare(`diff #${i} deepStrictEqual`, make, (assert, x, y) => assert.deepStrictEqual(x, y));
    compare(`diff #${i} strictEqual`, make, (assert, x, y) => assert.strictEqual(x, y));
    compare(`diff #${i} deepEqual`, make, (assert, x, y) => assert.deepEqual(x, y));
    compare(`diff #${i} notDeepStrictEqual`, () => [make()[0], make()[0]], (assert, x, y) => assert.notDeepStrictEqual(x, y));
  }
  // Single-line values around the short form and the caret's width limit.
  for (let len = 1; len < 90; len += pick([1, 2, 3])) {
    for (const at of [0, 1, 2, 3, Math.floor(len / 2), len - 1]) {
      const a = 'x'.repeat(len);
      const b = `${a.slice(0, at)}y${a.slice(at + 1)}`;
      compare(`line ${len}/${at} strictEqual`, () => [a, b], (assert, x, y) => assert.strictEqual(x, y));
      compare(`line ${len}/${at} deepStrictEqual arrays`, () => [[a], [b]], (assert, x, y) => assert.deepStrictEqual(x, y));
      compare(`number ${len}/${at}`, () => [len, at], (assert, x, y) => assert.strictEqual(x, y));
    }
  }
}

// The same with a colour terminal of a given width on stderr.
function ttyChecks() {
  const stderr = process.stderr;
  const saved = ['isTTY', 'columns', 'getColorDepth'].map((k) => [k, Object.getOwnPropertyDescriptor(stderr, k)]);
  for (const [columns, colors] of [[40, false], [120, true], [200, false]]) {
    Object.defineProperty(stderr, 'isTTY', { value: true, configurable: true });
    Object.defineProperty(stderr, 'columns', { value: columns, configurable: true });
    Object.defineProperty(stderr, 'getColorDepth', { value: () => (colors ? 8 : 1), configurable: true });
    for (const a of ['long line', 'very long line', 'many lines', 'array 40', 'nested', 'objs 30', '1']) {
      for (const b of ['long line 2', 'very long line 2', 'many lines 2', 'array 40b', 'nested 2', 'objs 30b', '2']) {
        compare(`tty ${columns}/${colors} deepStrictEqual(${a}, ${b})`, () => [VALUES[a](), VALUES[b]()],
          (assert, x, y) => assert.deepStrictEqual(x, y));
        compare(`tty ${columns}/${colors} notDeepStrictEqual(${a}, ${a})`, () => [VALUES[a](), VALUES[a]()],
          (assert, x, y) => assert.notDeepStrictEqual(x, y));
      }
    }
    for (let len = 10; len < 130; len += 7) {
      const a = 'x'.repeat(len);
      compare(`tty ${columns}/${colors} line ${len}`, () => [a, `${a}y`], (assert, x, y) => assert.strictEqual(x, y));
    }
  }
  for (const [k, desc] of saved) {
    if (desc) Object.defineProperty(stderr, k, desc);
    else delete stderr[k];
  }
}

function messages() {
  for (const method of TWO_ARG) {
    for (const m of MESSAGES) {
      compare(`${method}(1, 2, ${show(m)})`, () => [1, 2, messageValue(m)], (assert, x, y, msg) => assert[method](x, y, msg));
      compare(`${method}({a:1}, {a:1}, ${show(m)})`, () => [{ a: 1 }, { a: 1 }, messageValue(m)],
        (assert, x, y, msg) => assert[method](x, y, msg));
      compare(`${method}(errors, ${show(m)})`, () => [new Error('a'), new Error('b'), messageValue(m)],
        (assert, x, y, msg) => assert[method](x, y, msg));
      compare(`${method}(arrays, ${show(m)})`, () => [VALUES['array 40'](), VALUES['array 40b'](), messageValue(m)],
        (assert, x, y, msg) => assert[method](x, y, msg));
    }
    compare(`${method}() missing args`, () => [], (assert) => assert[method]());
    compare(`${method}(1) missing args`, () => [1], (assert, x) => assert[method](x));
  }
}

function okChecks() {
  const values = ['undefined', 'null', '0', '-0', 'NaN', '""', 'false', '1', '{}', 'very long line', 'huge string'];
  for (const name of values) {
    for (const m of MESSAGES) {
      compare(`ok(${name}, ${show(m)})`, () => [VALUES[name](), messageValue(m)], (assert, v, msg) => assert.ok(v, msg));
    }
    compare(`assert(${name}) via eval`, () => [VALUES[name]()], (assert, v) => assert(v));
  }
  compare('ok()', () => [], (assert) => assert.ok());
  compare('assert()', () => [], (assert) => assert());
  compare('strict()', () => [], (assert) => assert.strict());
  compare('ok(false, undefined)', () => [], (assert) => assert.ok(false, undefined));
}

// Falsy-value messages quote the caller's source: the calls are made from a
// file written here, identical for both sides.
function sourceChecks() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jsrig-assert-'));
  const file = path.join(dir, 'calls.js');
  const snippets = [
    'assert(false)',
    'assert.ok(0)',
    'assert.ok(null, undefined)',
    'assert.strict(false)',
    'assert.strict.ok("")',
    'assert(typeof 123 === "string")',
    'assert(fn(1))',
    'assert.ok(fn(1), null)',
    'assert((0, fn)(1))',
    'assert([1, 2].includes(3))',
    'assert(`a${1}b` === "x")',
    'assert(/x/.test("y"))',
    'assert(1 / 2 > 3)',
    'assert(0 /* comment */)',
    'assert(\n    0,\n    undefined\n  )',
    'assert.ok(\n\tfalse\n)',
    'assert(\'\\x01\' === 1)',
    'const r = [assert(0)]',
    'if (true) assert(null)',
    'assert(0); // trailing',
    'assert(a.b)',
    'assert(a?.c)',
    'assert(a["b"])',
    'assert(new Boolean(false) === false)',
    'assert(fn(fn(0)))',
    'assert(\n  fn(\n    0\n  )\n)',
    'require("assert")(false)',
    'assert\n      .ok(false)',
    'assert.ok(fn(0), undefined)',
    '[1].map(() => assert(0))',
    'fn(assert(0))',
    'assert(fn`x` === 1)',
    'assert(a.b /* ) */ )',
    'assert("(" === ")")',
    'assert(0, null); assert(1)',
    'label: assert(0)',
    'void assert(0)',
    'assert(((0)))',
    'assert({ a: 1 }.b)',
    'assert(function () { return 0; }())',
  ];
  let src = "'use strict';\nconst a = { b: 0 };\nfunction fn(x) { return x; }\nmodule.exports = [\n";
  for (const s of snippets) src += `  (assert) => {\n    ${s.replace(/\n/g, '\n    ')};\n  },\n`;
  src += '];\n';
  fs.writeFileSync(file, src);
  const fns = require(file);
  fns.forEach((f, i) => compare(`source: ${snippets[i]}`, () => [], (assert) => f(assert)));
  compare('native caller', () => [], (assert) => [0].forEach(assert));
  fs.rmSync(dir, { recursive: true, force: true });
}

function throwsChecks() {
  const throwers = {
    'throws Error': () => () => { throw new Error('boom'); },
    'throws TypeError': () => () => { throw new TypeError('bad type'); },
    'throws props': () => () => { throw Object.assign(new Error('boom'), { code: 'E_X', info: { a: 1 } }); },
    'throws string': () => () => { throw 'a string'; }, // eslint-disable-line no-throw-literal
    'throws undefined': () => () => { throw undefined; }, // eslint-disable-line no-throw-literal
    'throws object': () => () => { throw { message: 'boom', a: 1 }; }, // eslint-disable-line no-throw-literal
    'throws empty msg': () => () => { throw new RangeError(''); },
    'throws null-proto': () => () => { throw Object.create(null); },
    'no throw': () => () => 42,
  };
  const expectations = {
    'none': () => [],
    'Error': () => [Error],
    'TypeError': () => [TypeError],
    'RangeError': () => [RangeError],
    'regexp match': () => [/boom/],
    'regexp miss': () => [/nope/],
    'regexp g': () => [/boom/g],
    'validate true': () => [(e) => e instanceof Error],
    'validate false': () => [function check() { return false; }],
    'validate undefined': () => [() => undefined],
    'object msg': () => [{ message: 'boom' }],
    'object msg miss': () => [{ message: 'nope' }],
    'object code': () => [{ code: 'E_X', message: /bo+m/ }],
    'object code miss': () => [{ code: 'E_Y', message: 'boom' }],
    'object nested': () => [{ info: { a: 1 } }],
    'object nested miss': () => [{ info: { a: 2 } }],
    'object name': () => [{ name: 'TypeError' }],
    'object missing key': () => [{ nothere: undefined }],
    'empty object': () => [{}],
    'error instance': () => [new Error('boom')],
    'error instance miss': () => [new TypeError('boom')],
    'string msg': () => ['custom message'],
    'string error msg': () => ['boom'],
    'string string': () => ['a', 'b'],
    'class + msg': () => [TypeError, 'custom message'],
    'regexp + msg': () => [/nope/, 'custom message'],
    'object + msg': () => [{ message: 'nope' }, 'custom message'],
    'object + error msg': () => [{ message: 'nope' }, new TypeError('own error')],
    'number': () => [1],
    'null': () => [null],
    'Object class': () => [Object],
    'arrow class-like': () => [() => true],
    'class no extends': () => [Foo],
    'string identical to thrown': () => ['a string'],
  };
  for (const [tName, t] of Object.entries(throwers)) {
    for (const [eName, e] of Object.entries(expectations)) {
      compare(`throws(${tName}, ${eName})`, () => [t(), ...e()], (assert, f, ...rest) => assert.throws(f, ...rest));
      compare(`doesNotThrow(${tName}, ${eName})`, () => [t(), ...e()], (assert, f, ...rest) => assert.doesNotThrow(f, ...rest));
      compareAsync(`rejects(${tName}, ${eName})`, () => [async () => t()(), ...e()],
        (assert, f, ...rest) => assert.rejects(f, ...rest));
      compareAsync(`doesNotReject(${tName}, ${eName})`, () => [async () => t()(), ...e()],
        (assert, f, ...rest) => assert.doesNotReject(f, ...rest));
    }
  }
  compare('throws(non-function)', () => ['nope'], (assert, f) => assert.throws(f));
  compare('doesNotThrow(non-function)', () => [1], (assert, f) => assert.doesNotThrow(f));
  compare('throws(fn, "msg", undefined)', () => [() => { throw new Error('x'); }], (assert, f) => assert.throws(f, 'msg', undefined));
  compareAsync('rejects(promise)', () => [Promise.reject(new Error('x'))], (assert, p) => assert.rejects(p, Error));
  compareAsync('rejects(resolved promise)', () => [Promise.resolve(1)], (assert, p) => assert.rejects(p));
  compareAsync('rejects(non-promise fn)', () => [() => 1], (assert, f) => assert.rejects(f));
  compareAsync('rejects(number)', () => [1], (assert, f) => assert.rejects(f));
  compareAsync('rejects(thenable)', () => [{ then(a, b) { b(new Error('t')); }, catch() {} }], (assert, f) => assert.rejects(f, /t/));
  compareAsync('rejects(sync throw)', () => [() => { throw new Error('sync'); }], (assert, f) => assert.rejects(f));
  compareAsync('doesNotReject(promise)', () => [Promise.reject(new Error('x'))], (assert, p) => assert.doesNotReject(p));
  compareAsync('doesNotReject(ok)', () => [Promise.resolve(1)], (assert, p) => assert.doesNotReject(p));
}

function matchChecks() {
  const inputs = ['abc', 'xyz', '', 'multi\nline', 'x'.repeat(600), 1, null, undefined, { a: 1 }];
  const regexps = [/abc/, /^x/, /z$/g, /nomatch/i];
  for (const s of inputs) {
    for (const r of regexps) {
      for (const m of [undefined, 'custom', () => new Error('own')]) {
        compare(`match(${show(s).slice(0, 20)}, ${r}, ${show(m)})`, () => [s, new RegExp(r), messageValue(m)],
          (assert, x, y, msg) => assert.match(x, y, msg));
        compare(`doesNotMatch(${show(s).slice(0, 20)}, ${r}, ${show(m)})`, () => [s, new RegExp(r), messageValue(m)],
          (assert, x, y, msg) => assert.doesNotMatch(x, y, msg));
      }
    }
  }
  compare('match(s, "string")', () => ['a', 'a'], (assert, x, y) => assert.match(x, y));
  compare('doesNotMatch(s, 1)', () => ['a', 1], (assert, x, y) => assert.doesNotMatch(x, y));
}

function ifErrorChecks() {
  const values = [null, undefined, 0, '', false, 'str', 1, new Error('boom'), new TypeError(''),
    Object.assign(new Error(''), { constructor: undefined }), { message: 'obj' }, { message: '' }, { message: 1 },
    Symbol('x'), [1, 2]];
  values.forEach((v, i) => compare(`ifError(#${i} ${show(v).split('\n')[0]})`, () => [v], (assert, x) => assert.ifError(x)));
}

function failChecks() {
  const argLists = [
    [], [undefined], [null], ['message'], [new TypeError('own')], [{ a: 1 }], [1, 2], [1, 2, 'msg'],
    [1, 2, undefined, '>'], [1, 2, undefined, undefined], [1, 2, 'msg', '>'], [{ a: 1 }, { a: 2 }],
    [1, 2, new Error('own')], ['a'.repeat(600), 'b'], [1, 2, undefined, 'op', function f() {}],
    [1, 2, undefined, 'deepStrictEqual'], [1, 2, undefined, 'strictEqual'], [{ a: 1 }, { a: 1 }, undefined, 'notDeepEqual'],
    [[1, 2], [1, 3], undefined, 'notDeepEqual'], [1, 2, undefined, 'notStrictEqual'],
  ];
  argLists.forEach((args, i) => compare(`fail(#${i} ${show(args)})`, () => args, (assert, ...a) => assert.fail(...a)));
}

function assertionErrorChecks() {
  const optionSets = [
    { actual: 1, expected: 2, operator: 'strictEqual' },
    { actual: 1, expected: 2, operator: 'deepStrictEqual' },
    { actual: { a: 1 }, expected: { a: 1 }, operator: 'strictEqual' },
    { actual: [1, 2], expected: [1, 2], operator: 'deepStrictEqual' },
    { actual: sym, expected: Symbol('s'), operator: 'strictEqual' },
    { actual: -0, expected: 0, operator: 'strictEqual' },
    { actual: 0, expected: -0, operator: 'deepStrictEqual' },
    { actual: 'a', expected: 'a', operator: 'strictEqual' },
    { actual: fnA, expected: () => {}, operator: 'strictEqual' },
    { actual: fnA, expected: fnA, operator: 'notStrictEqual' },
    { actual: { a: 1 }, expected: { a: 1 }, operator: 'notStrictEqual' },
    { actual: 'abcdef', expected: 'abcdef', operator: 'notStrictEqual' },
    { actual: 'abcde', expected: 'abcde', operator: 'notDeepStrictEqual' },
    { actual: 1, expected: 1, operator: 'notDeepEqual' },
    { actual: 1, expected: 2, operator: 'notDeepEqual' },
    { actual: 1, expected: 2 },
    { actual: 1, expected: 2, operator: 'custom' },
    { actual: 1, expected: 2, operator: 'toString' },
    { actual: 1, expected: 2, message: 'given' },
    { actual: 1, expected: 2, message: 42 },
    { actual: 1, expected: 2, message: Symbol('m'), operator: 'x' },
    { actual: new Error('a'), expected: new Error('b'), operator: 'strictEqual' },
    { actual: new Error('a'), expected: new Error('a'), operator: 'deepStrictEqual' },
    { actual: Array.from({ length: 80 }, (_, i) => i), expected: Array.from({ length: 80 }, (_, i) => i), operator: 'notDeepStrictEqual' },
    { actual: Array.from({ length: 80 }, (_, i) => i), expected: Array.from({ length: 80 }, (_, i) => i), operator: 'strictEqual' },
    { actual: Array.from({ length: 80 }, (_, i) => i), expected: Array.from({ length: 80 }, (_, i) => i), operator: 'notDeepEqual' },
    { actual: 'x'.repeat(2000), expected: 'y'.repeat(2000), operator: 'deepEqual' },
    { actual: 'x'.repeat(2000), expected: 'x'.repeat(2000), operator: 'notDeepEqual' },
    { actual: lines(20), expected: 'short', operator: 'fail' },
    { actual: 'a'.repeat(700), expected: 'b', operator: 'fail' },
    { actual: 1, expected: 2, operator: 'strictEqual', details: [{ message: 'm', actual: 1, expected: 2, operator: 'op', stack: 's' }] },
    { actual: 1, expected: 2, operator: 'strictEqual', stackStartFn: function nope() {} },
    { actual: 1, expected: 2, operator: 'strictEqual', stackStartFunction: () => {} },
  ];
  optionSets.forEach((opts, i) => compare(`new AssertionError(#${i} ${show(opts).slice(0, 60)})`,
    () => [{ ...opts }], (assert, o) => { throw new assert.AssertionError(o); }));
  for (const bad of [undefined, null, 1, 'str', []]) {
    compare(`new AssertionError(${show(bad)})`, () => [bad], (assert, o) => new assert.AssertionError(o));
  }
  compare('AssertionError toString', () => [], (assert) => String(new assert.AssertionError({ actual: 1, expected: 2, operator: '==' })));
  compare('AssertionError inspect', () => [], (assert) => util.inspect(new assert.AssertionError({
    actual: lines(20), expected: 'x'.repeat(600), operator: '==' })).replace(/\n    at [^\n]*/g, ''));
}

function shapeChecks() {
  const describe = (a) => ({
    keys: Object.keys(a),
    names: Object.getOwnPropertyNames(a).sort(),
    strictKeys: Object.keys(a.strict),
    types: Object.keys(a).map((k) => `${k}:${typeof a[k]}:${a[k] && a[k].name}:${a[k] && a[k].length}`),
    name: a.name,
    length: a.length,
    strictName: a.strict.name,
    strictStrict: a.strict.strict === a.strict,
    strictEqualIsStrictEqual: a.strict.equal === a.strictEqual,
    protoNames: Object.getOwnPropertyNames(a.AssertionError.prototype),
    callTracker: [a.CallTracker.name, a.CallTracker.length, typeof a.CallTracker.prototype,
      Object.getOwnPropertyNames(a.CallTracker.prototype)],
  });
  record('module shape', { returned: describe(ours) }, { returned: describe(nodeAssert) });
  record('assert/strict', { returned: oursStrict === ours.strict }, { returned: require('assert/strict') === nodeAssert.strict });
}

function callTrackerChecks() {
  const scenario = (assert) => {
    const tracker = new assert.CallTracker();
    const out = [];
    function foo(a, b) { return a + b; }
    const tracked = tracker.calls(foo, 2);
    out.push(tracked.name, tracked.length, tracked(1, 2));
    out.push(JSON.stringify(tracker.getCalls(tracked)));
    out.push(tracker.report().map((r) => [r.message, r.actual, r.expected, r.operator, r.stack instanceof Error]));
    try {
      tracker.verify();
    } catch (e) {
      out.push(describeError(e, []));
    }
    const other = tracker.calls(3);
    other();
    try {
      tracker.verify();
    } catch (e) {
      out.push(describeError(e, []));
    }
    tracked(3, 4);
    other();
    other();
    other();
    tracker.verify();
    tracker.reset();
    out.push(tracker.getCalls(tracked).length);
    for (const bad of [() => tracker.calls(foo, 0), () => tracker.calls(foo, 1.5), () => tracker.getCalls(() => {}),
      () => tracker.reset(foo), () => tracker.calls('x')]) {
      try {
        bad();
        out.push('no throw');
      } catch (e) {
        out.push(describeError(e, []));
      }
    }
    return out;
  };
  compare('CallTracker scenario', () => [], (assert) => scenario(assert));
}

async function main() {
  shapeChecks();
  pairs();
  diffStress();
  ttyChecks();
  messages();
  okChecks();
  sourceChecks();
  throwsChecks();
  matchChecks();
  ifErrorChecks();
  failChecks();
  assertionErrorChecks();
  callTrackerChecks();
  for (const job of pending) await job();
  console.log(`${checks} checks, ${mismatches.length} mismatches`);
  process.exit(mismatches.length ? 1 : 0);
}

main();
