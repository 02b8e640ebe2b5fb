'use strict';
// stream.Writable. One _write() at a time; writes made meanwhile (or while corked,
// or before _construct() is done) wait in `buffered` and go out one by one or in
// one _writev(). Callbacks of writes completed synchronously are batched onto the
// next tick, as in node, so 'drain' and the callbacks keep node's order.

const EE = require('events');
const { Stream } = require('internal/streams/legacy');
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
  isArrayBufferView,
  kOnConstructed,
  nextTick,
  nop,
  uint8ArrayToBuffer,
} = require('internal/streams/utils');

const { errorOrDestroy } = destroyImpl;

// The flags of a WritableState, bits of state[kState] (node's layout).
const kObjectMode = 1 << 0;
const kErrorEmitted = 1 << 1;
const kAutoDestroy = 1 << 2;
const kEmitClose = 1 << 3;
const kDestroyed = 1 << 4;
const kClosed = 1 << 5;
const kCloseEmitted = 1 << 6;
const kErrored = 1 << 7;
const kConstructed = 1 << 8;
// True while _write() runs: its callback then defers the user callbacks.
const kSync = 1 << 9;
const kFinalCalled = 1 << 10;
const kNeedDrain = 1 << 11;
// ending: end() was called; ended: end() returned; finished: 'finish' emitted.
const kEnding = 1 << 12;
const kFinished = 1 << 13;
const kDecodeStrings = 1 << 14;
const kWriting = 1 << 15;
const kBufferProcessing = 1 << 16;
const kPrefinished = 1 << 17;
const kAllBuffers = 1 << 18;
const kAllNoop = 1 << 19;
// end() callbacks are waiting for 'finish' (or an error).
const kOnFinished = 1 << 20;
const kHasWritable = 1 << 21;
const kWritable = 1 << 22;
const kCorked = 1 << 23;
const kDefaultUTF8Encoding = 1 << 24;
// writecb holds a callback other than nop.
const kWriteCb = 1 << 25;
// A _write()/_writev() is in flight and its callback not yet called.
const kExpectWriteCb = 1 << 26;
const kAfterWriteTickInfo = 1 << 27;
// A tick to run write callbacks (and maybe 'drain') is scheduled.
const kAfterWritePending = 1 << 28;
const kBuffered = 1 << 29;
const kEnded = 1 << 30;

const kErroredValue = Symbol('kErroredValue');
const kDefaultEncodingValue = Symbol('kDefaultEncodingValue');
const kWriteCbValue = Symbol('kWriteCbValue');
const kAfterWriteTickInfoValue = Symbol('kAfterWriteTickInfoValue');
const kBufferedValue = Symbol('kBufferedValue');
const kOnFinishedValue = Symbol('kOnFinishedValue');

let Duplex;
function isDuplexInstance(obj) {
  Duplex ??= require('internal/streams/duplex');
  return obj instanceof Duplex;
}

function codes() {
  return errors().codes;
}

function WritableState(options, stream, isDuplex) {
  if (typeof isDuplex !== 'boolean') isDuplex = isDuplexInstance(stream);
  let objectMode = !!(options && options.objectMode);
  if (isDuplex) objectMode = objectMode || !!(options && options.writableObjectMode);
  this[kState] = kSync | kConstructed | kEmitClose | kAutoDestroy;
  if (objectMode) this[kState] |= kObjectMode;
  this.highWaterMark = options
    ? getHighWaterMark(objectMode, options, 'writableHighWaterMark', isDuplex)
    : getDefaultHighWaterMark(false);
  if (!options || options.decodeStrings !== false) this[kState] |= kDecodeStrings;
  if (options && options.emitClose === false) this[kState] &= ~kEmitClose;
  if (options && options.autoDestroy === false) this[kState] &= ~kAutoDestroy;
  let defaultEncoding = options?.defaultEncoding;
  if (defaultEncoding == null) {
    defaultEncoding = 'utf8';
  } else if (!getBuffer().isEncoding(defaultEncoding)) {
    throw new (codes().ERR_UNKNOWN_ENCODING)(defaultEncoding);
  }
  this.defaultEncoding = defaultEncoding;
  this.length = 0;
  this.corked = 0;
  this.onwrite = onwrite.bind(undefined, stream);
  this.writelen = 0;
  resetBuffer(this);
  this.pendingcb = 0;
}

defineBitAccessors(WritableState.prototype, {
  objectMode: kObjectMode,
  finalCalled: kFinalCalled,
  needDrain: kNeedDrain,
  ending: kEnding,
  ended: kEnded,
  finished: kFinished,
  destroyed: kDestroyed,
  decodeStrings: kDecodeStrings,
  writing: kWriting,
  sync: kSync,
  bufferProcessing: kBufferProcessing,
  constructed: kConstructed,
  prefinished: kPrefinished,
  errorEmitted: kErrorEmitted,
  emitClose: kEmitClose,
  autoDestroy: kAutoDestroy,
  closed: kClosed,
  closeEmitted: kCloseEmitted,
  allBuffers: kAllBuffers,
  allNoop: kAllNoop,
});
defineValueAccessor(WritableState.prototype, 'errored', kErrored, kErroredValue, () => null);
defineTriState(WritableState.prototype, 'writable', kHasWritable, kWritable, undefined);
defineDefaultEncoding(WritableState.prototype, kDefaultUTF8Encoding, kDefaultEncodingValue);
defineValueAccessor(WritableState.prototype, 'writecb', kWriteCb, kWriteCbValue, () => nop, true);
defineValueAccessor(WritableState.prototype, 'afterWriteTickInfo', kAfterWriteTickInfo, kAfterWriteTickInfoValue,
  () => null, true);
defineValueAccessor(WritableState.prototype, 'buffered', kBuffered, kBufferedValue, () => [], true);

function resetBuffer(state) {
  state.bufferedIndex = 0;
  state.buffered = null;
  state[kState] |= kAllBuffers | kAllNoop;
}

function pushBuffered(state, entry) {
  if ((state[kState] & kBuffered) === 0) state.buffered = [entry];
  else state[kBufferedValue].push(entry);
}

function addOnFinished(state, cb) {
  if ((state[kState] & kOnFinished) === 0) {
    state[kOnFinishedValue] = [cb];
    state[kState] |= kOnFinished;
  } else {
    state[kOnFinishedValue].push(cb);
  }
}

function takeOnFinished(state) {
  if ((state[kState] & kOnFinished) === 0) return [];
  const callbacks = state[kOnFinishedValue];
  state[kOnFinishedValue] = null;
  state[kState] &= ~kOnFinished;
  return callbacks;
}

WritableState.prototype.getBuffer = function getBuffer() {
  return this.buffered.slice(this.bufferedIndex);
};

Object.defineProperty(WritableState.prototype, 'bufferedRequestCount', {
  get() { return this.buffered.length - this.bufferedIndex; },
});

function Writable(options) {
  const isDuplex = isDuplexInstance(this);
  // Plain instanceof: Writable[Symbol.hasInstance] also accepts Duplexes.
  if (!isDuplex && !Function.prototype[Symbol.hasInstance].call(Writable, this)) return new Writable(options);
  this._events ??= {
    close: undefined,
    error: undefined,
    prefinish: undefined,
    finish: undefined,
    drain: undefined,
  };
  this._writableState = new WritableState(options, this, isDuplex);
  if (options) {
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) require('internal/streams/add-abort-signal').addAbortSignal(options.signal, this);
  }
  Stream.call(this, options);
  destroyImpl.construct(this, () => onConstructed(this));
}

// Once _construct() is done, the writes and end() made meanwhile go ahead.
function onConstructed(stream) {
  const state = stream._writableState;
  if (!state.writing) clearBuffer(stream, state);
  finishMaybe(stream, state);
}
Object.setPrototypeOf(Writable.prototype, Stream.prototype);
Object.setPrototypeOf(Writable, Stream);

Writable.WritableState = WritableState;
// For Duplex, which runs both sides' construct hooks.
Object.defineProperty(Writable, kOnConstructed, { value: onConstructed });

// Duplexes (and anything carrying a WritableState) count as Writables.
Object.defineProperty(Writable, Symbol.hasInstance, {
  value: function (object) {
    if (Function.prototype[Symbol.hasInstance].call(this, object)) return true;
    if (this !== Writable) return false;
    return !!(object && object._writableState instanceof WritableState);
  },
});

Writable.prototype.pipe = function () {
  errorOrDestroy(this, new (codes().ERR_STREAM_CANNOT_PIPE)());
};

function writeImpl(stream, chunk, encoding, cb) {
  const state = stream._writableState;
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  if (typeof cb !== 'function') cb = nop;
  // In objectMode the encoding is passed through as given, unchecked.
  if (!state.objectMode) {
    if (!encoding) encoding = state.defaultEncoding;
    else if (encoding !== 'buffer' && !getBuffer().isEncoding(encoding)) throw new (codes().ERR_UNKNOWN_ENCODING)(encoding);
  }

  if (chunk === null) {
    throw new (codes().ERR_STREAM_NULL_VALUES)();
  } else if (!state.objectMode) {
    if (typeof chunk === 'string') {
      if (state.decodeStrings !== false) {
        chunk = getBuffer().from(chunk, encoding);
        encoding = 'buffer';
      }
    } else if (chunk instanceof getBuffer()) {
      encoding = 'buffer';
    } else if (isArrayBufferView(chunk)) {
      chunk = uint8ArrayToBuffer(chunk);
      encoding = 'buffer';
    } else {
      throw new (codes().ERR_INVALID_ARG_TYPE)('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
  }

  let err;
  if (state.ending) err = new (codes().ERR_STREAM_WRITE_AFTER_END)();
  else if (state.destroyed) err = new (codes().ERR_STREAM_DESTROYED)('write');
  if (err) {
    nextTick(cb, err);
    errorOrDestroy(stream, err, true);
    return err;
  }
  state.pendingcb++;
  return writeOrBuffer(stream, state, chunk, encoding, cb);
}

Writable.prototype.write = function (chunk, encoding, cb) {
  return writeImpl(this, chunk, encoding, cb) === true;
};

Writable.prototype.cork = function () {
  const state = this._writableState;
  state[kState] |= kCorked;
  state.corked++;
};

Writable.prototype.uncork = function () {
  const state = this._writableState;
  if (state.corked) {
    state.corked--;
    if (!state.corked) state[kState] &= ~kCorked;
    if (!state.writing) clearBuffer(this, state);
  }
};

Writable.prototype.setDefaultEncoding = function setDefaultEncoding(encoding) {
  if (typeof encoding === 'string') encoding = encoding.toLowerCase();
  if (!getBuffer().isEncoding(encoding)) throw new (codes().ERR_UNKNOWN_ENCODING)(encoding);
  this._writableState.defaultEncoding = encoding;
  return this;
};

// Writes now if nothing is in flight, else queues. The return value is the
// backpressure signal: false once length reaches highWaterMark.
function writeOrBuffer(stream, state, chunk, encoding, callback) {
  const len = state.objectMode ? 1 : chunk.length;
  state.length += len;
  if (state.writing || state.corked || state.errored || !state.constructed) {
    pushBuffered(state, { chunk, encoding, callback });
    if (state.allBuffers && encoding !== 'buffer') state.allBuffers = false;
    if (state.allNoop && callback !== nop) state.allNoop = false;
  } else {
    state.writelen = len;
    if (callback !== nop) state.writecb = callback;
    state[kState] |= kWriting | kSync | kExpectWriteCb;
    stream._write(chunk, encoding, state.onwrite);
    state[kState] &= ~kSync;
  }
  // Measured after the write: one completed synchronously does not count.
  const ret = state.length < state.highWaterMark || state.length === 0;
  if (!ret) state.needDrain = true;
  return ret && !state.errored && !state.destroyed;
}

function doWrite(stream, state, writev, len, chunk, encoding, cb) {
  state.writelen = len;
  if (cb !== nop) state.writecb = cb;
  state[kState] |= kWriting | kSync | kExpectWriteCb;
  if (state.destroyed) state.onwrite(new (codes().ERR_STREAM_DESTROYED)('write'));
  else if (writev) stream._writev(chunk, state.onwrite);
  else stream._write(chunk, encoding, state.onwrite);
  state[kState] &= ~kSync;
}

function onwriteError(stream, state, er, cb) {
  --state.pendingcb;
  cb(er);
  // Queued writes fail too; then the stream errors.
  errorBuffer(state);
  errorOrDestroy(stream, er);
}

// The callback handed to _write()/_writev() (bound to the stream).
function onwrite(stream, er) {
  const state = stream._writableState;
  if ((state[kState] & kExpectWriteCb) === 0) {
    errorOrDestroy(stream, new (codes().ERR_MULTIPLE_CALLBACK)());
    return;
  }
  const sync = (state[kState] & kSync) !== 0;
  const cb = state.writecb;
  state[kState] &= ~(kWriting | kExpectWriteCb);
  state.writecb = null;
  state.length -= state.writelen;
  state.writelen = 0;

  if (er) {
    void er.stack;
    if (!state.errored) state.errored = er;
    // A Duplex's readable side stops too.
    if (stream._readableState && !stream._readableState.errored) stream._readableState.errored = er;
    if (sync) nextTick(onwriteError, stream, state, er, cb);
    else onwriteError(stream, state, er, cb);
  } else {
    if (state.buffered.length > state.bufferedIndex) clearBuffer(stream, state);
    if (sync) {
      if (cb === nop) {
        // Writes without a callback: node defers work only when 'drain' may be
        // due (or in objectMode) and no deferred work is pending yet; otherwise
        // the write is simply done.
        if ((state[kState] & kAfterWritePending) === 0 &&
            ((state.needDrain && state.length === 0) || state.objectMode)) {
          state[kState] |= kAfterWritePending;
          nextTick(afterWriteNop, stream, state);
        } else {
          state.pendingcb--;
          // end() called from inside _write finishes once that write is done.
          if (state.ending) finishMaybe(stream, state, true);
        }
      } else if (state.afterWriteTickInfo !== null && state.afterWriteTickInfo.cb === cb) {
        // Consecutive synchronous completions of one callback share a tick.
        state.afterWriteTickInfo.count++;
      } else {
        state.afterWriteTickInfo = { count: 1, cb, stream, state };
        state[kState] |= kAfterWritePending;
        nextTick(afterWriteTick, state.afterWriteTickInfo);
      }
    } else {
      afterWrite(stream, state, 1, cb);
    }
  }
}

function afterWriteNop(stream, state) {
  state[kState] &= ~kAfterWritePending;
  afterWrite(stream, state, 1, nop);
}

function afterWriteTick({ stream, state, count, cb }) {
  state.afterWriteTickInfo = null;
  state[kState] &= ~kAfterWritePending;
  return afterWrite(stream, state, count, cb);
}

function afterWrite(stream, state, count, cb) {
  const needDrain = !state.ending && !stream.destroyed && state.length === 0 && state.needDrain;
  if (needDrain) {
    state.needDrain = false;
    stream.emit('drain');
  }
  while (count-- > 0) {
    state.pendingcb--;
    cb(null);
  }
  if (state.destroyed) errorBuffer(state);
  // 'finish' after a write callback always waits for the next tick.
  finishMaybe(stream, state, true);
}

// Fails every queued write and end() callback once the stream is destroyed.
function errorBuffer(state) {
  if (state.writing) return;
  for (let n = state.bufferedIndex; n < state.buffered.length; ++n) {
    const { chunk, callback } = state.buffered[n];
    const len = state.objectMode ? 1 : chunk.length;
    state.length -= len;
    callback(state.errored ?? new (codes().ERR_STREAM_DESTROYED)('write'));
  }
  const onfinishCallbacks = takeOnFinished(state);
  for (let i = 0; i < onfinishCallbacks.length; i++) {
    onfinishCallbacks[i](state.errored ?? new (codes().ERR_STREAM_DESTROYED)('end'));
  }
  resetBuffer(state);
}

// Sends the queued writes: all at once through _writev() when there is more than
// one and the stream has it, else one _write() at a time.
function clearBuffer(stream, state) {
  if (state.corked || state.bufferProcessing || state.destroyed || !state.constructed) return;
  const { buffered, bufferedIndex, objectMode } = state;
  const bufferedLength = buffered.length - bufferedIndex;
  if (!bufferedLength) return;

  let i = bufferedIndex;
  state.bufferProcessing = true;
  if (bufferedLength > 1 && stream._writev) {
    state.pendingcb -= bufferedLength - 1;
    const callback = state.allNoop ? nop : (err) => {
      for (let n = i; n < buffered.length; ++n) buffered[n].callback(err);
    };
    const chunks = state.allNoop && i === 0 ? buffered : buffered.slice(i);
    chunks.allBuffers = state.allBuffers;
    doWrite(stream, state, true, state.length, chunks, '', callback);
    resetBuffer(state);
  } else {
    do {
      const { chunk, encoding, callback } = buffered[i];
      buffered[i++] = null;
      const len = objectMode ? 1 : chunk.length;
      doWrite(stream, state, false, len, chunk, encoding, callback);
    } while (i < buffered.length && !state.writing);

    if (i === buffered.length) {
      resetBuffer(state);
    } else if (i > 256) {
      buffered.splice(0, i);
      state.bufferedIndex = 0;
    } else {
      state.bufferedIndex = i;
    }
  }
  state.bufferProcessing = false;
}

Writable.prototype._write = function (chunk, encoding, cb) {
  if (this._writev) {
    this._writev([{ chunk, encoding }], cb);
  } else {
    throw new (codes().ERR_METHOD_NOT_IMPLEMENTED)('_write()');
  }
};

Writable.prototype._writev = null;

Writable.prototype.end = function (chunk, encoding, cb) {
  const state = this._writableState;
  if (typeof chunk === 'function') {
    cb = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }

  let err;
  if (chunk !== null && chunk !== undefined) {
    const ret = writeImpl(this, chunk, encoding);
    if (ret instanceof Error) err = ret;
  }

  // end() uncorks completely.
  if (state.corked) {
    state.corked = 1;
    this.uncork();
  }

  if (err) {
    // The failed write reports it.
  } else if (!state.errored && !state.ending) {
    // Repeated end() calls are tolerated: only the first one ends.
    state.ending = true;
    finishMaybe(this, state, true);
    state.ended = true;
  } else if (state.finished) {
    err = new (codes().ERR_STREAM_ALREADY_FINISHED)('end');
  } else if (state.destroyed) {
    err = new (codes().ERR_STREAM_DESTROYED)('end');
  }

  if (typeof cb === 'function') {
    if (err) nextTick(cb, err);
    else if (state.errored) nextTick(cb, state.errored);
    else if (state.finished) nextTick(cb, null);
    else addOnFinished(state, cb);
  }
  return this;
};

function needFinish(state) {
  return (
    state.ending &&
    !state.destroyed &&
    state.constructed &&
    state.length === 0 &&
    !state.errored &&
    state.buffered.length === 0 &&
    !state.finished &&
    !state.writing &&
    !state.errorEmitted &&
    !state.closeEmitted
  );
}

function callFinal(stream, state) {
  let called = false;
  function onFinish(err) {
    if (called) {
      errorOrDestroy(stream, err ?? new (codes().ERR_MULTIPLE_CALLBACK)());
      return;
    }
    called = true;
    state.pendingcb--;
    if (err) {
      const onfinishCallbacks = takeOnFinished(state);
      for (let i = 0; i < onfinishCallbacks.length; i++) onfinishCallbacks[i](err);
      errorOrDestroy(stream, err, state.sync);
    } else if (needFinish(state)) {
      state.prefinished = true;
      stream.emit('prefinish');
      // 'finish' always comes at least a tick after _final's callback.
      state.pendingcb++;
      nextTick(finish, stream, state);
    }
  }
  state.sync = true;
  state.pendingcb++;
  try {
    stream._final(onFinish);
  } catch (err) {
    onFinish(err);
  }
  state.sync = false;
}

function prefinish(stream, state) {
  if (!state.prefinished && !state.finalCalled) {
    if (typeof stream._final === 'function' && !state.destroyed) {
      state.finalCalled = true;
      callFinal(stream, state);
    } else {
      state.prefinished = true;
      state.finalCalled = true;
      stream.emit('prefinish');
    }
  }
}

function finishMaybe(stream, state, sync) {
  if (needFinish(state)) {
    prefinish(stream, state);
    if (state.pendingcb === 0) {
      if (sync) {
        state.pendingcb++;
        nextTick((stream, state) => {
          if (needFinish(state)) finish(stream, state);
          else state.pendingcb--;
        }, stream, state);
      } else if (needFinish(state)) {
        state.pendingcb++;
        finish(stream, state);
      }
    }
  }
}

function finish(stream, state) {
  state.pendingcb--;
  state.finished = true;
  const onfinishCallbacks = takeOnFinished(state);
  for (let i = 0; i < onfinishCallbacks.length; i++) onfinishCallbacks[i](null);
  stream.emit('finish');
  if (state.autoDestroy) {
    // A Duplex is destroyed only once its readable side has ended too.
    const rState = stream._readableState;
    const autoDestroy = !rState || (rState.autoDestroy && (rState.endEmitted || rState.readable === false));
    if (autoDestroy) stream.destroy();
  }
}

Object.defineProperties(Writable.prototype, {
  closed: {
    get() { return this._writableState ? this._writableState.closed : false; },
  },
  destroyed: {
    get() { return this._writableState ? this._writableState.destroyed : false; },
    set(value) {
      if (this._writableState) this._writableState.destroyed = value;
    },
  },
  writable: {
    get() {
      const w = this._writableState;
      return !!w && w.writable !== false && !w.destroyed && !w.errored && !w.ending && !w.ended;
    },
    set(val) {
      if (this._writableState) this._writableState.writable = !!val;
    },
  },
  writableFinished: {
    get() { return this._writableState ? this._writableState.finished : false; },
  },
  writableObjectMode: {
    get() { return this._writableState ? this._writableState.objectMode : false; },
  },
  writableBuffer: {
    get() { return this._writableState && this._writableState.getBuffer(); },
  },
  writableEnded: {
    get() { return this._writableState ? this._writableState.ending : false; },
  },
  writableNeedDrain: {
    get() {
      const w = this._writableState;
      if (!w) return false;
      return !w.destroyed && !w.ending && w.needDrain;
    },
  },
  writableHighWaterMark: {
    get() { return this._writableState && this._writableState.highWaterMark; },
  },
  writableCorked: {
    get() { return this._writableState ? this._writableState.corked : 0; },
  },
  writableLength: {
    get() { return this._writableState && this._writableState.length; },
  },
  errored: {
    get() { return this._writableState ? this._writableState.errored : null; },
  },
  writableAborted: {
    get() {
      const w = this._writableState;
      return !!(w.writable !== false && (w.destroyed || w.errored) && !w.finished);
    },
  },
});

const destroy = destroyImpl.destroy;
Writable.prototype.destroy = function (err, cb) {
  const state = this._writableState;
  // Pending write and end() callbacks learn about it a tick later.
  if (!state.destroyed && (state.bufferedIndex < state.buffered.length || (state[kState] & kOnFinished) !== 0)) {
    nextTick(errorBuffer, state);
  }
  destroy.call(this, err, cb);
  return this;
};

Writable.prototype._undestroy = destroyImpl.undestroy;
Writable.prototype._destroy = function (err, cb) {
  cb(err);
};
Writable.prototype[EE.captureRejectionSymbol] = function (err) {
  this.destroy(err);
};

if (typeof Symbol.asyncDispose === 'symbol') {
  Writable.prototype[Symbol.asyncDispose] = function () {
    let error;
    if (!this.destroyed) {
      error = this.writableFinished ? null : new (errors().AbortError)();
      this.destroy(error);
    }
    return new Promise((resolve, reject) => {
      require('internal/streams/end-of-stream')(this, (err) => (err && err.name !== 'AbortError' ? reject(err) : resolve(null)));
    });
  };
}

Writable.fromWeb = function (writableStream, options) {
  return require('internal/streams/web-adapters').newStreamWritableFromWritableStream(writableStream, options);
};

Writable.toWeb = function (streamWritable) {
  return require('internal/streams/web-adapters').newWritableStreamFromStreamWritable(streamWritable);
};

module.exports = Writable;
