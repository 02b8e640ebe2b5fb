'use strict';
// The IPC channel between a forked child and its parent: a Unix socket pair (the
// child's end is descriptor NODE_CHANNEL_FD) carrying Node's 'json' serialization,
// one JSON text per line, so either end may be node. Sending handles (sockets,
// servers) and the 'advanced' serialization are not supported.

function codes() {
  return require('internal/errors').codes;
}

// Gives `target` (a ChildProcess, or process in the child) send(), disconnect(),
// `connected`, `channel` and the 'message'/'disconnect' events. `refWhenListened`:
// the channel keeps the loop alive only while someone listens (the child's side).
function setupChannel(target, connId, refWhenListened) {
  const net = require('net');
  const socket = new net.Socket({ handle: { id: connId } });
  let pending = '';
  let refs = 0;
  const updateRef = () => {
    if (refs > 0) socket.ref();
    else socket.unref();
  };

  target.connected = true;
  target.channel = {
    ref() {
      refs++;
      updateRef();
    },
    unref() {
      refs = Math.max(0, refs - 1);
      updateRef();
    },
    get fd() {
      return undefined;
    },
  };

  if (refWhenListened) {
    socket.unref();
    const counts = (name) => name === 'message' || name === 'disconnect';
    target.on('newListener', (name) => {
      if (counts(name) && target.connected) target.channel.ref();
    });
    target.on('removeListener', (name) => {
      if (counts(name) && target.connected) target.channel.unref();
    });
  } else {
    // The parent's side: the child process itself keeps the loop alive.
    socket.unref();
  }

  socket.setEncoding('utf8');
  socket.on('data', (text) => {
    pending += text;
    let nl;
    while ((nl = pending.indexOf('\n')) >= 0) {
      const line = pending.slice(0, nl);
      pending = pending.slice(nl + 1);
      if (line === '') continue;
      let message;
      try {
        message = JSON.parse(line);
      } catch (err) {
        target.emit('error', err);
        continue;
      }
      const internal = message !== null && typeof message === 'object' && typeof message.cmd === 'string' && message.cmd.startsWith('NODE_');
      globalThis.process.nextTick(() => target.emit(internal ? 'internalMessage' : 'message', message, undefined));
    }
  });
  const onGone = () => {
    if (!target.connected) return;
    target.connected = false;
    target.channel = null;
    globalThis.process.nextTick(() => target.emit('disconnect'));
  };
  socket.on('end', () => {
    socket.end();
    onGone();
  });
  socket.on('close', onGone);
  socket.on('error', () => {});

  target.send = function send(message, handle, options, callback) {
    if (typeof handle === 'function') {
      callback = handle;
      handle = undefined;
    } else if (typeof options === 'function') {
      callback = options;
      options = undefined;
    }
    if (message === undefined) throw new (codes().ERR_MISSING_ARGS)('message');
    if (typeof message !== 'string' && typeof message !== 'object' && typeof message !== 'number' && typeof message !== 'boolean') {
      throw new (codes().ERR_INVALID_ARG_TYPE)('message', ['string', 'object', 'number', 'boolean'], message);
    }
    if (handle !== undefined && handle !== null) {
      throw new (codes().ERR_METHOD_NOT_IMPLEMENTED)('send with a handle (sockets, servers)');
    }
    if (!target.connected) {
      const err = new (codes().ERR_IPC_CHANNEL_CLOSED)();
      if (typeof callback === 'function') globalThis.process.nextTick(callback, err);
      else globalThis.process.nextTick(() => target.emit('error', err));
      return false;
    }
    socket.write(`${JSON.stringify(message)}\n`, (err) => {
      if (typeof callback === 'function') callback(err || null);
    });
    return true;
  };

  target.disconnect = function disconnect() {
    if (!target.connected) {
      target.emit('error', new (codes().ERR_IPC_DISCONNECTED)());
      return;
    }
    target.connected = false;
    target.channel = null;
    socket.end();
    socket.unref();
    globalThis.process.nextTick(() => target.emit('disconnect'));
  };

  return socket;
}

module.exports = { setupChannel };
