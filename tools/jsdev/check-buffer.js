'use strict';
// Compares host/js/buffer.js (with internal/encoding and internal/dom_exception)
// with node's own buffer module: every encoding both ways on generated strings
// and bytes (lone surrogates, broken UTF-8, base64/hex with garbage), every
// Buffer method and static with edge arguments, every numeric read/write,
// indexOf/fill/copy/compare, inspect output, atob/btoa, isUtf8/isAscii,
// transcode, Blob/File, the shape of the module and its prototypes; errors are
// compared by class, code, message, toString and own keys.
//
//   node tools/jsdev/check-buffer.js [--seed N] [--count N] [--bindings]
//
// --bindings installs JS versions of the host's optional encoding ops
// (utf8Encode & co., with the semantics of host/src/ops/encoding.rs), so the
// op paths are checked too. Prints each mismatch and exits 1 if there is any.

const util = require('util');
const nodeBuffer = require('buffer');
const NodeBuffer = nodeBuffer.Buffer;

// ---- fake host ops (shared with the other check-* scripts) ----------------------------

const opCalls = {};
function installFakeOps(bindings) {
  const count = (name) => { opCalls[name] = (opCalls[name] || 0) + 1; };
  const bytesArg = (u8) => {
    if (!(u8 instanceof Uint8Array)) throw new TypeError('op expects a Uint8Array');
    return NodeBuffer.from(u8);
  };
  bindings.utf8Encode = (s) => {
    count('utf8Encode');
    if (typeof s !== 'string') throw new TypeError('op expects a string');
    return new Uint8Array(NodeBuffer.from(s, 'utf8'));
  };
  bindings.utf8Decode = (u8) => {
    count('utf8Decode');
    return bytesArg(u8).toString('utf8');
  };
  bindings.base64Encode = (u8, urlSafe) => {
    count('base64Encode');
    return bytesArg(u8).toString(urlSafe === true ? 'base64url' : 'base64');
  };
  bindings.hexEncode = (u8) => {
    count('hexEncode');
    return bytesArg(u8).toString('hex');
  };
  // As host/src/ops/encoding.rs: over the UTF-8 bytes of the string, both
  // alphabets, '=' stops, anything else is skipped.
  bindings.base64Decode = (s) => {
    count('base64Decode');
    const out = [];
    let acc = 0;
    let bits = 0;
    for (const c of NodeBuffer.from(s, 'utf8')) {
      let v;
      if (c >= 65 && c <= 90) v = c - 65;
      else if (c >= 97 && c <= 122) v = c - 97 + 26;
      else if (c >= 48 && c <= 57) v = c - 48 + 52;
      else if (c === 43 || c === 45) v = 62;
      else if (c === 47 || c === 95) v = 63;
      else if (c === 61) break;
      else continue;
      acc = (acc << 6) | v;
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        out.push((acc >> bits) & 0xff);
        acc &= (1 << bits) - 1;
      }
    }
    return new Uint8Array(out);
  };
}

// ---- comparison machinery (also used by the other check-* scripts) ---------------------

function makeChecker(ours) {
  const OurBuffer = ours && ours.Buffer;
  const MAX_PRINTED = Number(process.env.MAX_PRINTED) || 200;
  const state = { checks: 0, mismatches: 0 };

  function kindOf(v) {
    if (v instanceof NodeBuffer || (OurBuffer && v instanceof OurBuffer)) return 'Buffer';
    const p = Object.getPrototypeOf(v);
    return p && p.constructor ? p.constructor.name : String(p);
  }

  function norm(v, depth = 0) {
    if (v === undefined) return { undefined: true };
    if (v === null) return null;
    switch (typeof v) {
      case 'number': return Object.is(v, -0) ? '-0' : Number.isNaN(v) ? 'NaN' : v;
      case 'bigint': return `${v}n`;
      case 'string': return v;
      case 'boolean': return v;
      case 'symbol': return String(v);
      case 'function': return `[function ${v.name}]`;
      default: break;
    }
    if (depth > 4) return '[deep]';
    if (ArrayBuffer.isView(v)) {
      return { kind: kindOf(v), hex: NodeBuffer.from(v.buffer, v.byteOffset, v.byteLength).toString('hex') };
    }
    if (v instanceof ArrayBuffer) return { kind: 'ArrayBuffer', hex: NodeBuffer.from(v).toString('hex') };
    if (v instanceof Error) return errorShape(v);
    if (Array.isArray(v)) return v.map((x) => norm(x, depth + 1));
    const out = { kind: kindOf(v) };
    for (const k of Object.keys(v)) out[k] = norm(v[k], depth + 1);
    return out;
  }

  function errorShape(err) {
    if (!(err instanceof Error) && !(err && typeof err === 'object' && 'message' in err)) return { thrownValue: String(err) };
    return {
      name: err.name,
      code: err.code,
      message: err.message,
      string: String(err),
      keys: Object.keys(err).sort().join(','),
    };
  }

  function outcome(fn) {
    try {
      return { value: norm(fn()) };
    } catch (err) {
      return { threw: errorShape(err) };
    }
  }

  function show(v) {
    return util.inspect(v, { breakLength: Infinity, depth: 6, maxStringLength: 400, maxArrayLength: 60 });
  }

  function report(what, o, n) {
    state.mismatches++;
    if (state.mismatches <= MAX_PRINTED) {
      console.log(`MISMATCH ${what}\n  ours: ${show(o)}\n  node: ${show(n)}`);
    }
  }

  // Runs both and compares what they returned or threw.
  function compare(what, ourFn, nodeFn) {
    state.checks++;
    const o = outcome(ourFn);
    const n = outcome(nodeFn);
    if (!util.isDeepStrictEqual(o, n)) report(typeof what === 'function' ? what() : what, o, n);
    return [o, n];
  }

  // Compares already computed values.
  function same(what, o, n) {
    state.checks++;
    o = norm(o);
    n = norm(n);
    if (!util.isDeepStrictEqual(o, n)) report(typeof what === 'function' ? what() : what, o, n);
  }

  return { compare, same, state, show, norm, errorShape };
}

// ---- random inputs -----------------------------------------------------------------------

function makeRandom(seed) {
  let s = seed >>> 0 || 1;
  function random() {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 4294967296;
  }
  const int = (n) => Math.floor(random() * n);
  const pick = (list) => list[int(list.length)];
  const kB64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const charMakers = [
    () => String.fromCharCode(0x20 + int(95)),
    () => String.fromCharCode(0x20 + int(95)),
    () => String.fromCharCode(int(0x80)),
    () => String.fromCharCode(0x80 + int(0x80)),
    () => String.fromCharCode(0x100 + int(0x700)),
    () => String.fromCharCode(0x800 + int(0xD000)),
    () => String.fromCharCode(0xE000 + int(0x2000)),
    () => String.fromCodePoint(0x10000 + int(0x100000)),
    () => String.fromCharCode(0xD800 + int(0x400)),
    () => String.fromCharCode(0xDC00 + int(0x400)),
    () => pick([...kB64, '=', '-', '_', ' ', '\n', '\t', '\r']),
    () => pick([...'0123456789abcdefABCDEFgz']),
    () => pick(['\ufeff', '\u0000', '\u00ad', '\u0141', '\u013d', '\u3d3d', '\u0161', '\u0130']),
  ];
  function length(max = 40) {
    const r = random();
    if (r < 0.7) return int(max);
    if (r < 0.95) return 40 + int(200);
    return 1000 + int(5000);
  }
  function string(n = length()) {
    const mode = int(6);
    let out = '';
    if (mode === 0) {
      for (let i = 0; i < n; i++) out += String.fromCharCode(0x20 + int(95));
      return out;
    }
    if (mode === 1) {
      // base64 of random bytes, maybe corrupted.
      out = NodeBuffer.from(bytes(n)).toString(pick(['base64', 'base64url']));
      return corruptString(out);
    }
    if (mode === 2) {
      out = NodeBuffer.from(bytes(n)).toString('hex');
      return corruptString(int(2) ? out : out.toUpperCase());
    }
    const maker = mode === 3 ? () => pick(charMakers)() : pick(charMakers);
    for (let i = 0; i < n; i++) out += (mode === 5 ? pick(charMakers) : maker)();
    return out;
  }
  function corruptString(str) {
    if (random() < 0.5 || str.length === 0) return str;
    const edits = 1 + int(3);
    for (let i = 0; i < edits; i++) {
      const at = int(str.length + 1);
      const ch = pick(['=', ' ', '\n', '*', 'z', 'g', '\u0141', '\u00e9', '==', '-', '_', '+', '/', '\ud83d']);
      str = int(2) ? str.slice(0, at) + ch + str.slice(at) : str.slice(0, at) + ch + str.slice(at + 1);
    }
    return str;
  }
  function bytes(n = length()) {
    const mode = int(4);
    if (mode === 0) return Uint8Array.from({ length: n }, () => int(256));
    if (mode === 1) return Uint8Array.from({ length: n }, () => int(128));
    // UTF-8 of a random string, with some bytes broken or cut.
    let b = NodeBuffer.from(string(Math.max(1, n >> 1)), 'utf8');
    b = Uint8Array.from(b);
    if (mode === 3 && b.length > 0) {
      const edits = 1 + int(4);
      for (let i = 0; i < edits; i++) b[int(b.length)] = pick([0x80, 0xBF, 0xC0, 0xC2, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF, 0xA0, 0x9F, int(256)]);
      if (int(2)) b = b.subarray(0, int(b.length + 1));
    }
    return b;
  }
  return { random, int, pick, string, bytes, length };
}

// ---- the checks ---------------------------------------------------------------------------

function main() {
  const argv = process.argv.slice(2);
  const option = (name, def) => {
    const i = argv.indexOf(name);
    return i === -1 ? def : Number(argv[i + 1]);
  };
  const SEED = option('--seed', 20240917);
  const COUNT = option('--count', 1500);
  const withOps = argv.includes('--bindings');

  // Buffer() warns once (DEP0005), ours as node's: collected instead of printed.
  const warnings = [];
  process.removeAllListeners('warning');
  process.on('warning', (w) => warnings.push([w.name, w.code, w.message]));

  const { load, bindings } = require('./load.js');
  if (withOps) installFakeOps(bindings);
  const ours = load('buffer');
  const ourInspect = load('internal/util/inspect').inspect;
  const { Buffer } = ours;
  const { compare, same, state } = makeChecker(ours);
  const R = makeRandom(SEED);
  const { int, pick, random } = R;

  const encodings = ['utf8', 'utf-8', 'UTF8', 'Utf-8', 'ucs2', 'ucs-2', 'UCS2', 'utf16le', 'utf-16le', 'UTF-16LE',
    'latin1', 'binary', 'LATIN1', 'base64', 'BASE64', 'base64url', 'hex', 'HEX', 'ascii', 'ASCII'];
  const badEncodings = ['foo', '', 'utf 8', 'utf16', 'ucs-4', 'base32', null, 5, {}, true, 'latin-1'];
  const anyEncoding = () => (random() < 0.85 ? pick(encodings) : pick([undefined, ...badEncodings]));

  // Twin buffers with the same bytes: ours and node's.
  const twin = (bytes) => [Buffer.from(bytes), NodeBuffer.from(bytes)];
  const label = (...parts) => () => parts.map((p) => (typeof p === 'string' ? JSON.stringify(p.length > 80 ? `${p.slice(0, 80)}...(${p.length})` : p) : util.inspect(p, { breakLength: Infinity, maxArrayLength: 20 }))).join(' ');

  // -- shape of the module and the classes
  const describe = (obj) => {
    const out = {};
    for (const key of Reflect.ownKeys(obj)) {
      const d = Object.getOwnPropertyDescriptor(obj, key);
      const v = d.value;
      out[String(key)] = {
        kind: 'value' in d ? (typeof v === 'function' ? `fn ${v.name}/${v.length}` : typeof v) : `accessor ${d.get && d.get.name}/${d.set && d.set.name}`,
        enumerable: d.enumerable,
        writable: d.writable,
        configurable: d.configurable,
      };
    }
    return out;
  };
  same('module keys', Object.keys(ours), Object.keys(nodeBuffer));
  const omit = (o, keys) => { for (const k of keys) delete o[k]; return o; };
  same('module descriptors', describe(ours), describe(nodeBuffer));
  same('Buffer statics', omit(describe(Buffer), ['Symbol(kIsEncodingSymbol)']), omit(describe(NodeBuffer), ['Symbol(kIsEncodingSymbol)']));
  same('Buffer.prototype', describe(Buffer.prototype), describe(NodeBuffer.prototype));
  same('SlowBuffer', describe(ours.SlowBuffer), describe(nodeBuffer.SlowBuffer));
  same('constants', describe(ours.constants), describe(nodeBuffer.constants));
  same('protos', [Object.getPrototypeOf(Buffer) === Uint8Array, Object.getPrototypeOf(Buffer.prototype) === Uint8Array.prototype,
    Buffer.from('a').constructor === Buffer, Buffer.prototype.constructor === Buffer, Buffer.poolSize, Buffer.length, Buffer.name],
  [Object.getPrototypeOf(NodeBuffer) === Uint8Array, Object.getPrototypeOf(NodeBuffer.prototype) === Uint8Array.prototype,
    NodeBuffer.from('a').constructor === NodeBuffer, NodeBuffer.prototype.constructor === NodeBuffer, NodeBuffer.poolSize, NodeBuffer.length, NodeBuffer.name]);
  same('species', [Buffer.from([1, 2, 3]).map((x) => x * 2) instanceof Buffer, Buffer.from([1, 2]).filter(() => true).constructor.name],
    [NodeBuffer.from([1, 2, 3]).map((x) => x * 2) instanceof NodeBuffer, NodeBuffer.from([1, 2]).filter(() => true).constructor.name]);
  for (const name of ['Blob', 'File']) {
    // Node's structured-clone hooks are not implemented.
    const clone = ['Symbol(messaging_clone_symbol)', 'Symbol(messaging_deserialize_symbol)'];
    same(`${name}.prototype`, describe(ours[name].prototype), omit(describe(nodeBuffer[name].prototype), clone));
    same(`${name} statics`, describe(ours[name]), describe(nodeBuffer[name]));
  }
  same('scalars', [ours.kMaxLength, ours.kStringMaxLength, ours.INSPECT_MAX_BYTES, ours.constants],
    [nodeBuffer.kMaxLength, nodeBuffer.kStringMaxLength, nodeBuffer.INSPECT_MAX_BYTES, nodeBuffer.constants]);

  // -- isEncoding
  for (const e of [...encodings, ...badEncodings, undefined, 'UTF-8 ', 'base64URL', 'Binary', 'ucS-2']) {
    compare(label('isEncoding', e), () => Buffer.isEncoding(e), () => NodeBuffer.isEncoding(e));
  }

  // -- strings -> bytes -> strings
  for (let i = 0; i < COUNT; i++) {
    const str = R.string();
    const e = anyEncoding();
    compare(label('from', str, e), () => Buffer.from(str, e), () => NodeBuffer.from(str, e));
    compare(label('pooled', str, e), () => { const b = Buffer.from(str, e); return b.byteLength !== b.buffer.byteLength; },
      () => { const b = NodeBuffer.from(str, e); return b.byteLength !== b.buffer.byteLength; });
    compare(label('byteLength', str, e), () => Buffer.byteLength(str, e), () => NodeBuffer.byteLength(str, e));
    const bytes = R.bytes();
    const [ob, nb] = twin(bytes);
    const args = [];
    const n = int(4);
    const posValues = () => pick([undefined, 0, 1, 2, -1, bytes.length, bytes.length - 1, bytes.length + 3, 1.5, NaN, '2', null, Infinity, -Infinity, int(bytes.length + 1)]);
    if (n >= 1) args.push(e);
    if (n >= 2) args.push(posValues());
    if (n >= 3) args.push(posValues());
    compare(label('toString', bytes.length, ...args), () => ob.toString(...args), () => nb.toString(...args));
    // write into a buffer of random size
    const size = int(bytes.length + 8);
    const wargs = [str];
    const wn = int(5);
    const off = () => pick([undefined, 0, 1, size, size + 1, -1, 1.5, '1', int(size + 1), NaN]);
    if (wn === 1) wargs.push(e);
    if (wn >= 2) wargs.push(off());
    if (wn === 2 && int(2)) wargs.push(e);
    if (wn >= 3) wargs.push(pick([undefined, 0, 1, 3, size, size + 5, -1, 2.5, int(size + 1), e]));
    if (wn >= 4) wargs.push(e);
    const [ow, nw] = [Buffer.alloc(size, 0xAA), NodeBuffer.alloc(size, 0xAA)];
    compare(label('write', size, ...wargs), () => [ow.write(...wargs), ow], () => [nw.write(...wargs), nw]);
  }

  // -- the C++-style *Slice / *Write methods
  const sliceNames = ['asciiSlice', 'base64Slice', 'base64urlSlice', 'latin1Slice', 'hexSlice', 'ucs2Slice', 'utf8Slice'];
  const writeNames = ['asciiWrite', 'base64Write', 'base64urlWrite', 'latin1Write', 'hexWrite', 'ucs2Write', 'utf8Write'];
  for (let i = 0; i < COUNT / 2; i++) {
    const bytes = R.bytes();
    const [ob, nb] = twin(bytes);
    const idx = () => pick([undefined, 0, 1, -1, bytes.length, bytes.length + 1, 2.7, '3', NaN, null, int(bytes.length + 1), {}]);
    const args = [idx(), idx()].slice(0, int(3));
    const name = pick(sliceNames);
    compare(label(name, bytes.length, ...args), () => ob[name](...args), () => nb[name](...args));
    const wname = pick(writeNames);
    const wargs = [pick([R.string(), R.string(), 5, undefined]), idx(), idx()].slice(0, 1 + int(3));
    compare(label(wname, bytes.length, ...wargs), () => [ob[wname](...wargs), ob], () => [nb[wname](...wargs), nb]);
  }
  for (const name of sliceNames) {
    compare(`${name} on non-buffer`, () => Buffer.prototype[name].call([1, 2], 0, 1), () => NodeBuffer.prototype[name].call([1, 2], 0, 1));
    compare(`${name} on Uint16Array`, () => Buffer.prototype[name].call(new Uint16Array([0x4142, 0xe9ff]), 0, 4),
      () => NodeBuffer.prototype[name].call(new Uint16Array([0x4142, 0xe9ff]), 0, 4));
  }

  // -- Buffer.from with objects, array buffers and array-likes
  const ab = new ArrayBuffer(16);
  new Uint8Array(ab).set([...Array(16).keys()]);
  const fromCases = [
    [[1, 2, 3]], [[256, -1, 1.5, '7', 'x', null, NaN, {}]], [{ length: 3, 0: 1, 1: 2 }], [{ length: '3' }], [{ length: -1 }],
    [{ length: 2.5, 0: 9, 1: 8, 2: 7 }], [{ type: 'Buffer', data: [1, 2, 3] }], [{ type: 'Buffer', data: 'abc' }],
    [new Uint16Array([1, 256, 65535])], [new Float64Array([1.5, -1, 300])], [new Uint8Array([5, 6])],
    [ab], [ab, 4], [ab, 4, 4], [ab, '4', '4'], [ab, 16], [ab, 17], [ab, 4, 13], [ab, 4, 12], [ab, NaN, 2], [ab, undefined, -3],
    [ab, 2.5, 3.5], [ab, 4, 0], [ab, 4, null],
    [new String('abc')], [new String('aGk='), 'base64'], [{ valueOf() { return 'xyz'; } }], [{ valueOf() { return [1, 2]; } }],
    [{ [Symbol.toPrimitive]() { return 'prim'; } }], [{ [Symbol.toPrimitive]() { return 5; } }], [new Date(0)],
    [5], [true], [null], [undefined], [Symbol('s')], [() => 1], [{}], [[]], ['abc', 'foo'], ['', 'foo'], ['', 'hex'], ['abc', 5],
    [{ buffer: new ArrayBuffer(4), length: 2 }], [{ buffer: new ArrayBuffer(4) }], [new DataView(ab)],
  ];
  for (const args of fromCases) {
    compare(label('from', ...args), () => Buffer.from(...args), () => NodeBuffer.from(...args));
  }
  compare('from(ab) shares memory', () => { const a = new ArrayBuffer(4); const b = Buffer.from(a, 1, 2); b[0] = 7; return [new Uint8Array(a), b.buffer === a, b.byteOffset]; },
    () => { const a = new ArrayBuffer(4); const b = NodeBuffer.from(a, 1, 2); b[0] = 7; return [new Uint8Array(a), b.buffer === a, b.byteOffset]; });
  compare('from(sab)', () => Buffer.from(new SharedArrayBuffer(3), 1), () => NodeBuffer.from(new SharedArrayBuffer(3), 1));
  compare('Buffer.of', () => { const b = Buffer.of(1, 300, -1, '2'); return [b, b.buffer.byteLength]; },
    () => { const b = NodeBuffer.of(1, 300, -1, '2'); return [b, b.buffer.byteLength]; });

  // -- alloc & co.
  const sizes = [0, 1, 5, 4095, 4096, 1.5, -1, NaN, '5', null, undefined, Infinity, 2 ** 32 + 1, {}, 5n];
  for (const size of sizes) {
    for (const fn of ['alloc', 'allocUnsafe', 'allocUnsafeSlow']) {
      compare(label(fn, size), () => { const b = Buffer[fn](size); return fn === 'alloc' ? b : b.length; },
        () => { const b = NodeBuffer[fn](size); return fn === 'alloc' ? b : b.length; });
    }
    compare(label('SlowBuffer', size), () => ours.SlowBuffer(size).length, () => nodeBuffer.SlowBuffer(size).length);
  }
  const allocFills = [[5, 'a'], [5, 'abc'], [5, 'aGk=', 'base64'], [5, 'zz', 'hex'], [5, ''], [5, 0], [5, 257], [5, -1], [5, 1.5],
    [5, true], [5, new Uint8Array([1, 2])], [5, new Uint8Array(0)], [5, 'é'], [5, 'é', 'latin1'], [5, '\u0100', 'latin1'],
    [5, 'ab', 'ucs2'], [5, 'a', 'foo'], [5, 'a', 5], [5, {}], [5, null], [0, 'a'], [3, 'abcd', 'hex'], [4, '\ud83d\ude00'],
    [7, 'YWJj', 'base64url'], [5, Buffer.from('xy')], [5, 'a', null], [5, 'a', '']];
  for (const args of allocFills) compare(label('alloc', ...args), () => Buffer.alloc(...args), () => NodeBuffer.alloc(...args));
  compare('allocUnsafe pooled', () => [Buffer.allocUnsafe(10).buffer.byteLength, Buffer.allocUnsafe(4095).buffer.byteLength, Buffer.allocUnsafe(4096).buffer.byteLength],
    () => [NodeBuffer.allocUnsafe(10).buffer.byteLength, NodeBuffer.allocUnsafe(4095).buffer.byteLength, NodeBuffer.allocUnsafe(4096).buffer.byteLength]);
  const warnedBefore = warnings.length;
  compare('Buffer()', () => [Buffer(3), Buffer('ab'), new Buffer([1, 2]), Buffer('6869', 'hex')], () => [NodeBuffer(3), NodeBuffer('ab'), new NodeBuffer([1, 2]), NodeBuffer('6869', 'hex')]);
  compare('Buffer(5, "utf8")', () => Buffer(5, 'utf8'), () => NodeBuffer(5, 'utf8'));

  // -- copyBytesFrom
  const cbf = [[new Uint16Array([1, 2, 3])], [new Uint16Array([1, 2, 3]), 1], [new Uint16Array([1, 2, 3]), 1, 1], [new Uint16Array([1, 2, 3]), 5],
    [new Float32Array([1.5]), 0, 0], [new Uint8Array([1, 2, 3]), -1], [new Uint8Array([1, 2, 3]), 1.5], [new Uint8Array([1, 2, 3]), 0, '1'],
    [new Uint8Array(0)], [[1, 2]], [new DataView(new ArrayBuffer(2))], [new Uint8Array([1, 2, 3]), undefined, 2], [new Uint8Array([1, 2]), 0, 10]];
  for (const args of cbf) compare(label('copyBytesFrom', ...args), () => Buffer.copyBytesFrom(...args), () => NodeBuffer.copyBytesFrom(...args));

  // -- concat
  for (let i = 0; i < 200; i++) {
    const parts = Array.from({ length: int(4) }, () => R.bytes(int(8)));
    const len = pick([undefined, undefined, 0, 3, 100, -1, 1.5, '3', NaN]);
    compare(label('concat', parts, len), () => Buffer.concat(parts.map((p) => (int(2) ? Buffer.from(p) : p)), len),
      () => NodeBuffer.concat(parts.map((p) => NodeBuffer.from(p)), len));
  }
  for (const list of [[1], [null], ['ab'], [new Uint16Array(2)], 'ab', null, {}, [Buffer.from('a'), {}]]) {
    const toNode = (l) => (Array.isArray(l) ? l.map((x) => (x instanceof Buffer ? NodeBuffer.from(x) : x)) : l);
    compare(label('concat', list), () => Buffer.concat(list), () => NodeBuffer.concat(toNode(list)));
  }

  // -- compare / equals
  for (let i = 0; i < 300; i++) {
    const a = R.bytes(int(6));
    const b = int(3) ? R.bytes(int(6)) : a;
    compare(label('Buffer.compare', a, b), () => Buffer.compare(Buffer.from(a), b), () => NodeBuffer.compare(NodeBuffer.from(a), b));
    compare(label('equals', a, b), () => Buffer.from(a).equals(b), () => NodeBuffer.from(a).equals(b));
    const pos = () => pick([undefined, 0, 1, 2, 3, 6, 10, -1, 1.5, '1', null, NaN, int(7)]);
    const args = [pos(), pos(), pos(), pos()].slice(0, int(5));
    compare(label('compare', a, b, ...args), () => Buffer.from(a).compare(b, ...args), () => NodeBuffer.from(a).compare(b, ...args));
  }
  for (const bad of [[1], 'ab', null, new Uint16Array(2), undefined]) {
    compare(label('compare bad', bad), () => Buffer.compare(Buffer.alloc(1), bad), () => NodeBuffer.compare(NodeBuffer.alloc(1), bad));
    compare(label('compare bad1', bad), () => Buffer.compare(bad, Buffer.alloc(1)), () => NodeBuffer.compare(bad, NodeBuffer.alloc(1)));
    compare(label('equals bad', bad), () => Buffer.alloc(1).equals(bad), () => NodeBuffer.alloc(1).equals(bad));
    compare(label('compare method bad', bad), () => Buffer.alloc(1).compare(bad), () => NodeBuffer.alloc(1).compare(bad));
  }

  // -- copy
  for (let i = 0; i < 400; i++) {
    const src = R.bytes(int(10));
    const dstLen = int(10);
    const pos = () => pick([undefined, 0, 1, 2, 5, 9, 12, -1, 1.5, '2', null, NaN, Infinity, int(10), 2 ** 60]);
    const args = [pos(), pos(), pos()].slice(0, int(4));
    const same_ = int(5) === 0;
    compare(label('copy', src, dstLen, same_, ...args), () => {
      const s = Buffer.from(src);
      const d = same_ ? s : Buffer.alloc(dstLen, 0xEE);
      return [s.copy(d, ...args), d];
    }, () => {
      const s = NodeBuffer.from(src);
      const d = same_ ? s : NodeBuffer.alloc(dstLen, 0xEE);
      return [s.copy(d, ...args), d];
    });
  }
  compare('copy into Uint8Array', () => { const d = new Uint8Array(3); return [Buffer.from('abcd').copy(d, 1), d]; },
    () => { const d = new Uint8Array(3); return [NodeBuffer.from('abcd').copy(d, 1), d]; });
  compare('copy bad target', () => Buffer.from('ab').copy([]), () => NodeBuffer.from('ab').copy([]));
  compare('copy bad source', () => Buffer.prototype.copy.call([], Buffer.alloc(1)), () => NodeBuffer.prototype.copy.call([], NodeBuffer.alloc(1)));

  // -- slice / subarray
  for (let i = 0; i < 300; i++) {
    const src = R.bytes(int(10));
    const pos = () => pick([undefined, 0, 1, 3, -1, -3, -20, 20, 1.5, -1.5, '2', null, NaN, Infinity, -Infinity, {}]);
    const args = [pos(), pos()].slice(0, int(3));
    const m = pick(['slice', 'subarray']);
    compare(label(m, src, ...args), () => {
      const b = Buffer.from(src);
      const s = b[m](...args);
      if (s.length) s[0] ^= 0xFF;
      return [s, b, s.buffer === b.buffer];
    }, () => {
      const b = NodeBuffer.from(src);
      const s = b[m](...args);
      if (s.length) s[0] ^= 0xFF;
      return [s, b, s.buffer === b.buffer];
    });
  }
  compare('subarray of Uint8Array', () => Buffer.prototype.subarray.call(new Uint8Array([1, 2, 3]), 1),
    () => NodeBuffer.prototype.subarray.call(new Uint8Array([1, 2, 3]), 1));

  // -- fill
  for (let i = 0; i < COUNT / 2; i++) {
    const len = int(12);
    const value = pick([int(300), -1, 1.5, NaN, R.string(int(5)), R.string(int(5)), 'a', 'é', '', true, false, null, undefined, {},
      new Uint8Array([1, 2, 3]), new Uint8Array(0), new Uint16Array([0x102]), Buffer.from('xyz'), 'zz', 'abz', '\ud83d\ude00']);
    const pos = () => pick([undefined, 0, 1, 3, len, len + 1, -1, 1.5, '1', int(len + 1), null]);
    const e = anyEncoding();
    const shapes = [[], [pos()], [pos(), pos()], [pos(), pos(), e], [e], [pos(), e]];
    const args = pick(shapes);
    compare(label('fill', len, value, ...args), () => { const b = Buffer.alloc(len, 0x11); return [b.fill(value, ...args) === b, b]; },
      () => { const b = NodeBuffer.alloc(len, 0x11); return [b.fill(value instanceof Buffer ? NodeBuffer.from(value) : value, ...args) === b, b]; });
  }

  // -- indexOf / lastIndexOf / includes
  for (let i = 0; i < COUNT; i++) {
    const alphabet = pick([[0x61, 0x62], [0x61, 0x62, 0x00], [0x61, 0x00, 0x62, 0x00, 0xe9, 0xc3, 0xa9]]);
    const hay = Uint8Array.from({ length: int(16) }, () => pick(alphabet));
    const sub = hay.subarray(int(hay.length + 1)).slice(0, int(4));
    const needle = pick([
      int(300), -1, 97, 98.5, NaN, 0x161,
      'a', 'b', 'ab', 'ba', 'aab', '', 'é', '\u00e9', 'a\u0000', '\u0061', '6162', 'YWI=', 'YQ', 'zz',
      NodeBuffer.from(sub).toString('latin1'), NodeBuffer.from(sub).toString('utf8'), NodeBuffer.from(sub).toString('hex'),
      new Uint8Array(sub), new Uint8Array(0), null, {}, new Uint16Array([97]), true,
    ]);
    const off = pick([undefined, 0, 1, 2, -1, -2, -20, 20, hay.length, hay.length - 1, 1.5, -1.5, '1', 'latin1', 'ucs2', 'hex', null, NaN, {}, 2 ** 40, -(2 ** 40), int(hay.length + 2)]);
    const e = pick([undefined, 'utf8', 'latin1', 'binary', 'ucs2', 'utf16le', 'hex', 'base64', 'base64url', 'ascii', 'foo', 5]);
    const args = [needle, off, e].slice(0, 1 + int(3));
    for (const m of ['indexOf', 'lastIndexOf', 'includes']) {
      compare(label(m, hay, ...args), () => Buffer.from(hay)[m](...args), () => NodeBuffer.from(hay)[m](...args));
    }
  }
  compare('indexOf on Uint16Array', () => Buffer.prototype.indexOf.call(new Uint16Array([0x6261]), 'b'), () => NodeBuffer.prototype.indexOf.call(new Uint16Array([0x6261]), 'b'));
  compare('indexOf on array', () => Buffer.prototype.indexOf.call([1], 1), () => NodeBuffer.prototype.indexOf.call([1], 1));

  // -- numbers
  const readers = ['readUInt8', 'readUint8', 'readInt8', 'readUInt16LE', 'readUInt16BE', 'readUint16LE', 'readInt16LE', 'readInt16BE',
    'readUInt32LE', 'readUInt32BE', 'readUint32BE', 'readInt32LE', 'readInt32BE', 'readFloatLE', 'readFloatBE', 'readDoubleLE',
    'readDoubleBE', 'readBigUInt64LE', 'readBigUInt64BE', 'readBigUint64LE', 'readBigInt64LE', 'readBigInt64BE'];
  const varReaders = ['readUIntLE', 'readUIntBE', 'readIntLE', 'readIntBE', 'readUintLE', 'readUintBE'];
  const writers = {
    writeUInt8: 8, writeUint8: 8, writeInt8: -8, writeUInt16LE: 16, writeUInt16BE: 16, writeUint16LE: 16, writeInt16LE: -16,
    writeInt16BE: -16, writeUInt32LE: 32, writeUInt32BE: 32, writeUint32BE: 32, writeInt32LE: -32, writeInt32BE: -32,
    writeFloatLE: 0, writeFloatBE: 0, writeDoubleLE: 0, writeDoubleBE: 0,
    writeBigUInt64LE: 64, writeBigUInt64BE: 64, writeBigUint64LE: 64, writeBigInt64LE: -64, writeBigInt64BE: -64,
  };
  const varWriters = ['writeUIntLE', 'writeUIntBE', 'writeIntLE', 'writeIntBE', 'writeUintLE', 'writeUintBE'];
  const offsets = (len) => [undefined, 0, 1, 2, len - 1, len - 2, len - 4, len - 8, len, len + 1, -1, -0, 1.5, NaN, Infinity, '1', null, {}, 2 ** 32, 1n];
  const numberValues = (bits) => {
    const v = [0, 1, -1, 127, 128, 255, 256, -128, -129, 0x7fff, 0x8000, 0xffff, 0x10000, -0x8000, -0x8001, 0x7fffffff,
      0x80000000, 0xffffffff, 2 ** 32, -(2 ** 31), -(2 ** 31) - 1, 2 ** 40 - 1, 2 ** 40, 2 ** 47, -(2 ** 47), 2 ** 48 - 1, 2 ** 48,
      -(2 ** 47) - 1, 1.5, -1.5, 0.5, 255.9, -0.5, NaN, Infinity, -Infinity, '12', 'x', null, undefined, true, 3.4e38, 1e-45,
      Number.MAX_VALUE, Number.MIN_VALUE, -0, {}, [7]];
    if (bits === 64 || bits === -64) {
      v.push(0n, 1n, -1n, 2n ** 63n - 1n, 2n ** 63n, -(2n ** 63n), -(2n ** 63n) - 1n, 2n ** 64n - 1n, 2n ** 64n, 5, 0x1234567890abcdefn);
    }
    return v;
  };
  for (let i = 0; i < COUNT; i++) {
    const bytes = R.bytes(int(12));
    const len = bytes.length;
    const r = pick(readers);
    const off = pick(offsets(len));
    compare(label(r, bytes, off), () => Buffer.from(bytes)[r](off), () => NodeBuffer.from(bytes)[r](off));
    compare(label(r, bytes), () => Buffer.from(bytes)[r](), () => NodeBuffer.from(bytes)[r]());
    const vr = pick(varReaders);
    const bl = pick([1, 2, 3, 4, 5, 6, 0, 7, 1.5, '2', undefined, NaN, -1, 6, 5, 3]);
    compare(label(vr, bytes, off, bl), () => Buffer.from(bytes)[vr](off, bl), () => NodeBuffer.from(bytes)[vr](off, bl));
    const w = pick(Object.keys(writers));
    const value = pick(numberValues(writers[w]));
    const wargs = int(6) === 0 ? [value] : [value, off];
    compare(label(w, len, ...wargs), () => { const b = Buffer.alloc(len, 0x5A); return [b[w](...wargs), b]; },
      () => { const b = NodeBuffer.alloc(len, 0x5A); return [b[w](...wargs), b]; });
    const vw = pick(varWriters);
    const vv = pick(numberValues(48));
    compare(label(vw, len, vv, off, bl), () => { const b = Buffer.alloc(len, 0x5A); return [b[vw](vv, off, bl), b]; },
      () => { const b = NodeBuffer.alloc(len, 0x5A); return [b[vw](vv, off, bl), b]; });
  }
  // Exhaustive round trips of every width at every offset.
  for (const len of [0, 1, 3, 6, 8, 9]) {
    for (let off = -1; off <= len + 1; off++) {
      for (let bl = 1; bl <= 6; bl++) {
        for (const v of [0, 1, 2 ** (8 * bl - 1) - 1, -(2 ** (8 * bl - 1)), 2 ** (8 * bl) - 1, 0x123456789abc % 2 ** (8 * bl)]) {
          for (const m of varWriters) {
            compare(label(m, len, v, off, bl), () => { const b = Buffer.alloc(len); return [b[m](v, off, bl), b]; },
              () => { const b = NodeBuffer.alloc(len); return [b[m](v, off, bl), b]; });
          }
        }
        const bytes = Uint8Array.from({ length: len }, (_, k) => (k * 77 + 200) & 255);
        for (const m of varReaders) compare(label(m, bytes, off, bl), () => Buffer.from(bytes)[m](off, bl), () => NodeBuffer.from(bytes)[m](off, bl));
      }
    }
  }
  // Floats: random bit patterns, NaNs included.
  for (let i = 0; i < 400; i++) {
    const bytes = R.bytes(8 + int(3));
    const off = int(3);
    for (const m of ['readFloatLE', 'readFloatBE', 'readDoubleLE', 'readDoubleBE']) {
      compare(label(m, bytes, off), () => Buffer.from(bytes)[m](off), () => NodeBuffer.from(bytes)[m](off));
    }
  }

  // -- swap, toJSON, toLocaleString, parent/offset
  for (let len = 0; len <= 17; len++) {
    const bytes = Uint8Array.from({ length: len }, (_, k) => k + 1);
    for (const m of ['swap16', 'swap32', 'swap64']) {
      compare(label(m, len), () => { const b = Buffer.from(bytes); return [b[m]() === b, b]; }, () => { const b = NodeBuffer.from(bytes); return [b[m]() === b, b]; });
    }
    compare(label('toJSON', len), () => Buffer.from(bytes).toJSON(), () => NodeBuffer.from(bytes).toJSON());
    compare(label('JSON', len), () => JSON.stringify(Buffer.from(bytes)), () => JSON.stringify(NodeBuffer.from(bytes)));
  }
  compare('swap big', () => Buffer.from(Uint8Array.from({ length: 1024 }, (_, k) => k)).swap64().swap32().swap16(),
    () => NodeBuffer.from(Uint8Array.from({ length: 1024 }, (_, k) => k)).swap64().swap32().swap16());
  compare('toLocaleString', () => Buffer.from('héllo').toLocaleString('hex', 1), () => NodeBuffer.from('héllo').toLocaleString('hex', 1));
  compare('parent/offset', () => { const b = Buffer.from(new ArrayBuffer(8), 2); return [b.parent.byteLength, b.offset, Buffer.prototype.parent, Object.getOwnPropertyDescriptor(Buffer.prototype, 'offset').get.call(new Uint8Array(2))]; },
    () => { const b = NodeBuffer.from(new ArrayBuffer(8), 2); return [b.parent.byteLength, b.offset, NodeBuffer.prototype.parent, Object.getOwnPropertyDescriptor(NodeBuffer.prototype, 'offset').get.call(new Uint8Array(2))]; });
  compare('isBuffer', () => [Buffer.isBuffer(Buffer.alloc(1)), Buffer.isBuffer(new Uint8Array(1)), Buffer.isBuffer(null), Buffer.isBuffer({})],
    () => [NodeBuffer.isBuffer(NodeBuffer.alloc(1)), NodeBuffer.isBuffer(new Uint8Array(1)), NodeBuffer.isBuffer(null), NodeBuffer.isBuffer({})]);
  compare('byteLength non-strings', () => [Buffer.byteLength(new Uint16Array(3)), Buffer.byteLength(new ArrayBuffer(5)), Buffer.byteLength(new DataView(new ArrayBuffer(2))), Buffer.byteLength('abc', 'foo'), Buffer.byteLength('', 'hex')],
    () => [NodeBuffer.byteLength(new Uint16Array(3)), NodeBuffer.byteLength(new ArrayBuffer(5)), NodeBuffer.byteLength(new DataView(new ArrayBuffer(2))), NodeBuffer.byteLength('abc', 'foo'), NodeBuffer.byteLength('', 'hex')]);
  for (const bad of [5, null, undefined, {}, [1]]) compare(label('byteLength', bad), () => Buffer.byteLength(bad), () => NodeBuffer.byteLength(bad));

  // -- inspect
  const inspectCases = [0, 1, 3, 49, 50, 51, 52, 100, 70000];
  for (const len of inspectCases) {
    const bytes = Uint8Array.from({ length: len }, (_, k) => (k * 31) & 255);
    for (const opts of [{}, { showHidden: true }, { colors: true }, { depth: 0 }]) {
      compare(label('inspect', len, opts), () => ourInspect(Buffer.from(bytes), opts), () => util.inspect(NodeBuffer.from(bytes), opts));
      compare(label('node inspect of ours', len, opts), () => util.inspect(Buffer.from(bytes), opts), () => util.inspect(NodeBuffer.from(bytes), opts));
    }
    compare(label('inspect nested', len), () => ourInspect({ a: [Buffer.from(bytes.subarray(0, 3))] }), () => util.inspect({ a: [NodeBuffer.from(bytes.subarray(0, 3))] }));
  }
  const withProps = (B) => {
    const b = B.from('abc');
    b.foo = 1;
    b[Symbol('s')] = 'x';
    Object.defineProperty(b, 'hidden', { value: 2, enumerable: false });
    return b;
  };
  for (const opts of [{}, { showHidden: true }]) {
    compare(label('inspect props', opts), () => ourInspect(withProps(Buffer), opts), () => util.inspect(withProps(NodeBuffer), opts));
    compare(label('inspect props empty', opts), () => { const b = Buffer.alloc(0); b.x = [1, 2]; return ourInspect(b, opts); },
      () => { const b = NodeBuffer.alloc(0); b.x = [1, 2]; return util.inspect(b, opts); });
  }
  compare('inspect subclass', () => { class Foo extends Buffer {} return ourInspect(Object.setPrototypeOf(Buffer.from('ab'), Foo.prototype)); },
    () => { class Foo extends NodeBuffer {} return util.inspect(Object.setPrototypeOf(NodeBuffer.from('ab'), Foo.prototype)); });
  compare('inspect method', () => Buffer.from('abc').inspect(), () => NodeBuffer.from('abc').inspect());
  for (const max of [0, 2, 2.5, 100, -1, 'x', NaN, Infinity]) {
    compare(label('INSPECT_MAX_BYTES', max), () => {
      const old = ours.INSPECT_MAX_BYTES;
      try {
        ours.INSPECT_MAX_BYTES = max;
        return [ours.INSPECT_MAX_BYTES, ourInspect(Buffer.from('hello'))];
      } finally {
        ours.INSPECT_MAX_BYTES = old;
      }
    }, () => {
      const old = nodeBuffer.INSPECT_MAX_BYTES;
      try {
        nodeBuffer.INSPECT_MAX_BYTES = max;
        return [nodeBuffer.INSPECT_MAX_BYTES, util.inspect(NodeBuffer.from('hello'))];
      } finally {
        nodeBuffer.INSPECT_MAX_BYTES = old;
      }
    });
  }

  // -- isUtf8 / isAscii
  for (let i = 0; i < COUNT; i++) {
    const bytes = R.bytes();
    compare(label('isUtf8', bytes), () => ours.isUtf8(bytes), () => nodeBuffer.isUtf8(bytes));
    compare(label('isAscii', bytes), () => ours.isAscii(bytes), () => nodeBuffer.isAscii(bytes));
  }
  for (const v of [new Uint16Array([0x41]), new ArrayBuffer(2), new DataView(new ArrayBuffer(1)), 'a', null, [1], new Uint8Array(0)]) {
    compare(label('isUtf8', v), () => ours.isUtf8(v), () => nodeBuffer.isUtf8(v));
    compare(label('isAscii', v), () => ours.isAscii(v), () => nodeBuffer.isAscii(v));
  }
  compare('isUtf8 detached', () => { const a = new ArrayBuffer(4); structuredClone(a, { transfer: [a] }); return ours.isUtf8(a); },
    () => { const a = new ArrayBuffer(4); structuredClone(a, { transfer: [a] }); return nodeBuffer.isUtf8(a); });
  for (const fn of ['isUtf8', 'isAscii']) {
    for (const mk of [(a) => new Uint8Array(a, 1), (a) => new Uint16Array(a), (a) => new DataView(a)]) {
      compare(label(fn, 'detached', mk), () => { const a = new ArrayBuffer(4); const v = mk(a); structuredClone(a, { transfer: [a] }); return ours[fn](v); },
        () => { const a = new ArrayBuffer(4); const v = mk(a); structuredClone(a, { transfer: [a] }); return nodeBuffer[fn](v); });
    }
  }
  compare('isAscii detached view', () => { const a = new ArrayBuffer(4); const v = new Uint8Array(a); structuredClone(a, { transfer: [a] }); return ours.isAscii(v); },
    () => { const a = new ArrayBuffer(4); const v = new Uint8Array(a); structuredClone(a, { transfer: [a] }); return nodeBuffer.isAscii(v); });

  // -- atob / btoa, with node's DOMException and with ours
  const b64chars = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'];
  const ourDOMException = load('internal/dom_exception').DOMException;
  for (let i = 0; i < COUNT; i++) {
    let s = '';
    const n = int(12);
    for (let k = 0; k < n; k++) s += random() < 0.8 ? pick(b64chars) : pick(['=', ' ', '\n', '\t', '\f', '\r', '\v', '*', '-', '_', '\u00e9', '\u0100']);
    compare(label('atob', s), () => ours.atob(s), () => nodeBuffer.atob(s));
    compare(label('btoa', s), () => ours.btoa(s), () => nodeBuffer.btoa(s));
  }
  for (const v of [undefined, null, 123, {}, 'YQ', 'YQ==', '  YQ = = ', 'YQ===']) {
    compare(label('atob', v), () => ours.atob(v), () => nodeBuffer.atob(v));
    compare(label('btoa', v), () => ours.btoa(v), () => nodeBuffer.btoa(v));
  }
  compare('atob()', () => ours.atob(), () => nodeBuffer.atob());
  compare('btoa()', () => ours.btoa(), () => nodeBuffer.btoa());
  {
    const saved = globalThis.DOMException;
    delete globalThis.DOMException;
    try {
      for (const s of ['*', 'Y', 'YQ=', '\u0100']) {
        compare(label('atob with our DOMException', s), () => { try { ours.atob(s); } catch (e) { return [e instanceof ourDOMException, e.name, e.code, e.message, String(e)]; } },
          () => { try { nodeBuffer.atob(s); } catch (e) { return [true, e.name, e.code, e.message, String(e)]; } });
      }
      compare('btoa with our DOMException', () => { try { ours.btoa('\u0100'); } catch (e) { return [e instanceof ourDOMException, e.name, e.code, e.message]; } },
        () => { try { nodeBuffer.btoa('\u0100'); } catch (e) { return [true, e.name, e.code, e.message]; } });
    } finally {
      globalThis.DOMException = saved;
    }
  }

  // -- DOMException itself
  same('DOMException statics', describe(ourDOMException), describe(DOMException));
  same('DOMException.prototype', describe(ourDOMException.prototype), describe(DOMException.prototype));
  const domArgs = [[], ['m'], ['m', 'InvalidCharacterError'], ['m', 'AbortError'], ['m', 'Nope'], [undefined, undefined], [1, null],
    ['m', {}], ['m', { name: 'TimeoutError' }], ['m', { name: 'X', cause: 7 }], [{ toString() { return 'obj'; } }, 'SyntaxError'],
    ['m', 'DataCloneError'], ['m', 'ValidationError'], ['m', 'IndexSizeError']];
  for (const args of domArgs) {
    compare(label('DOMException', ...args), () => {
      const e = new ourDOMException(...args);
      return [e.name, e.message, e.code, String(e), Object.keys(e), Object.getOwnPropertyNames(e).filter((k) => k !== 'stack'),
        e.cause, 'cause' in e, e instanceof Error, Object.prototype.toString.call(e), e.stack.split('\n')[0],
        ourInspect(e).split('\n')[0]];
    }, () => {
      const e = new DOMException(...args);
      return [e.name, e.message, e.code, String(e), Object.keys(e), Object.getOwnPropertyNames(e).filter((k) => k !== 'stack'),
        e.cause, 'cause' in e, e instanceof Error, Object.prototype.toString.call(e), e.stack.split('\n')[0],
        util.inspect(e).split('\n')[0]];
    });
  }
  compare('DOMException this', () => Object.getOwnPropertyDescriptor(ourDOMException.prototype, 'name').get.call({}),
    () => Object.getOwnPropertyDescriptor(DOMException.prototype, 'name').get.call({}));

  // -- transcode
  const tEncodings = ['ascii', 'latin1', 'binary', 'ucs2', 'utf16le', 'utf8', 'utf-8', 'UTF8', 'hex', 'base64', 'foo', undefined];
  for (let i = 0; i < COUNT; i++) {
    const bytes = int(4) === 0 ? Uint8Array.from(NodeBuffer.from(R.string(int(10)), 'utf16le')) : R.bytes(int(24));
    const from = pick(tEncodings);
    const to = pick(tEncodings);
    compare(label('transcode', bytes, from, to), () => ours.transcode(Buffer.from(bytes), from, to), () => nodeBuffer.transcode(NodeBuffer.from(bytes), from, to));
  }
  for (const cp of [0xAD, 0x34F, 0x200B, 0xFEFF, 0xFFFD, 0xE0001, 0x1D173, 0x7F, 0x80, 0xFF, 0x100]) {
    const s = String.fromCodePoint(cp);
    for (const [from, src] of [['utf8', NodeBuffer.from(s)], ['ucs2', NodeBuffer.from(s, 'ucs2')]]) {
      for (const to of ['ascii', 'latin1']) {
        compare(label('transcode ignorable', cp, from, to), () => ours.transcode(Buffer.from(src), from, to), () => nodeBuffer.transcode(src, from, to));
      }
    }
  }
  compare('transcode bad source', () => ours.transcode('abc', 'utf8', 'ucs2'), () => nodeBuffer.transcode('abc', 'utf8', 'ucs2'));

  // -- Blob and File
  const blobSources = () => pick([[], ['abc'], ['a', 'b\r\nc\n', new Uint8Array([1, 2])], [new ArrayBuffer(3)], ['\ud800x', 1, null, {}],
    [new Uint16Array([0x4142])], [new DataView(new ArrayBuffer(2))], [new ours.Blob(['xy'])]]);
  const toNodeSources = (list) => list.map((x) => (x instanceof ours.Blob ? new nodeBuffer.Blob(['xy']) : x));
  const blobOptions = [undefined, {}, { type: 'Text/Plain' }, { type: 'a\u00e9' }, { type: 5 }, { endings: 'native' }, { endings: 'x' },
    { endings: 'transparent', type: 'x/y' }, null, 5, 'str', () => 1];
  for (let i = 0; i < 200; i++) {
    const src = blobSources();
    const opts = pick(blobOptions);
    const start = pick([undefined, 0, 1, -1, -2, 10, -10, '1', null]);
    const end = pick([undefined, 0, 2, -1, 10, '2', null]);
    const type = pick([undefined, 'A/B', 'é', '', 5]);
    const run = (B, sources) => {
      const b = new B(sources, opts);
      const s = b.slice(start, end, type);
      return [b.size, b.type, s.size, s.type, Object.keys(b), Object.prototype.toString.call(b)];
    };
    compare(label('Blob', src, opts, start, end, type), () => run(ours.Blob, src), () => run(nodeBuffer.Blob, toNodeSources(src)));
  }
  for (const bad of ['abc', null, 5, {}, undefined]) {
    compare(label('Blob bad sources', bad), () => new ours.Blob(bad).size, () => new nodeBuffer.Blob(bad).size);
  }
  compare('Blob this', () => Object.getOwnPropertyDescriptor(ours.Blob.prototype, 'size').get.call({}),
    () => Object.getOwnPropertyDescriptor(nodeBuffer.Blob.prototype, 'size').get.call({}));
  compare('Blob slice this', () => ours.Blob.prototype.slice.call({}), () => nodeBuffer.Blob.prototype.slice.call({}));
  compare('Blob stream this', () => ours.Blob.prototype.stream.call({}), () => nodeBuffer.Blob.prototype.stream.call({}));
  compare('Blob()', () => ours.Blob(), () => nodeBuffer.Blob());
  for (const opts of [{}, { depth: 0 }, { depth: -1 }]) {
    compare(label('Blob inspect', opts), () => ourInspect([new ours.Blob(['abc'], { type: 'x' })], opts), () => util.inspect([new nodeBuffer.Blob(['abc'], { type: 'x' })], opts));
    compare(label('File inspect', opts), () => ourInspect(new ours.File(['abc'], 'n', { lastModified: 3 }), opts), () => util.inspect(new nodeBuffer.File(['abc'], 'n', { lastModified: 3 }), opts));
  }
  compare('node inspect of our Blob', () => util.inspect({ b: new ours.Blob(['abc']) }), () => util.inspect({ b: new nodeBuffer.Blob(['abc']) }));
  const fileArgs = [[['ab'], 'f.txt'], [['ab'], 'f\ud800', { lastModified: '12' }], [['ab'], 5, { lastModified: 'x' }], [['ab'], 'n', { lastModified: 1.5, type: 'T' }],
    [['ab']], [], [['ab'], 'n', null], [['ab'], 'n', 5], [['ab'], 'n', { lastModified: 10n }]];
  // A default lastModified is the current time: compared as "now".
  const when = (t) => (typeof t === 'number' && Math.abs(t - Date.now()) < 5000 ? 'now' : t);
  for (const args of fileArgs) {
    compare(label('File', ...args), () => { const f = new ours.File(...args); return [f.name, f.size, f.type, when(f.lastModified), f instanceof ours.Blob, Object.prototype.toString.call(f)]; },
      () => { const f = new nodeBuffer.File(...args); return [f.name, f.size, f.type, when(f.lastModified), f instanceof nodeBuffer.Blob, Object.prototype.toString.call(f)]; });
  }
  compare('File this', () => Object.getOwnPropertyDescriptor(ours.File.prototype, 'name').get.call(new ours.Blob([])),
    () => Object.getOwnPropertyDescriptor(nodeBuffer.File.prototype, 'name').get.call(new nodeBuffer.Blob([])));
  {
    // Ours reads the registry of host/js's URL.createObjectURL.
    const ourURL = load('internal/url_whatwg').URL;
    const ourUrl = ourURL.createObjectURL(new ours.Blob(['hello'], { type: 'a/b' }));
    const nodeUrl = URL.createObjectURL(new nodeBuffer.Blob(['hello'], { type: 'a/b' }));
    const id = (u) => u.slice('blob:nodedata:'.length);
    for (const shape of [(u) => u, (u) => ` ${u}#frag`, (u) => `BLOB:nodedata:${id(u)}?q`, (u) => `blob:nodedata:${id(u)}x`, (u) => `blob:nodedata:${id(u)}:x`, (u) => `blob:other:${id(u)}`]) {
      compare(label('resolveObjectURL', shape(':id')), () => { const b = ours.resolveObjectURL(shape(ourUrl)); return b && [b.size, b.type, b instanceof ours.Blob]; },
        () => { const b = nodeBuffer.resolveObjectURL(shape(nodeUrl)); return b && [b.size, b.type, b instanceof nodeBuffer.Blob]; });
    }
    ourURL.revokeObjectURL(ourUrl);
    URL.revokeObjectURL(nodeUrl);
    compare('resolveObjectURL revoked', () => ours.resolveObjectURL(ourUrl), () => nodeBuffer.resolveObjectURL(nodeUrl));
  }
  compare('resolveObjectURL junk', () => [ours.resolveObjectURL('nope'), ours.resolveObjectURL('blob:nodedata:zzz'), ours.resolveObjectURL(5)],
    () => [nodeBuffer.resolveObjectURL('nope'), nodeBuffer.resolveObjectURL('blob:nodedata:zzz'), nodeBuffer.resolveObjectURL(5)]);

  // Async Blob reads: compared once the promises settle.
  const asyncChecks = [];
  for (let i = 0; i < 60; i++) {
    const src = [pick(['', 'abc', '\ufeffbom', 'a\ud800b', 'é'.repeat(int(100))]), R.bytes(int(20))];
    for (const m of ['text', 'arrayBuffer', 'bytes']) {
      asyncChecks.push(Promise.all([
        new ours.Blob(src)[m]().then((v) => ({ value: v }), (e) => ({ error: String(e) })),
        new nodeBuffer.Blob(src)[m]().then((v) => ({ value: v }), (e) => ({ error: String(e) })),
      ]).then(([o, n]) => same(label(`Blob.${m}`, src), o, n)));
    }
  }
  const settle = (fn) => {
    try {
      return fn().then((v) => ({ value: v }), (e) => ({ rejected: [e.code, e.message] }));
    } catch (e) {
      return Promise.resolve({ threw: [e.code, e.message] });
    }
  };
  for (const m of ['text', 'arrayBuffer', 'bytes']) {
    asyncChecks.push(Promise.all([settle(() => ours.Blob.prototype[m].call({})), settle(() => nodeBuffer.Blob.prototype[m].call({}))])
      .then(([o, n]) => same(`Blob.${m} this`, o, n)));
  }
  // Blob.stream() through the global ReadableStream.
  const readAll = async (stream) => {
    const chunks = [];
    for await (const c of stream) chunks.push(...c);
    return chunks;
  };
  for (const size of [0, 5, 70000]) {
    const bytes = Uint8Array.from({ length: size }, (_, k) => k & 255);
    asyncChecks.push(Promise.all([readAll(new ours.Blob([bytes]).stream()), readAll(new nodeBuffer.Blob([bytes]).stream())])
      .then(([o, n]) => same(label('Blob.stream', size), NodeBuffer.from(o).toString('hex'), NodeBuffer.from(n).toString('hex'))));
  }

  // -- large inputs (chunking, pool thresholds, op paths)
  for (const n of [4095, 4096, 4097, 8191, 8192, 20000, 100000]) {
    const s = R.string(n);
    for (const e of ['utf8', 'latin1', 'ucs2', 'hex', 'base64', 'base64url', 'ascii']) {
      compare(label('large from', n, e), () => Buffer.from(s, e), () => NodeBuffer.from(s, e));
      compare(label('large pooled', n, e), () => { const b = Buffer.from(s, e); return b.byteLength !== b.buffer.byteLength; },
        () => { const b = NodeBuffer.from(s, e); return b.byteLength !== b.buffer.byteLength; });
      const bytes = R.bytes(n);
      compare(label('large toString', n, e), () => Buffer.from(bytes).toString(e), () => NodeBuffer.from(bytes).toString(e));
    }
  }

  // transcode on UTF-16 with many surrogates, odd lengths, larger inputs.
  for (let i = 0; i < COUNT; i++) {
    let units = Array.from({ length: int(12) }, () => pick([0x41, 0xE9, 0x100, 0xD83D, 0xDE00, 0xDBFF, 0xDC00, 0xFEFF, 0xFFFD, int(0x10000)]));
    if (int(10) === 0) units = Array.from({ length: 3000 }, () => pick([0x41, 0xD83D, 0xDE00, 0x20AC]));
    let bytes = Uint8Array.from(NodeBuffer.from(String.fromCharCode(...units), 'utf16le'));
    if (int(3) === 0) bytes = bytes.subarray(0, bytes.length - 1 + int(1));
    const to = pick(['ascii', 'latin1', 'ucs2', 'utf8']);
    compare(label('transcode utf16', bytes, to), () => ours.transcode(Buffer.from(bytes), 'ucs2', to), () => nodeBuffer.transcode(NodeBuffer.from(bytes), 'ucs2', to));
    const u8 = bytes.length ? R.bytes(int(2) ? 10 : 3000) : bytes;
    compare(label('transcode utf8', u8, to), () => ours.transcode(Buffer.from(u8), 'utf8', to), () => nodeBuffer.transcode(NodeBuffer.from(u8), 'utf8', to));
  }

  Promise.all(asyncChecks).then(() => {
    same('DEP0005 warnings', warnings.slice(warnedBefore), [
      ['DeprecationWarning', 'DEP0005', 'Buffer() is deprecated due to security and usability issues. Please use the Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.'],
      ['DeprecationWarning', 'DEP0005', 'Buffer() is deprecated due to security and usability issues. Please use the Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.'],
    ]);
    if (withOps) console.log(`ops used: ${JSON.stringify(opCalls)}`);
    console.log(`check-buffer${withOps ? ' (with host ops)' : ''}: ${state.checks} checks, ${state.mismatches} mismatches`);
    process.exitCode = state.mismatches > 0 ? 1 : 0;
  });
}

module.exports = { installFakeOps, makeChecker, makeRandom, opCalls };

if (require.main === module) main();
