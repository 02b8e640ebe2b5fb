'use strict';
// Shape of the module and classes, argument validation, brand checks, the order
// in which dictionaries are read.

const kNames = [
  'ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader', 'ReadableStreamBYOBRequest',
  'ReadableByteStreamController', 'ReadableStreamDefaultController', 'TransformStream',
  'TransformStreamDefaultController', 'WritableStream', 'WritableStreamDefaultWriter',
  'WritableStreamDefaultController', 'ByteLengthQueuingStrategy', 'CountQueuingStrategy',
  'TextEncoderStream', 'TextDecoderStream',
];

// Symbols that are node internals (transfer, stream-utils brands, controller
// hooks); they differ by identity between the implementations.
const kPublicSymbols = new Set([Symbol.asyncIterator, Symbol.toStringTag, Symbol.for('nodejs.util.inspect.custom')]);

function describeProps(o) {
  return Reflect.ownKeys(o).filter((k) => typeof k === 'string' || kPublicSymbols.has(k)).map((k) => {
    const x = Object.getOwnPropertyDescriptor(o, k);
    let kind;
    if ('value' in x) {
      if (typeof x.value === 'function') kind = `fn(${x.value.length})`;
      else if (typeof x.value === 'object' && x.value !== null) kind = 'object';
      else kind = JSON.stringify(x.value);
    } else {
      kind = `${x.get ? `get(${x.get.name})` : ''}${x.set ? 'set' : ''}`;
    }
    return `${String(k)}:${kind}${x.enumerable ? 'E' : ''}${x.configurable ? 'C' : ''}${x.writable ? 'W' : ''}`;
  }).join(' ');
}

module.exports = (scenario) => {
  scenario('api: exported names', async ({ W, log }) => {
    const names = Object.keys(W).filter((n) => n !== 'CompressionStream' && n !== 'DecompressionStream');
    log(names.join(','));
  });

  for (const name of kNames) {
    scenario(`api: shape of ${name}`, async ({ W, log }) => {
      const C = W[name];
      log(typeof C, C.name, C.length);
      log('static', describeProps(C));
      log('proto', describeProps(C.prototype));
      log('proto of proto', Object.getPrototypeOf(C.prototype) === Object.prototype);
    });
  }

  scenario('api: asyncIterator is values', async ({ W, log }) => {
    const P = W.ReadableStream.prototype;
    log(P[Symbol.asyncIterator] === P.values, P.values.name);
  });

  scenario('api: toString tags of instances', async ({ W, log }) => {
    let rc;
    let bc;
    let wc;
    let tc;
    const rs = new W.ReadableStream({ start(c) { rc = c; } });
    const bs = new W.ReadableStream({ type: 'bytes', start(c) { bc = c; } });
    const ws = new W.WritableStream({ start(c) { wc = c; } });
    const ts = new W.TransformStream({ start(c) { tc = c; } });
    const objs = [rs, rs.getReader(), bs, bs.getReader({ mode: 'byob' }), rc, bc, ws, ws.getWriter(), wc, ts, tc,
      new W.CountQueuingStrategy({ highWaterMark: 1 }), new W.ByteLengthQueuingStrategy({ highWaterMark: 1 }),
      new W.TextEncoderStream(), new W.TextDecoderStream()];
    for (const o of objs) log(Object.prototype.toString.call(o));
  });

  scenario('api: illegal constructors', async ({ W, try: t }) => {
    for (const name of ['ReadableStreamBYOBRequest', 'ReadableByteStreamController', 'ReadableStreamDefaultController',
      'TransformStreamDefaultController', 'WritableStreamDefaultController']) {
      t(name, () => new W[name]());
      t(`${name} call`, () => W[name]());
    }
    t('ReadableStream call', () => W.ReadableStream());
  });

  // Arguments that node rejects, and how.
  const ctorCases = [
    ['rs start 1', (W) => new W.ReadableStream({ start: 1 })],
    ['rs pull 1', (W) => new W.ReadableStream({ pull: 1 })],
    ['rs cancel 1', (W) => new W.ReadableStream({ cancel: 1 })],
    ['rs start 1 pull 1', (W) => new W.ReadableStream({ start: 1, pull: 1 })],
    ['rs pull 1 cancel 1', (W) => new W.ReadableStream({ pull: 1, cancel: 1 })],
    ['rs start null', (W) => new W.ReadableStream({ start: null })],
    ['rs pull 0', (W) => new W.ReadableStream({ pull: 0 })],
    ['rs type foo', (W) => new W.ReadableStream({ type: 'foo' })],
    ['rs type "undefined"', (W) => new W.ReadableStream({ type: 'undefined' })],
    ['rs type null', (W) => new W.ReadableStream({ type: null })],
    ['rs type object bytes', (W) => new W.ReadableStream({ type: { toString() { return 'bytes'; } } })],
    ['rs type symbol', (W) => new W.ReadableStream({ type: Symbol('x') })],
    ['rs source null', (W) => new W.ReadableStream(null)],
    ['rs source 1', (W) => new W.ReadableStream(1)],
    ['rs source "x"', (W) => new W.ReadableStream('x')],
    ['rs source fn', (W) => new W.ReadableStream(function src() {})],
    ['rs source array', (W) => new W.ReadableStream([])],
    ['rs strategy 1', (W) => new W.ReadableStream({}, 1)],
    ['rs strategy null', (W) => new W.ReadableStream({}, null)],
    ['rs hwm -1', (W) => new W.ReadableStream({}, { highWaterMark: -1 })],
    ['rs hwm NaN', (W) => new W.ReadableStream({}, { highWaterMark: NaN })],
    ['rs hwm "abc"', (W) => new W.ReadableStream({}, { highWaterMark: 'abc' })],
    ['rs hwm "5"', (W) => new W.ReadableStream({}, { highWaterMark: '5' }).getReader()],
    ['rs hwm null', (W) => new W.ReadableStream({}, { highWaterMark: null })],
    ['rs hwm Infinity', (W) => new W.ReadableStream({}, { highWaterMark: Infinity })],
    ['rs hwm 1n', (W) => new W.ReadableStream({}, { highWaterMark: 1n })],
    ['rs hwm symbol', (W) => new W.ReadableStream({}, { highWaterMark: Symbol('s') })],
    ['rs hwm object', (W) => new W.ReadableStream({}, { highWaterMark: { valueOf() { return 3; } } })],
    ['rs size 1', (W) => new W.ReadableStream({}, { size: 1 })],
    ['rs size null', (W) => new W.ReadableStream({}, { size: null })],
    ['rs hwm -1 and size 1', (W) => new W.ReadableStream({}, { highWaterMark: -1, size: 1 })],
    ['rs hwm -1 and start 1', (W) => new W.ReadableStream({ start: 1 }, { highWaterMark: -1 })],
    ['rs type foo and hwm -1', (W) => new W.ReadableStream({ type: 'foo' }, { highWaterMark: -1 })],
    ['bytes size fn', (W) => new W.ReadableStream({ type: 'bytes' }, { size() { return 1; } })],
    ['bytes hwm -1', (W) => new W.ReadableStream({ type: 'bytes' }, { highWaterMark: -1 })],
    ['bytes start 1', (W) => new W.ReadableStream({ type: 'bytes', start: 1 })],
    ['bytes pull 1', (W) => new W.ReadableStream({ type: 'bytes', pull: 1 })],
    ['bytes cancel 1', (W) => new W.ReadableStream({ type: 'bytes', cancel: 1 })],
    ['bytes aacs 0', (W) => new W.ReadableStream({ type: 'bytes', autoAllocateChunkSize: 0 })],
    ['bytes aacs -1', (W) => new W.ReadableStream({ type: 'bytes', autoAllocateChunkSize: -1 })],
    ['bytes aacs 1.5', (W) => new W.ReadableStream({ type: 'bytes', autoAllocateChunkSize: 1.5 })],
    ['bytes aacs "4"', (W) => new W.ReadableStream({ type: 'bytes', autoAllocateChunkSize: '4' })],
    ['bytes aacs 2**54', (W) => new W.ReadableStream({ type: 'bytes', autoAllocateChunkSize: 2 ** 54 })],
    ['bytes aacs 0 start 1', (W) => new W.ReadableStream({ type: 'bytes', autoAllocateChunkSize: 0, start: 1 })],
    ['ws sink null', (W) => new W.WritableStream(null)],
    ['ws sink 1', (W) => new W.WritableStream(1)],
    ['ws sink fn', (W) => new W.WritableStream(function sink() {})],
    ['ws type bytes', (W) => new W.WritableStream({ type: 'bytes' })],
    ['ws type null', (W) => new W.WritableStream({ type: null })],
    ['ws type undefined', (W) => new W.WritableStream({ type: undefined })],
    ['ws start 1', (W) => new W.WritableStream({ start: 1 })],
    ['ws write 1', (W) => new W.WritableStream({ write: 1 })],
    ['ws close 1', (W) => new W.WritableStream({ close: 1 })],
    ['ws abort 1', (W) => new W.WritableStream({ abort: 1 })],
    ['ws write 1 close 1', (W) => new W.WritableStream({ write: 1, close: 1 })],
    ['ws strategy 1', (W) => new W.WritableStream({}, 1)],
    ['ws strategy null', (W) => new W.WritableStream({}, null)],
    ['ws hwm -1', (W) => new W.WritableStream({}, { highWaterMark: -1 })],
    ['ws size 1', (W) => new W.WritableStream({}, { size: 1 })],
    ['ws type bytes hwm -1', (W) => new W.WritableStream({ type: 'bytes' }, { highWaterMark: -1 })],
    ['ws start 1 hwm -1', (W) => new W.WritableStream({ start: 1 }, { highWaterMark: -1 })],
    ['ts null', (W) => new W.TransformStream(null)],
    ['ts 1', (W) => new W.TransformStream(1)],
    ['ts ws strategy 1', (W) => new W.TransformStream({}, 1)],
    ['ts rs strategy 1', (W) => new W.TransformStream({}, {}, 1)],
    ['ts ws strategy null', (W) => new W.TransformStream({}, null)],
    ['ts readableType', (W) => new W.TransformStream({ readableType: 'bytes' })],
    ['ts writableType', (W) => new W.TransformStream({ writableType: 'bytes' })],
    ['ts readableType null', (W) => new W.TransformStream({ readableType: null })],
    ['ts transform 1', (W) => new W.TransformStream({ transform: 1 })],
    ['ts flush 1', (W) => new W.TransformStream({ flush: 1 })],
    ['ts cancel 1', (W) => new W.TransformStream({ cancel: 1 })],
    ['ts start 1', (W) => new W.TransformStream({ start: 1 })],
    ['ts start null', (W) => new W.TransformStream({ start: null })],
    ['ts transform null', (W) => new W.TransformStream({ transform: null })],
    ['ts rs hwm -1', (W) => new W.TransformStream({}, {}, { highWaterMark: -1 })],
    ['ts ws hwm -1', (W) => new W.TransformStream({}, { highWaterMark: -1 })],
    ['ts ws hwm -1 and rs hwm -1', (W) => new W.TransformStream({}, { highWaterMark: -1 }, { highWaterMark: -1 })],
    ['ts transform 1 and start 1', (W) => new W.TransformStream({ transform: 1, start: 1 })],
    ['ts readableType and transform 1', (W) => new W.TransformStream({ readableType: 'x', transform: 1 })],
    ['ts ws size 1', (W) => new W.TransformStream({}, { size: 1 })],
    ['ts start throws', (W) => new W.TransformStream({ start() { throw new Error('boom'); } })],
    ['rs start throws', (W) => new W.ReadableStream({ start() { throw new Error('boom'); } })],
    ['bytes start throws', (W) => new W.ReadableStream({ type: 'bytes', start() { throw new Error('boom'); } })],
    ['ws start throws', (W) => new W.WritableStream({ start() { throw new Error('boom'); } })],
    ['cqs undefined', (W) => new W.CountQueuingStrategy()],
    ['cqs {}', (W) => new W.CountQueuingStrategy({})],
    ['cqs 1', (W) => new W.CountQueuingStrategy(1)],
    ['cqs null', (W) => new W.CountQueuingStrategy(null)],
    ['cqs fn', (W) => new W.CountQueuingStrategy(function init() {})],
    ['cqs array', (W) => new W.CountQueuingStrategy([])],
    ['cqs hwm "x"', (W) => new W.CountQueuingStrategy({ highWaterMark: 'x' }).highWaterMark],
    ['cqs hwm -1', (W) => new W.CountQueuingStrategy({ highWaterMark: -1 }).highWaterMark],
    ['cqs hwm null', (W) => new W.CountQueuingStrategy({ highWaterMark: null }).highWaterMark],
    ['cqs hwm "7"', (W) => new W.CountQueuingStrategy({ highWaterMark: '7' }).highWaterMark],
    ['blqs undefined', (W) => new W.ByteLengthQueuingStrategy()],
    ['blqs {}', (W) => new W.ByteLengthQueuingStrategy({})],
    ['blqs hwm "7"', (W) => new W.ByteLengthQueuingStrategy({ highWaterMark: '7' }).highWaterMark],
    ['blqs hwm 2n', (W) => new W.ByteLengthQueuingStrategy({ highWaterMark: 2n }).highWaterMark],
    ['reader of {}', (W) => new W.ReadableStreamDefaultReader({})],
    ['reader of undefined', (W) => new W.ReadableStreamDefaultReader()],
    ['byob reader of {}', (W) => new W.ReadableStreamBYOBReader({})],
    ['byob reader of default stream', (W) => new W.ReadableStreamBYOBReader(new W.ReadableStream())],
    ['writer of {}', (W) => new W.WritableStreamDefaultWriter({})],
    ['writer of rs', (W) => new W.WritableStreamDefaultWriter(new W.ReadableStream())],
    ['reader of ws', (W) => new W.ReadableStreamDefaultReader(new W.WritableStream())],
    ['tds bad encoding', (W) => new W.TextDecoderStream('foo')],
    ['tds options 1', (W) => new W.TextDecoderStream('utf-8', 1)],
    ['tds options null', (W) => new W.TextDecoderStream('utf-8', null).encoding],
    ['tds label UTF8', (W) => new W.TextDecoderStream('UTF8').encoding],
    ['tds latin1', (W) => new W.TextDecoderStream('latin1').encoding],
    ['tds utf-16le', (W) => new W.TextDecoderStream('utf-16le').encoding],
    ['tds flags', (W) => { const t = new W.TextDecoderStream('utf-8', { fatal: 1, ignoreBOM: 'x' }); return [t.fatal, t.ignoreBOM]; }],
    ['tes encoding', (W) => new W.TextEncoderStream().encoding],
    ['from 1', (W) => W.ReadableStream.from(1)],
    ['from null', (W) => W.ReadableStream.from(null)],
    ['from undefined', (W) => W.ReadableStream.from(undefined)],
    ['from {}', (W) => W.ReadableStream.from({})],
    ['from asyncIterator 1', (W) => W.ReadableStream.from({ [Symbol.asyncIterator]: 1 })],
    ['from asyncIterator returns 1', (W) => W.ReadableStream.from({ [Symbol.asyncIterator]() { return 1; } })],
    ['from iterator 1', (W) => W.ReadableStream.from({ [Symbol.iterator]: 1 })],
    ['from iterator null', (W) => W.ReadableStream.from({ [Symbol.iterator]: null })],
    ['from iterator returns 1', (W) => W.ReadableStream.from({ [Symbol.iterator]() { return 1; } })],
    ['from iterator throws', (W) => W.ReadableStream.from({ [Symbol.iterator]() { throw new Error('it'); } })],
    ['from asyncIterator throws', (W) => W.ReadableStream.from({ [Symbol.asyncIterator]() { throw new Error('ait'); } })],
    ['from asyncIterator null falls back', (W) => W.ReadableStream.from({ [Symbol.asyncIterator]: null, [Symbol.iterator]() { return [][Symbol.iterator](); } })],
    ['from string', (W) => W.ReadableStream.from('ab')],
    ['from stream', (W) => W.ReadableStream.from(new W.ReadableStream())],
  ];
  for (const [name, fn] of ctorCases) {
    scenario(`ctor: ${name}`, async ({ W, try: t, log }) => {
      const v = t(name, () => fn(W));
      if (v !== undefined) log(Object.prototype.toString.call(v));
    });
  }

  // Which properties a constructor reads from its arguments, in which order.
  function proxied(log, name, obj) {
    return new Proxy(obj, {
      get(target, key, receiver) {
        log(`get ${name}.${String(key)}`);
        return Reflect.get(target, key, receiver);
      },
      has(target, key) {
        log(`has ${name}.${String(key)}`);
        return Reflect.has(target, key);
      },
    });
  }
  const readOrderCases = [
    ['rs default', (W, p) => new W.ReadableStream(p('src', { start() {}, pull() {}, cancel() {} }), p('strategy', { highWaterMark: 2, size() { return 1; } }))],
    ['rs empty', (W, p) => new W.ReadableStream(p('src', {}), p('strategy', {}))],
    ['rs bytes', (W, p) => new W.ReadableStream(p('src', { type: 'bytes', autoAllocateChunkSize: 8 }), p('strategy', { highWaterMark: 4 }))],
    ['ws', (W, p) => new W.WritableStream(p('sink', { start() {}, write() {}, close() {}, abort() {} }), p('strategy', { highWaterMark: 2, size() { return 1; } }))],
    ['ts', (W, p) => new W.TransformStream(p('tr', { start() {}, transform() {}, flush() {}, cancel() {} }), p('ws', { highWaterMark: 2, size() { return 1; } }), p('rs', { highWaterMark: 3, size() { return 1; } }))],
    ['cqs', (W, p) => new W.CountQueuingStrategy(p('init', { highWaterMark: 3 }))],
    ['blqs', (W, p) => new W.ByteLengthQueuingStrategy(p('init', { highWaterMark: 3 }))],
    ['getReader', (W, p) => new W.ReadableStream().getReader(p('options', {}))],
    ['getReader byob', (W, p) => new W.ReadableStream({ type: 'bytes' }).getReader(p('options', { mode: 'byob' }))],
    ['values', (W, p) => new W.ReadableStream().values(p('options', { preventCancel: true }))],
    ['pipeTo', (W, p) => new W.ReadableStream().pipeTo(new W.WritableStream(), p('options', { preventClose: true }))],
    ['pipeThrough', (W, p) => { const ts = new W.TransformStream(); return new W.ReadableStream().pipeThrough(p('pair', { readable: ts.readable, writable: ts.writable }), p('options', {})); }],
    ['tds', (W, p) => new W.TextDecoderStream('utf-8', p('options', { fatal: true }))],
    ['byob read', (W, p) => new W.ReadableStream({ type: 'bytes' }).getReader({ mode: 'byob' }).read(new Uint8Array(4), p('options', { min: 2 }))],
  ];
  for (const [name, fn] of readOrderCases) {
    scenario(`read order: ${name}`, async ({ W, log, try: t }) => {
      t(name, () => fn(W, (n, o) => proxied(log, n, o)));
    });
  }

  // Methods and accessors called on the wrong kind of object.
  const brandCases = [
    ['ReadableStream', 'locked', 'get'], ['ReadableStream', 'cancel'], ['ReadableStream', 'getReader'],
    ['ReadableStream', 'pipeThrough'], ['ReadableStream', 'pipeTo'], ['ReadableStream', 'tee'],
    ['ReadableStream', 'values'],
    ['ReadableStreamDefaultReader', 'read'], ['ReadableStreamDefaultReader', 'releaseLock'],
    ['ReadableStreamDefaultReader', 'closed', 'get'], ['ReadableStreamDefaultReader', 'cancel'],
    ['ReadableStreamBYOBReader', 'read'], ['ReadableStreamBYOBReader', 'releaseLock'],
    ['ReadableStreamBYOBReader', 'closed', 'get'], ['ReadableStreamBYOBReader', 'cancel'],
    ['ReadableStreamBYOBRequest', 'view', 'get'], ['ReadableStreamBYOBRequest', 'respond'],
    ['ReadableStreamBYOBRequest', 'respondWithNewView'],
    ['ReadableByteStreamController', 'byobRequest', 'get'], ['ReadableByteStreamController', 'desiredSize', 'get'],
    ['ReadableByteStreamController', 'close'], ['ReadableByteStreamController', 'enqueue'],
    ['ReadableByteStreamController', 'error'],
    ['ReadableStreamDefaultController', 'desiredSize', 'get'], ['ReadableStreamDefaultController', 'close'],
    ['ReadableStreamDefaultController', 'enqueue'], ['ReadableStreamDefaultController', 'error'],
    ['TransformStream', 'readable', 'get'], ['TransformStream', 'writable', 'get'],
    ['TransformStreamDefaultController', 'desiredSize', 'get'], ['TransformStreamDefaultController', 'enqueue'],
    ['TransformStreamDefaultController', 'error'], ['TransformStreamDefaultController', 'terminate'],
    ['WritableStream', 'locked', 'get'], ['WritableStream', 'abort'], ['WritableStream', 'close'],
    ['WritableStream', 'getWriter'],
    ['WritableStreamDefaultWriter', 'closed', 'get'], ['WritableStreamDefaultWriter', 'desiredSize', 'get'],
    ['WritableStreamDefaultWriter', 'ready', 'get'], ['WritableStreamDefaultWriter', 'abort'],
    ['WritableStreamDefaultWriter', 'close'], ['WritableStreamDefaultWriter', 'releaseLock'],
    ['WritableStreamDefaultWriter', 'write'],
    ['WritableStreamDefaultController', 'signal', 'get'], ['WritableStreamDefaultController', 'error'],
    ['ByteLengthQueuingStrategy', 'highWaterMark', 'get'], ['ByteLengthQueuingStrategy', 'size', 'get'],
    ['CountQueuingStrategy', 'highWaterMark', 'get'], ['CountQueuingStrategy', 'size', 'get'],
    ['TextEncoderStream', 'encoding', 'get'], ['TextEncoderStream', 'readable', 'get'],
    ['TextEncoderStream', 'writable', 'get'],
    ['TextDecoderStream', 'encoding', 'get'], ['TextDecoderStream', 'fatal', 'get'],
    ['TextDecoderStream', 'ignoreBOM', 'get'], ['TextDecoderStream', 'readable', 'get'],
    ['TextDecoderStream', 'writable', 'get'],
  ];
  for (const [cls, member, kind] of brandCases) {
    scenario(`brand: ${cls}.${member}`, async ({ W, log, try: t, watch }) => {
      const P = W[cls].prototype;
      const fn = kind === 'get' ? Object.getOwnPropertyDescriptor(P, member).get : P[member];
      for (const receiver of [{}, undefined, 1]) {
        const v = t(`${String(receiver)}`, () => fn.call(receiver, new Uint8Array(1)));
        if (v instanceof Promise) watch(`${String(receiver)} promise`, v);
      }
      // A receiver of another stream class.
      const other = cls === 'ReadableStream' ? new W.WritableStream() : new W.ReadableStream();
      const v = t('other', () => fn.call(other, new Uint8Array(1)));
      if (v instanceof Promise) watch('other promise', v);
    });
  }

  scenario('api: strategies', async ({ W, log, try: t }) => {
    const a = new W.CountQueuingStrategy({ highWaterMark: 1 });
    const b = new W.CountQueuingStrategy({ highWaterMark: 2 });
    log(a.size === b.size, a.size.name, a.size.length, a.size(), a.size.call(undefined, 5), 'prototype' in a.size);
    const c = new W.ByteLengthQueuingStrategy({ highWaterMark: 1 });
    const e = new W.ByteLengthQueuingStrategy({ highWaterMark: 1 });
    log(c.size === e.size, c.size.name, c.size.length, c.size({ byteLength: 5 }), c.size(new Uint8Array(7)));
    t('blqs size()', () => c.size());
    log(Object.keys(a), Object.keys(c), JSON.stringify(a));
    log(a.size !== c.size);
  });

  scenario('api: values() options', async ({ W, try: t }) => {
    t('values(1)', () => new W.ReadableStream().values(1));
    t('values(null)', () => new W.ReadableStream().values(null));
    t('values(fn)', () => new W.ReadableStream().values(() => {}));
    t('values([])', () => new W.ReadableStream().values([]));
    t('values(undefined)', () => new W.ReadableStream().values(undefined));
    t('values({preventCancel: 1})', () => new W.ReadableStream().values({ preventCancel: 1 }));
  });

  scenario('api: getReader options', async ({ W, try: t }) => {
    t('getReader(1)', () => new W.ReadableStream().getReader(1));
    t('getReader(null)', () => new W.ReadableStream().getReader(null));
    t('getReader(fn)', () => new W.ReadableStream().getReader(() => {}));
    t('getReader([])', () => new W.ReadableStream().getReader([]));
    t('getReader({mode: "x"})', () => new W.ReadableStream().getReader({ mode: 'x' }));
    t('getReader({mode: undefined})', () => new W.ReadableStream().getReader({ mode: undefined }));
    t('getReader({mode: null})', () => new W.ReadableStream().getReader({ mode: null }));
    t('getReader({mode: "BYOB"})', () => new W.ReadableStream({ type: 'bytes' }).getReader({ mode: 'BYOB' }));
    t('getReader({mode: byob obj})', () => new W.ReadableStream({ type: 'bytes' }).getReader({ mode: { toString() { return 'byob'; } } }));
    t('getReader byob on default', () => new W.ReadableStream().getReader({ mode: 'byob' }));
    t('getReader byob locked', () => { const s = new W.ReadableStream({ type: 'bytes' }); s.getReader(); return s.getReader({ mode: 'byob' }); });
    t('getReader locked', () => { const s = new W.ReadableStream(); s.getReader(); return s.getReader(); });
    t('getReader byob on default locked', () => { const s = new W.ReadableStream(); s.getReader(); return s.getReader({ mode: 'byob' }); });
  });

  scenario('api: pipeTo argument errors', async ({ W, watch, try: t }) => {
    const cases = [
      ['dest {}', (rs) => rs.pipeTo({})],
      ['dest undefined', (rs) => rs.pipeTo()],
      ['dest readable', (rs) => rs.pipeTo(new W.ReadableStream())],
      ['options 1', (rs) => rs.pipeTo(new W.WritableStream(), 1)],
      ['options null', (rs) => rs.pipeTo(new W.WritableStream(), null)],
      ['signal 1', (rs) => rs.pipeTo(new W.WritableStream(), { signal: 1 })],
      ['signal {}', (rs) => rs.pipeTo(new W.WritableStream(), { signal: {} })],
      ['signal null', (rs) => rs.pipeTo(new W.WritableStream(), { signal: null })],
      ['locked source', (rs) => { rs.getReader(); return rs.pipeTo(new W.WritableStream()); }],
      ['locked dest', (rs) => { const ws = new W.WritableStream(); ws.getWriter(); return rs.pipeTo(ws); }],
      ['both locked', (rs) => { const ws = new W.WritableStream(); ws.getWriter(); rs.getReader(); return rs.pipeTo(ws); }],
      ['locked source bad dest', (rs) => { rs.getReader(); return rs.pipeTo({}); }],
      ['locked source bad signal', (rs) => { rs.getReader(); return rs.pipeTo(new W.WritableStream(), { signal: 1 }); }],
    ];
    for (const [name, fn] of cases) {
      const v = t(name, () => fn(new W.ReadableStream()));
      if (v instanceof Promise) watch(name, v);
    }
  });

  scenario('api: pipeThrough argument errors', async ({ W, try: t }) => {
    const cases = [
      ['{}', (rs) => rs.pipeThrough({})],
      ['undefined', (rs) => rs.pipeThrough()],
      ['readable 1', (rs) => rs.pipeThrough({ readable: 1, writable: new W.WritableStream() })],
      ['writable 1', (rs) => rs.pipeThrough({ readable: new W.ReadableStream(), writable: 1 })],
      ['both bad', (rs) => rs.pipeThrough({ readable: 1, writable: 1 })],
      ['options 1', (rs) => rs.pipeThrough(new W.TransformStream(), 1)],
      ['options null', (rs) => rs.pipeThrough(new W.TransformStream(), null)],
      ['signal 1', (rs) => rs.pipeThrough(new W.TransformStream(), { signal: 1 })],
      ['locked source', (rs) => { rs.getReader(); return rs.pipeThrough(new W.TransformStream()); }],
      ['locked writable', (rs) => { const t2 = new W.TransformStream(); t2.writable.getWriter(); return rs.pipeThrough(t2); }],
      ['locked readable ok', (rs) => { const t2 = new W.TransformStream(); t2.readable.getReader(); return rs.pipeThrough(t2); }],
      ['plain pair', (rs) => rs.pipeThrough({ readable: new W.ReadableStream(), writable: new W.WritableStream() })],
    ];
    for (const [name, fn] of cases) t(name, () => fn(new W.ReadableStream()));
  });
};
