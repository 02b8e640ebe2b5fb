'use strict';
// The `util` module.

const { inspect, format, formatWithOptions, stripVTControlCharacters } = require('internal/util/inspect');
const types = require('internal/util/types');

function codes() {
  return require('internal/errors').codes;
}

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw new (codes().ERR_INVALID_ARG_TYPE)('ctor', 'Function', ctor);
  if (superCtor === undefined || superCtor === null) throw new (codes().ERR_INVALID_ARG_TYPE)('superCtor', 'Function', superCtor);
  if (superCtor.prototype === undefined) throw new (codes().ERR_INVALID_ARG_TYPE)('superCtor.prototype', 'Object', superCtor.prototype);
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');

function promisify(original) {
  if (typeof original !== 'function') throw new (codes().ERR_INVALID_ARG_TYPE)('original', 'Function', original);
  if (original[kCustomPromisify]) {
    const fn = original[kCustomPromisify];
    if (typeof fn !== 'function') throw new (codes().ERR_INVALID_ARG_TYPE)('util.promisify.custom', 'Function', fn);
    return Object.defineProperty(fn, kCustomPromisify, { value: fn, enumerable: false, writable: false, configurable: true });
  }
  function fn(...args) {
    return new Promise((resolve, reject) => {
      Reflect.apply(original, this, [...args, (err, ...values) => {
        if (err) return reject(err);
        resolve(values[0]);
      }]);
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisify, { value: fn, enumerable: false, writable: false, configurable: true });
  return Object.defineProperties(fn, Object.getOwnPropertyDescriptors(original));
}
promisify.custom = kCustomPromisify;

function callbackify(original) {
  if (typeof original !== 'function') throw new (codes().ERR_INVALID_ARG_TYPE)('original', 'Function', original);
  function callbackified(...args) {
    const callback = args.pop();
    if (typeof callback !== 'function') throw new (codes().ERR_INVALID_ARG_TYPE)('last argument', 'Function', callback);
    const cb = (...a) => Reflect.apply(callback, this, a);
    Reflect.apply(original, this, args).then(
      (value) => globalThis.process.nextTick(cb, null, value),
      (reason) => {
        if (!reason) {
          const err = new (codes().ERR_FALSY_VALUE_REJECTION)(reason);
          err.reason = reason;
          reason = err;
        }
        globalThis.process.nextTick(cb, reason);
      });
  }
  const descriptors = Object.getOwnPropertyDescriptors(original);
  if (typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  return Object.defineProperties(callbackified, descriptors);
}

function isDeepStrictEqual(a, b) {
  return require('internal/util/comparisons').isDeepStrictEqual(a, b);
}

const warnedCodes = new Set();

function deprecate(fn, msg, code) {
  if (typeof fn !== 'function') throw new (codes().ERR_INVALID_ARG_TYPE)('fn', 'Function', fn);
  let warned = false;
  function deprecated(...args) {
    if (!warned && !globalThis.process.noDeprecation) {
      warned = true;
      if (code === undefined || !warnedCodes.has(code)) {
        if (code !== undefined) warnedCodes.add(code);
        globalThis.process.emitWarning(msg, 'DeprecationWarning', code, deprecated);
      }
    }
    return new.target ? Reflect.construct(fn, args, new.target) : Reflect.apply(fn, this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

const debugEnabled = new Map();

function debuglog(section, cb) {
  section = section.toUpperCase();
  let enabled = debugEnabled.get(section);
  if (enabled === undefined) {
    const spec = (globalThis.process.env.NODE_DEBUG || '').toUpperCase().split(/[\s,]+/).filter(Boolean);
    enabled = spec.some((p) => new RegExp('^' + p.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replace(/\*/g, '.*') + '$').test(section));
    debugEnabled.set(section, enabled);
  }
  const logger = (...args) => {
    if (!enabled) return;
    globalThis.process.stderr.write(`${section} ${globalThis.process.pid}: ${format(...args)}\n`);
  };
  Object.defineProperty(logger, 'enabled', { get: () => enabled, configurable: true, enumerable: true });
  if (typeof cb === 'function') cb(logger);
  return logger;
}

module.exports = {
  format,
  formatWithOptions,
  inspect,
  inherits,
  promisify,
  callbackify,
  deprecate,
  debuglog,
  debug: debuglog,
  isDeepStrictEqual,
  stripVTControlCharacters,
  types,
  isArray: Array.isArray,
  isBoolean: (v) => typeof v === 'boolean',
  isNull: (v) => v === null,
  isNullOrUndefined: (v) => v === null || v === undefined,
  isNumber: (v) => typeof v === 'number',
  isString: (v) => typeof v === 'string',
  isSymbol: (v) => typeof v === 'symbol',
  isUndefined: (v) => v === undefined,
  isRegExp: types.isRegExp,
  isObject: (v) => v !== null && typeof v === 'object',
  isDate: types.isDate,
  isError: (v) => types.isNativeError(v) || v instanceof Error,
  isFunction: (v) => typeof v === 'function',
  isPrimitive: (v) => v === null || (typeof v !== 'object' && typeof v !== 'function'),
};
