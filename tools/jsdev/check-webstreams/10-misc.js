'use strict';
// Realistic uses (body reading, Blob-like byte sources), unhandled-rejection
// bookkeeping, instance relationships.

const { loggingSource, drain, later } = require('./_helpers.js');

module.exports = (scenario) => {
  scenario('misc unhandled: errored streams nobody watches', async (env) => {
    const { W } = env;
    new W.ReadableStream({ start(c) { c.error(new Error('unwatched readable')); } });
    new W.WritableStream({ start(c) { c.error(new Error('unwatched writable')); } });
    new W.WritableStream({ start() { return Promise.reject(new Error('start reject')); } });
    new W.TransformStream({ start(c) { c.error(new Error('unwatched transform')); } });
    const rs = new W.ReadableStream({ start(c) { c.error(new Error('with reader')); } });
    rs.getReader();
    const ws = new W.WritableStream({ start(c) { c.error(new Error('with writer')); } });
    ws.getWriter();
    const ts = new W.TransformStream();
    ts.writable.abort(new Error('aborted transform'));
    const r2 = new W.ReadableStream({ pull() { throw new Error('pull throws'); } });
    r2.getReader();
    await later(2);
  });

  scenario('misc unhandled: released reader and writer', async (env) => {
    const rs = new env.W.ReadableStream();
    rs.getReader().releaseLock();
    const ws = new env.W.WritableStream();
    ws.getWriter().releaseLock();
    const bs = new env.W.ReadableStream({ type: 'bytes' });
    bs.getReader({ mode: 'byob' }).releaseLock();
    await later(2);
  });

  scenario('misc unhandled: unwatched read and write promises', async (env) => {
    let controller;
    const rs = new env.W.ReadableStream({ start(c) { controller = c; } });
    rs.getReader().read();
    controller.error(new Error('read rejected'));
    const ws = new env.W.WritableStream({ write() { throw new Error('write rejected'); } });
    ws.getWriter().write('x');
    await later(2);
  });

  scenario('misc unhandled: pipeThrough failure', async (env) => {
    const rs = new env.W.ReadableStream({ start(c) { c.error(new Error('pipeThrough source')); } });
    rs.pipeThrough(new env.W.TransformStream());
    const rs2 = new env.W.ReadableStream({ start(c) { c.error(new Error('pipeTo source')); } });
    rs2.pipeTo(new env.W.WritableStream());
    await later(3);
  });

  scenario('misc unhandled: tee of errored', async (env) => {
    const rs = new env.W.ReadableStream({ start(c) { c.error(new Error('tee src')); } });
    rs.tee();
    await later(2);
  });

  scenario('misc unhandled: async iterator of errored', async (env) => {
    const rs = new env.W.ReadableStream({ start(c) { c.error(new Error('iter src')); } });
    rs.values();
    await later(2);
  });

  scenario('misc read whole body', async (env) => {
    const parts = ['Hello, ', 'wörld', '!'];
    const rs = new env.W.ReadableStream({
      pull(c) {
        const p = parts.shift();
        if (p === undefined) c.close();
        else c.enqueue(new TextEncoder().encode(p));
      },
    });
    const reader = rs.getReader();
    const chunks = [];
    let total = 0;
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      chunks.push(value);
      total += value.byteLength;
    }
    const all = new Uint8Array(total);
    let off = 0;
    for (const c of chunks) {
      all.set(c, off);
      off += c.byteLength;
    }
    env.log(new TextDecoder().decode(all), total);
  });

  scenario('misc blob-like byte source with byob reader', async (env) => {
    const data = new Uint8Array(100).map((_, i) => i);
    let pos = 0;
    const rs = new env.W.ReadableStream({
      type: 'bytes',
      autoAllocateChunkSize: 16,
      pull(c) {
        if (pos >= data.length) {
          c.close();
          if (c.byobRequest) c.byobRequest.respond(0);
          return;
        }
        const req = c.byobRequest;
        const n = Math.min(req.view.byteLength, data.length - pos);
        req.view.set(data.subarray(pos, pos + n));
        pos += n;
        req.respond(n);
      },
    });
    const reader = rs.getReader({ mode: 'byob' });
    let buf = new ArrayBuffer(7);
    const sizes = [];
    for (;;) {
      const { value, done } = await reader.read(new Uint8Array(buf));
      if (done) break;
      sizes.push(value.byteLength);
      buf = value.buffer;
    }
    env.log(sizes);
  });

  scenario('misc many chunks through a pipe chain', async (env) => {
    const N = 3000;
    let i = 0;
    const rs = new env.W.ReadableStream({ pull(c) { if (i < N) c.enqueue(i++); else c.close(); } }, { highWaterMark: 16 });
    const doubler = new env.W.TransformStream({ transform(x, c) { c.enqueue(x * 2); } });
    let sum = 0;
    let writes = 0;
    const ws = new env.W.WritableStream({ write(x) { sum += x; writes++; } }, { highWaterMark: 8 });
    await rs.pipeThrough(doubler).pipeTo(ws);
    env.log(sum, writes);
  });

  scenario('misc many chunks through tee and async iteration', async (env) => {
    let i = 0;
    const rs = new env.W.ReadableStream({ pull(c) { if (i < 1000) c.enqueue(i++); else c.close(); } });
    const [a, b] = rs.tee();
    let sa = 0;
    for await (const x of a) sa += x;
    let sb = 0;
    for await (const x of b) sb += x;
    env.log(sa, sb);
  });

  scenario('misc instances and prototypes', async (env) => {
    const { W } = env;
    const rs = new W.ReadableStream({ type: 'bytes' });
    const r = rs.getReader({ mode: 'byob' });
    env.log(r instanceof W.ReadableStreamBYOBReader, r instanceof W.ReadableStreamDefaultReader, r.constructor === W.ReadableStreamBYOBReader);
    const ts = new W.TransformStream();
    env.log(ts.readable instanceof W.ReadableStream, ts.writable instanceof W.WritableStream);
    const w = ts.writable.getWriter();
    env.log(w instanceof W.WritableStreamDefaultWriter, Object.getPrototypeOf(w) === W.WritableStreamDefaultWriter.prototype);
    env.log(new W.ReadableStreamDefaultReader(new W.ReadableStream()) instanceof W.ReadableStreamDefaultReader);
    const wr = new W.WritableStreamDefaultWriter(new W.WritableStream());
    env.log(wr.desiredSize);
  });

  scenario('misc own properties of instances', async (env) => {
    const { W } = env;
    const objs = {
      rs: new W.ReadableStream(), ws: new W.WritableStream(), ts: new W.TransformStream(),
      reader: new W.ReadableStream().getReader(), writer: new W.WritableStream().getWriter(),
      cqs: new W.CountQueuingStrategy({ highWaterMark: 1 }), tes: new W.TextEncoderStream(),
    };
    for (const [name, o] of Object.entries(objs)) {
      env.log(name, Object.keys(o), Object.getOwnPropertyNames(o), JSON.stringify(o));
    }
  });

  scenario('misc controller methods called after stream gone', async (env) => {
    let rc;
    let wc;
    let tc;
    const rs = new env.W.ReadableStream({ start(c) { rc = c; } });
    const ws = new env.W.WritableStream({ start(c) { wc = c; } });
    const ts = new env.W.TransformStream({ start(c) { tc = c; } });
    await rs.cancel();
    await ws.abort();
    await ts.readable.cancel();
    env.try('rc.enqueue', () => rc.enqueue(1));
    env.try('rc.close', () => rc.close());
    env.try('rc.error', () => rc.error(1));
    env.try('rc.desiredSize', () => rc.desiredSize);
    env.try('wc.error', () => wc.error(1));
    env.try('wc.signal.aborted', () => wc.signal.aborted);
    env.try('tc.enqueue', () => tc.enqueue(1));
    env.try('tc.error', () => tc.error(1));
    env.try('tc.terminate', () => tc.terminate());
    env.try('tc.desiredSize', () => tc.desiredSize);
  });

  scenario('misc readable from pull with hwm and sizes through reader', async (env) => {
    env.ticks(40);
    const rs = new env.W.ReadableStream(loggingSource(env, {
      pull(c, e, n) { c.enqueue('x'.repeat(n + 1)); if (n === 4) c.close(); },
    }), new env.W.ByteLengthQueuingStrategy({ highWaterMark: 4 }));
    await later(1);
    await drain(env, rs.getReader());
  });

  scenario('misc count strategy objects as strategies', async (env) => {
    env.ticks(20);
    const ws = new env.W.WritableStream({ write: () => later(1) }, new env.W.CountQueuingStrategy({ highWaterMark: 2 }));
    const w = ws.getWriter();
    w.write(1);
    env.log(w.desiredSize);
    w.write(2);
    env.log(w.desiredSize);
    const ts = new env.W.TransformStream({}, new env.W.CountQueuingStrategy({ highWaterMark: 0 }), new env.W.ByteLengthQueuingStrategy({ highWaterMark: 3 }));
    env.log(env.inspect(ts));
  });
};
