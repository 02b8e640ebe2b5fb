'use strict';
// structuredClone: the HTML structured clone algorithm for the values a JS-only
// runtime can hold (no platform objects beyond Blob and errors).

function DataCloneError(message) {
  const { DOMException } = require('internal/dom_exception');
  return new DOMException(message, 'DataCloneError');
}

const types = () => require('internal/util/types');

const errorCtors = { Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError };

function structuredClone(value, options = undefined) {
  if (arguments.length === 0) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_MISSING_ARGS('value');
  }
  const transfer = options && options.transfer ? [...options.transfer] : [];
  const memory = new Map();
  const t = types();

  const clone = (v) => {
    if (v === null || (typeof v !== 'object' && typeof v !== 'function')) {
      if (typeof v === 'symbol') throw DataCloneError(`${String(v)} could not be cloned.`);
      return v;
    }
    if (typeof v === 'function') throw DataCloneError(`${v.toString().slice(0, 60)} could not be cloned.`);
    if (memory.has(v)) return memory.get(v);
    let out;
    if (t.isBooleanObject(v)) out = Object(Boolean.prototype.valueOf.call(v));
    else if (t.isNumberObject(v)) out = Object(Number.prototype.valueOf.call(v));
    else if (t.isStringObject(v)) out = Object(String.prototype.valueOf.call(v));
    else if (t.isBigIntObject(v)) out = Object(BigInt.prototype.valueOf.call(v));
    else if (t.isSymbolObject(v)) throw DataCloneError('Symbol object could not be cloned.');
    else if (t.isDate(v)) out = new Date(v.getTime());
    else if (t.isRegExp(v)) out = new RegExp(v.source, v.flags);
    else if (t.isArrayBuffer(v)) {
      out = transfer.includes(v) ? v : v.slice(0);
    } else if (t.isSharedArrayBuffer(v)) out = v;
    else if (ArrayBuffer.isView(v)) {
      const buffer = clone(v.buffer);
      if (t.isDataView(v)) out = new DataView(buffer, v.byteOffset, v.byteLength);
      else out = new v.constructor(buffer, v.byteOffset, v.length);
      if (typeof require('buffer').Buffer === 'function' && v instanceof require('buffer').Buffer) {
        out = new Uint8Array(buffer, v.byteOffset, v.length);
      }
    } else if (t.isMap(v)) {
      out = new Map();
      memory.set(v, out);
      for (const [k, val] of v) out.set(clone(k), clone(val));
      return out;
    } else if (t.isSet(v)) {
      out = new Set();
      memory.set(v, out);
      for (const k of v) out.add(clone(k));
      return out;
    } else if (t.isNativeError(v)) {
      const name = errorCtors[v.name] ? v.name : 'Error';
      out = Object.create(errorCtors[name].prototype);
      memory.set(v, out);
      Object.defineProperty(out, 'message', { value: String(v.message), writable: true, configurable: true });
      if (typeof v.stack === 'string') Object.defineProperty(out, 'stack', { value: v.stack, writable: true, configurable: true });
      if ('cause' in v) Object.defineProperty(out, 'cause', { value: clone(v.cause), writable: true, configurable: true });
      return out;
    } else if (t.isPromise(v) || t.isWeakMap(v) || t.isWeakSet(v) || t.isProxy(v)) {
      throw DataCloneError(`#<${v.constructor ? v.constructor.name : 'Object'}> could not be cloned.`);
    } else if (Array.isArray(v)) {
      out = new Array(v.length);
      memory.set(v, out);
      for (const k of Object.keys(v)) out[k] = clone(v[k]);
      return out;
    } else {
      const { Blob } = require('buffer');
      if (Blob && v instanceof Blob) return v;
      out = {};
      memory.set(v, out);
      for (const k of Object.keys(v)) out[k] = clone(v[k]);
      return out;
    }
    memory.set(v, out);
    return out;
  };
  return clone(value);
}

module.exports = { structuredClone };
