'use strict';
// fs.watch (inotify, host/src/ops/fs_watch.rs), fs.promises.watch, and
// fs.watchFile/unwatchFile (stat polling, as Node's StatWatcher).

const EventEmitter = require('events');
const u = require('internal/fs/utils');

function codes() {
  return require('internal/errors').codes;
}

function encodeName(name, encoding) {
  if (encoding === 'buffer') return require('buffer').Buffer.from(name);
  if (encoding && encoding !== 'utf8' && encoding !== 'utf-8') return require('buffer').Buffer.from(name).toString(encoding);
  return name;
}

class FSWatcher extends EventEmitter {
  constructor() {
    super();
    this._id = undefined;
    this._refed = false;
    this._encoding = 'utf8';
  }

  // Node's internal start(); errors are thrown as Node throws them.
  start(path, persistent, recursive, encoding) {
    this._encoding = encoding;
    this._id = bindings.fsWatch(path, recursive);
    if (persistent) this.ref();
    this._readLoop(this._id);
  }

  async _readLoop(id) {
    for (;;) {
      let batch;
      try {
        batch = await bindings.fsWatchRead(id);
      } catch (err) {
        if (this._id !== id) return;
        this.emit('error', err);
        this.close();
        return;
      }
      if (batch === null || this._id !== id) return;
      for (const [eventType, filename] of batch) {
        if (this._id !== id) return;
        this.emit('change', eventType, encodeName(filename, this._encoding));
      }
    }
  }

  close() {
    if (this._id === undefined) return;
    bindings.fsWatchClose(this._id);
    this._id = undefined;
    this.unref();
    globalThis.process.nextTick(() => this.emit('close'));
  }

  ref() {
    if (!this._refed && this._id !== undefined) {
      this._refed = true;
      bindings.loopRef(1);
    }
    return this;
  }

  unref() {
    if (this._refed) {
      this._refed = false;
      bindings.loopRef(-1);
    }
    return this;
  }

  [Symbol.dispose]() {
    this.close();
  }
}

function watchOptions(options) {
  if (typeof options === 'string') options = { encoding: options };
  if (options === undefined || options === null) options = {};
  if (typeof options !== 'object') throw new (codes().ERR_INVALID_ARG_TYPE)('options', ['string', 'Object'], options);
  const { persistent = true, recursive = false, encoding = 'utf8' } = options;
  if (typeof persistent !== 'boolean') throw new (codes().ERR_INVALID_ARG_TYPE)('options.persistent', 'boolean', persistent);
  if (typeof recursive !== 'boolean') throw new (codes().ERR_INVALID_ARG_TYPE)('options.recursive', 'boolean', recursive);
  return { persistent, recursive, encoding, signal: options.signal };
}

function watch(filename, options, listener) {
  if (typeof options === 'function') {
    listener = options;
    options = undefined;
  }
  const o = watchOptions(options);
  const path = u.toPath(filename);
  const watcher = new FSWatcher();
  watcher.start(path, o.persistent, o.recursive, o.encoding);
  if (typeof listener === 'function') watcher.on('change', listener);
  if (o.signal) {
    if (o.signal.aborted) globalThis.process.nextTick(() => watcher.close());
    else o.signal.addEventListener('abort', () => watcher.close(), { once: true });
  }
  return watcher;
}

// fs.promises.watch: { eventType, filename } for each change, until the signal
// aborts it (an AbortError, as Node) or the loop is left.
async function* watchPromises(filename, options) {
  const o = watchOptions(options);
  const path = u.toPath(filename);
  if (o.signal && o.signal.aborted) {
    const { AbortError } = require('internal/errors');
    throw new AbortError(undefined, { cause: o.signal.reason });
  }
  const watcher = new FSWatcher();
  watcher.start(path, o.persistent, o.recursive, o.encoding);
  try {
    for await (const [eventType, name] of EventEmitter.on(watcher, 'change', { signal: o.signal, close: ['close'] })) {
      yield { eventType, filename: name };
    }
  } finally {
    watcher.close();
  }
}

// --- watchFile ----------------------------------------------------------------

const statWatchers = new Map();

// What libuv's fs poll compares: a change in any of these is a change.
function statKey(s) {
  return [s.dev, s.ino, s.mode, s.nlink, s.uid, s.gid, s.size, s.mtimeMs, s.ctimeMs, s.birthtimeMs].join(':');
}

function statOrEmpty(path, bigint) {
  try {
    return require('fs').statSync(path, { bigint });
  } catch {
    // A missing file reads as all zeroes, as Node's does.
    return u.makeStats(new Array(14).fill(0), bigint);
  }
}

class StatWatcher extends EventEmitter {
  constructor(bigint) {
    super();
    this._bigint = bigint;
    this._timer = null;
    this._refed = true;
  }

  start(path, persistent, interval) {
    let prev = statOrEmpty(path, this._bigint);
    let key = statKey(prev);
    this._timer = setInterval(() => {
      const curr = statOrEmpty(path, this._bigint);
      const next = statKey(curr);
      if (next !== key) {
        key = next;
        const before = prev;
        prev = curr;
        this.emit('change', curr, before);
      }
    }, interval);
    if (!persistent) this._timer.unref();
  }

  stop() {
    if (this._timer === null) return;
    clearInterval(this._timer);
    this._timer = null;
    globalThis.process.nextTick(() => this.emit('stop'));
  }

  ref() {
    if (this._timer) this._timer.ref();
    return this;
  }

  unref() {
    if (this._timer) this._timer.unref();
    return this;
  }
}

function watchFile(filename, options, listener) {
  const path = require('path').resolve(u.toPath(filename));
  if (typeof options === 'function') {
    listener = options;
    options = {};
  }
  options = { interval: 5007, persistent: true, bigint: false, ...options };
  if (typeof listener !== 'function') throw new (codes().ERR_INVALID_ARG_TYPE)('listener', 'Function', listener);
  let watcher = statWatchers.get(path);
  if (watcher === undefined) {
    watcher = new StatWatcher(options.bigint);
    watcher.start(path, options.persistent, options.interval);
    statWatchers.set(path, watcher);
  }
  watcher.addListener('change', listener);
  return watcher;
}

function unwatchFile(filename, listener) {
  const path = require('path').resolve(u.toPath(filename));
  const watcher = statWatchers.get(path);
  if (watcher === undefined) return;
  if (typeof listener === 'function') watcher.removeListener('change', listener);
  else watcher.removeAllListeners('change');
  if (watcher.listenerCount('change') === 0) {
    watcher.stop();
    statWatchers.delete(path);
  }
}

module.exports = { FSWatcher, StatWatcher, watch, watchPromises, watchFile, unwatchFile };
