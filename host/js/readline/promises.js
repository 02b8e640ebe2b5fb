'use strict';
// `readline/promises`: the same Interface with question() returning a promise, and
// Readline, which queues cursor moves and writes them on commit().

const readline = require('readline');

function codes() {
  return require('internal/errors').codes;
}

class Interface extends readline.Interface {
  question(query, options = {}) {
    return new Promise((resolve, reject) => {
      if (this.closed) {
        reject(new (codes().ERR_USE_AFTER_CLOSE)('readline'));
        return;
      }
      const signal = options && options.signal;
      if (signal && signal.aborted) {
        const { AbortError } = require('internal/errors');
        reject(new AbortError(undefined, { cause: signal.reason }));
        return;
      }
      let onAbort;
      if (signal) {
        onAbort = () => {
          const { AbortError } = require('internal/errors');
          reject(new AbortError(undefined, { cause: signal.reason }));
        };
        signal.addEventListener('abort', onAbort, { once: true });
      }
      super.question(query, options, (answer) => {
        if (onAbort) signal.removeEventListener('abort', onAbort);
        resolve(answer);
      });
    });
  }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

class Readline {
  constructor(stream, options = undefined) {
    if (!stream || typeof stream.write !== 'function') throw new (codes().ERR_INVALID_ARG_TYPE)('stream', 'Writable', stream);
    this._stream = stream;
    this._autoCommit = Boolean(options && options.autoCommit);
    this._todo = [];
  }

  _queue(data) {
    if (this._autoCommit) globalThis.process.nextTick(() => this._stream.write(data));
    else this._todo.push(data);
    return this;
  }

  cursorTo(x, y = undefined) {
    return this._queue(typeof y === 'number' ? `\x1b[${y + 1};${x + 1}H` : `\x1b[${x + 1}G`);
  }

  moveCursor(dx, dy) {
    let data = '';
    if (dx < 0) data += `\x1b[${-dx}D`;
    else if (dx > 0) data += `\x1b[${dx}C`;
    if (dy < 0) data += `\x1b[${-dy}A`;
    else if (dy > 0) data += `\x1b[${dy}B`;
    return data ? this._queue(data) : this;
  }

  clearLine(dir) {
    return this._queue(dir < 0 ? '\x1b[1K' : dir > 0 ? '\x1b[0K' : '\x1b[2K');
  }

  clearScreenDown() {
    return this._queue('\x1b[0J');
  }

  commit() {
    const data = this._todo.join('');
    this._todo = [];
    return new Promise((resolve) => this._stream.write(data, resolve));
  }

  rollback() {
    this._todo = [];
    return this;
  }
}

module.exports = { Interface, Readline, createInterface };
