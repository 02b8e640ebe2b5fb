// net: Unix domain sockets, IPv6 loopback, socket timeouts, pause/resume,
// unref'd servers, and the stream API on sockets (pipe, async iteration).
const net = require('net');
const os = require('os');
const path = require('path');
const fs = require('fs');

const sockPath = path.join(os.tmpdir(), `jsrig-net-more-${process.pid}.sock`);

function unix() {
  return new Promise((resolve) => {
    const server = net.createServer((s) => s.pipe(s));
    server.listen(sockPath, () => {
      console.log('unix address is path', server.address() === sockPath);
      const c = net.connect(sockPath);
      c.setEncoding('utf8');
      c.on('connect', () => c.end('over a unix socket'));
      let got = '';
      c.on('data', (d) => {
        got += d;
      });
      c.on('close', () => {
        console.log('unix echo:', got);
        server.close(() => {
          console.log('socket file removed', !fs.existsSync(sockPath));
          resolve();
        });
      });
    });
  });
}

function ipv6() {
  return new Promise((resolve) => {
    const server = net.createServer((s) => {
      console.log('v6 peer family', s.remoteFamily, s.remoteAddress);
      s.end('v6 ok');
    });
    server.listen(0, '::1', () => {
      const { address, family } = server.address();
      console.log('v6 listening', address, family);
      const c = net.connect({ port: server.address().port, host: '::1' });
      const chunks = [];
      c.on('data', (d) => chunks.push(d));
      c.on('end', () => {
        console.log('v6 got', Buffer.concat(chunks).toString());
        server.close(resolve);
      });
    });
  });
}

function timeout() {
  return new Promise((resolve) => {
    const server = net.createServer(() => {});
    server.listen(0, () => {
      const c = net.connect(server.address().port);
      c.setTimeout(50);
      console.log('timeout property', c.timeout);
      c.on('timeout', () => {
        console.log('socket timeout fired, still open:', !c.destroyed);
        c.destroy();
      });
      c.on('close', () => server.close(resolve));
    });
  });
}

async function streamsOnSockets() {
  const server = net.createServer(async (s) => {
    s.pause();
    console.log('paused', s.isPaused());
    setTimeout(() => s.resume(), 20);
    const parts = [];
    for await (const chunk of s) parts.push(chunk.toString());
    console.log('server read', parts.join(''));
    s.end();
  });
  await new Promise((r) => server.listen(0, r));
  const c = net.connect(server.address().port);
  await new Promise((r) => c.on('connect', r));
  c.write('a');
  c.write('b');
  c.end('c');
  await new Promise((r) => c.on('close', r));
  await new Promise((r) => server.close(r));
}

(async () => {
  await unix();
  await ipv6();
  await timeout();
  await streamsOnSockets();
  // An unref'd server does not keep the process alive.
  const idle = net.createServer();
  idle.listen(0, () => {
    idle.unref();
    console.log('unref server listening', idle.listening);
  });
  process.on('exit', () => console.log('exit with an unref server'));
})();
