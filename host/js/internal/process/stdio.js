'use strict';
// process.stdout and process.stderr: synchronous writes, as Node's are for files,
// pipes and terminals on POSIX.

const EventEmitter = require('events');

function createWritable(fd) {
  const isTTY = bindings.isatty(fd);
  const stream = new EventEmitter();
  Object.assign(stream, {
    fd,
    writable: true,
    _isStdio: true,
    isTTY,
    write(chunk, encoding, callback) {
      if (typeof encoding === 'function') callback = encoding;
      if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) {
        const { codes } = require('internal/errors');
        throw new codes.ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
      }
      bindings.write(fd, chunk);
      if (typeof callback === 'function') globalThis.process.nextTick(callback, null);
      return true;
    },
    end(chunk, encoding, callback) {
      if (typeof chunk === 'function') callback = chunk;
      else if (chunk !== undefined && chunk !== null) this.write(chunk, encoding);
      if (typeof callback === 'function') globalThis.process.nextTick(callback);
      return this;
    },
    cork() {},
    uncork() {},
    setDefaultEncoding() { return this; },
    hasColors(count = 16) {
      if (!isTTY) return false;
      const env = globalThis.process.env;
      if (env.NO_COLOR !== undefined || env.NODE_DISABLE_COLORS !== undefined || env.TERM === 'dumb') return false;
      return count <= 256;
    },
    getColorDepth() {
      return this.hasColors() ? 8 : 1;
    },
  });
  if (isTTY) {
    const [columns, rows] = bindings.terminalSize(fd);
    stream.columns = columns;
    stream.rows = rows;
  }
  return stream;
}

// process.stdin: a Readable over fd 0 (terminal, pipe or file). It keeps the
// process alive only while it wants data and is not paused, as Node's does.
function createReadable(fd) {
  const { Readable } = require('stream');
  const { Buffer } = require('buffer');
  const isTTY = bindings.isatty(fd);
  let refed = false;
  let pending = false;
  // Explicitly paused (pause(), or a pipe's backpressure): stdin then lets the
  // process exit even with a read pending.
  let paused = false;
  const ref = (on) => {
    if (on !== refed) {
      refed = on;
      bindings.loopRef(on ? 1 : -1);
    }
  };
  const stream = new Readable({
    highWaterMark: 64 * 1024,
    read() {
      if (pending) return;
      pending = true;
      if (!paused) ref(true);
      bindings.stdinRead().then(
        (bytes) => {
          pending = false;
          ref(false);
          if (bytes.byteLength === 0) this.push(null);
          else this.push(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
        },
        (err) => {
          pending = false;
          ref(false);
          this.destroy(err);
        },
      );
    },
    destroy(err, callback) {
      ref(false);
      callback(err);
    },
  });
  const pause = stream.pause;
  stream.pause = function () {
    paused = true;
    ref(false);
    return pause.call(this);
  };
  const resume = stream.resume;
  stream.resume = function () {
    paused = false;
    if (pending) ref(true);
    return resume.call(this);
  };
  stream.fd = fd;
  if (isTTY) {
    stream.isTTY = true;
    stream.isRaw = false;
    stream.setRawMode = function setRawMode(flag) {
      bindings.setRawMode(fd, Boolean(flag));
      this.isRaw = Boolean(flag);
      return this;
    };
  }
  return stream;
}

module.exports = { createWritable, createReadable };
