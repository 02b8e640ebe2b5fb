'use strict';
// The `https` module: http over TLS (rustls, host/src/ops/tls.rs). Servers take PEM
// `key` and `cert`; clients verify against Mozilla's roots, or `ca`, unless
// `rejectUnauthorized: false`.

const http = require('http');
const { pem } = require('internal/tls/options');

function codes() {
  return require('internal/errors').codes;
}

class Agent extends http.Agent {
  constructor(options) {
    super(options);
    this.defaultPort = 443;
    this.protocol = 'https:';
  }
}

const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

class Server extends http.Server {
  constructor(options, requestListener) {
    if (typeof options === 'function') {
      requestListener = options;
      options = {};
    }
    options = options || {};
    super(options, requestListener);
    this._tlsKey = pem(options.key, 'key');
    this._tlsCert = pem(options.cert, 'cert');
    if (this._tlsKey === undefined || this._tlsCert === undefined) {
      // Node starts such a server and fails every handshake ("no shared cipher");
      // here it is refused at once, which says why.
      throw new (codes().ERR_MISSING_ARGS)('options.key', 'options.cert');
    }
  }
}

function createServer(options, requestListener) {
  return new Server(options, requestListener);
}

function request(input, options, cb) {
  return new http.ClientRequest(input, options, cb, 'https:');
}

function get(input, options, cb) {
  const req = request(input, options, cb);
  req.end();
  return req;
}

module.exports = { Agent, globalAgent, Server, createServer, get, request };
