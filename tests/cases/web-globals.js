// Web globals beside streams: atob/btoa (valid input, whitespace, errors),
// queueMicrotask (ordering, argument errors, an exception becoming uncaught),
// and performance (now() monotonic, timeOrigin, marks, measures, buffers,
// observers, errors). Only deterministic facts are printed.
const { PerformanceObserver, PerformanceEntry, PerformanceMark, PerformanceMeasure, Performance, createHistogram } = require('perf_hooks');
const util = require('util');
const log = (...a) => console.log(...a);
const attempt = (label, fn) => {
  try {
    log(label, fn());
  } catch (e) {
    log(label, 'throws', e.name, e.code, e.message);
  }
};

// atob / btoa
log(btoa('hello'), btoa(''), btoa('\xff\xfe'), btoa(123), btoa(null), btoa(undefined));
log(atob('aGVsbG8='), JSON.stringify(atob('')), atob('aGVsbG8'), atob(' aG Vs\nbG8= '), atob(null) === atob('null'), [...atob('//79')].map((c) => c.charCodeAt(0)));
attempt('btoa non-latin1', () => btoa('€'));
attempt('btoa no args', () => btoa());
attempt('atob bad char', () => atob('ab*c'));
attempt('atob bad length', () => atob('abcde'));
attempt('atob bad padding', () => atob('ab=c'));
attempt('atob no args', () => atob());
try {
  atob(Symbol('s'));
} catch (e) {
  log('atob symbol', e.name);
}
attempt('atob url-safe', () => atob('-_-_'));

// queueMicrotask
const order = [];
queueMicrotask(() => order.push('micro 1'));
Promise.resolve().then(() => order.push('promise'));
process.nextTick(() => order.push('tick'));
queueMicrotask(() => {
  order.push('micro 2');
  queueMicrotask(() => order.push('nested micro'));
});
setTimeout(() => log('order', order.join(', ')), 0);
for (const bad of [undefined, 'fn', {}, null]) attempt(`queueMicrotask(${util.inspect(bad)})`, () => queueMicrotask(bad));
log('queueMicrotask returns', queueMicrotask(() => {}), queueMicrotask.length, queueMicrotask.name);

// performance: only facts that do not depend on timing.
const t1 = performance.now();
const t2 = performance.now();
log('now', typeof t1, t1 >= 0, t2 >= t1, typeof performance.timeOrigin, Number.isFinite(performance.timeOrigin),
  Math.abs(performance.timeOrigin + performance.now() - Date.now()) < 100);
log('same object', globalThis.performance === require('perf_hooks').performance, performance instanceof EventTarget,
  performance instanceof Performance, Object.prototype.toString.call(performance));
log('keys', Object.keys(Performance.prototype), Object.keys(PerformanceEntry.prototype), Object.keys(PerformanceMark.prototype));
log('perf_hooks exports', Object.keys(require('perf_hooks')));
log('toJSON keys', Object.keys(performance.toJSON()), Object.keys(performance.eventLoopUtilization()));

const m1 = performance.mark('m1', { startTime: 1.5, detail: { step: 1 } });
const detail = { nested: [1, 2] };
const m2 = performance.mark('m2', { startTime: 4, detail });
log('mark', m1 instanceof PerformanceMark, m1 instanceof PerformanceEntry, m1.name, m1.entryType, m1.startTime, m1.duration, m1.detail,
  m2.detail !== detail, Object.keys(m1), JSON.stringify(m2));
log(util.inspect(m1), util.inspect({ deep: { m: m1 } }, { depth: 1 }));
const mNow = performance.mark('now-mark');
log('default mark', mNow.startTime > 0, mNow.detail, performance.mark({ toString: () => 'converted' }).name);
const between = performance.measure('between', 'm1', 'm2');
log('measure', between instanceof PerformanceMeasure, between.name, between.entryType, between.startTime, between.duration, between.detail);
const opt = performance.measure('opts', { start: 'm1', end: 10, detail: 'info' });
log('measure opts', opt.startTime, opt.duration, opt.detail);
const dur = performance.measure('dur', { start: 10, duration: 5 });
const endDur = performance.measure('enddur', { end: 30, duration: 5 });
log('measure durations', dur.startTime, dur.duration, endDur.startTime, endDur.duration);
log('measure to now', performance.measure('tonow').startTime, performance.measure('from-m2', 'm2').startTime);
log(util.inspect(between));

log('entries', performance.getEntries().filter((e) => e.startTime < 50 && e.name !== 'now-mark' && e.name !== 'converted').map((e) => `${e.entryType}:${e.name}@${e.startTime}`));
log('byName', performance.getEntriesByName('m1').length, performance.getEntriesByName('m1', 'measure').length,
  performance.getEntriesByName('between', 'measure').length);
log('byType', performance.getEntriesByType('mark').map((e) => e.name), performance.getEntriesByType('nope'));
performance.clearMarks('m1');
log('after clearMarks(m1)', performance.getEntriesByType('mark').map((e) => e.name));
attempt('measure from cleared mark', () => performance.measure('x', 'm1'));
performance.clearMeasures('dur');
log('after clearMeasures(dur)', performance.getEntriesByType('measure').map((e) => e.name));
performance.clearMeasures();
performance.clearMarks();
log('cleared', performance.getEntries().length);
const direct = new PerformanceMark('direct', { startTime: 3 });
log('constructed mark is not buffered', performance.getEntriesByName('direct').length, performance.measure('from-direct', 'direct').startTime);

attempt('mark negative', () => performance.mark('a', { startTime: -1 }));
attempt('mark string time', () => performance.mark('a', { startTime: '5' }));
attempt('mark options', () => performance.mark('a', 5));
attempt('mark detail', () => performance.mark('a', { detail: () => 1 }));
attempt('mark no name', () => performance.mark());
attempt('mark reserved', () => performance.mark('nodeStart'));
attempt('measure missing', () => performance.measure('x', 'nonexistent'));
attempt('measure missing end', () => performance.measure('x', undefined, 'nonexistent'));
attempt('measure too many', () => performance.measure('x', { start: 1, end: 2, duration: 3 }));
attempt('measure endMark and options', () => performance.measure('x', { start: 1 }, 'm2'));
attempt('measure negative', () => performance.measure('x', { start: -1 }));
attempt('measure no name', () => performance.measure());
attempt('entry ctor', () => new PerformanceEntry());
attempt('measure ctor', () => new PerformanceMeasure());
attempt('performance ctor', () => new Performance());
attempt('getEntriesByName()', () => performance.getEntriesByName());
attempt('getEntriesByType()', () => performance.getEntriesByType());
attempt('now brand', () => performance.now.call({}));
attempt('entry brand', () => Reflect.get(PerformanceEntry.prototype, 'name', {}));
attempt('observer callback', () => new PerformanceObserver(5));
attempt('observe no type', () => new PerformanceObserver(() => {}).observe({}));
attempt('observe both', () => new PerformanceObserver(() => {}).observe({ type: 'mark', entryTypes: ['mark'] }));
attempt('observe unknown type', () => new PerformanceObserver(() => {}).observe({ type: 'nope' }));
attempt('supported', () => PerformanceObserver.supportedEntryTypes);

const obs = new PerformanceObserver((list, observer) => {
  log('observer', list.getEntries().map((e) => e.name), list.getEntriesByName('o2').length, list.getEntriesByType('mark').length,
    observer === obs, Object.prototype.toString.call(list));
  observer.disconnect();
  const late = new PerformanceObserver((l) => log('buffered observer', l.getEntries().map((e) => e.name)));
  late.observe({ type: 'mark', buffered: true });
  setImmediate(() => late.disconnect());
});
obs.observe({ entryTypes: ['mark', 'measure'] });
// Times below any real now(): the mark made at now() sorts last.
performance.mark('o1', { startTime: 0.3 });
performance.mark('o2', { startTime: 0.2 });
performance.measure('o3', { start: 0.1, end: 0.2 });
const taken = new PerformanceObserver(() => log('never called'));
taken.observe({ type: 'mark' });
performance.mark('t1');
log('takeRecords', taken.takeRecords().map((e) => e.name), taken.takeRecords().length);
taken.disconnect();
log('sync after marks');
setImmediate(() => log('immediate'));

// timerify and histograms
const h = createHistogram();
for (const v of [5, 1, 3, 3, 10]) h.record(v);
log('histogram', h.count, h.min, h.max, h.mean, h.percentile(50), h.percentile(100), h.exceeds, h.stddev.toFixed(4));
attempt('record 0', () => h.record(0));
attempt('record float', () => h.record(1.5));
h.reset();
log('reset', h.count, h.max, Number.isNaN(h.mean));
function add(a, b) {
  return a + b;
}
const timed = performance.timerify(add);
log('timerify', timed(2, 3), timed.name, timed.length, performance.timerify(add) === timed);
