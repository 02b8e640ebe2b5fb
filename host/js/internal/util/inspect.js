'use strict';
// util.inspect and util.format. The output must be byte-identical to node 20's
// on every engine, so the layout rules below (when to break lines, how arrays
// are grouped into columns, which quote a string gets) reproduce node's
// observable behaviour exactly, quirks included; tools/jsdev/check-inspect.js
// compares the two on a large corpus.
//
// Overview: inspect() builds a context `ctx` (the options plus traversal
// state), formatValue() handles primitives, proxies, custom inspectors and
// cycles, formatObject() decides how an object is shown (its "braces", a
// "base" text such as a function name, and a formatter for its entries), and
// joinEntries() lays the entries out on one or more lines.

const types = require('internal/util/types');

const {
  defineProperty, getOwnPropertyDescriptor, getOwnPropertyNames,
  getOwnPropertySymbols, getPrototypeOf, keys: objectKeys,
} = Object;
const hasOwn = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);
const isEnumerable = (obj, key) => Object.prototype.propertyIsEnumerable.call(obj, key);
const functionToString = Function.prototype.toString;
const errorToString = Error.prototype.toString;
const regExpToString = RegExp.prototype.toString;

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

const inspectDefaultOptions = {
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
};

// How entries of an object are printed: with their key, as array elements, or
// as the extra keys of an array-like (keyed, but laid out like elements).
const kObjectType = 0;
const kArrayType = 1;
const kArrayExtrasType = 2;

// Strings shorter than this are never split at their newlines.
const kMinLineWidth = 16;

// Node computes this from the globals present when its inspect module loads,
// i.e. the ECMAScript built-ins. A fixed list keeps us independent of whatever
// the host or the user adds to globalThis.
let builtinNames;
function isBuiltinName(name) {
  if (builtinNames === undefined) {
    builtinNames = new Set([
      'Object', 'Function', 'Array', 'Number', 'Infinity', 'NaN', 'Boolean',
      'String', 'Symbol', 'Date', 'Promise', 'RegExp', 'Error', 'AggregateError',
      'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError',
      'URIError', 'JSON', 'Math', 'Intl', 'ArrayBuffer', 'Uint8Array',
      'Int8Array', 'Uint16Array', 'Int16Array', 'Uint32Array', 'Int32Array',
      'Float32Array', 'Float64Array', 'Uint8ClampedArray', 'BigUint64Array',
      'BigInt64Array', 'DataView', 'Map', 'BigInt', 'Set', 'WeakMap', 'WeakSet',
      'Proxy', 'Reflect', 'FinalizationRegistry', 'WeakRef',
    ]);
  }
  return builtinNames.has(name);
}

// ---------------------------------------------------------------------------
// Colors

function makeColors() {
  const colors = { __proto__: null };
  const codes = [
    ['reset', 0, 0], ['bold', 1, 22], ['dim', 2, 22], ['italic', 3, 23],
    ['underline', 4, 24], ['blink', 5, 25], ['inverse', 7, 27], ['hidden', 8, 28],
    ['strikethrough', 9, 29], ['doubleunderline', 21, 24],
    ['black', 30, 39], ['red', 31, 39], ['green', 32, 39], ['yellow', 33, 39],
    ['blue', 34, 39], ['magenta', 35, 39], ['cyan', 36, 39], ['white', 37, 39],
    ['bgBlack', 40, 49], ['bgRed', 41, 49], ['bgGreen', 42, 49], ['bgYellow', 43, 49],
    ['bgBlue', 44, 49], ['bgMagenta', 45, 49], ['bgCyan', 46, 49], ['bgWhite', 47, 49],
    ['framed', 51, 54], ['overlined', 53, 55],
    ['gray', 90, 39], ['redBright', 91, 39], ['greenBright', 92, 39],
    ['yellowBright', 93, 39], ['blueBright', 94, 39], ['magentaBright', 95, 39],
    ['cyanBright', 96, 39], ['whiteBright', 97, 39],
    ['bgGray', 100, 49], ['bgRedBright', 101, 49], ['bgGreenBright', 102, 49],
    ['bgYellowBright', 103, 49], ['bgBlueBright', 104, 49],
    ['bgMagentaBright', 105, 49], ['bgCyanBright', 106, 49], ['bgWhiteBright', 107, 49],
  ];
  for (const [name, open, close] of codes) colors[name] = [open, close];
  // Alternative spellings: hidden accessors that share the entry of the main name.
  const aliases = [
    ['grey', 'gray'], ['blackBright', 'gray'], ['bgGrey', 'bgGray'],
    ['bgBlackBright', 'bgGray'], ['faint', 'dim'], ['crossedout', 'strikethrough'],
    ['strikeThrough', 'strikethrough'], ['crossedOut', 'strikethrough'],
    ['conceal', 'hidden'], ['swapColors', 'inverse'], ['swapcolors', 'inverse'],
    ['doubleUnderline', 'doubleunderline'],
  ];
  for (const [alias, target] of aliases) {
    defineProperty(colors, alias, {
      get() { return this[target]; },
      set(value) { this[target] = value; },
      configurable: true,
      enumerable: false,
    });
  }
  return colors;
}

function makeStyles() {
  return Object.assign({ __proto__: null }, {
    special: 'cyan',
    number: 'yellow',
    bigint: 'yellow',
    boolean: 'yellow',
    undefined: 'grey',
    null: 'bold',
    string: 'green',
    symbol: 'green',
    date: 'magenta',
    regexp: 'red',
    module: 'underline',
  });
}

function stylizeWithColor(str, styleType) {
  const style = inspect.styles[styleType];
  if (style !== undefined) {
    const color = inspect.colors[style];
    if (color !== undefined) return `\u001b[${color[0]}m${str}\u001b[${color[1]}m`;
  }
  return str;
}

function stylizeNoColor(str) {
  return str;
}

// ---------------------------------------------------------------------------
// Entry point

function inspect(value, opts) {
  const ctx = {
    budget: {},
    indentationLvl: 0,
    seen: [],
    currentDepth: 0,
    stylize: stylizeNoColor,
    showHidden: inspectDefaultOptions.showHidden,
    depth: inspectDefaultOptions.depth,
    colors: inspectDefaultOptions.colors,
    customInspect: inspectDefaultOptions.customInspect,
    showProxy: inspectDefaultOptions.showProxy,
    maxArrayLength: inspectDefaultOptions.maxArrayLength,
    maxStringLength: inspectDefaultOptions.maxStringLength,
    breakLength: inspectDefaultOptions.breakLength,
    compact: inspectDefaultOptions.compact,
    sorted: inspectDefaultOptions.sorted,
    getters: inspectDefaultOptions.getters,
    numericSeparator: inspectDefaultOptions.numericSeparator,
  };
  if (arguments.length > 1) {
    // The old signature: inspect(value, showHidden, depth, colors).
    if (arguments.length > 2) {
      if (arguments[2] !== undefined) ctx.depth = arguments[2];
      if (arguments.length > 3 && arguments[3] !== undefined) ctx.colors = arguments[3];
    }
    if (typeof opts === 'boolean') {
      ctx.showHidden = opts;
    } else if (opts) {
      for (const key of objectKeys(opts)) {
        if (hasOwn(inspectDefaultOptions, key) || key === 'stylize') {
          ctx[key] = opts[key];
        } else if (ctx.userOptions === undefined) {
          // Unknown keys are for custom inspectors: they get the user's object.
          ctx.userOptions = opts;
        }
      }
    }
  }
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  return formatValue(ctx, value, 0);
}

function invalidArgType(name, expected, actual) {
  let received;
  if (actual == null) {
    received = ` Received ${actual}`;
  } else if (typeof actual === 'function') {
    received = actual.name ? ` Received function ${actual.name}` : ' Received function';
  } else if (typeof actual === 'object') {
    const ctorName = actual.constructor && actual.constructor.name;
    received = ctorName ? ` Received an instance of ${ctorName}` :
      ` Received ${inspect(actual, { depth: -1 })}`;
  } else {
    let shown = inspect(actual, { colors: false });
    if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
    received = ` Received type ${typeof actual} (${shown})`;
  }
  const err = new TypeError(`The "${name}" argument must be of type ${expected}.${received}`);
  defineProperty(err, 'code', { value: 'ERR_INVALID_ARG_TYPE', writable: true, configurable: true, enumerable: true });
  return err;
}

defineProperty(inspect, 'custom', {
  value: customInspectSymbol,
  writable: false,
  enumerable: true,
  configurable: false,
});

defineProperty(inspect, 'defaultOptions', {
  get() {
    return inspectDefaultOptions;
  },
  set(options) {
    if (options === null || typeof options !== 'object' || Array.isArray(options)) {
      throw invalidArgType('options', 'object', options);
    }
    return Object.assign(inspectDefaultOptions, options);
  },
  enumerable: true,
  configurable: true,
});

inspect.colors = makeColors();
inspect.styles = makeStyles();

// ---------------------------------------------------------------------------
// Values

function formatValue(ctx, value, recurseTimes, typedArray) {
  if (typeof value !== 'object' && typeof value !== 'function') {
    return formatPrimitive(ctx.stylize, value, ctx);
  }
  if (value === null) return ctx.stylize('null', 'null');

  // Custom inspectors are called on what the user passed, even a proxy.
  const context = value;
  const proxy = bindings.proxyDetails(value);
  if (proxy !== undefined) {
    if (proxy === null || proxy[0] === null) {
      return ctx.stylize('<Revoked Proxy>', 'special');
    }
    if (ctx.showProxy) return formatProxy(ctx, proxy, recurseTimes);
    // Show the target rather than running the proxy's traps.
    value = proxy[0];
  }

  if (ctx.customInspect) {
    const maybeCustom = value[customInspectSymbol];
    // A prototype that defines the inspector for its instances is shown as is.
    if (typeof maybeCustom === 'function' && maybeCustom !== inspect &&
        !(value.constructor && value.constructor.prototype === value)) {
      const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
      const isCrossContext = proxy !== undefined || !(context instanceof Object);
      const ret = maybeCustom.call(context, depth, userOptions(ctx, isCrossContext), inspect);
      if (ret !== context) {
        if (typeof ret !== 'string') return formatValue(ctx, ret, recurseTimes);
        return ret.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
      }
    }
  }

  if (ctx.seen.includes(value)) {
    let index = 1;
    if (ctx.circular === undefined) {
      ctx.circular = new Map();
      ctx.circular.set(value, index);
    } else {
      index = ctx.circular.get(value);
      if (index === undefined) {
        index = ctx.circular.size + 1;
        ctx.circular.set(value, index);
      }
    }
    return ctx.stylize(`[Circular *${index}]`, 'special');
  }

  return formatObject(ctx, value, recurseTimes, typedArray);
}

// The options object a custom inspector receives.
function userOptions(ctx, isCrossContext) {
  const ret = {
    stylize: ctx.stylize,
    showHidden: ctx.showHidden,
    depth: ctx.depth,
    colors: ctx.colors,
    customInspect: ctx.customInspect,
    showProxy: ctx.showProxy,
    maxArrayLength: ctx.maxArrayLength,
    maxStringLength: ctx.maxStringLength,
    breakLength: ctx.breakLength,
    compact: ctx.compact,
    sorted: ctx.sorted,
    getters: ctx.getters,
    numericSeparator: ctx.numericSeparator,
    ...ctx.userOptions,
  };
  if (isCrossContext) {
    // An object from elsewhere (or behind a proxy) must not reach our objects
    // or functions; it gets plain data and a guarded stylize.
    Object.setPrototypeOf(ret, null);
    for (const key of objectKeys(ret)) {
      if ((typeof ret[key] === 'object' || typeof ret[key] === 'function') && ret[key] !== null) {
        delete ret[key];
      }
    }
    ret.stylize = Object.setPrototypeOf((text, flavour) => {
      let stylized;
      try {
        stylized = `${ctx.stylize(text, flavour)}`;
      } catch {
        // Fall back to the plain text.
      }
      return typeof stylized === 'string' ? stylized : text;
    }, null);
  }
  return ret;
}

function formatProxy(ctx, proxy, recurseTimes) {
  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    return ctx.stylize('Proxy [Array]', 'special');
  }
  recurseTimes += 1;
  ctx.indentationLvl += 2;
  const parts = [
    formatValue(ctx, proxy[0], recurseTimes),
    formatValue(ctx, proxy[1], recurseTimes),
  ];
  ctx.indentationLvl -= 2;
  return joinEntries(ctx, parts, '', ['Proxy [', ']'], kArrayExtrasType, recurseTimes);
}

function isInstanceof(object, ctor) {
  try {
    return object instanceof ctor;
  } catch {
    return false;
  }
}

// The name shown before an object: the first constructor on the prototype chain
// that really constructed it, null for a null prototype, or a description of
// the chain when no constructor can be found. With showHidden, also collects
// the accessors of user-defined prototypes into protoProps.
function getConstructorName(obj, ctx, recurseTimes, protoProps) {
  let firstProto;
  const start = obj;
  while (obj) {
    const desc = getOwnPropertyDescriptor(obj, 'constructor');
    if (desc !== undefined && typeof desc.value === 'function' &&
        desc.value.name !== '' && isInstanceof(start, desc.value)) {
      if (protoProps !== undefined &&
          (firstProto !== obj || !isBuiltinName(desc.value.name))) {
        addPrototypeProperties(ctx, start, firstProto || start, recurseTimes, protoProps);
      }
      return String(desc.value.name);
    }
    obj = getPrototypeOf(obj);
    if (firstProto === undefined) firstProto = obj;
  }
  if (firstProto === null) return null;

  const internalName = internalClassName(start);
  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    return `${internalName} <Complex prototype>`;
  }
  const protoName = getConstructorName(firstProto, ctx, recurseTimes + 1, protoProps);
  if (protoName === null) {
    return `${internalName} <${inspect(firstProto, {
      ...ctx,
      customInspect: false,
      depth: -1,
    })}>`;
  }
  return `${internalName} <${protoName}>`;
}

// V8 knows which constructor allocated an object even when the prototype chain
// no longer tells; the language does not. Name the built-in kind instead
// (V8's names, e.g. 'SetIterator'), which matches V8 for everything but
// instances of user classes and of Error subtypes.
function internalClassName(obj) {
  if (typeof obj === 'function') {
    if (types.isGeneratorFunction(obj)) {
      return types.isAsyncFunction(obj) ? 'AsyncGeneratorFunction' : 'GeneratorFunction';
    }
    return 'Function';
  }
  if (Array.isArray(obj)) return 'Array';
  const typedName = types.typedArrayName(obj);
  if (typedName !== undefined) return typedName;
  if (isError(obj)) return 'Error';
  if (types.isArgumentsObject(obj)) return 'Arguments';
  if (types.isMap(obj)) return 'Map';
  if (types.isSet(obj)) return 'Set';
  if (types.isDate(obj)) return 'Date';
  if (types.isRegExp(obj)) return 'RegExp';
  if (types.isPromise(obj)) return 'Promise';
  if (types.isWeakMap(obj)) return 'WeakMap';
  if (types.isWeakSet(obj)) return 'WeakSet';
  if (types.isWeakRef(obj)) return 'WeakRef';
  if (types.isDataView(obj)) return 'DataView';
  if (types.isArrayBuffer(obj)) return 'ArrayBuffer';
  if (types.isSharedArrayBuffer(obj)) return 'SharedArrayBuffer';
  if (types.isNumberObject(obj)) return 'Number';
  if (types.isStringObject(obj)) return 'String';
  if (types.isBooleanObject(obj)) return 'Boolean';
  if (types.isBigIntObject(obj)) return 'BigInt';
  if (types.isSymbolObject(obj)) return 'Symbol';
  if (types.isMapIterator(obj)) return 'MapIterator';
  if (types.isSetIterator(obj)) return 'SetIterator';
  if (types.isGeneratorObject(obj)) return 'Generator';
  return 'Object';
}

// Non-method properties of up to three user-defined prototype levels, shown by
// showHidden (class getters, for example).
function addPrototypeProperties(ctx, main, obj, recurseTimes, output) {
  let depth = 0;
  let keys;
  let seenKeys;
  do {
    if (depth !== 0 || main === obj) {
      obj = getPrototypeOf(obj);
      if (obj === null) return;
      const desc = getOwnPropertyDescriptor(obj, 'constructor');
      if (desc !== undefined && typeof desc.value === 'function' &&
          isBuiltinName(desc.value.name)) {
        return;
      }
    }
    if (depth === 0) {
      seenKeys = new Set();
    } else {
      for (const key of keys) seenKeys.add(key);
    }
    keys = Reflect.ownKeys(obj);
    ctx.seen.push(main);
    for (const key of keys) {
      // The constructor and keys shadowed by an object closer to `main` are skipped.
      if (key === 'constructor' || hasOwn(main, key) || (depth !== 0 && seenKeys.has(key))) {
        continue;
      }
      const desc = getOwnPropertyDescriptor(obj, key);
      if (typeof desc.value === 'function') continue;
      const value = formatProperty(ctx, obj, recurseTimes, key, kObjectType, desc, main);
      output.push(ctx.colors ? `\u001b[2m${value}\u001b[22m` : value);
    }
    ctx.seen.pop();
  } while (++depth !== 3);
}

function getPrefix(constructor, tag, fallback, size = '') {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) {
      return `[${fallback}${size}: null prototype] [${tag}] `;
    }
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== '' && constructor !== tag) {
    return `${constructor}${size} [${tag}] `;
  }
  return `${constructor}${size} `;
}

// Own keys to list: enumerable ones (strings, then symbols), or all with showHidden.
function getKeys(value, showHidden) {
  const symbols = getOwnPropertySymbols(value);
  let keys;
  if (showHidden) {
    keys = getOwnPropertyNames(value);
    for (const symbol of symbols) keys.push(symbol);
  } else {
    try {
      keys = objectKeys(value);
    } catch {
      // A module namespace with an uninitialized binding throws on
      // [[GetOwnProperty]]; its names are still listable.
      keys = getOwnPropertyNames(value);
    }
    for (const symbol of symbols) {
      if (isEnumerable(value, symbol)) keys.push(symbol);
    }
  }
  return keys;
}

function isArrayIndex(key) {
  if (typeof key !== 'string' || key.length === 0 || key.length > 10) return false;
  const n = Number(key);
  return n >>> 0 === n && n !== 4294967295 && String(n) === key;
}

// Keys of an array-like that are not element indices.
function getNonIndexKeys(value, showHidden) {
  const keys = [];
  for (const key of Reflect.ownKeys(value)) {
    if (isArrayIndex(key)) continue;
    if (!showHidden && !isEnumerable(value, key)) continue;
    keys.push(key);
  }
  return keys;
}

function noEntries() {
  return [];
}

function formatObject(ctx, value, recurseTimes, typedArray) {
  let keys;
  let protoProps;
  if (ctx.showHidden && (recurseTimes <= ctx.depth || ctx.depth === null)) {
    protoProps = [];
  }
  const constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
  if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined;

  let tag = value[Symbol.toStringTag];
  // A tag the object carries as a listed own property would be printed twice.
  if (typeof tag !== 'string' ||
      (tag !== '' && (ctx.showHidden ? hasOwn : isEnumerable)(value, Symbol.toStringTag))) {
    tag = '';
  }

  let base = '';
  let formatter = noEntries;
  let braces;
  let noIterator = true;
  let extrasType = kObjectType;

  if (Symbol.iterator in value || constructor === null) {
    noIterator = false;
    if (Array.isArray(value)) {
      // Plain arrays get no name; subclasses and tagged arrays do.
      const prefix = (constructor !== 'Array' || tag !== '') ?
        getPrefix(constructor, tag, 'Array', `(${value.length})`) : '';
      keys = getNonIndexKeys(value, ctx.showHidden);
      braces = [`${prefix}[`, ']'];
      if (value.length === 0 && keys.length === 0 && protoProps === undefined) {
        return `${braces[0]}]`;
      }
      extrasType = kArrayExtrasType;
      formatter = formatArray;
    } else if (types.isSet(value)) {
      const size = setSizeOf(value);
      const prefix = getPrefix(constructor, tag, 'Set', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      // Node reads the size of a null-prototype set from an iterator (which has
      // none), so such sets are never cut at maxArrayLength.
      const limit = constructor !== null;
      formatter = (c, v, r) => formatSet(c, v, r, limit);
      if (size === 0 && keys.length === 0 && protoProps === undefined) {
        return `${prefix}{}`;
      }
      braces = [`${prefix}{`, '}'];
    } else if (types.isMap(value)) {
      const size = mapSizeOf(value);
      const prefix = getPrefix(constructor, tag, 'Map', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      const limit = constructor !== null;
      formatter = (c, v, r) => formatMap(c, v, r, limit);
      if (size === 0 && keys.length === 0 && protoProps === undefined) {
        return `${prefix}{}`;
      }
      braces = [`${prefix}{`, '}'];
    } else if (types.isTypedArray(value)) {
      keys = getNonIndexKeys(value, ctx.showHidden);
      let bound = value;
      let fallback = '';
      const typeName = types.typedArrayName(value);
      if (constructor === null) {
        fallback = typeName;
        // Without a prototype the element getters are gone; read a copy.
        bound = new globalThis[typeName](value);
      }
      const size = typedArrayLength(value);
      const prefix = getPrefix(constructor, tag, fallback, `(${size})`);
      braces = [`${prefix}[`, ']'];
      if (bound.length === 0 && keys.length === 0 && !ctx.showHidden) {
        return `${braces[0]}]`;
      }
      formatter = (c, v, r) => formatTypedArray(bound, size, c, r);
      extrasType = kArrayExtrasType;
    } else if (types.isMapIterator(value)) {
      keys = getKeys(value, ctx.showHidden);
      braces = iteratorBraces('Map', tag);
      formatter = (c, v, r) => formatIterator(braces, c, v, r);
    } else if (types.isSetIterator(value)) {
      keys = getKeys(value, ctx.showHidden);
      braces = iteratorBraces('Set', tag);
      formatter = (c, v, r) => formatIterator(braces, c, v, r);
    } else {
      noIterator = true;
    }
  }

  if (noIterator) {
    keys = getKeys(value, ctx.showHidden);
    braces = ['{', '}'];
    if (typeof value === 'function') {
      base = getFunctionBase(value, constructor, tag);
      if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'special');
    } else if (constructor === 'Object') {
      if (types.isArgumentsObject(value)) {
        braces[0] = '[Arguments] {';
      } else if (tag !== '') {
        braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
      }
      if (keys.length === 0 && protoProps === undefined) return `${braces[0]}}`;
    } else if (types.isRegExp(value)) {
      base = regExpToString.call(constructor !== null ? value : new RegExp(value));
      const prefix = getPrefix(constructor, tag, 'RegExp');
      if (prefix !== 'RegExp ') base = `${prefix}${base}`;
      if ((keys.length === 0 && protoProps === undefined) ||
          (recurseTimes > ctx.depth && ctx.depth !== null)) {
        return ctx.stylize(base, 'regexp');
      }
    } else if (types.isDate(value)) {
      base = dateText(value);
      const prefix = getPrefix(constructor, tag, 'Date');
      if (prefix !== 'Date ') base = `${prefix}${base}`;
      if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'date');
    } else if (isError(value)) {
      base = formatError(value, constructor, tag, ctx, keys);
      if (keys.length === 0 && protoProps === undefined) return base;
    } else if (types.isAnyArrayBuffer(value)) {
      const arrayType = types.isArrayBuffer(value) ? 'ArrayBuffer' : 'SharedArrayBuffer';
      const prefix = getPrefix(constructor, tag, arrayType);
      if (typedArray === undefined) {
        formatter = formatArrayBuffer;
      } else if (keys.length === 0 && protoProps === undefined) {
        // The buffer of a typed array shown with showHidden: contents omitted.
        return `${prefix}{ byteLength: ${formatNumber(ctx.stylize, value.byteLength, false)} }`;
      }
      braces[0] = `${prefix}{`;
      keys.unshift('byteLength');
    } else if (types.isDataView(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'DataView')}{`;
      // `buffer` goes last: it is the only entry that is not a number.
      keys.unshift('byteLength', 'byteOffset', 'buffer');
    } else if (types.isPromise(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'Promise')}{`;
      formatter = formatPromise;
    } else if (types.isWeakSet(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'WeakSet')}{`;
      formatter = formatWeakSet;
    } else if (types.isWeakMap(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'WeakMap')}{`;
      formatter = formatWeakMap;
    } else if (types.isModuleNamespaceObject(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'Module')}{`;
      const namespaceKeys = keys;
      formatter = (c, v, r) => formatNamespaceObject(namespaceKeys, c, v, r);
    } else if (types.isBoxedPrimitive(value)) {
      base = getBoxedBase(value, ctx, keys, constructor, tag);
      if (keys.length === 0 && protoProps === undefined) return base;
    } else {
      if (keys.length === 0 && protoProps === undefined) {
        return `${getPrefix(constructor, tag, 'Object')}{}`;
      }
      braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
    }
  }

  // A null-prototype object is named by its built-in kind.
  const kind = constructor === null ? internalClassName(value) : 'Object';
  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    let name = getPrefix(constructor, tag, kind).slice(0, -1);
    if (constructor !== null) name = `[${name}]`;
    return ctx.stylize(name, 'special');
  }
  recurseTimes += 1;

  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  let output;
  const indentationLvl = ctx.indentationLvl;
  try {
    output = formatter(ctx, value, recurseTimes);
    for (let i = 0; i < keys.length; i++) {
      output.push(formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
    }
    if (protoProps !== undefined) {
      for (const entry of protoProps) output.push(entry);
    }
  } catch (err) {
    if (!isStackOverflowError(err)) throw err;
    const name = getPrefix(constructor, tag, kind).slice(0, -1);
    ctx.seen.pop();
    ctx.indentationLvl = indentationLvl;
    return ctx.stylize(
      `[${name}: Inspection interrupted prematurely. Maximum call stack size exceeded.]`,
      'special');
  }

  if (ctx.circular !== undefined) {
    const index = ctx.circular.get(value);
    if (index !== undefined) {
      const reference = ctx.stylize(`<ref *${index}>`, 'special');
      if (ctx.compact !== true) {
        base = base === '' ? reference : `${reference} ${base}`;
      } else {
        braces[0] = `${reference} ${braces[0]}`;
      }
    }
  }
  ctx.seen.pop();

  if (ctx.sorted) {
    const comparator = ctx.sorted === true ? undefined : ctx.sorted;
    if (extrasType === kObjectType) {
      output.sort(comparator);
    } else if (keys.length > 1) {
      // Only the keyed entries after the elements are sorted.
      const sortedKeys = output.slice(output.length - keys.length).sort(comparator);
      output.splice(output.length - keys.length, keys.length, ...sortedKeys);
    }
  }

  const res = joinEntries(ctx, output, base, braces, extrasType, recurseTimes, value);
  // Stop descending once the text at one indentation level gets huge (2^27
  // characters): from then on everything nested prints as [Object] & co.
  const budget = ctx.budget[ctx.indentationLvl] || 0;
  const newLength = budget + res.length;
  ctx.budget[ctx.indentationLvl] = newLength;
  if (newLength > 2 ** 27) ctx.depth = -1;
  return res;
}

// V8 and QuickJS throw RangeError('Maximum call stack size exceeded'),
// SpiderMonkey InternalError('too much recursion'). This runs with little
// stack left, so it sticks to cheap string tests (no regexp compilation).
function isStackOverflowError(err) {
  if (err === null || typeof err !== 'object') return false;
  try {
    const name = err.name;
    if (name !== 'RangeError' && name !== 'InternalError') return false;
    const message = err.message;
    return typeof message === 'string' && (message.includes('call stack') ||
      message.includes('too much recursion') || message.includes('stack overflow'));
  } catch {
    return false;
  }
}

let setSizeGetter;
function setSizeOf(set) {
  setSizeGetter ??= getOwnPropertyDescriptor(Set.prototype, 'size').get;
  return setSizeGetter.call(set);
}

let mapSizeGetter;
function mapSizeOf(map) {
  mapSizeGetter ??= getOwnPropertyDescriptor(Map.prototype, 'size').get;
  return mapSizeGetter.call(map);
}

let typedArrayLengthGetter;
function typedArrayLength(value) {
  typedArrayLengthGetter ??=
    getOwnPropertyDescriptor(getPrototypeOf(Uint8Array.prototype), 'length').get;
  return typedArrayLengthGetter.call(value);
}

function dateText(date) {
  return Number.isNaN(Date.prototype.getTime.call(date)) ?
    Date.prototype.toString.call(date) :
    Date.prototype.toISOString.call(date);
}

// ---------------------------------------------------------------------------
// Functions, boxed primitives

// True when the source text is that of a class, not a function or method that
// merely starts with the letters "class".
function looksLikeClass(source) {
  if (!source.startsWith('class') || !source.endsWith('}')) return false;
  const afterKeyword = source.slice(5, -1);
  const brace = afterKeyword.indexOf('{');
  if (brace === -1) return false;
  if (!afterKeyword.slice(0, brace).includes('(')) return true;
  // A '(' before the body may sit in a comment or in the heritage expression.
  const withoutComments = afterKeyword.replace(/(\/\/.*?\n)|(\/\*(.|\n)*?\*\/)/g, '');
  return /^(\s+[^(]*?)\s*{/.test(withoutComments);
}

function getFunctionBase(value, constructor, tag) {
  const source = functionToString.call(value);
  if (looksLikeClass(source)) return getClassBase(value, constructor, tag);
  let type = 'Function';
  if (types.isGeneratorFunction(value)) type = `Generator${type}`;
  if (types.isAsyncFunction(value)) type = `Async${type}`;
  let base = `[${type}`;
  if (constructor === null) base += ' (null prototype)';
  if (value.name === '') {
    base += ' (anonymous)';
  } else {
    base += `: ${value.name}`;
  }
  base += ']';
  if (constructor !== type && constructor !== null) base += ` ${constructor}`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  return base;
}

function getClassBase(value, constructor, tag) {
  const name = (hasOwn(value, 'name') && value.name) || '(anonymous)';
  let base = `class ${name}`;
  if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  if (constructor !== null) {
    const superName = getPrototypeOf(value).name;
    if (superName) base += ` extends ${superName}`;
  } else {
    base += ' extends [null prototype]';
  }
  return `[${base}]`;
}

function getBoxedBase(value, ctx, keys, constructor, tag) {
  let primitive;
  let type;
  if (types.isNumberObject(value)) {
    primitive = Number.prototype.valueOf.call(value);
    type = 'Number';
  } else if (types.isStringObject(value)) {
    primitive = String.prototype.valueOf.call(value);
    type = 'String';
    // The character indices are noise next to the quoted string.
    keys.splice(0, value.length);
  } else if (types.isBooleanObject(value)) {
    primitive = Boolean.prototype.valueOf.call(value);
    type = 'Boolean';
  } else if (types.isBigIntObject(value)) {
    primitive = BigInt.prototype.valueOf.call(value);
    type = 'BigInt';
  } else {
    primitive = Symbol.prototype.valueOf.call(value);
    type = 'Symbol';
  }
  let base = `[${type}`;
  if (type !== constructor) {
    base += constructor === null ? ' (null prototype)' : ` (${constructor})`;
  }
  base += `: ${formatPrimitive(stylizeNoColor, primitive, ctx)}]`;
  if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
  if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
  return ctx.stylize(base, type.toLowerCase());
}

// ---------------------------------------------------------------------------
// Errors

function isError(value) {
  return types.isNativeError(value) || isInstanceof(value, Error);
}

// SpiderMonkey's stack is a bare frame list, `fn@file:line:col` per line.
const mozillaFrame = /^[^@\n]*@[^\n]*:\d+:\d+$/;

function isMozillaStack(stack) {
  const lines = stack.split('\n');
  let frames = 0;
  for (const line of lines) {
    if (line === '') continue;
    if (!mozillaFrame.test(line)) return false;
    frames++;
  }
  return frames !== 0;
}

// Rewrites a frame list as V8 prints it: a `Name: message` header, then one
// `    at fn (location)` line per frame, so every engine shows the same shape.
function toV8Stack(err, stack) {
  let out = errorToString.call(err);
  for (const line of stack.split('\n')) {
    if (line === '') continue;
    const at = line.indexOf('@');
    let fn = line.slice(0, at);
    const location = line.slice(at + 1);
    let prefix = '';
    // Async frames are marked `async*fn@...`.
    const star = fn.indexOf('*');
    if (star !== -1) {
      if (fn.slice(0, star) === 'async') prefix = 'async ';
      fn = fn.slice(star + 1);
    }
    out += fn === '' ? `\n    at ${prefix}${location}` : `\n    at ${prefix}${fn} (${location})`;
  }
  return out;
}

function getStackString(error) {
  const stack = error.stack;
  if (!stack) return errorToString.call(error);
  const text = String(stack);
  return isMozillaStack(text) ? toV8Stack(error, text) : text;
}

// Longest run (at least 4 lines) of `a` that also appears in `b`, as
// { len, offset } into `a`; used to fold frames an error shares with its cause.
function identicalSequenceRange(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const pos = b.indexOf(a[i]);
    if (pos !== -1) {
      const rest = b.length - pos;
      if (rest > 3) {
        let len = 1;
        const maxLen = Math.min(a.length - i, rest);
        while (maxLen > len && a[i + len] === b[pos + len]) len++;
        if (len > 3) return { len, offset: i };
      }
    }
  }
  return { len: 0, offset: 0 };
}

function getStackFrames(ctx, err, stack) {
  const frames = stack.split('\n');
  let cause;
  try {
    ({ cause } = err);
  } catch {
    // A throwing getter simply means no folding.
  }
  if (cause != null && isError(cause)) {
    const causeStack = getStackString(cause);
    const causeStackStart = causeStack.indexOf('\n    at');
    if (causeStackStart !== -1) {
      const causeFrames = causeStack.slice(causeStackStart + 1).split('\n');
      const { len, offset } = identicalSequenceRange(frames, causeFrames);
      if (len > 0) {
        const skipped = len - 2;
        const msg = `    ... ${skipped} lines matching cause stack trace ...`;
        frames.splice(offset + 1, skipped, ctx.stylize(msg, 'undefined'));
      }
    }
  }
  return frames;
}

// Makes the header name the actual class when a subclass or a changed
// prototype would otherwise be hidden: `Foo [TypeError]: msg`.
function improveStack(stack, constructor, name, tag) {
  let len = name.length;
  if (constructor === null ||
      (name.endsWith('Error') && stack.startsWith(name) &&
       (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
    let fallback = 'Error';
    if (constructor === null) {
      const start = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/.exec(stack) ||
        /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
      fallback = (start && start[1]) || '';
      len = fallback.length;
      fallback = fallback || 'Error';
    }
    const prefix = getPrefix(constructor, tag, fallback).slice(0, -1);
    if (name !== prefix) {
      if (prefix.includes(name)) {
        if (len === 0) {
          stack = `${prefix}: ${stack}`;
        } else {
          stack = `${prefix}${stack.slice(len)}`;
        }
      } else {
        stack = `${prefix} [${name}]${stack.slice(len)}`;
      }
    }
  }
  return stack;
}

// name, message and stack are listed only when the stack does not show them.
function removeDuplicateErrorKeys(ctx, keys, err, stack) {
  if (!ctx.showHidden && keys.length !== 0) {
    for (const name of ['name', 'message', 'stack']) {
      const index = keys.indexOf(name);
      if (index !== -1 && stack.includes(err[name])) keys.splice(index, 1);
    }
  }
}

function formatError(err, constructor, tag, ctx, keys) {
  const name = err.name != null ? String(err.name) : 'Error';
  let stack = getStackString(err);
  removeDuplicateErrorKeys(ctx, keys, err, stack);
  if ('cause' in err && (keys.length === 0 || !keys.includes('cause'))) {
    keys.push('cause');
  }
  if (Array.isArray(err.errors) && (keys.length === 0 || !keys.includes('errors'))) {
    keys.push('errors');
  }
  stack = improveStack(stack, constructor, name, tag);

  // Frames start after the message, which may itself contain "\n    at".
  let pos = (err.message && stack.indexOf(err.message)) || -1;
  if (pos !== -1) pos += err.message.length;
  const stackStart = stack.indexOf('\n    at', pos);
  if (stackStart === -1) {
    stack = `[${stack}]`;
  } else {
    let newStack = stack.slice(0, stackStart);
    const lines = getStackFrames(ctx, err, stack.slice(stackStart + 1));
    if (ctx.colors) {
      newStack += colorStackLines(ctx, lines);
    } else {
      newStack += `\n${lines.join('\n')}`;
    }
    stack = newStack;
  }
  if (ctx.indentationLvl !== 0) {
    stack = stack.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
  }
  return stack;
}

const coreFrame = /^ {4}at (?:[^/\\(]+ \(|)node:(.+):\d+:\d+\)?$/;

// Frames of `node:` modules that exist are the runtime's own. The host may
// tell which ids exist; otherwise every `node:` frame counts.
function isBuiltinModule(id) {
  return typeof bindings.builtinExists === 'function' ? bindings.builtinExists(id) : true;
}

// Built-in frames are dimmed; node_modules package names underlined and the
// working directory dimmed, to make the user's own frames stand out.
function colorStackLines(ctx, lines) {
  let out = '';
  const cwd = typeof bindings.cwd === 'function' ? bindings.cwd() : undefined;
  let cwdUrl;
  for (let line of lines) {
    const core = coreFrame.exec(line);
    if (core !== null && isBuiltinModule(core[1])) {
      out += `\n${ctx.stylize(line, 'undefined')}`;
      continue;
    }
    line = markNodeModules(ctx, line);
    if (cwd !== undefined) {
      let marked = markCwd(ctx, line, cwd);
      if (marked === line) {
        cwdUrl ??= fileUrlOf(cwd);
        marked = markCwd(ctx, line, cwdUrl);
      }
      line = marked;
    }
    out += `\n${line}`;
  }
  return out;
}

function markNodeModules(ctx, line) {
  const re = /[/\\]node_modules[/\\]((?:@[^/\\]+[/\\])?[^/\\]+?)(?=[/\\])/g;
  let out = '';
  let pos = 0;
  let match;
  while ((match = re.exec(line)) !== null) {
    // '/node_modules/' is 14 characters.
    out += line.slice(pos, match.index + 14);
    out += ctx.stylize(match[1], 'module');
    pos = match.index + match[0].length;
  }
  return pos === 0 ? line : out + line.slice(pos);
}

function markCwd(ctx, line, cwd) {
  let start = line.indexOf(cwd);
  if (start === -1) return line;
  let length = cwd.length;
  if (line.slice(start - 7, start) === 'file://') {
    length += 7;
    start -= 7;
  }
  const from = line[start - 1] === '(' ? start - 1 : start;
  const end = from !== start && line.endsWith(')') ? -1 : line.length;
  const cwdEnd = start + length + 1;
  let out = line.slice(0, from);
  out += ctx.stylize(line.slice(from, cwdEnd), 'undefined');
  out += line.slice(cwdEnd, end);
  if (end === -1) out += ctx.stylize(')', 'undefined');
  return out;
}

function fileUrlOf(path) {
  return `file://${encodeURI(path).replace(/[?#]/g, (c) => encodeURIComponent(c))}`;
}

// ---------------------------------------------------------------------------
// Entry formatters: each returns the list of entry texts of one object

function formatArray(ctx, value, recurseTimes) {
  const valLen = value.length;
  const len = Math.min(Math.max(0, ctx.maxArrayLength), valLen);
  const remaining = valLen - len;
  const output = [];
  for (let i = 0; i < len; i++) {
    if (!hasOwn(value, i)) return formatSparseArray(ctx, value, recurseTimes, len, output, i);
    output.push(formatProperty(ctx, value, recurseTimes, i, kArrayType));
  }
  if (remaining > 0) output.push(remainingText(remaining));
  return output;
}

function remainingText(remaining) {
  return `... ${remaining} more item${remaining > 1 ? 's' : ''}`;
}

// From the first hole on, walks the own keys instead of every index so huge
// sparse arrays stay cheap; runs of holes print as `<n empty items>`.
function formatSparseArray(ctx, value, recurseTimes, maxLength, output, i) {
  const keys = objectKeys(value);
  let index = i;
  for (; i < keys.length && output.length < maxLength; i++) {
    const key = keys[i];
    const tmp = +key;
    if (tmp > 2 ** 32 - 2) break;
    if (`${index}` !== key) {
      if (!/^(0|[1-9][0-9]*)$/.test(key)) break;
      const emptyItems = tmp - index;
      output.push(ctx.stylize(`<${emptyItems} empty item${emptyItems > 1 ? 's' : ''}>`, 'undefined'));
      index = tmp;
      if (output.length === maxLength) break;
    }
    output.push(formatProperty(ctx, value, recurseTimes, key, kArrayType));
    index++;
  }
  const remaining = value.length - index;
  if (output.length !== maxLength) {
    if (remaining > 0) {
      output.push(ctx.stylize(`<${remaining} empty item${remaining > 1 ? 's' : ''}>`, 'undefined'));
    }
  } else if (remaining > 0) {
    output.push(remainingText(remaining));
  }
  return output;
}

function formatArrayBuffer(ctx, value) {
  let bytes;
  try {
    bytes = new Uint8Array(value);
  } catch {
    return [ctx.stylize('(detached)', 'special')];
  }
  const shown = Math.min(ctx.maxArrayLength, bytes.length);
  // Node's hex dump rejects a negative length.
  if (shown < 0 && bytes.length !== 0) throw new RangeError('Index out of range');
  let str = '';
  for (let i = 0; i < shown; i++) {
    if (i !== 0) str += ' ';
    str += (bytes[i] < 16 ? '0' : '') + bytes[i].toString(16);
  }
  const remaining = bytes.length - ctx.maxArrayLength;
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  return [`${ctx.stylize('[Uint8Contents]', 'special')}: <${str}>`];
}

function formatTypedArray(value, length, ctx, recurseTimes) {
  const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const remaining = value.length - maxLength;
  const output = new Array(maxLength);
  const isNumeric = value.length > 0 && typeof value[0] === 'number';
  for (let i = 0; i < maxLength; ++i) {
    output[i] = isNumeric ?
      formatNumber(ctx.stylize, value[i], ctx.numericSeparator) :
      formatBigInt(ctx.stylize, value[i], ctx.numericSeparator);
  }
  if (remaining > 0) output[maxLength] = remainingText(remaining);
  if (ctx.showHidden) {
    // These are prototype getters (BYTES_PER_ELEMENT aside), so list them by hand.
    ctx.indentationLvl += 2;
    for (const key of ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer']) {
      const str = formatValue(ctx, value[key], recurseTimes, true);
      output.push(`[${key}]: ${str}`);
    }
    ctx.indentationLvl -= 2;
  }
  return output;
}

function formatSet(ctx, set, recurseTimes, limit) {
  const length = setSizeOf(set);
  const maxLength = limit ? Math.min(Math.max(0, ctx.maxArrayLength), length) : length;
  const remaining = length - maxLength;
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const entry of Set.prototype.values.call(set)) {
    if (i >= maxLength) break;
    output.push(formatValue(ctx, entry, recurseTimes));
    i++;
  }
  if (remaining > 0) output.push(remainingText(remaining));
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(ctx, map, recurseTimes, limit) {
  const length = mapSizeOf(map);
  const maxLength = limit ? Math.min(Math.max(0, ctx.maxArrayLength), length) : length;
  const remaining = length - maxLength;
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const [k, v] of Map.prototype.entries.call(map)) {
    if (i >= maxLength) break;
    output.push(`${formatValue(ctx, k, recurseTimes)} => ${formatValue(ctx, v, recurseTimes)}`);
    i++;
  }
  if (remaining > 0) output.push(remainingText(remaining));
  ctx.indentationLvl -= 2;
  return output;
}

function iteratorBraces(type, tag) {
  if (tag !== `${type} Iterator`) {
    if (tag !== '') tag += '] [';
    tag += `${type} Iterator`;
  }
  return [`[${tag}] {`, '}'];
}

// Listing what a Map/Set iterator still holds (reading it would consume it),
// or what a weak collection holds, needs the engine:
// `bindings.previewEntries(object)` returning [entries, isKeyValue], with
// key/value pairs flattened. Without it the entries are reported as unknown,
// as node does for weak collections unless showHidden is set.
function canPreview() {
  return typeof bindings.previewEntries === 'function';
}

function formatIterator(braces, ctx, value, recurseTimes) {
  if (!canPreview()) return [ctx.stylize('<items unknown>', 'special')];
  const [entries, isKeyValue] = bindings.previewEntries(value);
  if (isKeyValue) {
    // Entry iterators show as `[Map Entries] { [ key, value ] }`.
    braces[0] = braces[0].replace(/ Iterator] {$/, ' Entries] {');
    return formatMapIterInner(ctx, recurseTimes, entries, false);
  }
  return formatSetIterInner(ctx, recurseTimes, entries, false);
}

function formatWeakSet(ctx, value, recurseTimes) {
  if (!ctx.showHidden || !canPreview()) return formatWeakCollection(ctx);
  return formatSetIterInner(ctx, recurseTimes, bindings.previewEntries(value)[0], true);
}

function formatWeakMap(ctx, value, recurseTimes) {
  if (!ctx.showHidden || !canPreview()) return formatWeakCollection(ctx);
  return formatMapIterInner(ctx, recurseTimes, bindings.previewEntries(value)[0], true);
}

// Weak collections have no order; their entries are sorted (unless the
// output is sorted anyway) so the same contents always print the same.
function formatSetIterInner(ctx, recurseTimes, entries, weak) {
  const maxLength = Math.min(Math.max(ctx.maxArrayLength, 0), entries.length);
  const output = new Array(maxLength);
  ctx.indentationLvl += 2;
  for (let i = 0; i < maxLength; i++) output[i] = formatValue(ctx, entries[i], recurseTimes);
  ctx.indentationLvl -= 2;
  if (weak && !ctx.sorted) output.sort();
  const remaining = entries.length - maxLength;
  if (remaining > 0) output.push(remainingText(remaining));
  return output;
}

function formatMapIterInner(ctx, recurseTimes, entries, weak) {
  const maxArrayLength = Math.max(ctx.maxArrayLength, 0);
  const len = entries.length / 2;
  const remaining = len - maxArrayLength;
  const maxLength = Math.min(maxArrayLength, len);
  const output = new Array(maxLength);
  ctx.indentationLvl += 2;
  for (let i = 0; i < maxLength; i++) {
    const key = formatValue(ctx, entries[i * 2], recurseTimes);
    const value = formatValue(ctx, entries[i * 2 + 1], recurseTimes);
    output[i] = weak ? `${key} => ${value}` :
      joinEntries(ctx, [key, value], '', ['[', ']'], kArrayExtrasType, recurseTimes);
  }
  ctx.indentationLvl -= 2;
  if (weak && !ctx.sorted) output.sort();
  if (remaining > 0) output.push(remainingText(remaining));
  return output;
}

function formatWeakCollection(ctx) {
  return [ctx.stylize('<items unknown>', 'special')];
}

function formatPromise(ctx, value, recurseTimes) {
  const [state, result] = bindings.promiseState(value);
  if (state === 0) return [ctx.stylize('<pending>', 'special')];
  ctx.indentationLvl += 2;
  const str = formatValue(ctx, result, recurseTimes);
  ctx.indentationLvl -= 2;
  return [state === 2 ? `${ctx.stylize('<rejected>', 'special')} ${str}` : str];
}

function formatNamespaceObject(keys, ctx, value, recurseTimes) {
  const output = new Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    try {
      output[i] = formatProperty(ctx, value, recurseTimes, keys[i], kObjectType);
    } catch (err) {
      if (!(isError(err) && err.name === 'ReferenceError')) throw err;
      // A binding still in its temporal dead zone: lay it out like a string
      // value, then swap the value for a marker.
      const tmp = { [keys[i]]: '' };
      output[i] = formatProperty(ctx, tmp, recurseTimes, keys[i], kObjectType);
      const pos = output[i].lastIndexOf(' ');
      output[i] = output[i].slice(0, pos + 1) + ctx.stylize('<uninitialized>', 'special');
    }
  }
  // The entries are done; the generic key pass must not list them again.
  keys.length = 0;
  return output;
}

function formatProperty(ctx, value, recurseTimes, key, type, desc, original = value) {
  let name;
  let str;
  let extra = ' ';
  desc = desc || getOwnPropertyDescriptor(value, key) || { value: value[key], enumerable: true };
  if (desc.value !== undefined) {
    const diff = (ctx.compact !== true || type !== kObjectType) ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, desc.value, recurseTimes);
    if (diff === 3 && ctx.breakLength < getStringWidth(str, ctx.colors)) {
      extra = `\n${' '.repeat(ctx.indentationLvl)}`;
    }
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
    const s = ctx.stylize;
    const sp = 'special';
    if (ctx.getters && (ctx.getters === true ||
          (ctx.getters === 'get' && desc.set === undefined) ||
          (ctx.getters === 'set' && desc.set !== undefined))) {
      try {
        const tmp = desc.get.call(original);
        ctx.indentationLvl += 2;
        if (tmp === null) {
          str = `${s(`[${label}:`, sp)} ${s('null', 'null')}${s(']', sp)}`;
        } else if (typeof tmp === 'object') {
          str = `${s(`[${label}]`, sp)} ${formatValue(ctx, tmp, recurseTimes)}`;
        } else {
          const primitive = formatPrimitive(s, tmp, ctx);
          str = `${s(`[${label}:`, sp)} ${primitive}${s(']', sp)}`;
        }
        ctx.indentationLvl -= 2;
      } catch (err) {
        const message = `<Inspection threw (${err.message})>`;
        str = `${s(`[${label}:`, sp)} ${message}${s(']', sp)}`;
      }
    } else {
      str = ctx.stylize(`[${label}]`, sp);
    }
  } else if (desc.set !== undefined) {
    str = ctx.stylize('[Setter]', 'special');
  } else {
    str = ctx.stylize('undefined', 'undefined');
  }
  if (type === kArrayType) return str;
  if (typeof key === 'symbol') {
    name = `[${ctx.stylize(escapeAll(Symbol.prototype.toString.call(key)), 'symbol')}]`;
  } else if (key === '__proto__') {
    name = "['__proto__']";
  } else if (desc.enumerable === false) {
    name = `[${escapeAll(String(key))}]`;
  } else if (/^[a-zA-Z_][a-zA-Z_0-9]*$/.test(key)) {
    name = ctx.stylize(key, 'name');
  } else {
    name = ctx.stylize(strEscape(key), 'string');
  }
  return `${name}:${extra}${str}`;
}

// ---------------------------------------------------------------------------
// Layout

function isBelowBreakLength(ctx, output, start, base) {
  // Each entry adds at least a separator; bail out before measuring entries.
  let totalLength = output.length + start;
  if (totalLength + output.length > ctx.breakLength) return false;
  for (let i = 0; i < output.length; i++) {
    totalLength += ctx.colors ? removeColors(output[i]).length : output[i].length;
    if (totalLength > ctx.breakLength) return false;
  }
  return base === '' || !base.includes('\n');
}

// Puts the entries of one object between its braces: on a single line when
// they are few, short and not nested too deep (the `compact` option), else
// one per line, with runs of short array items grouped into columns.
function joinEntries(ctx, output, base, braces, extrasType, recurseTimes, value) {
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      const entries = output.length;
      if (extrasType === kArrayExtrasType && entries > 6) {
        output = groupArrayElements(ctx, output, value);
      }
      // The innermost `compact` levels may share a line, when that line
      // (with its indentation, braces and separators) fits in breakLength.
      if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
        const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
          const joined = output.join(', ');
          if (!joined.includes('\n')) {
            return `${base ? `${base} ` : ''}${braces[0]} ${joined} ${braces[1]}`;
          }
        }
      }
    }
    const indentation = `\n${' '.repeat(ctx.indentationLvl)}`;
    return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ${
      output.join(`,${indentation}  `)}${indentation}${braces[1]}`;
  }
  // compact: true fills lines up to breakLength, keeping the braces on them.
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return `${braces[0]}${base ? ` ${base}` : ''} ${output.join(', ')} ${braces[1]}`;
  }
  const indentation = ' '.repeat(ctx.indentationLvl);
  const ln = base === '' && braces[0].length === 1 ?
    ' ' : `${base ? ` ${base}` : ''}\n${indentation}  `;
  return `${braces[0]}${ln}${output.join(`,\n${indentation}  `)} ${braces[1]}`;
}

// Lays many short array entries out in aligned columns, roughly as a square
// (a character being about 2.5 times as tall as wide), numbers right-aligned.
function groupArrayElements(ctx, output, value) {
  let totalLength = 0;
  let maxLength = 0;
  let outputLength = output.length;
  // A trailing "... more items" entry is kept out of the grid.
  if (ctx.maxArrayLength < output.length) outputLength--;
  const separatorSpace = 2; // ", "
  const dataLen = new Array(outputLength);
  for (let i = 0; i < outputLength; i++) {
    const len = getStringWidth(output[i], ctx.colors);
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  const actualMax = maxLength + separatorSpace;
  // Needs room for three columns, and no entry much longer than the others.
  if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
      (totalLength / actualMax > 5 || maxLength <= 6)) {
    const approxCharHeights = 2.5;
    const averageBias = Math.sqrt(actualMax - totalLength / output.length);
    const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
    const columns = Math.min(
      Math.round(Math.sqrt(approxCharHeights * biasedMax * outputLength) / biasedMax),
      Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
      ctx.compact * 4,
      15,
    );
    if (columns <= 1) return output;
    const tmp = [];
    const maxLineLength = [];
    for (let i = 0; i < columns; i++) {
      let lineLength = 0;
      for (let j = i; j < output.length; j += columns) {
        if (dataLen[j] > lineLength) lineLength = dataLen[j];
      }
      maxLineLength.push(lineLength + separatorSpace);
    }
    let padStart = true;
    if (value !== undefined) {
      for (let i = 0; i < output.length; i++) {
        if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') {
          padStart = false;
          break;
        }
      }
    }
    for (let i = 0; i < outputLength; i += columns) {
      const max = Math.min(i + columns, outputLength);
      let str = '';
      let j = i;
      for (; j < max - 1; j++) {
        // Escape codes take no room on screen; pad by visible width.
        const padding = maxLineLength[j - i] + output[j].length - dataLen[j];
        str += padStart ?
          `${output[j]}, `.padStart(padding, ' ') :
          `${output[j]}, `.padEnd(padding, ' ');
      }
      if (padStart) {
        const padding = maxLineLength[j - i] + output[j].length - dataLen[j] - separatorSpace;
        str += output[j].padStart(padding, ' ');
      } else {
        str += output[j];
      }
      tmp.push(str);
    }
    if (ctx.maxArrayLength < output.length) tmp.push(output[outputLength]);
    output = tmp;
  }
  return output;
}

// ---------------------------------------------------------------------------
// Primitives

// Escapes for the code units a quoted string must not contain raw.
function escapeCodeUnit(code) {
  switch (code) {
    case 8: return '\\b';
    case 9: return '\\t';
    case 10: return '\\n';
    case 12: return '\\f';
    case 13: return '\\r';
    case 39: return "\\'";
    case 92: return '\\\\';
    default:
      if (code >= 0xd800 && code <= 0xdfff) return `\\u${code.toString(16)}`;
      return `\\x${code < 16 ? '0' : ''}${code.toString(16).toUpperCase()}`;
  }
}

// Control characters, C1 controls, backslash, lone surrogates, and the quote
// when it is the single quote.
const needsEscapeSingle =
  /[\x00-\x1f\x27\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const needsEscapeOther =
  /[\x00-\x1f\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const escapeSingleGlobal = new RegExp(needsEscapeSingle.source, 'g');
const escapeOtherGlobal = new RegExp(needsEscapeOther.source, 'g');

function escapeMatch(match) {
  return escapeCodeUnit(match.charCodeAt(0));
}

// Escapes as inside single quotes, without adding quotes (symbol and hidden keys).
function escapeAll(str) {
  return str.replace(escapeSingleGlobal, escapeMatch);
}

// Quotes a string the way node does: single quotes, unless the string
// contains one; then double quotes, or backticks when it contains both (and
// no backtick or `${`); else single quotes with \' escapes.
function strEscape(str) {
  let quote = "'";
  if (str.includes("'")) {
    if (!str.includes('"')) {
      quote = '"';
    } else if (!str.includes('`') && !str.includes('${')) {
      quote = '`';
    }
  }
  const re = quote === "'" ? needsEscapeSingle : needsEscapeOther;
  if (re.test(str)) {
    str = str.replace(quote === "'" ? escapeSingleGlobal : escapeOtherGlobal, escapeMatch);
  }
  return `${quote}${str}${quote}`;
}

function formatPrimitive(fn, value, ctx) {
  if (typeof value === 'string') {
    let trailer = '';
    if (value.length > ctx.maxStringLength) {
      const remaining = value.length - ctx.maxStringLength;
      value = value.slice(0, ctx.maxStringLength);
      trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
    }
    // Long multi-line strings print one quoted line per source line, joined
    // with `+`. Width is measured in code units, not columns, as node does.
    if (ctx.compact !== true &&
        value.length > kMinLineWidth &&
        value.length > ctx.breakLength - ctx.indentationLvl - 4) {
      return value.split(/(?<=\n)/)
        .map((line) => fn(strEscape(line), 'string'))
        .join(` +\n${' '.repeat(ctx.indentationLvl + 2)}`) + trailer;
    }
    return fn(strEscape(value), 'string') + trailer;
  }
  if (typeof value === 'number') return formatNumber(fn, value, ctx.numericSeparator);
  if (typeof value === 'bigint') return formatBigInt(fn, value, ctx.numericSeparator);
  if (typeof value === 'boolean') return fn(`${value}`, 'boolean');
  if (typeof value === 'undefined') return fn('undefined', 'undefined');
  return fn(Symbol.prototype.toString.call(value), 'symbol');
}

// '1234567' -> '1_234_567' (a leading minus sign is kept out of the groups).
function groupDigitsFromEnd(digits) {
  const signLength = digits.startsWith('-') ? 1 : 0;
  let i = digits.length;
  let groups = '';
  while (i >= signLength + 4) {
    groups = `_${digits.slice(i - 3, i)}${groups}`;
    i -= 3;
  }
  return digits.slice(0, i) + groups;
}

// '1234567' -> '123_456_7' (for digits after the decimal point).
function groupDigitsFromStart(digits) {
  let out = '';
  let i = 0;
  for (; i < digits.length - 3; i += 3) out += `${digits.slice(i, i + 3)}_`;
  return out + digits.slice(i);
}

function formatNumber(fn, number, numericSeparator) {
  if (!numericSeparator) {
    if (Object.is(number, -0)) return fn('-0', 'number');
    return fn(`${number}`, 'number');
  }
  const text = String(number);
  if (Math.trunc(number) === number) {
    if (!Number.isFinite(number) || text.includes('e')) return fn(text, 'number');
    return fn(groupDigitsFromEnd(text), 'number');
  }
  if (Number.isNaN(number)) return fn(text, 'number');
  // Node splits the text at its '.', even in exponent notation without one
  // (1e-7 prints as '1e-.1e-_7'); that is reproduced as is.
  const dot = text.indexOf('.');
  return fn(`${groupDigitsFromEnd(text.slice(0, dot))}.${
    groupDigitsFromStart(text.slice(dot + 1))}`, 'number');
}

function formatBigInt(fn, bigint, numericSeparator) {
  const text = String(bigint);
  return fn(`${numericSeparator ? groupDigitsFromEnd(text) : text}n`, 'bigint');
}

// ---------------------------------------------------------------------------
// Text width

// ANSI escape sequences: OSC strings ending in BEL, ESC \ or ST, and CSI
// sequences (parameters then one final byte), introduced by ESC or CSI.
let ansiPattern;
function ansi() {
  if (ansiPattern === undefined) {
    const intro = '[\\u001B\\u009B][[\\]()#;?]*';
    const param = '[-a-zA-Z\\d\\/\\#&.:=?%@~_]';
    const oscEnd = '(?:\\u0007|\\u001B\\u005C|\\u009C)';
    const osc = `(?:(?:(?:;${param}+)*|[a-zA-Z\\d]+(?:;${param}*)*)?${oscEnd})`;
    const csi = '(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-ntqry=><~])';
    ansiPattern = new RegExp(`${intro}(?:${osc}|${csi})`, 'g');
  }
  ansiPattern.lastIndex = 0;
  return ansiPattern;
}

function stripVTControlCharacters(str) {
  if (typeof str !== 'string') throw invalidArgType('str', 'string', str);
  return str.replace(ansi(), '');
}

// Only the color codes inspect itself emits.
function removeColors(str) {
  return str.replace(/\u001b\[\d\d?m/g, '');
}

// Code points a terminal shows two columns wide (East Asian Wide and
// Fullwidth, as ICU reports them to node), as inclusive [first, last] pairs.
// Emoji with default emoji presentation are wide too but found by regexp.
const wideRanges = [
  0x1100, 0x115f, 0x2329, 0x232a, 0x2630, 0x2637, 0x268a, 0x268f, 0x2e80, 0x2e99,
  0x2e9b, 0x2ef3, 0x2f00, 0x2fd5, 0x2ff0, 0x303e, 0x3041, 0x3096, 0x3099, 0x30ff,
  0x3105, 0x312f, 0x3131, 0x318e, 0x3190, 0x31e5, 0x31ef, 0x321e, 0x3220, 0x3247,
  0x3250, 0xa48c, 0xa490, 0xa4c6, 0xa960, 0xa97c, 0xac00, 0xd7a3, 0xf900, 0xfaff,
  0xfe10, 0xfe19, 0xfe30, 0xfe52, 0xfe54, 0xfe66, 0xfe68, 0xfe6b, 0xff01, 0xff60,
  0xffe0, 0xffe6, 0x16fe0, 0x16fe4, 0x16ff0, 0x16ff6, 0x17000, 0x18cd5,
  0x18cff, 0x18d1e, 0x18d80, 0x18df2, 0x1aff0, 0x1aff3, 0x1aff5, 0x1affb,
  0x1affd, 0x1affe, 0x1b000, 0x1b122, 0x1b132, 0x1b132, 0x1b150, 0x1b152,
  0x1b155, 0x1b155, 0x1b164, 0x1b167, 0x1b170, 0x1b2fb, 0x1d15e, 0x1d15f,
  0x1d1bb, 0x1d1bc, 0x1d300, 0x1d356, 0x1d360, 0x1d376, 0x1f200, 0x1f200,
  0x1f202, 0x1f202, 0x1f210, 0x1f219, 0x1f21b, 0x1f22e, 0x1f230, 0x1f231,
  0x1f237, 0x1f237, 0x1f23b, 0x1f23b, 0x1f240, 0x1f248, 0x1f260, 0x1f265,
  0x20000, 0x2fffd, 0x30000, 0x3fffd,
];

function isWideCodePoint(code) {
  if (code < 0x1100) return false;
  for (let i = 0; i < wideRanges.length; i += 2) {
    if (code < wideRanges[i]) return false;
    if (code <= wideRanges[i + 1]) return true;
  }
  return false;
}

let zeroWidthPattern;
let emojiPattern;
function codePointWidth(char, code) {
  if (isWideCodePoint(code)) return 2;
  // Combining marks, format and control characters take no column of their
  // own; U+00AD (soft hyphen) is the visible exception.
  zeroWidthPattern ??= /^(?!\u00ad)[\p{Mn}\p{Me}\p{Cf}\p{Cc}]$/u;
  if (zeroWidthPattern.test(char)) return 0;
  emojiPattern ??= /^\p{Emoji_Presentation}$/u;
  return emojiPattern.test(char) ? 2 : 1;
}

// Columns a string takes in a terminal.
function getStringWidth(str, removeControlChars = true) {
  let width = 0;
  if (removeControlChars) str = stripVTControlCharacters(str);
  for (let i = 0; i < str.length; i++) {
    const code = str.charCodeAt(i);
    if (code >= 127) {
      // Past the ASCII prefix, measure per code point of the composed form.
      for (const char of str.slice(i).normalize('NFC')) {
        width += codePointWidth(char, char.codePointAt(0));
      }
      break;
    }
    width += code >= 32 ? 1 : 0;
  }
  return width;
}

// ---------------------------------------------------------------------------
// util.format

// The engine's message for JSON.stringify on a cycle differs per engine; learn
// it by provoking one the first time %j meets an error.
let circularJsonMessage;
function firstLine(err) {
  return String(err && err.message).split('\n')[0];
}

function tryStringify(arg) {
  try {
    return JSON.stringify(arg);
  } catch (err) {
    if (circularJsonMessage === undefined) {
      try {
        const a = {};
        a.a = a;
        JSON.stringify(a);
      } catch (circularError) {
        circularJsonMessage = firstLine(circularError);
      }
    }
    if (err && err.name === 'TypeError' && firstLine(err) === circularJsonMessage) {
      return '[Circular]';
    }
    throw err;
  }
}

// Whether %s should inspect an object rather than call its own conversion:
// true unless a user-defined toString or Symbol.toPrimitive is in the way.
function hasBuiltInToString(value) {
  const proxy = bindings.proxyDetails(value);
  if (proxy !== undefined) {
    if (proxy === null || proxy[0] === null) return true;
    value = proxy[0];
  }
  if (typeof value[Symbol.toPrimitive] === 'function' &&
      !definedByBuiltin(value, Symbol.toPrimitive)) {
    return false;
  }
  if (typeof value.toString !== 'function') return true;
  if (hasOwn(value, 'toString')) return false;
  return definedByBuiltin(value, 'toString');
}

// True when the nearest prototype defining `key` belongs to a built-in class.
function definedByBuiltin(value, key) {
  let pointer = value;
  while (pointer !== null && !hasOwn(pointer, key)) pointer = getPrototypeOf(pointer);
  if (pointer === null || pointer === value) return false;
  const desc = getOwnPropertyDescriptor(pointer, 'constructor');
  return desc !== undefined && typeof desc.value === 'function' && isBuiltinName(desc.value.name);
}

function formatWithOptionsInternal(inspectOptions, args) {
  const first = args[0];
  let a = 0;
  let str = '';
  let join = '';

  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let tempStr;
    let lastPos = 0;
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue; // '%'
      const nextChar = first.charCodeAt(++i);
      if (a + 1 !== args.length) {
        switch (nextChar) {
          case 115: { // 's'
            const tempArg = args[++a];
            if (typeof tempArg === 'number') {
              tempStr = formatNumber(stylizeNoColor, tempArg, false);
            } else if (typeof tempArg === 'bigint') {
              tempStr = formatBigInt(stylizeNoColor, tempArg, false);
            } else if (typeof tempArg !== 'object' || tempArg === null ||
                       !hasBuiltInToString(tempArg)) {
              tempStr = String(tempArg);
            } else {
              tempStr = inspect(tempArg, {
                ...inspectOptions,
                depth: 0,
                colors: false,
                compact: 3,
              });
            }
            break;
          }
          case 106: // 'j'
            tempStr = tryStringify(args[++a]);
            break;
          case 100: { // 'd'
            const tempNum = args[++a];
            if (typeof tempNum === 'bigint') {
              tempStr = formatBigInt(stylizeNoColor, tempNum, false);
            } else if (typeof tempNum === 'symbol') {
              tempStr = 'NaN';
            } else {
              tempStr = formatNumber(stylizeNoColor, Number(tempNum), false);
            }
            break;
          }
          case 79: // 'O'
            tempStr = inspect(args[++a], inspectOptions);
            break;
          case 111: // 'o'
            tempStr = inspect(args[++a], {
              ...inspectOptions,
              showHidden: true,
              showProxy: true,
              depth: 4,
            });
            break;
          case 105: { // 'i'
            const tempInteger = args[++a];
            if (typeof tempInteger === 'bigint') {
              tempStr = formatBigInt(stylizeNoColor, tempInteger, false);
            } else if (typeof tempInteger === 'symbol') {
              tempStr = 'NaN';
            } else {
              tempStr = formatNumber(stylizeNoColor, Number.parseInt(tempInteger), false);
            }
            break;
          }
          case 102: { // 'f'
            const tempFloat = args[++a];
            if (typeof tempFloat === 'symbol') {
              tempStr = 'NaN';
            } else {
              tempStr = formatNumber(stylizeNoColor, Number.parseFloat(tempFloat), false);
            }
            break;
          }
          case 99: // 'c': CSS styling has no meaning in a terminal.
            a += 1;
            tempStr = '';
            break;
          case 37: // '%%'
            str += first.slice(lastPos, i);
            lastPos = i + 1;
            continue;
          default: // Not a placeholder: left as it is.
            continue;
        }
        if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
        str += tempStr;
        lastPos = i + 1;
      } else if (nextChar === 37) {
        str += first.slice(lastPos, i);
        lastPos = i + 1;
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) str += first.slice(lastPos);
    }
  }

  while (a < args.length) {
    const value = args[a];
    str += join;
    str += typeof value !== 'string' ? inspect(value, inspectOptions) : value;
    join = ' ';
    a++;
  }
  return str;
}

function format(...args) {
  return formatWithOptionsInternal(undefined, args);
}

function formatWithOptions(inspectOptions, ...args) {
  if (inspectOptions === null ||
      (typeof inspectOptions !== 'object' && typeof inspectOptions !== 'function')) {
    throw invalidArgType('inspectOptions', 'object', inspectOptions);
  }
  return formatWithOptionsInternal(inspectOptions, args);
}

module.exports = {
  inspect,
  inspectDefaultOptions,
  format,
  formatWithOptions,
  getStringWidth,
  stripVTControlCharacters,
  isError,
  // err.stack as text, V8-style on every engine (SpiderMonkey frame lists
  // get a header and `    at` lines).
  getStackString,
  stylizeWithColor,
  stylizeNoColor,
  identicalSequenceRange,
};
