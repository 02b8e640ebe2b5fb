'use strict';
// Timers and immediates live here, in JS, as in Node; the Rust loop only learns when
// the earliest timer is due (bindings.scheduleTimer) and whether immediates are queued
// (bindings.setImmediateState), and whether either keeps the process alive.
//
// Timers sit in a binary min-heap ordered by (expiry, creation order). Cancelled or
// refreshed timers leave stale heap entries behind that are skipped when they surface,
// so clearTimeout is O(1).

const { runNextTicks } = require('internal/process/task_queues');

const TIMEOUT_MAX = 2 ** 31 - 1;
const kRefed = Symbol('refed');
const kEntry = Symbol('heapEntry');

let nextId = 1;
let seq = 0;
const heap = [];
let refedTimers = 0;
let armedAt = -1;
let armedRefed = false;
// Timers by numeric id, for clearTimeout(id) with the primitive a Timeout turns into.
const timersById = new Map();

function less(a, b) {
  return a.expiry < b.expiry || (a.expiry === b.expiry && a.seq < b.seq);
}

function heapPush(entry) {
  heap.push(entry);
  let i = heap.length - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!less(heap[i], heap[parent])) break;
    [heap[i], heap[parent]] = [heap[parent], heap[i]];
    i = parent;
  }
}

function heapPop() {
  const top = heap[0];
  const last = heap.pop();
  if (heap.length !== 0) {
    heap[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && less(heap[l], heap[m])) m = l;
      if (r < heap.length && less(heap[r], heap[m])) m = r;
      if (m === i) break;
      [heap[i], heap[m]] = [heap[m], heap[i]];
      i = m;
    }
  }
  return top;
}

// Tells the loop about the earliest live timer, only when that changes.
function arm() {
  while (heap.length !== 0 && heap[0].timer[kEntry] !== heap[0]) heapPop();
  const at = heap.length === 0 ? -1 : heap[0].expiry;
  const refed = refedTimers > 0;
  if (at !== armedAt || refed !== armedRefed) {
    armedAt = at;
    armedRefed = refed;
    bindings.scheduleTimer(at, refed);
  }
}

function validateCallback(callback) {
  if (typeof callback !== 'function') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('callback', 'function', callback);
  }
}

function coerceDelay(after) {
  after *= 1;
  if (!(after >= 1 && after <= TIMEOUT_MAX)) {
    if (after > TIMEOUT_MAX) {
      globalThis.process.emitWarning(
        `${after} does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.`,
        'TimeoutOverflowWarning');
    }
    after = 1;
  }
  return after;
}

class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    after = coerceDelay(after);
    this._idleTimeout = after;
    this._idlePrev = this;
    this._idleNext = this;
    this._idleStart = null;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    this[kRefed] = isRefed;
    this[kEntry] = null;
    this._id = nextId++;
    if (isRefed) refedTimers++;
    schedule(this, bindings.loopNow());
  }

  refresh() {
    if (!this._destroyed) {
      schedule(this, bindings.loopNow());
      arm();
    }
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (!this._destroyed) refedTimers--;
      arm();
    }
    return this;
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (!this._destroyed) refedTimers++;
      arm();
    }
    return this;
  }

  hasRef() {
    return this[kRefed];
  }

  close() {
    clearTimeout(this);
    return this;
  }

  [Symbol.toPrimitive]() {
    timersById.set(this._id, this);
    return this._id;
  }

  [Symbol.dispose]() {
    clearTimeout(this);
  }
}

function schedule(timer, now) {
  timer._idleStart = now;
  const entry = { timer, expiry: now + timer._idleTimeout, seq: seq++ };
  timer[kEntry] = entry;
  heapPush(entry);
}

function destroy(timer) {
  if (timer._destroyed) return;
  timer._destroyed = true;
  timer[kEntry] = null;
  if (timer[kRefed]) refedTimers--;
  timersById.delete(timer._id);
}

function setTimeout(callback, after, ...args) {
  validateCallback(callback);
  const timer = new Timeout(callback, after, args.length === 0 ? undefined : args, false, true);
  arm();
  return timer;
}

function setInterval(callback, repeat, ...args) {
  validateCallback(callback);
  const timer = new Timeout(callback, repeat, args.length === 0 ? undefined : args, true, true);
  arm();
  return timer;
}

function clearTimeout(timer) {
  if (timer !== null && typeof timer === 'object' && timer instanceof Timeout) {
    destroy(timer);
    arm();
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const t = timersById.get(+timer);
    if (t !== undefined) {
      destroy(t);
      arm();
    }
  }
}

// Runs every timer due at `now` (the loop's clock), with nextTicks and microtasks
// between them as Node does.
function processTimers(now) {
  let ran = false;
  try {
    while (heap.length !== 0) {
      const entry = heap[0];
      const timer = entry.timer;
      if (timer[kEntry] !== entry) {
        heapPop();
        continue;
      }
      if (entry.expiry > now) break;
      heapPop();
      if (ran) runNextTicks();
      else ran = true;
      if (timer._repeat === null) destroy(timer);
      else timer[kEntry] = null;
      const start = bindings.loopNow();
      try {
        const args = timer._timerArgs;
        if (args === undefined) timer._onTimeout();
        else timer._onTimeout(...args);
      } finally {
        if (timer._repeat !== null && !timer._destroyed && timer[kEntry] === null) {
          timer._idleTimeout = timer._repeat;
          schedule(timer, start);
        }
      }
    }
  } finally {
    arm();
  }
}

// Immediates: a FIFO; those queued while the queue runs wait for the next loop turn.
let immediateQueue = [];
let refedImmediates = 0;
let reportedPending = false;
let reportedRefed = false;

function reportImmediates() {
  const pending = immediateQueue.length !== 0;
  const refed = refedImmediates > 0;
  if (pending !== reportedPending || refed !== reportedRefed) {
    reportedPending = pending;
    reportedRefed = refed;
    bindings.setImmediateState(pending, refed);
  }
}

class Immediate {
  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kRefed] = true;
    refedImmediates++;
    immediateQueue.push(this);
    reportImmediates();
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (!this._destroyed) refedImmediates++;
      reportImmediates();
    }
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (!this._destroyed) refedImmediates--;
      reportImmediates();
    }
    return this;
  }

  hasRef() {
    return this[kRefed];
  }

  [Symbol.dispose]() {
    clearImmediate(this);
  }
}

function setImmediate(callback, ...args) {
  validateCallback(callback);
  return new Immediate(callback, args.length === 0 ? undefined : args);
}

function clearImmediate(immediate) {
  if (!immediate || immediate._destroyed || !(immediate instanceof Immediate)) return;
  immediate._destroyed = true;
  if (immediate[kRefed]) refedImmediates--;
  immediate._onImmediate = null;
  const i = immediateQueue.indexOf(immediate);
  if (i !== -1) immediateQueue.splice(i, 1);
  reportImmediates();
}

function processImmediates() {
  const queue = immediateQueue;
  immediateQueue = [];
  let ran = false;
  // The next immediate not yet started: where to resume after an exception.
  let next = 0;
  try {
    for (let i = 0; i < queue.length; i++) {
      const immediate = queue[i];
      if (immediate._destroyed) {
        next = i + 1;
        continue;
      }
      if (ran) runNextTicks();
      else ran = true;
      next = i + 1;
      immediate._destroyed = true;
      if (immediate[kRefed]) refedImmediates--;
      const callback = immediate._onImmediate;
      immediate._onImmediate = null;
      const args = immediate._argv;
      if (args === undefined) callback();
      else callback(...args);
    }
  } finally {
    // After a throw, the rest run first in the next check phase.
    if (next < queue.length) immediateQueue = queue.slice(next).concat(immediateQueue);
    reportImmediates();
  }
}

// A function of its own, as node's (clearTimeout clears either kind of timer).
function clearInterval(timer) {
  clearTimeout(timer);
}

// util.promisify(setTimeout) and util.promisify(setImmediate) are timers/promises'.
for (const [fn, name] of [[setTimeout, 'setTimeout'], [setImmediate, 'setImmediate']]) {
  Object.defineProperty(fn, Symbol.for('nodejs.util.promisify.custom'), {
    enumerable: true,
    configurable: false,
    get() {
      return require('timers/promises')[name];
    },
  });
}

module.exports = {
  Timeout, Immediate, setTimeout, setInterval, clearTimeout, clearInterval,
  setImmediate, clearImmediate, processTimers, processImmediates, TIMEOUT_MAX,
};
