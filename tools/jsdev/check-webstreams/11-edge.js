'use strict';
// Re-entrancy and odd orderings: callbacks that call back into the stream.

const { loggingSource, loggingSink, drain, later, watchReader } = require('./_helpers.js');

module.exports = (scenario) => {
  scenario('edge writable size releases the writer', async (env) => {
    let writer;
    const ws = new env.W.WritableStream(loggingSink(env), {
      size() { env.log('size'); writer.releaseLock(); return 1; },
    });
    writer = ws.getWriter();
    env.watch('write', writer.write('x'));
    env.log(ws.locked);
  });

  scenario('edge writable size errors the stream', async (env) => {
    let controller;
    const ws = new env.W.WritableStream(loggingSink(env, { start(c) { controller = c; } }), {
      size() { controller.error(new Error('from size')); return 1; },
    });
    const writer = ws.getWriter();
    env.watch('write', writer.write('x'));
    env.watch('closed', writer.closed);
  });

  scenario('edge writable size closes the stream', async (env) => {
    let writer;
    const ws = new env.W.WritableStream(loggingSink(env), {
      size() { writer.close(); return 1; },
    });
    writer = ws.getWriter();
    env.watch('write', writer.write('x'));
    env.watch('closed', writer.closed);
  });

  scenario('edge writable write from inside write', async (env) => {
    env.ticks(30);
    let writer;
    const ws = new env.W.WritableStream(loggingSink(env, {
      write(chunk, c, e, n) { if (n === 0) env.watch('inner write', writer.write('inner')); },
    }));
    writer = ws.getWriter();
    env.watch('outer write', writer.write('outer'));
  });

  scenario('edge writable close from inside write', async (env) => {
    env.ticks(30);
    let writer;
    const ws = new env.W.WritableStream(loggingSink(env, {
      write() { env.watch('close inside', writer.close()); },
    }));
    writer = ws.getWriter();
    env.watch('write', writer.write('x'));
  });

  scenario('edge writable abort from inside write', async (env) => {
    env.ticks(30);
    let writer;
    const ws = new env.W.WritableStream(loggingSink(env, {
      write() { env.watch('abort inside', writer.abort('inside')); return later(1); },
    }));
    writer = ws.getWriter();
    env.watch('write', writer.write('x'));
    env.watch('closed', writer.closed);
  });

  scenario('edge writable abort from inside close', async (env) => {
    env.ticks(30);
    let writer;
    const ws = new env.W.WritableStream(loggingSink(env, {
      close() { env.watch('abort inside close', writer.abort('inside')); return later(1); },
    }));
    writer = ws.getWriter();
    env.watch('close', writer.close());
    env.watch('closed', writer.closed);
  });

  scenario('edge readable size enqueues re-entrantly', async (env) => {
    let controller;
    let depth = 0;
    const rs = new env.W.ReadableStream({ start(c) { controller = c; } }, {
      size(chunk) {
        env.log('size', chunk);
        if (depth++ === 0) controller.enqueue('inner');
        return 1;
      },
    });
    controller.enqueue('outer');
    await drain(env, { read: (() => { const r = rs.getReader(); return () => r.read(); })() }, 'read', 2);
  });

  scenario('edge readable size closes', async (env) => {
    let controller;
    const rs = new env.W.ReadableStream({ start(c) { controller = c; } }, {
      size() { controller.close(); return 1; },
    });
    env.try('enqueue', () => controller.enqueue('x'));
    env.log(env.inspect(rs));
    await drain(env, rs.getReader());
  });

  scenario('edge readable cancel from inside pull', async (env) => {
    env.ticks(30);
    let stream;
    stream = new env.W.ReadableStream(loggingSource(env, {
      pull(c) { c.enqueue(1); env.watch('cancel in pull', reader.cancel('from pull')); },
    }));
    const reader = stream.getReader();
    env.watch('read', reader.read());
  });

  scenario('edge readable read from inside pull', async (env) => {
    env.ticks(30);
    let reader;
    const rs = new env.W.ReadableStream(loggingSource(env, {
      pull(c, e, n) { if (n === 0) env.watch('inner read', reader.read()); c.enqueue(`p${n}`); },
    }), { highWaterMark: 0 });
    reader = rs.getReader();
    env.watch('outer read', reader.read());
  });

  scenario('edge readable releaseLock from inside pull', async (env) => {
    env.ticks(30);
    let reader;
    const rs = new env.W.ReadableStream(loggingSource(env, {
      pull(c) { reader.releaseLock(); c.enqueue('after release'); },
    }), { highWaterMark: 0 });
    reader = rs.getReader();
    env.watch('read', reader.read());
    await later(1);
    env.log(env.inspect(rs));
    await drain(env, rs.getReader());
  });

  scenario('edge read request resolution order across readers', async (env) => {
    env.ticks(30);
    let c1;
    let c2;
    const a = new env.W.ReadableStream({ start(c) { c1 = c; } });
    const b = new env.W.ReadableStream({ start(c) { c2 = c; } });
    const ra = a.getReader();
    const rb = b.getReader();
    env.watch('a1', ra.read());
    env.watch('b1', rb.read());
    env.watch('a2', ra.read());
    c2.enqueue('b');
    c1.enqueue('a');
    c1.enqueue('a2');
    c2.close();
  });

  scenario('edge byte stream enqueue inside pull with pending default reads', async (env) => {
    env.ticks(30);
    const rs = new env.W.ReadableStream(loggingSource(env, {
      type: 'bytes',
      autoAllocateChunkSize: 4,
      pull(c, e, n) {
        env.log('request', c.byobRequest && c.byobRequest.view);
        c.enqueue(new Uint8Array([n, n]));
        if (n === 1) c.close();
      },
    }));
    const reader = rs.getReader();
    watchReader(env, reader);
    for (let i = 0; i < 4; i++) env.watch(`r${i}`, reader.read());
  });

  scenario('edge byte stream respond inside pull then enqueue', async (env) => {
    env.ticks(30);
    const rs = new env.W.ReadableStream(loggingSource(env, {
      type: 'bytes',
      pull(c, e, n) {
        if (c.byobRequest) {
          c.byobRequest.view[0] = 1;
          c.byobRequest.respond(1);
        }
        c.enqueue(new Uint8Array([2, 3]));
        if (n === 1) c.close();
      },
    }));
    const reader = rs.getReader({ mode: 'byob' });
    env.watch('r0', reader.read(new Uint8Array(2)));
    env.watch('r1', reader.read(new Uint8Array(4)));
    env.watch('r2', reader.read(new Uint8Array(4)));
    env.watch('r3', reader.read(new Uint8Array(4)));
  });

  scenario('edge byte stream error inside pull with pending byob read', async (env) => {
    env.ticks(20);
    const rs = new env.W.ReadableStream({ type: 'bytes', pull(c) { c.error(new Error('pull error')); } });
    const reader = rs.getReader({ mode: 'byob' });
    env.watch('read', reader.read(new Uint8Array(4)));
    watchReader(env, reader);
  });

  scenario('edge byte stream close inside pull with pending default read', async (env) => {
    env.ticks(20);
    const rs = new env.W.ReadableStream({ type: 'bytes', autoAllocateChunkSize: 8, pull(c) { c.close(); c.byobRequest.respond(0); } });
    const reader = rs.getReader();
    env.watch('read', reader.read());
    watchReader(env, reader);
  });

  scenario('edge transform enqueue inside readable pull', async (env) => {
    env.ticks(40);
    let tc;
    const ts = new env.W.TransformStream({ start(c) { tc = c; } }, undefined, { highWaterMark: 0 });
    const reader = ts.readable.getReader();
    env.watch('read', reader.read());
    tc.enqueue('direct');
    env.log('desiredSize', tc.desiredSize, env.inspect(ts));
    env.watch('read2', reader.read());
    await later(1);
    env.log(env.inspect(ts));
  });

  scenario('edge transform error then write', async (env) => {
    env.ticks(20);
    let tc;
    const ts = new env.W.TransformStream({ start(c) { tc = c; } });
    const writer = ts.writable.getWriter();
    tc.error(new Error('te'));
    env.watch('write', writer.write(1));
    env.watch('closed', writer.closed);
    env.watch('ready', writer.ready);
    env.log(env.inspect(ts));
  });

  scenario('edge pipe with source reading from inside write', async (env) => {
    env.ticks(40);
    let n = 0;
    const rs = new env.W.ReadableStream(loggingSource(env, { pull(c) { if (n < 3) c.enqueue(n++); else c.close(); } }));
    const ws = new env.W.WritableStream(loggingSink(env, {
      write(chunk) { env.log('rs locked during write', rs.locked); },
    }));
    await env.watch('pipe', rs.pipeTo(ws));
  });

  scenario('edge pipe to writable that is aborted mid-way by its controller signal user', async (env) => {
    env.ticks(40);
    let n = 0;
    let wc;
    const rs = new env.W.ReadableStream(loggingSource(env, { pull(c) { c.enqueue(n++); } }));
    const ws = new env.W.WritableStream(loggingSink(env, {
      start(c) { wc = c; },
      write(chunk) { if (chunk === 2) wc.error(new Error('enough')); },
    }));
    await env.watch('pipe', rs.pipeTo(ws)).catch(() => {});
  });

  scenario('edge async iterator next during pending read of another reader', async (env) => {
    const rs = new env.W.ReadableStream({ start(c) { c.enqueue(1); c.close(); } });
    const it = rs.values();
    env.try('getReader while iterating', () => rs.getReader());
    env.log(await it.next());
    env.log(await it.next());
    env.log('locked after done', rs.locked);
    env.try('getReader after done', () => rs.getReader());
  });

  for (const gap of [0, 1, 2, 3, 4, 6]) {
    scenario(`edge transform cancel ${gap} microtasks after a pending transform settles`, async (env) => {
      let settle;
      const ts = new env.W.TransformStream({
        transform(chunk, c) {
          env.log('transform', chunk);
          if (chunk === 0) return new Promise((res) => { settle = () => { c.enqueue('late'); res(); }; });
          c.enqueue(chunk);
          return undefined;
        },
        cancel(reason) { env.log('tcancel', reason); },
      });
      const writer = ts.writable.getWriter();
      const reader = ts.readable.getReader();
      env.watch('writer.closed', writer.closed);
      env.watch('w0', writer.write(0));
      env.watch('w1', writer.write(1));
      env.watch('w2', writer.write(2));
      await later(1);
      env.watch('read', reader.read());
      await later(1);
      env.ticks(30, 'u');
      settle();
      for (let i = 0; i < gap; i++) await Promise.resolve();
      env.watch('cancel', reader.cancel('why'));
    });
  }

  for (const gap of [0, 1, 2, 3]) {
    scenario(`edge transform cancel with queued writes and pending reads gap ${gap}`, async (env) => {
      let settle;
      const ts = new env.W.TransformStream({
        transform(chunk, c) {
          env.log('transform', chunk, c.desiredSize);
          if (chunk === 5) return new Promise((res) => { settle = () => { c.enqueue('late5'); res(); }; });
          c.enqueue(chunk);
          return undefined;
        },
        cancel(reason) { env.log('tcancel', reason); },
      }, { highWaterMark: 2 }, { highWaterMark: 0 });
      const writer = ts.writable.getWriter();
      const reader = ts.readable.getReader();
      env.watch('writer.closed', writer.closed);
      env.watch('reader.closed', reader.closed);
      env.watch('w5', writer.write(5));
      env.watch('w9', writer.write(9));
      await later(1);
      env.watch('r11', reader.read());
      await later(1);
      env.watch('w12', writer.write(12));
      env.watch('w13', writer.write(13));
      env.watch('r15', reader.read());
      env.watch('r16', reader.read());
      await later(1);
      env.ticks(30, 'u');
      settle();
      for (let i = 0; i < gap; i++) await Promise.resolve();
      env.watch('cancel', reader.cancel('cn21'));
    });
  }
};
