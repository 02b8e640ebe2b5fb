'use strict';
// Compares host/js/internal/util/comparisons.js with node's deep equality
// (util.isDeepStrictEqual and assert.deepEqual's loose check) on curated corner
// cases and on generated value pairs of every kind: plain objects, arrays with
// holes and extra keys, Sets and Maps with object keys, typed arrays, buffers,
// dates, regexps, errors with causes, boxed primitives, URLs, cycles and
// shared references, property getters. Pairs are mostly "nearly equal" (one
// structure built twice, then mutated in one place), since random pairs are
// almost never equal. Besides the result, the order in which getters run is
// compared, and a thrown error's name.
//
//   node tools/jsdev/check-comparisons.js [--seed N] [--count N]
//
// Re-runs itself with --expose-internals to reach node's loose isDeepEqual
// without assert's message formatting (which would run getters). Prints each
// mismatch and exits 1 if there is any.

if (!process.execArgv.includes('--expose-internals')) {
  const r = require('child_process').spawnSync(process.execPath,
    ['--expose-internals', '--stack-size=2000', __filename, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(r.status === null ? 1 : r.status);
}

const util = require('util');
const nodeCmp = require('internal/util/comparisons');
const { load } = require('./load.js');
const ours = load('internal/util/comparisons');

const argv = process.argv.slice(2);
const option = (name, def) => {
  const i = argv.indexOf(name);
  return i === -1 ? def : Number(argv[i + 1]);
};
const SEED = option('--seed', 20240611);
const COUNT = option('--count', 30000);
// --only N: just generated case N (for debugging one mismatch).
const ONLY = option('--only', -1);
// How often the second value reuses an object of the first (same identity).
const SHARE_P = option('--share', 0.08);
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
const show = (v) => util.inspect(v, { depth: 6, breakLength: 120, showHidden: false });

// ---- the trace: getters log here ---------------------------------------------------

let trace = [];

function run(fn, a, b) {
  trace = [];
  let result;
  try {
    result = fn(a, b);
  } catch (err) {
    result = `threw ${err && err.name}`;
  }
  return { result, trace: trace.join(' ') };
}

function compare(label, a, b, describe) {
  for (const [mode, nodeFn, ourFn] of [
    ['strict', nodeCmp.isDeepStrictEqual, ours.isDeepStrictEqual],
    ['loose', nodeCmp.isDeepEqual, ours.isDeepEqual],
  ]) {
    checks++;
    const n = run(nodeFn, a, b);
    const o = run(ourFn, a, b);
    if (n.result !== o.result || n.trace !== o.trace) {
      mismatches.push(label);
      if (mismatches.length <= MAX_PRINTED) {
        console.log(`MISMATCH ${label} (${mode})\n${describe ? describe() : `  a: ${show(a)}\n  b: ${show(b)}`}` +
          `\n  ours: ${o.result} ${o.trace}\n  node: ${n.result} ${n.trace}`);
      }
    }
  }
}

// ---- curated cases --------------------------------------------------------------------

function curated() {
  const cases = [];
  const add = (name, a, b) => cases.push([name, a, b]);
  const E = (m, f, C = Error) => {
    const e = new C(m);
    if (f) f(e);
    return e;
  };
  const s1 = Symbol('s1');
  const s2 = Symbol('s2');
  add('cause enum', E('x'), E('x', (e) => { e.cause = undefined; }));
  add('cause nonenum undefined', E('x'), E('x', (e) => Object.defineProperty(e, 'cause', { value: undefined })));
  add('cause differs', new Error('x', { cause: 1 }), new Error('x', { cause: 2 }));
  add('cause loose', new Error('x', { cause: 1 }), new Error('x', { cause: '1' }));
  add('aggregate', new AggregateError([1], 'm'), new AggregateError([2], 'm'));
  add('aggregate same', new AggregateError([{ a: 1 }], 'm'), new AggregateError([{ a: 1 }], 'm'));
  add('errors vs none', E('x', (e) => Object.defineProperty(e, 'errors', { value: [1] })), E('x'));
  add('error name', new TypeError('x'), new Error('x'));
  add('error message enum', E('x', (e) => Object.defineProperty(e, 'message', { value: 'x', enumerable: true })), E('x'));
  add('error subclass name', E('x', null, RangeError), E('x', (e) => Object.setPrototypeOf(e, RangeError.prototype)));
  add('fake errors', Object.create(Error.prototype), Object.create(Error.prototype));
  add('fake vs real error', Object.create(Error.prototype), new Error(''));
  add('error stack differs', E('x'), E('x', (e) => { e.stack = 'zz'; }));
  add('url', new URL('http://a/'), new URL('http://b/'));
  add('url same', new URL('http://a/x?y#z'), new URL('http://a/x?y#z'));
  add('url extra prop', Object.assign(new URL('http://a/'), { x: 1 }), new URL('http://a/'));
  add('regexp lastIndex', Object.assign(/a/g, { lastIndex: 1 }), /a/g);
  add('regexp flags', /a/g, /a/i);
  add('regexp source', /a/, /b/);
  add('regexp extra', Object.assign(/a/, { x: 1 }), /a/);
  add('nonenum key', { x: 1 }, Object.assign(Object.defineProperty({}, 'x', { value: 1 }), { y: 2 }));
  add('f32 NaN', new Float32Array([NaN]), new Float32Array([NaN]));
  add('f64 -0', new Float64Array([-0]), new Float64Array([0]));
  add('f32 vs f64', new Float32Array(2), new Float64Array(1));
  add('u8 vs i8', new Uint8Array([1]), new Int8Array([1]));
  add('u8 vs Buffer', new Uint8Array([1]), Buffer.from([1]));
  add('u8 extra', Object.assign(new Uint8Array(1), { x: 1 }), new Uint8Array(1));
  add('u8 offset', new Uint8Array([9, 1, 2]).subarray(1), new Uint8Array([1, 2]));
  add('dataview', new DataView(new ArrayBuffer(2)), new DataView(new ArrayBuffer(2)));
  add('dataview differs', new DataView(new Uint8Array([1]).buffer), new DataView(new ArrayBuffer(1)));
  add('ab vs sab', new ArrayBuffer(1), new SharedArrayBuffer(1));
  add('sab', new SharedArrayBuffer(2), new SharedArrayBuffer(2));
  add('ab extra', Object.assign(new ArrayBuffer(1), { x: 1 }), new ArrayBuffer(1));
  add('set loose', new Set([1]), new Set(['1']));
  add('set loose mix', new Set([1, '2', {}]), new Set(['1', 2, {}]));
  add('set null/undefined', new Set([null]), new Set([undefined]));
  add('set NaN', new Set([NaN]), new Set([NaN]));
  add('set -0', new Set([-0]), new Set([0]));
  add('map loose key', new Map([[1, 'a']]), new Map([['1', 'a']]));
  add('map null/undefined', new Map([[null, 1]]), new Map([[undefined, 1]]));
  add('map loose value', new Map([[1, 1]]), new Map([[1, '1']]));
  add('map object keys', new Map([[{ a: 1 }, 1], [{ a: 1 }, 2]]), new Map([[{ a: 1 }, 2], [{ a: 1 }, 1]]));
  add('map -0 key', new Map([[-0, 1]]), new Map([[0, 1]]));
  add('weakmap', new WeakMap(), new WeakMap());
  add('weakset', new WeakSet([{}]), new WeakSet());
  add('promise', Promise.resolve(1), Promise.resolve(2));
  add('null proto', Object.create(null), {});
  add('bigint vs number', 1n, 1);
  add('-0', -0, 0);
  add('[-0]', [-0], [0]);
  add('NaN', NaN, NaN);
  add('boxed -0', new Number(-0), new Number(0));
  add('boxed NaN', new Number(NaN), new Number(NaN));
  add('boxed string extra', Object.assign(new String('ab'), { x: 1 }), new String('ab'));
  add('String vs object', new String('ab'), { 0: 'a', 1: 'b' });
  add('boxed vs prim', new Number(1), 1);
  add('boxed symbol', Object(s1), Object(s1));
  add('boxed symbol differs', Object(s1), Object(s2));
  add('boxed bigint', Object(1n), Object(1n));
  add('boxed boolean', new Boolean(false), new Boolean(false));
  add('boxed number vs string', new Number(1), new String('1'));
  add('date', new Date(0), new Date(0));
  add('date NaN', new Date(NaN), new Date(NaN));
  add('date props', Object.assign(new Date(0), { a: 1 }), new Date(0));
  add('date subclass', new (class D extends Date {})(0), new Date(0));
  add('date vs object', new Date(0), {});
  add('functions', () => {}, () => {});
  add('arguments vs array', (function () { return arguments; })(1), [1]);
  add('arguments', (function () { return arguments; })(1), (function () { return arguments; })(1));
  add('object vs array', {}, []);
  add('toStringTag', { [Symbol.toStringTag]: 'X' }, {});
  add('toStringTag both', { [Symbol.toStringTag]: 'X' }, { [Symbol.toStringTag]: 'X' });
  add('null proto array', Object.setPrototypeOf([1], null), [1]);
  add('symbol keys', { [s1]: 1 }, { [s1]: 2 });
  add('symbol nonenum', { [s1]: 1 }, Object.defineProperty({}, s1, { value: 1 }));
  add('symbol count quirk', Object.defineProperty({}, s1, { value: 1 }), { [s2]: 1 });
  add('symbol vs none', { [s1]: 1 }, {});
  add('array extra key', Object.assign([1], { x: 1 }), Object.assign([1], { x: 2 }));
  add('array extra symbol', Object.assign([1], { [s1]: 1 }), Object.assign([1], { [s1]: 2 }));
  add('sparse vs undefined', [1, , 3], [1, undefined, 3]); // eslint-disable-line no-sparse-arrays
  add('sparse both', [1, , 3], [1, , 3]); // eslint-disable-line no-sparse-arrays
  add('sparse tail', [1, ,], [1, ,]); // eslint-disable-line no-sparse-arrays
  add('sparse differs', [, 1], [, 2]); // eslint-disable-line no-sparse-arrays
  add('array length', [1, 2], [1]);
  add('getter value', { get a() { return 1; } }, { a: 1 });
  add('null vs undefined', null, undefined);
  add('{a:null} vs {a:undefined}', { a: null }, { a: undefined });
  add('1 vs "1"', { a: 1 }, { a: '1' });
  add('class instances', new (class A {})(), new (class A {})());
  const c1 = {};
  c1.a = c1;
  const c2 = {};
  c2.a = c2;
  add('cycle', c1, c2);
  const c3 = { a: {} };
  c3.a.a = c3;
  add('cycle 1 vs 2', c1, c3);
  const e5 = new Error('x');
  Object.defineProperty(e5, 'cause', { value: e5 });
  const e6 = new Error('x');
  Object.defineProperty(e6, 'cause', { value: e6 });
  add('error cause cycle', e5, e6);
  // Loose Set/Map matching that goes on after a failed comparison, with the
  // cycle memo in various states (node keeps some failed pairs on record).
  const traced = (side, v) => Object.defineProperty({}, '0', {
    enumerable: true, get() { trace.push(`${side}.0`); return v; } });
  const memoCases = {
    'map retry after cycle (item)': (side, v) => {
      const m = new Map();
      const o1 = {};
      o1.cause = m;
      m.set([Symbol.iterator, null, -1, -1n], o1);
      m.set(-0, traced(side, v));
      return m;
    },
    'map retry, cycle entry first': (side, v) => {
      const m = new Map();
      const o1 = {};
      o1.cause = m;
      m.set('k', o1);
      m.set(-0, traced(side, v));
      return m;
    },
    'map retry, cycle entry last': (side, v) => {
      const m = new Map();
      const o1 = {};
      o1.cause = m;
      m.set(-0, traced(side, v));
      m.set('k', o1);
      return m;
    },
    'map in set, cycle to set': (side, v) => {
      const outer = new Set();
      const o1 = {};
      o1.cause = outer;
      outer.add(new Map([['k', o1], [-0, traced(side, v)]]));
      return outer;
    },
    'map in set': (side, v) => new Set([new Map([[-Infinity, traced(side, v)]])]),
    'map in set with empties': (side, v) => new Set([[], {}, new Map([[-Infinity, traced(side, v)]])]),
    'map in object': (side, v) => ({ m: new Map([[-Infinity, traced(side, v)]]) }),
    'map in array': (side, v) => [new Map([[-Infinity, traced(side, v)]])],
    'function key map in object': (side, v) => ({ m: new Map([[FUNCTIONS[1], traced(side, v)]]) }),
  };
  // The same failing maps inside containers that pair entries off by trial
  // or compare single entries directly.
  const wrappers = {
    'Set[m]': (m) => new Set([m]),
    'Set[1,m]': (m) => new Set([1, m]),
    'Set[m,1]': (m) => new Set([m, 1]),
    'Set[Set[1,m]]': (m) => new Set([new Set([1, m])]),
    'Map{k:m}': (m) => new Map([['k', m]]),
    'Map{{}:m}': (m) => new Map([[{}, m]]),
    'Map{{}:m,2:2}': (m) => new Map([[{}, m], [2, 2]]),
    'Map{1:m} vs Map{"1":m}': null,
  };
  const inner = {
    cycleFirst: memoCases['map retry, cycle entry first'],
    cycleLast: memoCases['map retry, cycle entry last'],
    plain: (side, v) => new Map([[-0, traced(side, v)]]),
    nested: (side, v) => new Map([[-0, { z: traced(side, v) }]]),
  };
  for (const [wName, wrap] of Object.entries(wrappers)) {
    for (const [iName, make] of Object.entries(inner)) {
      if (wrap === null) {
        add(`memo: ${wName} ${iName}`, new Map([[1, make('x', 0n)]]), new Map([['1', make('y', '1.5')]]));
      } else {
        add(`memo: ${wName} ${iName}`, wrap(make('x', 0n)), wrap(make('y', '1.5')));
        add(`memo: ${wName} ${iName} (equal)`, wrap(make('x', 1)), wrap(make('y', '1')));
      }
    }
  }
  for (const [name, make] of Object.entries(memoCases)) {
    add(`memo: ${name}`, make('x', 0n), make('y', '1.5'));
    add(`memo: ${name} (equal)`, make('x', 1), make('y', '1'));
  }
  const big1 = new Uint8Array(100000);
  const big2 = new Uint8Array(100000);
  big2[99999] = 1;
  add('big typed arrays', big1, big2);
  add('deep nesting', JSON.parse('['.repeat(500) + ']'.repeat(500)), JSON.parse('['.repeat(500) + ']'.repeat(500)));
  return cases;
}

// ---- generated pairs ------------------------------------------------------------------
//
// A spec is plain data describing a value; build() makes a fresh value from it,
// so the same spec built twice gives two equal but distinct structures.

const SYMBOLS = [Symbol('a'), Symbol('b'), Symbol.iterator];
const FUNCTIONS = [function f() {}, () => 1, class K {}];
const PRIMS = [0, -0, 1, -1, 1.5, NaN, Infinity, -Infinity, '', '0', '1', 'a', 'ab', '1.5', ' 1', 'NaN',
  'true', true, false, null, undefined, 0n, 1n, -1n, SYMBOLS[0], SYMBOLS[1], FUNCTIONS[0], FUNCTIONS[1]];
// Loosely equal neighbours, so mutations hit the interesting cases.
const NEAR = new Map([
  [0, ['-0', '0', '', false, 0n, null]], [-0, ['0', '', false]], [1, ['1', true, 1n, ' 1', '1.0']],
  [NaN, ['NaN', undefined]], [null, ['undefined', 'false', '0']], [undefined, ['null', 'NaN']],
  [true, ['1', 'true']], [false, ['0', '']], ['', ['0', 'false', 'null']], ['1', ['1n', 'true', '1']],
]);
const KEYS = ['a', 'b', 'c', '0', '1', 'length', 'size', 'message', 'name', 'cause', 'href', 'protocol',
  'constructor', '__proto__x', 'x y'];
class Cls1 {}
class Cls2 {}
class Cls3 extends Cls1 {}
const PROTOS = { obj: Object.prototype, null: null, cls1: Cls1.prototype, cls2: Cls2.prototype,
  cls3: Cls3.prototype, arr: Array.prototype, map: Map.prototype, date: Date.prototype };
const TYPED = ['Uint8Array', 'Int8Array', 'Uint16Array', 'Int32Array', 'Float32Array', 'Float64Array',
  'BigInt64Array', 'Uint8ClampedArray', 'Buffer'];
const ERRORS = ['Error', 'TypeError', 'RangeError', 'AggregateError'];

function genPrim() {
  return { t: 'p', v: int(PRIMS.length) };
}

function gen(depth) {
  if (depth <= 0 || chance(0.3)) {
    return chance(0.06) ? { t: 'ref', up: int(4) } : chance(0.05) ? { t: 'alias', i: int(8) } : genPrim();
  }
  const d = depth - 1;
  const kids = (max) => Array.from({ length: int(max + 1) }, () => gen(d));
  switch (pick(['o', 'o', 'o', 'a', 'a', 'set', 'map', 'date', 're', 'err', 'ta', 'ab', 'dv', 'box', 'args',
    'url', 'weak', 'fn', 'tagged', 'proxy'])) {
    case 'proxy':
      return { t: 'proxy', target: gen(d), traps: chance(0.5) };
    case 'o': {
      const keys = [];
      const used = new Set();
      for (let i = int(4); i > 0; i--) {
        const k = pick(KEYS);
        if (used.has(k)) continue;
        used.add(k);
        keys.push([k, gen(d), pick(['e', 'e', 'e', 'e', 'n', 'g', 'g'])]);
      }
      const sym = chance(0.15) ? [[int(SYMBOLS.length), gen(d), chance(0.8)]] : [];
      return { t: 'o', keys, sym, proto: chance(0.85) ? 'obj' : pick(Object.keys(PROTOS)) };
    }
    case 'a': {
      const items = Array.from({ length: int(5) }, () => (chance(0.12) ? null : gen(d)));
      const extra = chance(0.15) ? [[pick(['x', 'y']), gen(d), pick(['e', 'g'])]] : [];
      const sym = chance(0.08) ? [[int(SYMBOLS.length), gen(d), chance(0.8)]] : [];
      return { t: 'a', items, extra, sym };
    }
    case 'set':
      return { t: 'set', items: kids(4) };
    case 'map':
      return { t: 'map', items: Array.from({ length: int(4) }, () => [gen(d), gen(d)]) };
    case 'date':
      return { t: 'date', v: pick([0, 1, 86400000, NaN]), extra: chance(0.1) ? [['x', gen(d), 'e']] : [] };
    case 're':
      return { t: 're', src: pick(['a', 'b', 'a|b', '']), flags: pick(['', 'g', 'i', 'gi', 'y']),
        last: chance(0.2) ? 1 : 0 };
    case 'err':
      return { t: 'err', cls: pick(ERRORS), msg: pick(['', 'm', 'x']),
        cause: chance(0.3) ? gen(d) : undefined, causeEnum: chance(0.3),
        extra: chance(0.2) ? [[pick(['code', 'message', 'name']), gen(d), pick(['e', 'n'])]] : [] };
    case 'ta':
      return { t: 'ta', cls: pick(TYPED), vals: Array.from({ length: int(4) }, () => pick([0, -0, 1, 2, 255, NaN, 1.5])),
        extra: chance(0.1) ? [['x', gen(d), 'e']] : [], offset: chance(0.2) };
    case 'ab':
      return { t: 'ab', bytes: Array.from({ length: int(4) }, () => int(3)), shared: chance(0.2) };
    case 'dv':
      return { t: 'dv', bytes: Array.from({ length: int(4) }, () => int(3)) };
    case 'box':
      return { t: 'box', v: int(PRIMS.length) };
    case 'args':
      return { t: 'args', items: kids(3) };
    case 'url':
      return { t: 'url', href: pick(['http://a/', 'http://b/', 'file:///x', 'http://a/?q']),
        extra: chance(0.1) ? [['x', gen(d), 'e']] : [] };
    case 'weak':
      return { t: 'weak', kind: pick(['WeakMap', 'WeakSet', 'Promise', 'WeakRef']) };
    case 'fn':
      return { t: 'fnobj', idx: int(FUNCTIONS.length) };
    case 'tagged':
      return { t: 'tagged', tag: pick(['Date', 'Error', 'X', 'Array', 'Object', 'URL']),
        keys: [[pick(KEYS), gen(d), 'e']], href: chance(0.5) ? pick(['h1', 'h2', '']) : undefined };
  }
  throw new Error('unreachable');
}

const clone = (spec) => (spec === null || typeof spec !== 'object' ? spec :
  Array.isArray(spec) ? spec.map(clone) : Object.fromEntries(Object.entries(spec).map(([k, v]) => [k, clone(v)])));

// Every node of a spec with a setter to replace it: the mutation points.
function nodes(spec, out = [], set = null) {
  if (spec === null || typeof spec !== 'object') return out;
  if (spec.t !== undefined) out.push({ spec, set });
  for (const [k, v] of Object.entries(spec)) {
    if (v !== null && typeof v === 'object') {
      if (Array.isArray(v)) {
        v.forEach((item, i) => {
          if (item !== null && typeof item === 'object') {
            if (item.t !== undefined) nodes(item, out, (n) => { v[i] = n; });
            else nodes(item, out, null);
          }
        });
      } else if (v.t !== undefined) {
        nodes(v, out, (n) => { spec[k] = n; });
      }
    }
  }
  return out;
}

function mutate(spec) {
  const all = nodes(spec);
  const target = pick(all);
  const s = target.spec;
  const replace = (n) => (target.set ? target.set(n) : Object.assign(s, n));
  switch (s.t) {
    case 'p': {
      const v = PRIMS[s.v];
      const near = NEAR.get(v);
      if (near && chance(0.7)) {
        const alt = pick(near);
        const idx = PRIMS.findIndex((p) => Object.is(p, alt) || String(p) === alt);
        if (idx !== -1) s.v = idx;
        else s.v = int(PRIMS.length);
      } else {
        s.v = int(PRIMS.length);
      }
      return;
    }
    case 'o':
      switch (int(6)) {
        case 0: s.keys.pop(); return;
        case 1: s.keys.push([pick(KEYS), gen(1), 'e']); return;
        case 2: if (s.keys.length) pick(s.keys)[2] = pick(['e', 'n', 'g']); return;
        case 3: s.keys.reverse(); return;
        case 4: s.proto = pick(Object.keys(PROTOS)); return;
        default: s.sym.push([int(SYMBOLS.length), gen(1), chance(0.5)]); return;
      }
    case 'a':
      switch (int(5)) {
        case 0: if (s.items.length) s.items[int(s.items.length)] = null; return;
        case 1: s.items.push(chance(0.5) ? null : gen(1)); return;
        case 2: s.extra.push(['x', gen(1), 'e']); return;
        case 3: s.items.pop(); return;
        default: s.sym.push([int(SYMBOLS.length), gen(1), chance(0.5)]); return;
      }
    case 'set':
      if (chance(0.5)) s.items.push(gen(1));
      else s.items.pop();
      return;
    case 'map':
      if (chance(0.5)) s.items.push([gen(1), gen(1)]);
      else if (s.items.length) s.items[0].reverse();
      return;
    case 'date': s.v = pick([0, 1, NaN]); return;
    case 're': if (chance(0.5)) s.flags = pick(['', 'g', 'i']); else s.last = 1 - s.last; return;
    case 'err':
      switch (int(4)) {
        case 0: s.msg = pick(['', 'm', 'x']); return;
        case 1: s.cls = pick(ERRORS); return;
        case 2: s.causeEnum = !s.causeEnum; return;
        default: s.cause = s.cause === undefined ? gen(1) : undefined; return;
      }
    case 'ta':
      if (chance(0.3)) s.cls = pick(TYPED);
      else if (s.vals.length) s.vals[int(s.vals.length)] = pick([0, -0, NaN, 1]);
      else s.vals.push(1);
      return;
    case 'ab': case 'dv': s.bytes.push(1); return;
    case 'box': s.v = int(PRIMS.length); return;
    case 'url': s.href = pick(['http://a/', 'http://b/']); return;
    default: replace(gen(2));
  }
}

let objectIds = 0;

function defineKey(obj, key, value, flag, side) {
  if (flag === 'e') {
    Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  } else if (flag === 'n') {
    Object.defineProperty(obj, key, { value, enumerable: false, writable: true, configurable: true });
  } else {
    const id = `${side}${objectIds++}`;
    Object.defineProperty(obj, key, {
      get() {
        trace.push(`${id}.${String(key)}`);
        return value;
      },
      enumerable: true,
      configurable: true,
    });
  }
}

// `share`: objects built for the other side, by spec path, to reuse sometimes.
function build(spec, side, path = '', stack = [], built = [], share = null) {
  if (share && spec.t !== 'p' && share.has(path) && chance(SHARE_P)) return share.get(path);
  const keep = (v) => {
    if (side === 'x' && share) share.set(path, v);
    built.push(v);
    return v;
  };
  const sub = (s, p, parent) => build(s, side, `${path}/${p}`, [...stack, parent], built, share);
  switch (spec.t) {
    case 'p': return PRIMS[spec.v];
    case 'ref': return stack.length ? stack[Math.max(0, stack.length - 1 - spec.up)] : PRIMS[spec.up];
    case 'alias': return built.length ? built[spec.i % built.length] : PRIMS[spec.i];
    case 'o': {
      const obj = Object.create(PROTOS[spec.proto]);
      keep(obj);
      for (const [k, v, f] of spec.keys) defineKey(obj, k, sub(v, k, obj), f, side);
      for (const [i, v, en] of spec.sym) defineKey(obj, SYMBOLS[i], sub(v, `s${i}`, obj), en ? 'e' : 'n', side);
      return obj;
    }
    case 'a': {
      const arr = [];
      keep(arr);
      arr.length = spec.items.length;
      spec.items.forEach((item, i) => { if (item !== null) arr[i] = sub(item, i, arr); });
      for (const [k, v, f] of spec.extra) defineKey(arr, k, sub(v, k, arr), f, side);
      for (const [i, v, en] of spec.sym) defineKey(arr, SYMBOLS[i], sub(v, `s${i}`, arr), en ? 'e' : 'n', side);
      return arr;
    }
    case 'set': {
      const set = keep(new Set());
      spec.items.forEach((item, i) => set.add(sub(item, i, set)));
      return set;
    }
    case 'map': {
      const map = keep(new Map());
      spec.items.forEach(([k, v], i) => map.set(sub(k, `k${i}`, map), sub(v, `v${i}`, map)));
      return map;
    }
    case 'date': {
      const d = keep(new Date(spec.v));
      for (const [k, v, f] of spec.extra) defineKey(d, k, sub(v, k, d), f, side);
      return d;
    }
    case 're': {
      const re = keep(new RegExp(spec.src, spec.flags));
      re.lastIndex = spec.last;
      return re;
    }
    case 'err': {
      const C = globalThis[spec.cls];
      const e = keep(spec.cls === 'AggregateError' ? new C([1], spec.msg) : new C(spec.msg));
      if (spec.cause !== undefined) {
        Object.defineProperty(e, 'cause', { value: sub(spec.cause, 'cause', e), enumerable: spec.causeEnum,
          writable: true, configurable: true });
      }
      for (const [k, v, f] of spec.extra) defineKey(e, k, sub(v, k, e), f, side);
      return e;
    }
    case 'ta': {
      const big = spec.cls.startsWith('Big');
      const vals = spec.vals.map((v) => (big ? BigInt(Number.isFinite(v) ? Math.trunc(v) : 0) : v));
      let ta;
      if (spec.cls === 'Buffer') {
        ta = Buffer.from(vals.map((v) => (Number.isFinite(v) ? v : 0)));
      } else if (spec.offset) {
        const C = globalThis[spec.cls];
        ta = new C(vals.length + 1).subarray(1);
        ta.set(vals);
      } else {
        ta = new globalThis[spec.cls](vals);
      }
      keep(ta);
      for (const [k, v, f] of spec.extra) defineKey(ta, k, sub(v, k, ta), f, side);
      return ta;
    }
    case 'ab': {
      const ab = spec.shared ? new SharedArrayBuffer(spec.bytes.length) : new ArrayBuffer(spec.bytes.length);
      new Uint8Array(ab).set(spec.bytes);
      return keep(ab);
    }
    case 'dv': {
      const ab = new ArrayBuffer(spec.bytes.length);
      new Uint8Array(ab).set(spec.bytes);
      return keep(new DataView(ab));
    }
    case 'box': {
      const v = PRIMS[spec.v];
      return v === null || v === undefined || typeof v === 'function' ? keep({}) : keep(Object(v));
    }
    case 'args': {
      const args = (function () { return arguments; })(...spec.items.map((s, i) => sub(s, i, null)));
      return keep(args);
    }
    case 'url': {
      const u = keep(new URL(spec.href));
      for (const [k, v, f] of spec.extra) defineKey(u, k, sub(v, k, u), f, side);
      return u;
    }
    case 'weak': {
      const C = globalThis[spec.kind];
      if (spec.kind === 'Promise') return keep(Promise.resolve(1));
      if (spec.kind === 'WeakRef') return keep(new WeakRef(FUNCTIONS[0]));
      return keep(new C());
    }
    case 'fnobj': return FUNCTIONS[spec.idx];
    case 'proxy': {
      const target = sub(spec.target, 'target', null);
      if (target === null || (typeof target !== 'object' && typeof target !== 'function')) return target;
      // Traps that log show which internal operations each side performs.
      const id = `${side}p${objectIds++}`;
      const handler = spec.traps ? {
        get(t, k, r) { trace.push(`${id}.get(${String(k)})`); return Reflect.get(t, k, r); },
        ownKeys(t) { trace.push(`${id}.ownKeys`); return Reflect.ownKeys(t); },
        getOwnPropertyDescriptor(t, k) { trace.push(`${id}.gopd(${String(k)})`); return Reflect.getOwnPropertyDescriptor(t, k); },
        getPrototypeOf(t) { trace.push(`${id}.getPrototypeOf`); return Reflect.getPrototypeOf(t); },
        has(t, k) { trace.push(`${id}.has(${String(k)})`); return Reflect.has(t, k); },
      } : {};
      return keep(new Proxy(target, handler));
    }
    case 'tagged': {
      const obj = {};
      keep(obj);
      Object.defineProperty(obj, Symbol.toStringTag, { value: spec.tag });
      if (spec.href !== undefined) {
        Object.defineProperty(obj, 'href', { get() { trace.push(`${side}.href`); return spec.href; }, configurable: true });
        Object.defineProperty(obj, 'protocol', { get() { trace.push(`${side}.protocol`); return 'p:'; }, configurable: true });
      }
      for (const [k, v, f] of spec.keys) defineKey(obj, k, sub(v, k, obj), f, side);
      return obj;
    }
  }
  throw new Error(`unknown spec ${spec.t}`);
}

function generated() {
  for (let i = 0; i < COUNT; i++) {
    const spec = gen(1 + int(4));
    let other;
    const r = random();
    if (r < 0.35) other = clone(spec);
    else if (r < 0.9) {
      other = clone(spec);
      for (let m = 1 + (chance(0.2) ? 1 : 0); m > 0; m--) mutate(other);
    } else other = gen(1 + int(4));
    const share = chance(0.2) ? new Map() : null;
    objectIds = 0;
    const a = build(spec, 'x', '', [], [], share);
    const b = build(other, 'y', '', [], [], share);
    if (ONLY !== -1 && i !== ONLY) {
      chance(0.05);
      continue;
    }
    compare(`generated #${i}`, a, b, () => `  spec a: ${JSON.stringify(spec)}\n  spec b: ${JSON.stringify(other)}`);
    if (chance(0.05)) compare(`generated #${i} (self)`, a, a);
  }
}

if (ONLY === -1) {
  for (const [name, a, b] of curated()) {
    compare(name, a, b);
    compare(`${name} (reversed)`, b, a);
  }
}
generated();

console.log(`${checks} checks, ${mismatches.length} mismatches`);
process.exit(mismatches.length ? 1 : 0);
