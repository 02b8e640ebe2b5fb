// https: a TLS server from a PEM key and certificate, clients trusting it through
// `ca` or skipping verification, fetch... and the errors: an untrusted certificate,
// a name that does not match, the wrong protocol for the module.
const https = require('https');
const http = require('http');
const fs = require('fs');
const path = require('path');

const key = fs.readFileSync(path.join(__dirname, 'fixtures', 'tls', 'key.pem'));
const cert = fs.readFileSync(path.join(__dirname, 'fixtures', 'tls', 'cert.pem'));
const ca = fs.readFileSync(path.join(__dirname, 'fixtures', 'tls', 'ca.pem'));

const server = https.createServer({ key, cert }, (req, res) => {
  let body = '';
  req.on('data', (d) => {
    body += d;
  });
  req.on('end', () => {
    res.setHeader('Content-Type', 'text/plain');
    res.end(`secure ${req.method} ${req.url} ${body} encrypted=${Boolean(req.socket.encrypted)}`);
  });
});

function get(options, body) {
  return new Promise((resolve) => {
    const req = https.request({ host: '127.0.0.1', port: server.address().port, ...options }, (res) => {
      let text = '';
      res.on('data', (d) => {
        text += d;
      });
      res.on('end', () => resolve(`${res.statusCode} ${text}`));
    });
    req.on('error', (e) => resolve(`error ${e.code} ${e.message}`));
    req.end(body);
  });
}

server.listen(0, '127.0.0.1', async () => {
  console.log('server is https.Server', server instanceof https.Server, typeof server.address().port);
  console.log(await get({ path: '/a', ca }));
  console.log(await get({ path: '/b', method: 'POST', ca: [ca] }, 'payload'));
  console.log(await get({ path: '/c', rejectUnauthorized: false }));
  console.log(await get({ path: '/d', agent: new https.Agent({ ca }) }));
  // Not trusted: the system roots do not know the test CA.
  console.log(await get({ path: '/e' }));
  // Trusted issuer, but the certificate is for localhost/127.0.0.1, not this name.
  console.log(await get({ path: '/f', ca, servername: 'example.com' }));

  try {
    https.request({ protocol: 'http:', host: '127.0.0.1' });
  } catch (e) {
    console.log(e.code, e.message);
  }
  try {
    http.request({ protocol: 'https:', host: '127.0.0.1' });
  } catch (e) {
    console.log(e.code, e.message);
  }

  // A plain-HTTP client talking to the TLS port gets no HTTP answer.
  const plain = await new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port: server.address().port, path: '/' }, (res) => resolve(`status ${res.statusCode}`));
    req.on('error', (e) => resolve(`plain http fails: ${e.code}`));
  });
  console.log(plain.startsWith('plain http fails') || plain === 'status 400');
  server.close(() => console.log('closed'));
});
