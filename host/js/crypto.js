'use strict';
// The `crypto` module: hashes and HMACs (streaming, through host ops over the
// RustCrypto crates), randomness, pbkdf2, scrypt, timingSafeEqual and
// webcrypto.getRandomValues/randomUUID/subtle.digest.

function codes() {
  return require('internal/errors').codes;
}

function validators() {
  return require('internal/validators');
}

function B() {
  return require('buffer').Buffer;
}

// Hash state lives in Rust; this frees the state of hashes dropped undigested.
const registry = typeof FinalizationRegistry === 'function' ? new FinalizationRegistry((id) => bindings.hashFree(id)) : null;

function toBytes(data, encoding, name = 'data') {
  if (typeof data === 'string') return encoding && encoding !== 'utf8' && encoding !== 'utf-8' ? B().from(data, encoding) : data;
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  throw new (codes().ERR_INVALID_ARG_TYPE)(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

function encodeOutput(bytes, encoding) {
  const buf = B().from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return encoding && encoding !== 'buffer' ? buf.toString(encoding) : buf;
}

const kId = Symbol('id');
const kDone = Symbol('done');
const kStream = Symbol('stream');

// Hash and Hmac are Transform streams in Node; the stream is made on first use,
// so plain update()/digest() never loads the stream module.
class HashBase {
  constructor(id) {
    this[kId] = id;
    this[kDone] = false;
    this[kStream] = null;
    if (registry) registry.register(this, id, this);
  }

  update(data, inputEncoding) {
    if (this[kDone]) throw new (codes().ERR_CRYPTO_HASH_FINALIZED)();
    if (typeof data !== 'string' && !ArrayBuffer.isView(data)) {
      throw new (codes().ERR_INVALID_ARG_TYPE)('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
    }
    bindings.hashUpdate(this[kId], toBytes(data, inputEncoding));
    return this;
  }

  digest(outputEncoding) {
    if (this[kDone]) throw new (codes().ERR_CRYPTO_HASH_FINALIZED)();
    this[kDone] = true;
    if (registry) registry.unregister(this);
    return encodeOutput(bindings.hashDigest(this[kId]), outputEncoding);
  }

  #stream() {
    if (this[kStream] === null) {
      const { Transform } = require('stream');
      const self = this;
      this[kStream] = new Transform({
        transform(chunk, encoding, callback) {
          self.update(chunk, encoding);
          callback();
        },
        flush(callback) {
          this.push(self.digest());
          callback();
        },
      });
    }
    return this[kStream];
  }

  write(...args) { return this.#stream().write(...args); }
  end(...args) { this.#stream().end(...args); return this; }
  read(...args) { return this.#stream().read(...args); }
  pipe(...args) { return this.#stream().pipe(...args); }
  setEncoding(...args) { this.#stream().setEncoding(...args); return this; }
  on(...args) { this.#stream().on(...args); return this; }
  once(...args) { this.#stream().once(...args); return this; }
  off(...args) { this.#stream().off(...args); return this; }
  removeListener(...args) { this.#stream().removeListener(...args); return this; }
  emit(...args) { return this.#stream().emit(...args); }
  destroy(...args) { this.#stream().destroy(...args); return this; }
  [Symbol.asyncIterator]() { return this.#stream()[Symbol.asyncIterator](); }
}

class Hash extends HashBase {
  constructor(algorithm, options) {
    validators().validateString(algorithm, 'algorithm');
    if (options !== undefined && options !== null && typeof options !== 'object') throw new (codes().ERR_INVALID_ARG_TYPE)('options', 'object', options);
    super(bindings.hashNew(algorithm));
  }

  copy(options) {
    if (this[kDone]) throw new (codes().ERR_CRYPTO_HASH_FINALIZED)();
    const h = Object.create(Hash.prototype);
    h[kId] = bindings.hashCopy(this[kId]);
    h[kDone] = false;
    h[kStream] = null;
    if (registry) registry.register(h, h[kId], h);
    void options;
    return h;
  }
}

class Hmac extends HashBase {
  constructor(algorithm, key, options) {
    validators().validateString(algorithm, 'hmac');
    if (key === null || key === undefined) throw new (codes().ERR_INVALID_ARG_TYPE)('key', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'string', 'KeyObject', 'CryptoKey'], key);
    const keyBytes = typeof key === 'string' ? B().from(key, (options && options.encoding) || 'utf8') : toBytes(key, undefined, 'key');
    super(bindings.hashNew(algorithm, keyBytes));
  }
}

function createHash(algorithm, options) {
  return new Hash(algorithm, options);
}

function createHmac(algorithm, key, options) {
  return new Hmac(algorithm, key, options);
}

// crypto.hash(algorithm, data, outputEncoding = 'hex'): one shot.
function hash(algorithm, data, outputEncoding = 'hex') {
  validators().validateString(algorithm, 'algorithm');
  if (typeof data !== 'string' && !ArrayBuffer.isView(data)) throw new (codes().ERR_INVALID_ARG_TYPE)('data', ['Buffer', 'TypedArray', 'DataView', 'string'], data);
  return encodeOutput(bindings.hashOnce(algorithm, toBytes(data)), outputEncoding);
}

function getHashes() {
  return bindings.hashAlgorithms();
}

const kMaxRandom = 2 ** 31 - 1;

function randomBytes(size, callback) {
  validators().validateNumber(size, 'size', 0, kMaxRandom);
  const buf = encodeOutput(bindings.randomFill(size));
  if (typeof callback === 'function') {
    globalThis.process.nextTick(callback, null, buf);
    return undefined;
  }
  if (callback !== undefined) throw new (codes().ERR_INVALID_ARG_TYPE)('callback', 'function', callback);
  return buf;
}

function randomFillSync(buf, offset = 0, size) {
  if (!ArrayBuffer.isView(buf) && !(buf instanceof ArrayBuffer)) throw new (codes().ERR_INVALID_ARG_TYPE)('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
  const view = buf instanceof ArrayBuffer ? new Uint8Array(buf) : new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  if (size === undefined) size = view.byteLength - offset;
  view.set(bindings.randomFill(size), offset);
  return buf;
}

function randomFill(buf, offset, size, callback) {
  if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    size = undefined;
  } else if (typeof size === 'function') {
    callback = size;
    size = undefined;
  }
  validators().validateFunction(callback, 'callback');
  randomFillSync(buf, offset, size);
  globalThis.process.nextTick(callback, null, buf);
}

// A uniform integer in [min, max), rejecting the biased tail as Node does.
function randomInt(min, max, callback) {
  if (typeof max === 'undefined' || typeof max === 'function') {
    callback = max;
    max = min;
    min = 0;
  }
  if (!Number.isSafeInteger(min)) throw new (codes().ERR_INVALID_ARG_TYPE)('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw new (codes().ERR_INVALID_ARG_TYPE)('max', 'a safe integer', max);
  if (max <= min) throw new (codes().ERR_OUT_OF_RANGE)('max', `greater than the value of "min" (${min})`, max);
  const range = max - min;
  if (range > 2 ** 48 - 1) throw new (codes().ERR_OUT_OF_RANGE)('max - min', `<= ${2 ** 48 - 1}`, range);
  const limit = 2 ** 48 - (2 ** 48 % range);
  let n;
  do {
    const b = bindings.randomFill(6);
    n = b[0] * 2 ** 40 + b[1] * 2 ** 32 + b[2] * 2 ** 24 + b[3] * 2 ** 16 + b[4] * 2 ** 8 + b[5];
  } while (n >= limit);
  const value = min + (n % range);
  if (typeof callback === 'function') {
    globalThis.process.nextTick(callback, null, value);
    return undefined;
  }
  return value;
}

function randomUUID(options) {
  if (options !== undefined) validators().validateObject(options, 'options');
  const b = bindings.randomFill(16);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  let hex = '';
  for (let i = 0; i < 16; i++) hex += b[i].toString(16).padStart(2, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function getRandomValues(data) {
  const integerArrays = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, BigInt64Array, BigUint64Array];
  if (!integerArrays.some((C) => data instanceof C)) {
    const { DOMException } = require('internal/dom_exception');
    throw new DOMException("The data argument must be an integer-type TypedArray", 'TypeMismatchError');
  }
  if (data.byteLength > 65536) {
    const { DOMException } = require('internal/dom_exception');
    throw new DOMException(`The ArrayBufferView's byte length (${data.byteLength}) exceeds the number of bytes of entropy available via this API (65536)`, 'QuotaExceededError');
  }
  new Uint8Array(data.buffer, data.byteOffset, data.byteLength).set(bindings.randomFill(data.byteLength));
  return data;
}

function keyBytes(v, name) {
  if (typeof v === 'string') return v;
  if (ArrayBuffer.isView(v) || v instanceof ArrayBuffer) return toBytes(v, undefined, name);
  throw new (codes().ERR_INVALID_ARG_TYPE)(name, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], v);
}

function pbkdf2Args(password, salt, iterations, keylen, digest) {
  const v = validators();
  v.validateInt32(iterations, 'iterations', 1);
  v.validateInt32(keylen, 'keylen', 0);
  v.validateString(digest, 'digest');
  return [keyBytes(password, 'password'), keyBytes(salt, 'salt'), iterations, keylen, digest];
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  return encodeOutput(bindings.pbkdf2Sync(...pbkdf2Args(password, salt, iterations, keylen, digest)));
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') {
    callback = digest;
    digest = undefined;
  }
  validators().validateFunction(callback, 'callback');
  bindings.pbkdf2Async(...pbkdf2Args(password, salt, iterations, keylen, digest)).then(
    (b) => globalThis.process.nextTick(callback, null, encodeOutput(b)),
    (err) => globalThis.process.nextTick(callback, err),
  );
}

function scryptArgs(password, salt, keylen, options = {}) {
  validators().validateInt32(keylen, 'keylen', 0);
  const N = options.N ?? options.cost ?? 16384;
  const r = options.r ?? options.blockSize ?? 8;
  const p = options.p ?? options.parallelization ?? 1;
  return [keyBytes(password, 'password'), keyBytes(salt, 'salt'), keylen, N, r, p];
}

function scryptSync(password, salt, keylen, options) {
  return encodeOutput(bindings.scryptSync(...scryptArgs(password, salt, keylen, options)));
}

function scrypt(password, salt, keylen, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validators().validateFunction(callback, 'callback');
  bindings.scryptAsync(...scryptArgs(password, salt, keylen, options)).then(
    (b) => globalThis.process.nextTick(callback, null, encodeOutput(b)),
    (err) => globalThis.process.nextTick(callback, err),
  );
}

function timingSafeEqual(a, b) {
  if (!ArrayBuffer.isView(a) && !(a instanceof ArrayBuffer)) throw new (codes().ERR_INVALID_ARG_TYPE)('buf1', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], a);
  if (!ArrayBuffer.isView(b) && !(b instanceof ArrayBuffer)) throw new (codes().ERR_INVALID_ARG_TYPE)('buf2', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], b);
  const x = toBytes(a);
  const y = toBytes(b);
  if (x.byteLength !== y.byteLength) throw new (codes().ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH)();
  // No early exit: the time must not depend on where the inputs differ.
  let diff = 0;
  for (let i = 0; i < x.byteLength; i++) diff |= x[i] ^ y[i];
  return diff === 0;
}

const subtleDigests = { 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' };

const subtle = {
  async digest(algorithm, data) {
    const name = typeof algorithm === 'string' ? algorithm : algorithm && algorithm.name;
    const alg = subtleDigests[String(name).toUpperCase()];
    if (!alg) {
      const { DOMException } = require('internal/dom_exception');
      throw new DOMException('Unrecognized algorithm name', 'NotSupportedError');
    }
    const bytes = bindings.hashOnce(alg, toBytes(data, undefined, 'data'));
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  },
};

const webcrypto = {
  getRandomValues,
  randomUUID,
  subtle,
};
Object.defineProperty(webcrypto, Symbol.toStringTag, { value: 'Crypto', configurable: true });

module.exports = {
  createHash, createHmac, hash, getHashes, Hash, Hmac,
  randomBytes, randomFill, randomFillSync, randomInt, randomUUID, getRandomValues,
  pbkdf2, pbkdf2Sync, scrypt, scryptSync, timingSafeEqual,
  webcrypto, subtle,
  constants: {},
};
