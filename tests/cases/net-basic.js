// net: a TCP echo server and clients; addresses, events in order, half-open
// sockets, end/destroy, backpressure with 'drain', server.close, getConnections.
const net = require('net');

const events = [];
const server = net.createServer({ allowHalfOpen: true }, (socket) => {
  events.push(`server: connection ${socket.remoteAddress === '127.0.0.1'} ${typeof socket.remotePort}`);
  socket.setNoDelay(true);
  socket.setKeepAlive(true, 1000);
  let received = '';
  socket.setEncoding('utf8');
  socket.on('data', (d) => {
    received += d;
  });
  socket.on('end', () => {
    // Half-open: the client ended its side, this side can still answer.
    events.push(`server: end after ${received.length} chars`);
    socket.end(`echo:${received.toUpperCase()}`);
  });
  socket.on('close', (hadError) => events.push(`server: close ${hadError}`));
});

server.on('listening', () => events.push('server: listening'));
server.listen(0, '127.0.0.1', () => {
  const { address, family, port } = server.address();
  console.log('listening', address, family, typeof port, port > 0);
  const client = net.connect({ port, host: '127.0.0.1' }, () => {
    console.log('connected', client.remoteAddress, client.remotePort === port, client.remoteFamily, typeof client.localPort);
    console.log('ready state', client.readyState, client.pending, client.connecting);
    client.write('hello ');
    client.end('world');
    console.log('after end', client.readyState, client.writable);
  });
  let reply = '';
  client.on('data', (d) => {
    reply += d;
  });
  client.on('end', () => events.push(`client: end "${reply}"`));
  client.on('close', (hadError) => {
    events.push(`client: close ${hadError}`);
    console.log('bytes', client.bytesWritten, client.bytesRead);
    server.getConnections((err, n) => {
      console.log('connections', err, typeof n);
      second(port);
    });
  });
});

// A big write fills the buffers: write() returns false, then 'drain' comes.
function second(port) {
  const big = Buffer.alloc(8 * 1024 * 1024, 'x');
  const sink = net.createServer((socket) => {
    let n = 0;
    socket.on('data', (d) => {
      n += d.length;
    });
    socket.on('end', () => {
      console.log('sink got', n);
      socket.end();
    });
  });
  sink.listen(0, () => {
    const c = net.createConnection(sink.address().port, 'localhost');
    c.on('connect', () => {
      const ok = c.write(big);
      console.log('write returned', ok, c.writableLength > 0, c.writableNeedDrain);
      c.once('drain', () => {
        console.log('drain', c.writableLength);
        c.end();
      });
    });
    c.on('close', () => {
      sink.close(() => {
        console.log('sink closed');
        server.close(() => {
          console.log('server closed');
          console.log(events.join('\n'));
        });
      });
    });
  });
  void port;
}
