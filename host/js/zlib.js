'use strict';
// The `zlib` module: deflate/inflate, gzip/gunzip, raw and auto-detecting (unzip)
// streams and one-shot calls, brotli, crc32. The codecs are in Rust
// (host/src/ops/zlib.rs: zlib-rs through flate2, and the brotli crates); a stream
// keeps its codec's id and feeds it chunk by chunk from _transform.

const { Buffer, kMaxLength } = require('buffer');
const { Transform, finished } = require('stream');
const { codes } = require('internal/errors');
const { validateFunction, validateNumber, checkRangesOrGetDefault } = require('internal/validators');

const constants = Object.freeze(Object.assign(Object.create(null), {
  Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4, Z_BLOCK: 5,
  Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3,
  Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6,
  Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1, Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1,
  Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2, Z_RLE: 3, Z_FIXED: 4, Z_DEFAULT_STRATEGY: 0, ZLIB_VERNUM: 4880,
  DEFLATE: 1, INFLATE: 2, GZIP: 3, GUNZIP: 4, DEFLATERAW: 5, INFLATERAW: 6, UNZIP: 7,
  BROTLI_DECODE: 8, BROTLI_ENCODE: 9,
  Z_MIN_WINDOWBITS: 8, Z_MAX_WINDOWBITS: 15, Z_DEFAULT_WINDOWBITS: 15,
  Z_MIN_CHUNK: 64, Z_MAX_CHUNK: Infinity, Z_DEFAULT_CHUNK: 16384,
  Z_MIN_MEMLEVEL: 1, Z_MAX_MEMLEVEL: 9, Z_DEFAULT_MEMLEVEL: 8,
  Z_MIN_LEVEL: -1, Z_MAX_LEVEL: 9, Z_DEFAULT_LEVEL: -1,
  BROTLI_OPERATION_PROCESS: 0, BROTLI_OPERATION_FLUSH: 1, BROTLI_OPERATION_FINISH: 2, BROTLI_OPERATION_EMIT_METADATA: 3,
  BROTLI_PARAM_MODE: 0, BROTLI_MODE_GENERIC: 0, BROTLI_MODE_TEXT: 1, BROTLI_MODE_FONT: 2, BROTLI_DEFAULT_MODE: 0,
  BROTLI_PARAM_QUALITY: 1, BROTLI_MIN_QUALITY: 0, BROTLI_MAX_QUALITY: 11, BROTLI_DEFAULT_QUALITY: 11,
  BROTLI_PARAM_LGWIN: 2, BROTLI_MIN_WINDOW_BITS: 10, BROTLI_MAX_WINDOW_BITS: 24, BROTLI_LARGE_MAX_WINDOW_BITS: 30,
  BROTLI_DEFAULT_WINDOW: 22, BROTLI_PARAM_LGBLOCK: 3, BROTLI_MIN_INPUT_BLOCK_BITS: 16, BROTLI_MAX_INPUT_BLOCK_BITS: 24,
  BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING: 4, BROTLI_PARAM_SIZE_HINT: 5, BROTLI_PARAM_LARGE_WINDOW: 6,
  BROTLI_PARAM_NPOSTFIX: 7, BROTLI_PARAM_NDIRECT: 8,
  BROTLI_DECODER_RESULT_ERROR: 0, BROTLI_DECODER_RESULT_SUCCESS: 1, BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT: 2,
  BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT: 3, BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION: 0,
  BROTLI_DECODER_PARAM_LARGE_WINDOW: 1, BROTLI_DECODER_NO_ERROR: 0, BROTLI_DECODER_SUCCESS: 1,
  BROTLI_DECODER_NEEDS_MORE_INPUT: 2, BROTLI_DECODER_NEEDS_MORE_OUTPUT: 3,
  BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE: -1, BROTLI_DECODER_ERROR_FORMAT_RESERVED: -2,
  BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE: -3, BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET: -4,
  BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME: -5, BROTLI_DECODER_ERROR_FORMAT_CL_SPACE: -6,
  BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE: -7, BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT: -8,
  BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1: -9, BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2: -10,
  BROTLI_DECODER_ERROR_FORMAT_TRANSFORM: -11, BROTLI_DECODER_ERROR_FORMAT_DICTIONARY: -12,
  BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS: -13, BROTLI_DECODER_ERROR_FORMAT_PADDING_1: -14,
  BROTLI_DECODER_ERROR_FORMAT_PADDING_2: -15, BROTLI_DECODER_ERROR_FORMAT_DISTANCE: -16,
  BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET: -19, BROTLI_DECODER_ERROR_INVALID_ARGUMENTS: -20,
  BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES: -21, BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS: -22,
  BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP: -25, BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1: -26,
  BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2: -27, BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES: -30,
  BROTLI_DECODER_ERROR_UNREACHABLE: -31,
}));

const zlibCodes = {
  Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2,
  Z_DATA_ERROR: -3, Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6,
};
for (const name of Object.keys(zlibCodes)) zlibCodes[zlibCodes[name]] = name;
Object.freeze(zlibCodes);

const kBufferTypes = ['string', 'Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'];

function toBytes(buffer, name = 'buffer') {
  if (typeof buffer === 'string') return Buffer.from(buffer);
  if (ArrayBuffer.isView(buffer)) return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  if (buffer instanceof ArrayBuffer) return new Uint8Array(buffer);
  throw new codes.ERR_INVALID_ARG_TYPE(name, kBufferTypes, buffer);
}

function asBuffer(bytes) {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

// Turns the Rust error into Node's: `errno` and `code` own properties, in that order.
function zlibError(err) {
  if (err && err.code && err.errno === undefined) return err;
  if (err && typeof err.errno === 'number') {
    const { code, errno } = err;
    delete err.code;
    delete err.errno;
    err.errno = errno;
    err.code = code;
  }
  return err;
}

function flushFlag(value, name, def) {
  return checkRangesOrGetDefault(value, name, constants.Z_NO_FLUSH, constants.Z_BLOCK, def);
}

// What the Rust codec needs: [mode, level, windowBits, dictionary, quality, lgwin].
function zlibSettings(mode, opts) {
  let windowBits = constants.Z_DEFAULT_WINDOWBITS;
  let level = constants.Z_DEFAULT_COMPRESSION;
  let dictionary;
  if (opts) {
    // Inflating accepts windowBits 0 (use the stream's own), as zlib does.
    if (opts.windowBits === 0 && (mode === constants.INFLATE || mode === constants.GUNZIP || mode === constants.UNZIP)) {
      windowBits = 15;
    } else {
      windowBits = checkRangesOrGetDefault(opts.windowBits, 'options.windowBits', constants.Z_MIN_WINDOWBITS, constants.Z_MAX_WINDOWBITS, constants.Z_DEFAULT_WINDOWBITS);
    }
    level = checkRangesOrGetDefault(opts.level, 'options.level', constants.Z_MIN_LEVEL, constants.Z_MAX_LEVEL, constants.Z_DEFAULT_COMPRESSION);
    checkRangesOrGetDefault(opts.memLevel, 'options.memLevel', constants.Z_MIN_MEMLEVEL, constants.Z_MAX_MEMLEVEL, constants.Z_DEFAULT_MEMLEVEL);
    checkRangesOrGetDefault(opts.strategy, 'options.strategy', constants.Z_DEFAULT_STRATEGY, constants.Z_FIXED, constants.Z_DEFAULT_STRATEGY);
    if (opts.dictionary !== undefined) {
      if (!ArrayBuffer.isView(opts.dictionary) && !(opts.dictionary instanceof ArrayBuffer)) {
        throw new codes.ERR_INVALID_ARG_TYPE('options.dictionary', ['Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], opts.dictionary);
      }
      dictionary = toBytes(opts.dictionary, 'options.dictionary');
    }
  }
  // zlib promotes 8 to 9 for deflate (a window of 256 is not supported).
  if (windowBits === 8) windowBits = 9;
  return [mode, level, windowBits, dictionary, constants.BROTLI_DEFAULT_QUALITY, constants.BROTLI_DEFAULT_WINDOW];
}

function brotliSettings(mode, opts) {
  let quality = constants.BROTLI_DEFAULT_QUALITY;
  let lgwin = constants.BROTLI_DEFAULT_WINDOW;
  if (opts && opts.params !== undefined) {
    if (opts.params === null || typeof opts.params !== 'object') {
      throw new codes.ERR_INVALID_ARG_TYPE('options.params', 'Object', opts.params);
    }
    for (const key of Object.keys(opts.params)) {
      const id = Number(key);
      if (!Number.isInteger(id) || id < 0 || id > constants.BROTLI_PARAM_NDIRECT) throw new codes.ERR_BROTLI_INVALID_PARAM(key);
      const value = opts.params[key];
      if (typeof value !== 'number' && typeof value !== 'boolean') {
        throw new codes.ERR_INVALID_ARG_TYPE('options.params[key]', 'number', value);
      }
      if (mode === constants.BROTLI_ENCODE && id === constants.BROTLI_PARAM_QUALITY) {
        quality = checkRangesOrGetDefault(value, 'options.params[key]', constants.BROTLI_MIN_QUALITY, constants.BROTLI_MAX_QUALITY, quality);
      } else if (mode === constants.BROTLI_ENCODE && id === constants.BROTLI_PARAM_LGWIN) {
        lgwin = checkRangesOrGetDefault(value, 'options.params[key]', constants.BROTLI_MIN_WINDOW_BITS, constants.BROTLI_MAX_WINDOW_BITS, lgwin);
      }
    }
  }
  return [mode, -1, 15, undefined, quality, lgwin];
}

function settingsFor(mode, opts) {
  return isBrotli(mode) ? brotliSettings(mode, opts) : zlibSettings(mode, opts);
}

// ---- streams -------------------------------------------------------------------

const kId = Symbol('kId');
const kSettings = Symbol('kSettings');
const kFinishFlush = Symbol('kFinishFlush');
const kDefaultFlush = Symbol('kDefaultFlush');
const kMaxOutput = Symbol('kMaxOutput');
const kOutput = Symbol('kOutput');

const registry = typeof FinalizationRegistry === 'function' ? new FinalizationRegistry((id) => bindings.zlibFree(id)) : null;

function ZlibBase(opts, mode, isBrotli) {
  let chunkSize = constants.Z_DEFAULT_CHUNK;
  let maxOutputLength = kMaxLength;
  const processFlush = isBrotli ? constants.BROTLI_OPERATION_PROCESS : constants.Z_NO_FLUSH;
  const finishDefault = isBrotli ? constants.BROTLI_OPERATION_FINISH : constants.Z_FINISH;
  let flush = processFlush;
  let finishFlush = finishDefault;
  if (opts !== undefined && opts !== null) {
    if (typeof opts !== 'object') throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', opts);
    chunkSize = opts.chunkSize;
    if (!(typeof chunkSize === 'number' && Number.isFinite(chunkSize))) {
      chunkSize = constants.Z_DEFAULT_CHUNK;
    } else if (chunkSize < constants.Z_MIN_CHUNK) {
      throw new codes.ERR_OUT_OF_RANGE('options.chunkSize', `>= ${constants.Z_MIN_CHUNK}`, chunkSize);
    }
    if (isBrotli) {
      flush = checkRangesOrGetDefault(opts.flush, 'options.flush', constants.BROTLI_OPERATION_PROCESS, constants.BROTLI_OPERATION_EMIT_METADATA, processFlush);
      finishFlush = checkRangesOrGetDefault(opts.finishFlush, 'options.finishFlush', constants.BROTLI_OPERATION_PROCESS, constants.BROTLI_OPERATION_EMIT_METADATA, finishDefault);
    } else {
      flush = flushFlag(opts.flush, 'options.flush', processFlush);
      finishFlush = flushFlag(opts.finishFlush, 'options.finishFlush', finishDefault);
    }
    maxOutputLength = checkRangesOrGetDefault(opts.maxOutputLength, 'options.maxOutputLength', 1, kMaxLength, kMaxLength);
    if (opts.encoding || opts.objectMode || opts.writableObjectMode) {
      opts = { ...opts, encoding: null, objectMode: false, writableObjectMode: false };
    }
  }
  const settings = settingsFor(mode, opts);
  Transform.call(this, { autoDestroy: true, ...opts });
  this[kSettings] = settings;
  this[kId] = bindings.zlibNew(...settings);
  if (registry) registry.register(this, this[kId], this);
  this[kDefaultFlush] = flush;
  this[kFinishFlush] = finishFlush;
  this[kMaxOutput] = maxOutputLength;
  this[kOutput] = 0;
  this._defaultFlushFlag = flush;
  this._finishFlushFlag = finishFlush;
  this._defaultFullFlushFlag = isBrotli ? constants.BROTLI_OPERATION_FLUSH : constants.Z_FULL_FLUSH;
  this._info = opts && opts.info;
  this._maxOutputLength = maxOutputLength;
  this._chunkSize = chunkSize;
  this.bytesWritten = 0;
  this._handle = { close: () => this._close() };
  this.once('end', () => this._close());
}
Object.setPrototypeOf(ZlibBase.prototype, Transform.prototype);
Object.setPrototypeOf(ZlibBase, Transform);

Object.defineProperty(ZlibBase.prototype, '_closed', {
  get() { return this[kId] === null; },
  configurable: true,
  enumerable: true,
});

// Node kept `bytesRead` as an alias of bytesWritten for years (deprecated).
Object.defineProperty(ZlibBase.prototype, 'bytesRead', {
  get() { return this.bytesWritten; },
  set(value) { this.bytesWritten = value; },
  configurable: true,
  enumerable: true,
});

ZlibBase.prototype._close = function _close() {
  if (this[kId] === null) return;
  bindings.zlibFree(this[kId]);
  if (registry) registry.unregister(this);
  this[kId] = null;
  this._handle = null;
};

ZlibBase.prototype.reset = function reset() {
  if (this[kId] === null) throw new codes.ERR_STREAM_DESTROYED('reset');
  bindings.zlibReset(this[kId]);
};

ZlibBase.prototype.close = function close(callback) {
  if (callback) finished(this, callback);
  this.destroy();
};

ZlibBase.prototype._destroy = function _destroy(err, callback) {
  this._close();
  callback(err);
};

// Runs one chunk through the codec and pushes the output in chunkSize pieces, as
// Node's zlib does; an error destroys the stream with it.
ZlibBase.prototype._process = function _process(chunk, flush) {
  if (this[kId] === null) throw new codes.ERR_STREAM_DESTROYED('write');
  const out = bindings.zlibProcess(this[kId], chunk, flush);
  this.bytesWritten += chunk.byteLength;
  this[kOutput] += out.byteLength;
  if (this[kOutput] > this[kMaxOutput]) throw new codes.ERR_BUFFER_TOO_LARGE(this[kMaxOutput]);
  const buf = asBuffer(out);
  for (let i = 0; i < buf.length; i += this._chunkSize) this.push(buf.subarray(i, i + this._chunkSize));
};

ZlibBase.prototype._transform = function _transform(chunk, encoding, callback) {
  let flush = this[kDefaultFlush];
  if (this.writableEnded && this.writableLength === chunk.length) flush = this[kFinishFlush];
  try {
    this._process(typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk, flush);
  } catch (err) {
    return callback(zlibError(err));
  }
  callback();
};

ZlibBase.prototype._flush = function _flush(callback) {
  try {
    if (this[kId] !== null) this._process(Buffer.alloc(0), this[kFinishFlush]);
  } catch (err) {
    return callback(zlibError(err));
  }
  callback();
};

ZlibBase.prototype.flush = function flush(kind, callback) {
  if (typeof kind === 'function' || (kind === undefined && !callback)) {
    callback = kind;
    kind = this._defaultFullFlushFlag;
  }
  if (this.writableFinished) {
    if (callback) process.nextTick(callback);
    return;
  }
  if (this.writableEnded) {
    if (callback) this.once('end', callback);
    return;
  }
  // Flush after what is already queued: a zero-length write would be dropped, so
  // wait for the queue to drain, then flush the codec.
  const run = () => {
    try {
      if (this[kId] !== null) this._process(Buffer.alloc(0), kind);
    } catch (err) {
      this.destroy(zlibError(err));
      return;
    }
    if (callback) callback();
  };
  if (this.writableLength === 0) process.nextTick(run);
  else this.once('drain', run);
};

ZlibBase.prototype._processChunk = function _processChunk(chunk, flushFlag, cb) {
  if (typeof cb === 'function') {
    try {
      this._process(chunk, flushFlag);
    } catch (err) {
      return process.nextTick(cb, zlibError(err));
    }
    return process.nextTick(cb);
  }
  const parts = [];
  const onData = (c) => parts.push(c);
  this.on('data', onData);
  try {
    this._process(chunk, flushFlag);
  } finally {
    this.removeListener('data', onData);
  }
  return Buffer.concat(parts);
};

function Zlib(opts, mode) {
  ZlibBase.call(this, opts, mode, false);
}
Object.setPrototypeOf(Zlib.prototype, ZlibBase.prototype);
Object.setPrototypeOf(Zlib, ZlibBase);

Zlib.prototype.params = function params(level, strategy, callback) {
  checkRangesOrGetDefault(level, 'level', constants.Z_MIN_LEVEL, constants.Z_MAX_LEVEL);
  checkRangesOrGetDefault(strategy, 'strategy', constants.Z_DEFAULT_STRATEGY, constants.Z_FIXED);
  const apply = () => {
    try {
      if (this[kId] !== null) {
        this._process(Buffer.alloc(0), constants.Z_PARTIAL_FLUSH);
        bindings.zlibParams(this[kId], level);
      }
    } catch (err) {
      this.destroy(zlibError(err));
      return;
    }
    if (callback) callback();
  };
  if (this.writableLength === 0) process.nextTick(apply);
  else this.once('drain', apply);
};

function Brotli(opts, mode) {
  ZlibBase.call(this, opts, mode, true);
}
Object.setPrototypeOf(Brotli.prototype, ZlibBase.prototype);
Object.setPrototypeOf(Brotli, ZlibBase);

function define(name, mode, Base) {
  const Ctor = {
    [name]: function (opts) {
      if (!new.target) return new Ctor(opts);
      Base.call(this, opts, mode);
    },
  }[name];
  Object.setPrototypeOf(Ctor.prototype, Base.prototype);
  Object.setPrototypeOf(Ctor, Base);
  return Ctor;
}

const Deflate = define('Deflate', constants.DEFLATE, Zlib);
const Inflate = define('Inflate', constants.INFLATE, Zlib);
const Gzip = define('Gzip', constants.GZIP, Zlib);
const Gunzip = define('Gunzip', constants.GUNZIP, Zlib);
const DeflateRaw = define('DeflateRaw', constants.DEFLATERAW, Zlib);
const InflateRaw = define('InflateRaw', constants.INFLATERAW, Zlib);
const Unzip = define('Unzip', constants.UNZIP, Zlib);
const BrotliCompress = define('BrotliCompress', constants.BROTLI_ENCODE, Brotli);
const BrotliDecompress = define('BrotliDecompress', constants.BROTLI_DECODE, Brotli);

// ---- one-shot calls --------------------------------------------------------------

function maxOutputOf(opts) {
  if (opts === undefined || opts === null) return kMaxLength;
  if (typeof opts !== 'object') throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', opts);
  return checkRangesOrGetDefault(opts.maxOutputLength, 'options.maxOutputLength', 1, kMaxLength, kMaxLength);
}

function isBrotli(mode) {
  return mode === constants.BROTLI_ENCODE || mode === constants.BROTLI_DECODE;
}

function finishOf(mode) {
  return isBrotli(mode) ? constants.BROTLI_OPERATION_FINISH : constants.Z_FINISH;
}

function finishFlushOf(mode, opts) {
  const brotli = isBrotli(mode);
  if (!opts || opts.finishFlush === undefined) return finishOf(mode);
  return brotli
    ? checkRangesOrGetDefault(opts.finishFlush, 'options.finishFlush', 0, 3, constants.BROTLI_OPERATION_FINISH)
    : flushFlag(opts.finishFlush, 'options.finishFlush', constants.Z_FINISH);
}

function syncCall(mode, Ctor) {
  return function (buffer, opts) {
    const input = toBytes(buffer);
    const max = maxOutputOf(opts);
    const finish = finishFlushOf(mode, opts);
    let out;
    if (finish === finishOf(mode)) {
      try {
        out = asBuffer(bindings.zlibOnceSync(...settingsFor(mode, opts), input, max));
      } catch (err) {
        throw zlibError(err);
      }
    } else {
      // A finishFlush other than FINISH (e.g. Z_SYNC_FLUSH to read a truncated
      // stream): run the stream codec once with that flush.
      const engine = new Ctor(opts);
      try {
        out = asBuffer(bindings.zlibProcess(engine[kId], input, finish));
      } catch (err) {
        throw zlibError(err);
      } finally {
        engine._close();
      }
    }
    if (opts && opts.info) {
      const engine = new Ctor(opts);
      engine.bytesWritten = input.byteLength;
      return { buffer: out, engine };
    }
    return out;
  };
}

function asyncCall(mode, Ctor) {
  const sync = syncCall(mode, Ctor);
  return function (buffer, opts, callback) {
    if (typeof opts === 'function') {
      callback = opts;
      opts = {};
    }
    validateFunction(callback, 'callback');
    const input = toBytes(buffer);
    const max = maxOutputOf(opts);
    if (finishFlushOf(mode, opts) !== finishOf(mode) || (opts && opts.info)) {
      let result;
      try {
        result = sync(input, opts);
      } catch (err) {
        process.nextTick(callback, err);
        return;
      }
      process.nextTick(callback, null, result);
      return;
    }
    bindings.zlibOnce(...settingsFor(mode, opts), input, max).then(
      (out) => callback(null, asBuffer(out)),
      (err) => callback(zlibError(err)),
    );
  };
}

function crc32(data, value = 0) {
  if (typeof data !== 'string' && !ArrayBuffer.isView(data)) {
    throw new codes.ERR_INVALID_ARG_TYPE('data', ['Buffer', 'TypedArray', 'DataView', 'string'], data);
  }
  validateNumber(value, 'value');
  if (!Number.isInteger(value) || value < 0 || value > 0xffffffff) throw new codes.ERR_OUT_OF_RANGE('value', '>= 0 && <= 4294967295', value);
  return bindings.zlibCrc32(toBytes(data, 'data'), value);
}

const modes = [
  ['deflate', constants.DEFLATE, Deflate],
  ['gzip', constants.GZIP, Gzip],
  ['deflateRaw', constants.DEFLATERAW, DeflateRaw],
  ['unzip', constants.UNZIP, Unzip],
  ['inflate', constants.INFLATE, Inflate],
  ['gunzip', constants.GUNZIP, Gunzip],
  ['inflateRaw', constants.INFLATERAW, InflateRaw],
  ['brotliCompress', constants.BROTLI_ENCODE, BrotliCompress],
  ['brotliDecompress', constants.BROTLI_DECODE, BrotliDecompress],
];

module.exports = {
  crc32,
  Deflate, Inflate, Gzip, Gunzip, DeflateRaw, InflateRaw, Unzip, BrotliCompress, BrotliDecompress,
};
for (const [name, mode, Ctor] of modes) {
  module.exports[name] = asyncCall(mode, Ctor);
  module.exports[`${name}Sync`] = syncCall(mode, Ctor);
}
const streams = { Deflate, Inflate, DeflateRaw, InflateRaw, Gzip, Gunzip, Unzip, BrotliCompress, BrotliDecompress };
for (const name of Object.keys(streams)) {
  const Ctor = streams[name];
  module.exports[`create${name}`] = (opts) => new Ctor(opts);
}
module.exports.constants = constants;
module.exports.codes = zlibCodes;

// The legacy Z_* names on the module itself, hidden from enumeration as in Node.
for (const key of Object.keys(constants)) {
  if (key.startsWith('BROTLI')) continue;
  Object.defineProperty(module.exports, key, { value: constants[key], enumerable: false, writable: false });
}
