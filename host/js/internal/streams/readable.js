'use strict';
// stream.Readable. The buffering, flowing/paused modes and the exact tick on which
// each event fires follow node v20: code in the wild depends on 'data' arriving
// synchronously from push() in flowing mode, on 'readable' and 'end' arriving a
// tick later, on read(0) triggering _read, and so on.

const EE = require('events');
const { Stream, prependListener } = require('internal/streams/legacy');
const destroyImpl = require('internal/streams/destroy');
const {
  defineBitAccessors,
  defineDefaultEncoding,
  defineTriState,
  defineValueAccessor,
  getDefaultHighWaterMark,
  getHighWaterMark,
  kState,
} = require('internal/streams/state');
const {
  errors,
  getBuffer,
  getStringDecoder,
  isArrayBufferView,
  kOnConstructed,
  nextTick,
  uint8ArrayToBuffer,
  validators,
} = require('internal/streams/utils');

const { errorOrDestroy } = destroyImpl;

// The flags of a ReadableState, bits of state[kState] (node's layout).
const kObjectMode = 1 << 0;
const kErrorEmitted = 1 << 1;
const kAutoDestroy = 1 << 2;
const kEmitClose = 1 << 3;
const kDestroyed = 1 << 4;
const kClosed = 1 << 5;
const kCloseEmitted = 1 << 6;
const kErrored = 1 << 7;
const kConstructed = 1 << 8;
const kEnded = 1 << 9;
const kEndEmitted = 1 << 10;
const kReading = 1 << 11;
const kSync = 1 << 12;
const kNeedReadable = 1 << 13;
const kEmittedReadable = 1 << 14;
const kReadableListening = 1 << 15;
const kResumeScheduled = 1 << 16;
const kMultiAwaitDrain = 1 << 17;
const kReadingMore = 1 << 18;
const kDataEmitted = 1 << 19;
const kDefaultUTF8Encoding = 1 << 20;
const kDecoder = 1 << 21;
const kEncoding = 1 << 22;
const kHasFlowing = 1 << 23;
const kFlowing = 1 << 24;
const kHasPaused = 1 << 25;
const kPaused = 1 << 26;
// A 'data' listener was added and not removed with removeListener();
// removeAllListeners() leaves it set, as in node.
const kDataListening = 1 << 27;

const kErroredValue = Symbol('kErroredValue');
const kDefaultEncodingValue = Symbol('kDefaultEncodingValue');
const kDecoderValue = Symbol('kDecoderValue');
const kEncodingValue = Symbol('kEncodingValue');

// read(n) grows highWaterMark to the next power of two, up to 1 GiB.
const kMaxHighWaterMark = 0x40000000;

let Duplex;
function isDuplexInstance(obj) {
  Duplex ??= require('internal/streams/duplex');
  return obj instanceof Duplex;
}

function validateEncodingOption(encoding) {
  if (encoding == null) return 'utf8';
  if (!getBuffer().isEncoding(encoding)) throw new (errors().codes.ERR_UNKNOWN_ENCODING)(encoding);
  return encoding;
}

function ReadableState(options, stream, isDuplex) {
  if (typeof isDuplex !== 'boolean') isDuplex = isDuplexInstance(stream);
  let objectMode = !!(options && options.objectMode);
  if (isDuplex) objectMode = objectMode || !!(options && options.readableObjectMode);
  this[kState] = kEmitClose | kAutoDestroy | kConstructed | kSync;
  if (objectMode) this[kState] |= kObjectMode;
  this.highWaterMark = options
    ? getHighWaterMark(objectMode, options, 'readableHighWaterMark', isDuplex)
    : getDefaultHighWaterMark(false);
  // Chunks before bufferIndex are consumed (null); the array is compacted lazily.
  this.buffer = [];
  this.bufferIndex = 0;
  this.length = 0;
  this.pipes = [];
  this.awaitDrainWriters = null;
  if (options && options.emitClose === false) this[kState] &= ~kEmitClose;
  if (options && options.autoDestroy === false) this[kState] &= ~kAutoDestroy;
  const defaultEncoding = validateEncodingOption(options?.defaultEncoding);
  if (defaultEncoding === 'utf8' || defaultEncoding === 'utf-8') {
    this[kState] |= kDefaultUTF8Encoding;
  } else {
    this[kDefaultEncodingValue] = defaultEncoding;
  }
  if (options && options.encoding) {
    this.decoder = new (getStringDecoder())(options.encoding);
    this.encoding = options.encoding;
  }
}

defineBitAccessors(ReadableState.prototype, {
  objectMode: kObjectMode,
  ended: kEnded,
  endEmitted: kEndEmitted,
  reading: kReading,
  // Cleared once _construct() is done.
  constructed: kConstructed,
  // True while _read() runs (and before the first read()): a push() then must
  // not emit synchronously.
  sync: kSync,
  needReadable: kNeedReadable,
  emittedReadable: kEmittedReadable,
  readableListening: kReadableListening,
  resumeScheduled: kResumeScheduled,
  errorEmitted: kErrorEmitted,
  emitClose: kEmitClose,
  autoDestroy: kAutoDestroy,
  destroyed: kDestroyed,
  closed: kClosed,
  closeEmitted: kCloseEmitted,
  multiAwaitDrain: kMultiAwaitDrain,
  readingMore: kReadingMore,
  dataEmitted: kDataEmitted,
});
defineValueAccessor(ReadableState.prototype, 'errored', kErrored, kErroredValue, () => null);
defineDefaultEncoding(ReadableState.prototype, kDefaultUTF8Encoding, kDefaultEncodingValue);
defineValueAccessor(ReadableState.prototype, 'decoder', kDecoder, kDecoderValue, () => null);
defineValueAccessor(ReadableState.prototype, 'encoding', kEncoding, kEncodingValue, () => null);
defineTriState(ReadableState.prototype, 'flowing', kHasFlowing, kFlowing, null);
Object.defineProperties(ReadableState.prototype, {
  // node exposes a plain boolean; internally "never paused nor resumed" counts too.
  paused: {
    get() { return (this[kState] & kPaused) !== 0; },
    set(value) {
      if (value) this[kState] |= kHasPaused | kPaused;
      else this[kState] = (this[kState] | kHasPaused) & ~kPaused;
    },
  },
  pipesCount: {
    get() { return this.pipes.length; },
  },
});

// resume() was the last of pause()/resume() to be called.
function isExplicitlyResumed(state) {
  return (state[kState] & (kHasPaused | kPaused)) === kHasPaused;
}

function bufferFirst(state) {
  return state.buffer[state.bufferIndex];
}

function bufferClear(state) {
  state.buffer.length = 0;
  state.bufferIndex = 0;
}

function Readable(options) {
  if (!(this instanceof Readable)) return new Readable(options);
  const isDuplex = isDuplexInstance(this);
  // The usual event names preallocated, so the emitter keeps one object shape.
  this._events ??= {
    close: undefined,
    error: undefined,
    data: undefined,
    end: undefined,
    readable: undefined,
  };
  this._readableState = new ReadableState(options, this, isDuplex);
  if (options) {
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal && !isDuplex) require('internal/streams/add-abort-signal').addAbortSignal(options.signal, this);
  }
  Stream.call(this, options);
  destroyImpl.construct(this, () => onConstructed(this));
}

Object.setPrototypeOf(Readable.prototype, Stream.prototype);
Object.setPrototypeOf(Readable, Stream);

// Once _construct() is done, a read() that was asked for meanwhile happens.
function onConstructed(stream) {
  const state = stream._readableState;
  if (state.needReadable) maybeReadMore(stream, state);
}

Readable.ReadableState = ReadableState;
// For Duplex, which runs both sides' construct hooks.
Object.defineProperty(Readable, kOnConstructed, { value: onConstructed });

Readable.prototype.destroy = destroyImpl.destroy;
Readable.prototype._undestroy = destroyImpl.undestroy;
Readable.prototype._destroy = function (err, cb) {
  cb(err);
};
Readable.prototype[EE.captureRejectionSymbol] = function (err) {
  this.destroy(err);
};

if (typeof Symbol.asyncDispose === 'symbol') {
  Readable.prototype[Symbol.asyncDispose] = function () {
    let error;
    if (!this.destroyed) {
      error = this.readableEnded ? null : new (errors().AbortError)();
      this.destroy(error);
    }
    return new Promise((resolve, reject) => {
      require('internal/streams/end-of-stream')(this, (err) => (err && err !== error ? reject(err) : resolve(null)));
    });
  };
}

Readable.prototype.push = function (chunk, encoding) {
  const state = this._readableState;
  return state.objectMode
    ? pushObject(this, state, chunk, encoding)
    : pushBytes(this, state, chunk, encoding);
};

Readable.prototype.unshift = function (chunk, encoding) {
  const state = this._readableState;
  return state.objectMode
    ? unshiftObject(this, state, chunk)
    : unshiftBytes(this, state, chunk, encoding);
};

function canPushMore(state) {
  return !state.ended && (state.length < state.highWaterMark || state.length === 0);
}

function invalidChunk(chunk) {
  return new (errors().codes.ERR_INVALID_ARG_TYPE)('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
}

function endOfStream(stream, state) {
  state.reading = false;
  onEofChunk(stream, state);
  return false;
}

function pushObject(stream, state, chunk, encoding) {
  if (chunk === null) return endOfStream(stream, state);
  if (state.ended) {
    errorOrDestroy(stream, new (errors().codes.ERR_STREAM_PUSH_AFTER_EOF)());
    return false;
  }
  if (state.destroyed || state.errored) return false;
  state.reading = false;
  if (state.decoder && !encoding) chunk = state.decoder.write(chunk);
  addChunk(stream, state, chunk, false);
  return canPushMore(state);
}

function pushBytes(stream, state, chunk, encoding) {
  if (chunk === null) return endOfStream(stream, state);
  if (typeof chunk === 'string') {
    encoding = encoding || state.defaultEncoding;
    if (state.encoding !== encoding) {
      chunk = getBuffer().from(chunk, encoding);
      encoding = '';
    }
  } else if (chunk instanceof getBuffer()) {
    encoding = '';
  } else if (isArrayBufferView(chunk)) {
    chunk = uint8ArrayToBuffer(chunk);
    encoding = '';
  } else if (chunk !== undefined) {
    errorOrDestroy(stream, invalidChunk(chunk));
    return false;
  }
  if (!chunk || chunk.length <= 0) {
    state.reading = false;
    maybeReadMore(stream, state);
    return canPushMore(state);
  }
  if (state.ended) {
    errorOrDestroy(stream, new (errors().codes.ERR_STREAM_PUSH_AFTER_EOF)());
    return false;
  }
  if (state.destroyed || state.errored) return false;
  state.reading = false;
  if (state.decoder && !encoding) {
    chunk = state.decoder.write(chunk);
    if (chunk.length === 0) {
      maybeReadMore(stream, state);
      return canPushMore(state);
    }
  }
  addChunk(stream, state, chunk, false);
  return canPushMore(state);
}

function unshiftObject(stream, state, chunk) {
  // unshift(null) ends the stream, like push(null).
  if (chunk === null) return endOfStream(stream, state);
  if (state.endEmitted) {
    errorOrDestroy(stream, new (errors().codes.ERR_STREAM_UNSHIFT_AFTER_END_EVENT)());
    return false;
  }
  if (state.destroyed || state.errored) return false;
  addChunk(stream, state, chunk, true);
  return canPushMore(state);
}

function unshiftBytes(stream, state, chunk, encoding) {
  if (chunk === null) return endOfStream(stream, state);
  if (typeof chunk === 'string') {
    encoding = encoding || state.defaultEncoding;
    if (state.encoding !== encoding) {
      // Unshifted text goes back in the buffer's own form: decoded if decoding.
      if (state.encoding) {
        chunk = getBuffer().from(chunk, encoding).toString(state.encoding);
      } else {
        chunk = getBuffer().from(chunk, encoding);
      }
    }
  } else if (chunk instanceof getBuffer()) {
    // As is.
  } else if (isArrayBufferView(chunk)) {
    chunk = uint8ArrayToBuffer(chunk);
  } else if (chunk !== undefined) {
    errorOrDestroy(stream, invalidChunk(chunk));
    return false;
  }
  if (!chunk || chunk.length <= 0) return canPushMore(state);
  if (state.endEmitted) {
    errorOrDestroy(stream, new (errors().codes.ERR_STREAM_UNSHIFT_AFTER_END_EVENT)());
    return false;
  }
  if (state.destroyed || state.errored) return false;
  addChunk(stream, state, chunk, true);
  return canPushMore(state);
}

function addChunk(stream, state, chunk, addToFront) {
  if ((state[kState] & (kFlowing | kSync | kDataListening)) === (kFlowing | kDataListening) && state.length === 0) {
    // Straight through: nothing is buffered and someone is listening.
    if (state.multiAwaitDrain) state.awaitDrainWriters.clear();
    else state.awaitDrainWriters = null;
    state.dataEmitted = true;
    stream.emit('data', chunk);
  } else {
    state.length += state.objectMode ? 1 : chunk.length;
    if (addToFront) {
      if (state.bufferIndex > 0) state.buffer[--state.bufferIndex] = chunk;
      else state.buffer.unshift(chunk);
    } else {
      state.buffer.push(chunk);
    }
    if (state.needReadable) emitReadable(stream);
  }
  maybeReadMore(stream, state);
}

Readable.prototype.isPaused = function () {
  const state = this._readableState;
  return (state[kState] & kPaused) !== 0 || state.flowing === false;
};

Readable.prototype.setEncoding = function (enc) {
  const state = this._readableState;
  const decoder = new (getStringDecoder())(enc);
  state.decoder = decoder;
  state.encoding = decoder.encoding;
  // What is already buffered is decoded now, as one string.
  let content = '';
  for (let i = state.bufferIndex; i < state.buffer.length; i++) content += decoder.write(state.buffer[i]);
  bufferClear(state);
  if (content !== '') state.buffer.push(content);
  state.length = content.length;
  return this;
};

function computeNewHighWaterMark(n) {
  if (n > kMaxHighWaterMark) throw new (errors().codes.ERR_OUT_OF_RANGE)('size', '<= 1GiB', n);
  n--;
  n |= n >>> 1;
  n |= n >>> 2;
  n |= n >>> 4;
  n |= n >>> 8;
  n |= n >>> 16;
  n++;
  return n;
}

// How much read(n) may return now: objects one at a time, bytes whatever is
// asked for if available, everything once ended.
function howMuchToRead(n, state) {
  if (n <= 0 || (state.length === 0 && state.ended)) return 0;
  if (state.objectMode) return 1;
  if (Number.isNaN(n)) {
    // Flowing mode hands out one chunk at a time.
    if (state.flowing && state.length) return bufferFirst(state).length;
    return state.length;
  }
  if (n <= state.length) return n;
  return state.ended ? state.length : 0;
}

Readable.prototype.read = function (n) {
  if (n === undefined) n = NaN;
  else if (!Number.isInteger(n)) n = Number.parseInt(n, 10);
  const state = this._readableState;
  const nOrig = n;

  if (n > state.highWaterMark) state.highWaterMark = computeNewHighWaterMark(n);
  if (n !== 0) state.emittedReadable = false;

  // read(0) with enough buffered (or the end reached) only triggers 'readable'
  // or 'end'.
  if (n === 0 && state.needReadable &&
      ((state.highWaterMark !== 0 ? state.length >= state.highWaterMark : state.length > 0) || state.ended)) {
    if (state.length === 0 && state.ended) endReadable(this);
    else emitReadable(this);
    return null;
  }

  n = howMuchToRead(n, state);

  if (n === 0 && state.ended) {
    if (state.length === 0) endReadable(this);
    return null;
  }

  // Ask _read() for more when below the mark after this read.
  let doRead = state.needReadable;
  if (state.length === 0 || state.length - n < state.highWaterMark) doRead = true;
  if (state.ended || state.reading || state.destroyed || state.errored || !state.constructed) {
    doRead = false;
  } else if (doRead) {
    state.reading = true;
    state.sync = true;
    if (state.length === 0) state.needReadable = true;
    try {
      this._read(state.highWaterMark);
    } catch (err) {
      errorOrDestroy(this, err);
    }
    state.sync = false;
    // A synchronous push() may have filled the buffer.
    if (!state.reading) n = howMuchToRead(nOrig, state);
  }

  let ret = n > 0 ? fromList(n, state) : null;

  if (ret === null) {
    state.needReadable = state.length <= state.highWaterMark;
    n = 0;
  } else {
    state.length -= n;
    if (state.multiAwaitDrain) state.awaitDrainWriters.clear();
    else state.awaitDrainWriters = null;
  }

  if (state.length === 0) {
    if (!state.ended) state.needReadable = true;
    // Read everything up to EOF in one go: 'end' follows.
    if (nOrig !== n && state.ended) endReadable(this);
  }

  if (ret !== null && !state.errorEmitted && !state.closeEmitted) {
    state.dataEmitted = true;
    this.emit('data', ret);
  }
  return ret;
};

function onEofChunk(stream, state) {
  if (state.ended) return;
  if (state.decoder) {
    const chunk = state.decoder.end();
    if (chunk && chunk.length) {
      state.buffer.push(chunk);
      state.length += state.objectMode ? 1 : chunk.length;
    }
  }
  state.ended = true;
  if (state.sync) {
    // Inside _read() or before any read(): 'readable' waits for the next tick.
    emitReadable(stream);
  } else {
    state.needReadable = false;
    state.emittedReadable = true;
    emitReadableNow(stream);
  }
}

function emitReadable(stream) {
  const state = stream._readableState;
  state.needReadable = false;
  if (!state.emittedReadable) {
    state.emittedReadable = true;
    nextTick(emitReadableNow, stream);
  }
}

function emitReadableNow(stream) {
  const state = stream._readableState;
  if (!state.destroyed && !state.errored && (state.length || state.ended)) {
    stream.emit('readable');
    state.emittedReadable = false;
  }
  // Another 'readable' is wanted when paused, not ended and not full. node only
  // ever sets the flag here, never clears it.
  if (!state.flowing && !state.ended && state.length <= state.highWaterMark) state.needReadable = true;
  flow(stream);
}

// Fills the buffer up to highWaterMark ahead of demand, a tick later, by calling
// read(0) until _read stops pushing synchronously.
function maybeReadMore(stream, state) {
  if (!state.readingMore && state.constructed) {
    state.readingMore = true;
    nextTick(maybeReadMoreNow, stream, state);
  }
}

function maybeReadMoreNow(stream, state) {
  while (!state.reading && !state.ended &&
         (state.length < state.highWaterMark || (state.flowing && state.length === 0))) {
    const len = state.length;
    stream.read(0);
    if (len === state.length) break;
  }
  state.readingMore = false;
}

Readable.prototype._read = function (n) {
  throw new (errors().codes.ERR_METHOD_NOT_IMPLEMENTED)('_read()');
};

Readable.prototype.pipe = function (dest, pipeOpts) {
  const src = this;
  const state = this._readableState;

  // A second destination switches the drain bookkeeping to a set.
  if (state.pipes.length === 1 && !state.multiAwaitDrain) {
    state.multiAwaitDrain = true;
    state.awaitDrainWriters = new Set(state.awaitDrainWriters ? [state.awaitDrainWriters] : []);
  }
  state.pipes.push(dest);

  const proc = globalThis.process;
  const doEnd = (!pipeOpts || pipeOpts.end !== false) && dest !== proc?.stdout && dest !== proc?.stderr;
  const endFn = doEnd ? onend : unpipe;
  if (state.endEmitted) nextTick(endFn);
  else src.once('end', endFn);

  dest.on('unpipe', onunpipe);
  function onunpipe(readable, unpipeInfo) {
    if (readable === src && unpipeInfo && unpipeInfo.hasUnpiped === false) {
      unpipeInfo.hasUnpiped = true;
      cleanup();
    }
  }

  function onend() {
    dest.end();
  }

  let ondrain;
  let cleanedUp = false;
  function cleanup() {
    dest.removeListener('close', onclose);
    dest.removeListener('finish', onfinish);
    if (ondrain) dest.removeListener('drain', ondrain);
    dest.removeListener('error', onerror);
    dest.removeListener('unpipe', onunpipe);
    src.removeListener('end', onend);
    src.removeListener('end', unpipe);
    src.removeListener('data', ondata);
    cleanedUp = true;
    // A destination that went away while we waited for its 'drain' must not keep
    // the source paused forever.
    if (ondrain && state.awaitDrainWriters && (!dest._writableState || dest._writableState.needDrain)) ondrain();
  }

  function pause() {
    if (!cleanedUp) {
      if (state.pipes.length === 1 && state.pipes[0] === dest) {
        state.awaitDrainWriters = dest;
        state.multiAwaitDrain = false;
      } else if (state.pipes.length > 1 && state.pipes.includes(dest)) {
        state.awaitDrainWriters.add(dest);
      }
      src.pause();
    }
    if (!ondrain) {
      ondrain = pipeOnDrain(src, dest);
      dest.on('drain', ondrain);
    }
  }

  src.on('data', ondata);
  function ondata(chunk) {
    const ret = dest.write(chunk);
    if (ret === false) pause();
  }

  // The destination's error unpipes it; it is rethrown when nobody else handles it.
  function onerror(er) {
    unpipe();
    dest.removeListener('error', onerror);
    if (dest.listenerCount('error') === 0) {
      const s = dest._writableState || dest._readableState;
      if (s && !s.errorEmitted) errorOrDestroy(dest, er);
      else dest.emit('error', er);
    }
  }
  prependListener(dest, 'error', onerror);

  function onclose() {
    dest.removeListener('finish', onfinish);
    unpipe();
  }
  dest.once('close', onclose);
  function onfinish() {
    dest.removeListener('close', onclose);
    unpipe();
  }
  dest.once('finish', onfinish);

  function unpipe() {
    src.unpipe(dest);
  }

  dest.emit('pipe', src);

  if (dest.writableNeedDrain === true) {
    pause();
  } else if (!state.flowing) {
    src.resume();
  }

  return dest;
};

function pipeOnDrain(src, dest) {
  return function pipeOnDrainFunctionResult() {
    const state = src._readableState;
    if (state.awaitDrainWriters === dest) {
      state.awaitDrainWriters = null;
    } else if (state.multiAwaitDrain) {
      state.awaitDrainWriters.delete(dest);
    }
    if ((!state.awaitDrainWriters || state.awaitDrainWriters.size === 0) && src.listenerCount('data')) {
      src.resume();
    }
  };
}

Readable.prototype.unpipe = function (dest) {
  const state = this._readableState;
  if (state.pipes.length === 0) return this;
  if (!dest) {
    const dests = state.pipes;
    state.pipes = [];
    this.pause();
    for (let i = 0; i < dests.length; i++) dests[i].emit('unpipe', this, { hasUnpiped: false });
    return this;
  }
  const index = state.pipes.indexOf(dest);
  if (index === -1) return this;
  state.pipes.splice(index, 1);
  if (state.pipes.length === 0) this.pause();
  dest.emit('unpipe', this, { hasUnpiped: false });
  return this;
};

Readable.prototype.on = function (ev, fn) {
  const res = Stream.prototype.on.call(this, ev, fn);
  const state = this._readableState;
  if (ev === 'data') {
    state[kState] |= kDataListening;
    // A pending once('readable') keeps the stream out of flowing mode. (node only
    // ever sets the flag here; clearing is left to updateReadableListening.)
    if (this.listenerCount('readable') > 0) state.readableListening = true;
    if (state.flowing !== false) this.resume();
  } else if (ev === 'readable') {
    if (!state.endEmitted && !state.readableListening) {
      state.readableListening = state.needReadable = true;
      state.flowing = false;
      state.emittedReadable = false;
      if (state.length) emitReadable(this);
      else if (!state.reading) nextTick(nReadingNextTick, this);
    }
  }
  return res;
};
Readable.prototype.addListener = Readable.prototype.on;

Readable.prototype.removeListener = function (ev, fn) {
  const res = Stream.prototype.removeListener.call(this, ev, fn);
  if (ev === 'readable') {
    // Listeners may be swapped within this tick; decide the mode afterwards.
    nextTick(updateReadableListening, this);
  } else if (ev === 'data' && this.listenerCount('data') === 0) {
    this._readableState[kState] &= ~kDataListening;
  }
  return res;
};
Readable.prototype.off = Readable.prototype.removeListener;

Readable.prototype.removeAllListeners = function (ev) {
  const res = Reflect.apply(Stream.prototype.removeAllListeners, this, arguments);
  if (ev === 'readable' || ev === undefined) nextTick(updateReadableListening, this);
  return res;
};

function updateReadableListening(self) {
  const state = self._readableState;
  state.readableListening = self.listenerCount('readable') > 0;
  if (state.resumeScheduled && isExplicitlyResumed(state)) {
    // resume() was called while 'readable' listeners were present.
    state.flowing = true;
  } else if (self.listenerCount('data') > 0) {
    self.resume();
  } else if (!state.readableListening) {
    state.flowing = null;
  }
}

function nReadingNextTick(self) {
  self.read(0);
}

Readable.prototype.resume = function () {
  const state = this._readableState;
  if (!state.flowing) {
    // With 'readable' listeners, resume() is only remembered.
    state.flowing = !state.readableListening;
    resume(this, state);
  }
  state.paused = false;
  return this;
};

function resume(stream, state) {
  if (!state.resumeScheduled) {
    state.resumeScheduled = true;
    nextTick(resumeNow, stream, state);
  }
}

function resumeNow(stream, state) {
  if (!state.reading) stream.read(0);
  state.resumeScheduled = false;
  stream.emit('resume');
  flow(stream);
  if (state.flowing && !state.reading) stream.read(0);
}

Readable.prototype.pause = function () {
  const state = this._readableState;
  if (state.flowing !== false) {
    state.flowing = false;
    this.emit('pause');
  }
  state.paused = true;
  return this;
};

function flow(stream) {
  const state = stream._readableState;
  while (state.flowing && stream.read() !== null);
}

// Old-style stream (only 'data'/'end' events) wrapped as a Readable.
Readable.prototype.wrap = function (stream) {
  let paused = false;
  stream.on('data', (chunk) => {
    if (!this.push(chunk) && stream.pause) {
      paused = true;
      stream.pause();
    }
  });
  stream.on('end', () => {
    this.push(null);
  });
  stream.on('error', (err) => {
    errorOrDestroy(this, err);
  });
  stream.on('close', () => {
    this.destroy();
  });
  stream.on('destroy', () => {
    this.destroy();
  });
  this._read = () => {
    if (paused && stream.resume) {
      paused = false;
      stream.resume();
    }
  };
  // Methods of the wrapped stream (but its first own key) reachable on the wrapper.
  const keys = Object.keys(stream);
  for (let j = 1; j < keys.length; j++) {
    const key = keys[j];
    if (this[key] === undefined && typeof stream[key] === 'function') this[key] = stream[key].bind(stream);
  }
  return this;
};

Readable.prototype[Symbol.asyncIterator] = function () {
  return streamToAsyncIterator(this);
};

Readable.prototype.iterator = function (options) {
  if (options !== undefined) validators().validateObject(options, 'options');
  return streamToAsyncIterator(this, options);
};

function streamToAsyncIterator(stream, options) {
  if (typeof stream.read !== 'function') stream = Readable.wrap(stream, { objectMode: true });
  const iter = createAsyncIterator(stream, options);
  iter.stream = stream;
  return iter;
}

async function* createAsyncIterator(stream, options) {
  let callback = noop;
  // 'readable' (this === stream) wakes a waiting next(); a new wait installs itself.
  function next(resolve) {
    if (this === stream) {
      callback();
      callback = noop;
    } else {
      callback = resolve;
    }
  }
  stream.on('readable', next);

  let error;
  const cleanup = require('internal/streams/end-of-stream')(stream, { writable: false }, (err) => {
    error = err ? errors().aggregateTwoErrors(error, err) : null;
    callback();
    callback = noop;
  });

  try {
    while (true) {
      const chunk = stream.destroyed ? null : stream.read();
      if (chunk !== null) {
        yield chunk;
      } else if (error) {
        throw error;
      } else if (error === null) {
        return;
      } else {
        await new Promise(next);
      }
    }
  } catch (err) {
    error = errors().aggregateTwoErrors(error, err);
    throw error;
  } finally {
    if ((error || options?.destroyOnReturn !== false) &&
        (error === undefined || stream._readableState.autoDestroy)) {
      destroyImpl.destroyer(stream, null);
    } else {
      stream.off('readable', next);
      cleanup();
    }
  }
}

function noop() {}


Object.defineProperties(Readable.prototype, {
  readable: {
    get() {
      const r = this._readableState;
      return !!r && r.readable !== false && !r.destroyed && !r.errorEmitted && !r.endEmitted;
    },
    set(val) {
      if (this._readableState) this._readableState.readable = !!val;
    },
  },
  readableDidRead: {
    get() { return this._readableState.dataEmitted; },
  },
  readableAborted: {
    get() {
      const r = this._readableState;
      return !!(r.readable !== false && (r.destroyed || r.errored) && !r.endEmitted);
    },
  },
  readableHighWaterMark: {
    get() { return this._readableState.highWaterMark; },
  },
  readableBuffer: {
    get() { return this._readableState && this._readableState.buffer; },
  },
  readableFlowing: {
    get() { return this._readableState.flowing; },
    set(value) {
      if (this._readableState) this._readableState.flowing = value;
    },
  },
  readableLength: {
    get() { return this._readableState.length; },
  },
  readableObjectMode: {
    get() { return this._readableState ? this._readableState.objectMode : false; },
  },
  readableEncoding: {
    get() { return this._readableState ? this._readableState.encoding : null; },
  },
  errored: {
    get() { return this._readableState ? this._readableState.errored : null; },
  },
  closed: {
    get() { return this._readableState ? this._readableState.closed : false; },
  },
  destroyed: {
    get() { return this._readableState ? this._readableState.destroyed : false; },
    set(value) {
      if (!this._readableState) return;
      this._readableState.destroyed = value;
    },
  },
  readableEnded: {
    get() { return this._readableState ? this._readableState.endEmitted : false; },
  },
});

// Takes n bytes (or one object) off the front of the buffer.
function fromList(n, state) {
  if (state.length === 0) return null;
  const buf = state.buffer;
  let idx = state.bufferIndex;
  let ret;
  if (state.objectMode) {
    ret = buf[idx];
    buf[idx++] = null;
  } else if (!n || n >= state.length) {
    // Everything.
    if (state.decoder) {
      ret = '';
      while (idx < buf.length) {
        ret += buf[idx];
        buf[idx++] = null;
      }
    } else if (buf.length - idx === 1) {
      ret = buf[idx];
      buf[idx++] = null;
    } else {
      ret = getBuffer().allocUnsafe(state.length);
      let offset = 0;
      while (idx < buf.length) {
        const data = buf[idx];
        ret.set(data, offset);
        offset += data.length;
        buf[idx++] = null;
      }
    }
  } else if (n < buf[idx].length) {
    // Part of the first chunk.
    ret = buf[idx].slice(0, n);
    buf[idx] = buf[idx].slice(n);
  } else if (n === buf[idx].length) {
    ret = buf[idx];
    buf[idx++] = null;
  } else if (state.decoder) {
    ret = '';
    while (idx < buf.length) {
      const str = buf[idx];
      if (n > str.length) {
        ret += str;
        n -= str.length;
        buf[idx++] = null;
      } else {
        // node v20 compares with the buffer array's length here, not the
        // string's: a string consumed exactly stays behind as '' (which stops
        // flowing mode until more data arrives). Kept for identical behaviour.
        if (n === buf.length) {
          ret += str;
          buf[idx++] = null;
        } else {
          ret += str.slice(0, n);
          buf[idx] = str.slice(n);
        }
        break;
      }
    }
  } else {
    ret = getBuffer().allocUnsafe(n);
    const retLen = n;
    while (idx < buf.length) {
      const data = buf[idx];
      if (n > data.length) {
        ret.set(data, retLen - n);
        n -= data.length;
        buf[idx++] = null;
      } else {
        if (n === data.length) {
          ret.set(data, retLen - n);
          buf[idx++] = null;
        } else {
          ret.set(new Uint8Array(data.buffer, data.byteOffset, n), retLen - n);
          buf[idx] = data.slice(n);
        }
        break;
      }
    }
  }
  if (idx === buf.length) {
    bufferClear(state);
  } else if (idx > 1024) {
    buf.splice(0, idx);
    state.bufferIndex = 0;
  } else {
    state.bufferIndex = idx;
  }
  return ret;
}

Readable._fromList = fromList;

function endReadable(stream) {
  const state = stream._readableState;
  if (!state.endEmitted) {
    state.ended = true;
    nextTick(endReadableNow, state, stream);
  }
}

function endReadableNow(state, stream) {
  if (!state.errored && !state.closeEmitted && !state.endEmitted && state.length === 0) {
    state.endEmitted = true;
    stream.emit('end');
    if (stream.writable && stream.allowHalfOpen === false) {
      nextTick(endWritableNow, stream);
    } else if (state.autoDestroy) {
      // A Duplex is destroyed only once its writable side is done too.
      const wState = stream._writableState;
      const autoDestroy = !wState || (wState.autoDestroy && (wState.finished || wState.writable === false));
      if (autoDestroy) stream.destroy();
    }
  }
}

function endWritableNow(stream) {
  const writable = stream.writable && !stream.writableEnded && !stream.destroyed;
  if (writable) stream.end();
}

Readable.from = function (iterable, opts) {
  return require('internal/streams/from')(Readable, iterable, opts);
};

Readable.fromWeb = function (readableStream, options) {
  return require('internal/streams/web-adapters').newStreamReadableFromReadableStream(readableStream, options);
};

Readable.toWeb = function (streamReadable, options) {
  return require('internal/streams/web-adapters').newReadableStreamFromStreamReadable(streamReadable, options);
};

Readable.wrap = function (src, options) {
  return new Readable({
    objectMode: src.readableObjectMode ?? src.objectMode ?? true,
    ...options,
    destroy(err, callback) {
      destroyImpl.destroyer(src, err);
      callback(err);
    },
  }).wrap(src);
};

module.exports = Readable;
