// child_process.fork: a child with an IPC channel, messages both ways (Node's JSON
// serialization), arguments, disconnect, the child's exit, a child that throws, and
// the errors.
const { fork } = require('child_process');
const path = require('path');

const childPath = path.join(__dirname, 'fixtures', 'fork-child.js');

function run() {
  return new Promise((resolve) => {
    const child = fork(childPath, ['one', 'two']);
    const events = [];
    console.log('connected at start', child.connected, typeof child.send, typeof child.pid);
    child.on('message', (msg) => {
      console.log('parent got', JSON.stringify(msg));
      if (msg === 'ready') {
        child.send({ cmd: 'add', a: 2, b: 40 });
        child.send('text');
        child.send(7);
        child.send([1, { nested: true }, null]);
        child.send({ unicode: 'héllo ✓', newline: 'a\nb' }, (err) => console.log('send callback', err));
      } else if (msg.echo && msg.echo.unicode) {
        child.send('exit');
      }
    });
    child.on('disconnect', () => events.push('disconnect'));
    child.on('exit', (code, signal) => events.push(`exit ${code} ${signal}`));
    child.on('close', (code) => {
      events.push(`close ${code}`);
      console.log('events', events.sort().join(', '), 'connected', child.connected);
      // Sending on a closed channel: an error, to the callback or as 'error'.
      child.send('late', (err) => {
        console.log('late send:', err.code, err.message);
        resolve();
      });
    });
  });
}

function crash() {
  return new Promise((resolve) => {
    const child = fork(childPath, [], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('message', (msg) => {
      if (msg === 'ready') child.send('crash');
    });
    child.on('close', (code) => {
      console.log('crashed child exit code', code, stderr.includes('child failed on purpose'));
      resolve();
    });
  });
}

(async () => {
  await run();
  await crash();
  try {
    fork(childPath, [], { stdio: ['pipe', 'pipe', 'pipe'] });
  } catch (e) {
    console.log(e.code, e.message);
  }
  try {
    fork(childPath, [], { stdio: ['pipe', 'pipe', 'pipe', 'ipc', 'ipc'] });
  } catch (e) {
    console.log(e.code, e.message);
  }
  try {
    fork(42);
  } catch (e) {
    console.log(e.code);
  }
  console.log('process.send in the parent:', typeof process.send, process.connected);
})();
