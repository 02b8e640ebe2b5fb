'use strict';
// The `readline` module: lines from a stream (process.stdin, a file stream...), with
// Node's line splitting (\n, \r\n, \r; a \r\n split across chunks counts once),
// question(), prompts, the async iterator, and the cursor helpers. Input is taken as
// lines even from a terminal: its own line editing (cooked mode) does the echo, so
// there is no raw-mode editor, history or tab completion here.

const EventEmitter = require('events');

function codes() {
  return require('internal/errors').codes;
}

const lineEnding = /\r?\n|\r(?!\n)/g;
const kQuestionCancel = Symbol('kQuestionCancel');

class Interface extends EventEmitter {
  constructor(input, output, completer, terminal) {
    super();
    // An options object, or the (input, output, completer, terminal) form.
    const options = input && input.input ? input : { input, output, completer, terminal };
    const { input: inStream, output: outStream, prompt = '> ', crlfDelay = 100, historySize = 30, signal } = options;
    if (inStream === undefined || inStream === null || typeof inStream.on !== 'function') {
      throw new (codes().ERR_INVALID_ARG_TYPE)('input', 'stream.Readable', inStream);
    }
    if (options.completer !== undefined && typeof options.completer !== 'function') {
      throw new (codes().ERR_INVALID_ARG_VALUE)('completer', options.completer);
    }
    this.input = inStream;
    this.output = outStream;
    this.terminal = options.terminal === undefined ? Boolean(outStream && outStream.isTTY) : Boolean(options.terminal);
    this.crlfDelay = crlfDelay ? Math.max(100, crlfDelay) : 100;
    this.historySize = historySize;
    this.history = [];
    this.line = '';
    this.cursor = 0;
    this.closed = false;
    this.paused = false;
    this._prompt = prompt;
    this._lineBuffer = null;
    this._sawReturnAt = 0;
    this._questionCallback = null;
    this._decoder = new (require('string_decoder').StringDecoder)('utf8');

    this._ondata = (data) => this._normalWrite(data);
    this._onend = () => {
      if (typeof this._lineBuffer === 'string' && this._lineBuffer.length > 0) this.emit('line', this._lineBuffer);
      this.close();
    };
    this._onerror = (err) => this.emit('error', err);
    inStream.on('error', this._onerror);
    inStream.on('data', this._ondata);
    inStream.on('end', this._onend);
    this.once('close', () => {
      inStream.removeListener('data', this._ondata);
      inStream.removeListener('end', this._onend);
      inStream.removeListener('error', this._onerror);
    });
    if (signal) {
      const onAbort = () => this.close();
      if (signal.aborted) globalThis.process.nextTick(onAbort);
      else {
        signal.addEventListener('abort', onAbort, { once: true });
        this.once('close', () => signal.removeEventListener('abort', onAbort));
      }
    }
    inStream.resume();
  }

  getPrompt() {
    return this._prompt;
  }

  setPrompt(prompt) {
    this._prompt = prompt;
  }

  prompt() {
    if (this.paused) this.resume();
    if (this.closed) throw new (codes().ERR_USE_AFTER_CLOSE)('readline');
    this._writeToOutput(this._prompt);
  }

  _writeToOutput(text) {
    if (typeof text !== 'string') throw new (codes().ERR_INVALID_ARG_TYPE)('stringToWrite', 'string', text);
    if (this.output !== null && this.output !== undefined) this.output.write(text);
  }

  question(query, options, cb) {
    cb = typeof options === 'function' ? options : cb;
    if (options !== null && typeof options === 'object') {
      const { signal } = options;
      if (signal) {
        if (signal.aborted) return;
        const onAbort = () => this[kQuestionCancel]();
        signal.addEventListener('abort', onAbort, { once: true });
        const inner = cb;
        cb = (answer) => {
          signal.removeEventListener('abort', onAbort);
          inner(answer);
        };
      }
    }
    if (this.closed) throw new (codes().ERR_USE_AFTER_CLOSE)('readline');
    if (typeof cb !== 'function') return;
    if (this._questionCallback) {
      this.prompt();
      return;
    }
    this._oldPrompt = this._prompt;
    this.setPrompt(query);
    this._questionCallback = cb;
    this.prompt();
  }

  [kQuestionCancel]() {
    if (this._questionCallback) {
      this._questionCallback = null;
      this.setPrompt(this._oldPrompt);
    }
  }

  _onLine(line) {
    if (this._questionCallback) {
      const cb = this._questionCallback;
      this._questionCallback = null;
      this.setPrompt(this._oldPrompt);
      cb(line);
    } else {
      this.emit('line', line);
    }
  }

  _normalWrite(b) {
    if (b === undefined) return;
    let string = typeof b === 'string' ? b : this._decoder.write(b);
    if (this._sawReturnAt && Date.now() - this._sawReturnAt <= this.crlfDelay) {
      if (string.codePointAt(0) === 10) string = string.slice(1);
      this._sawReturnAt = 0;
    }
    lineEnding.lastIndex = 0;
    let found = lineEnding.exec(string);
    if (found !== null) {
      if (this._lineBuffer) {
        string = this._lineBuffer + string;
        this._lineBuffer = null;
        lineEnding.lastIndex = 0;
        found = lineEnding.exec(string);
      }
      this._sawReturnAt = string.endsWith('\r') ? Date.now() : 0;
      const indexes = [0, found.index, lineEnding.lastIndex];
      let next;
      while ((next = lineEnding.exec(string)) !== null) indexes.push(next.index, lineEnding.lastIndex);
      const last = indexes.length - 1;
      this._lineBuffer = string.slice(indexes[last]);
      for (let i = 1; i < last; i += 2) {
        this._onLine(string.slice(indexes[i - 1], indexes[i]));
        if (this.closed) return;
      }
    } else if (string) {
      this._lineBuffer = this._lineBuffer ? this._lineBuffer + string : string;
    }
  }

  write(data) {
    if (this.closed) throw new (codes().ERR_USE_AFTER_CLOSE)('readline');
    if (this.paused) this.resume();
    this._normalWrite(data);
  }

  pause() {
    if (this.paused) return this;
    this.input.pause();
    this.paused = true;
    this.emit('pause');
    return this;
  }

  resume() {
    if (!this.paused) return this;
    this.input.resume();
    this.paused = false;
    this.emit('resume');
    return this;
  }

  close() {
    if (this.closed) return;
    this.pause();
    this.closed = true;
    this.emit('close');
  }

  getCursorPos() {
    const prompt = this._prompt.split('\n').pop();
    return { rows: 0, cols: prompt.length + this.cursor };
  }

  // Lines as Node 20 yields them: buffered while unread (the input pauses past
  // 1024), ended by 'close'. Leaving the loop early stops listening; as in Node 20,
  // it does not close the interface.
  [Symbol.asyncIterator]() {
    if (this._lineIterator === undefined) {
      const { kFirstEventParam } = require('internal/events/symbols');
      this._lineIterator = EventEmitter.on(this, 'line', { close: ['close'], highWaterMark: 1024, [kFirstEventParam]: true });
    }
    return this._lineIterator;
  }

  [Symbol.dispose]() {
    this.close();
  }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

// Cursor control: ANSI sequences written to a stream, as Node's helpers.
function done(stream, data, callback) {
  if (stream === null || stream === undefined) {
    if (typeof callback === 'function') globalThis.process.nextTick(callback, null);
    return true;
  }
  return stream.write(data, callback);
}

function cursorTo(stream, x, y, callback) {
  if (typeof y === 'function') {
    callback = y;
    y = undefined;
  }
  if (Number.isNaN(x)) throw new (codes().ERR_INVALID_ARG_VALUE)('x', x);
  if (Number.isNaN(y)) throw new (codes().ERR_INVALID_ARG_VALUE)('y', y);
  if (stream == null || (typeof x !== 'number' && typeof y !== 'number')) {
    if (typeof callback === 'function') globalThis.process.nextTick(callback, null);
    return true;
  }
  if (typeof x !== 'number') throw new (codes().ERR_INVALID_CURSOR_POS)();
  const data = typeof y !== 'number' ? `\x1b[${x + 1}G` : `\x1b[${y + 1};${x + 1}H`;
  return done(stream, data, callback);
}

function moveCursor(stream, dx, dy, callback) {
  if (stream == null || !(dx || dy)) {
    if (typeof callback === 'function') globalThis.process.nextTick(callback, null);
    return true;
  }
  let data = '';
  if (dx < 0) data += `\x1b[${-dx}D`;
  else if (dx > 0) data += `\x1b[${dx}C`;
  if (dy < 0) data += `\x1b[${-dy}A`;
  else if (dy > 0) data += `\x1b[${dy}B`;
  return done(stream, data, callback);
}

function clearLine(stream, dir, callback) {
  const type = dir < 0 ? '\x1b[1K' : dir > 0 ? '\x1b[0K' : '\x1b[2K';
  return done(stream, type, callback);
}

function clearScreenDown(stream, callback) {
  return done(stream, '\x1b[0J', callback);
}

// 'keypress' events from a stream's characters: printable keys, return, tab,
// backspace, escape, arrows and the other common escape sequences, ctrl+letter.
const kKeypressDecoder = Symbol('keypress decoder');
const escapeNames = {
  '[A': 'up', '[B': 'down', '[C': 'right', '[D': 'left', '[H': 'home', '[F': 'end',
  '[2~': 'insert', '[3~': 'delete', '[5~': 'pageup', '[6~': 'pagedown', '[1~': 'home', '[4~': 'end',
  'OA': 'up', 'OB': 'down', 'OC': 'right', 'OD': 'left', 'OH': 'home', 'OF': 'end',
  'OP': 'f1', 'OQ': 'f2', 'OR': 'f3', 'OS': 'f4', '[Z': 'tab',
};

function emitKeys(stream, text) {
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    let key = { sequence: ch, name: undefined, ctrl: false, meta: false, shift: false };
    const printable = ch;
    if (ch === '\x1b') {
      const m = /^\x1b(\[[0-9;]*[A-Za-z~]|O[A-Z])/.exec(text.slice(i));
      if (m) {
        const seq = m[1].replace(/^\[1;(\d)/, '[');
        key = { sequence: m[0], name: escapeNames[seq] || escapeNames[m[1]], ctrl: false, meta: false, shift: m[1] === '[Z' };
        if (/^\[1;5/.test(m[1])) key.ctrl = true;
        if (/^\[1;3/.test(m[1])) key.meta = true;
        if (/^\[1;2/.test(m[1])) key.shift = true;
        stream.emit('keypress', undefined, key);
        i += m[0].length;
        continue;
      }
      if (i + 1 < text.length && text[i + 1] !== '\x1b') {
        key = { sequence: text.slice(i, i + 2), name: text[i + 1].toLowerCase(), ctrl: false, meta: true, shift: /[A-Z]/.test(text[i + 1]) };
        stream.emit('keypress', text.slice(i, i + 2), key);
        i += 2;
        continue;
      }
      key.name = 'escape';
    } else if (ch === '\r') {
      key.name = 'return';
    } else if (ch === '\n') {
      key.name = 'enter';
    } else if (ch === '\t') {
      key.name = 'tab';
    } else if (ch === '\b' || ch === '\x7f') {
      key.name = 'backspace';
    } else if (ch === ' ') {
      key.name = 'space';
    } else if (ch <= '\x1a') {
      key.name = String.fromCharCode(ch.charCodeAt(0) + 96);
      key.ctrl = true;
    } else if (/^[0-9A-Za-z]$/.test(ch)) {
      key.name = ch.toLowerCase();
      key.shift = /^[A-Z]$/.test(ch);
    }
    stream.emit('keypress', printable, key);
    i++;
  }
}

function emitKeypressEvents(stream) {
  if (stream[kKeypressDecoder]) return;
  const decoder = new (require('string_decoder').StringDecoder)('utf8');
  stream[kKeypressDecoder] = decoder;
  const onData = (b) => {
    if (stream.listenerCount('keypress') > 0) emitKeys(stream, typeof b === 'string' ? b : decoder.write(b));
    else {
      stream.removeListener('data', onData);
      stream.on('newListener', onNewListener);
    }
  };
  const onNewListener = (event) => {
    if (event === 'keypress') {
      stream.on('data', onData);
      stream.removeListener('newListener', onNewListener);
    }
  };
  if (stream.listenerCount('keypress') > 0) stream.on('data', onData);
  else stream.on('newListener', onNewListener);
}

module.exports = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
  promises: undefined,
};

Object.defineProperty(module.exports, 'promises', {
  get: () => require('readline/promises'),
  enumerable: true,
  configurable: true,
});
