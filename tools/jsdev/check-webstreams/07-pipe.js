'use strict';
// pipeTo and pipeThrough: chunk flow and its timing, close/error propagation in
// both directions with each prevent* option, AbortSignal.

const { loggingSource, loggingSink, drain, later } = require('./_helpers.js');

const sourceKinds = {
  'queued 3 then close': { start(c) { c.enqueue('a'); c.enqueue('b'); c.enqueue('c'); c.close(); } },
  'pull sync': { pull(c, env, n) { if (n < 3) c.enqueue(`p${n}`); else c.close(); } },
  'pull microtask': { pull: (c, env, n) => Promise.resolve().then(() => { if (n < 3) c.enqueue(`p${n}`); else c.close(); }) },
  'pull later': { pull: (c, env, n) => later(1).then(() => { if (n < 3) c.enqueue(`p${n}`); else c.close(); }) },
};

const sinkKinds = {
  sync: {},
  microtask: { write: () => Promise.resolve() },
  later: { write: () => later(1) },
  'close later': { close: () => later(1) },
};

function pipeOptionsName(o) {
  return Object.entries(o).filter(([, v]) => v).map(([k]) => k).join('+') || 'none';
}

module.exports = (scenario) => {
  for (const [srcName, src] of Object.entries(sourceKinds)) {
    for (const [sinkName, sink] of Object.entries(sinkKinds)) {
      for (const hwm of [0, 1, 4]) {
        scenario(`pipe ${srcName} to ${sinkName} sink hwm ${hwm}`, async (env) => {
          env.ticks(60);
          const rs = new env.W.ReadableStream(loggingSource(env, src));
          const ws = new env.W.WritableStream(loggingSink(env, sink), { highWaterMark: hwm });
          const p = env.watch('pipe', rs.pipeTo(ws));
          env.log('locked', rs.locked, ws.locked);
          await p.catch(() => {});
          env.log('after', rs.locked, ws.locked, env.inspect(rs), env.inspect(ws));
        });
      }
    }
  }

  const optionSets = [
    {}, { preventClose: true }, { preventAbort: true }, { preventCancel: true },
    { preventClose: true, preventAbort: true, preventCancel: true },
  ];

  for (const opts of optionSets) {
    const on = pipeOptionsName(opts);

    scenario(`pipe source closes with ${on}`, async (env) => {
      env.ticks(30);
      const rs = new env.W.ReadableStream(loggingSource(env, { start(c) { c.enqueue(1); c.close(); } }));
      const ws = new env.W.WritableStream(loggingSink(env));
      await env.watch('pipe', rs.pipeTo(ws, opts)).catch(() => {});
      env.log(env.inspect(ws), ws.locked);
      if (opts.preventClose) {
        const w = ws.getWriter();
        env.watch('write after', w.write('more'));
      }
    });

    scenario(`pipe source already closed with ${on}`, async (env) => {
      env.ticks(30);
      const rs = new env.W.ReadableStream(loggingSource(env, { start(c) { c.close(); } }));
      const ws = new env.W.WritableStream(loggingSink(env));
      await env.watch('pipe', rs.pipeTo(ws, opts)).catch(() => {});
      env.log(env.inspect(ws));
    });

    scenario(`pipe source errors mid-way with ${on}`, async (env) => {
      env.ticks(40);
      const rs = new env.W.ReadableStream(loggingSource(env, {
        pull(c, e, n) { if (n < 2) c.enqueue(n); else c.error(new Error('source failed')); },
      }));
      const ws = new env.W.WritableStream(loggingSink(env, { write: () => Promise.resolve() }));
      await env.watch('pipe', rs.pipeTo(ws, opts)).catch(() => {});
      env.log(env.inspect(rs), env.inspect(ws));
    });

    scenario(`pipe source already errored with ${on}`, async (env) => {
      env.ticks(30);
      const rs = new env.W.ReadableStream(loggingSource(env, { start(c) { c.error(new Error('pre-errored')); } }));
      const ws = new env.W.WritableStream(loggingSink(env));
      await env.watch('pipe', rs.pipeTo(ws, opts)).catch(() => {});
      env.log(env.inspect(ws));
    });

    scenario(`pipe dest write fails with ${on}`, async (env) => {
      env.ticks(40);
      const rs = new env.W.ReadableStream(loggingSource(env, { pull(c, e, n) { c.enqueue(n); } }));
      const ws = new env.W.WritableStream(loggingSink(env, {
        write: (chunk) => (chunk === 1 ? Promise.reject(new Error('write failed')) : undefined),
      }));
      await env.watch('pipe', rs.pipeTo(ws, opts)).catch(() => {});
      env.log(env.inspect(rs), env.inspect(ws));
    });

    scenario(`pipe dest already errored with ${on}`, async (env) => {
      env.ticks(30);
      const rs = new env.W.ReadableStream(loggingSource(env, { pull(c, e, n) { c.enqueue(n); } }));
      const ws = new env.W.WritableStream(loggingSink(env, { start(c) { c.error(new Error('dest pre-errored')); } }));
      await later(1);
      await env.watch('pipe', rs.pipeTo(ws, opts)).catch(() => {});
      env.log(env.inspect(rs));
    });

    scenario(`pipe dest errors via controller with ${on}`, async (env) => {
      env.ticks(40);
      let wc;
      const rs = new env.W.ReadableStream(loggingSource(env, { pull: (c, e, n) => later(1).then(() => c.enqueue(n)) }));
      const ws = new env.W.WritableStream(loggingSink(env, { start(c) { wc = c; } }));
      const p = env.watch('pipe', rs.pipeTo(ws, opts));
      await later(2);
      env.ticks(40, 'u');
      wc.error(new Error('dest error'));
      await p.catch(() => {});
      env.log(env.inspect(rs), env.inspect(ws));
    });

    scenario(`pipe dest closed before with ${on}`, async (env) => {
      env.ticks(30);
      const rs = new env.W.ReadableStream(loggingSource(env, { pull(c, e, n) { c.enqueue(n); } }));
      const ws = new env.W.WritableStream(loggingSink(env));
      await ws.close();
      await env.watch('pipe', rs.pipeTo(ws, opts)).catch(() => {});
      env.log(env.inspect(rs));
    });

    scenario(`pipe dest closing before with ${on}`, async (env) => {
      env.ticks(30);
      const rs = new env.W.ReadableStream(loggingSource(env, { start(c) { c.enqueue('x'); } }));
      const ws = new env.W.WritableStream(loggingSink(env, { close: () => later(1) }));
      ws.close();
      await env.watch('pipe', rs.pipeTo(ws, opts)).catch(() => {});
      env.log(env.inspect(rs), env.inspect(ws));
    });

    for (const when of ['before', 'during write', 'while idle']) {
      for (const reasonKind of ['default', 'custom', 'undefined']) {
        scenario(`pipe signal abort ${when} reason ${reasonKind} with ${on}`, async (env) => {
          env.ticks(50);
          const controller = new AbortController();
          const rs = new env.W.ReadableStream(loggingSource(env, {
            pull: (c, e, n) => (when === 'while idle' ? new Promise(() => {}) : c.enqueue(n)),
          }));
          const ws = new env.W.WritableStream(loggingSink(env, { write: () => later(1) }));
          const abort = () => {
            if (reasonKind === 'default') controller.abort();
            else if (reasonKind === 'custom') controller.abort(new Error('custom reason'));
            else controller.abort(undefined);
          };
          if (when === 'before') abort();
          const p = env.watch('pipe', rs.pipeTo(ws, { ...opts, signal: controller.signal }));
          if (when !== 'before') {
            await later(when === 'during write' ? 1 : 2);
            env.log('aborting');
            env.ticks(40, 'u');
            abort();
          }
          await p.catch(() => {});
          env.log('after', rs.locked, ws.locked, env.inspect(rs), env.inspect(ws));
        });
      }
    }
  }

  scenario('pipe signal abort after pipe finished', async (env) => {
    const controller = new AbortController();
    const rs = new env.W.ReadableStream({ start(c) { c.close(); } });
    const ws = new env.W.WritableStream(loggingSink(env));
    await env.watch('pipe', rs.pipeTo(ws, { signal: controller.signal }));
    controller.abort();
    env.log('aborted later, nothing happens', env.inspect(ws));
  });

  scenario('pipe signal abort with AbortError reason', async (env) => {
    env.ticks(30);
    const controller = new AbortController();
    const rs = new env.W.ReadableStream(loggingSource(env));
    const ws = new env.W.WritableStream(loggingSink(env));
    const p = env.watch('pipe', rs.pipeTo(ws, { signal: controller.signal }));
    const { AbortError } = env;
    const reason = new AbortError('custom abort', { cause: 'c' });
    controller.abort(reason);
    await p.catch((e) => env.log('same reason', e === reason, e instanceof Error));
  });

  scenario('pipe with AbortSignal.abort() already aborted', async (env) => {
    const rs = new env.W.ReadableStream(loggingSource(env));
    const ws = new env.W.WritableStream(loggingSink(env));
    await env.watch('pipe', rs.pipeTo(ws, { signal: AbortSignal.abort('pre') })).catch(() => {});
  });

  scenario('pipe abort rejects with sink abort error', async (env) => {
    env.ticks(30);
    const controller = new AbortController();
    const rs = new env.W.ReadableStream(loggingSource(env, { cancel: () => Promise.reject(new Error('cancel failed')) }));
    const ws = new env.W.WritableStream(loggingSink(env, { abort: () => Promise.reject(new Error('abort failed')) }));
    const p = env.watch('pipe', rs.pipeTo(ws, { signal: controller.signal }));
    await later(1);
    controller.abort('stop');
    await p.catch(() => {});
  });

  scenario('pipe cancel failure propagates', async (env) => {
    env.ticks(30);
    const rs = new env.W.ReadableStream(loggingSource(env, { cancel: () => Promise.reject(new Error('cancel failed')) }));
    const ws = new env.W.WritableStream(loggingSink(env, { start(c) { c.error(new Error('dest')); } }));
    await env.watch('pipe', rs.pipeTo(ws)).catch(() => {});
  });

  scenario('pipe close failure propagates', async (env) => {
    env.ticks(30);
    const rs = new env.W.ReadableStream(loggingSource(env, { start(c) { c.enqueue(1); c.close(); } }));
    const ws = new env.W.WritableStream(loggingSink(env, { close: () => Promise.reject(new Error('close failed')) }));
    await env.watch('pipe', rs.pipeTo(ws)).catch(() => {});
  });

  scenario('pipe waits for pending writes before closing', async (env) => {
    env.ticks(40);
    const rs = new env.W.ReadableStream(loggingSource(env, { start(c) { for (let i = 0; i < 4; i++) c.enqueue(i); c.close(); } }));
    const ws = new env.W.WritableStream(loggingSink(env, { write: () => later(1) }), { highWaterMark: 10 });
    await env.watch('pipe', rs.pipeTo(ws));
  });

  scenario('pipe waits for pending writes before aborting on source error', async (env) => {
    env.ticks(40);
    let rc;
    const rs = new env.W.ReadableStream(loggingSource(env, { start(c) { rc = c; c.enqueue(1); c.enqueue(2); } }));
    const ws = new env.W.WritableStream(loggingSink(env, { write: () => later(1) }), { highWaterMark: 10 });
    const p = env.watch('pipe', rs.pipeTo(ws));
    await Promise.resolve();
    rc.error(new Error('src'));
    await p.catch(() => {});
  });

  scenario('pipe two pipes on one source', async (env) => {
    const rs = new env.W.ReadableStream({ start(c) { c.enqueue(1); } });
    const ws1 = new env.W.WritableStream(loggingSink(env, {}, 's1'));
    const ws2 = new env.W.WritableStream(loggingSink(env, {}, 's2'));
    env.watch('pipe1', rs.pipeTo(ws1));
    env.watch('pipe2', rs.pipeTo(ws2));
  });

  scenario('pipe releases locks on completion', async (env) => {
    const rs = new env.W.ReadableStream({ start(c) { c.close(); } });
    const ws = new env.W.WritableStream({}, { highWaterMark: 1 });
    await rs.pipeTo(ws, { preventClose: true });
    env.log(rs.locked, ws.locked);
    const w = ws.getWriter();
    await w.write('x');
    env.log('writable after pipe', env.inspect(ws));
  });

  scenario('pipe backpressure with slow sink and hwm source', async (env) => {
    env.ticks(30);
    const rs = new env.W.ReadableStream(loggingSource(env, { pull(c, e, n) { if (n < 6) c.enqueue(n); else c.close(); } }), { highWaterMark: 2 });
    const resolvers = [];
    const ws = new env.W.WritableStream(loggingSink(env, { write: () => new Promise((r) => resolvers.push(r)) }), { highWaterMark: 2 });
    const p = env.watch('pipe', rs.pipeTo(ws));
    for (let i = 0; i < 8; i++) {
      await later(1);
      env.log('resolving write', resolvers.length);
      resolvers.splice(0).forEach((r) => r());
    }
    await p.catch(() => {});
  });

  // ---- pipeThrough ----

  for (const opts of optionSets) {
    const on = pipeOptionsName(opts);
    scenario(`pipeThrough basic with ${on}`, async (env) => {
      env.ticks(40);
      const rs = new env.W.ReadableStream(loggingSource(env, { start(c) { c.enqueue('a'); c.enqueue('b'); c.close(); } }));
      const ts = new env.W.TransformStream({ transform(chunk, c) { env.log('transform', chunk); c.enqueue(chunk + chunk); } });
      const out = rs.pipeThrough(ts, opts);
      env.log(out === ts.readable, rs.locked, ts.writable.locked, out.locked);
      await drain(env, out.getReader());
      env.log(env.inspect(ts));
    });

    scenario(`pipeThrough readable canceled with ${on}`, async (env) => {
      env.ticks(40);
      const rs = new env.W.ReadableStream(loggingSource(env, { pull(c, e, n) { c.enqueue(n); } }));
      const ts = new env.W.TransformStream();
      const out = rs.pipeThrough(ts, opts);
      const reader = out.getReader();
      env.log(await reader.read());
      env.watch('cancel', reader.cancel('downstream cancel'));
      await later(2);
      env.log(env.inspect(rs), env.inspect(ts));
    });

    scenario(`pipeThrough source errors with ${on}`, async (env) => {
      env.ticks(40);
      const rs = new env.W.ReadableStream(loggingSource(env, { pull(c, e, n) { if (n === 1) c.error(new Error('upstream')); else c.enqueue(n); } }));
      const out = rs.pipeThrough(new env.W.TransformStream(), opts);
      await drain(env, out.getReader());
    });
  }

  scenario('pipeThrough with plain pair object', async (env) => {
    const rs = new env.W.ReadableStream({ start(c) { c.enqueue(1); c.close(); } });
    const writable = new env.W.WritableStream(loggingSink(env));
    const readable = new env.W.ReadableStream({ start(c) { c.enqueue('other side'); c.close(); } });
    const out = rs.pipeThrough({ writable, readable });
    env.log(out === readable);
    await drain(env, out.getReader());
    await later(1);
  });

  scenario('pipeThrough signal abort', async (env) => {
    env.ticks(30);
    const controller = new AbortController();
    const rs = new env.W.ReadableStream(loggingSource(env));
    const out = rs.pipeThrough(new env.W.TransformStream(), { signal: controller.signal });
    const reader = out.getReader();
    env.watch('read', reader.read());
    controller.abort(new Error('stop'));
    env.watch('closed', reader.closed);
  });

  scenario('pipeTo byte stream source', async (env) => {
    env.ticks(30);
    let n = 0;
    const rs = new env.W.ReadableStream(loggingSource(env, {
      type: 'bytes',
      pull(c) { if (n < 3) c.enqueue(new Uint8Array([n++])); else c.close(); },
    }));
    const ws = new env.W.WritableStream(loggingSink(env));
    await env.watch('pipe', rs.pipeTo(ws));
  });

  scenario('pipe into transform chain with backpressure', async (env) => {
    env.ticks(60);
    const rs = new env.W.ReadableStream(loggingSource(env, { pull(c, e, n) { if (n < 4) c.enqueue(n); else c.close(); } }));
    const t1 = new env.W.TransformStream({ transform(c, ctl) { env.log('t1', c); ctl.enqueue(c * 10); } });
    const ws = new env.W.WritableStream(loggingSink(env, { write: () => Promise.resolve() }));
    await env.watch('pipe', rs.pipeThrough(t1).pipeTo(ws));
  });
};
