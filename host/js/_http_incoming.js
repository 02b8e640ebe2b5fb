'use strict';
// IncomingMessage: a request on the server, or a response on the client; its body
// is read from the host as the stream is consumed.

const { Readable } = require('stream');
const { foldHeaders, distinctHeaders } = require('internal/http/common');

function toBuffer(bytes) {
  const { Buffer } = require('buffer');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

class IncomingMessage extends Readable {
  constructor(socket, read) {
    super();
    this._readBody = read || null;
    this._reading = false;
    this.socket = socket;
    this.httpVersionMajor = 1;
    this.httpVersionMinor = 1;
    this.httpVersion = '1.1';
    this.complete = false;
    this.rawHeaders = [];
    this.rawTrailers = [];
    this.aborted = false;
    this.upgrade = false;
    this.url = '';
    this.method = null;
    this.statusCode = null;
    this.statusMessage = null;
    this._headers = null;
    this._headersDistinct = null;
  }

  get connection() {
    return this.socket;
  }

  get headers() {
    if (this._headers === null) this._headers = foldHeaders(this.rawHeaders);
    return this._headers;
  }

  set headers(v) {
    this._headers = v;
  }

  get headersDistinct() {
    if (this._headersDistinct === null) this._headersDistinct = distinctHeaders(this.rawHeaders);
    return this._headersDistinct;
  }

  get trailers() {
    return {};
  }

  get trailersDistinct() {
    return {};
  }

  _read() {
    if (this._reading) return;
    if (!this._readBody) {
      this.complete = true;
      this.push(null);
      return;
    }
    this._reading = true;
    this._readBody().then(
      (bytes) => {
        this._reading = false;
        if (bytes.byteLength === 0) {
          this.complete = true;
          this.push(null);
        } else {
          this.push(toBuffer(bytes));
        }
      },
      (err) => {
        this._reading = false;
        this.aborted = true;
        this.emit('aborted');
        // As Node: the error reaches only those listening for it.
        this.destroy(this.listenerCount('error') > 0 ? err : undefined);
      },
    );
  }

  setTimeout(ms, callback) {
    if (this.socket && typeof this.socket.setTimeout === 'function') this.socket.setTimeout(ms, callback);
    return this;
  }
}

module.exports = { IncomingMessage };
