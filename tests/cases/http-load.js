// A bounded load test: 2,000 requests over 50 concurrent keep-alive connections on
// loopback. Every response must be the right one, and nothing may leak: the
// server ends with no connections, memory growth stays bounded, and the process
// exits by itself once the server closes.
const http = require('http');

const TOTAL = 2000;
const CONCURRENCY = 50;

const server = http.createServer((req, res) => {
  if (req.method === 'POST') {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString());
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify({ echo: body.n, doubled: body.n * 2 }));
    });
    return;
  }
  res.end(`hello ${req.url.slice(1)}`);
});

function once(agent, port, n) {
  const post = n % 2 === 0;
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, agent, method: post ? 'POST' : 'GET', path: `/${n}` }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString();
        if (res.statusCode !== 200) return reject(new Error(`status ${res.statusCode} for ${n}`));
        if (post) {
          const body = JSON.parse(text);
          if (body.echo !== n || body.doubled !== n * 2) return reject(new Error(`wrong body for ${n}: ${text}`));
        } else if (text !== `hello ${n}`) {
          return reject(new Error(`wrong body for ${n}: ${text}`));
        }
        resolve();
      });
    });
    req.on('error', reject);
    if (post) req.end(JSON.stringify({ n }));
    else req.end();
  });
}

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  let next = 0;
  let done = 0;
  let baseline = 0;
  async function worker() {
    while (next < TOTAL) {
      const n = next++;
      await once(agent, port, n);
      done++;
      if (done === 200) baseline = process.memoryUsage().rss;
    }
  }
  const started = Date.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const grew = process.memoryUsage().rss - baseline;
  console.log('responses correct', done === TOTAL, done);
  // Generous: a leak of even 30 KB per request would pass 60 MB.
  console.log('rss growth under 60 MB', grew < 60 * 1024 * 1024);
  console.log('took under a minute', Date.now() - started < 60000);
  agent.destroy();
  server.close(() => {
    server.getConnections((err, count) => console.log('connections after close', err, count));
  });
});
process.on('exit', (code) => console.log('exit', code));
