'use strict';
// timers/promises: setTimeout/setImmediate with values, AbortSignal (before and
// during the wait), option validation, the setInterval async iterator, scheduler.
const tp = require('timers/promises');
const { setTimeout: sleep, setImmediate: immediate, setInterval: every } = tp;

const describe = (e) => `${e.name} ${e.code} ${JSON.stringify(e.message)}${e.cause !== undefined ? ` cause=${e.cause instanceof Error ? e.cause.name : JSON.stringify(e.cause)}` : ''}`;

async function main() {
  console.log(Object.keys(tp).sort().join(','), require('timers').promises === tp, require('node:timers/promises') === tp);
  console.log('timeout value', await sleep(1, 'v1'), await sleep(0), await sleep(undefined, { obj: true }));
  console.log('immediate value', await immediate('v2'), await immediate());

  // Ordering against plain timers and ticks.
  const order = [];
  const waits = [sleep(50, 'b').then((v) => order.push(v)), immediate('a').then((v) => order.push(v))];
  process.nextTick(() => order.push('tick'));
  await Promise.all(waits);
  console.log('order', order.join(' '));

  // Abort before and during.
  const ac = new AbortController();
  ac.abort();
  for (const p of [sleep(10, 'x', { signal: ac.signal }), immediate('x', { signal: ac.signal })]) {
    try {
      await p;
    } catch (e) {
      console.log('pre-aborted', describe(e));
    }
  }
  const ac2 = new AbortController();
  const pending = sleep(10000, 'never', { signal: ac2.signal });
  setImmediate(() => ac2.abort(new Error('custom reason')));
  try {
    await pending;
  } catch (e) {
    console.log('aborted while waiting', describe(e), e.cause.message);
  }
  const ac3 = new AbortController();
  const imm = immediate('never', { signal: ac3.signal });
  ac3.abort('string reason');
  try {
    await imm;
  } catch (e) {
    console.log('immediate aborted', describe(e));
  }
  // A resolved wait leaves no abort listener behind.
  const ac4 = new AbortController();
  await sleep(1, null, { signal: ac4.signal });
  ac4.abort();
  console.log('abort after resolve is harmless');

  // Validation: rejections, not throws.
  for (const [label, make] of [
    ['options null', () => sleep(1, 'x', null)],
    ['options string', () => sleep(1, 'x', 'opts')],
    ['bad signal', () => sleep(1, 'x', { signal: 'nope' })],
    ['bad ref', () => sleep(1, 'x', { ref: 'yes' })],
    ['immediate bad signal', () => immediate('x', { signal: {} })],
  ]) {
    let p;
    try {
      p = make();
    } catch (e) {
      console.log(label, 'threw synchronously', describe(e));
      continue;
    }
    try {
      await p;
      console.log(label, 'resolved');
    } catch (e) {
      console.log(label, 'rejected', describe(e));
    }
  }
  // An unref'd wait still fires while something else keeps the loop alive.
  const unrefd = sleep(1, 'unref ok', { ref: false });
  await sleep(20);
  console.log('ref false', await unrefd);

  // setInterval iterator.
  let n = 0;
  const got = [];
  for await (const v of every(1, 'tick')) {
    got.push(v);
    if (++n === 3) break;
  }
  console.log('interval', got.join(','));
  const ac5 = new AbortController();
  const it = every(1, 'i', { signal: ac5.signal });
  console.log(JSON.stringify(await it.next()));
  ac5.abort();
  try {
    await it.next();
  } catch (e) {
    console.log('interval aborted', describe(e));
  }
  console.log(JSON.stringify(await it.next()));
  try {
    const pre = every(1, 'i', { signal: AbortSignal.abort() });
    await pre.next();
  } catch (e) {
    console.log('interval pre-aborted', describe(e));
  }
  const it2 = every(1, 'r');
  console.log(JSON.stringify(await it2.next()), JSON.stringify(await it2.return()), JSON.stringify(await it2.next()));
  try {
    await every(1, 'x', { ref: 1 }).next();
  } catch (e) {
    console.log('interval bad ref', describe(e));
  }

  // scheduler
  const { scheduler } = tp;
  console.log('scheduler', scheduler, scheduler.constructor.name, Object.getOwnPropertyNames(Object.getPrototypeOf(scheduler)));
  console.log(await scheduler.wait(1), await scheduler.yield());
  try {
    new scheduler.constructor();
  } catch (e) {
    console.log('new Scheduler', describe(e));
  }
  try {
    scheduler.wait.call({}, 1);
  } catch (e) {
    console.log('wait on other this', describe(e));
  }
  console.log('done');
  // Nothing keeps the process alive for this one.
  sleep(100000, 'x', { ref: false }).then(() => console.log('never printed'));
  every(100000, 'x', { ref: false }).next().then(() => console.log('never printed either'));
}
process.on('exit', () => console.log('exit event'));
main();
