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

module.exports = { createWritable };
