// net errors with Node's codes: port in use, connection refused, destroy with an
// error, writing after end, bad ports, closing a server that is not running.
const net = require('net');

function show(label, err) {
  console.log(label, err.name, err.code, err.syscall, err.errno === undefined ? 'no errno' : typeof err.errno, err.message.replace(/:\d+$/, ':<port>').replace(/\d{4,5}/, '<port>'));
}

const first = net.createServer();
first.listen(0, '127.0.0.1', () => {
  const { port } = first.address();
  const second = net.createServer();
  second.on('error', (err) => {
    show('listen twice:', err);
    console.log('listening after error', second.listening);
    first.close(() => refused(port));
  });
  second.listen(port, '127.0.0.1');
});

function refused(port) {
  // The port was just freed: nothing listens there now.
  const c = net.connect(port, '127.0.0.1');
  c.on('error', (err) => {
    show('connect:', err);
    console.log('destroyed', c.destroyed);
  });
  c.on('close', (hadError) => {
    console.log('close hadError', hadError);
    destroyWithError();
  });
}

function destroyWithError() {
  const server = net.createServer((s) => {
    s.on('error', (e) => console.log('server side error', e.code));
    s.on('close', () => {
      console.log('server side closed');
      server.close();
    });
  });
  server.listen(0, () => {
    const c = net.connect(server.address().port);
    c.on('connect', () => c.destroy(new Error('custom failure')));
    c.on('error', (e) => console.log('destroy error:', e.message));
    c.on('close', (hadError) => {
      console.log('closed with error', hadError);
      afterEnd();
    });
  });
}

function afterEnd() {
  const server = net.createServer((s) => s.resume());
  server.listen(0, () => {
    const c = net.connect(server.address().port, () => {
      c.end();
      c.write('late', (err) => console.log('write cb:', err && err.code));
      c.on('error', (e) => console.log('write after end:', e.code, e.message));
      c.on('close', () => server.close(() => misc()));
    });
  });
}

function misc() {
  for (const port of [-1, 65536, 1.5, { port: 'abc' }]) {
    try {
      net.connect(port);
    } catch (e) {
      console.log('bad port', JSON.stringify(port), e.code);
    }
  }
  net.createServer().close((err) => console.log('close not running:', err.code, err.message));
  console.log('isIP', net.isIP('127.0.0.1'), net.isIP('::1'), net.isIP('x'), net.isIPv4('1.2.3.4'), net.isIPv6('1.2.3.4'));
}
