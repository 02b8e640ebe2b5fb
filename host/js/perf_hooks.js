'use strict';
// `perf_hooks`: the `performance` object (now, timeOrigin, marks and measures).

const timeOrigin = Date.now();
const [startS, startNs] = bindings.hrtime();

function now() {
  const [s, ns] = bindings.hrtime();
  return (s - startS) * 1e3 + (ns - startNs) / 1e6;
}

const entries = [];

class PerformanceEntry {
  constructor(name, entryType, startTime, duration, detail) {
    this.name = name;
    this.entryType = entryType;
    this.startTime = startTime;
    this.duration = duration;
    if (detail !== undefined) this.detail = detail;
  }

  toJSON() {
    return { name: this.name, entryType: this.entryType, startTime: this.startTime, duration: this.duration, detail: this.detail };
  }
}

class PerformanceMark extends PerformanceEntry {
  constructor(name, options = {}) {
    super(`${name}`, 'mark', options.startTime ?? now(), 0, options.detail ?? null);
  }
}

class PerformanceMeasure extends PerformanceEntry {}

function findMark(name) {
  for (let i = entries.length - 1; i >= 0; i--) if (entries[i].entryType === 'mark' && entries[i].name === name) return entries[i].startTime;
  const { codes } = require('internal/errors');
  throw new (codes.ERR_INVALID_PERFORMANCE_MARK || Error)(name);
}

const performance = {
  now,
  get timeOrigin() {
    return timeOrigin;
  },
  mark(name, options) {
    const mark = new PerformanceMark(name, options);
    entries.push(mark);
    return mark;
  },
  measure(name, startOrOptions, endMark) {
    let start = 0;
    let end = now();
    let detail = null;
    if (typeof startOrOptions === 'string') start = findMark(startOrOptions);
    else if (startOrOptions && typeof startOrOptions === 'object') {
      if (startOrOptions.start !== undefined) start = typeof startOrOptions.start === 'string' ? findMark(startOrOptions.start) : startOrOptions.start;
      if (startOrOptions.end !== undefined) end = typeof startOrOptions.end === 'string' ? findMark(startOrOptions.end) : startOrOptions.end;
      if (startOrOptions.duration !== undefined) end = start + startOrOptions.duration;
      detail = startOrOptions.detail ?? null;
    }
    if (typeof endMark === 'string') end = findMark(endMark);
    const m = new PerformanceMeasure(`${name}`, 'measure', start, end - start, detail);
    entries.push(m);
    return m;
  },
  getEntries: () => entries.slice(),
  getEntriesByName: (name, type) => entries.filter((e) => e.name === name && (type === undefined || e.entryType === type)),
  getEntriesByType: (type) => entries.filter((e) => e.entryType === type),
  clearMarks(name) {
    for (let i = entries.length - 1; i >= 0; i--) if (entries[i].entryType === 'mark' && (name === undefined || entries[i].name === name)) entries.splice(i, 1);
  },
  clearMeasures(name) {
    for (let i = entries.length - 1; i >= 0; i--) if (entries[i].entryType === 'measure' && (name === undefined || entries[i].name === name)) entries.splice(i, 1);
  },
  toJSON() {
    return { timeOrigin, nodeTiming: {}, eventLoopUtilization: {} };
  },
};
Object.defineProperty(performance, Symbol.toStringTag, { value: 'Performance', configurable: true });

module.exports = { performance, PerformanceEntry, PerformanceMark, PerformanceMeasure };
