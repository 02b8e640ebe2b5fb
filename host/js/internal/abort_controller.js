'use strict';
// AbortController and AbortSignal (WHATWG DOM), as node 20 builds them on its
// EventTarget: signals are EventTargets given AbortSignal's prototype, so the
// constructor itself can stay illegal.

const { EventTarget, Event } = require('events');

const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');
const kComposite = Symbol('kComposite');
const kSourceSignals = Symbol('kSourceSignals');
const kDependantSignals = Symbol('kDependantSignals');
const kTimeout = Symbol('kTimeout');
const kHandlers = Symbol('kHandlers');
const kInspect = Symbol.for('nodejs.util.inspect.custom');

function DOMException() {
  return require('internal/dom_exception').DOMException;
}

function codes() {
  return require('internal/errors').codes;
}

function validators() {
  return require('internal/validators');
}

function customInspect(self, obj, depth, options) {
  if (depth < 0) return self;
  const opts = { ...options, depth: options.depth === null ? null : options.depth - 1 };
  return `${self.constructor.name} ${require('internal/util/inspect').inspect(obj, opts)}`;
}

function validateThisAbortSignal(obj) {
  if (obj?.[kAborted] === undefined) throw new (codes().ERR_INVALID_THIS)('AbortSignal');
}

// Dependants are held weakly where the engine allows, so a long-lived signal
// does not keep every AbortSignal.any() result made from it alive.
const makeRef = typeof WeakRef === 'function' ? (value) => new WeakRef(value) : (value) => ({ deref: () => value });

class AbortSignal extends EventTarget {
  constructor() {
    throw new (codes().ERR_ILLEGAL_CONSTRUCTOR)();
  }

  get aborted() {
    validateThisAbortSignal(this);
    return !!this[kAborted];
  }

  get reason() {
    validateThisAbortSignal(this);
    return this[kReason];
  }

  throwIfAborted() {
    validateThisAbortSignal(this);
    if (this[kAborted]) throw this[kReason];
  }

  static abort(reason = new (DOMException())('This operation was aborted', 'AbortError')) {
    return createAbortSignal({ aborted: true, reason });
  }

  static timeout(delay) {
    validators().validateUint32(delay, 'delay', false);
    const signal = createAbortSignal();
    signal[kTimeout] = true;
    // Does not keep the process alive, as in node.
    const timer = setTimeout(() => {
      abortSignal(signal, new (DOMException())('The operation was aborted due to timeout', 'TimeoutError'));
    }, delay);
    timer.unref?.();
    return signal;
  }

  static any(signals) {
    validators().validateAbortSignalArray(signals, 'signals');
    const resultSignal = createAbortSignal({ composite: true });
    if (!signals.length) return resultSignal;
    const resultRef = makeRef(resultSignal);
    resultSignal[kSourceSignals] = new Set();
    for (let i = 0; i < signals.length; i++) {
      const signal = signals[i];
      if (signal.aborted) {
        abortSignal(resultSignal, signal.reason);
        return resultSignal;
      }
      signal[kDependantSignals] ??= new Set();
      if (!signal[kComposite]) {
        resultSignal[kSourceSignals].add(makeRef(signal));
        signal[kDependantSignals].add(resultRef);
      } else if (signal[kSourceSignals]) {
        // A composite signal's sources feed the result directly.
        for (const sourceRef of signal[kSourceSignals]) {
          const source = sourceRef.deref();
          if (source === undefined) continue;
          source[kDependantSignals] ??= new Set();
          source[kDependantSignals].add(resultRef);
          resultSignal[kSourceSignals].add(sourceRef);
        }
      }
    }
    return resultSignal;
  }

  [kInspect](depth, options) {
    return customInspect(this, { aborted: this.aborted }, depth, options);
  }
}

Object.defineProperty(AbortSignal.prototype, 'aborted', { enumerable: true });
Object.defineProperty(AbortSignal.prototype, kInspect, { enumerable: false });
Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, {
  value: 'AbortSignal', writable: false, enumerable: false, configurable: true,
});

// The `onabort` attribute as node's defineEventHandler: one listener registered
// when first set, which keeps its place in the listener order when the handler
// is replaced (or set to null and back).
function defineEventHandler(target, name) {
  const propName = `on${name}`;
  function get() {
    validateThisAbortSignal(this);
    return this[kHandlers]?.get(name)?.handler ?? null;
  }
  Object.defineProperty(get, 'name', { value: `get ${propName}` });
  function set(value) {
    validateThisAbortSignal(this);
    this[kHandlers] ??= new Map();
    let wrapped = this[kHandlers].get(name);
    if (wrapped) {
      wrapped.handler = value;
      return;
    }
    wrapped = function eventHandler(...args) {
      if (typeof wrapped.handler !== 'function') return undefined;
      return Reflect.apply(wrapped.handler, this, args);
    };
    wrapped.handler = value;
    this.addEventListener(name, wrapped);
    this[kHandlers].set(name, wrapped);
  }
  Object.defineProperty(set, 'name', { value: `set ${propName}` });
  Object.defineProperty(target, propName, { get, set, configurable: true, enumerable: true });
}
defineEventHandler(AbortSignal.prototype, 'abort');

function createAbortSignal({ aborted = false, reason = undefined, composite = false } = {}) {
  const signal = new EventTarget();
  Object.setPrototypeOf(signal, AbortSignal.prototype);
  signal[kAborted] = aborted;
  signal[kReason] = reason;
  signal[kComposite] = composite;
  return signal;
}

// The signal's own listeners run first, then the AbortSignal.any() results
// that depend on it, in the order they were made.
function abortSignal(signal, reason) {
  if (signal[kAborted]) return;
  signal[kAborted] = true;
  signal[kReason] = reason;
  signal.dispatchEvent(new Event('abort'));
  const dependants = signal[kDependantSignals];
  if (dependants) {
    for (const ref of dependants) {
      const dependant = ref.deref();
      if (dependant !== undefined) abortSignal(dependant, reason);
    }
  }
}

class AbortController {
  #signal = createAbortSignal();

  get signal() {
    return this.#signal;
  }

  abort(reason = new (DOMException())('This operation was aborted', 'AbortError')) {
    abortSignal(this.#signal, reason);
  }

  [kInspect](depth, options) {
    return customInspect(this, { signal: this.signal }, depth, options);
  }
}

Object.defineProperty(AbortController.prototype, 'signal', { enumerable: true });
Object.defineProperty(AbortController.prototype, 'abort', { enumerable: true });
Object.defineProperty(AbortController.prototype, kInspect, { enumerable: false });
Object.defineProperty(AbortController.prototype, Symbol.toStringTag, {
  value: 'AbortController', writable: false, enumerable: false, configurable: true,
});

module.exports = { AbortController, AbortSignal, kAborted, kReason, createAbortSignal, abortSignal };
