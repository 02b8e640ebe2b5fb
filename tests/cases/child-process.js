const cp = require('child_process');
console.log(cp.execSync('echo hello from sh').toString());
console.log(cp.execFileSync('printf', ['%s-%s', 'a', 'b'], { encoding: 'utf8' }));
const r = cp.spawnSync('sh', ['-c', 'echo out; echo err 1>&2; exit 3'], { encoding: 'utf8' });
console.log(r.status, r.signal, JSON.stringify(r.stdout), JSON.stringify(r.stderr));
console.log(cp.spawnSync('cat', { input: 'piped input' }).stdout.toString());
const missing = cp.spawnSync('no-such-command-jsrig');
console.log(missing.error.code, missing.error.syscall, missing.status);
try {
  cp.execSync('exit 5', { stdio: 'pipe' });
} catch (e) {
  console.log('execSync failed', e.status, e.message.split('\n')[0]);
}
const child = cp.spawn('sh', ['-c', 'read line; echo got:$line; echo to-stderr 1>&2; exit 2']);
let out = '';
child.stdout.on('data', (d) => (out += d));
child.stderr.on('data', (d) => (out += `[err ${d.toString().trim()}]`));
child.on('exit', (code, signal) => console.log('exit', code, signal));
child.on('close', (code) => {
  console.log('close', code, JSON.stringify(out));
  cp.exec('echo exec-ok && exit 1', (err, stdout, stderr) => {
    console.log('exec', err && err.code, JSON.stringify(stdout), JSON.stringify(stderr));
    cp.execFile('no-such-binary-jsrig', (err2) => {
      console.log('execFile', err2.code);
      const sleeper = cp.spawn('sleep', ['5']);
      sleeper.on('exit', (c, s) => console.log('killed', c, s, sleeper.killed));
      setTimeout(() => sleeper.kill(), 50);
    });
  });
});
child.stdin.write('ping\n');
child.stdin.end();
