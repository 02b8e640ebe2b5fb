'use strict';
// The WHATWG EventTarget, Event and CustomEvent, as node implements them; exported
// from `events` (and made globals) but kept apart so start-up need not compile them.

const {
  reportUncaught, lazyErrors, lazyValidators, inspect, isEventTarget, kEmptyObject,
  kMaxEventTargetListeners, kMaxEventTargetListenersWarned, defaultMaxListeners, emitWarning,
} = require('events')._shared;
const kInspectCustom = Symbol.for('nodejs.util.inspect.custom');
const kWatermarkData = Symbol.for('nodejs.watermarkData');

// ---- Event, CustomEvent --------------------------------------------------------

const kType = Symbol('type');
const kTarget = Symbol('kTarget');
const kIsBeingDispatched = Symbol('kIsBeingDispatched');
const kEvents = Symbol('kEvents');
const kHandlers = Symbol('kHandlers');
const kIsEventTarget = Symbol.for('nodejs.event_target');
const kResistStopPropagation = Symbol('kResistStopPropagation');
const kWeakHandler = Symbol('kWeak');
const kIsNodeStyleListener = Symbol('kIsNodeStyleListener');
const kNewListener = Symbol('kNewListener');
const kRemoveListener = Symbol('kRemoveListener');
const kHybridDispatch = Symbol.for('nodejs.internal.kHybridDispatch');
const kCreateEvent = Symbol('kCreateEvent');

let clock;
function now() {
  clock ??= typeof performance === 'object' && typeof performance?.now === 'function'
    ? () => performance.now()
    : () => Date.now();
  return clock();
}

function invalidThis(type) {
  return new (lazyErrors().codes.ERR_INVALID_THIS)(type);
}

// Reads the private "stop immediate propagation" flag, for dispatch.
let isStopped;

class Event {
  #cancelable = false;
  #bubbles = false;
  #composed = false;
  #defaultPrevented = false;
  #timestamp = 0;
  #propagationStopped = false;
  #stop = false;
  static #reader = (isStopped = (event) => event.#stop);

  constructor(type, options = kEmptyObject) {
    if (arguments.length === 0) throw new (lazyErrors().codes.ERR_MISSING_ARGS)('type');
    lazyValidators().validateObject(options, 'options', lazyValidators().kValidateObjectAllowNullable);
    const { bubbles, cancelable, composed } = { ...options };
    this.#cancelable = Boolean(cancelable);
    this.#bubbles = Boolean(bubbles);
    this.#composed = Boolean(composed);
    this[kType] = `${type}`;
    this.#timestamp = now();
    this[kTarget] = null;
    this[kIsBeingDispatched] = false;
  }

  // Old DOM API: sets what the constructor would, unless being dispatched.
  initEvent(type, bubbles = false, cancelable = false) {
    if (arguments.length === 0) throw new (lazyErrors().codes.ERR_MISSING_ARGS)('type');
    if (this[kIsBeingDispatched]) return;
    this[kType] = `${type}`;
    this.#bubbles = Boolean(bubbles);
    this.#cancelable = Boolean(cancelable);
  }

  // Node passes its inspect as a third argument.
  [kInspectCustom](depth, options) {
    const inspectFn = arguments[2];
    if (!isEvent(this)) throw invalidThis('Event');
    const name = this.constructor.name;
    if (depth < 0) return name;
    const opts = { ...options, depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth };
    const fields = {
      type: this[kType],
      defaultPrevented: this.#defaultPrevented,
      cancelable: this.#cancelable,
      timeStamp: this.#timestamp,
    };
    return `${name} ${typeof inspectFn === 'function' ? inspectFn(fields, opts) : inspect(fields, opts)}`;
  }

  stopImmediatePropagation() {
    if (!isEvent(this)) throw invalidThis('Event');
    this.#propagationStopped = true;
    this.#stop = true;
  }

  preventDefault() {
    if (!isEvent(this)) throw invalidThis('Event');
    this.#defaultPrevented = true;
  }

  get target() {
    if (!isEvent(this)) throw invalidThis('Event');
    return this[kTarget];
  }

  // Node clears the "being dispatched" mark after the first listener, so later
  // listeners see no currentTarget, phase NONE and an empty composedPath().
  get currentTarget() {
    if (!isEvent(this)) throw invalidThis('Event');
    return this[kIsBeingDispatched] ? this[kTarget] : null;
  }

  get srcElement() {
    if (!isEvent(this)) throw invalidThis('Event');
    return this[kTarget];
  }

  get type() {
    if (!isEvent(this)) throw invalidThis('Event');
    return this[kType];
  }

  get cancelable() {
    if (!isEvent(this)) throw invalidThis('Event');
    return this.#cancelable;
  }

  get defaultPrevented() {
    if (!isEvent(this)) throw invalidThis('Event');
    return this.#cancelable && this.#defaultPrevented;
  }

  get timeStamp() {
    if (!isEvent(this)) throw invalidThis('Event');
    return this.#timestamp;
  }

  composedPath() {
    if (!isEvent(this)) throw invalidThis('Event');
    return this[kIsBeingDispatched] ? [this[kTarget]] : [];
  }

  get returnValue() {
    if (!isEvent(this)) throw invalidThis('Event');
    return !(this.#cancelable && this.#defaultPrevented);
  }

  get bubbles() {
    if (!isEvent(this)) throw invalidThis('Event');
    return this.#bubbles;
  }

  get composed() {
    if (!isEvent(this)) throw invalidThis('Event');
    return this.#composed;
  }

  get eventPhase() {
    if (!isEvent(this)) throw invalidThis('Event');
    return this[kIsBeingDispatched] ? Event.AT_TARGET : Event.NONE;
  }

  get cancelBubble() {
    if (!isEvent(this)) throw invalidThis('Event');
    return this.#propagationStopped;
  }

  set cancelBubble(value) {
    if (!isEvent(this)) throw invalidThis('Event');
    if (value) this.#propagationStopped = true;
  }

  stopPropagation() {
    if (!isEvent(this)) throw invalidThis('Event');
    this.#propagationStopped = true;
  }

  static isEvent(value) {
    return value !== null && typeof value === 'object' && #stop in value;
  }
}

const isEvent = Event.isEvent;
delete Event.isEvent;

// WebIDL: methods and attributes enumerable, isTrusted unforgeable.
for (const key of Object.getOwnPropertyNames(Event.prototype)) {
  if (key !== 'constructor') Object.defineProperty(Event.prototype, key, { enumerable: true });
}
Object.defineProperty(Event.prototype, 'isTrusted', {
  get: function isTrusted() {
    return false;
  },
  enumerable: true,
  configurable: false,
});
Object.defineProperty(Event.prototype, kInspectCustom, { enumerable: false });
Object.defineProperty(Event.prototype, Symbol.toStringTag, { value: 'Event', writable: false, configurable: true });
for (const [name, value] of [['NONE', 0], ['CAPTURING_PHASE', 1], ['AT_TARGET', 2], ['BUBBLING_PHASE', 3]]) {
  Object.defineProperty(Event, name, { value, writable: false, enumerable: true, configurable: false });
}

class CustomEvent extends Event {
  #detail;

  constructor(type, options = kEmptyObject) {
    if (arguments.length === 0) throw new (lazyErrors().codes.ERR_MISSING_ARGS)('type');
    super(type, options);
    this.#detail = options?.detail ?? null;
  }

  get detail() {
    if (!isCustomEvent(this)) throw invalidThis('CustomEvent');
    return this.#detail;
  }

  static isCustomEvent(value) {
    return value !== null && typeof value === 'object' && #detail in value;
  }
}
const isCustomEvent = CustomEvent.isCustomEvent;
delete CustomEvent.isCustomEvent;
Object.defineProperty(CustomEvent.prototype, 'detail', { enumerable: true });
Object.defineProperty(CustomEvent.prototype, Symbol.toStringTag, {
  value: 'CustomEvent', writable: false, configurable: true,
});

// ---- EventTarget ---------------------------------------------------------------

// Listeners registered with a retainer (kWeakHandler) live as long as it does.
let weakRetainers;

// One registration: a node of the per-type linked list that dispatch walks, so
// listeners removed mid-dispatch are skipped and ones added mid-dispatch are seen.
class Listener {
  constructor(previous, listener, flags) {
    this.next = undefined;
    if (previous !== undefined) previous.next = this;
    this.previous = previous;
    this.once = flags.once;
    this.capture = flags.capture;
    this.passive = flags.passive;
    this.isNodeStyleListener = flags.isNodeStyleListener;
    this.removed = false;
    this.weak = Boolean(flags.weak);
    this.resistStopPropagation = Boolean(flags.resistStopPropagation);
    if (this.weak) {
      this.callback = new WeakRef(listener);
      weakRetainers ??= new WeakMap();
      weakRetainers.set(flags.weak, listener);
      this.listener = this.callback;
    } else if (typeof listener === 'function') {
      this.callback = listener;
      this.listener = listener;
    } else {
      // An EventListener object: its handleEvent is looked up at each dispatch, and
      // what it throws is reported as uncaught, as for functions.
      this.callback = async (...args) => {
        if (listener.handleEvent) await Reflect.apply(listener.handleEvent, listener, args);
      };
      this.listener = listener;
    }
  }

  same(listener, capture) {
    const mine = this.weak ? this.listener.deref() : this.listener;
    return mine === listener && this.capture === capture;
  }

  remove() {
    if (this.previous !== undefined) this.previous.next = this.next;
    if (this.next !== undefined) this.next.previous = this.previous;
    this.removed = true;
  }
}

function initEventTarget(target) {
  target[kEvents] = new Map();
  target[kMaxEventTargetListeners] = defaultMaxListeners();
  target[kMaxEventTargetListenersWarned] = false;
  target[kHandlers] = new Map();
}

function eventListenerOptions(options) {
  if (typeof options === 'boolean') return { capture: options };
  if (options === null) return kEmptyObject;
  const { validateObject, kValidateObjectAllowObjects } = lazyValidators();
  validateObject(options, 'options', kValidateObjectAllowObjects);
  return {
    once: Boolean(options.once),
    capture: Boolean(options.capture),
    passive: Boolean(options.passive),
    signal: options.signal,
    weak: options[kWeakHandler],
    resistStopPropagation: options[kResistStopPropagation] ?? false,
    isNodeStyleListener: Boolean(options[kIsNodeStyleListener]),
  };
}

// true: usable; false: null or undefined (ignored, with a warning on add).
function isUsableListener(listener) {
  if (typeof listener === 'function' || typeof listener?.handleEvent === 'function') return true;
  if (listener == null) return false;
  if (typeof listener === 'object') return true; // handleEvent may appear later
  throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('listener', 'EventListener', listener);
}

// WebIDL DOMString: anything but a Symbol.
function toDOMString(value) {
  if (typeof value === 'symbol') throw new (lazyErrors().codes.ERR_INVALID_ARG_VALUE)('value', value);
  return `${value}`;
}

class EventTarget {
  static [kIsEventTarget] = true;

  constructor() {
    initEventTarget(this);
  }

  [kNewListener](size, type, listener, once, capture, passive, weak) {
    const max = this[kMaxEventTargetListeners];
    if (max > 0 && size > max && !this[kMaxEventTargetListenersWarned]) {
      this[kMaxEventTargetListenersWarned] = true;
      const w = new Error('Possible EventTarget memory leak detected. ' +
        `${size} ${type} listeners added to ${inspect(this, { depth: -1 })}. MaxListeners is ${max}. ` +
        'Use events.setMaxListeners() to increase limit');
      w.name = 'MaxListenersExceededWarning';
      w.target = this;
      w.type = type;
      w.count = size;
      emitWarning(w);
    }
  }

  [kRemoveListener](size, type, listener, capture) {}

  addEventListener(type, listener, options = kEmptyObject) {
    if (!isEventTarget(this)) throw invalidThis('EventTarget');
    if (arguments.length < 2) throw new (lazyErrors().codes.ERR_MISSING_ARGS)('type', 'listener');
    const flags = eventListenerOptions(options);
    const { signal } = flags;
    lazyValidators().validateAbortSignal(signal, 'options.signal');

    if (!isUsableListener(listener)) {
      // The DOM says to ignore it; node warns.
      const w = new Error(`addEventListener called with ${listener} which has no effect.`);
      w.name = 'AddEventListenerArgumentTypeWarning';
      w.target = this;
      w.type = type;
      emitWarning(w);
      return;
    }
    type = toDOMString(type);

    if (signal) {
      if (signal.aborted) return;
      signal.addEventListener('abort', () => {
        this.removeEventListener(type, listener, options);
      }, { __proto__: null, once: true, [kWeakHandler]: this, [kResistStopPropagation]: true });
    }

    let root = this[kEvents].get(type);
    if (root === undefined) {
      root = { size: 1, next: undefined, resistStopPropagation: Boolean(flags.resistStopPropagation) };
      new Listener(root, listener, flags);
      this[kNewListener](root.size, type, listener, flags.once, flags.capture, flags.passive, flags.weak);
      this[kEvents].set(type, root);
      return;
    }
    let previous = root;
    let handler = root.next;
    while (handler !== undefined && !handler.same(listener, Boolean(flags.capture))) {
      previous = handler;
      handler = handler.next;
    }
    if (handler !== undefined) return; // already registered
    new Listener(previous, listener, flags);
    root.size++;
    root.resistStopPropagation ||= Boolean(flags.resistStopPropagation);
    this[kNewListener](root.size, type, listener, flags.once, flags.capture, flags.passive, flags.weak);
  }

  // As in node, only an options object carries `capture` here: `true` alone does not.
  removeEventListener(type, listener, options = kEmptyObject) {
    if (!isEventTarget(this)) throw invalidThis('EventTarget');
    if (arguments.length < 2) throw new (lazyErrors().codes.ERR_MISSING_ARGS)('type', 'listener');
    if (!isUsableListener(listener)) return;
    type = toDOMString(type);
    const capture = options?.capture === true;
    const root = this[kEvents].get(type);
    if (root === undefined || root.next === undefined) return;
    for (let handler = root.next; handler !== undefined; handler = handler.next) {
      if (handler.same(listener, capture)) {
        handler.remove();
        root.size--;
        if (root.size === 0) this[kEvents].delete(type);
        this[kRemoveListener](root.size, type, listener, capture);
        break;
      }
    }
  }

  dispatchEvent(event) {
    if (!isEventTarget(this)) throw invalidThis('EventTarget');
    if (arguments.length < 1) throw new (lazyErrors().codes.ERR_MISSING_ARGS)('event');
    if (!(event instanceof Event)) throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('event', 'Event', event);
    if (event[kIsBeingDispatched]) throw new (lazyErrors().codes.ERR_EVENT_RECURSION)(event.type);
    this[kHybridDispatch](event, event.type, event);
    return event.defaultPrevented !== true;
  }

  // Shared with node-style targets, whose listeners may take `nodeValue` instead of
  // an Event (made on demand by kCreateEvent).
  [kHybridDispatch](nodeValue, type, event) {
    const eventFor = () => {
      if (event === undefined) {
        event = this[kCreateEvent](nodeValue, type);
        event[kTarget] = this;
        event[kIsBeingDispatched] = true;
      }
      return event;
    };
    if (event !== undefined) {
      event[kTarget] = this;
      event[kIsBeingDispatched] = true;
    }

    const root = this[kEvents].get(type);
    if (root === undefined || root.next === undefined) {
      if (event !== undefined) event[kIsBeingDispatched] = false;
      return true;
    }

    const stopped = () => event !== undefined && isStopped(event);
    let handler = root.next;
    // After stopImmediatePropagation() only passive or stop-resistant listeners
    // keep the walk going, exactly as node has it.
    while (handler !== undefined && (root.resistStopPropagation || handler.passive || !stopped())) {
      const next = handler.next; // the listener may remove itself
      if (handler.removed || (stopped() && !handler.resistStopPropagation)) {
        handler = next;
        continue;
      }
      if (handler.once) {
        handler.remove();
        root.size--;
        this[kRemoveListener](root.size, type, handler.listener, handler.capture);
      }
      try {
        const arg = handler.isNodeStyleListener ? nodeValue : eventFor();
        const callback = handler.weak ? handler.callback.deref() : handler.callback;
        let result;
        if (callback) {
          result = Reflect.apply(callback, this, [arg]);
          if (!handler.isNodeStyleListener) arg[kIsBeingDispatched] = false;
        }
        if (result !== undefined && result !== null) reportRejection(result);
      } catch (err) {
        reportUncaught(err);
      }
      handler = next;
    }
    if (event !== undefined) event[kIsBeingDispatched] = false;
    return true;
  }

  [kCreateEvent](nodeValue, type) {
    return new CustomEvent(type, { detail: nodeValue });
  }

  [kInspectCustom](depth, options) {
    const inspectFn = arguments[2];
    if (!isEventTarget(this)) throw invalidThis('EventTarget');
    const name = this.constructor.name;
    if (depth < 0) return name;
    const opts = { ...options, depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth };
    return `${name} ${typeof inspectFn === 'function' ? inspectFn({}, opts) : inspect({}, opts)}`;
  }
}

function reportRejection(promise) {
  const then = promise.then;
  if (typeof then === 'function') {
    Reflect.apply(then, promise, [undefined, (err) => reportUncaught(err)]);
  }
}

for (const key of ['addEventListener', 'removeEventListener', 'dispatchEvent']) {
  Object.defineProperty(EventTarget.prototype, key, { enumerable: true });
}
for (const key of [kNewListener, kRemoveListener, kHybridDispatch, kCreateEvent, kInspectCustom]) {
  Object.defineProperty(EventTarget.prototype, key, { enumerable: false });
}
Object.defineProperty(EventTarget.prototype, Symbol.toStringTag, {
  value: 'EventTarget', writable: false, configurable: true,
});

module.exports = {
  EventTarget,
  Event,
  CustomEvent,
  internals: Object.freeze({
    isEventTarget,
    kEvents,
    kHybridDispatch,
    kCreateEvent,
    kIsNodeStyleListener,
    kResistStopPropagation,
    kWeakHandler,
    kWatermarkData,
  }),
};
