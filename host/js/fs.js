'use strict';
// The `fs` module: sync, callback and (as `fs.promises`) promise forms of each
// operation in internal/fs/ops.js, fd-level read/write, streams and Dir.

const u = require('internal/fs/utils');
const ops = require('internal/fs/ops');

const { constants, Stats, Dirent } = u;

function codes() {
  return require('internal/errors').codes;
}

function nextTick(...args) {
  globalThis.process.nextTick(...args);
}

// Runs an operation on the blocking pool; the callback runs as its own macrotask
// tick, so that an exception it throws is an uncaught exception, as in Node.
function callbackForm(name) {
  const prepare = ops[name];
  return function (...args) {
    const cb = u.validateCallback(args.pop());
    const [op, opArgs, post] = prepare(...args);
    u.async(op, ...opArgs).then(
      (r) => {
        let value;
        try {
          value = post(r);
        } catch (err) {
          nextTick(cb, err);
          return;
        }
        nextTick(cb, null, value);
      },
      (err) => nextTick(cb, err),
    );
  };
}

function syncForm(name) {
  const prepare = ops[name];
  return function (...args) {
    const [op, opArgs, post] = prepare(...args);
    return post(u.sync(op, ...opArgs));
  };
}

const fs = { constants, Stats, Dirent };

for (const name of Object.keys(ops)) {
  fs[name] = callbackForm(name);
  fs[`${name}Sync`] = syncForm(name);
}

fs.existsSync = function existsSync(path) {
  try {
    return u.sync('exists', u.toPath(path));
  } catch {
    return false;
  }
};

fs.exists = function exists(path, callback) {
  u.validateCallback(callback);
  let p;
  try {
    p = u.toPath(path);
  } catch {
    nextTick(callback, false);
    return;
  }
  u.async('exists', p).then((r) => nextTick(callback, r), () => nextTick(callback, false));
};

// read(fd, buffer, offset, length, position, cb) and its option-object forms.
function readArgs(fd, buffer, offsetOrOptions, length, position) {
  u.validateFd(fd);
  let offset = offsetOrOptions;
  if (offset !== null && typeof offset === 'object') {
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
  }
  if (!ArrayBuffer.isView(buffer)) throw new (codes().ERR_INVALID_ARG_TYPE)('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  offset = offset === undefined || offset === null ? 0 : offset;
  length = length === undefined ? buffer.byteLength - offset : length;
  require('internal/validators').validateInteger(offset, 'offset', 0);
  if (length < 0 || offset + length > buffer.byteLength) throw new (codes().ERR_OUT_OF_RANGE)('length', `>= 0 && <= ${buffer.byteLength - offset}`, length);
  const pos = position === null || position === undefined || position === -1 ? -1 : Number(position);
  return { offset, length, pos };
}

function copyInto(buffer, offset, bytes) {
  new Uint8Array(buffer.buffer, buffer.byteOffset + offset, bytes.byteLength).set(bytes);
  return bytes.byteLength;
}

fs.readSync = function readSync(fd, buffer, offset, length, position) {
  const a = readArgs(fd, buffer, offset, length, position);
  if (a.length === 0) return 0;
  return copyInto(buffer, a.offset, u.sync('read', fd, a.length, a.pos));
};

fs.read = function read(fd, buffer, offset, length, position, callback) {
  if (typeof buffer === 'function') {
    callback = buffer;
    buffer = require('buffer').Buffer.alloc(16384);
    offset = 0;
  } else if (typeof offset === 'function') {
    callback = offset;
    offset = undefined;
  } else if (typeof length === 'function') {
    callback = length;
    length = undefined;
  } else if (typeof position === 'function') {
    callback = position;
    position = undefined;
  }
  u.validateCallback(callback);
  const a = readArgs(fd, buffer, offset, length, position);
  u.async('read', fd, a.length, a.pos).then(
    (bytes) => nextTick(callback, null, copyInto(buffer, a.offset, bytes), buffer),
    (err) => nextTick(callback, err),
  );
};

function writeArgs(buffer, offsetOrOptions, length, position) {
  if (typeof buffer === 'string') {
    // write(fd, string[, position[, encoding]])
    const encoding = typeof length === 'string' ? length : 'utf8';
    const pos = typeof offsetOrOptions === 'number' ? offsetOrOptions : -1;
    return { bytes: require('buffer').Buffer.from(buffer, encoding), pos };
  }
  if (!ArrayBuffer.isView(buffer)) throw new (codes().ERR_INVALID_ARG_TYPE)('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
  let offset = offsetOrOptions;
  if (offset !== null && typeof offset === 'object') ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
  offset = offset ?? 0;
  length = length ?? buffer.byteLength - offset;
  const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset + offset, length);
  return { bytes, pos: position === null || position === undefined ? -1 : position };
}

fs.writeSync = function writeSync(fd, buffer, offset, length, position) {
  u.validateFd(fd);
  const a = writeArgs(buffer, offset, length, position);
  return u.sync('write', fd, a.bytes, a.pos);
};

fs.write = function write(fd, buffer, ...rest) {
  const callback = u.validateCallback(rest.pop());
  u.validateFd(fd);
  const a = writeArgs(buffer, ...rest);
  u.async('write', fd, a.bytes, a.pos).then((n) => nextTick(callback, null, n, buffer), (err) => nextTick(callback, err));
};

fs.readvSync = function readvSync(fd, buffers, position) {
  let total = 0;
  for (const b of buffers) {
    const n = fs.readSync(fd, b, 0, b.byteLength, position === undefined || position === null ? null : position + total);
    total += n;
    if (n < b.byteLength) break;
  }
  return total;
};

fs.writevSync = function writevSync(fd, buffers, position) {
  let total = 0;
  for (const b of buffers) total += fs.writeSync(fd, b, 0, b.byteLength, position === undefined || position === null ? null : position + total);
  return total;
};

fs.readv = function readv(fd, buffers, position, callback) {
  if (typeof position === 'function') {
    callback = position;
    position = null;
  }
  u.validateCallback(callback);
  let n;
  try {
    n = fs.readvSync(fd, buffers, position);
  } catch (err) {
    nextTick(callback, err);
    return;
  }
  nextTick(callback, null, n, buffers);
};

fs.writev = function writev(fd, buffers, position, callback) {
  if (typeof position === 'function') {
    callback = position;
    position = null;
  }
  u.validateCallback(callback);
  let n;
  try {
    n = fs.writevSync(fd, buffers, position);
  } catch (err) {
    nextTick(callback, err);
    return;
  }
  nextTick(callback, null, n, buffers);
};

// Recursive copy (fs.cp), with Node's defaults: no overwrite errors unless
// errorOnExist, directories need `recursive`.
function cpSyncImpl(src, dest, opts = {}) {
  const path = require('path');
  src = u.toPath(src, 'src');
  dest = u.toPath(dest, 'dest');
  const { recursive = false, force = true, errorOnExist = false, filter } = opts;
  const copy = (s, d) => {
    if (filter && !filter(s, d)) return;
    const st = fs.lstatSync(s);
    if (st.isDirectory()) {
      if (!recursive) {
        const err = new Error(`Recursive option is required to copy a directory: ${s}`);
        err.code = 'ERR_FS_EISDIR';
        throw err;
      }
      fs.mkdirSync(d, { recursive: true });
      for (const name of fs.readdirSync(s)) copy(path.join(s, name), path.join(d, name));
    } else if (st.isSymbolicLink()) {
      fs.symlinkSync(fs.readlinkSync(s), d);
    } else {
      if (fs.existsSync(d)) {
        if (!force) {
          if (errorOnExist) {
            const err = new Error(`Target already exists: cp returned EEXIST (${d} already exists)`);
            err.code = 'ERR_FS_CP_EEXIST';
            throw err;
          }
          return;
        }
      }
      fs.copyFileSync(s, d);
    }
  };
  copy(src, dest);
}

fs.cpSync = function cpSync(src, dest, options) {
  cpSyncImpl(src, dest, options);
};

fs.cp = function cp(src, dest, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  u.validateCallback(callback);
  try {
    cpSyncImpl(src, dest, options);
  } catch (err) {
    nextTick(callback, err);
    return;
  }
  nextTick(callback, null);
};

class Dir {
  #entries;
  #closed = false;

  constructor(path, entries) {
    this.path = path;
    this.#entries = entries;
  }

  readSync() {
    if (this.#closed) throw new (codes().ERR_DIR_CLOSED)();
    return this.#entries.shift() || null;
  }

  read(callback) {
    if (typeof callback === 'function') {
      let entry;
      try {
        entry = this.readSync();
      } catch (err) {
        nextTick(callback, err);
        return undefined;
      }
      nextTick(callback, null, entry);
      return undefined;
    }
    return Promise.resolve().then(() => this.readSync());
  }

  closeSync() {
    if (this.#closed) throw new (codes().ERR_DIR_CLOSED)();
    this.#closed = true;
  }

  close(callback) {
    if (typeof callback === 'function') {
      try {
        this.closeSync();
      } catch (err) {
        nextTick(callback, err);
        return undefined;
      }
      nextTick(callback, null);
      return undefined;
    }
    return Promise.resolve().then(() => this.closeSync());
  }

  async *entries() {
    for (;;) {
      const e = this.readSync();
      if (e === null) break;
      yield e;
    }
    if (!this.#closed) this.closeSync();
  }

  [Symbol.asyncIterator]() {
    return this.entries();
  }
}

fs.Dir = Dir;
fs.opendirSync = function opendirSync(path, options) {
  const p = u.toPath(path);
  return new Dir(p, fs.readdirSync(p, { ...options, withFileTypes: true }));
};
fs.opendir = function opendir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  u.validateCallback(callback);
  fs.readdir(path, { ...options, withFileTypes: true }, (err, entries) => {
    if (err) callback(err);
    else callback(null, new Dir(u.toPath(path), entries));
  });
};

fs.createReadStream = function createReadStream(path, options) {
  const { ReadStream } = require('internal/fs/streams');
  return new ReadStream(path, options);
};

fs.createWriteStream = function createWriteStream(path, options) {
  const { WriteStream } = require('internal/fs/streams');
  return new WriteStream(path, options);
};

fs._toUnixTimestamp = u.toUnixTimestamp;
fs.F_OK = constants.F_OK;
fs.R_OK = constants.R_OK;
fs.W_OK = constants.W_OK;
fs.X_OK = constants.X_OK;

for (const [name, load] of [
  ['ReadStream', () => require('internal/fs/streams').ReadStream],
  ['WriteStream', () => require('internal/fs/streams').WriteStream],
  ['FileReadStream', () => require('internal/fs/streams').ReadStream],
  ['FileWriteStream', () => require('internal/fs/streams').WriteStream],
  ['promises', () => require('fs/promises')],
]) {
  Object.defineProperty(fs, name, { get: load, enumerable: true, configurable: true });
}

module.exports = fs;
