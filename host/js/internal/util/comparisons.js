'use strict';
// Deep equality as node 20's assert.deepEqual / assert.deepStrictEqual and
// util.isDeepStrictEqual decide it. Programs observe more than the boolean:
// which getters run and in what order, how cycles are cut short, where loose
// mode tolerates `==` and where it does not. tools/jsdev/check-comparisons.js
// compares results and property-access traces with node's on generated pairs.
//
// Shape of the walk:
//   innerDeepEqual()  primitives, prototypes (strict), tags, then one branch
//                     per kind of built-in object; most end in keyCheck().
//   keyCheck()        own enumerable keys (and symbols in strict mode), then
//                     cycle bookkeeping, then objEquiv().
//   objEquiv()        the values under those keys, then array elements or
//                     Set/Map entries.

const types = require('internal/util/types');

const {
  keys: objectKeys, is: objectIs, getPrototypeOf,
  getOwnPropertySymbols,
  prototype: { hasOwnProperty, propertyIsEnumerable, toString: objectToString },
} = Object;
const { apply, ownKeys } = Reflect;
const { isArray } = Array;
const numberIsNaN = Number.isNaN;
const dateGetTime = Date.prototype.getTime;
const numberValueOf = Number.prototype.valueOf;
const stringValueOf = String.prototype.valueOf;
const booleanValueOf = Boolean.prototype.valueOf;
const bigIntValueOf = BigInt.prototype.valueOf;
const symbolValueOf = Symbol.prototype.valueOf;

const hasOwn = (obj, key) => apply(hasOwnProperty, obj, [key]);
const isEnumerable = (obj, key) => apply(propertyIsEnumerable, obj, [key]);

// What objEquiv walks besides the keys.
const NO_ITERATION = 0;
const ARRAY = 1;
const SET = 2;
const MAP = 3;

function isArrayIndexKey(key) {
  if (typeof key !== 'string' || key.length === 0 || key.length > 10) return false;
  if (key === '0') return true;
  const first = key.charCodeAt(0);
  if (first < 49 || first > 57) return false;
  for (let i = 1; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return Number(key) < 4294967295;
}

// Own enumerable keys that are not element indices, strings before symbols
// (symbols only in strict mode): the extra properties of arrays and typed arrays.
function nonIndexKeys(obj, strict) {
  const out = [];
  for (const key of ownKeys(obj)) {
    if (typeof key === 'symbol' ? !strict : isArrayIndexKey(key)) continue;
    if (isEnumerable(obj, key)) out.push(key);
  }
  return out;
}

function sameBytes(a, aOffset, b, bOffset, length) {
  const x = new Uint8Array(a, aOffset, length);
  const y = new Uint8Array(b, bOffset, length);
  for (let i = 0; i < length; i++) {
    if (x[i] !== y[i]) return false;
  }
  return true;
}

// Through the public accessors, as node reads them (own overrides count).
function equalViews(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  return sameBytes(a.buffer, a.byteOffset, b.buffer, b.byteOffset, a.byteLength);
}

// Loose mode compares float arrays by value (0 == -0, NaN != NaN). The index
// runs up to byteLength, not length: the positions past the end read as
// undefined on both sides, which node tolerates, and so do we.
function equalFloatViews(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.byteLength; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

function equalBuffers(a, b) {
  return a.byteLength === b.byteLength && sameBytes(a, 0, b, 0, a.byteLength);
}

function equalBoxed(a, b) {
  if (types.isNumberObject(a)) {
    return types.isNumberObject(b) && objectIs(apply(numberValueOf, a, []), apply(numberValueOf, b, []));
  }
  if (types.isStringObject(a)) {
    return types.isStringObject(b) && apply(stringValueOf, a, []) === apply(stringValueOf, b, []);
  }
  if (types.isBooleanObject(a)) {
    return types.isBooleanObject(b) && apply(booleanValueOf, a, []) === apply(booleanValueOf, b, []);
  }
  if (types.isBigIntObject(a)) {
    return types.isBigIntObject(b) && apply(bigIntValueOf, a, []) === apply(bigIntValueOf, b, []);
  }
  return types.isSymbolObject(b) && apply(symbolValueOf, a, []) === apply(symbolValueOf, b, []);
}

const kKeyType = Symbol('kKeyType');
const kKeyObject = Symbol('kKeyObject');

// Node recognises WHATWG URL objects by shape, whatever class made them.
function looksLikeURL(value) {
  return Boolean(value?.href && value.protocol && value.auth === undefined && value.path === undefined);
}

function isErrorLike(value) {
  return types.isNativeError(value) || value instanceof Error;
}

// message and name are compared here only when not enumerable (enumerable
// ones are ordinary keys for keyCheck); the same for cause and errors, deeply.
function equalErrors(a, b, strict, memos) {
  if (!isErrorLike(b)) return false;
  for (const key of ['message', 'name']) {
    const enumerable = isEnumerable(a, key);
    if (enumerable !== isEnumerable(b, key)) return false;
    if (!enumerable && a[key] !== b[key]) return false;
  }
  for (const key of ['cause', 'errors']) {
    const enumerable = isEnumerable(a, key);
    if (enumerable !== isEnumerable(b, key)) return false;
    if (!enumerable && !innerDeepEqual(a[key], b[key], strict, memos)) return false;
  }
  return true;
}

function isSpecialObject(value) {
  return isArray(value) || types.isArrayBufferView(value) || types.isSet(value) ||
    types.isMap(value) || types.isDate(value) || types.isRegExp(value) ||
    types.isAnyArrayBuffer(value) || types.isBoxedPrimitive(value) || isErrorLike(value);
}

function innerDeepEqual(val1, val2, strict, memos) {
  if (val1 === val2) {
    return val1 !== 0 || !strict || objectIs(val1, val2);
  }

  if (strict) {
    if (typeof val1 !== 'object') {
      return typeof val1 === 'number' && numberIsNaN(val1) && numberIsNaN(val2);
    }
    if (typeof val2 !== 'object' || val1 === null || val2 === null) return false;
    if (getPrototypeOf(val1) !== getPrototypeOf(val2)) return false;
  } else {
    if (val1 === null || typeof val1 !== 'object') {
      if (val2 === null || typeof val2 !== 'object') {
        // eslint-disable-next-line eqeqeq
        return val1 == val2 || (numberIsNaN(val1) && numberIsNaN(val2));
      }
      return false;
    }
    if (val2 === null || typeof val2 !== 'object') return false;
  }

  const tag = apply(objectToString, val1, []);
  if (tag !== apply(objectToString, val2, [])) return false;

  if (isArray(val1)) {
    if (!isArray(val2) || val1.length !== val2.length) return false;
    const keys1 = nonIndexKeys(val1, strict);
    if (keys1.length !== nonIndexKeys(val2, strict).length) return false;
    return keyCheck(val1, val2, strict, memos, ARRAY, keys1);
  }
  if (tag === '[object Object]') {
    return keyCheck(val1, val2, strict, memos, NO_ITERATION);
  }
  if (types.isDate(val1)) {
    if (!types.isDate(val2) || apply(dateGetTime, val1, []) !== apply(dateGetTime, val2, [])) {
      return false;
    }
  } else if (types.isRegExp(val1)) {
    if (!types.isRegExp(val2) || val1.source !== val2.source || val1.flags !== val2.flags ||
        val1.lastIndex !== val2.lastIndex) {
      return false;
    }
  } else if (isErrorLike(val1)) {
    if (!equalErrors(val1, val2, strict, memos)) return false;
  } else if (types.isArrayBufferView(val1)) {
    if (!strict && (types.isFloat32Array(val1) || types.isFloat64Array(val1))) {
      if (!equalFloatViews(val1, val2)) return false;
    } else if (!equalViews(val1, val2)) {
      return false;
    }
    const keys1 = nonIndexKeys(val1, strict);
    if (keys1.length !== nonIndexKeys(val2, strict).length) return false;
    return keyCheck(val1, val2, strict, memos, NO_ITERATION, keys1);
  } else if (types.isSet(val1)) {
    if (!types.isSet(val2) || val1.size !== val2.size) return false;
    return keyCheck(val1, val2, strict, memos, SET);
  } else if (types.isMap(val1)) {
    if (!types.isMap(val2) || val1.size !== val2.size) return false;
    return keyCheck(val1, val2, strict, memos, MAP);
  } else if (types.isAnyArrayBuffer(val1)) {
    if (!types.isAnyArrayBuffer(val2) || !equalBuffers(val1, val2)) return false;
  } else if (types.isBoxedPrimitive(val1)) {
    if (!equalBoxed(val1, val2)) return false;
  } else if (isSpecialObject(val2)) {
    return false;
  } else if (val1[kKeyType] !== undefined || val1[kKeyObject] !== undefined) {
    // Node's KeyObject / CryptoKey checks; jsrig's objects never carry these
    // keys, but node reads them here, which a Proxy's get trap can observe.
    return false;
  } else if (looksLikeURL(val1)) {
    if (!looksLikeURL(val2) || val1.href !== val2.href) return false;
  }
  return keyCheck(val1, val2, strict, memos, NO_ITERATION);
}

// Strict mode: the enumerable own symbols must match too. They are appended to
// `keys` so objEquiv compares their values. When both objects have as many
// symbols in total, node skips the count of enumerable ones; kept as it is.
function symbolKeysMatch(val1, val2, keys) {
  const symbols1 = getOwnPropertySymbols(val1);
  if (symbols1.length === 0) {
    const symbols2 = getOwnPropertySymbols(val2);
    for (const key of symbols2) {
      if (isEnumerable(val2, key)) return false;
    }
    return true;
  }
  let count = 0;
  for (const key of symbols1) {
    if (isEnumerable(val1, key)) {
      if (!isEnumerable(val2, key)) return false;
      keys.push(key);
      count++;
    } else if (isEnumerable(val2, key)) {
      return false;
    }
  }
  const symbols2 = getOwnPropertySymbols(val2);
  if (symbols1.length !== symbols2.length) {
    let count2 = 0;
    for (const key of symbols2) {
      if (isEnumerable(val2, key)) count2++;
    }
    if (count2 !== count) return false;
  }
  return true;
}

// `keys` is given for arrays and typed arrays (their non-index keys, symbols
// included in strict mode); otherwise the enumerable own string keys are used.
function keyCheck(val1, val2, strict, memos, iteration, keys) {
  const own = keys === undefined;
  if (own) keys = objectKeys(val1);
  for (let i = 0; i < keys.length; i++) {
    if (!isEnumerable(val2, keys[i])) return false;
  }
  if (own && keys.length !== objectKeys(val2).length) return false;
  if (strict && own && !symbolKeysMatch(val1, val2, keys)) return false;

  if (keys.length === 0 &&
      (iteration === NO_ITERATION || (iteration === ARRAY && val1.length === 0) || val1.size === 0)) {
    return true;
  }

  // Cycles. The outermost pair and the next one are tracked in slots; from the
  // third level on, the objects on the current path go into a set that starts
  // with whatever the slots hold then (possibly a finished second-level pair:
  // node keeps those, which makes later comparisons of them succeed at once).
  // A pair whose two objects are both on record counts as equal. A pair found
  // unequal stays on record too, except while Set/Map entries are being
  // paired off by trial (`trial` > 0), as in node: it shows where loose
  // matching goes on after a failed comparison.
  if (memos === undefined) {
    memos = { set: undefined, a: val1, b: val2, c: undefined, d: undefined, deep: false, trial: 0 };
    return objEquiv(val1, val2, strict, keys, memos, iteration);
  }
  if (memos.set === undefined) {
    if (!memos.deep) {
      if (memos.a === val1 && memos.b === val2) return true;
      memos.c = val1;
      memos.d = val2;
      memos.deep = true;
      const result = objEquiv(val1, val2, strict, keys, memos, iteration);
      memos.deep = false;
      return result;
    }
    memos.set = new Set([memos.a, memos.b, memos.c, memos.d]);
  }
  const set = memos.set;
  const before = set.size;
  set.add(val1);
  set.add(val2);
  if (set.size === before) return true;
  const result = objEquiv(val1, val2, strict, keys, memos, iteration);
  if (result || memos.trial > 0) {
    set.delete(val1);
    set.delete(val2);
  }
  return result;
}

function objEquiv(a, b, strict, keys, memos, iteration) {
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (!innerDeepEqual(a[key], b[key], strict, memos)) return false;
  }
  if (iteration === ARRAY) return arrayEquiv(a, b, strict, memos);
  if (iteration === SET) return setEquiv(a, b, strict, memos);
  if (iteration === MAP) return mapEquiv(a, b, strict, memos);
  return true;
}

function arrayEquiv(a, b, strict, memos) {
  for (let i = 0; i < a.length; i++) {
    if (hasOwn(a, i)) {
      if (!hasOwn(b, i) || !innerDeepEqual(a[i], b[i], strict, memos)) return false;
    } else if (hasOwn(b, i)) {
      return false;
    } else {
      // A hole in both: from here on compare by keys (all of them, indices
      // and others alike), continuing at the same position in a's key list.
      const keysA = objectKeys(a);
      for (; i < keysA.length; i++) {
        const key = keysA[i];
        if (!hasOwn(b, key) || !innerDeepEqual(a[key], b[key], strict, memos)) return false;
      }
      return keysA.length === objectKeys(b).length;
    }
  }
  return true;
}

// ---- Set and Map ----------------------------------------------------------------
//
// Primitives are looked up directly. Objects (and in loose mode, primitives
// that only match loosely) are collected and paired off by deep comparison.

// For a primitive missing from the other collection: what could still match it
// loosely. `true`: any number of things, go and look; `false`: nothing;
// otherwise the single value to look up (null <-> undefined).
function looseCounterpart(prim) {
  switch (typeof prim) {
    case 'undefined':
      return null;
    case 'object':
      return undefined;
    case 'symbol':
      return false;
    case 'string':
      prim = +prim;
      // falls through
    case 'number':
      if (numberIsNaN(prim)) return false;
  }
  return true;
}

function setMightHaveLoose(a, b, prim) {
  const alt = looseCounterpart(prim);
  if (alt != null) return alt;
  return b.has(alt) && !a.has(alt);
}

function takeDeepEqual(set, value, strict, memos) {
  memos.trial++;
  try {
    for (const candidate of set) {
      if (innerDeepEqual(candidate, value, strict, memos)) {
        set.delete(candidate);
        return true;
      }
    }
    return false;
  } finally {
    memos.trial--;
  }
}

// Values present in both (by identity, or SameValueZero for primitives) are
// skipped; the rest of `a` is paired off against the rest of `b`.
function setEquiv(a, b, strict, memos) {
  let pending = null;
  for (const value of a) {
    if (b.has(value)) continue;
    if ((typeof value !== 'object' || value === null) && (strict || !setMightHaveLoose(a, b, value))) {
      return false;
    }
    if (pending === null) {
      // One element each: compared directly, not by trial.
      if (b.size === 1) return innerDeepEqual(value, b.values().next().value, strict, memos);
      pending = new Set();
    }
    pending.add(value);
  }
  if (pending === null) return true;
  for (const value of b) {
    if (a.has(value)) continue;
    // Strict mode: a primitive missing from `a` just leaves something unpaired.
    if ((typeof value !== 'object' || value === null) && strict) continue;
    if (!takeDeepEqual(pending, value, strict, memos)) return false;
  }
  return pending.size === 0;
}

function mapMightHaveLoose(a, b, prim, item, memos) {
  const alt = looseCounterpart(prim);
  if (alt != null) return alt;
  const other = b.get(alt);
  if ((other === undefined && !b.has(alt)) || !innerDeepEqual(item, other, false, memos)) {
    return false;
  }
  return !a.has(alt) && innerDeepEqual(item, other, false, memos);
}

// Every candidate key is tried, not just the first deep-equal one: entries
// like [{}, 'a'] and [{}, 'b'] must pair up by value as well.
function takeEqualEntry(pending, map, key, item, strict, memos) {
  memos.trial++;
  try {
    for (const candidate of pending) {
      if (innerDeepEqual(candidate, key, strict, memos) &&
          innerDeepEqual(map.get(candidate), item, strict, memos)) {
        pending.delete(candidate);
        return true;
      }
    }
    return false;
  } finally {
    memos.trial--;
  }
}

function mapEquiv(a, b, strict, memos) {
  let pending = null;
  for (const { 0: key, 1: item } of a) {
    if (typeof key === 'object' && key !== null) {
      // One entry each: compared directly, not by trial.
      if (pending === null && b.size === 1) {
        const { 0: otherKey, 1: otherItem } = b.entries().next().value;
        return innerDeepEqual(key, otherKey, strict, memos) && innerDeepEqual(item, otherItem, strict, memos);
      }
      pending ??= new Set();
      pending.add(key);
    } else {
      const other = b.get(key);
      if ((other === undefined && !b.has(key)) || !innerDeepEqual(item, other, strict, memos)) {
        if (strict) return false;
        if (!mapMightHaveLoose(a, b, key, item, memos)) return false;
        pending ??= new Set();
        pending.add(key);
      }
    }
  }
  if (pending === null) return true;
  for (const { 0: key, 1: item } of b) {
    if (typeof key === 'object' && key !== null) {
      if (!takeEqualEntry(pending, a, key, item, strict, memos)) return false;
    } else if (!strict && (!a.has(key) || !innerDeepEqual(a.get(key), item, false, memos)) &&
               !takeEqualEntry(pending, a, key, item, false, memos)) {
      return false;
    }
  }
  return pending.size === 0;
}

function isDeepEqual(val1, val2) {
  return innerDeepEqual(val1, val2, false);
}

function isDeepStrictEqual(val1, val2) {
  return innerDeepEqual(val1, val2, true);
}

module.exports = {
  isDeepEqual,
  isDeepStrictEqual,
};
