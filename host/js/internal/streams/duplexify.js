'use strict';
// Duplex.from(): turns streams, { readable, writable } pairs, iterables, async
// generator functions, promises, web streams and Blobs into a Duplex.

const Duplex = require('internal/streams/duplex');
const eos = require('internal/streams/end-of-stream');
const { destroyer } = require('internal/streams/destroy');
const {
  errors,
  isDuplexNodeStream,
  isIterable,
  isNodeStream,
  isReadable,
  isReadableNodeStream,
  isReadableStream,
  isWritable,
  isWritableNodeStream,
  isWritableStream,
  newAbortController,
  nextTick,
} = require('internal/streams/utils');

function codes() {
  return errors().codes;
}

// A Duplex whose sides may be born finished.
class Duplexify extends Duplex {
  constructor(options) {
    super(options);
    if (options?.readable === false) {
      this._readableState.readable = false;
      this._readableState.ended = true;
      this._readableState.endEmitted = true;
    }
    if (options?.writable === false) {
      this._writableState.writable = false;
      this._writableState.ending = true;
      this._writableState.ended = true;
      this._writableState.finished = true;
    }
  }
}

function isBlob(body) {
  return typeof globalThis.Blob === 'function' && body instanceof globalThis.Blob;
}

function duplexify(body, name) {
  if (isDuplexNodeStream(body)) return body;
  if (isReadableNodeStream(body)) return fromPair({ readable: body });
  if (isWritableNodeStream(body)) return fromPair({ writable: body });
  if (isNodeStream(body)) return fromPair({ writable: false, readable: false });
  if (isReadableStream(body)) return fromPair({ readable: require('internal/streams/readable').fromWeb(body) });
  if (isWritableStream(body)) return fromPair({ writable: require('internal/streams/writable').fromWeb(body) });

  if (typeof body === 'function') {
    const { value, write, final, destroy } = fromAsyncGen(body);

    if (isIterable(value)) {
      return require('internal/streams/from')(Duplexify, value, { objectMode: true, write, final, destroy });
    }

    const then = value?.then;
    if (typeof then === 'function') {
      let d;
      const promise = then.call(value,
        (val) => {
          if (val != null) throw new (codes().ERR_INVALID_RETURN_VALUE)('nully', 'body', val);
        },
        (err) => {
          destroyer(d, err);
        },
      );
      d = new Duplexify({
        objectMode: true,
        readable: false,
        write,
        final(cb) {
          final(async () => {
            try {
              await promise;
              nextTick(cb, null);
            } catch (err) {
              nextTick(cb, err);
            }
          });
        },
        destroy,
      });
      return d;
    }

    throw new (codes().ERR_INVALID_RETURN_VALUE)('Iterable, AsyncIterable or AsyncFunction', name, value);
  }

  if (isBlob(body)) return duplexify(body.arrayBuffer());

  if (isIterable(body)) {
    return require('internal/streams/from')(Duplexify, body, { objectMode: true, writable: false });
  }

  if (isReadableStream(body?.readable) && isWritableStream(body?.writable)) return Duplexify.fromWeb(body);

  if (typeof body?.writable === 'object' || typeof body?.readable === 'object') {
    const readable = body?.readable
      ? (isReadableNodeStream(body?.readable) ? body?.readable : duplexify(body.readable))
      : undefined;
    const writable = body?.writable
      ? (isWritableNodeStream(body?.writable) ? body?.writable : duplexify(body.writable))
      : undefined;
    return fromPair({ readable, writable });
  }

  const then = body?.then;
  if (typeof then === 'function') {
    let d;
    then.call(body,
      (val) => {
        if (val != null) d.push(val);
        d.push(null);
      },
      (err) => {
        destroyer(d, err);
      },
    );
    d = new Duplexify({ objectMode: true, writable: false, read() {} });
    return d;
  }

  throw new (codes().ERR_INVALID_ARG_TYPE)(
    name,
    ['Blob', 'ReadableStream', 'WritableStream', 'Stream', 'Iterable', 'AsyncIterable', 'Function',
      '{ readable, writable } pair', 'Promise'],
    body);
}

function deferred() {
  let resolve;
  const promise = new Promise((res) => {
    resolve = res;
  });
  return { promise, resolve };
}

// An async generator function applied to the chunks written to the Duplex; what
// it yields (or resolves to) is the readable side.
function fromAsyncGen(fn) {
  let { promise, resolve } = deferred();
  const ac = newAbortController();
  const signal = ac.signal;
  const value = fn((async function* () {
    while (true) {
      const pending = promise;
      promise = null;
      const { chunk, done, cb } = await pending;
      nextTick(cb);
      if (done) return;
      if (signal.aborted) throw new (errors().AbortError)(undefined, { cause: signal.reason });
      ({ promise, resolve } = deferred());
      yield chunk;
    }
  })(), { signal });

  return {
    value,
    write(chunk, encoding, cb) {
      const settle = resolve;
      resolve = null;
      settle({ chunk, done: false, cb });
    },
    final(cb) {
      const settle = resolve;
      resolve = null;
      settle({ done: true, cb });
    },
    destroy(err, cb) {
      ac.abort();
      cb(err);
    },
  };
}

function fromPair(pair) {
  const Readable = require('internal/streams/readable');
  const r = pair.readable && typeof pair.readable.read !== 'function' ? Readable.wrap(pair.readable) : pair.readable;
  const w = pair.writable;

  let readable = !!isReadable(r);
  let writable = !!isWritable(w);

  let ondrain;
  let onfinish;
  let onreadable;
  let onclose;
  let d;

  function onfinished(err) {
    const cb = onclose;
    onclose = null;
    if (cb) cb(err);
    else if (err) d.destroy(err);
  }

  d = new Duplexify({
    readableObjectMode: !!r?.readableObjectMode,
    writableObjectMode: !!w?.writableObjectMode,
    readable,
    writable,
  });

  if (writable) {
    eos(w, (err) => {
      writable = false;
      if (err) destroyer(r, err);
      onfinished(err);
    });

    d._write = function (chunk, encoding, callback) {
      if (w.write(chunk, encoding)) callback();
      else ondrain = callback;
    };

    d._final = function (callback) {
      w.end();
      onfinish = callback;
    };

    w.on('drain', function () {
      if (ondrain) {
        const cb = ondrain;
        ondrain = null;
        cb();
      }
    });

    w.on('finish', function () {
      if (onfinish) {
        const cb = onfinish;
        onfinish = null;
        cb();
      }
    });
  }

  if (readable) {
    eos(r, (err) => {
      readable = false;
      if (err) destroyer(r, err);
      onfinished(err);
    });

    r.on('readable', function () {
      if (onreadable) {
        const cb = onreadable;
        onreadable = null;
        cb();
      }
    });

    r.on('end', function () {
      d.push(null);
    });

    d._read = function () {
      while (true) {
        const buf = r.read();
        if (buf === null) {
          onreadable = d._read;
          return;
        }
        if (!d.push(buf)) return;
      }
    };
  }

  d._destroy = function (err, callback) {
    if (!err && onclose !== null) err = new (errors().AbortError)();
    onreadable = null;
    ondrain = null;
    onfinish = null;
    if (onclose === null) {
      callback(err);
    } else {
      onclose = callback;
      destroyer(w, err);
      destroyer(r, err);
    }
  };

  return d;
}

module.exports = duplexify;
