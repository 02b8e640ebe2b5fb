'use strict';
// Compares host/js/internal/errors.js and internal/validators.js with node's own
// internal/errors and internal/validators: message, name, stack header, own
// properties and util.inspect output of every error code over many argument
// values; the libuv error table and builders; AbortError; every validator.
//
//   node tools/jsdev/check-errors.js        (re-runs itself with --expose-internals)
//
// Prints each mismatch and exits 1 if there is any.

if (!process.execArgv.includes('--expose-internals')) {
  const { status } = require('child_process').spawnSync(process.execPath,
    ['--expose-internals', '--no-warnings', __filename, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(status ?? 1);
}

const util = require('util');
const { load } = require('./load.js');
const nodeErrors = require('internal/errors');
const nodeValidators = require('internal/validators');
const ours = load('internal/errors');
const ourValidators = load('internal/validators');

let checks = 0;
let skipped = 0;
const mismatches = [];
const MAX_PRINTED = Number(process.env.MAX_PRINTED) || 400;

function mismatch(what, got, want) {
  mismatches.push(what);
  if (mismatches.length <= MAX_PRINTED) {
    console.log(`MISMATCH ${what}\n  ours: ${show(got)}\n  node: ${show(want)}`);
  }
}

function show(v) {
  try {
    return typeof v === 'string' ? JSON.stringify(v) : util.inspect(v, { depth: 4, breakLength: Infinity });
  } catch (err) {
    return `<uninspectable: ${err.message}>`;
  }
}

function same(what, got, want) {
  checks++;
  if (!util.isDeepStrictEqual(got, want)) mismatch(what, got, want);
}

function describeArgs(args) {
  return args.map((a) => {
    try {
      return util.inspect(a, { depth: 1, breakLength: Infinity });
    } catch {
      return '<uninspectable>';
    }
  }).join(', ');
}

// The first line(s) of a stack, before the frames.
function stackHeader(err) {
  const stack = String(err.stack);
  const at = stack.search(/\n {4}at /);
  return at === -1 ? stack : stack.slice(0, at);
}

// util.inspect without the stack frames. An error whose stack has no frames prints
// as `[Name: message] {`; node's validateUnion, parseFileMode and the element checks
// of the validate*Array family throw such errors (they skip recapturing the stack),
// which is a node quirk not worth copying, so that form is unwrapped.
function inspectWithoutFrames(err) {
  return util.inspect(err, { depth: 3, breakLength: 120 })
    .replace(/^\[([\s\S]*?)\](?: \{)?(?=\n|$)/, '$1')
    .split('\n').filter((l) => !/^\s+(at |\.\.\. \d+ lines? matching)/.test(l)).join('\n');
}

function ownShape(err) {
  const shape = {};
  for (const key of Reflect.ownKeys(err)) {
    if (typeof key === 'symbol') {
      shape[`[${key.description}]`] = 'symbol';
      continue;
    }
    const d = Object.getOwnPropertyDescriptor(err, key);
    let value = 'get' in d ? (d.get ? `[accessor] ${show(d.get.call(err))}` : '[accessor]') : d.value;
    if (key === 'stack') value = stackHeader(err);
    shape[key] = { value, enumerable: d.enumerable, writable: d.writable, configurable: d.configurable };
  }
  return shape;
}

// The result, or what was thrown, as a string.
function outcome(fn) {
  try {
    return fn();
  } catch (err) {
    return `threw ${err && err.name}: ${err && err.message}`;
  }
}

function compareErrors(what, got, want) {
  same(`${what}: message`, got.message, want.message);
  same(`${what}: name`, got.name, want.name);
  same(`${what}: String()`, outcome(() => String(got)), outcome(() => String(want)));
  same(`${what}: stack header`, outcome(() => stackHeader(got)), outcome(() => stackHeader(want)));
  same(`${what}: own properties`, outcome(() => ownShape(got)), outcome(() => ownShape(want)));
  const builtins = [Error, TypeError, RangeError, SyntaxError, URIError, AggregateError];
  same(`${what}: constructor`,
    builtins.includes(want.constructor) ? got.constructor : got.constructor?.name,
    builtins.includes(want.constructor) ? want.constructor : want.constructor?.name);
  same(`${what}: toStringTag`, Object.prototype.toString.call(got), Object.prototype.toString.call(want));
  for (const C of [Error, TypeError, RangeError, SyntaxError, URIError]) {
    same(`${what}: instanceof ${C.name}`, got instanceof C, want instanceof C);
  }
  same(`${what}: inspect`, outcome(() => inspectWithoutFrames(got)), outcome(() => inspectWithoutFrames(want)));
}

function run(fn) {
  try {
    return { value: fn() };
  } catch (error) {
    return { error };
  }
}

// Runs both; compares what they return or throw.
function compareCalls(what, ourFn, nodeFn, { skipNodeThrow = false, errorsOnly = false } = {}) {
  const n = run(nodeFn);
  if (n.error && skipNodeThrow) {
    skipped++;
    return;
  }
  const o = run(ourFn);
  if (n.error && o.error) {
    if (n.error instanceof Error && o.error instanceof Error) compareErrors(what, o.error, n.error);
    else same(`${what}: thrown`, o.error, n.error);
  } else if (n.error || o.error) {
    checks++;
    mismatch(`${what}: throws`, o.error ? `threw ${o.error.stack}` : o.value, n.error ? `threw ${n.error.stack}` : n.value);
  } else if (n.value instanceof Error) {
    if (o.value instanceof Error) compareErrors(what, o.value, n.value);
    else mismatch(`${what}: result`, o.value, n.value);
  } else if (!errorsOnly) {
    same(`${what}: result`, o.value, n.value);
  }
}

// ---- values --------------------------------------------------------------------

class Foo {}
function named() {}
const anonymous = (() => function () {})();
const values = [
  undefined, null, true, false,
  0, -0, 1, -1, 1.5, NaN, Infinity, -Infinity, 65535, 65536, 2 ** 31, 2 ** 32, 2 ** 32 + 1, -(2 ** 33),
  2 ** 53, 123456789012, Number.MAX_VALUE, 5e-324,
  0n, 1n, -5n, 2n ** 32n, 2n ** 32n + 1n, -(2n ** 40n), 2n ** 70n,
  '', 'x', 'path', 'hex', 'a'.repeat(24), 'a'.repeat(25), 'b'.repeat(26), 'c'.repeat(100), 'it\'s', 'say "hi"',
  'both \' and "', 'line\nbreak', '\u001b[31mred', '80', ' ', '0x10', '1e3', 'SIGTERM', 'sigterm', 'SIGFOO',
  Symbol('s'), Symbol(), Symbol.iterator,
  named, anonymous, () => {}, Foo, async function asyncFn() {}, function* gen() {}, Math.max,
  {}, { a: 1 }, { a: { b: { c: { d: 1 } } } }, Object.create(null), Object.assign(Object.create(null), { x: 1 }),
  [], [1, 2, 3], ['a', 'b'], new Array(200).fill(7), new Foo(), new Map([[1, 2]]), new Set([1]), new Date(0),
  /re/g, new Error('boom'), new TypeError('bad'), Promise.resolve(1), new Uint8Array(3), Buffer.from('ab'),
  new DataView(new ArrayBuffer(2)), new ArrayBuffer(4), new Proxy({}, {}), { constructor: null },
  { constructor: { name: '' } }, Object.create(Foo.prototype), new AbortController().signal, { aborted: false },
  new URL('http://example.com/x'), new String('boxed'), new Number(3), Object(1n),
  { [Symbol.toStringTag]: 'Tagged' }, { toString() { return 'custom'; } },
];

// ---- every code ----------------------------------------------------------------

const nodeCodes = nodeErrors.codes;
const ourCodes = ours.codes;
same('codes: the same keys', Object.keys(ourCodes).sort(), Object.keys(nodeCodes).sort());

// Arity: how many arguments node insists on.
function nodeArity(code) {
  for (let n = 0; n <= 6; n++) {
    try {
      new nodeCodes[code](...Array(n).fill('x'));
      return n;
    } catch (err) {
      if (!/does not match the required ones/.test(err.message)) return n;
    }
  }
  return 0;
}

const systemCodes = Object.keys(nodeCodes).filter((c) => {
  try {
    return new nodeCodes[c]({ syscall: 's', code: 'C', message: 'm' }).name === 'SystemError';
  } catch {
    return false;
  }
});

for (const code of Object.keys(nodeCodes)) {
  if (!(code in ourCodes)) continue;
  same(`${code}: class name`, ourCodes[code].name, nodeCodes[code].name);
  same(`${code}: class length`, ourCodes[code].length, nodeCodes[code].length);
  if (systemCodes.includes(code)) continue;
  const arity = nodeArity(code);
  const base = Array(arity).fill('x');
  const tuples = [base, [...base, 'extra'], []];
  for (let i = 0; i < arity; i++) {
    for (const v of values) {
      const args = base.slice();
      args[i] = v;
      tuples.push(args);
    }
  }
  for (const args of tuples) {
    compareCalls(`new ${code}(${describeArgs(args)})`,
      () => new ourCodes[code](...args), () => new nodeCodes[code](...args), { skipNodeThrow: true });
  }
}

// ---- codes whose message depends on the arguments ------------------------------

function cases(code, tuples) {
  for (const args of tuples) {
    compareCalls(`new ${code}(${describeArgs(args)})`,
      () => new ourCodes[code](...args), () => new nodeCodes[code](...args), { skipNodeThrow: true });
  }
}

const expectations = [
  'string', 'number', 'Function', 'function', 'Object', 'object', 'boolean', 'bigint', 'symbol', 'Array',
  'Buffer', 'AbortSignal', 'a dictionary', 'null', 'undefined', 'Iterable', 'EventEmitter',
  ['string', 'Buffer', 'URL'], ['string', 'Buffer', 'TypedArray', 'DataView'], ['object'], ['Object'],
  ['function', 'Object'], ['object', 'Array'], ['Array', 'object'], ['string', 'number'],
  ['string', 'number', 'bigint'], ['string', 'number', 'bigint', 'boolean'], ['Buffer', 'TypedArray', 'DataView'],
  ['null', 'undefined'], ['null', 'undefined', 'a thing'], ['Array', 'Object', 'object', 'string'],
  ['Function', 'AsyncFunction'], ['number', 'a dictionary'], ['Uint8Array', 'string', 'null'], [],
  ['object', 'function', 'Buffer'], ['ArrayBuffer', 'SharedArrayBuffer', 'Buffer', 'TypedArray', 'DataView'],
  "('a'|'b')", 'Int32', 'An Array', 'http.Agent',
];
const argNames = ['path', 'options.signal', 'The "cb" argument', 'first argument', 'x.y.z', ''];
{
  const tuples = [];
  for (const name of argNames) for (const exp of expectations) tuples.push([name, exp, 1]);
  for (const v of values) tuples.push(['path', 'string', v], ['options', ['Object', 'Array'], v]);
  cases('ERR_INVALID_ARG_TYPE', tuples);
}
{
  const tuples = [];
  for (const v of values) {
    tuples.push(['encoding', v], ['options.mode', v, 'must be a positive number'], ['x', v, undefined]);
  }
  tuples.push(['x', 'y'.repeat(200)], ['x', { long: 'z'.repeat(200) }]);
  cases('ERR_INVALID_ARG_VALUE', tuples);
}
{
  const tuples = [];
  for (const v of values) {
    tuples.push(['offset', '>= 0 && <= 10', v], ['The value of "x" is bad.', 'an integer', v, true]);
  }
  for (const n of [2 ** 32, 2 ** 32 + 1, -(2 ** 32) - 1, 1234567890123, -98765432101234, 2n ** 32n, 2n ** 32n + 1n,
    -(2n ** 32n) - 1n, 10n ** 20n]) {
    tuples.push(['size', 'a smaller number', n]);
  }
  cases('ERR_OUT_OF_RANGE', tuples);
}
cases('ERR_MISSING_ARGS', [['a'], ['a', 'b'], ['a', 'b', 'c'], ['a', 'b', 'c', 'd'], [['a', 'b']],
  [['a', 'b'], 'c'], ['a', ['b', 'c', 'd'], 'e']]);
cases('ERR_UNHANDLED_ERROR', [[], [undefined], ['x'], ["'quoted'"], [{ a: 1 }], [null], [0]]);
cases('ERR_BUFFER_OUT_OF_BOUNDS', [[], [undefined], ['offset'], ['length'], [''], [0]]);
cases('ERR_SOCKET_BAD_PORT', values.flatMap((v) => [['Port', v], ['options.port', v, false], ['Port', v, true]]));
cases('ERR_INVALID_RETURN_VALUE', values.map((v) => ['an object', 'fn', v]));
cases('ERR_INVALID_RETURN_PROPERTY', values.map((v) => ['string', 'load', 'source', v]));
cases('ERR_INVALID_RETURN_PROPERTY_VALUE', values.map((v) => ['string', 'load', 'source', v]));
cases('ERR_INVALID_URL', [['x'], ['x', 'http://b/'], ['x', null], ['x', undefined], [''], ['x', '']]);
cases('ERR_INVALID_URL_SCHEME', [['file'], [['file', 'http']], [['file']]]);
cases('ERR_INVALID_CHAR', [['header'], ['header', 'x-y'], ['header', undefined], ['header', '']]);
cases('ERR_MODULE_NOT_FOUND', [['p', 'b', 'file:///x'], ['p', 'b', undefined], ['p', 'b', ''], ['p', 'b', null]]);
cases('ERR_UNSUPPORTED_DIR_IMPORT', [['p', 'b', 'file:///x'], ['p', 'b', undefined]]);
cases('ERR_PACKAGE_PATH_NOT_EXPORTED', [['/p/', '.'], ['/p/', '.', 'b'], ['/p/', './x'], ['/p/', './x', 'b'],
  ['/p/', './x', '']]);
cases('ERR_PACKAGE_IMPORT_NOT_DEFINED', [['#a', undefined, 'b'], ['#a', '/p/', 'b'], ['#a', '', 'b']]);
cases('ERR_INVALID_PACKAGE_CONFIG', [['p', 'b', 'm'], ['p', undefined, 'm'], ['p', 'b', undefined],
  ['p', undefined, undefined], ['p', '', '']]);
cases('ERR_INVALID_PACKAGE_TARGET', [
  ['/p/', '.', 'x'], ['/p/', '.', './x'], ['/p/', '.', 'x', false, 'b'], ['/p/', './s', 'x', true, 'b'],
  ['/p/', './s', './x', false, 'b'], ['/p/', '.', { a: 1 }, false], ['/p/', '#x', '../y', true],
  ['/p/', './s', ['a'], false, 'b'], ['/p/', './s', '', false], ['/p/', './s', 'x', false], ['/p/', './s', null],
]);
cases('ERR_INVALID_MODULE_SPECIFIER', [['r', 'is bad'], ['r', 'is bad', 'b'], ['r', 'is bad', '']]);
cases('ERR_INVALID_MIME_SYNTAX', [['type', 'a/b', -1], ['type', 'a/b', 0], ['subtype', 'a/', 2]]);
cases('ERR_PARSE_ARGS_UNKNOWN_OPTION', [['-x', false], ['-x', true], ['--long', true], ['--q"', true],
  ['-x', undefined]]);
cases('ERR_REQUIRE_ESM', [['/a.mjs', true], ['/a.mjs', false, '/b.js'], ['/a.mjs', true, '/b.js'],
  ['/a.js', true, '/b.js'], ['/a.js', false, '/b.js'], ['/a.js', true], ['/a.js', undefined, null]]);
cases('ERR_REQUIRE_ASYNC_MODULE', [['a', 'b'], [undefined, 'b'], ['a', undefined], [undefined, undefined]]);
cases('ERR_WORKER_PATH', [['x'], ['file:///x'], ['data:text/javascript,1'], ['data:x'], ['http://x']]);
cases('ERR_WORKER_INVALID_EXEC_ARGV', [[['a', 'b']], [['a'], 'foo'], [[]]]);
cases('ERR_UNSUPPORTED_ESM_URL_SCHEME', [[new URL('http://x'), ['file', 'data']],
  [new URL('c:/x'), ['file', 'data', 'node']], [new URL('c:/x'), ['file']]]);
cases('ERR_TLS_ALPN_CALLBACK_INVALID_RESULT', [['v', ['a', 'b']], ['v', []]]);
cases('ERR_TEST_FAILURE', [[new Error('x'), 't'], [{ message: 'm' }, 't'], ['str', 't'], [undefined, 't'],
  [null, 'u'], [{}, 'v']]);
cases('ERR_HTTP2_STREAM_CANCEL', [[new Error('boom')], [{}], [{ message: '' }], [undefined], [null],
  [{ message: 5 }]]);
cases('ERR_HTTP2_INVALID_SETTING_VALUE', [['a', 5], ['a', 5, 1, 2], ['a', 5, undefined, 2], ['a', 5, 0]]);
cases('ERR_ACCESS_DENIED', [['m'], ['m', 'FileSystemRead', '/x'], ['m', undefined, '/x']]);
cases('ERR_INVALID_ADDRESS_FAMILY', [['IPv5', 'h', 1], ['x', undefined, undefined]]);
cases('ERR_MANIFEST_ASSERT_INTEGRITY', [['u', new Map()], ['u', new Map([['sha256', 'abc'], ['sha512', 'def']])],
  ['u', undefined]]);
cases('ERR_INTERNAL_ASSERTION', [['oops'], [undefined], ['']]);
cases('ERR_FALSY_VALUE_REJECTION', [[0], [null], [''], [undefined]]);
cases('ERR_ENCODING_INVALID_ENCODED_DATA', [['utf-8', 5], ['utf-16le', undefined]]);
cases('ERR_VM_MODULE_LINK_FAILURE', [['m', 1], ['m', new Error('c')]]);
cases('ERR_TLS_CERT_ALTNAME_INVALID', [['r', 'h', 'c'], ['r', undefined, undefined]]);
cases('ERR_INSPECTOR_COMMAND', [[5, 'x'], ['5', 'x'], [1.5, { a: 1 }]]);
cases('ERR_SRI_PARSE', [['s', 'c', 5], ['s', 'c', '5'], ['s"', { a: 1 }, 1.5]]);
cases('ERR_TLS_INVALID_PROTOCOL_VERSION', [['x', 'min'], [{ a: 1 }, 'max']]);
cases('ERR_TLS_PROTOCOL_VERSION_CONFLICT', [['a', 'b'], [1, null]]);
cases('ERR_PERFORMANCE_INVALID_TIMESTAMP', [[1.5], ['x'], [-1], [{}]]);
cases('ERR_INVALID_THIS', [['URL'], ['AbortSignal']]);

// Messages are fixed when the error is made; writable afterwards as in node.
{
  const o = new ourCodes.ERR_INVALID_ARG_TYPE('a', 'string', 1);
  const n = new nodeCodes.ERR_INVALID_ARG_TYPE('a', 'string', 1);
  for (const e of [o, n]) {
    e.message = 'changed';
    e.name = 'Renamed';
  }
  compareErrors('ERR_INVALID_ARG_TYPE after setting message and name', o, n);
}

// ---- SystemError codes ---------------------------------------------------------

const contexts = [
  { syscall: 'cp', code: 'EISDIR', message: 'is a directory', errno: 21 },
  { syscall: 'cp', code: 'EISDIR', message: 'is a directory', errno: 21, path: '/x' },
  { syscall: 'cp', code: 'EISDIR', message: 'is a directory', errno: 21, path: '/x', dest: '/y' },
  { syscall: 'uv_tty_init', code: 'EINVAL', message: 'invalid argument', errno: -22, dest: '/y' },
  {},
];
for (const code of systemCodes) {
  for (const ctx of contexts) {
    compareCalls(`new ${code}(${describeArgs([ctx])})`,
      () => new ourCodes[code]({ ...ctx }), () => new nodeCodes[code]({ ...ctx }));
  }
  const o = new ourCodes[code]({ ...contexts[2] });
  const n = new nodeCodes[code]({ ...contexts[2] });
  for (const e of [o, n]) {
    e.errno = 99;
    e.path = '/changed';
  }
  same(`${code}: accessors write through to info`, [o.info, o.errno, o.path], [n.info, n.errno, n.path]);
  same(`${code}: instanceof SystemError`, o instanceof ours.SystemError, n instanceof nodeErrors.SystemError);
}

// ---- libuv errors --------------------------------------------------------------

for (let errno = -5000; errno <= 5; errno++) {
  const o = ours.uvErrmapGet(errno);
  const n = nodeErrors.uvErrmapGet(errno);
  if (o !== undefined || n !== undefined) same(`uvErrmapGet(${errno})`, o, n);
}
same('getSystemErrorMap()', ours.getSystemErrorMap(), util.getSystemErrorMap());
for (const v of [...values, -2, -3008, -4094, -9999, -1.5, -(2 ** 60)]) {
  compareCalls(`getSystemErrorName(${describeArgs([v])})`,
    () => ours.getSystemErrorName(v), () => util.getSystemErrorName(v));
}

const errnos = [-2, -13, -17, -1, -21, -20, -39, -9, -22, -24, -32, -111, -104, -98, -99, -110, -3008, -3001,
  -40, -36, -18, -28, -30, -38, -125, -11, -3, -10, -5, -7, -88, -107, -29, -9999, -4094];
for (const errno of errnos) {
  for (const ctx of [
    { errno, syscall: 'open' },
    { errno, syscall: 'open', path: '/x' },
    { errno, code: 'XX', syscall: 'rename', path: '/x', dest: '/y' },
    { errno, syscall: 'open', message: 'custom' },
    { errno, syscall: 'scandir', path: '/x', extra: 1 },
    { syscall: 'read', errno },
  ]) {
    compareCalls(`UVException(${describeArgs([ctx])})`,
      () => ours.UVException({ ...ctx }), () => new nodeErrors.UVException({ ...ctx }));
  }
  compareCalls(`ErrnoException(${errno})`, () => ours.ErrnoException(errno, 'spawn'),
    () => new nodeErrors.ErrnoException(errno, 'spawn'));
  compareCalls(`ErrnoException(${errno}, orig)`, () => ours.ErrnoException(errno, 'write', 'orig'),
    () => new nodeErrors.ErrnoException(errno, 'write', 'orig'));
  for (const [address, port, additional] of [['127.0.0.1', 80], ['::1', 0, 'x'], ['10.0.0.1', undefined],
    [undefined, 80], ['h', -1], ['h', 443, 'local']]) {
    compareCalls(`ExceptionWithHostPort(${errno}, ${address}, ${port}, ${additional})`,
      () => ours.ExceptionWithHostPort(errno, 'connect', address, port, additional),
      () => new nodeErrors.ExceptionWithHostPort(errno, 'connect', address, port, additional));
    compareCalls(`UVExceptionWithHostPort(${errno}, ${address}, ${port})`,
      () => ours.UVExceptionWithHostPort(errno, 'listen', address, port),
      () => new nodeErrors.UVExceptionWithHostPort(errno, 'listen', address, port));
  }
}
for (const code of ['ENOTFOUND', 'EAI_AGAIN', 'ESERVFAIL', -3008, -3007, -3001, -2]) {
  for (const host of ['example.invalid', undefined, '']) {
    compareCalls(`DNSException(${code}, ${host})`, () => ours.DNSException(code, 'getaddrinfo', host),
      () => new nodeErrors.DNSException(code, 'getaddrinfo', host));
  }
}
compareCalls('ConnResetException', () => ours.ConnResetException('socket hang up'),
  () => new nodeErrors.ConnResetException('socket hang up'));

// uvError(code, syscall, path, dest) must build what node's fs throws.
{
  const fs = require('fs');
  const os = require('os');
  const path = require('path');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jsrig-errors-'));
  const file = path.join(dir, 'f');
  fs.writeFileSync(file, '');
  const real = [
    [() => fs.openSync(path.join(dir, 'missing')), ['ENOENT', 'open', path.join(dir, 'missing')]],
    [() => fs.mkdirSync(dir), ['EEXIST', 'mkdir', dir]],
    [() => fs.readdirSync(file), ['ENOTDIR', 'scandir', file]],
    [() => fs.rmdirSync(dir), ['ENOTEMPTY', 'rmdir', dir]],
    [() => fs.readFileSync(dir), ['EISDIR', 'read']],
    [() => fs.renameSync(path.join(dir, 'nope'), path.join(dir, 'to')),
      ['ENOENT', 'rename', path.join(dir, 'nope'), path.join(dir, 'to')]],
    [() => fs.linkSync(file, file), ['EEXIST', 'link', file, file]],
    [() => fs.fstatSync(12345), ['EBADF', 'fstat']],
    [() => fs.symlinkSync('a', file), ['EEXIST', 'symlink', 'a', file]],
  ];
  for (const [thrower, args] of real) {
    const n = run(thrower).error;
    compareCalls(`uvError(${describeArgs(args)}) vs fs`, () => ours.uvError(...args), () => n);
    compareCalls(`uvError(${describeArgs([-ours.uvErrno(args[0]), ...args.slice(1)])}) vs fs`,
      () => ours.uvError(-ours.uvErrno(args[0]), ...args.slice(1)), () => n);
  }
  fs.rmSync(dir, { recursive: true });
}

// ---- AbortError, aggregateTwoErrors, helpers -----------------------------------

for (const args of [[], ['msg'], [undefined, { cause: 1 }], ['m', { cause: new Error('c') }], ['m', {}],
  ['m', 'bad'], ['m', null], [5]]) {
  compareCalls(`new AbortError(${describeArgs(args)})`, () => new ours.AbortError(...args),
    () => new nodeErrors.AbortError(...args));
}
same('AbortError.name', ours.AbortError.name, nodeErrors.AbortError.name);
{
  const a = new Error('a');
  const b = new Error('b');
  b.code = 'ERR_B';
  const agg = new AggregateError([a], 'agg');
  for (const [inner, outer] of [[a, b], [a, a], [null, b], [a, undefined], [a, agg]]) {
    const o = ours.aggregateTwoErrors(inner, outer === agg ? new AggregateError([a], 'agg') : outer);
    const n = nodeErrors.aggregateTwoErrors(inner, outer === agg ? new AggregateError([a], 'agg') : outer);
    same(`aggregateTwoErrors(${describeArgs([inner, outer])})`, inspectWithoutFrames(o), inspectWithoutFrames(n));
  }
}
for (const list of [[], ['a'], ['a', 'b'], ['a', 'b', 'c'], ['a', 'b', 'c', 'd']]) {
  same(`formatList(${list})`, ours.formatList(list), nodeErrors.formatList(list));
  same(`formatList(${list}, or)`, ours.formatList(list, 'or'), nodeErrors.formatList(list, 'or'));
}
for (const v of values) {
  compareCalls(`determineSpecificType(${describeArgs([v])})`, () => ours.determineSpecificType(v),
    () => nodeErrors.determineSpecificType(v));
}

// ---- validators ----------------------------------------------------------------

const validatorCalls = {
  validateString: [['name']],
  validateNumber: [['n'], ['n', 0], ['n', 0, 10], ['n', undefined, 10], ['n', null, 0], ['n', -1.5, 1.5]],
  validateInteger: [['i'], ['i', 0], ['i', 0, 100], ['i', -5, 5]],
  validateInt32: [['i'], ['i', 0], ['i', 1, 1000]],
  validateUint32: [['u'], ['u', true], ['u', false]],
  validateBoolean: [['b']],
  validateFunction: [['cb']],
  validatePlainFunction: [['fn']],
  validateObject: [['options'], ['options', 0], ['options', 1], ['options', 2], ['options', 4], ['options', 6],
    ['options', 7], ['options', 3], ['options', 5]],
  validateDictionary: [['dict']],
  validateArray: [['list'], ['list', 0], ['list', 1], ['list', 3]],
  validateStringArray: [['list']],
  validateBooleanArray: [['list']],
  validateAbortSignalArray: [['signals']],
  validateOneOf: [['mode', ['a', 'b', 1, null]], ['mode', []], ['mode', ['x', 'hex', 0, NaN]]],
  validateAbortSignal: [['signal']],
  validateBuffer: [[], ['buf']],
  validatePort: [[], ['port'], ['port', false], ['port', true]],
  validateSignalName: [[], ['sig']],
  validateUndefined: [['u']],
  validateUnion: [['u', ['a', 'b']], ['u', [1, 'x']]],
  validateEncoding: [['hex'], ['HEX'], ['utf8'], [undefined]],
  validateFiniteNumber: [['n']],
  checkRangesOrGetDefault: [['n', 0, 10, 5], ['n', -1, 1, undefined]],
  isInt32: [[]],
  isUint32: [[]],
  parseFileMode: [['mode'], ['mode', 0o644], ['mode', '755']],
  validateInternalField: [['kField', 'URL']],
  validateLinkHeaderValue: [[]],
};
same('validators: every node validator exists', Object.keys(nodeValidators).filter((k) => !(k in ourValidators)), []);
const extraValues = [...values, 'abc', 'ab', '644', '0o644', '999', '12abc', [true, false], [true, 'x'], ['a', 1],
  [new AbortController().signal], [null], { kField: 1 }, -(2 ** 31), 2 ** 31 - 1, 4294967295, 4294967296, 100, 0.5,
  '65535', '65536', '-1', '  ', '1.5', 'SIGINT', 'sigint', 'SIGKILL', 'kill',
  '</styles.css>; rel=preload; as=style', '<a>', '<a>;rel=x', '<a>; rel="x"', '<a>; rel="x', '<a> ; a ; b=c',
  'a', '<a>; rel=x, <b>', ['<a>', '<b>; as=style'], ['<a>', 'b'], [], '<a>; =x', '<a>;"'];
for (const [name, extraArgs] of Object.entries(validatorCalls)) {
  if (typeof nodeValidators[name] !== 'function') {
    mismatch(`validators: node has no ${name}`, 'present', 'missing');
    continue;
  }
  for (const extra of extraArgs) {
    for (const v of extraValues) {
      const args = name === 'validateEncoding' ? [v, ...extra] : [v, ...extra];
      compareCalls(`${name}(${describeArgs(args)})`, () => ourValidators[name](...args),
        () => nodeValidators[name](...args));
    }
  }
}
for (const k of ['kValidateObjectNone', 'kValidateObjectAllowNullable', 'kValidateObjectAllowArray',
  'kValidateObjectAllowFunction', 'kValidateObjectAllowObjects', 'kValidateObjectAllowObjectsAndNull']) {
  same(`validators.${k}`, ourValidators[k], nodeValidators[k]);
}
same('validators.signals', { ...ourValidators.signals }, { ...require('os').constants.signals });

console.log(`${checks - mismatches.length} passed, ${mismatches.length} failed, ${skipped} skipped`);
if (mismatches.length > MAX_PRINTED) console.log(`(${mismatches.length - MAX_PRINTED} further mismatches not shown)`);
process.exit(mismatches.length ? 1 : 0);
