// WHATWG streams as globals: readers, controllers and queuing strategies,
// pipeTo/pipeThrough with abort and errors, tee, byte streams with BYOB
// readers, TextEncoderStream/TextDecoderStream, and the node adapters
// Readable.toWeb/fromWeb, Writable.toWeb/fromWeb, Duplex.toWeb/fromWeb.
const { Readable, Writable, Duplex } = require('stream');
const web = require('stream/web');
const util = require('util');
const log = (...a) => console.log(...a);

function chunks(list, strategy) {
  return new ReadableStream({
    start(c) {
      for (const x of list) c.enqueue(x);
      c.close();
    },
  }, strategy);
}

async function readAll(rs) {
  const out = [];
  for await (const x of rs) out.push(x);
  return out;
}

(async () => {
  const names = ['ReadableStream', 'WritableStream', 'TransformStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader',
    'WritableStreamDefaultWriter', 'ByteLengthQueuingStrategy', 'CountQueuingStrategy', 'TextEncoderStream', 'TextDecoderStream'];
  log('globals', names.every((n) => typeof globalThis[n] === 'function' && globalThis[n] === web[n]),
    names.some((n) => Object.keys(globalThis).includes(n)));

  // Default reader: reads, releaseLock, closed.
  const rs = chunks(['a', 'b']);
  const reader = rs.getReader();
  log('locked', rs.locked, await reader.read(), await reader.read(), await reader.read(), await reader.read());
  await reader.closed.then(() => log('reader closed'));
  reader.releaseLock();
  log('released', rs.locked);
  try {
    rs.getReader().releaseLock();
    chunks([]).getReader();
    const locked = chunks([]);
    locked.getReader();
    locked.getReader();
  } catch (e) {
    log('double lock', e.name, e.code, e.message);
  }

  // Pull-based source and desiredSize with a strategy.
  let pulls = 0;
  const pulled = new ReadableStream({
    pull(c) {
      pulls++;
      log('pull', pulls, c.desiredSize);
      if (pulls > 3) c.close();
      else c.enqueue(pulls);
    },
  }, new CountQueuingStrategy({ highWaterMark: 2 }));
  await new Promise((r) => setTimeout(r, 1));
  log('pulled before reading', pulls);
  log('pulled', await readAll(pulled));
  const sized = new ByteLengthQueuingStrategy({ highWaterMark: 10 });
  log('strategies', sized.highWaterMark, sized.size(new Uint8Array(4)), new CountQueuingStrategy({ highWaterMark: 3 }).size('anything'));

  // Errors from sources.
  const failing = new ReadableStream({
    start(c) {
      c.enqueue(1);
      c.error(new TypeError('source broke'));
    },
  });
  try {
    await readAll(failing);
  } catch (e) {
    log('errored stream', e.name, e.message);
  }
  const throwsInPull = new ReadableStream({ pull() { throw new RangeError('pull threw'); } });
  await throwsInPull.getReader().read().catch((e) => log('pull threw', e.name, e.message));

  // Cancel reaches the source with its reason.
  const cancelled = new ReadableStream({ cancel(reason) { log('source cancel', reason); } });
  log('cancel', await cancelled.cancel('stop now'));

  // WritableStream and its writer.
  const written = [];
  const ws = new WritableStream({
    write(chunk) {
      written.push(chunk);
      return new Promise((r) => setTimeout(r, 1));
    },
    close() {
      written.push('<close>');
    },
  }, { highWaterMark: 2 });
  const writer = ws.getWriter();
  log('writer', writer.desiredSize, ws.locked);
  const w1 = writer.write('w1');
  writer.write('w2');
  log('desiredSize after writes', writer.desiredSize);
  await w1;
  await writer.ready;
  await writer.close();
  log('written', written, writer.desiredSize);

  const aborted = new WritableStream({ abort(reason) { log('sink abort', reason); } });
  await aborted.abort('enough');
  await aborted.getWriter().closed.catch((e) => log('closed after abort', e));

  const sinkFails = new WritableStream({ write() { throw new Error('sink broke'); } });
  const sw = sinkFails.getWriter();
  await sw.write('x').catch((e) => log('sink write rejected', e.message));
  await sw.closed.catch((e) => log('writer closed rejected', e.message));

  // TransformStream.
  const ts = new TransformStream({
    transform(chunk, c) {
      c.enqueue(chunk * 10);
      if (chunk === 2) c.enqueue(chunk * 100);
    },
    flush(c) {
      c.enqueue('flushed');
    },
  });
  log('transform', await readAll(chunks([1, 2, 3]).pipeThrough(ts)));
  const identity = new TransformStream();
  const iw = identity.writable.getWriter();
  iw.write('same');
  iw.close();
  log('identity', await readAll(identity.readable));
  const tsFail = new TransformStream({ transform() { throw new Error('transform broke'); } });
  await chunks([1]).pipeThrough(tsFail).getReader().read().catch((e) => log('transform threw', e.message));

  // pipeTo options and failures.
  const sinkOut = [];
  await chunks(['p1', 'p2']).pipeTo(new WritableStream({ write(c) { sinkOut.push(c); } }));
  log('pipeTo', sinkOut);
  const keepOpen = new WritableStream({ close() { log('never closed'); } });
  await chunks(['k']).pipeTo(keepOpen, { preventClose: true });
  log('preventClose', keepOpen.locked);
  const ac = new AbortController();
  const never = new ReadableStream({ cancel(r) { log('cancelled by abort', r.name); } });
  const pipePromise = never.pipeTo(new WritableStream({ abort(r) { log('dest aborted', r.name); } }), { signal: ac.signal });
  ac.abort();
  await pipePromise.catch((e) => log('pipeTo aborted', e.name, e.message));
  await chunks([1]).pipeTo(new WritableStream({ write() { throw new Error('dest broke'); } }))
    .catch((e) => log('pipeTo dest error', e.message));
  await chunks([]).pipeTo({}).catch((e) => log('pipeTo bad dest', e.name, e.code));

  // tee.
  const [t1, t2] = chunks(['t', 'u']).tee();
  log('tee', await readAll(t1), await readAll(t2));
  const [c1, c2] = new ReadableStream({ cancel(r) { log('tee source cancel', r); } }).tee();
  c1.cancel('r1');
  await c2.cancel('r2');

  // Byte streams and BYOB.
  const bytes = new ReadableStream({
    type: 'bytes',
    start(c) {
      c.enqueue(new Uint8Array([1, 2, 3, 4, 5]));
      c.close();
    },
  });
  const byob = bytes.getReader({ mode: 'byob' });
  const first = await byob.read(new Uint8Array(2));
  log('byob', first.value, first.done);
  const second = await byob.read(new Uint16Array(1));
  log('byob u16', second.value.constructor.name, second.value.byteLength);
  const rest = await byob.read(new Uint8Array(10));
  log('byob rest', rest.value, (await byob.read(new Uint8Array(1))).done);
  let autoPulls = 0;
  const autoAlloc = new ReadableStream({
    type: 'bytes',
    autoAllocateChunkSize: 8,
    pull(c) {
      autoPulls++;
      const req = c.byobRequest;
      if (autoPulls > 2) {
        c.close();
        req && req.respond(0);
        return;
      }
      req.view[0] = autoPulls;
      req.respond(1);
    },
  });
  log('autoAllocate', (await readAll(autoAlloc)).map((v) => [...v]));
  try {
    chunks([]).getReader({ mode: 'byob' });
  } catch (e) {
    log('byob on default', e.name, e.code);
  }
  try {
    new ReadableStream({ type: 'nope' });
  } catch (e) {
    log('bad type', e.name, e.code);
  }
  try {
    new ReadableStream({ type: 'bytes', start(c) { c.enqueue('str'); } });
  } catch (e) {
    log('bytes enqueue str', e.name, e.code);
  }

  // Encoding streams.
  const enc = chunks(['h€', 'llo']).pipeThrough(new TextEncoderStream());
  const encoded = await readAll(enc);
  log('encoder', encoded.map((u) => [...u].length), new TextEncoderStream().encoding);
  const euro = new TextEncoder().encode('€');
  const dec = chunks([euro.subarray(0, 2), euro.subarray(2), new Uint8Array([0x21])]).pipeThrough(new TextDecoderStream());
  log('decoder', await readAll(dec));
  const latin = new TextDecoderStream('latin1');
  log('decoder props', latin.encoding, latin.fatal, latin.ignoreBOM);
  const fatal = chunks([new Uint8Array([0xff])]).pipeThrough(new TextDecoderStream('utf-8', { fatal: true }));
  await readAll(fatal).catch((e) => log('fatal decoder', e.name, e.code));

  // Node adapters.
  const fromNode = Readable.toWeb(Readable.from(['n1', 'n2']));
  log('toWeb', fromNode instanceof ReadableStream, await readAll(fromNode));
  const nodeR = Readable.fromWeb(chunks(['w1', 'w2']), { objectMode: true });
  log('fromWeb', nodeR instanceof Readable, await nodeR.toArray());
  const nodeBytes = Readable.fromWeb(chunks([new Uint8Array([104, 105])]));
  log('fromWeb bytes', (await nodeBytes.toArray()).map(String));
  const sinkChunks = [];
  const nodeW = new Writable({ write(c, e, cb) { sinkChunks.push(String(c)); cb(); } });
  const webW = Writable.toWeb(nodeW);
  await chunks([new Uint8Array([65]), new Uint8Array([66])]).pipeTo(webW);
  log('Writable.toWeb', sinkChunks, nodeW.writableFinished);
  const collected = [];
  const nodeFromWeb = Writable.fromWeb(new WritableStream({ write(c) { collected.push(c); } }));
  nodeFromWeb.write('abc');
  nodeFromWeb.end(() => {
    log('Writable.fromWeb', collected.map((c) => c.constructor.name + ':' + Buffer.from(c).toString()));
  });
  await new Promise((r) => nodeFromWeb.on('finish', r));
  const pair = Duplex.toWeb(new (require('stream').PassThrough)());
  const pw = pair.writable.getWriter();
  pw.write(new Uint8Array([120]));
  pw.close();
  log('Duplex.toWeb', (await readAll(pair.readable)).map((c) => Buffer.from(c).toString()));
  const dup = Duplex.fromWeb(new TransformStream(), { objectMode: true });
  dup.end('via duplex');
  log('Duplex.fromWeb', await dup.toArray());
  try {
    Readable.fromWeb({});
  } catch (e) {
    log('fromWeb bad', e.code, e.message);
  }
  try {
    Readable.toWeb({});
  } catch (e) {
    log('toWeb bad', e.code);
  }

  // Errors cross the adapters.
  const badNode = new Readable({ read() { this.destroy(new Error('node side failed')); } });
  await readAll(Readable.toWeb(badNode)).catch((e) => log('toWeb error', e.message));
  const badWeb = Readable.fromWeb(new ReadableStream({ pull(c) { c.error(new Error('web side failed')); } }));
  badWeb.on('error', (e) => log('fromWeb error', e.message));
  await new Promise((r) => badWeb.on('close', r));

  // Inspection and brand checks.
  log(util.inspect(chunks([1])), util.inspect(new WritableStream()), util.inspect(new TransformStream(), { depth: 0 }));
  log(Object.prototype.toString.call(chunks([])), Object.prototype.toString.call(new CountQueuingStrategy({ highWaterMark: 1 })));
  try {
    ReadableStream.prototype.getReader.call({});
  } catch (e) {
    log('brand', e.name, e.code, e.message);
  }
  try {
    new ReadableStreamDefaultReader({});
  } catch (e) {
    log('reader ctor', e.name, e.code);
  }
  try {
    new WritableStream({}, { highWaterMark: -1 });
  } catch (e) {
    log('bad hwm', e.name, e.code, e.message);
  }
  log('ReadableStream.from', typeof ReadableStream.from);
  if (typeof ReadableStream.from === 'function') {
    log('from iterable', await readAll(ReadableStream.from(['f1', 'f2'])));
    log('from async', await readAll(ReadableStream.from((async function* () { yield 'a1'; })())));
  }
})();
