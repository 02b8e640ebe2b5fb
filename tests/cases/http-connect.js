// HTTP CONNECT: a proxy's 'connect' handler opens a tunnel to the requested host
// (here a local echo server) and answers on the raw socket; bytes then flow both
// ways, for a client writing CONNECT itself and for http.request's 'connect'. A
// server with no 'connect' listener closes such connections.
const http = require('http');
const net = require('net');

const echo = net.createServer((s) => s.on('data', (d) => s.write(`echo:${d}`)));

const proxy = http.createServer((req, res) => res.end('not a tunnel'));
proxy.on('connect', (req, clientSocket, head) => {
  console.log('proxy: CONNECT', req.method, req.url === `127.0.0.1:${echo.address().port}`, req.upgrade, head.length);
  const [host, port] = req.url.split(':');
  const upstream = net.connect(Number(port), host, () => {
    clientSocket.write('HTTP/1.1 200 Connection Established\r\nProxy-Agent: jsrig-test\r\n\r\n');
    upstream.pipe(clientSocket);
    clientSocket.pipe(upstream);
  });
  clientSocket.on('close', () => upstream.destroy());
});

const bare = http.createServer((req, res) => res.end('plain'));

// A client speaking CONNECT itself, as proxy agents do.
function tunnel(server, target) {
  return new Promise((resolve) => {
    const s = net.connect(server.address().port, '127.0.0.1', () => {
      s.write(`CONNECT ${target} HTTP/1.1\r\nHost: ${target}\r\n\r\n`);
    });
    let buffered = '';
    let open = false;
    s.on('data', (d) => {
      buffered += d;
      if (!open) {
        const end = buffered.indexOf('\r\n\r\n');
        if (end < 0) return;
        const head = buffered.slice(0, end).split('\r\n');
        console.log('client: answer', head[0], head.some((h) => /^proxy-agent: jsrig-test$/i.test(h)));
        buffered = buffered.slice(end + 4);
        open = true;
        s.write('through the tunnel');
      }
      if (buffered === 'echo:through the tunnel') {
        console.log('client: got', buffered);
        s.end();
      }
    });
    s.on('error', (e) => console.log('client error', e.code));
    s.on('close', () => resolve(buffered));
  });
}

// http.request with method CONNECT: 'connect' gives the response and the tunnel.
function requestTunnel(target) {
  return new Promise((resolve) => {
    const req = http.request({ host: '127.0.0.1', port: proxy.address().port, method: 'CONNECT', path: target });
    req.on('connect', (res, socket, head) => {
      console.log('request: connect', res.statusCode, res.headers['proxy-agent'], head.length);
      socket.write('over http.request');
      socket.once('data', (d) => {
        console.log('request: got', String(d));
        socket.end();
        resolve();
      });
    });
    req.on('error', (e) => {
      console.log('request error', e.code);
      resolve();
    });
    req.end();
  });
}

echo.listen(0, '127.0.0.1', () => proxy.listen(0, '127.0.0.1', () => bare.listen(0, '127.0.0.1', async () => {
  await tunnel(proxy, `127.0.0.1:${echo.address().port}`);
  await requestTunnel(`127.0.0.1:${echo.address().port}`);
  const got = await tunnel(bare, 'example.com:443');
  console.log('no connect listener: closed with', JSON.stringify(got));
  echo.close();
  proxy.close();
  bare.close(() => console.log('closed'));
})));
