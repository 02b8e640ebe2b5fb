// AbortController and AbortSignal: abort(reason), default reasons, the 'abort'
// event (once, order, onabort, event properties), throwIfAborted,
// AbortSignal.abort/timeout/any, argument errors, inspection, brand checks.
const util = require('util');
const { EventEmitter } = require('events');
const log = (...a) => console.log(...a);

const ac = new AbortController();
const { signal } = ac;
log(typeof AbortController, typeof AbortSignal, signal instanceof AbortSignal, signal instanceof EventTarget);
log('initial', signal.aborted, signal.reason, signal.onabort, ac.signal === signal);
log(Object.prototype.toString.call(ac), Object.prototype.toString.call(signal));
log(util.inspect(ac), util.inspect(signal));
log(Object.keys(AbortSignal.prototype), Object.getOwnPropertyNames(AbortSignal.prototype).sort(),
  Object.getOwnPropertyNames(AbortController.prototype).sort(), Object.getOwnPropertyNames(AbortSignal).sort());
const order = [];
signal.addEventListener('abort', (e) => {
  order.push(`listener1 ${e.type} ${e.target === signal} ${e.constructor.name} ${signal.aborted}`);
});
signal.onabort = (e) => order.push(`onabort ${typeof e}`);
signal.addEventListener('abort', () => order.push('listener2'), { once: true });
signal.throwIfAborted();
ac.abort();
log('after abort', signal.aborted, signal.reason.name, signal.reason.message, signal.reason.code, signal.reason instanceof DOMException);
log('events', order);
order.length = 0;
ac.abort('again');
log('second abort is ignored', order.length, signal.reason.name);
try {
  signal.throwIfAborted();
} catch (e) {
  log('throwIfAborted', e === signal.reason, e.name);
}
log(util.inspect(signal), util.inspect(ac, { depth: 0 }));

for (const reason of ['text', 42, null, { custom: true }, new Error('err reason'), undefined]) {
  const c = new AbortController();
  c.abort(reason);
  log('reason', util.inspect(c.signal.reason).split('\n')[0]);
  try {
    c.signal.throwIfAborted();
  } catch (e) {
    log('  thrown', e === c.signal.reason || (e && e.name));
  }
}

// AbortSignal.abort
const pre = AbortSignal.abort();
log('AbortSignal.abort', pre.aborted, pre.reason.name, pre.reason.message, AbortSignal.abort('why').reason, AbortSignal.abort(undefined).reason.name);
pre.addEventListener('abort', () => log('never fires on already-aborted'));

// Illegal construction and brand checks
for (const fn of [
  () => new AbortSignal(),
  () => Reflect.get(AbortSignal.prototype, 'aborted', {}),
  () => AbortSignal.prototype.throwIfAborted.call({}),
  () => AbortSignal.timeout(-1),
  () => AbortSignal.timeout('10'),
  () => AbortSignal.timeout(1.5),
  () => AbortSignal.any(5),
  () => AbortSignal.any([signal, 'x']),
]) {
  try {
    fn();
    log('no throw');
  } catch (e) {
    log('throws', e.name, e.code, e.message);
  }
}

// AbortSignal.any
const a1 = new AbortController();
const a2 = new AbortController();
const any = AbortSignal.any([a1.signal, a2.signal]);
log('any', any.aborted, any instanceof AbortSignal, any !== a1.signal);
any.addEventListener('abort', () => log('any fired', any.reason));
a2.abort('second wins');
a1.abort('first later');
log('any reason', any.reason, AbortSignal.any([]).aborted);
const anyPre = AbortSignal.any([new AbortController().signal, AbortSignal.abort('pre-aborted')]);
log('any pre-aborted', anyPre.aborted, anyPre.reason);
const nested = new AbortController();
const outer = AbortSignal.any([AbortSignal.any([nested.signal])]);
nested.abort('deep');
log('nested any', outer.aborted, outer.reason);
for (const bad of [new Set([new AbortController().signal]), [undefined], [null], undefined]) {
  try {
    AbortSignal.any(bad);
  } catch (e) {
    log('any bad', e.name, e.code, e.message);
  }
}
log('any duck-typed', AbortSignal.any([{ aborted: false }]).aborted);
// The source's own listeners all run before the signals made by any().
const src = new AbortController();
const dependent = AbortSignal.any([src.signal]);
const seen = [];
src.signal.addEventListener('abort', () => seen.push('source 1'));
dependent.addEventListener('abort', () => seen.push(`dependent ${dependent.aborted}`));
src.signal.addEventListener('abort', () => seen.push(`source 2 dependent.aborted=${dependent.aborted}`));
src.abort('r');
log('dispatch order', seen);
// Private controller state: brand errors are the engine's own TypeError.
for (const fn of [() => Reflect.get(AbortController.prototype, 'signal', {}), () => AbortController.prototype.abort.call({})]) {
  try {
    fn();
  } catch (e) {
    log('controller brand', e.name);
  }
}
// onabort keeps its place among the listeners when replaced.
const h = new AbortController();
const hs = [];
h.signal.onabort = () => hs.push('h1');
h.signal.addEventListener('abort', () => hs.push('L'));
h.signal.onabort = () => hs.push('h2');
h.signal.onabort = null;
log('onabort null', h.signal.onabort);
h.signal.onabort = () => hs.push('h3');
h.abort();
log('handler order', hs);
const odd = AbortSignal.abort();
odd.onabort = 5;
log('onabort non-function', odd.onabort, Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'onabort').get.name);
log('lengths', AbortSignal.abort.length, AbortSignal.any.length, AbortSignal.timeout.length, AbortController.prototype.abort.length);
log(util.inspect({ a: { b: new AbortController().signal } }, { depth: 1 }), util.inspect(new AbortController(), { depth: 0 }));

// Listeners through events helpers
const ee = new EventEmitter();
const c3 = new AbortController();
require('events').once(ee, 'never', { signal: c3.signal }).catch((e) => log('events.once aborted', e.name, e.code, e.cause));
c3.abort('reason3');
const c5 = new AbortController();
c5.signal.addEventListener('abort', function (e) {
  log('listener this', this === c5.signal, e.eventPhase, e.cancelable, e.bubbles, e.defaultPrevented);
  e.preventDefault();
  log('preventDefault on non-cancelable', e.defaultPrevented);
});
c5.abort();
const c6 = new AbortController();
const handler = () => log('removed listener ran');
c6.signal.addEventListener('abort', handler);
c6.signal.removeEventListener('abort', handler);
c6.signal.onabort = () => log('onabort replaced');
c6.signal.onabort = () => log('onabort final');
c6.signal.dispatchEvent(new Event('abort'));
log('manual dispatch does not abort', c6.signal.aborted);
c6.abort();

// AbortSignal.timeout
const timed = AbortSignal.timeout(10);
log('timeout initial', timed.aborted);
timed.onabort = () => {
  log('timeout fired', timed.aborted, timed.reason.name, timed.reason.message, timed.reason.code);
  const zero = AbortSignal.timeout(0);
  setTimeout(() => log('timeout 0', zero.aborted), 20);
};
// A pending timeout signal alone does not keep the process alive.
AbortSignal.timeout(100000);
setTimeout(() => {}, 60);
for (const fn of [() => AbortSignal(), () => AbortController()]) {
  try {
    fn();
  } catch (e) {
    log('call without new', e.name);
  }
}
