'use strict';
// util.types: answers "what kind of engine object is this?" the way V8's
// internal checks do in node, but using only standard ECMAScript.
//
// The principle: a built-in method or getter that reads an internal slot throws
// (or returns undefined) when its receiver lacks that slot. Calling it on the
// value is a brand check that works across realms, sees through subclasses and
// cannot be fooled by Symbol.toStringTag or a forged prototype chain.
// `instanceof` and Object.prototype.toString are used only where the language
// offers no such check; those spots say so.

const {
  getPrototypeOf, getOwnPropertyDescriptor, isExtensible,
  prototype: { toString: objectToString, isPrototypeOf },
} = Object;

// Reflect.apply rather than fn.call: user code may replace Function.prototype.call.
const { apply } = Reflect;

function getterOf(proto, name) {
  return getOwnPropertyDescriptor(proto, name).get;
}

// Captured once so later monkey-patching by user code cannot change answers.
const TypedArrayPrototype = getPrototypeOf(Uint8Array.prototype);
const typedArrayTag = getterOf(TypedArrayPrototype, Symbol.toStringTag);
const arrayBufferByteLength = getterOf(ArrayBuffer.prototype, 'byteLength');
const sharedArrayBufferByteLength = typeof SharedArrayBuffer === 'function' ?
  getterOf(SharedArrayBuffer.prototype, 'byteLength') : undefined;
// `buffer`, not `byteLength`: the latter throws for views on detached buffers.
const dataViewBuffer = getterOf(DataView.prototype, 'buffer');
const mapSize = getterOf(Map.prototype, 'size');
const setSize = getterOf(Set.prototype, 'size');
const weakMapHas = WeakMap.prototype.has;
const weakSetHas = WeakSet.prototype.has;
const weakRefDeref = typeof WeakRef === 'function' ? WeakRef.prototype.deref : undefined;
// RegExp.prototype itself is no RegExp but its `global` getter returns undefined
// instead of throwing; real regexps always answer with a boolean.
const regExpGlobal = getterOf(RegExp.prototype, 'global');
const dateGetTime = Date.prototype.getTime;
const numberValueOf = Number.prototype.valueOf;
const stringValueOf = String.prototype.valueOf;
const booleanValueOf = Boolean.prototype.valueOf;
const bigIntValueOf = BigInt.prototype.valueOf;
const symbolValueOf = Symbol.prototype.valueOf;
const isView = ArrayBuffer.isView;
const errorIsError = typeof Error.isError === 'function' ? Error.isError : undefined;

function isObjectLike(value) {
  return value !== null && (typeof value === 'object' || typeof value === 'function');
}

// Runs `fn` with `value` as receiver; true when that did not throw.
function accepts(fn, value, arg) {
  try {
    apply(fn, value, [arg]);
    return true;
  } catch {
    return false;
  }
}

function isProxy(value) {
  return isObjectLike(value) && bindings.proxyDetails(value) !== undefined;
}

function isDate(value) {
  return isObjectLike(value) && accepts(dateGetTime, value);
}

function isRegExp(value) {
  if (!isObjectLike(value)) return false;
  try {
    return typeof apply(regExpGlobal, value, []) === 'boolean';
  } catch {
    return false;
  }
}

function isMap(value) {
  return isObjectLike(value) && accepts(mapSize, value);
}

function isSet(value) {
  return isObjectLike(value) && accepts(setSize, value);
}

function isWeakMap(value) {
  return isObjectLike(value) && accepts(weakMapHas, value, {});
}

function isWeakSet(value) {
  return isObjectLike(value) && accepts(weakSetHas, value, {});
}

function isWeakRef(value) {
  return weakRefDeref !== undefined && isObjectLike(value) && accepts(weakRefDeref, value);
}

function isPromise(value) {
  // Promises have no side-effect-free brand check in the language (`then`
  // registers reactions), so this asks the engine.
  return isObjectLike(value) && !isProxy(value) && bindings.promiseState(value) !== undefined;
}

function typedArrayName(value) {
  return apply(typedArrayTag, value, []);
}

function isTypedArray(value) {
  return apply(typedArrayTag, value, []) !== undefined;
}

function isArrayBuffer(value) {
  return isObjectLike(value) && accepts(arrayBufferByteLength, value);
}

function isSharedArrayBuffer(value) {
  return sharedArrayBufferByteLength !== undefined && isObjectLike(value) &&
    accepts(sharedArrayBufferByteLength, value);
}

function isAnyArrayBuffer(value) {
  return isArrayBuffer(value) || isSharedArrayBuffer(value);
}

// ArrayBuffer.isView itself, as in node.
const isArrayBufferView = isView;

function isDataView(value) {
  return isObjectLike(value) && accepts(dataViewBuffer, value);
}

function isNumberObject(value) {
  return typeof value === 'object' && value !== null && accepts(numberValueOf, value);
}

function isStringObject(value) {
  return typeof value === 'object' && value !== null && accepts(stringValueOf, value);
}

function isBooleanObject(value) {
  return typeof value === 'object' && value !== null && accepts(booleanValueOf, value);
}

function isBigIntObject(value) {
  return typeof value === 'object' && value !== null && accepts(bigIntValueOf, value);
}

function isSymbolObject(value) {
  return typeof value === 'object' && value !== null && accepts(symbolValueOf, value);
}

function isBoxedPrimitive(value) {
  return isNumberObject(value) || isStringObject(value) || isBooleanObject(value) ||
    isBigIntObject(value) || isSymbolObject(value);
}

// Object.prototype.toString reports the internal class ("Error", "Arguments")
// unless a Symbol.toStringTag string overrides it; only that override can lie.
function hasBuiltinTag(value, tag) {
  // A proxy has no internal class; asking it would run its traps.
  if (isProxy(value)) return false;
  return typeof value[Symbol.toStringTag] !== 'string' &&
    apply(objectToString, value, []) === `[object ${tag}]`;
}

function isNativeError(value) {
  if (!isObjectLike(value)) return false;
  if (errorIsError !== undefined) return errorIsError(value);
  if (hasBuiltinTag(value, 'Error')) return true;
  // A tagged object could still be an error; no slot check exists before
  // Error.isError, so fall back to the prototype chain.
  return !isProxy(value) && typeof value[Symbol.toStringTag] === 'string' &&
    value instanceof Error;
}

function isArgumentsObject(value) {
  return typeof value === 'object' && value !== null && hasBuiltinTag(value, 'Arguments');
}

// Namespace objects have no brand check; their shape is unique enough: null
// prototype, not extensible, a fixed non-enumerable 'Module' tag.
function isModuleNamespaceObject(value) {
  if (typeof value !== 'object' || value === null || isProxy(value)) return false;
  if (getPrototypeOf(value) !== null || isExtensible(value)) return false;
  const desc = getOwnPropertyDescriptor(value, Symbol.toStringTag);
  return desc !== undefined && desc.value === 'Module' && desc.writable === false &&
    desc.enumerable === false && desc.configurable === false;
}

// Function kinds and generator/iterator objects have no brand check at all
// (calling them runs user code or advances them). The intrinsic prototypes are
// the next best thing; they are looked up on first use.
let kinds;
function intrinsicKinds() {
  if (kinds === undefined) {
    const asyncFn = getPrototypeOf(async function() {});
    const genFn = getPrototypeOf(function*() {});
    const asyncGenFn = getPrototypeOf(async function*() {});
    kinds = {
      asyncFn, genFn, asyncGenFn,
      generator: genFn.prototype,
      asyncGenerator: asyncGenFn.prototype,
      mapIterator: getPrototypeOf(new Map().entries()),
      setIterator: getPrototypeOf(new Set().values()),
    };
  }
  return kinds;
}

// The function's [[Prototype]] in this realm, or the tag that prototype carries
// when the function comes from another realm.
const functionKinds = new Set(['AsyncFunction', 'GeneratorFunction', 'AsyncGeneratorFunction']);
function functionKind(value) {
  if (typeof value !== 'function' || isProxy(value)) return '';
  const proto = getPrototypeOf(value);
  const k = intrinsicKinds();
  if (proto === k.asyncFn) return 'AsyncFunction';
  if (proto === k.genFn) return 'GeneratorFunction';
  if (proto === k.asyncGenFn) return 'AsyncGeneratorFunction';
  if (proto === null || proto === Function.prototype) return '';
  const desc = getOwnPropertyDescriptor(proto, Symbol.toStringTag);
  return desc !== undefined && functionKinds.has(desc.value) ? desc.value : '';
}

function isGeneratorFunction(value) {
  const kind = functionKind(value);
  return kind === 'GeneratorFunction' || kind === 'AsyncGeneratorFunction';
}

function isAsyncFunction(value) {
  // As in V8, async generator functions are async functions too.
  const kind = functionKind(value);
  return kind === 'AsyncFunction' || kind === 'AsyncGeneratorFunction';
}

function inheritsFrom(value, proto) {
  return typeof value === 'object' && value !== null && !isProxy(value) &&
    apply(isPrototypeOf, proto, [value]);
}

function isGeneratorObject(value) {
  const k = intrinsicKinds();
  return inheritsFrom(value, k.generator) || inheritsFrom(value, k.asyncGenerator);
}

function isMapIterator(value) {
  return inheritsFrom(value, intrinsicKinds().mapIterator);
}

function isSetIterator(value) {
  return inheritsFrom(value, intrinsicKinds().setIterator);
}

function isExternal() {
  return false;
}

// Named `value`, as node's (defined by property descriptors); crypto is loaded on
// first use only.
const isKeyObject = {
  value(value) {
    if (!isObjectLike(value)) return false;
    const { KeyObject } = require('crypto');
    return typeof KeyObject === 'function' && value instanceof KeyObject;
  },
}.value;

const isCryptoKey = {
  value(value) {
    if (!isObjectLike(value)) return false;
    const { CryptoKey } = globalThis;
    return typeof CryptoKey === 'function' && value instanceof CryptoKey;
  },
}.value;

function isUint8Array(value) { return apply(typedArrayTag, value, []) === 'Uint8Array'; }
function isUint8ClampedArray(value) { return apply(typedArrayTag, value, []) === 'Uint8ClampedArray'; }
function isUint16Array(value) { return apply(typedArrayTag, value, []) === 'Uint16Array'; }
function isUint32Array(value) { return apply(typedArrayTag, value, []) === 'Uint32Array'; }
function isInt8Array(value) { return apply(typedArrayTag, value, []) === 'Int8Array'; }
function isInt16Array(value) { return apply(typedArrayTag, value, []) === 'Int16Array'; }
function isInt32Array(value) { return apply(typedArrayTag, value, []) === 'Int32Array'; }
function isFloat32Array(value) { return apply(typedArrayTag, value, []) === 'Float32Array'; }
function isFloat64Array(value) { return apply(typedArrayTag, value, []) === 'Float64Array'; }
function isBigInt64Array(value) { return apply(typedArrayTag, value, []) === 'BigInt64Array'; }
function isBigUint64Array(value) { return apply(typedArrayTag, value, []) === 'BigUint64Array'; }

module.exports = {
  isExternal,
  isDate,
  isArgumentsObject,
  isBigIntObject,
  isBooleanObject,
  isNumberObject,
  isStringObject,
  isSymbolObject,
  isNativeError,
  isRegExp,
  isAsyncFunction,
  isGeneratorFunction,
  isGeneratorObject,
  isPromise,
  isMap,
  isSet,
  isMapIterator,
  isSetIterator,
  isWeakMap,
  isWeakSet,
  isArrayBuffer,
  isDataView,
  isSharedArrayBuffer,
  isProxy,
  isModuleNamespaceObject,
  isAnyArrayBuffer,
  isBoxedPrimitive,
  isArrayBufferView,
  isTypedArray,
  isUint8Array,
  isUint8ClampedArray,
  isUint16Array,
  isUint32Array,
  isInt8Array,
  isInt16Array,
  isInt32Array,
  isFloat32Array,
  isFloat64Array,
  isBigInt64Array,
  isBigUint64Array,
  isKeyObject,
  isCryptoKey,
};

// Extras for other host modules, kept non-enumerable so that the keys of
// util.types stay exactly node's.
Object.defineProperties(module.exports, {
  isWeakRef: { value: isWeakRef, writable: true, configurable: true },
  // The element type name ('Uint8Array', ...) or undefined for non-typed-arrays.
  typedArrayName: { value: typedArrayName, writable: true, configurable: true },
});
