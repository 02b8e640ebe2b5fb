'use strict';
// Seeded random sequences of operations on readable, writable, byte and
// transform streams. Every operation and every settlement is logged, so any
// divergence in state machines or promise timing shows up in the comparison.

const { later } = require('./_helpers.js');

// Small deterministic PRNG (mulberry32).
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick(r, list) {
  return list[Math.floor(r() * list.length)];
}

async function pause(env, r) {
  const k = r();
  if (k < 0.4) return;
  if (k < 0.8) {
    for (let i = Math.floor(r() * 4); i >= 0; i--) await Promise.resolve();
    return;
  }
  await later(1);
}

// WEBSTREAMS_FUZZ_SEEDS=<n> runs more seeds (the default keeps the check quick).
const kSeeds = (typeof process !== 'undefined' && Number(process.env.WEBSTREAMS_FUZZ_SEEDS)) || 60;

module.exports = (scenario) => {
  for (let seed = 1; seed <= kSeeds; seed++) {
    scenario(`fuzz readable seed ${seed}`, async (env) => {
      const r = rng(seed);
      env.ticks(30);
      let controller;
      const pending = [];
      const hwm = pick(r, [0, 1, 2, 5]);
      const rs = new env.W.ReadableStream({
        start(c) { controller = c; env.log('start'); },
        pull(c) {
          env.log('pull', c.desiredSize);
          if (r() < 0.5) c.enqueue(`pulled${Math.floor(r() * 100)}`);
          if (r() < 0.3) return new Promise((res) => pending.push(res));
          return undefined;
        },
        cancel(reason) { env.log('cancel', reason); return r() < 0.5 ? later(1) : undefined; },
      }, { highWaterMark: hwm });
      let reader = null;
      for (let step = 0; step < 25; step++) {
        const op = pick(r, ['enqueue', 'enqueue', 'read', 'read', 'read', 'close', 'error', 'getReader', 'release', 'cancel', 'resolvePull', 'desired']);
        switch (op) {
          case 'enqueue': env.try(`enqueue${step}`, () => controller.enqueue(step)); break;
          case 'read':
            if (!reader) reader = env.try('getReader', () => rs.getReader()) || null;
            if (reader) env.watch(`read${step}`, reader.read());
            break;
          case 'close': if (r() < 0.3) env.try('close', () => controller.close()); break;
          case 'error': if (r() < 0.15) env.try('error', () => controller.error(new Error(`e${step}`))); break;
          case 'getReader': if (!reader) { reader = env.try('getReader', () => rs.getReader()) || null; if (reader) env.watch('closed', reader.closed); } break;
          case 'release': if (reader && r() < 0.4) { env.try('release', () => reader.releaseLock()); reader = null; } break;
          case 'cancel': if (r() < 0.15) env.watch('cancel', reader ? reader.cancel(`c${step}`) : rs.cancel(`c${step}`)); break;
          case 'resolvePull': if (pending.length) pending.shift()(); break;
          case 'desired': env.log('desiredSize', controller.desiredSize, 'locked', rs.locked); break;
        }
        await pause(env, r);
      }
      env.log(env.inspect(rs));
    });

    scenario(`fuzz writable seed ${seed}`, async (env) => {
      const r = rng(seed * 7919);
      env.ticks(30);
      let controller;
      const pending = [];
      const hwm = pick(r, [0, 1, 3]);
      const ws = new env.W.WritableStream({
        start(c) { controller = c; env.log('start'); return r() < 0.3 ? later(1) : undefined; },
        write(chunk) {
          env.log('write', chunk);
          const k = r();
          if (k < 0.4) return new Promise((res, rej) => pending.push([res, rej]));
          if (k < 0.5) throw new Error(`write-fail-${chunk}`);
          return undefined;
        },
        close() { env.log('close'); return r() < 0.5 ? new Promise((res, rej) => pending.push([res, rej])) : undefined; },
        abort(reason) { env.log('abort', reason); return r() < 0.5 ? later(1) : undefined; },
      }, { highWaterMark: hwm });
      let writer = null;
      for (let step = 0; step < 25; step++) {
        const op = pick(r, ['write', 'write', 'write', 'close', 'abort', 'release', 'getWriter', 'settle', 'settle', 'error', 'desired']);
        switch (op) {
          case 'write':
            if (!writer) { writer = env.try('getWriter', () => ws.getWriter()) || null; if (writer) { env.watch('closed', writer.closed); env.watch('ready', writer.ready); } }
            if (writer) env.watch(`write${step}`, writer.write(step));
            break;
          case 'close': if (r() < 0.3) env.watch('close', writer ? writer.close() : ws.close()); break;
          case 'abort': if (r() < 0.2) env.watch('abort', writer ? writer.abort(`a${step}`) : ws.abort(`a${step}`)); break;
          case 'release': if (writer && r() < 0.3) { env.try('release', () => writer.releaseLock()); writer = null; } break;
          case 'getWriter': if (!writer) { writer = env.try('getWriter', () => ws.getWriter()) || null; if (writer) env.watch('ready', writer.ready); } break;
          case 'settle': if (pending.length) { const [res, rej] = pending.shift(); if (r() < 0.8) res(); else rej(new Error(`sink-fail${step}`)); } break;
          case 'error': if (r() < 0.1) env.try('controller.error', () => controller.error(new Error(`ce${step}`))); break;
          case 'desired': env.log('desiredSize', writer ? (() => { try { return writer.desiredSize; } catch (e) { return e.message; } })() : 'no writer', env.inspect(ws)); break;
        }
        await pause(env, r);
      }
      while (pending.length) {
        pending.shift()[0]();
        await later(1);
      }
      env.log(env.inspect(ws));
    });

    scenario(`fuzz bytes seed ${seed}`, async (env) => {
      const r = rng(seed * 104729);
      env.ticks(30);
      let controller;
      const aacs = pick(r, [undefined, undefined, 4, 16]);
      const src = {
        type: 'bytes',
        start(c) { controller = c; },
        pull(c) { env.log('pull', c.desiredSize, c.byobRequest && c.byobRequest.view); },
        cancel(reason) { env.log('cancel', reason); },
      };
      if (aacs !== undefined) src.autoAllocateChunkSize = aacs;
      const rs = new env.W.ReadableStream(src, { highWaterMark: pick(r, [0, 0, 4]) });
      let reader = null;
      let mode = null;
      const views = [() => new Uint8Array(4), () => new Uint16Array(2), () => new Uint8Array(new ArrayBuffer(8), 2, 5), () => new DataView(new ArrayBuffer(3)), () => new Uint32Array(1)];
      for (let step = 0; step < 25; step++) {
        const op = pick(r, ['enqueue', 'enqueue', 'read', 'read', 'respond', 'respondNew', 'close', 'error', 'release', 'cancel', 'desired']);
        env.log(`op ${step} ${op}`);
        switch (op) {
          case 'enqueue': {
            const n = 1 + Math.floor(r() * 5);
            const chunk = new Uint8Array(n).map((_, i) => step * 10 + i);
            env.try(`enqueue${step}`, () => controller.enqueue(chunk));
            break;
          }
          case 'read':
            if (!reader) {
              mode = r() < 0.5 ? 'byob' : 'default';
              reader = env.try(`getReader ${mode}`, () => (mode === 'byob' ? rs.getReader({ mode: 'byob' }) : rs.getReader())) || null;
            }
            if (reader) {
              if (mode === 'byob') {
                const view = pick(r, views)();
                const opts = r() < 0.3 ? { min: view.length ?? view.byteLength } : undefined;
                env.watch(`byob read${step}`, reader.read(view, opts));
              } else {
                env.watch(`read${step}`, reader.read());
              }
            }
            break;
          case 'respond': {
            const req = controller.byobRequest;
            if (req) {
              const n = Math.min(req.view.byteLength, 1 + Math.floor(r() * 3));
              for (let i = 0; i < n; i++) req.view[i] = 200 + i;
              env.try(`respond ${n}`, () => req.respond(n));
            }
            break;
          }
          case 'respondNew': {
            const req = controller.byobRequest;
            if (req) {
              const v = req.view;
              env.try('respondWithNewView', () => req.respondWithNewView(new Uint8Array(v.buffer, v.byteOffset, Math.min(1, v.byteLength))));
            }
            break;
          }
          case 'close': if (r() < 0.3) env.try('close', () => controller.close()); break;
          case 'error': if (r() < 0.1) env.try('error', () => controller.error(new Error(`be${step}`))); break;
          case 'release': if (reader && r() < 0.4) { env.try('release', () => reader.releaseLock()); reader = null; } break;
          case 'cancel': if (r() < 0.1) env.watch('cancel', rs.locked && reader ? reader.cancel('bc') : rs.cancel('bc')); break;
          case 'desired': env.log('desiredSize', controller.desiredSize, 'request', controller.byobRequest && controller.byobRequest.view); break;
        }
        await pause(env, r);
      }
      env.log(env.inspect(rs));
    });

    scenario(`fuzz transform seed ${seed}`, async (env) => {
      const r = rng(seed * 31337);
      env.ticks(30);
      let tcontroller;
      const pending = [];
      const ts = new env.W.TransformStream({
        start(c) { tcontroller = c; },
        transform(chunk, c) {
          env.log('transform', chunk, c.desiredSize);
          const k = r();
          if (k < 0.5) c.enqueue(chunk);
          else if (k < 0.7) return new Promise((res) => pending.push(() => { c.enqueue(`late${chunk}`); res(); }));
          else if (k < 0.75) throw new Error(`t${chunk}`);
          return undefined;
        },
        flush(c) { env.log('flush'); if (r() < 0.5) c.enqueue('flushed'); },
        cancel(reason) { env.log('tcancel', reason); },
      }, { highWaterMark: pick(r, [0, 1, 2]) }, { highWaterMark: pick(r, [0, 1, 3]) });
      const writer = ts.writable.getWriter();
      const reader = ts.readable.getReader();
      env.watch('writer.closed', writer.closed);
      env.watch('reader.closed', reader.closed);
      for (let step = 0; step < 25; step++) {
        const op = pick(r, ['write', 'write', 'read', 'read', 'settle', 'close', 'abort', 'cancel', 'terminate', 'error', 'desired']);
        env.log(`op ${step} ${op}`);
        switch (op) {
          case 'write': env.watch(`write${step}`, writer.write(step)); break;
          case 'read': env.watch(`read${step}`, reader.read()); break;
          case 'settle': if (pending.length) pending.shift()(); break;
          case 'close': if (r() < 0.2) env.watch('close', writer.close()); break;
          case 'abort': if (r() < 0.1) env.watch('abort', writer.abort(`ab${step}`)); break;
          case 'cancel': if (r() < 0.1) env.watch('cancel', reader.cancel(`cn${step}`)); break;
          case 'terminate': if (r() < 0.1) env.try('terminate', () => tcontroller.terminate()); break;
          case 'error': if (r() < 0.05) env.try('error', () => tcontroller.error(new Error(`te${step}`))); break;
          case 'desired': env.log('desired', tcontroller.desiredSize, (() => { try { return writer.desiredSize; } catch (e) { return e.message; } })(), env.inspect(ts)); break;
        }
        await pause(env, r);
      }
      while (pending.length) {
        pending.shift()();
        await later(1);
      }
      env.log(env.inspect(ts));
    });

    scenario(`fuzz pipe seed ${seed}`, async (env) => {
      const r = rng(seed * 65537);
      env.ticks(30);
      let rc;
      let wc;
      const sinkPending = [];
      const rs = new env.W.ReadableStream({
        start(c) { rc = c; },
        pull(c) { env.log('pull'); if (r() < 0.4) c.enqueue(`p${Math.floor(r() * 50)}`); },
        cancel(reason) { env.log('cancel', reason); },
      }, { highWaterMark: pick(r, [0, 1, 2]) });
      const ws = new env.W.WritableStream({
        start(c) { wc = c; },
        write(chunk) { env.log('write', chunk); if (r() < 0.5) return new Promise((res, rej) => sinkPending.push([res, rej])); return undefined; },
        close() { env.log('close'); },
        abort(reason) { env.log('abort', reason); },
      }, { highWaterMark: pick(r, [0, 1, 3]) });
      const ac = new AbortController();
      const opts = { preventClose: r() < 0.3, preventAbort: r() < 0.3, preventCancel: r() < 0.3 };
      if (r() < 0.3) opts.signal = ac.signal;
      env.log('options', opts.preventClose, opts.preventAbort, opts.preventCancel, !!opts.signal);
      env.watch('pipe', rs.pipeTo(ws, opts));
      for (let step = 0; step < 20; step++) {
        const op = pick(r, ['enqueue', 'enqueue', 'settle', 'settle', 'close', 'error', 'werror', 'abortSignal']);
        switch (op) {
          case 'enqueue': env.try(`enqueue${step}`, () => rc.enqueue(step)); break;
          case 'settle': if (sinkPending.length) { const [res, rej] = sinkPending.shift(); if (r() < 0.9) res(); else rej(new Error(`wf${step}`)); } break;
          case 'close': if (r() < 0.2) env.try('close', () => rc.close()); break;
          case 'error': if (r() < 0.1) env.try('error', () => rc.error(new Error(`re${step}`))); break;
          case 'werror': if (r() < 0.1) env.try('werror', () => wc.error(new Error(`we${step}`))); break;
          case 'abortSignal': if (opts.signal && r() < 0.2) { env.log('signal abort'); ac.abort(`sig${step}`); } break;
        }
        await pause(env, r);
      }
      while (sinkPending.length) {
        sinkPending.shift()[0]();
        await later(1);
      }
      env.log(env.inspect(rs), env.inspect(ws));
    });

    scenario(`fuzz tee seed ${seed}`, async (env) => {
      const r = rng(seed * 92821);
      env.ticks(30);
      let controller;
      const bytes = r() < 0.5;
      const src = {
        start(c) { controller = c; },
        pull(c) { env.log('pull', c.desiredSize); if (r() < 0.3) return later(1); return undefined; },
        cancel(reason) { env.log('source cancel', reason); return r() < 0.5 ? later(1) : undefined; },
      };
      if (bytes) src.type = 'bytes';
      const rs = new env.W.ReadableStream(src);
      const branches = rs.tee();
      const readers = [null, null];
      const modes = [null, null];
      for (let step = 0; step < 25; step++) {
        const op = pick(r, ['enqueue', 'enqueue', 'read', 'read', 'read', 'cancel', 'close', 'error', 'release', 'respond']);
        const b = r() < 0.5 ? 0 : 1;
        env.log(`op ${step} ${op} ${b}`);
        switch (op) {
          case 'enqueue': env.try(`enqueue${step}`, () => controller.enqueue(bytes ? new Uint8Array([step, step + 1]) : step)); break;
          case 'read':
            if (!readers[b]) {
              modes[b] = bytes && r() < 0.5 ? 'byob' : 'default';
              readers[b] = env.try(`getReader ${b} ${modes[b]}`, () => (modes[b] === 'byob' ? branches[b].getReader({ mode: 'byob' }) : branches[b].getReader())) || null;
            }
            if (readers[b]) env.watch(`read${step} branch${b}`, modes[b] === 'byob' ? readers[b].read(new Uint8Array(1 + Math.floor(r() * 3))) : readers[b].read());
            break;
          case 'cancel': if (r() < 0.2) env.watch(`cancel branch${b}`, readers[b] ? readers[b].cancel(`c${b}`) : branches[b].cancel(`c${b}`)); break;
          case 'close': if (r() < 0.2) env.try('close', () => controller.close()); break;
          case 'error': if (r() < 0.08) env.try('error', () => controller.error(new Error(`te${step}`))); break;
          case 'release': if (readers[b] && r() < 0.3) { env.try(`release ${b}`, () => readers[b].releaseLock()); readers[b] = null; } break;
          case 'respond': {
            const req = bytes && controller.byobRequest;
            if (req) { req.view[0] = 99; env.try('respond', () => req.respond(1)); }
            break;
          }
        }
        await pause(env, r);
      }
      env.log(env.inspect(rs), env.inspect(branches[0]), env.inspect(branches[1]));
    });

    scenario(`fuzz iterate seed ${seed}`, async (env) => {
      const r = rng(seed * 7331);
      env.ticks(30);
      let controller;
      const rs = new env.W.ReadableStream({
        start(c) { controller = c; },
        pull(c) { env.log('pull'); if (r() < 0.3) c.enqueue(`p${Math.floor(r() * 9)}`); },
        cancel(reason) { env.log('cancel', reason); return r() < 0.4 ? later(1) : undefined; },
      }, { highWaterMark: pick(r, [0, 1, 2]) });
      const it = rs.values({ preventCancel: r() < 0.3 });
      for (let step = 0; step < 20; step++) {
        const op = pick(r, ['next', 'next', 'next', 'enqueue', 'enqueue', 'return', 'close', 'error']);
        env.log(`op ${step} ${op}`);
        switch (op) {
          case 'next': env.watch(`next${step}`, it.next()); break;
          case 'enqueue': env.try(`enqueue${step}`, () => controller.enqueue(step)); break;
          case 'return': if (r() < 0.3) env.watch(`return${step}`, it.return(`r${step}`)); break;
          case 'close': if (r() < 0.15) env.try('close', () => controller.close()); break;
          case 'error': if (r() < 0.08) env.try('error', () => controller.error(new Error(`ie${step}`))); break;
        }
        await pause(env, r);
      }
      env.log(env.inspect(rs));
    });
  }
};
