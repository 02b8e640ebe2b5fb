'use strict';
// structuredClone: the HTML structured clone algorithm as node 20 runs it (V8's
// ValueSerializer behind node's C++ messaging code), for the values a JS-only
// runtime can hold. What node's serializer refuses, this refuses with the same
// DataCloneError message; what it keeps or drops, this keeps or drops.

const types = () => require('internal/util/types');

const { getOwnPropertyDescriptor, getPrototypeOf, hasOwn, keys: objectKeys, defineProperty } = Object;
const objectToString = Object.prototype.toString;
const errorToString = Error.prototype.toString;
const functionToString = Function.prototype.toString;
const arrayBufferSlice = ArrayBuffer.prototype.slice;
const arrayBufferTransfer = ArrayBuffer.prototype.transfer;
const detachedGetter = getOwnPropertyDescriptor(ArrayBuffer.prototype, 'detached')?.get;
const resizableGetter = getOwnPropertyDescriptor(ArrayBuffer.prototype, 'resizable')?.get;
const byteLengthGetter = getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
const typedArrayProto = getPrototypeOf(Uint8Array.prototype);
const typedArrayTag = getOwnPropertyDescriptor(typedArrayProto, Symbol.toStringTag).get;
const typedArrayBuffer = getOwnPropertyDescriptor(typedArrayProto, 'buffer').get;
const typedArrayOffset = getOwnPropertyDescriptor(typedArrayProto, 'byteOffset').get;
const typedArrayLength = getOwnPropertyDescriptor(typedArrayProto, 'length').get;
const dataViewBuffer = getOwnPropertyDescriptor(DataView.prototype, 'buffer').get;
const dataViewOffset = getOwnPropertyDescriptor(DataView.prototype, 'byteOffset').get;
const dataViewLength = getOwnPropertyDescriptor(DataView.prototype, 'byteLength').get;

// The constructors a cloned error can get, by the original's `name`; anything
// else becomes a plain Error (as V8 does). Captured before user code runs.
const errorCtors = { __proto__: null, Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError };
const typedArrayCtors = {
  __proto__: null, Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  Float32Array, Float64Array, BigInt64Array, BigUint64Array,
};

function dataCloneError(message) {
  const { DOMException } = require('internal/dom_exception');
  return new DOMException(message, 'DataCloneError');
}

// Node raises these from C++: a plain TypeError with an own `code`.
function nativeTypeError(code, message) {
  const err = new TypeError(message);
  err.code = code;
  return err;
}

function isDetached(buffer) {
  if (detachedGetter !== undefined) return Reflect.apply(detachedGetter, buffer, []);
  return false;
}

function isResizable(buffer) {
  return resizableGetter !== undefined && Reflect.apply(resizableGetter, buffer, []);
}

// An own or inherited data property, read without running getters or traps.
function dataProperty(object, key) {
  for (let o = object; o !== null; o = getPrototypeOf(o)) {
    if (types().isProxy(o)) return undefined;
    const desc = getOwnPropertyDescriptor(o, key);
    if (desc !== undefined) return 'value' in desc ? desc.value : undefined;
  }
  return undefined;
}

// V8's side-effect-free rendering of a value in "... could not be cloned.".
function describe(value) {
  if (typeof value === 'function') {
    return types().isProxy(value) ? 'function () { [native code] }' : Reflect.apply(functionToString, value, []);
  }
  if (typeof value === 'symbol') return String(value);
  let target = value;
  // A proxy is described by its target, which V8 reads without traps.
  const details = types().isProxy(value) ? bindings.proxyDetails(value) : undefined;
  if (details !== undefined) target = Array.isArray(details) ? details[0] : details;
  if (target === null || typeof target !== 'object') return '#<Object>';
  const toString = dataProperty(target, 'toString');
  if (types().isNativeError(target) || toString === errorToString) {
    const name = dataProperty(target, 'name');
    const message = dataProperty(target, 'message');
    const n = name === undefined ? 'Error' : String(name);
    const m = message === undefined ? '' : String(message);
    return n === '' ? m : m === '' ? n : `${n}: ${m}`;
  }
  if (toString === objectToString) {
    const ctor = dataProperty(target, 'constructor');
    if (typeof ctor === 'function') {
      const name = dataProperty(ctor, 'name');
      if (typeof name === 'string' && name !== '') return `#<${name}>`;
    }
  }
  const tag = dataProperty(target, Symbol.toStringTag);
  if (typeof tag === 'string') return `[object ${tag}]`;
  return `[object ${className(target)}]`;
}

// V8's class name of an object: its kind of internal slots, not its prototype.
function className(value) {
  const t = types();
  if (t.isWeakMap(value)) return 'WeakMap';
  if (t.isWeakSet(value)) return 'WeakSet';
  if (t.isMap(value)) return 'Map';
  if (t.isSet(value)) return 'Set';
  if (t.isPromise(value)) return 'Promise';
  if (t.isWeakRef?.(value)) return 'WeakRef';
  // Without a toStringTag, Object.prototype.toString names the builtin kind.
  return Reflect.apply(objectToString, value, []).slice(8, -1);
}

function cannotClone(value) {
  return dataCloneError(`${describe(value)} could not be cloned.`);
}

// options.transfer as node reads it: an iterable, or an object whose own
// `transfer` is one (the postMessage form), else no transfers.
function readTransferList(options) {
  if (options === undefined || options === null) return [];
  if (typeof options !== 'object' && typeof options !== 'function') {
    throw nativeTypeError('ERR_INVALID_ARG_TYPE', 'The options argument must be either an object or undefined');
  }
  const list = options.transfer;
  if (list === undefined || list === null) return [];
  if (typeof list !== 'object' && typeof list !== 'function') {
    throw nativeTypeError('ERR_INVALID_ARG_TYPE', 'Optional transferList argument must be an iterable');
  }
  const read = (iterable) => {
    if (Array.isArray(iterable)) return Array.from({ length: iterable.length }, (_, i) => iterable[i]);
    const method = iterable[Symbol.iterator];
    if (typeof method !== 'function') return undefined;
    return [...{ [Symbol.iterator]: () => Reflect.apply(method, iterable, []) }];
  };
  let entries = read(list);
  if (entries === undefined) {
    const inner = list.transfer;
    if (inner === undefined) return [];
    entries = (inner !== null && typeof inner === 'object') ? read(inner) : undefined;
    if (entries === undefined) {
      throw nativeTypeError('ERR_INVALID_ARG_TYPE', 'Optional options.transfer argument must be an iterable');
    }
  }
  return entries;
}

function copyBuffer(buffer) {
  if (!isResizable(buffer)) return Reflect.apply(arrayBufferSlice, buffer, [0]);
  const out = new ArrayBuffer(Reflect.apply(byteLengthGetter, buffer, []), { maxByteLength: buffer.maxByteLength });
  new Uint8Array(out).set(new Uint8Array(buffer));
  return out;
}

function structuredClone(value = undefined, options = undefined) {
  if (arguments.length === 0) {
    throw nativeTypeError('ERR_MISSING_ARGS', 'The value argument must be specified');
  }
  const t = types();
  // Transferred buffers: original -> the buffer the clone gets. The contents are
  // moved once the whole value has been cloned; a failure leaves them in place.
  const transfers = new Map();
  for (const entry of readTransferList(options)) {
    if (entry === null || (typeof entry !== 'object' && typeof entry !== 'function') || !t.isArrayBuffer(entry)) {
      throw nativeTypeError('ERR_INVALID_TRANSFER_OBJECT', 'Found invalid object in transferList');
    }
    if (transfers.has(entry)) throw dataCloneError('Transfer list contains duplicate ArrayBuffer');
    transfers.set(entry, isDetached(entry) ? new ArrayBuffer(0) : copyBuffer(entry));
  }
  const memory = new Map();

  function cloneBuffer(buffer) {
    if (transfers.has(buffer)) return transfers.get(buffer);
    if (memory.has(buffer)) return memory.get(buffer);
    if (isDetached(buffer)) throw dataCloneError('An ArrayBuffer is detached and could not be cloned.');
    const out = copyBuffer(buffer);
    memory.set(buffer, out);
    return out;
  }

  function cloneProperties(source, target) {
    for (const key of objectKeys(source)) {
      // A getter may have deleted a later property; V8 then skips it.
      if (!hasOwn(source, key)) continue;
      target[key] = clone(source[key]);
    }
    return target;
  }

  function cloneError(source) {
    let name = source.name;
    name = name === undefined ? 'Error' : String(name);
    const Ctor = errorCtors[name] ?? Error;
    const messageDesc = getOwnPropertyDescriptor(source, 'message');
    const message = messageDesc !== undefined && 'value' in messageDesc ? String(messageDesc.value) : undefined;
    const stack = source.stack;
    const causeDesc = getOwnPropertyDescriptor(source, 'cause');
    // A real error object (util.types.isNativeError), stripped of whatever its
    // engine put on it, then given node's own properties in node's order.
    const out = new Ctor();
    for (const key of Reflect.ownKeys(out)) delete out[key];
    memory.set(source, out);
    defineProperty(out, 'stack', { value: typeof stack === 'string' ? stack : undefined, writable: true, enumerable: false, configurable: true });
    if (message !== undefined) defineProperty(out, 'message', { value: message, writable: true, enumerable: false, configurable: true });
    if (causeDesc !== undefined && 'value' in causeDesc) {
      defineProperty(out, 'cause', { value: clone(causeDesc.value), writable: true, enumerable: false, configurable: true });
    }
    return out;
  }

  function cloneView(view) {
    if (t.isDataView(view)) {
      const buffer = Reflect.apply(dataViewBuffer, view, []);
      if (isDetached(buffer) && !transfers.has(buffer)) throw dataCloneError('An ArrayBuffer is detached and could not be cloned.');
      const offset = Reflect.apply(dataViewOffset, view, []);
      const length = Reflect.apply(dataViewLength, view, []);
      return new DataView(cloneBuffer(buffer), offset, length);
    }
    const buffer = Reflect.apply(typedArrayBuffer, view, []);
    if (isDetached(buffer) && !transfers.has(buffer)) throw dataCloneError('An ArrayBuffer is detached and could not be cloned.');
    const offset = Reflect.apply(typedArrayOffset, view, []);
    const length = Reflect.apply(typedArrayLength, view, []);
    // A Buffer (or any subclass) comes back as its base typed array.
    const Ctor = typedArrayCtors[Reflect.apply(typedArrayTag, view, [])];
    return new Ctor(cloneBuffer(buffer), offset, length);
  }

  function clone(v) {
    if (typeof v === 'symbol') throw cannotClone(v);
    if (typeof v === 'function') throw cannotClone(v);
    if (v === null || typeof v !== 'object') return v;
    if (memory.has(v)) return memory.get(v);
    if (t.isProxy(v)) throw cannotClone(v);
    let out;
    if (Array.isArray(v)) {
      out = new Array(v.length);
      memory.set(v, out);
      return cloneProperties(v, out);
    }
    if (t.isBoxedPrimitive(v)) {
      if (t.isSymbolObject(v)) throw cannotClone(v);
      if (t.isNumberObject(v)) out = Object(Number.prototype.valueOf.call(v));
      else if (t.isStringObject(v)) out = Object(String.prototype.valueOf.call(v));
      else if (t.isBooleanObject(v)) out = Object(Boolean.prototype.valueOf.call(v));
      else out = Object(BigInt.prototype.valueOf.call(v));
    } else if (t.isDate(v)) {
      out = new Date(Date.prototype.getTime.call(v));
    } else if (t.isRegExp(v)) {
      out = new RegExp(v.source, v.flags);
    } else if (t.isArrayBuffer(v)) {
      return cloneBuffer(v);
    } else if (t.isSharedArrayBuffer(v)) {
      out = v;
    } else if (ArrayBuffer.isView(v)) {
      out = cloneView(v);
    } else if (t.isMap(v)) {
      out = new Map();
      memory.set(v, out);
      // V8 snapshots the entries first: changes made by getters do not count.
      const entries = [...Map.prototype.entries.call(v)];
      for (const [k, val] of entries) {
        const ck = clone(k);
        Map.prototype.set.call(out, ck, clone(val));
      }
      return out;
    } else if (t.isSet(v)) {
      out = new Set();
      memory.set(v, out);
      for (const k of [...Set.prototype.values.call(v)]) Set.prototype.add.call(out, clone(k));
      return out;
    } else if (t.isNativeError(v)) {
      return cloneError(v);
    } else if (isBlob(v)) {
      // Blobs are immutable: a new Blob over the same bytes (a File comes back as a Blob).
      const { Blob } = require('buffer');
      out = new Blob([v], { type: v.type });
    } else if (isUncloneable(t, v)) {
      throw cannotClone(v);
    } else {
      out = {};
      memory.set(v, out);
      return cloneProperties(v, out);
    }
    memory.set(v, out);
    return out;
  }

  const result = clone(value);
  for (const buffer of transfers.keys()) {
    if (!isDetached(buffer) && arrayBufferTransfer !== undefined) Reflect.apply(arrayBufferTransfer, buffer, []);
  }
  return result;
}

function isBlob(value) {
  const { Blob } = require('buffer');
  return typeof Blob === 'function' && value instanceof Blob;
}

// Engine objects V8's serializer has no case for: everything that is not an
// ordinary object, array, or one of the types handled above.
let exoticProtos;
function isUncloneable(t, value) {
  if (t.isWeakMap(value) || t.isWeakSet(value) || t.isPromise(value) || t.isArgumentsObject(value) ||
      t.isGeneratorObject(value) || t.isMapIterator(value) || t.isSetIterator(value) ||
      t.isModuleNamespaceObject(value) || value === globalThis) {
    return true;
  }
  if (typeof WeakRef === 'function' && t.isWeakRef?.(value)) return true;
  exoticProtos ??= [
    getPrototypeOf([][Symbol.iterator]()),
    getPrototypeOf(''[Symbol.iterator]()),
    getPrototypeOf(/x/[Symbol.matchAll]('')),
    typeof FinalizationRegistry === 'function' ? FinalizationRegistry.prototype : null,
    typeof WeakRef === 'function' ? WeakRef.prototype : null,
  ].filter(Boolean);
  for (const proto of exoticProtos) {
    if (Object.prototype.isPrototypeOf.call(proto, value)) return true;
  }
  return false;
}

module.exports = { structuredClone };
