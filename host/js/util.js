'use strict';
// The `util` module.

const { inspect, format, formatWithOptions, stripVTControlCharacters } = require('internal/util/inspect');
const types = require('internal/util/types');
const { defineLazyProperties, kCustomPromisifyArgsSymbol } = require('internal/util');

function codes() {
  return require('internal/errors').codes;
}

function validators() {
  return require('internal/validators');
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
  validators().validateFunction(original, 'original');
  if (original[kCustomPromisify]) {
    const fn = original[kCustomPromisify];
    validators().validateFunction(fn, 'util.promisify.custom');
    return Object.defineProperty(fn, kCustomPromisify, { value: fn, enumerable: false, writable: false, configurable: true });
  }
  // Functions whose callback gets several values name them (fs.read: bytesRead, buffer).
  const argumentNames = original[kCustomPromisifyArgsSymbol];
  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) return reject(err);
        if (argumentNames !== undefined && values.length > 1) {
          const obj = {};
          for (let i = 0; i < argumentNames.length; i++) obj[argumentNames[i]] = values[i];
          resolve(obj);
        } else {
          resolve(values[0]);
        }
      });
      Reflect.apply(original, this, args);
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisify, { value: fn, enumerable: false, writable: false, configurable: true });
  return Object.defineProperties(fn, Object.getOwnPropertyDescriptors(original));
}
promisify.custom = kCustomPromisify;

function callbackify(original) {
  validators().validateFunction(original, 'original');
  // The promise is not returned: the callback's fate is not the promise's.
  function callbackified(...args) {
    const maybeCb = args.pop();
    validators().validateFunction(maybeCb, 'last argument');
    const cb = maybeCb.bind(this);
    Reflect.apply(original, this, args).then(
      (value) => globalThis.process.nextTick(cb, null, value),
      (reason) => globalThis.process.nextTick(callbackifyOnRejected, reason, cb));
  }
  const descriptors = Object.getOwnPropertyDescriptors(original);
  if (typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  return Object.defineProperties(callbackified, descriptors);
}

// A callback's `null` error means success, so a falsy rejection is wrapped.
function callbackifyOnRejected(reason, cb) {
  if (!reason) {
    const err = new (codes().ERR_FALSY_VALUE_REJECTION)(reason);
    err.reason = reason;
    reason = err;
  }
  return cb(reason);
}

const warnedCodes = new Set();

function deprecate(fn, msg, code) {
  if (code !== undefined) validators().validateString(code, 'code');
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
  // As node: no check that fn is a function, so a bad fn fails here with the
  // engine's TypeError.
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

let debugPattern;
const debugImpls = { __proto__: null };

function debugEnabled(section) {
  if (debugPattern === undefined) {
    const env = globalThis.process.env.NODE_DEBUG;
    debugPattern = null;
    if (env) {
      const source = env.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replace(/\*/g, '.*').replace(/,/g, '$|^');
      debugPattern = new RegExp(`^${source}$`, 'i');
    }
  }
  return debugPattern !== null && debugPattern.test(section);
}

function debuglogImpl(enabled, section) {
  if (debugImpls[section] === undefined) {
    if (enabled) {
      const pid = globalThis.process.pid;
      if (section === 'HTTP' || section === 'HTTP2') {
        globalThis.process.emitWarning('Setting the NODE_DEBUG environment variable to \'' +
          section.toLowerCase() + '\' can expose sensitive data (such as passwords, tokens and authentication headers) in the resulting log.');
      }
      debugImpls[section] = function debug(...args) {
        const colors = shouldColorize(globalThis.process.stderr);
        const msg = formatWithOptions({ colors }, ...args);
        globalThis.process.stderr.write(format('%s %s: %s\n', section, inspect(pid, { colors }), msg));
      };
    } else {
      debugImpls[section] = function noop() {};
    }
  }
  return debugImpls[section];
}

// As node's: nothing is decided until the logger is first used (or `enabled` read),
// and only then is `cb` called, with the function that does the logging.
function debuglog(section, cb) {
  let enabled;
  const init = () => {
    section = section.toUpperCase();
    enabled = debugEnabled(section);
  };
  let debug = (...args) => {
    init();
    debug = debuglogImpl(enabled, section);
    if (typeof cb === 'function') cb(debug);
    return debug(...args);
  };
  let test = () => {
    init();
    test = () => enabled;
    return enabled;
  };
  const logger = (...args) => debug(...args);
  Object.defineProperty(logger, 'enabled', { get: () => test(), configurable: true, enumerable: true });
  return logger;
}

function escapeStyleCode(code) {
  return `\u001b[${code}m`;
}

function isStyleTarget(stream) {
  if (stream === null || typeof stream !== 'object') return false;
  const { isNodeStream } = require('internal/streams/utils');
  if (isNodeStream(stream)) return true;
  return stream instanceof globalThis.ReadableStream || stream instanceof globalThis.WritableStream;
}

function shouldColorize(stream) {
  if (globalThis.process.env.FORCE_COLOR !== undefined) {
    return require('tty').WriteStream.prototype.getColorDepth.call(stream) > 2;
  }
  return Boolean(stream?.isTTY) && (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true);
}

function styleText(format, text, { validateStream = true, stream = globalThis.process.stdout } = {}) {
  const v = validators();
  v.validateString(text, 'text');
  v.validateBoolean(validateStream, 'options.validateStream');
  if (validateStream && !isStyleTarget(stream)) {
    throw new (codes().ERR_INVALID_ARG_TYPE)('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  const colors = inspect.colors;
  // As node 20: a list of formats is applied whatever the stream.
  if (Array.isArray(format)) {
    let left = '';
    let right = '';
    for (const key of format) {
      const formatCodes = colors[key];
      if (formatCodes == null) v.validateOneOf(key, 'format', Object.keys(colors));
      left += escapeStyleCode(formatCodes[0]);
      right = `${escapeStyleCode(formatCodes[1])}${right}`;
    }
    return `${left}${text}${right}`;
  }
  const formatCodes = colors[format];
  if (formatCodes == null) v.validateOneOf(format, 'format', Object.keys(colors));
  if (validateStream && (!stream || !shouldColorize(stream))) return text;
  return `${escapeStyleCode(formatCodes[0])}${text}${escapeStyleCode(formatCodes[1])}`;
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function log(...args) {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
  globalThis.console.log('%s - %s', `${d.getDate()} ${months[d.getMonth()]} ${time}`, format(...args));
}

function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  let i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

function getSystemErrorName(err) {
  return require('internal/errors').getSystemErrorName(err);
}

function getSystemErrorMap() {
  return require('internal/errors').getSystemErrorMap();
}

function _errnoException(...args) {
  const { ErrnoException } = require('internal/errors');
  return ErrnoException(...args);
}

function _exceptionWithHostPort(...args) {
  const { ExceptionWithHostPort } = require('internal/errors');
  return ExceptionWithHostPort(...args);
}

// String.prototype.toWellFormed, which not every engine has yet.
function toUSVString(input) {
  return `${input}`.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

function isError(e) {
  return Object.prototype.toString.call(e) === '[object Error]' || e instanceof Error;
}

function isBuffer(value) {
  return require('buffer').Buffer.isBuffer(value);
}

let isDeepStrictEqualImpl;

async function aborted(signal, resource) {
  const v = validators();
  if (signal === undefined) throw new (codes().ERR_INVALID_ARG_TYPE)('signal', 'AbortSignal', signal);
  v.validateAbortSignal(signal, 'signal');
  v.validateObject(resource, 'resource', v.kValidateObjectAllowObjects);
  if (signal.aborted) return undefined;
  // Node holds `resource` weakly and drops the listener when it is collected; here
  // the listener simply lives until the signal aborts.
  return new Promise((resolve) => {
    signal.addEventListener('abort', resolve, { once: true });
  });
}

// A copy of the signal (same prototype and own properties), as node's
// makeTransferable makes; jsrig has no workers to transfer it to.
function transferableAbortSignal(signal) {
  const { AbortSignal } = require('internal/abort_controller');
  if (!(signal instanceof AbortSignal)) throw new (codes().ERR_INVALID_ARG_TYPE)('signal', 'AbortSignal', signal);
  return Object.create(Object.getPrototypeOf(signal), Object.getOwnPropertyDescriptors(signal));
}

function transferableAbortController() {
  const { AbortController } = require('internal/abort_controller');
  return new AbortController();
}

// The content of a .env file as an object (node's Dotenv parser).
function parseEnv(content) {
  validators().validateString(content, 'content');
  return require('internal/util/dotenv').parse(content);
}

// Node's order of keys.
module.exports = {
  _errnoException,
  _exceptionWithHostPort,
  _extend,
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  getSystemErrorMap,
  getSystemErrorName,
  inherits,
  inspect,
  isArray: Array.isArray,
  isBoolean: (v) => typeof v === 'boolean',
  isBuffer,
  isDeepStrictEqual(a, b) {
    isDeepStrictEqualImpl ??= require('internal/util/comparisons').isDeepStrictEqual;
    return isDeepStrictEqualImpl(a, b);
  },
  isNull: (v) => v === null,
  isNullOrUndefined: (v) => v === null || v === undefined,
  isNumber: (v) => typeof v === 'number',
  isString: (v) => typeof v === 'string',
  isSymbol: (v) => typeof v === 'symbol',
  isUndefined: (v) => v === undefined,
  isRegExp: types.isRegExp,
  isObject: (v) => v !== null && typeof v === 'object',
  isDate: types.isDate,
  isError,
  isFunction: (v) => typeof v === 'function',
  isPrimitive: (v) => v === null || (typeof v !== 'object' && typeof v !== 'function'),
  log,
  promisify,
  stripVTControlCharacters,
  toUSVString,
  // Getters, as node's (which load its abort_controller lazily).
  get transferableAbortSignal() {
    return transferableAbortSignal;
  },
  get transferableAbortController() {
    return transferableAbortController;
  },
  get aborted() {
    return aborted;
  },
  types,
  parseEnv,
};

defineLazyProperties(module.exports, 'internal/util/parse_args', ['parseArgs']);
defineLazyProperties(module.exports, 'internal/encoding', ['TextDecoder', 'TextEncoder']);
defineLazyProperties(module.exports, 'internal/mime', ['MIMEType', 'MIMEParams']);
