'use strict';
// The `tty` module: isatty, and the stream classes process.stdout/stderr are made of.

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && bindings.isatty(fd);
}

// Node's tty.WriteStream is a net.Socket; jsrig's stdio streams are synchronous
// writers (internal/process/stdio), which these classes return for fds 1 and 2.
function WriteStream(fd) {
  if (!(this instanceof WriteStream)) return new WriteStream(fd);
  const stream = require('internal/process/stdio').createWritable(fd);
  Object.setPrototypeOf(stream, WriteStream.prototype);
  return stream;
}
Object.setPrototypeOf(WriteStream.prototype, require('events').prototype);
WriteStream.prototype.getWindowSize = function getWindowSize() {
  return [this.columns, this.rows];
};
WriteStream.prototype.getColorDepth = function getColorDepth(env = globalThis.process.env) {
  if (env.FORCE_COLOR !== undefined) {
    return { '': 4, 1: 4, true: 4, 2: 8, 3: 24, 0: 1, false: 1 }[env.FORCE_COLOR] ?? 4;
  }
  if (env.NO_COLOR !== undefined || env.NODE_DISABLE_COLORS !== undefined || env.TERM === 'dumb') return 1;
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 24;
  if (env.TERM && /-256(color)?$/.test(env.TERM)) return 8;
  return 4;
};
WriteStream.prototype.hasColors = function hasColors(count = 16, env) {
  if (typeof count === 'object') {
    env = count;
    count = 16;
  }
  return count <= 2 ** this.getColorDepth(env);
};

function ReadStream(fd) {
  if (!(this instanceof ReadStream)) return new ReadStream(fd);
  this.fd = fd;
  this.isTTY = true;
  this.isRaw = false;
}
Object.setPrototypeOf(ReadStream.prototype, require('events').prototype);
ReadStream.prototype.setRawMode = function setRawMode(mode) {
  this.isRaw = Boolean(mode);
  return this;
};

module.exports = { isatty, ReadStream, WriteStream };
