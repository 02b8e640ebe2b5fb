// http.request bodies written over time go out as they are written (chunked, or
// with the Content-Length given); the server reads them as they come. flushHeaders()
// sends the head before any body; a body written in one tick is sent whole.
const http = require('http');

const server = http.createServer((req, res) => {
  const arrivals = [];
  req.on('data', (d) => arrivals.push(d.length));
  req.on('end', () => {
    const total = arrivals.reduce((a, b) => a + b, 0);
    res.end(`${req.method} ${req.url} te=${req.headers['transfer-encoding']} cl=${req.headers['content-length']} bytes=${total} chunks>1=${arrivals.length > 1}`);
  });
});

function request(path, options, write) {
  return new Promise((resolve) => {
    const req = http.request({ host: '127.0.0.1', port: server.address().port, path, method: 'POST', ...options }, (res) => {
      let text = '';
      res.on('data', (d) => {
        text += d;
      });
      res.on('end', () => resolve(text));
    });
    req.on('error', (e) => resolve(`error ${e.code}`));
    write(req);
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

server.listen(0, '127.0.0.1', async () => {
  console.log(await request('/whole', {}, (req) => {
    req.write('abc');
    req.end('def');
  }));
  console.log(await request('/streamed', {}, async (req) => {
    for (let i = 0; i < 5; i++) {
      req.write('x'.repeat(1000));
      await sleep(15);
    }
    req.end();
  }));
  console.log(await request('/with-length', { headers: { 'Content-Length': 3000 } }, async (req) => {
    for (let i = 0; i < 3; i++) {
      req.write('y'.repeat(1000));
      await sleep(15);
    }
    req.end();
  }));

  // The server sees the request as soon as the head is flushed.
  const seen = new Promise((resolve) => server.once('request', (req) => resolve(req.url)));
  const flushed = request('/flushed', {}, async (req) => {
    req.flushHeaders();
    console.log('server saw', await seen, 'before the body');
    req.end('late body');
  });
  console.log(await flushed);

  // Backpressure: write() returns false past the high-water mark, then 'drain'.
  console.log(await request('/big', {}, (req) => {
    const chunk = Buffer.alloc(64 * 1024, 1);
    let writes = 0;
    let finished = false;
    req.on('finish', () => {
      finished = true;
    });
    const pump = () => {
      while (writes < 32) {
        writes++;
        if (!req.write(chunk)) {
          req.once('drain', pump);
          return;
        }
      }
      req.end(() => console.log('end callback, finished', finished));
    };
    setImmediate(pump);
  }));
  server.close(() => console.log('closed'));
});
