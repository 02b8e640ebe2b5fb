'use strict';
// `timers/promises`: setTimeout, setImmediate and setInterval as promises and an
// async iterator, with AbortSignal support.

const timers = require('internal/timers');

function validateOptions(options) {
  const { codes } = require('internal/errors');
  if (options === null || typeof options !== 'object') throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
  const { signal, ref = true } = options;
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new codes.ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
  }
  if (typeof ref !== 'boolean') throw new codes.ERR_INVALID_ARG_TYPE('options.ref', 'boolean', ref);
  return { signal, ref };
}

function abortError(signal) {
  const { AbortError } = require('internal/errors');
  return new AbortError(undefined, { cause: signal.reason });
}

function later(start, clear, value, options) {
  let signal;
  let ref;
  try {
    ({ signal, ref } = validateOptions(options));
  } catch (err) {
    return Promise.reject(err);
  }
  if (signal && signal.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clear(handle);
      reject(abortError(signal));
    };
    const handle = start(() => {
      if (signal) signal.removeEventListener('abort', onAbort);
      resolve(value);
    });
    if (!ref) handle.unref();
    if (signal) signal.addEventListener('abort', onAbort, { once: true });
  });
}

function setTimeout(after, value, options = {}) {
  return later((cb) => timers.setTimeout(cb, after), timers.clearTimeout, value, options);
}

function setImmediate(value, options = {}) {
  return later((cb) => timers.setImmediate(cb), timers.clearImmediate, value, options);
}

async function* setInterval(after, value, options = {}) {
  const { signal, ref } = validateOptions(options);
  if (signal && signal.aborted) throw abortError(signal);
  let pending = 0;
  let wake = null;
  const interval = timers.setInterval(() => {
    pending++;
    if (wake) {
      wake();
      wake = null;
    }
  }, after);
  if (!ref) interval.unref();
  let aborted = false;
  const onAbort = () => {
    aborted = true;
    if (wake) {
      wake();
      wake = null;
    }
  };
  if (signal) signal.addEventListener('abort', onAbort, { once: true });
  try {
    for (;;) {
      if (pending === 0) await new Promise((resolve) => { wake = resolve; });
      if (aborted) throw abortError(signal);
      for (; pending > 0; pending--) yield value;
    }
  } finally {
    timers.clearInterval(interval);
    if (signal) signal.removeEventListener('abort', onAbort);
  }
}

const kScheduler = Symbol('kScheduler');

// Experimental in node: a Scheduler instance user code cannot construct.
class Scheduler {
  constructor() {
    const { codes } = require('internal/errors');
    throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
  }

  yield() {
    if (!this[kScheduler]) throw new (require('internal/errors').codes.ERR_INVALID_THIS)('Scheduler');
    return setImmediate();
  }

  wait(delay, options) {
    if (!this[kScheduler]) throw new (require('internal/errors').codes.ERR_INVALID_THIS)('Scheduler');
    return setTimeout(delay, undefined, options);
  }
}

const scheduler = Reflect.construct(function () {
  this[kScheduler] = true;
}, [], Scheduler);

module.exports = { setTimeout, setImmediate, setInterval, scheduler };
