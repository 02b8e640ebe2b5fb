'use strict';
// stream.finished(): one callback when a stream is done for good (ended, finished,
// errored or closed early), for node streams, legacy streams, http messages and
// web streams.

const {
  errors,
  isClosed,
  isNodeStream,
  isReadable,
  isReadableErrored,
  isReadableFinished,
  isReadableNodeStream,
  isReadableStream,
  isRequest,
  isWritable,
  isWritableErrored,
  isWritableFinished,
  isWritableNodeStream,
  isWritableStream,
  kIsClosedPromise,
  nextTick,
  nop,
  onAbortSignal,
  once,
  validators,
  willEmitClose: streamWillEmitClose,
} = require('internal/streams/utils');

const kEmptyObject = Object.freeze({ __proto__: null });

function eos(stream, options, callback) {
  const { validateAbortSignal, validateFunction, validateObject } = validators();
  if (arguments.length === 2) {
    callback = options;
    options = kEmptyObject;
  } else if (options == null) {
    options = kEmptyObject;
  } else {
    validateObject(options, 'options');
  }
  validateFunction(callback, 'callback');
  validateAbortSignal(options.signal, 'options.signal');

  callback = once(callback);

  if (isReadableStream(stream) || isWritableStream(stream)) return eosWeb(stream, options, callback);
  if (!isNodeStream(stream)) {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }

  const readable = options.readable ?? isReadableNodeStream(stream);
  const writable = options.writable ?? isWritableNodeStream(stream);
  const wState = stream._writableState;
  const rState = stream._readableState;

  // When the stream will emit 'close' itself, 'end'/'finish' only record progress
  // and the verdict waits for 'close', so that the callback sees the final state.
  let willEmitClose = streamWillEmitClose(stream) &&
    isReadableNodeStream(stream) === readable &&
    isWritableNodeStream(stream) === writable;

  let writableFinished = isWritableFinished(stream, false);
  let readableFinished = isReadableFinished(stream, false);
  let closed = isClosed(stream);

  const onfinish = () => {
    writableFinished = true;
    if (stream.destroyed) willEmitClose = false;
    if (willEmitClose && (!stream.readable || readable)) return;
    if (!readable || readableFinished) callback.call(stream);
  };

  const onend = () => {
    readableFinished = true;
    if (stream.destroyed) willEmitClose = false;
    if (willEmitClose && (!stream.writable || writable)) return;
    if (!writable || writableFinished) callback.call(stream);
  };

  // Legacy writables have no 'finish'; they are done once no longer writable.
  const onlegacyfinish = () => {
    if (!stream.writable) onfinish();
  };

  const onerror = (err) => {
    callback.call(stream, err);
  };

  const onclose = () => {
    closed = true;
    const errored = isWritableErrored(stream) || isReadableErrored(stream);
    if (errored && typeof errored !== 'boolean') return callback.call(stream, errored);
    if (readable && !readableFinished && isReadableNodeStream(stream, true)) {
      if (!isReadableFinished(stream, false)) {
        return callback.call(stream, new (errors().codes.ERR_STREAM_PREMATURE_CLOSE)());
      }
    }
    if (writable && !writableFinished) {
      if (!isWritableFinished(stream, false)) {
        return callback.call(stream, new (errors().codes.ERR_STREAM_PREMATURE_CLOSE)());
      }
    }
    callback.call(stream);
  };

  // For a stream that was already done when eos() was called.
  const onclosed = () => {
    closed = true;
    const errored = isWritableErrored(stream) || isReadableErrored(stream);
    if (errored && typeof errored !== 'boolean') return callback.call(stream, errored);
    callback.call(stream);
  };

  const onrequest = () => {
    stream.req.on('finish', onfinish);
  };

  if (isRequest(stream)) {
    stream.on('complete', onfinish);
    if (!willEmitClose) stream.on('abort', onclose);
    if (stream.req) onrequest();
    else stream.on('request', onrequest);
  } else if (writable && !wState) {
    stream.on('end', onlegacyfinish);
    stream.on('close', onlegacyfinish);
  }

  // http.IncomingMessage before 'close' was reliable.
  if (!willEmitClose && typeof stream.aborted === 'boolean') stream.on('aborted', onclose);

  stream.on('end', onend);
  stream.on('finish', onfinish);
  if (options.error !== false) stream.on('error', onerror);
  stream.on('close', onclose);

  if (closed) {
    nextTick(onclose);
  } else if (wState?.errorEmitted || rState?.errorEmitted) {
    if (!willEmitClose) nextTick(onclosed);
  } else if (
    !readable &&
    (!willEmitClose || isReadable(stream)) &&
    (writableFinished || isWritable(stream) === false)
  ) {
    nextTick(onclosed);
  } else if (
    !writable &&
    (!willEmitClose || isWritable(stream)) &&
    (readableFinished || isReadable(stream) === false)
  ) {
    nextTick(onclosed);
  } else if (rState && stream.req && stream.aborted) {
    nextTick(onclosed);
  }

  const cleanup = () => {
    callback = nop;
    stream.removeListener('aborted', onclose);
    stream.removeListener('complete', onfinish);
    stream.removeListener('abort', onclose);
    stream.removeListener('request', onrequest);
    if (stream.req) stream.req.removeListener('finish', onfinish);
    stream.removeListener('end', onlegacyfinish);
    stream.removeListener('close', onlegacyfinish);
    stream.removeListener('finish', onfinish);
    stream.removeListener('end', onend);
    stream.removeListener('error', onerror);
    stream.removeListener('close', onclose);
  };

  if (options.signal && !closed) {
    const signal = options.signal;
    const abort = () => {
      const endCallback = callback;
      cleanup();
      endCallback.call(stream, new (errors().AbortError)(undefined, { cause: signal.reason }));
    };
    if (signal.aborted) {
      nextTick(abort);
    } else {
      const unlisten = onAbortSignal(signal, abort);
      const original = callback;
      callback = once((...args) => {
        unlisten();
        Reflect.apply(original, stream, args);
      });
    }
  }

  return cleanup;
}

// Web streams report their end through a promise the web streams code keeps
// under kIsClosedPromise; a web stream without it (not made by our web streams
// code) cannot be watched without locking it, so the callback never runs.
function eosWeb(stream, options, callback) {
  let aborted = false;
  let unlisten = nop;
  if (options.signal) {
    const signal = options.signal;
    const abort = () => {
      aborted = true;
      callback.call(stream, new (errors().AbortError)(undefined, { cause: signal.reason }));
    };
    if (signal.aborted) {
      nextTick(abort);
    } else {
      unlisten = onAbortSignal(signal, abort);
      const original = callback;
      callback = once((...args) => {
        unlisten();
        Reflect.apply(original, stream, args);
      });
    }
  }
  const resolverFn = (...args) => {
    if (!aborted) nextTick(() => Reflect.apply(callback, stream, args));
  };
  const closed = stream[kIsClosedPromise]?.promise;
  if (closed && typeof closed.then === 'function') {
    closed.then(resolverFn, resolverFn);
  }
  return nop;
}

function finished(stream, opts) {
  let autoCleanup = false;
  if (opts === null) opts = kEmptyObject;
  if (opts?.cleanup) {
    validators().validateBoolean(opts.cleanup, 'cleanup');
    autoCleanup = opts.cleanup;
  }
  return new Promise((resolve, reject) => {
    const cleanup = eos(stream, opts, (err) => {
      if (autoCleanup) cleanup();
      if (err) reject(err);
      else resolve();
    });
  });
}

eos.finished = finished;

module.exports = eos;
