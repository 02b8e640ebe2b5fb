'use strict';
// The `tls` module: TLS (rustls, host/src/ops/tls.rs) over net's sockets. A TCP
// connection is made or accepted by net, then the host does the handshake on it in
// place, so a TLSSocket is a net.Socket whose bytes are encrypted underneath.
// Not here: client certificates (requestCert), SNICallback, sessions and tickets
// (isSessionReused is always false), wrapping an existing socket (`socket` option,
// `new TLSSocket(socket)`), a parsed getPeerCertificate() (only raw and fingerprints).

const net = require('net');
const { pem, alpnList } = require('internal/tls/options');

function codes() {
  return require('internal/errors').codes;
}

function Buffer() {
  return require('buffer').Buffer;
}

const DEFAULT_MIN_VERSION = 'TLSv1.2';
const DEFAULT_MAX_VERSION = 'TLSv1.3';
const DEFAULT_ECDH_CURVE = 'auto';
const DEFAULT_CIPHERS = 'TLS_AES_256_GCM_SHA384:TLS_AES_128_GCM_SHA256:TLS_CHACHA20_POLY1305_SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-CHACHA20-POLY1305';

class SecureContext {
  constructor(options = {}) {
    this.options = options;
    this.context = {};
  }
}

function createSecureContext(options) {
  return new SecureContext(options);
}

// Options given directly win over those of a `secureContext`.
function option(options, name) {
  if (options[name] !== undefined) return options[name];
  const ctx = options.secureContext;
  return ctx && ctx.options ? ctx.options[name] : undefined;
}

class TLSSocket extends net.Socket {
  constructor(socket, options = {}) {
    if (socket) {
      throw new (codes().ERR_METHOD_NOT_IMPLEMENTED)('TLSSocket(socket) (wrapping an existing socket)');
    }
    super(options);
    this.encrypted = true;
    this.authorized = false;
    this.authorizationError = null;
    this.alpnProtocol = false;
    this.servername = false;
    this._session = null;
    this._tlsOptions = options;
  }

  _secured(info) {
    this._session = info;
    this.alpnProtocol = info.alpnProtocol;
    this.servername = info.servername;
    if (info.authorized !== undefined) {
      this.authorized = info.authorized;
      this.authorizationError = info.authorizationError;
    }
  }

  getProtocol() {
    return this._session ? this._session.protocol : null;
  }

  getCipher() {
    if (!this._session || !this._session.cipher) return undefined;
    const standardName = this._session.cipher;
    return { name: standardName, standardName, version: this._session.protocol };
  }

  getPeerCertificate() {
    const der = this._session && this._session.peerCertificate;
    if (!der) return {};
    const raw = Buffer().from(der);
    const crypto = require('crypto');
    const fingerprint = (alg) => crypto.createHash(alg).update(raw).digest('hex').toUpperCase().match(/../g).join(':');
    return { raw, fingerprint: fingerprint('sha1'), fingerprint256: fingerprint('sha256'), fingerprint512: fingerprint('sha512') };
  }

  getCertificate() {
    return null;
  }

  isSessionReused() {
    return false;
  }

  getSession() {
    return undefined;
  }

  getTLSTicket() {
    return undefined;
  }

  setMaxSendFragment() {
    return false;
  }

  // Client side: net made the TCP connection; the handshake comes before 'connect'
  // is reported, so nothing is written in clear.
  _connected(id, info) {
    const o = this._tlsOptions;
    const host = o.host || 'localhost';
    const servername = o.servername || host;
    const ca = pem(option(o, 'ca'), 'ca');
    bindings.tlsWrapClient(id, servername, ca, o.rejectUnauthorized !== false, alpnList(o.ALPNProtocols)).then(
      (session) => {
        this._secured(session);
        if (o.servername === undefined && net.isIP(host)) this.servername = false;
        super._connected(id, info);
        if (this.destroyed) return;
        this.emit('secureConnect');
      },
      (err) => {
        bindings.netClose(id);
        this.connecting = false;
        // The TCP connection was made (Node reports it) before the handshake failed.
        this.emit('connect');
        this.destroy(err);
      },
    );
  }
}

function normalizeConnectArgs(args) {
  let options = {};
  let cb;
  if (typeof args[args.length - 1] === 'function') cb = args.pop();
  if (args[0] !== null && typeof args[0] === 'object') options = { ...args[0] };
  else {
    options.port = args[0];
    if (typeof args[1] === 'string') {
      options.host = args[1];
      if (args[2] && typeof args[2] === 'object') options = { ...args[2], ...options };
    } else if (args[1] && typeof args[1] === 'object') {
      options = { ...args[1], ...options };
    }
  }
  return [options, cb];
}

function connect(...args) {
  const [options, cb] = normalizeConnectArgs(args);
  if (options.socket) {
    throw new (codes().ERR_METHOD_NOT_IMPLEMENTED)('tls.connect({ socket }) (wrapping an existing socket)');
  }
  const socket = new TLSSocket(null, options);
  if (cb) socket.once('secureConnect', cb);
  if (options.timeout) socket.setTimeout(options.timeout);
  socket.connect(options);
  return socket;
}

class Server extends net.Server {
  constructor(options, secureConnectionListener) {
    if (typeof options === 'function') {
      secureConnectionListener = options;
      options = {};
    }
    options = options || {};
    super(options);
    if (typeof secureConnectionListener === 'function') this.on('secureConnection', secureConnectionListener);
    const key = pem(option(options, 'key'), 'key');
    const cert = pem(option(options, 'cert'), 'cert');
    // As Node: a server without a key and certificate starts, and every handshake
    // fails ('tlsClientError').
    this._context = bindings.tlsServerContext(key ?? null, cert ?? null, alpnList(options.ALPNProtocols));
  }

  _accepted([connId, remoteAddress, remotePort, remoteFamily]) {
    bindings.tlsWrapServer(connId, this._context).then(
      (session) => {
        if (!this.listening && this._closing) {
          bindings.netClose(connId);
          return;
        }
        const socket = new TLSSocket(null, { allowHalfOpen: Boolean(this._options.allowHalfOpen) });
        socket._secured(session);
        socket.authorized = false;
        this._adopt(socket, connId, remoteAddress, remotePort, remoteFamily, 'secureConnection');
      },
      (err) => {
        bindings.netClose(connId);
        err.message = err.message || 'TLS handshake failed';
        const socket = new TLSSocket(null, {});
        socket.remoteAddress = remoteAddress;
        socket.remotePort = remotePort;
        socket.remoteFamily = remoteFamily;
        this.emit('tlsClientError', err, socket);
      },
    );
  }

  addContext() {
    throw new (codes().ERR_METHOD_NOT_IMPLEMENTED)('addContext (SNI contexts)');
  }
}

function createServer(options, listener) {
  return new Server(options, listener);
}

// Node's check of a certificate's names against a host (RFC 6125), on a parsed
// certificate ({ subject, subjectaltname }): for callers that verify themselves.
function checkServerIdentity(hostname, cert) {
  const subject = cert.subject || {};
  const altNames = cert.subjectaltname || '';
  const dnsNames = [];
  const ips = [];
  hostname = String(hostname);
  for (const name of altNames.split(', ')) {
    if (name.startsWith('DNS:')) dnsNames.push(name.slice(4));
    else if (name.startsWith('IP Address:')) ips.push(name.slice(11));
  }
  let valid = false;
  let reason = 'Unknown reason';
  const matches = (pattern, host) => {
    pattern = pattern.toLowerCase().replace(/\.$/, '');
    host = host.toLowerCase().replace(/\.$/, '');
    if (!pattern.startsWith('*.')) return pattern === host;
    const rest = pattern.slice(1);
    return host.endsWith(rest) && !host.slice(0, -rest.length).includes('.') && host.length > rest.length;
  };
  if (net.isIP(hostname)) {
    valid = ips.includes(hostname);
    if (!valid) reason = `IP: ${hostname} is not in the cert's list: ${ips.join(', ')}`;
  } else if (dnsNames.length > 0 || subject.CN) {
    if (dnsNames.length > 0) {
      valid = dnsNames.some((n) => matches(n, hostname));
      if (!valid) reason = `Host: ${hostname}. is not in the cert's altnames: ${altNames}`;
    } else {
      const cn = Array.isArray(subject.CN) ? subject.CN : [subject.CN];
      valid = cn.some((n) => matches(n, hostname));
      if (!valid) reason = `Host: ${hostname}. is not cert's CN: ${cn.join(', ')}`;
    }
  } else {
    reason = 'Cert does not contain a DNS name';
  }
  if (valid) return undefined;
  return new (codes().ERR_TLS_CERT_ALTNAME_INVALID)(reason, hostname, cert);
}

module.exports = {
  CLIENT_RENEG_LIMIT: 3,
  CLIENT_RENEG_WINDOW: 600,
  DEFAULT_CIPHERS,
  DEFAULT_ECDH_CURVE,
  DEFAULT_MIN_VERSION,
  DEFAULT_MAX_VERSION,
  SecureContext,
  Server,
  TLSSocket,
  checkServerIdentity,
  connect,
  createSecureContext,
  createServer,
  getCiphers: () => ['tls_aes_128_gcm_sha256', 'tls_aes_256_gcm_sha384', 'tls_chacha20_poly1305_sha256', 'ecdhe-ecdsa-aes128-gcm-sha256', 'ecdhe-ecdsa-aes256-gcm-sha384', 'ecdhe-ecdsa-chacha20-poly1305', 'ecdhe-rsa-aes128-gcm-sha256', 'ecdhe-rsa-aes256-gcm-sha384', 'ecdhe-rsa-chacha20-poly1305'],
};
