'use strict';
// The `child_process` module: spawn and its exec/execFile conveniences, and the
// synchronous forms, with node's argument handling, events and error objects.
// Processes run on the host (tokio); their pipes are node streams.

const EventEmitter = require('events');

const MAX_BUFFER = 1024 * 1024;

function codes() {
  return require('internal/errors').codes;
}

function errors() {
  return require('internal/errors');
}

function validators() {
  return require('internal/validators');
}

function Buffer() {
  return require('buffer').Buffer;
}

function signals() {
  return require('os').constants.signals;
}

function validateArgumentNullCheck(arg, propName) {
  if (typeof arg === 'string' && arg.includes('\u0000')) {
    throw new (codes().ERR_INVALID_ARG_VALUE)(propName, arg, 'must be a string without null bytes');
  }
}

function validateArgumentsNullCheck(args, propName) {
  for (let i = 0; i < args.length; ++i) validateArgumentNullCheck(args[i], `${propName}[${i}]`);
}

function isInt32(value) {
  return value === (value | 0);
}

// file, args (argv0 first) and options in node's accepted shapes, `shell` applied.
function normalizeSpawnArguments(file, args, options) {
  const v = validators();
  v.validateString(file, 'file');
  validateArgumentNullCheck(file, 'file');
  if (file.length === 0) throw new (codes().ERR_INVALID_ARG_VALUE)('file', file, 'cannot be empty');
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args == null) {
    args = [];
  } else if (typeof args !== 'object') {
    throw new (codes().ERR_INVALID_ARG_TYPE)('args', 'object', args);
  } else {
    options = args;
    args = [];
  }
  validateArgumentsNullCheck(args, 'args');
  if (options === undefined) options = {};
  else v.validateObject(options, 'options');
  options = { ...options };
  let cwd = options.cwd;
  if (cwd != null) cwd = require('internal/fs/utils').toPath(cwd, 'options.cwd');
  if (options.detached != null) v.validateBoolean(options.detached, 'options.detached');
  if (options.uid != null && !isInt32(options.uid)) throw new (codes().ERR_INVALID_ARG_TYPE)('options.uid', 'int32', options.uid);
  if (options.gid != null && !isInt32(options.gid)) throw new (codes().ERR_INVALID_ARG_TYPE)('options.gid', 'int32', options.gid);
  if (options.shell != null && typeof options.shell !== 'boolean' && typeof options.shell !== 'string') {
    throw new (codes().ERR_INVALID_ARG_TYPE)('options.shell', ['boolean', 'string'], options.shell);
  }
  if (options.argv0 != null) {
    v.validateString(options.argv0, 'options.argv0');
    validateArgumentNullCheck(options.argv0, 'options.argv0');
  }
  if (options.windowsHide != null) v.validateBoolean(options.windowsHide, 'options.windowsHide');
  if (options.windowsVerbatimArguments != null) v.validateBoolean(options.windowsVerbatimArguments, 'options.windowsVerbatimArguments');
  if (options.shell) {
    validateArgumentNullCheck(options.shell, 'options.shell');
    const command = [file, ...args].join(' ');
    file = typeof options.shell === 'string' ? options.shell : '/bin/sh';
    args = ['-c', command];
  }
  args.unshift(typeof options.argv0 === 'string' ? options.argv0 : file);
  const env = options.env || process.env;
  const envPairs = {};
  // Inherited properties count, as in node.
  for (const key in env) {
    const value = env[key];
    if (value !== undefined) {
      validateArgumentNullCheck(key, `options.env['${key}']`);
      validateArgumentNullCheck(value, `options.env['${key}']`);
      envPairs[key] = `${value}`;
    }
  }
  return { ...options, args, cwd, detached: !!options.detached, envPairs, file };
}

function validateTimeout(timeout) {
  if (timeout != null && !(Number.isInteger(timeout) && timeout >= 0)) {
    throw new (codes().ERR_OUT_OF_RANGE)('timeout', 'an unsigned integer', timeout);
  }
}

function validateMaxBuffer(maxBuffer) {
  if (maxBuffer != null && !(typeof maxBuffer === 'number' && maxBuffer >= 0)) {
    throw new (codes().ERR_OUT_OF_RANGE)('options.maxBuffer', 'a positive number', maxBuffer);
  }
}

function convertToValidSignal(signal) {
  if (typeof signal === 'number') {
    for (const name of Object.keys(signals())) if (signals()[name] === signal) return signal;
  } else if (typeof signal === 'string') {
    const number = signals()[signal.toUpperCase()];
    if (number) return number;
  }
  throw new (codes().ERR_UNKNOWN_SIGNAL)(signal);
}

function sanitizeKillSignal(killSignal) {
  if (typeof killSignal === 'string' || typeof killSignal === 'number') return convertToValidSignal(killSignal);
  if (killSignal != null) throw new (codes().ERR_INVALID_ARG_TYPE)('options.killSignal', ['string', 'number'], killSignal);
  return undefined;
}

// Node's stdio option as the host's three kinds ('pipe', 'inherit', 'ignore'),
// with the `input` a synchronous spawn may carry on a pipe.
function getValidStdio(stdio, sync) {
  if (typeof stdio === 'string') {
    switch (stdio) {
      case 'ignore':
      case 'overlapped':
      case 'pipe':
        stdio = [stdio, stdio, stdio];
        break;
      case 'inherit':
        stdio = [0, 1, 2];
        break;
      default:
        throw new (codes().ERR_INVALID_ARG_VALUE)('stdio', stdio);
    }
  } else if (!Array.isArray(stdio)) {
    throw new (codes().ERR_INVALID_ARG_VALUE)('stdio', stdio);
  }
  const out = [];
  for (let i = 0; i < Math.max(3, stdio.length); i++) {
    let s = stdio[i];
    if (s == null) s = i < 3 ? 'pipe' : 'ignore';
    if (s === 'ipc') {
      if (sync) throw new (codes().ERR_IPC_SYNC_FORK)();
      if (out.some((o) => o.type === 'ipc')) throw new (codes().ERR_IPC_ONE_PIPE)();
      out.push({ type: 'ipc' });
    } else if (s === 'ignore') {
      out.push({ type: 'ignore' });
    } else if (s === 'pipe' || s === 'overlapped' || (typeof s === 'number' && s < 0)) {
      out.push({ type: 'pipe' });
    } else if (s === 'inherit') {
      out.push({ type: 'inherit' });
    } else if (typeof s === 'number' || typeof s?.fd === 'number') {
      // The host passes on the parent's own descriptor at the same index only.
      const fd = typeof s === 'number' ? s : s.fd;
      out.push({ type: fd === i ? 'inherit' : 'pipe' });
    } else if (ArrayBuffer.isView(s) || typeof s === 'string') {
      if (!sync) throw new (codes().ERR_INVALID_SYNC_FORK_INPUT)(require('internal/util/inspect').inspect(s));
      out.push({ type: 'pipe', input: s });
    } else {
      throw new (codes().ERR_INVALID_ARG_VALUE)('stdio', s);
    }
  }
  return out;
}

function hostOptions(options, stdio) {
  const argv0 = options.args[0];
  const ipc = stdio.findIndex((s) => s.type === 'ipc');
  let env = options.envPairs;
  if (ipc >= 0) {
    // As Node: the child finds its end of the channel through the environment.
    env = { ...env, NODE_CHANNEL_FD: `${ipc}`, NODE_CHANNEL_SERIALIZATION_MODE: 'json' };
  }
  return {
    cwd: options.cwd,
    env,
    ipc: ipc >= 0 ? ipc : undefined,
    stdio: stdio.slice(0, 3).map((s) => (s.type === 'ipc' ? 'ignore' : s.type)),
    argv0: argv0 === options.file ? undefined : argv0,
    uid: options.uid,
    gid: options.gid,
    detached: options.detached,
  };
}

// An errno exception as node's ErrnoException: `${syscall} ${code}`.
function errnoException(errno, syscall) {
  const code = errors().getSystemErrorName(errno);
  const err = new Error(`${syscall} ${code}`);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  return err;
}

function hostErrno(err) {
  return typeof err?.errno === 'number' ? err.errno : -5;
}

function maybeClose(subprocess) {
  subprocess._closesGot++;
  if (subprocess._closesGot === subprocess._closesNeeded) {
    if (subprocess._id !== undefined) bindings.childRelease(subprocess._id);
    subprocess.emit('close', subprocess.exitCode, subprocess.signalCode);
  }
}

// After exit, output nobody reads is drained, so the streams end and close.
function flushStdio(subprocess) {
  for (const stream of subprocess.stdio) {
    if (!stream || !stream.readable || stream._readableState.readableListening) continue;
    if (stream.readableFlowing === null) stream.resume();
  }
}

class ChildProcess extends EventEmitter {
  constructor() {
    super();
    this._closesNeeded = 1;
    this._closesGot = 0;
    this.connected = false;
    this.signalCode = null;
    this.exitCode = null;
    this.killed = false;
    this.spawnfile = null;
    this._id = undefined;
    this._running = false;
  }

  spawn(options) {
    validators().validateObject(options, 'options');
    const stdio = getValidStdio(options.stdio || 'pipe', false);
    validators().validateString(options.file, 'options.file');
    this.spawnfile = options.file;
    if (options.args === undefined) {
      this.spawnargs = [];
    } else {
      validators().validateArray(options.args, 'options.args');
      this.spawnargs = options.args;
    }
    let started;
    let failure;
    try {
      started = bindings.spawn(options.file, options.args.slice(1), hostOptions(options, stdio));
    } catch (err) {
      failure = hostErrno(err);
    }
    if (failure !== undefined) {
      // Run-time errors are emitted, not thrown, once listeners can be added.
      process.nextTick(() => this._onexit(failure, null));
    } else {
      this._id = started.id;
      this._running = true;
      this.pid = started.pid;
      if (started.ipc !== null) {
        require('internal/child_process/ipc').setupChannel(this, started.ipc, false);
        // 'close' waits for the channel too.
        this._closesNeeded++;
        this.once('disconnect', () => maybeClose(this));
      }
      process.nextTick(() => this.emit('spawn'));
      bindings.childWait(this._id).then(([code, signal]) => this._onexit(code, signal),
        (err) => this._onexit(hostErrno(err), null));
    }
    this._setupStdio(stdio);
    return failure;
  }

  _setupStdio(stdio) {
    const { Readable, Writable } = require('stream');
    const id = this._id;
    const running = this._running;
    const streams = [];
    for (let i = 0; i < 3; i++) {
      if (stdio[i].type !== 'pipe') {
        streams.push(null);
        continue;
      }
      if (i === 0) {
        const stdin = new Writable({
          write: (chunk, encoding, callback) => {
            if (!running) return callback();
            const bytes = typeof chunk === 'string' ? Buffer().from(chunk, encoding) : chunk;
            bindings.childWrite(id, bytes).then(() => callback(), (err) => callback(err));
            return undefined;
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
        streams.push(stdin);
        continue;
      }
      const fd = i;
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
      if (running) {
        this._closesNeeded++;
        stream.on('close', () => maybeClose(this));
      }
      streams.push(stream);
    }
    this.stdin = streams[0];
    this.stdout = streams[1];
    this.stderr = streams[2];
    this.stdio = streams;
  }

  // Exit (a code or a signal) or, with a negative code, the failure to start.
  _onexit(exitCode, signalCode) {
    if (signalCode) this.signalCode = signalCode;
    else this.exitCode = exitCode;
    if (this.stdin) this.stdin.destroy();
    this._running = false;
    if (exitCode < 0) {
      const err = errnoException(exitCode, this.spawnfile ? `spawn ${this.spawnfile}` : 'spawn');
      if (this.spawnfile) err.path = this.spawnfile;
      err.spawnargs = this.spawnargs.slice(1);
      this.emit('error', err);
    } else {
      this.emit('exit', this.exitCode, this.signalCode);
    }
    process.nextTick(flushStdio, this);
    maybeClose(this);
  }

  kill(sig) {
    const signal = sig === 0 ? sig : convertToValidSignal(sig === undefined ? 'SIGTERM' : sig);
    if (this._running && this._id !== undefined) {
      if (bindings.childKill(this._id, signal)) {
        this.killed = true;
        return true;
      }
    }
    return false;
  }

  [Symbol.dispose]() {
    if (!this.killed) this.kill();
  }

  ref() {}
  unref() {}
}

function spawn(file, args, options) {
  options = normalizeSpawnArguments(file, args, options);
  validateTimeout(options.timeout);
  validators().validateAbortSignal(options.signal, 'options.signal');
  const killSignal = sanitizeKillSignal(options.killSignal);
  const child = new ChildProcess();
  child.spawn(options);
  if (options.timeout > 0) {
    let timeoutId = setTimeout(() => {
      if (timeoutId) {
        try {
          child.kill(killSignal);
        } catch (err) {
          child.emit('error', err);
        }
        timeoutId = null;
      }
    }, options.timeout);
    child.once('exit', () => {
      if (timeoutId) {
        clearTimeout(timeoutId);
        timeoutId = null;
      }
    });
  }
  if (options.signal) {
    const signal = options.signal;
    const onAbortListener = () => {
      try {
        if (child.kill(killSignal)) {
          child.emit('error', new (errors().AbortError)(undefined, { cause: signal.reason }));
        }
      } catch (err) {
        child.emit('error', err);
      }
    };
    if (signal.aborted) {
      process.nextTick(onAbortListener);
    } else {
      signal.addEventListener('abort', onAbortListener, { once: true });
      child.once('exit', () => signal.removeEventListener('abort', onAbortListener));
    }
  }
  return child;
}

function normalizeExecFileArgs(file, args, options, callback) {
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args != null && typeof args === 'object') {
    callback = options;
    options = args;
    args = null;
  } else if (typeof args === 'function') {
    callback = args;
    options = null;
    args = null;
  }
  if (args == null) args = [];
  if (typeof options === 'function') callback = options;
  else if (options != null) validators().validateObject(options, 'options');
  if (options == null) options = {};
  if (callback != null) validators().validateFunction(callback, 'callback');
  if (options.argv0 != null) {
    validators().validateString(options.argv0, 'options.argv0');
    validateArgumentNullCheck(options.argv0, 'options.argv0');
  }
  return { file, args, options, callback };
}

function normalizeExecArgs(command, options, callback) {
  validators().validateString(command, 'command');
  validateArgumentNullCheck(command, 'command');
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  options = { ...options };
  options.shell = typeof options.shell === 'string' ? options.shell : true;
  return { file: command, options, callback };
}

function execFile(file, args, options, callback) {
  ({ file, args, options, callback } = normalizeExecFileArgs(file, args, options, callback));
  options = {
    encoding: 'utf8', timeout: 0, maxBuffer: MAX_BUFFER, killSignal: 'SIGTERM', cwd: null, env: null, shell: false,
    ...options,
  };
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  options.killSignal = sanitizeKillSignal(options.killSignal);
  const child = spawn(file, args, {
    cwd: options.cwd, env: options.env, gid: options.gid, shell: options.shell, signal: options.signal, uid: options.uid,
    windowsHide: !!options.windowsHide, windowsVerbatimArguments: !!options.windowsVerbatimArguments,
  });
  const encoding = options.encoding !== 'buffer' && Buffer().isEncoding(options.encoding) ? options.encoding : null;
  const stdoutParts = [];
  const stderrParts = [];
  let stdoutLen = 0;
  let stderrLen = 0;
  let killed = false;
  let exited = false;
  let timeoutId;
  let ex = null;
  let cmd = file;

  function exithandler(code, signal) {
    if (exited) return;
    exited = true;
    if (timeoutId) {
      clearTimeout(timeoutId);
      timeoutId = null;
    }
    if (!callback) return;
    const stdout = encoding || child.stdout?.readableEncoding ? stdoutParts.join('') : Buffer().concat(stdoutParts);
    const stderr = encoding || child.stderr?.readableEncoding ? stderrParts.join('') : Buffer().concat(stderrParts);
    if (!ex && code === 0 && signal === null) {
      callback(null, stdout, stderr);
      return;
    }
    if (args?.length) cmd += ` ${args.join(' ')}`;
    if (!ex) {
      ex = errors().genericNodeError(`Command failed: ${cmd}\n${stderr}`, {
        code: code < 0 ? errors().getSystemErrorName(code) : code,
        killed: child.killed || killed,
        signal,
      });
    }
    ex.cmd = cmd;
    callback(ex, stdout, stderr);
  }

  function errorhandler(e) {
    ex = e;
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    exithandler();
  }

  function kill() {
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    killed = true;
    try {
      child.kill(options.killSignal);
    } catch (e) {
      ex = e;
      exithandler();
    }
  }

  if (options.timeout > 0) {
    timeoutId = setTimeout(() => {
      kill();
      timeoutId = null;
    }, options.timeout);
  }

  const collector = (stream, parts, name) => (chunk) => {
    if (options.maxBuffer === Infinity) {
      parts.push(chunk);
      return;
    }
    const enc = stream.readableEncoding;
    const length = enc ? Buffer().byteLength(chunk, enc) : chunk.length;
    const total = name === 'stdout' ? (stdoutLen += length) : (stderrLen += length);
    if (total > options.maxBuffer) {
      const truncatedLen = options.maxBuffer - (total - length);
      parts.push(chunk.slice(0, truncatedLen));
      ex = new (codes().ERR_CHILD_PROCESS_STDIO_MAXBUFFER)(name);
      kill();
    } else {
      parts.push(chunk);
    }
  };
  if (child.stdout) {
    if (encoding) child.stdout.setEncoding(encoding);
    child.stdout.on('data', collector(child.stdout, stdoutParts, 'stdout'));
  }
  if (child.stderr) {
    if (encoding) child.stderr.setEncoding(encoding);
    child.stderr.on('data', collector(child.stderr, stderrParts, 'stderr'));
  }
  child.addListener('close', exithandler);
  child.addListener('error', errorhandler);
  return child;
}

function exec(command, options, callback) {
  const opts = normalizeExecArgs(command, options, callback);
  return module.exports.execFile(opts.file, opts.options, opts.callback);
}

const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');

function customPromiseExecFunction(orig) {
  return (...args) => {
    let resolve;
    let reject;
    const promise = new Promise((res, rej) => {
      resolve = res;
      reject = rej;
    });
    promise.child = orig(...args, (err, stdout, stderr) => {
      if (err !== null) {
        err.stdout = stdout;
        err.stderr = stderr;
        reject(err);
      } else {
        resolve({ stdout, stderr });
      }
    });
    return promise;
  };
}

Object.defineProperty(exec, kCustomPromisify, { enumerable: false, get: () => customPromiseExecFunction(exec) });
Object.defineProperty(execFile, kCustomPromisify, { enumerable: false, get: () => customPromiseExecFunction(execFile) });

function spawnSync(file, args, options) {
  options = { maxBuffer: MAX_BUFFER, ...normalizeSpawnArguments(file, args, options) };
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  options.killSignal = sanitizeKillSignal(options.killSignal);
  const stdio = getValidStdio(options.stdio || 'pipe', true);
  if (options.input) stdio[0] = { ...stdio[0], input: options.input };
  for (let i = 0; i < stdio.length; i++) {
    const input = stdio[i].input;
    if (input == null) continue;
    if (ArrayBuffer.isView(input)) {
      stdio[i].input = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    } else if (typeof input === 'string') {
      stdio[i].input = Buffer().from(input, options.encoding);
    } else {
      throw new (codes().ERR_INVALID_ARG_TYPE)(`options.stdio[${i}]`, ['Buffer', 'TypedArray', 'DataView', 'string'], input);
    }
  }
  const r = bindings.spawnSync(options.file, options.args.slice(1), {
    ...hostOptions(options, stdio),
    input: stdio[0].input,
    timeout: options.timeout,
    killSignal: options.killSignal,
  });
  const result = { status: r.status, signal: r.signal };
  if (r.error) {
    result.output = null;
    result.pid = 0;
  } else {
    const wrap = (b) => (b == null ? null : Buffer().from(b.buffer, b.byteOffset, b.byteLength));
    result.output = [null, wrap(r.stdout), wrap(r.stderr)];
    result.pid = r.pid || 0;
  }
  let errno;
  if (r.error) errno = hostErrno(r.error);
  else if (r.timedOut) errno = -110;
  else if (result.output.some((b) => b && b.length > options.maxBuffer)) errno = -105;
  if (result.output && options.encoding && options.encoding !== 'buffer') {
    for (let i = 0; i < result.output.length; i++) {
      if (result.output[i]) result.output[i] = result.output[i].toString(options.encoding);
    }
  }
  result.stdout = result.output && result.output[1];
  result.stderr = result.output && result.output[2];
  if (errno !== undefined) {
    result.error = errnoException(errno, `spawnSync ${options.file}`);
    result.error.path = options.file;
    result.error.spawnargs = options.args.slice(1);
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
    err = errors().genericNodeError(msg, ret);
  }
  return err;
}

function execFileSync(file, args, options) {
  ({ file, args, options } = normalizeExecFileArgs(file, args, options));
  const inheritStderr = !options.stdio;
  const ret = spawnSync(file, args, options);
  if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
  const err = checkExecSyncError(ret, [options.argv0 || file, ...args]);
  if (err) throw err;
  return ret.stdout;
}

function execSync(command, options) {
  const opts = normalizeExecArgs(command, options, null);
  const inheritStderr = !opts.options.stdio;
  const ret = spawnSync(opts.file, opts.options);
  if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
  const err = checkExecSyncError(ret, undefined, command);
  if (err) throw err;
  return ret.stdout;
}

// A new jsrig (process.execPath, same engine through execArgv) running modulePath,
// with an IPC channel: child.send() / process.on('message') and back.
function fork(modulePath, args, options) {
  if (modulePath instanceof URL) modulePath = require('url').fileURLToPath(modulePath);
  validators().validateString(modulePath, 'modulePath');
  if (args == null) {
    args = [];
  } else if (typeof args === 'object' && !Array.isArray(args)) {
    options = args;
    args = [];
  } else {
    validators().validateArray(args, 'args');
  }
  if (options != null) validators().validateObject(options, 'options');
  options = { ...options, shell: false };
  options.execPath = options.execPath || process.execPath;
  let execArgv = options.execArgv || process.execArgv;
  if (execArgv === process.execArgv && process._eval != null) {
    // As Node: a child forked from `-e` code must not run that code again.
    const index = execArgv.lastIndexOf(process._eval);
    if (index > 0) {
      execArgv = execArgv.slice();
      execArgv.splice(index - 1, 2);
    }
  }
  args = [...execArgv, modulePath, ...args];
  if (typeof options.stdio === 'string') {
    options.stdio = options.stdio === 'inherit' ? [0, 1, 2, 'ipc'] : [options.stdio, options.stdio, options.stdio, 'ipc'];
  } else if (!Array.isArray(options.stdio)) {
    options.stdio = options.silent ? ['pipe', 'pipe', 'pipe', 'ipc'] : [0, 1, 2, 'ipc'];
  } else if (!options.stdio.includes('ipc')) {
    throw new (codes().ERR_CHILD_PROCESS_IPC_REQUIRED)('options.stdio');
  }
  return spawn(options.execPath, args, options);
}

// The child's side: process.send() and friends over NODE_CHANNEL_FD (bootstrap
// calls this when the variable is set).
function _forkChild(fd) {
  const connId = bindings.ipcOpen(fd);
  require('internal/child_process/ipc').setupChannel(process, connId, true);
}

module.exports = { _forkChild, ChildProcess, exec, execFile, execFileSync, execSync, fork, spawn, spawnSync };
