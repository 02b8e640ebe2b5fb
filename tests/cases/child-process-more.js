// child_process beyond the basics: spawn with stdio pipes/ignore/inherit, exit
// codes and signals, kill(), the 'error' of a missing command, exec/execFile
// errors (code, killed, signal, cmd), maxBuffer, timeout, encoding, shell, env,
// cwd, argv0, and the synchronous forms with input, errors and their fields.
const cp = require('child_process');
const path = require('path');
const os = require('os');
const log = (...a) => console.log(...a);
const keys = (o) => Object.keys(o).sort().join(',');
const show = (e) => [e.name, e.code, e.errno, e.syscall, e.path, JSON.stringify(e.spawnargs), e.killed, e.signal, JSON.stringify(e.cmd),
  JSON.stringify(e.message)].join(' | ');
const attempt = (label, fn) => {
  try {
    log(label, fn());
  } catch (e) {
    log(label, 'throws', e.name, e.code, e.message);
  }
};

function sync() {
  const r = cp.spawnSync('sh', ['-c', 'echo out; echo err >&2; exit 7']);
  log('spawnSync', r.status, r.signal, r.pid > 0, Buffer.isBuffer(r.stdout), String(r.stdout), String(r.stderr), r.output.length, r.output[0], keys(r));
  const enc = cp.spawnSync('cat', { input: 'héllo', encoding: 'utf8' });
  log('spawnSync input/encoding', JSON.stringify(enc.stdout), enc.output[1] === enc.stdout);
  const typedInput = cp.spawnSync('wc', ['-c'], { input: new Uint8Array([1, 2, 3]), encoding: 'utf8' });
  log('typed input', typedInput.stdout.trim());
  const sig = cp.spawnSync('sh', ['-c', 'kill -TERM $$']);
  log('spawnSync signal', sig.status, sig.signal);
  const missing = cp.spawnSync('jsrig-no-such-command', ['a']);
  log('spawnSync missing', missing.status, missing.signal, missing.stdout, missing.pid, show(missing.error));
  const timed = cp.spawnSync('sleep', ['5'], { timeout: 100, killSignal: 'SIGKILL' });
  log('spawnSync timeout', timed.status, timed.signal, timed.error && timed.error.code, timed.error && timed.error.syscall);
  const ignored = cp.spawnSync('sh', ['-c', 'echo hidden'], { stdio: 'ignore' });
  log('stdio ignore', ignored.stdout, ignored.output, ignored.status);
  log('env', cp.spawnSync('sh', ['-c', 'echo $JSRIG_TEST_VAR-$HOME'], { env: { JSRIG_TEST_VAR: 'set' }, encoding: 'utf8' }).stdout.trim());
  log('env number', cp.spawnSync('sh', ['-c', 'echo $N'], { env: { N: 42 }, encoding: 'utf8' }).stdout.trim());
  log('cwd', path.basename(cp.spawnSync('pwd', { cwd: os.tmpdir(), encoding: 'utf8' }).stdout.trim()) === path.basename(os.tmpdir()));
  log('cwd URL', cp.spawnSync('pwd', { cwd: new URL('file:///'), encoding: 'utf8' }).stdout.trim());
  const badCwd = cp.spawnSync('pwd', { cwd: '/jsrig/no/such/dir' });
  log('bad cwd', badCwd.error && badCwd.error.code, badCwd.error && badCwd.error.syscall, badCwd.status);
  log('shell', cp.spawnSync('echo $((6*7)) | tr 4 X', { shell: true, encoding: 'utf8' }).stdout.trim());
  log('shell with args', cp.spawnSync('echo', ['a', 'b'], { shell: true, encoding: 'utf8' }).stdout.trim());
  log('argv0', cp.spawnSync('sh', ['-c', 'echo $0'], { argv0: 'custom-name', encoding: 'utf8' }).stdout.trim());
  log('maxBuffer sync', (() => {
    const r2 = cp.spawnSync('sh', ['-c', 'printf 0123456789'], { maxBuffer: 4, encoding: 'utf8' });
    // (not the signal: node kills the child if it is still running, which it may not be)
    return [r2.stdout, r2.error && r2.error.code, r2.error && r2.error.message];
  })());

  log('execSync', JSON.stringify(cp.execSync('echo hi; echo there').toString()), cp.execSync('printf %s abc', { encoding: 'utf8' }));
  log('execSync input', cp.execSync('tr a-z A-Z', { input: 'shout' }).toString());
  try {
    cp.execSync('echo partial; echo failing >&2; exit 3', { stdio: 'pipe' });
  } catch (e) {
    log('execSync error', e.name, e.status, e.signal, JSON.stringify(e.message), String(e.stdout), String(e.stderr), e.output.length, keys(e), e.pid > 0);
  }
  try {
    cp.execFileSync('sh', ['-c', 'exit 4'], { stdio: 'pipe', encoding: 'utf8' });
  } catch (e) {
    log('execFileSync error', e.status, JSON.stringify(e.message), JSON.stringify(e.stdout), keys(e));
  }
  try {
    cp.execFileSync('jsrig-no-such-command');
  } catch (e) {
    log('execFileSync missing', show(e), e.status, keys(e));
  }
  log('execFileSync input', cp.execFileSync('cat', { input: Buffer.from('buffered') }).toString());
  log('execFileSync encoding', cp.execFileSync('printf', ['%s|%s', 'x y', 'z'], { encoding: 'latin1' }));
  attempt('spawnSync bad file', () => cp.spawnSync(42));
  attempt('spawnSync empty file', () => cp.spawnSync(''));
  attempt('spawnSync bad args', () => cp.spawnSync('ls', 'x'));
  attempt('spawnSync bad options', () => cp.spawnSync('ls', [], 'x'));
  attempt('spawnSync bad cwd', () => cp.spawnSync('ls', { cwd: 42 }));
  attempt('spawnSync bad env', () => cp.spawnSync('ls', { env: 'x' }).status);
  attempt('spawnSync bad stdio', () => cp.spawnSync('ls', { stdio: 'bogus' }));
  attempt('spawnSync bad input', () => cp.spawnSync('cat', { input: 42 }));
  attempt('spawnSync bad timeout', () => cp.spawnSync('ls', { timeout: -1 }));
  attempt('spawnSync bad maxBuffer', () => cp.spawnSync('ls', { maxBuffer: -1 }));
  attempt('spawnSync bad killSignal', () => cp.spawnSync('ls', { killSignal: 'SIGNOPE' }));
  attempt('spawnSync null byte', () => cp.spawnSync('ls\0x'));
  attempt('spawnSync arg null byte', () => cp.spawnSync('ls', ['a\0b']));
  attempt('execSync bad command', () => cp.execSync(42));
}

function step(name, fn) {
  return new Promise((resolve) => fn(resolve)).catch((e) => log(name, 'failed', e && e.message));
}

async function asyncForms() {
  await step('spawn pipes', (done) => {
    const child = cp.spawn('sh', ['-c', 'cat; echo to-err >&2; exit 5']);
    const order = [];
    let out = '';
    child.on('spawn', () => order.push('spawn'));
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => order.push(`stderr:${String(d).trim()}`));
    child.on('exit', (code, signal) => order.push(`exit ${code} ${signal} ${child.exitCode} ${child.signalCode}`));
    child.on('close', (code, signal) => {
      order.push(`close ${code} ${signal}`);
      log('spawn', JSON.stringify(out), order.filter((x) => !x.startsWith('stderr')).join(' | '), order.includes('stderr:to-err'),
        typeof child.pid, child.stdio.length, child.stdin === child.stdio[0], child.spawnfile, JSON.stringify(child.spawnargs), child.killed);
      done();
    });
    child.stdin.write('line 1\n');
    child.stdin.end('line 2\n');
  });

  await step('spawn ignore and inherit', (done) => {
    const child = cp.spawn('sh', ['-c', 'sleep 0.2; echo ignored; echo "inherited from child" >&1'], { stdio: ['ignore', 'inherit', 'ignore'] });
    log('ignore/inherit streams', child.stdin, child.stdout, child.stderr);
    child.on('close', (code) => {
      log('inherit close', code);
      done();
    });
  });

  await step('kill', (done) => {
    const child = cp.spawn('sleep', ['10']);
    child.on('exit', (code, signal) => {
      log('killed exit', code, signal, child.killed, child.signalCode, child.exitCode, child.kill());
      done();
    });
    child.on('spawn', () => log('kill returns', child.kill('SIGINT')));
  });

  await step('kill by number', (done) => {
    const child = cp.spawn('sleep', ['10']);
    child.on('exit', (code, signal) => {
      log('kill 9', code, signal);
      done();
    });
    child.kill(9);
  });

  await step('bad signal', (done) => {
    const child = cp.spawn('sleep', ['10']);
    attempt('kill unknown signal', () => child.kill('SIGNOPE'));
    child.on('exit', () => done());
    child.kill();
  });

  await step('missing command', (done) => {
    const child = cp.spawn('jsrig-no-such-command', ['arg']);
    const order = [];
    child.on('spawn', () => order.push('spawn'));
    child.on('exit', () => order.push('exit'));
    child.on('error', (e) => {
      order.push('error');
      log('spawn error', show(e), child.pid, typeof child.stdout, child.exitCode);
    });
    child.on('close', (code, signal) => {
      order.push(`close ${code} ${signal}`);
      log('missing command events', order.join(' | '));
      done();
    });
  });

  await step('exec', (done) => {
    const child = cp.exec('echo out; echo err >&2', (err, stdout, stderr) => {
      log('exec ok', err, JSON.stringify(stdout), JSON.stringify(stderr), child instanceof cp.ChildProcess);
      done();
    });
  });

  await step('exec failure', (done) => {
    cp.exec('echo partial; echo oops >&2; exit 9', (err, stdout, stderr) => {
      log('exec failure', show(err), err.code, JSON.stringify(stdout), JSON.stringify(stderr), keys(err));
      done();
    });
  });

  await step('exec signal', (done) => {
    cp.exec('kill -TERM $$', (err) => {
      log('exec signal', err.code, err.killed, err.signal, JSON.stringify(err.message));
      done();
    });
  });

  await step('exec encoding buffer', (done) => {
    cp.exec('printf abc', { encoding: 'buffer' }, (err, stdout, stderr) => {
      log('exec buffer', err, Buffer.isBuffer(stdout), stdout.toString(), Buffer.isBuffer(stderr));
      done();
    });
  });

  await step('exec env/cwd', (done) => {
    cp.exec('echo $FOO; pwd', { env: { FOO: 'bar', PATH: process.env.PATH }, cwd: '/' }, (err, stdout) => {
      log('exec env/cwd', err, JSON.stringify(stdout));
      done();
    });
  });

  await step('exec maxBuffer', (done) => {
    cp.exec('printf 0123456789', { maxBuffer: 4 }, (err, stdout) => {
      log('exec maxBuffer', err.name, err.code, err.message, JSON.stringify(stdout), err.cmd);
      done();
    });
  });

  await step('exec timeout', (done) => {
    cp.exec('sleep 5', { timeout: 100 }, (err) => {
      log('exec timeout', err.code, err.killed, err.signal, JSON.stringify(err.message));
      done();
    });
  });

  await step('execFile', (done) => {
    cp.execFile('printf', ['%s-%s', 'a b', 'c'], (err, stdout) => {
      log('execFile', err, JSON.stringify(stdout));
      done();
    });
  });

  await step('execFile failure', (done) => {
    cp.execFile('sh', ['-c', 'exit 2'], (err, stdout, stderr) => {
      log('execFile failure', show(err), JSON.stringify(stdout), JSON.stringify(stderr));
      done();
    });
  });

  await step('execFile missing', (done) => {
    cp.execFile('jsrig-no-such-command', ['x'], (err, stdout, stderr) => {
      log('execFile missing', show(err), JSON.stringify(stdout), JSON.stringify(stderr));
      done();
    });
  });

  await step('execFile shell', (done) => {
    cp.execFile('echo $((1+2))', { shell: true }, (err, stdout) => {
      log('execFile shell', err, JSON.stringify(stdout));
      done();
    });
  });

  await step('abort signal', (done) => {
    const ac = new AbortController();
    const child = cp.spawn('sleep', ['10'], { signal: ac.signal });
    child.on('error', (e) => log('abort error', e.name, e.code, e.message));
    child.on('exit', (code, signal) => {
      log('abort exit', code, signal, child.killed);
      done();
    });
    ac.abort();
  });

  await step('promisified exec', async (done) => {
    const { promisify } = require('util');
    const r = await promisify(cp.exec)('echo promised');
    log('promisify exec', JSON.stringify(r), keys(r));
    try {
      await promisify(cp.execFile)('sh', ['-c', 'echo o; exit 1']);
    } catch (e) {
      log('promisify execFile rejects', e.code, JSON.stringify(e.stdout), JSON.stringify(e.stderr));
    }
    done();
  });

  attempt('exec bad command', () => cp.exec(42));
  attempt('execFile bad callback', () => cp.execFile('ls', [], {}, 'x'));
  attempt('spawn bad args', () => cp.spawn('ls', 'x'));
  attempt('spawn bad options', () => cp.spawn('ls', [], 42));
  attempt('spawn bad stdio', () => cp.spawn('ls', { stdio: 'bogus' }));
  attempt('spawn bad signal option', () => cp.spawn('ls', { signal: {} }));
  attempt('fork exists', () => typeof cp.fork);
  log('exports', ['ChildProcess', 'exec', 'execFile', 'execFileSync', 'execSync', 'fork', 'spawn', 'spawnSync'].every((k) => typeof cp[k] === 'function'));
}

sync();
asyncForms();
