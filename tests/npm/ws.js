// ws (WebSocket server and client over http's 'upgrade'): text and binary messages,
// a JSON protocol, ping/pong, close codes, several clients, a refused handshake.
const { WebSocketServer, WebSocket } = require('ws');
const http = require('http');

const server = http.createServer((req, res) => res.end('not a websocket'));
const wss = new WebSocketServer({
  server,
  verifyClient: (info) => info.req.url !== '/forbidden',
});
let connections = 0;
const serverLog = [];
wss.on('connection', (ws, req) => {
  const n = ++connections;
  // The two ends' events interleave differently from run to run: the server's are
  // shown at the end, and concurrent connections ('/many') stay quiet.
  const log = req.url === '/many' ? () => {} : (...a) => serverLog.push(a.join(' '));
  log('server: connection', n, req.url, req.headers['sec-websocket-version']);
  ws.on('message', (data, isBinary) => {
    if (isBinary) {
      ws.send(Buffer.from(data).reverse(), { binary: true });
      return;
    }
    const text = data.toString();
    if (text.startsWith('{')) {
      const msg = JSON.parse(text);
      ws.send(JSON.stringify({ sum: msg.numbers.reduce((a, b) => a + b, 0) }));
    } else if (text === 'close me') {
      ws.close(4000, 'asked to');
    } else {
      ws.send(`echo ${text}`);
    }
  });
  ws.on('ping', (data) => log('server: ping', data.toString()));
  ws.on('close', (code, reason) => log('server: closed', n, code, reason.toString()));
});

function client(path, script, report = console.log) {
  return new Promise((resolve) => {
    const ws = new WebSocket(`ws://127.0.0.1:${server.address().port}${path}`);
    const got = [];
    ws.on('open', () => script(ws));
    ws.on('message', (data, isBinary) => {
      const text = isBinary ? `binary ${Buffer.from(data).toString('hex')}` : data.toString();
      got.push(text.length > 100 ? `${text.slice(0, 10)}... (${text.length} characters)` : text);
      if (got.length === script.expect) ws.send('close me');
    });
    ws.on('pong', (data) => got.push(`pong ${data}`));
    ws.on('unexpected-response', (req, res) => {
      console.log('client: unexpected response', res.statusCode);
      resolve();
    });
    ws.on('error', (e) => {
      console.log('client: error', e.message);
      resolve();
    });
    ws.on('close', (code, reason) => {
      report(`client: ${path} ${JSON.stringify(got)} ${code} ${reason}`);
      resolve();
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  const first = (ws) => {
    ws.send('hello');
    ws.send(JSON.stringify({ numbers: [1, 2, 3, 4] }));
    ws.send(Buffer.from([1, 2, 3, 250]));
    ws.ping('are you there');
  };
  first.expect = 3;
  await client('/one', first);
  const second = (ws) => ws.send('x'.repeat(70000));
  second.expect = 1;
  await client('/big', second);
  await client('/forbidden', () => {});
  const reports = [];
  await Promise.all([1, 2, 3].map((i) => {
    const s = (ws) => ws.send(JSON.stringify({ numbers: [i, i] }));
    s.expect = 1;
    return client(`/many`, s, (line) => reports.push(line));
  }));
  console.log(reports.sort().join('\n'));
  console.log('connections', connections);
  console.log(serverLog.join('\n'));
  wss.close();
  server.close(() => console.log('closed'));
  await secure();
});

// wss://: the same over TLS (https server, tls client) with the test CA.
function secure() {
  const https = require('https');
  const fs = require('fs');
  const path = require('path');
  const dir = path.join(__dirname, '..', 'cases', 'fixtures', 'tls');
  const tlsServer = https.createServer({ key: fs.readFileSync(path.join(dir, 'key.pem')), cert: fs.readFileSync(path.join(dir, 'cert.pem')) });
  const secureWss = new WebSocketServer({ server: tlsServer });
  secureWss.on('connection', (ws, req) => ws.on('message', (d) => ws.send(`secure echo ${d} encrypted=${req.socket.encrypted}`)));
  return new Promise((resolve) => {
    tlsServer.listen(0, '127.0.0.1', () => {
      const ws = new WebSocket(`wss://localhost:${tlsServer.address().port}/`, { ca: fs.readFileSync(path.join(dir, 'ca.pem')) });
      ws.on('open', () => ws.send('hi'));
      ws.on('message', (d) => {
        console.log('wss client got', String(d));
        ws.close(1000, 'done');
      });
      ws.on('error', (e) => console.log('wss client error', e.code));
      ws.on('close', (code, reason) => {
        console.log('wss closed', code, String(reason));
        secureWss.close();
        tlsServer.close(resolve);
      });
    });
  });
}
