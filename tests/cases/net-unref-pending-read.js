// unref() on a server and on sockets with reads pending lets the process exit.
const net = require('net');
const server = net.createServer((s) => { s.on('data', () => {}); });
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    c.on('data', () => {});
    setTimeout(() => { c.unref(); server.unref(); console.log('unrefed'); }, 20);
  });
  server.on('connection', (s) => s.unref());
});
process.on('exit', () => console.log('exited'));
