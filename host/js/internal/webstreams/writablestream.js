'use strict';
// WHATWG WritableStream, its writer and controller, as node v20 exposes them.
// Internal slots live in records behind private fields (see readablestream.js);
// error types and messages are node's.

const {
  Deferred,
  Queue,
  bindError,
  callPromise,
  customInspect,
  finishClass,
  dequeueValue,
  enqueueValueWithSize,
  extractHighWaterMark,
  extractSizeAlgorithm,
  illegalConstructor,
  internalAssertion,
  invalidArgType,
  invalidArgValueRange,
  invalidState,
  invalidThis,
  kInspect,
  noop,
  optionalFunction,
  peekQueueValue,
  promiseReject,
  promiseResolve,
  rejectedDeferred,
  resetQueue,
  resolvedDeferred,
  setHandled,
  then,
  validateDictionaryArg,
  resolveWith,
} = require('internal/webstreams/util');

const {
  kIsClosedPromise,
  kIsErrored,
  kIsWritable,
  kControllerErrorFunction,
} = require('internal/streams/utils');

const kInternal = Symbol('kInternal');
// Marks the close request in the controller's queue.
const kCloseSentinel = Symbol('kCloseSentinel');

let getStream;
let getWriter;
let getController;

class StreamRecord {
  constructor() {
    this.api = undefined;
    this.state = 'writable';
    this.storedError = undefined;
    this.writer = undefined;
    this.controller = undefined;
    this.backpressure = false;
    this.closeRequest = undefined;         // Deferred
    this.inFlightWriteRequest = undefined; // Deferred
    this.inFlightCloseRequest = undefined; // Deferred
    this.pendingAbortRequest = undefined;  // {deferred, reason, wasAlreadyErroring}
    this.writeRequests = new Queue();      // of Deferred
    this.closedDeferred = undefined;       // for kIsClosedPromise, made on demand
  }
}

class ControllerRecord {
  constructor() {
    this.api = undefined;
    this.stream = undefined;
    this.queue = new Queue();
    this.queueTotalSize = 0;
    this.started = false;
    this.strategySizeAlgorithm = undefined;
    this.strategyHWM = 1;
    this.writeAlgorithm = undefined;
    this.closeAlgorithm = undefined;
    this.abortAlgorithm = undefined;
    this.abortController = undefined; // made when `signal` is first read
    this.abortReason = undefined;
    this.aborted = false;
  }
}

class WriterRecord {
  constructor() {
    this.api = undefined;
    this.stream = undefined;
    this.closed = undefined; // Deferred
    this.ready = undefined;  // Deferred
  }
}

// ---- WritableStream -------------------------------------------------------------------

class WritableStream {
  #rec;

  constructor(sink = {}, strategy = {}) {
    if (sink === kInternal) {
      this.#rec = strategy;
      strategy.api = this;
      return;
    }
    validateDictionaryArg(sink, 'sink', false);
    validateDictionaryArg(strategy, 'strategy', true);
    const type = sink?.type;
    if (type !== undefined) throw invalidArgValueRange('type', type);
    const rec = new StreamRecord();
    rec.api = this;
    this.#rec = rec;
    const size = strategy?.size;
    const highWaterMark = strategy?.highWaterMark;
    setUpControllerFromSink(rec, sink, extractHighWaterMark(highWaterMark, 1), extractSizeAlgorithm(size));
  }

  static {
    getStream = (value) => (value !== null && typeof value === 'object' && #rec in value ? value.#rec : undefined);
  }

  get locked() {
    return isLocked(thisStream(this));
  }

  abort(reason = undefined) {
    const rec = getStream(this);
    if (rec === undefined) return promiseReject(invalidThis('WritableStream'));
    if (isLocked(rec)) return promiseReject(invalidState('WritableStream is locked'));
    return writableStreamAbort(rec, reason);
  }

  close() {
    const rec = getStream(this);
    if (rec === undefined) return promiseReject(invalidThis('WritableStream'));
    if (isLocked(rec)) return promiseReject(invalidState('WritableStream is locked'));
    if (closeQueuedOrInFlight(rec)) return promiseReject(invalidState('Failure closing WritableStream'));
    return writableStreamClose(rec);
  }

  getWriter() {
    return acquireWriter(thisStream(this)).api;
  }

  get [kIsErrored]() {
    return getStream(this)?.state === 'errored';
  }

  get [kIsWritable]() {
    const rec = getStream(this);
    return rec !== undefined && rec.state === 'writable' && !closeQueuedOrInFlight(rec);
  }

  get [kIsClosedPromise]() {
    const rec = getStream(this);
    if (rec === undefined) return undefined;
    if (rec.closedDeferred === undefined) {
      if (rec.state === 'closed') rec.closedDeferred = resolvedDeferred(undefined);
      else if (rec.state === 'errored') rec.closedDeferred = rejectedDeferred(rec.storedError);
      else rec.closedDeferred = new Deferred();
    }
    return rec.closedDeferred;
  }

  get [kControllerErrorFunction]() {
    const rec = getStream(this);
    if (rec === undefined) return undefined;
    return (error) => {
      if (rec.state === 'writable') controllerError(rec.controller, error);
    };
  }

  [kInspect](depth, options) {
    const rec = thisStream(this);
    return customInspect('WritableStream', {
      locked: isLocked(rec),
      state: rec.state,
    }, depth, options, arguments[2]);
  }
}

finishClass(WritableStream);

function thisStream(value) {
  const rec = getStream(value);
  if (rec === undefined) throw invalidThis('WritableStream');
  return rec;
}

// ---- WritableStreamDefaultWriter ------------------------------------------------------

class WritableStreamDefaultWriter {
  #rec;

  constructor(stream) {
    const rec = new WriterRecord();
    rec.api = this;
    this.#rec = rec;
    if (stream === kInternal) return;
    const streamRec = getStream(stream);
    if (streamRec === undefined) throw invalidArgType('stream', 'WritableStream', stream);
    setUpWriter(rec, streamRec);
  }

  static {
    getWriter = (value) => (value !== null && typeof value === 'object' && #rec in value ? value.#rec : undefined);
  }

  get closed() {
    const rec = getWriter(this);
    if (rec === undefined) return promiseReject(invalidThis('WritableStreamDefaultWriter'));
    return rec.closed.promise;
  }

  get desiredSize() {
    const rec = thisWriter(this);
    if (rec.stream === undefined) throw invalidState('Writer is not bound to a WritableStream');
    return writerGetDesiredSize(rec);
  }

  get ready() {
    const rec = getWriter(this);
    if (rec === undefined) return promiseReject(invalidThis('WritableStreamDefaultWriter'));
    return rec.ready.promise;
  }

  abort(reason = undefined) {
    const rec = getWriter(this);
    if (rec === undefined) return promiseReject(invalidThis('WritableStreamDefaultWriter'));
    if (rec.stream === undefined) {
      return promiseReject(invalidState('Writer is not bound to a WritableStream'));
    }
    return writableStreamAbort(rec.stream, reason);
  }

  close() {
    const rec = getWriter(this);
    if (rec === undefined) return promiseReject(invalidThis('WritableStreamDefaultWriter'));
    const stream = rec.stream;
    if (stream === undefined) {
      return promiseReject(invalidState('Writer is not bound to a WritableStream'));
    }
    if (closeQueuedOrInFlight(stream)) {
      return promiseReject(invalidState('Failure to close WritableStream'));
    }
    return writableStreamClose(stream);
  }

  releaseLock() {
    const rec = thisWriter(this);
    if (rec.stream === undefined) return;
    writerRelease(rec);
  }

  write(chunk = undefined) {
    const rec = getWriter(this);
    if (rec === undefined) return promiseReject(invalidThis('WritableStreamDefaultWriter'));
    if (rec.stream === undefined) {
      return promiseReject(invalidState('Writer is not bound to a WritableStream'));
    }
    return writerWrite(rec, chunk);
  }

  [kInspect](depth, options) {
    const rec = thisWriter(this);
    // Node reads desiredSize through the getter, so a released writer throws.
    if (rec.stream === undefined) throw invalidState('Writer is not bound to a WritableStream');
    return customInspect('WritableStreamDefaultWriter', {
      stream: rec.stream.api,
      close: rec.closed.promise,
      ready: rec.ready.promise,
      desiredSize: writerGetDesiredSize(rec),
    }, depth, options, arguments[2]);
  }
}

finishClass(WritableStreamDefaultWriter);

function thisWriter(value) {
  const rec = getWriter(value);
  if (rec === undefined) throw invalidThis('WritableStreamDefaultWriter');
  return rec;
}

// ---- WritableStreamDefaultController --------------------------------------------------

class WritableStreamDefaultController {
  #rec;

  constructor(key = undefined, rec = undefined) {
    if (key !== kInternal) throw illegalConstructor();
    this.#rec = rec;
    rec.api = this;
  }

  static {
    getController = (value) => (value !== null && typeof value === 'object' && #rec in value ? value.#rec : undefined);
  }

  get signal() {
    const rec = thisController(this);
    return controllerSignal(rec);
  }

  error(error = undefined) {
    const rec = thisController(this);
    if (rec.stream.state !== 'writable') return;
    controllerError(rec, error);
  }

  [kInspect](depth, options) {
    const rec = thisController(this);
    return customInspect('WritableStreamDefaultController', {
      stream: rec.stream.api,
    }, depth, options, arguments[2]);
  }
}

finishClass(WritableStreamDefaultController);

function thisController(value) {
  const rec = getController(value);
  if (rec === undefined) throw invalidThis('WritableStreamDefaultController');
  return rec;
}

// The AbortController behind `signal` costs an EventTarget per stream, so it
// is made only when a sink asks for the signal; an abort that happened before
// is replayed on it.
function controllerSignal(controller) {
  if (controller.abortController === undefined) {
    controller.abortController = new globalThis.AbortController();
    if (controller.aborted) controller.abortController.abort(controller.abortReason);
  }
  return controller.abortController.signal;
}

function signalAbort(controller, reason) {
  controller.aborted = true;
  controller.abortReason = reason;
  controller.abortController?.abort(reason);
}

// ---- stream abstract operations -------------------------------------------------------

function isLocked(stream) {
  return stream.writer !== undefined;
}

function acquireWriter(stream) {
  const api = new WritableStreamDefaultWriter(kInternal);
  const rec = getWriter(api);
  setUpWriter(rec, stream);
  return rec;
}

function setUpWriter(writer, stream) {
  if (isLocked(stream)) throw invalidState('WritableStream is locked');
  writer.stream = stream;
  stream.writer = writer;
  const state = stream.state;
  if (state === 'writable') {
    if (!closeQueuedOrInFlight(stream) && stream.backpressure) writer.ready = new Deferred();
    else writer.ready = resolvedDeferred(undefined);
    writer.closed = new Deferred();
  } else if (state === 'erroring') {
    writer.ready = rejectedDeferred(stream.storedError);
    writer.closed = new Deferred();
  } else if (state === 'closed') {
    writer.ready = resolvedDeferred(undefined);
    writer.closed = resolvedDeferred(undefined);
  } else {
    writer.ready = rejectedDeferred(stream.storedError);
    writer.closed = rejectedDeferred(stream.storedError);
  }
}

function writableStreamAbort(stream, reason) {
  // Node reads the state once, before the abort signal's listeners run (the
  // spec reads it again after them); a listener that errors the stream then
  // trips node's internal assertion in startErroring, and so it does here.
  const state = stream.state;
  if (state === 'closed' || state === 'errored') return promiseResolve(undefined);
  signalAbort(stream.controller, reason);
  if (stream.pendingAbortRequest !== undefined) return stream.pendingAbortRequest.deferred.promise;
  let wasAlreadyErroring = false;
  if (state === 'erroring') {
    wasAlreadyErroring = true;
    reason = undefined;
  }
  const deferred = new Deferred();
  stream.pendingAbortRequest = { deferred, reason, wasAlreadyErroring };
  if (!wasAlreadyErroring) startErroring(stream, reason);
  return deferred.promise;
}

function writableStreamClose(stream) {
  const state = stream.state;
  if (state === 'closed' || state === 'errored') {
    return promiseReject(invalidState('WritableStream is closed'));
  }
  const deferred = new Deferred();
  stream.closeRequest = deferred;
  const writer = stream.writer;
  if (writer !== undefined && stream.backpressure && state === 'writable') writer.ready.resolve(undefined);
  controllerClose(stream.controller);
  return deferred.promise;
}

function addWriteRequest(stream) {
  const deferred = new Deferred();
  stream.writeRequests.push(deferred);
  return deferred.promise;
}

function closeQueuedOrInFlight(stream) {
  return stream.closeRequest !== undefined || stream.inFlightCloseRequest !== undefined;
}

function dealWithRejection(stream, error) {
  if (stream.state === 'writable') {
    startErroring(stream, error);
    return;
  }
  finishErroring(stream);
}

function finishErroring(stream) {
  stream.state = 'errored';
  const controller = stream.controller;
  resetQueue(controller);
  const storedError = stream.storedError;
  const requests = stream.writeRequests.drain();
  for (let i = 0; i < requests.length; i++) requests[i].reject(storedError);
  const abortRequest = stream.pendingAbortRequest;
  if (abortRequest === undefined) {
    rejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  stream.pendingAbortRequest = undefined;
  if (abortRequest.wasAlreadyErroring) {
    abortRequest.deferred.reject(storedError);
    rejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  // Reached with the algorithms cleared only after node's assertion above
  // fired; node then fails with this message.
  if (controller.abortAlgorithm === undefined) throw new TypeError('this[kState].abortAlgorithm is not a function');
  const promise = controller.abortAlgorithm(abortRequest.reason);
  controllerClearAlgorithms(controller);
  then(promise, () => {
    abortRequest.deferred.resolve(undefined);
    rejectCloseAndClosedPromiseIfNeeded(stream);
  }, (reason) => {
    abortRequest.deferred.reject(reason);
    rejectCloseAndClosedPromiseIfNeeded(stream);
  });
}

function finishInFlightClose(stream) {
  stream.inFlightCloseRequest.resolve(undefined);
  stream.inFlightCloseRequest = undefined;
  if (stream.state === 'erroring') {
    stream.storedError = undefined;
    if (stream.pendingAbortRequest !== undefined) {
      stream.pendingAbortRequest.deferred.resolve(undefined);
      stream.pendingAbortRequest = undefined;
    }
  }
  stream.state = 'closed';
  stream.closedDeferred?.resolve(undefined);
  const writer = stream.writer;
  if (writer !== undefined) writer.closed.resolve(undefined);
}

function finishInFlightCloseWithError(stream, error) {
  stream.inFlightCloseRequest.reject(error);
  stream.inFlightCloseRequest = undefined;
  if (stream.pendingAbortRequest !== undefined) {
    stream.pendingAbortRequest.deferred.reject(error);
    stream.pendingAbortRequest = undefined;
  }
  dealWithRejection(stream, error);
}

function finishInFlightWrite(stream) {
  stream.inFlightWriteRequest.resolve(undefined);
  stream.inFlightWriteRequest = undefined;
}

function finishInFlightWriteWithError(stream, error) {
  stream.inFlightWriteRequest.reject(error);
  stream.inFlightWriteRequest = undefined;
  dealWithRejection(stream, error);
}

function hasOperationMarkedInFlight(stream) {
  return stream.inFlightWriteRequest !== undefined || stream.inFlightCloseRequest !== undefined;
}

function rejectCloseAndClosedPromiseIfNeeded(stream) {
  const storedError = stream.storedError;
  if (stream.closeRequest !== undefined) {
    stream.closeRequest.reject(storedError);
    stream.closeRequest = undefined;
  }
  if (stream.closedDeferred !== undefined) {
    stream.closedDeferred.reject(storedError);
    setHandled(stream.closedDeferred.promise);
  }
  const writer = stream.writer;
  if (writer !== undefined) {
    writer.closed.reject(storedError);
    setHandled(writer.closed.promise);
  }
}

function startErroring(stream, reason) {
  if (stream.state !== 'writable') throw internalAssertion();
  const controller = stream.controller;
  stream.state = 'erroring';
  stream.storedError = reason;
  const writer = stream.writer;
  if (writer !== undefined) writerEnsureReadyPromiseRejected(writer, reason);
  if (!hasOperationMarkedInFlight(stream) && controller.started) finishErroring(stream);
}

function updateBackpressure(stream, backpressure) {
  const writer = stream.writer;
  if (writer !== undefined && backpressure !== stream.backpressure) {
    if (backpressure) writer.ready = new Deferred();
    else writer.ready.resolve(undefined);
  }
  stream.backpressure = backpressure;
}

// ---- writer abstract operations -------------------------------------------------------

function writerCloseWithErrorPropagation(writer) {
  const stream = writer.stream;
  const state = stream.state;
  if (closeQueuedOrInFlight(stream) || state === 'closed') return promiseResolve(undefined);
  if (state === 'errored') return promiseReject(stream.storedError);
  return writableStreamClose(stream);
}

function writerEnsureClosedPromiseRejected(writer, error) {
  if (writer.closed.state === 0) writer.closed.reject(error);
  else writer.closed = rejectedDeferred(error);
  setHandled(writer.closed.promise);
}

function writerEnsureReadyPromiseRejected(writer, error) {
  if (writer.ready.state === 0) writer.ready.reject(error);
  else writer.ready = rejectedDeferred(error);
  setHandled(writer.ready.promise);
}

function writerGetDesiredSize(writer) {
  const stream = writer.stream;
  const state = stream.state;
  if (state === 'errored' || state === 'erroring') return null;
  if (state === 'closed') return 0;
  return controllerGetDesiredSize(stream.controller);
}

function writerRelease(writer) {
  const stream = writer.stream;
  const releasedError = invalidState('Writer has been released');
  writerEnsureReadyPromiseRejected(writer, releasedError);
  writerEnsureClosedPromiseRejected(writer, releasedError);
  stream.writer = undefined;
  writer.stream = undefined;
}

function writerWrite(writer, chunk) {
  const stream = writer.stream;
  const controller = stream.controller;
  const chunkSize = controllerGetChunkSize(controller, chunk);
  if (stream !== writer.stream) {
    return promiseReject(invalidState('Mismatched WritableStreams'));
  }
  const state = stream.state;
  if (state === 'errored') return promiseReject(stream.storedError);
  if (closeQueuedOrInFlight(stream) || state === 'closed') {
    return promiseReject(invalidState('WritableStream is closed'));
  }
  if (state === 'erroring') return promiseReject(stream.storedError);
  const promise = addWriteRequest(stream);
  controllerWrite(controller, chunk, chunkSize);
  return promise;
}

// ---- controller abstract operations ---------------------------------------------------

function setUpControllerFromSink(stream, sink, highWaterMark, sizeAlgorithm) {
  const start = sink?.start;
  const write = sink?.write;
  const close = sink?.close;
  const abort = sink?.abort;
  if (start && typeof start !== 'function') throw bindError();
  const startAlgorithm = start ? (controller) => Reflect.apply(start, sink, [controller]) : noop;
  if (write) optionalFunction(write, 'sink.write');
  const writeAlgorithm = write
    ? (chunk, controller) => callPromise(write, sink, chunk, controller)
    : resolvedUndefined;
  if (close) optionalFunction(close, 'sink.close');
  const closeAlgorithm = close ? () => callPromise(close, sink) : resolvedUndefined;
  if (abort) optionalFunction(abort, 'sink.abort');
  const abortAlgorithm = abort ? (reason) => callPromise(abort, sink, reason) : resolvedUndefined;
  setUpController(stream, startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm, highWaterMark,
    sizeAlgorithm);
}

function resolvedUndefined() {
  return promiseResolve(undefined);
}

function setUpController(stream, startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm,
  highWaterMark, sizeAlgorithm) {
  const controller = new ControllerRecord();
  new WritableStreamDefaultController(kInternal, controller);
  controller.stream = stream;
  stream.controller = controller;
  controller.strategySizeAlgorithm = sizeAlgorithm;
  controller.strategyHWM = highWaterMark;
  controller.writeAlgorithm = writeAlgorithm;
  controller.closeAlgorithm = closeAlgorithm;
  controller.abortAlgorithm = abortAlgorithm;
  updateBackpressure(stream, controllerGetBackpressure(controller));
  const startResult = startAlgorithm(controller.api);
  then(resolveWith(startResult), () => {
    controller.started = true;
    controllerAdvanceQueueIfNeeded(controller);
  }, (error) => {
    controller.started = true;
    dealWithRejection(stream, error);
  });
}

function controllerAdvanceQueueIfNeeded(controller) {
  const stream = controller.stream;
  if (!controller.started) return;
  if (stream.inFlightWriteRequest !== undefined) return;
  if (stream.state === 'erroring') {
    finishErroring(stream);
    return;
  }
  if (controller.queue.length === 0) return;
  const value = peekQueueValue(controller);
  if (value === kCloseSentinel) controllerProcessClose(controller);
  else controllerProcessWrite(controller, value);
}

function controllerClearAlgorithms(controller) {
  controller.writeAlgorithm = undefined;
  controller.closeAlgorithm = undefined;
  controller.abortAlgorithm = undefined;
  controller.strategySizeAlgorithm = undefined;
}

function controllerClose(controller) {
  enqueueValueWithSize(controller, kCloseSentinel, 0);
  controllerAdvanceQueueIfNeeded(controller);
}

function controllerError(controller, error) {
  controllerClearAlgorithms(controller);
  startErroring(controller.stream, error);
}

function controllerErrorIfNeeded(controller, error) {
  if (controller.stream.state === 'writable') controllerError(controller, error);
}

function controllerGetBackpressure(controller) {
  return controllerGetDesiredSize(controller) <= 0;
}

function controllerGetChunkSize(controller, chunk) {
  if (controller.strategySizeAlgorithm === undefined) {
    // The algorithms are cleared once closing starts or the stream errors.
    // Node asserts the stream is erroring or errored here, so a write after
    // closing began fails with its internal assertion, thrown synchronously.
    const state = controller.stream.state;
    if (state === 'writable' || state === 'closed') throw internalAssertion();
    return 1;
  }
  try {
    return controller.strategySizeAlgorithm(chunk);
  } catch (error) {
    controllerErrorIfNeeded(controller, error);
    return 1;
  }
}

function controllerGetDesiredSize(controller) {
  return controller.strategyHWM - controller.queueTotalSize;
}

function controllerProcessClose(controller) {
  const stream = controller.stream;
  stream.inFlightCloseRequest = stream.closeRequest;
  stream.closeRequest = undefined;
  dequeueValue(controller);
  const sinkClosePromise = controller.closeAlgorithm();
  controllerClearAlgorithms(controller);
  then(sinkClosePromise, () => finishInFlightClose(stream),
    (reason) => finishInFlightCloseWithError(stream, reason));
}

function controllerProcessWrite(controller, chunk) {
  const stream = controller.stream;
  stream.inFlightWriteRequest = stream.writeRequests.shift();
  const sinkWritePromise = controller.writeAlgorithm(chunk, controller.api);
  then(sinkWritePromise, () => {
    finishInFlightWrite(stream);
    dequeueValue(controller);
    if (!closeQueuedOrInFlight(stream) && stream.state === 'writable') {
      updateBackpressure(stream, controllerGetBackpressure(controller));
    }
    controllerAdvanceQueueIfNeeded(controller);
  }, (reason) => {
    if (stream.state === 'writable') controllerClearAlgorithms(controller);
    finishInFlightWriteWithError(stream, reason);
  });
}

function controllerWrite(controller, chunk, chunkSize) {
  try {
    enqueueValueWithSize(controller, chunk, chunkSize);
  } catch (error) {
    controllerErrorIfNeeded(controller, error);
    return;
  }
  const stream = controller.stream;
  if (!closeQueuedOrInFlight(stream) && stream.state === 'writable') {
    updateBackpressure(stream, controllerGetBackpressure(controller));
  }
  controllerAdvanceQueueIfNeeded(controller);
}

// ---- creating streams from algorithms -------------------------------------------------

function createWritableStream(startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm,
  highWaterMark = 1, sizeAlgorithm = () => 1) {
  const rec = new StreamRecord();
  new WritableStream(kInternal, rec);
  setUpController(rec, startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm, highWaterMark,
    sizeAlgorithm);
  return rec;
}

function isWritableStream(value) {
  return getStream(value) !== undefined;
}

module.exports = {
  WritableStream,
  WritableStreamDefaultWriter,
  WritableStreamDefaultController,

  // For the other webstreams modules and for hosts.
  isWritableStream,
  writableStreamRecord: getStream,
  writerRecord: (value) => getWriter(value),
  isLocked,
  acquireWriter,
  createWritableStream,
  closeQueuedOrInFlight,
  writableStreamAbort,
  writableStreamClose,
  writerCloseWithErrorPropagation,
  writerRelease,
  writerWrite,
  writerGetDesiredSize,
  controllerError,
  controllerErrorIfNeeded,
  kCloseSentinel,
};
