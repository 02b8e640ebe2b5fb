'use strict';
// Node's `events` module: EventEmitter with node's own bookkeeping (`_events` holds
// a function or an array per event name, which libraries read and write), its
// statics (once, on, getEventListeners, ...), and the WHATWG EventTarget, Event and
// CustomEvent as node implements them, quirks included. The last three are not part
// of node's `events` exports; they hang off it, non-enumerable, for the bootstrap
// to install as globals.

const kCapture = Symbol('kCapture');
const kShapeMode = Symbol('shapeMode');
const kErrorMonitor = Symbol('events.errorMonitor');
const kRejection = Symbol.for('nodejs.rejection');
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
const kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');
const kWatermarkData = Symbol.for('nodejs.watermarkData');
const kInspectCustom = Symbol.for('nodejs.util.inspect.custom');
const kIsEventTarget = Symbol.for('nodejs.event_target');

let defaultMaxListeners = 10;
const kEmptyObject = Object.freeze({ __proto__: null });

// ---- host hooks and lazy dependencies ------------------------------------------

// process.emitWarning, once the host has one: MaxListenersExceededWarning and
// friends are handed over as node builds them.
let emitWarning = () => {};
function _setWarningHook(fn) {
  emitWarning = typeof fn === 'function' ? fn : () => {};
}

// process.nextTick, once the host has one; until then a microtask, which runs a
// little earlier than node would.
let nextTickHook;
function nextTick(fn, ...args) {
  if (nextTickHook !== undefined) nextTickHook(fn, ...args);
  else if (typeof queueMicrotask === 'function') queueMicrotask(() => fn(...args));
  else Promise.resolve().then(() => fn(...args));
}
function _setNextTick(fn) {
  nextTickHook = typeof fn === 'function' ? fn : undefined;
}

// A listener's exception must not stop the dispatch: it is rethrown on its own.
function reportUncaught(err) {
  nextTick(() => {
    throw err;
  });
}

let errorsModule;
function lazyErrors() {
  errorsModule ??= require('internal/errors');
  return errorsModule;
}

let validatorsModule;
function lazyValidators() {
  validatorsModule ??= require('internal/validators');
  return validatorsModule;
}

let inspectModule;
function inspect(value, options) {
  if (inspectModule === undefined) {
    try {
      inspectModule = require('internal/util/inspect');
    } catch {
      inspectModule = null;
    }
  }
  if (inspectModule) return inspectModule.inspect(value, options);
  return typeof value === 'object' && value !== null ? `[${value.constructor?.name ?? 'Object'}]` : String(value);
}

function checkListener(listener) {
  if (typeof listener !== 'function') {
    throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('listener', 'Function', listener);
  }
}

// Same check and message as validateNumber(n, name, 0).
function checkMaxListeners(n, name) {
  if (typeof n !== 'number' || n < 0 || Number.isNaN(n)) lazyValidators().validateNumber(n, name, 0);
}

// ---- EventEmitter --------------------------------------------------------------

// A plain function, not a class: old-style subclasses call EventEmitter.call(this).
function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;

EventEmitter.init = function (opts) {
  // A fresh _events, unless the object has its own already (a subclass set them up
  // before calling init): node keeps those and, in this "shape mode", removes a
  // listener by assigning `undefined` instead of deleting the key.
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
  } else {
    this[kShapeMode] = true;
  }
  this._maxListeners = this._maxListeners || undefined;
  if (opts?.captureRejections) {
    lazyValidators().validateBoolean(opts.captureRejections, 'options.captureRejections');
    this[kCapture] = Boolean(opts.captureRejections);
  } else {
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
};

function getMaxListenersOf(emitter) {
  return emitter._maxListeners === undefined ? defaultMaxListeners : emitter._maxListeners;
}

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  checkMaxListeners(n, 'setMaxListeners');
  this._maxListeners = n;
  return this;
};

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return getMaxListenersOf(this);
};

EventEmitter.prototype.emit = function emit(type, ...args) {
  let doError = type === 'error';
  const events = this._events;
  if (events !== undefined) {
    if (doError && events[kErrorMonitor] !== undefined) this.emit(kErrorMonitor, ...args);
    doError = doError && events.error === undefined;
  } else if (!doError) {
    return false;
  }

  if (doError) {
    const er = args.length > 0 ? args[0] : undefined;
    if (er instanceof Error) {
      attachEmitSite(this, er);
      throw er; // Unhandled 'error' event
    }
    let shown;
    try {
      shown = inspect(er);
    } catch {
      shown = er;
    }
    const err = new (lazyErrors().codes.ERR_UNHANDLED_ERROR)(shown);
    err.context = er;
    throw err;
  }

  const handler = events[type];
  if (handler === undefined) return false;
  if (typeof handler === 'function') {
    const result = Reflect.apply(handler, this, args);
    if (result !== undefined && result !== null) catchRejection(this, result, type, args);
  } else {
    // A copy: listeners added or removed while emitting do not change this round.
    const listeners = handler.slice();
    for (let i = 0; i < listeners.length; i++) {
      const result = Reflect.apply(listeners[i], this, args);
      if (result !== undefined && result !== null) catchRejection(this, result, type, args);
    }
  }
  return true;
};

// For the uncaught-exception report: where the unhandled 'error' was emitted.
function attachEmitSite(emitter, er) {
  if (typeof Error.captureStackTrace !== 'function') return;
  try {
    const site = {};
    Error.captureStackTrace(site, EventEmitter.prototype.emit);
    Object.defineProperty(er, lazyErrors().kEnhanceStackBeforeInspector, {
      value: () => enhanceStack(emitter, er, site),
      configurable: true,
    });
  } catch {}
}

function enhanceStack(emitter, err, site) {
  let on = '';
  try {
    const { name } = emitter.constructor;
    if (name !== 'EventEmitter') on = ` on ${name} instance`;
  } catch {}
  const errLines = String(err.stack).split('\n').slice(1);
  const siteLines = String(site.stack).split('\n').slice(1);
  // Frames the two stacks share are shown once.
  for (let i = 0; i < siteLines.length - 3; i++) {
    const at = errLines.indexOf(siteLines[i]);
    if (at === -1) continue;
    let len = 1;
    while (i + len < siteLines.length && at + len < errLines.length && siteLines[i + len] === errLines[at + len]) len++;
    if (len > 3) {
      siteLines.splice(i + 1, len - 2, '    [... lines matching original stack trace ...]');
      break;
    }
  }
  return `${err.stack}\nEmitted 'error' event${on} at:\n${siteLines.join('\n')}`;
}

// With captureRejections, a listener's rejected promise comes back as an 'error'
// event (or to the emitter's Symbol.for('nodejs.rejection') method).
function catchRejection(emitter, promise, type, args) {
  if (!emitter[kCapture]) return;
  try {
    const then = promise.then;
    if (typeof then === 'function') {
      Reflect.apply(then, promise, [undefined, (err) => {
        nextTick(rejectionToError, emitter, err, type, args);
      }]);
    }
  } catch (err) {
    emitter.emit('error', err);
  }
}

function rejectionToError(emitter, err, type, args) {
  if (typeof emitter[kRejection] === 'function') {
    emitter[kRejection](err, type, ...args);
    return;
  }
  // No capturing while the error is emitted, or a rejecting 'error' listener loops.
  const previous = emitter[kCapture];
  try {
    emitter[kCapture] = false;
    emitter.emit('error', err);
  } finally {
    emitter[kCapture] = previous;
  }
}

function addListenerTo(target, type, listener, prepend) {
  checkListener(listener);
  let events = target._events;
  let existing;
  if (events === undefined) {
    events = target._events = { __proto__: null };
    target._eventsCount = 0;
  } else {
    // Announced before it is added, so a 'newListener' listener does not see itself.
    if (events.newListener !== undefined) {
      target.emit('newListener', type, listener.listener ?? listener);
      events = target._events; // the announcement may have replaced it
    }
    existing = events[type];
  }

  if (existing === undefined) {
    events[type] = listener;
    ++target._eventsCount;
    return target;
  }
  if (typeof existing === 'function') {
    existing = events[type] = prepend ? [listener, existing] : [existing, listener];
  } else if (prepend) {
    existing.unshift(listener);
  } else {
    existing.push(listener);
  }
  const max = getMaxListenersOf(target);
  if (max > 0 && existing.length > max && !existing.warned) {
    existing.warned = true;
    const warning = lazyErrors().genericNodeError(
      `Possible EventEmitter memory leak detected. ${existing.length} ${String(type)} listeners added to ${
        inspect(target, { depth: -1 })}. MaxListeners is ${max}. Use emitter.setMaxListeners() to increase limit`,
      { name: 'MaxListenersExceededWarning', emitter: target, type, count: existing.length });
    emitWarning(warning);
  }
  return target;
}

EventEmitter.prototype.addListener = function addListener(type, listener) {
  return addListenerTo(this, type, listener, false);
};

EventEmitter.prototype.on = EventEmitter.prototype.addListener;

EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return addListenerTo(this, type, listener, true);
};

// The wrapper `once` registers; `this` is its bookkeeping. Removed before the call,
// so the listener may add itself again.
function onceWrapper(...args) {
  if (!this.fired) {
    this.target.removeListener(this.type, this.wrapFn);
    this.fired = true;
    return Reflect.apply(this.listener, this.target, args);
  }
  return undefined;
}

function wrapOnce(target, type, listener) {
  const state = { fired: false, wrapFn: undefined, target, type, listener };
  const wrapped = onceWrapper.bind(state);
  wrapped.listener = listener;
  state.wrapFn = wrapped;
  return wrapped;
}

EventEmitter.prototype.once = function once(type, listener) {
  checkListener(listener);
  this.on(type, wrapOnce(this, type, listener));
  return this;
};

EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  checkListener(listener);
  this.prependListener(type, wrapOnce(this, type, listener));
  return this;
};

EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  checkListener(listener);
  const events = this._events;
  if (events === undefined) return this;
  const list = events[type];
  if (list === undefined) return this;

  if (list === listener || list.listener === listener) {
    this._eventsCount -= 1;
    if (this[kShapeMode]) {
      events[type] = undefined;
    } else if (this._eventsCount === 0) {
      this._events = { __proto__: null };
    } else {
      delete events[type];
      if (events.removeListener) this.emit('removeListener', type, list.listener || listener);
    }
  } else if (typeof list !== 'function') {
    // The most recently added match goes first.
    let position = -1;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        position = i;
        break;
      }
    }
    if (position < 0) return this;
    list.splice(position, 1);
    if (list.length === 1) events[type] = list[0];
    if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
  }
  return this;
};

EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  const events = this._events;
  if (events === undefined) return this;

  // Nobody listens for 'removeListener': just drop them.
  if (events.removeListener === undefined) {
    if (arguments.length === 0) {
      this._events = { __proto__: null };
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = { __proto__: null };
      else delete events[type];
    }
    this[kShapeMode] = false;
    return this;
  }

  // One by one, announcing each; 'removeListener' listeners go last.
  if (arguments.length === 0) {
    for (const key of Reflect.ownKeys(events)) {
      if (key !== 'removeListener') this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
    return this;
  }

  const listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
  }
  return this;
};

function listenersOf(target, type, unwrap) {
  const events = target._events;
  if (events === undefined) return [];
  const registered = events[type];
  if (registered === undefined) return [];
  // (Node unwraps a lone listener by truthiness, listeners in a list only when
  // `.listener` is a function.)
  if (typeof registered === 'function') return unwrap ? [registered.listener || registered] : [registered];
  return unwrap ? registered.map((l) => (typeof l.listener === 'function' ? l.listener : l)) : registered.slice();
}

EventEmitter.prototype.listeners = function listeners(type) {
  return listenersOf(this, type, true);
};

EventEmitter.prototype.rawListeners = function rawListeners(type) {
  return listenersOf(this, type, false);
};

function listenerCount(type, listener) {
  const events = this._events;
  if (events === undefined) return 0;
  const registered = events[type];
  if (typeof registered === 'function') {
    if (listener != null) return listener === registered || listener === registered.listener ? 1 : 0;
    return 1;
  }
  if (registered === undefined) return 0;
  if (listener == null) return registered.length;
  let matching = 0;
  for (const l of registered) {
    if (l === listener || l.listener === listener) matching++;
  }
  return matching;
}

EventEmitter.prototype.listenerCount = listenerCount;

EventEmitter.prototype.eventNames = function eventNames() {
  return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
};

Object.defineProperty(EventEmitter.prototype, kCapture, { value: false, writable: true, enumerable: false });

// ---- statics -------------------------------------------------------------------

function isEventTarget(value) {
  return value?.constructor?.[kIsEventTarget] === true;
}

function addListenerAnyKind(emitter, name, listener, flags) {
  if (typeof emitter.on === 'function') {
    if (flags?.once) emitter.once(name, listener);
    else emitter.on(name, listener);
  } else if (typeof emitter.addEventListener === 'function') {
    emitter.addEventListener(name, listener, flags);
  } else {
    throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('emitter', 'EventEmitter', emitter);
  }
}

function removeListenerAnyKind(emitter, name, listener, flags) {
  if (typeof emitter.removeListener === 'function') {
    emitter.removeListener(name, listener);
  } else if (typeof emitter.removeEventListener === 'function') {
    emitter.removeEventListener(name, listener, flags);
  } else {
    throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('emitter', 'EventEmitter', emitter);
  }
}

function abortError(signal) {
  return new (lazyErrors().AbortError)(undefined, { cause: signal?.reason });
}

// events.once(emitter, name[, { signal }]): resolves with the arguments of the next
// `name` event, rejects on an 'error' event (EventEmitters only) or an abort. Bad
// arguments reject too: it is an async function in node.
async function once(emitter, name, options = undefined) {
  const signal = options?.signal;
  lazyValidators().validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw abortError(signal);
  return new Promise((resolve, reject) => {
    const errorListener = (err) => {
      emitter.removeListener(name, resolver);
      if (signal != null) removeListenerAnyKind(signal, 'abort', abortListener);
      reject(err);
    };
    const resolver = (...args) => {
      if (typeof emitter.removeListener === 'function') emitter.removeListener('error', errorListener);
      if (signal != null) removeListenerAnyKind(signal, 'abort', abortListener);
      resolve(args);
    };
    const flags = { __proto__: null, once: true, [eventTargets().internals.kResistStopPropagation]: true };
    addListenerAnyKind(emitter, name, resolver, flags);
    // EventTargets have no 'error' semantics.
    if (name !== 'error' && typeof emitter.once === 'function') emitter.once('error', errorListener);
    function abortListener() {
      removeListenerAnyKind(emitter, name, resolver);
      removeListenerAnyKind(emitter, 'error', errorListener);
      reject(abortError(signal));
    }
    if (signal != null) addListenerAnyKind(signal, 'abort', abortListener, flags);
  });
}

const { kFirstEventParam } = require('internal/events/symbols');

let asyncIteratorPrototype;
function getAsyncIteratorPrototype() {
  asyncIteratorPrototype ??= Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);
  return asyncIteratorPrototype;
}

// events.on(emitter, name[, options]): an async iterator over the argument lists of
// `name` events, buffering those not yet asked for. 'error' ends it by rejecting;
// options.close names events that end it; options.highWaterMark/lowWaterMark pause
// and resume the emitter while the buffer is full.
function on(emitter, event, options = undefined) {
  const { validateInteger } = lazyValidators();
  const signal = options?.signal;
  lazyValidators().validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw abortError(signal);
  const highWatermark = options?.highWaterMark ?? options?.highWatermark ?? Number.MAX_SAFE_INTEGER;
  validateInteger(highWatermark, 'options.highWaterMark', 1);
  const lowWatermark = options?.lowWaterMark ?? options?.lowWatermark ?? 1;
  validateInteger(lowWatermark, 'options.lowWaterMark', 1);

  const unconsumedEvents = [];
  const unconsumedPromises = [];
  let paused = false;
  let error = null;
  let finished = false;

  const firstParam = options?.[kFirstEventParam] === true;
  const eventHandler = (...args) => {
    const value = firstParam ? args[0] : args;
    if (unconsumedPromises.length > 0) {
      unconsumedPromises.shift().resolve({ value, done: false });
      return;
    }
    unconsumedEvents.push(value);
    if (!paused && unconsumedEvents.length > highWatermark) {
      paused = true;
      emitter.pause();
    }
  };
  const errorHandler = (err) => {
    if (unconsumedPromises.length > 0) unconsumedPromises.shift().reject(err);
    else error = err;
    closeHandler();
  };
  const closeHandler = () => {
    removeAll();
    finished = true;
    const done = { value: undefined, done: true };
    while (unconsumedPromises.length > 0) unconsumedPromises.shift().resolve(done);
    return Promise.resolve(done);
  };

  const closeEvents = options?.close;
  addListenerAnyKind(emitter, event, eventHandler);
  if (event !== 'error' && typeof emitter.on === 'function') addListenerAnyKind(emitter, 'error', errorHandler);
  if (closeEvents?.length) {
    for (const name of closeEvents) addListenerAnyKind(emitter, name, closeHandler);
  }
  const abortListener = () => errorHandler(abortError(signal));
  const abortDisposable = signal ? addAbortListener(signal, abortListener) : null;

  function removeAll() {
    abortDisposable?.[disposeSymbol()]();
    removeListenerAnyKind(emitter, event, eventHandler);
    if (event !== 'error' && typeof emitter.on === 'function') removeListenerAnyKind(emitter, 'error', errorHandler);
    if (closeEvents?.length) {
      for (const name of closeEvents) removeListenerAnyKind(emitter, name, closeHandler);
    }
  }

  const iterator = {
    next() {
      // Buffered events first.
      if (unconsumedEvents.length > 0) {
        const value = unconsumedEvents.shift();
        if (paused && unconsumedEvents.length < lowWatermark) {
          emitter.resume();
          paused = false;
        }
        return Promise.resolve({ value, done: false });
      }
      // Then the error, once: listening stopped with it.
      if (error) {
        const p = Promise.reject(error);
        error = null;
        return p;
      }
      if (finished) return closeHandler();
      return new Promise((resolve, reject) => {
        unconsumedPromises.push({ resolve, reject });
      });
    },

    return() {
      return closeHandler();
    },

    throw(err) {
      if (!err || !(err instanceof Error)) {
        throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('EventEmitter.AsyncIterator', 'Error', err);
      }
      errorHandler(err);
    },

    [Symbol.asyncIterator]() {
      return this;
    },

    [kWatermarkData]: {
      get size() { return unconsumedEvents.length; },
      get low() { return lowWatermark; },
      get high() { return highWatermark; },
      get isPaused() { return paused; },
    },
  };
  Object.setPrototypeOf(iterator, getAsyncIteratorPrototype());
  return iterator;
}

function getEventListeners(emitterOrTarget, type) {
  if (typeof emitterOrTarget.listeners === 'function') return emitterOrTarget.listeners(type);
  if (isEventTarget(emitterOrTarget)) {
    const root = emitterOrTarget[eventTargets().internals.kEvents].get(type);
    const listeners = [];
    for (let handler = root?.next; handler?.listener !== undefined; handler = handler.next) {
      listeners.push(handler.weak ? handler.listener.deref() : handler.listener);
    }
    return listeners;
  }
  throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function getMaxListeners(emitterOrTarget) {
  if (typeof emitterOrTarget?.getMaxListeners === 'function') return getMaxListenersOf(emitterOrTarget);
  if (isEventTarget(emitterOrTarget)) return emitterOrTarget[kMaxEventTargetListeners];
  throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

// With no targets: the default for every emitter and target.
function setMaxListeners(n = defaultMaxListeners, ...eventTargets) {
  checkMaxListeners(n, 'setMaxListeners');
  if (eventTargets.length === 0) {
    defaultMaxListeners = n;
    return;
  }
  for (const target of eventTargets) {
    if (isEventTarget(target)) {
      target[kMaxEventTargetListeners] = n;
      target[kMaxEventTargetListenersWarned] = false;
    } else if (typeof target.setMaxListeners === 'function') {
      target.setMaxListeners(n);
    } else {
      throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('eventTargets', ['EventEmitter', 'EventTarget'], target);
    }
  }
}

let localDispose;
function disposeSymbol() {
  if (typeof Symbol.dispose === 'symbol') return Symbol.dispose;
  localDispose ??= Symbol('Symbol.dispose');
  return localDispose;
}

// Runs `listener` once `signal` aborts, even if an earlier listener stopped the
// event's propagation; the result's [Symbol.dispose]() unregisters it.
function addAbortListener(signal, listener) {
  const { validateAbortSignal, validateFunction } = lazyValidators();
  if (signal === undefined) throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  validateFunction(listener, 'listener');
  let remove;
  if (signal.aborted) {
    Promise.resolve().then(() => listener());
  } else {
    signal.addEventListener('abort', listener, { __proto__: null, once: true, [eventTargets().internals.kResistStopPropagation]: true });
    remove = () => signal.removeEventListener('abort', listener);
  }
  return {
    __proto__: null,
    [disposeSymbol()]() {
      remove?.();
    },
  };
}

EventEmitter.addAbortListener = addAbortListener;
EventEmitter.once = once;
EventEmitter.on = on;
EventEmitter.getEventListeners = getEventListeners;
EventEmitter.getMaxListeners = getMaxListeners;
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.usingDomains = false;
EventEmitter.captureRejectionSymbol = kRejection;
Object.defineProperty(EventEmitter, 'captureRejections', {
  get() {
    return EventEmitter.prototype[kCapture];
  },
  set(value) {
    lazyValidators().validateBoolean(value, 'EventEmitter.captureRejections');
    EventEmitter.prototype[kCapture] = value;
  },
  enumerable: true,
});
let eventEmitterAsyncResource;
Object.defineProperty(EventEmitter, 'EventEmitterAsyncResource', {
  enumerable: true,
  configurable: true,
  get() {
    eventEmitterAsyncResource ??= makeEventEmitterAsyncResource();
    return eventEmitterAsyncResource;
  },
  set: undefined,
});
EventEmitter.errorMonitor = kErrorMonitor;
Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
  enumerable: true,
  get() {
    return defaultMaxListeners;
  },
  set(value) {
    checkMaxListeners(value, 'defaultMaxListeners');
    defaultMaxListeners = value;
  },
});
Object.defineProperties(EventEmitter, {
  kMaxEventTargetListeners: { value: kMaxEventTargetListeners, enumerable: false, configurable: false, writable: false },
  kMaxEventTargetListenersWarned: {
    value: kMaxEventTargetListenersWarned, enumerable: false, configurable: false, writable: false,
  },
});
// Anonymous in node (`name` is '').
EventEmitter.setMaxListeners = function (n = defaultMaxListeners, ...eventTargets) {
  setMaxListeners(n, ...eventTargets);
};
// Moved after `init` by node's definition order; reassigned to keep that order.
const init = EventEmitter.init;
delete EventEmitter.init;
EventEmitter.init = init;
// Deprecated: emitter.listenerCount(type).
EventEmitter.listenerCount = (emitter, type) => {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return Reflect.apply(listenerCount, emitter, [type]);
};

// An EventEmitter whose listeners run in the async context it was created in
// (needs the host's async_hooks, loaded when the first one is made).
function makeEventEmitterAsyncResource() {
  const kAsyncResource = Symbol('kAsyncResource');
  const kEventEmitter = Symbol('kEventEmitter');
  return class EventEmitterAsyncResource extends EventEmitter {
    constructor(options = undefined) {
      let name;
      if (typeof options === 'string') {
        name = options;
        options = undefined;
      } else {
        if (new.target === EventEmitterAsyncResource) lazyValidators().validateString(options?.name, 'options.name');
        name = options?.name || new.target.name;
      }
      super(options);
      const { AsyncResource } = require('async_hooks');
      const resource = new AsyncResource(name, options);
      resource[kEventEmitter] = this;
      this[kAsyncResource] = resource;
    }

    emit(event, ...args) {
      const resource = this[kAsyncResource];
      return resource.runInAsyncScope(super.emit, this, event, ...args);
    }

    emitDestroy() {
      this[kAsyncResource].emitDestroy();
    }

    get asyncId() {
      return this[kAsyncResource].asyncId();
    }

    get triggerAsyncId() {
      return this[kAsyncResource].triggerAsyncId();
    }

    get asyncResource() {
      return this[kAsyncResource];
    }
  };
}

// Not in node's `events` exports: hidden, for the bootstrap.
// The WHATWG side (EventTarget, Event, CustomEvent) lives in internal/event_target,
// loaded on first use: start-up loads this module for `process`, and EventTarget is
// most of its size.
let eventTargetModule;
function eventTargets() {
  eventTargetModule ??= require('internal/event_target');
  return eventTargetModule;
}

const lazyHidden = (get) => ({ get, set: undefined, configurable: true, enumerable: false });
Object.defineProperties(EventEmitter, {
  EventTarget: lazyHidden(() => eventTargets().EventTarget),
  Event: lazyHidden(() => eventTargets().Event),
  CustomEvent: lazyHidden(() => eventTargets().CustomEvent),
  _setWarningHook: { value: _setWarningHook, writable: true, configurable: true },
  _setNextTick: { value: _setNextTick, writable: true, configurable: true },
  _internals: lazyHidden(() => eventTargets().internals),
  // For internal/event_target, which shares these helpers.
  _shared: {
    value: Object.freeze({
      reportUncaught, lazyErrors, lazyValidators, inspect, isEventTarget, kEmptyObject,
      kMaxEventTargetListeners, kMaxEventTargetListenersWarned,
      defaultMaxListeners: () => defaultMaxListeners,
      emitWarning: (warning) => emitWarning(warning),
    }),
    configurable: true,
  },
});

module.exports = EventEmitter;
