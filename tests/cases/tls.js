// tls: a TLS echo server from a PEM key and certificate, clients that trust it
// through `ca`, skip verification (and learn why it would fail), negotiate ALPN;
// the errors: an unknown issuer, a name the certificate is not for, a plain-text
// client, missing key/cert.
const tls = require('tls');
const net = require('net');
const fs = require('fs');
const path = require('path');

const dir = path.join(__dirname, 'fixtures', 'tls');
const key = fs.readFileSync(path.join(dir, 'key.pem'));
const cert = fs.readFileSync(path.join(dir, 'cert.pem'));
const ca = fs.readFileSync(path.join(dir, 'ca.pem'));

const serverLog = [];
const server = tls.createServer({ key, cert, ALPNProtocols: ['shout', 'echo'] }, (socket) => {
  serverLog.push(`secureConnection encrypted=${socket.encrypted} alpn=${socket.alpnProtocol} protocol=${socket.getProtocol()}`);
  socket.on('data', (d) => socket.write(socket.alpnProtocol === 'shout' ? d.toString().toUpperCase() : d));
  socket.on('end', () => socket.end());
});
server.on('tlsClientError', (err, socket) => serverLog.push(`tlsClientError ${typeof err.message} ${socket instanceof tls.TLSSocket}`));

function talk(options, text = 'hello tls') {
  return new Promise((resolve) => {
    const events = [];
    const socket = tls.connect({ port: server.address().port, host: '127.0.0.1', ...options }, () => {
      events.push('secureConnect');
      events.push(`authorized=${socket.authorized} error=${socket.authorizationError} alpn=${socket.alpnProtocol} encrypted=${socket.encrypted}`);
      events.push(`protocol=${socket.getProtocol()} cipher=${typeof socket.getCipher().name} fingerprint=${/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/.test(socket.getPeerCertificate().fingerprint256)}`);
      socket.end(text);
    });
    socket.on('connect', () => events.push('connect'));
    let got = '';
    socket.on('data', (d) => {
      got += d;
    });
    socket.on('end', () => events.push(`end ${JSON.stringify(got)}`));
    socket.on('error', (e) => events.push(`error ${e.code}: ${e.message}`));
    socket.on('close', () => resolve(events.join('\n  ')));
  });
}

server.listen(0, '127.0.0.1', async () => {
  console.log('trusted by ca:\n ', await talk({ ca }));
  console.log('alpn:\n ', await talk({ ca, ALPNProtocols: ['shout'] }));
  console.log('not verified:\n ', await talk({ rejectUnauthorized: false }));
  console.log('unknown issuer:\n ', await talk({}));
  console.log('wrong name:\n ', await talk({ ca, servername: 'example.com' }));
  console.log('servername given:\n ', await talk({ ca, servername: 'localhost' }));

  // A plain TCP client sending clear text: the server's handshake fails.
  await new Promise((resolve) => {
    const s = net.connect(server.address().port, '127.0.0.1', () => s.write('GET / HTTP/1.1\r\n\r\n'));
    s.on('data', () => {});
    s.on('error', () => {});
    s.on('close', resolve);
  });
  await new Promise((r) => setTimeout(r, 50));

  // No key and certificate: the server starts, and no handshake succeeds.
  const bare = tls.createServer({});
  await new Promise((resolve) => bare.listen(0, '127.0.0.1', resolve));
  bare.on('tlsClientError', (e) => serverLog.push(`bare server: tlsClientError ${typeof e.message}`));
  // (OpenSSL's server sends a handshake_failure alert, rustls' access_denied: the
  // client reports an ERR_SSL_*_ALERT_* either way.)
  const bareResult = await talk({ port: bare.address().port, rejectUnauthorized: false });
  console.log('bare server:', /error ERR_SSL_\w+_ALERT_\w+: .*alert /.test(bareResult), bareResult.includes('secureConnect'));
  bare.close();
  const idErr = tls.checkServerIdentity('example.com', { subject: { CN: 'localhost' }, subjectaltname: 'DNS:localhost, IP Address:127.0.0.1' });
  console.log('checkServerIdentity:', idErr.code, idErr.reason, idErr.host);
  console.log('checkServerIdentity ok:', tls.checkServerIdentity('a.example.com', { subject: {}, subjectaltname: 'DNS:*.example.com' }));
  console.log('exports:', typeof tls.connect, typeof tls.createSecureContext, tls.DEFAULT_MIN_VERSION, tls.DEFAULT_MAX_VERSION);
  server.close(() => {
    console.log(serverLog.join('\n'));
    console.log('closed');
  });
});
