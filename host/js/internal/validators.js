'use strict';
// The argument checks node's modules run on their inputs, throwing node's exact
// ERR_INVALID_ARG_TYPE / ERR_INVALID_ARG_VALUE / ERR_OUT_OF_RANGE errors.

// The error classes are looked up when thrown: `codes` makes them on first use.
const { codes } = require('internal/errors');

// Linux's signal numbers, as os.constants.signals (in that order).
const signals = Object.freeze(Object.assign(Object.create(null), {
  SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGIOT: 6, SIGBUS: 7,
  SIGFPE: 8, SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14,
  SIGTERM: 15, SIGCHLD: 17, SIGSTKFLT: 16, SIGCONT: 18, SIGSTOP: 19, SIGTSTP: 20, SIGTTIN: 21,
  SIGTTOU: 22, SIGURG: 23, SIGXCPU: 24, SIGXFSZ: 25, SIGVTALRM: 26, SIGPROF: 27, SIGWINCH: 28,
  SIGIO: 29, SIGPOLL: 29, SIGPWR: 30, SIGSYS: 31,
}));

function isInt32(value) {
  return value === (value | 0);
}

function isUint32(value) {
  return value === (value >>> 0);
}

const kOctal = /^[0-7]+$/;
const kModeDesc = 'must be a 32-bit unsigned integer or an octal string';

// A file mode given as a number or an octal string ('755').
function parseFileMode(value, name, def) {
  value ??= def;
  if (typeof value === 'string') {
    if (!kOctal.test(value)) throw new codes.ERR_INVALID_ARG_VALUE(name, value, kModeDesc);
    value = parseInt(value, 8);
  }
  validateUint32(value, name);
  return value;
}

function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== 'number') throw new codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new codes.ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new codes.ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

function validateInt32(value, name, min = -2147483648, max = 2147483647) {
  if (typeof value !== 'number') throw new codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new codes.ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new codes.ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

function validateUint32(value, name, positive = false) {
  if (typeof value !== 'number') throw new codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new codes.ERR_OUT_OF_RANGE(name, 'an integer', value);
  const min = positive ? 1 : 0;
  const max = 4294967295;
  if (value < min || value > max) throw new codes.ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

function validateString(value, name) {
  if (typeof value !== 'string') throw new codes.ERR_INVALID_ARG_TYPE(name, 'string', value);
}

function validateNumber(value, name, min = undefined, max) {
  if (typeof value !== 'number') throw new codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
  const hasMin = min != null;
  const hasMax = max != null;
  if ((hasMin && value < min) || (hasMax && value > max) || ((hasMin || hasMax) && Number.isNaN(value))) {
    const range = `${hasMin ? `>= ${min}` : ''}${hasMin && hasMax ? ' && ' : ''}${hasMax ? `<= ${max}` : ''}`;
    throw new codes.ERR_OUT_OF_RANGE(name, range, value);
  }
}

function validateOneOf(value, name, oneOf) {
  if (!oneOf.includes(value)) {
    const allowed = oneOf.map((v) => (typeof v === 'string' ? `'${v}'` : String(v))).join(', ');
    throw new codes.ERR_INVALID_ARG_VALUE(name, value, `must be one of: ${allowed}`);
  }
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw new codes.ERR_INVALID_ARG_TYPE(name, 'boolean', value);
}

const kValidateObjectNone = 0;
const kValidateObjectAllowNullable = 1;
const kValidateObjectAllowArray = 2;
const kValidateObjectAllowFunction = 4;
const kValidateObjectAllowObjects = kValidateObjectAllowArray | kValidateObjectAllowFunction;
const kValidateObjectAllowObjectsAndNull = kValidateObjectAllowNullable | kValidateObjectAllowArray |
  kValidateObjectAllowFunction;

// `options` is a mask of the kValidateObjectAllow* flags.
function validateObject(value, name, options = kValidateObjectNone) {
  const ok = options === kValidateObjectNone
    ? value !== null && !Array.isArray(value) && typeof value === 'object'
    : (value !== null || (options & kValidateObjectAllowNullable) !== 0) &&
      (!Array.isArray(value) || (options & kValidateObjectAllowArray) !== 0) &&
      (typeof value === 'object' || (typeof value === 'function' && (options & kValidateObjectAllowFunction) !== 0));
  if (!ok) throw new codes.ERR_INVALID_ARG_TYPE(name, 'Object', value);
}

function validateDictionary(value, name) {
  if (value != null && typeof value !== 'object' && typeof value !== 'function') {
    throw new codes.ERR_INVALID_ARG_TYPE(name, 'a dictionary', value);
  }
}

function validateArray(value, name, minLength = 0) {
  if (!Array.isArray(value)) throw new codes.ERR_INVALID_ARG_TYPE(name, 'Array', value);
  if (value.length < minLength) throw new codes.ERR_INVALID_ARG_VALUE(name, value, `must be longer than ${minLength}`);
}

function validateStringArray(value, name) {
  validateArray(value, name);
  for (let i = 0; i < value.length; i++) validateString(value[i], `${name}[${i}]`);
}

function validateBooleanArray(value, name) {
  validateArray(value, name);
  for (let i = 0; i < value.length; i++) validateBoolean(value[i], `${name}[${i}]`);
}

function validateAbortSignalArray(value, name) {
  validateArray(value, name);
  for (let i = 0; i < value.length; i++) {
    // Unlike a lone optional signal, an entry of the array must be present.
    if (value[i] === undefined) throw new codes.ERR_INVALID_ARG_TYPE(`${name}[${i}]`, 'AbortSignal', value[i]);
    validateAbortSignal(value[i], `${name}[${i}]`);
  }
}

function validateSignalName(signal, name = 'signal') {
  validateString(signal, name);
  if (signals[signal] === undefined) {
    if (signals[signal.toUpperCase()] !== undefined) {
      throw new codes.ERR_UNKNOWN_SIGNAL(`${signal} (signals must use all capital letters)`);
    }
    throw new codes.ERR_UNKNOWN_SIGNAL(signal);
  }
}

function validateBuffer(buffer, name = 'buffer') {
  if (!ArrayBuffer.isView(buffer)) throw new codes.ERR_INVALID_ARG_TYPE(name, ['Buffer', 'TypedArray', 'DataView'], buffer);
}

// Hex data must come in pairs of digits.
function validateEncoding(data, encoding) {
  const length = data.length;
  const isHex = typeof encoding === 'string' && encoding.toLowerCase() === 'hex';
  if (isHex && length % 2 !== 0) {
    throw new codes.ERR_INVALID_ARG_VALUE('encoding', encoding, `is invalid for data of length ${length}`);
  }
}

// Returns the port as a number: strings of digits are accepted.
function validatePort(port, name = 'Port', allowZero = true) {
  if ((typeof port !== 'number' && typeof port !== 'string') ||
      (typeof port === 'string' && port.trim().length === 0) ||
      +port !== (+port >>> 0) ||
      port > 0xFFFF ||
      (port === 0 && !allowZero)) {
    throw new codes.ERR_SOCKET_BAD_PORT(name, port, allowZero);
  }
  return port | 0;
}

// Anything with an `aborted` property passes, as in node.
function validateAbortSignal(signal, name) {
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new codes.ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
  }
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw new codes.ERR_INVALID_ARG_TYPE(name, 'Function', value);
}

// A function that is not async (its result is used synchronously).
function validatePlainFunction(value, name) {
  if (typeof value !== 'function' || isAsyncFunction(value)) throw new codes.ERR_INVALID_ARG_TYPE(name, 'Function', value);
}

function isAsyncFunction(fn) {
  const tag = Object.getPrototypeOf(fn)?.[Symbol.toStringTag];
  return tag === 'AsyncFunction' || tag === 'AsyncGeneratorFunction';
}

function validateUndefined(value, name) {
  if (value !== undefined) throw new codes.ERR_INVALID_ARG_TYPE(name, 'undefined', value);
}

function validateUnion(value, name, union) {
  if (!union.includes(value)) throw new codes.ERR_INVALID_ARG_TYPE(name, `('${union.join('|')}')`, value);
}

// `this` of a method must carry the class's private field.
function validateInternalField(object, fieldKey, className) {
  if (typeof object !== 'object' || object === null || !(fieldKey in object)) {
    throw new codes.ERR_INVALID_ARG_TYPE('this', className, object);
  }
}

// false for undefined and NaN (use the default), true for finite numbers.
function validateFiniteNumber(number, name) {
  if (number === undefined) return false;
  if (Number.isFinite(number)) return true;
  if (Number.isNaN(number)) return false;
  validateNumber(number, name);
  throw new codes.ERR_OUT_OF_RANGE(name, 'a finite number', number);
}

function checkRangesOrGetDefault(number, name, lower, upper, def) {
  if (!validateFiniteNumber(number, name)) return def;
  if (number < lower || number > upper) throw new codes.ERR_OUT_OF_RANGE(name, `>= ${lower} and <= ${upper}`, number);
  return number;
}

// `<url>; param; param=value; param="value"`, as in a Link header.
const kLinkValue = /^<[^>]*>(?:\s*;\s*[^;"\s]+(?:=(")?[^;"\s]*\1)?)*$/;
const kLinkValueDesc = 'must be an array or string of format "</styles.css>; rel=preload; as=style"';

// The `hints` of response.writeEarlyHints(): one link or a list, joined with ', '.
function validateLinkHeaderValue(hints) {
  if (typeof hints === 'string') {
    validateLinkHeaderFormat(hints, 'hints');
    return hints;
  }
  if (Array.isArray(hints)) {
    for (const link of hints) validateLinkHeaderFormat(link, 'hints');
    return hints.join(', ');
  }
  throw new codes.ERR_INVALID_ARG_VALUE('hints', hints, kLinkValueDesc);
}

function validateLinkHeaderFormat(value, name) {
  if (value === undefined || !kLinkValue.test(value)) throw new codes.ERR_INVALID_ARG_VALUE(name, value, kLinkValueDesc);
}

module.exports = {
  checkRangesOrGetDefault,
  isInt32,
  isUint32,
  kValidateObjectAllowArray,
  kValidateObjectAllowFunction,
  kValidateObjectAllowNullable,
  kValidateObjectAllowObjects,
  kValidateObjectAllowObjectsAndNull,
  kValidateObjectNone,
  parseFileMode,
  signals,
  validateAbortSignal,
  validateAbortSignalArray,
  validateArray,
  validateBoolean,
  validateBooleanArray,
  validateBuffer,
  validateDictionary,
  validateEncoding,
  validateFiniteNumber,
  validateFunction,
  validateInt32,
  validateInteger,
  validateInternalField,
  validateLinkHeaderValue,
  validateNumber,
  validateObject,
  validateOneOf,
  validatePlainFunction,
  validatePort,
  validateSignalName,
  validateString,
  validateStringArray,
  validateUint32,
  validateUndefined,
  validateUnion,
};
