'use strict';
// What fs, fs/promises and the fs streams share: argument handling (paths, flags,
// modes, encodings), Stats and Dirent, and the two ops every call goes through.

const constants = Object.freeze({
  UV_FS_SYMLINK_DIR: 1, UV_FS_SYMLINK_JUNCTION: 2, O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2,
  UV_DIRENT_UNKNOWN: 0, UV_DIRENT_FILE: 1, UV_DIRENT_DIR: 2, UV_DIRENT_LINK: 3, UV_DIRENT_FIFO: 4,
  UV_DIRENT_SOCKET: 5, UV_DIRENT_CHAR: 6, UV_DIRENT_BLOCK: 7, EXTENSIONLESS_FORMAT_JAVASCRIPT: 0,
  EXTENSIONLESS_FORMAT_WASM: 1, S_IFMT: 61440, S_IFREG: 32768, S_IFDIR: 16384, S_IFCHR: 8192,
  S_IFBLK: 24576, S_IFIFO: 4096, S_IFLNK: 40960, S_IFSOCK: 49152, O_CREAT: 64, O_EXCL: 128,
  UV_FS_O_FILEMAP: 0, O_NOCTTY: 256, O_TRUNC: 512, O_APPEND: 1024, O_DIRECTORY: 65536,
  O_NOATIME: 262144, O_NOFOLLOW: 131072, O_SYNC: 1052672, O_DSYNC: 4096, O_DIRECT: 16384,
  O_NONBLOCK: 2048, S_IRWXU: 448, S_IRUSR: 256, S_IWUSR: 128, S_IXUSR: 64, S_IRWXG: 56,
  S_IRGRP: 32, S_IWGRP: 16, S_IXGRP: 8, S_IRWXO: 7, S_IROTH: 4, S_IWOTH: 2, S_IXOTH: 1,
  F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1, UV_FS_COPYFILE_EXCL: 1, COPYFILE_EXCL: 1,
  UV_FS_COPYFILE_FICLONE: 2, COPYFILE_FICLONE: 2, UV_FS_COPYFILE_FICLONE_FORCE: 4,
  COPYFILE_FICLONE_FORCE: 4,
});

function errors() {
  return require('internal/errors');
}

function Buffer() {
  return require('buffer').Buffer;
}

const { O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC, O_APPEND, O_SYNC } = constants;

const FLAGS = {
  r: O_RDONLY, rs: O_RDONLY | O_SYNC, sr: O_RDONLY | O_SYNC,
  'r+': O_RDWR, 'rs+': O_RDWR | O_SYNC, 'sr+': O_RDWR | O_SYNC,
  w: O_TRUNC | O_CREAT | O_WRONLY, wx: O_TRUNC | O_CREAT | O_WRONLY | O_EXCL, xw: O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  'w+': O_TRUNC | O_CREAT | O_RDWR, 'wx+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL, 'xw+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  a: O_APPEND | O_CREAT | O_WRONLY, ax: O_APPEND | O_CREAT | O_WRONLY | O_EXCL, xa: O_APPEND | O_CREAT | O_WRONLY | O_EXCL,
  as: O_APPEND | O_CREAT | O_WRONLY | O_SYNC, sa: O_APPEND | O_CREAT | O_WRONLY | O_SYNC,
  'a+': O_APPEND | O_CREAT | O_RDWR, 'ax+': O_APPEND | O_CREAT | O_RDWR | O_EXCL, 'xa+': O_APPEND | O_CREAT | O_RDWR | O_EXCL,
  'as+': O_APPEND | O_CREAT | O_RDWR | O_SYNC, 'sa+': O_APPEND | O_CREAT | O_RDWR | O_SYNC,
};

function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') return flags;
  if (flags === undefined || flags === null) return O_RDONLY;
  const f = FLAGS[flags];
  if (f === undefined) throw new (errors().codes.ERR_INVALID_ARG_VALUE)(name, flags);
  return f;
}

function parseMode(mode, name, def) {
  if (mode === undefined || mode === null) return def;
  if (typeof mode === 'string') {
    if (!/^[0-7]+$/.test(mode)) throw new (errors().codes.ERR_INVALID_ARG_VALUE)(name, mode, 'must be a 32-bit unsigned integer or an octal string');
    return parseInt(mode, 8);
  }
  require('internal/validators').validateUint32(mode, name);
  return mode;
}

// A path argument: string, Buffer/Uint8Array, or file: URL.
function toPath(p, name = 'path') {
  if (typeof p === 'string') {
    // fall through to the NUL check
  } else if (p instanceof Uint8Array) {
    p = Buffer().from(p.buffer, p.byteOffset, p.byteLength).toString();
  } else if (p !== null && typeof p === 'object' && typeof p.href === 'string' && typeof p.protocol === 'string') {
    if (p.protocol !== 'file:') throw new (errors().codes.ERR_INVALID_URL_SCHEME)('file');
    p = require('internal/url').fileURLToPath(p.href);
  } else {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)(name, ['string', 'Buffer', 'URL'], p);
  }
  if (p.includes('\u0000')) {
    throw new (errors().codes.ERR_INVALID_ARG_VALUE)(name, p, 'must be a string, Uint8Array, or URL without null bytes');
  }
  return p;
}

// As node: an unsigned 32-bit integer is a file descriptor, anything else a path.
function isFd(v) {
  return typeof v === 'number' && v >>> 0 === v;
}

function validateFd(fd, name = 'fd') {
  if (Object.is(fd, -0)) return 0;
  require('internal/validators').validateInt32(fd, name, 0);
  return fd;
}

// Node's getOptions: a string is the encoding; an object is used as given
// (defaults fill only what it leaves undefined).
function getOptions(options, defaults = {}) {
  if (options === null || options === undefined || typeof options === 'function') return defaults;
  if (typeof options === 'string') {
    options = { ...defaults, encoding: options };
  } else if (typeof options !== 'object') {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)('options', ['string', 'Object'], options);
  } else {
    options = { ...defaults, ...withoutUndefined(options) };
  }
  if (options.encoding !== 'buffer') assertEncoding(options.encoding);
  if (options.signal !== undefined) require('internal/validators').validateAbortSignal(options.signal, 'options.signal');
  return options;
}

function withoutUndefined(object) {
  const out = {};
  for (const key of Object.keys(object)) if (object[key] !== undefined) out[key] = object[key];
  return out;
}

function assertEncoding(encoding) {
  if (encoding && !Buffer().isEncoding(encoding)) {
    throw new (errors().codes.ERR_INVALID_ARG_VALUE)('encoding', encoding, 'is invalid encoding');
  }
}

function toBuffer(bytes) {
  return Buffer().from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

// Bytes to the caller's encoding; 'buffer' or none gives a Buffer.
function decode(bytes, encoding) {
  const buf = toBuffer(bytes);
  if (!encoding || encoding === 'buffer') return buf;
  return buf.toString(encoding);
}

// Data for writing: strings in their encoding, views as their bytes.
function toBytes(data, encoding, name = 'data') {
  if (typeof data === 'string') {
    if (!encoding || encoding === 'utf8' || encoding === 'utf-8') return data;
    return Buffer().from(data, encoding);
  }
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  throw new (errors().codes.ERR_INVALID_ARG_TYPE)(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

function validateCallback(cb) {
  if (typeof cb !== 'function') throw new (errors().codes.ERR_INVALID_ARG_TYPE)('cb', 'function', cb);
  return cb;
}

function dateFromMs(ms) {
  return new Date(Math.round(Number(ms)));
}

// What Stats and BigIntStats share: the type checks (numbers or bigints).
function StatsBase(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks) {
  this.dev = dev;
  this.mode = mode;
  this.nlink = nlink;
  this.uid = uid;
  this.gid = gid;
  this.rdev = rdev;
  this.blksize = blksize;
  this.ino = ino;
  this.size = size;
  this.blocks = blocks;
}

function isDirectoryMode(mode) {
  return (Number(mode) & constants.S_IFMT) === constants.S_IFDIR;
}

function isMode(stats, type) {
  return (Number(stats.mode) & constants.S_IFMT) === type;
}

Object.assign(StatsBase.prototype, {
  isDirectory() { return isMode(this, constants.S_IFDIR); },
  isFile() { return isMode(this, constants.S_IFREG); },
  isBlockDevice() { return isMode(this, constants.S_IFBLK); },
  isCharacterDevice() { return isMode(this, constants.S_IFCHR); },
  isSymbolicLink() { return isMode(this, constants.S_IFLNK); },
  isFIFO() { return isMode(this, constants.S_IFIFO); },
  isSocket() { return isMode(this, constants.S_IFSOCK); },
});

function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
  StatsBase.call(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
  this.atimeMs = atimeMs;
  this.mtimeMs = mtimeMs;
  this.ctimeMs = ctimeMs;
  this.birthtimeMs = birthtimeMs;
  this.atime = dateFromMs(atimeMs);
  this.mtime = dateFromMs(mtimeMs);
  this.ctime = dateFromMs(ctimeMs);
  this.birthtime = dateFromMs(birthtimeMs);
}
Object.setPrototypeOf(Stats.prototype, StatsBase.prototype);
Object.setPrototypeOf(Stats, StatsBase);

function BigIntStats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, atimeNs, mtimeNs, ctimeNs, birthtimeNs) {
  StatsBase.call(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
  this.atimeMs = atimeNs / 1000000n;
  this.mtimeMs = mtimeNs / 1000000n;
  this.ctimeMs = ctimeNs / 1000000n;
  this.birthtimeMs = birthtimeNs / 1000000n;
  this.atimeNs = atimeNs;
  this.mtimeNs = mtimeNs;
  this.ctimeNs = ctimeNs;
  this.birthtimeNs = birthtimeNs;
  this.atime = dateFromMs(this.atimeMs);
  this.mtime = dateFromMs(this.mtimeMs);
  this.ctime = dateFromMs(this.ctimeMs);
  this.birthtime = dateFromMs(this.birthtimeMs);
}
Object.setPrototypeOf(BigIntStats.prototype, StatsBase.prototype);
Object.setPrototypeOf(BigIntStats, StatsBase);

// Milliseconds (a float from the host) as whole nanoseconds.
function msToNs(ms) {
  const whole = Math.floor(ms);
  return BigInt(whole) * 1000000n + BigInt(Math.round((ms - whole) * 1e6));
}

function makeStats(fields, bigint) {
  if (bigint) {
    const ints = fields.slice(0, 10).map((v) => BigInt(Math.trunc(v)));
    return new BigIntStats(...ints, ...fields.slice(10, 14).map(msToNs));
  }
  return new Stats(...fields);
}

const kType = Symbol('type');

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this[kType] = type;
  }

  isFile() { return this[kType] === constants.UV_DIRENT_FILE; }
  isDirectory() { return this[kType] === constants.UV_DIRENT_DIR; }
  isSymbolicLink() { return this[kType] === constants.UV_DIRENT_LINK; }
  isFIFO() { return this[kType] === constants.UV_DIRENT_FIFO; }
  isSocket() { return this[kType] === constants.UV_DIRENT_SOCKET; }
  isCharacterDevice() { return this[kType] === constants.UV_DIRENT_CHAR; }
  isBlockDevice() { return this[kType] === constants.UV_DIRENT_BLOCK; }
}

function makeDirents(flat, path, encoding) {
  const out = [];
  for (let i = 0; i < flat.length; i += 2) {
    const name = encoding === 'buffer' ? Buffer().from(flat[i]) : flat[i];
    out.push(new Dirent(name, flat[i + 1], path));
  }
  return out;
}

// Node's readdir `encoding: 'buffer'` gives Buffers.
function encodeNames(names, encoding) {
  if (encoding === 'buffer') return names.map((n) => Buffer().from(n));
  return names;
}

// `fsSync(op, ...)` with Node's stack shape: the error is thrown from here, not
// from inside the engine's native call.
function sync(op, ...args) {
  return bindings.fsSync(op, ...args);
}

function async(op, ...args) {
  return bindings.fsAsync(op, ...args);
}

function toUnixTimestamp(time, name = 'time') {
  // eslint-disable-next-line eqeqeq
  if (typeof time === 'string' && +time == time) return +time;
  if (Number.isFinite(time)) {
    if (time < 0) return Date.now() / 1000;
    return time;
  }
  if (require('internal/util/types').isDate(time)) return Date.prototype.getTime.call(time) / 1000;
  throw new (errors().codes.ERR_INVALID_ARG_TYPE)(name, ['Date', 'Time in seconds'], time);
}

// access() and copyFile() modes, checked as node's C++ checks them.
function getValidMode(mode, type) {
  if (mode === undefined || mode === null) return type === 'copyFile' ? 0 : constants.F_OK;
  if (typeof mode !== 'number') {
    const err = new TypeError('mode must be int32 or null/undefined');
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  mode |= 0;
  if (mode < 0 || mode > 7) {
    const err = new RangeError('mode is out of range: >= 0 && <= 7');
    err.code = 'ERR_OUT_OF_RANGE';
    throw err;
  }
  return mode;
}

function validatePosition(position, name, length) {
  if (typeof position === 'number') {
    require('internal/validators').validateInteger(position, name, -1);
  } else if (typeof position === 'bigint') {
    const maxPosition = 2n ** 63n - 1n - BigInt(length);
    if (!(position >= -1n && position <= maxPosition)) {
      throw new (errors().codes.ERR_OUT_OF_RANGE)(name, `>= -1 && <= ${maxPosition}`, position);
    }
  } else {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)(name, ['integer', 'bigint'], position);
  }
}

function validateOffsetLengthRead(offset, length, bufferLength) {
  const { ERR_OUT_OF_RANGE } = errors().codes;
  if (offset < 0) throw new ERR_OUT_OF_RANGE('offset', '>= 0', offset);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  if (offset + length > bufferLength) throw new ERR_OUT_OF_RANGE('length', `<= ${bufferLength - offset}`, length);
}

function validateOffsetLengthWrite(offset, length, byteLength) {
  const { ERR_OUT_OF_RANGE } = errors().codes;
  if (offset > byteLength) throw new ERR_OUT_OF_RANGE('offset', `<= ${byteLength}`, offset);
  if (length > byteLength - offset) throw new ERR_OUT_OF_RANGE('length', `<= ${byteLength - offset}`, length);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  require('internal/validators').validateInt32(length, 'length', 0);
}

function validateBuffer(buffer, name = 'buffer') {
  if (!ArrayBuffer.isView(buffer)) throw new (errors().codes.ERR_INVALID_ARG_TYPE)(name, ['Buffer', 'TypedArray', 'DataView'], buffer);
}

function validateBufferArray(buffers, name = 'buffers') {
  if (!Array.isArray(buffers)) throw new (errors().codes.ERR_INVALID_ARG_TYPE)(name, 'ArrayBufferView[]', buffers);
  for (const b of buffers) {
    if (!ArrayBuffer.isView(b)) throw new (errors().codes.ERR_INVALID_ARG_TYPE)(name, 'ArrayBufferView[]', buffers);
  }
  return buffers;
}

// A string to write in an encoding: hex of odd length is refused.
function validateStringEncoding(string, encoding) {
  if (typeof encoding === 'string' && encoding.toLowerCase() === 'hex' && string.length % 2 !== 0) {
    throw new (errors().codes.ERR_INVALID_ARG_VALUE)('encoding', encoding, `is invalid for data of length ${string.length}`);
  }
}

// A host error re-described: another syscall name, with or without its path,
// message rebuilt the way libuv errors read.
function redescribe(err, syscall, keepPath = true) {
  if (!err || typeof err.code !== 'string' || typeof err.errno !== 'number') return err;
  const [, description] = errors().uvErrmapGet(err.errno) ?? [err.code, ''];
  if (!keepPath) {
    delete err.path;
    delete err.dest;
  }
  err.syscall = syscall;
  let message = `${err.code}: ${description}, ${syscall}`;
  if (err.path !== undefined) message += ` '${err.path}'`;
  if (err.dest !== undefined) message += ` -> '${err.dest}'`;
  err.message = message;
  return err;
}

module.exports = {
  constants, stringToFlags, parseMode, toPath, isFd, validateFd, getOptions, assertEncoding,
  toBuffer, decode, toBytes, validateCallback, Stats, BigIntStats, makeStats, Dirent, makeDirents, encodeNames,
  sync, async, toUnixTimestamp, getValidMode, validatePosition, validateOffsetLengthRead,
  validateOffsetLengthWrite, validateBuffer, validateBufferArray, validateStringEncoding, redescribe,
  isDirectoryMode,
};
