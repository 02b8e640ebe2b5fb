'use strict';
// fs.ReadStream and fs.WriteStream: node streams over the fs ops, reading and
// writing on the blocking pool.

const { Readable, Writable } = require('stream');
const u = require('internal/fs/utils');

function codes() {
  return require('internal/errors').codes;
}

function handleFd(fd) {
  // A FileHandle (fs/promises) passes itself.
  return fd !== null && typeof fd === 'object' && typeof fd.fd === 'number' ? fd.fd : fd;
}

class ReadStream extends Readable {
  constructor(path, options) {
    const o = u.getOptions(options, {});
    super({ highWaterMark: o.highWaterMark || 64 * 1024, encoding: o.encoding, emitClose: o.emitClose !== false, autoDestroy: o.autoClose !== false });
    this.path = o.fd === undefined || o.fd === null ? u.toPath(path) : undefined;
    this.fd = o.fd === undefined || o.fd === null ? null : handleFd(o.fd);
    this.flags = o.flags === undefined ? 'r' : o.flags;
    this.mode = o.mode === undefined ? 0o666 : o.mode;
    this.start = o.start;
    this.end = o.end === undefined ? Infinity : o.end;
    this.pos = o.start;
    this.bytesRead = 0;
    this.autoClose = o.autoClose !== false;
    if (this.start !== undefined) {
      require('internal/validators').validateInteger(this.start, 'start', 0);
      if (this.start > this.end) throw new (codes().ERR_OUT_OF_RANGE)('start', `<= "end" (here: ${this.end})`, this.start);
    }
  }

  get pending() {
    return this.fd === null;
  }

  _construct(callback) {
    if (this.fd !== null) {
      callback();
      return;
    }
    u.async('open', this.path, u.stringToFlags(this.flags), this.mode).then((fd) => {
      this.fd = fd;
      callback();
      this.emit('open', fd);
      this.emit('ready');
    }, (err) => callback(err));
  }

  _read(n) {
    const toRead = Math.min(n, this.end - (this.pos ?? this.bytesRead) + 1);
    if (toRead <= 0) {
      this.push(null);
      return;
    }
    const pos = this.pos === undefined ? -1 : this.pos;
    u.async('read', this.fd, toRead, pos).then((bytes) => {
      if (this.pos !== undefined) this.pos += bytes.byteLength;
      this.bytesRead += bytes.byteLength;
      this.push(bytes.byteLength > 0 ? u.toBuffer(bytes) : null);
    }, (err) => this.destroy(err));
  }

  _destroy(err, callback) {
    if (this.fd === null || !this.autoClose) {
      callback(err);
      return;
    }
    const fd = this.fd;
    this.fd = null;
    u.async('close', fd).then(() => callback(err), (closeErr) => callback(err || closeErr));
  }

  close(callback) {
    if (typeof callback === 'function') require('stream').finished(this, callback);
    this.destroy();
  }
}

class WriteStream extends Writable {
  constructor(path, options) {
    const o = u.getOptions(options, {});
    super({ highWaterMark: o.highWaterMark, decodeStrings: true, emitClose: o.emitClose !== false, autoDestroy: o.autoClose !== false });
    this.path = o.fd === undefined || o.fd === null ? u.toPath(path) : undefined;
    this.fd = o.fd === undefined || o.fd === null ? null : handleFd(o.fd);
    this.flags = o.flags === undefined ? 'w' : o.flags;
    this.mode = o.mode === undefined ? 0o666 : o.mode;
    this.start = o.start;
    this.pos = o.start;
    this.bytesWritten = 0;
    this.autoClose = o.autoClose !== false;
    if (o.encoding) this.setDefaultEncoding(o.encoding);
  }

  get pending() {
    return this.fd === null;
  }

  _construct(callback) {
    if (this.fd !== null) {
      callback();
      return;
    }
    u.async('open', this.path, u.stringToFlags(this.flags), this.mode).then((fd) => {
      this.fd = fd;
      callback();
      this.emit('open', fd);
      this.emit('ready');
    }, (err) => callback(err));
  }

  _write(chunk, encoding, callback) {
    const bytes = typeof chunk === 'string' ? require('buffer').Buffer.from(chunk, encoding) : chunk;
    const pos = this.pos === undefined ? -1 : this.pos;
    u.async('write', this.fd, bytes, pos).then((n) => {
      this.bytesWritten += n;
      if (this.pos !== undefined) this.pos += n;
      callback();
    }, (err) => callback(err));
  }

  _destroy(err, callback) {
    if (this.fd === null || !this.autoClose) {
      callback(err);
      return;
    }
    const fd = this.fd;
    this.fd = null;
    u.async('close', fd).then(() => callback(err), (closeErr) => callback(err || closeErr));
  }

  close(callback) {
    if (typeof callback === 'function') require('stream').finished(this, callback);
    this.end();
  }

  destroySoon() {
    this.end();
  }
}

module.exports = { ReadStream, WriteStream };
