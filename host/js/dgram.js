'use strict';
// The `dgram` module: UDP sockets (host/src/ops/dgram.rs). A bound socket receives
// at once ('message') and keeps the process alive until closed or unref()'d.

const EventEmitter = require('events');

function codes() {
  return require('internal/errors').codes;
}

function Buffer() {
  return require('buffer').Buffer;
}

function toBytes(msg, name = 'msg') {
  if (typeof msg === 'string') return Buffer().from(msg);
  if (ArrayBuffer.isView(msg)) return Buffer().from(msg.buffer, msg.byteOffset, msg.byteLength);
  throw new (codes().ERR_INVALID_ARG_TYPE)(name, ['string', 'Buffer', 'TypedArray', 'DataView'], msg);
}

function sliceBuffer(buffer, offset, length) {
  if (typeof buffer === 'string') buffer = Buffer().from(buffer);
  else if (!ArrayBuffer.isView(buffer)) throw new (codes().ERR_INVALID_ARG_TYPE)('buffer', ['Buffer', 'TypedArray', 'DataView', 'string'], buffer);
  offset >>>= 0;
  length >>>= 0;
  if (offset > buffer.byteLength) throw new (codes().ERR_BUFFER_OUT_OF_BOUNDS)('offset');
  if (offset + length > buffer.byteLength) throw new (codes().ERR_BUFFER_OUT_OF_BOUNDS)('length');
  return Buffer().from(buffer.buffer, buffer.byteOffset + offset, length);
}

// Node's rule: 0 may be bound, but not sent or connected to.
function validatePort(port, allowZero = false) {
  return require('internal/validators').validatePort(port, 'Port', allowZero);
}

class Socket extends EventEmitter {
  constructor(type, listener) {
    super();
    const options = typeof type === 'object' && type !== null ? type : { type };
    if (options.type !== 'udp4' && options.type !== 'udp6') throw new (codes().ERR_SOCKET_BAD_TYPE)();
    this.type = options.type;
    this._options = options;
    this._id = undefined;
    this._state = 'unbound'; // 'binding', 'bound', 'closed'
    this._queue = [];
    this._refed = true;
    this._counted = false;
    this._address = null;
    this._remote = null;
    this._lookup = options.lookup || require('dns').lookup;
    if (typeof listener === 'function') this.on('message', listener);
    if (options.signal) {
      const onAbort = () => this.close();
      if (options.signal.aborted) globalThis.process.nextTick(onAbort);
      else options.signal.addEventListener('abort', onAbort, { once: true });
    }
  }

  bind(port, address, callback) {
    if (this._state !== 'unbound') throw new (codes().ERR_SOCKET_ALREADY_BOUND)();
    let options;
    if (port !== null && typeof port === 'object') {
      options = port;
      callback = address;
    } else {
      if (typeof port === 'function') {
        callback = port;
        port = 0;
        address = undefined;
      } else if (typeof address === 'function') {
        callback = address;
        address = undefined;
      }
      options = { port, address };
    }
    const portNumber = options.port === undefined || options.port === null ? 0 : validatePort(options.port, true);
    if (typeof callback === 'function') this.once('listening', callback);
    this._state = 'binding';
    const host = options.address || (this.type === 'udp4' ? '0.0.0.0' : '::');
    this._resolve(host, (err, ip) => {
      if (this._state === 'closed') return;
      if (err) {
        this._state = 'unbound';
        this.emit('error', err);
        return;
      }
      let info;
      try {
        info = bindings.udpBind(this.type, ip, portNumber, Boolean(this._options.reuseAddr), Boolean(this._options.ipv6Only));
      } catch (e) {
        this._state = 'unbound';
        this.emit('error', e);
        return;
      }
      this._id = info.id;
      this._address = { address: info.address, family: info.family, port: info.port };
      this._state = 'bound';
      if (this._refed) {
        bindings.loopRef(1);
        this._counted = true;
      }
      if (this._options.recvBufferSize) this.setRecvBufferSize(this._options.recvBufferSize);
      if (this._options.sendBufferSize) this.setSendBufferSize(this._options.sendBufferSize);
      this._receive(info.id);
      this.emit('listening');
      const queued = this._queue;
      this._queue = [];
      for (const fn of queued) fn();
    });
    return this;
  }

  _resolve(host, cb) {
    const family = this.type === 'udp4' ? 4 : 6;
    if (require('net').isIP(host)) {
      globalThis.process.nextTick(cb, null, host);
      return;
    }
    this._lookup(host, { family }, (err, address) => cb(err, address));
  }

  async _receive(id) {
    for (;;) {
      let got;
      try {
        got = await bindings.udpRecv(id);
      } catch (err) {
        if (this._id !== id) return;
        this.emit('error', err);
        continue;
      }
      if (got === null || this._id !== id) return;
      const [bytes, address, family, port] = got;
      const msg = Buffer().from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      this.emit('message', msg, { address, family, port, size: msg.length });
    }
  }

  // Runs fn once bound, binding to any address first if nobody did (as Node's send).
  _whenBound(fn) {
    if (this._state === 'bound') fn();
    else {
      this._queue.push(fn);
      if (this._state === 'unbound') this.bind({ port: 0 });
    }
  }

  // Node's argument handling, quirks included: send(msg, port, address, cb),
  // send(msg, offset, length, port, address, cb), and on a connected socket
  // send(msg, cb) / send(msg, offset, length, cb).
  send(buffer, offset, length, port, address, callback) {
    const connected = this._remote !== null && !this._remote.pending;
    if (!connected) {
      if (address || (port && typeof port !== 'function')) {
        buffer = sliceBuffer(buffer, offset, length);
      } else {
        callback = port;
        port = offset;
        address = length;
      }
    } else {
      if (typeof length === 'number') {
        buffer = sliceBuffer(buffer, offset, length);
        if (typeof port === 'function') {
          callback = port;
          port = null;
        }
      } else {
        callback = offset;
      }
      if (port || address) throw new (codes().ERR_SOCKET_DGRAM_IS_CONNECTED)();
    }
    let list;
    if (Array.isArray(buffer)) list = buffer.map((m) => toBytes(m, 'buffer list arguments'));
    else list = [toBytes(buffer, 'buffer')];
    if (!connected) port = validatePort(port);
    if (typeof callback !== 'function') callback = undefined;
    if (typeof address === 'function') {
      callback = address;
      address = undefined;
    } else if (address != null && typeof address !== 'string') {
      throw new (codes().ERR_INVALID_ARG_TYPE)('address', 'string', address);
    }
    if (this._state === 'closed') throw new (codes().ERR_SOCKET_DGRAM_NOT_RUNNING)();
    const data = list.length === 1 ? list[0] : Buffer().concat(list);
    const done = (err, sent) => {
      if (callback) callback(err, sent);
      else if (err) this.emit('error', err);
    };
    this._whenBound(() => {
      if (connected) {
        bindings.udpSend(this._id, data).then((n) => done(null, n), (err) => done(err));
        return;
      }
      const host = address || (this.type === 'udp4' ? '127.0.0.1' : '::1');
      this._resolve(host, (err, ip) => {
        if (err) return done(err);
        if (this._state !== 'bound') return done(new (codes().ERR_SOCKET_DGRAM_NOT_RUNNING)());
        bindings.udpSend(this._id, data, port, ip).then((n) => done(null, n), (e) => done(e));
      });
    });
  }

  connect(port, address, callback) {
    if (typeof address === 'function') {
      callback = address;
      address = undefined;
    }
    port = validatePort(port);
    if (this._remote !== null) throw new (codes().ERR_SOCKET_DGRAM_IS_CONNECTED)();
    this._remote = { pending: true };
    if (typeof callback === 'function') this.once('connect', callback);
    const host = address || (this.type === 'udp4' ? '127.0.0.1' : '::1');
    this._whenBound(() => this._resolve(host, (err, ip) => {
      if (err) {
        this._remote = null;
        this.emit('error', err);
        return;
      }
      bindings.udpConnect(this._id, ip, port).then((peer) => {
        this._remote = peer;
        this.emit('connect');
      }, (e) => {
        this._remote = null;
        this.emit('error', e);
      });
    }));
  }

  disconnect() {
    if (this._state === 'closed') throw new (codes().ERR_SOCKET_DGRAM_NOT_RUNNING)();
    if (this._remote === null || this._remote.pending) throw new (codes().ERR_SOCKET_DGRAM_NOT_CONNECTED)();
    bindings.udpDisconnect(this._id);
    this._remote = null;
  }

  remoteAddress() {
    if (this._state === 'closed') throw new (codes().ERR_SOCKET_DGRAM_NOT_RUNNING)();
    if (this._remote === null || this._remote.pending) throw new (codes().ERR_SOCKET_DGRAM_NOT_CONNECTED)();
    return { ...this._remote };
  }

  address() {
    if (this._state === 'closed') throw new (codes().ERR_SOCKET_DGRAM_NOT_RUNNING)();
    if (this._state !== 'bound') {
      // As Node: the unbound handle's getsockname fails.
      const err = new Error('getsockname EBADF');
      err.errno = -9;
      err.code = 'EBADF';
      err.syscall = 'getsockname';
      throw err;
    }
    return { ...this._address };
  }

  close(callback) {
    if (this._state === 'closed') throw new (codes().ERR_SOCKET_DGRAM_NOT_RUNNING)();
    if (typeof callback === 'function') this.once('close', callback);
    if (this._id !== undefined) bindings.udpClose(this._id);
    this._id = undefined;
    this._state = 'closed';
    this._queue = [];
    if (this._counted) {
      bindings.loopRef(-1);
      this._counted = false;
    }
    globalThis.process.nextTick(() => this.emit('close'));
    return this;
  }

  ref() {
    this._refed = true;
    if (this._state === 'bound' && !this._counted) {
      bindings.loopRef(1);
      this._counted = true;
    }
    return this;
  }

  unref() {
    this._refed = false;
    if (this._counted) {
      bindings.loopRef(-1);
      this._counted = false;
    }
    return this;
  }

  _option(name, value, extra) {
    if (this._state !== 'bound') throw new (codes().ERR_SOCKET_DGRAM_NOT_RUNNING)();
    return bindings.udpSetOption(this._id, name, value, extra);
  }

  setBroadcast(flag) {
    this._option('broadcast', Boolean(flag));
  }

  setTTL(ttl) {
    if (typeof ttl !== 'number') throw new (codes().ERR_INVALID_ARG_TYPE)('ttl', 'number', ttl);
    this._option('ttl', ttl);
    return ttl;
  }

  setMulticastTTL(ttl) {
    if (typeof ttl !== 'number') throw new (codes().ERR_INVALID_ARG_TYPE)('ttl', 'number', ttl);
    this._option('multicastTTL', ttl);
    return ttl;
  }

  setMulticastLoopback(flag) {
    this._option('multicastLoopback', Boolean(flag));
    return flag;
  }

  addMembership(multicastAddress, interfaceAddress) {
    if (!multicastAddress) throw new (codes().ERR_MISSING_ARGS)('multicastAddress');
    this._option('addMembership', multicastAddress, interfaceAddress);
  }

  dropMembership(multicastAddress, interfaceAddress) {
    if (!multicastAddress) throw new (codes().ERR_MISSING_ARGS)('multicastAddress');
    this._option('dropMembership', multicastAddress, interfaceAddress);
  }

  setRecvBufferSize(size) {
    this._option('recvBufferSize', size);
  }

  setSendBufferSize(size) {
    this._option('sendBufferSize', size);
  }

  getRecvBufferSize() {
    return this._option('recvBufferSize');
  }

  getSendBufferSize() {
    return this._option('sendBufferSize');
  }

  [Symbol.asyncDispose]() {
    return new Promise((resolve) => (this._state === 'closed' ? resolve() : this.close(resolve)));
  }
}

function createSocket(type, listener) {
  return new Socket(type, listener);
}

module.exports = { Socket, createSocket };
