'use strict';
// OutgoingMessage: the header bookkeeping and writable surface ServerResponse and
// ClientRequest share. Like Node's, it is a legacy Stream with its own write/end,
// not a Writable: the common `res.end(body)` must cost one host call.

const Stream = require('stream');
const { validateHeaderName, validateHeaderValue } = require('internal/http/common');

function codes() {
  return require('internal/errors').codes;
}

const kHeaders = Symbol('kOutHeaders');

class OutgoingMessage extends Stream {
  constructor() {
    super();
    this[kHeaders] = null;
    this.headersSent = false;
    this.finished = false;
    this.writableEnded = false;
    this.writableFinished = false;
    this.destroyed = false;
    this.sendDate = false;
    this.chunkedEncoding = false;
    this.useChunkedEncodingByDefault = true;
    this._header = null;
    this._corked = 0;
    this.writable = true;
  }

  get writableCorked() {
    return this._corked;
  }

  get writableLength() {
    return 0;
  }

  get writableHighWaterMark() {
    return 16384;
  }

  get writableObjectMode() {
    return false;
  }

  get writableNeedDrain() {
    return false;
  }

  setHeader(name, value) {
    if (this.headersSent) throw new (codes().ERR_HTTP_HEADERS_SENT)('set');
    validateHeaderName(name);
    validateHeaderValue(name, value);
    (this[kHeaders] ??= Object.create(null))[name.toLowerCase()] = [name, value];
    return this;
  }

  appendHeader(name, value) {
    if (this.headersSent) throw new (codes().ERR_HTTP_HEADERS_SENT)('append');
    validateHeaderName(name);
    validateHeaderValue(name, value);
    const key = name.toLowerCase();
    const headers = (this[kHeaders] ??= Object.create(null));
    if (headers[key]) {
      const prev = headers[key][1];
      headers[key][1] = [].concat(prev, value);
    } else {
      headers[key] = [name, value];
    }
    return this;
  }

  setHeaders(headers) {
    const entries = typeof headers.entries === 'function' ? headers.entries() : Object.entries(headers);
    for (const [k, v] of entries) this.setHeader(k, v);
    return this;
  }

  getHeader(name) {
    if (typeof name !== 'string') throw new (codes().ERR_INVALID_ARG_TYPE)('name', 'string', name);
    const entry = this[kHeaders] && this[kHeaders][name.toLowerCase()];
    return entry && entry[1];
  }

  getHeaders() {
    const out = Object.create(null);
    if (this[kHeaders]) for (const key of Object.keys(this[kHeaders])) out[key] = this[kHeaders][key][1];
    return out;
  }

  getHeaderNames() {
    return this[kHeaders] ? Object.keys(this[kHeaders]) : [];
  }

  getRawHeaderNames() {
    return this[kHeaders] ? Object.values(this[kHeaders]).map(([n]) => n) : [];
  }

  hasHeader(name) {
    if (typeof name !== 'string') throw new (codes().ERR_INVALID_ARG_TYPE)('name', 'string', name);
    return Boolean(this[kHeaders] && this[kHeaders][name.toLowerCase()]);
  }

  removeHeader(name) {
    if (this.headersSent) throw new (codes().ERR_HTTP_HEADERS_SENT)('remove');
    if (this[kHeaders]) delete this[kHeaders][name.toLowerCase()];
  }

  // The headers to send as a flat [name, value, ...] list.
  _flatHeaders() {
    const flat = [];
    if (!this[kHeaders]) return flat;
    for (const key of Object.keys(this[kHeaders])) {
      const [name, value] = this[kHeaders][key];
      if (Array.isArray(value)) for (const v of value) flat.push(name, String(v));
      else flat.push(name, String(value));
    }
    return flat;
  }

  cork() {
    this._corked++;
  }

  uncork() {
    if (this._corked > 0) this._corked--;
  }

  setTimeout(ms, callback) {
    if (callback) this.once('timeout', callback);
    return this;
  }

  flushHeaders() {}

  destroy(err) {
    if (this.destroyed) return this;
    this.destroyed = true;
    this._destroyImpl(err);
    return this;
  }

  _destroyImpl(err) {
    globalThis.process.nextTick(() => {
      if (err) this.emit('error', err);
      this.emit('close');
    });
  }
}

OutgoingMessage.kHeaders = kHeaders;

module.exports = { OutgoingMessage, kHeaders };
