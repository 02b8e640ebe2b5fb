// stream.pipeline (callback and promise), error propagation and cleanup,
// finished(), compose(), addAbortSignal(), pipe() with backpressure, and the
// readable operators (map/filter/take/reduce...).
const stream = require('stream');
const { pipeline, finished, Readable, Writable, Transform, PassThrough, compose, addAbortSignal, Duplex } = stream;
const sp = require('stream/promises');
const { promisify } = require('util');

const log = (...a) => console.log(...a);
const steps = [];
const run = (name, fn) => steps.push([name, fn]);

function sink(out, opts = {}) {
  return new Writable({
    objectMode: opts.objectMode,
    write(chunk, enc, cb) {
      out.push(String(chunk));
      if (opts.failOn === String(chunk)) return cb(new Error(`sink failed on ${chunk}`));
      cb();
    },
  });
}

const upper = () => new Transform({ transform(c, e, cb) { cb(null, String(c).toUpperCase()); } });

run('pipeline callback', (done) => {
  const out = [];
  const ws = sink(out);
  const ret = pipeline(Readable.from(['a', 'b', 'c']), upper(), ws, (err, val) => {
    log('pipeline ok', err, val, out.join(''), ws.writableFinished);
    done();
  });
  log('returns last', ret === ws);
});

run('pipeline error in middle', (done) => {
  const src = Readable.from(['a', 'b', 'c'], { objectMode: true });
  const mid = new Transform({
    objectMode: true,
    transform(c, e, cb) {
      cb(c === 'b' ? new Error('mid failed') : null, c);
    },
  });
  const out = [];
  const dst = sink(out, { objectMode: true });
  const closes = [];
  for (const [n, s] of [['src', src], ['mid', mid], ['dst', dst]]) s.on('close', () => closes.push(n));
  pipeline(src, mid, dst, (err) => {
    log('pipeline error', err.message, out, src.destroyed, mid.destroyed, dst.destroyed);
    setImmediate(() => {
      log('closed', closes.sort().join(' '));
      done();
    });
  });
});

run('pipeline error in source and sink', (done) => {
  const bad = new Readable({
    read() {
      this.destroy(new Error('source failed'));
    },
  });
  pipeline(bad, new PassThrough(), sink([]), (err) => {
    log('source error', err.message);
    const out = [];
    pipeline(Readable.from(['x', 'y', 'z']), sink(out, { failOn: 'y' }), (err2) => {
      log('sink error', err2.message, out);
      done();
    });
  });
});

run('pipeline premature close', (done) => {
  const src = new Readable({ read() {} });
  src.push('a');
  pipeline(src, sink([]), (err) => {
    log('premature', err.code, err.message);
    done();
  });
  setTimeout(() => src.destroy(), 2);
});

run('pipeline with generators', (done) => {
  const out = [];
  pipeline(
    function* () {
      yield 'g1';
      yield 'g2';
    },
    async function* (source) {
      for await (const chunk of source) yield `${chunk}!`;
    },
    async function (source) {
      for await (const chunk of source) out.push(String(chunk));
      return 'result value';
    },
    (err, value) => {
      log('generators', err, value, out);
      done();
    },
  );
});

run('pipeline arg errors', (done) => {
  for (const args of [[], [Readable.from([])], [Readable.from([]), () => {}]]) {
    try {
      pipeline(...args);
      log('no throw');
    } catch (e) {
      log('pipeline args', e.name, e.code, e.message);
    }
  }
  try {
    pipeline(Readable.from([]), sink([]), 'nope');
  } catch (e) {
    log('bad callback', e.code);
  }
  done();
});

run('promise pipeline', async (done) => {
  const out = [];
  const v = await sp.pipeline(Readable.from(['p', 'q']), upper(), sink(out));
  log('promise pipeline', v, out);
  try {
    await sp.pipeline(Readable.from(['p']), new Transform({ transform(c, e, cb) { cb(new Error('nope')); } }), sink([]));
  } catch (e) {
    log('promise pipeline rejects', e.message);
  }
  const ac = new AbortController();
  const slow = new Readable({ read() {} });
  const p = sp.pipeline(slow, sink([]), { signal: ac.signal });
  ac.abort();
  try {
    await p;
  } catch (e) {
    log('aborted pipeline', e.name, e.code, e.message, slow.destroyed);
  }
  const custom = promisify(pipeline);
  log('promisify is promises.pipeline', custom === sp.pipeline, promisify(finished) === sp.finished, stream.promises === sp);
  const endFalse = sink([]);
  await sp.pipeline(Readable.from(['e']), endFalse, { end: false });
  log('end false', endFalse.writableEnded);
  done();
});

run('finished', (done) => {
  const r = Readable.from(['a']);
  const cleanup = finished(r, (err) => {
    log('finished readable', err, typeof cleanup);
    const w = sink([]);
    finished(w, (err2) => {
      log('finished writable', err2);
      const d = new PassThrough();
      finished(d, (err3) => {
        log('finished destroyed', err3 && err3.code);
        const e = new PassThrough();
        finished(e, { readable: false }, (err4) => {
          log('finished writable-only', err4);
          const f = new PassThrough();
          finished(f, (err5) => {
            log('finished error', err5.message);
            sp.finished(Readable.from([]).resume()).then((v) => {
              log('promise finished', v);
              done();
            });
          });
          f.destroy(new Error('f failed'));
        });
        e.end('x');
      });
      d.destroy();
    });
    w.end('z');
  });
  r.resume();
});

run('finished after already done', (done) => {
  const r = Readable.from([]);
  r.resume();
  r.on('end', () => {
    setImmediate(() => {
      finished(r, (err) => {
        log('late finished', err);
        done();
      });
    });
  });
});

run('compose', async (done) => {
  const c = compose(upper(), new Transform({ transform(ch, e, cb) { cb(null, `<${ch}>`); } }));
  log('compose is duplex', c instanceof Duplex, c.readable, c.writable);
  const out = await Readable.from(['m', 'n']).pipe(c).toArray();
  log('compose', out.map(String));
  const gen = compose(async function* (source) {
    for await (const x of source) yield String(x).repeat(2);
  });
  gen.end('ab');
  log('compose gen', (await gen.toArray()).map(String));
  try {
    compose();
  } catch (e) {
    log('compose none', e.code, e.message);
  }
  done();
});

run('addAbortSignal', (done) => {
  const ac = new AbortController();
  const r = addAbortSignal(ac.signal, new Readable({ read() {} }));
  r.on('error', (e) => {
    log('abort signal', e.name, e.code, e.message, r.destroyed);
    const ac2 = new AbortController();
    ac2.abort('why');
    const w = addAbortSignal(ac2.signal, sink([]));
    w.on('error', (e2) => {
      log('already aborted', e2.name, e2.cause);
      try {
        addAbortSignal({}, sink([]));
      } catch (e3) {
        log('bad signal', e3.code, e3.message);
      }
      try {
        addAbortSignal(ac.signal, {});
      } catch (e3) {
        log('bad stream', e3.code);
      }
      const inOpts = new Readable({ read() {}, signal: AbortSignal.abort() });
      inOpts.on('error', (e4) => {
        log('signal option', e4.name);
        done();
      });
    });
  });
  ac.abort();
});

run('pipe backpressure', (done) => {
  let reads = 0;
  const src = new Readable({
    highWaterMark: 4,
    read() {
      reads++;
      this.push(reads <= 8 ? 'ab' : null);
    },
  });
  const seen = [];
  const dst = new Writable({
    highWaterMark: 3,
    write(chunk, enc, cb) {
      seen.push(`${chunk}@${dst.writableLength}`);
      setTimeout(cb, 1);
    },
  });
  const events = [];
  src.on('pause', () => events.push('pause'));
  dst.on('pipe', (s) => events.push(`pipe ${s === src}`));
  dst.on('unpipe', () => events.push('unpipe'));
  dst.on('drain', () => events.push('drain'));
  const ret = src.pipe(dst);
  log('pipe returns dest', ret === dst);
  dst.on('finish', () => {
    log('pipe', seen.length, reads, events.filter((e, i, a) => a.indexOf(e) === i).join(' '));
    const a = new PassThrough();
    const b = sink([]);
    a.pipe(b);
    a.unpipe(b);
    log('unpipe', a.readableFlowing, a.listenerCount('data'));
    const e = new PassThrough();
    e.pipe(sink([]), { end: false });
    done();
  });
});

run('operators', async (done) => {
  const nums = () => Readable.from([1, 2, 3, 4, 5, 6]);
  log('map', await nums().map((x) => x * 2).toArray());
  log('filter', await nums().filter(async (x) => x % 2).toArray());
  log('take/drop', await nums().drop(1).take(3).toArray());
  log('flatMap', await nums().take(2).flatMap((x) => [x, x]).toArray());
  log('reduce', await nums().reduce((a, b) => a + b, 0), await nums().reduce((a, b) => a * b));
  log('some/every/find', await nums().some((x) => x > 5), await nums().every((x) => x > 0), await nums().find((x) => x > 3));
  const each = [];
  await nums().forEach((x) => each.push(x));
  log('forEach', each);
  log('concurrency', await nums().map(async (x) => {
    await new Promise((r) => setTimeout(r, 7 - x));
    return x;
  }, { concurrency: 3 }).toArray());
  try {
    await nums().map(() => {
      throw new Error('map threw');
    }).toArray();
  } catch (e) {
    log('map error', e.message);
  }
  try {
    nums().map('nope');
  } catch (e) {
    log('map arg', e.code);
  }
  try {
    await nums().reduce((a, b) => a + b, 0, { signal: AbortSignal.abort() });
  } catch (e) {
    log('reduce aborted', e.name);
  }
  try {
    await Readable.from([]).reduce((a, b) => a + b);
  } catch (e) {
    log('reduce empty', e.name, e.code, e.message);
  }
  done();
});

(async () => {
  for (const [name, fn] of steps) {
    await new Promise((resolve) => {
      let r;
      try {
        r = fn(resolve);
      } catch (e) {
        log(name, 'threw', e.message);
        resolve();
      }
      if (r && r.catch) r.catch((e) => { log(name, 'rejected', e.message); resolve(); });
    });
  }
})();
