// stream.Writable, Duplex, Transform, PassThrough: write() return values and
// 'drain', cork/uncork with _writev, final, the writable* state getters, end()
// callbacks and errors, decodeStrings, and the order of 'finish'/'close'.
const { Writable, Duplex, Transform, PassThrough, Readable } = require('stream');

const steps = [];
const run = (name, fn) => steps.push([name, fn]);
const log = (...a) => console.log(...a);

function state(w) {
  return `ended=${w.writableEnded} finished=${w.writableFinished} length=${w.writableLength} needDrain=${w.writableNeedDrain} corked=${w.writableCorked} destroyed=${w.destroyed}`;
}

run('write returns and drain', (done) => {
  const order = [];
  const pending = [];
  const w = new Writable({
    highWaterMark: 10,
    write(chunk, enc, cb) {
      order.push(`write(${chunk}:${enc})`);
      pending.push(cb);
    },
  });
  log('hwm', w.writableHighWaterMark, w.writable, w.writableObjectMode);
  log('w1', w.write('12345'), w.writableLength);
  log('w2', w.write('67890'), w.writableLength, w.writableNeedDrain);
  log('w3', w.write('x'), w.writableLength);
  w.on('drain', () => {
    order.push('drain');
    log('drained', order.join(' '), state(w));
    w.end(() => {
      log('end cb', state(w));
      done();
    });
    w.on('finish', () => order.push('finish'));
  });
  (function release() {
    if (pending.length) {
      pending.shift()();
      setTimeout(release, 1);
    }
  })();
  setTimeout(() => {
    // A write after end() and pending release.
    while (pending.length) pending.shift()();
  }, 20);
});

run('decodeStrings and objectMode', (done) => {
  const seen = [];
  const w = new Writable({
    write(chunk, enc, cb) {
      seen.push(`${Buffer.isBuffer(chunk) ? 'buf' : typeof chunk}:${enc}`);
      cb();
    },
  });
  w.write('abc');
  w.write('616263', 'hex');
  w.write(new Uint8Array([1]));
  const keep = new Writable({
    decodeStrings: false,
    write(chunk, enc, cb) {
      seen.push(`${typeof chunk}:${enc}`);
      cb();
    },
  });
  keep.write('abc', 'latin1');
  keep.setDefaultEncoding('hex');
  keep.write('ff');
  const objs = new Writable({
    objectMode: true,
    write(chunk, enc, cb) {
      seen.push(`obj:${JSON.stringify(chunk)}`);
      cb();
    },
  });
  objs.write({ a: 1 });
  objs.write(7);
  try {
    new Writable({ write() {} }).write(42);
  } catch (e) {
    seen.push(`bad:${e.code}`);
  }
  try {
    new Writable({ write() {} }).write(null);
  } catch (e) {
    seen.push(`null:${e.code}`);
  }
  try {
    keep.setDefaultEncoding('bogus');
  } catch (e) {
    seen.push(`enc:${e.code}`);
  }
  log('decode', seen.join(' '));
  done();
});

run('cork and writev', (done) => {
  const seen = [];
  const w = new Writable({
    writev(chunks, cb) {
      seen.push(`writev[${chunks.map((c) => `${c.chunk}/${c.encoding}`).join(',')}]`);
      cb();
    },
    write(chunk, enc, cb) {
      seen.push(`write(${chunk})`);
      cb();
    },
  });
  w.cork();
  w.write('a');
  w.write('b');
  w.cork();
  w.write('c', 'latin1');
  log('corked', w.writableCorked, w.writableLength);
  w.uncork();
  log('still corked', w.writableCorked, seen.length);
  w.uncork();
  log('sync after uncork', seen.join(' '));
  w.write('d');
  w.cork();
  w.write('e');
  w.write('f');
  process.nextTick(() => w.uncork());
  w.end('g');
  w.on('finish', () => {
    log('writev', seen.join(' '));
    const only = new Writable({
      writev(chunks, cb) {
        seen.length = 0;
        seen.push(`only writev ${chunks.length}`);
        cb();
      },
    });
    only.write('1');
    only.write('2');
    only.end('3', () => {
      log(seen.join(' '));
      done();
    });
  });
});

run('final and finish order', (done) => {
  const order = [];
  const w = new Writable({
    write(chunk, enc, cb) {
      order.push(`write ${chunk}`);
      setTimeout(cb, 1);
    },
    final(cb) {
      order.push(`final ended=${this.writableEnded} finished=${this.writableFinished}`);
      setTimeout(() => {
        order.push('final done');
        cb();
      }, 1);
    },
  });
  for (const e of ['finish', 'close', 'prefinish']) w.on(e, () => order.push(`${e} ${w.writableFinished}`));
  w.write('x');
  const ret = w.end('y', () => order.push('end callback'));
  order.push(`end returns self ${ret === w}`);
  w.on('close', () => {
    setTimeout(() => {
      log('order', order.join(' | '));
      log('final state', state(w));
      done();
    }, 1);
  });
});

run('final error', (done) => {
  const w = new Writable({
    write(c, e, cb) {
      cb();
    },
    final(cb) {
      cb(new Error('final failed'));
    },
  });
  const seen = [];
  for (const e of ['finish', 'close', 'error', 'prefinish']) w.on(e, (x) => seen.push(x ? `${e}(${x.message})` : e));
  w.end('z', (err) => seen.push(`endcb(${err && err.message})`));
  w.on('close', () => {
    log('final error', seen.join(' '), w.writableFinished, w.errored && w.errored.message);
    done();
  });
});

run('write errors', (done) => {
  const seen = [];
  const w = new Writable({
    write(chunk, enc, cb) {
      cb(new Error(`bad ${chunk}`));
    },
  });
  w.on('error', (e) => seen.push(`error(${e.message})`));
  w.on('close', () => {
    seen.push('close');
    log('write error', seen.join(' '), w.destroyed, w.writable);
    const ended = new Writable({ write(c, e, cb) { cb(); } });
    ended.end();
    ended.on('error', (e) => {
      log('write after end', e.code, e.message);
      ended.write('b', (err) => log('callback too', err.code));
    });
    ended.write('a', (err) => log('write cb after end', err.code));
    const destroyed = new Writable({ write(c, e, cb) { cb(); } });
    destroyed.destroy();
    destroyed.write('x', (err) => {
      log('write after destroy', err.code, err.message);
      const twice = new Writable({ write(c, e, cb) { cb(); cb(); } });
      twice.on('error', (err2) => {
        log('cb twice', err2.code, err2.message);
        done();
      });
      twice.write('q');
    });
  });
  w.write('one', (err) => seen.push(`cb(${err.message})`));
  w.write('two', (err) => seen.push(`cb2(${err && err.code})`));
});

run('end twice and end callbacks', (done) => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  const seen = [];
  w.end('a', () => seen.push('first end cb'));
  w.end(() => seen.push('second end cb'));
  w.on('error', (e) => seen.push(`error ${e.code}`));
  w.on('finish', () => seen.push('finish'));
  setTimeout(() => {
    log('end twice', seen.join(', '));
    const w2 = new Writable({ write(c, e, cb) { cb(); } });
    w2.end();
    w2.on('finish', () => {
      w2.end((err) => {
        log('end after finish', err && err.code);
        done();
      });
    });
  }, 5);
});

run('no _write', (done) => {
  const w = new Writable();
  w.on('error', (e) => {
    log('no _write', e.code, e.message);
    done();
  });
  w.write('x');
});

run('duplex', (done) => {
  const d = new Duplex({
    read() {},
    write(chunk, enc, cb) {
      this.push(String(chunk).toUpperCase());
      cb();
    },
    final(cb) {
      this.push(null);
      cb();
    },
  });
  const out = [];
  d.on('data', (c) => out.push(String(c)));
  const order = [];
  for (const e of ['finish', 'end', 'close']) d.on(e, () => order.push(e));
  d.write('abc');
  d.end('def');
  d.on('close', () => {
    log('duplex', out, order.join(' '), d.readableEnded, d.writableFinished);
    const half = new Duplex({ allowHalfOpen: false, read() {}, write(c, e, cb) { cb(); } });
    const hs = [];
    for (const e of ['finish', 'end', 'close']) half.on(e, () => hs.push(e));
    half.resume();
    half.push(null);
    half.on('close', () => {
      log('allowHalfOpen false', hs.join(' '), half.allowHalfOpen, half.writableEnded);
      const mixed = new Duplex({ readableObjectMode: true, read() {}, write(c, e, cb) { cb(); } });
      log('mixed modes', mixed.readableObjectMode, mixed.writableObjectMode, mixed.readableHighWaterMark, mixed.writableHighWaterMark);
      done();
    });
  });
});

run('transform', (done) => {
  const t = new Transform({
    transform(chunk, enc, cb) {
      const s = String(chunk);
      if (s === 'skip') return cb();
      if (s === 'two') {
        this.push('2a');
        return cb(null, '2b');
      }
      cb(null, s.toUpperCase());
    },
    flush(cb) {
      this.push('[flushed]');
      cb();
    },
  });
  const out = [];
  const order = [];
  t.on('data', (c) => out.push(String(c)));
  for (const e of ['prefinish', 'finish', 'end', 'close']) t.on(e, () => order.push(e));
  for (const s of ['one', 'skip', 'two']) t.write(s);
  t.end('three');
  t.on('close', () => {
    log('transform', out.join(','), order.join(' '));
    const failing = new Transform({
      transform(chunk, enc, cb) {
        cb(new Error('transform failed'));
      },
    });
    failing.on('error', (e) => {
      log('transform error', e.message, failing.destroyed);
      try {
        new Transform().write('a');
      } catch (e2) {
        log('no _transform', e2.code, e2.message);
      }
      {
        const flushErr = new Transform({ transform(c, e3, cb) { cb(null, c); }, flush(cb) { cb(new Error('flush failed')); } });
        flushErr.on('error', (e4) => {
          log('flush error', e4.message);
          done();
        });
        flushErr.resume();
        flushErr.end('x');
      }
    });
    failing.write('x');
  });
});

run('transform backpressure', (done) => {
  const t = new Transform({
    highWaterMark: 2,
    objectMode: true,
    transform(chunk, enc, cb) {
      cb(null, chunk);
    },
  });
  const rets = [];
  for (let i = 0; i < 6; i++) rets.push(t.write(i));
  log('transform writes', rets, t.readableLength, t.writableLength);
  const got = [];
  t.on('data', (c) => got.push(c));
  t.on('end', () => {
    log('transform drained', got);
    done();
  });
  t.end();
});

run('passthrough', (done) => {
  const p = new PassThrough();
  log('passthrough types', p instanceof Transform, p instanceof Duplex, p instanceof Readable, p instanceof Writable);
  p.end('through');
  p.setEncoding('utf8');
  p.on('data', (d) => log('passthrough data', d));
  p.on('end', () => {
    log('instanceof Writable via Symbol.hasInstance', new Duplex() instanceof Writable, Object.create(Writable.prototype) instanceof Writable);
    done();
  });
});

run('destroy while writing', (done) => {
  const seen = [];
  const w = new Writable({
    write(chunk, enc, cb) {
      seen.push(`write ${chunk}`);
      setTimeout(cb, 5);
    },
    destroy(err, cb) {
      seen.push(`_destroy ${err && err.message}`);
      cb(err);
    },
  });
  w.on('error', (e) => seen.push(`error ${e.message}`));
  w.on('close', () => {
    seen.push('close');
    setTimeout(() => {
      log('destroy while writing', seen.join(' | '), w.writableAborted, w.writableFinished);
      done();
    }, 10);
  });
  w.write('a', (err) => seen.push(`cb a ${err && err.code}`));
  w.write('b', (err) => seen.push(`cb b ${err && err.code}`));
  w.destroy(new Error('stop'));
});

(async () => {
  for (const [name, fn] of steps) {
    await new Promise((resolve) => {
      try {
        fn(resolve);
      } catch (e) {
        log(name, 'threw', e.message);
        resolve();
      }
    });
  }
})();
