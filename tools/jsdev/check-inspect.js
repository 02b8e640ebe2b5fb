'use strict';
// Compares host/js/internal/util/inspect.js (and internal/util/types.js) with
// node's own util.inspect / util.format / util.types on a large corpus:
// hand-written cases under ~40 option sets, values nested at several
// indentations, 1500 seeded random structures, format strings, util.types
// answers, and the documented deviations (which must stay exactly as listed).
//
//   node --expose-internals tools/jsdev/check-inspect.js [-v] [filter]
//   node --expose-internals tools/jsdev/check-inspect.js --jsrig=target/debug/jsrig
//
// Prints every mismatch (ours vs node's) and the counts; exits 1 on any
// mismatch. --expose-internals gives exact promise/proxy details, node's
// string widths and its engine previews. --jsrig additionally runs the corpus
// inside each engine of that jsrig build (see engineChecks below).

// The internal test binding warns on load; its notice would only clutter the report.
process.removeAllListeners('warning');
const util = require('util');
const vm = require('vm');
const { load, bindings } = require('./load.js');

// Colored stack traces dim the working directory when the host can tell it.
bindings.cwd = () => process.cwd();
// The loader's promiseState relies on instanceof; ask V8 for any promise.
{
  const { getPromiseDetails } = require('internal/test/binding').internalBinding('util');
  bindings.promiseState = (p) => {
    if (!util.types.isPromise(p)) return undefined;
    const [state, result] = getPromiseDetails(p);
    return state === 0 ? [0] : [state, result];
  };
}
// Colored stack traces dim frames of built-in modules.
// (With --expose-internals node's module list includes its internal ids.)
bindings.builtinExists = (id) => require('module').isBuiltin(id);

const ours = load('internal/util/inspect');
const ourTypes = load('internal/util/types');

const verbose = process.argv.includes('-v');
const filter = process.argv.slice(2).find((a) => !a.startsWith('-'));

let checked = 0;
let mismatches = 0;

function show(s) {
  return JSON.stringify(s);
}

function compare(label, run) {
  if (filter && !label.includes(filter)) return;
  checked++;
  let expected;
  let actual;
  try {
    expected = run(util, util.types);
  } catch (e) {
    expected = `<throws ${e && e.name} ${e && e.code}: ${e && e.message}>`;
  }
  try {
    actual = run(ours, ourTypes);
  } catch (e) {
    actual = `<throws ${e && e.name} ${e && e.code}: ${e && e.message}>`;
    if (verbose) console.log(e && e.stack);
  }
  if (expected !== actual) {
    mismatches++;
    console.log(`MISMATCH ${label}\n  node: ${show(expected)}\n  ours: ${show(actual)}`);
  } else if (verbose) {
    console.log(`ok ${label}: ${expected}`);
  }
}

// Known, documented deviations: our output must equal `expected` (so they
// cannot silently change), and is listed with the reason, not as a mismatch.
const deviations = [];
function deviation(label, run, expected, reason) {
  if (filter && !label.includes(filter)) return;
  checked++;
  let actual;
  try {
    actual = run(ours, ourTypes);
  } catch (e) {
    actual = `<throws ${e && e.name} ${e && e.code}: ${e && e.message}>`;
  }
  let node;
  try {
    node = run(util, util.types);
  } catch (e) {
    node = `<throws ${e && e.name} ${e && e.code}: ${e && e.message}>`;
  }
  if (actual !== expected) {
    mismatches++;
    console.log(`MISMATCH (deviation changed) ${label}\n  expected: ${show(expected)}\n  ours:     ${show(actual)}`);
  } else {
    deviations.push(`${label}: node ${show(node)}, ours ${show(actual)} (${reason})`);
  }
}

// Values that change when inspected (iterators) are rebuilt for each run.
const freshValues = new WeakSet();
const circ = { name: 'c' };
circ.self = circ;
const fresh = (make) => {
  freshValues.add(make);
  return make;
};
const realize = (v) => (freshValues.has(v) ? v() : v);

// ---------------------------------------------------------------------------
// The corpus

function makeValues(extra) {
  const values = [];
  // Values are built lazily so that one an engine cannot build (see --jsrig)
  // is skipped instead of ending the corpus.
  const add = (label, make) => {
    try {
      values.push([label, make()]);
    } catch (e) {
      values.unbuilt.push(`${label}: ${e && e.message}`);
    }
  };
  values.unbuilt = [];

  // Primitives
  add('undefined', () => undefined);
  add('null', () => null);
  add('true', () => true);
  add('false', () => false);
  for (const n of [0, -0, 1, -1, 1.5, -1.5, 1e21, 1e-7, 123456789, 0.1 + 0.2, NaN,
    Infinity, -Infinity, 2 ** 53, 5e-324, 1234.5678, -1234567.125]) {
    add(`number ${Object.is(n, -0) ? '-0' : n}`, () => n);
  }
  for (const n of [0n, 1n, -1n, 12345678901234567890n, -1234n]) add(`bigint ${n}`, () => n);
  for (const s of ['', 'a', 'hello world', "it's", 'say "hi"', 'both \' and "',
    'all \' " `', "all ' \" ${", 'back\\slash', 'tab\tnew\nline\r', '\x00\x01\x1f\x7f\x80\x9f',
    '\x0b\x0c\b', '\ud800 lone', 'pair \ud83d\ude00', 'lone low \udc00', 'é ü 中文',
    'a'.repeat(20), 'line1\nline2\nline3 that is a bit longer than the others',
    'x\n'.repeat(10), `${'long '.repeat(30)}\nsecond line`, 'a'.repeat(120) + '\ud800',
    'a'.repeat(120) + "'", '\u001b[31mred\u001b[39m', 'a\u2028b', '${x}`']) {
    add(`string ${show(s)}`, () => s);
  }
  for (const s of [Symbol(), Symbol('desc'), Symbol.iterator, Symbol.for('reg'),
    Symbol('with\nnewline'), Symbol("q'uote"), Symbol('')]) {
    add(`symbol ${String(s)}`, () => s);
  }

  // Plain objects
  add('empty object', () => ({}));
  add('simple object', () => ({ a: 1, b: 'two', c: true, d: null, e: undefined }));
  add('nested object', () => ({ a: { b: { c: { d: { e: 1 } } } } }));
  add('nested arrays', () => ([[[[[1]]]]]));
  add('quoted keys', () => ({ 'a-b': 1, '1a': 2, 'has space': 3, $dollar: 4, _under: 5, 'é': 6,
    "it's": 7, '': 8, 'new\nline': 9, 123: 10, __proto__x: 11 }));
  add('__proto__ key', () => (JSON.parse('{"__proto__": 1, "a": 2}')));
  add('symbol keys', () => ({ [Symbol('s')]: 1, [Symbol()]: 2, [Symbol.iterator]: 3, a: 4,
    [Symbol("q'\n")]: 5 }));
  add('nonenumerable', () => (Object.defineProperties({ a: 1 }, {
    hidden: { value: 2, enumerable: false },
    [Symbol('hs')]: { value: 3, enumerable: false },
    "h'\nx": { value: 4, enumerable: false },
  })));
  add('getters', () => ({
    get g() { return 1; },
    set s(v) {},
    get gs() { return 'x'; },
    set gs(v) {},
    get gobj() { return { deep: { deeper: [1, 2] } }; },
    get gnull() { return null; },
    get gthrow() { throw new Error('boom'); },
    get gs2() { return 5; },
    set gs2(v) {},
  }));
  add('undefined values', () => ({ a: undefined, b: [undefined, null] }));
  add('long object', () => (Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`key${i}`, i]))));
  add('wide object', () => ({ aaaaaaaaaaaaaaaaaaaa: 'bbbbbbbbbbbbbbbbbbbbbbbb', cccccccccccccccccc: 'dddddddddddddddd', e: 1 }));
  add('object 72 cols', () => ({ a: 'x'.repeat(50), b: 'y'.repeat(5) }));
  add('object 76 cols', () => ({ a: 'x'.repeat(56), b: 1 }));
  for (let n = 50; n <= 80; n += 3) {
    add(`object width ${n}`, () => ({ key: 'v'.repeat(n - 14), k2: 12 }));
    add(`nested width ${n}`, () => ({ outer: { key: 'v'.repeat(n - 24), k2: 12 } }));
    add(`array width ${n}`, () => (['v'.repeat(n - 20), 'w'.repeat(5)]));
  }
  add('object with long string value', () => ({ s: 'word '.repeat(40) }));
  add('object with multiline string', () => ({ s: 'first line of text\nsecond line of text\nthird line' }));
  add('multiline in nested', () => ({ a: { b: 'first line of text\nsecond line of text that goes on and on and on and on' } }));
  add('mixed', () => ({ num: 1, str: 'x', arr: [1, 2, { a: [3, 4] }], fn() {}, map: new Map([['k', { v: 1 }]]), set: new Set([1]), date: new Date(0), re: /x/g, nil: null }));
  add('null prototype', () => (Object.assign(Object.create(null), { a: 1 })));
  add('null prototype empty', () => (Object.create(null)));
  add('null prototype nested', () => ({ x: Object.assign(Object.create(null), { y: Object.create(null) }) }));
  add('object create object', () => (Object.create({ inherited: 1 })));
  add('object from null proto chain', () => (Object.create(Object.create(null))));
  add('object from null proto chain keys', () => (Object.assign(Object.create(Object.assign(Object.create(null), { p: 1 })), { own: 2 })));
  add('toStringTag own enumerable', () => ({ [Symbol.toStringTag]: 'Tagged', a: 1 }));
  add('toStringTag inherited', () => (Object.create({ [Symbol.toStringTag]: 'Inherited' })));
  add('toStringTag nonenum own', () => (Object.defineProperty({ a: 1 }, Symbol.toStringTag, { value: 'Hidden' })));
  add('toStringTag empty', () => (Object.create({ [Symbol.toStringTag]: '' })));
  add('toStringTag non-string', () => (Object.create({ [Symbol.toStringTag]: 5 })));

  // Classes and instances
  class Foo { constructor() { this.a = 1; } }
  class Bar extends Foo { constructor() { super(); this.b = [1, 2]; } }
  class Empty {}
  class Tagged { get [Symbol.toStringTag]() { return 'TagName'; } }
  class WithAccessors {
    constructor() { this.own = 1; }
    get computed() { return 42; }
    set computed(v) {}
    get onlyGet() { return 'g'; }
    method() {}
  }
  class Sub2 extends WithAccessors { get more() { return 1; } }
  const anonClass = (() => class {})();
  add('class instance', () => (new Foo()));
  add('subclass instance', () => (new Bar()));
  add('empty class instance', () => (new Empty()));
  add('tagged class instance', () => (new Tagged()));
  add('class with accessors', () => (new WithAccessors()));
  add('subclass with accessors', () => (new Sub2()));
  add('anonymous class instance', () => (new anonClass()));
  add('constructor not instanceof', () => (() => { function F() {} const o = Object.create({ constructor: F }); return o; })());
  add('constructor named object', () => (() => { const P = { constructor: function Named() {} }; Object.setPrototypeOf(P.constructor.prototype, null); return Object.create(P); })());
  add('class', () => Foo);
  add('subclass', () => Bar);
  add('anonymous class', () => anonClass);
  add('class extends null', () => (class N extends null {}));
  add('class with static', () => (() => { class S { static x = 1; static m() {} } return S; })());
  add('class comment', () => (class /* ( */ C2 {}));
  add('class heritage call', () => (() => { const mk = () => class Base {}; return class X extends mk() {}; })());
  add('class null proto', () => (Object.setPrototypeOf(class NP {}, null)));
  add('class with name prop', () => (() => { class Q {} Object.defineProperty(Q, 'name', { value: 'Renamed' }); return Q; })());
  add('class extends Map instance', () => (new (class MyMap extends Map {})([[1, 2]])));
  add('class extends Set instance', () => (new (class MySet extends Set {})([1])));
  add('class extends Array instance', () => (() => { class MyArr extends Array {} return MyArr.from([1, 2, 3]); })());
  add('class extends Array empty', () => (new (class MyArr2 extends Array {})()));
  add('class extends Error instance', () => (() => { class MyErr extends Error {} return new MyErr('custom'); })());
  add('class extends Promise', () => (new (class MyP extends Promise {})(() => {})));
  add('class extends RegExp', () => (new (class MyRe extends RegExp {})('a', 'g')));
  add('class extends Date', () => (new (class MyDate extends Date {})(0)));
  add('class extends Uint8Array', () => (new (class MyU8 extends Uint8Array {})(2)));
  add('class extends Function', () => (new (class MyFn extends Function {})()));

  // Functions
  add('named function', () => (function namedFn() {}));
  add('anonymous function', () => (() => function () {})());
  add('arrow', () => () => {});
  add('named arrow', () => (() => { const arrowName = () => {}; return arrowName; })());
  add('async function', () => (async function asyncFn() {}));
  add('async arrow', () => (() => async () => {})());
  add('generator function', () => (function* gen() {}));
  add('async generator function', () => (async function* agen() {}));
  add('method', () => ({ method() {} }.method));
  add('getter fn', () => (Object.getOwnPropertyDescriptor({ get x() { return 1; } }, 'x').get));
  add('bound function', () => (function bf() {}.bind(null)));
  add('native function', () => Math.max);
  add('function with props', () => (Object.assign(function withProps() {}, { a: 1, b: 'x' })));
  add('function null proto', () => (Object.setPrototypeOf(function np() {}, null)));
  add('function with tag', () => (Object.defineProperty(function tf() {}, Symbol.toStringTag, { value: 'FnTag' })));
  add('function non-string name', () => (() => { const f = function () {}; Object.defineProperty(f, 'name', { value: 5 }); return f; })());
  add('function renamed', () => (() => { const f = function orig() {}; Object.defineProperty(f, 'name', { value: 'other' }); return f; })());
  add('function name with space', () => ({ 'a b'() {} })['a b']);
  add('symbol named fn', () => ({ [Symbol('sym')]() {} })[Object.getOwnPropertySymbols({ [Symbol('sym')]() {} })[0]]);
  add('Object constructor', () => Object);
  add('Function.prototype', () => Function.prototype);
  add('Object.prototype', () => Object.prototype);
  add('Array.prototype', () => Array.prototype);

  // Arrays
  add('empty array', () => ([]));
  add('small array', () => ([1, 2, 3]));
  add('strings array', () => (['a', 'b', 'c']));
  add('mixed array', () => ([1, 'a', null, undefined, true, { a: 1 }, [2]]));
  add('sparse array', () => ([1, , 3]));
  add('sparse holes', () => ([, , 1, , , , 2, , ]));
  add('all holes', () => (new Array(5)));
  add('one hole', () => (new Array(1)));
  add('huge sparse', () => (() => { const a = []; a[1000] = 1; a[100000] = 2; return a; })());
  add('sparse with extra', () => (() => { const a = [1, , 3]; a.extra = 'x'; return a; })());
  add('sparse many', () => (() => { const a = []; for (let i = 0; i < 300; i += 3) a[i] = i; return a; })());
  add('array with props', () => (Object.assign([1, 2], { foo: 'bar', [Symbol('s')]: 1 })));
  add('array only props', () => (Object.assign([], { foo: 'bar' })));
  add('array 6', () => ([1, 2, 3, 4, 5, 6]));
  add('array 7', () => ([1, 2, 3, 4, 5, 6, 7]));
  add('array 26 numbers', () => (Array.from({ length: 26 }, (_, i) => i)));
  add('array 100', () => (Array.from({ length: 100 }, (_, i) => i)));
  add('array 101', () => (Array.from({ length: 101 }, (_, i) => i)));
  add('array 120', () => (Array.from({ length: 120 }, (_, i) => i * 3)));
  add('array 1000', () => (Array.from({ length: 1000 }, (_, i) => i)));
  add('array mixed widths', () => (Array.from({ length: 30 }, (_, i) => 10 ** (i % 7))));
  add('array negatives', () => (Array.from({ length: 20 }, (_, i) => (i % 2 ? -i : i * 1000))));
  add('array of strings 30', () => (Array.from({ length: 30 }, (_, i) => `item${i}`)));
  add('array of words', () => ('the quick brown fox jumps over the lazy dog and keeps running far away'.split(' ')));
  add('array long strings', () => (Array.from({ length: 10 }, (_, i) => 'x'.repeat(i * 5))));
  add('array very different', () => (['a', 'b', 'c', 'd', 'e', 'f', 'g', 'x'.repeat(60)]));
  add('array of objects', () => (Array.from({ length: 8 }, (_, i) => ({ id: i }))));
  add('array of arrays', () => (Array.from({ length: 10 }, (_, i) => [i, i * 2])));
  add('array bigints', () => (Array.from({ length: 12 }, (_, i) => BigInt(i) ** 5n)));
  add('array booleans', () => (Array.from({ length: 12 }, (_, i) => i % 3 === 0)));
  add('array mixed num str', () => ([1, 2, 3, 4, 5, 6, 7, 'a']));
  add('array with extra keys grouped', () => (Object.assign(Array.from({ length: 10 }, (_, i) => i), { k: 1, k2: 'xx' })));
  add('array cjk', () => (['中文字符', '日本語', '한국어', 'abc', 'de', 'fghij', '😀😀', 'x']));
  add('array emoji', () => (Array.from({ length: 12 }, (_, i) => '😀'.repeat(i % 3 + 1))));
  add('array nested 3', () => ([[1, [2, [3, [4]]]]]));
  add('array of long arrays', () => ([Array.from({ length: 30 }, (_, i) => i), Array.from({ length: 30 }, (_, i) => i)]));
  add('array length 200 strings', () => (Array.from({ length: 200 }, (_, i) => String(i))));
  add('array with undefined items', () => ([undefined, undefined, undefined, undefined, undefined, undefined, undefined]));
  add('array null proto', () => (Object.setPrototypeOf([1, 2], null)));
  add('array tagged', () => (Object.defineProperty([1], Symbol.toStringTag, { value: 'TaggedArr' })));
  add('array with nonindex numeric', () => (Object.assign([1], { '-1': 'neg', '1.5': 'frac', 4294967295: 'big' })));

  // Circular
  add('circular object', () => circ);
  const circArr = [1];
  circArr.push(circArr);
  add('circular array', () => circArr);
  const a1 = { n: 1 };
  const b1 = { n: 2, a: a1 };
  a1.b = b1;
  add('mutual circular', () => a1);
  add('circular two refs', () => (() => { const x = {}; const y = { x }; x.y = y; x.self = x; return { x, y }; })());
  add('circular map', () => (() => { const m = new Map(); m.set('self', m); return m; })());
  add('circular in set', () => (() => { const s = new Set(); s.add(s); return s; })());
  add('circular deep', () => (() => { const o = { a: { b: { c: {} } } }; o.a.b.c.back = o; return o; })());
  add('circular compact true', () => (() => { const o = { a: 1 }; o.o = o; return o; })());

  // Map / Set
  add('empty map', () => (new Map()));
  add('map', () => (new Map([['a', 1], [{ k: 1 }, [1, 2]], [NaN, null]])));
  add('map nested', () => (new Map([['m', new Map([['inner', new Map([['deep', new Map([[1, 2]])]])]])]])));
  add('big map', () => (new Map(Array.from({ length: 120 }, (_, i) => [i, `v${i}`]))));
  add('empty set', () => (new Set()));
  add('set', () => (new Set([1, 'a', { b: 2 }, [3]])));
  add('big set', () => (new Set(Array.from({ length: 130 }, (_, i) => i))));
  add('set with props', () => (Object.assign(new Set([1]), { extra: true })));
  add('map with props', () => (Object.assign(new Map(), { extra: true })));
  add('null proto set', () => (Object.setPrototypeOf(new Set([1, 2]), null)));
  add('null proto map', () => (Object.setPrototypeOf(new Map([[1, 2]]), null)));
  add('null proto empty set', () => (Object.setPrototypeOf(new Set(), null)));
  add('map tagged', () => (Object.defineProperty(new Map(), Symbol.toStringTag, { value: 'MT' })));
  add('weakmap', () => (new WeakMap([[{}, 1]])));
  add('weakset', () => (new WeakSet([{}])));
  add('weakmap with props', () => (Object.assign(new WeakMap(), { p: 1 })));
  add('weakref', () => (new WeakRef({})));

  // Typed arrays and buffers
  add('uint8array', () => (new Uint8Array([1, 2, 3])));
  add('empty uint8array', () => (new Uint8Array(0)));
  add('int8array', () => (new Int8Array([-1, 2, -3])));
  add('uint8clamped', () => (new Uint8ClampedArray([255, 0])));
  add('int16', () => (new Int16Array([1, -2])));
  add('uint16', () => (new Uint16Array([65535])));
  add('int32', () => (new Int32Array([-5])));
  add('uint32', () => (new Uint32Array([4294967295])));
  add('float32', () => (new Float32Array([1.5, -0, NaN])));
  add('float64', () => (new Float64Array([Math.PI, -0, Infinity])));
  add('bigint64', () => (new BigInt64Array([1n, -2n])));
  add('biguint64', () => (new BigUint64Array([2n ** 64n - 1n])));
  add('empty bigint64', () => (new BigInt64Array(0)));
  add('big uint8array', () => (new Uint8Array(150)));
  add('uint8array 30', () => (Uint8Array.from({ length: 30 }, (_, i) => i * 8)));
  add('typed with props', () => (Object.assign(new Uint8Array(2), { extra: 1 })));
  add('typed null proto', () => (Object.setPrototypeOf(new Uint16Array([1, 2]), null)));
  add('typed subarray', () => (new Uint8Array([1, 2, 3, 4]).subarray(1, 3)));
  add('arraybuffer', () => (new Uint8Array([1, 2, 255, 16]).buffer));
  add('empty arraybuffer', () => (new ArrayBuffer(0)));
  add('big arraybuffer', () => (new ArrayBuffer(120)));
  add('arraybuffer with props', () => (Object.assign(new ArrayBuffer(2), { p: 1 })));
  add('detached arraybuffer', () => (() => { const b = new ArrayBuffer(4); structuredClone(b, { transfer: [b] }); return b; })());
  add('sharedarraybuffer', () => (new SharedArrayBuffer(3)));
  add('dataview', () => (new DataView(new ArrayBuffer(4), 1, 2)));
  add('dataview with props', () => (Object.assign(new DataView(new ArrayBuffer(2)), { p: 1 })));
  add('typed in object', () => ({ t: new Float64Array([1, 2]), b: new ArrayBuffer(3) }));

  // Dates, regexps, boxed
  add('date', () => (new Date(0)));
  add('date now-ish', () => (new Date(1700000000123)));
  add('invalid date', () => (new Date(NaN)));
  add('date with props', () => (Object.assign(new Date(0), { p: 1 })));
  add('invalid date with props', () => (Object.assign(new Date(NaN), { p: 1 })));
  add('date null proto', () => (Object.setPrototypeOf(new Date(0), null)));
  add('date tagged', () => (Object.defineProperty(new Date(0), Symbol.toStringTag, { value: 'DT' })));
  add('regexp', () => (/ab+c/gi));
  add('regexp escapes', () => (/a\/b[\]]\n/u));
  add('regexp with props', () => (Object.assign(/x/, { p: 1 })));
  add('regexp null proto', () => (Object.setPrototypeOf(/x/y, null)));
  add('regexp lastIndex', () => (() => { const r = /a/g; r.lastIndex = 3; return r; })());
  add('new RegExp empty', () => (new RegExp('')));
  add('number object', () => (new Number(3)));
  add('number object -0', () => (new Number(-0)));
  add('string object', () => (new String('ab')));
  add('string object with props', () => (Object.assign(new String('ab'), { p: 1 })));
  add('boolean object', () => (new Boolean(false)));
  add('bigint object', () => (Object(5n)));
  add('symbol object', () => (Object(Symbol('boxed'))));
  add('number object null proto', () => (Object.setPrototypeOf(new Number(1), null)));
  add('number object subclass', () => (new (class MyNum extends Number {})(7)));
  add('boxed tagged', () => (Object.defineProperty(new Number(1), Symbol.toStringTag, { value: 'NT' })));

  // Errors
  const err = new Error('message here');
  add('error', () => err);
  add('type error', () => (new TypeError('bad type')));
  add('range error', () => (new RangeError('r')));
  add('error no message', () => (new Error()));
  add('error with code', () => (Object.assign(new Error('with code'), { code: 'E_CODE', errno: 5 })));
  add('error with cause', () => (new Error('outer', { cause: new Error('inner') })));
  add('error with primitive cause', () => (new Error('outer', { cause: 'just a string' })));
  add('error with undefined cause', () => (new Error('outer', { cause: undefined })));
  add('aggregate error', () => (new AggregateError([new Error('e1'), new TypeError('e2')], 'multi')));
  add('error no stack', () => (() => { const e = new Error('nostack'); delete e.stack; e.stack = undefined; return e; })());
  add('error stack empty', () => (() => { const e = new Error('m'); e.stack = ''; return e; })());
  add('error odd stack', () => (() => { const e = new Error('m'); e.stack = 'odd stack text'; return e; })());
  add('error stack no frames', () => (() => { const e = new Error('m'); e.stack = 'Error: m'; return e; })());
  add('error renamed', () => (() => { const e = new Error('m'); e.name = 'CustomName'; return e; })());
  add('error renamed Error suffix', () => (() => { const e = new TypeError('m'); e.name = 'FooError'; return e; })());
  add('error name in stack', () => (() => { const e = new Error('m'); e.name = 'Other'; e.stack = 'Other: m\n    at x (file.js:1:1)'; return e; })());
  add('error null proto', () => (Object.setPrototypeOf(new Error('np'), null)));
  add('error null proto custom stack', () => (() => { const e = Object.setPrototypeOf(new Error('np'), null); e.stack = 'Error: np\n    at f (a.js:1:1)'; return e; })());
  add('error tagged', () => (Object.defineProperty(new Error('t'), Symbol.toStringTag, { value: 'ET' })));
  add('error enumerable name/message', () => (() => { const e = new Error('m'); Object.defineProperty(e, 'message', { enumerable: true, value: 'm' }); e.name = 'Error'; return e; })());
  add('error message in stack twice', () => (() => { const e = new Error('\n    at fake'); return e; })());
  add('error in object', () => ({ e: new Error('nested error') }));
  add('error in array', () => ([new Error('in array')]));
  add('error deep nested', () => ({ a: { b: { c: new Error('deep') } } }));
  add('error with object prop', () => (Object.assign(new Error('objprop'), { details: { a: [1, 2] } })));
  add('error like object', () => (Object.create(Error.prototype)));
  add('error subclass with name prop', () => (() => { class ValidationError extends Error { constructor(m) { super(m); this.name = 'ValidationError'; } } return new ValidationError('invalid'); })());
  add('error cause chain', () => (() => { const inner = new Error('inner'); return new Error('outer', { cause: inner }); })());
  add('error cause shared frames', () => (() => {
    function level3(m, cause) { return new Error(m, cause && { cause }); }
    function level2(m, c) { return level3(m, c); }
    function level1(m, c) { return level2(m, c); }
    const cause = level1('cause');
    return level1('effect', cause);
  })());
  add('error stack with node_modules', () => (() => { const e = new Error('nm'); e.stack = 'Error: nm\n    at f (/app/node_modules/pkg/index.js:1:1)\n    at g (/app/node_modules/@scope/p/x.js:2:2)\n    at node:internal/main:3:4\n    at h (node:fs:5:6)'; return e; })());
  add('error non-string name', () => (() => { const e = new Error('m'); e.name = 42; return e; })());
  add('error circular cause', () => (() => { const e = new Error('circ'); e.cause = e; return e; })());
  add('error with errors prop', () => (Object.assign(new Error('has errors'), { errors: [1, 2] })));
  add('DOMException-like', () => (() => { const e = new Error('abort'); e.name = 'AbortError'; return e; })());

  // Promises
  add('resolved promise', () => (Promise.resolve(42)));
  add('resolved promise object', () => (Promise.resolve({ a: [1, 2] })));
  add('pending promise', () => (new Promise(() => {})));
  const rejected = Promise.reject(new Error('rejected!'));
  rejected.catch(() => {});
  add('rejected promise', () => rejected);
  const rejected2 = Promise.reject(3);
  rejected2.catch(() => {});
  add('rejected promise primitive', () => rejected2);
  add('promise with props', () => (Object.assign(Promise.resolve(1), { p: 2 })));
  add('nested promise', () => ({ p: Promise.resolve(Promise.resolve(1)) }));

  // Proxies
  add('proxy object', () => (new Proxy({ a: 1 }, {})));
  add('proxy with traps', () => (new Proxy({ a: 1 }, { get() { return 'trapped'; }, ownKeys() { return ['z']; } })));
  add('proxy array', () => (new Proxy([1, 2], {})));
  add('proxy function', () => (new Proxy(function pf() {}, {})));
  add('revoked proxy', () => (() => { const r = Proxy.revocable({}, {}); r.revoke(); return r.proxy; })());
  add('proxy of proxy', () => (new Proxy(new Proxy({ inner: 1 }, {}), {})));
  add('proxy in object', () => ({ p: new Proxy({ x: 1 }, {}) }));
  add('proxy with handler props', () => (new Proxy({ t: 1 }, { get(t, k) { return t[k]; } })));

  // Arguments, iterators, generators, misc built-ins
  add('arguments', () => (function () { return arguments; })(1, 'a'));
  add('empty arguments', () => (function () { return arguments; })());
  add('generator object', () => (fresh(() => (function* g() { yield 1; })())));
  add('async generator object', () => (fresh(() => (async function* ag() {})())));
  add('array iterator', () => (fresh(() => [1, 2][Symbol.iterator]())));
  add('string iterator', () => (fresh(() => 'ab'[Symbol.iterator]())));
  add('regexp string iterator', () => (fresh(() => 'ab'.matchAll(/a/g))));
  add('object entries iterator', () => (fresh(() => Object.entries({ a: 1 })[Symbol.iterator]())));
  add('Math', () => Math);
  add('JSON', () => JSON);
  add('Reflect', () => Reflect);
  add('Atomics', () => Atomics);
  add('Intl.NumberFormat', () => (new Intl.NumberFormat('en')));
  add('globalThis-like', () => ({ globalThis: undefined }));
  add('finalization registry', () => (new FinalizationRegistry(() => {})));

  // Custom inspect
  const customFn = util.inspect.custom;
  add('custom returns string', () => ({ [customFn]() { return 'CUSTOM'; } }));
  add('custom returns multiline', () => ({ inner: { [customFn]() { return 'line1\nline2'; } } }));
  add('custom returns object', () => ({ [customFn]() { return { replaced: true }; } }));
  add('custom returns this', () => (() => { const o = { a: 1, [customFn]() { return this; } }; return o; })());
  add('custom uses depth', () => ({ a: { b: { [customFn](depth) { return `depth=${depth}`; } } } }));
  add('custom uses options', () => ({ [customFn](depth, opts) { return `${opts.depth}/${opts.compact}/${opts.breakLength}/${typeof opts.stylize}`; } }));
  add('custom uses inspect arg', () => ({ x: { [customFn](depth, opts, insp) { return insp({ nested: [1, 2] }, opts); } } }));
  add('custom stylize', () => ({ [customFn](d, o) { return o.stylize('styled', 'special'); } }));
  add('custom on prototype', () => (() => { class C { [customFn]() { return 'from proto'; } } return [new C(), C.prototype]; })());
  add('custom not function', () => ({ [customFn]: 'nope', a: 1 }));
  add('custom on null proto', () => (Object.assign(Object.create(null), { [customFn](d, o) { return `np ${Object.getPrototypeOf(o) === null} ${typeof o.stylize}`; } })));
  add('custom on proxy', () => (new Proxy({ [customFn]() { return 'proxied custom'; } }, {})));
  add('custom user option', () => ({ [customFn](d, o) { return String(o.myOption); } }));
  add('custom returns number', () => ({ [customFn]() { return 5; } }));
  add('custom deep nested', () => ({ a: [{ b: { [customFn]() { return 'x\ny'; } } }] }));

  // Depth handling
  add('depth 3 object', () => ({ l1: { l2: { l3: { l4: 'deep' } } } }));
  add('depth array in object', () => ({ l1: { l2: { arr: [1, 2], map: new Map([[1, 2]]), set: new Set([1]), fn() {}, re: /x/, d: new Date(0), err: new Error('d'), u8: new Uint8Array(1), np: Object.create(null) } } }));
  add('depth beyond', () => ({ l1: { l2: { l3: { arr: [1], obj: { a: 1 }, cls: new Foo(), np: Object.assign(Object.create(null), { a: 1 }), tagged: new Tagged(), map: new Map([[1, 2]]), emptyObj: {}, emptyArr: [], args: (function () { return arguments; })(1), promise: Promise.resolve(1), weak: new WeakMap(), tarr: new Uint8Array(2), boxed: new Number(1), proxied: new Proxy({ a: 1 }, {}) } } } }));

  // Long / mixed structures
  add('package.json-like', () => ({
    name: 'jsrig', version: '1.0.0', description: 'A node compatible runtime',
    scripts: { test: 'node test.js', build: 'cargo build --release' },
    dependencies: { a: '^1.0.0', b: '~2.3.4', c: '*' },
    keywords: ['js', 'runtime', 'rust', 'engine', 'v8', 'quickjs', 'spidermonkey'],
    nested: { deeper: { deepest: { tooDeep: 1 } } },
  }));
  add('array of records', () => ([
    { id: 1, name: 'alice', tags: ['a', 'b'], active: true },
    { id: 2, name: 'bob', tags: [], active: false },
    { id: 3, name: 'carol', tags: ['c'], active: true, extra: { x: 1 } },
  ]));
  add('matrix', () => (Array.from({ length: 5 }, (_, i) => Array.from({ length: 5 }, (_, j) => i * j))));
  add('matrix big', () => (Array.from({ length: 12 }, (_, i) => Array.from({ length: 12 }, (_, j) => i * j))));
  add('long string array nested', () => ({ list: Array.from({ length: 20 }, (_, i) => `entry number ${i}`) }));
  add('object many small', () => (Object.fromEntries(Array.from({ length: 8 }, (_, i) => [String.fromCharCode(97 + i), i]))));
  add('deep mixed collections', () => (new Map([[new Set([[1, 2]]), { m: new Map([[{}, []]]) }]])));

  // More edge cases
  const withProps = (v, props) => Object.assign(v, props);
  for (const [name, make] of [
    ['date', () => new Date(0)], ['fn', () => function f() {}], ['error', () => new Error('x')],
    ['boxed', () => new Number(1)], ['promise', () => Promise.resolve(1)], ['weakmap', () => new WeakMap()],
    ['regexp', () => /x/], ['dataview', () => new DataView(new ArrayBuffer(1))], ['arraybuffer', () => new ArrayBuffer(1)],
    ['object', () => ({})], ['array', () => []], ['map', () => new Map()], ['set', () => new Set()],
    ['u8', () => new Uint8Array(1)],
  ]) {
    add(`null proto ${name} with props`, () => (withProps(Object.setPrototypeOf(make(), null), { p: 1 })));
    add(`tagged ${name} with props`, () => (withProps(Object.defineProperty(make(), Symbol.toStringTag, { value: 'TG' }), { p: 1 })));
    add(`deep ${name}`, () => ({ a: { b: { c: withProps(make(), { p: 1 }) } } }));
  }
  add('function as constructor instance', () => (Object.setPrototypeOf(function fnFoo() {}, Foo.prototype)));
  add('function with class proto and props', () => (Object.assign(Object.setPrototypeOf(function fnFoo2() {}, Foo.prototype), { z: 1 })));
  add('constructor prop not fn', () => ({ constructor: 1, a: 2 }));
  add('constructor with empty name', () => (() => { const F = (() => function () {})(); return new F(); })());
  add('object create Array.prototype', () => (Object.create(Array.prototype)));
  add('object create Map.prototype', () => (Object.create(Map.prototype)));
  add('object create Date.prototype', () => (Object.create(Date.prototype)));
  add('object create Error.prototype with message', () => (Object.assign(Object.create(Error.prototype), { message: 'fake' })));
  add('arguments with props', () => (function () { arguments.extra = 1; return arguments; })(1, 2));
  add('float with numericSeparator', () => ([1234.5678, -0.000123, 1e-7, 100000000, 123456789012345680000]));
  add('bigint64 large', () => (new BigInt64Array([123456789n, -98765432123n])));
  add('dataview on shared', () => (new DataView(new SharedArrayBuffer(4))));
  add('resizable arraybuffer', () => (new ArrayBuffer(2, { maxByteLength: 8 })));
  add('string object show', () => (new String('abc')));
  add('string object extra index', () => (() => { const s = new String('ab'); s[5] = 'x'; return s; })());
  add('custom returns custom', () => ({ [util.inspect.custom]() { return { [util.inspect.custom]() { return 'inner custom'; } }; } }));
  add('custom on function', () => (Object.assign(function cf() {}, { [util.inspect.custom]() { return 'fn custom'; } })));
  add('custom returns array', () => ({ [util.inspect.custom]() { return [1, 2, { a: 3 }]; } }));
  add('custom receives options spread', () => ({ x: { [util.inspect.custom](d, o, i) { return i(o.seen === undefined && o.budget === undefined && o.indentationLvl === undefined ? 'clean' : 'leaky'); } } }));
  add('map with error key', () => (new Map([[new Error('key err'), 1]])));
  add('error in array nested indentation', () => ([[new Error('nested in array')]]));
  add('aggregate nested', () => ({ agg: new AggregateError([new Error('a'), new AggregateError([new Error('b')], 'inner')], 'outer') }));
  add('error stack number', () => (() => { const e = new Error('m'); e.stack = 12345; return e; })());
  add('error own enumerable name', () => (Object.assign(new Error('x'), { name: 'Foo' })));
  add('error message not in stack', () => (() => { const e = new Error('original'); e.message = 'changed'; return e; })());
  add('error message at start of stack', () => (() => { const e = new Error('m'); e.stack = 'm\n    at f (x.js:1:1)'; e.name = ''; return e; })());
  add('error name empty', () => (() => { const e = new Error('m'); e.name = ''; return e; })());
  add('error name undefined', () => (() => { const e = new Error('m'); e.name = undefined; return e; })());
  add('error cause object', () => (new Error('with obj cause', { cause: { code: 1, nested: { deep: true } } })));
  add('error cause null', () => (new Error('null cause', { cause: null })));
  add('error inherited cause', () => (() => { const e = Object.create(Object.assign(Object.create(Error.prototype), { cause: 'inherited' })); return e; })());
  add('error stack only header multi-line message', () => (new Error('line one\nline two')));
  add('error multiline message in object', () => ({ e: new Error('line one\nline two') }));
  add('error without frames nested', () => ({ e: Object.assign(new Error('x'), { stack: 'Error: x' }) }));
  add('syntax error', () => (() => { try { eval('{'); } catch (e) { return e; } })());
  add('error with symbol key', () => (Object.assign(new Error('sym'), { [Symbol('k')]: 1 })));
  add('error constructor differs name', () => (() => { class HttpError extends Error {} const e = new HttpError('404'); return e; })());
  add('error subclass renamed to match', () => (() => { class NotFound extends Error { get name() { return 'NotFound'; } } return new NotFound('gone'); })());
  add('error class named without Error', () => (() => { class Oops extends TypeError {} return new Oops('o'); })());
  add('multiline string 16', () => ('abcdefgh\nabcdef'));
  add('multiline string 17', () => ('abcdefgh\nabcdefg'));
  add('string with only newline', () => ('\n'));
  add('string trailing newlines', () => ('line of text here\n\n'));
  add('long string in nested array', () => ([[['x'.repeat(70) + '\n' + 'y'.repeat(10)]]]));
  add('strings in set', () => (new Set(['a'.repeat(40), 'b'.repeat(40), 'c'.repeat(40)])));
  add('map long values', () => (new Map([['k1', 'v'.repeat(50)], ['k2', { deep: 'w'.repeat(40) }]])));
  add('object 7 entries short', () => ({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7 }));
  add('object compact depth', () => ({ a: { b: { c: { d: { e: { f: 1 } } } } }, x: [[[[1]]]] }));
  add('four level short', () => ({ l1: { l2: { l3: { l4: 1 } } } }));
  add('four level wide', () => ({ l1: { l2: { l3: { l4: 1, l5: 2, l6: 3 }, l7: [1, 2] }, l8: 'x' } }));
  add('array grouping 7 short strings', () => (['a', 'bb', 'ccc', 'dddd', 'eeeee', 'ffffff', 'ggggggg']));
  add('array grouping with extra key', () => (Object.assign(Array.from({ length: 8 }, (_, i) => i), { extra: 'value' })));
  add('array 101 with extra key', () => (Object.assign(Array.from({ length: 101 }, (_, i) => i), { extra: 1 })));
  add('array 99 with 3 extra keys', () => (Object.assign(Array.from({ length: 99 }, (_, i) => i), { x: 1, y: 2, z: 3 })));
  add('array numbers and a string last', () => ([...Array.from({ length: 10 }, (_, i) => i), 'str']));
  add('array 16 entries width 6', () => (Array.from({ length: 16 }, (_, i) => 100000 + i)));
  add('array 40 entries mixed len', () => (Array.from({ length: 40 }, (_, i) => 'x'.repeat((i * 7) % 13))));
  add('array of floats', () => (Array.from({ length: 20 }, (_, i) => i / 7)));
  add('array of negative floats', () => (Array.from({ length: 20 }, (_, i) => -i * 1234.5)));
  add('array of symbols', () => (Array.from({ length: 10 }, (_, i) => Symbol(`s${i}`))));
  add('array of nulls and undefined', () => (Array.from({ length: 12 }, (_, i) => (i % 2 ? null : undefined))));
  add('array of functions', () => (Array.from({ length: 8 }, (_, i) => Object.defineProperty(function () {}, 'name', { value: `f${i}` }))));
  add('array of dates', () => (Array.from({ length: 8 }, (_, i) => new Date(i * 1e10))));
  add('array of empty objects', () => (Array.from({ length: 10 }, () => ({}))));
  add('array of empty arrays', () => (Array.from({ length: 10 }, () => [])));
  add('array of small arrays deep', () => (Array.from({ length: 10 }, (_, i) => [[i]])));
  add('sparse at start', () => (() => { const a = []; a[5] = 1; a[6] = 2; return a; })());
  add('sparse grouped', () => (() => { const a = Array.from({ length: 30 }, (_, i) => i); delete a[3]; delete a[4]; delete a[20]; return a; })());
  add('sparse length beyond maxArrayLength', () => (() => { const a = []; a[150] = 1; return a; })());
  add('sparse holes near 100', () => (() => { const a = Array.from({ length: 98 }, (_, i) => i); a[105] = 'x'; return a; })());
  add('array nonenumerable index', () => (Object.defineProperty([1, 2, 3], 1, { enumerable: false, value: 'hidden' })));
  add('array getter index', () => (Object.defineProperty([1, 2, 3], 1, { get() { return 'g'; }, enumerable: true })));
  add('array hole then nonenumerable', () => (() => { const a = [1, , 3]; Object.defineProperty(a, 3, { value: 4, enumerable: false }); return a; })());
  add('typed array grouping', () => (new Int16Array(Array.from({ length: 40 }, (_, i) => (i % 2 ? -i * 100 : i)))));
  add('float64 grouping', () => (Float64Array.from({ length: 20 }, (_, i) => i / 3)));
  add('proxy revocable in array', () => (() => { const r = Proxy.revocable([], {}); r.revoke(); return [r.proxy, 1]; })());
  add('proxy nested deep', () => ({ a: { b: { c: new Proxy({ d: { e: 1 } }, { get: () => 1 }) } } }));
  add('proxy of function class', () => (new Proxy(class PC {}, {})));
  add('proxy of array with handler fns', () => (new Proxy([1, 2, 3], { get(t, k) { return t[k]; }, has() { return true; } })));
  add('circular through map value', () => (() => { const o = { m: new Map() }; o.m.set('o', o); return o; })());
  add('circular multiple', () => (() => { const a = { name: 'a' }; const b = { name: 'b', a }; a.b = b; const c = { a, b }; c.c = c; return c; })());
  add('circular array of self refs', () => (() => { const a = []; a.push(a, a, [a]); return a; })());
  add('circular in proxy target', () => (() => { const o = {}; o.p = new Proxy(o, {}); return o; })());
  add('circular error cause object', () => (() => { const o = { e: new Error('c') }; o.e.cause = o; return o; })());
  add('getter returning self', () => (() => { const o = { get self() { return o; } }; return o; })());
  add('class with static accessor', () => (() => { class SA { static get x() { return 1; } } return SA; })());
  add('class with toStringTag static', () => (() => { class ST { static [Symbol.toStringTag] = 'STag'; } return ST; })());
  add('instance accessor chain', () => (() => {
    class A1 { get a() { return 1; } }
    class B1 extends A1 { get b() { return 2; } }
    class C1 extends B1 { get c() { return 3; } }
    class D1 extends C1 { get d() { return 4; } }
    return new D1();
  })());
  add('instance proto data prop', () => (() => { class PD {} PD.prototype.data = 5; PD.prototype[Symbol('ps')] = 6; return new PD(); })());
  add('boxed symbol with props', () => (Object.assign(Object(Symbol('sp')), { p: 1 })));
  add('boxed bigint with props', () => (Object.assign(Object(10n), { p: 1 })));
  add('boxed boolean with props', () => (Object.assign(new Boolean(true), { p: 1 })));
  add('boxed string long', () => (new String('x'.repeat(100))));
  add('number object NaN', () => (new Number(NaN)));
  add('long keys object', () => ({ ['k'.repeat(90)]: 1, b: 2 }));
  add('key that needs escaping', () => ({ 'a\x00b': 1, 'c\u2028': 2, "q'q": 3, 'd"q': 4 }));
  add('numeric-like keys', () => ({ '01': 1, '1e3': 2, '-5': 3, 4294967296: 4, 1.5: 5 }));
  add('nested empty', () => ({ a: {}, b: [], c: new Map(), d: new Set(), e: Object.create(null), f: '' }));
  add('deep array depth', () => ([1, [2, [3, [4, [5, [6]]]]]]));
  add('nested arrays long', () => ([Array.from({ length: 7 }, (_, i) => i), Array.from({ length: 7 }, (_, i) => `${i}`)]));
  add('unicode strings', () => (['ü', '✓ done', '中文中文中文中文中文中文中文中文中文中文中文中文中文中文中文中文中文中文中文中文', '😀 emoji']));
  add('many keys symbols mixed', () => ({ z: 1, [Symbol('a')]: 2, y: 3, [Symbol('b')]: 4, 2: 5, 1: 6 }));
  add('global symbol registry keys', () => ({ [Symbol.for('x')]: 1, [Symbol.asyncIterator]: 2 }));
  add('date extreme', () => (new Date(8.64e15)));
  add('date negative', () => (new Date(-1e12)));
  add('regexp with slash', () => (new RegExp('a/b')));
  add('regexp flags all', () => (/x/dgimsuy));
  add('sets of sets', () => (new Set([new Set([new Set([new Set([1])])])])));
  add('maps with object keys nested', () => (new Map([[{ a: { b: { c: 1 } } }, new Map([[[1, [2, [3]]], 'v']])]])));

  if (extra) for (const e of extra) add(e[0], () => (e[1]));
  return values;
}

// A seeded generator of random nested values, to explore layout rules
// (line breaking, grouping, indentation) beyond hand-written cases.
function randomValues(count, seed) {
  let state = seed >>> 0;
  const rand = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 4294967296;
  };
  const pick = (arr) => arr[Math.floor(rand() * arr.length)];
  const words = ['a', 'bb', 'key', 'value', 'longer text', 'x'.repeat(30), 'it\'s', 'line\nbreak',
    '中文', 'e\u0301', '', 'UPPER', 'with space', '$dollar', 'tab\t', 'z'.repeat(75)];
  const keyWords = ['a', 'b', 'id', 'name', 'some-key', 'longPropertyName', '1', 'x y', '__proto__x', 'k'];
  function gen(depth) {
    const r = rand();
    if (depth > 4 || r < 0.35) {
      return pick([
        () => Math.floor(rand() * 1000) - 100, () => rand() * 1e6, () => pick(words), () => null,
        () => undefined, () => rand() < 0.5, () => BigInt(Math.floor(rand() * 1e6)), () => Symbol(pick(keyWords)),
        () => -0, () => NaN, () => 10 ** Math.floor(rand() * 12),
      ])();
    }
    if (r < 0.55) {
      const len = Math.floor(rand() ** 2 * 40);
      const arr = [];
      const homogeneous = rand() < 0.5;
      for (let i = 0; i < len; i++) {
        arr.push(homogeneous ? Math.floor(rand() * 10 ** Math.floor(rand() * 6)) : gen(depth + 1));
      }
      if (rand() < 0.1) arr.extra = gen(depth + 1);
      if (rand() < 0.05 && len > 2) delete arr[1];
      return arr;
    }
    if (r < 0.85) {
      const obj = rand() < 0.05 ? Object.create(null) : {};
      const n = Math.floor(rand() ** 2 * 12);
      for (let i = 0; i < n; i++) obj[pick(keyWords) + (rand() < 0.5 ? i : '')] = gen(depth + 1);
      return obj;
    }
    if (r < 0.9) return new Map(Array.from({ length: Math.floor(rand() * 5) }, () => [gen(depth + 2), gen(depth + 1)]));
    if (r < 0.95) return new Set(Array.from({ length: Math.floor(rand() * 8) }, () => gen(depth + 1)));
    return pick([() => new Uint8Array(Math.floor(rand() * 40)), () => new Date(Math.floor(rand() * 1e12)),
      () => /re+/g, () => function named() {}, () => new Error(pick(words))])();
  }
  return Array.from({ length: count }, (_, i) => [`random #${i}`, gen(0)]);
}

// util.format argument lists (portable: also run inside other engines).
function formatCases() {
  return [
    [],
    ['plain'],
    ['%s', 'str'],
    ['%s', 42],
    ['%s', -0],
    ['%s', 42n],
    ['%s', Symbol('sym')],
    ['%s', null],
    ['%s', undefined],
    ['%s', { a: { b: { c: 1 } } }],
    ['%s', [1, [2, [3]]]],
    ['%s', new Date(0)],
    ['%s', new Error('format error')],
    ['%s', Object.create(null)],
    ['%s', { toString() { return 'custom toString'; } }],
    ['%s', new (class A { toString() { return 'class toString'; } })()],
    ['%s', new (class B {})()],
    ['%s', { [Symbol.toPrimitive]() { return 'prim'; } }],
    ['%s', Object.setPrototypeOf(new Date(0), { [Symbol.toPrimitive]() { return 'x'; } })],
    ['%s', new (class extends Date {})(0)],
    ['%s', new (class E extends Date { toString() { return 'E'; } })(0)],
    ['%s', Object(Symbol('boxed'))],
    ['%s', function fn() { return 1; }],
    ['%s', class K {}],
    ['%s', new Map([[1, { a: {} }]])],
    ['%s', new Proxy({ a: 1 }, {})],
    ['%s', new Proxy({ toString() { return 'px'; } }, {})],
    ['%s', Object.create({ toString() { return 'inherited'; } })],
    ['%s', { toString: 5 }],
    ['%s', new Number(3)],
    ['%s', /re/g],
    ['%s', [-0]],
    ['%s:%s', 'a'],
    ['%s %s %s', 1, 2],
    ['%d', 42],
    ['%d', '42'],
    ['%d', 1.5],
    ['%d', -0],
    ['%d', 5n],
    ['%d', Symbol('x')],
    ['%d', {}],
    ['%d', '0x10'],
    ['%d', ''],
    ['%d', null],
    ['%i', 42.9],
    ['%i', '42.5x'],
    ['%i', -0.5],
    ['%i', 5n],
    ['%i', Symbol('x')],
    ['%i', '0x1f'],
    ['%f', '1.5e3'],
    ['%f', 'abc'],
    ['%f', Symbol('x')],
    ['%f', 5n],
    ['%f', -0],
    ['%j', { a: [1, 'x'] }],
    ['%j', { toJSON() { return 'tojson'; } }],
    ['%j', undefined],
    ['%j', circ],
    ['%j', 'str'],
    ['%o', [1, { a: 2 }]],
    ['%o', { f() {}, a: [1, 2, 3] }],
    ['%o', function foo() {}],
    ['%o', new Proxy({ a: 1 }, {})],
    ['%O', { a: { b: { c: { d: 1 } } } }],
    ['%O', 'str'],
    ['%c styled %s', 'color: red', 'after'],
    ['%%'],
    ['%%', 1],
    ['%% %s', 'x'],
    ['100%'],
    ['100%', 1],
    ['%x %s', 'a'],
    ['%s%%%s', 'a', 'b'],
    ['%', 1],
    ['a%sb%sc', 1, 2, 3, 4],
    ['%s', 'a', { extra: true }, 'b', 5],
    [1, 2, 3],
    [{ a: 1 }, 'str', 'another'],
    ['str', { a: 1 }],
    [null, undefined],
    ['%s', 'a\nb'],
    ['no placeholders', 'extra'],
    ['%s %d %i %f %j %o %O %c', 's', 1, 2, 3.5, [4], [5], [6], 'css', 'rest'],
    ['%s', { [util.inspect.custom]() { return 'custom in format'; } }],
    ['%d%d', 1],
    ['%s', 'x'.repeat(200)],
    ['%s', { a: 'x'.repeat(100) }],
    [Symbol('first')],
    ['%s', new Array(3)],
    ['%s', Object.assign(Object.create(null), { toString() { return 'Z'; } })],
    ['%s', Object.assign(Object.create(null), { [Symbol.toPrimitive]() { return 'TP'; } })],
    ['%s', Object.assign([1], { [Symbol.toPrimitive]() { return 'arr'; } })],
    ['%s', Object.assign(new Error('e'), { [Symbol.toPrimitive]() { return 'err'; } })],
    ['%s', new (class X { [Symbol.toPrimitive]() { return 'C'; } })()],
  ];
}

function makeOptionSets() {
  return [
    {},
    { depth: 0 },
    { depth: 1 },
    { depth: Infinity },
    { depth: null },
    { depth: -1 },
    { compact: false },
    { compact: true },
    { compact: 1 },
    { compact: 0 },
    { compact: 5 },
    { breakLength: Infinity },
    { breakLength: 40 },
    { breakLength: 120 },
    { breakLength: 0 },
    { colors: true },
    { showHidden: true },
    { showHidden: true, colors: true },
    { sorted: true },
    { sorted: (a, b) => (a < b ? 1 : a > b ? -1 : 0) },
    { maxArrayLength: 2 },
    { maxArrayLength: 0 },
    { maxArrayLength: null },
    { maxArrayLength: -1 },
    { maxStringLength: 5 },
    { maxStringLength: 0 },
    { maxStringLength: null },
    { getters: true },
    { getters: 'get' },
    { getters: 'set' },
    { numericSeparator: true },
    { customInspect: false },
    { showProxy: true },
    { showProxy: true, depth: 0 },
    { compact: false, breakLength: Infinity },
    { compact: true, breakLength: 30 },
    { colors: true, compact: false, sorted: true },
    { myOption: 'user value' },
    { depth: 0, compact: true },
  ];
}
const optionSets = makeOptionSets();

function knownDeviations() {
  deviation('V8 remembers the allocating constructor',
    (u) => {
      class Gone {}
      const o = new Gone();
      Object.setPrototypeOf(o, Object.create(Object.create(null)));
      return u.inspect(o);
    },
    'Object <Object <[Object: null prototype] {}>> {}',
    'with no constructor left on the prototype chain, node asks V8 for the class that allocated the object; the language cannot tell, so we name the built-in kind');
  deviation('SpiderMonkey stack is shown V8-style',
    (u) => {
      const e = new Error('moz');
      e.stack = 'outer@file:///x.js:1:2\ninner@file:///x.js:3:4\n@file:///x.js:5:6\nasync*run@file:///x.js:7:8\n';
      return u.inspect(e);
    },
    'Error: moz\n    at outer (file:///x.js:1:2)\n    at inner (file:///x.js:3:4)\n    at file:///x.js:5:6\n    at async run (file:///x.js:7:8)',
    'intended: a frame-list stack is rewritten so all engines print the same shape');
  deviation('SpiderMonkey stack of a subclass',
    (u) => {
      const e = new TypeError('moz t');
      e.stack = 'f@a.js:1:1\n';
      return u.inspect({ e });
    },
    '{\n  e: TypeError: moz t\n      at f (a.js:1:1)\n}',
    'intended, as above');
  deviation('module namespace look-alike',
    (u, t) => String(t.isModuleNamespaceObject(Object.preventExtensions(Object.defineProperty(
      Object.create(null), Symbol.toStringTag, { value: 'Module' })))),
    'true',
    'namespaces have no brand check; a non-extensible null-prototype object with the same fixed Module tag passes');
  deviation('map iterator without engine preview',
    (u) => u.inspect(new Map([[1, 2]]).entries()),
    '[Map Iterator] { <items unknown> }',
    'listing what an iterator still holds needs bindings.previewEntries, which jsrig does not provide');
  deviation('set iterator without engine preview',
    (u) => u.inspect({ it: new Set(['a']).values() }),
    '{ it: [Set Iterator] { <items unknown> } }',
    'as above');
  deviation('weak collections with showHidden',
    (u) => u.inspect(new WeakMap([[{}, 1]]), { showHidden: true }),
    'WeakMap { <items unknown> }',
    'node lists the live entries with an engine preview; jsrig has none');
  deviation('map iterator cross-realm',
    (u, t) => String(t.isMapIterator(vm.runInNewContext('new Map().keys()'))),
    'false',
    'Map/Set iterators and generators have no brand check; the intrinsic prototypes of this realm are compared');
}


// ---------------------------------------------------------------------------
// --jsrig=PATH: the same corpus inside jsrig's engines.
//
// The binary embeds the host/js of its build, so this ships the current
// modules and the corpus as one script, with stand-in bindings (proxies are
// tracked by a wrapped Proxy constructor, promise states by early reactions),
// and compares each engine's output with node's util.inspect / util.format.
// Stacks of errors made by the corpus are replaced by the same fixed frame on
// both sides: file names and line numbers cannot match.

// Shared by the node side and the script (stringified into it).
function normalizeCorpusStacks(values, isCorpusStack, promiseResult) {
  const seen = new Set();
  const visit = (v) => {
    if (v === null || (typeof v !== 'object' && typeof v !== 'function') || seen.has(v)) return;
    seen.add(v);
    visit(promiseResult(v));
    let stack;
    try {
      stack = v instanceof Error ? v.stack : undefined;
    } catch {}
    if (typeof stack === 'string' && isCorpusStack(stack)) {
      const at = stack.indexOf('\n    at ');
      v.stack = `${stack.slice(0, at)}\n    at corpus (corpus.js:1:1)`;
    }
    try {
      Map.prototype.forEach.call(v, (val, key) => { visit(key); visit(val); });
    } catch {}
    try {
      Set.prototype.forEach.call(v, (val) => visit(val));
    } catch {}
    try {
      for (const key of Reflect.ownKeys(v)) {
        const desc = Object.getOwnPropertyDescriptor(v, key);
        if (desc && 'value' in desc) visit(desc.value);
      }
    } catch {}
  };
  values.forEach(([, v]) => visit(v));
}

const engineSkips = [
  // What the engines themselves do differently, not ours to fix: where an
  // error's stack lives (an own data property, an own accessor or a
  // prototype accessor), when its first line is written, their messages.
  [/error|promise|Error|DOMException/i, /showHidden|"o"/],
  [/syntax error|error message not in stack|null proto error|error null proto|error no stack/, /./],
  // Weak collections with showHidden need an engine preview (a known deviation).
  [/weak(map|set)/, /showHidden/],
  // Without bindings.builtinExists every node: frame counts as built-in.
  [/error stack with node_modules/, /colors/],
  // Own properties and their order differ between engines: not ours to fix.
  [/^(named function|anonymous function|arrow|named arrow|async function|async arrow|generator function|async generator function|method|getter fn|bound function|native function|function |class|subclass|anonymous class|Object constructor|Function\.prototype|Array\.prototype|Object\.prototype|error|type error|range error|aggregate|syntax error|DOMException|custom on function|array of functions|deep fn|null proto fn|tagged fn|class |symbol named fn|Math|JSON|Reflect|Atomics|Intl)/, /showHidden|"o"/],
];

function engineBundle(id) {
  const fs = require('fs');
  const path = require('path');
  const { JS_ROOT } = require('./load.js');
  const sources = {};
  for (const mod of ['internal/util/types', 'internal/util/inspect', 'internal/errors', 'internal/validators']) {
    sources[mod] = fs.readFileSync(path.join(JS_ROOT, `${mod}.js`), 'utf8');
  }
  return `'use strict';
const sources = ${JSON.stringify(sources)};
const RealProxy = Proxy;
const proxies = new WeakMap();
function TrackedProxy(target, handler) {
  const p = new RealProxy(target, handler);
  proxies.set(p, [target, handler]);
  return p;
}
TrackedProxy.revocable = (target, handler) => {
  const r = RealProxy.revocable(target, handler);
  const details = [target, handler];
  proxies.set(r.proxy, details);
  return { proxy: r.proxy, revoke() { details[0] = null; details[1] = null; r.revoke(); } };
};
globalThis.Proxy = TrackedProxy;
const promiseStates = new WeakMap();
const bindings = {
  proxyDetails: (v) => proxies.get(v),
  promiseState: (p) => promiseStates.get(p),
};
const cache = new Map();
function load(mod) {
  if (cache.has(mod)) return cache.get(mod).exports;
  if (!(mod in sources)) return require(mod);
  const module = { exports: {} };
  cache.set(mod, module);
  new Function('exports', 'require', 'module', 'bindings', sources[mod])(module.exports, load, module, bindings);
  return module.exports;
}
function trackPromises(values) {
  const seen = new Set();
  const visit = (v) => {
    if (v === null || (typeof v !== 'object' && typeof v !== 'function') || seen.has(v) || proxies.has(v)) return;
    seen.add(v);
    try {
      Promise.prototype.then.call(v, (r) => promiseStates.set(v, [1, r]), (e) => promiseStates.set(v, [2, e]));
      promiseStates.set(v, [0]);
    } catch {}
    try {
      Map.prototype.forEach.call(v, (val, key) => { visit(key); visit(val); });
    } catch {}
    try {
      Set.prototype.forEach.call(v, (val) => visit(val));
    } catch {}
    try {
      for (const key of Reflect.ownKeys(v)) {
        const desc = Object.getOwnPropertyDescriptor(v, key);
        if (desc && 'value' in desc) visit(desc.value);
      }
    } catch {}
  };
  values.forEach(([, v]) => visit(v));
}
const util = { inspect: { custom: Symbol.for('nodejs.util.inspect.custom') } };
${show.toString()}
const freshValues = new WeakSet();
const fresh = ${fresh.toString()};
const realize = ${realize.toString()};
const circ = { name: 'c' };
circ.self = circ;
${makeValues.toString()}
${randomValues.toString()}
${formatCases.toString()}
${makeOptionSets.toString()}
${normalizeCorpusStacks.toString()}
(async () => {
  const values = makeValues();
  const random = randomValues(300, 777);
  const formats = formatCases().map((args, i) => ['format #' + i, args]);
  trackPromises(values);
  for (let i = 0; i < 10; i++) await null;
  const marker = new Error().stack.split('\\n').find((l) => l.includes(':'));
  const file = (marker.match(/\\((.*?):\\d+:\\d+\\)$/) || marker.match(/at (.*?):\\d+:\\d+$/) || [])[1];
  const isCorpusStack = (s) => file !== undefined && s.includes(file);
  const promiseResult = (v) => (promiseStates.get(v) || [])[1];
  for (const list of [values, random, formats]) normalizeCorpusStacks(list, isCorpusStack, promiseResult);
  const { inspect, format } = load('internal/util/inspect');
  const out = [];
  const run = (key, fn) => {
    let text;
    try { text = fn(); } catch (e) { text = '<throws ' + (e && e.name) + ' ' + (e && e.code) + ': ' + (e && e.message) + '>'; }
    out.push(JSON.stringify([key, text]));
  };
  const optionSets = makeOptionSets();
  for (const [label, value] of values) {
    optionSets.forEach((opts, i) => run('inspect ' + label + ' #' + i, () => inspect(realize(value), opts)));
  }
  for (const [label, value] of random) run(label, () => inspect(value));
  for (const [label, args] of formats) run(label, () => format(...args));
  out.push(JSON.stringify(['unbuilt', values.unbuilt.join('; ')]));
  console.log(out.join('\\n'));
})().catch((e) => console.log(JSON.stringify(['fatal', String(e && e.stack)])));
`;
}

function engineChecks(jsrig) {
  const fs = require('fs');
  const os = require('os');
  const path = require('path');
  const { spawnSync } = require('child_process');
  const script = path.join(os.tmpdir(), `jsrig-inspect-check-${process.pid}.js`);
  fs.writeFileSync(script, engineBundle());
  // Node's answers for the same corpus, built here.
  const values = makeValues();
  const random = randomValues(300, 777);
  const formats = formatCases().map((args, i) => [`format #${i}`, args]);
  const { getPromiseDetails } = require('internal/test/binding').internalBinding('util');
  const promiseResult = (v) => (util.types.isPromise(v) ? getPromiseDetails(v)[1] : undefined);
  for (const list of [values, random, formats]) {
    normalizeCorpusStacks(list, (s) => s.includes(__filename), promiseResult);
  }
  const expected = new Map();
  const put = (key, fn) => {
    let text;
    try {
      text = fn();
    } catch (e) {
      text = `<throws ${e && e.name} ${e && e.code}: ${e && e.message}>`;
    }
    expected.set(key, text);
  };
  const sets = makeOptionSets();
  for (const [label, value] of values) {
    sets.forEach((opts, i) => put(`inspect ${label} #${i}`, () => util.inspect(realize(value), opts)));
  }
  for (const [label, value] of random) put(label, () => util.inspect(value));
  for (const [label, args] of formats) put(label, () => util.format(...args));

  const engines = spawnSync(jsrig, ['engines'], { encoding: 'utf8' }).stdout
    .split('\n').map((l) => l.split(/\s+/)[0]).filter(Boolean);
  for (const engine of engines) {
    const res = spawnSync(jsrig, ['--engine', engine, script], { encoding: 'utf8', maxBuffer: 1 << 30 });
    let engineChecked = 0;
    let engineMismatches = 0;
    let skipped = 0;
    for (const line of res.stdout.split('\n')) {
      if (!line.startsWith('[')) continue;
      const [key, text] = JSON.parse(line);
      if (key === 'fatal') {
        console.log(`MISMATCH ${engine}: script failed: ${text}`);
        mismatches++;
        continue;
      }
      if (key === 'unbuilt') {
        if (text) console.log(`[${engine}] corpus values this engine cannot build: ${text}`);
        continue;
      }
      const optIndex = /#(\d+)$/.exec(key);
      const optLabel = optIndex && key.startsWith('inspect ') ?
        util.inspect(sets[+optIndex[1]], { breakLength: Infinity }) : '';
      if (engineSkips.some(([labelRe, optRe]) => labelRe.test(key.slice(8)) && optRe.test(optLabel))) {
        skipped++;
        continue;
      }
      if (filter && !key.includes(filter)) continue;
      engineChecked++;
      checked++;
      if (expected.get(key) !== text) {
        engineMismatches++;
        mismatches++;
        console.log(`MISMATCH [${engine}] ${key} ${optLabel}\n  node: ${show(expected.get(key))}\n  ours: ${show(text)}`);
      }
    }
    if (res.status !== 0 || engineChecked === 0) {
      mismatches++;
      console.log(`MISMATCH [${engine}] exit ${res.status}: ${res.stderr.slice(0, 2000)}`);
    }
    console.log(`[${engine}] ${engineChecked} checks, ${engineMismatches} mismatches, ${skipped} skipped (engine-specific own properties)`);
  }
  fs.unlinkSync(script);
}

// ---------------------------------------------------------------------------

async function main() {
  // A module namespace needs ESM.
  const ns = await import('data:text/javascript,export const a = 1; export let b = [2]; export function f() {}; export default { d: 1 };');
  const emptyNs = await import('data:text/javascript,');
  const extra = [
    ['module namespace', ns],
    ['empty module namespace', emptyNs],
    ['namespace in object', { ns }],
  ];
  const values = makeValues(extra);

  // inspect(value, options) on the whole corpus with each option set.
  for (const [label, value] of values) {
    for (const opts of optionSets) {
      const optLabel = util.inspect(opts, { breakLength: Infinity });
      // Listing weak collections needs the engine; see knownDeviations().
      if (/weak(map|set)/.test(label) && opts.showHidden) continue;
      compare(`inspect ${label} ${optLabel}`, (u) => u.inspect(realize(value), opts));
    }
    compare(`inspect ${label} (no options)`, (u) => u.inspect(realize(value)));
  }

  // Random structures with the options that affect layout.
  const layoutOptions = [{}, { compact: false }, { compact: true }, { compact: 1 }, { breakLength: 40 },
    { breakLength: 120 }, { depth: Infinity }, { colors: true }, { sorted: true }, { numericSeparator: true },
    { maxArrayLength: 5 }, { compact: 5, breakLength: 60 }];
  for (const [label, value] of randomValues(1500, 12345)) {
    for (const opts of layoutOptions) {
      compare(`${label} ${util.inspect(opts, { breakLength: Infinity })}`, (u) => u.inspect(value, opts));
    }
  }

  // Values nested at different indentations and depths.
  for (const [label, value] of values) {
    compare(`nested ${label}`, (u) => u.inspect({ outer: { inner: [realize(value)] } }));
    compare(`in array ${label}`, (u) => u.inspect([realize(value), 'next', 3]));
    compare(`in map ${label}`, (u) => u.inspect(new Map([[realize(value), realize(value)]]), { depth: 4 }));
  }

  // The legacy signature.
  compare('legacy showHidden', (u) => u.inspect([1], true));
  compare('legacy depth', (u) => u.inspect({ a: { b: { c: { d: 1 } } } }, false, 0));
  compare('legacy colors', (u) => u.inspect({ a: 1, s: 'x' }, false, 2, true));
  compare('legacy depth null', (u) => u.inspect({ a: { b: { c: { d: { e: 1 } } } } }, false, null));
  compare('stylize option', (u) => u.inspect({ a: 1, s: 'x' }, { stylize: (s, t) => `<${t}:${s}>` }));

  // inspect.colors / styles / defaultOptions
  compare('inspect.colors', (u) => util.inspect(u.inspect.colors, { showHidden: true }));
  compare('inspect.styles', (u) => util.inspect(u.inspect.styles));
  compare('inspect.custom', (u) => String(u.inspect.custom === Symbol.for('nodejs.util.inspect.custom')));
  compare('defaultOptions', (u) => util.inspect(u.inspect.defaultOptions));
  compare('defaultOptions invalid', (u) => { u.inspect.defaultOptions = null; return 'no throw'; });
  compare('defaultOptions change', (u) => {
    const saved = { ...u.inspect.defaultOptions };
    try {
      u.inspect.defaultOptions = { depth: 0, breakLength: 20 };
      return u.inspect({ a: { b: 1 }, c: 'some text here' });
    } finally {
      u.inspect.defaultOptions = saved;
    }
  });
  compare('custom color style', (u) => {
    const saved = u.inspect.styles.number;
    try {
      u.inspect.styles.number = 'red';
      return u.inspect([1, 'a'], { colors: true });
    } finally {
      u.inspect.styles.number = saved;
    }
  });
  compare('color alias', (u) => String(u.inspect.colors.grey === u.inspect.colors.gray));
  compare('inspect own properties', (u) => util.inspect(Object.fromEntries(
    Reflect.ownKeys(u.inspect).filter((k) => !['length', 'name', 'prototype'].includes(k)).map((k) => {
      const { value, ...rest } = Object.getOwnPropertyDescriptor(u.inspect, k);
      return [k, { ...rest, type: typeof value }];
    }))));
  compare('format/inspect names', (u) => [u.inspect.name, u.format.name, u.formatWithOptions.name,
    u.inspect.length, u.format.length, u.formatWithOptions.length].join());

  // stripVTControlCharacters
  for (const s of ['\u001b[31mred\u001b[39m', 'plain', '\u001b]8;;http://x\u0007link\u001b]8;;\u0007',
    '\u009b1;2mcsi', '\u001b[2J\u001b[H', '\u001b[38;5;123mX', 'a\u001bb']) {
    compare(`strip ${show(s)}`, (u) => u.stripVTControlCharacters(s));
  }
  compare('strip non-string', (u) => u.stripVTControlCharacters(5));

  // getStringWidth against node's (ICU based) implementation.
  let nodeInternal;
  try {
    nodeInternal = require('internal/util/inspect');
  } catch {}
  if (nodeInternal && nodeInternal.getStringWidth) {
    for (const s of ['abc', '中文', 'é', 'e\u0301', '😀', '👍🏽', '👨‍👩‍👧', '\u200b', 'ｱｲｳ', '한글',
      '\u0000x', '\u001b[31mred\u001b[39m', 'Ω≈ç√', '\u00ad', '🇯🇵', '⌚', '☃', '★', 'ℹ️', 'ｈｅｌｌｏ']) {
      checked++;
      const expected = nodeInternal.getStringWidth(s);
      const actual = ours.getStringWidth(s);
      if (expected !== actual) {
        mismatches++;
        console.log(`MISMATCH getStringWidth ${show(s)} node ${expected} ours ${actual}`);
      }
    }
    // Every code point of the BMP and the emoji planes, one at a time.
    let widthMismatches = 0;
    for (let cp = 0x80; cp < 0x20000; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const s = `a${String.fromCodePoint(cp)}`;
      const expected = nodeInternal.getStringWidth(s);
      const actual = ours.getStringWidth(s);
      if (expected !== actual) {
        if (widthMismatches < 20) console.log(`MISMATCH width U+${cp.toString(16)} node ${expected} ours ${actual}`);
        widthMismatches++;
      }
    }
    checked++;
    if (widthMismatches) {
      mismatches++;
      console.log(`MISMATCH getStringWidth: ${widthMismatches} code points differ`);
    }
  }

  // util.format
  const fmtArgs = formatCases();
  for (const args of fmtArgs) {
    compare(`format ${util.inspect(args, { breakLength: Infinity, depth: 1 })}`, (u) => u.format(...args));
  }
  for (const args of fmtArgs) {
    compare(`formatWithOptions colors ${util.inspect(args, { breakLength: Infinity, depth: 1 })}`,
      (u) => u.formatWithOptions({ colors: true }, ...args));
    compare(`formatWithOptions depth0 ${util.inspect(args, { breakLength: Infinity, depth: 1 })}`,
      (u) => u.formatWithOptions({ depth: 0, compact: false }, ...args));
  }
  compare('formatWithOptions null', (u) => u.formatWithOptions(null, 'x'));
  compare('formatWithOptions number', (u) => u.formatWithOptions(5, 'x'));

  // util.types
  const typeValues = [...values.map(([l, v]) => [l, v]),
    ['cross-realm date', vm.runInNewContext('new Date(0)')],
    ['cross-realm map', vm.runInNewContext('new Map()')],
    ['cross-realm error', vm.runInNewContext('new Error("x")')],
    ['cross-realm regexp', vm.runInNewContext('/x/')],
    ['cross-realm async fn', vm.runInNewContext('(async () => {})')],
    ['cross-realm generator fn', vm.runInNewContext('(function* () {})')],
    ['cross-realm typed', vm.runInNewContext('new Int16Array(1)')],
    ['cross-realm arguments', vm.runInNewContext('(function () { return arguments; })()')],
    ['cross-realm boxed', vm.runInNewContext('new String("s")')],
    ['RegExp.prototype', RegExp.prototype],
    ['Date.prototype', Date.prototype],
    ['Map.prototype', Map.prototype],
    ['Error.prototype', Error.prototype],
    ['spoofed tag', { [Symbol.toStringTag]: 'Date' }],
    ['spoofed error tag', { [Symbol.toStringTag]: 'Error' }],
    ['spoofed arguments tag', { [Symbol.toStringTag]: 'Arguments' }],
    ['error with tag', Object.defineProperty(new Error('x'), Symbol.toStringTag, { value: 'Nope' })],
    ['map iterator', fresh(() => new Map([[1, 2]]).entries())],
    ['map keys iterator', fresh(() => new Map([[1, 2]]).keys())],
    ['set iterator', fresh(() => new Set([1]).values())],
    ['set entries iterator', fresh(() => new Set([1]).entries())],
    ['proxy of map', new Proxy(new Map(), {})],
    ['proxy of date', new Proxy(new Date(), {})],
    ['proxy of fn', new Proxy(async () => {}, {})],
    ['object subclass of Date proto', Object.create(Date.prototype)],
    ['uint8 subclass', new (class extends Uint8Array {})(1)],
    ['primitive string', 'str'],
    ['primitive number', 1],
  ];
  // isKeyObject/isCryptoKey are always false here (no crypto); node's answer
  // for a proxy depends on its get trap.
  const typeNames = Object.keys(util.types).filter((n) => n !== 'isKeyObject' && n !== 'isCryptoKey');
  for (const [label, value] of typeValues) {
    compare(`types ${label}`, (u, t) => {
      const v = realize(value);
      return typeNames.filter((name) => t[name](v)).join(',');
    });
  }
  compare('types keys', (u, t) => Object.keys(t).join(','));

  knownDeviations();

  const jsrigArg = process.argv.find((a) => a.startsWith('--jsrig='));
  if (jsrigArg) engineChecks(jsrigArg.slice('--jsrig='.length));

  // With an engine preview (bindings.previewEntries), iterators and weak
  // collections must print exactly as in node.
  {
    const { previewEntries } = require('internal/test/binding').internalBinding('util');
    bindings.previewEntries = (obj) => {
      const res = previewEntries(obj, true);
      return Array.isArray(res) && res.length === 2 && Array.isArray(res[0]) ? res : [res, false];
    };
    const keep = [{ k: 1 }, { k: 2 }, [3]];
    const previewValues = [
      ['map entries', () => new Map([[1, 2], ['a', { b: [1] }]]).entries()],
      ['map keys', () => new Map([[1, 2], ['a', 'b']]).keys()],
      ['map values', () => new Map([[1, 2], ['a', 'b']]).values()],
      ['map iterator advanced', () => { const it = new Map([[1, 2], [3, 4]]).keys(); it.next(); return it; }],
      ['map iterator exhausted', () => { const it = new Map([[1, 2]]).keys(); it.next(); it.next(); return it; }],
      ['map iterator big', () => new Map(Array.from({ length: 120 }, (_, i) => [i, i])).entries()],
      ['set values', () => new Set([1, 'two', { three: 3 }]).values()],
      ['set entries', () => new Set([1, 'two']).entries()],
      ['set iterator big', () => new Set(Array.from({ length: 150 }, (_, i) => i)).values()],
      ['map iterator with props', () => Object.assign(new Map([[1, 2]]).entries(), { extra: 1 })],
      ['nested iterators', () => ({ a: new Map([[{ deep: { deeper: 1 } }, [1, 2]]]).entries(), b: new Set([[1]]).values() })],
      ['weakmap', () => new WeakMap([[keep[0], 'v1'], [keep[1], { x: 1 }]])],
      ['weakset', () => new WeakSet([keep[0], keep[2]])],
      ['weakset null proto', () => Object.setPrototypeOf(new WeakSet([keep[1]]), null)],
    ];
    for (const [label, make] of previewValues) {
      for (const opts of [{}, { showHidden: true }, { maxArrayLength: 1 }, { showHidden: true, maxArrayLength: 1 },
        { sorted: true, showHidden: true }, { depth: 0 }, { compact: false }, { colors: true, showHidden: true }]) {
        compare(`preview ${label} ${util.inspect(opts, { breakLength: Infinity })}`, (u) => u.inspect(make(), opts));
      }
    }
    delete bindings.previewEntries;
  }

  if (deviations.length) {
    console.log(`\nKnown deviations (${deviations.length}):`);
    for (const d of deviations) console.log(`  ${d}`);
  }
  console.log(`\n${checked} checks, ${mismatches} mismatch${mismatches === 1 ? '' : 'es'}`);
  process.exitCode = mismatches === 0 ? 0 : 1;
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
