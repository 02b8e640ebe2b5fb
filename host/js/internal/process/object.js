'use strict';
// The `process` global.

const NODE_VERSION = '20.20.2';

function createProcess(info, require) {
  const EventEmitter = require('events');
  const { nextTick } = require('internal/process/task_queues');

  // As in Node, `process` inherits from a prototype whose own prototype is EventEmitter's.
  const proto = Object.create(EventEmitter.prototype, {
    constructor: { value: function process() {}, writable: true, configurable: true },
    [Symbol.toStringTag]: { value: 'process', configurable: true },
  });
  const process = Object.create(proto);
  EventEmitter.call(process);

  const startNs = hrtimeBigint();
  let exitCode;

  function hrtimeBigint() {
    const [s, ns] = bindings.hrtime();
    return BigInt(s) * 1000000000n + BigInt(ns);
  }

  function hrtime(previous) {
    const [s, ns] = bindings.hrtime();
    if (previous === undefined) return [s, ns];
    if (!Array.isArray(previous)) {
      const { codes } = require('internal/errors');
      throw new codes.ERR_INVALID_ARG_TYPE('time', 'Array', previous);
    }
    if (previous.length !== 2) {
      const { codes } = require('internal/errors');
      throw new codes.ERR_OUT_OF_RANGE('time', '2', previous.length);
    }
    let sec = s - previous[0];
    let nsec = ns - previous[1];
    if (nsec < 0) {
      sec -= 1;
      nsec += 1e9;
    }
    return [sec, nsec];
  }
  hrtime.bigint = hrtimeBigint;

  function memoryUsage() {
    const heap = bindings.heapStatistics();
    return {
      rss: bindings.rss(),
      heapTotal: heap.totalHeapSize,
      heapUsed: heap.usedHeapSize,
      external: heap.externalMemory,
      arrayBuffers: 0,
    };
  }
  memoryUsage.rss = () => bindings.rss();

  function exit(code) {
    if (code !== undefined) process.exitCode = code;
    if (!process._exiting) {
      process._exiting = true;
      process.emit('exit', process.exitCode || 0);
    }
    bindings.exit(process.exitCode || 0);
  }

  function emitWarning(warning, type, code, ctor) {
    let detail;
    if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
      ctor = type.ctor;
      code = type.code;
      if (typeof type.detail === 'string') detail = type.detail;
      type = type.type || 'Warning';
    } else if (typeof type === 'function') {
      ctor = type;
      code = undefined;
      type = 'Warning';
    }
    if (type !== undefined && typeof type !== 'string') {
      const { codes } = require('internal/errors');
      throw new codes.ERR_INVALID_ARG_TYPE('type', 'string', type);
    }
    if (typeof code === 'function') {
      ctor = code;
      code = undefined;
    }
    if (typeof warning === 'string') {
      warning = new Error(warning);
      warning.name = String(type || 'Warning');
      if (code !== undefined) warning.code = code;
      if (detail !== undefined) warning.detail = detail;
    } else if (!(warning instanceof Error)) {
      const { codes } = require('internal/errors');
      throw new codes.ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
    }
    if (warning.name === 'DeprecationWarning' && process.noDeprecation) return;
    nextTick(() => process.emit('warning', warning));
  }

  // Node's own 'warning' listener prints every warning; the hint comes once.
  let hintShown = false;
  process.on('warning', (warning) => {
    let text = `(node:${info.pid}) `;
    if (warning.code) text += `[${warning.code}] `;
    text += `${warning.name}: ${warning.message}\n`;
    if (!hintShown) {
      const flag = warning.name === 'DeprecationWarning' ? '--trace-deprecation' : '--trace-warnings';
      text += `(Use \`node ${flag} ...\` to show where the warning was created)\n`;
      hintShown = true;
    }
    if (typeof warning.detail === 'string') text += `${warning.detail}\n`;
    bindings.write(2, text);
  });

  // events.js defers its warnings and 'error' bookkeeping through these.
  EventEmitter._setNextTick(nextTick);
  EventEmitter._setWarningHook((warning) => process.emitWarning(warning));

  const versions = { node: NODE_VERSION, jsrig: info.version, [info.engine]: info.engineVersion };

  const props = {
    title: 'node',
    version: `v${NODE_VERSION}`,
    versions,
    arch: info.arch,
    platform: info.platform,
    release: { name: 'node' },
    argv: info.argv,
    execArgv: info.execArgv,
    argv0: 'node',
    execPath: info.execPath,
    env: info.env,
    pid: info.pid,
    ppid: info.ppid,
    features: { inspector: false, debug: false, uv: true, ipv6: true, tls_alpn: false, tls_sni: false, tls_ocsp: false, tls: false, cached_builtins: true, typescript: false },
    config: { target_defaults: {}, variables: { engine: info.engine } },
    exit,
    reallyExit: (code) => bindings.exit(code | 0),
    abort: () => bindings.exit(134),
    cwd: () => bindings.cwd(),
    chdir: (dir) => {
      if (typeof dir !== 'string') {
        const { codes } = require('internal/errors');
        throw new codes.ERR_INVALID_ARG_TYPE('directory', 'string', dir);
      }
      bindings.chdir(dir);
    },
    hrtime,
    uptime: () => Number(hrtimeBigint() - startNs) / 1e9,
    memoryUsage,
    nextTick,
    emitWarning,
    umask: () => 0o22,
    kill(pid, signal = 'SIGTERM') {
      if (!Number.isInteger(pid)) {
        const { codes } = require('internal/errors');
        throw new codes.ERR_INVALID_ARG_TYPE('pid', 'number', pid);
      }
      return bindings.kill(pid, signal);
    },
    getuid: () => bindings.processIds()[0],
    geteuid: () => bindings.processIds()[1],
    getgid: () => bindings.processIds()[2],
    getegid: () => bindings.processIds()[3],
    _exiting: false,
    noDeprecation: false,
    throwDeprecation: false,
  };
  for (const key of Object.keys(props)) {
    Object.defineProperty(process, key, { value: props[key], writable: true, configurable: true, enumerable: true });
  }

  Object.defineProperty(process, 'exitCode', {
    get: () => exitCode,
    set(code) {
      if (code !== undefined && code !== null) {
        const n = typeof code === 'string' && code.trim() !== '' ? Number(code) : code;
        if (typeof n !== 'number' || !Number.isInteger(n)) {
          const { codes } = require('internal/errors');
          throw new codes.ERR_INVALID_ARG_TYPE('code', 'number', code);
        }
        code = n;
      }
      exitCode = code;
    },
    enumerable: true,
    configurable: false,
  });

  const lazy = (name, load) => Object.defineProperty(process, name, {
    get() {
      const value = load();
      Object.defineProperty(process, name, { value, writable: true, configurable: true, enumerable: true });
      return value;
    },
    configurable: true,
    enumerable: true,
  });
  lazy('stdin', () => require('internal/process/stdio').createReadable(0));
  lazy('stdout', () => require('internal/process/stdio').createWritable(1));
  lazy('stderr', () => require('internal/process/stdio').createWritable(2));

  return process;
}

module.exports = { createProcess, NODE_VERSION };
