// http failures, each with Node's error: port in use, connection refused, a server
// that resets mid-body, a client timeout, a malformed request (400, and the server
// keeps serving), headers sent twice, bad status codes, aborting with a signal.
const http = require('http');
const net = require('net');

const steps = [];
const server = http.createServer((req, res) => {
  if (req.url === '/reset') {
    // Promise a long body, send part of it, then drop the connection.
    res.writeHead(200, { 'Content-Length': '100000' });
    res.write('partial body');
    setTimeout(() => req.socket.destroy(), 20);
    return;
  }
  if (req.url === '/slow') {
    setTimeout(() => res.end('too late'), 500);
    return;
  }
  if (req.url === '/twice') {
    res.writeHead(200);
    try {
      res.writeHead(201);
    } catch (e) {
      steps.push(`writeHead twice: ${e.code}`);
    }
    try {
      res.setHeader('X-Late', '1');
    } catch (e) {
      steps.push(`setHeader after send: ${e.code} ${e.message}`);
    }
    res.end('ok');
    return;
  }
  if (req.url === '/bad-status') {
    try {
      res.writeHead(1000);
    } catch (e) {
      steps.push(`bad status: ${e.code} ${e.name}`);
    }
    try {
      res.setHeader('Bad Header', 'x');
    } catch (e) {
      steps.push(`bad header name: ${e.code}`);
    }
    try {
      res.setHeader('X-Bad', 'line\nbreak');
    } catch (e) {
      steps.push(`bad header value: ${e.code}`);
    }
    res.end('still fine');
    return;
  }
  res.end(`hello ${req.url}`);
});

let port;
function get(path, options = {}) {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, path, ...options }, (res) => {
      let body = '';
      res.on('data', (d) => {
        body += d;
      });
      res.on('end', () => resolve(`${res.statusCode} ${body}`));
      res.on('error', (e) => resolve(`response error ${e.code} ${e.message}`));
      res.on('aborted', () => steps.push('response aborted'));
    });
    req.on('error', (e) => resolve(`request error ${e.name} ${e.code} ${e.message}`));
    if (options.timeout) {
      req.on('timeout', () => {
        steps.push('timeout event');
        req.destroy();
      });
    }
  });
}

server.listen(0, '127.0.0.1', async () => {
  port = server.address().port;

  // Port in use.
  const other = http.createServer();
  await new Promise((resolve) => {
    other.on('error', (e) => {
      console.log('second listen:', e.code, e.syscall, e.message.replace(String(port), '<port>'));
      resolve();
    });
    other.listen(port, '127.0.0.1');
  });

  console.log(await get('/reset'));
  console.log(await get('/slow', { timeout: 50 }));
  console.log(await get('/twice'));
  console.log(await get('/bad-status'));

  // A malformed request gets 400 and a closed connection; the server lives on.
  const raw = await new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1', () => s.write('THIS IS NOT HTTP\r\n\r\n'));
    let text = '';
    s.on('data', (d) => {
      text += d;
    });
    s.on('close', () => resolve(text));
  });
  console.log('malformed:', raw.split('\r\n')[0]);
  console.log('after malformed:', await get('/still-alive'));

  // Aborting with a signal.
  const controller = new AbortController();
  const aborted = get('/slow', { signal: controller.signal });
  setTimeout(() => controller.abort(), 20);
  console.log(await aborted);

  // Invalid arguments throw synchronously.
  for (const bad of [{ method: 'BAD METHOD' }, { path: '/has space' }, { protocol: 'ftp:' }]) {
    try {
      http.request({ host: '127.0.0.1', port, ...bad });
    } catch (e) {
      console.log('invalid request:', e.code);
    }
  }

  console.log(steps.join('\n'));
  server.close(() => {
    // Nothing listens now: connection refused.
    get('/', {}).then((r) => console.log(r.replace(String(port), '<port>')));
  });
});
