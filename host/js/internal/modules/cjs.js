'use strict';
// CommonJS: Node's `Module`, `require`, the module cache and wrapper. Resolution is
// Rust's (bindings.resolveRequire, shared with the ES module loader).

const path = require('path');

const builtinIds = new Set(bindings.builtinIds());
const wrapperParams = ['exports', 'require', 'module', '__filename', '__dirname'];

function invalidArgType(name, expected, actual) {
  const { codes } = require('internal/errors');
  return new codes.ERR_INVALID_ARG_TYPE(name, expected, actual);
}

function stripBOM(content) {
  return content.charCodeAt(0) === 0xFEFF ? content.slice(1) : content;
}

function stripHashbang(content) {
  // A hashbang is only valid at the start of a script; inside the wrapper it would be
  // a syntax error. Keep the line (as a comment) so line numbers stay right.
  return content.startsWith('#!') ? '//' + content.slice(2) : content;
}

class Module {
  constructor(id = '', parent) {
    this.id = id;
    this.path = path.dirname(id);
    this.exports = {};
    this.filename = null;
    this.loaded = false;
    this.children = [];
    this.paths = [];
    Object.defineProperty(this, 'parent', { value: parent, writable: true, enumerable: false, configurable: true });
    if (parent && parent.children) parent.children.push(this);
  }

  require(id) {
    if (typeof id !== 'string') throw invalidArgType('id', 'string', id);
    if (id === '') {
      const { codes } = require('internal/errors');
      throw new codes.ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
    }
    return Module._load(id, this, false);
  }

  load(filename) {
    this.filename = filename;
    this.paths = Module._nodeModulePaths(path.dirname(filename));
    const ext = extensionOf(filename);
    Module._extensions[ext](this, filename);
    this.loaded = true;
  }

  _compile(content, filename) {
    const fn = bindings.compileFunction(stripHashbang(content), filename, wrapperParams);
    const require = makeRequireFunction(this);
    return fn.call(this.exports, this.exports, require, this, filename, path.dirname(filename));
  }
}

// The longest registered extension the filename ends with ('.js' when none).
function extensionOf(filename) {
  const base = path.basename(filename);
  let index = base.indexOf('.', 1);
  while (index !== -1) {
    const ext = base.slice(index);
    if (Module._extensions[ext] !== undefined) return ext;
    index = base.indexOf('.', index + 1);
  }
  return '.js';
}

Module._cache = Object.create(null);
Module._pathCache = Object.create(null);
Module._extensions = Object.create(null);
Module.builtinModules = [...builtinIds].sort();
Module.globalPaths = [];
Module.Module = Module;
Module.wrapper = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'];
Module.wrap = (script) => Module.wrapper[0] + script + Module.wrapper[1];
Module.isBuiltin = (id) => typeof id === 'string' && (builtinIds.has(id.startsWith('node:') ? id.slice(5) : id));

Module._extensions['.js'] = function (module, filename) {
  if (filename.endsWith('.js') && bindings.formatOf(filename) === 'module') {
    module.exports = requireESM(filename);
    return;
  }
  module._compile(stripBOM(bindings.readSource(filename)), filename);
};

Module._extensions['.cjs'] = function (module, filename) {
  module._compile(stripBOM(bindings.readSource(filename)), filename);
};

Module._extensions['.mjs'] = function (module, filename) {
  module.exports = requireESM(filename);
};

Module._extensions['.json'] = function (module, filename) {
  const content = bindings.readSource(filename);
  try {
    module.exports = JSON.parse(stripBOM(content));
  } catch (err) {
    err.message = filename + ': ' + err.message;
    throw err;
  }
};

Module._extensions['.node'] = function (module, filename) {
  const err = new Error(`Native addons are not supported by jsrig: ${filename}`);
  err.code = 'ERR_DLOPEN_FAILED';
  throw err;
};

// require() of an ES module (Node 20.19+): loaded and evaluated synchronously, which
// works when neither it nor its imports use top-level await.
function requireESM(filename) {
  const promise = import(require('internal/url').pathToFileHref(filename));
  bindings.runMicrotasks();
  const state = bindings.promiseState(promise);
  if (state[0] === 2) throw state[1];
  if (state[0] === 0) {
    promise.catch(() => {});
    const err = new Error(`require() cannot be used on an ESM graph with top-level await. Use import() instead. To see where the top-level await comes from, use --experimental-print-required-tla.\n  From ${filename}`);
    err.code = 'ERR_REQUIRE_ASYNC_MODULE';
    throw err;
  }
  return state[1];
}

Module._nodeModulePaths = function (from) {
  from = path.resolve(from);
  const paths = [];
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (path.basename(dir) !== 'node_modules') paths.push(path.join(dir, 'node_modules'));
    if (dir === '/') break;
  }
  return paths;
};

function requireStack(parent) {
  const stack = [];
  for (let m = parent; m && m.filename; m = m.parent) stack.push(m.filename);
  return stack;
}

Module._resolveFilename = function (request, parent, isMain, options) {
  if (typeof request !== 'string') throw invalidArgType('request', 'string', request);
  let parentFile = parent && parent.filename ? parent.filename : null;
  if (options && Array.isArray(options.paths)) {
    for (const dir of options.paths) {
      try {
        return bindings.resolveRequire(request, path.join(path.resolve(dir), '__jsrig_paths__.js'));
      } catch (err) {
        if (err.code !== 'MODULE_NOT_FOUND') throw err;
      }
    }
    parentFile = null;
  }
  try {
    return bindings.resolveRequire(request, parentFile);
  } catch (err) {
    if (err.code === 'MODULE_NOT_FOUND') {
      // Node's message names the whole chain of requiring modules.
      const stack = requireStack(parent);
      err.message = `Cannot find module '${request}'` + (stack.length ? '\nRequire stack:\n- ' + stack.join('\n- ') : '');
      err.requireStack = stack;
      err.stack = `Error: ${err.message}` + (typeof err.stack === 'string' ? err.stack.slice(err.stack.indexOf('\n    at ')) : '');
    }
    throw err;
  }
};

function loadBuiltin(id) {
  return require(id);
}

Module._load = function (request, parent, isMain) {
  const filename = Module._resolveFilename(request, parent, isMain);
  if (filename.startsWith('node:')) return loadBuiltin(filename.slice(5));
  if (filename.startsWith('jsrig:')) return loadBuiltin(`jsrig/${filename.slice(6)}`);
  const cached = Module._cache[filename];
  if (cached !== undefined) {
    if (parent && parent.children && !parent.children.includes(cached)) parent.children.push(cached);
    return cached.exports;
  }
  const module = new Module(filename, parent);
  if (isMain) {
    module.id = '.';
    globalThis.process.mainModule = module;
    mainModule = module;
  }
  Module._cache[filename] = module;
  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      if (parent && parent.children) {
        const i = parent.children.indexOf(module);
        if (i !== -1) parent.children.splice(i, 1);
      }
    }
  }
  return module.exports;
};

let mainModule;

function makeRequireFunction(mod) {
  const require = function require(id) {
    return mod.require(id);
  };
  function resolve(request, options) {
    if (typeof request !== 'string') throw invalidArgType('request', 'string', request);
    const r = Module._resolveFilename(request, mod, false, options);
    return r.startsWith('node:') && !request.startsWith('node:') ? request : r;
  }
  resolve.paths = (request) => (Module.isBuiltin(request) ? null : Module._nodeModulePaths(path.dirname(mod.filename || mod.id)));
  require.resolve = resolve;
  require.main = mainModule;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

Module.createRequire = function createRequire(filename) {
  let file = filename;
  if (typeof filename === 'object' && filename !== null && typeof filename.href === 'string') file = filename.href;
  if (typeof file === 'string' && file.startsWith('file:')) file = require('internal/url').fileURLToPath(file);
  if (typeof file !== 'string' || !path.isAbsolute(file)) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_VALUE('filename', filename, 'must be a file URL object, file URL string, or absolute path string');
  }
  const trailingSlash = file.endsWith('/');
  const proxyPath = trailingSlash ? path.join(file, 'noop.js') : file;
  const m = new Module(proxyPath);
  m.filename = proxyPath;
  m.paths = Module._nodeModulePaths(m.path);
  return makeRequireFunction(m);
};

// For the ES module facade of a CommonJS file (host/src/loader.rs).
function loadFromFacade(filename) {
  return Module._load(filename, null, false);
}

module.exports = { Module, loadFromFacade, loadBuiltin, runMainCommonJS: (filename) => Module._load(filename, null, true) };
