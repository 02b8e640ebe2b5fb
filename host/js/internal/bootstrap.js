'use strict';
// The first JS a jsrig runtime runs (compiled as a function of `bindings`). It sets
// up the builtin module loader, `process` and the globals, and returns the hooks the
// Rust event loop calls (see host/src/runtime.rs). Everything heavy is loaded lazily:
// start-up time is a goal.

const moduleCache = new Map();
// As Node's process.moduleLoadList: what start-up and the program loaded, in order.
const moduleLoadList = [];
const builtinParams = ['exports', 'require', 'module', 'bindings'];

// Loads a builtin or internal module by id, CommonJS-style (cycles see partial exports).
function requireBuiltin(id) {
  const cached = moduleCache.get(id);
  if (cached !== undefined) return cached.exports;
  const module = { id, exports: {}, loaded: false };
  moduleCache.set(id, module);
  moduleLoadList.push(`NativeModule ${id}`);
  let fn;
  try {
    fn = bindings.compileEmbedded(id, `node:${id}`, builtinParams);
  } catch (err) {
    moduleCache.delete(id);
    throw err;
  }
  fn.call(module.exports, module.exports, requireBuiltin, module, bindings);
  module.loaded = true;
  return module.exports;
}

const info = bindings.processInfo();
const taskQueues = requireBuiltin('internal/process/task_queues');
const timers = requireBuiltin('internal/timers');
const process = requireBuiltin('internal/process/object').createProcess(info, requireBuiltin);
Object.defineProperty(process, 'moduleLoadList', { value: moduleLoadList, enumerable: false, configurable: true, writable: false });

function defineGlobal(name, value, enumerable) {
  Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable });
}

// A global created on first use, then a plain data property (as Node's lazy globals).
function defineLazyGlobal(name, load, enumerable) {
  Object.defineProperty(globalThis, name, {
    get() {
      const value = load();
      defineGlobal(name, value, enumerable);
      return value;
    },
    set(value) {
      defineGlobal(name, value, enumerable);
    },
    configurable: true,
    enumerable,
  });
}

// Node's order of enumerable globals (Object.keys(globalThis)).
defineGlobal('global', globalThis, true);
defineGlobal('clearImmediate', timers.clearImmediate, true);
defineGlobal('setImmediate', timers.setImmediate, true);
defineGlobal('clearInterval', timers.clearInterval, true);
defineGlobal('clearTimeout', timers.clearTimeout, true);
defineGlobal('setInterval', timers.setInterval, true);
defineGlobal('setTimeout', timers.setTimeout, true);
defineGlobal('queueMicrotask', taskQueues.queueMicrotask, true);
defineLazyGlobal('structuredClone', () => requireBuiltin('internal/structured_clone').structuredClone, true);
defineLazyGlobal('atob', () => requireBuiltin('buffer').atob, true);
defineLazyGlobal('btoa', () => requireBuiltin('buffer').btoa, true);
defineLazyGlobal('performance', () => requireBuiltin('perf_hooks').performance, true);
defineLazyGlobal('fetch', () => requireBuiltin('internal/fetch').fetch, true);
defineLazyGlobal('crypto', () => requireBuiltin('crypto').webcrypto, true);
defineGlobal('process', process, false);
defineLazyGlobal('Buffer', () => requireBuiltin('buffer').Buffer, false);
defineLazyGlobal('URL', () => requireBuiltin('internal/url_whatwg').URL, false);
defineLazyGlobal('URLSearchParams', () => requireBuiltin('internal/url_whatwg').URLSearchParams, false);
defineLazyGlobal('TextEncoder', () => requireBuiltin('internal/encoding').TextEncoder, false);
defineLazyGlobal('TextDecoder', () => requireBuiltin('internal/encoding').TextDecoder, false);
defineLazyGlobal('AbortController', () => requireBuiltin('internal/abort_controller').AbortController, false);
defineLazyGlobal('AbortSignal', () => requireBuiltin('internal/abort_controller').AbortSignal, false);
defineLazyGlobal('Blob', () => requireBuiltin('buffer').Blob, false);
defineLazyGlobal('DOMException', () => requireBuiltin('internal/dom_exception').DOMException, false);
for (const name of ['Headers', 'Request', 'Response', 'FormData']) {
  defineLazyGlobal(name, () => requireBuiltin('internal/fetch')[name], false);
}
for (const name of ['ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader', 'ReadableStreamBYOBRequest', 'ReadableByteStreamController', 'ReadableStreamDefaultController', 'TransformStream', 'TransformStreamDefaultController', 'WritableStream', 'WritableStreamDefaultWriter', 'WritableStreamDefaultController', 'ByteLengthQueuingStrategy', 'CountQueuingStrategy', 'TextEncoderStream', 'TextDecoderStream', 'CompressionStream', 'DecompressionStream']) {
  defineLazyGlobal(name, () => requireBuiltin('stream/web')[name], false);
}
defineLazyGlobal('File', () => requireBuiltin('buffer').File, false);
for (const name of ['Crypto', 'CryptoKey', 'SubtleCrypto']) {
  defineLazyGlobal(name, () => requireBuiltin('crypto')[Symbol.for('jsrig.crypto.classes')][name], false);
}
defineLazyGlobal('console', () => requireBuiltin('console'), false);
defineLazyGlobal('EventTarget', () => requireBuiltin('events').EventTarget, false);
defineLazyGlobal('Event', () => requireBuiltin('events').Event, false);
defineLazyGlobal('CustomEvent', () => requireBuiltin('events').CustomEvent, false);

// Engines built without ICU (QuickJS) get an en-US Intl, and the locale-sensitive
// builtins print what node prints.
if (typeof globalThis.Intl === 'undefined') {
  defineLazyGlobal('Intl', () => requireBuiltin('internal/intl_lite').Intl, false);
  // Stubs that load the (large) Intl module only when first called.
  for (const [type, names] of [['Number', ['toLocaleString']], ['BigInt', ['toLocaleString']],
    ['Date', ['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString']], ['String', ['localeCompare']]]) {
    for (const name of names) {
      const stub = { [name](...args) {
        return Reflect.apply(requireBuiltin('internal/intl_lite').methods[type][name], this, args);
      } }[name];
      Object.defineProperty(stub, 'length', { value: name === 'localeCompare' ? 1 : 0 });
      Object.defineProperty(globalThis[type].prototype, name, { value: stub, writable: true, configurable: true, enumerable: false });
    }
  }
}

if (info.execArgv.includes('--expose-gc')) defineGlobal('gc', bindings.gc, false);

// The door through which generated ES module facades reach CommonJS and the builtins
// (see host/src/loader.rs).
Object.defineProperty(globalThis, Symbol.for('jsrig.esm.facade'), {
  value: Object.freeze({
    require: (filename) => requireBuiltin('internal/modules/cjs').loadFromFacade(filename),
    builtin: (id) => requireBuiltin('internal/modules/cjs').loadBuiltin(id),
  }),
});

bindings.setImportMetaHook((meta, url) => requireBuiltin('internal/modules/esm').initializeImportMeta(meta, url));

// A child forked by a parent (node or jsrig) with an IPC channel.
if (process.env.NODE_CHANNEL_FD !== undefined) {
  const fd = Number(process.env.NODE_CHANNEL_FD);
  delete process.env.NODE_CHANNEL_FD;
  delete process.env.NODE_CHANNEL_SERIALIZATION_MODE;
  requireBuiltin('child_process')._forkChild(fd);
}

function runMain(main) {
  requireBuiltin('internal/modules/run_main').runMain(main);
}

function runEval(source, print) {
  requireBuiltin('internal/modules/run_main').runEval(source, print);
}

return {
  runMain,
  runEval,
  processTicksAndRejections: taskQueues.processTicksAndRejections,
  processTimers: timers.processTimers,
  processImmediates: timers.processImmediates,
  handleUncaught: (err, location) => requireBuiltin('internal/process/fatal').handleUncaught(err, location),
  emitBeforeExit: () => process.emit('beforeExit', process.exitCode || 0),
  emitExit: () => requireBuiltin('internal/modules/run_main').emitExit(process),
};
