'use strict';
// Runs the webstreams scenarios inside a jsrig binary, against the streams in
// host/js as they are on disk (not the copy built into the binary), and writes
// each scenario's log to a JSON file. Started by
// `node tools/jsdev/check-webstreams.js --jsrig=<engine>`, which compares the
// logs with node's:
//
//   jsrig --engine quickjs tools/jsdev/check-webstreams-jsrig.js names.json out.json
//
// The host/js modules are compiled with the same (exports, require, module,
// bindings) wrapper jsrig uses. A few modules that need the host's bindings
// are replaced by the binary's public equivalents.

const fs = require('fs');
const path = require('path');

const JS_ROOT = path.join(__dirname, '..', '..', 'host', 'js');
const builtinUtil = require('util');

const shims = {
  'internal/util/inspect': {
    inspect: builtinUtil.inspect,
    format: builtinUtil.format,
    formatWithOptions: builtinUtil.formatWithOptions,
  },
  'internal/util/types': builtinUtil.types,
  // The binary's own queue, which its event loop drains.
  'internal/process/task_queues': { nextTick: (fn, ...args) => process.nextTick(fn, ...args) },
};

const cache = new Map();
function load(id) {
  id = id.startsWith('node:') ? id.slice(5) : id;
  if (Object.prototype.hasOwnProperty.call(shims, id)) return shims[id];
  if (cache.has(id)) return cache.get(id).exports;
  const file = path.join(JS_ROOT, `${id}.js`);
  if (!fs.existsSync(file)) return require(id);
  const module = { id, exports: {} };
  cache.set(id, module);
  // eslint-disable-next-line no-new-func
  const fn = new Function('exports', 'require', 'module', 'bindings', fs.readFileSync(file, 'utf8'));
  fn.call(module.exports, module.exports, load, module, {});
  return module.exports;
}

const { loadScenarios, runOne } = require('./check-webstreams/_harness.js');

async function main() {
  const [namesFile, outFile] = process.argv.slice(2);
  const names = new Set(JSON.parse(fs.readFileSync(namesFile, 'utf8')));
  const utils = load('internal/streams/utils');
  const impl = {
    name: 'jsrig',
    W: load('stream/web'),
    inspect: builtinUtil.inspect,
    AbortError: load('internal/errors').AbortError,
    streamUtils: {
      isDisturbed: utils.isDisturbed,
      isErrored: utils.isErrored,
      isReadable: utils.isReadable,
    },
  };
  const logs = {};
  for (const { name, fn } of loadScenarios()) {
    if (!names.has(name)) continue;
    logs[name] = await runOne(impl, fn);
  }
  fs.writeFileSync(outFile, JSON.stringify(logs));
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
