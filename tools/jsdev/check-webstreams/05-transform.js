'use strict';
// TransformStreams: transform/flush/cancel/start timing, backpressure between
// the two sides, terminate, errors from either side.

const { drain, later } = require('./_helpers.js');

function loggingTransformer(env, spec = {}) {
  const t = {};
  if (spec.start !== null) {
    t.start = function (c) {
      env.log('tr.start desiredSize', c.desiredSize);
      return spec.start ? spec.start(c, env) : undefined;
    };
  }
  if (spec.transform !== null) {
    let n = 0;
    t.transform = function (chunk, c) {
      const i = n++;
      env.log(`tr.transform#${i}`, chunk, 'desiredSize', c.desiredSize);
      return spec.transform ? spec.transform(chunk, c, env, i) : c.enqueue(chunk);
    };
  }
  if (spec.flush !== null) {
    t.flush = function (c) {
      env.log('tr.flush', 'desiredSize', c.desiredSize);
      return spec.flush ? spec.flush(c, env) : undefined;
    };
  }
  if (spec.cancel !== null) {
    t.cancel = function (reason) {
      env.log('tr.cancel', reason);
      return spec.cancel ? spec.cancel(reason, env) : undefined;
    };
  }
  return t;
}

const transformKinds = {
  default: null,
  identity: undefined,
  'double': (chunk, c) => { c.enqueue(chunk); c.enqueue(chunk); },
  'none': () => undefined,
  'later': (chunk, c) => later(1).then(() => c.enqueue(chunk)),
  'microtask': (chunk, c) => Promise.resolve().then(() => c.enqueue(chunk)),
  'microtask reject': () => Promise.resolve().then(() => { throw new Error('mt-reject'); }),
  'throws on 2nd': (chunk, c, env, i) => { if (i === 1) throw new Error('transform-throw'); c.enqueue(chunk); },
  'rejects': () => Promise.reject(new Error('transform-reject')),
  'errors controller': (chunk, c) => { c.error(new Error('transform-error')); },
  'terminates on 2nd': (chunk, c, env, i) => { c.enqueue(chunk); if (i === 1) c.terminate(); },
};

const flushKinds = {
  none: null,
  enqueue: (c) => { c.enqueue('flushed'); },
  later: (c) => later(1).then(() => c.enqueue('late-flush')),
  microtask: (c) => Promise.resolve().then(() => c.enqueue('mt-flush')),
  throws: () => { throw new Error('flush-throw'); },
  rejects: () => Promise.reject(new Error('flush-reject')),
  terminate: (c) => { c.enqueue('before-terminate'); c.terminate(); },
  error: (c) => { c.error(new Error('flush-error')); },
};

module.exports = (scenario) => {
  for (const [tName, transform] of Object.entries(transformKinds)) {
    for (const [fName, flush] of Object.entries(flushKinds)) {
      scenario(`transform ${tName} flush ${fName}`, async (env) => {
        env.ticks(40);
        const ts = new env.W.TransformStream(loggingTransformer(env, { transform, flush }));
        const writer = ts.writable.getWriter();
        const reader = ts.readable.getReader();
        env.watch('writer.closed', writer.closed);
        env.watch('reader.closed', reader.closed);
        const readAll = drain(env, reader, 'read', 10);
        for (let i = 0; i < 3; i++) env.watch(`write${i}`, writer.write(`c${i}`));
        env.watch('close', writer.close());
        await readAll;
        await later(1);
        env.log(env.inspect(ts));
      });
    }
  }

  for (const rhwm of [0, 1, 2]) {
    for (const whwm of [0, 1, 3]) {
      scenario(`transform backpressure readable hwm ${rhwm} writable hwm ${whwm}`, async (env) => {
        env.ticks(50);
        let controller;
        const ts = new env.W.TransformStream(loggingTransformer(env, { start(c) { controller = c; } }),
          { highWaterMark: whwm }, { highWaterMark: rhwm });
        const writer = ts.writable.getWriter();
        env.log('initial writer desiredSize', writer.desiredSize, 'controller', controller.desiredSize);
        env.watch('ready0', writer.ready);
        for (let i = 0; i < 4; i++) {
          env.watch(`write${i}`, writer.write(i));
          env.log('desiredSize', writer.desiredSize, controller.desiredSize);
        }
        await later(2);
        env.log('before reading', env.inspect(ts));
        const reader = ts.readable.getReader();
        for (let i = 0; i < 4; i++) {
          env.log(`read${i}`, await reader.read());
          env.log('desiredSize', writer.desiredSize, controller.desiredSize);
        }
        env.watch('ready end', writer.ready);
      });
    }
  }

  const cancelKinds = {
    none: null,
    sync: () => undefined,
    later: () => later(1),
    microtask: () => Promise.resolve().then(() => {}),
    throws: () => { throw new Error('cancel-throw'); },
    rejects: () => Promise.reject(new Error('cancel-reject')),
    'errors controller': function () { return undefined; },
  };
  for (const [cName, cancel] of Object.entries(cancelKinds)) {
    scenario(`transform readable.cancel with transformer.cancel ${cName}`, async (env) => {
      env.ticks(30);
      const ts = new env.W.TransformStream(loggingTransformer(env, { cancel }));
      const writer = ts.writable.getWriter();
      env.watch('writer.closed', writer.closed);
      env.watch('write', writer.write('x'));
      env.watch('cancel', ts.readable.cancel(new Error('cancel reason')));
      env.watch('cancel again', ts.readable.cancel('again'));
      env.watch('write after', writer.write('y'));
      await later(2);
      env.log(env.inspect(ts));
      env.watch('abort after cancel', writer.abort('abort'));
    });

    scenario(`transform writable.abort with transformer.cancel ${cName}`, async (env) => {
      env.ticks(30);
      const ts = new env.W.TransformStream(loggingTransformer(env, { cancel }));
      const reader = ts.readable.getReader();
      env.watch('reader.closed', reader.closed);
      env.watch('read', reader.read());
      env.watch('abort', ts.writable.abort(new Error('abort reason')));
      await later(2);
      env.log(env.inspect(ts));
      env.watch('cancel after abort', reader.cancel('c'));
    });
  }

  scenario('transform cancel while flush pending', async (env) => {
    env.ticks(30);
    const ts = new env.W.TransformStream(loggingTransformer(env, { flush: () => later(2) }));
    const writer = ts.writable.getWriter();
    env.watch('close', writer.close());
    await later(1);
    env.watch('cancel', ts.readable.cancel('c'));
    env.watch('writer.closed', writer.closed);
  });

  scenario('transform abort while transform pending', async (env) => {
    env.ticks(30);
    const ts = new env.W.TransformStream(loggingTransformer(env, { transform: () => later(2) }), undefined, { highWaterMark: 2 });
    const writer = ts.writable.getWriter();
    env.watch('write', writer.write(1));
    await later(1);
    env.watch('abort', writer.abort('A'));
    env.watch('writer.closed', writer.closed);
  });

  scenario('transform close then cancel readable', async (env) => {
    env.ticks(30);
    const ts = new env.W.TransformStream(loggingTransformer(env, { flush: () => later(1) }));
    const writer = ts.writable.getWriter();
    const reader = ts.readable.getReader();
    env.watch('close', writer.close());
    env.watch('cancel', reader.cancel('r'));
    env.watch('reader.closed', reader.closed);
  });

  scenario('transform terminate', async (env) => {
    env.ticks(30);
    let controller;
    const ts = new env.W.TransformStream(loggingTransformer(env, { start(c) { controller = c; } }));
    const writer = ts.writable.getWriter();
    const reader = ts.readable.getReader();
    env.watch('writer.closed', writer.closed);
    env.watch('reader.closed', reader.closed);
    controller.enqueue('before');
    controller.terminate();
    env.try('enqueue after terminate', () => controller.enqueue('after'));
    env.try('terminate again', () => controller.terminate());
    env.try('error after terminate', () => controller.error(new Error('late')));
    env.log('desiredSize', controller.desiredSize);
    env.watch('write', writer.write('w'));
    await drain(env, reader);
    env.log(env.inspect(ts));
  });

  scenario('transform controller.error from start', async (env) => {
    env.ticks(20);
    const ts = new env.W.TransformStream(loggingTransformer(env, { start(c) { c.error(new Error('start-err')); } }));
    const writer = ts.writable.getWriter();
    const reader = ts.readable.getReader();
    env.watch('writer.closed', writer.closed);
    env.watch('reader.closed', reader.closed);
    env.watch('write', writer.write('x'));
    env.watch('read', reader.read());
  });

  for (const [name, start] of [['rejects', () => Promise.reject(new Error('start-reject'))], ['later', () => later(1)], ['throws', () => { throw new Error('start-throw'); }]]) {
    scenario(`transform start ${name}`, async (env) => {
      env.ticks(30);
      const ts = env.try('construct', () => new env.W.TransformStream(loggingTransformer(env, { start })));
      if (!ts) return;
      const writer = ts.writable.getWriter();
      const reader = ts.readable.getReader();
      env.watch('writer.closed', writer.closed);
      env.watch('reader.closed', reader.closed);
      env.watch('write', writer.write('x'));
      env.watch('read', reader.read());
    });
  }

  scenario('transform enqueue beyond readable hwm from transform', async (env) => {
    env.ticks(40);
    const ts = new env.W.TransformStream(loggingTransformer(env, {
      transform(chunk, c) { for (let i = 0; i < 3; i++) c.enqueue(`${chunk}${i}`); env.log('desiredSize after enqueues', c.desiredSize); },
    }));
    const writer = ts.writable.getWriter();
    env.watch('w0', writer.write('a'));
    env.watch('w1', writer.write('b'));
    await later(1);
    env.log(env.inspect(ts));
    await drain(env, ts.readable.getReader(), 'read', 6);
  });

  scenario('transform readable size strategy errors', async (env) => {
    env.ticks(20);
    const ts = new env.W.TransformStream(loggingTransformer(env), undefined, { size() { throw new Error('size-err'); } });
    const writer = ts.writable.getWriter();
    env.watch('write', writer.write('x'));
    env.watch('writer.closed', writer.closed);
    env.watch('read', ts.readable.getReader().read());
  });

  scenario('transform enqueue after readable canceled throws', async (env) => {
    let controller;
    const ts = new env.W.TransformStream({ start(c) { controller = c; } });
    await ts.readable.cancel('gone');
    env.try('enqueue', () => controller.enqueue(1));
    env.log('desiredSize', controller.desiredSize);
  });

  scenario('transform this and arguments', async (env) => {
    const tr = {
      start(...a) { env.log('start', a.length, this === tr); },
      transform(...a) { env.log('transform', a.length, a[0], this === tr); },
      flush(...a) { env.log('flush', a.length, this === tr); },
      cancel(...a) { env.log('cancel', a, this === tr); },
    };
    const ts = new env.W.TransformStream(tr);
    const w = ts.writable.getWriter();
    await w.write('x');
    await w.close();
    const ts2 = new env.W.TransformStream(tr);
    await ts2.readable.cancel('why');
  });

  scenario('transform controller identity and inspect', async (env) => {
    let c1;
    let c2;
    const ts = new env.W.TransformStream({ start(c) { c1 = c; }, transform(x, c) { c2 = c; } }, undefined, { highWaterMark: 2 });
    await ts.writable.getWriter().write(1);
    env.log(c1 === c2, env.inspect(c1), env.inspect(c1, { depth: 0 }), env.inspect(ts), env.inspect(ts, { depth: 0 }));
    env.log(env.inspect(c1, { depth: 5 }));
  });

  scenario('transform pipeThrough chain', async (env) => {
    const upper = new env.W.TransformStream({ transform(c, ctl) { ctl.enqueue(String(c).toUpperCase()); } });
    const exclaim = new env.W.TransformStream({ transform(c, ctl) { ctl.enqueue(`${c}!`); }, flush(ctl) { ctl.enqueue('END'); } });
    const rs = new env.W.ReadableStream({ start(c) { ['a', 'b', 'c'].forEach((x) => c.enqueue(x)); c.close(); } });
    const out = rs.pipeThrough(upper).pipeThrough(exclaim);
    await drain(env, out.getReader());
  });

  scenario('transform writable abort reason and readable error', async (env) => {
    const ts = new env.W.TransformStream();
    const reader = ts.readable.getReader();
    env.watch('read', reader.read());
    const reason = new Error('abort!');
    await ts.writable.abort(reason);
    env.log(env.inspect(ts));
  });

  scenario('transform default identity timing', async (env) => {
    env.ticks(30);
    const ts = new env.W.TransformStream();
    const writer = ts.writable.getWriter();
    const reader = ts.readable.getReader();
    env.watch('read', reader.read());
    env.watch('write', writer.write('x'));
    env.watch('ready', writer.ready);
    env.watch('read2', reader.read());
    env.watch('write2', writer.write('y'));
    env.watch('close', writer.close());
    env.watch('read3', reader.read());
  });

  scenario('transform subclass', async (env) => {
    class Up extends env.W.TransformStream {
      constructor() { super({ transform(c, ctl) { ctl.enqueue(c * 2); } }); }
    }
    const t = new Up();
    env.log(env.inspect(t), t instanceof env.W.TransformStream);
    const w = t.writable.getWriter();
    w.write(21);
    env.log(await t.readable.getReader().read());
  });
};
