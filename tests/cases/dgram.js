// dgram: UDP sockets on loopback: bind and 'listening', messages both ways with
// rinfo, offset/length and arrays of buffers, an implicit bind on send, connect /
// remoteAddress / disconnect, close, and the errors (port in use, not running, bad
// type, bad port, not connected).
const dgram = require('dgram');

const server = dgram.createSocket('udp4');
const log = [];
server.on('message', (msg, rinfo) => {
  log.push(`server got ${JSON.stringify(msg.toString())} size=${rinfo.size} family=${rinfo.family} from-loopback=${rinfo.address === '127.0.0.1'}`);
  server.send(`ack:${msg}`, rinfo.port, rinfo.address);
});

server.bind(0, '127.0.0.1', async () => {
  const { port, address, family } = server.address();
  console.log('listening', address, family, typeof port);

  const client = dgram.createSocket({ type: 'udp4' });
  const replies = [];
  const next = () => new Promise((resolve) => client.once('message', (m) => resolve(m.toString())));
  // Not bound yet: send binds it.
  client.send('hello', port, '127.0.0.1', (err, bytes) => console.log('sent', err, bytes));
  replies.push(await next());
  client.send(Buffer.from('xxpartyy'), 2, 5, port, '127.0.0.1');
  replies.push(await next());
  client.send([Buffer.from('multi'), Buffer.from('-'), 'part'], port);
  replies.push(await next());
  console.log('replies', replies);
  console.log('client bound', client.address().address, typeof client.address().port);

  // Connected sockets send without an address.
  const connected = dgram.createSocket('udp4');
  connected.connect(port, '127.0.0.1', () => {
    const peer = connected.remoteAddress();
    console.log('connected to', peer.address, peer.port === port);
    try {
      connected.send('x', port, '127.0.0.1');
    } catch (e) {
      console.log(e.code);
    }
    connected.send('via connect');
    connected.once('message', (m) => {
      console.log('connected got', m.toString());
      connected.disconnect();
      try {
        connected.remoteAddress();
      } catch (e) {
        console.log('after disconnect', e.code);
      }
      connected.close(() => console.log('connected closed'));
    });
  });
  await new Promise((r) => setTimeout(r, 100));

  // Errors.
  const clash = dgram.createSocket('udp4');
  clash.on('error', (e) => {
    console.log('bind error', e.code, e.syscall, e.message.replace(String(port), 'PORT'));
    clash.close();
  });
  clash.bind(port, '127.0.0.1');
  await new Promise((r) => setTimeout(r, 50));
  for (const f of [
    () => dgram.createSocket('udp5'),
    () => dgram.createSocket('udp4').address(),
    () => client.send('x', 70000, '127.0.0.1'),
    () => client.send('x', 0, '127.0.0.1'),
    () => server.bind(0),
  ]) {
    try {
      f();
    } catch (e) {
      console.log('throws', e.code);
    }
  }
  client.close();
  try {
    client.send('late', port);
  } catch (e) {
    console.log('send after close', e.code);
  }
  server.close(() => {
    console.log(log.join('\n'));
    console.log('closed');
  });
});
