'use strict';
// ReadableStream.prototype.tee() for default streams.

const { loggingSource, drain, later, watchReader } = require('./_helpers.js');

const pullKinds = {
  'sync enqueue': (c, env, n) => { if (n < 3) c.enqueue(`c${n}`); else c.close(); },
  'microtask enqueue': (c, env, n) => Promise.resolve().then(() => { if (n < 3) c.enqueue(`c${n}`); else c.close(); }),
  'later enqueue': (c, env, n) => later(1).then(() => { if (n < 3) c.enqueue(`c${n}`); else c.close(); }),
  'error on 2nd': (c, env, n) => { if (n === 1) c.error(new Error('src-err')); else c.enqueue(`c${n}`); },
  'reject on 2nd': (c, env, n) => { if (n === 1) return Promise.reject(new Error('src-reject')); c.enqueue(`c${n}`); },
};

module.exports = (scenario) => {
  for (const [pullName, pull] of Object.entries(pullKinds)) {
    for (const pattern of ['a then b', 'interleaved', 'only a', 'concurrent']) {
      scenario(`tee ${pullName} read ${pattern}`, async (env) => {
        env.ticks(50);
        const rs = new env.W.ReadableStream(loggingSource(env, { pull }));
        const [a, b] = rs.tee();
        env.log(env.inspect(rs), env.inspect(a));
        const ra = a.getReader();
        const rb = b.getReader();
        watchReader(env, ra, 'ra');
        watchReader(env, rb, 'rb');
        if (pattern === 'a then b') {
          await drain(env, ra, 'a', 6);
          await drain(env, rb, 'b', 6);
        } else if (pattern === 'interleaved') {
          for (let i = 0; i < 5; i++) {
            try { env.log('a', await ra.read()); } catch (e) { env.log('a err', e); }
            try { env.log('b', await rb.read()); } catch (e) { env.log('b err', e); }
          }
        } else if (pattern === 'only a') {
          await drain(env, ra, 'a', 6);
          await later(2);
          env.log(env.inspect(b));
        } else {
          for (let i = 0; i < 4; i++) {
            env.watch(`a${i}`, ra.read());
            env.watch(`b${i}`, rb.read());
          }
          await later(3);
        }
      });
    }
  }

  const cancelKinds = {
    none: null,
    sync: () => undefined,
    rejects: () => Promise.reject(new Error('src-cancel-reject')),
    microtask: () => Promise.resolve().then(() => 'x'),
  };
  for (const [name, cancel] of Object.entries(cancelKinds)) {
    scenario(`tee cancel both, source cancel ${name}`, async (env) => {
      env.ticks(30);
      const rs = new env.W.ReadableStream(loggingSource(env, { cancel }));
      const [a, b] = rs.tee();
      env.watch('cancel a', a.cancel('reason a'));
      await later(1);
      env.log('after a', env.inspect(rs), env.inspect(a));
      env.watch('cancel b', b.cancel('reason b'));
      env.log('after b', env.inspect(rs), env.inspect(b));
    });

    scenario(`tee cancel b first then a, source cancel ${name}`, async (env) => {
      env.ticks(30);
      const rs = new env.W.ReadableStream(loggingSource(env, { cancel }));
      const [a, b] = rs.tee();
      env.watch('cancel b', b.cancel());
      env.watch('cancel a', a.cancel(new Error('ea')));
    });
  }

  scenario('tee cancel one branch keeps the other flowing', async (env) => {
    env.ticks(40);
    let n = 0;
    const rs = new env.W.ReadableStream(loggingSource(env, {
      pull(c) { if (n < 3) c.enqueue(n++); else c.close(); },
    }));
    const [a, b] = rs.tee();
    env.watch('cancel a', a.cancel('only a'));
    await drain(env, b.getReader(), 'b');
    env.log(env.inspect(rs));
  });

  scenario('tee branch canceled after source closed', async (env) => {
    const rs = new env.W.ReadableStream({ start(c) { c.enqueue(1); c.close(); }, cancel() { env.log('source cancel'); } });
    const [a, b] = rs.tee();
    await drain(env, a.getReader(), 'a');
    env.watch('cancel b', b.cancel('late'));
    env.watch('cancel a', a.cancel('later'));
  });

  scenario('tee source errors while branch canceled', async (env) => {
    env.ticks(30);
    let controller;
    const rs = new env.W.ReadableStream({ start(c) { controller = c; }, cancel: () => later(1) });
    const [a, b] = rs.tee();
    const ra = a.getReader();
    watchReader(env, ra, 'ra');
    env.watch('cancel b', b.cancel('b'));
    controller.error(new Error('boom'));
    env.watch('read a', ra.read());
  });

  scenario('tee both canceled then source error', async (env) => {
    let controller;
    const rs = new env.W.ReadableStream({ start(c) { controller = c; }, cancel: () => new Promise(() => {}) });
    const [a, b] = rs.tee();
    env.watch('cancel a', a.cancel('a'));
    env.watch('cancel b', b.cancel('b'));
    await later(1);
    env.try('error', () => controller.error(new Error('after cancel')));
  });

  scenario('tee chunks are shared not cloned', async (env) => {
    const obj = { x: 1 };
    const rs = new env.W.ReadableStream({ start(c) { c.enqueue(obj); c.close(); } });
    const [a, b] = rs.tee();
    const x = await a.getReader().read();
    const y = await b.getReader().read();
    env.log(x.value === obj, y.value === obj);
  });

  scenario('tee locks source and branches are independent', async (env) => {
    const rs = new env.W.ReadableStream();
    const [a, b] = rs.tee();
    env.log(rs.locked, a.locked, b.locked, a === b, Object.prototype.toString.call(a));
    env.try('tee again', () => rs.tee());
    const [c, d] = a.tee();
    env.log(a.locked, c.locked, d.locked);
  });

  scenario('tee of closed and errored streams', async (env) => {
    const closed = new env.W.ReadableStream({ start(c) { c.close(); } });
    const [a, b] = closed.tee();
    env.log(env.inspect(a), env.inspect(b));
    await drain(env, a.getReader(), 'closed a');
    const errored = new env.W.ReadableStream({ start(c) { c.error(new Error('E')); } });
    const [c, d] = errored.tee();
    await later(1);
    env.log(env.inspect(c), env.inspect(d));
    await drain(env, d.getReader(), 'errored d');
  });

  scenario('tee backpressure: slow branch buffers', async (env) => {
    env.ticks(30);
    let n = 0;
    const rs = new env.W.ReadableStream(loggingSource(env, {
      pull(c) { if (n < 5) c.enqueue(n++); else c.close(); },
    }), { highWaterMark: 0 });
    const [a, b] = rs.tee();
    await drain(env, a.getReader(), 'a');
    await later(1);
    env.log(env.inspect(b));
    await drain(env, b.getReader(), 'b');
  });

  scenario('tee pull called with read pending on one branch', async (env) => {
    env.ticks(40);
    const pending = [];
    const rs = new env.W.ReadableStream(loggingSource(env, {
      pull: (c, e, n) => new Promise((r) => pending.push(() => { c.enqueue(n); r(); })),
    }));
    const [a, b] = rs.tee();
    const ra = a.getReader();
    const rb = b.getReader();
    env.watch('a0', ra.read());
    env.watch('b0', rb.read());
    env.watch('a1', ra.read());
    for (let i = 0; i < 3; i++) {
      await later(1);
      env.log('pending pulls', pending.length);
      pending.splice(0).forEach((f) => f());
    }
  });
};
