'use strict';
// WritableStreams: start/write/close/abort ordering, backpressure and the ready
// promise, writer release, controller.error and controller.signal.

const { loggingSink, later } = require('./_helpers.js');

const startKinds = {
  none: null,
  sync: () => undefined,
  'later': () => later(1),
  'resolved promise': () => Promise.resolve(),
  'rejects': () => Promise.reject(new Error('start-reject')),
  'later reject': () => later(1, new Error('late-start'), true),
  'errors controller': (c) => { c.error(new Error('start-error')); },
};

const writeKinds = {
  none: null,
  sync: () => undefined,
  'later': () => later(1),
  'microtask': () => Promise.resolve(),
  'microtask chain': () => Promise.resolve().then(() => {}).then(() => {}),
  'throws on 2nd': (chunk, c, env, n) => { if (n === 1) throw new Error('write-throw'); },
  'rejects on 1st': (chunk, c, env, n) => (n === 0 ? Promise.reject(new Error('write-reject')) : undefined),
  'errors controller on 2nd': (chunk, c, env, n) => { if (n === 1) c.error(new Error('write-error')); },
  'errors and resolves later': (chunk, c) => { c.error(new Error('err-later')); return later(1); },
};

const closeKinds = {
  none: null,
  sync: () => undefined,
  later: () => later(1),
  microtask: () => Promise.resolve().then(() => {}),
  throws: () => { throw new Error('close-throw'); },
  rejects: () => Promise.reject(new Error('close-reject')),
};

const abortKinds = {
  none: null,
  sync: () => undefined,
  later: () => later(1),
  microtask: () => Promise.resolve().then(() => {}),
  throws: () => { throw new Error('abort-throw'); },
  rejects: () => Promise.reject(new Error('abort-reject')),
};

function watchWriter(env, writer, label = 'writer') {
  env.watch(`${label}.closed`, writer.closed);
  env.watch(`${label}.ready`, writer.ready);
}

module.exports = (scenario) => {
  for (const [startName, start] of Object.entries(startKinds)) {
    for (const [writeName, write] of Object.entries(writeKinds)) {
      scenario(`writable start ${startName} write ${writeName}`, async (env) => {
        env.ticks(40);
        const ws = new env.W.WritableStream(loggingSink(env, { start, write }), { highWaterMark: 2 });
        const writer = ws.getWriter();
        watchWriter(env, writer);
        for (let i = 0; i < 3; i++) {
          env.watch(`write${i}`, writer.write(`c${i}`));
          env.log('desiredSize', writer.desiredSize);
        }
        env.watch('close', writer.close());
        env.log('desiredSize', writer.desiredSize);
        await later(3);
        env.log('final', env.inspect(ws), writer.desiredSize);
      });
    }
  }

  for (const [closeName, close] of Object.entries(closeKinds)) {
    for (const via of ['writer', 'stream']) {
      scenario(`writable close ${closeName} via ${via}`, async (env) => {
        env.ticks(30);
        const ws = new env.W.WritableStream(loggingSink(env, { close, write: () => later(1) }));
        let writer;
        if (via === 'writer') {
          writer = ws.getWriter();
          watchWriter(env, writer);
          env.watch('write', writer.write('a'));
        }
        const p = env.watch('close', (via === 'writer' ? writer : ws).close());
        env.log('state', env.inspect(ws));
        env.watch('close again', (via === 'writer' ? writer : ws).close());
        if (writer) {
          env.watch('write after close', writer.write('b'));
          env.log('desiredSize', writer.desiredSize);
          env.watch('ready after close', writer.ready);
        }
        await p.catch(() => {});
        env.log('after close', env.inspect(ws));
        if (writer) {
          env.log('desiredSize', writer.desiredSize);
          env.watch('abort after close', writer.abort('late'));
        } else {
          env.watch('abort after close', ws.abort('late'));
        }
      });
    }
  }

  for (const [abortName, abort] of Object.entries(abortKinds)) {
    for (const when of ['idle', 'write in flight', 'writes queued', 'close in flight', 'close queued', 'before start']) {
      scenario(`writable abort ${abortName} when ${when}`, async (env) => {
        env.ticks(40);
        let finishStart;
        const ws = new env.W.WritableStream(loggingSink(env, {
          start: when === 'before start' ? () => new Promise((r) => { finishStart = r; }) : undefined,
          abort,
          write: () => later(1),
          close: () => later(1),
        }));
        const writer = ws.getWriter();
        watchWriter(env, writer);
        if (when !== 'before start') await later(1);
        if (when === 'write in flight' || when === 'writes queued') env.watch('write0', writer.write('a'));
        if (when === 'writes queued') env.watch('write1', writer.write('b'));
        if (when === 'close in flight' || when === 'close queued') {
          if (when === 'close queued') env.watch('write0', writer.write('a'));
          env.watch('close', writer.close());
        }
        await Promise.resolve();
        env.log('before abort', env.inspect(ws), 'desiredSize', writer.desiredSize);
        const p = env.watch('abort', writer.abort(new Error('reason')));
        env.log('after abort', env.inspect(ws), 'desiredSize', writer.desiredSize);
        env.watch('abort again', writer.abort('second'));
        env.watch('write after abort', writer.write('z'));
        env.watch('ready after abort', writer.ready);
        if (finishStart) {
          await later(1);
          env.log('finishing start');
          finishStart();
        }
        await p.catch(() => {});
        env.log('settled', env.inspect(ws));
        env.watch('close after abort', writer.close());
      });
    }
  }

  scenario('writable abort via stream and reasons', async (env) => {
    const ws = new env.W.WritableStream(loggingSink(env));
    env.watch('abort no reason', ws.abort());
    const ws2 = new env.W.WritableStream(loggingSink(env, {}, 'sink2'));
    env.watch('abort with object', ws2.abort({ why: 1 }));
    const ws3 = new env.W.WritableStream(loggingSink(env, {}, 'sink3'));
    ws3.getWriter();
    env.watch('abort locked', ws3.abort());
    env.watch('close locked', ws3.close());
  });

  scenario('writable controller.signal', async (env) => {
    env.ticks(20);
    let controller;
    const ws = new env.W.WritableStream(loggingSink(env, {
      start(c) { controller = c; },
      write(chunk, c) {
        env.log('signal in write', c.signal === controller.signal, c.signal.aborted);
        c.signal.addEventListener('abort', () => env.log('abort event', c.signal.reason, 'state', env.inspect(ws)));
        return later(2);
      },
    }));
    const signal = controller.signal;
    env.log('signal', Object.prototype.toString.call(signal), signal.aborted, signal.reason, signal === controller.signal);
    const writer = ws.getWriter();
    env.watch('write', writer.write('x'));
    await later(1);
    env.watch('abort', writer.abort('the reason'));
    env.log('after abort', signal.aborted, signal.reason);
  });

  scenario('writable controller.signal read after abort', async (env) => {
    let controller;
    const ws = new env.W.WritableStream({ start(c) { controller = c; }, write() { return later(1); } });
    const writer = ws.getWriter();
    writer.write(1);
    writer.abort('why').catch(() => {});
    env.log('signal', controller.signal.aborted, controller.signal.reason);
    await later(2);
    env.log('signal', controller.signal.aborted, controller.signal.reason);
  });

  scenario('writable controller.signal after close and error', async (env) => {
    let controller;
    const ws = new env.W.WritableStream({ start(c) { controller = c; } });
    await ws.close();
    env.log('after close', controller.signal.aborted);
    let c2;
    const ws2 = new env.W.WritableStream({ start(c) { c2 = c; } });
    c2.error(new Error('x'));
    env.log('after error', c2.signal.aborted);
    await ws2.abort('late').catch(() => {});
    env.log('after abort of errored', c2.signal.aborted);
  });

  scenario('writable abort event listener errors the stream', async (env) => {
    env.ticks(20);
    let controller;
    const ws = new env.W.WritableStream(loggingSink(env, {
      start(c) {
        controller = c;
        c.signal.addEventListener('abort', () => { env.log('abort listener'); c.error(new Error('from listener')); });
      },
    }));
    const writer = ws.getWriter();
    watchWriter(env, writer);
    env.watch('abort', writer.abort('R'));
    env.log(env.inspect(ws));
  });

  for (const hwm of [0, 1, 3]) {
    scenario(`writable backpressure hwm ${hwm}`, async (env) => {
      env.ticks(40);
      const resolvers = [];
      const ws = new env.W.WritableStream(loggingSink(env, {
        write: () => new Promise((r) => resolvers.push(r)),
      }), { highWaterMark: hwm });
      const writer = ws.getWriter();
      let ready = writer.ready;
      env.watch('ready0', ready);
      env.log('desiredSize', writer.desiredSize);
      await later(1);
      for (let i = 0; i < 4; i++) {
        env.watch(`write${i}`, writer.write(i));
        env.log('desiredSize', writer.desiredSize, 'new ready', writer.ready !== ready);
        if (writer.ready !== ready) {
          ready = writer.ready;
          env.watch(`ready after write${i}`, ready);
        }
      }
      for (let i = 0; i < 4; i++) {
        await later(1);
        env.log('completing write', i);
        resolvers.shift()();
        await later(1);
        env.log('desiredSize', writer.desiredSize, 'new ready', writer.ready !== ready);
        if (writer.ready !== ready) {
          ready = writer.ready;
          env.watch(`ready after completion ${i}`, ready);
        }
      }
    });
  }

  scenario('writable size function', async (env) => {
    const sizes = [];
    const ws = new env.W.WritableStream(loggingSink(env, { write: () => later(1) }), {
      highWaterMark: 10,
      size(chunk) { sizes.push(chunk); return chunk.length; },
    });
    const writer = ws.getWriter();
    for (const c of ['abc', 'defgh', 'ijklmnop']) {
      env.watch(`write ${c}`, writer.write(c));
      env.log('desiredSize', writer.desiredSize);
    }
    await later(4);
    env.log('sizes', sizes, 'desiredSize', writer.desiredSize);
  });

  const badSizes = [
    ['negative', () => -1], ['NaN', () => NaN], ['Infinity', () => Infinity], ['throws', () => { throw new Error('size'); }],
    ['string', () => '3'],
  ];
  for (const [name, size] of badSizes) {
    scenario(`writable size ${name}`, async (env) => {
      env.ticks(10);
      const ws = new env.W.WritableStream(loggingSink(env), { size, highWaterMark: 5 });
      const writer = ws.getWriter();
      watchWriter(env, writer);
      env.watch('write', writer.write('x'));
      env.log('desiredSize', writer.desiredSize, env.inspect(ws));
      env.watch('write2', writer.write('y'));
    });
  }

  scenario('writable size not called after error', async (env) => {
    let controller;
    const ws = new env.W.WritableStream({ start(c) { controller = c; } }, {
      size(chunk) { env.log('size', chunk); return 1; },
    });
    const writer = ws.getWriter();
    controller.error(new Error('E'));
    env.watch('write', writer.write('after error'));
  });

  scenario('writable releaseLock states', async (env) => {
    env.ticks(20);
    const ws = new env.W.WritableStream(loggingSink(env, { write: () => later(1) }), { highWaterMark: 0 });
    const writer = ws.getWriter();
    const ready = writer.ready;
    const closed = writer.closed;
    env.watch('ready', ready);
    env.watch('closed', closed);
    env.watch('write', writer.write('a'));
    writer.releaseLock();
    env.log('same promises', ready === writer.ready, closed === writer.closed, ws.locked);
    env.watch('ready after release', writer.ready);
    env.watch('closed after release', writer.closed);
    env.try('desiredSize after release', () => writer.desiredSize);
    env.watch('write after release', writer.write('b'));
    env.watch('close after release', writer.close());
    env.watch('abort after release', writer.abort());
    env.try('release again', () => writer.releaseLock());
    const writer2 = ws.getWriter();
    watchWriter(env, writer2, 'writer2');
    env.log(env.inspect(writer));
    env.log(env.inspect(writer2));
  });

  scenario('writable releaseLock after settled promises', async (env) => {
    const ws = new env.W.WritableStream();
    const writer = ws.getWriter();
    await writer.ready;
    const ready = writer.ready;
    writer.releaseLock();
    env.log('ready replaced', ready !== writer.ready);
    env.watch('ready', writer.ready);
    env.watch('closed', writer.closed);
    const ws2 = new env.W.WritableStream();
    const w2 = ws2.getWriter();
    await w2.close();
    const closed = w2.closed;
    w2.releaseLock();
    env.log('closed replaced', closed !== w2.closed);
    env.watch('closed2', w2.closed);
  });

  scenario('writable getWriter in each state', async (env) => {
    const { W } = env;
    const states = {};
    // erroring: abort while a write is in flight
    const erroring = new W.WritableStream({ write: () => later(2) });
    const w0 = erroring.getWriter();
    await w0.ready;
    w0.write('x').catch(() => {});
    w0.abort('E').catch(() => {});
    w0.releaseLock();
    states.erroring = erroring;
    const closed = new W.WritableStream();
    await closed.close();
    states.closed = closed;
    const errored = new W.WritableStream({ start(c) { c.error(new Error('errored')); } });
    await Promise.resolve();
    states.errored = errored;
    const closing = new W.WritableStream({ close: () => later(2) });
    closing.close();
    states.closing = closing;
    const backpressured = new W.WritableStream({}, { highWaterMark: 0 });
    states.backpressured = backpressured;
    for (const [name, ws] of Object.entries(states)) {
      env.log(name, env.inspect(ws));
      const w = ws.getWriter();
      env.watch(`${name}.ready`, w.ready);
      env.watch(`${name}.closed`, w.closed);
      env.try(`${name}.desiredSize`, () => w.desiredSize);
      env.log(env.inspect(w).replace(/\n\s+at .*/g, ''));
    }
  });

  scenario('writable controller.error cases', async (env) => {
    env.ticks(20);
    let controller;
    const ws = new env.W.WritableStream(loggingSink(env, { start(c) { controller = c; } }));
    const writer = ws.getWriter();
    watchWriter(env, writer);
    controller.error(new Error('first'));
    env.log(env.inspect(ws), writer.desiredSize);
    controller.error(new Error('second'));
    env.watch('write', writer.write(1));
    env.watch('close', writer.close());
    env.watch('abort', writer.abort('x'));
    await later(1);
    env.log(env.inspect(ws));
  });

  scenario('writable controller.error after close', async (env) => {
    let controller;
    const ws = new env.W.WritableStream({ start(c) { controller = c; } });
    await ws.close();
    controller.error(new Error('late'));
    env.log(env.inspect(ws));
    const ws2 = new env.W.WritableStream({ start(c) { controller = c; }, close: () => later(1) });
    const p = env.watch('close', ws2.close());
    controller.error(new Error('during close'));
    env.log(env.inspect(ws2));
    await p.catch(() => {});
    env.log(env.inspect(ws2));
  });

  scenario('writable write and close arguments', async (env) => {
    const sink = {
      start(...args) { env.log('start args', args.length, this === sink); },
      write(...args) { env.log('write args', args.length, args[0], this === sink, Object.prototype.toString.call(args[1])); },
      close(...args) { env.log('close args', args.length, this === sink); },
      abort(...args) { env.log('abort args', args, this === sink); },
    };
    const ws = new env.W.WritableStream(sink);
    const writer = ws.getWriter();
    await writer.write();
    await writer.write(undefined);
    await writer.write(null);
    await writer.close();
    const ws2 = new env.W.WritableStream(sink);
    await ws2.abort();
  });

  scenario('writable many writes ordering', async (env) => {
    const got = [];
    const ws = new env.W.WritableStream({ write(c) { got.push(c); return c % 3 === 0 ? later(1) : undefined; } }, { highWaterMark: 4 });
    const writer = ws.getWriter();
    const ps = [];
    for (let i = 0; i < 15; i++) ps.push(writer.write(i));
    ps.push(writer.close());
    await Promise.all(ps);
    env.log(got);
  });

  scenario('writable write rejection propagates to pending writes', async (env) => {
    env.ticks(20);
    const ws = new env.W.WritableStream(loggingSink(env, { write: (c) => (c === 1 ? Promise.reject(new Error('bad1')) : later(1)) }), { highWaterMark: 5 });
    const writer = ws.getWriter();
    watchWriter(env, writer);
    for (let i = 0; i < 4; i++) env.watch(`write${i}`, writer.write(i));
    env.watch('close', writer.close());
  });

  scenario('writable close with pending writes and abort', async (env) => {
    env.ticks(30);
    const ws = new env.W.WritableStream(loggingSink(env, { write: () => later(1), close: () => later(1) }), { highWaterMark: 3 });
    const writer = ws.getWriter();
    watchWriter(env, writer);
    env.watch('w0', writer.write(0));
    env.watch('w1', writer.write(1));
    env.watch('close', writer.close());
    await Promise.resolve();
    env.watch('abort', writer.abort('A'));
  });

  scenario('writable inspect', async (env) => {
    let controller;
    const ws = new env.W.WritableStream({ start(c) { controller = c; } }, { highWaterMark: 2 });
    env.log(env.inspect(ws));
    env.log(env.inspect(controller));
    env.log(env.inspect(controller, { depth: 0 }));
    const writer = ws.getWriter();
    env.log(env.inspect(writer));
    env.log(env.inspect(writer, { depth: 0 }));
    env.log(env.inspect([writer], { depth: 1 }));
    writer.write('x');
    env.log(env.inspect(writer));
    await writer.close();
    env.log(env.inspect(writer));
    env.log(env.inspect(ws));
  });

  scenario('writable stream utils', async (env) => {
    const u = env.streamUtils;
    let controller;
    const ws = new env.W.WritableStream({ start(c) { controller = c; } });
    env.log(u.isErrored(ws));
    controller.error(new Error('x'));
    env.log(u.isErrored(ws));
  });

  scenario('writable subclass', async (env) => {
    class Sub extends env.W.WritableStream {
      constructor() { super({ write(c) { env.log('sub write', c); } }); }
    }
    const s = new Sub();
    env.log(s instanceof env.W.WritableStream, env.inspect(s));
    await s.getWriter().write('hello');
  });

  scenario('writable desiredSize through lifecycle', async (env) => {
    const ws = new env.W.WritableStream({ write: () => later(1) }, { highWaterMark: 2 });
    const writer = ws.getWriter();
    const sizes = [writer.desiredSize];
    writer.write(1);
    sizes.push(writer.desiredSize);
    writer.write(2);
    sizes.push(writer.desiredSize);
    const closing = writer.close();
    sizes.push(writer.desiredSize);
    await closing;
    sizes.push(writer.desiredSize);
    env.log(sizes);
  });

  scenario('writable ready resolves before write settles', async (env) => {
    env.ticks(30);
    const ws = new env.W.WritableStream(loggingSink(env, { write: () => later(1) }), { highWaterMark: 1 });
    const writer = ws.getWriter();
    await writer.ready;
    env.watch('write', writer.write('a'));
    env.watch('ready', writer.ready);
  });

  scenario('writable thenable from sink', async (env) => {
    env.ticks(20);
    const ws = new env.W.WritableStream(loggingSink(env, {
      write: () => ({ then(r) { env.log('then called'); r(); } }),
      close: () => ({ then(r, j) { j(new Error('thenable reject')); } }),
    }));
    const writer = ws.getWriter();
    env.watch('write', writer.write(1));
    env.watch('close', writer.close());
  });
};
