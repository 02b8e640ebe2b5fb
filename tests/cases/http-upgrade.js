// HTTP upgrade: the server's 'upgrade' handler writes its own 101 answer on the raw
// socket and both ends then speak a protocol of their own over it (here: lines echoed
// upper-cased); a refused upgrade (400 written raw, then destroy); an upgrade request
// to a server with no 'upgrade' listener is an ordinary request.
const http = require('http');

const server = http.createServer((req, res) => {
  res.end(`plain answer to ${req.method} ${req.url} upgrade=${req.upgrade}`);
});

server.on('upgrade', (req, socket, head) => {
  console.log('server upgrade', req.method, req.url, req.headers.upgrade, req.upgrade, head.length, typeof socket.write);
  if (req.url === '/refuse') {
    const body = 'no thanks';
    socket.write(`HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: ${body.length}\r\n\r\n${body}`);
    socket.destroy();
    return;
  }
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: shout\r\nConnection: Upgrade\r\nX-Extra: 1\r\n\r\n');
  try {
    socket.setEncoding('utf8');
  } catch (e) {
    console.log('setEncoding on a server socket:', e.code);
  }
  let buffered = '';
  socket.on('data', (chunk) => {
    buffered += chunk.toString();
    let nl;
    while ((nl = buffered.indexOf('\n')) >= 0) {
      const line = buffered.slice(0, nl);
      buffered = buffered.slice(nl + 1);
      if (line === 'bye') socket.end('BYE\n');
      else socket.write(line.toUpperCase() + '\n');
    }
  });
  socket.on('end', () => console.log('server: client ended'));
  socket.on('close', () => console.log('server socket closed'));
});

function upgrade(path) {
  return new Promise((resolve) => {
    const req = http.request({ host: '127.0.0.1', port: server.address().port, path, headers: { Connection: 'Upgrade', Upgrade: 'shout' } });
    req.on('upgrade', (res, socket, head) => {
      console.log('client upgrade', res.statusCode, res.statusMessage, res.headers.upgrade, res.headers['x-extra'], head.length);
      socket.setEncoding('utf8');
      let got = '';
      socket.on('data', (d) => {
        got += d;
      });
      socket.on('end', () => {
        console.log('client got', JSON.stringify(got));
        socket.end();
      });
      socket.on('close', () => resolve());
      socket.write('hello\n');
      socket.write('split ');
      setTimeout(() => socket.write('line\nbye\n'), 20);
    });
    req.on('response', (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => {
        body += d;
      });
      res.on('end', () => {
        console.log('client response', res.statusCode, JSON.stringify(body));
        resolve();
      });
    });
    req.on('error', (e) => {
      console.log('client error', e.code);
      resolve();
    });
    req.end();
  });
}

server.listen(0, '127.0.0.1', async () => {
  await upgrade('/shout');
  await upgrade('/refuse');
  server.removeAllListeners('upgrade');
  await upgrade('/nobody-listens');
  server.close(() => console.log('closed'));
});
