'use strict';
// The `timers` module (the same functions as the globals), with node's deprecated
// enroll/active API.

const timers = require('internal/timers');

// enroll/active/unenroll schedule `item._onTimeout()` after `item._idleTimeout` ms on
// any object; here each enrolled item gets a plain timer of its own.
const itemTimers = new WeakMap();

function getTimerDuration(msecs, name) {
  const { validateNumber } = require('internal/validators');
  validateNumber(msecs, name);
  if (msecs < 0 || !Number.isFinite(msecs)) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_OUT_OF_RANGE(name, 'a non-negative finite number', msecs);
  }
  if (msecs > timers.TIMEOUT_MAX) {
    globalThis.process.emitWarning(`${msecs} does not fit into a 32-bit signed integer.` +
      `\nTimer duration was truncated to ${timers.TIMEOUT_MAX}.`, 'TimeoutOverflowWarning');
    return timers.TIMEOUT_MAX;
  }
  return msecs;
}

function schedule(item, ref) {
  const existing = itemTimers.get(item);
  if (existing !== undefined) timers.clearTimeout(existing);
  const msecs = item._idleTimeout;
  if (!(msecs >= 0)) return;
  item._destroyed = false;
  const timer = timers.setTimeout(() => {
    itemTimers.delete(item);
    if (typeof item._onTimeout === 'function') item._onTimeout();
  }, msecs);
  if (!ref) timer.unref();
  itemTimers.set(item, timer);
}

function unenroll(item) {
  if (item._destroyed) return;
  item._destroyed = true;
  const timer = itemTimers.get(item);
  if (timer !== undefined) {
    timers.clearTimeout(timer);
    itemTimers.delete(item);
  }
  item._idleTimeout = -1;
}

function enroll(item, msecs) {
  msecs = getTimerDuration(msecs, 'msecs');
  if (itemTimers.has(item)) unenroll(item);
  item._idleTimeout = msecs;
}

function active(item) {
  schedule(item, true);
}

function unrefActive(item) {
  schedule(item, false);
}

// util.deprecate's wrapper, made on first call: util (and inspect) load lazily.
function deprecate(fn, msg, code) {
  let wrapped;
  return function deprecated(...args) {
    wrapped ??= require('util').deprecate(fn, msg, code);
    return Reflect.apply(wrapped, this, args);
  };
}

module.exports = {
  setTimeout: timers.setTimeout,
  clearTimeout: timers.clearTimeout,
  setImmediate: timers.setImmediate,
  clearImmediate: timers.clearImmediate,
  setInterval: timers.setInterval,
  clearInterval: timers.clearInterval,
  _unrefActive: deprecate(unrefActive, 'timers._unrefActive() is deprecated. Please use timeout.refresh() instead.', 'DEP0127'),
  active: deprecate(active, 'timers.active() is deprecated. Please use timeout.refresh() instead.', 'DEP0126'),
  unenroll: deprecate(unenroll, 'timers.unenroll() is deprecated. Please use clearTimeout instead.', 'DEP0096'),
  enroll: deprecate(enroll, 'timers.enroll() is deprecated. Please use setTimeout instead.', 'DEP0095'),
};

Object.defineProperty(module.exports, 'promises', {
  get: () => require('timers/promises'),
  enumerable: true,
  configurable: true,
});
