'use strict';
// Default ReadableStreams: start/pull/cancel timing, queuing and desiredSize,
// readers, errors, closing.

const { loggingSource, drain, later, watchReader } = require('./_helpers.js');

const startKinds = {
  none: null,
  sync: () => undefined,
  'enqueue 2': (c) => { c.enqueue('a'); c.enqueue('b'); },
  'enqueue+close': (c) => { c.enqueue('a'); c.close(); },
  'close': (c) => { c.close(); },
  'error': (c) => { c.error(new Error('start-error')); },
  'resolved promise': () => Promise.resolve('x'),
  'later promise': () => later(1),
  'rejected promise': () => Promise.reject(new Error('start-reject')),
  'later reject': () => later(1, new Error('late-reject'), true),
  'thenable': () => ({ then(r) { r(); } }),
  'enqueue then later': (c) => { c.enqueue('a'); return later(1); },
};

const pullKinds = {
  none: null,
  noop: () => undefined,
  'enqueue 1': (c, env, n) => { c.enqueue(`p${n}`); },
  'enqueue 2': (c, env, n) => { c.enqueue(`p${n}a`); c.enqueue(`p${n}b`); },
  'enqueue later': (c, env, n) => later(1).then(() => { env.log(`pull#${n} enqueues`); c.enqueue(`p${n}`); }),
  'enqueue microtask': (c, env, n) => Promise.resolve().then(() => c.enqueue(`p${n}`)),
  'close on 2nd': (c, env, n) => { if (n === 1) c.close(); else c.enqueue(`p${n}`); },
  'enqueue+close': (c, env, n) => { c.enqueue(`p${n}`); c.close(); },
  'throw': () => { throw new Error('pull-throw'); },
  'reject': () => Promise.reject(new Error('pull-reject')),
  'error on 2nd': (c, env, n) => { if (n === 1) c.error(new Error('pull-error')); else c.enqueue(`p${n}`); },
  'error after enqueue': (c, env, n) => { c.enqueue(`p${n}`); c.error(new Error('pull-error')); },
};

module.exports = (scenario) => {
  for (const [startName, start] of Object.entries(startKinds)) {
    for (const hwm of [0, 1, 2]) {
      scenario(`readable start ${startName} hwm ${hwm}`, async (env) => {
        const { W, log } = env;
        env.ticks(30);
        const rs = env.try('construct', () => new W.ReadableStream(loggingSource(env, {
          start,
          pull: (c, e, n) => { if (n < 3) c.enqueue(`p${n}`); else c.close(); },
        }), { highWaterMark: hwm }));
        if (!rs) return;
        const reader = rs.getReader();
        watchReader(env, reader);
        await later(2);
        log('--- reading');
        for (let i = 0; i < 6; i++) env.watch(`read${i}`, reader.read());
      });
    }
  }

  for (const [pullName, pull] of Object.entries(pullKinds)) {
    for (const hwm of [0, 1, 3]) {
      scenario(`readable pull ${pullName} hwm ${hwm} sequential`, async (env) => {
        env.ticks(40);
        const rs = new env.W.ReadableStream(loggingSource(env, { pull }), { highWaterMark: hwm });
        const reader = rs.getReader();
        watchReader(env, reader);
        await drain(env, reader, 'read', 5);
      });
      scenario(`readable pull ${pullName} hwm ${hwm} concurrent`, async (env) => {
        env.ticks(40);
        let controller;
        const rs = new env.W.ReadableStream(loggingSource(env, {
          start(c) { controller = c; },
          pull,
        }), { highWaterMark: hwm });
        const reader = rs.getReader();
        watchReader(env, reader);
        for (let i = 0; i < 4; i++) env.watch(`read${i}`, reader.read());
        env.log('desiredSize', controller.desiredSize);
        await later(3);
        env.log('desiredSize after', controller.desiredSize);
      });
    }
  }

  const cancelKinds = {
    none: null,
    'returns value': () => 'ignored',
    'throws': () => { throw new Error('cancel-throw'); },
    'rejects': () => Promise.reject(new Error('cancel-reject')),
    'resolves later': () => later(1, 'late'),
    'microtask': () => Promise.resolve().then(() => 'mt'),
    'enqueues': function (reason) { return undefined; },
  };
  for (const [cancelName, cancel] of Object.entries(cancelKinds)) {
    for (const via of ['stream', 'reader']) {
      for (const queued of [0, 2]) {
        scenario(`readable cancel ${cancelName} via ${via} queued ${queued}`, async (env) => {
          env.ticks(30);
          let controller;
          const rs = new env.W.ReadableStream(loggingSource(env, {
            start(c) { controller = c; for (let i = 0; i < queued; i++) c.enqueue(i); },
            cancel,
          }), { highWaterMark: 0 });
          let reader;
          if (via === 'reader') {
            reader = rs.getReader();
            watchReader(env, reader);
            if (queued === 0) env.watch('pending read', reader.read());
          }
          await Promise.resolve();
          const target = via === 'reader' ? reader : rs;
          env.watch('cancel', target.cancel(new Error('why')));
          env.log('after cancel: locked', rs.locked, 'desiredSize', controller.desiredSize);
          env.try('enqueue after cancel', () => controller.enqueue('x'));
          env.try('close after cancel', () => controller.close());
          env.try('error after cancel', () => controller.error(new Error('e')));
          env.watch('cancel again', target.cancel('again'));
          if (reader) env.watch('read after cancel', reader.read());
          await later(2);
          env.log(env.inspect(rs));
        });
      }
    }
  }

  scenario('readable cancel without reason', async (env) => {
    const rs = new env.W.ReadableStream(loggingSource(env));
    env.watch('cancel', rs.cancel());
    await later(1);
    const rs2 = new env.W.ReadableStream(loggingSource(env));
    env.watch('cancel undefined', rs2.cancel(undefined));
  });

  scenario('readable cancel of closed and errored streams', async (env) => {
    const { W } = env;
    const closed = new W.ReadableStream({ start(c) { c.close(); }, cancel() { env.log('not called'); } });
    env.watch('cancel closed', closed.cancel('r'));
    const errored = new W.ReadableStream({ start(c) { c.error(new Error('stored')); }, cancel() { env.log('not called'); } });
    env.watch('cancel errored', errored.cancel('r'));
    const withData = new W.ReadableStream({ start(c) { c.enqueue(1); c.close(); }, cancel(r) { env.log('cancel called', r); } });
    env.watch('cancel closing', withData.cancel('r'));
    env.log(env.inspect(withData));
  });

  scenario('readable cancel with pending reads resolves them done', async (env) => {
    env.ticks(20);
    const rs = new env.W.ReadableStream(loggingSource(env, { cancel: () => later(1) }));
    const reader = rs.getReader();
    watchReader(env, reader);
    env.watch('r1', reader.read());
    env.watch('r2', reader.read());
    env.watch('cancel', reader.cancel('bye'));
    env.watch('r3', reader.read());
  });

  scenario('readable releaseLock with pending reads', async (env) => {
    env.ticks(20);
    const rs = new env.W.ReadableStream(loggingSource(env));
    const reader = rs.getReader();
    const closed = reader.closed;
    env.watch('closed', closed);
    env.watch('r1', reader.read());
    env.watch('r2', reader.read());
    reader.releaseLock();
    env.log('locked', rs.locked, 'same closed', closed === reader.closed);
    env.watch('closed after', reader.closed);
    env.watch('read after release', reader.read());
    env.watch('cancel after release', reader.cancel());
    env.try('releaseLock again', () => reader.releaseLock());
    const reader2 = rs.getReader();
    env.watch('reader2.closed', reader2.closed);
    env.log(env.inspect(reader), env.inspect(reader2));
  });

  scenario('readable releaseLock of closed and errored streams', async (env) => {
    const { W } = env;
    const closed = new W.ReadableStream({ start(c) { c.close(); } });
    const r1 = closed.getReader();
    const p1 = r1.closed;
    r1.releaseLock();
    env.log('closed: same promise', p1 === r1.closed);
    env.watch('closed: old', p1);
    env.watch('closed: new', r1.closed);
    const errored = new W.ReadableStream({ start(c) { c.error(new Error('E')); } });
    const r2 = errored.getReader();
    const p2 = r2.closed;
    r2.releaseLock();
    env.log('errored: same promise', p2 === r2.closed);
    env.watch('errored: old', p2);
    env.watch('errored: new', r2.closed);
    const r3 = errored.getReader();
    env.watch('errored: reacquired', r3.closed);
    env.watch('errored: read', r3.read());
  });

  scenario('readable reader on closed stream', async (env) => {
    env.ticks(10);
    const rs = new env.W.ReadableStream({ start(c) { c.enqueue(1); c.close(); } });
    const reader = rs.getReader();
    watchReader(env, reader);
    env.watch('r1', reader.read());
    env.watch('r2', reader.read());
    env.watch('r3', reader.read());
    await later(1);
    env.log(env.inspect(rs), env.inspect(reader));
  });

  scenario('readable error with pending reads', async (env) => {
    env.ticks(10);
    let controller;
    const rs = new env.W.ReadableStream({ start(c) { controller = c; } });
    const reader = rs.getReader();
    watchReader(env, reader);
    env.watch('r1', reader.read());
    env.watch('r2', reader.read());
    controller.error(new Error('boom'));
    env.log('desiredSize', controller.desiredSize);
    env.watch('r3', reader.read());
    controller.error(new Error('second'));
    env.try('enqueue', () => controller.enqueue(1));
    env.try('close', () => controller.close());
    env.watch('cancel', rs.cancel());
    env.watch('reader.cancel', reader.cancel());
    env.log(env.inspect(rs));
  });

  scenario('readable error drops queued chunks', async (env) => {
    let controller;
    const rs = new env.W.ReadableStream({ start(c) { controller = c; c.enqueue(1); c.enqueue(2); } });
    const reader = rs.getReader();
    env.watch('r1', reader.read());
    controller.error('reason-string');
    env.watch('r2', reader.read());
    env.watch('closed', reader.closed);
  });

  scenario('readable close with queued chunks', async (env) => {
    env.ticks(20);
    let controller;
    const rs = new env.W.ReadableStream(loggingSource(env, { start(c) { controller = c; c.enqueue(1); c.enqueue(2); c.close(); } }));
    env.log('desiredSize', controller.desiredSize, env.inspect(rs));
    env.try('enqueue after close', () => controller.enqueue(3));
    env.try('close twice', () => controller.close());
    const reader = rs.getReader();
    watchReader(env, reader);
    await drain(env, reader);
    env.log('desiredSize', controller.desiredSize, env.inspect(rs));
  });

  scenario('readable desiredSize and size function', async (env) => {
    let controller;
    const sizes = [];
    const rs = new env.W.ReadableStream({ start(c) { controller = c; } }, {
      highWaterMark: 10,
      size(chunk) { sizes.push(chunk); return chunk.length; },
    });
    env.log(controller.desiredSize);
    controller.enqueue('abc');
    env.log(controller.desiredSize);
    controller.enqueue('defgh');
    env.log(controller.desiredSize);
    controller.enqueue('ijklmnop');
    env.log(controller.desiredSize, sizes);
    const reader = rs.getReader();
    await reader.read();
    env.log(controller.desiredSize);
    const p = reader.read();
    env.log(controller.desiredSize);
    await p;
    await reader.read();
    env.log(controller.desiredSize);
    // With a read pending, enqueue does not consult size.
    const pending = reader.read();
    controller.enqueue('direct');
    env.log(controller.desiredSize, sizes.length);
    env.log(await pending);
  });

  const badSizes = [
    ['negative', () => -1], ['NaN', () => NaN], ['Infinity', () => Infinity], ['string "2"', () => '2'],
    ['throws', () => { throw new Error('size-throw'); }], ['undefined', () => undefined], ['null', () => null],
    ['object', () => ({ valueOf() { return 2; } })], ['bigint', () => 1n],
  ];
  for (const [name, size] of badSizes) {
    scenario(`readable size ${name}`, async (env) => {
      let controller;
      const rs = new env.W.ReadableStream({ start(c) { controller = c; } }, { size, highWaterMark: 5 });
      env.try('enqueue', () => controller.enqueue('x'));
      env.log('desiredSize', controller.desiredSize, env.inspect(rs));
      env.try('enqueue again', () => controller.enqueue('y'));
      const reader = rs.getReader();
      env.watch('read', reader.read());
      env.watch('closed', reader.closed);
    });
  }

  scenario('readable size this and arguments', async (env) => {
    let controller;
    new env.W.ReadableStream({ start(c) { controller = c; } }, {
      size(...args) { env.log('size this undefined', this === undefined, 'args', args); return 1; },
    });
    controller.enqueue('x');
    controller.enqueue();
  });

  scenario('readable callbacks this and arguments', async (env) => {
    const source = {
      start(...args) { env.log('start this ok', this === source, args.length); },
      pull(...args) { env.log('pull this ok', this === source, args.length); args[0].enqueue(1); },
      cancel(...args) { env.log('cancel this ok', this === source, args); },
    };
    const rs = new env.W.ReadableStream(source);
    await later(1);
    const reader = rs.getReader();
    await reader.read();
    await reader.cancel('r');
  });

  scenario('readable controller identity', async (env) => {
    let c1;
    let c2;
    const rs = new env.W.ReadableStream({ start(c) { c1 = c; }, pull(c) { c2 = c; c.enqueue(1); } });
    await rs.getReader().read();
    env.log('same controller', c1 === c2, Object.prototype.toString.call(c1), c1.constructor === env.W.ReadableStreamDefaultController);
  });

  scenario('readable start throws synchronously', async (env) => {
    const error = new Error('sync');
    env.try('construct', () => new env.W.ReadableStream({ start() { throw error; }, pull() { env.log('pull'); } }));
  });

  scenario('readable start errors then throws', async (env) => {
    env.try('construct', () => new env.W.ReadableStream({ start(c) { c.error(new Error('first')); throw new Error('second'); } }));
  });

  scenario('readable pull not called before start settles', async (env) => {
    env.ticks(20);
    let resolveStart;
    const rs = new env.W.ReadableStream(loggingSource(env, {
      start: () => new Promise((r) => { resolveStart = r; }),
      pull: (c) => c.enqueue('x'),
    }));
    const reader = rs.getReader();
    env.watch('read', reader.read());
    await later(1);
    env.log('resolving start');
    resolveStart();
  });

  scenario('readable pull once per request while pulling', async (env) => {
    env.ticks(30);
    let pending = [];
    const rs = new env.W.ReadableStream(loggingSource(env, {
      pull: (c, e, n) => new Promise((r) => pending.push(() => { c.enqueue(n); r(); })),
    }), { highWaterMark: 0 });
    const reader = rs.getReader();
    env.watch('r0', reader.read());
    env.watch('r1', reader.read());
    env.watch('r2', reader.read());
    for (let i = 0; i < 4; i++) {
      await later(1);
      env.log('pending pulls', pending.length);
      const p = pending;
      pending = [];
      p.forEach((f) => f());
    }
  });

  scenario('readable enqueue undefined and odd chunks', async (env) => {
    const chunks = [undefined, null, 0, '', false, { a: 1 }, [1, 2], Symbol.iterator, 1n];
    const rs = new env.W.ReadableStream({ start(c) { for (const x of chunks) c.enqueue(x); c.close(); } });
    await drain(env, rs.getReader());
  });

  scenario('readable read result objects', async (env) => {
    const rs = new env.W.ReadableStream({ start(c) { c.enqueue('x'); c.close(); } });
    const reader = rs.getReader();
    const r = await reader.read();
    env.log(Object.getPrototypeOf(r) === Object.prototype, Object.keys(r), Object.getOwnPropertyDescriptor(r, 'value'));
    const end = await reader.read();
    env.log(Object.keys(end), 'value' in end, end.value);
  });

  scenario('readable read result thenable interception', async (env) => {
    // Resolving a read promise looks up `then` on the result object.
    env.ticks(10);
    const rs = new env.W.ReadableStream({ start(c) { c.enqueue('x'); } });
    const reader = rs.getReader();
    Object.prototype.then = undefined;
    try {
      env.watch('read', reader.read());
    } finally {
      delete Object.prototype.then;
    }
  });

  scenario('readable locked and stream utils', async (env) => {
    const { W, streamUtils: u } = env;
    let controller;
    const rs = new W.ReadableStream({ start(c) { controller = c; } });
    env.log('fresh', rs.locked, u.isDisturbed(rs), u.isErrored(rs), u.isReadable(rs));
    const reader = rs.getReader();
    env.log('locked', rs.locked, u.isDisturbed(rs));
    reader.read();
    env.log('after read', u.isDisturbed(rs));
    controller.error(new Error('x'));
    env.log('errored', u.isErrored(rs), u.isReadable(rs));
    const rs2 = new W.ReadableStream();
    rs2.cancel();
    env.log('canceled', u.isDisturbed(rs2), u.isReadable(rs2), u.isErrored(rs2));
    const rs3 = new W.ReadableStream({ start(c) { c.close(); } });
    env.log('closed', u.isDisturbed(rs3), u.isReadable(rs3));
  });

  scenario('readable inspect states', async (env) => {
    const { W, inspect, log } = env;
    let controller;
    const rs = new W.ReadableStream({ start(c) { controller = c; } }, { highWaterMark: 3 });
    log(inspect(rs));
    log(inspect(controller));
    const reader = rs.getReader();
    reader.read();
    reader.read();
    log(inspect(reader));
    log(inspect(rs, { depth: 0 }));
    log(inspect(reader, { depth: 0 }));
    log(inspect(reader, { depth: 1 }));
    log(inspect([rs], { depth: 0 }));
    log(inspect({ a: { b: rs } }, { depth: 1 }));
    log(inspect({ a: { b: rs } }, { depth: 2 }));
    log(inspect(rs, { compact: false }));
    log(inspect(reader, { depth: null }));
    log(inspect(reader, { breakLength: Infinity }));
    controller.error(new Error('bad'));
    await Promise.resolve();
    log(inspect(rs));
    log(inspect(reader).replace(/\n\s+at .*/g, ''));
    reader.releaseLock();
    log(inspect(reader).replace(/\n\s+at .*/g, ''));
    const closed = new W.ReadableStream({ start(c) { c.close(); } });
    log(inspect(closed));
    log(inspect(closed.getReader()));
    log(inspect(new W.ReadableStream({ type: 'bytes' })));
  });

  scenario('readable subclass', async (env) => {
    const { W } = env;
    class Sub extends W.ReadableStream {
      constructor() {
        super({ start(c) { c.enqueue('sub'); c.close(); } });
      }
      extra() { return 'extra'; }
    }
    const s = new Sub();
    env.log(s instanceof W.ReadableStream, s.extra(), s.locked, env.inspect(s), Object.prototype.toString.call(s));
    await drain(env, s.getReader());
    const [a, b] = new Sub().tee();
    env.log(a instanceof Sub, b instanceof W.ReadableStream);
  });

  scenario('readable enqueue from pull after cancel in flight', async (env) => {
    env.ticks(20);
    let controller;
    let finishPull;
    const rs = new env.W.ReadableStream(loggingSource(env, {
      start(c) { controller = c; },
      pull: () => new Promise((r) => { finishPull = r; }),
      cancel: () => later(1),
    }), { highWaterMark: 1 });
    await later(1);
    env.watch('cancel', rs.cancel('stop'));
    env.try('enqueue during cancel', () => controller.enqueue(1));
    finishPull();
  });

  scenario('readable many chunks ordering', async (env) => {
    let i = 0;
    const rs = new env.W.ReadableStream({
      pull(c) {
        c.enqueue(i++);
        if (i === 20) c.close();
      },
    }, { highWaterMark: 5 });
    const got = [];
    const reader = rs.getReader();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      got.push(value);
    }
    env.log(got);
  });

  scenario('readable closed promise identity', async (env) => {
    const rs = new env.W.ReadableStream();
    const reader = rs.getReader();
    env.log(reader.closed === reader.closed);
    reader.releaseLock();
    env.log(reader.closed === reader.closed);
    reader.closed.catch(() => {});
  });

  scenario('readable getReader after cancel', async (env) => {
    const rs = new env.W.ReadableStream();
    await rs.cancel();
    const reader = rs.getReader();
    env.watch('closed', reader.closed);
    env.watch('read', reader.read());
  });

  scenario('readable error with undefined', async (env) => {
    let controller;
    const rs = new env.W.ReadableStream({ start(c) { controller = c; } });
    const reader = rs.getReader();
    env.watch('read', reader.read());
    controller.error();
    env.watch('closed', reader.closed);
    env.watch('cancel', rs.cancel());
  });

  scenario('readable pull after start resolves with enqueued data', async (env) => {
    env.ticks(20);
    new env.W.ReadableStream(loggingSource(env, { start: (c) => { c.enqueue(1); } }), { highWaterMark: 3 });
    new env.W.ReadableStream(loggingSource(env, { start: (c) => { c.enqueue(1); } }, 'src2'), { highWaterMark: 1 });
    new env.W.ReadableStream(loggingSource(env, {}, 'src3'), { highWaterMark: Infinity });
  });
};
