'use strict';
// The `http` module. The server is hyper's (host/src/ops/http.rs): JS receives whole
// request heads and answers each with one host call when it can. The client is
// hyper's pooled client (host/src/ops/http_client.rs).

const EventEmitter = require('events');
const { METHODS, STATUS_CODES, validateHeaderName, validateHeaderValue } = require('internal/http/common');
const { OutgoingMessage, kHeaders } = require('internal/http/outgoing');
const { IncomingMessage } = require('_http_incoming');

function codes() {
  return require('internal/errors').codes;
}

function Buffer() {
  return require('buffer').Buffer;
}

// Fills an IncomingMessage's head: its start line's fields (method and url, or
// statusCode and statusMessage), the HTTP version and the raw headers.
function setHead(message, startLine, version, rawHeaders) {
  Object.assign(message, startLine);
  message.httpVersion = version;
  message.httpVersionMajor = +version[0];
  message.httpVersionMinor = +version[2];
  message.rawHeaders = rawHeaders;
  return message;
}

// What server-side code sees as the connection of a request. Hyper owns the real
// socket; this carries its addresses and the events on-finished style code watches.
class RequestSocket extends EventEmitter {
  constructor(remoteAddress, remotePort, remoteFamily, server) {
    super();
    this.remoteAddress = remoteAddress;
    this.remotePort = remotePort;
    this.remoteFamily = remoteFamily;
    const local = server && server.address();
    this.localAddress = local && local.address;
    this.localPort = local && local.port;
    this.encrypted = Boolean(server && server._tlsKey);
    this.readable = true;
    this.writable = true;
    this.destroyed = false;
    this.server = server;
    this._httpMessage = null;
  }

  setTimeout(ms, callback) {
    if (callback) this.once('timeout', callback);
    return this;
  }

  setNoDelay() {
    return this;
  }

  setKeepAlive() {
    return this;
  }

  address() {
    return { address: this.localAddress, family: this.remoteFamily, port: this.localPort };
  }

  destroy(err) {
    if (this.destroyed) return this;
    this.destroyed = true;
    this.writable = false;
    this.readable = false;
    const res = this._httpMessage;
    // Drops the connection under hyper: no response, or a cut-off body.
    if (res && !res.writableFinished) {
      bindings.httpAbort(res._id);
      if (this.server) this.server._inflight.delete(res._id);
    }
    globalThis.process.nextTick(() => {
      if (err) this.emit('error', err);
      this.emit('close', Boolean(err));
      if (res && !res.writableFinished) res._aborted();
    });
    return this;
  }

  end() {
    return this.destroy();
  }

  ref() {
    return this;
  }

  unref() {
    return this;
  }
}

// The socket of an accepted upgrade (`'upgrade'`). Node hands over the raw socket
// and the handler writes its own answer ("HTTP/1.1 101 ...\r\n\r\n"); hyper owns the
// connection until an answer goes out, so the head written here is parsed and sent
// through hyper, and after a 101 the socket becomes a plain net connection.
let UpgradeSocket;
function upgradeSocket() {
  if (UpgradeSocket) return UpgradeSocket;
  UpgradeSocket = class UpgradeSocket extends require('net').Socket {
    constructor(requestId, remoteAddress, remotePort, remoteFamily, server, connect) {
      super();
      this._requestId = requestId;
      this._connect = connect;
      this._answered = false;
      this._headChunks = [];
      this._wantRead = false;
      this._hadHandle = true;
      this.remoteAddress = remoteAddress;
      this.remotePort = remotePort;
      this.remoteFamily = remoteFamily;
      const local = server.address();
      this.localAddress = local && local.address;
      this.localPort = local && local.port;
      this.encrypted = Boolean(server._tlsKey);
    }

    // As Node's server sockets: bytes, never text (RFC 7230 3).
    setEncoding() {
      throw new (codes().ERR_HTTP_SOCKET_ENCODING)();
    }

    _read() {
      if (this._id === undefined) this._wantRead = true;
      else super._read();
    }

    _write(chunk, encoding, callback) {
      if (this._id !== undefined) return super._write(chunk, encoding, callback);
      // A refused upgrade was answered whole; later writes have nowhere to go.
      if (this._answered) return callback();
      this._headChunks.push(typeof chunk === 'string' ? Buffer().from(chunk, encoding) : Buffer().from(chunk));
      const all = Buffer().concat(this._headChunks);
      const end = all.indexOf('\r\n\r\n');
      if (end < 0) return callback();
      this._headChunks = [];
      const lines = all.subarray(0, end).toString('latin1').split('\r\n');
      const m = /^HTTP\/1\.[01] (\d{3})(?: (.*))?$/.exec(lines[0]);
      if (!m) return callback(new Error(`Invalid HTTP response head written to an upgrade socket: ${JSON.stringify(lines[0])}`));
      const status = Number(m[1]);
      const flat = [];
      for (const line of lines.slice(1)) {
        const colon = line.indexOf(':');
        if (colon > 0) flat.push(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
      }
      const rest = all.subarray(end + 4);
      this._answered = true;
      // A refused upgrade (ws answers 400 + body and destroys): what follows the
      // head is the body.
      const switches = status === 101 || (this._connect && status >= 200 && status < 300);
      const answer = bindings.httpUpgrade(this._requestId, status, m[2] || null, flat, switches ? undefined : rest);
      answer.then(
        (connId) => {
          if (connId === null) return callback();
          if (this.destroyed) {
            bindings.netClose(connId);
            return callback();
          }
          this._attach(connId);
          if (this._wantRead) {
            this._wantRead = false;
            super._read();
          }
          if (rest.length) super._write(rest, undefined, callback);
          else callback();
        },
        (err) => callback(err),
      );
    }

    _final(callback) {
      if (this._id !== undefined) return super._final(callback);
      callback();
    }

    _destroy(err, callback) {
      // Destroyed before answering: the connection is dropped without an answer.
      if (!this._answered) {
        this._answered = true;
        bindings.httpAbort(this._requestId);
      }
      super._destroy(err, callback);
    }
  };
  return UpgradeSocket;
}

class ServerResponse extends OutgoingMessage {
  constructor(req, id) {
    super();
    this.req = req;
    this._id = id;
    this.statusCode = 200;
    this.statusMessage = undefined;
    this.sendDate = true;
    this.strictContentLength = false;
    this.socket = req.socket;
    this._headSent = false;
    this._streaming = false;
    this._pending = 0;
    if (req.method === 'HEAD') this._hasBody = false;
    else this._hasBody = true;
  }

  get connection() {
    return this.socket;
  }

  writeHead(statusCode, reason, headers) {
    if (this.headersSent) throw new (codes().ERR_HTTP_HEADERS_SENT)('write');
    if (typeof reason !== 'string') {
      headers = reason;
      reason = undefined;
    }
    statusCode |= 0;
    if (statusCode < 100 || statusCode > 999) throw new (codes().ERR_HTTP_INVALID_STATUS_CODE)(statusCode);
    this.statusCode = statusCode;
    if (reason !== undefined) this.statusMessage = reason;
    if (Array.isArray(headers)) {
      if (headers.length && Array.isArray(headers[0])) for (const [k, v] of headers) this.appendHeader(k, v);
      else for (let i = 0; i < headers.length; i += 2) this.appendHeader(headers[i], headers[i + 1]);
    } else if (headers) {
      for (const k of Object.keys(headers)) if (headers[k] !== undefined) this.setHeader(k, headers[k]);
    }
    // As in Node, the head counts as sent from here on (setHeader throws), though
    // it goes to the host with the first body bytes, in one call with end().
    this.headersSent = true;
    this._header = true;
    return this;
  }

  writeContinue() {}

  writeProcessing() {}

  _sendHead(body, end) {
    this.headersSent = true;
    this._header = true;
    this._headSent = true;
    const reason = this.statusMessage === undefined ? STATUS_CODES[this.statusCode] || 'unknown' : this.statusMessage;
    this.statusMessage = reason;
    bindings.httpRespond(this._id, this.statusCode, reason, this._flatHeaders(), body, end);
  }

  write(chunk, encoding, callback) {
    if (typeof encoding === 'function') {
      callback = encoding;
      encoding = undefined;
    }
    if (this.writableEnded) {
      const err = new (codes().ERR_STREAM_WRITE_AFTER_END)();
      globalThis.process.nextTick(() => {
        if (callback) callback(err);
        this.emit('error', err);
      });
      return false;
    }
    if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) {
      throw new (codes().ERR_INVALID_ARG_TYPE)('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
    }
    const bytes = typeof chunk === 'string' ? Buffer().from(chunk, encoding || 'utf8') : chunk;
    if (!this._headSent) {
      this._streaming = true;
      this._sendHead(this._hasBody ? bytes : undefined, false);
      if (callback) globalThis.process.nextTick(callback);
      return true;
    }
    if (this._hasBody && bytes.byteLength) {
      this._pending++;
      bindings.httpWrite(this._id, bytes).then(() => {
        this._pending--;
        if (callback) callback();
        if (this._pending === 0) this.emit('drain');
      });
      return this._pending < 4;
    }
    if (callback) globalThis.process.nextTick(callback);
    return true;
  }

  end(chunk, encoding, callback) {
    if (typeof chunk === 'function') {
      callback = chunk;
      chunk = undefined;
    } else if (typeof encoding === 'function') {
      callback = encoding;
      encoding = undefined;
    }
    if (this.writableEnded) {
      if (callback) globalThis.process.nextTick(callback);
      return this;
    }
    let bytes;
    if (chunk !== undefined && chunk !== null) {
      if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) {
        throw new (codes().ERR_INVALID_ARG_TYPE)('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
      }
      bytes = typeof chunk === 'string' ? (encoding && encoding !== 'utf8' && encoding !== 'utf-8' ? Buffer().from(chunk, encoding) : chunk) : chunk;
    }
    this.writableEnded = true;
    this.finished = true;
    if (!this._headSent) {
      // The common case: head and body in one host call.
      if (bytes !== undefined && this._hasBody && !this.hasHeader('content-length')) {
        const length = typeof bytes === 'string' ? Buffer().byteLength(bytes) : bytes.byteLength;
        (this[kHeaders] ??= Object.create(null))['content-length'] = ['Content-Length', length];
      }
      this._sendHead(this._hasBody ? bytes : undefined, true);
    } else {
      bindings.httpEnd(this._id, this._hasBody && bytes !== undefined ? (typeof bytes === 'string' ? Buffer().from(bytes) : bytes) : undefined);
    }
    if (callback) this.once('finish', callback);
    if (this.socket.server) this.socket.server._inflight.delete(this._id);
    globalThis.process.nextTick(() => {
      this.writableFinished = true;
      this.emit('prefinish');
      this.emit('finish');
      this.socket._httpMessage = null;
      globalThis.process.nextTick(() => this.emit('close'));
      if (this.req) this.req.emit('close');
    });
    return this;
  }

  assignSocket() {}

  detachSocket() {}

  // The client went away (or the socket was destroyed) before the response ended.
  _aborted() {
    if (this._closed) return;
    this._closed = true;
    this.destroyed = true;
    const req = this.req;
    if (req && !req.complete) {
      req.aborted = true;
      req.emit('aborted');
      // As Node's IncomingMessage: the error reaches only those listening for it.
      if (req.listenerCount('error') > 0) {
        const err = new Error('aborted');
        err.code = 'ECONNRESET';
        req.destroy(err);
      } else {
        req.destroy();
      }
    } else if (req) {
      req.emit('close');
    }
    this.emit('close');
  }

  _destroyImpl(err) {
    if (!this._headSent) {
      this.statusCode = 500;
      this.end();
    }
    super._destroyImpl(err);
  }
}

class Server extends EventEmitter {
  constructor(options, requestListener) {
    super();
    if (typeof options === 'function') {
      requestListener = options;
      options = {};
    }
    this._options = options || {};
    if (requestListener) this.on('request', requestListener);
    this._id = undefined;
    this._address = null;
    this.listening = false;
    this._refed = true;
    this._inflight = new Map();
    this.timeout = 0;
    this.keepAliveTimeout = 5000;
    this.headersTimeout = 60000;
    this.requestTimeout = 300000;
    this.maxHeadersCount = null;
    this.maxRequestsPerSocket = 0;
  }

  listen(...args) {
    const cb = typeof args[args.length - 1] === 'function' ? args.pop() : undefined;
    let options;
    if (args[0] !== null && typeof args[0] === 'object') options = args[0];
    else options = { port: args[0], host: typeof args[1] === 'string' ? args[1] : undefined, backlog: typeof args[1] === 'number' ? args[1] : args[2] };
    if (cb) this.once('listening', cb);
    const port = options.port === undefined || options.port === null || options.port === '' ? 0 : Number(options.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new (codes().ERR_SOCKET_BAD_PORT)('options.port', options.port);
    let info;
    try {
      info = bindings.httpListen(options.host ?? null, port, options.backlog ?? 511, this._tlsKey, this._tlsCert);
    } catch (err) {
      globalThis.process.nextTick(() => this.emit('error', err));
      return this;
    }
    this._id = info.id;
    this._address = { address: info.address, family: info.family, port: info.port };
    this.listening = true;
    if (this._refed) bindings.loopRef(1);
    globalThis.process.nextTick(() => this.emit('listening'));
    this._acceptLoop(info.id);
    return this;
  }

  async _acceptLoop(id) {
    for (;;) {
      const batch = await bindings.httpAccept(id);
      if (batch === null) return;
      for (const r of batch) this._dispatch(r);
    }
  }

  _dispatch(r) {
    if (typeof r === 'number') {
      // The host's notice that this request's connection closed unanswered.
      const res = this._inflight.get(r);
      this._inflight.delete(r);
      if (res) {
        res.socket.destroyed = true;
        res.socket.emit('close', false);
        res._aborted();
      }
      return;
    }
    const [id, method, url, version, rawHeaders, remoteAddress, remotePort, remoteFamily, upgrade] = r;
    // As Node 20: an upgrade nobody listens for is an ordinary request; a CONNECT
    // nobody listens for closes the connection.
    const connect = method === 'CONNECT';
    if (connect && this.listenerCount('connect') === 0) {
      bindings.httpAbort(id);
      return;
    }
    if (upgrade && this.listenerCount(connect ? 'connect' : 'upgrade') > 0) {
      const socket = new (upgradeSocket())(id, remoteAddress, remotePort, remoteFamily, this, connect);
      const req = setHead(new IncomingMessage(socket, null), { method, url }, version, rawHeaders);
      req.complete = true;
      req.upgrade = true;
      this.emit(connect ? 'connect' : 'upgrade', req, socket, Buffer().alloc(0));
      return;
    }
    const socket = new RequestSocket(remoteAddress, remotePort, remoteFamily, this);
    // Without Content-Length or Transfer-Encoding a request has no body (RFC 9112
    // 6.3): it is complete as soon as it arrives, with no host read.
    let hasBody = false;
    for (let i = 0; i < rawHeaders.length; i += 2) {
      const name = rawHeaders[i].toLowerCase();
      if (name === 'transfer-encoding' || (name === 'content-length' && rawHeaders[i + 1] !== '0')) hasBody = true;
    }
    const req = setHead(new IncomingMessage(socket, hasBody ? () => bindings.httpReadBody(id) : null), { method, url }, version, rawHeaders);
    if (!hasBody) req.complete = true;
    const res = new ServerResponse(req, id);
    socket._httpMessage = res;
    this._inflight.set(id, res);
    try {
      this.emit('request', req, res);
    } finally {
      // A handler that throws still answers, as Node's does when the process survives.
    }
  }

  address() {
    return this._address;
  }

  close(cb) {
    if (typeof cb === 'function') {
      if (!this.listening) {
        globalThis.process.nextTick(cb, new (codes().ERR_SERVER_NOT_RUNNING)());
        return this;
      }
      this.once('close', cb);
    }
    if (!this.listening) return this;
    const id = this._id;
    this.listening = false;
    this._id = undefined;
    bindings.httpClose(id).then(() => {
      if (this._refed) bindings.loopRef(-1);
      this.emit('close');
    });
    return this;
  }

  closeAllConnections() {}

  closeIdleConnections() {}

  setTimeout(ms, callback) {
    this.timeout = ms;
    if (callback) this.on('timeout', callback);
    return this;
  }

  getConnections(cb) {
    globalThis.process.nextTick(cb, null, this._id === undefined ? 0 : bindings.httpConnections(this._id));
    return this;
  }

  ref() {
    if (!this._refed) {
      this._refed = true;
      if (this.listening) bindings.loopRef(1);
    }
    return this;
  }

  unref() {
    if (this._refed) {
      this._refed = false;
      if (this.listening) bindings.loopRef(-1);
    }
    return this;
  }

  [Symbol.asyncDispose]() {
    return new Promise((resolve) => this.close(() => resolve()));
  }
}

function createServer(options, requestListener) {
  return new Server(options, requestListener);
}

class Agent extends EventEmitter {
  constructor(options = {}) {
    super();
    this.options = { path: null, ...options };
    this.keepAlive = options.keepAlive ?? false;
    this.keepAliveMsecs = options.keepAliveMsecs ?? 1000;
    this.maxSockets = options.maxSockets ?? Infinity;
    this.maxFreeSockets = options.maxFreeSockets ?? 256;
    this.maxTotalSockets = options.maxTotalSockets ?? Infinity;
    this.defaultPort = 80;
    this.protocol = 'http:';
    this.requests = Object.create(null);
    this.sockets = Object.create(null);
    this.freeSockets = Object.create(null);
  }

  destroy() {}
}

const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

let nextToken = 1;

class ClientRequest extends OutgoingMessage {
  constructor(input, options, cb, defaultProtocol = 'http:') {
    super();
    if (typeof input === 'string' || (input && typeof input.href === 'string' && typeof input.protocol === 'string')) {
      const u = new URL(String(input.href ?? input));
      const fromUrl = { protocol: u.protocol, hostname: u.hostname.replace(/^\[|\]$/g, ''), port: u.port, path: `${u.pathname}${u.search}`, auth: u.username ? `${decodeURIComponent(u.username)}:${decodeURIComponent(u.password)}` : undefined };
      if (typeof options === 'function') {
        cb = options;
        options = {};
      }
      options = { ...fromUrl, ...(options || {}) };
    } else {
      cb = options;
      options = { ...(input || {}) };
    }
    // As Node: the protocol must be the one of the module (or agent) used.
    const agent = options.agent && typeof options.agent === 'object' ? options.agent : null;
    const expected = (agent && agent.protocol) || defaultProtocol;
    const protocol = options.protocol || expected;
    if (protocol !== expected) throw new (codes().ERR_INVALID_PROTOCOL)(protocol, expected);
    this.protocol = protocol;
    if (protocol === 'https:') {
      const agentOptions = (agent && agent.options) || {};
      const pick = (name) => (options[name] !== undefined ? options[name] : agentOptions[name]);
      const ca = pick('ca');
      this._tls = {
        ca: require('internal/tls/options').pem(ca, 'ca'),
        rejectUnauthorized: pick('rejectUnauthorized') !== false,
        servername: pick('servername'),
      };
    }
    this.method = (options.method || 'GET').toUpperCase();
    if (!/^[A-Z!#$%&'*+.^_`|~0-9-]+$/i.test(this.method)) throw new (codes().ERR_INVALID_HTTP_TOKEN)('Method', this.method);
    this.host = options.hostname || options.host || 'localhost';
    this.port = options.port || options.defaultPort || (protocol === 'https:' ? 443 : 80);
    this.path = options.path || '/';
    if (/[\u0000-\u0020]/.test(this.path)) throw new (codes().ERR_UNESCAPED_CHARACTERS)('Request path');
    this.agent = options.agent;
    this.aborted = false;
    this.reusedSocket = false;
    this.maxHeadersCount = null;
    this.socket = new EventEmitter();
    this._chunks = [];
    this._token = nextToken++;
    this._timeout = options.timeout;
    this._timer = null;
    if (options.headers) {
      if (Array.isArray(options.headers)) for (let i = 0; i < options.headers.length; i += 2) this.appendHeader(options.headers[i], options.headers[i + 1]);
      else for (const k of Object.keys(options.headers)) if (options.headers[k] !== undefined) this.setHeader(k, options.headers[k]);
    }
    if (options.auth && !this.hasHeader('authorization')) this.setHeader('Authorization', `Basic ${Buffer().from(options.auth).toString('base64')}`);
    if (cb) this.once('response', cb);
    if (options.signal) {
      const signal = options.signal;
      const onAbort = () => {
        const { AbortError } = require('internal/errors');
        this.destroy(new AbortError(undefined, { cause: signal.reason }));
      };
      if (signal.aborted) globalThis.process.nextTick(onAbort);
      else signal.addEventListener('abort', onAbort, { once: true });
    }
    if (this._timeout) this.setTimeout(this._timeout);
    globalThis.process.nextTick(() => this.emit('socket', this.socket));
  }

  get connection() {
    return this.socket;
  }

  write(chunk, encoding, callback) {
    if (typeof encoding === 'function') {
      callback = encoding;
      encoding = undefined;
    }
    if (this.writableEnded) {
      const err = new (codes().ERR_STREAM_WRITE_AFTER_END)();
      globalThis.process.nextTick(() => this.emit('error', err));
      return false;
    }
    const bytes = typeof chunk === 'string' ? Buffer().from(chunk, encoding || 'utf8') : Buffer().from(chunk);
    if (this._ending) {
      // end(data) with nothing written before: the whole body, with its length.
      this._chunks.push(bytes);
      return true;
    }
    // As Node: the first write() sends the head (chunked, unless a Content-Length
    // was set) and the body follows as it is written.
    if (!this._streaming) this._send(true);
    return this._writeStreamed(bytes, callback);
  }

  flushHeaders() {
    if (!this.headersSent && !this.destroyed) this._send(true);
  }

  // Streamed body: chunks go out in order, each after the previous one was taken.
  _writeStreamed(bytes, callback) {
    this._pendingBytes += bytes.byteLength;
    const token = this._token;
    this._writeChain = this._writeChain.then(() => bindings.httpRequestWrite(token, bytes)).then(
      () => {
        this._pendingBytes -= bytes.byteLength;
        if (callback) callback();
        if (this._needDrain && this._pendingBytes === 0) {
          this._needDrain = false;
          this.emit('drain');
        }
      },
      (err) => {
        if (callback) callback(err);
      },
    );
    if (this._pendingBytes >= 16384) {
      this._needDrain = true;
      return false;
    }
    return true;
  }

  end(chunk, encoding, callback) {
    if (typeof chunk === 'function') {
      callback = chunk;
      chunk = undefined;
    } else if (typeof encoding === 'function') {
      callback = encoding;
      encoding = undefined;
    }
    if (this.writableEnded) return this;
    if (chunk !== undefined && chunk !== null) {
      this._ending = !this._streaming;
      this.write(chunk, encoding);
      this._ending = false;
    }
    this.writableEnded = true;
    this.finished = true;
    if (callback) this.once('finish', callback);
    if (this._streaming) {
      const token = this._token;
      this._writeChain.then(() => {
        bindings.httpRequestEnd(token);
        this.writableFinished = true;
        this.emit('finish');
      });
    } else {
      this._send(false);
    }
    return this;
  }

  // Sends the head: with the whole body, or (`streamed`) with a body to follow.
  _send(streamed) {
    let body = this._chunks.length ? Buffer().concat(this._chunks) : undefined;
    this._chunks = [];
    if (streamed) {
      this._streaming = true;
      this._writeChain = Promise.resolve();
      this._pendingBytes = 0;
      if (body !== undefined) this._writeStreamed(body);
      body = true;
    }
    this.headersSent = true;
    this._header = true;
    const host = this.host.includes(':') && !this.host.startsWith('[') ? `[${this.host}]` : this.host;
    // CONNECT: to the proxy (host:port), naming the tunnel's end in the path.
    const connect = this.method === 'CONNECT';
    const url = connect ? `${this.protocol}//${host}:${this.port}/` : `${this.protocol}//${host}:${this.port}${this.path}`;
    bindings.httpRequest(this._token, this.method, url, this._flatHeaders(), body, this._tls, connect ? this.path : undefined).then(
      ([id, status, statusText, version, rawHeaders, upgraded]) => {
        this._clearTimer();
        if (upgraded !== null || connect) return this._upgraded(upgraded, status, statusText, version, rawHeaders);
        const res = setHead(new IncomingMessage(this.socket, () => bindings.httpResponseRead(id)), { statusCode: status, statusMessage: statusText }, version, rawHeaders);
        res.req = this;
        this.res = res;
        res.once('end', () => globalThis.process.nextTick(() => {
          this.emit('close');
          res.emit('close');
        }));
        if (!this.emit('response', res)) res.resume();
      },
      (err) => {
        this._clearTimer();
        if (this.destroyed && err && err.code === 'ABORT_ERR') return;
        this.emit('error', err);
        this.emit('close');
      },
    );
    if (!streamed) {
      globalThis.process.nextTick(() => {
        this.writableFinished = true;
        this.emit('finish');
      });
    }
  }

  // A 101 answer: the connection is the caller's now, as a net.Socket.
  // A CONNECT refused (not 2xx) still reports 'connect', with a closed socket.
  _upgraded(connId, status, statusText, version, rawHeaders) {
    const net = require('net');
    const socket = connId === null ? new net.Socket() : new net.Socket({ handle: { id: connId } });
    if (connId === null) socket.destroy();
    socket.remoteAddress = this.host;
    socket.remotePort = Number(this.port);
    const res = setHead(new IncomingMessage(socket, null), { statusCode: status, statusMessage: statusText }, version, rawHeaders);
    res.complete = true;
    res.upgrade = true;
    res.req = this;
    const event = this.method === 'CONNECT' ? 'connect' : 'upgrade';
    if (this.listenerCount(event) > 0) {
      this.upgradeOrConnect = true;
      this.emit(event, res, socket, Buffer().alloc(0));
      this.destroyed = true;
      this.emit('close');
    } else {
      socket.destroy();
    }
  }

  abort() {
    if (this.aborted) return;
    this.aborted = true;
    globalThis.process.nextTick(() => this.emit('abort'));
    this.destroy();
  }

  _destroyImpl(err) {
    bindings.httpRequestCancel(this._token);
    if (this.res) bindings.httpResponseClose(this.res._id || 0);
    this._clearTimer();
    globalThis.process.nextTick(() => {
      if (err) this.emit('error', err);
      else if (!this.res) {
        const e = new Error('socket hang up');
        e.code = 'ECONNRESET';
        this.emit('error', e);
      }
      this.emit('close');
    });
  }

  setTimeout(ms, callback) {
    if (callback) this.once('timeout', callback);
    this._clearTimer();
    if (ms > 0) this._timer = setTimeout(() => this.emit('timeout'), ms);
    return this;
  }

  _clearTimer() {
    if (this._timer) {
      clearTimeout(this._timer);
      this._timer = null;
    }
  }

  setNoDelay() {}

  setSocketKeepAlive() {}
}

function request(url, options, cb) {
  return new ClientRequest(url, options, cb);
}

function get(url, options, cb) {
  const req = request(url, options, cb);
  req.end();
  return req;
}

module.exports = {
  _connectionListener() {},
  METHODS: METHODS.slice(),
  STATUS_CODES,
  Agent,
  ClientRequest,
  IncomingMessage,
  OutgoingMessage,
  Server,
  ServerResponse,
  createServer,
  validateHeaderName,
  validateHeaderValue,
  get,
  request,
  setMaxIdleHTTPParsers() {},
  maxHeaderSize: 16384,
  globalAgent,
};
