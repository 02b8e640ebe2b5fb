'use strict';
// The `child_process` module: spawn and its exec/execFile conveniences, and the
// synchronous forms. Processes run on the host (tokio); their pipes are node streams.

const EventEmitter = require('events');

function codes() {
  return require('internal/errors').codes;
}

function validators() {
  return require('internal/validators');
}

function Buffer() {
  return require('buffer').Buffer;
}

function normalizeStdio(stdio) {
  if (stdio === undefined) return ['pipe', 'pipe', 'pipe'];
  if (typeof stdio === 'string') return [stdio, stdio, stdio];
  if (!Array.isArray(stdio)) throw new (codes().ERR_INVALID_ARG_VALUE)('stdio', stdio);
  const out = [];
  for (let i = 0; i < 3; i++) {
    let s = stdio[i];
    if (s === undefined || s === null) s = 'pipe';
    if (s === 'overlapped') s = 'pipe';
    if (s === process.stdin || s === 0) s = i === 0 ? 'inherit' : s;
    if (s === process.stdout || s === 1) s = i === 1 ? 'inherit' : s;
    if (s === process.stderr || s === 2) s = i === 2 ? 'inherit' : s;
    if (typeof s === 'number' && s === i) s = 'inherit';
    out.push(typeof s === 'string' ? s : 'pipe');
  }
  return out;
}

// file, args, options in Node's accepted shapes, with `shell` applied.
function normalizeSpawnArguments(file, args, options) {
  validators().validateString(file, 'file');
  if (file.length === 0) throw new (codes().ERR_INVALID_ARG_VALUE)('file', file, 'cannot be empty');
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args === undefined || args === null) {
    args = [];
  } else if (typeof args !== 'object') {
    throw new (codes().ERR_INVALID_ARG_TYPE)('args', 'object', args);
  } else {
    options = args;
    args = [];
  }
  if (options === undefined) options = {};
  else validators().validateObject(options, 'options');
  const o = { ...options };
  if (o.cwd !== undefined && o.cwd !== null) {
    o.cwd = typeof o.cwd === 'object' && o.cwd.href ? require('internal/url').fileURLToPath(o.cwd.href) : o.cwd;
    validators().validateString(o.cwd, 'options.cwd');
  }
  if (o.shell) {
    const command = [file, ...args].join(' ');
    file = typeof o.shell === 'string' ? o.shell : '/bin/sh';
    args = ['-c', command];
  }
  const envSource = o.env || process.env;
  const env = {};
  for (const k of Object.keys(envSource)) if (envSource[k] !== undefined) env[k] = String(envSource[k]);
  return { file, args: args.map(String), options: o, env };
}

function signalNumber(signal) {
  if (signal === undefined) return 15;
  if (typeof signal === 'number') return signal;
  const n = require('os').constants.signals[signal];
  if (n === undefined) throw new (codes().ERR_UNKNOWN_SIGNAL)(signal);
  return n;
}

function spawnError(fields) {
  const err = new Error(fields.message);
  for (const k of ['errno', 'code', 'syscall', 'path', 'spawnargs']) err[k] = fields[k];
  return err;
}

class ChildProcess extends EventEmitter {
  constructor() {
    super();
    this.pid = undefined;
    this.exitCode = null;
    this.signalCode = null;
    this.killed = false;
    this.connected = false;
    this.stdin = null;
    this.stdout = null;
    this.stderr = null;
    this.stdio = [null, null, null];
    this.spawnfile = undefined;
    this.spawnargs = [];
    this._id = undefined;
    this._closesNeeded = 1;
    this._closesGot = 0;
  }

  spawn(options) {
    const { file, args, env, stdio } = options;
    this.spawnfile = file;
    this.spawnargs = options.argv;
    let started;
    try {
      started = bindings.spawn(file, args, { cwd: options.cwd, env, stdio, argv0: options.argv0, uid: options.uid, gid: options.gid, detached: options.detached });
    } catch (err) {
      err.spawnargs = args;
      // Node emits the failure on the next tick, so that listeners can be added first.
      process.nextTick(() => {
        this._handleExit(-2, null, err);
      });
      this._setupStdio(stdio, false);
      return err;
    }
    this._id = started.id;
    this.pid = started.pid;
    this._setupStdio(stdio, true);
    process.nextTick(() => this.emit('spawn'));
    bindings.childWait(this._id).then(([code, signal]) => this._handleExit(code, signal, null), (err) => this._handleExit(null, null, err));
    return undefined;
  }

  _setupStdio(stdio, running) {
    const { Readable, Writable } = require('stream');
    const id = this._id;
    if (stdio[0] === 'pipe') {
      this.stdin = new Writable({
        write: (chunk, encoding, callback) => {
          if (!running) return callback();
          const bytes = typeof chunk === 'string' ? Buffer().from(chunk, encoding) : chunk;
          bindings.childWrite(id, bytes).then(() => callback(), (err) => callback(err));
        },
        final: (callback) => {
          if (running) bindings.childCloseStdin(id);
          callback();
        },
        destroy: (err, callback) => {
          if (running) bindings.childCloseStdin(id);
          callback(err);
        },
      });
      // EPIPE after the child exits is not the parent's error unless someone listens.
      this.stdin.on('error', (err) => {
        if (err.code !== 'EPIPE' || this.stdin.listenerCount('error') > 1) return;
      });
    }
    for (const fd of [1, 2]) {
      if (stdio[fd] !== 'pipe') continue;
      this._closesNeeded++;
      const stream = new Readable({
        read() {
          if (!running) {
            this.push(null);
            return;
          }
          bindings.childRead(id, fd).then((bytes) => {
            this.push(bytes.byteLength ? Buffer().from(bytes.buffer, bytes.byteOffset, bytes.byteLength) : null);
          }, (err) => this.destroy(err));
        },
      });
      stream.on('close', () => this._maybeClose());
      if (fd === 1) this.stdout = stream;
      else this.stderr = stream;
    }
    this.stdio = [this.stdin, this.stdout, this.stderr];
  }

  _handleExit(code, signal, err) {
    if (err) {
      this.emit('error', err);
      this._maybeClose();
      return;
    }
    this.exitCode = code;
    this.signalCode = signal;
    if (this.stdin) this.stdin.destroy();
    this.emit('exit', code, signal);
    this._exitArgs = [code, signal];
    this._maybeClose();
  }

  _maybeClose() {
    this._closesGot++;
    if (this._closesGot === this._closesNeeded) {
      const [code, signal] = this._exitArgs || [this.exitCode, this.signalCode];
      if (this._id !== undefined) bindings.childRelease(this._id);
      this.emit('close', code, signal);
    }
  }

  kill(signal) {
    if (this._id === undefined || this.exitCode !== null || this.signalCode !== null) return false;
    const sent = bindings.childKill(this._id, signalNumber(signal));
    if (sent) this.killed = true;
    return sent;
  }

  ref() {}
  unref() {}

  get [Symbol.toStringTag]() {
    return 'ChildProcess';
  }
}

function spawn(file, args, options) {
  const n = normalizeSpawnArguments(file, args, options);
  const child = new ChildProcess();
  const stdio = normalizeStdio(n.options.stdio);
  child.spawn({ file: n.file, args: n.args, argv: [n.file, ...n.args], env: n.env, stdio, cwd: n.options.cwd, argv0: n.options.argv0, uid: n.options.uid, gid: n.options.gid, detached: n.options.detached });
  if (n.options.timeout > 0) {
    const t = setTimeout(() => child.kill(n.options.killSignal || 'SIGTERM'), n.options.timeout);
    child.once('exit', () => clearTimeout(t));
  }
  if (n.options.signal) {
    const signal = n.options.signal;
    const onAbort = () => {
      if (child.kill(n.options.killSignal || 'SIGTERM')) {
        const { AbortError } = require('internal/errors');
        child.emit('error', new AbortError(undefined, { cause: signal.reason }));
      }
    };
    if (signal.aborted) process.nextTick(onAbort);
    else signal.addEventListener('abort', onAbort, { once: true });
  }
  return child;
}

function execFile(file, args, options, callback) {
  if (typeof args === 'function') {
    callback = args;
    args = [];
    options = {};
  } else if (typeof options === 'function') {
    callback = options;
    if (!Array.isArray(args)) {
      options = args;
      args = [];
    } else {
      options = {};
    }
  }
  options = { encoding: 'utf8', maxBuffer: 1024 * 1024, killSignal: 'SIGTERM', timeout: 0, ...options };
  const child = spawn(file, args, options);
  const out = [];
  const err = [];
  let size = 0;
  let killedForBuffer = false;
  const collect = (list) => (chunk) => {
    size += chunk.length;
    if (size > options.maxBuffer && !killedForBuffer) {
      killedForBuffer = true;
      child.kill(options.killSignal);
    }
    list.push(chunk);
  };
  if (child.stdout) child.stdout.on('data', collect(out));
  if (child.stderr) child.stderr.on('data', collect(err));
  const decode = (list) => {
    const buf = Buffer().concat(list);
    return options.encoding && options.encoding !== 'buffer' ? buf.toString(options.encoding) : buf;
  };
  const cmd = [file, ...(Array.isArray(args) ? args : [])].join(' ');
  let done = false;
  const finish = (error, code, signal) => {
    if (done) return;
    done = true;
    if (typeof callback !== 'function') return;
    const stdout = decode(out);
    const stderr = decode(err);
    if (!error && code === 0 && signal === null) {
      callback(null, stdout, stderr);
      return;
    }
    if (!error) {
      error = new Error(`Command failed: ${cmd}\n${stderr}`);
      error.code = code < 0 ? code : code;
      error.killed = child.killed;
      error.signal = signal;
    }
    error.cmd = cmd;
    if (killedForBuffer) {
      error.code = 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER';
      error.message = 'stdout maxBuffer length exceeded';
    }
    callback(error, stdout, stderr);
  };
  child.on('close', (code, signal) => finish(null, code, signal));
  child.on('error', (e) => finish(e, null, null));
  return child;
}

function exec(command, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  validators().validateString(command, 'command');
  const shell = options && typeof options.shell === 'string' ? options.shell : '/bin/sh';
  const child = execFile(shell, ['-c', command], { ...options, shell: undefined }, callback && ((err, stdout, stderr) => {
    if (err) err.cmd = command;
    callback(err, stdout, stderr);
  }));
  return child;
}

function spawnSync(file, args, options) {
  const n = normalizeSpawnArguments(file, args, options);
  const o = n.options;
  const stdio = normalizeStdio(o.stdio);
  let input = o.input;
  if (typeof input === 'string') input = Buffer().from(input, o.encoding && o.encoding !== 'buffer' ? o.encoding : 'utf8');
  const r = bindings.spawnSync(n.file, n.args, {
    cwd: o.cwd, env: n.env, stdio, input, timeout: o.timeout, killSignal: o.killSignal === undefined ? 15 : signalNumber(o.killSignal),
    argv0: o.argv0, uid: o.uid, gid: o.gid,
  });
  const encoding = o.encoding && o.encoding !== 'buffer' ? o.encoding : null;
  const dec = (b) => {
    if (b === null || b === undefined) return null;
    const buf = Buffer().from(b.buffer, b.byteOffset, b.byteLength);
    return encoding ? buf.toString(encoding) : buf;
  };
  const result = {
    status: r.status,
    signal: r.signal,
    output: [null, dec(r.stdout), dec(r.stderr)],
    pid: r.pid || 0,
    stdout: dec(r.stdout),
    stderr: dec(r.stderr),
  };
  if (r.error) result.error = spawnError(r.error);
  if (r.timedOut) {
    const e = new Error(`spawnSync ${n.file} ETIMEDOUT`);
    e.code = 'ETIMEDOUT';
    e.errno = -110;
    e.syscall = `spawnSync ${n.file}`;
    e.path = n.file;
    e.spawnargs = n.args;
    result.error = e;
  }
  return result;
}

function checkExecSyncError(ret, args, cmd) {
  let err;
  if (ret.error) {
    err = ret.error;
    Object.assign(err, ret);
  } else if (ret.status !== 0) {
    let msg = 'Command failed: ';
    msg += cmd || args.join(' ');
    if (ret.stderr && ret.stderr.length > 0) msg += `\n${ret.stderr.toString()}`;
    err = new Error(msg);
    Object.assign(err, ret);
  }
  return err;
}

function execFileSync(file, args, options) {
  if (!Array.isArray(args) && args !== undefined && args !== null) {
    options = args;
    args = [];
  }
  options = { stdio: ['pipe', 'pipe', 'inherit'], ...options };
  const ret = spawnSync(file, args, options);
  if (options.stdio && options.stdio[2] === 'inherit' && ret.stderr) process.stderr.write(ret.stderr);
  const err = checkExecSyncError(ret, [file, ...(args || [])]);
  if (err) throw err;
  return ret.stdout;
}

function execSync(command, options) {
  options = { stdio: ['pipe', 'pipe', 'inherit'], ...options };
  const shell = typeof options.shell === 'string' ? options.shell : '/bin/sh';
  const stdio = normalizeStdio(options.stdio);
  const ret = spawnSync(shell, ['-c', command], { ...options, shell: undefined, stdio: [stdio[0], stdio[1], stdio[2] === 'inherit' ? 'pipe' : stdio[2]] });
  if (stdio[2] === 'inherit' && ret.stderr && ret.stderr.length) process.stderr.write(ret.stderr);
  const err = checkExecSyncError(ret, [], command);
  if (err) throw err;
  return ret.stdout;
}

function fork() {
  throw new (codes().ERR_METHOD_NOT_IMPLEMENTED)('child_process.fork (no IPC channel in jsrig yet)');
}

module.exports = { ChildProcess, spawn, exec, execFile, spawnSync, execSync, execFileSync, fork };
