'use strict';
// Readable/Writable/Duplex .toWeb() and .fromWeb(): adapters between node streams
// and WHATWG streams. They use the host's ReadableStream/WritableStream globals,
// looked up at call time; without them the methods throw
// ERR_METHOD_NOT_IMPLEMENTED.

const { destroyer: destroy } = require('internal/streams/destroy');
const eos = require('internal/streams/end-of-stream');
const {
  errors,
  getBuffer,
  isDestroyed,
  isReadable,
  isWritable,
  isWritableEnded,
  nextTick,
  validators,
} = require('internal/streams/utils');

function codes() {
  return errors().codes;
}

function webGlobals(method) {
  const g = globalThis;
  if (typeof g.ReadableStream !== 'function' || typeof g.WritableStream !== 'function') {
    throw new (codes().ERR_METHOD_NOT_IMPLEMENTED)(method);
  }
  return g;
}

function deferred() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function prematureToAbort(error) {
  if (error?.code === 'ERR_STREAM_PREMATURE_CLOSE') return new (errors().AbortError)(undefined, { cause: error });
  return error;
}

function isWebReadable(g, value) {
  return value instanceof g.ReadableStream;
}

function isWebWritable(g, value) {
  return value instanceof g.WritableStream;
}

function newReadableStreamFromStreamReadable(streamReadable, options = {}) {
  const g = webGlobals('Readable.toWeb()');
  if (typeof streamReadable?._readableState !== 'object') {
    throw new (codes().ERR_INVALID_ARG_TYPE)('streamReadable', 'stream.Readable', streamReadable);
  }
  if (isDestroyed(streamReadable) || !isReadable(streamReadable)) {
    const readable = new g.ReadableStream();
    readable.cancel();
    return readable;
  }

  const objectMode = streamReadable.readableObjectMode;
  const highWaterMark = streamReadable.readableHighWaterMark;
  let strategy = options?.strategy;
  if (!strategy) {
    strategy = objectMode || typeof g.ByteLengthQueuingStrategy !== 'function'
      ? new g.CountQueuingStrategy({ highWaterMark })
      : new g.ByteLengthQueuingStrategy({ highWaterMark });
  }

  let controller;
  function onData(chunk) {
    // Chunks are handed over as plain Uint8Arrays, not Buffers.
    if (getBuffer().isBuffer(chunk) && !objectMode) chunk = new Uint8Array(chunk);
    controller.enqueue(chunk);
    if (controller.desiredSize <= 0) streamReadable.pause();
  }

  function onFinished(error) {
    cleanup();
    error = prematureToAbort(error);
    if (error) return controller.error(error);
    controller.close();
  }

  streamReadable.on('data', onData);
  const cleanup = eos(streamReadable, onFinished);

  return new g.ReadableStream({
    start(c) {
      controller = c;
    },
    pull() {
      streamReadable.resume();
    },
    cancel(reason) {
      destroy(streamReadable, reason);
    },
  }, strategy);
}

function newStreamReadableFromReadableStream(readableStream, options = {}) {
  const g = webGlobals('Readable.fromWeb()');
  if (!isWebReadable(g, readableStream)) {
    throw new (codes().ERR_INVALID_ARG_TYPE)('readableStream', 'ReadableStream', readableStream);
  }
  validators().validateObject(options, 'options');
  const { highWaterMark, encoding, objectMode = false, signal } = options;
  if (encoding !== undefined && !getBuffer().isEncoding(encoding)) {
    throw new (codes().ERR_INVALID_ARG_VALUE)(encoding, 'options.encoding');
  }
  validators().validateBoolean(objectMode, 'options.objectMode');

  const Readable = require('internal/streams/readable');
  const reader = readableStream.getReader();
  let closed = false;

  const readable = new Readable({
    objectMode,
    highWaterMark,
    encoding,
    signal,
    read() {
      reader.read().then(
        (chunk) => {
          if (chunk.done) readable.push(null);
          else readable.push(chunk.value);
        },
        (error) => destroy(readable, error),
      );
    },
    destroy(error, callback) {
      function done() {
        try {
          callback(error);
        } catch (err) {
          nextTick(() => {
            throw err;
          });
        }
      }
      if (!closed) {
        reader.cancel(error).then(done, done);
        return;
      }
      done();
    },
  });

  reader.closed.then(
    () => {
      closed = true;
    },
    (error) => {
      closed = true;
      destroy(readable, error);
    },
  );

  return readable;
}

function newWritableStreamFromStreamWritable(streamWritable) {
  const g = webGlobals('Writable.toWeb()');
  if (typeof streamWritable?._writableState !== 'object') {
    throw new (codes().ERR_INVALID_ARG_TYPE)('streamWritable', 'stream.Writable', streamWritable);
  }
  if (isDestroyed(streamWritable) || !isWritable(streamWritable)) {
    const writable = new g.WritableStream();
    writable.close();
    return writable;
  }

  const highWaterMark = streamWritable.writableHighWaterMark;
  const strategy = streamWritable.writableObjectMode ? new g.CountQueuingStrategy({ highWaterMark }) : { highWaterMark };

  let controller;
  let backpressure;
  let closed;

  function onDrain() {
    if (backpressure !== undefined) backpressure.resolve();
  }

  const cleanup = eos(streamWritable, (error) => {
    error = prematureToAbort(error);
    cleanup();
    // The web side reports it; an unhandled 'error' must not crash the process.
    streamWritable.on('error', () => {});
    if (error != null) {
      if (backpressure !== undefined) backpressure.reject(error);
      if (closed !== undefined) {
        closed.reject(error);
        closed = undefined;
      }
      controller.error(error);
      controller = undefined;
      return;
    }
    if (closed !== undefined) {
      closed.resolve();
      closed = undefined;
      return;
    }
    controller.error(new (errors().AbortError)());
    controller = undefined;
  });

  streamWritable.on('drain', onDrain);

  return new g.WritableStream({
    start(c) {
      controller = c;
    },
    write(chunk) {
      if (streamWritable.writableNeedDrain || !streamWritable.write(chunk)) {
        backpressure = deferred();
        return backpressure.promise.finally(() => {
          backpressure = undefined;
        });
      }
      return undefined;
    },
    abort(reason) {
      destroy(streamWritable, reason);
    },
    close() {
      if (closed === undefined && !isWritableEnded(streamWritable)) {
        closed = deferred();
        streamWritable.end();
        return closed.promise;
      }
      controller = undefined;
      return Promise.resolve();
    },
  }, strategy);
}

function newStreamWritableFromWritableStream(writableStream, options = {}) {
  const g = webGlobals('Writable.fromWeb()');
  if (!isWebWritable(g, writableStream)) {
    throw new (codes().ERR_INVALID_ARG_TYPE)('writableStream', 'WritableStream', writableStream);
  }
  validators().validateObject(options, 'options');
  const { highWaterMark, decodeStrings = true, objectMode = false, signal } = options;
  validators().validateBoolean(objectMode, 'options.objectMode');
  validators().validateBoolean(decodeStrings, 'options.decodeStrings');

  const Writable = require('internal/streams/writable');
  const writer = writableStream.getWriter();
  let closed = false;

  const writable = new Writable({
    highWaterMark,
    objectMode,
    decodeStrings,
    signal,
    writev(chunks, callback) {
      function done(error) {
        error = error.filter((e) => e);
        try {
          callback(error.length === 0 ? undefined : error);
        } catch (err) {
          nextTick(() => destroy(writable, err));
        }
      }
      writer.ready.then(() => Promise.all(chunks.map((data) => writer.write(data.chunk))).then(done, done), done);
    },
    write(chunk, encoding, callback) {
      if (typeof chunk === 'string' && decodeStrings && !objectMode) {
        const buf = getBuffer().from(chunk, encoding);
        chunk = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
      }
      function done(error) {
        try {
          callback(error);
        } catch (err) {
          destroy(writable, err);
        }
      }
      writer.ready.then(() => writer.write(chunk).then(done, done), done);
    },
    destroy(error, callback) {
      function done() {
        try {
          callback(error);
        } catch (err) {
          nextTick(() => {
            throw err;
          });
        }
      }
      if (!closed) {
        if (error != null) writer.abort(error).then(done, done);
        else writer.close().then(done, done);
        return;
      }
      done();
    },
    final(callback) {
      function done(error) {
        try {
          callback(error);
        } catch (err) {
          nextTick(() => destroy(writable, err));
        }
      }
      if (!closed) writer.close().then(done, done);
    },
  });

  writer.closed.then(
    () => {
      closed = true;
      if (!isWritableEnded(writable)) destroy(writable, new (codes().ERR_STREAM_PREMATURE_CLOSE)());
    },
    (error) => {
      closed = true;
      destroy(writable, error);
    },
  );

  return writable;
}

function newReadableWritablePairFromDuplex(duplex) {
  webGlobals('Duplex.toWeb()');
  if (typeof duplex?._writableState !== 'object' || typeof duplex?._readableState !== 'object') {
    throw new (codes().ERR_INVALID_ARG_TYPE)('duplex', 'stream.Duplex', duplex);
  }
  const writable = newWritableStreamFromStreamWritable(duplex);
  const readable = newReadableStreamFromStreamReadable(duplex);
  return { writable, readable };
}

function newStreamDuplexFromReadableWritablePair(pair = {}, options = {}) {
  const g = webGlobals('Duplex.fromWeb()');
  validators().validateObject(pair, 'pair');
  const { readable: readableStream, writable: writableStream } = pair;
  if (!isWebReadable(g, readableStream)) {
    throw new (codes().ERR_INVALID_ARG_TYPE)('pair.readable', 'ReadableStream', readableStream);
  }
  if (!isWebWritable(g, writableStream)) {
    throw new (codes().ERR_INVALID_ARG_TYPE)('pair.writable', 'WritableStream', writableStream);
  }
  validators().validateObject(options, 'options');
  const { allowHalfOpen = false, objectMode = false, encoding, decodeStrings = true, highWaterMark, signal } = options;
  validators().validateBoolean(objectMode, 'options.objectMode');
  if (encoding !== undefined && !getBuffer().isEncoding(encoding)) {
    throw new (codes().ERR_INVALID_ARG_VALUE)(encoding, 'options.encoding');
  }

  const Duplex = require('internal/streams/duplex');
  const writer = writableStream.getWriter();
  const reader = readableStream.getReader();
  let writableClosed = false;
  let readableClosed = false;

  const duplex = new Duplex({
    allowHalfOpen,
    highWaterMark,
    objectMode,
    encoding,
    decodeStrings,
    signal,
    writev(chunks, callback) {
      function done(error) {
        error = error.filter((e) => e);
        try {
          callback(error.length === 0 ? undefined : error);
        } catch (err) {
          nextTick(() => destroy(duplex, err));
        }
      }
      writer.ready.then(() => Promise.all(chunks.map((data) => writer.write(data.chunk))).then(done, done), done);
    },
    write(chunk, encoding, callback) {
      if (typeof chunk === 'string' && decodeStrings && !objectMode) {
        const buf = getBuffer().from(chunk, encoding);
        chunk = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
      }
      function done(error) {
        try {
          callback(error);
        } catch (err) {
          destroy(duplex, err);
        }
      }
      writer.ready.then(() => writer.write(chunk).then(done, done), done);
    },
    final(callback) {
      function done(error) {
        try {
          callback(error);
        } catch (err) {
          nextTick(() => destroy(duplex, err));
        }
      }
      if (!writableClosed) writer.close().then(done, done);
    },
    read() {
      reader.read().then(
        (chunk) => {
          if (chunk.done) duplex.push(null);
          else duplex.push(chunk.value);
        },
        (error) => destroy(duplex, error),
      );
    },
    destroy(error, callback) {
      function done() {
        try {
          callback(error);
        } catch (err) {
          nextTick(() => {
            throw err;
          });
        }
      }
      async function closeWriter() {
        if (!writableClosed) await writer.abort(error);
      }
      async function closeReader() {
        if (!readableClosed) await reader.cancel(error);
      }
      if (!writableClosed || !readableClosed) {
        Promise.all([closeWriter(), closeReader()]).then(done, done);
        return;
      }
      done();
    },
  });

  writer.closed.then(
    () => {
      writableClosed = true;
      if (!isWritableEnded(duplex)) destroy(duplex, new (codes().ERR_STREAM_PREMATURE_CLOSE)());
    },
    (error) => {
      writableClosed = true;
      readableClosed = true;
      destroy(duplex, error);
    },
  );

  reader.closed.then(
    () => {
      readableClosed = true;
    },
    (error) => {
      writableClosed = true;
      readableClosed = true;
      destroy(duplex, error);
    },
  );

  return duplex;
}

module.exports = {
  newReadableStreamFromStreamReadable,
  newStreamReadableFromReadableStream,
  newWritableStreamFromStreamWritable,
  newStreamWritableFromWritableStream,
  newReadableWritablePairFromDuplex,
  newStreamDuplexFromReadableWritablePair,
};
