'use strict';
// WHATWG TransformStream and its controller (with transformer.cancel, as in
// node v20), built from a ReadableStream and a WritableStream made from
// internal algorithms.

const {
  Deferred,
  callError,
  callPromise,
  customInspect,
  finishClass,
  extractHighWaterMark,
  extractSizeAlgorithm,
  illegalConstructor,
  invalidState,
  invalidThis,
  invalidArgValueRange,
  kInspect,
  optionalFunction,
  promiseReject,
  promiseResolve,
  then,
  validateDictionaryArg,
  resolveWith,
} = require('internal/webstreams/util');

const readable = require('internal/webstreams/readablestream');
const writable = require('internal/webstreams/writablestream');

const kInternal = Symbol('kInternal');

let getStream;
let getController;

class StreamRecord {
  constructor() {
    this.api = undefined;
    this.readable = undefined; // readable stream record
    this.writable = undefined; // writable stream record
    this.backpressure = undefined;
    this.backpressureChange = undefined; // Deferred
    this.controller = undefined;
  }
}

class ControllerRecord {
  constructor() {
    this.api = undefined;
    this.stream = undefined;
    this.transformAlgorithm = undefined;
    this.flushAlgorithm = undefined;
    this.cancelAlgorithm = undefined;
    this.finish = undefined; // Deferred shared by close, abort and cancel
  }
}

class TransformStream {
  #rec;

  constructor(transformer = {}, writableStrategy = {}, readableStrategy = {}) {
    validateDictionaryArg(transformer, 'transformer', false);
    validateDictionaryArg(writableStrategy, 'writableStrategy', true);
    validateDictionaryArg(readableStrategy, 'readableStrategy', true);
    const readableType = transformer?.readableType;
    const writableType = transformer?.writableType;
    const start = transformer?.start;
    if (readableType !== undefined) throw invalidArgValueRange('transformer.readableType', readableType);
    if (writableType !== undefined) throw invalidArgValueRange('transformer.writableType', writableType);
    const readableHighWaterMark = readableStrategy?.highWaterMark;
    const readableSize = readableStrategy?.size;
    const writableHighWaterMark = writableStrategy?.highWaterMark;
    const writableSize = writableStrategy?.size;
    const rec = new StreamRecord();
    rec.api = this;
    this.#rec = rec;
    const startDeferred = new Deferred();
    initializeTransformStream(rec, startDeferred,
      extractHighWaterMark(writableHighWaterMark, 1), extractSizeAlgorithm(writableSize),
      extractHighWaterMark(readableHighWaterMark, 0), extractSizeAlgorithm(readableSize));
    setUpControllerFromTransformer(rec, transformer);
    if (start !== undefined) {
      if (typeof start !== 'function') throw callError();
      startDeferred.resolve(Reflect.apply(start, transformer, [rec.controller.api]));
    } else {
      startDeferred.resolve(undefined);
    }
  }

  static {
    getStream = (value) => (value !== null && typeof value === 'object' && #rec in value ? value.#rec : undefined);
  }

  get readable() {
    return thisStream(this).readable.api;
  }

  get writable() {
    return thisStream(this).writable.api;
  }

  [kInspect](depth, options) {
    const rec = thisStream(this);
    return customInspect('TransformStream', {
      readable: rec.readable.api,
      writable: rec.writable.api,
      backpressure: rec.backpressure,
    }, depth, options, arguments[2]);
  }
}

finishClass(TransformStream);

function thisStream(value) {
  const rec = getStream(value);
  if (rec === undefined) throw invalidThis('TransformStream');
  return rec;
}

class TransformStreamDefaultController {
  #rec;

  constructor(key = undefined, rec = undefined) {
    if (key !== kInternal) throw illegalConstructor();
    this.#rec = rec;
    rec.api = this;
  }

  static {
    getController = (value) => (value !== null && typeof value === 'object' && #rec in value ? value.#rec : undefined);
  }

  get desiredSize() {
    const rec = thisController(this);
    return readable.defaultControllerGetDesiredSize(rec.stream.readable.controller);
  }

  enqueue(chunk = undefined) {
    controllerEnqueue(thisController(this), chunk);
  }

  error(reason = undefined) {
    controllerError(thisController(this), reason);
  }

  terminate() {
    controllerTerminate(thisController(this));
  }

  [kInspect](depth, options) {
    const rec = thisController(this);
    return customInspect('TransformStreamDefaultController', {
      stream: rec.stream.api,
    }, depth, options, arguments[2]);
  }
}

finishClass(TransformStreamDefaultController);

function thisController(value) {
  const rec = getController(value);
  if (rec === undefined) throw invalidThis('TransformStreamDefaultController');
  return rec;
}

// ---- abstract operations ----------------------------------------------------------------

function initializeTransformStream(stream, startDeferred, writableHighWaterMark, writableSizeAlgorithm,
  readableHighWaterMark, readableSizeAlgorithm) {
  const startAlgorithm = () => startDeferred.promise;
  // In node the abort algorithm's promise alone passes through a callback
  // wrapper: the writable side sees it settle one microtask later.
  stream.writable = writable.createWritableStream(startAlgorithm,
    (chunk) => sinkWriteAlgorithm(stream, chunk),
    () => sinkCloseAlgorithm(stream),
    (reason) => wrap(() => sinkAbortAlgorithm(stream, reason)),
    writableHighWaterMark, writableSizeAlgorithm);
  stream.readable = readable.createReadableStream(startAlgorithm,
    () => sourcePullAlgorithm(stream),
    (reason) => sourceCancelAlgorithm(stream, reason),
    readableHighWaterMark, readableSizeAlgorithm);
  stream.backpressure = undefined;
  stream.backpressureChange = undefined;
  setBackpressure(stream, true);
  stream.controller = undefined;
}

// Calls one of the controller's algorithms. Node calls them even after they
// were cleared, failing with this TypeError; the same is thrown here.
function callCleared(controller, name, ...args) {
  const algorithm = controller[name];
  if (algorithm === undefined) throw new TypeError(`controller[kState].${name} is not a function`);
  return algorithm(...args);
}

function wrap(algorithm) {
  try {
    return resolveWith(algorithm());
  } catch (error) {
    return promiseReject(error);
  }
}

function transformStreamError(stream, error) {
  readable.defaultControllerError(stream.readable.controller, error);
  errorWritableAndUnblockWrite(stream, error);
}

function errorWritableAndUnblockWrite(stream, error) {
  controllerClearAlgorithms(stream.controller);
  writable.controllerErrorIfNeeded(stream.writable.controller, error);
  unblockWrite(stream);
}

function unblockWrite(stream) {
  if (stream.backpressure) setBackpressure(stream, false);
}

function setBackpressure(stream, backpressure) {
  stream.backpressureChange?.resolve(undefined);
  stream.backpressureChange = new Deferred();
  stream.backpressure = backpressure;
}

function setUpController(stream, controller, transformAlgorithm, flushAlgorithm, cancelAlgorithm) {
  controller.stream = stream;
  stream.controller = controller;
  controller.transformAlgorithm = transformAlgorithm;
  controller.flushAlgorithm = flushAlgorithm;
  controller.cancelAlgorithm = cancelAlgorithm;
}

function setUpControllerFromTransformer(stream, transformer) {
  const controller = new ControllerRecord();
  new TransformStreamDefaultController(kInternal, controller);
  const transform = transformer?.transform;
  const flush = transformer?.flush;
  const cancel = transformer?.cancel;
  let transformAlgorithm = (chunk) => {
    try {
      controllerEnqueue(controller, chunk);
    } catch (error) {
      return promiseReject(error);
    }
    return promiseResolve(undefined);
  };
  let flushAlgorithm = resolvedUndefined;
  let cancelAlgorithm = resolvedUndefined;
  if (transform) {
    optionalFunction(transform, 'transformer.transform');
    transformAlgorithm = (chunk) => callPromise(transform, transformer, chunk, controller.api);
  }
  if (flush) {
    optionalFunction(flush, 'transformer.flush');
    flushAlgorithm = () => callPromise(flush, transformer, controller.api);
  }
  if (cancel) {
    optionalFunction(cancel, 'transformer.cancel');
    cancelAlgorithm = (reason) => callPromise(cancel, transformer, reason);
  }
  setUpController(stream, controller, transformAlgorithm, flushAlgorithm, cancelAlgorithm);
}

function resolvedUndefined() {
  return promiseResolve(undefined);
}

function controllerClearAlgorithms(controller) {
  controller.transformAlgorithm = undefined;
  controller.flushAlgorithm = undefined;
  controller.cancelAlgorithm = undefined;
}

function controllerEnqueue(controller, chunk) {
  const stream = controller.stream;
  const readableController = stream.readable.controller;
  if (!readable.defaultControllerCanCloseOrEnqueue(readableController)) {
    throw invalidState('Unable to enqueue');
  }
  try {
    readable.defaultControllerEnqueue(readableController, chunk);
  } catch (error) {
    errorWritableAndUnblockWrite(stream, error);
    throw stream.readable.storedError;
  }
  const backpressure = readable.defaultControllerHasBackpressure(readableController);
  if (backpressure !== stream.backpressure) setBackpressure(stream, true);
}

function controllerError(controller, error) {
  transformStreamError(controller.stream, error);
}

function controllerPerformTransform(controller, chunk) {
  if (controller.transformAlgorithm === undefined) {
    // A write queued behind one in progress when the readable side was
    // canceled (or the writable aborted) meets cleared algorithms. Node
    // calls through them anyway, and the TypeError errors the stream at once.
    const error = new TypeError('controller[kState].transformAlgorithm is not a function');
    transformStreamError(controller.stream, error);
    return promiseReject(error);
  }
  const promise = controller.transformAlgorithm(chunk);
  return then(promise, undefined, (error) => {
    transformStreamError(controller.stream, error);
    throw error;
  });
}

function controllerTerminate(controller) {
  const stream = controller.stream;
  readable.defaultControllerClose(stream.readable.controller);
  errorWritableAndUnblockWrite(stream, invalidState('TransformStream has been terminated'));
}

function sinkWriteAlgorithm(stream, chunk) {
  const controller = stream.controller;
  if (stream.backpressure) {
    return then(stream.backpressureChange.promise, () => {
      const writableStream = stream.writable;
      if (writableStream.state === 'erroring') throw writableStream.storedError;
      return controllerPerformTransform(controller, chunk);
    });
  }
  return controllerPerformTransform(controller, chunk);
}

function sinkAbortAlgorithm(stream, reason) {
  const controller = stream.controller;
  if (controller.finish !== undefined) return controller.finish.promise;
  const readableStream = stream.readable;
  const finish = controller.finish = new Deferred();
  const cancelPromise = callCleared(controller, 'cancelAlgorithm', reason);
  controllerClearAlgorithms(controller);
  then(cancelPromise, () => {
    if (readableStream.state === 'errored') {
      finish.reject(readableStream.storedError);
    } else {
      readable.defaultControllerError(readableStream.controller, reason);
      finish.resolve(undefined);
    }
  }, (error) => {
    readable.defaultControllerError(readableStream.controller, error);
    finish.reject(error);
  });
  return finish.promise;
}

function sinkCloseAlgorithm(stream) {
  const controller = stream.controller;
  if (controller.finish !== undefined) return controller.finish.promise;
  const readableStream = stream.readable;
  const finish = controller.finish = new Deferred();
  const flushPromise = callCleared(controller, 'flushAlgorithm');
  controllerClearAlgorithms(controller);
  then(flushPromise, () => {
    if (readableStream.state === 'errored') {
      finish.reject(readableStream.storedError);
    } else {
      readable.defaultControllerClose(readableStream.controller);
      finish.resolve(undefined);
    }
  }, (error) => {
    readable.defaultControllerError(readableStream.controller, error);
    finish.reject(error);
  });
  return finish.promise;
}

function sourcePullAlgorithm(stream) {
  setBackpressure(stream, false);
  return stream.backpressureChange.promise;
}

function sourceCancelAlgorithm(stream, reason) {
  const controller = stream.controller;
  if (controller.finish !== undefined) return controller.finish.promise;
  const writableStream = stream.writable;
  const finish = controller.finish = new Deferred();
  const cancelPromise = callCleared(controller, 'cancelAlgorithm', reason);
  controllerClearAlgorithms(controller);
  then(cancelPromise, () => {
    if (writableStream.state === 'errored') {
      finish.reject(writableStream.storedError);
    } else {
      writable.controllerErrorIfNeeded(writableStream.controller, reason);
      unblockWrite(stream);
      finish.resolve(undefined);
    }
  }, (error) => {
    writable.controllerErrorIfNeeded(writableStream.controller, error);
    unblockWrite(stream);
    finish.reject(error);
  });
  return finish.promise;
}

function isTransformStream(value) {
  return getStream(value) !== undefined;
}

module.exports = {
  TransformStream,
  TransformStreamDefaultController,
  isTransformStream,
};
