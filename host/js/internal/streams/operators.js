'use strict';
// The iterator-helper methods of Readable (map, filter, take, toArray, ...).
// Each works on the stream's async iterator; `stream.js` wraps the ones that
// return iterables in Readable.from().

const { errors, isNodeStream, isWritable, validators } = require('internal/streams/utils');
const { addAbortSignalNoValidate } = require('internal/streams/add-abort-signal');

// A mapped value to drop (filter's rejects, forEach's results).
const kEmpty = Symbol('kEmpty');
const kEof = Symbol('kEof');

function codes() {
  return errors().codes;
}

function abortError(cause) {
  return new (errors().AbortError)(undefined, cause === undefined ? undefined : { cause });
}

function validateOptions(options) {
  if (options != null) validators().validateObject(options, 'options');
  if (options?.signal != null) validators().validateAbortSignal(options.signal, 'options.signal');
}

function validateFn(fn, name = 'fn') {
  if (typeof fn !== 'function') throw new (codes().ERR_INVALID_ARG_TYPE)(name, ['Function', 'AsyncFunction'], fn);
}

function compose(stream, options) {
  validateOptions(options);
  if (isNodeStream(stream) && !isWritable(stream)) {
    throw new (codes().ERR_INVALID_ARG_VALUE)('stream', stream, 'must be writable');
  }
  const composed = require('internal/streams/compose')(this, stream);
  if (options?.signal) addAbortSignalNoValidate(options.signal, composed);
  return composed;
}

// The signal handed to map()'s function: a fresh one that follows the caller's,
// as node's AbortSignal.any([options.signal]).
function followSignal(outer) {
  const AbortSignalCtor = globalThis.AbortSignal;
  if (typeof AbortSignalCtor?.any === 'function') return AbortSignalCtor.any(outer ? [outer] : []);
  const { newAbortController, onAbortSignal } = require('internal/streams/utils');
  const ac = newAbortController();
  if (outer) {
    if (outer.aborted) ac.abort(outer.reason);
    else onAbortSignal(outer, () => ac.abort(outer.reason));
  }
  return ac.signal;
}

function map(fn, options) {
  validateFn(fn);
  validateOptions(options);
  let concurrency = 1;
  if (options?.concurrency != null) concurrency = Math.floor(options.concurrency);
  let highWaterMark = concurrency - 1;
  if (options?.highWaterMark != null) highWaterMark = Math.floor(options.highWaterMark);
  validators().validateInteger(concurrency, 'options.concurrency', 1);
  validators().validateInteger(highWaterMark, 'options.highWaterMark', 0);
  highWaterMark += concurrency;

  const stream = this;
  return (async function* mapped() {
    const signal = followSignal(options?.signal);
    const signalOpt = { signal };
    // Promises of results in input order, up to highWaterMark of them; at most
    // `concurrency` calls of fn pending.
    const queue = [];
    let wakeConsumer = null;
    let wakeProducer = null;
    let done = false;
    let pending = 0;

    function maybeResume() {
      if (wakeProducer && !done && pending < concurrency && queue.length < highWaterMark) {
        wakeProducer();
        wakeProducer = null;
      }
    }
    function afterItem() {
      pending -= 1;
      maybeResume();
    }
    function onItemError() {
      done = true;
      afterItem();
    }
    function notify() {
      if (wakeConsumer) {
        wakeConsumer();
        wakeConsumer = null;
      }
    }

    async function pump() {
      try {
        for await (let val of stream) {
          if (done) return;
          if (signal.aborted) throw abortError();
          try {
            val = fn(val, signalOpt);
            if (val === kEmpty) continue;
            val = Promise.resolve(val);
          } catch (err) {
            val = Promise.reject(err);
          }
          pending += 1;
          val.then(afterItem, onItemError);
          queue.push(val);
          notify();
          if (!done && (queue.length >= highWaterMark || pending >= concurrency)) {
            await new Promise((resolve) => {
              wakeProducer = resolve;
            });
          }
        }
        queue.push(kEof);
      } catch (err) {
        const val = Promise.reject(err);
        val.then(afterItem, onItemError);
        queue.push(val);
      } finally {
        done = true;
        notify();
      }
    }

    pump();

    try {
      while (true) {
        while (queue.length > 0) {
          const val = await queue[0];
          if (val === kEof) return;
          if (signal.aborted) throw abortError();
          if (val !== kEmpty) yield val;
          queue.shift();
          maybeResume();
        }
        await new Promise((resolve) => {
          wakeConsumer = resolve;
        });
      }
    } finally {
      done = true;
      if (wakeProducer) {
        wakeProducer();
        wakeProducer = null;
      }
    }
  })();
}

function asIndexedPairs(options = undefined) {
  validateOptions(options);
  const stream = this;
  return (async function* asIndexedPairs() {
    let index = 0;
    for await (const val of stream) {
      if (options?.signal?.aborted) throw abortError(options.signal.reason);
      yield [index++, val];
    }
  })();
}

async function some(fn, options = undefined) {
  for await (const unused of filter.call(this, fn, options)) {
    return true;
  }
  return false;
}

async function every(fn, options = undefined) {
  validateFn(fn);
  return !(await some.call(this, async (...args) => !(await fn(...args)), options));
}

async function find(fn, options) {
  for await (const result of filter.call(this, fn, options)) {
    return result;
  }
  return undefined;
}

async function forEach(fn, options) {
  validateFn(fn);
  async function forEachFn(value, opts) {
    await fn(value, opts);
    return kEmpty;
  }
  for await (const unused of map.call(this, forEachFn, options));
}

function filter(fn, options) {
  validateFn(fn);
  async function filterFn(value, opts) {
    if (await fn(value, opts)) return value;
    return kEmpty;
  }
  return map.call(this, filterFn, options);
}

async function reduce(reducer, initialValue, options) {
  validateFn(reducer, 'reducer');
  validateOptions(options);
  let hasInitialValue = arguments.length > 1;
  if (options?.signal?.aborted) {
    const err = abortError(options.signal.reason);
    this.once('error', () => {});
    await require('internal/streams/end-of-stream').finished(this.destroy(err));
    throw err;
  }
  const { newAbortController, onAbortSignal } = require('internal/streams/utils');
  const ac = newAbortController();
  const signal = ac.signal;
  let unlisten;
  if (options?.signal) unlisten = onAbortSignal(options.signal, () => ac.abort());
  let gotAnyItemFromStream = false;
  try {
    for await (const value of this) {
      gotAnyItemFromStream = true;
      if (options?.signal?.aborted) throw abortError();
      if (!hasInitialValue) {
        initialValue = value;
        hasInitialValue = true;
      } else {
        initialValue = await reducer(initialValue, value, { signal });
      }
    }
    if (!gotAnyItemFromStream && !hasInitialValue) throw new (reduceEmptyError())();
  } finally {
    unlisten?.();
    ac.abort();
  }
  return initialValue;
}

// node reports an empty reduce() with its own subclass of ERR_MISSING_ARGS.
let ReduceAwareErrMissingArgs;
function reduceEmptyError() {
  ReduceAwareErrMissingArgs ??= class ReduceAwareErrMissingArgs extends codes().ERR_MISSING_ARGS {
    constructor() {
      super('reduce');
      this.message = 'Reduce of an empty stream requires an initial value';
    }
  };
  return ReduceAwareErrMissingArgs;
}

async function toArray(options) {
  validateOptions(options);
  const result = [];
  for await (const val of this) {
    if (options?.signal?.aborted) throw abortError(options.signal.reason);
    result.push(val);
  }
  return result;
}

function flatMap(fn, options) {
  const values = map.call(this, fn, options);
  return (async function* flatMap() {
    for await (const val of values) yield* val;
  })();
}

function toIntegerOrInfinity(number) {
  number = Number(number);
  if (Number.isNaN(number)) return 0;
  if (number < 0) throw new (codes().ERR_OUT_OF_RANGE)('number', '>= 0', number);
  return number;
}

function drop(number, options = undefined) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  const stream = this;
  return (async function* drop() {
    if (options?.signal?.aborted) throw abortError();
    for await (const val of stream) {
      if (options?.signal?.aborted) throw abortError();
      if (number-- <= 0) yield val;
    }
  })();
}

function take(number, options = undefined) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  const stream = this;
  return (async function* take() {
    if (options?.signal?.aborted) throw abortError();
    for await (const val of stream) {
      if (options?.signal?.aborted) throw abortError();
      if (number-- > 0) yield val;
      // Stop before pulling an item that would be dropped.
      if (number <= 0) return;
    }
  })();
}

module.exports = {
  streamReturningOperators: { asIndexedPairs, drop, filter, flatMap, map, take, compose },
  promiseReturningOperators: { every, forEach, reduce, toArray, some, find },
};
