'use strict';
// Compares host/js/events.js with node's events module and node's EventTarget,
// Event and CustomEvent: each scenario below runs once against node's and once
// against ours, writing what it observes (listener call order, arguments, return
// values, thrown errors, warnings, uncaught exceptions, _events internals,
// util.inspect output, property descriptors) to a log; the two logs must match.
//
//   node tools/jsdev/check-events.js
//
// Prints each mismatch and exits 1 if there is any.

const util = require('util');
const { load } = require('./load.js');

const ours = load('events');
// The host will hand events node's nextTick and emitWarning equivalents.
ours._setNextTick(process.nextTick);
ours._setWarningHook((w) => process.emitWarning(w));

// AbortSignal built on our EventTarget, as the host's will be (node's own does not
// know our listener flags).
class OurAbortSignal extends ours.EventTarget {
  constructor() {
    super();
    this.aborted = false;
    this.reason = undefined;
  }

  static abort(reason) {
    const c = new OurAbortController();
    c.abort(reason);
    return c.signal;
  }
}
class OurAbortController {
  constructor() {
    this.signal = new OurAbortSignal();
  }

  abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    if (this.signal.aborted) return;
    this.signal.aborted = true;
    this.signal.reason = reason;
    this.signal.dispatchEvent(new ours.Event('abort'));
  }
}

const nodeEvents = require('events');
const envs = {
  node: { E: nodeEvents, EventTarget, Event, CustomEvent, AbortController, AbortSignal },
  ours: {
    E: ours, EventTarget: ours.EventTarget, Event: ours.Event, CustomEvent: ours.CustomEvent,
    AbortController: OurAbortController, AbortSignal: OurAbortSignal,
  },
};

let current = null; // the env a scenario is running in
process.removeAllListeners('warning');
process.on('warning', (w) => current?.onWarning(w));
process.on('uncaughtException', (err) => {
  if (current) current.log.push(`uncaught: ${describe(err, current)}`);
  else throw err;
});

const tick = () => new Promise((resolve) => setImmediate(resolve));

// Values as text both implementations render alike.
function describe(value, env, depth = 0) {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string': return JSON.stringify(value);
    case 'number': case 'boolean': case 'bigint': return String(value);
    case 'symbol': return value.toString();
    case 'function': return `fn ${value.name}${value.listener ? `{listener: ${describe(value.listener, env)}}` : ''}`;
    default: break;
  }
  if (value instanceof Error) {
    const extra = Object.keys(value).filter((k) => k !== 'code')
      .map((k) => `${k}=${depth < 2 ? describe(value[k], env, depth + 1) : '…'}`).join(',');
    return `${value.name} [${value.code}] ${JSON.stringify(value.message)}${extra ? ` {${extra}}` : ''}${
      value.cause !== undefined && !Object.keys(value).includes('cause') ? ` cause=${describe(value.cause, env, depth + 1)}` : ''}`;
  }
  if (value instanceof env.E) return `<${value.constructor.name} emitter>`;
  if (value instanceof env.EventTarget) return `<${value.constructor.name} target>`;
  if (value instanceof env.Event) return `<${value.constructor.name} ${value.type}>`;
  if (Array.isArray(value)) return depth > 3 ? '[…]' : `[${value.map((v) => describe(v, env, depth + 1)).join(', ')}]`;
  if (depth > 3) return '{…}';
  const keys = Reflect.ownKeys(value);
  return `{${keys.map((k) => `${String(k)}: ${describe(value[k], env, depth + 1)}`).join(', ')}}`;
}

function makeEnv(name) {
  const env = { ...envs[name], name, log: [], warnings: [] };
  env.onWarning = (w) => {
    env.log.push(`warning ${w.name}: ${w.message} keys=${Object.keys(w).join(',')} type=${describe(w.type, env)} count=${w.count}`);
  };
  env.out = (...parts) => env.log.push(parts.map((p) => (typeof p === 'string' ? p : describe(p, env))).join(' '));
  env.attempt = (label, fn) => {
    try {
      const r = fn();
      env.out(`${label} ->`, r);
      return r;
    } catch (err) {
      env.out(`${label} threw`, err);
      return undefined;
    }
  };
  return env;
}

// ---- scenarios -----------------------------------------------------------------

const scenarios = {};

scenarios['emit order, args, this, return value'] = ({ E, out }) => {
  const e = new E();
  out('emit none', e.emit('x'));
  function a(...args) { out('a', this === e, args); }
  function b(...args) { out('b', args.length); return 1; }
  e.on('x', a);
  e.addListener('x', b);
  out('emit', e.emit('x', 1, 'two', null, undefined, 5));
  out('emit no args', e.emit('x'));
  const s = Symbol('sym');
  e.on(s, (v) => out('symbol event', v));
  e.on(42, (v) => out('number event', v));
  out(e.emit(s, 's'), e.emit(42, 'n'), e.emit('42', 'n2'));
  out('names', e.eventNames());
};

scenarios['prepend and once ordering'] = ({ E, out }) => {
  const e = new E();
  e.on('x', () => out('on1'));
  e.prependListener('x', () => out('prepend1'));
  e.once('x', () => out('once1'));
  e.prependOnceListener('x', () => out('prependOnce1'));
  e.on('x', () => out('on2'));
  out('count', e.listenerCount('x'));
  e.emit('x');
  out('count', e.listenerCount('x'));
  e.emit('x');
  out('raw', e.rawListeners('x').length, e.listeners('x').length);
};

scenarios['once: removal before call, re-adding, recursion'] = ({ E, out }) => {
  const e = new E();
  let n = 0;
  function again(v) {
    out('again', v, e.listenerCount('x'));
    if (++n < 3) e.once('x', again);
    if (n === 1) e.emit('x', 'nested');
  }
  e.once('x', again);
  e.emit('x', 'first');
  e.emit('x', 'second');
  e.emit('x', 'third');
  out('left', e.listenerCount('x'));
  const f = () => out('never');
  e.once('y', f);
  e.removeListener('y', f);
  out('removed by original', e.emit('y'), e.listenerCount('y'));
  e.once('z', function (...args) { out('once this', this === e, args, arguments.length); });
  e.emit('z');
  e.once('z', function (...args) { out('once args', args); });
  e.emit('z', 1, 2, 3);
};

scenarios['listeners changed during emit'] = ({ E, out }) => {
  const e = new E();
  const later = () => out('later');
  e.on('x', () => { out('first removes later, adds new'); e.removeListener('x', later); e.on('x', () => out('new')); });
  e.on('x', later);
  e.emit('x');
  out('second round');
  e.emit('x');
  const self = () => { out('self-removing'); e.off('y', self); };
  e.on('y', self);
  e.on('y', () => out('y2'));
  e.emit('y');
  e.emit('y');
};

scenarios['removeListener: duplicates, once wrappers, _events shape'] = ({ E, out }) => {
  const e = new E();
  const f = () => out('f');
  const g = () => out('g');
  out('typeof _events before', typeof e._events, Object.getPrototypeOf(e._events), e._eventsCount);
  e.on('x', f);
  out('single', typeof e._events.x, e._eventsCount);
  e.on('x', g);
  e.on('x', f);
  e.once('x', g);
  out('array', Array.isArray(e._events.x), e._events.x.length, e._eventsCount);
  e.removeListener('x', f);
  out('after remove f', e.listeners('x'));
  e.removeListener('x', g);
  out('after remove g', e.listeners('x'), e.rawListeners('x'));
  e.removeListener('x', g);
  out('after remove g again', e.listeners('x'), typeof e._events.x);
  e.removeListener('x', f);
  out('empty', e._events, e._eventsCount, e.eventNames());
  e.removeListener('nope', f);
  e.on('a', f);
  e.on('b', g);
  e.removeListener('a', f);
  out('keys after delete', Object.keys(e._events), e._eventsCount);
  out('off alias', E.prototype.off === E.prototype.removeListener, E.prototype.on === E.prototype.addListener);
};

scenarios['newListener and removeListener events'] = ({ E, out }) => {
  const e = new E();
  e.on('newListener', (type, l) => { out('newListener', type, l, 'count now', e.listenerCount(type)); });
  e.on('removeListener', (type, l) => { out('removeListener', type, l); });
  function f() {}
  function g() {}
  e.on('x', f);
  e.once('x', g);
  e.prependOnceListener('y', f);
  e.removeListener('x', g);
  e.removeListener('x', f);
  e.removeListener('y', f);
  e.on('a', f);
  e.on('a', g);
  e.on('b', f);
  e.removeAllListeners('a');
  e.removeAllListeners();
  out('after all', e.eventNames(), e._eventsCount);
  const e2 = new E();
  e2.on('newListener', (type) => {
    if (type === 'x') {
      e2.removeAllListeners('newListener');
      e2.on('x', () => out('added from newListener'));
    }
  });
  e2.on('x', () => out('original'));
  e2.emit('x');
};

scenarios['removeAllListeners'] = ({ E, out }) => {
  const e = new E();
  const s = Symbol('s');
  for (const t of ['a', 'b', s]) {
    e.on(t, () => {});
    e.on(t, () => {});
  }
  e.removeAllListeners('a');
  out(e.eventNames(), e._eventsCount);
  e.removeAllListeners('zzz');
  out(e.eventNames(), e._eventsCount);
  e.removeAllListeners(undefined);
  out('undefined type', e.eventNames(), e._eventsCount);
  e.removeAllListeners();
  out(e.eventNames(), e._eventsCount, e._events);
  out('chain', e.removeAllListeners() === e, e.setMaxListeners(3) === e, e.on('q', () => {}) === e,
    e.once('q', () => {}) === e, e.off('q', () => {}) === e, e.prependListener('q', () => {}) === e,
    e.prependOnceListener('q', () => {}) === e);
};

scenarios['listeners, rawListeners, listenerCount'] = ({ E, out }) => {
  const e = new E();
  function f() {}
  function g() {}
  e.on('x', f);
  e.once('x', g);
  e.once('x', f);
  const raw = e.rawListeners('x');
  out(e.listeners('x'), raw.map((l) => l.name), raw[1].listener === g);
  out('counts', e.listenerCount('x'), e.listenerCount('x', f), e.listenerCount('x', g), e.listenerCount('x', () => {}),
    e.listenerCount('nope'), e.listenerCount('x', null));
  out('static', E.listenerCount(e, 'x'), E.listenerCount({ listenerCount: () => 7 }, 'x'));
  raw[1]();
  out('wrapper call removes', e.listeners('x'));
  raw[1]();
  out('copies', e.listeners('x') !== e.listeners('x'));
  e.once('y', f);
  out('single once', e.listeners('y'), e.rawListeners('y')[0].listener === f, e.listenerCount('y', f));
  function odd() {}
  odd.listener = 5;
  function odder() {}
  odder.listener = 's';
  e.on('z', odd);
  out('odd .listener alone', e.listeners('z'));
  e.on('z', odder);
  out('odd .listener in a list', e.listeners('z'));
};

scenarios['max listeners and warnings'] = async ({ E, out, attempt }) => {
  const e = new E();
  out('default', e.getMaxListeners(), E.defaultMaxListeners, E.getMaxListeners(e));
  for (let i = 0; i < 11; i++) e.on('x', () => {});
  out('warned flag', e._events.x.warned);
  for (let i = 0; i < 3; i++) e.on('x', () => {});
  e.setMaxListeners(1);
  e.on('y', () => {});
  e.on('y', () => {});
  e.setMaxListeners(0);
  for (let i = 0; i < 30; i++) e.on('z', () => {});
  e.setMaxListeners(Infinity);
  for (let i = 0; i < 30; i++) e.on('w', () => {});
  class Sub extends E {}
  const s = new Sub();
  s.setMaxListeners(1);
  const sym = Symbol('desc');
  s.on(sym, () => {});
  s.on(sym, () => {});
  for (const bad of [-1, NaN, '3', null, undefined, {}]) attempt(`setMaxListeners(${String(bad)})`, () => e.setMaxListeners(bad));
  for (const bad of [-1, NaN, 'x']) attempt(`defaultMaxListeners=${String(bad)}`, () => { E.defaultMaxListeners = bad; });
  attempt('static setMaxListeners bad', () => E.setMaxListeners(-1));
  attempt('static setMaxListeners bad target', () => E.setMaxListeners(1, {}));
  E.defaultMaxListeners = 2;
  const d = new E();
  d.on('q', () => {});
  d.on('q', () => {});
  d.on('q', () => {});
  out('new default', d.getMaxListeners());
  E.setMaxListeners(5);
  out('static default', E.defaultMaxListeners, d.getMaxListeners());
  E.setMaxListeners(7, d, s);
  out('static on targets', d.getMaxListeners(), s.getMaxListeners(), E.defaultMaxListeners);
  E.defaultMaxListeners = 10;
  attempt('getMaxListeners({})', () => E.getMaxListeners({}));
  await tick();
};

scenarios['error events'] = ({ E, out, attempt }) => {
  const e = new E();
  const err = new Error('boom');
  attempt('emit error Error', () => e.emit('error', err));
  for (const v of ['string', 42, { a: 1 }, null, undefined, [1, 2], Symbol('s')]) {
    attempt(`emit error ${typeof v}`, () => e.emit('error', v));
  }
  attempt('emit error no args', () => e.emit('error'));
  attempt('context', () => {
    try {
      e.emit('error', { code: 'X' });
    } catch (ex) {
      return [ex.context, Object.keys(ex)];
    }
  });
  e.on(E.errorMonitor, (er) => out('monitor', er));
  attempt('with monitor only', () => e.emit('error', err));
  e.on('error', (er, extra) => out('handled', er, extra));
  out('with listener', e.emit('error', err, 'extra'));
  out('errorMonitor symbol', E.errorMonitor.toString(), typeof E.errorMonitor);
  const noEvents = Object.create(E.prototype);
  attempt('no _events, error', () => noEvents.emit('error', 'x'));
  out('no _events, other', noEvents.emit('x'));
  class Custom extends E {}
  attempt('subclass error', () => new Custom().emit('error', new TypeError('t')));
};

scenarios['captureRejections'] = async ({ E, out, attempt }) => {
  const e = new E({ captureRejections: true });
  out('kCapture', e[Object.getOwnPropertySymbols(e).find((s) => s.description === 'kCapture')]);
  e.on('x', async () => { throw new Error('rejected'); });
  e.on('error', (err) => out('error event', err));
  e.emit('x');
  await tick();
  const e2 = new E({ captureRejections: true });
  e2[E.captureRejectionSymbol] = (err, type, ...args) => out('rejection method', err, type, args);
  e2.on('y', () => Promise.reject(new Error('r2')));
  e2.emit('y', 1, 2);
  await tick();
  const e3 = new E();
  e3.on('z', async () => { throw new Error('not captured'); });
  const p = new Promise((resolve) => process.once('unhandledRejection', (r) => resolve(r)));
  e3.emit('z');
  out('unhandled', await p);
  attempt('bad option', () => new E({ captureRejections: 1 }));
  out('falsy option', new E({ captureRejections: 0 }) instanceof E);
  attempt('bad global', () => { E.captureRejections = 'yes'; });
  out('global default', E.captureRejections);
  E.captureRejections = true;
  const e4 = new E();
  e4.on('w', async () => { throw new Error('global'); });
  e4.on('error', (err) => out('global capture', err));
  e4.emit('w');
  await tick();
  E.captureRejections = false;
  out('symbol', E.captureRejectionSymbol === Symbol.for('nodejs.rejection'));
  const e5 = new E({ captureRejections: true });
  e5.on('v', () => ({ then: 5 }));
  e5.on('v', () => ({ get then() { throw new Error('then getter'); } }));
  e5.on('error', (err) => out('then getter threw', err));
  e5.emit('v');
  await tick();
};

scenarios['invalid listeners'] = ({ E, attempt }) => {
  const e = new E();
  for (const bad of [1, 'x', null, undefined, {}, Symbol('s')]) {
    for (const m of ['on', 'addListener', 'once', 'prependListener', 'prependOnceListener', 'removeListener', 'off']) {
      attempt(`${m}(${typeof bad})`, () => e[m]('x', bad));
    }
  }
};

scenarios['subclassing, init, shape mode'] = ({ E, out }) => {
  function Old() {
    E.call(this);
    this.tag = 'old';
  }
  Object.setPrototypeOf(Old.prototype, E.prototype);
  const o = new Old();
  o.on('x', (v) => out('old style', v, o.tag));
  o.emit('x', 1);
  out(Object.keys(o), util.inspect(o));
  class Modern extends E {
    constructor() {
      super({ captureRejections: false });
      this.n = 1;
    }
  }
  const m = new Modern();
  out(util.inspect(m), m instanceof E);
  function Pre() {
    this._events = { __proto__: null, pre: () => out('pre') };
    this._eventsCount = 1;
    E.call(this);
  }
  Object.setPrototypeOf(Pre.prototype, E.prototype);
  const p = new Pre();
  out('shape mode', util.inspect(p));
  p.emit('pre');
  p.on('a', () => {});
  p.removeListener('pre', p._events.pre);
  out('after removal in shape mode', Object.keys(p._events), p._events.pre, p._eventsCount);
  p.removeAllListeners();
  out('after removeAll', util.inspect(p));
  const bare = Object.create(E.prototype);
  out('bare', bare.listenerCount('x'), bare.eventNames(), bare.listeners('x'), bare.getMaxListeners());
  bare.on('x', () => out('bare on works'));
  bare.emit('x');
  out('bare after', util.inspect(bare));
  E.init.call(bare);
  out('bare after init', util.inspect(bare));
  const withMax = Object.create(E.prototype);
  withMax._maxListeners = 0;
  E.init.call(withMax);
  out('init keeps falsy max as undefined', withMax._maxListeners);
};

scenarios['inspect and keys'] = ({ E, out }) => {
  const e = new E();
  out(util.inspect(e));
  out(util.inspect(e, { showHidden: true }));
  e.on('x', function named() {});
  e.once('y', function other() {});
  out(util.inspect(e));
  out(util.inspect(e, { depth: 0 }));
  const forIn = [];
  for (const k in e) forIn.push(k);
  out('for-in', forIn);
  out('own', Reflect.ownKeys(e).map(String));
  out('proto', Reflect.ownKeys(E.prototype).map(String));
  // Ours also carries EventTarget, Event, CustomEvent and the host hooks, hidden.
  const extras = ['EventTarget', 'Event', 'CustomEvent', '_setWarningHook', '_setNextTick', '_internals', '_shared'];
  const statics = Object.getOwnPropertyNames(E).filter((k) => !extras.includes(k));
  out('statics', statics, Object.keys(E));
  for (const k of statics) {
    const d = Object.getOwnPropertyDescriptor(E, k);
    out('static', k, 'value' in d ? typeof d.value : 'accessor', d.enumerable, d.writable, d.configurable,
      typeof d.value === 'function' ? [d.value.name, d.value.length] : '');
  }
  for (const k of Reflect.ownKeys(E.prototype)) {
    const d = Object.getOwnPropertyDescriptor(E.prototype, k);
    out('proto', String(k), 'value' in d ? typeof d.value : 'accessor', d.enumerable, d.writable, d.configurable,
      typeof d.value === 'function' ? [d.value.name, d.value.length] : String(d.value));
  }
  out('ctor', E.name, E.length, E.EventEmitter === E, E.usingDomains, typeof E.kMaxEventTargetListeners,
    E.kMaxEventTargetListeners.toString(), E.kMaxEventTargetListenersWarned.toString());
};

scenarios['events.once'] = async ({ E, EventTarget, Event, AbortController, AbortSignal, out, attempt }) => {
  const e = new E();
  const p = E.once(e, 'x');
  out('listeners while waiting', e.listenerCount('x'), e.listenerCount('error'));
  e.emit('x', 1, 2);
  out('resolved', await p, e.listenerCount('x'), e.listenerCount('error'));
  const p2 = E.once(e, 'x');
  e.emit('error', new Error('failed'));
  try {
    await p2;
  } catch (err) {
    out('rejected', err, e.listenerCount('x'), e.listenerCount('error'));
  }
  const p3 = E.once(e, 'error');
  e.emit('error', new Error('as value'));
  out('error as event', await p3);
  const ac = new AbortController();
  const p4 = E.once(e, 'y', { signal: ac.signal });
  ac.abort('why');
  try {
    await p4;
  } catch (err) {
    out('aborted', err, err.cause, e.listenerCount('y'));
  }
  attempt('already aborted', () => E.once(e, 'y', { signal: AbortSignal.abort('r') }));
  attempt('bad signal', () => E.once(e, 'y', { signal: 5 }));
  const et = new EventTarget();
  const p5 = E.once(et, 'ping');
  et.dispatchEvent(new Event('ping'));
  out('event target', await p5);
  attempt('bad emitter', () => E.once({}, 'x').catch((err) => out('bad emitter rejection', err)));
  await tick();
  const p6 = E.once(e, 'z', null);
  e.emit('z', 'null options');
  out(await p6);
};

scenarios['events.on'] = async ({ E, EventTarget, Event, AbortController, AbortSignal, out, attempt }) => {
  const e = new E();
  const it = E.on(e, 'x');
  out('proto', Object.getPrototypeOf(Object.getPrototypeOf(it)) === Object.getPrototypeOf(Object.prototype) ? 'x' : 'ok',
    typeof it[Symbol.asyncIterator], it[Symbol.asyncIterator]() === it, Object.keys(it));
  e.emit('x', 1);
  e.emit('x', 2, 3);
  out('buffered', await it.next(), await it.next());
  const pending = it.next();
  e.emit('x', 'later');
  out('pending', await pending);
  out('counts', e.listenerCount('x'), e.listenerCount('error'));
  out('return', await it.return(), await it.next(), e.listenerCount('x'), e.listenerCount('error'));
  const it2 = E.on(e, 'x');
  const waiting = it2.next();
  e.emit('error', new Error('bad'));
  try {
    await waiting;
  } catch (err) {
    out('error rejects pending', err);
  }
  out('after error', await it2.next());
  const it3 = E.on(e, 'x');
  e.emit('x', 'queued');
  e.emit('error', new Error('later error'));
  out('queued before error', await it3.next());
  try {
    await it3.next();
  } catch (err) {
    out('stored error', err);
  }
  out('then done', await it3.next());
  const collected = [];
  const it4 = E.on(e, 'x', { close: ['end', 'finish'] });
  setImmediate(() => { e.emit('x', 'a'); e.emit('x', 'b'); e.emit('finish'); e.emit('x', 'c'); });
  for await (const args of it4) collected.push(args);
  out('close option', collected, e.listenerCount('finish'));
  const ac = new AbortController();
  const it5 = E.on(e, 'x', { signal: ac.signal });
  const w5 = it5.next();
  ac.abort();
  try {
    await w5;
  } catch (err) {
    out('aborted', err);
  }
  attempt('pre-aborted', () => E.on(e, 'x', { signal: AbortSignal.abort() }));
  attempt('bad highWaterMark', () => E.on(e, 'x', { highWaterMark: 0 }));
  attempt('bad lowWaterMark', () => E.on(e, 'x', { lowWaterMark: 1.5 }));
  attempt('bad signal', () => E.on(e, 'x', { signal: {} }));
  attempt('throw non-error', () => E.on(e, 'x').throw('str'));
  const it6 = E.on(e, 'x');
  const w6 = it6.next();
  out('throw returns', it6.throw(new Error('thrown in')));
  try {
    await w6;
  } catch (err) {
    out('throw rejected pending', err);
  }
  const flow = new E();
  flow.pause = () => out('pause');
  flow.resume = () => out('resume');
  const it7 = E.on(flow, 'data', { highWaterMark: 2, lowWaterMark: 1 });
  const wm = it7[Symbol.for('nodejs.watermarkData')];
  for (let i = 0; i < 4; i++) flow.emit('data', i);
  out('watermark', wm.size, wm.low, wm.high, wm.isPaused);
  for (let i = 0; i < 4; i++) out('read', await it7.next(), wm.size, wm.isPaused);
  await it7.return();
  const et = new EventTarget();
  const it8 = E.on(et, 'ping');
  et.dispatchEvent(new Event('ping'));
  out('event target', await it8.next());
  await it8.return();
  out('event target cleaned', E.getEventListeners(et, 'ping').length);
  const it9 = E.on(e, 'error');
  e.emit('error', 'as data');
  out('error as event', await it9.next(), e.listenerCount('error'));
  await it9.return();
};

scenarios['getEventListeners, addAbortListener'] = async ({ E, EventTarget, AbortController, AbortSignal, out, attempt }) => {
  const e = new E();
  function f() {}
  e.on('x', f);
  e.once('x', f);
  out(E.getEventListeners(e, 'x'), E.getEventListeners(e, 'none'));
  const et = new EventTarget();
  const h = { handleEvent() {} };
  et.addEventListener('x', f);
  et.addEventListener('x', f, true);
  et.addEventListener('x', h, { once: true });
  out(E.getEventListeners(et, 'x'), E.getEventListeners(et, 'none'));
  attempt('bad', () => E.getEventListeners({}, 'x'));
  out('max', E.getMaxListeners(et), E.getMaxListeners(e));
  E.setMaxListeners(3, et, e);
  out('max after', E.getMaxListeners(et), E.getMaxListeners(e));
  const ac = new AbortController();
  const d = E.addAbortListener(ac.signal, () => out('abort listener ran', ac.signal.reason));
  out('disposable', typeof d, Object.getPrototypeOf(d), Reflect.ownKeys(d).map(String));
  ac.abort('reason');
  const ac2 = new AbortController();
  const d2 = E.addAbortListener(ac2.signal, () => out('should not run'));
  d2[Symbol.dispose]();
  ac2.abort();
  E.addAbortListener(AbortSignal.abort(), () => out('already aborted runs later'));
  out('sync after add');
  attempt('undefined signal', () => E.addAbortListener(undefined, () => {}));
  attempt('bad signal', () => E.addAbortListener({}, () => {}));
  attempt('bad listener', () => E.addAbortListener(new AbortController().signal, 5));
  const ac3 = new AbortController();
  ac3.signal.addEventListener('abort', (ev) => { out('first stops'); ev.stopImmediatePropagation(); });
  E.addAbortListener(ac3.signal, () => out('resists stopImmediatePropagation'));
  ac3.abort();
  await tick();
};

scenarios['EventEmitterAsyncResource'] = ({ E, out, attempt }) => {
  const R = E.EventEmitterAsyncResource;
  out(typeof R, R.name);
  const r = new R({ name: 'mine' });
  r.on('x', (v) => out('async resource emit', v));
  r.emit('x', 5);
  out(typeof r.asyncId, typeof r.triggerAsyncId, r instanceof E);
  attempt('no name', () => new R());
  out('string name', new R('named') instanceof R);
};

// ---- EventTarget ---------------------------------------------------------------

scenarios['EventTarget dispatch order, duplicates, capture, once'] = ({ EventTarget, Event, out }) => {
  const et = new EventTarget();
  function a(ev) { out('a', this === et, ev.type, ev.target === et, ev.currentTarget === et, ev.eventPhase); }
  function b(ev) { out('b', ev.currentTarget === et, ev.eventPhase, ev.composedPath().length); }
  et.addEventListener('x', a);
  et.addEventListener('x', a);
  et.addEventListener('x', a, true);
  et.addEventListener('x', b, { once: true });
  et.addEventListener('x', a, { capture: false, once: true });
  const ev = new Event('x');
  out('dispatch', et.dispatchEvent(ev));
  out('after', ev.target === et, ev.currentTarget, ev.eventPhase, ev.composedPath());
  out('again', et.dispatchEvent(new Event('x')));
  et.removeEventListener('x', a, true);
  out('remove with true keeps capture');
  et.dispatchEvent(new Event('x'));
  et.removeEventListener('x', a, { capture: true });
  et.dispatchEvent(new Event('x'));
  et.removeEventListener('x', a);
  out('empty', et.dispatchEvent(new Event('x')));
};

scenarios['EventTarget changes during dispatch'] = ({ EventTarget, Event, out }) => {
  const et = new EventTarget();
  const later = () => out('later');
  et.addEventListener('x', () => {
    out('first');
    et.removeEventListener('x', later);
    et.addEventListener('x', () => out('added during dispatch'));
  });
  et.addEventListener('x', later);
  et.dispatchEvent(new Event('x'));
  out('second');
  et.dispatchEvent(new Event('x'));
  const et2 = new EventTarget();
  const self = () => { out('self remove'); et2.removeEventListener('y', self); };
  et2.addEventListener('y', self);
  et2.addEventListener('y', () => out('y2'));
  et2.dispatchEvent(new Event('y'));
  et2.dispatchEvent(new Event('y'));
};

scenarios['handleEvent objects'] = ({ EventTarget, Event, out }) => {
  const et = new EventTarget();
  const obj = { tag: 1, handleEvent(ev) { out('handleEvent', this === obj, ev.type, this.tag); } };
  et.addEventListener('x', obj);
  et.dispatchEvent(new Event('x'));
  obj.handleEvent = function (ev) { out('replaced handleEvent', ev.type); };
  et.dispatchEvent(new Event('x'));
  const late = {};
  et.addEventListener('y', late);
  et.dispatchEvent(new Event('y'));
  late.handleEvent = () => out('late handleEvent');
  et.dispatchEvent(new Event('y'));
  et.removeEventListener('x', obj);
  et.dispatchEvent(new Event('x'));
};

scenarios['propagation and default'] = ({ EventTarget, Event, out }) => {
  const et = new EventTarget();
  et.addEventListener('s', () => out(1));
  et.addEventListener('s', (ev) => { out(2); ev.stopImmediatePropagation(); });
  et.addEventListener('s', () => out(3));
  et.addEventListener('s', () => out('4 passive'), { passive: true });
  et.dispatchEvent(new Event('s'));
  const et2 = new EventTarget();
  et2.addEventListener('s', (ev) => { out('p1'); ev.stopImmediatePropagation(); });
  et2.addEventListener('s', () => out('p2 passive'), { passive: true });
  et2.addEventListener('s', () => out('p3'));
  et2.dispatchEvent(new Event('s'));
  et.addEventListener('sp', (ev) => { ev.stopPropagation(); out('sp1', ev.cancelBubble); });
  et.addEventListener('sp', () => out('sp2'));
  et.dispatchEvent(new Event('sp'));
  const pre = new Event('pre');
  pre.stopImmediatePropagation();
  et.addEventListener('pre', () => out('never'));
  out('pre-stopped', et.dispatchEvent(pre));
  const c = new Event('c', { cancelable: true });
  et.addEventListener('c', (ev) => { ev.preventDefault(); out('in listener', ev.defaultPrevented, ev.returnValue); });
  out('cancelable', et.dispatchEvent(c), c.defaultPrevented, c.returnValue);
  const nc = new Event('nc');
  et.addEventListener('nc', (ev) => ev.preventDefault());
  out('not cancelable', et.dispatchEvent(nc), nc.defaultPrevented, nc.returnValue);
  const pc = new Event('pc', { cancelable: true });
  et.addEventListener('pc', (ev) => ev.preventDefault(), { passive: true });
  out('passive preventDefault', et.dispatchEvent(pc), pc.defaultPrevented);
  const cb = new Event('cb');
  cb.cancelBubble = true;
  cb.cancelBubble = false;
  et.addEventListener('cb', () => out('cancelBubble does not stop'));
  out(et.dispatchEvent(cb), cb.cancelBubble);
};

scenarios['Event construction and attributes'] = ({ Event, CustomEvent, attempt, out }) => {
  attempt('no type', () => new Event());
  for (const opts of [5, 's', [], () => {}, null, undefined, {}, { bubbles: 1, cancelable: 'y', composed: {} }]) {
    attempt(`options ${describe(opts, { E: class {}, EventTarget: class {}, Event: class {} })}`, () => {
      const ev = new Event('t', opts);
      return [ev.type, ev.bubbles, ev.cancelable, ev.composed, ev.defaultPrevented, ev.isTrusted, ev.eventPhase,
        ev.target, ev.currentTarget, ev.srcElement, ev.returnValue, ev.cancelBubble, typeof ev.timeStamp];
    });
  }
  attempt('symbol type', () => new Event(Symbol('s')));
  attempt('number type', () => new Event(12).type);
  attempt('object type', () => new Event({ toString: () => 'custom' }).type);
  const order = [];
  new Event('o', { get bubbles() { order.push('bubbles'); }, get cancelable() { order.push('cancelable'); },
    get composed() { order.push('composed'); } });
  out('option read order', order);
  const ev = new Event('i');
  ev.initEvent('renamed', true, true);
  out('initEvent', ev.type, ev.bubbles, ev.cancelable);
  attempt('initEvent no args', () => ev.initEvent());
  out('constants', Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE, ev.NONE);
  attempt('custom no type', () => new CustomEvent());
  for (const opts of [undefined, {}, { detail: 0 }, { detail: undefined }, { detail: { a: 1 } }, null]) {
    attempt('custom detail', () => new CustomEvent('c', opts).detail);
  }
  attempt('custom bad options', () => new CustomEvent('c', 5));
  const ce = new CustomEvent('c', { detail: 1, cancelable: true });
  out(ce instanceof Event, ce.cancelable, Object.prototype.toString.call(ce), Object.prototype.toString.call(ev),
    String(ev));
};

scenarios['brand checks'] = ({ Event, CustomEvent, EventTarget, attempt }) => {
  const fake = Object.create(Event.prototype);
  for (const key of Object.getOwnPropertyNames(Event.prototype)) {
    if (key === 'constructor') continue;
    const d = Object.getOwnPropertyDescriptor(Event.prototype, key);
    if (d.get) attempt(`get ${key}`, () => d.get.call(fake));
    if (d.set) attempt(`set ${key}`, () => d.set.call(fake, true));
    if (typeof d.value === 'function') attempt(`call ${key}`, () => d.value.call(fake));
  }
  attempt('detail on Event', () => Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail').get.call(new Event('x')));
  for (const m of ['addEventListener', 'removeEventListener', 'dispatchEvent']) {
    attempt(`${m} on plain object`, () => EventTarget.prototype[m].call({}, 'x', () => {}));
  }
};

scenarios['EventTarget argument errors and warnings'] = async ({ EventTarget, Event, attempt }) => {
  const et = new EventTarget();
  attempt('add no args', () => et.addEventListener());
  attempt('add one arg', () => et.addEventListener('x'));
  attempt('add number listener', () => et.addEventListener('x', 5));
  attempt('add string listener', () => et.addEventListener('x', 'str'));
  attempt('add null listener', () => et.addEventListener('x', null));
  attempt('add undefined listener', () => et.addEventListener('y', undefined));
  attempt('add bad options', () => et.addEventListener('x', () => {}, 5));
  attempt('add string options', () => et.addEventListener('x', () => {}, 'str'));
  attempt('add bad signal', () => et.addEventListener('x', () => {}, { signal: 5 }));
  attempt('add symbol type', () => et.addEventListener(Symbol('t'), () => {}));
  attempt('remove no args', () => et.removeEventListener('x'));
  attempt('remove number listener', () => et.removeEventListener('x', 5));
  attempt('remove null', () => et.removeEventListener('x', null));
  attempt('remove symbol type', () => et.removeEventListener(Symbol('t'), () => {}));
  attempt('dispatch nothing', () => et.dispatchEvent());
  attempt('dispatch object', () => et.dispatchEvent({ type: 'x' }));
  attempt('dispatch string', () => et.dispatchEvent('x'));
  attempt('options null', () => et.addEventListener('x', () => {}, null));
  const order = [];
  et.addEventListener('z', () => {}, new Proxy({}, { get(t, k) { order.push(String(k)); return undefined; } }));
  attempt('option read order', () => order);
  await tick();
};

scenarios['signal option'] = ({ EventTarget, Event, E, AbortController, AbortSignal, out }) => {
  const et = new EventTarget();
  const ac = new AbortController();
  et.addEventListener('x', () => out('x runs'), { signal: ac.signal });
  et.dispatchEvent(new Event('x'));
  ac.abort();
  out('after abort', et.dispatchEvent(new Event('x')), E.getEventListeners(et, 'x').length);
  et.addEventListener('x', () => out('never'), { signal: AbortSignal.abort() });
  out('pre-aborted not added', E.getEventListeners(et, 'x').length);
};

scenarios['listener errors are uncaught, dispatch goes on'] = async ({ EventTarget, Event, out }) => {
  const et = new EventTarget();
  et.addEventListener('x', () => { throw new Error('sync throw'); });
  et.addEventListener('x', async () => { throw new Error('async throw'); });
  et.addEventListener('x', { handleEvent() { throw new Error('handleEvent throw'); } });
  et.addEventListener('x', { handleEvent: 5 });
  et.addEventListener('x', () => out('still runs'));
  out('dispatch returns', et.dispatchEvent(new Event('x')));
  await tick();
  await tick();
  const ev = new Event('r');
  et.addEventListener('r', () => et.dispatchEvent(ev));
  et.addEventListener('r', () => out('after recursion attempt'));
  et.dispatchEvent(ev);
  await tick();
};

scenarios['EventTarget max listeners'] = async ({ EventTarget, E, out }) => {
  const et = new EventTarget();
  E.setMaxListeners(2, et);
  for (let i = 0; i < 4; i++) et.addEventListener('x', () => {});
  const et2 = new EventTarget();
  for (let i = 0; i < 11; i++) et2.addEventListener('y', () => {});
  class MyTarget extends EventTarget {}
  const mt = new MyTarget();
  E.setMaxListeners(1, mt);
  mt.addEventListener('z', () => {});
  mt.addEventListener('z', () => {});
  out(E.getMaxListeners(mt));
  await tick();
};

scenarios['EventTarget inspect and shape'] = ({ EventTarget, Event, CustomEvent, out }) => {
  const et = new EventTarget();
  out(util.inspect(et), util.inspect(et, { depth: -1 }), util.inspect({ nested: { deeper: et } }, { depth: 0 }));
  const ev = new Event('x', { cancelable: true });
  const strip = (s) => s.replace(/timeStamp: [\d.e+-]+/g, 'timeStamp: T');
  out(strip(util.inspect(ev)), strip(util.inspect(new CustomEvent('c', { detail: 1 }))), util.inspect([ev], { depth: 0 }));
  class MyEvent extends Event {}
  class MyTarget extends EventTarget {}
  out(strip(util.inspect(new MyEvent('m'))), util.inspect(new MyTarget()));
  out('own keys', Reflect.ownKeys(et).map(String), Reflect.ownKeys(ev).map(String));
  for (const [name, obj] of [['Event', Event], ['EventTarget', EventTarget], ['CustomEvent', CustomEvent]]) {
    out(name, obj.name, obj.length, Reflect.ownKeys(obj).map(String));
    for (const k of Reflect.ownKeys(obj.prototype)) {
      const d = Object.getOwnPropertyDescriptor(obj.prototype, k);
      if (typeof k === 'symbol' && !['Symbol.toStringTag', 'nodejs.util.inspect.custom'].includes(k.description)) continue;
      out(`${name}.prototype`, String(k), 'value' in d ? typeof d.value : `${d.get ? 'get' : ''}${d.set ? 'set' : ''}`,
        d.enumerable, d.writable, d.configurable, typeof d.value === 'function' ? d.value.length : '');
    }
    for (const k of ['NONE', 'CAPTURING_PHASE', 'AT_TARGET', 'BUBBLING_PHASE']) {
      const d = Object.getOwnPropertyDescriptor(obj, k);
      if (d) out(`${name}.${k}`, d.value, d.enumerable, d.writable, d.configurable);
    }
  }
  out(Object.prototype.toString.call(et), Object.prototype.toString.call(new CustomEvent('c')));
  out('isTrusted', Object.getOwnPropertyDescriptor(ev, 'isTrusted'), ev.isTrusted);
};

// ---- random operation sequences --------------------------------------------------

function seeded(seed) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 4294967296;
  };
}

scenarios['random EventEmitter operations'] = ({ E, out }) => {
  const random = seeded(12345);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const types = ['a', 'b', 'newListener', 'removeListener', Symbol.for('s')];
  for (let round = 0; round < 60; round++) {
    const e = new E();
    e.setMaxListeners(0);
    const listeners = [];
    for (let i = 0; i < 6; i++) {
      const id = i;
      const l = function (...args) {
        out(`L${id}`, typeof args[0] === 'symbol' ? args[0] : String(args[0]), args.length);
        // Some listeners change the emitter while it emits.
        if (id === 4 && random() < 0.5) e.removeListener(pick(types), pick(listeners));
        if (id === 5 && random() < 0.5) e.once(pick(types), pick(listeners));
      };
      Object.defineProperty(l, 'name', { value: `L${id}` });
      listeners.push(l);
    }
    for (let step = 0; step < 25; step++) {
      const op = pick(['on', 'on', 'once', 'prependListener', 'prependOnceListener', 'removeListener', 'off',
        'removeAllListeners', 'removeAllListenersAll', 'emit', 'emit', 'emit']);
      const type = pick(types);
      if (op === 'emit') out('emit', type, e.emit(type, 'arg'));
      else if (op === 'removeAllListenersAll') e.removeAllListeners();
      else if (op === 'removeAllListeners') e.removeAllListeners(type);
      else e[op](type, pick(listeners));
      out(op, type, '->', e._eventsCount, e.eventNames(),
        types.map((t) => e.rawListeners(t).map((l) => (l.listener ? `once ${l.listener.name}` : l.name)).join('|')),
        types.map((t) => typeof e._events[t]));
    }
  }
};

scenarios['random EventTarget operations'] = ({ EventTarget, Event, E, out }) => {
  const random = seeded(999);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const types = ['a', 'b'];
  for (let round = 0; round < 60; round++) {
    const et = new EventTarget();
    const listeners = [];
    for (let i = 0; i < 6; i++) {
      const id = i;
      const l = (ev) => {
        out(`L${id}`, ev.type, ev.currentTarget === et, ev.eventPhase);
        if (id === 2 && random() < 0.5) ev.stopImmediatePropagation();
        if (id === 3 && random() < 0.5) ev.preventDefault();
        if (id === 4 && random() < 0.5) et.removeEventListener(pick(types), pick(listeners), { capture: random() < 0.5 });
        if (id === 5 && random() < 0.5) et.addEventListener(pick(types), pick(listeners), { once: random() < 0.5 });
      };
      listeners.push(id === 1 ? { handleEvent: l } : l);
    }
    for (let step = 0; step < 25; step++) {
      const op = pick(['add', 'add', 'remove', 'dispatch', 'dispatch']);
      const type = pick(types);
      if (op === 'add') {
        et.addEventListener(type, pick(listeners), {
          once: random() < 0.3, capture: random() < 0.3, passive: random() < 0.3,
        });
      } else if (op === 'remove') {
        et.removeEventListener(type, pick(listeners), random() < 0.5 ? { capture: random() < 0.5 } : undefined);
      } else {
        const ev = new Event(type, { cancelable: random() < 0.5 });
        out('dispatch', type, et.dispatchEvent(ev), ev.defaultPrevented);
      }
      out(op, type, types.map((t) => E.getEventListeners(et, t).map((l) => listeners.indexOf(l)).join(',')));
    }
  }
};

// ---- our own additions, not in node ----------------------------------------------

function selfChecks() {
  const failures = [];
  const check = (what, ok) => {
    if (!ok) failures.push(what);
  };
  const { kEnhanceStackBeforeInspector } = load('internal/errors');
  const e = new ours();
  const err = new Error('x');
  try {
    e.emit('error', err);
  } catch {}
  const enhance = err[kEnhanceStackBeforeInspector];
  check('unhandled error gets the emit site', typeof enhance === 'function' &&
    enhance().includes("\nEmitted 'error' event at:\n"));
  class Sub extends ours {}
  const err2 = new Error('y');
  try {
    new Sub().emit('error', err2);
  } catch {}
  check('emit site names the subclass', err2[kEnhanceStackBeforeInspector]().includes("'error' event on Sub instance"));
  check('hidden exports', ['EventTarget', 'Event', 'CustomEvent', '_setWarningHook', '_setNextTick']
    .every((k) => typeof ours[k] === 'function' && !Object.keys(ours).includes(k)));
  return failures;
}

// ---- run -----------------------------------------------------------------------

async function runScenario(name, envName) {
  const env = makeEnv(envName);
  current = env;
  try {
    await scenarios[name](env);
  } catch (err) {
    env.out('scenario threw', err);
  }
  await tick();
  await tick();
  current = null;
  return env.log;
}

async function main() {
  let checks = 0;
  let failed = 0;
  for (const name of Object.keys(scenarios)) {
    const want = await runScenario(name, 'node');
    const got = await runScenario(name, 'ours');
    const lines = Math.max(want.length, got.length);
    let bad = 0;
    for (let i = 0; i < lines; i++) {
      checks++;
      if (want[i] !== got[i]) {
        bad++;
        if (bad <= 5) console.log(`MISMATCH [${name}] line ${i}\n  ours: ${got[i]}\n  node: ${want[i]}`);
      }
    }
    if (bad > 5) console.log(`  (${bad - 5} more lines differ in [${name}])`);
    failed += bad;
  }
  for (const what of selfChecks()) {
    failed++;
    console.log(`MISMATCH [self-check] ${what}`);
  }
  checks += 3;
  console.log(`${checks - failed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

main();
