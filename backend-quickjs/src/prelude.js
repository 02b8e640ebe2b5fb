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
  let user;

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

  hook.set.call(Error, function prepareStackTrace(err, sites) {
    if (typeof user === 'function') return user.call(Error, err, sites);
    let stack = header(err);
    for (const site of sites) stack += '\n' + frame(site);
    return stack;
  });
  Object.defineProperty(Error, 'prepareStackTrace', {
    get() { return user; },
    set(fn) { user = fn; },
    configurable: true,
    enumerable: false,
  });

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
