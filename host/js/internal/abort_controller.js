'use strict';
// AbortController and AbortSignal (WHATWG), on our EventTarget.

const { EventTarget, Event } = require('events');

const kAborted = Symbol('aborted');
const kReason = Symbol('reason');
const kInspect = Symbol.for('nodejs.util.inspect.custom');

function DOMException() {
  return require('internal/dom_exception').DOMException;
}

function codes() {
  return require('internal/errors').codes;
}

let constructing = false;

class AbortSignal extends EventTarget {
  constructor() {
    if (!constructing) throw new TypeError('Illegal constructor');
    super();
    this[kAborted] = false;
    this[kReason] = undefined;
  }

  get aborted() {
    return this[kAborted];
  }

  get reason() {
    return this[kReason];
  }

  throwIfAborted() {
    if (this[kAborted]) throw this[kReason];
  }

  static abort(reason = new (DOMException())('This operation was aborted', 'AbortError')) {
    const signal = newSignal();
    signal[kAborted] = true;
    signal[kReason] = reason;
    return signal;
  }

  static timeout(delay) {
    require('internal/validators').validateUint32(delay, 'delay', false);
    const signal = newSignal();
    // Does not keep the process alive, as in Node.
    setTimeout(() => abortSignal(signal, new (DOMException())('The operation was aborted due to timeout', 'TimeoutError')), delay).unref();
    return signal;
  }

  static any(signals) {
    if (!Array.isArray(signals) && (signals === null || typeof signals !== 'object' || typeof signals[Symbol.iterator] !== 'function')) {
      throw new (codes().ERR_INVALID_ARG_TYPE)('signals', 'AbortSignal[]', signals);
    }
    const result = newSignal();
    for (const s of signals) {
      if (!(s instanceof AbortSignal)) throw new (codes().ERR_INVALID_ARG_TYPE)('signals', 'AbortSignal[]', s);
      if (s.aborted) {
        abortSignal(result, s.reason);
        return result;
      }
    }
    for (const s of signals) s.addEventListener('abort', () => abortSignal(result, s.reason), { once: true });
    return result;
  }

  [kInspect](depth, options, inspect) {
    return `AbortSignal ${inspect({ aborted: this.aborted }, options)}`;
  }
}

let onabortKey = Symbol('onabort');
Object.defineProperty(AbortSignal.prototype, 'onabort', {
  get() {
    return this[onabortKey] ?? null;
  },
  set(fn) {
    if (this[onabortKey]) this.removeEventListener('abort', this[onabortKey]);
    this[onabortKey] = typeof fn === 'function' ? fn : null;
    if (this[onabortKey]) this.addEventListener('abort', this[onabortKey]);
  },
  configurable: true,
  enumerable: true,
});
Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, { value: 'AbortSignal', configurable: true });

function newSignal() {
  constructing = true;
  try {
    return new AbortSignal();
  } finally {
    constructing = false;
  }
}

function abortSignal(signal, reason) {
  if (signal[kAborted]) return;
  signal[kAborted] = true;
  signal[kReason] = reason;
  signal.dispatchEvent(new Event('abort'));
}

const kSignal = Symbol('signal');

class AbortController {
  constructor() {
    this[kSignal] = newSignal();
  }

  get signal() {
    return this[kSignal];
  }

  abort(reason = new (DOMException())('This operation was aborted', 'AbortError')) {
    abortSignal(this[kSignal], reason);
  }

  [kInspect](depth, options, inspect) {
    return `AbortController ${inspect({ signal: this.signal }, options)}`;
  }
}
Object.defineProperty(AbortController.prototype, Symbol.toStringTag, { value: 'AbortController', configurable: true });

module.exports = { AbortController, AbortSignal };
