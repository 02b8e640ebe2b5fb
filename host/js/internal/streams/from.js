'use strict';
// Readable.from(): a Readable (objectMode, highWaterMark 1 unless told otherwise)
// reading from an iterable or async iterable. Sync iterables are pulled inside
// _read(), synchronously, until one yields a promise; from then on values are
// awaited.

const { errors, getBuffer, nextTick } = require('internal/streams/utils');

function from(Readable, iterable, opts) {
  if (typeof iterable === 'string' || iterable instanceof getBuffer()) {
    return new Readable({
      objectMode: true,
      ...opts,
      read() {
        this.push(iterable);
        this.push(null);
      },
    });
  }

  let iterator;
  let isAsync;
  if (iterable && iterable[Symbol.asyncIterator]) {
    isAsync = true;
    iterator = iterable[Symbol.asyncIterator]();
  } else if (iterable && iterable[Symbol.iterator]) {
    isAsync = false;
    iterator = iterable[Symbol.iterator]();
  } else {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)('iterable', ['Iterable'], iterable);
  }

  const readable = new Readable({ objectMode: true, highWaterMark: 1, ...opts });

  // True while a pull loop runs (or awaits); _read() then has nothing to start.
  let reading = false;
  let awaitingValues = false;

  readable._read = function () {
    if (!reading) {
      reading = true;
      if (isAsync) pullAsync();
      else if (awaitingValues) pullSyncAwaitingValues();
      else pullSync();
    }
  };

  readable._destroy = function (error, cb) {
    close(error).then(
      () => nextTick(cb, error),
      (e) => nextTick(cb, e || error),
    );
  };

  async function close(error) {
    const hadError = error !== undefined && error !== null;
    const hasThrow = typeof iterator.throw === 'function';
    if (hadError && hasThrow) {
      const { value, done } = await iterator.throw(error);
      await value;
      if (done) return;
    }
    if (typeof iterator.return === 'function') {
      const { value } = await iterator.return();
      await value;
    }
  }

  function nullValue() {
    reading = false;
    return new (errors().codes.ERR_STREAM_NULL_VALUES)();
  }

  function pullSync() {
    for (;;) {
      try {
        const { value, done } = iterator.next();
        if (done) {
          readable.push(null);
          return;
        }
        if (value && typeof value.then === 'function') return switchToAwaitingValues(value);
        if (value === null) throw nullValue();
        if (readable.push(value)) continue;
        reading = false;
      } catch (err) {
        readable.destroy(err);
      }
      break;
    }
  }

  async function switchToAwaitingValues(value) {
    awaitingValues = true;
    try {
      const res = await value;
      if (res === null) throw nullValue();
      if (readable.push(res)) {
        pullSyncAwaitingValues();
        return;
      }
      reading = false;
    } catch (err) {
      readable.destroy(err);
    }
  }

  async function pullSyncAwaitingValues() {
    for (;;) {
      try {
        const { value, done } = iterator.next();
        if (done) {
          readable.push(null);
          return;
        }
        const res = value && typeof value.then === 'function' ? await value : value;
        if (res === null) throw nullValue();
        if (readable.push(res)) continue;
        reading = false;
      } catch (err) {
        readable.destroy(err);
      }
      break;
    }
  }

  async function pullAsync() {
    for (;;) {
      try {
        const { value, done } = await iterator.next();
        if (done) {
          readable.push(null);
          return;
        }
        if (value === null) throw nullValue();
        if (readable.push(value)) continue;
        reading = false;
      } catch (err) {
        readable.destroy(err);
      }
      break;
    }
  }

  return readable;
}

module.exports = from;
