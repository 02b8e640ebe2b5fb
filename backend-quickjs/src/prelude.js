// QuickJS-ng puts only the frames in `err.stack`; V8, and so Node, starts the stack
// with the error's `name: message` line and formats frames as `    at f (file:1:2)`.
// Code that prints or parses stacks expects that, so format them as V8 does, through
// QuickJS-ng's V8-compatible prepareStackTrace hook. The hook stays invisible: as in
// V8, `Error.prepareStackTrace` reads as undefined until user code sets it, and a
// user's hook replaces this formatting.
(function () {
  'use strict';
  const hook = Object.getOwnPropertyDescriptor(Error, 'prepareStackTrace');
  const toString = Error.prototype.toString;

  function header(err) {
    try {
      return toString.call(err);
    } catch {
      return 'Error';
    }
  }

  function frame(site) {
    const name = site.getFunctionName();
    if (site.isNative()) return `    at ${name || '<anonymous>'} (native)`;
    const file = site.getFileName();
    const line = site.getLineNumber();
    const where = file == null ? '<anonymous>' : line > 0 ? `${file}:${line}:${site.getColumnNumber()}` : file;
    return name ? `    at ${name} (${where})` : `    at ${where}`;
  }

  // QuickJS-ng's call sites have only part of V8's CallSite API; libraries such as
  // depd (in express) call the rest. Fill it in with V8's answers for the cases
  // QuickJS cannot see (no eval origin, no receiver).
  hook.set.call(Error, (_, sites) => sites);
  const sites = new Error().stack;
  const site = Array.isArray(sites) && sites.length ? Object.getPrototypeOf(sites[0]) : null;
  if (site) {
    const missing = {
      getThis() { return undefined; },
      getTypeName() { return null; },
      getMethodName() { return null; },
      getScriptNameOrSourceURL() { return this.getFileName(); },
      getScriptHash() { return ''; },
      getEvalOrigin() { return undefined; },
      getEnclosingLineNumber() { return null; },
      getEnclosingColumnNumber() { return null; },
      getPosition() { return 0; },
      getPromiseIndex() { return null; },
      isToplevel() { return !this.isConstructor(); },
      isEval() { return false; },
      isAsync() { return false; },
      isPromiseAll() { return false; },
      toString() { return frame(this).slice(7); },
    };
    for (const name of Object.keys(missing)) {
      if (!(name in site)) {
        Object.defineProperty(site, name, { value: missing[name], writable: true, configurable: true, enumerable: false });
      }
    }
  }

  hook.set.call(Error, function prepareStackTrace(err, sites) {
    const user = Error.prepareStackTrace;
    if (typeof user === 'function') return user.call(Error, err, sites);
    let stack = header(err);
    for (const site of sites) stack += '\n' + frame(site);
    return stack;
  });
  // The engine keeps the hook internally; without the accessor, `prepareStackTrace`
  // is an ordinary property user code sets and deletes, as in V8.
  delete Error.prepareStackTrace;

  // V8 lets code assign anything to `err.stack` (libraries clear it with undefined);
  // QuickJS-ng's setter accepts only strings. Store other values as an own property.
  const stack = Object.getOwnPropertyDescriptor(Error.prototype, 'stack');
  if (stack && stack.set) {
    const set = stack.set;
    Object.defineProperty(Error.prototype, 'stack', {
      get: stack.get,
      set(value) {
        if (typeof value === 'string') return set.call(this, value);
        Object.defineProperty(this, 'stack', { value, writable: true, configurable: true, enumerable: false });
      },
      configurable: true,
      enumerable: false,
    });
  }
})();
