'use strict';
// The entry point: a CommonJS or ES module file, or `-e` source.

let mainPromise = null;
let mainSettled = true;

function runMain(main) {
  const path = require('path');
  const { Module } = require('internal/modules/cjs');
  let filename;
  try {
    filename = bindings.resolveRequire(path.resolve(main), null);
  } catch (err) {
    if (err.code === 'MODULE_NOT_FOUND') {
      err.requireStack = [];
      err.message = `Cannot find module '${path.resolve(main)}'`;
      err.stack = `Error: ${err.message}`;
    }
    throw err;
  }
  if (bindings.formatOf(filename) === 'module') {
    runMainESM(filename);
  } else {
    Module._load(filename, null, true);
  }
}

function runMainESM(filename) {
  mainSettled = false;
  mainPromise = import(require('internal/url').pathToFileHref(filename));
  mainPromise.then(() => {
    mainSettled = true;
  }, (err) => {
    mainSettled = true;
    require('internal/process/fatal').triggerUncaughtException(err, false);
  });
}

function runEval(source, print) {
  const path = require('path');
  const { Module } = require('internal/modules/cjs');
  // As `node -e`: a classic script in the global scope, with `require`, `module`,
  // `exports`, `__filename` and `__dirname` of a module at the working directory.
  const filename = path.join(bindings.cwd(), '[eval]');
  // As Node (fork() reads it to drop `-e code` from the child's arguments).
  globalThis.process._eval = source;
  const module = new Module('[eval]');
  module.filename = filename;
  module.paths = Module._nodeModulePaths(bindings.cwd());
  globalThis.module = module;
  globalThis.exports = module.exports;
  globalThis.require = Module.createRequire(filename);
  globalThis.__filename = '[eval]';
  globalThis.__dirname = '.';
  const result = bindings.evalScript(source, '[eval]');
  if (print) {
    const { inspect } = require('internal/util/inspect');
    globalThis.console.log(typeof result === 'string' ? result : inspect(result));
  }
}

// Node exits with 13 when the main module's top-level await never settled.
function emitExit(process) {
  if (!mainSettled && process.exitCode === undefined) {
    process.exitCode = 13;
    bindings.write(2, 'Warning: Detected unsettled top-level await\n');
  }
  let code = process.exitCode || 0;
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', code);
    code = process.exitCode || 0;
  }
  return code;
}

module.exports = { runMain, runEval, emitExit };
