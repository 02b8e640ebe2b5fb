'use strict';
// ReadableStream.prototype.pipeTo's machinery (ReadableStreamPipeTo). The
// standard leaves the read/write loop's scheduling open; this one keeps node's
// observable order: wait for the writer to be ready, read one chunk, start
// its write without waiting for it, and repeat, with each turn of the loop
// an async step. Shutdown waits for the last started write, as specified.

const {
  Deferred,
  errors,
  invalidState,
  promiseResolve,
  setHandled,
  then,
  newPromise,
  promiseAll,
} = require('internal/webstreams/util');

const readable = require('internal/webstreams/readablestream');
const writable = require('internal/webstreams/writablestream');

let DOMExceptionCtor;
function domException() {
  DOMExceptionCtor ??= require('internal/dom_exception').DOMException;
  return DOMExceptionCtor;
}

// Promise.all as node's SafePromiseAll runs it: each promise wrapped once
// more and the result passed through an outer promise, which costs two
// microtasks more than a bare Promise.all (one for an empty list).
function promiseAllAsNode(promises) {
  return newPromise((resolve, reject) => {
    const wrapped = promises.map((p) => newPromise((a, b) => then(p, a, b)));
    then(promiseAll(wrapped), resolve, reject);
  });
}

function readableStreamPipeTo(source, dest, preventClose, preventAbort, preventCancel, signal) {
  const reader = readable.acquireDefaultReader(source);
  const writer = writable.acquireWriter(dest);
  source.disturbed = true;
  let shuttingDown = false;
  let currentWrite = promiseResolve(undefined);
  const result = new Deferred();

  function finalize(isError, error) {
    writable.writerRelease(writer);
    readable.readableStreamDefaultReaderRelease(reader);
    if (signal !== undefined) signal.removeEventListener('abort', abortAlgorithm);
    if (isError) result.reject(error);
    else result.resolve(undefined);
  }

  // Settles once the last write started has settled, even if more writes were
  // started while waiting.
  function waitForWrites() {
    const write = currentWrite;
    return then(write, () => (write !== currentWrite ? waitForWrites() : undefined));
  }

  function destStillWritable() {
    return dest.state === 'writable' && !writable.closeQueuedOrInFlight(dest);
  }

  function shutdownWithAnAction(action, isError, originalError) {
    if (shuttingDown) return;
    shuttingDown = true;
    const doTheRest = () => {
      then(action(), () => finalize(isError, originalError), (error) => finalize(true, error));
    };
    if (destStillWritable()) {
      then(waitForWrites(), doTheRest, (error) => finalize(true, error));
      return;
    }
    doTheRest();
  }

  function shutdown(isError, error) {
    if (shuttingDown) return;
    shuttingDown = true;
    if (destStillWritable()) {
      then(waitForWrites(), () => finalize(isError, error), (e) => finalize(true, e));
      return;
    }
    finalize(isError, error);
  }

  function abortAlgorithm() {
    let error = signal.reason;
    // Node hands the sink and source a DOMException in place of its own
    // AbortError class (the message is kept, the cause is not).
    if (error instanceof errors().AbortError) error = new (domException())(error.message, 'AbortError');
    const actions = [];
    if (!preventAbort) {
      actions.push(() => (dest.state === 'writable'
        ? writable.writableStreamAbort(dest, error)
        : promiseResolve(undefined)));
    }
    if (!preventCancel) {
      actions.push(() => (source.state === 'readable'
        ? readable.readableStreamCancel(source, error)
        : promiseResolve(undefined)));
    }
    shutdownWithAnAction(() => promiseAllAsNode(actions.map((action) => action())), true, error);
  }

  // One turn: wait for room in the destination, then read; true ends the loop.
  async function step() {
    if (shuttingDown) return true;
    await writer.ready.promise;
    const turn = new Deferred();
    readable.readableStreamDefaultReaderRead(reader, {
      chunk(chunk) {
        currentWrite = writable.writerWrite(writer, chunk);
        setHandled(currentWrite);
        turn.resolve(false);
      },
      close() {
        turn.resolve(true);
      },
      error(error) {
        turn.reject(error);
      },
    });
    return turn.promise;
  }

  async function loop() {
    while (!await step());
  }

  if (signal !== undefined) {
    if (signal.aborted) {
      abortAlgorithm();
      return result.promise;
    }
    signal.addEventListener('abort', abortAlgorithm, { once: true });
  }

  setHandled(loop());

  // Errors must propagate forward: source to destination.
  if (source.state === 'errored') {
    onSourceErrored(source.storedError);
  } else {
    then(reader.closed.promise, undefined, onSourceErrored);
  }
  function onSourceErrored(error) {
    if (!preventAbort) shutdownWithAnAction(() => writable.writableStreamAbort(dest, error), true, error);
    else shutdown(true, error);
  }

  // Errors must propagate backward: destination to source.
  if (dest.state === 'errored') {
    onDestErrored(dest.storedError);
  } else {
    then(writer.closed.promise, undefined, onDestErrored);
  }
  function onDestErrored(error) {
    if (!preventCancel) shutdownWithAnAction(() => readable.readableStreamCancel(source, error), true, error);
    else shutdown(true, error);
  }

  // Closing must propagate forward.
  if (source.state === 'closed') {
    onSourceClosed();
  } else {
    then(reader.closed.promise, onSourceClosed, () => {});
  }
  function onSourceClosed() {
    if (!preventClose) shutdownWithAnAction(() => writable.writerCloseWithErrorPropagation(writer));
    else shutdown();
  }

  // Closing must propagate backward.
  if (writable.closeQueuedOrInFlight(dest) || dest.state === 'closed') {
    const error = invalidState('Destination WritableStream is closed');
    if (!preventCancel) shutdownWithAnAction(() => readable.readableStreamCancel(source, error), true, error);
    else shutdown(true, error);
  }

  return result.promise;
}

module.exports = { readableStreamPipeTo };
