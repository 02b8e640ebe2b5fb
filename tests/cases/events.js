'use strict';
// EventEmitter's synchronous API: listeners, once/prepend/off, counts, max-listener
// warnings, 'error' without a listener, errorMonitor, and EventTarget basics.
const EventEmitter = require('events');
const { errorMonitor, getEventListeners, getMaxListeners } = EventEmitter;

const tryIt = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
};

console.log(EventEmitter.EventEmitter === EventEmitter, typeof EventEmitter.once, typeof EventEmitter.on, EventEmitter.defaultMaxListeners);
console.log(EventEmitter.captureRejectionSymbol, errorMonitor, EventEmitter.captureRejections, EventEmitter.usingDomains);
console.log(Object.keys(require('events')).sort().join(','));

const e = new EventEmitter();
const log = [];
const a = (...args) => log.push(['a', ...args]);
const b = (...args) => log.push(['b', ...args]);
const c = (...args) => log.push(['c', ...args]);
e.on('x', a);
e.prependListener('x', b);
e.once('x', c);
e.prependOnceListener('x', function d(v) { log.push(['d', v, this === e]); });
console.log(e.listenerCount('x'), e.listeners('x').map((f) => f.name), e.rawListeners('x').map((f) => f.name || '(anon)'));
console.log(e.rawListeners('x')[0].listener.name, typeof e.rawListeners('x')[3].listener);
console.log(e.emit('x', 1, 2), e.emit('x', 3), e.emit('nothing'));
console.log(JSON.stringify(log));
console.log(e.listenerCount('x'), e.listenerCount('x', a), e.listenerCount('x', c), e.eventNames());
e.off('x', a);
console.log(e.listeners('x').length);
e.removeListener('x', a);
e.on('x', b);
e.removeListener('x', b);
console.log(e.listeners('x').length, e.listeners('x')[0] === b);

// removeListener of a once wrapper by its original, and events during emit.
const e2 = new EventEmitter();
const onceFn = () => console.log('never');
e2.once('y', onceFn);
e2.removeListener('y', onceFn);
console.log('once removed', e2.listenerCount('y'));
const order = [];
e2.on('z', () => { order.push(1); e2.on('z', () => order.push('late')); });
e2.on('z', () => { order.push(2); e2.removeAllListeners('z'); });
e2.on('z', () => order.push(3));
e2.emit('z');
e2.emit('z');
console.log('mutation during emit', order);

// newListener / removeListener meta-events.
const e3 = new EventEmitter();
e3.on('newListener', (ev, fn) => console.log('newListener', String(ev), fn.name));
e3.on('removeListener', (ev, fn) => console.log('removeListener', String(ev), fn.name));
const sym = Symbol('sym');
e3.on(sym, function symFn() {});
e3.once('foo', function fooFn() {});
e3.emit('foo');
e3.on('bar', function barFn() {});
console.log(e3.eventNames());
e3.removeAllListeners('bar');
e3.removeAllListeners();
console.log(e3.eventNames());

// Invalid listeners and max listeners.
tryIt('on(1)', () => e3.on('x', 1));
tryIt('once(null)', () => e3.once('x', null));
tryIt('setMaxListeners(-1)', () => e3.setMaxListeners(-1));
tryIt('setMaxListeners("1")', () => e3.setMaxListeners('1'));
tryIt('setMaxListeners(NaN)', () => e3.setMaxListeners(NaN));
tryIt('defaultMaxListeners = -1', () => { EventEmitter.defaultMaxListeners = -1; });
console.log(e3.getMaxListeners(), getMaxListeners(e3), e3.setMaxListeners(1) === e3, e3.getMaxListeners());

process.on('warning', (w) => {
  console.log('warning:', w.name, w.code, w.type, w.count, w.emitter === w2 || w.emitter === named, w.message);
});
const w2 = new EventEmitter();
w2.setMaxListeners(2);
for (let i = 0; i < 4; i++) w2.on('evt', () => {});
const ws = Symbol('s');
for (let i = 0; i < 3; i++) w2.on(ws, () => {});
class Named extends EventEmitter {}
const named = new Named();
named.setMaxListeners(1);
named.on('n', () => {}); named.on('n', () => {});
EventEmitter.setMaxListeners(1, named);
console.log('named max', named.getMaxListeners());
const w3 = new EventEmitter();
w3.setMaxListeners(0);
for (let i = 0; i < 20; i++) w3.on('fine', () => {});
console.log('w3 count', w3.listenerCount('fine'));

// 'error' with no listener.
const errs = new EventEmitter();
tryIt('emit error Error', () => errs.emit('error', new TypeError('boom')));
for (const v of [undefined, 'str', 42, { message: 'obj' }, null]) {
  try {
    errs.emit('error', v);
  } catch (err) {
    console.log('emit error', typeof v, err.name, err.code, err.message, err.context === v);
  }
}
errs.on(errorMonitor, (er) => console.log('monitor saw', er.message));
tryIt('monitored', () => errs.emit('error', new Error('watched')));
errs.on('error', (er) => console.log('handled', er.message));
console.log(errs.emit('error', new Error('caught')), errs.listenerCount('error'), errs.listenerCount(errorMonitor));

// A listener that throws stops the emit.
const t = new EventEmitter();
t.on('q', () => { throw new RangeError('listener threw'); });
t.on('q', () => console.log('not reached'));
tryIt('throwing listener', () => t.emit('q'));

// Subclassing and EventEmitter.call.
class My extends EventEmitter {}
const my = new My();
my.on('m', function () { console.log('subclass this ok', this === my, this instanceof My); });
my.emit('m');
function Old() { EventEmitter.call(this); }
Object.setPrototypeOf(Old.prototype, EventEmitter.prototype);
const old = new Old();
old.on('o', (v) => console.log('old-style', v));
old.emit('o', 'works');
console.log(typeof old._events, old._eventsCount, old._maxListeners);
console.log(EventEmitter.listenerCount(old, 'o'));

// getEventListeners on emitters and EventTargets.
const et = new EventTarget();
const h1 = () => {};
et.addEventListener('foo', h1);
et.addEventListener('foo', h1);
et.addEventListener('foo', { handleEvent() {} });
console.log(getEventListeners(et, 'foo').length, getEventListeners(old, 'o').length, getEventListeners(et, 'none'));
tryIt('getEventListeners(bad)', () => getEventListeners({}, 'x'));

// EventTarget / Event / CustomEvent.
const ev = new Event('ping', { cancelable: true, bubbles: true });
console.log(ev.type, ev.cancelable, ev.bubbles, ev.composed, ev.defaultPrevented, ev.isTrusted, ev.eventPhase, ev.target, typeof ev.timeStamp);
const target = new EventTarget();
const seen = [];
target.addEventListener('ping', function (evt) {
  seen.push(['fn', evt === ev, evt.target === target, evt.currentTarget === target, this === target, evt.eventPhase]);
  evt.preventDefault();
});
target.addEventListener('ping', { handleEvent(evt) { seen.push(['obj', evt.defaultPrevented]); } });
target.addEventListener('ping', () => seen.push('once'), { once: true });
console.log(target.dispatchEvent(ev), ev.defaultPrevented, ev.currentTarget, ev.eventPhase);
target.dispatchEvent(new Event('ping'));
console.log(JSON.stringify(seen));
const stopper = new EventTarget();
stopper.addEventListener('s', (evt) => { console.log('first'); evt.stopImmediatePropagation(); });
stopper.addEventListener('s', () => console.log('second'));
stopper.dispatchEvent(new Event('s'));
const passive = new EventTarget();
passive.addEventListener('p', (evt) => { evt.preventDefault(); console.log('passive prevented?', evt.defaultPrevented); }, { passive: true });
passive.dispatchEvent(new Event('p', { cancelable: true }));
const removable = new EventTarget();
const rm = () => console.log('should not run');
removable.addEventListener('r', rm);
removable.removeEventListener('r', rm);
console.log('dispatch with none', removable.dispatchEvent(new Event('r')));
const ac = new AbortController();
removable.addEventListener('r', () => console.log('signal listener'), { signal: ac.signal });
removable.dispatchEvent(new Event('r'));
ac.abort();
removable.dispatchEvent(new Event('r'));
const ce = new CustomEvent('cust', { detail: { n: 1 } });
console.log(ce.type, ce.detail, ce instanceof Event, new CustomEvent('x').detail);
tryIt('new Event()', () => new Event());
tryIt('dispatch non-event', () => target.dispatchEvent({ type: 'ping' }));
const again = new Event('again');
target.dispatchEvent(again);
tryIt('re-dispatch', () => target.dispatchEvent(again));
console.log(Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE);
console.log(String(new Event('x')), Object.prototype.toString.call(target));
const errTarget = new EventTarget();
errTarget.addEventListener('bad', () => { throw new Error('from listener'); });
errTarget.addEventListener('bad', () => console.log('after throwing listener'));
process.once('uncaughtException', (er) => console.log('uncaught from EventTarget:', er.message));
errTarget.dispatchEvent(new Event('bad'));
console.log(require('util').inspect(EventEmitter, { depth: 0 }), require('util').inspect(EventEmitter.prototype));
