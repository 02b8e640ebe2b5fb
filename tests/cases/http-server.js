// http: a server and client on loopback: status, headers, chunked and fixed-length
// bodies, streamed request bodies, keep-alive reuse, HEAD, writeHead forms.
const http = require('http');

const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname === '/echo') {
    let body = '';
    let chunks = 0;
    req.setEncoding('utf8');
    req.on('data', (d) => {
      chunks++;
      body += d;
    });
    req.on('end', () => {
      res.setHeader('Content-Type', 'text/plain');
      res.setHeader('X-Chunks-Seen', String(chunks > 0));
      res.end(`${req.method} ${body.length} ${body.slice(0, 12)} complete=${req.complete}`);
    });
    return;
  }
  if (url.pathname === '/chunked') {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    let i = 0;
    const tick = () => {
      if (i === 3) return res.end('end');
      res.write(`part${i++};`);
      setTimeout(tick, 5);
    };
    tick();
    return;
  }
  if (url.pathname === '/headers') {
    res.statusCode = 201;
    res.statusMessage = 'Made It';
    res.setHeader('Set-Cookie', ['a=1', 'b=2']);
    res.setHeader('X-Number', 42);
    res.appendHeader('X-List', 'one');
    res.appendHeader('X-List', 'two');
    console.log('server view', res.getHeader('x-number'), JSON.stringify(res.getHeaderNames()), res.hasHeader('X-NUMBER'));
    res.removeHeader('X-Number');
    console.log('request headers', req.headers['x-custom'], req.headers.host.startsWith('127.0.0.1:'), req.rawHeaders.some((h) => h.toLowerCase() === 'x-custom'), req.rawHeaders.length % 2);
    res.end();
    return;
  }
  if (url.pathname === '/array-head') {
    res.writeHead(202, 'Accepted Thing', ['X-A', '1', 'X-B', '2']);
    res.end('arr');
    return;
  }
  res.writeHead(404);
  res.end(`no ${url.pathname}`);
});

function request(options, body) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: server.address().port, ...options }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ res, body: Buffer.concat(chunks).toString() }));
    });
    req.on('error', reject);
    if (body !== undefined) {
      for (const part of body) req.write(part);
    }
    req.end();
  });
}

server.listen(0, '127.0.0.1', async () => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  let r = await request({ path: '/echo', method: 'POST', agent }, ['hello ', 'streamed ', 'body']);
  console.log(r.res.statusCode, r.res.headers['content-type'], r.res.headers['x-chunks-seen'], r.body);

  const big = 'x'.repeat(300000);
  r = await request({ path: '/echo', method: 'PUT', headers: { 'Content-Length': big.length } }, [big]);
  console.log(r.res.statusCode, r.body.split(' ').slice(0, 2).join(' '));

  r = await request({ path: '/chunked' });
  console.log(r.res.statusCode, r.res.headers['transfer-encoding'], r.res.headers['content-length'], r.body);

  r = await request({ path: '/headers', headers: { 'X-Custom': 'custom value' } });
  console.log(r.res.statusCode, r.res.statusMessage, JSON.stringify(r.res.headers['set-cookie']), r.res.headers['x-list'], r.res.headers['x-number'], JSON.stringify(r.body));

  r = await request({ path: '/array-head' });
  console.log(r.res.statusCode, r.res.statusMessage, r.res.headers['x-a'], r.res.headers['x-b'], r.body);

  r = await request({ path: '/echo', method: 'HEAD' });
  console.log('HEAD', r.res.statusCode, JSON.stringify(r.body));

  r = await request({ path: '/missing' });
  console.log(r.res.statusCode, r.res.statusMessage, r.body, r.res.httpVersion);

  // http.get with a URL string, and the response as an async iterable.
  await new Promise((resolve) => {
    http.get(`http://127.0.0.1:${server.address().port}/echo?x=1`, async (res) => {
      let text = '';
      for await (const c of res) text += c;
      console.log('get', res.statusCode, text);
      resolve();
    });
  });
  agent.destroy();
  server.close(() => console.log('closed'));
});
