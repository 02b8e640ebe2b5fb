'use strict';
// util: format specifiers, promisify/callbackify, inherits, deprecate, types,
// isDeepStrictEqual, TextEncoder/TextDecoder, parseArgs, styleText, inspect.custom.
const util = require('util');

const tryIt = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
};

// format
console.log(util.format('%s|%s|%s|%s|%s', 'str', 42, 4.2e21, -0, 123n));
console.log(util.format('%s|%s|%s', [1, [2, [3, [4]]]], { a: { b: { c: {} } } }, new Error('in format').message));
console.log(util.format('%s', new Map([[1, 2]])), util.format('%s', new (class Foo { toString() { return 'FooStr'; } })()), util.format('%s', Object.create(null)));
console.log(util.format('%d|%d|%d|%d|%d', 1.5, '0x1f', '', null, Symbol.iterator === 1), util.format('%d', -0), util.format('%i', '-12.9abc'), util.format('%i', 2 ** 70));
console.log(util.format('%f|%f|%f', '1.5e3', 'abc', 7n), util.format('%j|%j', undefined, () => 1), util.format('%j', { toJSON() { return 'tj'; } }));
console.log(util.format('%o', [1, { f() {} }]), util.format('%O', { deep: { deeper: { deepest: { end: 1 } } } }));
console.log(util.format('%c%s', 'css', 'after'), util.format('%s %%s %s', 'a', 'b'), util.format('%', 1), util.format('a%sb%', 'X'), util.format('%s%s', 'only'));
console.log(util.format('%s', 'a', { b: 1 }, 'c', 5, null, undefined), util.format({ x: 1 }, '%s', 'y'), util.format(Symbol('s'), 1n));
console.log(util.formatWithOptions({ colors: false, compact: false }, '%O', { a: 1 }), util.formatWithOptions({ depth: 0 }, { a: { b: 1 } }));
tryIt('formatWithOptions(null)', () => util.formatWithOptions(null, 'x'));

// inspect.custom
class Temp {
  constructor() { this.c = 21; }
  [util.inspect.custom](depth, options, inspect) {
    return `Temp<${this.c}> depth=${depth} ${typeof options.stylize} ${inspect === util.inspect}`;
  }
}
console.log(util.inspect(new Temp()), [new Temp()], util.format('%s|%O', new Temp(), new Temp()));
console.log(util.inspect({ [util.inspect.custom]: () => ({ replaced: true }) }), util.inspect.custom === Symbol.for('nodejs.util.inspect.custom'));
console.log(util.inspect({ inner: { [util.inspect.custom]: (d, o) => o.stylize('styled', 'special') } }));

// promisify
function cbStyle(a, b, cb) { setTimeout(() => (a < 0 ? cb(new Error('negative')) : cb(null, a + b, 'ignored')), 1); }
const pStyle = util.promisify(cbStyle);
console.log(pStyle.name, pStyle.length, util.promisify(cbStyle) === pStyle, util.promisify(pStyle) === pStyle);
function withCustom() {}
withCustom[util.promisify.custom] = () => Promise.resolve('custom!');
console.log(util.promisify(withCustom) === withCustom[util.promisify.custom], util.promisify.custom === Symbol.for('nodejs.util.promisify.custom'));
tryIt('promisify(1)', () => util.promisify(1));
const badCustom = () => {};
badCustom[util.promisify.custom] = 'nope';
tryIt('promisify bad custom', () => util.promisify(badCustom));
const obj = { v: 5, get(cb) { cb(null, this.v); } };
const timersP = util.promisify(setTimeout);
console.log(typeof util.promisify(setImmediate), typeof timersP);

// callbackify
async function asyncOk(x) { return x * 2; }
async function asyncFail() { throw new TypeError('cb fail'); }
function rejectsNull() { return Promise.reject(null); }
const cbOk = util.callbackify(asyncOk);
console.log(cbOk.name, cbOk.length, util.callbackify(rejectsNull).name);
tryIt('callbackify(1)', () => util.callbackify(1));
tryIt('callbackified no cb', () => cbOk(1));

// inherits
function Base() {}
Base.prototype.hello = function () { return 'hi from base'; };
function Derived() { Base.call(this); }
util.inherits(Derived, Base);
console.log(new Derived().hello(), Derived.super_ === Base, Object.getPrototypeOf(Derived.prototype) === Base.prototype, new Derived() instanceof Base);
tryIt('inherits(null)', () => util.inherits(null, Base));
tryIt('inherits(fn, null)', () => util.inherits(Derived, null));
tryIt('inherits(fn, {})', () => util.inherits(Derived, {}));
tryIt('inherits(fn, no proto)', () => util.inherits(Derived, () => {}));

// deprecate
process.on('warning', (w) => console.log('warning event:', w.name, w.code, w.message));
const dep = util.deprecate(function oldThing(x) { return x + 1; }, 'oldThing() is deprecated', 'DEP_TEST1');
const dep2 = util.deprecate(() => 'two', 'second with same code', 'DEP_TEST1');
const dep3 = util.deprecate(function () { return 'three'; }, 'no code given');
console.log(dep(1), dep(2), dep2(), dep3(), dep3(), dep.name, dep.length);
class OldClass { constructor(v) { this.v = v; } }
const DepClass = util.deprecate(OldClass, 'OldClass is deprecated', 'DEP_TEST2');
const inst = new DepClass(3);
console.log(inst.v, inst instanceof OldClass, inst instanceof DepClass);
try {
  util.deprecate(1, 'x');
} catch (e) {
  // The engine's own TypeError (Object.setPrototypeOf), worded per engine.
  console.log('deprecate(1)', e.name);
}
tryIt('deprecate bad code', () => util.deprecate(() => {}, 'x', 5));

// types
const t = util.types;
const samples = {
  'async fn': async () => {}, 'generator fn': function* () {}, 'generator': (function* () {})(), 'promise': Promise.resolve(),
  'map': new Map(), 'set': new Set(), 'weakmap': new WeakMap(), 'weakset': new WeakSet(), 'date': new Date(0), 'regexp': /x/,
  'error': new RangeError('r'), 'arraybuffer': new ArrayBuffer(1), 'dataview': new DataView(new ArrayBuffer(1)),
  'u8': new Uint8Array(1), 'u8c': new Uint8ClampedArray(1), 'f64': new Float64Array(1), 'big64': new BigInt64Array(1), 'buffer': Buffer.alloc(1),
  'boxed num': new Number(1), 'boxed str': new String(''), 'boxed sym': Object(Symbol('s')), 'boxed big': Object(1n), 'boxed bool': new Boolean(false),
  'proxy': new Proxy({}, {}), 'map iter': new Map().keys(), 'set iter': new Set().values(), 'args': (function () { return arguments; })(),
  'module ns?': {}, 'fake date': Object.create(Date.prototype), 'plain': {}, 'null': null, 'key obj': {},
};
const checks = ['isAsyncFunction', 'isGeneratorFunction', 'isGeneratorObject', 'isPromise', 'isMap', 'isSet', 'isWeakMap', 'isWeakSet', 'isDate', 'isRegExp',
  'isNativeError', 'isArrayBuffer', 'isSharedArrayBuffer', 'isAnyArrayBuffer', 'isDataView', 'isArrayBufferView', 'isTypedArray', 'isUint8Array',
  'isUint8ClampedArray', 'isFloat64Array', 'isBigInt64Array', 'isBoxedPrimitive', 'isNumberObject', 'isStringObject', 'isSymbolObject', 'isBigIntObject',
  'isBooleanObject', 'isProxy', 'isMapIterator', 'isSetIterator', 'isArgumentsObject', 'isModuleNamespaceObject', 'isExternal', 'isKeyObject', 'isCryptoKey'];
for (const [name, value] of Object.entries(samples)) {
  console.log(name.padEnd(12), checks.filter((c) => t[c](value)).join(' ') || '-');
}
console.log(Object.keys(t).sort().join(','));
console.log(require('util/types') === t);

// isDeepStrictEqual
const deq = [
  [{ a: [1, 2] }, { a: [1, 2] }], [{ a: 1 }, { a: '1' }], [[1, 2], { 0: 1, 1: 2, length: 2 }], [new Set([1, { x: 1 }]), new Set([1, { x: 1 }])],
  [new Map([[{}, 1]]), new Map([[{}, 1]])], [NaN, NaN], [0, -0], [new Date(1), new Date(1)], [/a/g, /a/i], [Object.create(null), {}],
  [[1, , 3], [1, undefined, 3]], [new Number(1), new Number(1)], [Buffer.from('a'), new Uint8Array([97])], [{ [Symbol.for('s')]: 1 }, { [Symbol.for('s')]: 1 }],
  [new Error('a'), new Error('a')], [new Error('a'), new TypeError('a')],
];
console.log(deq.map(([a, b]) => util.isDeepStrictEqual(a, b)).join(','));

// TextEncoder / TextDecoder
const enc = new util.TextEncoder();
console.log(util.TextEncoder === TextEncoder, util.TextDecoder === TextDecoder, enc.encoding, enc.encode('h€\ud800'), enc.encode(), enc.encode(5));
const into = new Uint8Array(5);
console.log(enc.encodeInto('a€b', into), into, enc.encodeInto('𝄞x', new Uint8Array(3)));
const dec = new TextDecoder();
console.log(dec.encoding, dec.fatal, dec.ignoreBOM, JSON.stringify(dec.decode(Buffer.from([0xef, 0xbb, 0xbf, 0x68, 0xc3]))), JSON.stringify(dec.decode()));
console.log(JSON.stringify(new TextDecoder('utf-8', { ignoreBOM: true }).decode(Buffer.from([0xef, 0xbb, 0xbf, 0x68]))));
const fatal = new TextDecoder('utf8', { fatal: true });
try {
  fatal.decode(Buffer.from([0x61, 0xff]));
} catch (e) {
  console.log('fatal', e.name, e.code, e.message, e instanceof TypeError);
}
const streaming = new TextDecoder();
const euro = Buffer.from('€𝄞');
const pieces = [euro.subarray(0, 1), euro.subarray(1, 4), euro.subarray(4, 6), euro.subarray(6)].map((p) => streaming.decode(p, { stream: true }));
console.log(JSON.stringify(pieces), JSON.stringify(streaming.decode(Buffer.from([0xe2]), { stream: true })), JSON.stringify(streaming.decode()));
for (const label of ['utf-16le', 'UTF-16', 'latin1', 'iso-8859-1', 'ascii', 'windows-1252', ' utf8 ', 'unicode-1-1-utf-8', 'utf-16be']) {
  try {
    const d = new TextDecoder(label);
    console.log('label', JSON.stringify(label), d.encoding, JSON.stringify(d.decode(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x80, 0x20]))));
  } catch (e) {
    console.log('label', JSON.stringify(label), e.name, e.code, e.message);
  }
}
tryIt('bad label', () => new TextDecoder('nope'));
tryIt('decode(str)', () => dec.decode('str'));
console.log(JSON.stringify(dec.decode(new Uint16Array([0x6968]))), JSON.stringify(dec.decode(new DataView(new Uint8Array([0x6f, 0x6b]).buffer))), JSON.stringify(dec.decode(new ArrayBuffer(1))));
console.log(util.inspect(new TextEncoder()), util.inspect(dec));

// parseArgs
const { parseArgs } = util;
const config = {
  args: ['-f', '--bar', 'b', 'pos', '--no-color', '-abc', '--list=1', '--list', '2', '--', '--after'],
  options: { foo: { type: 'boolean', short: 'f' }, bar: { type: 'string' }, a: { type: 'boolean' }, b: { type: 'boolean' }, c: { type: 'boolean' }, list: { type: 'string', multiple: true }, color: { type: 'boolean' } },
  allowPositionals: true, allowNegative: true,
};
tryIt('parseArgs', () => JSON.stringify(parseArgs(config)));
tryIt('parseArgs tokens', () => JSON.stringify(parseArgs({ ...config, tokens: true }).tokens));
tryIt('parseArgs defaults', () => JSON.stringify(parseArgs({ args: [], options: { n: { type: 'string', default: 'dflt' }, m: { type: 'boolean', multiple: true, default: [true] } } })));
tryIt('parseArgs unknown', () => parseArgs({ args: ['--nope'], options: {} }));
tryIt('parseArgs positional', () => parseArgs({ args: ['x'], options: {} }));
tryIt('parseArgs missing value', () => parseArgs({ args: ['--s'], options: { s: { type: 'string' } } }));
tryIt('parseArgs non-strict', () => JSON.stringify(parseArgs({ args: ['--x', '-y', 'z', '--w=v'], strict: false })));
tryIt('parseArgs bad type', () => parseArgs({ args: [], options: { q: { type: 'number' } } }));
tryIt('parseArgs boolean value', () => parseArgs({ args: ['--flag=1'], options: { flag: { type: 'boolean' } } }));
tryIt('parseArgs short string', () => JSON.stringify(parseArgs({ args: ['-ovalue', '-o', 'v2'], options: { o: { type: 'string', short: 'o', multiple: true } } })));

// styleText
if (typeof util.styleText === 'function') {
  console.log(JSON.stringify(util.styleText('red', 'x')), JSON.stringify(util.styleText(['bold', 'underline'], 'y')), JSON.stringify(util.styleText('bgBlue', '')));
  tryIt('styleText bad', () => util.styleText('nocolor', 'x'));
  tryIt('styleText non-string', () => util.styleText('red', 5));
}

// Small helpers
console.log(util.isArray([]), util.isError(new Error()), util.isError({ name: 'Error', message: '' }), util.isPrimitive(Symbol()), util.isPrimitive({}), util.isBuffer(Buffer.alloc(0)), util.isBuffer(new Uint8Array(0)));
console.log(util.toUSVString('a\ud800b\udc00'), util.stripVTControlCharacters('\u001b[31mred\u001b[39m'), util._extend({ a: 1 }, { b: 2 }), util.getSystemErrorName(-2), util.getSystemErrorName(-13));
tryIt('getSystemErrorName(1)', () => util.getSystemErrorName(1));
tryIt('getSystemErrorName("x")', () => util.getSystemErrorName('x'));
console.log(util.getSystemErrorMap().get(-2), util.getSystemErrorMap() instanceof Map);
console.log(util.types.isPromise(util.aborted(new AbortController().signal, {})));
console.log(Object.keys(util).sort().join(','));

async function asyncPart() {
  console.log('promisified', await pStyle(1, 2));
  try {
    await pStyle(-1, 0);
  } catch (e) {
    console.log('promisified rejection', e.message);
  }
  console.log('custom', await util.promisify(withCustom)());
  console.log('this kept', await util.promisify(obj.get).call(obj));
  console.log('setTimeout promisified', await timersP(1, 'value'));
  await new Promise((resolve) => cbOk(21, (err, v) => { console.log('callbackified', err, v); resolve(); }));
  await new Promise((resolve) => util.callbackify(asyncFail)((err) => { console.log('callbackified error', err.message); resolve(); }));
  await new Promise((resolve) => util.callbackify(rejectsNull)((err) => { console.log('falsy rejection', err.code, err.message, err.reason); resolve(); }));
  const ac = new AbortController();
  const resource = {};
  const p = util.aborted(ac.signal, resource);
  ac.abort();
  const abortEvent = await p;
  console.log('aborted resolved', abortEvent.type, abortEvent instanceof Event);
  for (const args of [[{}, {}], [undefined, {}], [ac.signal, 'str'], [ac.signal, null]]) {
    try {
      await util.aborted(...args);
    } catch (e) {
      console.log('aborted rejects', e.code, e.message);
    }
  }
  console.log('already aborted', await util.aborted(ac.signal, {}));
}
asyncPart();

// MIMEType / MIMEParams
const { MIMEType, MIMEParams } = util;
const mime = new MIMEType('Text/HTML; Charset="utf-8"; q=0.5; empty=; bad param=x; quoted="a\\"b"');
console.log(mime.type, mime.subtype, mime.essence, String(mime), JSON.stringify(mime), [...mime.params.keys()], mime.params.get('charset'), mime.params.get('nope'), mime.params.has('q'));
mime.type = 'Application';
mime.subtype = 'JSON';
mime.params.set('charset', 'latin1');
mime.params.set('extra', 'needs quoting');
mime.params.delete('q');
console.log(mime.toString(), [...mime.params].join('|'), mime.params instanceof MIMEParams);
for (const bad of ['', 'text', 'text/', '/plain', 'te xt/plain', 'text/pl@in']) {
  tryIt(`MIMEType(${JSON.stringify(bad)})`, () => new MIMEType(bad));
}
tryIt('set bad type', () => { mime.type = 'a/b'; });
tryIt('set bad param', () => mime.params.set('', 'x'));
tryIt('set bad value', () => mime.params.set('k', '\u0100'));
const params = new MIMEParams();
params.set('a', '1');
console.log(params.toString(), JSON.stringify(params), new MIMEType('text/plain;a=1;A=2;b').toString(), new MIMEType('  text/plain  ').essence);

// parseEnv
for (const src of ['A=1\nB="two words"\n# comment\nexport C=3 # trailing', "Q='single'\nM=\"line1\\nline2\"\nE=", 'Z=last\nA=first', 'K=v\r\nL = w ']) {
  console.log('parseEnv', JSON.stringify(util.parseEnv(src)));
}
tryIt('parseEnv(1)', () => util.parseEnv(1));

// TextDecoder's legacy single-byte encodings (node decodes them with ICU).
const allBytes = new Uint8Array(256).map((_, i) => i);
for (const label of ['latin2', 'windows-1251', 'koi8-r', 'ibm866', 'iso-8859-6', 'macintosh', 'tis-620', 'ISO-8859-9', 'x-mac-ukrainian']) {
  const d = new TextDecoder(label);
  let fatalResult;
  try {
    new TextDecoder(label, { fatal: true }).decode(allBytes);
    fatalResult = 'decodes every byte';
  } catch (e) {
    fatalResult = `${e.code}: ${e.message}`;
  }
  console.log('legacy', label, d.encoding, JSON.stringify(d.decode(allBytes.subarray(0x80)).slice(0, 40)), JSON.stringify(d.decode(new Uint8Array([0x1a, 0x1c, 0x7f]))), fatalResult);
}
tryIt('iso-8859-16', () => new TextDecoder('iso-8859-16'));

// debuglog decides, and calls its callback, on first use only.
let debugCb = 'not called';
const dbg = util.debuglog('jsrig_test_section', (fn) => { debugCb = typeof fn; });
console.log('debuglog before use', debugCb, typeof dbg);
dbg('hidden %d', 1);
console.log('debuglog after use', debugCb, dbg.enabled, util.debuglog('other').enabled, util.debug === util.debuglog);

const tac = new AbortController();
const transferable = util.transferableAbortSignal(tac.signal);
console.log(transferable === tac.signal, transferable instanceof AbortSignal, transferable.aborted);
tryIt('transferableAbortSignal({})', () => util.transferableAbortSignal({}));
console.log(util.transferableAbortController() instanceof AbortController);
console.log(util.format('%s', class Foo {}), util.format('%s', function named() {}), util.format('%s', new Date(0)), util.format('%d', { valueOf() { return 5; } }));
console.log(util.format('%i|%d|%f', Symbol('x'), Symbol('y'), Symbol('z')), util.format('%s', [-0]), util.format('%s', new String('boxed')));
console.log(util.formatWithOptions({ colors: true }, '%s %o %d', 'str', 42, 7));
console.log(util._errnoException(-2, 'open', 'extra').message, util._exceptionWithHostPort(-111, 'connect', '127.0.0.1', 80).message);

// The module itself, as inspect shows it: lazy getters, function names, key order.
console.log(util.inspect(util, { depth: 0 }));
console.log(util.inspect(util.types, { depth: 0 }));
const keyObject = require('crypto').createSecretKey(Buffer.from('key'));
console.log(util.types.isKeyObject(keyObject), util.types.isKeyObject({}), util.types.isCryptoKey(keyObject), util.types.isArrayBufferView === ArrayBuffer.isView);
