'use strict';
// The `stream` module: the legacy Stream class, with the streams2+ classes and
// the helpers hanging off it.

const Stream = require('internal/streams/legacy').Stream;
const Readable = require('internal/streams/readable');
const utils = require('internal/streams/utils');
const eos = require('internal/streams/end-of-stream');
const destroyImpl = require('internal/streams/destroy');
const { pipeline } = require('internal/streams/pipeline');
const { addAbortSignal } = require('internal/streams/add-abort-signal');
const { getDefaultHighWaterMark, setDefaultHighWaterMark } = require('internal/streams/state');

const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');

let promisesModule;
function promises() {
  promisesModule ??= require('stream/promises');
  return promisesModule;
}

let operatorsModule;
function operators() {
  operatorsModule ??= require('internal/streams/operators');
  return operatorsModule;
}

// The iterator helpers are defined here, as in node, and load their code on
// first use.
let warnedIndexedPairs = false;
function defineOperator(name, length, wrapInReadable) {
  const fn = function (...args) {
    if (new.target) throw new (utils.errors().codes.ERR_ILLEGAL_CONSTRUCTOR)();
    if (name === 'asIndexedPairs' && !warnedIndexedPairs) {
      warnedIndexedPairs = true;
      globalThis.process?.emitWarning?.('readable.asIndexedPairs will be removed in a future version.',
        'DeprecationWarning');
    }
    const group = wrapInReadable ? operators().streamReturningOperators : operators().promiseReturningOperators;
    const result = Reflect.apply(group[name], this, args);
    return wrapInReadable ? Readable.from(result) : result;
  };
  // asIndexedPairs is node's util.deprecate() wrapper, with that wrapper's name.
  Object.defineProperty(fn, 'name', { value: name === 'asIndexedPairs' ? 'deprecated' : name });
  Object.defineProperty(fn, 'length', { value: length });
  Object.defineProperty(Readable.prototype, name, { value: fn, enumerable: false, configurable: true, writable: true });
}
for (const [name, length] of [['asIndexedPairs', 0], ['drop', 1], ['filter', 2], ['flatMap', 2], ['map', 2],
  ['take', 1], ['compose', 2]]) {
  defineOperator(name, length, true);
}
for (const [name, length] of [['every', 1], ['forEach', 2], ['reduce', 3], ['toArray', 1], ['some', 1],
  ['find', 2]]) {
  defineOperator(name, length, false);
}

Stream.isDestroyed = utils.isDestroyed;
Stream.isDisturbed = utils.isDisturbed;
Stream.isErrored = utils.isErrored;
Stream.isReadable = utils.isReadable;
Stream.isWritable = utils.isWritable;
Stream.Readable = Readable;
Stream.Writable = require('internal/streams/writable');
Stream.Duplex = require('internal/streams/duplex');
Stream.Transform = require('internal/streams/transform');
Stream.PassThrough = require('internal/streams/passthrough');
Stream.duplexPair = function duplexPair(options) {
  return require('internal/streams/duplexpair')(options);
};
Stream.pipeline = pipeline;
Stream.addAbortSignal = addAbortSignal;
Stream.finished = eos;
Stream.destroy = destroyImpl.destroyer;
Stream.compose = function compose(...streams) {
  return require('internal/streams/compose')(...streams);
};
Stream.setDefaultHighWaterMark = setDefaultHighWaterMark;
Stream.getDefaultHighWaterMark = getDefaultHighWaterMark;

Object.defineProperty(Stream, 'promises', {
  configurable: true,
  enumerable: true,
  get() {
    return promises();
  },
});

Object.defineProperty(pipeline, kCustomPromisify, {
  enumerable: true,
  get() {
    return promises().pipeline;
  },
});

Object.defineProperty(eos, kCustomPromisify, {
  enumerable: true,
  get() {
    return promises().finished;
  },
});

// Backwards compatibility with old readable-stream copies.
Stream.Stream = Stream;
Stream._isArrayBufferView = utils.isArrayBufferView;
Stream._isUint8Array = utils.isUint8Array;
Stream._uint8ArrayToBuffer = utils.uint8ArrayToBuffer;

module.exports = Stream;
