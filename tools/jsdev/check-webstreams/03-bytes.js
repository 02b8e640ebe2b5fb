'use strict';
// Readable byte streams: BYOB readers, byobRequest, respond/respondWithNewView,
// autoAllocateChunkSize, min, transfers, byte-stream tee.

const { loggingSource, drain, later, watchReader, detach } = require('./_helpers.js');

function bytes(...values) {
  return new Uint8Array(values);
}

module.exports = (scenario) => {
  scenario('bytes enqueue then default read', async (env) => {
    env.ticks(20);
    let controller;
    const rs = new env.W.ReadableStream(loggingSource(env, {
      type: 'bytes',
      start(c) { controller = c; },
    }), { highWaterMark: 10 });
    const chunk = bytes(1, 2, 3, 4);
    controller.enqueue(chunk);
    env.log('chunk after enqueue', chunk, 'desiredSize', controller.desiredSize);
    const sub = new Uint8Array(new ArrayBuffer(8), 2, 3);
    sub.set([7, 8, 9]);
    controller.enqueue(sub);
    controller.enqueue(new DataView(new Uint8Array([5, 6]).buffer));
    controller.enqueue(new Uint16Array([0x0102, 0x0304]));
    env.log('desiredSize', controller.desiredSize, 'byobRequest', controller.byobRequest);
    const reader = rs.getReader();
    await drain(env, reader, 'read', 5);
  });

  scenario('bytes pending default read filled by enqueue', async (env) => {
    env.ticks(20);
    let controller;
    const rs = new env.W.ReadableStream(loggingSource(env, { type: 'bytes', start(c) { controller = c; } }));
    const reader = rs.getReader();
    env.watch('read', reader.read());
    await later(1);
    env.log('byobRequest', controller.byobRequest);
    controller.enqueue(bytes(1, 2));
    env.watch('read2', reader.read());
    controller.enqueue(bytes(3));
    controller.close();
    env.watch('read3', reader.read());
    watchReader(env, reader);
  });

  const views = [
    ['Uint8Array(4)', () => new Uint8Array(4)],
    ['Uint8Array offset', () => new Uint8Array(new ArrayBuffer(10), 3, 4)],
    ['Uint16Array(2)', () => new Uint16Array(2)],
    ['Int32Array(2)', () => new Int32Array(2)],
    ['Float64Array(1)', () => new Float64Array(1)],
    ['DataView(5)', () => new DataView(new ArrayBuffer(5))],
    ['DataView offset', () => new DataView(new ArrayBuffer(8), 2, 4)],
    ['Uint8ClampedArray(3)', () => new Uint8ClampedArray(3)],
    ['BigInt64Array(1)', () => new BigInt64Array(1)],
  ];
  for (const [name, makeView] of views) {
    scenario(`bytes byob read ${name} from queue`, async (env) => {
      env.ticks(10);
      let controller;
      const rs = new env.W.ReadableStream(loggingSource(env, { type: 'bytes', start(c) { controller = c; } }));
      controller.enqueue(bytes(1, 2, 3));
      controller.enqueue(bytes(4, 5, 6, 7, 8, 9, 10, 11, 12));
      const reader = rs.getReader({ mode: 'byob' });
      const view = makeView();
      env.watch('read', reader.read(view));
      env.log('view after read call', view, 'desiredSize', controller.desiredSize);
      env.watch('read2', reader.read(makeView()));
      await later(1);
      env.log('desiredSize', controller.desiredSize);
    });

    scenario(`bytes byob read ${name} via respond`, async (env) => {
      env.ticks(30);
      const rs = new env.W.ReadableStream(loggingSource(env, {
        type: 'bytes',
        pull(c, e, n) {
          const req = c.byobRequest;
          env.log('byobRequest.view', req && req.view);
          if (!req) return;
          const v = req.view;
          for (let i = 0; i < v.byteLength; i++) v[i] = 10 * (n + 1) + i;
          const count = n === 0 ? 1 : v.byteLength;
          req.respond(count);
          env.log('after respond view', req.view, 'byobRequest', c.byobRequest && c.byobRequest.view);
          if (n === 3) c.close();
        },
      }));
      const reader = rs.getReader({ mode: 'byob' });
      watchReader(env, reader);
      for (let i = 0; i < 3; i++) {
        try {
          env.log(`read${i}`, await reader.read(makeView()));
        } catch (e) {
          env.log(`read${i} err`, e);
        }
      }
    });
  }

  scenario('bytes byob read min', async (env) => {
    env.ticks(30);
    let controller;
    const rs = new env.W.ReadableStream(loggingSource(env, { type: 'bytes', start(c) { controller = c; } }));
    const reader = rs.getReader({ mode: 'byob' });
    env.watch('read min 3', reader.read(new Uint8Array(6), { min: 3 }));
    controller.enqueue(bytes(1));
    env.log('after 1 byte');
    controller.enqueue(bytes(2));
    env.log('after 2 bytes');
    controller.enqueue(bytes(3, 4));
    env.log('after 4 bytes');
    await later(1);
    env.watch('read u16 min 2', reader.read(new Uint16Array(3), { min: 2 }));
    controller.enqueue(bytes(1, 2, 3));
    await later(1);
    controller.enqueue(bytes(4, 5));
    await later(1);
    env.watch('read dataview min 2', reader.read(new DataView(new ArrayBuffer(4)), { min: 2 }));
    controller.enqueue(bytes(9));
    controller.close();
    env.watch('closed', reader.closed);
  });

  scenario('bytes byob read min argument errors', async (env) => {
    const rs = new env.W.ReadableStream({ type: 'bytes' });
    const reader = rs.getReader({ mode: 'byob' });
    const cases = [
      ['min 0', () => reader.read(new Uint8Array(4), { min: 0 })],
      ['min 5 > length', () => reader.read(new Uint8Array(4), { min: 5 })],
      ['min 3 > u16 length', () => reader.read(new Uint16Array(2), { min: 3 })],
      ['min 5 > dataview', () => reader.read(new DataView(new ArrayBuffer(4)), { min: 5 })],
      ['min 1.5', () => reader.read(new Uint8Array(4), { min: 1.5 })],
      ['min "2"', () => reader.read(new Uint8Array(4), { min: '2' })],
      ['min -1', () => reader.read(new Uint8Array(4), { min: -1 })],
      ['min null', () => reader.read(new Uint8Array(4), { min: null })],
      ['min NaN', () => reader.read(new Uint8Array(4), { min: NaN })],
      ['options 1', () => reader.read(new Uint8Array(4), 1)],
      ['options null', () => reader.read(new Uint8Array(4), null)],
      ['no view', () => reader.read()],
      ['view {}', () => reader.read({})],
      ['view ArrayBuffer', () => reader.read(new ArrayBuffer(4))],
      ['zero length view', () => reader.read(new Uint8Array(0))],
      ['zero length view on data', () => reader.read(new Uint8Array(new ArrayBuffer(4), 4, 0))],
      ['zero length buffer', () => reader.read(new Uint8Array(new ArrayBuffer(0)))],
      ['detached', () => { const b = new ArrayBuffer(4); detach(b); return reader.read(new DataView(b)); }],
    ];
    for (const [name, fn] of cases) {
      const p = env.try(name, fn);
      if (p instanceof Promise) env.watch(name, p);
    }
    await later(1);
    env.log(env.inspect(reader));
  });

  scenario('bytes byob read on released and closed', async (env) => {
    const rs = new env.W.ReadableStream({ type: 'bytes', start(c) { c.close(); } });
    const reader = rs.getReader({ mode: 'byob' });
    const view = new Uint16Array(4);
    env.watch('read closed', reader.read(view));
    env.log('view detached after read', view);
    reader.releaseLock();
    env.watch('read released', reader.read(new Uint8Array(1)));
    env.watch('cancel released', reader.cancel());
    env.watch('closed released', reader.closed);
  });

  scenario('bytes byob read on errored', async (env) => {
    const rs = new env.W.ReadableStream({ type: 'bytes', start(c) { c.error(new Error('E')); } });
    const reader = rs.getReader({ mode: 'byob' });
    const view = new Uint8Array(4);
    env.watch('read errored', reader.read(view));
    env.log('view after', view);
  });

  scenario('bytes byobRequest identity and invalidation', async (env) => {
    let controller;
    const rs = new env.W.ReadableStream({ type: 'bytes', start(c) { controller = c; } });
    env.log('no request', controller.byobRequest);
    const reader = rs.getReader({ mode: 'byob' });
    env.watch('read', reader.read(new Uint8Array(4)));
    await later(1);
    const req = controller.byobRequest;
    env.log('same', req === controller.byobRequest, req.view === req.view, env.inspect(req));
    req.view[0] = 42;
    req.respond(1);
    env.log('after respond', req.view, controller.byobRequest, env.inspect(req));
    env.try('respond again', () => req.respond(1));
    env.try('respondWithNewView again', () => req.respondWithNewView(new Uint8Array(1)));
  });

  for (const [name, value] of [['5', 5], ['0', 0], ['-1', -1], ['1.5', 1.5], ['"1"', '1'], ['NaN', NaN],
    ['undefined', undefined], ['Infinity', Infinity], ['4', 4], ['"2"', '2'], ['true', true], ['null', null]]) {
    scenario(`bytes respond ${name}`, async (env) => {
      let controller;
      const rs = new env.W.ReadableStream({ type: 'bytes', start(c) { controller = c; } });
      const reader = rs.getReader({ mode: 'byob' });
      env.watch('read', reader.read(new Uint8Array(4)));
      await later(1);
      const req = controller.byobRequest;
      req.view.set([1, 2, 3, 4]);
      env.try(`respond ${name}`, () => req.respond(value));
      env.log('request after', controller.byobRequest === req, controller.byobRequest && controller.byobRequest.view);
      env.log('desiredSize', controller.desiredSize);
      env.try('enqueue', () => controller.enqueue(new Uint8Array([9])));
      env.watch('read2', reader.read(new Uint8Array(2)));
      await later(1);
    });
  }

  scenario('bytes respondWithNewView errors', async (env) => {
    let controller;
    const rs = new env.W.ReadableStream({ type: 'bytes', start(c) { controller = c; } });
    const reader = rs.getReader({ mode: 'byob' });
    env.watch('read', reader.read(new Uint8Array(new ArrayBuffer(8), 2, 4)));
    await later(1);
    const req = controller.byobRequest;
    const v = req.view;
    env.log('view', v);
    env.try('not a view', () => req.respondWithNewView({}));
    env.try('ArrayBuffer', () => req.respondWithNewView(new ArrayBuffer(4)));
    env.try('wrong buffer length', () => req.respondWithNewView(new Uint8Array(4)));
    env.try('wrong offset', () => req.respondWithNewView(new Uint8Array(v.buffer, 3, 2)));
    env.try('zero length', () => req.respondWithNewView(new Uint8Array(v.buffer, 2, 0)));
    env.try('too long', () => req.respondWithNewView(new Uint8Array(v.buffer, 2, 5)));
    env.try('ok', () => req.respondWithNewView(new Uint8Array(v.buffer, 2, 2)));
    env.log('request after', controller.byobRequest);
  });

  scenario('bytes respondWithNewView with different buffer', async (env) => {
    env.ticks(15);
    const rs = new env.W.ReadableStream({
      type: 'bytes',
      pull(c) {
        const v = c.byobRequest.view;
        const copy = new Uint8Array(v.buffer.byteLength);
        copy.set([1, 2, 3], v.byteOffset);
        c.byobRequest.respondWithNewView(new Uint8Array(copy.buffer, v.byteOffset, 3));
        env.log('original view after', v);
      },
    });
    const reader = rs.getReader({ mode: 'byob' });
    env.log('read', await reader.read(new Uint8Array(5)));
  });

  scenario('bytes respond on closed stream', async (env) => {
    env.ticks(20);
    let controller;
    const rs = new env.W.ReadableStream({ type: 'bytes', start(c) { controller = c; } });
    const reader = rs.getReader({ mode: 'byob' });
    env.watch('read1', reader.read(new Uint8Array(4)));
    env.watch('read2', reader.read(new Uint16Array(2)));
    await later(1);
    const req = controller.byobRequest;
    controller.close();
    env.log('after close request', controller.byobRequest === req, req.view);
    env.try('respond 1 when closed', () => req.respond(1));
    env.try('respondWithNewView non-empty when closed', () => req.respondWithNewView(new Uint8Array(req.view.buffer, 0, 1)));
    env.try('respond 0 when closed', () => req.respond(0));
    watchReader(env, reader);
  });

  scenario('bytes respondWithNewView empty on closed', async (env) => {
    let controller;
    const rs = new env.W.ReadableStream({ type: 'bytes', start(c) { controller = c; } });
    const reader = rs.getReader({ mode: 'byob' });
    env.watch('read1', reader.read(new Uint8Array(4)));
    await later(1);
    const req = controller.byobRequest;
    controller.close();
    env.try('respondWithNewView empty', () => req.respondWithNewView(new Uint8Array(req.view.buffer, 0, 0)));
  });

  scenario('bytes close with partial element errors', async (env) => {
    let controller;
    const rs = new env.W.ReadableStream({ type: 'bytes', start(c) { controller = c; } });
    const reader = rs.getReader({ mode: 'byob' });
    env.watch('read', reader.read(new Uint16Array(2)));
    await later(1);
    controller.byobRequest.view[0] = 1;
    controller.byobRequest.respond(1);
    env.log('after respond 1', controller.byobRequest && controller.byobRequest.view);
    env.try('close', () => controller.close());
    watchReader(env, reader);
    env.log(env.inspect(rs));
  });

  scenario('bytes close with queued partial element for byob read', async (env) => {
    let controller;
    const rs = new env.W.ReadableStream({ type: 'bytes', start(c) { controller = c; } });
    controller.enqueue(bytes(1, 2, 3));
    controller.close();
    const reader = rs.getReader({ mode: 'byob' });
    env.watch('read u16', reader.read(new Uint16Array(4)));
    env.watch('read u16 again', reader.read(new Uint16Array(4)));
    watchReader(env, reader);
  });

  scenario('bytes close request with queue then byob reads', async (env) => {
    env.ticks(10);
    let controller;
    const rs = new env.W.ReadableStream({ type: 'bytes', start(c) { controller = c; } });
    controller.enqueue(bytes(1, 2, 3, 4, 5));
    controller.close();
    env.try('enqueue after close', () => controller.enqueue(bytes(1)));
    env.try('close again', () => controller.close());
    const reader = rs.getReader({ mode: 'byob' });
    env.watch('r1', reader.read(new Uint8Array(2)));
    env.watch('r2', reader.read(new Uint8Array(2)));
    env.watch('r3', reader.read(new Uint8Array(2)));
    env.watch('r4', reader.read(new Uint8Array(2)));
    watchReader(env, reader);
  });

  scenario('bytes autoAllocateChunkSize default reader', async (env) => {
    env.ticks(30);
    const rs = new env.W.ReadableStream(loggingSource(env, {
      type: 'bytes',
      autoAllocateChunkSize: 4,
      pull(c, e, n) {
        const req = c.byobRequest;
        env.log('request view', req && req.view);
        if (n === 0) { req.view.set([1, 2]); req.respond(2); } else if (n === 1) { c.enqueue(bytes(9, 9, 9)); } else if (n === 2) { req.view.set([3, 4, 5, 6]); req.respondWithNewView(req.view); } else { c.close(); }
      },
    }));
    const reader = rs.getReader();
    await drain(env, reader, 'read', 6);
  });

  scenario('bytes autoAllocateChunkSize with byob reader', async (env) => {
    env.ticks(20);
    const rs = new env.W.ReadableStream(loggingSource(env, {
      type: 'bytes',
      autoAllocateChunkSize: 16,
      pull(c) {
        const req = c.byobRequest;
        env.log('request view', req.view);
        req.view[0] = 7;
        req.respond(1);
      },
    }));
    const reader = rs.getReader({ mode: 'byob' });
    env.log('read', await reader.read(new Uint8Array(3)));
  });

  scenario('bytes no autoAllocate default reader has no byobRequest', async (env) => {
    env.ticks(20);
    const rs = new env.W.ReadableStream(loggingSource(env, {
      type: 'bytes',
      pull(c, e, n) {
        env.log('byobRequest', c.byobRequest);
        if (n < 2) c.enqueue(bytes(n)); else c.close();
      },
    }));
    await drain(env, rs.getReader());
  });

  scenario('bytes releaseLock with pending byob request', async (env) => {
    env.ticks(30);
    let controller;
    const rs = new env.W.ReadableStream(loggingSource(env, { type: 'bytes', start(c) { controller = c; } }));
    const reader = rs.getReader({ mode: 'byob' });
    env.watch('read', reader.read(new Uint8Array(4)));
    await later(1);
    const req = controller.byobRequest;
    req.view[0] = 11;
    reader.releaseLock();
    env.log('request after release', controller.byobRequest === req, req.view);
    req.respond(1);
    env.log('request after respond', controller.byobRequest);
    const reader2 = rs.getReader();
    env.watch('read2', reader2.read());
    controller.enqueue(bytes(12));
    env.watch('read3', reader2.read());
  });

  scenario('bytes releaseLock pending request then enqueue', async (env) => {
    let controller;
    const rs = new env.W.ReadableStream({ type: 'bytes', start(c) { controller = c; } });
    const reader = rs.getReader({ mode: 'byob' });
    env.watch('read', reader.read(new Uint8Array(4)));
    await later(1);
    controller.byobRequest.view.set([1, 2]);
    controller.byobRequest.respond(2);
    env.watch('read2', reader.read(new Uint8Array(4)));
    await later(1);
    controller.byobRequest.view[0] = 3;
    reader.releaseLock();
    controller.enqueue(bytes(4, 5));
    const reader2 = rs.getReader({ mode: 'byob' });
    env.watch('read3', reader2.read(new Uint8Array(8)));
    await later(1);
    const r4 = rs.locked;
    env.log('locked', r4);
  });

  scenario('bytes releaseLock pending request partially filled then respond', async (env) => {
    let controller;
    const rs = new env.W.ReadableStream({ type: 'bytes', start(c) { controller = c; } });
    const reader = rs.getReader({ mode: 'byob' });
    env.watch('read', reader.read(new Uint8Array(4), { min: 4 }));
    await later(1);
    controller.byobRequest.view.set([1, 2]);
    controller.byobRequest.respond(2);
    env.log('request after partial', controller.byobRequest && controller.byobRequest.view);
    const req = controller.byobRequest;
    req.view[0] = 3;
    reader.releaseLock();
    req.respond(1);
    const reader2 = rs.getReader();
    env.watch('read2', reader2.read());
    env.watch('read3', reader2.read());
    controller.close();
  });

  scenario('bytes cancel with pending byob reads', async (env) => {
    env.ticks(20);
    let controller;
    const rs = new env.W.ReadableStream(loggingSource(env, { type: 'bytes', start(c) { controller = c; } }));
    const reader = rs.getReader({ mode: 'byob' });
    env.watch('r1', reader.read(new Uint8Array(2)));
    env.watch('r2', reader.read(new Uint8Array(2)));
    await later(1);
    const req = controller.byobRequest;
    env.watch('cancel', reader.cancel('why'));
    env.log('request after cancel', controller.byobRequest, req.view);
    env.try('respond after cancel', () => req.respond(1));
    env.try('enqueue after cancel', () => controller.enqueue(bytes(1)));
    watchReader(env, reader);
  });

  scenario('bytes error with pending byob reads', async (env) => {
    env.ticks(20);
    let controller;
    const rs = new env.W.ReadableStream({ type: 'bytes', start(c) { controller = c; } });
    const reader = rs.getReader({ mode: 'byob' });
    env.watch('r1', reader.read(new Uint8Array(2)));
    env.watch('r2', reader.read(new Uint8Array(2)));
    await later(1);
    const req = controller.byobRequest;
    controller.error(new Error('E'));
    env.log('request after error', controller.byobRequest, req.view, controller.desiredSize);
    env.try('respond after error', () => req.respond(1));
    env.try('enqueue after error', () => controller.enqueue(bytes(1)));
    env.try('close after error', () => controller.close());
    watchReader(env, reader);
  });

  scenario('bytes enqueue fills pending byob reads', async (env) => {
    env.ticks(30);
    let controller;
    const rs = new env.W.ReadableStream(loggingSource(env, { type: 'bytes', start(c) { controller = c; } }));
    const reader = rs.getReader({ mode: 'byob' });
    env.watch('r1', reader.read(new Uint8Array(3)));
    env.watch('r2', reader.read(new Uint16Array(2)));
    env.watch('r3', reader.read(new Uint8Array(2)));
    await later(1);
    env.log('request', controller.byobRequest.view);
    controller.enqueue(bytes(1, 2, 3, 4, 5, 6, 7, 8));
    env.log('desiredSize', controller.desiredSize, 'request', controller.byobRequest && controller.byobRequest.view);
    await later(1);
    env.log('desiredSize', controller.desiredSize);
  });

  scenario('bytes enqueue while request pending detaches request buffer', async (env) => {
    let controller;
    const rs = new env.W.ReadableStream({ type: 'bytes', start(c) { controller = c; } });
    const reader = rs.getReader({ mode: 'byob' });
    env.watch('r1', reader.read(new Uint8Array(4)));
    await later(1);
    const req = controller.byobRequest;
    const view = req.view;
    controller.enqueue(bytes(5, 6));
    env.log('old view', view, 'req.view', req.view, 'new request', controller.byobRequest);
    env.try('respond old', () => req.respond(1));
  });

  scenario('bytes enqueue detached chunk and pending buffer detached', async (env) => {
    let controller;
    const rs = new env.W.ReadableStream({ type: 'bytes', start(c) { controller = c; } });
    const chunk = bytes(1, 2);
    detach(chunk.buffer);
    env.try('enqueue detached', () => controller.enqueue(chunk));
    const reader = rs.getReader({ mode: 'byob' });
    env.watch('r1', reader.read(new Uint8Array(4)));
    await later(1);
    const req = controller.byobRequest;
    detach(req.view.buffer);
    env.try('respond with detached', () => req.respond(1));
    env.try('respondWithNewView detached', () => { const b = new Uint8Array(4); detach(b.buffer); return req.respondWithNewView(b); });
    env.try('enqueue with detached request', () => controller.enqueue(bytes(3)));
  });

  scenario('bytes enqueue argument errors', async (env) => {
    let controller;
    new env.W.ReadableStream({ type: 'bytes', start(c) { controller = c; } });
    env.try('number', () => controller.enqueue(1));
    env.try('undefined', () => controller.enqueue());
    env.try('ArrayBuffer', () => controller.enqueue(new ArrayBuffer(2)));
    env.try('zero view', () => controller.enqueue(new Uint8Array(0)));
    env.try('zero view on data', () => controller.enqueue(new Uint8Array(new ArrayBuffer(4), 1, 0)));
    env.try('array', () => controller.enqueue([1, 2]));
    env.try('ok', () => controller.enqueue(new Float32Array(1)));
    env.log('desiredSize', controller.desiredSize);
  });

  scenario('bytes desiredSize and hwm', async (env) => {
    let controller;
    const rs = new env.W.ReadableStream(loggingSource(env, { type: 'bytes', start(c) { controller = c; } }), { highWaterMark: 5 });
    env.log(controller.desiredSize);
    controller.enqueue(bytes(1, 2, 3));
    env.log(controller.desiredSize);
    controller.enqueue(bytes(1, 2, 3));
    env.log(controller.desiredSize);
    await later(1);
    const reader = rs.getReader();
    await reader.read();
    env.log(controller.desiredSize);
    await reader.read();
    env.log(controller.desiredSize);
    await later(1);
    controller.close();
    env.log(controller.desiredSize);
  });

  scenario('bytes default reader with queued partial consumption', async (env) => {
    let controller;
    const rs = new env.W.ReadableStream({ type: 'bytes', start(c) { controller = c; } });
    controller.enqueue(bytes(1, 2, 3, 4, 5, 6));
    const byob = rs.getReader({ mode: 'byob' });
    env.log('byob', await byob.read(new Uint8Array(2)));
    byob.releaseLock();
    const reader = rs.getReader();
    env.log('default', await reader.read());
  });

  scenario('bytes pull called for byob read with hwm 0', async (env) => {
    env.ticks(20);
    const rs = new env.W.ReadableStream(loggingSource(env, {
      type: 'bytes',
      pull(c, e, n) {
        env.log('view', c.byobRequest && c.byobRequest.view);
        if (n === 0) c.enqueue(bytes(1, 2, 3, 4, 5));
        else c.close();
      },
    }));
    const reader = rs.getReader({ mode: 'byob' });
    env.log('r1', await reader.read(new Uint8Array(2)));
    env.log('r2', await reader.read(new Uint8Array(2)));
    env.log('r3', await reader.read(new Uint8Array(2)));
    env.log('r4', await reader.read(new Uint8Array(2)));
    env.log('r5', await reader.read(new Uint8Array(2)));
  });

  scenario('bytes pull rejects and throws', async (env) => {
    env.ticks(10);
    const rs = new env.W.ReadableStream({ type: 'bytes', pull() { return Promise.reject(new Error('pr')); } });
    const reader = rs.getReader({ mode: 'byob' });
    env.watch('read', reader.read(new Uint8Array(1)));
    const rs2 = new env.W.ReadableStream({ type: 'bytes', pull() { throw new Error('pt'); } });
    env.watch('read2', rs2.getReader().read());
    const rs3 = new env.W.ReadableStream({ type: 'bytes', start() { return Promise.reject(new Error('sr')); } });
    env.watch('read3', rs3.getReader().read());
  });

  scenario('bytes cancel callback and result', async (env) => {
    env.ticks(10);
    const rs = new env.W.ReadableStream(loggingSource(env, { type: 'bytes', cancel: () => later(1, 'v') }));
    env.watch('cancel', rs.cancel('r'));
    const rs2 = new env.W.ReadableStream(loggingSource(env, { type: 'bytes', cancel: () => { throw new Error('ct'); } }, 'src2'));
    env.watch('cancel2', rs2.cancel('r'));
  });

  scenario('bytes inspect', async (env) => {
    let controller;
    const rs = new env.W.ReadableStream({ type: 'bytes', start(c) { controller = c; } });
    const reader = rs.getReader({ mode: 'byob' });
    reader.read(new Uint8Array(3));
    await later(1);
    env.log(env.inspect(rs));
    env.log(env.inspect(reader));
    env.log(env.inspect(controller));
    env.log(env.inspect(controller.byobRequest));
    env.log(env.inspect(controller.byobRequest, { depth: 0 }));
    env.log(env.inspect(controller.byobRequest, { depth: 5 }));
    env.log(env.inspect({ controller }, { depth: 0 }));
    controller.byobRequest.respond(3);
    env.log(env.inspect(reader));
  });

  // ---- byte stream tee ----

  scenario('bytes tee default reads', async (env) => {
    env.ticks(30);
    let n = 0;
    const rs = new env.W.ReadableStream(loggingSource(env, {
      type: 'bytes',
      pull(c) { if (n < 3) c.enqueue(bytes(n++, 100)); else c.close(); },
    }));
    const [a, b] = rs.tee();
    env.log(env.inspect(a), env.inspect(rs));
    const ra = a.getReader();
    const rb = b.getReader();
    await drain(env, ra, 'a');
    await drain(env, rb, 'b');
  });

  scenario('bytes tee chunks are independent copies', async (env) => {
    let controller;
    const rs = new env.W.ReadableStream({ type: 'bytes', start(c) { controller = c; } });
    const [a, b] = rs.tee();
    const ra = a.getReader();
    const rb = b.getReader();
    controller.enqueue(bytes(1, 2, 3));
    const x = await ra.read();
    const y = await rb.read();
    x.value[0] = 99;
    env.log(x, y, x.value.buffer === y.value.buffer);
  });

  scenario('bytes tee byob reads on branches', async (env) => {
    env.ticks(40);
    let n = 0;
    const rs = new env.W.ReadableStream(loggingSource(env, {
      type: 'bytes',
      pull(c) {
        const req = c.byobRequest;
        env.log('source request', req && req.view);
        if (n >= 3) { c.close(); if (req) req.respond(0); return; }
        if (req) { req.view[0] = n++; req.respond(1); } else { c.enqueue(bytes(n++)); }
      },
    }));
    const [a, b] = rs.tee();
    const ra = a.getReader({ mode: 'byob' });
    const rb = b.getReader();
    env.log('a1', await ra.read(new Uint8Array(4)));
    env.log('b1', await rb.read());
    env.log('b2', await rb.read());
    env.log('a2', await ra.read(new Uint8Array(4)));
    env.log('a3', await ra.read(new Uint8Array(4)));
    env.log('b3', await rb.read());
    env.log('a4', await ra.read(new Uint8Array(4)));
    env.log('b4', await rb.read());
  });

  scenario('bytes tee cancel both', async (env) => {
    env.ticks(20);
    const rs = new env.W.ReadableStream(loggingSource(env, { type: 'bytes' }));
    const [a, b] = rs.tee();
    env.watch('cancel a', a.cancel('ra'));
    await later(1);
    env.log('source locked', rs.locked, env.inspect(rs));
    env.watch('cancel b', b.cancel('rb'));
  });

  scenario('bytes tee source error', async (env) => {
    env.ticks(20);
    let controller;
    const rs = new env.W.ReadableStream({ type: 'bytes', start(c) { controller = c; } });
    const [a, b] = rs.tee();
    const ra = a.getReader({ mode: 'byob' });
    const rb = b.getReader();
    env.watch('a', ra.read(new Uint8Array(2)));
    env.watch('b', rb.read());
    await later(1);
    controller.error(new Error('src'));
    watchReader(env, ra, 'ra');
    watchReader(env, rb, 'rb');
  });

  scenario('bytes tee close with pending byob read', async (env) => {
    env.ticks(30);
    let controller;
    const rs = new env.W.ReadableStream({ type: 'bytes', start(c) { controller = c; } });
    const [a, b] = rs.tee();
    const ra = a.getReader({ mode: 'byob' });
    env.watch('a', ra.read(new Uint16Array(2)));
    await later(1);
    controller.close();
    env.log('source request', controller.byobRequest && controller.byobRequest.view);
    if (controller.byobRequest) controller.byobRequest.respond(0);
    watchReader(env, ra, 'ra');
    await drain(env, b.getReader(), 'b');
  });

  scenario('bytes tee one branch canceled then read other', async (env) => {
    env.ticks(30);
    let n = 0;
    const rs = new env.W.ReadableStream(loggingSource(env, {
      type: 'bytes',
      pull(c) { if (n < 2) c.enqueue(bytes(n++)); else c.close(); },
    }));
    const [a, b] = rs.tee();
    env.watch('cancel a', a.cancel('ra'));
    const rb = b.getReader({ mode: 'byob' });
    await drain(env, { read: () => rb.read(new Uint8Array(4)) }, 'b');
  });

  for (const mode of ['default', 'byob']) {
    scenario(`bytes tee close timing ${mode} reads`, async (env) => {
      env.ticks(50);
      let n = 0;
      const rs = new env.W.ReadableStream(loggingSource(env, {
        type: 'bytes',
        pull(c) {
          if (n < 2) {
            if (c.byobRequest) { c.byobRequest.view[0] = n++; c.byobRequest.respond(1); } else c.enqueue(bytes(n++));
          } else {
            c.close();
            if (c.byobRequest) c.byobRequest.respond(0);
          }
        },
      }));
      const [a, b] = rs.tee();
      const ra = mode === 'byob' ? a.getReader({ mode: 'byob' }) : a.getReader();
      const read = () => (mode === 'byob' ? ra.read(new Uint8Array(2)) : ra.read());
      watchReader(env, ra, 'ra');
      for (let i = 0; i < 4; i++) env.watch(`a${i}`, read());
      const rb = b.getReader();
      watchReader(env, rb, 'rb');
      for (let i = 0; i < 4; i++) env.watch(`b${i}`, rb.read());
    });
  }

  scenario('bytes tee microtask source', async (env) => {
    env.ticks(50);
    let n = 0;
    const rs = new env.W.ReadableStream(loggingSource(env, {
      type: 'bytes',
      pull(c) { return Promise.resolve().then(() => { if (n < 2) c.enqueue(bytes(n++)); else c.close(); }); },
    }));
    const [a, b] = rs.tee();
    const ra = a.getReader();
    const rb = b.getReader();
    watchReader(env, ra, 'ra');
    watchReader(env, rb, 'rb');
    for (let i = 0; i < 3; i++) {
      env.watch(`a${i}`, ra.read());
      env.watch(`b${i}`, rb.read());
    }
  });

  scenario('bytes tee cancel both with reasons', async (env) => {
    env.ticks(30);
    const rs = new env.W.ReadableStream(loggingSource(env, { type: 'bytes', cancel: () => Promise.resolve().then(() => 1) }));
    const [a, b] = rs.tee();
    env.watch('cancel b', b.cancel('rb'));
    env.watch('cancel a', a.cancel('ra'));
  });
};
