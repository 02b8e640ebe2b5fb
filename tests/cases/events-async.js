'use strict';
// The promise side of events: events.once (with AbortSignal and EventTarget),
// the events.on async iterator, captureRejections and addAbortListener.
const EventEmitter = require('events');
const { once, on, addAbortListener } = EventEmitter;

async function main() {
  const ee = new EventEmitter();
  process.nextTick(() => ee.emit('ready', 1, 'two'));
  console.log('once values', await once(ee, 'ready'));
  console.log('listeners left', ee.listenerCount('ready'), ee.listenerCount('error'));

  process.nextTick(() => ee.emit('error', new Error('failed')));
  try {
    await once(ee, 'ready');
  } catch (e) {
    console.log('once rejected', e.message, ee.listenerCount('ready'));
  }

  // Waiting for 'error' itself resolves with it.
  process.nextTick(() => ee.emit('error', new Error('as value')));
  const [er] = await once(ee, 'error');
  console.log('once error', er.message);

  const ac = new AbortController();
  const p = once(ee, 'never', { signal: ac.signal });
  ac.abort();
  try {
    await p;
  } catch (e) {
    console.log('aborted', e.name, e.code, e.message, e.cause.name, e.cause.message, e.cause instanceof DOMException, ee.listenerCount('never'));
  }
  try {
    await once(ee, 'never', { signal: AbortSignal.abort('why') });
  } catch (e) {
    console.log('pre-aborted', e.name, e.code, e.cause);
  }
  try {
    await once(ee, 'x', { signal: {} });
  } catch (e) {
    console.log('bad signal', e.name, e.code, e.message);
  }

  const et = new EventTarget();
  setTimeout(() => et.dispatchEvent(new Event('tick')), 1);
  const [event] = await once(et, 'tick');
  console.log('EventTarget once', event.type, event instanceof Event);

  // events.on: buffered events, then return() cleans up.
  const src = new EventEmitter();
  process.nextTick(() => {
    src.emit('data', 'a');
    src.emit('data', 'b', 'extra');
    src.emit('data', 'c');
  });
  const got = [];
  for await (const args of on(src, 'data')) {
    got.push(args);
    if (args[0] === 'c') break;
  }
  console.log('on iterated', JSON.stringify(got), src.listenerCount('data'), src.listenerCount('error'));

  const src2 = new EventEmitter();
  const it = on(src2, 'v');
  process.nextTick(() => src2.emit('error', new Error('iter error')));
  try {
    for await (const v of it) console.log('unexpected', v);
  } catch (e) {
    console.log('on error', e.message, src2.listenerCount('v'));
  }
  console.log('after error', JSON.stringify(await it.next()));

  const ac2 = new AbortController();
  const src3 = new EventEmitter();
  const it3 = on(src3, 'v', { signal: ac2.signal });
  src3.emit('v', 1);
  console.log('first', JSON.stringify(await it3.next()));
  const pending = it3.next();
  ac2.abort();
  try {
    await pending;
  } catch (e) {
    console.log('on aborted', e.name, e.code);
  }
  console.log('it3 done', JSON.stringify(await it3.next()), src3.listenerCount('v'));
  console.log(typeof it3[Symbol.asyncIterator], it3[Symbol.asyncIterator]() === it3);
  const it4 = on(new EventEmitter(), 'x');
  console.log('return', JSON.stringify(await it4.return()), JSON.stringify(await it4.next()));
  try {
    on(new EventEmitter(), 'x', { signal: AbortSignal.abort() });
    console.log('no sync throw');
  } catch (e) {
    console.log('on pre-aborted threw', e.name);
  }

  // The close option ends the iteration.
  const src5 = new EventEmitter();
  process.nextTick(() => {
    src5.emit('item', 1);
    src5.emit('item', 2);
    src5.emit('end');
    src5.emit('item', 3);
  });
  const items = [];
  for await (const [v] of on(src5, 'item', { close: ['end'] })) items.push(v);
  console.log('closed after', items, src5.listenerCount('end'), src5.listenerCount('item'));

  // An error emitted while events are buffered is thrown after them.
  const src6 = new EventEmitter();
  const it6 = on(src6, 'v');
  src6.emit('v', 'x');
  src6.emit('error', new Error('late'));
  console.log(JSON.stringify(await it6.next()));
  try {
    await it6.next();
  } catch (e) {
    console.log('buffered then error', e.message);
  }
  try {
    await it6.throw(new Error('thrown in'));
  } catch (e) {
    console.log('throw()', e.message);
  }

  // captureRejections routes async listener failures to 'error'.
  const cr = new EventEmitter({ captureRejections: true });
  cr.on('job', async () => { throw new Error('async failure'); });
  cr.on('error', (e) => console.log('captured', e.message));
  cr.emit('job');
  await new Promise((r) => setTimeout(r, 5));
  const cr2 = new EventEmitter({ captureRejections: true });
  cr2[EventEmitter.captureRejectionSymbol] = (err, name, ...args) => console.log('custom handler', err.message, name, args);
  cr2.on('job', async (n) => { throw new Error('custom ' + n); });
  cr2.emit('job', 7);
  await new Promise((r) => setTimeout(r, 5));
  try {
    new EventEmitter({ captureRejections: 'yes' });
  } catch (e) {
    console.log('bad option', e.code, e.message);
  }

  // addAbortListener
  const ac3 = new AbortController();
  const disposable = addAbortListener(ac3.signal, (ev) => console.log('abort listener', ev.type));
  console.log(typeof disposable[Symbol.dispose] === 'function' || typeof disposable === 'object');
  ac3.abort();
  try {
    addAbortListener({}, () => {});
  } catch (e) {
    console.log('addAbortListener bad', e.code);
  }
  console.log('done');
}
main();
