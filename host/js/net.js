'use strict';
// The `net` module: TCP and Unix-domain servers and sockets. Sockets are Duplex
// streams over host ops; reads keep the process alive until the socket is unref'd.

const EventEmitter = require('events');
const { Duplex } = require('stream');

function codes() {
  return require('internal/errors').codes;
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const IPV6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(([0-9a-fA-F]{1,4}:){0,7}[0-9a-fA-F]{0,4})?::(([0-9a-fA-F]{1,4}:){0,7}[0-9a-fA-F]{0,4})?|([0-9a-fA-F]{1,4}:){6}((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)|::[fF]{4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d))(%[0-9a-zA-Z.]+)?$/;

function isIPv4(s) {
  return typeof s === 'string' && IPV4.test(s);
}

function isIPv6(s) {
  if (typeof s !== 'string' || !IPV6.test(s)) return false;
  return (s.match(/::/g) || []).length <= 1;
}

function isIP(s) {
  return isIPv4(s) ? 4 : isIPv6(s) ? 6 : 0;
}

function toBuffer(bytes) {
  const { Buffer } = require('buffer');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

const kRefed = Symbol('refed');

class Socket extends Duplex {
  constructor(options = {}) {
    if (typeof options === 'number') options = { fd: options };
    // 'close' is emitted here, not by the stream: Node's carries `hadError`.
    super({ allowHalfOpen: Boolean(options.allowHalfOpen), emitClose: false, autoDestroy: true, decodeStrings: false });
    this._hadHandle = false;
    this._id = undefined;
    this.connecting = false;
    this.remoteAddress = undefined;
    this.remotePort = undefined;
    this.remoteFamily = undefined;
    this.localAddress = undefined;
    this.localPort = undefined;
    this.bytesRead = 0;
    this._bytesDispatched = 0;
    this.server = null;
    this._timeoutMs = undefined;
    this._timer = null;
    this[kRefed] = true;
    this._pendingRead = false;
    if (options.handle && typeof options.handle.id === 'number') this._attach(options.handle.id);
  }

  get bytesWritten() {
    return this._bytesDispatched;
  }

  get readyState() {
    if (this.connecting) return 'opening';
    if (this.readable && this.writable) return 'open';
    if (this.readable && !this.writable) return 'readOnly';
    if (!this.readable && this.writable) return 'writeOnly';
    return 'closed';
  }

  get pending() {
    return this._id === undefined || this.connecting;
  }

  _attach(id) {
    this._id = id;
    this._hadHandle = true;
    bindings.loopRef(1);
    this[kRefed] = true;
    this._refCounted = true;
  }

  connect(...args) {
    const [options, cb] = normalizeArgs(args);
    if (typeof cb === 'function') this.once('connect', cb);
    this.connecting = true;
    this._hadHandle = true;
    const onError = (err) => {
      this.connecting = false;
      this.destroy(err);
    };
    if (options.path !== undefined) {
      bindings.pipeConnect(String(options.path)).then(([id]) => this._connected(id, {}), onError);
      return this;
    }
    const port = Number(options.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new (codes().ERR_SOCKET_BAD_PORT)('Port', options.port);
    const host = options.host || 'localhost';
    const start = (address) => bindings.tcpConnect(address, port).then(([id, la, lp, ra, rp, fam]) => this._connected(id, { la, lp, ra, rp, fam }), onError);
    if (isIP(host)) start(host);
    else {
      require('dns').lookup(host, { family: options.family || 0 }, (err, address) => {
        if (err) {
          err.message = `getaddrinfo ${err.code} ${host}`;
          onError(err);
        } else {
          this.emit('lookup', null, address, isIP(address), host);
          start(address);
        }
      });
    }
    return this;
  }

  _connected(id, info) {
    this.connecting = false;
    if (this.destroyed) {
      bindings.netClose(id);
      return;
    }
    this._attach(id);
    this.localAddress = info.la;
    this.localPort = info.lp;
    this.remoteAddress = info.ra;
    this.remotePort = info.rp;
    this.remoteFamily = info.fam;
    if (!this[kRefed]) this.unref();
    this.emit('connect');
    this.emit('ready');
    this._touch();
    // Node starts reading at once unless the socket was paused explicitly.
    if (!this.isPaused()) this.read(0);
    this.uncork();
  }

  _read() {
    if (this._id === undefined) {
      // Not connected yet: read once connected.
      this.once('connect', () => this._read());
      return;
    }
    if (this._pendingRead) return;
    this._pendingRead = true;
    // What keeps the loop alive is the socket's loopRef (ref/unref), not its
    // pending read: unref() must let the process exit even while a read waits.
    bindings.netRead(this._id).then(
      (bytes) => {
        this._pendingRead = false;
        if (bytes.byteLength === 0) {
          // As Node's onStreamRead: the read(0) lets 'end' come even when nobody
          // consumes the (empty) buffer.
          this.push(null);
          this.read(0);
          return;
        }
        this.bytesRead += bytes.byteLength;
        this._touch();
        this.push(toBuffer(bytes));
      },
      (err) => {
        this._pendingRead = false;
        this.destroy(err);
      },
    );
  }

  _write(chunk, encoding, callback) {
    if (this._id === undefined) {
      this.once('connect', () => this._write(chunk, encoding, callback));
      return;
    }
    const bytes = typeof chunk === 'string' ? require('buffer').Buffer.from(chunk, encoding) : chunk;
    this._bytesDispatched += bytes.byteLength;
    this._touch();
    bindings.netWrite(this._id, bytes).then(() => callback(), (err) => callback(err));
  }

  _final(callback) {
    if (this._id === undefined) {
      if (this.connecting) this.once('connect', () => this._final(callback));
      else callback();
      return;
    }
    bindings.netShutdown(this._id).then(() => callback(), (err) => callback(err));
  }

  _destroy(err, callback) {
    this._clearTimer();
    if (this._id !== undefined) {
      bindings.netClose(this._id);
      if (this._refCounted && this[kRefed]) bindings.loopRef(-1);
      this._refCounted = false;
    }
    if (this.server) this.server._connectionClosed();
    callback(err);
    // A socket that had an OS handle closes it first (Node: in the loop's close
    // phase, after 'error'); one that never had one closes on the next tick.
    if (this._hadHandle) setImmediate(() => this.emit('close', Boolean(err)));
    else process.nextTick(() => this.emit('close'));
  }

  setNoDelay(noDelay = true) {
    if (this._id !== undefined) bindings.tcpSetNoDelay(this._id, Boolean(noDelay));
    return this;
  }

  setKeepAlive(enable = false, initialDelay = 0) {
    if (this._id !== undefined) bindings.tcpSetKeepAlive(this._id, Boolean(enable), initialDelay);
    return this;
  }

  get timeout() {
    return this._timeoutMs;
  }

  setTimeout(ms, callback) {
    this._timeoutMs = ms;
    if (typeof callback === 'function') {
      if (ms === 0) this.removeListener('timeout', callback);
      else this.once('timeout', callback);
    }
    this._touch();
    return this;
  }

  _clearTimer() {
    if (this._timer) {
      clearTimeout(this._timer);
      this._timer = null;
    }
  }

  // Idle timeout: restarted by any activity.
  _touch() {
    this._clearTimer();
    if (this._timeoutMs > 0 && !this.destroyed) {
      this._timer = setTimeout(() => this.emit('timeout'), this._timeoutMs);
      if (!this[kRefed]) this._timer.unref();
    }
  }

  address() {
    if (this.localPort === undefined) return {};
    return { address: this.localAddress, family: this.remoteFamily, port: this.localPort };
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (this._id !== undefined && !this.destroyed) {
        bindings.loopRef(1);
        this._refCounted = true;
      }
    }
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (this._refCounted) {
        bindings.loopRef(-1);
        this._refCounted = false;
      }
    }
    return this;
  }

  resetAndDestroy() {
    return this.destroy();
  }
}

// connect()'s argument shapes: (options[, cb]), (port[, host][, cb]), (path[, cb]).
function normalizeArgs(args) {
  let options = {};
  const first = args[0];
  if (first !== null && typeof first === 'object') options = { ...first };
  else if (typeof first === 'string' && !/^\d+$/.test(first)) options.path = first;
  else {
    options.port = first;
    if (typeof args[1] === 'string') options.host = args[1];
  }
  const cb = args[args.length - 1];
  return [options, typeof cb === 'function' ? cb : undefined];
}

function connect(...args) {
  const [options] = normalizeArgs(args);
  const socket = new Socket(options);
  if (options.timeout) socket.setTimeout(options.timeout);
  return socket.connect(...args);
}

class Server extends EventEmitter {
  constructor(options, connectionListener) {
    super();
    if (typeof options === 'function') {
      connectionListener = options;
      options = {};
    }
    this._options = options || {};
    if (typeof connectionListener === 'function') this.on('connection', connectionListener);
    this._id = undefined;
    this._address = null;
    this._connections = 0;
    this._closing = false;
    this[kRefed] = true;
    this.listening = false;
    this.maxConnections = undefined;
  }

  listen(...args) {
    let cb = typeof args[args.length - 1] === 'function' ? args.pop() : undefined;
    let options = {};
    if (args[0] !== null && typeof args[0] === 'object') options = args[0];
    else if (typeof args[0] === 'string' && !/^\d+$/.test(args[0])) options = { path: args[0] };
    else options = { port: args[0], host: typeof args[1] === 'string' ? args[1] : undefined, backlog: typeof args[1] === 'number' ? args[1] : args[2] };
    if (cb) this.once('listening', cb);
    if (this.listening) throw new (codes().ERR_SERVER_ALREADY_LISTEN)();
    const port = options.port === undefined || options.port === null ? 0 : Number(options.port);
    if (options.path === undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) {
      throw new (codes().ERR_SOCKET_BAD_PORT)('options.port', options.port);
    }
    let info;
    try {
      info = this._bind(options, port);
    } catch (err) {
      globalThis.process.nextTick(() => this.emit('error', err));
      return this;
    }
    this._id = info.id;
    this._address = options.path !== undefined ? options.path : { address: info.address, family: info.family, port: info.port };
    this.listening = true;
    if (this[kRefed]) bindings.loopRef(1);
    globalThis.process.nextTick(() => this.emit('listening'));
    this._acceptLoop();
    return this;
  }

  _bind(options, port) {
    if (options.path !== undefined) return bindings.pipeListen(String(options.path));
    return bindings.tcpListen(options.host ?? null, port, options.backlog ?? 511);
  }

  async _acceptLoop() {
    const id = this._id;
    for (;;) {
      const accepted = await bindings.netAccept(id);
      if (accepted === null || this._id !== id) return;
      this._accepted(accepted);
    }
  }

  // A new connection; tls.Server overrides this to do its handshake first.
  _accepted([connId, remoteAddress, remotePort, remoteFamily]) {
    this._adopt(new Socket({ allowHalfOpen: Boolean(this._options.allowHalfOpen) }), connId, remoteAddress, remotePort, remoteFamily);
  }

  _adopt(socket, connId, remoteAddress, remotePort, remoteFamily, event = 'connection') {
    socket._attach(connId);
    socket.remoteAddress = remoteAddress;
    socket.remotePort = remotePort;
    socket.remoteFamily = remoteFamily;
    if (this._address && typeof this._address === 'object') {
      socket.localAddress = this._address.address;
      socket.localPort = this._address.port;
    }
    socket.server = this;
    this._connections++;
    if (this._options.noDelay) socket.setNoDelay(true);
    // Node reads from a new connection at once (its Socket constructor's read(0)),
    // so EOF and errors surface even before anyone listens for data.
    socket.read(0);
    this.emit(event, socket);
  }

  _connectionClosed() {
    this._connections--;
    this._maybeEmitClose();
  }

  _maybeEmitClose() {
    if (this._closing && this._connections === 0 && !this._closeEmitted) {
      this._closeEmitted = true;
      globalThis.process.nextTick(() => this.emit('close'));
    }
  }

  address() {
    return this._address;
  }

  close(cb) {
    if (typeof cb === 'function') {
      if (!this.listening) this.once('close', () => cb(new (codes().ERR_SERVER_NOT_RUNNING)()));
      else this.once('close', cb);
    }
    if (this.listening) {
      bindings.netCloseListener(this._id);
      if (this[kRefed]) bindings.loopRef(-1);
      this._id = undefined;
      this.listening = false;
    }
    this._closing = true;
    this._maybeEmitClose();
    return this;
  }

  getConnections(cb) {
    globalThis.process.nextTick(cb, null, this._connections);
    return this;
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (this.listening) bindings.loopRef(1);
    }
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (this.listening) bindings.loopRef(-1);
    }
    return this;
  }

  [Symbol.asyncDispose]() {
    return new Promise((resolve) => this.close(() => resolve()));
  }
}

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

// Settings Node's happy-eyeballs connect reads; jsrig tries a host's addresses in
// resolver order whatever they are, so these are kept only to be read back.
let autoSelectFamily = true;
let autoSelectFamilyAttemptTimeout = 250;

module.exports = {
  connect, createConnection: connect, createServer, isIP, isIPv4, isIPv6, Server, Socket, Stream: Socket,
  getDefaultAutoSelectFamily: () => autoSelectFamily,
  setDefaultAutoSelectFamily: (v) => {
    autoSelectFamily = Boolean(v);
  },
  getDefaultAutoSelectFamilyAttemptTimeout: () => autoSelectFamilyAttemptTimeout,
  setDefaultAutoSelectFamilyAttemptTimeout: (v) => {
    autoSelectFamilyAttemptTimeout = Math.max(10, Number(v) || 250);
  },
};
