'use strict';
// `fs/promises` (also `fs.promises`): each operation of internal/fs/ops.js as a
// promise, and FileHandle. Argument errors reject, as node's async functions do.

const u = require('internal/fs/utils');
const ops = require('internal/fs/ops');

function codes() {
  return require('internal/errors').codes;
}

function validators() {
  return require('internal/validators');
}

function B() {
  return require('buffer').Buffer;
}

async function run(name, ...args) {
  const [op, opArgs, post, fix] = ops[name].prepare(...args);
  let result;
  try {
    result = await u.async(op, ...opArgs);
  } catch (err) {
    throw fix ? fix(err) : err;
  }
  return post(result);
}

function promiseForm(name) {
  return async function (...args) {
    return run(name, ...args);
  };
}

const promises = {};
// In node's order; some are replaced below.
for (const name of ['access', 'copyFile', 'cp', 'open', 'opendir', 'rename', 'truncate', 'rm', 'rmdir', 'mkdir', 'readdir',
  'readlink', 'symlink', 'lstat', 'stat', 'link', 'unlink', 'chmod', 'lchown', 'chown', 'utimes', 'lutimes', 'realpath',
  'mkdtemp', 'writeFile', 'appendFile', 'readFile']) {
  promises[name] = ops[name] ? promiseForm(name) : undefined;
}

const kFd = Symbol('kFd');
const kClosePromise = Symbol('kClosePromise');

function fileClosed(syscall) {
  const err = new Error('file closed');
  err.code = 'EBADF';
  err.syscall = syscall;
  return err;
}

let EventEmitter;
function Emitter() {
  EventEmitter ??= require('events');
  return EventEmitter;
}

class FileHandle extends Emitter() {
  constructor(fd) {
    super();
    this[kFd] = fd;
    this[kClosePromise] = null;
  }

  get fd() {
    return this[kFd];
  }

  #use(syscall) {
    if (this[kFd] === -1) throw fileClosed(syscall);
    return this[kFd];
  }

  async appendFile(data, options) {
    return writeFileHandle(this, data, options, 'writeFile');
  }

  async chmod(mode) {
    const fd = this.#use('fchmod');
    await u.async('fchmod', fd, u.parseMode(mode, 'mode'));
  }

  async chown(uid, gid) {
    const fd = this.#use('fchown');
    await run('fchown', fd, uid, gid);
  }

  async datasync() {
    await u.async('fdatasync', this.#use('fdatasync'));
  }

  async sync() {
    await u.async('fsync', this.#use('fsync'));
  }

  async read(bufferOrParams, offset, length, position) {
    const fd = this.#use('read');
    let buffer = bufferOrParams;
    if (!ArrayBuffer.isView(buffer)) {
      if (bufferOrParams !== undefined) {
        validators().validateObject(bufferOrParams, 'options', validators().kValidateObjectAllowNullable);
      }
      ({ buffer = B().alloc(16384), offset = 0, length = buffer.byteLength - offset, position = null } = bufferOrParams ?? {});
      u.validateBuffer(buffer);
    }
    if (offset !== null && typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
    }
    if (offset == null) offset = 0;
    else validators().validateInteger(offset, 'offset', 0);
    length ??= buffer.byteLength - offset;
    if (length === 0) return { __proto__: null, bytesRead: length, buffer };
    if (buffer.byteLength === 0) throw new (codes().ERR_INVALID_ARG_VALUE)('buffer', buffer, 'is empty and cannot be written');
    u.validateOffsetLengthRead(offset, length, buffer.byteLength);
    if (position == null) position = -1;
    else u.validatePosition(position, 'position', length);
    const bytes = await u.async('read', fd, length, Number(position));
    new Uint8Array(buffer.buffer, buffer.byteOffset + offset, bytes.byteLength).set(bytes);
    return { __proto__: null, bytesRead: bytes.byteLength, buffer };
  }

  async readv(buffers, position) {
    const fd = this.#use('read');
    u.validateBufferArray(buffers);
    if (typeof position !== 'number') position = null;
    let bytesRead = 0;
    for (const b of buffers) {
      const bytes = await u.async('read', fd, b.byteLength, position === null ? -1 : position + bytesRead);
      new Uint8Array(b.buffer, b.byteOffset, bytes.byteLength).set(bytes);
      bytesRead += bytes.byteLength;
      if (bytes.byteLength < b.byteLength) break;
    }
    return { __proto__: null, bytesRead, buffers };
  }

  async readFile(options) {
    const o = u.getOptions(options, { flag: 'r' });
    const bytes = await u.async('readFile', this.#use('read'));
    return u.decode(bytes, o.encoding);
  }

  // Lines from the current position to the end (node hands out a readline
  // Interface; iterating it gives the same lines).
  async *readLines(options) {
    const text = await this.readFile({ ...u.getOptions(options, {}), encoding: u.getOptions(options, {}).encoding || 'utf8' });
    const lines = text.split(/\r?\n/);
    if (lines[lines.length - 1] === '') lines.pop();
    yield* lines;
  }

  async stat(options) {
    const fd = this.#use('fstat');
    return u.makeStats(await u.async('fstat', fd), Boolean(options && options.bigint));
  }

  async truncate(len = 0) {
    const fd = this.#use('ftruncate');
    validators().validateInteger(len, 'len');
    await u.async('ftruncate', fd, Math.max(0, len));
  }

  async utimes(atime, mtime) {
    const fd = this.#use('futimes');
    await u.async('futimes', fd, u.toUnixTimestamp(atime, 'atime'), u.toUnixTimestamp(mtime, 'mtime'));
  }

  async write(buffer, offsetOrOptions, length, position) {
    const fd = this.#use('write');
    if (buffer?.byteLength === 0) return { __proto__: null, bytesWritten: 0, buffer };
    let offset = offsetOrOptions;
    let bytes;
    let pos;
    if (ArrayBuffer.isView(buffer)) {
      if (typeof offset === 'object') {
        ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions ?? {});
      }
      if (offset == null) offset = 0;
      else validators().validateInteger(offset, 'offset', 0);
      if (typeof length !== 'number') length = buffer.byteLength - offset;
      if (typeof position !== 'number') position = null;
      u.validateOffsetLengthWrite(offset, length, buffer.byteLength);
      bytes = new Uint8Array(buffer.buffer, buffer.byteOffset + offset, length);
      pos = position ?? -1;
    } else {
      if (typeof buffer !== 'string') {
        throw new (codes().ERR_INVALID_ARG_TYPE)('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
      }
      u.validateStringEncoding(buffer, length);
      bytes = B().from(buffer, typeof length === 'string' && B().isEncoding(length) ? length : 'utf8');
      pos = typeof offset === 'number' ? offset : -1;
    }
    const bytesWritten = await u.async('write', fd, bytes, pos);
    return { __proto__: null, bytesWritten, buffer };
  }

  async writev(buffers, position) {
    const fd = this.#use('write');
    u.validateBufferArray(buffers);
    if (typeof position !== 'number') position = null;
    if (buffers.length === 0) return { __proto__: null, bytesWritten: 0, buffers };
    let bytesWritten = 0;
    for (const b of buffers) {
      bytesWritten += await u.async('write', fd, new Uint8Array(b.buffer, b.byteOffset, b.byteLength), position === null ? -1 : position + bytesWritten);
    }
    return { __proto__: null, bytesWritten, buffers };
  }

  async writeFile(data, options) {
    return writeFileHandle(this, data, options, 'writeFile');
  }

  close() {
    if (this[kFd] === -1) return Promise.resolve();
    if (this[kClosePromise]) return this[kClosePromise];
    const fd = this[kFd];
    this[kClosePromise] = u.async('close', fd).then(() => {
      this[kFd] = -1;
      this[kClosePromise] = null;
      this.emit('close');
    }, (err) => {
      this[kClosePromise] = null;
      throw err;
    });
    return this[kClosePromise];
  }

  async [Symbol.asyncDispose]() {
    return this.close();
  }

  createReadStream(options) {
    const { ReadStream } = require('internal/fs/streams');
    return new ReadStream(null, { ...options, fd: this });
  }

  createWriteStream(options) {
    const { WriteStream } = require('internal/fs/streams');
    return new WriteStream(null, { ...options, fd: this });
  }
}

// Data for promise writeFile: views, strings, or (node's promise form only)
// any iterable or async iterable of them.
function isCustomIterable(data) {
  return data != null && typeof data === 'object' && !ArrayBuffer.isView(data) &&
    (typeof data[Symbol.iterator] === 'function' || typeof data[Symbol.asyncIterator] === 'function');
}

async function dataBytes(data, encoding) {
  if (ArrayBuffer.isView(data)) return [new Uint8Array(data.buffer, data.byteOffset, data.byteLength)];
  if (isCustomIterable(data)) {
    const parts = [];
    for await (const chunk of data) {
      if (typeof chunk === 'string') parts.push(B().from(chunk, encoding || 'utf8'));
      else if (ArrayBuffer.isView(chunk)) parts.push(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
      else throw new (codes().ERR_INVALID_ARG_TYPE)('data', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
    return parts;
  }
  if (typeof data !== 'string') {
    throw new (codes().ERR_INVALID_ARG_TYPE)('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  return [B().from(data, encoding || 'utf8')];
}

async function writeFileHandle(handle, data, options, syscall) {
  const o = u.getOptions(options, { encoding: 'utf8' });
  const fd = handle.fd;
  if (fd === -1) throw fileClosed(syscall);
  for (const bytes of await dataBytes(data, o.encoding)) await u.async('writeFile', fd, bytes);
}

promises.readFile = async function readFile(path, options) {
  if (path instanceof FileHandle) return path.readFile(options);
  return run('readFile', path, options);
};

promises.writeFile = async function writeFile(path, data, options) {
  const o = u.getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false });
  if (path instanceof FileHandle) return writeFileHandle(path, data, o, 'writeFile');
  if (!isCustomIterable(data)) return run('writeFile', path, data, o);
  const handle = await promises.open(path, o.flag || 'w', o.mode);
  try {
    await writeFileHandle(handle, data, o, 'writeFile');
  } finally {
    await handle.close();
  }
  return undefined;
};

promises.appendFile = async function appendFile(path, data, options) {
  const o = { ...u.getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' }) };
  if (!o.flag || u.isFd(path)) o.flag = 'a';
  return promises.writeFile(path, data, o);
};

promises.open = async function open(path, flags, mode) {
  const [op, opArgs] = ops.open.prepare(path, flags, mode);
  return new FileHandle(await u.async(op, ...opArgs));
};

promises.realpath = async function realpath(path, options) {
  const o = u.getOptions(options, {});
  const p = u.toPath(path);
  try {
    const r = await u.async('realpath', p);
    if (!o.encoding || o.encoding === 'utf8') return r;
    return o.encoding === 'buffer' ? B().from(r) : B().from(r).toString(o.encoding);
  } catch (err) {
    throw u.redescribe(err, 'realpath');
  }
};

function callbackApi() {
  return require('fs');
}

function promisified(fn, ...args) {
  return new Promise((resolve, reject) => fn(...args, (err, value) => (err ? reject(err) : resolve(value))));
}

promises.rm = async function rm(path, options) {
  return promisified(callbackApi().rm, path, options);
};

promises.rmdir = async function rmdir(path, options) {
  return promisified(callbackApi().rmdir, path, options);
};

promises.opendir = async function opendir(path, options) {
  return promisified(callbackApi().opendir, path, options);
};

promises.cp = async function cp(src, dest, options) {
  return promisified(callbackApi().cp, src, dest, options);
};

promises.watch = function watch(filename, options) {
  return require('internal/fs/watchers').watchPromises(filename, options);
};

promises.constants = u.constants;

module.exports = promises;
