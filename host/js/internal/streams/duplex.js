'use strict';
// stream.Duplex: a Readable that is also a Writable (through Writable's
// Symbol.hasInstance), with both states on one object.

const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const destroyImpl = require('internal/streams/destroy');
const { kOnConstructed } = require('internal/streams/utils');

function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);

  this._events ??= {
    close: undefined,
    error: undefined,
    prefinish: undefined,
    finish: undefined,
    drain: undefined,
    data: undefined,
    end: undefined,
    readable: undefined,
  };
  this._readableState = new Readable.ReadableState(options, this, true);
  this._writableState = new Writable.WritableState(options, this, true);

  if (options) {
    this.allowHalfOpen = options.allowHalfOpen !== false;
    if (options.readable === false) {
      this._readableState.readable = false;
      this._readableState.ended = true;
      this._readableState.endEmitted = true;
    }
    if (options.writable === false) {
      this._writableState.writable = false;
      this._writableState.ending = true;
      this._writableState.ended = true;
      this._writableState.finished = true;
    }
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) require('internal/streams/add-abort-signal').addAbortSignal(options.signal, this);
  } else {
    this.allowHalfOpen = true;
  }

  require('internal/streams/legacy').Stream.call(this, options);

  // Each side's start-up work runs once _construct() is done, readable first.
  destroyImpl.construct(this, () => Readable[kOnConstructed](this));
  destroyImpl.construct(this, () => Writable[kOnConstructed](this));
}
Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
Object.setPrototypeOf(Duplex, Readable);

for (const method of Object.keys(Writable.prototype)) {
  if (!Duplex.prototype[method]) Duplex.prototype[method] = Writable.prototype[method];
}
Duplex.prototype.destroy = Writable.prototype.destroy;

function writableDescriptor(name) {
  return Object.getOwnPropertyDescriptor(Writable.prototype, name);
}

Object.defineProperties(Duplex.prototype, {
  writable: writableDescriptor('writable'),
  writableHighWaterMark: writableDescriptor('writableHighWaterMark'),
  writableObjectMode: writableDescriptor('writableObjectMode'),
  writableBuffer: writableDescriptor('writableBuffer'),
  writableLength: writableDescriptor('writableLength'),
  writableFinished: writableDescriptor('writableFinished'),
  writableCorked: writableDescriptor('writableCorked'),
  writableEnded: writableDescriptor('writableEnded'),
  writableNeedDrain: writableDescriptor('writableNeedDrain'),
  destroyed: {
    get() {
      if (this._readableState === undefined || this._writableState === undefined) return false;
      return this._readableState.destroyed && this._writableState.destroyed;
    },
    set(value) {
      if (this._readableState && this._writableState) {
        this._readableState.destroyed = value;
        this._writableState.destroyed = value;
      }
    },
  },
});

Duplex.fromWeb = function (pair, options) {
  return require('internal/streams/web-adapters').newStreamDuplexFromReadableWritablePair(pair, options);
};

Duplex.toWeb = function (duplex) {
  return require('internal/streams/web-adapters').newReadableWritablePairFromDuplex(duplex);
};

Duplex.from = function (body) {
  return require('internal/streams/duplexify')(body, 'body');
};

module.exports = Duplex;
