'use strict';
// process.nextTick, queueMicrotask and the unhandled-rejection logic, run after every
// callback from the event loop, in Node's order: all nextTicks, then all microtasks,
// repeated until both are empty, then rejections nobody handled.

const queue = [];
let head = 0;

const maybeUnhandled = new WeakMap();
const pendingUnhandled = [];

function nextTick(callback, ...args) {
  if (typeof callback !== 'function') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
  }
  const process = globalThis.process;
  if (process !== undefined && process._exiting) return;
  queue.push(args.length === 0 ? callback : { callback, args });
}

function hasTickScheduled() {
  return head < queue.length;
}

function runTicks() {
  while (head < queue.length) {
    const tock = queue[head];
    queue[head++] = undefined;
    if (typeof tock === 'function') tock();
    else tock.callback(...tock.args);
  }
  queue.length = 0;
  head = 0;
}

// Reads the engine's rejection events into our bookkeeping. True when something is
// pending that processPromiseRejections must look at.
function collectRejections() {
  const events = bindings.takeRejections();
  for (let i = 0; i < events.length; i += 3) {
    const promise = events[i + 1];
    if (events[i] === 0) {
      maybeUnhandled.set(promise, { reason: events[i + 2], warned: false });
      pendingUnhandled.push(promise);
    } else {
      const info = maybeUnhandled.get(promise);
      if (info !== undefined) {
        maybeUnhandled.delete(promise);
        if (info.warned) nextTick(() => globalThis.process.emit('rejectionHandled', promise));
      }
    }
  }
  return pendingUnhandled.length !== 0;
}

// Node's default (--unhandled-rejections=throw): an unhandled rejection goes to
// 'unhandledRejection' listeners, and without one it is an uncaught exception.
function processPromiseRejections() {
  if (!collectRejections()) return false;
  let emitted = false;
  while (pendingUnhandled.length !== 0) {
    const promise = pendingUnhandled.shift();
    const info = maybeUnhandled.get(promise);
    if (info === undefined) continue;
    info.warned = true;
    emitted = true;
    const { reason } = info;
    const handled = globalThis.process.emit('unhandledRejection', reason, promise);
    if (!handled) require('internal/process/fatal').triggerUncaughtException(reason, true);
  }
  return emitted;
}

function processTicksAndRejections() {
  if (head === queue.length) {
    bindings.runMicrotasks();
    if (head === queue.length && !processPromiseRejections()) return;
  }
  do {
    runTicks();
    bindings.runMicrotasks();
  } while (head < queue.length || processPromiseRejections());
}

function queueMicrotask(callback) {
  if (typeof callback !== 'function') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('callback', 'function', callback);
  }
  // A resolved promise's reaction is a microtask in every engine. An exception in the
  // callback is an uncaught exception, as in Node, not a rejection.
  Promise.resolve().then(() => {
    try {
      callback();
    } catch (err) {
      require('internal/process/fatal').triggerUncaughtException(err, false);
    }
  });
}

module.exports = { nextTick, queueMicrotask, processTicksAndRejections, runNextTicks: processTicksAndRejections, hasTickScheduled };
