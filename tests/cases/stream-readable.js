// stream.Readable: paused and flowing modes, read(n), highWaterMark and push()
// return values, objectMode, Readable.from, async iteration, unshift,
// setEncoding, destroy with an error, and the order of the events.
const { Readable } = require('stream');

const steps = [];
const run = (name, fn) => steps.push([name, fn]);
const log = (...a) => console.log(...a);

function source(chunks, opts) {
  const list = chunks.slice();
  return new Readable({
    ...opts,
    read() {
      this.push(list.length ? list.shift() : null);
    },
  });
}

function events(stream, label, names = ['readable', 'data', 'end', 'close', 'error', 'pause', 'resume']) {
  const seen = [];
  for (const n of names) stream.on(n, (x) => seen.push(n === 'data' ? `data(${x})` : n === 'error' ? `error(${x.message})` : n));
  return seen;
}

run('flowing', (done) => {
  const r = source(['a', 'b', 'c']);
  const seen = events(r, 'flowing', ['data', 'end', 'close', 'pause', 'resume']);
  log('flowing before', r.readableFlowing, r.isPaused());
  r.on('close', () => {
    log('flowing', seen.join(' '), r.readableFlowing, r.readableEnded, r.destroyed);
    done();
  });
});

run('paused read()', (done) => {
  const r = source([Buffer.from('hello'), Buffer.from('world')]);
  const out = [];
  r.on('readable', () => {
    let chunk;
    while ((chunk = r.read()) !== null) out.push(chunk.toString());
    out.push('|');
  });
  r.on('end', () => {
    log('paused', out.join(''), r.readableFlowing, r.readableLength);
    done();
  });
});

run('read(n)', (done) => {
  const r = new Readable({ read() {} });
  r.push('abcdef');
  r.push('ghij');
  r.push(null);
  r.once('readable', () => {
    log('read(n)', String(r.read(3)), String(r.read(4)), r.readableLength, String(r.read(100)), String(r.read()), String(r.read(0)));
    r.on('end', () => {
      log('read(n) end', r.readableEnded);
      done();
    });
    r.read();
  });
});

run('read(n) more than buffered waits', (done) => {
  let pushes = 0;
  const r = new Readable({
    highWaterMark: 4,
    read() {
      pushes++;
      this.push(pushes <= 3 ? 'xy' : null);
    },
  });
  r.once('readable', () => {
    log('big read first', r.read(5), r.readableLength);
    r.once('readable', () => {
      log('big read later', String(r.read(5)), r.readableLength, pushes);
      r.resume();
      r.on('end', done);
    });
  });
});

run('highWaterMark and push return', (done) => {
  const r = new Readable({ highWaterMark: 5, read() {} });
  const results = [];
  for (const s of ['ab', 'cd', 'ef', 'gh']) results.push(r.push(s));
  log('push returns', results, r.readableLength, r.readableHighWaterMark, r.readableObjectMode);
  const o = new Readable({ objectMode: true, read() {} });
  const objResults = [];
  for (let i = 0; i < 18; i++) objResults.push(o.push({ i }));
  log('object push returns', objResults.indexOf(false), o.readableLength, o.readableHighWaterMark, o.readableObjectMode);
  log('defaults', new Readable().readableHighWaterMark, new Readable({ objectMode: true }).readableHighWaterMark,
    new Readable({ highWaterMark: 0 }).readableHighWaterMark);
  done();
});

run('_read calls follow highWaterMark', (done) => {
  const calls = [];
  let n = 0;
  const r = new Readable({
    highWaterMark: 6,
    read(size) {
      calls.push(`${size}:${this.readableLength}`);
      n++;
      if (n > 5) this.push(null);
      else this.push('abc');
    },
  });
  setTimeout(() => {
    log('read calls before consuming', calls.join(' '));
    r.on('data', () => {});
    r.on('end', () => {
      log('read calls', calls.join(' '));
      done();
    });
  }, 5);
});

run('objectMode', (done) => {
  const r = source([{ a: 1 }, 'str', 42, [1, 2]], { objectMode: true });
  const got = [];
  r.on('data', (d) => got.push(JSON.stringify(d)));
  r.on('end', () => {
    log('objectMode', got.join(' '));
    const bad = new Readable({ read() {} });
    bad.on('error', (e) => {
      log('bad chunk error', e.name, e.code, e.message);
      done();
    });
    bad.push({});
  });
});

run('Readable.from', async (done) => {
  const arr = await Readable.from([1, 2, 3]).toArray();
  const strs = [];
  for await (const s of Readable.from('whole string')) strs.push(s);
  const bufs = [];
  for await (const b of Readable.from(Buffer.from('buf'))) bufs.push(b);
  async function* gen() {
    yield 'x';
    yield 'y';
  }
  const fromGen = await Readable.from(gen()).toArray();
  const fromPromises = await Readable.from([Promise.resolve('p1'), 'p2']).toArray();
  const notObj = Readable.from(['a', 'b'], { objectMode: false });
  const notObjOut = (await notObj.toArray()).map(String);
  log('from', arr, strs, bufs.map(String), fromGen, fromPromises, notObjOut, Readable.from([]).readableObjectMode);
  try {
    Readable.from(42);
  } catch (e) {
    log('from bad', e.name, e.code, e.message);
  }
  const errGen = Readable.from((async function* () {
    yield 1;
    throw new Error('gen failed');
  })());
  errGen.on('data', (d) => log('gen data', d));
  errGen.on('error', (e) => log('gen error', e.message));
  errGen.on('close', () => done());
});

run('async iteration', async (done) => {
  const r = source(['one', 'two', 'three']);
  r.setEncoding('utf8');
  const parts = [];
  for await (const chunk of r) parts.push(chunk);
  log('iterate', parts, r.destroyed, r.readableEnded);
  const early = source(['a', 'b', 'c', 'd'], { objectMode: true });
  early.on('close', () => log('early close event'));
  for await (const c of early) {
    if (c === 'b') break;
  }
  log('break destroys', early.destroyed);
  const failing = new Readable({
    read() {
      this.destroy(new Error('boom'));
    },
  });
  try {
    for await (const c of failing) log('never', c);
  } catch (e) {
    log('iterate error', e.message);
  }
  const it = source(['k'])[Symbol.asyncIterator]();
  log('iterator next', await it.next(), await it.next(), await it.next());
  done();
});

run('unshift', (done) => {
  const r = new Readable({ read() {} });
  r.push('world');
  r.push(null);
  r.once('readable', () => {
    const head = r.read(2);
    r.unshift(head);
    r.unshift('hello ');
    const all = [];
    let c;
    while ((c = r.read()) !== null) all.push(c.toString());
    log('unshift', all);
    r.on('end', () => {
      const late = new Readable({ read() {} });
      late.push(null);
      late.on('error', (e) => {
        log('unshift after end', e.code);
        done();
      });
      late.on('end', () => late.unshift('z'));
      late.resume();
    });
    r.read();
  });
});

run('setEncoding', (done) => {
  const euro = Buffer.from('€uro');
  const r = source([euro.subarray(0, 1), euro.subarray(1, 2), euro.subarray(2)]);
  r.setEncoding('utf8');
  const parts = [];
  r.on('data', (d) => parts.push(JSON.stringify(d)));
  r.on('end', () => {
    log('utf8 split', parts.join(' '), r.readableEncoding);
    const h = source([Buffer.from([1, 2, 255])]);
    h.setEncoding('hex');
    h.on('data', (d) => log('hex', d));
    h.on('end', () => {
      const b = source([Buffer.from('abcd')], { encoding: 'base64' });
      b.on('data', (d) => log('base64', d));
      b.on('end', () => {
        try {
          source([]).setEncoding('nope');
        } catch (e) {
          log('bad encoding', e.code, e.message);
        }
        done();
      });
    });
  });
});

run('destroy with error', (done) => {
  const r = new Readable({
    read() {},
    destroy(err, cb) {
      log('_destroy', err && err.message);
      cb(err);
    },
  });
  const seen = events(r, 'destroy');
  r.destroy(new Error('kaput'));
  log('after destroy', r.destroyed, r.errored && r.errored.message, r.readableAborted, seen.join(' '));
  r.destroy(new Error('second'));
  r.push('ignored');
  setTimeout(() => {
    log('destroy events', seen.join(' '), r.closed);
    const q = new Readable({ read() {} });
    const qs = events(q, 'plain');
    q.destroy();
    setTimeout(() => {
      log('plain destroy', qs.join(' '), q.readableAborted, q.errored);
      const noClose = new Readable({ read() {}, emitClose: false });
      const nc = events(noClose, 'noClose');
      noClose.destroy(new Error('e'));
      setTimeout(() => {
        log('emitClose false', nc.join(' '));
        done();
      }, 1);
    }, 1);
  }, 1);
});

run('pause and resume', (done) => {
  const r = source(['1', '2', '3', '4']);
  const seen = [];
  r.on('data', (d) => {
    seen.push(String(d));
    if (String(d) === '2') {
      r.pause();
      seen.push(`paused:${r.isPaused()}`);
      setTimeout(() => r.resume(), 2);
    }
  });
  r.on('end', () => {
    log('pause/resume', seen.join(' '));
    done();
  });
});

run('end without reading', (done) => {
  const r = source(['x']);
  let ended = false;
  r.on('end', () => (ended = true));
  setTimeout(() => {
    log('end not emitted until read', ended, r.readableEnded, r.readableLength);
    r.resume();
    r.on('end', () => {
      log('then ended', ended);
      done();
    });
  }, 2);
});

run('push errors', (done) => {
  const r = new Readable({ read() {} });
  r.push(null);
  r.on('error', (e) => {
    log('push after EOF', e.code, e.message);
    const noRead = new Readable();
    noRead.on('error', (e2) => {
      log('no _read', e2.code, e2.message);
      done();
    });
    noRead.read();
  });
  r.push('late');
});

run('static helpers', (done) => {
  const { isReadable, isErrored, isDisturbed, isDestroyed } = require('stream');
  const r = source(['a']);
  log('helpers', isReadable(r), isErrored(r), isDisturbed(r), isDestroyed(r));
  r.read();
  log('disturbed', isDisturbed(r));
  r.destroy(new Error('x'));
  r.on('error', () => {});
  log('after', isReadable(r), isErrored(r), isDestroyed(r));
  done();
});

(async () => {
  for (const [name, fn] of steps) {
    await new Promise((resolve) => {
      let result;
      try {
        result = fn(resolve);
      } catch (e) {
        log(name, 'threw', e.message);
        resolve();
      }
      if (result && typeof result.catch === 'function') result.catch((e) => { log(name, 'rejected', e.message); resolve(); });
    });
  }
})();
