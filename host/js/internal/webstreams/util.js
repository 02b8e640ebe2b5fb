'use strict';
// Plumbing shared by the WHATWG streams modules: node-style errors (including
// the TypeError/RangeError flavours of a code that node's web streams throw),
// promise helpers that ignore user patches of Promise.prototype.then, the
// queue-with-sizes, strategy extraction and ArrayBuffer transfer.

let errorsModule;
function errors() {
  errorsModule ??= require('internal/errors');
  return errorsModule;
}
function codes() {
  return errors().codes;
}

let validatorsModule;
function validators() {
  validatorsModule ??= require('internal/validators');
  return validatorsModule;
}

// ---- errors ---------------------------------------------------------------------

// Node throws some codes with a base other than the code's own (for example
// ERR_INVALID_STATE as a TypeError). These classes look like the ones
// internal/errors makes: `TypeError [CODE]: message` stacks, a hidden message,
// an enumerable code, and `constructor` reporting the plain base class.
const variantClasses = new Map();
function variantClass(Base, code) {
  const key = `${Base.name}:${code}`;
  let Cls = variantClasses.get(key);
  if (Cls !== undefined) return Cls;
  const name = Base.prototype.name;
  Cls = class NodeError extends Base {
    constructor(message) {
      super();
      let frames = '';
      try {
        const stack = this.stack;
        // V8 writes a header line ("TypeError"); QuickJS and SpiderMonkey only frames.
        if (typeof stack === 'string' && stack !== '' && stack !== name) {
          frames = stack.startsWith(`${name}\n`) ? stack.slice(name.length) : `\n${stack}`;
          frames = frames.replace(/\n$/, '');
        }
      } catch {}
      Object.defineProperty(this, 'message', { value: message, writable: true, enumerable: false, configurable: true });
      this.code = code;
      Object.defineProperty(this, 'stack', {
        value: `${name} [${code}]: ${message}${frames}`, writable: true, enumerable: false, configurable: true,
      });
    }

    toString() {
      return `${this.name} [${code}]: ${this.message}`;
    }
  };
  Object.defineProperty(Cls.prototype, 'constructor', {
    get() { return Base; }, enumerable: false, configurable: true,
  });
  Object.defineProperty(Cls.prototype, errors().kIsNodeError, {
    get() { return true; }, enumerable: false, configurable: true,
  });
  variantClasses.set(key, Cls);
  return Cls;
}

// `new codes[code](...args)` but built on `Base`; the message comes from the
// code's own template so it stays word for word node's.
function nodeError(Base, code, ...args) {
  const Own = codes()[code];
  const probe = new Own(...args);
  if (probe instanceof Base && Object.getPrototypeOf(Object.getPrototypeOf(probe)) === Base.prototype) return probe;
  const Cls = variantClass(Base, code);
  return new Cls(probe.message);
}

// The most frequent one (every releaseLock() makes two), so built directly
// from internal/errors' template for ERR_INVALID_STATE.
function invalidState(message) {
  return new (variantClass(TypeError, 'ERR_INVALID_STATE'))(`Invalid state: ${message}`);
}
function invalidThis(name) {
  return new (codes().ERR_INVALID_THIS)(name);
}
function invalidArgType(name, expected, actual) {
  return new (codes().ERR_INVALID_ARG_TYPE)(name, expected, actual);
}
function invalidArgValue(name, value, reason) {
  return new (codes().ERR_INVALID_ARG_VALUE)(name, value, reason);
}
function invalidArgValueRange(name, value, reason) {
  return nodeError(RangeError, 'ERR_INVALID_ARG_VALUE', name, value, reason);
}
function illegalConstructor() {
  return new (codes().ERR_ILLEGAL_CONSTRUCTOR)();
}
function internalAssertion() {
  return new (codes().ERR_INTERNAL_ASSERTION)();
}

// Node validates an underlying source/sink/transformer method by binding it
// (FunctionPrototypeBind), so a non-function `start` fails with V8's message
// for that rather than ERR_INVALID_ARG_TYPE.
function bindError() {
  return new TypeError('Bind must be called on a function');
}
// What node's helpers throw when they call a non-callable through
// FunctionPrototypeCall (iterator methods, transformer.start).
function callError() {
  return new TypeError('FunctionPrototypeCall is not a function');
}
// Node reads its controller internals without a brand check; a foreign
// receiver fails on the destructuring with this V8 message.
function destructureError() {
  return new TypeError("Cannot destructure property 'stream' of 'controller[kState]' as it is undefined.");
}

// ---- promises -------------------------------------------------------------------

// Captured so user code replacing Promise.prototype.then cannot reach into the
// streams' own bookkeeping (node uses its primordials for the same reason).
const PromiseCtor = Promise;
const promiseAll = Promise.all.bind(Promise);
const promiseThen = Promise.prototype.then;
const promiseResolve = Promise.resolve.bind(Promise);
const promiseReject = Promise.reject.bind(Promise);

function then(promise, onFulfilled, onRejected) {
  return promiseThen.call(promise, onFulfilled, onRejected);
}

function noop() {}

// A promise resolved with `value`: a promise or thenable is followed (two
// microtasks later than PromiseResolve would hand it back), as node does
// with the results of start() and of some internal algorithms.
function resolveWith(value) {
  return new PromiseCtor((resolve) => resolve(value));
}

// `new Promise(executor)` with the Promise of start-up, not whatever the
// global names later.
function newPromise(executor) {
  return new PromiseCtor(executor);
}

// A promise nobody may be waiting on; attaching reactions keeps a rejection
// from being reported as unhandled. Node does the same, and the extra
// reaction is visible in microtask ordering, so it is kept as is.
function setHandled(promise) {
  promiseThen.call(promise, noop, noop);
}

// A promise with its settle functions and state, so the streams can tell
// "still pending" without an engine hook.
class Deferred {
  constructor() {
    this.state = 0; // 0 pending, 1 fulfilled, 2 rejected
    this.promise = new PromiseCtor((resolve, reject) => {
      this._resolve = resolve;
      this._reject = reject;
    });
  }

  resolve(value) {
    if (this.state !== 0) return;
    this.state = 1;
    this._resolve(value);
  }

  reject(reason) {
    if (this.state !== 0) return;
    this.state = 2;
    this._reject(reason);
  }
}

function resolvedDeferred(value) {
  const d = new Deferred();
  d.resolve(value);
  return d;
}

function rejectedDeferred(reason) {
  const d = new Deferred();
  d.reject(reason);
  setHandled(d.promise);
  return d;
}

// Calls an underlying source/sink method and always gets a promise back. A
// throw becomes a rejected promise; whatever is returned resolves a fresh
// promise, so a returned promise or thenable costs two extra microtasks, as
// in node (which runs these callbacks as async functions).
function callPromise(fn, thisArg, ...args) {
  let value;
  try {
    value = Reflect.apply(fn, thisArg, args);
  } catch (error) {
    return promiseReject(error);
  }
  return resolveWith(value);
}

// process.nextTick's queue (runs once the microtask queue is empty). Node's
// tee() closes its branches from there, which is observable, so it is kept.
let taskQueues;
function nextTick(fn) {
  taskQueues ??= require('internal/process/task_queues');
  taskQueues.nextTick(fn);
}

// ---- queue ----------------------------------------------------------------------

// FIFO with O(1) shift: an array and a head index, compacted as it drains.
class Queue {
  constructor() {
    this.items = [];
    this.head = 0;
  }

  get length() {
    return this.items.length - this.head;
  }

  push(value) {
    this.items.push(value);
  }

  shift() {
    const items = this.items;
    const value = items[this.head];
    items[this.head] = undefined;
    this.head++;
    if (this.head === items.length) {
      this.items = [];
      this.head = 0;
    } else if (this.head > 1024 && this.head * 2 > items.length) {
      this.items = items.slice(this.head);
      this.head = 0;
    }
    return value;
  }

  peek() {
    return this.items[this.head];
  }

  clear() {
    this.items = [];
    this.head = 0;
  }

  // Takes the entries out, leaving the queue empty.
  drain() {
    const out = this.head === 0 ? this.items : this.items.slice(this.head);
    this.items = [];
    this.head = 0;
    return out;
  }
}

// The spec's queue-with-sizes lives on controllers as `queue` (of {value, size})
// and `queueTotalSize`.
function enqueueValueWithSize(container, value, size) {
  size = +size;
  if (typeof size !== 'number' || size < 0 || size !== size || size === Infinity) {
    throw invalidArgValueRange('size', size);
  }
  container.queue.push({ value, size });
  container.queueTotalSize += size;
}

function dequeueValue(container) {
  const pair = container.queue.shift();
  container.queueTotalSize -= pair.size;
  // Float rounding must not leave a tiny negative total behind.
  if (container.queueTotalSize < 0) container.queueTotalSize = 0;
  return pair.value;
}

function peekQueueValue(container) {
  return container.queue.peek().value;
}

function resetQueue(container) {
  container.queue.clear();
  container.queueTotalSize = 0;
}

// ---- strategies -----------------------------------------------------------------

function extractHighWaterMark(highWaterMark, defaultHWM) {
  if (highWaterMark === undefined) return defaultHWM;
  highWaterMark = +highWaterMark;
  if (typeof highWaterMark !== 'number' || highWaterMark !== highWaterMark || highWaterMark < 0) {
    throw invalidArgValueRange('strategy.highWaterMark', highWaterMark);
  }
  return highWaterMark;
}

function defaultSize() {
  return 1;
}

function extractSizeAlgorithm(size) {
  if (size === undefined) return defaultSize;
  validators().validateFunction(size, 'strategy.size');
  return (chunk) => size(chunk);
}

// Node checks these dictionaries with validateObject allowing functions and
// arrays (and null where the WebIDL argument is nullable).
function validateDictionaryArg(value, name, nullable) {
  if (value === null && nullable) return;
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) {
    throw invalidArgType(name, 'Object', value);
  }
}

// An optional member that must be callable when present.
function optionalFunction(value, name) {
  if (value !== undefined && typeof value !== 'function') throw invalidArgType(name, 'Function', value);
  return value;
}

// ---- ArrayBuffers ---------------------------------------------------------------

const ArrayBufferProto = ArrayBuffer.prototype;
const nativeTransfer = ArrayBufferProto.transfer;
const detachedGetter = Object.getOwnPropertyDescriptor(ArrayBufferProto, 'detached')?.get;
const byteLengthGetter = Object.getOwnPropertyDescriptor(ArrayBufferProto, 'byteLength').get;
const TypedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTag = Object.getOwnPropertyDescriptor(TypedArrayProto, Symbol.toStringTag).get;

function isArrayBuffer(value) {
  try {
    byteLengthGetter.call(value);
    return true;
  } catch {
    return false;
  }
}

function isDetached(buffer) {
  if (detachedGetter !== undefined) return detachedGetter.call(buffer);
  // Without ES2024's `detached`: only a detached buffer refuses a view.
  try {
    new Uint8Array(buffer, 0, 0);
    return false;
  } catch {
    return true;
  }
}

// Moves the bytes to a new ArrayBuffer and detaches the old one, as the spec's
// TransferArrayBuffer. ES2024's transfer() where the engine has it; otherwise
// structured clone with a transfer list (node 20, used only for development).
function transferArrayBuffer(buffer) {
  if (nativeTransfer !== undefined) return nativeTransfer.call(buffer);
  return globalThis.structuredClone(buffer, { transfer: [buffer] });
}

function typedArrayName(view) {
  return typedArrayTag.call(view);
}

function isArrayBufferView(value) {
  return ArrayBuffer.isView(value);
}

const kElementSizes = {
  Int8Array: 1,
  Uint8Array: 1,
  Uint8ClampedArray: 1,
  Int16Array: 2,
  Uint16Array: 2,
  Int32Array: 4,
  Uint32Array: 4,
  Float16Array: 2,
  Float32Array: 4,
  Float64Array: 8,
  BigInt64Array: 8,
  BigUint64Array: 8,
};

function copyBytes(toBuffer, toIndex, fromBuffer, fromIndex, count) {
  new Uint8Array(toBuffer, toIndex, count).set(new Uint8Array(fromBuffer, fromIndex, count));
}

function cloneArrayBuffer(buffer, byteOffset, byteLength) {
  return buffer.slice(byteOffset, byteOffset + byteLength);
}

// ---- inspect --------------------------------------------------------------------

// How node prints these objects: `Name { ...data }`, one level shallower, and
// nothing at all (undefined) once the depth is used up.
function customInspect(name, data, depth, options, inspect) {
  if (depth < 0) return undefined;
  inspect ??= require('internal/util/inspect').inspect;
  const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
  return `${name} ${inspect(data, opts)}`;
}

const kInspect = Symbol.for('nodejs.util.inspect.custom');

module.exports = {
  Deferred,
  Queue,
  bindError,
  callError,
  callPromise,
  cloneArrayBuffer,
  codes,
  copyBytes,
  customInspect,
  dequeueValue,
  destructureError,
  enqueueValueWithSize,
  errors,
  extractHighWaterMark,
  extractSizeAlgorithm,
  illegalConstructor,
  internalAssertion,
  invalidArgType,
  invalidArgValue,
  invalidArgValueRange,
  invalidState,
  invalidThis,
  isArrayBuffer,
  isArrayBufferView,
  isDetached,
  kElementSizes,
  kInspect,
  nodeError,
  nextTick,
  noop,
  optionalFunction,
  peekQueueValue,
  newPromise,
  promiseAll,
  promiseReject,
  promiseResolve,
  resolveWith,
  rejectedDeferred,
  resetQueue,
  resolvedDeferred,
  setHandled,
  then,
  transferArrayBuffer,
  typedArrayName,
  validateDictionaryArg,
  validators,
};

// Node's web stream classes expose their methods and accessors as enumerable
// (WebIDL style) and most carry a toStringTag; class syntax makes neither.
function finishClass(Class, tag = Class.name) {
  for (const target of [Class.prototype, Class]) {
    for (const key of Object.getOwnPropertyNames(target)) {
      if (key === 'constructor' || key === 'prototype' || key === 'length' || key === 'name') continue;
      Object.defineProperty(target, key, { enumerable: true });
    }
  }
  if (tag !== null) {
    Object.defineProperty(Class.prototype, Symbol.toStringTag, {
      value: tag, writable: false, enumerable: false, configurable: true,
    });
  }
}
module.exports.finishClass = finishClass;
