'use strict';
// `fs/promises` (also `fs.promises`): each operation of internal/fs/ops.js as a
// promise, and FileHandle.

const u = require('internal/fs/utils');
const ops = require('internal/fs/ops');

function codes() {
  return require('internal/errors').codes;
}

function promiseForm(name) {
  const prepare = ops[name];
  return async function (...args) {
    const [op, opArgs, post] = prepare(...args);
    return post(await u.async(op, ...opArgs));
  };
}

const promises = { constants: u.constants };
for (const name of ['readFile', 'writeFile', 'appendFile', 'access', 'copyFile', 'rename', 'truncate', 'rm', 'rmdir', 'mkdir', 'readdir', 'readlink', 'symlink', 'lstat', 'stat', 'link', 'unlink', 'chmod', 'lchown', 'chown', 'utimes', 'lutimes', 'realpath', 'mkdtemp']) {
  promises[name] = promiseForm(name);
}

const kFd = Symbol('fd');

class FileHandle extends require('events') {
  constructor(fd) {
    super();
    this[kFd] = fd;
  }

  get fd() {
    return this[kFd];
  }

  #check() {
    if (this[kFd] === -1) {
      const err = new Error('file closed');
      err.code = 'EBADF';
      err.syscall = 'read';
      throw err;
    }
    return this[kFd];
  }

  async readFile(options) {
    const o = u.getOptions(options, { encoding: null });
    return u.decode(await u.async('readFile', this.#check()), o.encoding);
  }

  async writeFile(data, options) {
    const o = u.getOptions(options, { encoding: 'utf8' });
    await u.async('writeFile', this.#check(), u.toBytes(data, o.encoding));
  }

  async appendFile(data, options) {
    return this.writeFile(data, options);
  }

  async read(buffer, offset, length, position) {
    if (buffer === undefined || (buffer !== null && typeof buffer === 'object' && !ArrayBuffer.isView(buffer))) {
      const o = buffer || {};
      buffer = o.buffer || require('buffer').Buffer.alloc(16384);
      offset = o.offset || 0;
      length = o.length ?? buffer.byteLength - offset;
      position = o.position ?? null;
    }
    offset = offset ?? 0;
    length = length ?? buffer.byteLength - offset;
    const bytes = await u.async('read', this.#check(), length, position === null || position === undefined ? -1 : position);
    new Uint8Array(buffer.buffer, buffer.byteOffset + offset, bytes.byteLength).set(bytes);
    return { bytesRead: bytes.byteLength, buffer };
  }

  async write(data, offsetOrPosition, lengthOrEncoding, position) {
    if (typeof data === 'string') {
      const bytes = require('buffer').Buffer.from(data, typeof lengthOrEncoding === 'string' ? lengthOrEncoding : 'utf8');
      const pos = typeof offsetOrPosition === 'number' ? offsetOrPosition : -1;
      const n = await u.async('write', this.#check(), bytes, pos);
      return { bytesWritten: n, buffer: data };
    }
    const offset = offsetOrPosition ?? 0;
    const length = lengthOrEncoding ?? data.byteLength - offset;
    const view = new Uint8Array(data.buffer, data.byteOffset + offset, length);
    const n = await u.async('write', this.#check(), view, position === null || position === undefined ? -1 : position);
    return { bytesWritten: n, buffer: data };
  }

  async stat(options) {
    return u.makeStats(await u.async('fstat', this.#check()), Boolean(options && options.bigint));
  }

  async truncate(len = 0) {
    await u.async('ftruncate', this.#check(), len);
  }

  async sync() {
    await u.async('fsync', this.#check());
  }

  async datasync() {
    await u.async('fdatasync', this.#check());
  }

  async chmod(mode) {
    await u.async('fchmod', this.#check(), u.parseMode(mode, 'mode'));
  }

  async utimes(atime, mtime) {
    await u.async('futimes', this.#check(), u.toUnixTimestamp(atime), u.toUnixTimestamp(mtime));
  }

  async close() {
    if (this[kFd] === -1) return;
    const fd = this[kFd];
    this[kFd] = -1;
    await u.async('close', fd);
    this.emit('close');
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

  async *readLines() {
    const text = await this.readFile('utf8');
    const lines = text.split(/\r?\n/);
    if (lines[lines.length - 1] === '') lines.pop();
    yield* lines;
  }
}

promises.open = async function open(path, flags, mode) {
  const [op, opArgs] = ops.open(path, flags, mode);
  return new FileHandle(await u.async(op, ...opArgs));
};

promises.opendir = async function opendir(path, options) {
  return require('fs').opendirSync(path, options);
};

promises.cp = async function cp(src, dest, options) {
  return require('fs').cpSync(src, dest, options);
};

promises.FileHandle = FileHandle;

module.exports = promises;
