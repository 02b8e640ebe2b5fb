'use strict';
// Async iteration (values(), for await, return/throw, preventCancel) and
// ReadableStream.from().

const { loggingSource, drain, later } = require('./_helpers.js');

module.exports = (scenario) => {
  const pullKinds = {
    'queued': { start(c) { c.enqueue(1); c.enqueue(2); c.enqueue(3); c.close(); } },
    'pull sync': { pull(c, e, n) { if (n < 3) c.enqueue(n); else c.close(); } },
    'pull microtask': { pull: (c, e, n) => Promise.resolve().then(() => { if (n < 3) c.enqueue(n); else c.close(); }) },
    'pull later': { pull: (c, e, n) => later(1).then(() => { if (n < 3) c.enqueue(n); else c.close(); }) },
    'errors on 2nd': { pull(c, e, n) { if (n === 1) c.error(new Error('iter-err')); else c.enqueue(n); } },
  };

  for (const [name, src] of Object.entries(pullKinds)) {
    scenario(`iterate for-await ${name}`, async (env) => {
      env.ticks(40);
      const rs = new env.W.ReadableStream(loggingSource(env, src));
      try {
        for await (const chunk of rs) env.log('chunk', chunk);
        env.log('loop done');
      } catch (e) {
        env.log('loop threw', e);
      }
      env.log(env.inspect(rs));
    });

    scenario(`iterate break early ${name}`, async (env) => {
      env.ticks(40);
      const rs = new env.W.ReadableStream(loggingSource(env, { ...src, cancel: (r) => env.log('cancel reason', r) }));
      try {
        for await (const chunk of rs) {
          env.log('chunk', chunk);
          break;
        }
      } catch (e) {
        env.log('loop threw', e);
      }
      env.log('after break', env.inspect(rs));
    });

    scenario(`iterate break early preventCancel ${name}`, async (env) => {
      env.ticks(40);
      const rs = new env.W.ReadableStream(loggingSource(env, src));
      try {
        for await (const chunk of rs.values({ preventCancel: true })) {
          env.log('chunk', chunk);
          break;
        }
      } catch (e) {
        env.log('loop threw', e);
      }
      env.log('after break', env.inspect(rs));
      const reader = rs.getReader();
      await drain(env, reader, 'rest', 5);
    });

    scenario(`iterate throw in body ${name}`, async (env) => {
      env.ticks(40);
      const rs = new env.W.ReadableStream(loggingSource(env, src));
      try {
        for await (const chunk of rs) {
          env.log('chunk', chunk);
          throw new Error('body threw');
        }
      } catch (e) {
        env.log('caught', e);
      }
      env.log(env.inspect(rs));
    });

    scenario(`iterate manual next calls ${name}`, async (env) => {
      env.ticks(60);
      const rs = new env.W.ReadableStream(loggingSource(env, src));
      const it = rs.values();
      for (let i = 0; i < 5; i++) env.watch(`next${i}`, it.next());
      env.watch('return', it.return('ret'));
      env.watch('next after return', it.next());
    });
  }

  scenario('iterate iterator shape', async (env) => {
    const rs = new env.W.ReadableStream();
    const it = rs.values();
    const proto = Object.getPrototypeOf(it);
    env.log(Object.keys(it), typeof it.next, it.next.length, it.return.length, it[Symbol.asyncIterator]() === it);
    env.log(Object.keys(proto), proto.next, Object.getPrototypeOf(proto) === Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype));
    env.log('throw' in it, env.inspect(it), Object.prototype.toString.call(it));
    env.log('locked', rs.locked);
    env.log(it.next.name, it.return.name);
    const it2 = rs[Symbol.asyncIterator];
    env.log(typeof it2);
  });

  scenario('iterate return without next', async (env) => {
    env.ticks(20);
    const rs = new env.W.ReadableStream(loggingSource(env));
    const it = rs.values();
    env.watch('return', it.return('r'));
    env.watch('return again', it.return('r2'));
    env.watch('next', it.next());
    await later(1);
    env.log(env.inspect(rs));
  });

  scenario('iterate return with preventCancel', async (env) => {
    const rs = new env.W.ReadableStream(loggingSource(env));
    const it = rs.values({ preventCancel: true });
    env.watch('return', it.return('r'));
    await later(1);
    env.log(rs.locked, env.inspect(rs));
  });

  scenario('iterate return while next pending', async (env) => {
    env.ticks(30);
    let controller;
    const rs = new env.W.ReadableStream(loggingSource(env, { start(c) { controller = c; } }));
    const it = rs.values();
    env.watch('next', it.next());
    env.watch('return', it.return('early'));
    await later(1);
    controller.enqueue('late chunk');
  });

  scenario('iterate return with cancel rejecting', async (env) => {
    env.ticks(20);
    const rs = new env.W.ReadableStream(loggingSource(env, { cancel: () => Promise.reject(new Error('cancel-rej')) }));
    const it = rs.values();
    env.watch('return', it.return('x'));
  });

  scenario('iterate next after error', async (env) => {
    env.ticks(20);
    const rs = new env.W.ReadableStream({ start(c) { c.error(new Error('E')); } });
    const it = rs.values();
    env.watch('next1', it.next());
    env.watch('next2', it.next());
    env.watch('return', it.return('r'));
    await later(1);
    env.log(rs.locked);
  });

  scenario('iterate releases lock when done', async (env) => {
    const rs = new env.W.ReadableStream({ start(c) { c.enqueue(1); c.close(); } });
    const it = rs.values();
    env.log(await it.next(), rs.locked);
    env.log(await it.next(), rs.locked);
    env.log(await it.next(), rs.locked);
  });

  scenario('iterate locked stream', async (env) => {
    const rs = new env.W.ReadableStream();
    rs.getReader();
    env.try('values', () => rs.values());
    env.try('asyncIterator', () => rs[Symbol.asyncIterator]());
  });

  scenario('iterate reader released externally', async (env) => {
    const rs = new env.W.ReadableStream({ start(c) { c.enqueue(1); } });
    const it = rs.values();
    env.log(await it.next());
    // Not reachable by users in node either, but a second values() is refused.
    env.try('second values', () => rs.values());
  });

  scenario('iterate byte stream', async (env) => {
    let n = 0;
    const rs = new env.W.ReadableStream({ type: 'bytes', pull(c) { if (n < 2) c.enqueue(new Uint8Array([n++])); else c.close(); } });
    for await (const chunk of rs) env.log(chunk);
  });

  scenario('iterate values() with options object getters', async (env) => {
    const rs = new env.W.ReadableStream(loggingSource(env));
    const it = rs.values({ get preventCancel() { env.log('read preventCancel'); return 0; } });
    await it.return();
  });

  // ---- ReadableStream.from ----

  const iterables = {
    'array': () => [1, 2, 3],
    'string': () => 'héllo',
    'set': () => new Set(['a', 'b']),
    'generator': () => (function* () { yield 1; yield 2; })(),
    'async generator': () => (async function* () { yield 1; await null; yield 2; })(),
    'array of promises': () => [Promise.resolve('p1'), 'plain', Promise.resolve('p3')],
    'rejected promise in array': () => [1, Promise.reject(new Error('in-array')), 3],
    'generator throws': () => (function* () { yield 1; throw new Error('gen-throw'); })(),
    'async generator throws': () => (async function* () { yield 1; throw new Error('agen-throw'); })(),
    'readable stream': function () { return new this.ReadableStream({ start(c) { c.enqueue('from-rs'); c.close(); } }); },
    'custom async iterator': () => ({
      [Symbol.asyncIterator]() {
        let i = 0;
        return { next() { i++; return i < 3 ? Promise.resolve({ value: i, done: false }) : Promise.resolve({ done: true }); } };
      },
    }),
    'next returns non-object': () => ({ [Symbol.asyncIterator]() { return { next() { return 42; } }; } }),
    'next returns non-object promise': () => ({ [Symbol.asyncIterator]() { return { next() { return Promise.resolve(42); } }; } }),
    'next throws': () => ({ [Symbol.asyncIterator]() { return { next() { throw new Error('next-throw'); } }; } }),
    'next rejects': () => ({ [Symbol.asyncIterator]() { return { next() { return Promise.reject(new Error('next-reject')); } }; } }),
    'sync iterator non-object result': () => ({ [Symbol.iterator]() { return { next() { return 5; } }; } }),
    'done with value': () => ({ [Symbol.asyncIterator]() { return { next() { return { done: true, value: 'ignored' }; } }; } }),
    'thenable values': () => [{ then(r) { r('thenable'); } }],
    'array with holes': () => [1, , 3],
  };

  for (const [name, make] of Object.entries(iterables)) {
    scenario(`from ${name}`, async (env) => {
      env.ticks(50);
      const rs = env.try('from', () => env.W.ReadableStream.from(make.call(env.W)));
      if (!rs) return;
      env.log(env.inspect(rs), Object.prototype.toString.call(rs));
      await drain(env, rs.getReader(), 'read', 6);
    });
  }

  scenario('from pulls lazily (hwm 0)', async (env) => {
    env.ticks(40);
    let i = 0;
    const iterable = {
      [Symbol.asyncIterator]() {
        return {
          next() { env.log('next called', i); i++; return Promise.resolve(i < 4 ? { value: i, done: false } : { value: undefined, done: true }); },
          return(v) { env.log('return called', v); return Promise.resolve({ done: true }); },
        };
      },
    };
    const rs = env.W.ReadableStream.from(iterable);
    await later(1);
    env.log('nothing pulled yet');
    const reader = rs.getReader();
    env.watch('r0', reader.read());
    env.watch('r1', reader.read());
    await later(1);
    env.watch('cancel', reader.cancel('stop'));
  });

  const returnKinds = {
    'absent': undefined,
    'returns object': () => ({ done: true }),
    'returns non-object': () => 7,
    'returns promise of non-object': () => Promise.resolve(7),
    'throws': () => { throw new Error('return-throw'); },
    'rejects': () => Promise.reject(new Error('return-reject')),
    'null method': null,
  };
  for (const [name, ret] of Object.entries(returnKinds)) {
    scenario(`from cancel with iterator return ${name}`, async (env) => {
      env.ticks(30);
      const iterator = {
        next() { return Promise.resolve({ value: 'x', done: false }); },
      };
      if (ret !== undefined) {
        iterator.return = ret === null ? null : function (...args) { env.log('return args', args, this === iterator); return ret(...args); };
      }
      const rs = env.W.ReadableStream.from({ [Symbol.asyncIterator]() { return iterator; } });
      const reader = rs.getReader();
      env.log(await reader.read());
      env.watch('cancel', reader.cancel('why'));
      env.watch('closed', reader.closed);
    });
  }

  scenario('from generator cancel runs finally', async (env) => {
    env.ticks(30);
    const gen = (function* () {
      try {
        yield 1;
        yield 2;
      } finally {
        env.log('generator finally');
      }
    })();
    const rs = env.W.ReadableStream.from(gen);
    const reader = rs.getReader();
    env.log(await reader.read());
    env.watch('cancel', reader.cancel('c'));
  });

  scenario('from async generator cancel runs finally', async (env) => {
    env.ticks(30);
    const gen = (async function* () {
      try {
        yield 1;
        yield 2;
      } finally {
        env.log('async generator finally');
      }
    })();
    const rs = env.W.ReadableStream.from(gen);
    const reader = rs.getReader();
    env.log(await reader.read());
    env.watch('cancel', reader.cancel('c'));
  });

  scenario('from reads Symbol.asyncIterator then Symbol.iterator', async (env) => {
    const obj = new Proxy({ [Symbol.iterator]() { return [1][Symbol.iterator](); } }, {
      get(t, k, r) { env.log('get', String(k)); return Reflect.get(t, k, r); },
    });
    const rs = env.W.ReadableStream.from(obj);
    await drain(env, rs.getReader());
  });

  scenario('from for-await of result', async (env) => {
    env.ticks(40);
    for await (const x of env.W.ReadableStream.from([1, 2])) env.log('got', x);
  });
};
