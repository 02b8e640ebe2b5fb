// Runs once per realm, before any user code: the V8-compatible defaults Node code
// expects. Its completion value is a scripted Proxy (see setup_realm).

// V8 (and so Node) captures 10 frames; SpiderMonkey 128. Stack output must match Node's.
Error.stackTraceLimit = 10;

(() => {
  'use strict';
  const { defineProperty, getOwnPropertyDescriptor } = Object;
  const toString = Error.prototype.toString;
  const stack = getOwnPropertyDescriptor(Error.prototype, 'stack');
  if (!stack || typeof stack.get !== 'function') return;
  const rawStack = stack.get;

  function header(err) {
    try {
      return toString.call(err);
    } catch {
      return 'Error';
    }
  }

  // V8's CallSite API, for `Error.prepareStackTrace` hooks (depd, callsites,
  // source-map-support...). SpiderMonkey has no such hook, but its stacks are in
  // V8's format (SetStackFormat), so the sites are read back from the text.
  class CallSite {
    #name; #file; #line; #column; #native;
    constructor(name, file, line, column, native) {
      this.#name = name; this.#file = file; this.#line = line; this.#column = column; this.#native = native;
    }
    getThis() { return undefined; }
    getTypeName() { return null; }
    getFunction() { return undefined; }
    getFunctionName() { return this.#name; }
    getMethodName() { return null; }
    getFileName() { return this.#file; }
    getScriptNameOrSourceURL() { return this.#file; }
    getScriptHash() { return ''; }
    getLineNumber() { return this.#line; }
    getColumnNumber() { return this.#column; }
    getEnclosingLineNumber() { return null; }
    getEnclosingColumnNumber() { return null; }
    getPosition() { return 0; }
    getEvalOrigin() { return undefined; }
    getPromiseIndex() { return null; }
    isToplevel() { return true; }
    isEval() { return false; }
    isNative() { return this.#native; }
    isConstructor() { return false; }
    isAsync() { return false; }
    isPromiseAll() { return false; }
    toString() {
      const where = this.#native ? 'native'
        : this.#file == null ? '<anonymous>'
        : this.#line == null ? this.#file : `${this.#file}:${this.#line}:${this.#column}`;
      return this.#name ? `${this.#name} (${where})` : where;
    }
  }

  function parseSites(text) {
    const sites = [];
    for (const line of text.split('\n')) {
      const m = /^    at (?:(.*?) \((.*)\)|(.*))$/.exec(line);
      if (!m) continue;
      const name = m[1] === undefined ? null : m[1];
      const where = m[1] === undefined ? m[3] : m[2];
      if (where === 'native') {
        sites.push(new CallSite(name, null, null, null, true));
        continue;
      }
      const pos = /^(.*):(\d+):(\d+)$/.exec(where);
      if (pos) sites.push(new CallSite(name, pos[1], Number(pos[2]), Number(pos[3]), false));
      else sites.push(new CallSite(name, where === '<anonymous>' ? null : where, null, null, false));
    }
    return sites;
  }

  // V8 formats `stack` when it is first read, through Error.prepareStackTrace if set.
  let formatting = false;
  function format(err, text) {
    const hook = Error.prepareStackTrace;
    if (typeof hook !== 'function' || formatting || typeof text !== 'string') return text;
    formatting = true;
    try {
      return hook.call(Error, err, parseSites(text));
    } finally {
      formatting = false;
    }
  }

  function setStack(obj, value) {
    defineProperty(obj, 'stack', { value, writable: true, enumerable: false, configurable: true });
  }

  // Assigning `err.stack` makes SpiderMonkey's setter create an enumerable own
  // property, which util.inspect and Object.keys then show; in V8 it stays hidden.
  const { get, set } = getOwnPropertyDescriptor({
    get stack() {
      const text = rawStack.call(this);
      if (typeof Error.prepareStackTrace !== 'function' || formatting) return text;
      const value = format(this, text);
      setStack(this, value);
      return value;
    },
    set stack(value) {
      setStack(this, value);
    },
  }, 'stack');
  defineProperty(Error.prototype, 'stack', { get, set, enumerable: false, configurable: true });

  // SpiderMonkey's captureStackTrace leaves the frames without V8's `name: message`
  // first line, and formats them at once; V8 adds the line and formats when read.
  const capture = Error.captureStackTrace;
  if (typeof capture !== 'function') return;
  const { value: captureStackTrace } = getOwnPropertyDescriptor({
    captureStackTrace(obj, fn) {
      capture(obj, typeof fn === 'function' ? fn : captureStackTrace);
      const frames = obj.stack;
      if (typeof frames !== 'string') return;
      const text = frames ? `${header(obj)}\n${frames.replace(/\n$/, '')}` : header(obj);
      let value;
      let formatted = false;
      defineProperty(obj, 'stack', {
        get() {
          if (!formatted) {
            value = format(obj, text);
            formatted = true;
          }
          return value;
        },
        set(v) {
          setStack(this, v);
        },
        enumerable: false,
        configurable: true,
      });
    },
  }, 'captureStackTrace');
  defineProperty(Error, 'captureStackTrace', { value: captureStackTrace, writable: true, enumerable: false, configurable: true });
})();

new Proxy({}, {});
