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

function validators() {
  return require('internal/validators');
}

// The callback of fs.op(...args, callback): the last argument when it is a
// function, else whatever sits where the callback belongs (to name it in the
// error, as node does).
function takeCallback(args, arity, name = 'cb') {
  let cb;
  if (args.length > 0 && typeof args[args.length - 1] === 'function') cb = args.pop();
  else cb = args[arity];
  if (typeof cb !== 'function') throw new (codes().ERR_INVALID_ARG_TYPE)(name, 'function', cb);
  if (args.length > arity) args.length = arity;
  return cb;
}

function fixError(fix, err) {
  return fix ? fix(err) : err;
}

// Runs an operation on the blocking pool; the callback runs as its own macrotask
// tick, so that an exception it throws is an uncaught exception, as in Node.
function callbackForm(name) {
  const { prepare, arity } = ops[name];
  return function (...args) {
    const cb = takeCallback(args, arity);
    const [op, opArgs, post, fix] = prepare(...args);
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
      (err) => nextTick(cb, fixError(fix, err)),
    );
  };
}

function syncForm(name) {
  const { prepare } = ops[name];
  return function (...args) {
    const [op, opArgs, post, fix, extra] = prepare(...args);
    let result;
    try {
      result = u.sync(op, ...opArgs);
    } catch (err) {
      // statSync/lstatSync with throwIfNoEntry: false.
      if (extra && extra.throwIfNoEntry === false && (err.code === 'ENOENT' || err.code === 'ENOTDIR')) return undefined;
      throw fixError(fix, err);
    }
    return post(result);
  };
}

const fs = { constants, Stats, Dirent };

for (const name of Object.keys(ops)) {
  fs[name] = callbackForm(name);
  fs[`${name}Sync`] = syncForm(name);
}

// close(fd) may go without a callback: an error is then thrown later.
const closeWithCallback = fs.close;
fs.close = function close(fd, callback = defaultCloseCallback) {
  if (callback !== defaultCloseCallback && typeof callback !== 'function') {
    throw new (codes().ERR_INVALID_ARG_TYPE)('cb', 'function', callback);
  }
  return closeWithCallback(fd, callback);
};
function defaultCloseCallback(err) {
  if (err != null) throw err;
}

fs.existsSync = function existsSync(path) {
  let p;
  try {
    p = u.toPath(path);
  } catch {
    return false;
  }
  return u.sync('exists', p);
};

fs.exists = function exists(path, callback) {
  validators().validateFunction(callback, 'cb');
  let p;
  try {
    p = u.toPath(path);
  } catch {
    return callback(false);
  }
  u.async('exists', p).then((r) => nextTick(callback, r), () => nextTick(callback, false));
  return undefined;
};

// ---- rm and rmdir ------------------------------------------------------------------

const defaultRmOptions = { recursive: false, force: false, retryDelay: 100, maxRetries: 0 };
const defaultRmdirOptions = { retryDelay: 100, maxRetries: 0, recursive: false };

function validateRmdirOptions(options, defaults = defaultRmdirOptions) {
  if (options === undefined) return defaults;
  validators().validateObject(options, 'options');
  options = { ...defaults, ...options };
  validators().validateBoolean(options.recursive, 'options.recursive');
  validators().validateInt32(options.retryDelay, 'options.retryDelay', 0);
  validators().validateUint32(options.maxRetries, 'options.maxRetries');
  return options;
}

function isDirectoryError(path) {
  return new (codes().ERR_FS_EISDIR)({ code: 'EISDIR', message: 'is a directory', path, syscall: 'rm', errno: 21 });
}

function rmOptions(options) {
  options = validateRmdirOptions(options, defaultRmOptions);
  validators().validateBoolean(options.force, 'options.force');
  return options;
}

fs.rmSync = function rmSync(path, options) {
  const p = u.toPath(path);
  const o = rmOptions(options);
  try {
    u.sync('rm', p, o.recursive, o.force);
  } catch (err) {
    if (err.code === 'EISDIR' && err.syscall === 'rm' && !o.recursive) throw isDirectoryError(p);
    throw err;
  }
};

fs.rm = function rm(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  const p = u.toPath(path);
  const o = rmOptions(options);
  validators().validateFunction(callback, 'cb');
  u.async('rm', p, o.recursive, o.force).then(() => nextTick(callback, null), (err) => {
    if (err.code === 'EISDIR' && err.syscall === 'rm' && !o.recursive) err = isDirectoryError(p);
    nextTick(callback, err);
  });
};

let warnedRecursiveRmdir = false;
function emitRecursiveRmdirWarning() {
  if (warnedRecursiveRmdir) return;
  warnedRecursiveRmdir = true;
  globalThis.process.emitWarning(
    'In future versions of Node.js, fs.rmdir(path, { recursive: true }) will be removed. Use fs.rm(path, { recursive: true }) instead',
    'DeprecationWarning', 'DEP0147');
}

fs.rmdirSync = function rmdirSync(path, options) {
  const p = u.toPath(path);
  if (options?.recursive) {
    emitRecursiveRmdirWarning();
    const o = rmOptions({ ...options, force: false });
    // A recursive rmdir of something that is not a directory is a plain rmdir.
    if (u.isDirectoryMode(u.sync('lstat', p)[1])) {
      u.sync('rm', p, true, o.force);
      return;
    }
  } else {
    validateRmdirOptions(options);
  }
  u.sync('rmdir', p, false);
};

fs.rmdir = function rmdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validators().validateFunction(callback, 'cb');
  const p = u.toPath(path);
  let recursive = false;
  if (options?.recursive) {
    emitRecursiveRmdirWarning();
    rmOptions({ ...options, force: false });
    recursive = true;
  } else {
    validateRmdirOptions(options);
  }
  (async () => {
    if (recursive && u.isDirectoryMode((await u.async('lstat', p))[1])) return u.async('rm', p, true, false);
    return u.async('rmdir', p, false);
  })().then(() => nextTick(callback, null), (err) => nextTick(callback, err));
};

// ---- realpath ------------------------------------------------------------------------

// Node's JavaScript realpath: each component lstat'ed, links resolved by
// readlink (after a stat, which reports loops), so errors name those calls.
function realpathWalk(p, io) {
  const path = require('path');
  p = path.resolve(p);
  const seenLinks = new Map();
  const knownHard = new Set();
  let current = '/';
  let base = '/';
  let pos = 1;
  const step = () => {
    while (pos < p.length) {
      const next = p.indexOf('/', pos);
      const previous = current;
      if (next === -1) {
        const last = p.slice(pos);
        current += last;
        base = previous + last;
        pos = p.length;
      } else {
        current += p.slice(pos, next + 1);
        base = previous + p.slice(pos, next);
        pos = next + 1;
      }
      if (knownHard.has(base)) continue;
      return io.lstat(base, (stats) => {
        if ((stats[1] & constants.S_IFMT) !== constants.S_IFLNK) {
          knownHard.add(base);
          return step();
        }
        const id = `${stats[0]}:${stats[7]}`;
        const resolve = (linkTarget) => {
          seenLinks.set(id, linkTarget);
          p = path.resolve(path.resolve(previous, linkTarget), p.slice(pos));
          current = base = '/';
          pos = 1;
          return step();
        };
        if (seenLinks.has(id)) return resolve(seenLinks.get(id));
        return io.stat(base, () => io.readlink(base, resolve));
      });
    }
    return io.done(p);
  };
  return step();
}

function encodeRealpath(result, options) {
  if (!options || !options.encoding || options.encoding === 'utf8') return result;
  const asBuffer = require('buffer').Buffer.from(result);
  return options.encoding === 'buffer' ? asBuffer : asBuffer.toString(options.encoding);
}

function realpathPath(path) {
  if (path !== null && typeof path === 'object' && typeof path.href === 'string') return u.toPath(path);
  if (typeof path !== 'string') path += '';
  return u.toPath(path);
}

fs.realpathSync = function realpathSync(path, options) {
  const o = u.getOptions(options, {});
  const p = realpathPath(path);
  let result;
  realpathWalk(p, {
    lstat: (target, next) => next(u.sync('lstat', target)),
    stat: (target, next) => next(u.sync('stat', target)),
    readlink: (target, next) => next(u.sync('readlink', target)),
    done: (value) => {
      result = value;
    },
  });
  return encodeRealpath(result, o);
};

fs.realpath = function realpath(path, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  validators().validateFunction(callback, 'cb');
  const o = u.getOptions(options, {});
  const p = realpathPath(path);
  const fail = (err) => nextTick(callback, err);
  const call = (op) => (target, next) => u.async(op, target).then(next, fail);
  realpathWalk(p, {
    lstat: call('lstat'),
    stat: call('stat'),
    readlink: call('readlink'),
    done: (value) => nextTick(callback, null, encodeRealpath(value, o)),
  });
};

// The system's realpath(3), as fs.realpath.native and fs.promises.realpath.
function nativeRealpath(path, options) {
  const o = u.getOptions(options, {});
  return [u.toPath(path), o];
}

fs.realpathSync.native = function realpathSyncNative(path, options) {
  const [p, o] = nativeRealpath(path, options);
  try {
    return encodeRealpath(u.sync('realpath', p), o);
  } catch (err) {
    throw u.redescribe(err, 'realpath');
  }
};

fs.realpath.native = function realpathNative(path, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  validators().validateFunction(callback, 'cb');
  const [p, o] = nativeRealpath(path, options);
  u.async('realpath', p).then((r) => nextTick(callback, null, encodeRealpath(r, o)),
    (err) => nextTick(callback, u.redescribe(err, 'realpath')));
};

// ---- fd reads and writes -------------------------------------------------------------

function copyInto(buffer, offset, bytes) {
  new Uint8Array(buffer.buffer, buffer.byteOffset + offset, bytes.byteLength).set(bytes);
  return bytes.byteLength;
}

// Offset and length in bytes, position as the host wants it (-1: current).
function readParams(buffer, offset, length, position) {
  u.validateBuffer(buffer);
  if (offset === undefined || offset === null) offset = 0;
  else validators().validateInteger(offset, 'offset', 0);
  length |= 0;
  if (length === 0) return null;
  if (buffer.byteLength === 0) {
    throw new (codes().ERR_INVALID_ARG_VALUE)('buffer', buffer, 'is empty and cannot be written');
  }
  u.validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  u.validatePosition(position, 'position', length);
  return { offset, length, pos: Number(position) };
}

fs.readSync = function readSync(fd, buffer, offsetOrOptions, length, position) {
  fd = u.validateFd(fd);
  u.validateBuffer(buffer);
  let offset = offsetOrOptions;
  if (arguments.length <= 3 || typeof offsetOrOptions === 'object') {
    if (offsetOrOptions !== undefined) validators().validateObject(offsetOrOptions, 'options', validators().kValidateObjectAllowNullable);
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions ?? {});
  }
  const a = readParams(buffer, offset, length, position);
  if (a === null) return 0;
  return copyInto(buffer, a.offset, u.sync('read', fd, a.length, a.pos));
};

fs.read = function read(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = u.validateFd(fd);
  let offset = offsetOrOptions;
  let params = null;
  if (arguments.length <= 4) {
    if (arguments.length === 4) {
      validators().validateObject(offsetOrOptions, 'options', validators().kValidateObjectAllowNullable);
      callback = length;
      params = offsetOrOptions;
    } else if (arguments.length === 3) {
      if (!ArrayBuffer.isView(buffer)) {
        params = buffer;
        ({ buffer = require('buffer').Buffer.alloc(16384) } = params ?? {});
      }
      callback = offsetOrOptions;
    } else {
      callback = buffer;
      buffer = require('buffer').Buffer.alloc(16384);
    }
    if (params !== undefined) validators().validateObject(params, 'options', validators().kValidateObjectAllowNullable);
    ({ offset = 0, length = buffer?.byteLength - offset, position = null } = params ?? {});
  }
  u.validateBuffer(buffer);
  validators().validateFunction(callback, 'cb');
  const a = readParams(buffer, offset, length, position);
  if (a === null) {
    nextTick(() => callback(null, 0, buffer));
    return;
  }
  u.async('read', fd, a.length, a.pos).then(
    (bytes) => nextTick(callback, null, copyInto(buffer, a.offset, bytes), buffer),
    (err) => nextTick(callback, err),
  );
};

// What writeSync/write send: the bytes and the position (-1: current).
function bufferWrite(buffer, offset, length, position) {
  if (typeof length !== 'number') length = buffer.byteLength - offset;
  if (typeof position !== 'number') position = null;
  u.validateOffsetLengthWrite(offset, length, buffer.byteLength);
  return { bytes: new Uint8Array(buffer.buffer, buffer.byteOffset + offset, length), pos: position ?? -1 };
}

function stringWrite(string, position, encoding) {
  if (typeof string !== 'string') {
    throw new (codes().ERR_INVALID_ARG_TYPE)('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], string);
  }
  u.validateStringEncoding(string, encoding);
  const enc = typeof encoding === 'string' && require('buffer').Buffer.isEncoding(encoding) ? encoding : 'utf8';
  return { bytes: require('buffer').Buffer.from(string, enc), pos: typeof position === 'number' ? position : -1 };
}

fs.writeSync = function writeSync(fd, buffer, offsetOrOptions, length, position) {
  fd = u.validateFd(fd);
  let a;
  if (ArrayBuffer.isView(buffer)) {
    let offset = offsetOrOptions;
    if (typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions ?? {});
    }
    if (typeof offset !== 'number') offset = 0;
    a = bufferWrite(buffer, offset, length, position);
  } else {
    a = stringWrite(buffer, offsetOrOptions, length);
  }
  return u.sync('write', fd, a.bytes, a.pos);
};

fs.write = function write(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = u.validateFd(fd);
  let offset = offsetOrOptions;
  let a;
  if (ArrayBuffer.isView(buffer)) {
    callback = callback || position || length || offset;
    validators().validateFunction(callback, 'cb');
    if (typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions ?? {});
    }
    if (offset == null || typeof offset === 'function') offset = 0;
    else validators().validateInteger(offset, 'offset', 0);
    a = bufferWrite(buffer, offset, typeof length === 'function' ? undefined : length, typeof position === 'function' ? undefined : position);
  } else {
    if (typeof position !== 'function') {
      if (typeof offset === 'function') {
        position = offset;
        offset = null;
      } else {
        position = length;
      }
      length = 'utf8';
    }
    callback = position;
    a = stringWrite(buffer, offset, length);
    validators().validateFunction(callback, 'cb');
  }
  u.async('write', fd, a.bytes, a.pos).then((n) => nextTick(callback, null, n, buffer), (err) => nextTick(callback, err, 0, buffer));
};

fs.readvSync = function readvSync(fd, buffers, position) {
  fd = u.validateFd(fd);
  u.validateBufferArray(buffers);
  if (typeof position !== 'number') position = null;
  let total = 0;
  for (const b of buffers) {
    const n = fs.readSync(fd, b, 0, b.byteLength, position === null ? null : position + total);
    total += n;
    if (n < b.byteLength) break;
  }
  return total;
};

fs.writevSync = function writevSync(fd, buffers, position) {
  fd = u.validateFd(fd);
  u.validateBufferArray(buffers);
  if (buffers.length === 0) return 0;
  if (typeof position !== 'number') position = null;
  let total = 0;
  for (const b of buffers) total += fs.writeSync(fd, b, 0, b.byteLength, position === null ? null : position + total);
  return total;
};

function vectorForm(syncFn) {
  return function (fd, buffers, position, callback) {
    if (typeof position === 'function') {
      callback = position;
      position = null;
    }
    fd = u.validateFd(fd);
    u.validateBufferArray(buffers);
    validators().validateFunction(callback, 'cb');
    let n;
    try {
      n = syncFn(fd, buffers, position);
    } catch (err) {
      nextTick(callback, err);
      return;
    }
    nextTick(callback, null, n, buffers);
  };
}
fs.readv = vectorForm(fs.readvSync);
fs.writev = vectorForm(fs.writevSync);

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

// fs.Dir over the host's readdir: entries are read when the Dir is opened.
// Errors of opening name no path, as node's opendir does.
class Dir {
  #path;
  #entries;
  #closed = false;

  constructor(path, entries) {
    this.#path = path;
    this.#entries = entries;
  }

  get path() {
    return this.#path;
  }

  readSync() {
    if (this.#closed) throw new (codes().ERR_DIR_CLOSED)();
    return this.#entries.shift() ?? null;
  }

  read(callback) {
    if (callback === undefined) {
      if (this.#closed) return Promise.reject(new (codes().ERR_DIR_CLOSED)());
      return new Promise((resolve) => setImmediate(() => resolve(this.#entries.shift() ?? null)));
    }
    validators().validateFunction(callback, 'callback');
    if (this.#closed) throw new (codes().ERR_DIR_CLOSED)();
    setImmediate(() => callback(null, this.#entries.shift() ?? null));
    return undefined;
  }

  closeSync() {
    if (this.#closed) throw new (codes().ERR_DIR_CLOSED)();
    this.#closed = true;
  }

  close(callback) {
    if (callback === undefined) {
      if (this.#closed) return Promise.reject(new (codes().ERR_DIR_CLOSED)());
      this.#closed = true;
      return new Promise((resolve) => setImmediate(resolve));
    }
    validators().validateFunction(callback, 'callback');
    if (this.#closed) {
      nextTick(callback, new (codes().ERR_DIR_CLOSED)());
      return undefined;
    }
    this.#closed = true;
    setImmediate(() => callback(null));
    return undefined;
  }

  async *entries() {
    try {
      for (;;) {
        const e = await this.read();
        if (e === null) break;
        yield e;
      }
    } finally {
      if (!this.#closed) await this.close();
    }
  }

  [Symbol.asyncIterator]() {
    return this.entries();
  }
}

function opendirOptions(options) {
  const o = u.getOptions(options, { encoding: 'utf8' });
  return o;
}

function makeDir(p, o, flat) {
  const dirOptions = { bufferSize: 32, ...o };
  validators().validateUint32(dirOptions.bufferSize, 'options.bufferSize', true);
  return new Dir(p, u.makeDirents(flat, p, o.encoding));
}

function opendirError(err) {
  return u.redescribe(err, 'opendir', false);
}

fs.Dir = Dir;
fs.opendirSync = function opendirSync(path, options) {
  const p = u.toPath(path);
  const o = opendirOptions(options);
  let flat;
  try {
    flat = u.sync('readdir', p, true);
  } catch (err) {
    throw opendirError(err);
  }
  return makeDir(p, o, flat);
};
fs.opendir = function opendir(path, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  validators().validateFunction(callback, 'callback');
  const p = u.toPath(path);
  const o = opendirOptions(options);
  u.async('readdir', p, true).then((flat) => {
    let dir;
    try {
      dir = makeDir(p, o, flat);
    } catch (err) {
      nextTick(callback, err);
      return;
    }
    nextTick(callback, null, dir);
  }, (err) => nextTick(callback, opendirError(err)));
};

fs.createReadStream = function createReadStream(path, options) {
  const { ReadStream } = require('internal/fs/streams');
  return new ReadStream(path, options);
};

fs.createWriteStream = function createWriteStream(path, options) {
  const { WriteStream } = require('internal/fs/streams');
  return new WriteStream(path, options);
};

fs.watch = function watch(filename, options, listener) {
  return require('internal/fs/watchers').watch(filename, options, listener);
};
fs.watchFile = function watchFile(filename, options, listener) {
  return require('internal/fs/watchers').watchFile(filename, options, listener);
};
fs.unwatchFile = function unwatchFile(filename, listener) {
  return require('internal/fs/watchers').unwatchFile(filename, listener);
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
