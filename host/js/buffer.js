'use strict';
// Node's `buffer` module. A Buffer is a Uint8Array whose prototype is
// Buffer.prototype: instances are made by an internal Uint8Array subclass
// (FastBuffer) whose prototype object *is* Buffer.prototype, while `Buffer`
// itself stays a plain function, callable without `new` as in node.
//
// Behaviour follows node v20 exactly, including argument coercions, the order
// of argument checks and the error codes and messages. Methods that node
// implements in C++ (the `*Slice`/`*Write` family, fill with a pattern,
// indexOf) throw node's C++ errors: plain errors with a `code` property.
// The codecs live in internal/encoding, shared with TextDecoder and
// string_decoder.

const { codes } = require('internal/errors');
const enc = require('internal/encoding');

const kMaxLength = 2 ** 32;
const kStringMaxLength = 2 ** 29 - 24;
const kIsEncodingSymbol = Symbol('kIsEncodingSymbol');
const kInspect = Symbol.for('nodejs.util.inspect.custom');

let INSPECT_MAX_BYTES = 50;

const { nativeError, normalizeEncoding, isEncoding, kEncodingNames } = enc;

const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTag = Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get;
const typedArraySet = TypedArrayPrototype.set;
const typedArrayFill = TypedArrayPrototype.fill;

function isUint8Array(value) {
  return typedArrayTag.call(value) === 'Uint8Array';
}

function isTypedArray(value) {
  return typedArrayTag.call(value) !== undefined;
}

function isAnyArrayBuffer(value) {
  return require('internal/util/types').isAnyArrayBuffer(value);
}

// A Uint8Array over the bytes of any ArrayBufferView.
function viewBytes(view) {
  return isUint8Array(view) ? view : enc.bytesOfView(view);
}

function validators() {
  return require('internal/validators');
}

// A size in [0, kMaxLength] (NaN fails), checked inline: allocation is hot.
function validateSize(size) {
  if (typeof size !== 'number' || !(size >= 0 && size <= kMaxLength)) {
    validators().validateNumber(size, 'size', 0, kMaxLength);
  }
}

// Node's validateOffset: an integer in [min, max].
function validateOffset(value, name, min = 0, max = kMaxLength) {
  if (typeof value !== 'number') throw new codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new codes.ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new codes.ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

// ---- construction -----------------------------------------------------------------

class FastBuffer extends Uint8Array {
  // Fixed arity: engines handle it better than the implicit (...args) one.
  // eslint-disable-next-line no-useless-constructor
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}

let bufferWarned = false;
let bufferCallsChecked = 0;

function Buffer(arg, encodingOrOffset, length) {
  warnBufferConstructor();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') throw new codes.ERR_INVALID_ARG_TYPE('string', 'string', arg);
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

// DEP0005, once, unless the caller is a dependency under node_modules (node
// stops looking after 10000 calls).
function warnBufferConstructor() {
  if (bufferWarned || ++bufferCallsChecked > 10000 || calledFromNodeModules()) return;
  bufferWarned = true;
  // The warning goes through the process object once the host has one; it is
  // looked up here, never required, so this module keeps no dependency on it.
  const proc = globalThis.process;
  if (proc !== undefined && proc !== null && typeof proc.emitWarning === 'function') {
    proc.emitWarning('Buffer() is deprecated due to security and usability issues. Please use the ' +
      'Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.', 'DeprecationWarning', 'DEP0005');
  }
}

// Whether the first frame outside the builtins (named node:*, or loaded from
// host/js by the dev loader) is in a node_modules directory.
function calledFromNodeModules() {
  const stack = new Error().stack;
  if (typeof stack !== 'string') return false;
  for (const line of stack.split('\n').slice(1)) {
    if (line.trim() === '' || /\bnode:|\(native\)|\(<anonymous>\)|[\\/]host[\\/]js[\\/]|[\\/]jsdev[\\/]load\.js/.test(line)) continue;
    return /[\\/]node_modules[\\/]/.test(line);
  }
  return false;
}

Object.setPrototypeOf(Buffer, Uint8Array);
Buffer.prototype = FastBuffer.prototype;
Object.defineProperty(FastBuffer.prototype, 'constructor', { value: Buffer, writable: true, enumerable: false, configurable: true });

// Typed-array methods that build a new array (map, filter, ...) make Buffers.
Object.defineProperty(Buffer, Symbol.species, {
  get() { return FastBuffer; },
  enumerable: false,
  configurable: true,
});

Buffer.poolSize = 8 * 1024;

// Small allocations are carved out of a shared pool, as node does: a Buffer
// from allocUnsafe or from a short string has `byteOffset` into an 8 KiB
// ArrayBuffer. The pool is created on first use.
let poolSize = 0;
let poolOffset = 0;
let allocPool = null;
let poolBytes = null;

function createPool() {
  poolSize = Buffer.poolSize;
  allocPool = new ArrayBuffer(poolSize);
  poolBytes = new Uint8Array(allocPool);
  poolOffset = 0;
}

function alignPool() {
  if (poolOffset & 0x7) {
    poolOffset |= 0x7;
    poolOffset++;
  }
}

function allocate(size) {
  if (size <= 0) return new FastBuffer();
  if (size < (Buffer.poolSize >>> 1)) {
    if (size > (poolSize - poolOffset)) createPool();
    const b = new FastBuffer(allocPool, poolOffset, size);
    poolOffset += size;
    alignPool();
    return b;
  }
  return new FastBuffer(size);
}

function fromArrayLike(obj) {
  if (obj.length <= 0) return new FastBuffer();
  if (obj.length < (Buffer.poolSize >>> 1)) {
    if (obj.length > (poolSize - poolOffset)) createPool();
    const b = new FastBuffer(allocPool, poolOffset, obj.length);
    typedArraySet.call(b, obj, 0);
    poolOffset += obj.length;
    alignPool();
    return b;
  }
  return new FastBuffer(obj);
}

function fromArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0) throw new codes.ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw new codes.ERR_BUFFER_OUT_OF_BOUNDS('length');
    } else {
      length = 0;
    }
  }
  return new FastBuffer(obj, byteOffset, length);
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
  return undefined;
}

function fromString(string, encoding) {
  let ops;
  if (typeof encoding !== 'string' || encoding.length === 0) {
    if (string.length === 0) return new FastBuffer();
    ops = encodingOps.utf8;
  } else {
    ops = getEncodingOps(encoding);
    if (ops === undefined) throw new codes.ERR_UNKNOWN_ENCODING(encoding);
    if (string.length === 0) return new FastBuffer();
  }
  return fromStringFast(string, ops);
}

// Same size thresholds as node, so the same strings land in the pool.
function fromStringFast(string, ops) {
  const maxLength = Buffer.poolSize >>> 1;
  let length = string.length;
  if (length >= maxLength) return fromStringExact(string, ops);
  length *= 4;
  if (length >= maxLength) length = ops.byteLength(string);
  if (length >= maxLength) return fromStringExact(string, ops);
  if (length > (poolSize - poolOffset)) createPool();
  // Written straight into the pool, then wrapped at its actual size.
  const actual = ops.writeBytes(string, poolBytes, poolOffset, length);
  const b = new FastBuffer(allocPool, poolOffset, actual);
  poolOffset += actual;
  alignPool();
  return b;
}

// A Buffer outside the pool, sized as node estimates the encoded length;
// when fewer bytes decode (hex or base64 with garbage), a view of the start.
function fromStringExact(string, ops) {
  let bytes;
  if (ops.encoding === 'utf8') {
    bytes = enc.utf8Encode(string);
    if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength) {
      return new FastBuffer(bytes.buffer, 0, bytes.length);
    }
    return new FastBuffer(bytes);
  }
  const estimate = ops.byteLength(string);
  const out = new FastBuffer(estimate);
  const n = ops.write(out, string, 0, estimate);
  return n === estimate ? out : new FastBuffer(out.buffer, 0, n);
}

function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value && (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }
    const b = fromObject(value);
    if (b) return b;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }
  throw new codes.ERR_INVALID_ARG_TYPE('first argument',
    ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
}

function copyBytesFrom(view, offset, length) {
  if (!isTypedArray(view)) throw new codes.ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  const viewLength = view.length;
  if (viewLength === 0) return Buffer.alloc(0);
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validators().validateInteger(offset, 'offset', 0);
      if (offset >= viewLength) return Buffer.alloc(0);
    } else {
      offset = 0;
    }
    let end;
    if (length !== undefined) {
      validators().validateInteger(length, 'length', 0);
      end = offset + length;
    } else {
      end = viewLength;
    }
    view = TypedArrayPrototype.slice.call(view, offset, end);
  }
  return fromArrayLike(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
}

function of(...items) {
  const b = new FastBuffer(items.length);
  for (let k = 0; k < items.length; k++) b[k] = items[k];
  return b;
}

function alloc(size, fill, encoding) {
  validateSize(size);
  if (fill !== undefined && fill !== 0 && size > 0) {
    const buf = new FastBuffer(size);
    return fillImpl(buf, fill, 0, buf.length, encoding);
  }
  return new FastBuffer(size);
}

function allocUnsafe(size) {
  validateSize(size);
  return allocate(size);
}

function allocUnsafeSlow(size) {
  validateSize(size);
  return new FastBuffer(size);
}

function SlowBuffer(size) {
  validateSize(size);
  return new FastBuffer(size);
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

function isBuffer(b) {
  return b instanceof Buffer;
}

function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw new codes.ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw new codes.ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return compareBytes(buf1, 0, buf1.length, buf2, 0, buf2.length);
}

function concat(list, length) {
  validators().validateArray(list, 'list');
  if (list.length === 0) return new FastBuffer();
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i].length) length += list[i].length;
    }
  } else {
    validateOffset(length, 'length');
  }
  const buffer = Buffer.allocUnsafe(length);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!isUint8Array(buf)) throw new codes.ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], list[i]);
    pos += copyActual(buf, buffer, pos, 0, buf.length);
  }
  if (pos < length) typedArrayFill.call(buffer, 0, pos, length);
  return buffer;
}

function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (ArrayBuffer.isView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw new codes.ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  const len = string.length;
  const mustMatch = arguments.length > 2 && arguments[2] === true;
  if (!mustMatch && len === 0) return 0;
  if (!encoding) return mustMatch ? -1 : enc.utf8Length(string);
  const ops = getEncodingOps(encoding);
  if (ops === undefined) return mustMatch ? -1 : enc.utf8Length(string);
  return ops.byteLength(string);
}

Buffer.from = from;
Buffer.copyBytesFrom = copyBytesFrom;
Buffer.of = of;
Buffer.alloc = alloc;
Buffer.allocUnsafe = allocUnsafe;
Buffer.allocUnsafeSlow = allocUnsafeSlow;
Buffer.isBuffer = isBuffer;
Buffer.compare = compare;
Buffer.isEncoding = isEncoding;
Buffer.concat = concat;
Buffer.byteLength = byteLength;
Buffer[kIsEncodingSymbol] = isEncoding;

// ---- encodings --------------------------------------------------------------------

// The codec of an encoding given any value (stringified, then matched
// case-insensitively); undefined when unknown. '' is unknown here.
function getEncodingOps(encoding) {
  encoding += '';
  const ops = kOpsByName[encoding];
  if (ops !== undefined) return ops;
  const name = encoding.length >= 3 && encoding.length <= 9 ? kEncodingNames[encoding.toLowerCase()] : undefined;
  return name === undefined ? undefined : encodingOps[name];
}

// Node's numbering of encodings (string_decoder shows it in its state buffer).
const kEncodingValues = { ascii: 0, utf8: 1, base64: 2, utf16le: 3, latin1: 4, hex: 5, base64url: 7 };

function makeOps(encoding, byteLengthFn, writeFn, sliceFn, searchAs) {
  return {
    encoding,
    encodingVal: kEncodingValues[encoding],
    byteLength: byteLengthFn,
    // (buf, string, offset, maxBytes) -> bytes written
    write: (buf, string, offset, max) => writeFn(string, viewBytes(buf), offset, max),
    // (string, Uint8Array, offset, maxBytes) -> bytes written
    writeBytes: writeFn,
    // (buf, start, end) -> string
    slice: (buf, start, end) => sliceFn(viewBytes(buf), start, end),
    searchAs,
  };
}

const encodingOps = {
  utf8: makeOps('utf8', enc.utf8Length, enc.utf8Write, utf8Slice, 'utf8'),
  utf16le: makeOps('utf16le', (s) => s.length * 2, enc.ucs2Write, enc.ucs2Decode, 'utf16le'),
  latin1: makeOps('latin1', (s) => s.length, enc.latin1Write, enc.latin1Decode, 'latin1'),
  ascii: makeOps('ascii', (s) => s.length, enc.latin1Write, enc.asciiDecode, 'bytes'),
  base64: makeOps('base64', enc.base64ByteLength, enc.base64Write,
    (b, s, e) => enc.base64Encode(b, s, e, false), 'bytes'),
  base64url: makeOps('base64url', enc.base64ByteLength, enc.base64Write,
    (b, s, e) => enc.base64Encode(b, s, e, true), 'bytes'),
  hex: makeOps('hex', (s) => s.length >>> 1, enc.hexWrite, enc.hexEncode, 'bytes'),
};

// Exact spellings that need no lowercasing.
const kOpsByName = {
  __proto__: null,
  'utf8': encodingOps.utf8,
  'utf-8': encodingOps.utf8,
  'ucs2': encodingOps.utf16le,
  'ucs-2': encodingOps.utf16le,
  'utf16le': encodingOps.utf16le,
  'utf-16le': encodingOps.utf16le,
  'latin1': encodingOps.latin1,
  'binary': encodingOps.latin1,
  'base64': encodingOps.base64,
  'base64url': encodingOps.base64url,
  'hex': encodingOps.hex,
  'ascii': encodingOps.ascii,
};

function utf8Slice(bytes, start, end) {
  if (end - start <= kStringMaxLength) return enc.utf8Decode(bytes, start, end);
  // Too many bytes for node's string limit unless enough are multi-byte: the
  // engine's own limit may also strike first, reported the same way.
  let s;
  try {
    s = enc.utf8Decode(bytes, start, end);
  } catch (err) {
    if (err instanceof RangeError) throw stringTooLong();
    throw err;
  }
  if (s.length > kStringMaxLength) throw stringTooLong();
  return s;
}

function stringTooLong() {
  return nativeError(Error, 'ERR_STRING_TOO_LONG',
    `Cannot create a string longer than 0x${kStringMaxLength.toString(16)} characters`);
}

// The longest string each encoding yields for n bytes, for the length check.
const kSliceLength = {
  ascii: (n) => n,
  latin1: (n) => n,
  utf16le: (n) => n >>> 1,
  hex: (n) => 2 * n,
  base64: (n) => Math.ceil(n / 3) * 4,
  base64url: (n) => Math.ceil(n * 4 / 3),
};

// ---- the C++-style slice/write methods -------------------------------------------

function notBuffer() {
  return nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a buffer');
}

function indexOutOfRange() {
  return nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
}

// Node's ParseArrayIndex: undefined gives the default, else the number
// truncated toward zero (NaN is 0); negative is out of range.
function parseArrayIndex(value, def) {
  if (value === undefined) return def;
  let n = +value;
  n = Number.isNaN(n) ? 0 : Math.trunc(n);
  if (n < 0) throw indexOutOfRange();
  return n;
}

function makeSlice(name, encoding) {
  const decode = encodingOps[encoding].slice;
  const maxLength = kSliceLength[encoding];
  const slice = {
    [name](start = undefined, end = undefined) {
      if (!ArrayBuffer.isView(this)) throw notBuffer();
      const length = this.byteLength;
      if (length === 0) return '';
      const s = parseArrayIndex(start, 0);
      let e = parseArrayIndex(end, length);
      if (e < s) e = s;
      if (e > length) throw indexOutOfRange();
      if (maxLength !== undefined && maxLength(e - s) > kStringMaxLength) throw stringTooLong();
      return decode(this, s, e);
    },
  }[name];
  return slice;
}

function makeWrite(name, encoding) {
  const write = encodingOps[encoding].write;
  return {
    [name](string = undefined, offset = undefined, length = undefined) {
      if (!ArrayBuffer.isView(this)) throw notBuffer();
      if (typeof string !== 'string') throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
      const size = this.byteLength;
      const off = parseArrayIndex(offset, 0);
      if (off > size) {
        throw nativeError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', '"offset" is outside of buffer bounds');
      }
      const max = Math.min(size - off, parseArrayIndex(length, size - off));
      if (max === 0) return 0;
      return write(this, string, off, max);
    },
  }[name];
}

// ---- instance methods ---------------------------------------------------------------

const proto = Buffer.prototype;

function compareBytes(a, aStart, aEnd, b, bStart, bEnd) {
  const n = Math.min(aEnd - aStart, bEnd - bStart);
  for (let i = 0; i < n; i++) {
    const x = a[aStart + i];
    const y = b[bStart + i];
    if (x !== y) return x < y ? -1 : 1;
  }
  const la = aEnd - aStart;
  const lb = bEnd - bStart;
  return la > lb ? 1 : la < lb ? -1 : 0;
}

function copyActual(source, target, targetStart, sourceStart, sourceEnd) {
  if (sourceEnd - sourceStart > target.length - targetStart) sourceEnd = sourceStart + target.length - targetStart;
  let nb = sourceEnd - sourceStart;
  const sourceLen = source.length - sourceStart;
  if (nb > sourceLen) nb = sourceLen;
  if (sourceStart !== 0 || sourceEnd < source.length) {
    source = new Uint8Array(source.buffer, source.byteOffset + sourceStart, nb);
  }
  typedArraySet.call(target, source, targetStart);
  return nb;
}

// +n floored, or the default when it is not finite.
function toInteger(n, defaultValue) {
  n = +n;
  if (Number.isFinite(n)) return n % 1 === 0 ? n : Math.floor(n);
  return defaultValue;
}

function copy(target, targetStart, sourceStart, sourceEnd) {
  const source = this;
  if (!isUint8Array(source)) throw new codes.ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  if (!isUint8Array(target)) throw new codes.ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = toInteger(targetStart, 0);
    if (targetStart < 0) throw new codes.ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
  }
  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > source.length) {
      throw new codes.ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${source.length}`, sourceStart);
    }
  }
  if (sourceEnd === undefined) {
    sourceEnd = source.length;
  } else {
    sourceEnd = toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw new codes.ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
  }
  if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
  return copyActual(source, target, targetStart, sourceStart, sourceEnd);
}

function toString(encoding, start, end) {
  if (arguments.length === 0) return utf8Slice(viewBytes(this), 0, this.length);
  const len = this.length;
  if (start <= 0) start = 0;
  else if (start >= len) return '';
  else start = Math.trunc(start) || 0;
  if (end === undefined || end > len) end = len;
  else end = Math.trunc(end) || 0;
  if (end <= start) return '';
  if (encoding === undefined) return utf8Slice(viewBytes(this), start, end);
  const ops = getEncodingOps(encoding);
  if (ops === undefined) throw new codes.ERR_UNKNOWN_ENCODING(encoding);
  const maxLength = kSliceLength[ops.encoding];
  if (maxLength !== undefined && maxLength(end - start) > kStringMaxLength) throw stringTooLong();
  return ops.slice(this, start, end);
}

function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer)) throw new codes.ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
  if (this === otherBuffer) return true;
  const len = this.byteLength;
  if (len !== otherBuffer.byteLength) return false;
  return len === 0 || compareBytes(viewBytes(this), 0, len, otherBuffer, 0, len) === 0;
}

function compareMethod(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) throw new codes.ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  if (arguments.length === 1) return compareBytes(this, 0, this.length, target, 0, target.length);
  if (targetStart === undefined) targetStart = 0;
  else validateOffset(targetStart, 'targetStart');
  if (targetEnd === undefined) targetEnd = target.length;
  else validateOffset(targetEnd, 'targetEnd', 0, target.length);
  if (sourceStart === undefined) sourceStart = 0;
  else validateOffset(sourceStart, 'sourceStart');
  if (sourceEnd === undefined) sourceEnd = this.length;
  else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
  if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
  if (targetStart >= targetEnd) return 1;
  if (sourceStart > this.length) {
    throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "sourceStart" is out of range.');
  }
  if (targetStart > target.length) {
    throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "targetStart" is out of range.');
  }
  // Only as much of the source as exists is compared; the lengths decide the rest.
  const n = Math.min(sourceEnd - sourceStart, targetEnd - targetStart, this.length - sourceStart);
  const c = compareBytes(this, sourceStart, sourceStart + n, target, targetStart, targetStart + n);
  if (c !== 0) return c;
  const la = sourceEnd - sourceStart;
  const lb = targetEnd - targetStart;
  return la > lb ? 1 : la < lb ? -1 : 0;
}

// ---- indexOf ----------------------------------------------------------------------

// Where a search starts, as node computes it: negative offsets count from the
// end; -1 means no match is possible.
function searchStart(length, offset, needleLength, forward) {
  if (offset < 0) {
    if (offset + length >= 0) return length + offset;
    if (forward || needleLength === 0) return 0;
    return -1;
  }
  if (offset + needleLength <= length) return offset;
  if (needleLength === 0) return length;
  if (forward) return -1;
  return length - 1;
}

// First (or last) i with haystack[i..] starting with needle, i >= start (or <= start).
function searchBytes(hay, hayLength, needle, needleLength, start, forward) {
  if (needleLength > hayLength) return -1;
  const first = needle[0];
  if (forward) {
    const last = hayLength - needleLength;
    for (let i = start; i <= last; i++) {
      if (hay[i] !== first) continue;
      let k = 1;
      while (k < needleLength && hay[i + k] === needle[k]) k++;
      if (k === needleLength) return i;
    }
    return -1;
  }
  for (let i = Math.min(start, hayLength - needleLength); i >= 0; i--) {
    if (hay[i] !== first) continue;
    let k = 1;
    while (k < needleLength && hay[i + k] === needle[k]) k++;
    if (k === needleLength) return i;
  }
  return -1;
}

// UTF-16 search: matches only at even byte offsets.
function searchUcs2(hay, hayLength, needle, needleLength, start, forward) {
  const units = hayLength >>> 1;
  const needleUnits = needleLength >>> 1;
  const unitAt = (bytes, i) => bytes[2 * i] | (bytes[2 * i + 1] << 8);
  const startUnit = Math.floor(start / 2);
  let found = units;
  if (needleUnits <= units) {
    const matches = (i) => {
      for (let k = 0; k < needleUnits; k++) if (unitAt(hay, i + k) !== unitAt(needle, k)) return false;
      return true;
    };
    if (forward) {
      for (let i = startUnit; i <= units - needleUnits; i++) {
        if (matches(i)) {
          found = i;
          break;
        }
      }
    } else {
      for (let i = Math.min(startUnit, units - needleUnits); i >= 0; i--) {
        if (matches(i)) {
          found = i;
          break;
        }
      }
    }
  }
  // Node reports "not found" as units * 2, which is only -1 when that equals
  // the haystack's byte length: with an odd-length haystack (buffer needles
  // only; string needles search an even-length haystack) it is length - 1.
  const result = found * 2;
  return result === hayLength ? -1 : result;
}

function indexOfBytes(hay, needle, byteOffset, ucs2, forward) {
  const hayLength = hay.length;
  const needleLength = needle.length;
  const start = searchStart(hayLength, byteOffset, needleLength, forward);
  if (needleLength === 0) return start;
  if (hayLength === 0 || start <= -1) return -1;
  if ((forward && needleLength + start > hayLength) || needleLength > hayLength) return -1;
  if (ucs2) {
    if (hayLength < 2 || needleLength < 2) return -1;
    return searchUcs2(hay, hayLength, needle, needleLength, start, forward);
  }
  return searchBytes(hay, hayLength, needle, needleLength, start, forward);
}

function indexOfString(hay, value, byteOffset, ops, forward) {
  let needle;
  switch (ops.searchAs) {
    case 'utf8':
      needle = enc.utf8Encode(value);
      break;
    case 'latin1':
      needle = new Uint8Array(value.length);
      enc.latin1Write(value, needle, 0, value.length);
      break;
    case 'utf16le': {
      needle = new Uint8Array(value.length * 2);
      enc.ucs2Write(value, needle, 0, needle.length);
      // An empty needle still counts as empty; a haystack under 2 bytes or a
      // needle of no units finds nothing.
      // String searches in UTF-16 ignore an odd last byte of the haystack.
      const hayLength = hay.length & ~1;
      const start = searchStart(hayLength, byteOffset, needle.length, forward);
      if (needle.length === 0) return start;
      if (hayLength === 0 || start <= -1) return -1;
      if ((forward && needle.length + start > hayLength) || needle.length > hayLength) return -1;
      if (hayLength < 2) return -1;
      return searchUcs2(hay, hayLength, needle, needle.length, start, forward);
    }
    default:
      // hex, base64 and ascii search for the decoded bytes.
      needle = fromStringFast(value, ops);
      return indexOfBytes(hay, needle, byteOffset, false, forward);
  }
  return indexOfBytes(hay, needle, byteOffset, false, forward);
}

function bidirectionalIndexOf(buffer, val, byteOffset, encoding, dir) {
  validators().validateBuffer(buffer);
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  if (Number.isNaN(byteOffset)) byteOffset = dir ? 0 : (buffer.length || buffer.byteLength);
  byteOffset = Math.trunc(byteOffset);
  dir = !!dir;
  const hay = viewBytes(buffer);
  if (typeof val === 'number') return indexOfNumber(hay, val >>> 0, byteOffset, dir);
  const ops = encoding === undefined ? encodingOps.utf8 : getEncodingOps(encoding);
  if (typeof val === 'string') {
    if (ops === undefined) throw new codes.ERR_UNKNOWN_ENCODING(encoding);
    return indexOfString(hay, val, byteOffset, ops, dir);
  }
  if (isUint8Array(val)) {
    const ucs2 = ops !== undefined && ops.encoding === 'utf16le';
    return indexOfBytes(hay, val, byteOffset, ucs2, dir);
  }
  throw new codes.ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
}

function indexOfNumber(hay, needle, byteOffset, forward) {
  const len = hay.length;
  const start = searchStart(len, byteOffset, 1, forward);
  if (start <= -1 || len === 0) return -1;
  const byte = needle & 0xFF;
  if (forward) {
    for (let i = start; i < len; i++) if (hay[i] === byte) return i;
  } else {
    for (let i = start; i >= 0; i--) if (hay[i] === byte) return i;
  }
  return -1;
}

function indexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
}

function lastIndexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
}

function includes(val, byteOffset, encoding) {
  return this.indexOf(val, byteOffset, encoding) !== -1;
}

// ---- fill -------------------------------------------------------------------------

function fill(value, offset, end, encoding) {
  return fillImpl(this, value, offset, end, encoding);
}

function fillImpl(buf, value, offset, end, encoding) {
  let normalized;
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    normalized = normalizeEncoding(encoding);
    if (normalized === undefined) {
      validators().validateString(encoding, 'encoding');
      throw new codes.ERR_UNKNOWN_ENCODING(encoding);
    }
    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1) {
      // A single character that is one byte fills like a number.
      if (normalized === 'utf8') {
        const code = value.charCodeAt(0);
        if (code < 128) value = code;
      } else if (normalized === 'latin1') {
        value = value.charCodeAt(0);
      }
    }
  } else {
    encoding = undefined;
  }

  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) end = buf.length;
    else validateOffset(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }

  if (typeof value === 'number') {
    const byteLen = buf.byteLength;
    const fillLength = end - offset;
    if (offset > end || fillLength + offset > byteLen) throw new codes.ERR_BUFFER_OUT_OF_BOUNDS();
    typedArrayFill.call(buf, value, offset, end);
  } else {
    const res = fillPattern(viewBytes(buf), value, offset, end, normalized);
    if (res < 0) {
      if (res === -1) throw new codes.ERR_INVALID_ARG_VALUE('value', value);
      throw new codes.ERR_BUFFER_OUT_OF_BOUNDS();
    }
  }
  return buf;
}

// Fills bytes [start, end) with a repeated pattern: the bytes of a view, the
// encoded string, or a single byte for anything else. -1 when the pattern is
// empty, -2 when out of bounds.
function fillPattern(bytes, value, start, end, encoding) {
  const fillLength = end - start;
  if (start > end || fillLength + start > bytes.length) return -2;
  let patternLength;
  if (ArrayBuffer.isView(value)) {
    const src = viewBytes(value);
    patternLength = src.length;
    bytes.set(patternLength > fillLength ? src.subarray(0, fillLength) : src, start);
  } else if (typeof value !== 'string') {
    typedArrayFill.call(bytes, (+value >>> 0) & 255, start, end);
    return 0;
  } else if (encoding === 'utf8' || encoding === undefined) {
    const encoded = enc.utf8Encode(value);
    patternLength = encoded.length;
    bytes.set(patternLength > fillLength ? encoded.subarray(0, fillLength) : encoded, start);
  } else if (encoding === 'utf16le') {
    const encoded = new Uint8Array(value.length * 2);
    enc.ucs2Write(value, encoded, 0, encoded.length);
    patternLength = encoded.length;
    bytes.set(patternLength > fillLength ? encoded.subarray(0, fillLength) : encoded, start);
  } else {
    patternLength = encodingOps[encoding].write(bytes, value, start, fillLength);
  }
  if (patternLength >= fillLength) return 0;
  if (patternLength === 0) return -1;
  // Double the filled prefix until done.
  let filled = patternLength;
  while (filled < fillLength) {
    const n = Math.min(filled, fillLength - filled);
    bytes.copyWithin(start + filled, start, start + n);
    filled += n;
  }
  return 0;
}

// ---- write / toJSON / subarray / swap ------------------------------------------------

function write(string, offset, length, encoding) {
  if (offset === undefined) return writeWith(encodingOps.utf8, this, string, 0, this.length);
  if (length === undefined && typeof offset === 'string') {
    encoding = offset;
    length = this.length;
    offset = 0;
  } else {
    validateOffset(offset, 'offset', 0, this.length);
    const remaining = this.length - offset;
    if (length === undefined) {
      length = remaining;
    } else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateOffset(length, 'length', 0, this.length);
      if (length > remaining) length = remaining;
    }
  }
  if (!encoding || encoding === 'utf8') return writeWith(encodingOps.utf8, this, string, offset, length);
  const ops = getEncodingOps(encoding);
  if (ops === undefined) throw new codes.ERR_UNKNOWN_ENCODING(encoding);
  return writeWith(ops, this, string, offset, length);
}

// The checks of node's C++ string writers, with offset and length already valid.
function writeWith(ops, buf, string, offset, length) {
  if (typeof string !== 'string') throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
  const max = Math.min(buf.byteLength - offset, length);
  if (max <= 0) return 0;
  return ops.write(buf, string, offset, max);
}

function toJSON() {
  if (this.length > 0) {
    const data = new Array(this.length);
    for (let i = 0; i < this.length; ++i) data[i] = this[i];
    return { type: 'Buffer', data };
  }
  return { type: 'Buffer', data: [] };
}

function adjustOffset(offset, length) {
  offset = Math.trunc(offset);
  if (offset === 0 || Number.isNaN(offset)) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  if (offset < length) return offset;
  return length;
}

function subarray(start, end) {
  const srcLength = this.length;
  start = adjustOffset(start, srcLength);
  end = end !== undefined ? adjustOffset(end, srcLength) : srcLength;
  const newLength = end > start ? end - start : 0;
  return new FastBuffer(this.buffer, this.byteOffset + start, newLength);
}

function slice(start, end) {
  return this.subarray(start, end);
}

function swapBytes(buf, size) {
  const len = buf.length;
  const half = size >> 1;
  for (let i = 0; i < len; i += size) {
    for (let k = 0; k < half; k++) {
      const t = buf[i + k];
      buf[i + k] = buf[i + size - 1 - k];
      buf[i + size - 1 - k] = t;
    }
  }
  return buf;
}

function swap16() {
  if (this.length % 2 !== 0) throw new codes.ERR_INVALID_BUFFER_SIZE('16-bits');
  return swapBytes(this, 2);
}

function swap32() {
  if (this.length % 4 !== 0) throw new codes.ERR_INVALID_BUFFER_SIZE('32-bits');
  return swapBytes(this, 4);
}

function swap64() {
  if (this.length % 8 !== 0) throw new codes.ERR_INVALID_BUFFER_SIZE('64-bits');
  return swapBytes(this, 8);
}

// ---- inspect ----------------------------------------------------------------------

function inspect(recurseTimes, ctx) {
  const max = INSPECT_MAX_BYTES;
  const actualMax = Math.min(max, this.length);
  const remaining = this.length - max;
  const shown = Math.trunc(actualMax);
  let str = '';
  if (shown > 0) {
    const hex = enc.hexEncode(viewBytes(this), 0, shown);
    for (let i = 0; i < hex.length; i += 2) str += (i === 0 ? '' : ' ') + hex.slice(i, i + 2);
  }
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  // Properties added to the buffer are listed after the bytes. Listing them
  // means listing every index too, so very large buffers skip this.
  if (ctx && this.length <= kInspectExtrasLimit) {
    const names = ctx.showHidden ? Object.getOwnPropertyNames(this) : Object.keys(this);
    const extra = { __proto__: null };
    let any = false;
    for (const key of names) {
      if (isArrayIndex(key)) continue;
      extra[key] = this[key];
      any = true;
    }
    for (const key of Object.getOwnPropertySymbols(this)) {
      if (!ctx.showHidden && !Object.prototype.propertyIsEnumerable.call(this, key)) continue;
      extra[key] = this[key];
      any = true;
    }
    if (any) {
      if (this.length !== 0) str += ', ';
      const text = require('internal/util/inspect').inspect(extra, { ...ctx, breakLength: Infinity, compact: true });
      // Drop the '[Object: null prototype] {' ... '}' around the entries.
      str += text.slice(27, -2);
    }
  }
  return `<${this.constructor.name} ${str}>`;
}

const kInspectExtrasLimit = 1 << 16;

function isArrayIndex(key) {
  const n = Number(key);
  return n >>> 0 === n && n !== 4294967295 && String(n) === key;
}

// ---- numbers ----------------------------------------------------------------------

function throwOffsetType(offset) {
  throw new codes.ERR_INVALID_ARG_TYPE('offset', 'number', offset);
}

function boundsError(value, length, type) {
  if (Math.floor(value) !== value) {
    validators().validateNumber(value, type);
    throw new codes.ERR_OUT_OF_RANGE(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw new codes.ERR_BUFFER_OUT_OF_BOUNDS();
  throw new codes.ERR_OUT_OF_RANGE(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
}

// Unsigned value of n bytes at offset, for any n up to 6.
function readUnsigned(buf, offset, n, littleEndian) {
  if (typeof offset !== 'number') throwOffsetType(offset);
  if (buf[offset] === undefined || buf[offset + n - 1] === undefined) boundsError(offset, buf.length - n);
  let v = 0;
  if (littleEndian) {
    for (let i = n - 1; i >= 0; i--) v = v * 256 + buf[offset + i];
  } else {
    for (let i = 0; i < n; i++) v = v * 256 + buf[offset + i];
  }
  return v;
}

function readSigned(buf, offset, n, littleEndian) {
  const v = readUnsigned(buf, offset, n, littleEndian);
  const half = 2 ** (8 * n - 1);
  return v >= half ? v - 2 * half : v;
}

function readUInt8(offset = 0) {
  if (typeof offset !== 'number') throwOffsetType(offset);
  const val = this[offset];
  if (val === undefined) boundsError(offset, this.length - 1);
  return val;
}

function readInt8(offset = 0) {
  if (typeof offset !== 'number') throwOffsetType(offset);
  const val = this[offset];
  if (val === undefined) boundsError(offset, this.length - 1);
  return val > 127 ? val - 256 : val;
}

function readUInt16LE(offset = 0) {
  if (typeof offset !== 'number') throwOffsetType(offset);
  const first = this[offset];
  const last = this[offset + 1];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 2);
  return first + last * 256;
}

function readUInt16BE(offset = 0) {
  if (typeof offset !== 'number') throwOffsetType(offset);
  const first = this[offset];
  const last = this[offset + 1];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 2);
  return first * 256 + last;
}

function readInt16LE(offset = 0) {
  const v = readUInt16LE.call(this, offset);
  return v > 0x7FFF ? v - 0x10000 : v;
}

function readInt16BE(offset = 0) {
  const v = readUInt16BE.call(this, offset);
  return v > 0x7FFF ? v - 0x10000 : v;
}

function readUInt32LE(offset = 0) {
  if (typeof offset !== 'number') throwOffsetType(offset);
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
  return first + this[offset + 1] * 0x100 + this[offset + 2] * 0x10000 + last * 0x1000000;
}

function readUInt32BE(offset = 0) {
  if (typeof offset !== 'number') throwOffsetType(offset);
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
  return first * 0x1000000 + this[offset + 1] * 0x10000 + this[offset + 2] * 0x100 + last;
}

function readInt32LE(offset = 0) {
  return readUInt32LE.call(this, offset) | 0;
}

function readInt32BE(offset = 0) {
  return readUInt32BE.call(this, offset) | 0;
}

function readUIntLE(offset, byteLength) {
  if (offset === undefined) throw new codes.ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (byteLength === 1) return readUInt8.call(this, offset);
  if (byteLength === 2) return readUInt16LE.call(this, offset);
  if (byteLength === 4) return readUInt32LE.call(this, offset);
  if (byteLength === 3 || byteLength === 5 || byteLength === 6) return readUnsigned(this, offset, byteLength, true);
  boundsError(byteLength, 6, 'byteLength');
}

function readUIntBE(offset, byteLength) {
  if (offset === undefined) throw new codes.ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (byteLength === 1) return readUInt8.call(this, offset);
  if (byteLength === 2) return readUInt16BE.call(this, offset);
  if (byteLength === 4) return readUInt32BE.call(this, offset);
  if (byteLength === 3 || byteLength === 5 || byteLength === 6) return readUnsigned(this, offset, byteLength, false);
  boundsError(byteLength, 6, 'byteLength');
}

function readIntLE(offset, byteLength) {
  if (offset === undefined) throw new codes.ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (byteLength === 1) return readInt8.call(this, offset);
  if (byteLength === 2) return readInt16LE.call(this, offset);
  if (byteLength === 4) return readInt32LE.call(this, offset);
  if (byteLength === 3 || byteLength === 5 || byteLength === 6) return readSigned(this, offset, byteLength, true);
  boundsError(byteLength, 6, 'byteLength');
}

function readIntBE(offset, byteLength) {
  if (offset === undefined) throw new codes.ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (byteLength === 1) return readInt8.call(this, offset);
  if (byteLength === 2) return readInt16BE.call(this, offset);
  if (byteLength === 4) return readInt32BE.call(this, offset);
  if (byteLength === 3 || byteLength === 5 || byteLength === 6) return readSigned(this, offset, byteLength, false);
  boundsError(byteLength, 6, 'byteLength');
}

function readBigUInt64LE(offset = 0) {
  if (typeof offset !== 'number') throwOffsetType(offset);
  if (this[offset] === undefined || this[offset + 7] === undefined) boundsError(offset, this.length - 8);
  const lo = this[offset] + this[offset + 1] * 0x100 + this[offset + 2] * 0x10000 + this[offset + 3] * 0x1000000;
  const hi = this[offset + 4] + this[offset + 5] * 0x100 + this[offset + 6] * 0x10000 + this[offset + 7] * 0x1000000;
  return BigInt(lo) + (BigInt(hi) << 32n);
}

function readBigUInt64BE(offset = 0) {
  if (typeof offset !== 'number') throwOffsetType(offset);
  if (this[offset] === undefined || this[offset + 7] === undefined) boundsError(offset, this.length - 8);
  const hi = this[offset] * 0x1000000 + this[offset + 1] * 0x10000 + this[offset + 2] * 0x100 + this[offset + 3];
  const lo = this[offset + 4] * 0x1000000 + this[offset + 5] * 0x10000 + this[offset + 6] * 0x100 + this[offset + 7];
  return (BigInt(hi) << 32n) + BigInt(lo);
}

function readBigInt64LE(offset = 0) {
  return BigInt.asIntN(64, readBigUInt64LE.call(this, offset));
}

function readBigInt64BE(offset = 0) {
  return BigInt.asIntN(64, readBigUInt64BE.call(this, offset));
}

// Scratch space for float conversions, made on first use.
let f32;
let f64;
let f32Bytes;
let f64Bytes;
function floatScratch() {
  f32 = new Float32Array(1);
  f64 = new Float64Array(1);
  f32Bytes = new Uint8Array(f32.buffer);
  f64Bytes = new Uint8Array(f64.buffer);
}

function readFloat(buf, offset, size, littleEndian) {
  if (typeof offset !== 'number') throwOffsetType(offset);
  if (buf[offset] === undefined || buf[offset + size - 1] === undefined) boundsError(offset, buf.length - size);
  if (f32 === undefined) floatScratch();
  const bytes = size === 4 ? f32Bytes : f64Bytes;
  const forward = littleEndian === enc.isLittleEndian();
  for (let i = 0; i < size; i++) bytes[forward ? i : size - 1 - i] = buf[offset + i];
  return size === 4 ? f32[0] : f64[0];
}

function writeFloat(buf, val, offset, size, littleEndian) {
  val = +val;
  checkBounds(buf, offset, size - 1);
  if (f32 === undefined) floatScratch();
  let bytes;
  if (size === 4) {
    f32[0] = val;
    bytes = f32Bytes;
  } else {
    f64[0] = val;
    bytes = f64Bytes;
  }
  const forward = littleEndian === enc.isLittleEndian();
  for (let i = 0; i < size; i++) buf[offset + i] = bytes[forward ? i : size - 1 - i];
  return offset + size;
}

function readFloatForwards(offset = 0) {
  return readFloat(this, offset, 4, true);
}

function readFloatBackwards(offset = 0) {
  return readFloat(this, offset, 4, false);
}

function readDoubleForwards(offset = 0) {
  return readFloat(this, offset, 8, true);
}

function readDoubleBackwards(offset = 0) {
  return readFloat(this, offset, 8, false);
}

function writeFloatForwards(val, offset = 0) {
  return writeFloat(this, val, offset, 4, true);
}

function writeFloatBackwards(val, offset = 0) {
  return writeFloat(this, val, offset, 4, false);
}

function writeDoubleForwards(val, offset = 0) {
  return writeFloat(this, val, offset, 8, true);
}

function writeDoubleBackwards(val, offset = 0) {
  return writeFloat(this, val, offset, 8, false);
}

function checkBounds(buf, offset, byteLength) {
  if (typeof offset !== 'number') throwOffsetType(offset);
  if (buf[offset] === undefined || buf[offset + byteLength] === undefined) {
    boundsError(offset, buf.length - (byteLength + 1));
  }
}

// How node words the range of a written value; `byteLength` is one less than
// the width, as node passes it.
function valueRange(min, max, byteLength) {
  const n = typeof min === 'bigint' ? 'n' : '';
  if (byteLength > 3) {
    const bits = (byteLength + 1) * 8;
    if (min === 0 || min === 0n) return `>= 0${n} and < 2${n} ** ${bits}${n}`;
    return `>= -(2${n} ** ${bits - 1}${n}) and < 2${n} ** ${bits - 1}${n}`;
  }
  return `>= ${min}${n} and <= ${max}${n}`;
}

function checkInt(value, min, max, buf, offset, byteLength) {
  if (value > max || value < min) throw new codes.ERR_OUT_OF_RANGE('value', valueRange(min, max, byteLength), value);
  checkBounds(buf, offset, byteLength);
}

// Writes the integer `value` in n bytes: the low 32 bits as ToUint32 sees
// them, the rest from floor(value / 2 ** 32), which is how node splits it.
function writeInteger(buf, value, offset, n, littleEndian, min, max) {
  value = +value;
  if (n === 1) {
    if (typeof offset !== 'number') throwOffsetType(offset);
    if (value > max || value < min) throw new codes.ERR_OUT_OF_RANGE('value', `>= ${min} and <= ${max}`, value);
    if (buf[offset] === undefined) boundsError(offset, buf.length - 1);
    buf[offset] = value;
    return offset + 1;
  }
  checkInt(value, min, max, buf, offset, n - 1);
  const lo = value >>> 0;
  const hi = n > 4 ? Math.floor(value * 2 ** -32) >>> 0 : 0;
  for (let i = 0; i < n; i++) {
    const byte = i < 4 ? lo >>> (8 * i) : hi >>> (8 * (i - 4));
    buf[littleEndian ? offset + i : offset + n - 1 - i] = byte;
  }
  return offset + n;
}

// The common writes take a shortcut when value and offset are plainly valid;
// anything else goes the checked way, which throws node's errors.
function writeUInt8(value, offset = 0) {
  if (typeof value === 'number' && value >= 0 && value <= 0xff && typeof offset === 'number' && (offset >>> 0) === offset && offset < this.length) {
    this[offset] = value;
    return offset + 1;
  }
  return writeInteger(this, value, offset, 1, true, 0, 0xff);
}

function writeInt8(value, offset = 0) {
  return writeInteger(this, value, offset, 1, true, -0x80, 0x7f);
}

function writeUInt16LE(value, offset = 0) {
  if (typeof value === 'number' && value >= 0 && value <= 0xffff && typeof offset === 'number' && (offset >>> 0) === offset && offset + 2 <= this.length) {
    this[offset] = value;
    this[offset + 1] = value >>> 8;
    return offset + 2;
  }
  value = +value;
  checkInt(value, 0, 0xffff, this, offset, 1);
  this[offset] = value;
  this[offset + 1] = value >>> 8;
  return offset + 2;
}

function writeUInt16BE(value, offset = 0) {
  if (typeof value === 'number' && value >= 0 && value <= 0xffff && typeof offset === 'number' && (offset >>> 0) === offset && offset + 2 <= this.length) {
    this[offset] = value >>> 8;
    this[offset + 1] = value;
    return offset + 2;
  }
  value = +value;
  checkInt(value, 0, 0xffff, this, offset, 1);
  this[offset] = value >>> 8;
  this[offset + 1] = value;
  return offset + 2;
}

function writeInt16LE(value, offset = 0) {
  value = +value;
  checkInt(value, -0x8000, 0x7fff, this, offset, 1);
  this[offset] = value;
  this[offset + 1] = value >>> 8;
  return offset + 2;
}

function writeInt16BE(value, offset = 0) {
  value = +value;
  checkInt(value, -0x8000, 0x7fff, this, offset, 1);
  this[offset] = value >>> 8;
  this[offset + 1] = value;
  return offset + 2;
}

function writeUInt32LE(value, offset = 0) {
  if (typeof value === 'number' && value >= 0 && value <= 0xffffffff && typeof offset === 'number' && (offset >>> 0) === offset && offset + 4 <= this.length) {
    this[offset] = value;
    this[offset + 1] = value >>> 8;
    this[offset + 2] = value >>> 16;
    this[offset + 3] = value >>> 24;
    return offset + 4;
  }
  value = +value;
  checkInt(value, 0, 0xffffffff, this, offset, 3);
  this[offset] = value;
  this[offset + 1] = value >>> 8;
  this[offset + 2] = value >>> 16;
  this[offset + 3] = value >>> 24;
  return offset + 4;
}

function writeUInt32BE(value, offset = 0) {
  if (typeof value === 'number' && value >= 0 && value <= 0xffffffff && typeof offset === 'number' && (offset >>> 0) === offset && offset + 4 <= this.length) {
    this[offset] = value >>> 24;
    this[offset + 1] = value >>> 16;
    this[offset + 2] = value >>> 8;
    this[offset + 3] = value;
    return offset + 4;
  }
  value = +value;
  checkInt(value, 0, 0xffffffff, this, offset, 3);
  this[offset] = value >>> 24;
  this[offset + 1] = value >>> 16;
  this[offset + 2] = value >>> 8;
  this[offset + 3] = value;
  return offset + 4;
}

function writeInt32LE(value, offset = 0) {
  return writeInteger(this, value, offset, 4, true, -0x80000000, 0x7fffffff);
}

function writeInt32BE(value, offset = 0) {
  return writeInteger(this, value, offset, 4, false, -0x80000000, 0x7fffffff);
}

const kUnsignedMax = [0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffff, 0xffffffffffff];

function writeUIntLE(value, offset, byteLength) {
  if (byteLength >= 1 && byteLength <= 6 && Number.isInteger(byteLength)) {
    return writeInteger(this, value, offset, byteLength, true, 0, kUnsignedMax[byteLength]);
  }
  boundsError(byteLength, 6, 'byteLength');
}

function writeUIntBE(value, offset, byteLength) {
  if (byteLength >= 1 && byteLength <= 6 && Number.isInteger(byteLength)) {
    return writeInteger(this, value, offset, byteLength, false, 0, kUnsignedMax[byteLength]);
  }
  boundsError(byteLength, 6, 'byteLength');
}

function writeIntLE(value, offset, byteLength) {
  if (byteLength >= 1 && byteLength <= 6 && Number.isInteger(byteLength)) {
    const half = 2 ** (8 * byteLength - 1);
    return writeInteger(this, value, offset, byteLength, true, -half, half - 1);
  }
  boundsError(byteLength, 6, 'byteLength');
}

function writeIntBE(value, offset, byteLength) {
  if (byteLength >= 1 && byteLength <= 6 && Number.isInteger(byteLength)) {
    const half = 2 ** (8 * byteLength - 1);
    return writeInteger(this, value, offset, byteLength, false, -half, half - 1);
  }
  boundsError(byteLength, 6, 'byteLength');
}

function writeBigInt64(buf, value, offset, min, max, littleEndian) {
  checkInt(value, min, max, buf, offset, 7);
  // Mixing a non-BigInt in here throws the engine's TypeError, as in node.
  const lo = Number(value & 0xffffffffn);
  const hi = Number((value >> 32n) & 0xffffffffn);
  for (let i = 0; i < 8; i++) {
    const byte = i < 4 ? lo >>> (8 * i) : hi >>> (8 * (i - 4));
    buf[littleEndian ? offset + i : offset + 7 - i] = byte;
  }
  return offset + 8;
}

function writeBigUInt64LE(value, offset = 0) {
  return writeBigInt64(this, value, offset, 0n, 0xffffffffffffffffn, true);
}

function writeBigUInt64BE(value, offset = 0) {
  return writeBigInt64(this, value, offset, 0n, 0xffffffffffffffffn, false);
}

function writeBigInt64LE(value, offset = 0) {
  return writeBigInt64(this, value, offset, -0x8000000000000000n, 0x7fffffffffffffffn, true);
}

function writeBigInt64BE(value, offset = 0) {
  return writeBigInt64(this, value, offset, -0x8000000000000000n, 0x7fffffffffffffffn, false);
}

// ---- prototype ----------------------------------------------------------------------

// Node's property order, aliases being the same function objects.
const methods = [
  ['readBigUInt64LE', readBigUInt64LE], ['readBigUInt64BE', readBigUInt64BE],
  ['readBigUint64LE', readBigUInt64LE], ['readBigUint64BE', readBigUInt64BE],
  ['readBigInt64LE', readBigInt64LE], ['readBigInt64BE', readBigInt64BE],
  ['writeBigUInt64LE', writeBigUInt64LE], ['writeBigUInt64BE', writeBigUInt64BE],
  ['writeBigUint64LE', writeBigUInt64LE], ['writeBigUint64BE', writeBigUInt64BE],
  ['writeBigInt64LE', writeBigInt64LE], ['writeBigInt64BE', writeBigInt64BE],
  ['readUIntLE', readUIntLE], ['readUInt32LE', readUInt32LE], ['readUInt16LE', readUInt16LE],
  ['readUInt8', readUInt8], ['readUIntBE', readUIntBE], ['readUInt32BE', readUInt32BE],
  ['readUInt16BE', readUInt16BE],
  ['readUintLE', readUIntLE], ['readUint32LE', readUInt32LE], ['readUint16LE', readUInt16LE],
  ['readUint8', readUInt8], ['readUintBE', readUIntBE], ['readUint32BE', readUInt32BE],
  ['readUint16BE', readUInt16BE],
  ['readIntLE', readIntLE], ['readInt32LE', readInt32LE], ['readInt16LE', readInt16LE],
  ['readInt8', readInt8], ['readIntBE', readIntBE], ['readInt32BE', readInt32BE],
  ['readInt16BE', readInt16BE],
  ['writeUIntLE', writeUIntLE], ['writeUInt32LE', writeUInt32LE], ['writeUInt16LE', writeUInt16LE],
  ['writeUInt8', writeUInt8], ['writeUIntBE', writeUIntBE], ['writeUInt32BE', writeUInt32BE],
  ['writeUInt16BE', writeUInt16BE],
  ['writeUintLE', writeUIntLE], ['writeUint32LE', writeUInt32LE], ['writeUint16LE', writeUInt16LE],
  ['writeUint8', writeUInt8], ['writeUintBE', writeUIntBE], ['writeUint32BE', writeUInt32BE],
  ['writeUint16BE', writeUInt16BE],
  ['writeIntLE', writeIntLE], ['writeInt32LE', writeInt32LE], ['writeInt16LE', writeInt16LE],
  ['writeInt8', writeInt8], ['writeIntBE', writeIntBE], ['writeInt32BE', writeInt32BE],
  ['writeInt16BE', writeInt16BE],
  ['readFloatLE', readFloatForwards], ['readFloatBE', readFloatBackwards],
  ['readDoubleLE', readDoubleForwards], ['readDoubleBE', readDoubleBackwards],
  ['writeFloatLE', writeFloatForwards], ['writeFloatBE', writeFloatBackwards],
  ['writeDoubleLE', writeDoubleForwards], ['writeDoubleBE', writeDoubleBackwards],
  ['asciiSlice', makeSlice('asciiSlice', 'ascii')], ['base64Slice', makeSlice('base64Slice', 'base64')],
  ['base64urlSlice', makeSlice('base64urlSlice', 'base64url')], ['latin1Slice', makeSlice('latin1Slice', 'latin1')],
  ['hexSlice', makeSlice('hexSlice', 'hex')], ['ucs2Slice', makeSlice('ucs2Slice', 'utf16le')],
  ['utf8Slice', makeSlice('utf8Slice', 'utf8')],
  ['asciiWrite', makeWrite('asciiWrite', 'ascii')], ['base64Write', makeWrite('base64Write', 'base64')],
  ['base64urlWrite', makeWrite('base64urlWrite', 'base64url')], ['latin1Write', makeWrite('latin1Write', 'latin1')],
  ['hexWrite', makeWrite('hexWrite', 'hex')], ['ucs2Write', makeWrite('ucs2Write', 'utf16le')],
  ['utf8Write', makeWrite('utf8Write', 'utf8')],
];
for (const [name, fn] of methods) {
  Object.defineProperty(proto, name, { value: fn, writable: true, enumerable: true, configurable: true });
}

Object.defineProperty(proto, 'parent', {
  enumerable: true,
  configurable: false,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.buffer;
  },
});
Object.defineProperty(proto, 'offset', {
  enumerable: true,
  configurable: false,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.byteOffset;
  },
});

Object.defineProperty(compareMethod, 'name', { value: 'compare' });
for (const [name, fn] of [
  ['copy', copy], ['toString', toString], ['equals', equals], ['inspect', inspect],
  ['compare', compareMethod], ['indexOf', indexOf], ['lastIndexOf', lastIndexOf], ['includes', includes],
  ['fill', fill], ['write', write], ['toJSON', toJSON], ['subarray', subarray], ['slice', slice],
  ['swap16', swap16], ['swap32', swap32], ['swap64', swap64], ['toLocaleString', toString],
  [kInspect, inspect],
]) {
  Object.defineProperty(proto, name, { value: fn, writable: true, enumerable: true, configurable: true });
}

// ---- module-level functions ------------------------------------------------------------

function isUtf8(input) {
  return validateBytes(input, enc.isUtf8);
}

function isAscii(input) {
  return validateBytes(input, enc.isAscii);
}

function validateBytes(input, check) {
  let bytes;
  if (isTypedArray(input)) {
    // A view of a detached buffer reads as empty.
    bytes = viewBytes(input);
  } else if (isAnyArrayBuffer(input)) {
    bytes = input.byteLength === 0 && isDetached(input) ? null : new Uint8Array(input);
  } else {
    throw new codes.ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
  }
  if (bytes === null) throw nativeError(Error, 'ERR_INVALID_STATE', 'Cannot validate on a detached buffer');
  return check(bytes, 0, bytes.length);
}

// A detached buffer refuses new views (a zero-length live one does not).
function isDetached(buffer) {
  try {
    new Uint8Array(buffer);
    return false;
  } catch {
    return true;
  }
}

function domException(message, name) {
  const Ctor = typeof globalThis.DOMException === 'function'
    ? globalThis.DOMException
    : require('internal/dom_exception').DOMException;
  return new Ctor(message, name);
}

function btoa(input) {
  if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('input');
  input = `${input}`;
  for (let i = 0; i < input.length; i++) {
    if (input.charCodeAt(i) > 0xff) throw domException('Invalid character', 'InvalidCharacterError');
  }
  const bytes = new Uint8Array(input.length);
  enc.latin1Write(input, bytes, 0, bytes.length);
  return enc.base64Encode(bytes, 0, bytes.length, false);
}

const isAsciiWhitespace = (c) => c === 0x09 || c === 0x0A || c === 0x0C || c === 0x0D || c === 0x20;

// WHATWG forgiving-base64 as node 20 applies it: up to two '=' (with
// whitespace anywhere) may end the input; a single leftover character is
// "not correctly encoded", any other flaw an "Invalid character".
function atob(input) {
  if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('input');
  input = `${input}`;
  let end = input.length;
  while (end > 0 && isAsciiWhitespace(input.charCodeAt(end - 1))) end--;
  let padding = 0;
  if (end > 0 && input.charCodeAt(end - 1) === 0x3D) {
    padding = 1;
    end--;
    while (end > 0 && isAsciiWhitespace(input.charCodeAt(end - 1))) end--;
    if (end > 0 && input.charCodeAt(end - 1) === 0x3D) {
      padding = 2;
      end--;
    }
  }
  let count = 0;
  for (let i = 0; i < end; i++) {
    const c = input.charCodeAt(i);
    if (isAsciiWhitespace(c)) continue;
    if ((c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || c === 0x2B || c === 0x2F) {
      count++;
    } else {
      throw domException('Invalid character', 'InvalidCharacterError');
    }
  }
  if (count % 4 === 1) {
    throw domException('The string to be decoded is not correctly encoded.', 'InvalidCharacterError');
  }
  if (padding > 0) {
    // The padding must complete the last group exactly.
    const tail = Math.floor(count * 3 / 4) % 3;
    if (tail === 0 || tail + 1 + padding !== 4) throw domException('Invalid character', 'InvalidCharacterError');
  }
  const bytes = enc.base64Decode(input.slice(0, end));
  return enc.latin1Decode(bytes, 0, bytes.length);
}

// ---- transcode ----------------------------------------------------------------------

// Code points ICU drops instead of substituting when the target charset
// lacks them (its "default ignorable" set).
const kIgnorable = [
  [0xAD, 0xAD], [0x34F, 0x34F], [0x61C, 0x61C], [0x115F, 0x1160], [0x17B4, 0x17B5], [0x180B, 0x180F],
  [0x200B, 0x200F], [0x202A, 0x202E], [0x2060, 0x206F], [0x3164, 0x3164], [0xFE00, 0xFE0F],
  [0xFEFF, 0xFEFF], [0xFFA0, 0xFFA0], [0xFFF0, 0xFFF8], [0x1BCA0, 0x1BCA3], [0x1D173, 0x1D17A],
  [0xE0000, 0xE0FFF],
];

function isIgnorable(cp) {
  for (const [lo, hi] of kIgnorable) if (cp >= lo && cp <= hi) return true;
  return false;
}

function transcodeError(name, errno) {
  const err = new Error(`Unable to transcode Buffer [${name}]`);
  err.code = name;
  err.errno = errno;
  return err;
}

// Code points of UTF-16LE bytes; lone surrogates stay as they are.
function ucs2CodePoints(bytes) {
  const n = bytes.length >>> 1;
  const out = [];
  for (let i = 0; i < n; i++) {
    const u = bytes[2 * i] | (bytes[2 * i + 1] << 8);
    if (u >= 0xD800 && u <= 0xDBFF && i + 1 < n) {
      const v = bytes[2 * i + 2] | (bytes[2 * i + 3] << 8);
      if (v >= 0xDC00 && v <= 0xDFFF) {
        out.push(((u - 0xD800) << 10) + (v - 0xDC00) + 0x10000);
        i++;
        continue;
      }
    }
    out.push(u);
  }
  return out;
}

function codePointsOf(string) {
  const out = [];
  for (const ch of string) out.push(ch.codePointAt(0));
  return out;
}

// Encodes code points into a one-byte charset, unmappable ones as '?' unless ignorable.
function toSingleByte(codePoints, limit) {
  const out = [];
  for (const cp of codePoints) {
    if (cp <= limit && (cp < 0xD800 || cp > 0xDFFF)) out.push(cp);
    else if (!isIgnorable(cp)) out.push(0x3F);
  }
  return Buffer.from(out);
}

function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) throw new codes.ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  if (source.length === 0) return Buffer.alloc(0);
  const from = normalizeEncoding(fromEncoding) || fromEncoding;
  const to = normalizeEncoding(toEncoding) || toEncoding;
  const known = (e) => e === 'ascii' || e === 'latin1' || e === 'utf16le' || e === 'utf8';
  if (!known(from) || !known(to)) throw transcodeError('U_ILLEGAL_ARGUMENT_ERROR', 1);

  if (from === 'ascii' || from === 'latin1') {
    if (to === 'utf16le') {
      const out = Buffer.alloc(source.length * 2);
      for (let i = 0; i < source.length; i++) out[2 * i] = source[i];
      return out;
    }
    // ICU's US-ASCII reads bytes above 0x7F as U+FFFD.
    const points = Array.from(source, (b) => (from === 'ascii' && b > 0x7F ? 0xFFFD : b));
    if (to === 'utf8') return Buffer.from(enc.unitsToString(Uint16Array.from(points), 0, points.length));
    return toSingleByte(points, to === 'ascii' ? 0x7F : 0xFF);
  }

  if (from === 'utf8') {
    if (to === 'utf16le') {
      if (!enc.isUtf8(source, 0, source.length)) throw transcodeError('U_INVALID_CHAR_FOUND', 10);
      return Buffer.from(enc.utf8Decode(source, 0, source.length), 'utf16le');
    }
    const text = enc.utf8Decode(source, 0, source.length);
    if (to === 'utf8') return Buffer.from(text);
    return toSingleByte(codePointsOf(text), to === 'ascii' ? 0x7F : 0xFF);
  }

  // UTF-16LE source; an odd last byte is ignored except where noted.
  if (to === 'utf8') {
    if (source.length < 2) throw transcodeError('U_INVALID_CHAR_FOUND', 10);
    const text = enc.ucs2Decode(source, 0, source.length);
    if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text)) {
      throw transcodeError('U_INVALID_CHAR_FOUND', 10);
    }
    return Buffer.from(text);
  }
  const points = ucs2CodePoints(source);
  if (to === 'utf16le') {
    const units = [];
    for (const cp of points) {
      if (cp >= 0xD800 && cp <= 0xDFFF) units.push(0xFFFD);
      else if (cp > 0xFFFF) units.push(0xD800 + ((cp - 0x10000) >> 10), 0xDC00 + ((cp - 0x10000) & 0x3FF));
      else units.push(cp);
    }
    // ICU turns the dangling byte into one more U+FFFD, or into the same one
    // as a high surrogate just before it.
    const last = points[points.length - 1];
    if (source.length % 2 === 1 && !(last >= 0xD800 && last <= 0xDBFF)) units.push(0xFFFD);
    const out = Buffer.alloc(units.length * 2);
    for (let i = 0; i < units.length; i++) {
      out[2 * i] = units[i] & 0xFF;
      out[2 * i + 1] = units[i] >>> 8;
    }
    return out;
  }
  return toSingleByte(points, to === 'ascii' ? 0x7F : 0xFF);
}

// ---- Blob and File --------------------------------------------------------------------

let BlobClass;
let FileClass;

function lazyBlob() {
  if (BlobClass === undefined) defineBlob();
  return BlobClass;
}

function lazyFile() {
  if (FileClass === undefined) defineBlob();
  return FileClass;
}

// MIME types with characters outside U+0020-U+007E are dropped.
const kDisallowedType = /[^\u0020-\u007E]/u;

function defineBlob() {
  let isBlob;
  let blobBytes;

  const toUSVString = (s) => s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

  function sourceBytes(source, endings) {
    if (isBlob(source)) return blobBytes(source);
    if (isAnyArrayBuffer(source)) return new Uint8Array(source.slice(0));
    if (ArrayBuffer.isView(source)) {
      return new Uint8Array(source.buffer.slice(source.byteOffset, source.byteOffset + source.byteLength));
    }
    source = `${source}`;
    if (endings === 'native') source = source.replace(/\n|\r\n/g, '\n');
    return enc.utf8Encode(source);
  }

  function invalidThis(name) {
    return new codes.ERR_INVALID_THIS(name);
  }

  function inspectFields(label, obj, fields, depth, options) {
    // Node's blobs carry symbol-keyed state, so past the depth limit they
    // print as [Blob]; ours have none to show, hence the explicit text.
    if (depth < 0) return options.stylize(`[${label}]`, 'special');
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `${label} ${require('internal/util/inspect').inspect(fields, opts)}`;
  }

  class Blob {
    #bytes;
    #type;

    constructor(sources = [], options = undefined) {
      if (sources === null || typeof sources[Symbol.iterator] !== 'function' || typeof sources === 'string') {
        throw new codes.ERR_INVALID_ARG_TYPE('sources', 'a sequence', sources);
      }
      validators().validateDictionary(options, 'options');
      let { type = '', endings = 'transparent' } = options ?? {};
      endings = `${endings}`;
      if (endings !== 'transparent' && endings !== 'native') {
        throw new codes.ERR_INVALID_ARG_VALUE('options.endings', endings);
      }
      let length = 0;
      const parts = Array.from(sources, (source) => {
        const bytes = sourceBytes(source, endings);
        length += bytes.length;
        return bytes;
      });
      if (length > kMaxLength) throw new codes.ERR_BUFFER_TOO_LARGE(kMaxLength);
      let bytes;
      if (parts.length === 1) {
        bytes = parts[0];
      } else {
        bytes = new Uint8Array(length);
        let at = 0;
        for (const part of parts) {
          bytes.set(part, at);
          at += part.length;
        }
      }
      this.#bytes = bytes;
      type = `${type}`;
      this.#type = kDisallowedType.test(type) ? '' : type.toLowerCase();
    }

    get type() {
      if (!isBlob(this)) throw invalidThis('Blob');
      return this.#type;
    }

    get size() {
      if (!isBlob(this)) throw invalidThis('Blob');
      return this.#bytes.length;
    }

    slice(start = 0, end = undefined, contentType = '') {
      if (!isBlob(this)) throw invalidThis('Blob');
      const size = this.#bytes.length;
      if (end === undefined) end = size;
      start = start < 0 ? Math.max(size + start, 0) : Math.min(start, size);
      end = end < 0 ? Math.max(size + end, 0) : Math.min(end, size);
      contentType = `${contentType}`;
      contentType = kDisallowedType.test(contentType) ? '' : contentType.toLowerCase();
      const from = Math.trunc(start) || 0;
      const span = Math.max(Math.trunc(end) - from, 0) || 0;
      const blob = new Blob([], { type: '' });
      // Slices share the (immutable) bytes.
      blob.#bytes = this.#bytes.subarray(from, from + span);
      blob.#type = contentType;
      return blob;
    }

    arrayBuffer() {
      if (!isBlob(this)) return Promise.reject(invalidThis('Blob'));
      const bytes = this.#bytes;
      return Promise.resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
    }

    text() {
      if (!isBlob(this)) return Promise.reject(invalidThis('Blob'));
      const bytes = this.#bytes;
      // As TextDecoder does by default: a leading BOM goes.
      const start = bytes.length >= 3 && bytes[0] === 0xEF && bytes[1] === 0xBB && bytes[2] === 0xBF ? 3 : 0;
      return Promise.resolve(enc.utf8Decode(bytes, start, bytes.length));
    }

    bytes() {
      if (!isBlob(this)) throw invalidThis('Blob');
      return Promise.resolve(this.#bytes.slice());
    }

    stream() {
      if (!isBlob(this)) throw invalidThis('Blob');
      const ReadableStream = globalThis.ReadableStream;
      if (typeof ReadableStream !== 'function') throw new codes.ERR_METHOD_NOT_IMPLEMENTED('stream');
      const bytes = this.#bytes;
      let at = 0;
      const pull = (controller) => {
        if (at >= bytes.length) {
          controller.close();
          return;
        }
        const end = Math.min(at + 65536, bytes.length);
        controller.enqueue(bytes.slice(at, end));
        at = end;
        if (at >= bytes.length) controller.close();
      };
      try {
        return new ReadableStream({ type: 'bytes', pull }, { highWaterMark: 0 });
      } catch {
        return new ReadableStream({ pull }, { highWaterMark: 0 });
      }
    }

    [kInspect](depth, options) {
      return inspectFields('Blob', this, { size: this.size, type: this.type }, depth, options);
    }

    static {
      isBlob = (value) => value !== null && typeof value === 'object' && #bytes in value;
      blobBytes = (blob) => blob.#bytes;
    }
  }

  for (const name of ['type', 'size', 'slice', 'arrayBuffer', 'text', 'stream']) {
    Object.defineProperty(Blob.prototype, name, { enumerable: true });
  }
  Object.defineProperty(Blob.prototype, Symbol.toStringTag, {
    value: 'Blob', writable: false, enumerable: false, configurable: true,
  });

  class File extends Blob {
    #name;
    #lastModified;

    constructor(fileBits, fileName, options = {}) {
      if (arguments.length < 2) throw new codes.ERR_MISSING_ARGS('fileBits', 'fileName');
      super(fileBits, options);
      let { lastModified } = options ?? {};
      if (lastModified !== undefined) {
        lastModified = +lastModified;
        if (Number.isNaN(lastModified)) lastModified = 0;
      } else {
        lastModified = Date.now();
      }
      this.#name = toUSVString(`${fileName}`);
      this.#lastModified = lastModified;
    }

    // No brand check in node either: the engine's TypeError for a foreign `this`.
    get name() {
      return this.#name;
    }

    get lastModified() {
      return this.#lastModified;
    }

    [kInspect](depth, options) {
      return inspectFields('File', this, { size: this.size, type: this.type, name: this.#name,
        lastModified: this.#lastModified }, depth, options);
    }
  }
  for (const name of ['name', 'lastModified']) Object.defineProperty(File.prototype, name, { enumerable: true });
  Object.defineProperty(File.prototype, Symbol.toStringTag, {
    value: 'File', writable: false, enumerable: false, configurable: true,
  });

  BlobClass = Blob;
  FileClass = File;
}

// The Blob registered by URL.createObjectURL for a blob:nodedata:<id> URL
// (a new Blob over the same bytes), else undefined.
function resolveObjectURL(url) {
  url = `${url}`;
  // As the URL parser: outer C0 controls and spaces go, tabs and newlines too.
  url = url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  const match = /^blob:([^?#]*)/i.exec(url);
  if (match === null) return undefined;
  const parts = match[1].split(':');
  if (parts.length !== 2 || parts[0] !== 'nodedata') return undefined;
  let registry;
  try {
    registry = require('internal/url_whatwg').blobUrls;
  } catch {
    return undefined;
  }
  const blob = registry?.get(`blob:nodedata:${parts[1]}`);
  return blob === undefined ? undefined : blob.slice(0, blob.size, blob.type);
}

// ---- exports ------------------------------------------------------------------------

const constants = {};
Object.defineProperties(constants, {
  MAX_LENGTH: { value: kMaxLength, writable: false, enumerable: true },
  MAX_STRING_LENGTH: { value: kStringMaxLength, writable: false, enumerable: true },
});

module.exports = {
  Buffer,
  SlowBuffer,
  transcode,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
};

Object.defineProperties(module.exports, {
  constants: { value: constants, writable: false, enumerable: true, configurable: false },
  INSPECT_MAX_BYTES: {
    get() { return INSPECT_MAX_BYTES; },
    set(value) {
      validators().validateNumber(value, 'INSPECT_MAX_BYTES', 0);
      INSPECT_MAX_BYTES = value;
    },
    enumerable: true,
    configurable: true,
  },
});

// Blob, resolveObjectURL and File are made on first access and then become plain
// values, as node's lazy properties do.
for (const [name, load] of [['Blob', lazyBlob], ['resolveObjectURL', () => resolveObjectURL], ['File', lazyFile]]) {
  const set = { [`set ${name}`](value) {
    Object.defineProperty(module.exports, name, { value, writable: true, enumerable: true, configurable: true });
  } }[`set ${name}`];
  Object.defineProperty(module.exports, name, {
    get: { [`get ${name}`]() {
      const value = load();
      set(value);
      return value;
    } }[`get ${name}`],
    set,
    enumerable: true,
    configurable: true,
  });
}
