'use strict';
// `perf_hooks`: the `performance` object (an EventTarget), the user timing
// entries (marks and measures, with node's buffers and validation),
// PerformanceObserver, timerify, and recordable histograms. Times are
// milliseconds since the process started, as node's.

const { EventTarget } = require('events');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kSkipThrow = Symbol('kSkipThrow');
const kName = Symbol('PerformanceEntry.Name');
const kType = Symbol('PerformanceEntry.Type');
const kStart = Symbol('PerformanceEntry.StartTime');
const kDuration = Symbol('PerformanceEntry.Duration');
const kDetail = Symbol('PerformanceEntry.Detail');
const kPerformanceBrand = Symbol('performance');
const kBuffer = Symbol('kBuffer');
const kEntryTypes = Symbol('kEntryTypes');
const kObserverType = Symbol('kObserverType');
const kCallback = Symbol('kCallback');
const kDispatch = Symbol('kDispatch');
const kMaybeBuffer = Symbol('kMaybeBuffer');
const kHandlers = Symbol('kHandlers');

function codes() {
  return require('internal/errors').codes;
}

function validators() {
  return require('internal/validators');
}

function inspect(value, options) {
  return require('internal/util/inspect').inspect(value, options);
}

function nestedOptions(options) {
  return { ...options, depth: options.depth == null ? null : options.depth - 1 };
}

function domException(message, name) {
  const { DOMException } = require('internal/dom_exception');
  return new DOMException(message, name);
}

// Milliseconds since the runtime started: process.uptime() counts from the
// bootstrap, so it is the origin; hrtime keeps now() cheap afterwards.
function hrMs() {
  const [s, ns] = bindings.hrtime();
  return s * 1e3 + ns / 1e6;
}
const originHr = hrMs() - (typeof process === 'object' && typeof process.uptime === 'function' ? process.uptime() * 1e3 : 0);
const timeOrigin = Date.now() - (hrMs() - originHr);

function now() {
  return hrMs() - originHr;
}

function validateInternalField(object, key, className) {
  if (typeof object !== 'object' || object === null || !Object.prototype.hasOwnProperty.call(object, key)) {
    throw new (codes().ERR_INVALID_ARG_TYPE)('this', className, object);
  }
}

// ---- entries -------------------------------------------------------------------

class PerformanceEntry {
  constructor(skipThrowSymbol = undefined, name = undefined, type = undefined, start = undefined, duration = undefined) {
    if (skipThrowSymbol !== kSkipThrow) throw new (codes().ERR_ILLEGAL_CONSTRUCTOR)();
    this[kName] = name;
    this[kType] = type;
    this[kStart] = start;
    this[kDuration] = duration;
  }

  get name() {
    validateInternalField(this, kName, 'PerformanceEntry');
    return this[kName];
  }

  get entryType() {
    validateInternalField(this, kType, 'PerformanceEntry');
    return this[kType];
  }

  get startTime() {
    validateInternalField(this, kStart, 'PerformanceEntry');
    return this[kStart];
  }

  get duration() {
    validateInternalField(this, kDuration, 'PerformanceEntry');
    return this[kDuration];
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    return `${this.constructor.name} ${inspect(this.toJSON(), nestedOptions(options))}`;
  }

  toJSON() {
    validateInternalField(this, kName, 'PerformanceEntry');
    return { name: this[kName], entryType: this[kType], startTime: this[kStart], duration: this[kDuration] };
  }
}
enumerable(PerformanceEntry.prototype, ['name', 'entryType', 'startTime', 'duration', 'toJSON']);
hide(PerformanceEntry.prototype, kInspect);

// Entries made by node itself carry no user detail.
function createPerformanceNodeEntry(name, type, start, duration, detail) {
  const entry = new PerformanceEntry(kSkipThrow, name, type, start, duration);
  if (detail !== undefined) entry[kDetail] = detail;
  return entry;
}

// The node timing milestones: names a mark may not take.
const nodeTimingReadOnlyAttributes = new Set(['nodeStart', 'v8Start', 'environment', 'loopStart', 'loopExit', 'bootstrapComplete']);
const markTimings = new Map();
let markEntryBuffer = [];
let measureEntryBuffer = [];

function getMark(name) {
  if (name === undefined) return undefined;
  if (typeof name === 'number') {
    if (name < 0) throw new (codes().ERR_PERFORMANCE_INVALID_TIMESTAMP)(name);
    return name;
  }
  name = `${name}`;
  if (nodeTimingReadOnlyAttributes.has(name)) return nodeTiming[name];
  const ts = markTimings.get(name);
  if (ts === undefined) throw domException(`The "${name}" performance mark has not been set`, 'SyntaxError');
  return ts;
}

class PerformanceMark extends PerformanceEntry {
  constructor(name, options = undefined) {
    if (arguments.length === 0) throw new (codes().ERR_MISSING_ARGS)('name');
    name = `${name}`;
    if (nodeTimingReadOnlyAttributes.has(name)) throw new (codes().ERR_INVALID_ARG_VALUE)('name', name);
    options ??= {};
    validators().validateObject(options, 'options');
    const startTime = options.startTime ?? now();
    validators().validateNumber(startTime, 'startTime');
    if (startTime < 0) throw new (codes().ERR_PERFORMANCE_INVALID_TIMESTAMP)(startTime);
    markTimings.set(name, startTime);
    let detail = options.detail;
    detail = detail != null ? structuredClone(detail) : null;
    super(kSkipThrow, name, 'mark', startTime, 0);
    this[kDetail] = detail;
  }

  get detail() {
    validateInternalField(this, kDetail, 'PerformanceMark');
    return this[kDetail];
  }

  toJSON() {
    return { name: this.name, entryType: this.entryType, startTime: this.startTime, duration: this.duration, detail: this[kDetail] };
  }
}
enumerable(PerformanceMark.prototype, ['detail']);
Object.defineProperty(PerformanceMark.prototype, Symbol.toStringTag, {
  value: 'PerformanceMark', writable: false, enumerable: false, configurable: true,
});

class PerformanceMeasure extends PerformanceEntry {
  constructor(skipThrowSymbol = undefined, name = undefined, type = undefined, start = undefined, duration = undefined) {
    if (skipThrowSymbol !== kSkipThrow) throw new (codes().ERR_ILLEGAL_CONSTRUCTOR)();
    super(skipThrowSymbol, name, type, start, duration);
  }

  get detail() {
    validateInternalField(this, kDetail, 'PerformanceMeasure');
    return this[kDetail];
  }

  toJSON() {
    return { name: this.name, entryType: this.entryType, startTime: this.startTime, duration: this.duration, detail: this[kDetail] };
  }
}
enumerable(PerformanceMeasure.prototype, ['detail']);
Object.defineProperty(PerformanceMeasure.prototype, Symbol.toStringTag, {
  value: 'PerformanceMeasure', writable: false, enumerable: false, configurable: true,
});

function calculateStartDuration(startOrMeasureOptions, endMark) {
  if (startOrMeasureOptions === null ||
      (typeof startOrMeasureOptions === 'object' && Object.keys(startOrMeasureOptions).length === 0)) {
    startOrMeasureOptions = undefined;
  }
  let start;
  let end;
  let duration;
  let optionsValid = false;
  if (typeof startOrMeasureOptions === 'object') {
    ({ start, end, duration } = startOrMeasureOptions);
    optionsValid = start !== undefined || end !== undefined;
  }
  if (optionsValid) {
    const Invalid = codes().ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS;
    if (endMark !== undefined) throw new Invalid('endMark must not be specified');
    if (start !== undefined && end !== undefined && duration !== undefined) {
      throw new Invalid('Must not have options.start, options.end, and options.duration specified');
    }
  }
  if (endMark !== undefined) {
    end = getMark(endMark);
  } else if (optionsValid && end !== undefined) {
    end = getMark(end);
  } else if (optionsValid && start !== undefined && duration !== undefined) {
    end = getMark(start) + getMark(duration);
  } else {
    end = now();
  }
  if (typeof startOrMeasureOptions === 'string') {
    start = getMark(startOrMeasureOptions);
  } else if (optionsValid && start !== undefined) {
    start = getMark(start);
  } else if (optionsValid && duration !== undefined && end !== undefined) {
    start = end - getMark(duration);
  } else {
    start = 0;
  }
  return { start, duration: end - start };
}

function mark(name, options) {
  const entry = Reflect.construct(PerformanceMark, arguments.length === 0 ? [] : [name, options]);
  enqueue(entry);
  markEntryBuffer.push(entry);
  return entry;
}

function measure(name, startOrMeasureOptions, endMark) {
  if (arguments.length === 0) throw new (codes().ERR_MISSING_ARGS)('name');
  name = `${name}`;
  const { start, duration } = calculateStartDuration(startOrMeasureOptions, endMark);
  let detail = startOrMeasureOptions?.detail;
  detail = detail != null ? structuredClone(detail) : null;
  const entry = new PerformanceMeasure(kSkipThrow, name, 'measure', start, duration);
  entry[kDetail] = detail;
  enqueue(entry);
  measureEntryBuffer.push(entry);
  return entry;
}

function filterBufferMapByNameAndType(name, type) {
  let list;
  if (type === 'mark') list = markEntryBuffer;
  else if (type === 'measure') list = measureEntryBuffer;
  else if (type === 'resource') list = [];
  else if (type !== undefined) return [];
  else list = [...markEntryBuffer, ...measureEntryBuffer];
  if (name !== undefined) list = list.filter((entry) => entry.name === name);
  else if (type !== undefined) list = list.slice();
  return list.sort((a, b) => a.startTime - b.startTime);
}

function clearMarkTimings(name) {
  if (name !== undefined) {
    name = `${name}`;
    if (nodeTimingReadOnlyAttributes.has(name)) throw new (codes().ERR_INVALID_ARG_VALUE)('name', name);
    markTimings.delete(name);
    markEntryBuffer = markEntryBuffer.filter((entry) => entry.name !== name);
  } else {
    markTimings.clear();
    markEntryBuffer = [];
  }
}

// ---- node timing ---------------------------------------------------------------------

// Node's milestones of its own start; jsrig has one start, so they coincide.
class PerformanceNodeTiming {
  constructor() {
    throw new (codes().ERR_ILLEGAL_CONSTRUCTOR)();
  }

  get name() { return 'node'; }
  get entryType() { return 'node'; }
  get startTime() { return 0; }
  get duration() { return now(); }
  get nodeStart() { return 0; }
  get v8Start() { return 0; }
  get environment() { return 0; }
  get bootstrapComplete() { return 0; }
  get loopStart() { return 0; }
  get loopExit() { return -1; }
  get idleTime() { return 0; }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    return `PerformanceNodeTiming ${inspect(this.toJSON(), nestedOptions(options))}`;
  }

  toJSON() {
    return {
      name: 'node', entryType: 'node', startTime: this.startTime, duration: this.duration,
      nodeStart: this.nodeStart, v8Start: this.v8Start, bootstrapComplete: this.bootstrapComplete,
      environment: this.environment, loopStart: this.loopStart, loopExit: this.loopExit, idleTime: this.idleTime,
    };
  }
}
enumerable(PerformanceNodeTiming.prototype, ['name', 'entryType', 'startTime', 'duration', 'nodeStart', 'v8Start',
  'environment', 'bootstrapComplete', 'loopStart', 'loopExit', 'idleTime']);
hide(PerformanceNodeTiming.prototype, kInspect);
const nodeTiming = Object.create(PerformanceNodeTiming.prototype);

// jsrig does not measure the loop's idle time: all of it counts as active.
function eventLoopUtilization(util1, util2) {
  const active = now();
  const current = { idle: 0, active, utilization: active > 0 ? 1 : 0 };
  if (util1 === undefined) return current;
  const base = util2 ?? current;
  const idleDelta = base.idle - util1.idle;
  const activeDelta = util2 === undefined ? current.active - util1.active : util1.active - util2.active;
  const total = idleDelta + activeDelta;
  return { idle: idleDelta, active: activeDelta, utilization: total > 0 ? activeDelta / total : 0 };
}

// ---- observers -------------------------------------------------------------------------

const kSupportedEntryTypes = Object.freeze(['dns', 'function', 'gc', 'http', 'http2', 'mark', 'measure', 'net', 'resource']);
const kTypeSingle = 0;
const kTypeMultiple = 1;
const observers = new Set();
const pending = new Set();
let isPending = false;

function queuePending() {
  if (isPending) return;
  isPending = true;
  setImmediate(() => {
    isPending = false;
    const list = [...pending];
    pending.clear();
    for (const observer of list) observer[kDispatch]();
  });
}

function enqueue(entry) {
  for (const observer of observers) observer[kMaybeBuffer](entry);
}

class PerformanceObserverEntryList {
  constructor(skipThrowSymbol = undefined, entries = []) {
    if (skipThrowSymbol !== kSkipThrow) throw new (codes().ERR_ILLEGAL_CONSTRUCTOR)();
    this[kBuffer] = entries.sort((a, b) => a.startTime - b.startTime);
  }

  getEntries() {
    validateInternalField(this, kBuffer, 'PerformanceObserverEntryList');
    return this[kBuffer].slice();
  }

  getEntriesByType(type) {
    validateInternalField(this, kBuffer, 'PerformanceObserverEntryList');
    if (arguments.length === 0) throw new (codes().ERR_MISSING_ARGS)('type');
    type = `${type}`;
    return this[kBuffer].filter((entry) => entry.entryType === type);
  }

  getEntriesByName(name, type) {
    validateInternalField(this, kBuffer, 'PerformanceObserverEntryList');
    if (arguments.length === 0) throw new (codes().ERR_MISSING_ARGS)('name');
    name = `${name}`;
    if (type != null) {
      type = `${type}`;
      return this[kBuffer].filter((entry) => entry.name === name && entry.entryType === type);
    }
    return this[kBuffer].filter((entry) => entry.name === name);
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    return `PerformanceObserverEntryList ${inspect(this[kBuffer], nestedOptions(options))}`;
  }
}
enumerable(PerformanceObserverEntryList.prototype, ['getEntries', 'getEntriesByType', 'getEntriesByName']);
hide(PerformanceObserverEntryList.prototype, kInspect);
Object.defineProperty(PerformanceObserverEntryList.prototype, Symbol.toStringTag, {
  value: 'PerformanceObserverEntryList', writable: false, enumerable: false, configurable: true,
});

class PerformanceObserver {
  constructor(callback) {
    validators().validateFunction(callback, 'callback');
    this[kBuffer] = [];
    this[kEntryTypes] = new Set();
    this[kObserverType] = undefined;
    this[kCallback] = callback;
  }

  observe(options = {}) {
    validators().validateObject(options, 'options');
    const { entryTypes, type, buffered } = { ...options };
    if (entryTypes === undefined && type === undefined) {
      throw new (codes().ERR_MISSING_ARGS)('options.entryTypes', 'options.type');
    }
    if (entryTypes != null && type != null) {
      throw new (codes().ERR_INVALID_ARG_VALUE)('options.entryTypes', entryTypes,
        'options.entryTypes can not set with options.type together');
    }
    switch (this[kObserverType]) {
      case undefined:
        if (entryTypes !== undefined) this[kObserverType] = kTypeMultiple;
        if (type !== undefined) this[kObserverType] = kTypeSingle;
        break;
      case kTypeSingle:
        if (entryTypes !== undefined) {
          throw domException('PerformanceObserver can not change to multiple observations', 'InvalidModificationError');
        }
        break;
      case kTypeMultiple:
        if (type !== undefined) {
          throw domException('PerformanceObserver can not change to single observation', 'InvalidModificationError');
        }
        break;
    }
    if (this[kObserverType] === kTypeMultiple) {
      if (!Array.isArray(entryTypes)) throw new (codes().ERR_INVALID_ARG_TYPE)('options.entryTypes', 'string[]', entryTypes);
      this[kEntryTypes].clear();
      for (const entryType of entryTypes) {
        if (kSupportedEntryTypes.includes(entryType)) this[kEntryTypes].add(entryType);
      }
    } else {
      if (!kSupportedEntryTypes.includes(type)) return;
      this[kEntryTypes].add(type);
      if (buffered) {
        this[kBuffer].push(...filterBufferMapByNameAndType(undefined, type));
        pending.add(this);
        queuePending();
      }
    }
    if (this[kEntryTypes].size) observers.add(this);
    else this.disconnect();
  }

  disconnect() {
    observers.delete(this);
    pending.delete(this);
    this[kBuffer] = [];
    this[kEntryTypes].clear();
    this[kObserverType] = undefined;
  }

  takeRecords() {
    const list = this[kBuffer];
    this[kBuffer] = [];
    return list;
  }

  static get supportedEntryTypes() {
    return kSupportedEntryTypes;
  }

  [kMaybeBuffer](entry) {
    if (!this[kEntryTypes].has(entry.entryType)) return;
    this[kBuffer].push(entry);
    pending.add(this);
    queuePending();
  }

  [kDispatch]() {
    const list = new PerformanceObserverEntryList(kSkipThrow, this[kBuffer]);
    this[kBuffer] = [];
    this[kCallback](list, this);
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    return `PerformanceObserver ${inspect({
      connected: observers.has(this),
      pending: pending.has(this),
      entryTypes: [...this[kEntryTypes]],
      buffer: this[kBuffer],
    }, nestedOptions(options))}`;
  }
}
enumerable(PerformanceObserver.prototype, ['observe', 'disconnect', 'takeRecords']);
hide(PerformanceObserver.prototype, kInspect);
Object.defineProperty(PerformanceObserver.prototype, Symbol.toStringTag, {
  value: 'PerformanceObserver', writable: false, enumerable: false, configurable: true,
});
for (const key of [kMaybeBuffer, kDispatch]) hide(PerformanceObserver.prototype, key);

function observed(type) {
  for (const observer of observers) if (observer[kEntryTypes].has(type)) return true;
  return false;
}

// ---- timerify --------------------------------------------------------------------------

function timerify(fn, options = {}) {
  validators().validateFunction(fn, 'fn');
  validators().validateObject(options, 'options');
  const { histogram } = options;
  if (histogram !== undefined && !(histogram instanceof RecordableHistogram)) {
    throw new (codes().ERR_INVALID_ARG_TYPE)('options.histogram', 'RecordableHistogram', histogram);
  }
  function timerified_(...args) {
    const start = now();
    const result = new.target ? Reflect.construct(fn, args, fn) : Reflect.apply(fn, this, args);
    if (!new.target && result && typeof result.finally === 'function') {
      return result.finally(() => processComplete(fn.name, start, args, histogram));
    }
    processComplete(fn.name, start, args, histogram);
    return result;
  }
  Object.defineProperties(timerified_, {
    length: { configurable: false, enumerable: true, value: fn.length },
    name: { configurable: false, enumerable: true, value: `timerified ${fn.name}` },
  });
  return timerified_;
}

function processComplete(name, start, args, histogram) {
  const duration = now() - start;
  if (histogram !== undefined) histogram.record(Math.ceil(duration * 1e6));
  if (observed('function')) enqueue(createPerformanceNodeEntry(name, 'function', start, duration, args));
}

// ---- Performance -------------------------------------------------------------------------

class Performance extends EventTarget {
  constructor() {
    throw new (codes().ERR_ILLEGAL_CONSTRUCTOR)();
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    return `Performance ${inspect({
      nodeTiming: this.nodeTiming,
      timeOrigin: this.timeOrigin,
      eventLoopUtilization: this.eventLoopUtilization(),
    }, nestedOptions(options))}`;
  }

  clearMarks(name) {
    validateInternalField(this, kPerformanceBrand, 'Performance');
    clearMarkTimings(name);
  }

  clearMeasures(name) {
    validateInternalField(this, kPerformanceBrand, 'Performance');
    if (name !== undefined) {
      name = `${name}`;
      measureEntryBuffer = measureEntryBuffer.filter((entry) => entry.name !== name);
    } else {
      measureEntryBuffer = [];
    }
  }

  clearResourceTimings() {
    validateInternalField(this, kPerformanceBrand, 'Performance');
  }

  getEntries() {
    validateInternalField(this, kPerformanceBrand, 'Performance');
    return filterBufferMapByNameAndType();
  }

  getEntriesByName(name, type) {
    validateInternalField(this, kPerformanceBrand, 'Performance');
    if (arguments.length === 0) throw new (codes().ERR_MISSING_ARGS)('name');
    name = `${name}`;
    if (type !== undefined) type = `${type}`;
    return filterBufferMapByNameAndType(name, type);
  }

  getEntriesByType(type) {
    validateInternalField(this, kPerformanceBrand, 'Performance');
    if (arguments.length === 0) throw new (codes().ERR_MISSING_ARGS)('type');
    type = `${type}`;
    return filterBufferMapByNameAndType(undefined, type);
  }

  mark(name, options) {
    validateInternalField(this, kPerformanceBrand, 'Performance');
    return Reflect.apply(mark, undefined, arguments);
  }

  measure(name, startOrMeasureOptions, endMark) {
    validateInternalField(this, kPerformanceBrand, 'Performance');
    return Reflect.apply(measure, undefined, arguments);
  }

  now() {
    validateInternalField(this, kPerformanceBrand, 'Performance');
    return now();
  }

  setResourceTimingBufferSize(maxSize) {
    validateInternalField(this, kPerformanceBrand, 'Performance');
    if (arguments.length === 0) throw new (codes().ERR_MISSING_ARGS)('maxSize');
    validators().validateInteger(maxSize, 'maxSize', 0);
  }

  get timeOrigin() {
    validateInternalField(this, kPerformanceBrand, 'Performance');
    return timeOrigin;
  }

  toJSON() {
    validateInternalField(this, kPerformanceBrand, 'Performance');
    return { nodeTiming: this.nodeTiming, timeOrigin: this.timeOrigin, eventLoopUtilization: this.eventLoopUtilization() };
  }
}
enumerable(Performance.prototype, ['clearMarks', 'clearMeasures', 'clearResourceTimings', 'getEntries',
  'getEntriesByName', 'getEntriesByType', 'mark', 'measure', 'now', 'setResourceTimingBufferSize', 'timeOrigin', 'toJSON']);
hide(Performance.prototype, kInspect);
Object.defineProperties(Performance.prototype, {
  [Symbol.toStringTag]: { value: 'Performance', writable: false, enumerable: false, configurable: true },
  // Node's own additions, not enumerable.
  eventLoopUtilization: { value: eventLoopUtilization, writable: true, enumerable: false, configurable: true },
  nodeTiming: { value: nodeTiming, writable: true, enumerable: false, configurable: true },
  markResourceTiming: { value: function markResourceTiming() {}, writable: true, enumerable: false, configurable: true },
  timerify: { value: timerify, writable: true, enumerable: false, configurable: true },
});
defineEventHandler(Performance.prototype, 'resourcetimingbufferfull');

// An attribute `on<name>` as node's defineEventHandler: one listener that keeps
// its place when the handler is replaced.
function defineEventHandler(target, name) {
  const propName = `on${name}`;
  function get() {
    return this[kHandlers]?.get(name)?.handler ?? null;
  }
  Object.defineProperty(get, 'name', { value: `get ${propName}` });
  function set(value) {
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

function createPerformance() {
  const perf = new EventTarget();
  Object.setPrototypeOf(perf, Performance.prototype);
  Object.defineProperty(perf, kPerformanceBrand, { value: true });
  return perf;
}

const performance = createPerformance();

// ---- histograms ------------------------------------------------------------------------

// Node keeps an HdrHistogram; for the integers programs record, its answers
// are exact, and so are these.
class Histogram {
  constructor(skipThrowSymbol = undefined) {
    if (skipThrowSymbol !== kSkipThrow) throw new (codes().ERR_ILLEGAL_CONSTRUCTOR)();
    this[kBuffer] = new Map();
    this.reset();
  }

  get count() { return this[kBuffer].total; }
  get countBigInt() { return BigInt(this[kBuffer].total); }
  get min() { return this[kBuffer].total ? this[kBuffer].min : 9223372036854776000; }
  get minBigInt() { return this[kBuffer].total ? BigInt(this[kBuffer].min) : 9223372036854775807n; }
  get max() { return this[kBuffer].max; }
  get maxBigInt() { return BigInt(this[kBuffer].max); }
  get mean() { return this[kBuffer].total ? this[kBuffer].sum / this[kBuffer].total : NaN; }
  get exceeds() { return this[kBuffer].exceeds; }
  get exceedsBigInt() { return BigInt(this[kBuffer].exceeds); }

  get stddev() {
    const state = this[kBuffer];
    if (!state.total) return NaN;
    const mean = state.sum / state.total;
    let acc = 0;
    for (const [value, n] of state.values) acc += n * (value - mean) ** 2;
    return Math.sqrt(acc / state.total);
  }

  percentile(percentile) {
    validators().validateNumber(percentile, 'percentile');
    if (!(percentile > 0 && percentile <= 100)) throw new (codes().ERR_OUT_OF_RANGE)('percentile', '> 0 && <= 100', percentile);
    const state = this[kBuffer];
    if (!state.total) return 0;
    const wanted = Math.max(1, Math.ceil((percentile / 100) * state.total));
    let seen = 0;
    for (const value of [...state.values.keys()].sort((a, b) => a - b)) {
      seen += state.values.get(value);
      if (seen >= wanted) return value;
    }
    return state.max;
  }

  percentileBigInt(percentile) {
    return BigInt(this.percentile(percentile));
  }

  get percentiles() {
    const out = new Map();
    const state = this[kBuffer];
    if (!state.total) {
      out.set(100, 0);
      return out;
    }
    out.set(0, state.min);
    const sorted = [...state.values.keys()].sort((a, b) => a - b);
    let seen = 0;
    for (const value of sorted) {
      seen += state.values.get(value);
      out.set((seen / state.total) * 100, value);
    }
    return out;
  }

  get percentilesBigInt() {
    const out = new Map();
    for (const [k, v] of this.percentiles) out.set(k, BigInt(v));
    return out;
  }

  reset() {
    this[kBuffer] = { values: new Map(), total: 0, sum: 0, min: 0, max: 0, exceeds: 0 };
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    return `Histogram ${inspect({
      min: this.min, max: this.max, mean: this.mean, exceeds: this.exceeds, stddev: this.stddev,
      count: this.count, percentiles: this.percentiles,
    }, nestedOptions(options))}`;
  }

  toJSON() {
    return {
      count: this.count, min: this.min, max: this.max, mean: this.mean, exceeds: this.exceeds,
      stddev: this.stddev, percentiles: Object.fromEntries(this.percentiles),
    };
  }
}
hide(Histogram.prototype, kInspect);

class RecordableHistogram extends Histogram {
  constructor(skipThrowSymbol = undefined) {
    super(skipThrowSymbol);
    this[kStart] = undefined;
  }

  record(val) {
    if (typeof val === 'bigint') val = Number(val);
    else validators().validateInteger(val, 'val', 1);
    if (val < 1) throw new (codes().ERR_OUT_OF_RANGE)('val', '>= 1', val);
    const state = this[kBuffer];
    state.values.set(val, (state.values.get(val) ?? 0) + 1);
    if (state.total === 0 || val < state.min) state.min = val;
    if (val > state.max) state.max = val;
    state.total++;
    state.sum += val;
  }

  recordDelta() {
    const t = hrMs();
    if (this[kStart] !== undefined) this.record(Math.max(1, Math.round((t - this[kStart]) * 1e6)));
    this[kStart] = t;
  }

  add(other) {
    if (!(other instanceof RecordableHistogram)) {
      throw new (codes().ERR_INVALID_ARG_TYPE)('other', 'RecordableHistogram', other);
    }
    for (const [value, n] of other[kBuffer].values) {
      for (let i = 0; i < n; i++) this.record(value);
    }
  }
}

function createHistogram(options = {}) {
  validators().validateObject(options, 'options');
  const { lowest = 1, highest = Number.MAX_SAFE_INTEGER, figures = 3 } = options;
  if (typeof lowest !== 'bigint') validators().validateInteger(lowest, 'options.lowest', 1, Number.MAX_SAFE_INTEGER);
  if (typeof highest !== 'bigint') validators().validateInteger(highest, 'options.highest', 2 * Number(lowest), Number.MAX_SAFE_INTEGER);
  validators().validateInteger(figures, 'options.figures', 1, 5);
  return new RecordableHistogram(kSkipThrow);
}

// Samples how late a timer fires, in nanoseconds, while enabled.
class IntervalHistogram extends Histogram {
  constructor(skipThrowSymbol, resolution) {
    super(skipThrowSymbol);
    this[kDuration] = resolution;
    this[kStart] = undefined;
  }

  enable() {
    if (this[kStart] !== undefined) return false;
    let last = hrMs();
    const tick = () => {
      const t = hrMs();
      const delay = Math.max(1, Math.round((t - last) * 1e6));
      last = t;
      const state = this[kBuffer];
      state.values.set(delay, (state.values.get(delay) ?? 0) + 1);
      if (state.total === 0 || delay < state.min) state.min = delay;
      if (delay > state.max) state.max = delay;
      state.total++;
      state.sum += delay;
    };
    this[kStart] = setInterval(tick, this[kDuration]);
    this[kStart].unref?.();
    return true;
  }

  disable() {
    if (this[kStart] === undefined) return false;
    clearInterval(this[kStart]);
    this[kStart] = undefined;
    return true;
  }
}

function monitorEventLoopDelay(options = {}) {
  validators().validateObject(options, 'options');
  const { resolution = 10 } = options;
  validators().validateInteger(resolution, 'options.resolution', 1);
  return new IntervalHistogram(kSkipThrow, resolution);
}

const constants = Object.freeze({
  NODE_PERFORMANCE_GC_MAJOR: 4,
  NODE_PERFORMANCE_GC_MINOR: 1,
  NODE_PERFORMANCE_GC_INCREMENTAL: 8,
  NODE_PERFORMANCE_GC_WEAKCB: 16,
  NODE_PERFORMANCE_GC_FLAGS_NO: 0,
  NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
  NODE_PERFORMANCE_GC_FLAGS_FORCED: 4,
  NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
  NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16,
  NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
  NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
});

// Resource timing entries come from fetch in node; jsrig records none.
class PerformanceResourceTiming extends PerformanceEntry {
  constructor(skipThrowSymbol = undefined, name = undefined, type = undefined) {
    if (skipThrowSymbol !== kSkipThrow) throw new (codes().ERR_ILLEGAL_CONSTRUCTOR)();
    super(skipThrowSymbol, name, type);
  }
}

function enumerable(proto, names) {
  for (const name of names) Object.defineProperty(proto, name, { enumerable: true });
}

function hide(proto, key) {
  Object.defineProperty(proto, key, { enumerable: false });
}

module.exports = {
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceObserver,
  PerformanceObserverEntryList,
  PerformanceResourceTiming,
  monitorEventLoopDelay,
  createHistogram,
  performance,
  constants,
};
