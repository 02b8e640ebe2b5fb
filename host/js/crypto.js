'use strict';
// The `crypto` module: hashes and HMACs (streaming, through host ops over the
// RustCrypto crates), secret KeyObjects, randomness, pbkdf2, scrypt, hkdf,
// timingSafeEqual and webcrypto (getRandomValues, randomUUID, subtle.digest).
// Validation and error messages are node 20's; where node raises an error from
// C++ or OpenSSL, the error has that shape (no " Received ..." tail, no code).

function codes() {
  return require('internal/errors').codes;
}

function validators() {
  return require('internal/validators');
}

function B() {
  return require('buffer').Buffer;
}

function domException(message, name) {
  const { DOMException } = require('internal/dom_exception');
  return new DOMException(message, name);
}

// An error as node's C++ layer throws it: the plain class with an own `code`.
function nativeError(Ctor, code, message) {
  const err = new Ctor(message);
  if (code !== undefined) err.code = code;
  return err;
}

// Hash state lives in Rust; this frees the state of hashes dropped undigested.
const registry = typeof FinalizationRegistry === 'function' ? new FinalizationRegistry((id) => bindings.hashFree(id)) : null;

const kHandle = Symbol('kHandle');
const kState = Symbol('kState');
const kFinalized = Symbol('kFinalized');
const kCopy = Symbol('kCopy');

// ---- digests and their names ---------------------------------------------------

// Output sizes of what the host implements, by canonical name.
const digestSizes = {
  __proto__: null,
  md5: 16, sha1: 20, sha224: 28, sha256: 32, sha384: 48, sha512: 64, 'sha512-224': 28, 'sha512-256': 32,
  'sha3-224': 28, 'sha3-256': 32, 'sha3-384': 48, 'sha3-512': 64, ripemd160: 20,
};

// OpenSSL's other names for them (case-insensitive), as node's getHashes() lists.
const digestAliases = {
  __proto__: null,
  'rsa-md5': 'md5', md5withrsaencryption: 'md5', 'ssl3-md5': 'md5',
  'rsa-ripemd160': 'ripemd160', ripemd: 'ripemd160', rmd160: 'ripemd160', ripemd160withrsa: 'ripemd160', 'ripemd-160': 'ripemd160',
  'rsa-sha1': 'sha1', 'rsa-sha1-2': 'sha1', sha1withrsaencryption: 'sha1', 'ssl3-sha1': 'sha1', 'sha-1': 'sha1',
  'rsa-sha224': 'sha224', sha224withrsaencryption: 'sha224', 'sha-224': 'sha224',
  'rsa-sha256': 'sha256', sha256withrsaencryption: 'sha256', 'sha-256': 'sha256',
  'rsa-sha384': 'sha384', sha384withrsaencryption: 'sha384', 'sha-384': 'sha384',
  'rsa-sha512': 'sha512', sha512withrsaencryption: 'sha512', 'sha-512': 'sha512',
  'rsa-sha512/224': 'sha512-224', 'sha512-224withrsaencryption': 'sha512-224', 'sha512/224': 'sha512-224', 'sha-512/224': 'sha512-224',
  'rsa-sha512/256': 'sha512-256', 'sha512-256withrsaencryption': 'sha512-256', 'sha512/256': 'sha512-256', 'sha-512/256': 'sha512-256',
  'rsa-sha3-224': 'sha3-224', 'id-rsassa-pkcs1-v1_5-with-sha3-224': 'sha3-224',
  'rsa-sha3-256': 'sha3-256', 'id-rsassa-pkcs1-v1_5-with-sha3-256': 'sha3-256',
  'rsa-sha3-384': 'sha3-384', 'id-rsassa-pkcs1-v1_5-with-sha3-384': 'sha3-384',
  'rsa-sha3-512': 'sha3-512', 'id-rsassa-pkcs1-v1_5-with-sha3-512': 'sha3-512',
};

// node's getHashes() entries that name a digest the host has, in its order.
const hashNames = ['RSA-MD5', 'RSA-RIPEMD160', 'RSA-SHA1', 'RSA-SHA1-2', 'RSA-SHA224', 'RSA-SHA256', 'RSA-SHA3-224',
  'RSA-SHA3-256', 'RSA-SHA3-384', 'RSA-SHA3-512', 'RSA-SHA384', 'RSA-SHA512', 'RSA-SHA512/224', 'RSA-SHA512/256',
  'id-rsassa-pkcs1-v1_5-with-sha3-224', 'id-rsassa-pkcs1-v1_5-with-sha3-256', 'id-rsassa-pkcs1-v1_5-with-sha3-384',
  'id-rsassa-pkcs1-v1_5-with-sha3-512', 'md5', 'md5WithRSAEncryption', 'ripemd', 'ripemd160', 'ripemd160WithRSA', 'rmd160',
  'sha1', 'sha1WithRSAEncryption', 'sha224', 'sha224WithRSAEncryption', 'sha256', 'sha256WithRSAEncryption', 'sha3-224',
  'sha3-256', 'sha3-384', 'sha3-512', 'sha384', 'sha384WithRSAEncryption', 'sha512', 'sha512-224',
  'sha512-224WithRSAEncryption', 'sha512-256', 'sha512-256WithRSAEncryption', 'sha512WithRSAEncryption', 'ssl3-md5',
  'ssl3-sha1'];

// The host's name for a digest, or undefined when it has none.
function digestName(name) {
  const lower = String(name).toLowerCase();
  const canonical = digestAliases[lower] ?? lower;
  return digestSizes[canonical] !== undefined ? canonical : undefined;
}

function getHashes() {
  return hashNames.slice();
}

// ---- encodings -------------------------------------------------------------------

function isEncoding(encoding) {
  return typeof encoding === 'string' && B().isEncoding(encoding);
}

// What node's C++ does with a string and an encoding name: unknown names mean utf8.
function stringBytes(data, encoding) {
  if (!isEncoding(encoding) || /^utf-?8$/i.test(encoding)) return data;
  return B().from(data, encoding);
}

// Output as node's C++ encodes it: a known encoding gives a string, anything
// else (including 'buffer') a Buffer.
function encodeOutput(bytes, encoding) {
  const buf = B().from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return isEncoding(encoding) ? buf.toString(encoding) : buf;
}

function viewBytes(data) {
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return new Uint8Array(data);
}

function isAnyArrayBuffer(value) {
  return require('internal/util/types').isAnyArrayBuffer(value);
}

function getArrayBufferOrView(buffer, name, encoding) {
  if (isAnyArrayBuffer(buffer)) return buffer;
  if (typeof buffer === 'string') {
    if (encoding === 'buffer') encoding = 'utf8';
    return B().from(buffer, encoding);
  }
  if (!ArrayBuffer.isView(buffer)) {
    throw new (codes().ERR_INVALID_ARG_TYPE)(name, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
  return buffer;
}

// hex input of odd length is refused rather than silently truncated.
function validateEncoding(data, encoding) {
  if (typeof encoding === 'string' && encoding.toLowerCase() === 'hex' && data.length % 2 !== 0) {
    throw new (codes().ERR_INVALID_ARG_VALUE)('encoding', encoding, `is invalid for data of length ${data.length}`);
  }
}

// ---- LazyTransform ---------------------------------------------------------------

// Hash and Hmac are Transform streams, as in node; the stream state is made on
// first use, and the stream module is loaded with the first instance, so plain
// update()/digest() users never pay for it up front.
function LazyTransform(options) {
  this._options = options;
}

let lazyTransformReady = false;
function setupLazyTransform() {
  if (lazyTransformReady) return;
  lazyTransformReady = true;
  const { Transform } = require('stream');
  Object.setPrototypeOf(LazyTransform.prototype, Transform.prototype);
  Object.setPrototypeOf(LazyTransform, Transform);
  const makeGetter = (name) => function () {
    Transform.call(this, this._options);
    this._writableState.decodeStrings = false;
    return this[name];
  };
  const makeSetter = (name) => function (value) {
    Object.defineProperty(this, name, { value, enumerable: true, configurable: true, writable: true });
  };
  Object.defineProperties(LazyTransform.prototype, {
    _readableState: { get: makeGetter('_readableState'), set: makeSetter('_readableState'), configurable: true, enumerable: true },
    _writableState: { get: makeGetter('_writableState'), set: makeSetter('_writableState'), configurable: true, enumerable: true },
  });
}

// ---- Hash and Hmac ----------------------------------------------------------------

// A handle on a running digest in the host.
class HashHandle {
  constructor(id, size) {
    this.id = id;
    this.size = size;
    if (registry) registry.register(this, id, this);
  }

  update(data, encoding) {
    bindings.hashUpdate(this.id, typeof data === 'string' ? stringBytes(data, encoding) : viewBytes(data));
  }

  digest(outputEncoding) {
    if (registry) registry.unregister(this);
    return encodeOutput(bindings.hashDigest(this.id), outputEncoding);
  }

  copy() {
    return new HashHandle(bindings.hashCopy(this.id), this.size);
  }
}

function Hash(algorithm, options) {
  if (!(this instanceof Hash)) return new Hash(algorithm, options);
  setupLazyTransform();
  if (algorithm instanceof HashHandle && options?.[kCopy]) {
    this[kHandle] = algorithm.copy();
    options = options.options;
  } else {
    validators().validateString(algorithm, 'algorithm');
    const xofLen = typeof options === 'object' && options !== null ? options.outputLength : undefined;
    if (xofLen !== undefined) validators().validateUint32(xofLen, 'options.outputLength');
    const name = digestName(algorithm);
    if (name === undefined) throw nativeError(Error, undefined, 'Digest method not supported');
    // None of the host's digests is an XOF: only their own length is allowed.
    if (xofLen !== undefined && xofLen !== digestSizes[name]) {
      const err = new Error('error:030000B2:digital envelope routines::not XOF or invalid length');
      err.library = 'digital envelope routines';
      err.reason = 'not XOF or invalid length';
      err.code = 'ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH';
      throw err;
    }
    this[kHandle] = new HashHandle(bindings.hashNew(name), digestSizes[name]);
  }
  this[kState] = { [kFinalized]: false };
  Reflect.apply(LazyTransform, this, [options]);
}
Object.setPrototypeOf(Hash.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hash, LazyTransform);

Hash.prototype.copy = function copy(options) {
  if (this[kState][kFinalized]) throw new (codes().ERR_CRYPTO_HASH_FINALIZED)();
  return new Hash(this[kHandle], { [kCopy]: true, options });
};

Hash.prototype._transform = function _transform(chunk, encoding, callback) {
  this[kHandle].update(chunk, encoding);
  callback();
};

Hash.prototype._flush = function _flush(callback) {
  this.push(this[kHandle].digest());
  callback();
};

Hash.prototype.update = function update(data, encoding) {
  encoding = encoding || 'buffer';
  if (this[kState][kFinalized]) throw new (codes().ERR_CRYPTO_HASH_FINALIZED)();
  if (typeof data === 'string') {
    validateEncoding(data, encoding);
  } else if (!ArrayBuffer.isView(data)) {
    throw new (codes().ERR_INVALID_ARG_TYPE)('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  this[kHandle].update(data, encoding);
  return this;
};

Hash.prototype.digest = function digest(outputEncoding) {
  if (this[kState][kFinalized]) throw new (codes().ERR_CRYPTO_HASH_FINALIZED)();
  outputEncoding = outputEncoding || 'buffer';
  const ret = this[kHandle].digest(`${outputEncoding}`);
  this[kState][kFinalized] = true;
  return ret;
};

function getStringOption(options, key) {
  let value;
  if (options && (value = options[key]) != null) validators().validateString(value, `options.${key}`);
  return value;
}

function prepareSecretKey(key, encoding, bufferOnly = false) {
  if (!bufferOnly && key instanceof KeyObject) {
    if (key.type !== 'secret') throw new (codes().ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE)(key.type, 'secret');
    return key[kHandle];
  }
  if (typeof key !== 'string' && !ArrayBuffer.isView(key) && !isAnyArrayBuffer(key)) {
    throw new (codes().ERR_INVALID_ARG_TYPE)('key',
      ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', ...(bufferOnly ? [] : ['string', 'KeyObject', 'CryptoKey'])], key);
  }
  return getArrayBufferOrView(key, 'key', encoding);
}

function Hmac(hmac, key, options) {
  if (!(this instanceof Hmac)) return new Hmac(hmac, key, options);
  setupLazyTransform();
  validators().validateString(hmac, 'hmac');
  const encoding = getStringOption(options, 'encoding');
  key = prepareSecretKey(key, encoding);
  const name = digestName(hmac);
  if (name === undefined) throw new (codes().ERR_CRYPTO_INVALID_DIGEST)(hmac);
  this[kHandle] = new HashHandle(bindings.hashNew(name, viewBytes(key)), digestSizes[name]);
  this[kState] = { [kFinalized]: false };
  Reflect.apply(LazyTransform, this, [options]);
}
Object.setPrototypeOf(Hmac.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hmac, LazyTransform);

Hmac.prototype.update = Hash.prototype.update;

// A second digest() of an Hmac gives an empty result rather than throwing.
Hmac.prototype.digest = function digest(outputEncoding) {
  outputEncoding = outputEncoding || 'buffer';
  if (this[kState][kFinalized]) return encodeOutput(new Uint8Array(0), `${outputEncoding}`);
  const ret = this[kHandle].digest(`${outputEncoding}`);
  this[kState][kFinalized] = true;
  return ret;
};

Hmac.prototype._flush = Hash.prototype._flush;
Hmac.prototype._transform = Hash.prototype._transform;

function createHash(algorithm, options) {
  return new Hash(algorithm, options);
}

function createHmac(hmac, key, options) {
  return new Hmac(hmac, key, options);
}

// crypto.hash(algorithm, input, outputEncoding = 'hex'): one shot.
function hash(algorithm, input, outputEncoding = 'hex') {
  validators().validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !ArrayBuffer.isView(input)) {
    throw new (codes().ERR_INVALID_ARG_TYPE)('input', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
  }
  let normalized = outputEncoding;
  if (outputEncoding !== 'hex') {
    validators().validateString(outputEncoding, 'outputEncoding');
    if (outputEncoding.toLowerCase() === 'buffer') normalized = 'buffer';
    else if (!isEncoding(outputEncoding)) throw new (codes().ERR_INVALID_ARG_VALUE)('outputEncoding', outputEncoding);
  }
  const name = digestName(algorithm);
  if (name === undefined) throw nativeError(Error, undefined, `Digest method ${algorithm} is not supported`);
  return encodeOutput(bindings.hashOnce(name, typeof input === 'string' ? input : viewBytes(input)), normalized);
}

// ---- KeyObject (secret keys) ------------------------------------------------------------

const kKeyType = Symbol('kKeyType');

class KeyObject {
  constructor(type, handle) {
    if (type !== 'secret' && type !== 'public' && type !== 'private') throw new (codes().ERR_INVALID_ARG_VALUE)('type', type);
    if (!(handle instanceof Uint8Array) || handle[kKeyType] !== undefined) {
      throw new (codes().ERR_INVALID_ARG_TYPE)('handle', 'object', handle);
    }
    this[kKeyType] = type;
    Object.defineProperty(this, kHandle, { value: handle, enumerable: false, configurable: false, writable: false });
  }

  get type() {
    return this[kKeyType];
  }

  static from(key) {
    throw new (codes().ERR_INVALID_ARG_TYPE)('key', 'CryptoKey', key);
  }

  equals(otherKeyObject) {
    if (!(otherKeyObject instanceof KeyObject)) {
      throw new (codes().ERR_INVALID_ARG_TYPE)('otherKeyObject', 'KeyObject', otherKeyObject);
    }
    if (otherKeyObject.type !== this.type) return false;
    const a = this[kHandle];
    const b = otherKeyObject[kHandle];
    return a.byteLength === b.byteLength && timingSafeEqual(a, b);
  }
}

class SecretKeyObject extends KeyObject {
  constructor(handle) {
    super('secret', handle);
  }

  get symmetricKeySize() {
    return this[kHandle].byteLength;
  }

  get asymmetricKeyType() {
    return undefined;
  }

  export(options) {
    if (options !== undefined) {
      validators().validateObject(options, 'options');
      validators().validateOneOf(options.format, 'options.format', [undefined, 'buffer', 'jwk']);
      if (options.format === 'jwk') return { kty: 'oct', k: B().from(this[kHandle]).toString('base64url') };
    }
    return B().from(this[kHandle]);
  }
}

function createSecretKey(key, encoding) {
  key = prepareSecretKey(key, encoding, true);
  return new SecretKeyObject(new Uint8Array(viewBytes(key)));
}

// ---- randomness -------------------------------------------------------------------------

const kMaxPossibleLength = 2147483647;
const RAND_MAX = 0xffffffffffff;

function assertOffset(offset, elementSize, length) {
  validators().validateNumber(offset, 'offset');
  offset *= elementSize;
  const maxLength = Math.min(length, kMaxPossibleLength);
  if (Number.isNaN(offset) || offset > maxLength || offset < 0) {
    throw new (codes().ERR_OUT_OF_RANGE)('offset', `>= 0 && <= ${maxLength}`, offset);
  }
  return offset >>> 0;
}

function assertSize(size, elementSize, offset, length) {
  validators().validateNumber(size, 'size');
  size *= elementSize;
  if (Number.isNaN(size) || size > kMaxPossibleLength || size < 0) {
    throw new (codes().ERR_OUT_OF_RANGE)('size', `>= 0 && <= ${kMaxPossibleLength}`, size);
  }
  if (size + offset > length) throw new (codes().ERR_OUT_OF_RANGE)('size + offset', `<= ${length}`, size + offset);
  return size >>> 0;
}

function fillRandom(buf, offset, size) {
  const bytes = isAnyArrayBuffer(buf) ? new Uint8Array(buf) : new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  bytes.set(bindings.randomFill(size), offset);
}

// The host fills synchronously; node's callbacks come from its thread pool,
// after the current tick and its microtasks, which setImmediate mirrors.
function later(fn) {
  setImmediate(fn);
}

function randomBytes(size, callback) {
  size = assertSize(size, 1, 0, Infinity);
  if (callback !== undefined) validators().validateFunction(callback, 'callback');
  const buf = B().alloc(size);
  fillRandom(buf, 0, size);
  if (callback === undefined) return buf;
  later(() => callback(null, buf));
  return undefined;
}

function checkBuf(buf) {
  if (!isAnyArrayBuffer(buf) && !ArrayBuffer.isView(buf)) {
    throw new (codes().ERR_INVALID_ARG_TYPE)('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
  }
}

function randomFillSync(buf, offset = 0, size) {
  checkBuf(buf);
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  offset = assertOffset(offset, elementSize, buf.byteLength);
  if (size === undefined) size = buf.byteLength - offset;
  else size = assertSize(size, elementSize, offset, buf.byteLength);
  if (size === 0) return buf;
  fillRandom(buf, offset, size);
  return buf;
}

function randomFill(buf, offset, size, callback) {
  checkBuf(buf);
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    size = buf.byteLength;
  } else if (typeof size === 'function') {
    callback = size;
    offset = assertOffset(offset, elementSize, buf.byteLength);
    size = buf.byteLength - offset;
  } else {
    validators().validateFunction(callback, 'callback');
    offset = assertOffset(offset, elementSize, buf.byteLength);
    if (size === undefined) size = buf.byteLength - offset;
    else size = assertSize(size, elementSize, offset, buf.byteLength);
  }
  validators().validateFunction(callback, 'callback');
  if (size === 0) {
    callback(null, buf);
    return;
  }
  fillRandom(buf, offset, size);
  later(() => callback(null, buf));
}

// A uniform integer in [min, max), rejecting the biased tail as node does.
function randomInt(min, max, callback) {
  const minNotSpecified = typeof max === 'undefined' || typeof max === 'function';
  if (minNotSpecified) {
    callback = max;
    max = min;
    min = 0;
  }
  const isSync = typeof callback === 'undefined';
  if (!isSync) validators().validateFunction(callback, 'callback');
  if (!Number.isSafeInteger(min)) throw new (codes().ERR_INVALID_ARG_TYPE)('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw new (codes().ERR_INVALID_ARG_TYPE)('max', 'a safe integer', max);
  if (max <= min) throw new (codes().ERR_OUT_OF_RANGE)('max', `greater than the value of "min" (${min})`, max);
  const range = max - min;
  if (!(range <= RAND_MAX)) {
    throw new (codes().ERR_OUT_OF_RANGE)(`max${minNotSpecified ? '' : ' - min'}`, `<= ${RAND_MAX}`, range);
  }
  const limit = RAND_MAX - (RAND_MAX % range);
  let n;
  do {
    const b = bindings.randomFill(6);
    n = b[0] * 2 ** 40 + b[1] * 2 ** 32 + b[2] * 2 ** 24 + b[3] * 2 ** 16 + b[4] * 2 ** 8 + b[5];
  } while (n >= limit);
  const value = min + (n % range);
  if (isSync) return value;
  globalThis.process.nextTick(callback, undefined, value);
  return undefined;
}

function randomUUID(options) {
  if (options !== undefined) validators().validateObject(options, 'options');
  const { disableEntropyCache = false } = options || {};
  validators().validateBoolean(disableEntropyCache, 'options.disableEntropyCache');
  const b = bindings.randomFill(16);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  let hex = '';
  for (let i = 0; i < 16; i++) hex += b[i].toString(16).padStart(2, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function getRandomValues(data) {
  const types = require('internal/util/types');
  if (!types.isTypedArray(data) || types.isFloat32Array(data) || types.isFloat64Array(data)) {
    throw domException('The data argument must be an integer-type TypedArray', 'TypeMismatchError');
  }
  if (data.byteLength > 65536) throw domException('The requested length exceeds 65,536 bytes', 'QuotaExceededError');
  randomFillSync(data, 0);
  return data;
}

// ---- key derivation ---------------------------------------------------------------------

function hostDigest(digest) {
  const name = digestName(digest);
  if (name === undefined) throw new (codes().ERR_CRYPTO_INVALID_DIGEST)(digest);
  return name;
}

function pbkdf2Check(password, salt, iterations, keylen, digest) {
  const v = validators();
  v.validateString(digest, 'digest');
  password = getArrayBufferOrView(password, 'password');
  salt = getArrayBufferOrView(salt, 'salt');
  v.validateInt32(iterations, 'iterations', 1);
  v.validateInt32(keylen, 'keylen', 0);
  return { password: viewBytes(password), salt: viewBytes(salt), iterations, keylen, digest };
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  const p = pbkdf2Check(password, salt, iterations, keylen, digest);
  const name = hostDigest(p.digest);
  return encodeOutput(bindings.pbkdf2Sync(p.password, p.salt, p.iterations, p.keylen, name));
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') {
    callback = digest;
    digest = undefined;
  }
  const p = pbkdf2Check(password, salt, iterations, keylen, digest);
  validators().validateFunction(callback, 'callback');
  const name = hostDigest(p.digest);
  bindings.pbkdf2Async(p.password, p.salt, p.iterations, p.keylen, name).then(
    (b) => callback(null, encodeOutput(b)),
    (err) => callback(err),
  );
}

const scryptDefaults = { N: 16384, r: 8, p: 1, maxmem: 32 << 20 };

function scryptCheck(password, salt, keylen, options) {
  const v = validators();
  password = getArrayBufferOrView(password, 'password');
  salt = getArrayBufferOrView(salt, 'salt');
  v.validateInt32(keylen, 'keylen', 0);
  let { N, r, p, maxmem } = scryptDefaults;
  if (options) {
    const hasN = options.N !== undefined;
    if (hasN) {
      N = options.N;
      v.validateUint32(N, 'N');
    }
    if (options.cost !== undefined) {
      if (hasN) throw new (codes().ERR_CRYPTO_SCRYPT_INVALID_PARAMETER)();
      N = options.cost;
      v.validateUint32(N, 'cost');
    }
    const hasR = options.r !== undefined;
    if (hasR) {
      r = options.r;
      v.validateUint32(r, 'r');
    }
    if (options.blockSize !== undefined) {
      if (hasR) throw new (codes().ERR_CRYPTO_SCRYPT_INVALID_PARAMETER)();
      r = options.blockSize;
      v.validateUint32(r, 'blockSize');
    }
    const hasP = options.p !== undefined;
    if (hasP) {
      p = options.p;
      v.validateUint32(p, 'p');
    }
    if (options.parallelization !== undefined) {
      if (hasP) throw new (codes().ERR_CRYPTO_SCRYPT_INVALID_PARAMETER)();
      p = options.parallelization;
      v.validateUint32(p, 'parallelization');
    }
    if (options.maxmem !== undefined) {
      maxmem = options.maxmem;
      v.validateInteger(maxmem, 'maxmem', 0);
    }
    if (N === 0) N = scryptDefaults.N;
    if (r === 0) r = scryptDefaults.r;
    if (p === 0) p = scryptDefaults.p;
    if (maxmem === 0) maxmem = scryptDefaults.maxmem;
  }
  checkScryptParams(N, r, p, maxmem);
  return { password: viewBytes(password), salt: viewBytes(salt), keylen, N, r, p };
}

// OpenSSL's EVP_PBE_scrypt parameter checks, with its two kinds of failure.
function checkScryptParams(N, r, p, maxmem) {
  const invalid = (suffix) => nativeError(RangeError, 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS',
    suffix ? `Invalid scrypt params: ${suffix}` : 'Invalid scrypt params');
  if (r === 0 || p === 0 || N < 2 || (N & (N - 1)) !== 0) throw invalid();
  const memoryLimit = 'error:030000AC:digital envelope routines::memory limit exceeded';
  const bigN = BigInt(N);
  const bigR = BigInt(r);
  const bigP = BigInt(p);
  if (bigP > BigInt((1 << 30) - 1) / bigR) throw invalid(memoryLimit);
  if (16n * bigR <= 63n && bigN >= (1n << (16n * bigR))) throw invalid(memoryLimit);
  const blockLength = bigP * 128n * bigR;
  if (blockLength > 2147483647n) throw invalid(memoryLimit);
  const vectorLength = 32n * bigR * (bigN + 2n) * 4n;
  if (blockLength + vectorLength > BigInt(maxmem)) throw invalid(memoryLimit);
}

function scryptSync(password, salt, keylen, options = scryptDefaults) {
  const s = scryptCheck(password, salt, keylen, options);
  if (s.keylen === 0) return B().alloc(0);
  return encodeOutput(bindings.scryptSync(s.password, s.salt, s.keylen, s.N, s.r, s.p));
}

function scrypt(password, salt, keylen, options, callback = scryptDefaults) {
  if (callback === scryptDefaults) {
    callback = options;
    options = scryptDefaults;
  }
  const s = scryptCheck(password, salt, keylen, options);
  validators().validateFunction(callback, 'callback');
  if (s.keylen === 0) {
    later(() => callback(null, B().alloc(0)));
    return;
  }
  bindings.scryptAsync(s.password, s.salt, s.keylen, s.N, s.r, s.p).then(
    (b) => callback(null, encodeOutput(b)),
    (err) => callback(err),
  );
}

// HKDF (RFC 5869) over the host's HMAC.
function validateByteSource(value, name) {
  if (typeof value === 'string') return B().from(value);
  if (!isBufferSource(value)) {
    throw new (codes().ERR_INVALID_ARG_TYPE)(name, ['string', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'], value);
  }
  return viewBytes(value);
}

function hkdfKey(key) {
  if (key instanceof KeyObject) return key;
  if (isAnyArrayBuffer(key)) return createSecretKey(key);
  if (typeof key === 'string') key = B().from(key);
  if (!ArrayBuffer.isView(key)) {
    throw new (codes().ERR_INVALID_ARG_TYPE)('ikm', ['string', 'SecretKeyObject', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'], key);
  }
  return createSecretKey(key);
}

function hkdfCheck(digest, ikm, salt, info, length) {
  const v = validators();
  v.validateString(digest, 'digest');
  const key = hkdfKey(ikm);
  salt = validateByteSource(salt, 'salt');
  info = validateByteSource(info, 'info');
  v.validateInteger(length, 'length', 0, 4294967296);
  if (info.byteLength > 1024) {
    throw new (codes().ERR_OUT_OF_RANGE)('info', 'must not contain more than 1024 bytes', info.byteLength);
  }
  return { digest, key, salt, info, length };
}

// What node's HKDFJob checks when it is made.
function hkdfJob(args) {
  const name = hostDigest(args.digest);
  if (args.length > 255 * digestSizes[name]) throw nativeError(RangeError, 'ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length');
  return { ...args, name };
}

function hkdfRun({ name, key, salt, info, length }) {
  const size = digestSizes[name];
  const extract = bindings.hashNew(name, salt.byteLength ? salt : new Uint8Array(size));
  bindings.hashUpdate(extract, key[kHandle]);
  const prk = bindings.hashDigest(extract);
  const out = new Uint8Array(length);
  let previous = new Uint8Array(0);
  for (let offset = 0, counter = 1; offset < length; counter++) {
    const id = bindings.hashNew(name, prk);
    bindings.hashUpdate(id, previous);
    bindings.hashUpdate(id, info);
    bindings.hashUpdate(id, new Uint8Array([counter]));
    previous = bindings.hashDigest(id);
    out.set(previous.subarray(0, Math.min(previous.byteLength, length - offset)), offset);
    offset += previous.byteLength;
  }
  return out.buffer;
}

function hkdfSync(digest, ikm, salt, info, length) {
  return hkdfRun(hkdfJob(hkdfCheck(digest, ikm, salt, info, length)));
}

function hkdf(digest, ikm, salt, info, length, callback) {
  const args = hkdfCheck(digest, ikm, salt, info, length);
  validators().validateFunction(callback, 'callback');
  const result = hkdfRun(hkdfJob(args));
  later(() => callback(null, result));
}

// ---- timingSafeEqual ----------------------------------------------------------------------

function isBufferSource(value) {
  return ArrayBuffer.isView(value) || isAnyArrayBuffer(value);
}

function timingSafeEqual(buf1, buf2) {
  if (!isBufferSource(buf1)) {
    throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "buf1" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.');
  }
  if (!isBufferSource(buf2)) {
    throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "buf2" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.');
  }
  const x = viewBytes(buf1);
  const y = viewBytes(buf2);
  if (x.byteLength !== y.byteLength) {
    throw nativeError(RangeError, 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', 'Input buffers must have the same byte length');
  }
  // No early exit: the time must not depend on where the inputs differ.
  let diff = 0;
  for (let i = 0; i < x.byteLength; i++) diff |= x[i] ^ y[i];
  return diff === 0;
}

// ---- webcrypto ------------------------------------------------------------------------------

const subtleDigests = { __proto__: null, 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' };
const kDigestPrefix = "Failed to execute 'digest' on 'SubtleCrypto'";

let subtle;
let webcrypto;

class SubtleCrypto {
  constructor() {
    throw new (codes().ERR_ILLEGAL_CONSTRUCTOR)();
  }

  async digest(algorithm, data) {
    if (this !== subtle) throw new (codes().ERR_INVALID_THIS)('SubtleCrypto');
    if (arguments.length < 2) {
      throw nativeError(TypeError, 'ERR_MISSING_ARGS',
        `${kDigestPrefix}: 2 arguments required, but only ${arguments.length} present.`);
    }
    if (algorithm === null || (typeof algorithm !== 'object' && typeof algorithm !== 'function')) {
      algorithm = { name: `${algorithm}` };
    }
    if (!isBufferSource(data)) {
      throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE',
        `${kDigestPrefix}: 2nd argument is not instance of ArrayBuffer, Buffer, TypedArray, or DataView.`);
    }
    const bytes = new Uint8Array(viewBytes(data));
    if (algorithm.name === undefined) {
      throw nativeError(TypeError, 'ERR_MISSING_OPTION',
        "Failed to normalize algorithm: passed algorithm can not be converted to 'Algorithm' because 'name' is required in 'Algorithm'.");
    }
    const alg = subtleDigests[`${algorithm.name}`.toUpperCase()];
    if (alg === undefined) throw domException('Unrecognized algorithm name', 'NotSupportedError');
    const out = bindings.hashOnce(alg, bytes);
    // Node hashes on its thread pool: the result comes after this tick's microtasks.
    await new Promise((resolve) => setImmediate(resolve));
    return out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength);
  }
}
Object.defineProperty(SubtleCrypto.prototype, 'digest', { enumerable: true });
Object.defineProperty(SubtleCrypto.prototype, Symbol.toStringTag, {
  value: 'SubtleCrypto', writable: false, enumerable: false, configurable: true,
});

class Crypto {
  constructor() {
    throw new (codes().ERR_ILLEGAL_CONSTRUCTOR)();
  }

  get subtle() {
    if (this !== webcrypto) throw new (codes().ERR_INVALID_THIS)('Crypto');
    return subtle;
  }

  getRandomValues(array) {
    if (this !== webcrypto) throw new (codes().ERR_INVALID_THIS)('Crypto');
    return Reflect.apply(getRandomValues, this, arguments);
  }

  randomUUID() {
    if (this !== webcrypto) throw new (codes().ERR_INVALID_THIS)('Crypto');
    return randomUUID();
  }
}
for (const name of ['subtle', 'getRandomValues', 'randomUUID']) Object.defineProperty(Crypto.prototype, name, { enumerable: true });
Object.defineProperty(Crypto.prototype, Symbol.toStringTag, {
  value: 'Crypto', writable: false, enumerable: false, configurable: true,
});

// CryptoKey objects come from subtle's key methods, which the host lacks; the
// class exists for instanceof checks.
class CryptoKey {
  constructor() {
    throw new (codes().ERR_ILLEGAL_CONSTRUCTOR)();
  }
}
Object.defineProperty(CryptoKey.prototype, Symbol.toStringTag, {
  value: 'CryptoKey', writable: false, enumerable: false, configurable: true,
});

subtle = Object.create(SubtleCrypto.prototype);
webcrypto = Object.create(Crypto.prototype);

module.exports = {
  createHash, createHmac, createSecretKey, getHashes, hkdf, hkdfSync, pbkdf2, pbkdf2Sync,
  randomBytes, randomFill, randomFillSync, randomInt, randomUUID, scrypt, scryptSync,
  timingSafeEqual, hash, Hash, Hmac, KeyObject,
  constants: {},
  webcrypto, subtle,
  // Module-level getRandomValues is not bound to webcrypto, as in node.
  getRandomValues(array) {
    return getRandomValues(array);
  },
};

// The webcrypto classes are globals, not exports of this module.
Object.defineProperty(module.exports, Symbol.for('jsrig.crypto.classes'), {
  value: { Crypto, CryptoKey, SubtleCrypto },
});

// Deprecated aliases node still has (DEP0115), not enumerable there.
for (const name of ['prng', 'pseudoRandomBytes', 'rng']) {
  Object.defineProperty(module.exports, name, { value: randomBytes, enumerable: false, configurable: true, writable: true });
}
