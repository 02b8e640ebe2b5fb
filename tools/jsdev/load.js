'use strict';
// Loads jsrig's host/js modules inside node, with the same CommonJS-style wrapper as
// jsrig and a `bindings` object backed by node, so a module can be compared with
// node's own implementation while it is written. Dev tool only; never shipped.
//
//   const { load } = require('./tools/jsdev/load.js');
//   const { inspect } = load('internal/util/inspect');

const fs = require('fs');
const path = require('path');
const vm = require('vm');

const JS_ROOT = path.join(__dirname, '..', '..', 'host', 'js');

let nodeUtilBinding = null;
try {
  // Only with `node --expose-internals`: exact promise/proxy introspection.
  nodeUtilBinding = require('internal/test/binding').internalBinding('util');
} catch {}

const bindings = {
  promiseState(p) {
    if (!(p instanceof Promise)) return undefined;
    if (nodeUtilBinding) {
      const [state, result] = nodeUtilBinding.getPromiseDetails(p);
      return state === 0 ? [0] : [state, result];
    }
    // Without internals: node's own inspect tells the state.
    const s = require('util').inspect(p, { depth: 0 });
    if (s.includes('<pending>')) return [0];
    let value;
    p.then((v) => { value = v; }, (e) => { value = e; });
    return [s.includes('<rejected>') ? 2 : 1, value];
  },
  proxyDetails(v) {
    if (!require('util').types.isProxy(v)) return undefined;
    if (nodeUtilBinding) return nodeUtilBinding.getProxyDetails(v);
    return [undefined, undefined];
  },
  runMicrotasks() {},
  takeRejections() { return []; },
  compileFunction(source, filename, params) {
    return vm.compileFunction(source, params, { filename });
  },
  evalScript(source, filename) {
    return vm.runInThisContext(source, { filename });
  },
  setImportMetaHook() {},
  heapStatistics() {
    const s = require('v8').getHeapStatistics();
    return { totalHeapSize: s.total_heap_size, usedHeapSize: s.used_heap_size,
      heapSizeLimit: s.heap_size_limit, externalMemory: s.external_memory };
  },
  gc() { if (global.gc) global.gc(); },
};

const cache = new Map();

function load(id) {
  id = id.startsWith('node:') ? id.slice(5) : id;
  if (cache.has(id)) return cache.get(id).exports;
  const file = path.join(JS_ROOT, id + '.js');
  if (!fs.existsSync(file)) {
    // Not written yet in jsrig: fall back to node's own builtin while developing.
    return require(id);
  }
  const module = { id, exports: {} };
  cache.set(id, module);
  const fn = vm.compileFunction(fs.readFileSync(file, 'utf8'),
    ['exports', 'require', 'module', 'bindings'], { filename: file });
  fn.call(module.exports, module.exports, load, module, bindings);
  return module.exports;
}

module.exports = { load, bindings, JS_ROOT };
