'use strict';
// util.inspect and util.format. The output must be byte-identical to node 20's
// on every engine, so the layout rules below (when a line breaks, how array
// items are put into columns, which quote a string gets) reproduce node's
// observable behaviour, quirks included; tools/jsdev/check-inspect.js compares
// the two on a large corpus.
//
// How a value is printed:
//   inspect()        builds the context `ctx`: the options plus traversal state
//                    (indentation, objects on the current path, ...).
//   formatValue()    primitives, proxies, custom inspectors, cycles.
//   formatObject()   asks describeObject() how to show the object: its braces,
//                    a leading text ("base", e.g. a function's name), the
//                    entry formatter and the keys to list; then formats the
//                    entries and hands them to layoutEntries().
//   layoutEntries()  puts the entries on one line or several, grouping runs of
//                    short array items into aligned columns.

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
const symbolToString = Symbol.prototype.toString;

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

// How the entries of an object are laid out: keyed (`a: 1`), or like array
// items. Extra keys of an array-like are keyed but laid out like items.
const KEYED = 0;
const ITEM = 1;
const ARRAY_EXTRA = 2;

// Strings up to this length are never split at their newlines.
const kMinLineWidth = 16;

let errorCodes;
function codes() {
  errorCodes ??= require('internal/errors').codes;
  return errorCodes;
}

// Node fixes this set when its inspect module loads: the ECMAScript globals
// of that moment. A fixed list keeps us independent of whatever the host or
// the user adds to globalThis later.
let builtinNames;
function isBuiltinName(name) {
  builtinNames ??= new Set([
    'Object', 'Function', 'Array', 'Number', 'Infinity', 'NaN', 'Boolean',
    'String', 'Symbol', 'Date', 'Promise', 'RegExp', 'Error', 'AggregateError',
    'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError',
    'URIError', 'JSON', 'Math', 'Intl', 'ArrayBuffer', 'Uint8Array',
    'Int8Array', 'Uint16Array', 'Int16Array', 'Uint32Array', 'Int32Array',
    'Float32Array', 'Float64Array', 'Uint8ClampedArray', 'BigUint64Array',
    'BigInt64Array', 'DataView', 'Map', 'BigInt', 'Set', 'WeakMap', 'WeakSet',
    'Proxy', 'Reflect', 'FinalizationRegistry', 'WeakRef',
  ]);
  return builtinNames.has(name);
}

// ---------------------------------------------------------------------------
// Colors

function makeColors() {
  const colors = {
    __proto__: null,
    reset: [0, 0], bold: [1, 22], dim: [2, 22], italic: [3, 23],
    underline: [4, 24], blink: [5, 25], inverse: [7, 27], hidden: [8, 28],
    strikethrough: [9, 29], doubleunderline: [21, 24],
    black: [30, 39], red: [31, 39], green: [32, 39], yellow: [33, 39],
    blue: [34, 39], magenta: [35, 39], cyan: [36, 39], white: [37, 39],
    bgBlack: [40, 49], bgRed: [41, 49], bgGreen: [42, 49], bgYellow: [43, 49],
    bgBlue: [44, 49], bgMagenta: [45, 49], bgCyan: [46, 49], bgWhite: [47, 49],
    framed: [51, 54], overlined: [53, 55],
    gray: [90, 39], redBright: [91, 39], greenBright: [92, 39],
    yellowBright: [93, 39], blueBright: [94, 39], magentaBright: [95, 39],
    cyanBright: [96, 39], whiteBright: [97, 39],
    bgGray: [100, 49], bgRedBright: [101, 49], bgGreenBright: [102, 49],
    bgYellowBright: [103, 49], bgBlueBright: [104, 49],
    bgMagentaBright: [105, 49], bgCyanBright: [106, 49], bgWhiteBright: [107, 49],
  };
  // Alternative spellings: hidden accessors sharing the entry of the main name.
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
  const color = style === undefined ? undefined : inspect.colors[style];
  return color === undefined ? str : `\u001b[${color[0]}m${str}\u001b[${color[1]}m`;
}

function stylizeNoColor(str) {
  return str;
}

// ---------------------------------------------------------------------------
// Entry point

function inspect(value, opts) {
  const defaults = inspectDefaultOptions;
  const ctx = {
    budget: {},
    indentationLvl: 0,
    seen: [],
    currentDepth: 0,
    stylize: stylizeNoColor,
    showHidden: defaults.showHidden,
    depth: defaults.depth,
    colors: defaults.colors,
    customInspect: defaults.customInspect,
    showProxy: defaults.showProxy,
    maxArrayLength: defaults.maxArrayLength,
    maxStringLength: defaults.maxStringLength,
    breakLength: defaults.breakLength,
    compact: defaults.compact,
    sorted: defaults.sorted,
    getters: defaults.getters,
    numericSeparator: defaults.numericSeparator,
  };
  if (arguments.length > 1) {
    // The old signature was inspect(value, showHidden, depth, colors).
    if (arguments.length > 2 && arguments[2] !== undefined) ctx.depth = arguments[2];
    if (arguments.length > 3 && arguments[3] !== undefined) ctx.colors = arguments[3];
    if (typeof opts === 'boolean') {
      ctx.showHidden = opts;
    } else if (opts) {
      for (const key of objectKeys(opts)) {
        if (hasOwn(defaults, key) || key === 'stylize') {
          ctx[key] = opts[key];
        } else {
          // Keys inspect does not know are for custom inspectors, which get
          // the caller's object.
          ctx.userOptions ??= opts;
        }
      }
    }
  }
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  return formatValue(ctx, value, 0);
}

inspect.custom = customInspectSymbol;

defineProperty(inspect, 'defaultOptions', {
  get() {
    return inspectDefaultOptions;
  },
  set(options) {
    if (options === null || typeof options !== 'object' || Array.isArray(options)) {
      throw new (codes().ERR_INVALID_ARG_TYPE)('options', 'Object', options);
    }
    return Object.assign(inspectDefaultOptions, options);
  },
  enumerable: false,
  configurable: false,
});

inspect.colors = makeColors();
inspect.styles = makeStyles();

// ---------------------------------------------------------------------------
// Values

// `depthSoFar` counts the levels above `value` (0 at the top).
function formatValue(ctx, value, depthSoFar, inTypedArray) {
  if (typeof value !== 'object' && typeof value !== 'function') {
    return formatPrimitive(ctx.stylize, value, ctx);
  }
  if (value === null) return ctx.stylize('null', 'null');

  // A custom inspector is called on what the user passed, even a proxy.
  const receiver = value;
  const proxy = bindings.proxyDetails(value);
  if (proxy !== undefined) {
    if (proxy === null || proxy[0] === null) return ctx.stylize('<Revoked Proxy>', 'special');
    if (ctx.showProxy) return formatProxy(ctx, proxy, depthSoFar);
    // Show the target: running the proxy's traps could do anything.
    value = proxy[0];
  }

  if (ctx.customInspect) {
    const custom = value[customInspectSymbol];
    // A prototype that defines an inspector for its instances is itself shown
    // as an ordinary object.
    if (typeof custom === 'function' && custom !== inspect &&
        !(value.constructor && value.constructor.prototype === value)) {
      const shown = callCustomInspect(ctx, custom, receiver, depthSoFar, proxy !== undefined);
      if (shown !== receiver) {
        if (typeof shown !== 'string') return formatValue(ctx, shown, depthSoFar);
        return shown.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
      }
    }
  }

  if (ctx.seen.includes(value)) return circularMarker(ctx, value);
  return formatObject(ctx, value, depthSoFar, inTypedArray);
}

// Objects met again on the current path print as `[Circular *n]`; n numbers
// them in order of discovery, and the object itself gets `<ref *n>`.
function circularMarker(ctx, value) {
  ctx.circular ??= new Map();
  let index = ctx.circular.get(value);
  if (index === undefined) {
    index = ctx.circular.size + 1;
    ctx.circular.set(value, index);
  }
  return ctx.stylize(`[Circular *${index}]`, 'special');
}

function callCustomInspect(ctx, custom, receiver, depthSoFar, viaProxy) {
  const depth = ctx.depth === null ? null : ctx.depth - depthSoFar;
  const options = {
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
  // An object that does not inherit from this realm's Object (or sits behind
  // a proxy) must not reach our objects and functions: it gets plain data and
  // a guarded stylize.
  if (viaProxy || !(receiver instanceof Object)) {
    Object.setPrototypeOf(options, null);
    for (const key of objectKeys(options)) {
      const v = options[key];
      if (v !== null && (typeof v === 'object' || typeof v === 'function')) delete options[key];
    }
    options.stylize = Object.setPrototypeOf((text, styleType) => {
      let styled;
      try {
        styled = `${ctx.stylize(text, styleType)}`;
      } catch {
        // Fall back to the plain text.
      }
      return typeof styled === 'string' ? styled : text;
    }, null);
  }
  return custom.call(receiver, depth, options, inspect);
}

function formatProxy(ctx, [target, handler], depthSoFar) {
  if (isTooDeep(ctx, depthSoFar)) return ctx.stylize('Proxy [Array]', 'special');
  ctx.indentationLvl += 2;
  const parts = [
    formatValue(ctx, target, depthSoFar + 1),
    formatValue(ctx, handler, depthSoFar + 1),
  ];
  ctx.indentationLvl -= 2;
  return layoutEntries(ctx, parts, '', ['Proxy [', ']'], ARRAY_EXTRA, depthSoFar + 1);
}

function isTooDeep(ctx, depthSoFar) {
  return ctx.depth !== null && depthSoFar > ctx.depth;
}

function isInstanceof(object, ctor) {
  try {
    return object instanceof ctor;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------
// Constructor names

// The name shown before an object: that of the nearest constructor on the
// prototype chain that actually constructed it, null for a null prototype,
// or a description of the chain (`Object <[Object: null prototype] {}>`)
// when there is none. With showHidden, also collects into `protoProps` the
// non-method properties of user-defined prototypes.
function getConstructorName(obj, ctx, depthSoFar, protoProps) {
  let firstProto;
  let current = obj;
  while (current) {
    const desc = getOwnPropertyDescriptor(current, 'constructor');
    if (desc !== undefined && typeof desc.value === 'function' &&
        desc.value.name !== '' && isInstanceof(obj, desc.value)) {
      const name = desc.value.name;
      if (protoProps !== undefined && (firstProto !== current || !isBuiltinName(name))) {
        collectPrototypeProperties(ctx, obj, firstProto || obj, depthSoFar, protoProps);
      }
      return String(name);
    }
    current = getPrototypeOf(current);
    if (firstProto === undefined) firstProto = current;
  }
  if (firstProto === null) return null;

  const ownKind = internalClassName(obj);
  if (isTooDeep(ctx, depthSoFar)) return `${ownKind} <Complex prototype>`;
  const protoName = getConstructorName(firstProto, ctx, depthSoFar + 1, protoProps);
  if (protoName !== null) return `${ownKind} <${protoName}>`;
  const shownProto = inspect(firstProto, { ...ctx, customInspect: false, depth: -1 });
  return `${ownKind} <${shownProto}>`;
}

// V8 knows which constructor allocated an object even after its prototype
// chain stopped telling; the language does not. Name the built-in kind
// instead, with V8's names ('SetIterator', ...), which matches V8 for all but
// instances of user classes and of Error subtypes.
function internalClassName(obj) {
  if (typeof obj === 'function') {
    if (!types.isGeneratorFunction(obj)) return 'Function';
    return types.isAsyncFunction(obj) ? 'AsyncGeneratorFunction' : 'GeneratorFunction';
  }
  if (Array.isArray(obj)) return 'Array';
  const typedName = types.typedArrayName(obj);
  if (typedName !== undefined) return typedName;
  if (isError(obj)) return 'Error';
  const kinds = [
    [types.isArgumentsObject, 'Arguments'], [types.isMap, 'Map'], [types.isSet, 'Set'],
    [types.isDate, 'Date'], [types.isRegExp, 'RegExp'], [types.isPromise, 'Promise'],
    [types.isWeakMap, 'WeakMap'], [types.isWeakSet, 'WeakSet'], [types.isWeakRef, 'WeakRef'],
    [types.isDataView, 'DataView'], [types.isArrayBuffer, 'ArrayBuffer'],
    [types.isSharedArrayBuffer, 'SharedArrayBuffer'], [types.isNumberObject, 'Number'],
    [types.isStringObject, 'String'], [types.isBooleanObject, 'Boolean'],
    [types.isBigIntObject, 'BigInt'], [types.isSymbolObject, 'Symbol'],
    [types.isMapIterator, 'MapIterator'], [types.isSetIterator, 'SetIterator'],
    [types.isGeneratorObject, 'Generator'],
  ];
  for (const [test, name] of kinds) {
    if (test(obj)) return name;
  }
  return 'Object';
}

// showHidden lists accessors and data properties that instances inherit from
// user-defined prototypes, up to three levels up, stopping at a built-in.
function collectPrototypeProperties(ctx, main, start, depthSoFar, output) {
  let proto = start;
  const listedAbove = new Set();
  for (let level = 0; level < 3; level++) {
    if (level !== 0 || main === proto) {
      proto = getPrototypeOf(proto);
      if (proto === null) return;
      const desc = getOwnPropertyDescriptor(proto, 'constructor');
      if (desc !== undefined && typeof desc.value === 'function' && isBuiltinName(desc.value.name)) {
        return;
      }
    }
    const keys = Reflect.ownKeys(proto);
    ctx.seen.push(main);
    for (const key of keys) {
      // Skip the constructor, methods, and keys shadowed closer to `main`.
      if (key === 'constructor' || hasOwn(main, key) || listedAbove.has(key)) continue;
      const desc = getOwnPropertyDescriptor(proto, key);
      if (typeof desc.value === 'function') continue;
      const entry = formatProperty(ctx, proto, depthSoFar, key, KEYED, desc, main);
      // Faint, to tell them from own properties.
      output.push(ctx.colors ? `\u001b[2m${entry}\u001b[22m` : entry);
    }
    ctx.seen.pop();
    for (const key of keys) listedAbove.add(key);
  }
}

// 'Foo ', 'Foo [Tag] ', 'Map(2) ', '[Map(2): null prototype] ', ...
function getPrefix(constructor, tag, fallback, size = '') {
  if (constructor === null) {
    const tagPart = tag !== '' && fallback !== tag ? ` [${tag}]` : '';
    return `[${fallback}${size}: null prototype]${tagPart} `;
  }
  const tagPart = tag !== '' && constructor !== tag ? ` [${tag}]` : '';
  return `${constructor}${size}${tagPart} `;
}

// ---------------------------------------------------------------------------
// Keys

// Own keys to list: enumerable strings then enumerable symbols, or every own
// key with showHidden.
function getKeys(value, showHidden) {
  const symbols = getOwnPropertySymbols(value);
  let keys;
  if (showHidden) {
    keys = getOwnPropertyNames(value);
  } else {
    try {
      keys = objectKeys(value);
    } catch {
      // A module namespace with a binding still in its temporal dead zone
      // throws on [[GetOwnProperty]]; its names are still listable.
      keys = getOwnPropertyNames(value);
    }
  }
  for (const symbol of symbols) {
    if (showHidden || isEnumerable(value, symbol)) keys.push(symbol);
  }
  return keys;
}

function isArrayIndex(key) {
  if (typeof key !== 'string' || key.length === 0 || key.length > 10) return false;
  const n = Number(key);
  return n >>> 0 === n && n !== 4294967295 && String(n) === key;
}

// Keys of an array-like that are not element indices. The language lists
// indices first, in ascending order, so a binary search finds where the
// other keys start without testing every index (still O(n) to list them:
// there is no way to ask for non-index keys only).
function getNonIndexKeys(value, showHidden) {
  const names = showHidden ? getOwnPropertyNames(value) : objectKeys(value);
  let low = 0;
  let high = names.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (isArrayIndex(names[mid])) {
      low = mid + 1;
    } else {
      high = mid;
    }
  }
  const keys = names.slice(low);
  for (const symbol of getOwnPropertySymbols(value)) {
    if (showHidden || isEnumerable(value, symbol)) keys.push(symbol);
  }
  return keys;
}

// ---------------------------------------------------------------------------
// Objects

function noEntries() {
  return [];
}

// Decides how `value` is shown. Returns either the finished text (objects
// with nothing inside print on the spot) or a plan:
//   braces     [open, close]; open may carry a name: 'Map(2) {'
//   base       text before the braces ('[Function: f]', a date, a stack...)
//   entries    (ctx, value, depthSoFar) => list of entry texts
//   keys       own keys to list after those entries
//   layout     KEYED or ARRAY_EXTRA (arrays and typed arrays)
function describeObject(ctx, value, depthSoFar, inTypedArray, constructor, tag, protoProps) {
  const plan = {
    braces: ['{', '}'],
    base: '',
    entries: noEntries,
    keys: undefined,
    layout: KEYED,
  };
  // Nothing to list besides what the base or braces already show.
  const bare = () => plan.keys.length === 0 && protoProps === undefined;

  if (Symbol.iterator in value || constructor === null) {
    if (Array.isArray(value)) {
      // Plain arrays are not named; subclasses and tagged arrays are.
      const prefix = constructor !== 'Array' || tag !== '' ?
        getPrefix(constructor, tag, 'Array', `(${value.length})`) : '';
      plan.keys = getNonIndexKeys(value, ctx.showHidden);
      plan.braces = [`${prefix}[`, ']'];
      if (value.length === 0 && bare()) return `${prefix}[]`;
      plan.layout = ARRAY_EXTRA;
      plan.entries = formatArray;
      return plan;
    }
    if (types.isSet(value) || types.isMap(value)) {
      const isSet = types.isSet(value);
      const size = isSet ? setSize(value) : mapSize(value);
      const prefix = getPrefix(constructor, tag, isSet ? 'Set' : 'Map', `(${size})`);
      plan.keys = getKeys(value, ctx.showHidden);
      // Node reads the size of a null-prototype collection from an iterator,
      // which has none, so those are never cut at maxArrayLength.
      const limited = constructor !== null;
      plan.entries = isSet ?
        (c, v, d) => formatSet(c, v, d, limited) :
        (c, v, d) => formatMap(c, v, d, limited);
      if (size === 0 && bare()) return `${prefix}{}`;
      plan.braces = [`${prefix}{`, '}'];
      return plan;
    }
    if (types.isTypedArray(value)) {
      plan.keys = getNonIndexKeys(value, ctx.showHidden);
      const typeName = types.typedArrayName(value);
      // Without a prototype the element accessors are gone; read a copy.
      const readable = constructor === null ? new globalThis[typeName](value) : value;
      const length = typedArrayLength(value);
      const prefix = getPrefix(constructor, tag, constructor === null ? typeName : '', `(${length})`);
      plan.braces = [`${prefix}[`, ']'];
      if (readable.length === 0 && plan.keys.length === 0 && !ctx.showHidden) return `${prefix}[]`;
      plan.entries = (c, v, d) => formatTypedArray(readable, length, c, d);
      plan.layout = ARRAY_EXTRA;
      return plan;
    }
    if (types.isMapIterator(value) || types.isSetIterator(value)) {
      plan.keys = getKeys(value, ctx.showHidden);
      plan.braces = iteratorBraces(types.isMapIterator(value) ? 'Map' : 'Set', tag);
      plan.entries = (c, v, d) => formatIterator(plan.braces, c, v, d);
      return plan;
    }
  }

  plan.keys = getKeys(value, ctx.showHidden);
  const named = (fallback) => `${getPrefix(constructor, tag, fallback)}{`;

  if (typeof value === 'function') {
    plan.base = getFunctionBase(value, constructor, tag);
    if (bare()) return ctx.stylize(plan.base, 'special');
  } else if (constructor === 'Object') {
    if (types.isArgumentsObject(value)) {
      plan.braces[0] = '[Arguments] {';
    } else if (tag !== '') {
      plan.braces[0] = named('Object');
    }
    if (bare()) return `${plan.braces[0]}}`;
  } else if (types.isRegExp(value)) {
    const source = regExpToString.call(constructor !== null ? value : new RegExp(value));
    const prefix = getPrefix(constructor, tag, 'RegExp');
    plan.base = prefix === 'RegExp ' ? source : `${prefix}${source}`;
    if (bare() || isTooDeep(ctx, depthSoFar)) return ctx.stylize(plan.base, 'regexp');
  } else if (types.isDate(value)) {
    const prefix = getPrefix(constructor, tag, 'Date');
    plan.base = prefix === 'Date ' ? dateText(value) : `${prefix}${dateText(value)}`;
    if (bare()) return ctx.stylize(plan.base, 'date');
  } else if (isError(value)) {
    plan.base = formatError(value, constructor, tag, ctx, plan.keys);
    if (bare()) return plan.base;
  } else if (types.isAnyArrayBuffer(value)) {
    const prefix = getPrefix(constructor, tag,
      types.isArrayBuffer(value) ? 'ArrayBuffer' : 'SharedArrayBuffer');
    if (inTypedArray === undefined) {
      plan.entries = formatArrayBuffer;
    } else if (bare()) {
      // The buffer behind a typed array, under showHidden: no contents.
      return `${prefix}{ byteLength: ${formatNumber(ctx.stylize, value.byteLength, false)} }`;
    }
    plan.braces[0] = `${prefix}{`;
    plan.keys.unshift('byteLength');
  } else if (types.isDataView(value)) {
    plan.braces[0] = named('DataView');
    // `buffer` last: the only entry that is not a number.
    plan.keys.unshift('byteLength', 'byteOffset', 'buffer');
  } else if (types.isPromise(value)) {
    plan.braces[0] = named('Promise');
    plan.entries = formatPromise;
  } else if (types.isWeakSet(value)) {
    plan.braces[0] = named('WeakSet');
    plan.entries = formatWeakSet;
  } else if (types.isWeakMap(value)) {
    plan.braces[0] = named('WeakMap');
    plan.entries = formatWeakMap;
  } else if (types.isModuleNamespaceObject(value)) {
    plan.braces[0] = named('Module');
    // The namespace formatter lists the keys itself (some may be in their
    // temporal dead zone), leaving none for the generic pass.
    const keys = plan.keys;
    plan.keys = [];
    plan.entries = (c, v, d) => formatNamespaceObject(keys, c, v, d);
  } else if (types.isBoxedPrimitive(value)) {
    plan.base = getBoxedBase(value, ctx, plan.keys, constructor, tag);
    if (bare()) return plan.base;
  } else if (isURL(value) && !isTooDeep(ctx, depthSoFar)) {
    // Reached with customInspect off (assert's messages): node shows the href.
    plan.base = value.href;
    if (bare()) return plan.base;
  } else {
    if (bare()) return `${getPrefix(constructor, tag, 'Object')}{}`;
    plan.braces[0] = named('Object');
  }
  return plan;
}

function formatObject(ctx, value, depthSoFar, inTypedArray) {
  let protoProps;
  if (ctx.showHidden && !isTooDeep(ctx, depthSoFar)) protoProps = [];
  const constructor = getConstructorName(value, ctx, depthSoFar, protoProps);
  if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined;

  let tag = value[Symbol.toStringTag];
  // A tag the object lists as its own property would be printed twice.
  if (typeof tag !== 'string' ||
      (tag !== '' && (ctx.showHidden ? hasOwn : isEnumerable)(value, Symbol.toStringTag))) {
    tag = '';
  }

  const plan = describeObject(ctx, value, depthSoFar, inTypedArray, constructor, tag, protoProps);
  if (typeof plan === 'string') return plan;

  // Null-prototype objects are named by their built-in kind.
  const kind = constructor === null ? internalClassName(value) : 'Object';
  if (isTooDeep(ctx, depthSoFar)) {
    const name = getPrefix(constructor, tag, kind).slice(0, -1);
    return ctx.stylize(constructor === null ? name : `[${name}]`, 'special');
  }
  depthSoFar += 1;

  ctx.seen.push(value);
  ctx.currentDepth = depthSoFar;
  const indentationLvl = ctx.indentationLvl;
  let output;
  try {
    output = plan.entries(ctx, value, depthSoFar);
    for (const key of plan.keys) {
      output.push(formatProperty(ctx, value, depthSoFar, key, plan.layout));
    }
    if (protoProps !== undefined) output.push(...protoProps);
  } catch (err) {
    if (!isStackOverflowError(err)) throw err;
    ctx.seen.pop();
    ctx.indentationLvl = indentationLvl;
    const name = getPrefix(constructor, tag, kind).slice(0, -1);
    return ctx.stylize(
      `[${name}: Inspection interrupted prematurely. Maximum call stack size exceeded.]`,
      'special');
  }
  ctx.seen.pop();

  let { base } = plan;
  const braces = plan.braces;
  const refIndex = ctx.circular === undefined ? undefined : ctx.circular.get(value);
  if (refIndex !== undefined) {
    // The `<ref *n>` marker always comes first.
    const reference = ctx.stylize(`<ref *${refIndex}>`, 'special');
    if (ctx.compact === true) {
      braces[0] = `${reference} ${braces[0]}`;
    } else {
      base = base === '' ? reference : `${reference} ${base}`;
    }
  }

  if (ctx.sorted) {
    const comparator = ctx.sorted === true ? undefined : ctx.sorted;
    if (plan.layout === KEYED) {
      output.sort(comparator);
    } else if (plan.keys.length > 1) {
      // Items keep their order; only the keyed entries after them are sorted.
      const first = output.length - plan.keys.length;
      output.splice(first, plan.keys.length, ...output.slice(first).sort(comparator));
    }
  }

  const text = layoutEntries(ctx, output, base, braces, plan.layout, depthSoFar, value);
  // Once the text at one indentation level grows huge (2^27 characters),
  // everything left prints as [Object] & co., to bound time and memory.
  const spent = (ctx.budget[ctx.indentationLvl] || 0) + text.length;
  ctx.budget[ctx.indentationLvl] = spent;
  if (spent > 2 ** 27) ctx.depth = -1;
  return text;
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

// Built-in getters, read without going through (possibly replaced) prototypes.
const intrinsicGetters = {};
function intrinsicGetter(name, proto, key) {
  intrinsicGetters[name] ??= getOwnPropertyDescriptor(proto, key).get;
  return intrinsicGetters[name];
}

function setSize(set) {
  return intrinsicGetter('setSize', Set.prototype, 'size').call(set);
}

function mapSize(map) {
  return intrinsicGetter('mapSize', Map.prototype, 'size').call(map);
}

function typedArrayLength(value) {
  return intrinsicGetter('typedArrayLength',
    getPrototypeOf(Uint8Array.prototype), 'length').call(value);
}

function dateText(date) {
  return Number.isNaN(Date.prototype.getTime.call(date)) ?
    Date.prototype.toString.call(date) :
    Date.prototype.toISOString.call(date);
}

// ---------------------------------------------------------------------------
// Functions, boxed primitives

// True when the source text is that of a class, not of a function or method
// whose text merely starts with "class".
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

// '[Function: f]', '[AsyncGeneratorFunction (anonymous)]', '[class A extends B]', ...
function getFunctionBase(fn, constructor, tag) {
  if (looksLikeClass(functionToString.call(fn))) return getClassBase(fn, constructor, tag);
  let type = 'Function';
  if (types.isGeneratorFunction(fn)) type = `Generator${type}`;
  if (types.isAsyncFunction(fn)) type = `Async${type}`;
  const nullProto = constructor === null ? ' (null prototype)' : '';
  const name = fn.name === '' ? ' (anonymous)' : `: ${fn.name}`;
  let base = `[${type}${nullProto}${name}]`;
  if (constructor !== type && constructor !== null) base += ` ${constructor}`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  return base;
}

function getClassBase(cls, constructor, tag) {
  const name = (hasOwn(cls, 'name') && cls.name) || '(anonymous)';
  let base = `class ${name}`;
  if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  if (constructor === null) {
    base += ' extends [null prototype]';
  } else {
    const superName = getPrototypeOf(cls).name;
    if (superName) base += ` extends ${superName}`;
  }
  return `[${base}]`;
}

// '[Number: 3]', '[String (MyString): 'ab'] [Tag]', ...
function getBoxedBase(value, ctx, keys, constructor, tag) {
  const boxes = [
    [types.isNumberObject, 'Number', Number.prototype.valueOf],
    [types.isStringObject, 'String', String.prototype.valueOf],
    [types.isBooleanObject, 'Boolean', Boolean.prototype.valueOf],
    [types.isBigIntObject, 'BigInt', BigInt.prototype.valueOf],
    [types.isSymbolObject, 'Symbol', Symbol.prototype.valueOf],
  ];
  const [, type, valueOf] = boxes.find(([test]) => test(value));
  // The character indices of a String object repeat the quoted string.
  if (type === 'String') keys.splice(0, value.length);
  let base = `[${type}`;
  if (type !== constructor) {
    base += constructor === null ? ' (null prototype)' : ` (${constructor})`;
  }
  base += `: ${formatPrimitive(stylizeNoColor, valueOf.call(value), ctx)}]`;
  if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
  if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
  return ctx.stylize(base, type.toLowerCase());
}

// As node's check: the URL module is loaded only for objects with a string href.
function isURL(value) {
  return typeof value.href === 'string' && value instanceof require('internal/url_whatwg').URL;
}

// ---------------------------------------------------------------------------
// Errors

function isError(value) {
  return types.isNativeError(value) || isInstanceof(value, Error);
}

// SpiderMonkey's stack is a bare frame list, `fn@file:line:col` per line.
const mozillaFrame = /^[^@\n]*@[^\n]*:\d+:\d+$/;

function isMozillaStack(stack) {
  const lines = stack.split('\n').filter((line) => line !== '');
  return lines.length !== 0 && lines.every((line) => mozillaFrame.test(line));
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
    // Async frames are marked `async*fn@...`.
    let prefix = '';
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
  return isMozillaStack(text) ? toV8Stack(error, text) : refreshHeader(error, text);
}

const nativeErrorNames = new Set(['Error', 'TypeError', 'RangeError', 'SyntaxError',
  'ReferenceError', 'EvalError', 'URIError', 'AggregateError', 'InternalError']);

// Node 20's V8 writes a stack's first line when the stack is first read, so a
// name given after construction (`this.name = 'FooError'` in a subclass
// constructor) shows in it; QuickJS writes it at construction. A first line
// that still shows the built-in name next to the current message is brought
// up to date, so both print `FooError: msg`.
function refreshHeader(error, stack) {
  const framesStart = stack.indexOf('\n    at ');
  if (framesStart === -1) return stack;
  const header = stack.slice(0, framesStart);
  let current;
  let message;
  try {
    current = errorToString.call(error);
    message = error.message;
  } catch {
    return stack;
  }
  if (header === current) return stack;
  const colon = header.indexOf(': ');
  const builtinName = colon === -1 ? header : header.slice(0, colon);
  const builtinMessage = colon === -1 ? '' : header.slice(colon + 2);
  if (!nativeErrorNames.has(builtinName) || builtinMessage !== String(message ?? '')) return stack;
  return current + stack.slice(framesStart);
}

// Where `a` and `b` share a run of at least four identical lines: the run's
// start in `a` and its length ({ len: 0 } when there is none). Used to fold
// the frames an error shares with its cause.
function identicalSequenceRange(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const pos = b.indexOf(a[i]);
    if (pos === -1 || b.length - pos <= 3) continue;
    const limit = Math.min(a.length - i, b.length - pos);
    let len = 1;
    while (len < limit && a[i + len] === b[pos + len]) len++;
    if (len > 3) return { len, offset: i };
  }
  return { len: 0, offset: 0 };
}

// The frame lines of `err`, with those repeating its cause's stack folded
// into one `... n lines matching cause stack trace ...` line.
function stackFrames(ctx, err, framesText) {
  const frames = framesText.split('\n');
  let cause;
  try {
    cause = err.cause;
  } catch {
    // A throwing getter just means nothing to fold.
  }
  if (cause == null || !isError(cause)) return frames;
  const causeStack = getStackString(cause);
  const causeFramesStart = causeStack.indexOf('\n    at');
  if (causeFramesStart === -1) return frames;
  const causeFrames = causeStack.slice(causeFramesStart + 1).split('\n');
  const { len, offset } = identicalSequenceRange(frames, causeFrames);
  if (len > 0) {
    // The first and last shared frames stay visible.
    const folded = len - 2;
    const note = `    ... ${folded} lines matching cause stack trace ...`;
    frames.splice(offset + 1, folded, ctx.stylize(note, 'undefined'));
  }
  return frames;
}

// For errors that look regular (the stack starts with the name), makes the
// header tell the real class when it differs from `name`:
// `Foo [TypeError]: msg`, `[Error: null prototype]: msg`, ...
function relabelStack(stack, constructor, name, tag) {
  let nameLength = name.length;
  const looksRegular = name.endsWith('Error') && stack.startsWith(name) &&
    (stack.length === nameLength || stack[nameLength] === ':' || stack[nameLength] === '\n');
  if (constructor !== null && !looksRegular) return stack;

  let fallback = 'Error';
  if (constructor === null) {
    // Without a prototype the name is unknown; take it from the header.
    const header = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/.exec(stack) ||
      /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
    const found = (header && header[1]) || '';
    nameLength = found.length;
    fallback = found || 'Error';
  }
  const label = getPrefix(constructor, tag, fallback).slice(0, -1);
  if (name === label) return stack;
  if (!label.includes(name)) return `${label} [${name}]${stack.slice(nameLength)}`;
  return nameLength === 0 ? `${label}: ${stack}` : `${label}${stack.slice(nameLength)}`;
}

function formatError(err, constructor, tag, ctx, keys) {
  const name = err.name != null ? String(err.name) : 'Error';
  let stack = getStackString(err);

  // name, message and stack are listed only when the stack does not show
  // them (as written, or as brought up to date by refreshHeader).
  if (!ctx.showHidden && keys.length !== 0) {
    let raw;
    for (const key of ['name', 'message', 'stack']) {
      const index = keys.indexOf(key);
      if (index === -1) continue;
      raw ??= err.stack ? String(err.stack) : stack;
      if (stack.includes(err[key]) || raw.includes(err[key])) keys.splice(index, 1);
    }
  }
  // A cause (even inherited) and AggregateError's errors are always listed.
  if ('cause' in err && !keys.includes('cause')) keys.push('cause');
  if (Array.isArray(err.errors) && !keys.includes('errors')) keys.push('errors');

  stack = relabelStack(stack, constructor, name, tag);

  // The frames start after the message, which may itself contain "\n    at".
  // (An index of 0 counts as not found, as in node.)
  let messageEnd = (err.message && stack.indexOf(err.message)) || -1;
  if (messageEnd !== -1) messageEnd += err.message.length;
  const framesStart = stack.indexOf('\n    at', messageEnd);
  if (framesStart === -1) {
    // No frames: bracketed, like an object.
    stack = `[${stack}]`;
  } else {
    const frames = stackFrames(ctx, err, stack.slice(framesStart + 1));
    const shown = ctx.colors ? frames.map((line) => colorFrame(ctx, line)) : frames;
    stack = `${stack.slice(0, framesStart)}\n${shown.join('\n')}`;
  }

  if (ctx.indentationLvl !== 0) {
    stack = stack.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
  }
  return stack;
}

const coreFrame = /^ {4}at (?:[^/\\(]+ \(|)node:(.+):\d+:\d+\)?$/;

// A `node:` frame is the runtime's own when that module exists. The host may
// say which ids exist; otherwise every `node:` frame counts.
function isBuiltinModule(id) {
  return typeof bindings.builtinExists === 'function' ? bindings.builtinExists(id) : true;
}

// With colors, the runtime's own frames are dimmed, package names under
// node_modules underlined and the working directory dimmed, so the user's
// own code stands out.
function colorFrame(ctx, line) {
  const core = coreFrame.exec(line);
  if (core !== null && isBuiltinModule(core[1])) return ctx.stylize(line, 'undefined');
  line = underlinePackages(ctx, line);
  const cwd = typeof bindings.cwd === 'function' ? bindings.cwd() : undefined;
  if (cwd === undefined) return line;
  const marked = dimDirectory(ctx, line, cwd);
  return marked !== line ? marked : dimDirectory(ctx, line, fileUrlOf(cwd));
}

function underlinePackages(ctx, line) {
  return line.replace(/([/\\]node_modules[/\\])((?:@[^/\\]+[/\\])?[^/\\]+?)(?=[/\\])/g,
    (match, dir, name) => `${dir}${ctx.stylize(name, 'module')}`);
}

// Dims `dir` (and a `file://` before it, the separator after it, and the
// parentheses around the location) within a frame line.
function dimDirectory(ctx, line, dir) {
  let start = line.indexOf(dir);
  if (start === -1) return line;
  let length = dir.length;
  if (line.slice(start - 7, start) === 'file://') {
    start -= 7;
    length += 7;
  }
  const inParens = line[start - 1] === '(';
  const from = inParens ? start - 1 : start;
  const to = start + length + 1;
  const closeParen = inParens && line.endsWith(')');
  let out = line.slice(0, from) + ctx.stylize(line.slice(from, to), 'undefined');
  out += line.slice(to, closeParen ? -1 : line.length);
  if (closeParen) out += ctx.stylize(')', 'undefined');
  return out;
}

function fileUrlOf(path) {
  return `file://${encodeURI(path).replace(/[?#]/g, (c) => encodeURIComponent(c))}`;
}

// ---------------------------------------------------------------------------
// Entry formatters: each returns the texts of one object's entries

function moreItems(count) {
  return `... ${count} more item${count > 1 ? 's' : ''}`;
}

function emptyItems(ctx, count) {
  return ctx.stylize(`<${count} empty item${count > 1 ? 's' : ''}>`, 'undefined');
}

function formatArray(ctx, array, depthSoFar) {
  const shown = Math.min(Math.max(0, ctx.maxArrayLength), array.length);
  const output = [];
  for (let i = 0; i < shown; i++) {
    if (!hasOwn(array, i)) return formatSparseArray(ctx, array, depthSoFar, shown, output, i);
    output.push(formatProperty(ctx, array, depthSoFar, i, ITEM));
  }
  if (array.length > shown) output.push(moreItems(array.length - shown));
  return output;
}

// From the first hole on, walks the array's keys rather than every index, so
// huge sparse arrays stay cheap; runs of holes print as `<n empty items>`.
// `maxEntries` bounds items and hole runs together.
function formatSparseArray(ctx, array, depthSoFar, maxEntries, output, firstHole) {
  const keys = objectKeys(array);
  let expected = firstHole; // the index the next key has when there is no hole
  for (let k = firstHole; k < keys.length && output.length < maxEntries; k++) {
    const key = keys[k];
    const index = +key;
    if (index > 2 ** 32 - 2) break;
    if (key !== `${expected}`) {
      if (!/^(0|[1-9][0-9]*)$/.test(key)) break; // past the indices
      output.push(emptyItems(ctx, index - expected));
      expected = index;
      if (output.length === maxEntries) break;
    }
    output.push(formatProperty(ctx, array, depthSoFar, key, ITEM));
    expected++;
  }
  const rest = array.length - expected;
  if (rest > 0) output.push(output.length !== maxEntries ? emptyItems(ctx, rest) : moreItems(rest));
  return output;
}

function formatArrayBuffer(ctx, buffer) {
  let bytes;
  try {
    bytes = new Uint8Array(buffer);
  } catch {
    return [ctx.stylize('(detached)', 'special')];
  }
  const shown = Math.min(ctx.maxArrayLength, bytes.length);
  // Node's hex dump rejects a negative length.
  if (shown < 0 && bytes.length !== 0) {
    throw Object.assign(new RangeError('Index out of range'), { code: 'ERR_OUT_OF_RANGE' });
  }
  const hex = [];
  for (let i = 0; i < shown; i++) hex.push(bytes[i].toString(16).padStart(2, '0'));
  let text = hex.join(' ');
  const rest = bytes.length - ctx.maxArrayLength;
  if (rest > 0) text += ` ... ${rest} more byte${rest > 1 ? 's' : ''}`;
  return [`${ctx.stylize('[Uint8Contents]', 'special')}: <${text}>`];
}

function formatTypedArray(array, length, ctx, depthSoFar) {
  const shown = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const output = [];
  const formatElement = array.length > 0 && typeof array[0] === 'number' ? formatNumber : formatBigInt;
  for (let i = 0; i < shown; i++) {
    output.push(formatElement(ctx.stylize, array[i], ctx.numericSeparator));
  }
  if (array.length > shown) output.push(moreItems(array.length - shown));
  if (ctx.showHidden) {
    // Prototype getters (BYTES_PER_ELEMENT aside), so listed by hand.
    ctx.indentationLvl += 2;
    for (const key of ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer']) {
      output.push(`[${key}]: ${formatValue(ctx, array[key], depthSoFar, true)}`);
    }
    ctx.indentationLvl -= 2;
  }
  return output;
}

function formatSet(ctx, set, depthSoFar, limited) {
  const size = setSize(set);
  const shown = limited ? Math.min(Math.max(0, ctx.maxArrayLength), size) : size;
  const output = [];
  ctx.indentationLvl += 2;
  for (const item of Set.prototype.values.call(set)) {
    if (output.length >= shown) break;
    output.push(formatValue(ctx, item, depthSoFar));
  }
  if (size > shown) output.push(moreItems(size - shown));
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(ctx, map, depthSoFar, limited) {
  const size = mapSize(map);
  const shown = limited ? Math.min(Math.max(0, ctx.maxArrayLength), size) : size;
  const output = [];
  ctx.indentationLvl += 2;
  for (const [key, value] of Map.prototype.entries.call(map)) {
    if (output.length >= shown) break;
    output.push(`${formatValue(ctx, key, depthSoFar)} => ${formatValue(ctx, value, depthSoFar)}`);
  }
  if (size > shown) output.push(moreItems(size - shown));
  ctx.indentationLvl -= 2;
  return output;
}

function iteratorBraces(type, tag) {
  const own = `${type} Iterator`;
  return [`[${tag === own ? own : tag === '' ? own : `${tag}] [${own}`}] {`, '}'];
}

// Listing what a Map/Set iterator still holds (reading it would consume it),
// or what a weak collection holds, needs the engine:
// `bindings.previewEntries(object)` returns [entries, isKeyValue] with
// key/value pairs flattened. Without it the items are reported as unknown,
// as node does for weak collections unless showHidden is set.
function canPreview() {
  return typeof bindings.previewEntries === 'function';
}

function formatIterator(braces, ctx, iterator, depthSoFar) {
  if (!canPreview()) return [ctx.stylize('<items unknown>', 'special')];
  const [entries, isKeyValue] = bindings.previewEntries(iterator);
  if (!isKeyValue) return formatPreviewItems(ctx, depthSoFar, entries, false);
  // Entry iterators show as `[Map Entries] { [ key, value ] }`.
  braces[0] = braces[0].replace(/ Iterator] {$/, ' Entries] {');
  return formatPreviewPairs(ctx, depthSoFar, entries, false);
}

function formatWeakSet(ctx, set, depthSoFar) {
  if (!ctx.showHidden || !canPreview()) return [ctx.stylize('<items unknown>', 'special')];
  return formatPreviewItems(ctx, depthSoFar, bindings.previewEntries(set)[0], true);
}

function formatWeakMap(ctx, map, depthSoFar) {
  if (!ctx.showHidden || !canPreview()) return [ctx.stylize('<items unknown>', 'special')];
  return formatPreviewPairs(ctx, depthSoFar, bindings.previewEntries(map)[0], true);
}

// Weak collections have no order: their entries are sorted (unless the
// whole output is sorted anyway) so equal contents print the same.
function formatPreviewItems(ctx, depthSoFar, items, weak) {
  const shown = Math.min(Math.max(ctx.maxArrayLength, 0), items.length);
  const output = [];
  ctx.indentationLvl += 2;
  for (let i = 0; i < shown; i++) output.push(formatValue(ctx, items[i], depthSoFar));
  ctx.indentationLvl -= 2;
  if (weak && !ctx.sorted) output.sort();
  if (items.length > shown) output.push(moreItems(items.length - shown));
  return output;
}

function formatPreviewPairs(ctx, depthSoFar, flat, weak) {
  const pairs = flat.length / 2;
  const shown = Math.min(Math.max(ctx.maxArrayLength, 0), pairs);
  const output = [];
  ctx.indentationLvl += 2;
  for (let i = 0; i < shown; i++) {
    const key = formatValue(ctx, flat[i * 2], depthSoFar);
    const value = formatValue(ctx, flat[i * 2 + 1], depthSoFar);
    output.push(weak ? `${key} => ${value}` :
      layoutEntries(ctx, [key, value], '', ['[', ']'], ARRAY_EXTRA, depthSoFar));
  }
  ctx.indentationLvl -= 2;
  if (weak && !ctx.sorted) output.sort();
  const rest = pairs - Math.max(ctx.maxArrayLength, 0);
  if (rest > 0) output.push(moreItems(rest));
  return output;
}

function formatPromise(ctx, promise, depthSoFar) {
  const [state, result] = bindings.promiseState(promise);
  if (state === 0) return [ctx.stylize('<pending>', 'special')];
  ctx.indentationLvl += 2;
  const text = formatValue(ctx, result, depthSoFar);
  ctx.indentationLvl -= 2;
  return [state === 2 ? `${ctx.stylize('<rejected>', 'special')} ${text}` : text];
}

function formatNamespaceObject(keys, ctx, namespace, depthSoFar) {
  return keys.map((key) => {
    try {
      return formatProperty(ctx, namespace, depthSoFar, key, KEYED);
    } catch (err) {
      if (!(isError(err) && err.name === 'ReferenceError')) throw err;
      // A binding in its temporal dead zone: lay the entry out as if its
      // value were a string, then put a marker where the value goes.
      const entry = formatProperty(ctx, { [key]: '' }, depthSoFar, key, KEYED);
      return entry.slice(0, entry.lastIndexOf(' ') + 1) + ctx.stylize('<uninitialized>', 'special');
    }
  });
}

// ---------------------------------------------------------------------------
// Properties

// `desc` and `receiver` are given for inherited properties (showHidden):
// their getters run on the instance.
function formatProperty(ctx, obj, depthSoFar, key, layout, desc, receiver = obj) {
  desc ??= getOwnPropertyDescriptor(obj, key) || { value: obj[key], enumerable: true };
  let valueText;
  let separator = ' ';
  if (desc.value !== undefined) {
    // compact: true indents keyed values one more, to line up after `key: `.
    const extraIndent = ctx.compact !== true || layout !== KEYED ? 2 : 3;
    ctx.indentationLvl += extraIndent;
    valueText = formatValue(ctx, desc.value, depthSoFar);
    if (extraIndent === 3 && ctx.breakLength < getStringWidth(valueText, ctx.colors)) {
      separator = `\n${' '.repeat(ctx.indentationLvl)}`;
    }
    ctx.indentationLvl -= extraIndent;
  } else if (desc.get !== undefined) {
    valueText = formatAccessor(ctx, desc, receiver, depthSoFar);
  } else if (desc.set !== undefined) {
    valueText = ctx.stylize('[Setter]', 'special');
  } else {
    valueText = ctx.stylize('undefined', 'undefined');
  }
  if (layout === ITEM) return valueText;
  return `${formatKey(ctx, key, desc)}:${separator}${valueText}`;
}

// '[Getter]', '[Getter/Setter]', or with the getters option the value read:
// '[Getter: 42]', '[Getter] { a: 1 }', '[Getter: <Inspection threw (msg)>]'.
function formatAccessor(ctx, desc, receiver, depthSoFar) {
  const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
  const s = ctx.stylize;
  const wanted = ctx.getters === true ||
    (ctx.getters === 'get' && desc.set === undefined) ||
    (ctx.getters === 'set' && desc.set !== undefined);
  if (!ctx.getters || !wanted) return s(`[${label}]`, 'special');
  try {
    const value = desc.get.call(receiver);
    ctx.indentationLvl += 2;
    let text;
    if (value === null) {
      text = `${s(`[${label}:`, 'special')} ${s('null', 'null')}${s(']', 'special')}`;
    } else if (typeof value === 'object') {
      text = `${s(`[${label}]`, 'special')} ${formatValue(ctx, value, depthSoFar)}`;
    } else {
      text = `${s(`[${label}:`, 'special')} ${formatPrimitive(s, value, ctx)}${s(']', 'special')}`;
    }
    ctx.indentationLvl -= 2;
    return text;
  } catch (err) {
    return `${s(`[${label}:`, 'special')} <Inspection threw (${err.message})>${s(']', 'special')}`;
  }
}

// Identifiers print bare, other strings quoted; hidden keys and symbols in
// brackets.
function formatKey(ctx, key, desc) {
  if (typeof key === 'symbol') {
    return `[${ctx.stylize(escapeAll(symbolToString.call(key)), 'symbol')}]`;
  }
  // Quoted so it cannot be mistaken for the prototype.
  if (key === '__proto__') return "['__proto__']";
  if (desc.enumerable === false) return `[${escapeAll(String(key))}]`;
  if (/^[a-zA-Z_][a-zA-Z_0-9]*$/.test(key)) return ctx.stylize(key, 'name');
  return ctx.stylize(strEscape(key), 'string');
}

// ---------------------------------------------------------------------------
// Layout

// Whether `entries` fit in breakLength next to `start` columns of other
// text (one column per entry is counted for its separator).
function fitsOnOneLine(ctx, entries, start, base) {
  let total = entries.length + start;
  if (total + entries.length > ctx.breakLength) return false;
  for (const entry of entries) {
    total += ctx.colors ? removeColors(entry).length : entry.length;
    if (total > ctx.breakLength) return false;
  }
  return base === '' || !base.includes('\n');
}

// Puts entries between their braces: on one line when the object is among
// the innermost `compact` levels and the line fits (with its indentation,
// braces and separators) in breakLength; else one entry per line, runs of
// short array items grouped in columns first. compact: true instead fills
// lines up to breakLength with the braces on them.
function layoutEntries(ctx, output, base, braces, layout, depthSoFar, value) {
  if (ctx.compact === true) {
    if (fitsOnOneLine(ctx, output, 0, base)) {
      return `${braces[0]}${base ? ` ${base}` : ''} ${output.join(', ')} ${braces[1]}`;
    }
    const indentation = ' '.repeat(ctx.indentationLvl);
    const afterOpen = base === '' && braces[0].length === 1 ?
      ' ' : `${base ? ` ${base}` : ''}\n${indentation}  `;
    return `${braces[0]}${afterOpen}${output.join(`,\n${indentation}  `)} ${braces[1]}`;
  }

  const prefix = base ? `${base} ` : '';
  if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
    const count = output.length;
    if (layout === ARRAY_EXTRA && count > 6) output = groupArrayElements(ctx, output, value);
    // Grouped rows always go on lines of their own.
    if (ctx.currentDepth - depthSoFar < ctx.compact && count === output.length) {
      const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
      if (fitsOnOneLine(ctx, output, start, base)) {
        const line = output.join(', ');
        if (!line.includes('\n')) return `${prefix}${braces[0]} ${line} ${braces[1]}`;
      }
    }
  }
  const newline = `\n${' '.repeat(ctx.indentationLvl)}`;
  return `${prefix}${braces[0]}${newline}  ${output.join(`,${newline}  `)}${newline}${braces[1]}`;
}

// Lays many short array entries out in aligned columns, roughly a square
// (a character being about 2.5 times as tall as wide); numbers (and bigints)
// are right-aligned, anything else left-aligned. A trailing "... more
// items" entry stays out of the grid. Returns `output` itself when the
// entries are unsuited (too long, or too different in length).
function groupArrayElements(ctx, output, value) {
  const separatorSpace = 2; // ', '
  let cellCount = output.length;
  if (ctx.maxArrayLength < output.length) cellCount--;
  const widths = [];
  let totalLength = 0;
  let maxLength = 0;
  for (let i = 0; i < cellCount; i++) {
    const width = getStringWidth(output[i], ctx.colors);
    widths.push(width);
    totalLength += width + separatorSpace;
    maxLength = Math.max(maxLength, width);
  }
  const actualMax = maxLength + separatorSpace;
  // Three columns must fit, and no entry may dwarf the others.
  if (actualMax * 3 + ctx.indentationLvl >= ctx.breakLength ||
      (totalLength / actualMax <= 5 && maxLength > 6)) {
    return output;
  }

  const averageBias = Math.sqrt(actualMax - totalLength / output.length);
  const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
  const columns = Math.min(
    Math.round(Math.sqrt(2.5 * biasedMax * cellCount) / biasedMax),
    Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
    ctx.compact * 4,
    15,
  );
  if (columns <= 1) return output;

  const columnWidths = [];
  for (let col = 0; col < columns; col++) {
    let widest = 0;
    for (let i = col; i < output.length; i += columns) {
      if (widths[i] > widest) widest = widths[i];
    }
    columnWidths.push(widest + separatorSpace);
  }
  let alignRight = true;
  if (value !== undefined) {
    for (let i = 0; i < output.length; i++) {
      if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') {
        alignRight = false;
        break;
      }
    }
  }

  const rows = [];
  for (let rowStart = 0; rowStart < cellCount; rowStart += columns) {
    const rowEnd = Math.min(rowStart + columns, cellCount);
    let row = '';
    for (let i = rowStart; i < rowEnd; i++) {
      const last = i === rowEnd - 1;
      const cell = last ? output[i] : `${output[i]}, `;
      // Pad by visible width: color codes take no room on screen.
      const target = columnWidths[i - rowStart] + output[i].length - widths[i] -
        (last ? separatorSpace : 0);
      if (alignRight) {
        row += cell.padStart(target, ' ');
      } else {
        row += last ? cell : cell.padEnd(target, ' ');
      }
    }
    rows.push(row);
  }
  if (ctx.maxArrayLength < output.length) rows.push(output[cellCount]);
  return rows;
}

// ---------------------------------------------------------------------------
// Primitives

// The escape of a code unit a quoted string must not contain raw.
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
      return `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`;
  }
}

// Control characters, C1 controls, backslash, lone surrogates, and (unless
// another quote is used) the single quote.
const needsEscapeSingle =
  /[\x00-\x1f\x27\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const needsEscapeOther =
  /[\x00-\x1f\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const escapeSingleGlobal = new RegExp(needsEscapeSingle.source, 'g');
const escapeOtherGlobal = new RegExp(needsEscapeOther.source, 'g');

function escapeMatch(match) {
  return escapeCodeUnit(match.charCodeAt(0));
}

// Escapes as inside single quotes, adding no quotes (symbols, hidden keys).
function escapeAll(str) {
  return str.replace(escapeSingleGlobal, escapeMatch);
}

// Quotes a string the way node does: single quotes, unless it contains one;
// then double quotes, or backticks when it contains both (and no backtick or
// `${`); failing all that, single quotes with \' escapes.
function strEscape(str) {
  let quote = "'";
  if (str.includes("'")) {
    if (!str.includes('"')) {
      quote = '"';
    } else if (!str.includes('`') && !str.includes('${')) {
      quote = '`';
    }
  }
  const single = quote === "'";
  if ((single ? needsEscapeSingle : needsEscapeOther).test(str)) {
    str = str.replace(single ? escapeSingleGlobal : escapeOtherGlobal, escapeMatch);
  }
  return `${quote}${str}${quote}`;
}

function formatPrimitive(fn, value, ctx) {
  switch (typeof value) {
    case 'string': return formatString(fn, value, ctx);
    case 'number': return formatNumber(fn, value, ctx.numericSeparator);
    case 'bigint': return formatBigInt(fn, value, ctx.numericSeparator);
    case 'boolean': return fn(`${value}`, 'boolean');
    case 'undefined': return fn('undefined', 'undefined');
    default: return fn(symbolToString.call(value), 'symbol');
  }
}

function formatString(fn, value, ctx) {
  let trailer = '';
  if (value.length > ctx.maxStringLength) {
    const rest = value.length - ctx.maxStringLength;
    value = value.slice(0, ctx.maxStringLength);
    trailer = `... ${rest} more character${rest > 1 ? 's' : ''}`;
  }
  // A long string prints one quoted piece per line, joined with ` +`. Its
  // length is counted in code units, not columns, as node does.
  if (ctx.compact !== true && value.length > kMinLineWidth &&
      value.length > ctx.breakLength - ctx.indentationLvl - 4) {
    const pieces = value.split(/(?<=\n)/).map((line) => fn(strEscape(line), 'string'));
    return pieces.join(` +\n${' '.repeat(ctx.indentationLvl + 2)}`) + trailer;
  }
  return fn(strEscape(value), 'string') + trailer;
}

// '1234567' -> '1_234_567' (a leading minus sign stays out of the groups).
function groupDigitsFromEnd(digits) {
  const signLength = digits.startsWith('-') ? 1 : 0;
  let end = digits.length;
  let groups = '';
  while (end >= signLength + 4) {
    groups = `_${digits.slice(end - 3, end)}${groups}`;
    end -= 3;
  }
  return digits.slice(0, end) + groups;
}

// '1234567' -> '123_456_7' (digits after the decimal point).
function groupDigitsFromStart(digits) {
  let out = '';
  let start = 0;
  for (; start < digits.length - 3; start += 3) out += `${digits.slice(start, start + 3)}_`;
  return out + digits.slice(start);
}

function formatNumber(fn, number, numericSeparator) {
  if (!numericSeparator) {
    return fn(Object.is(number, -0) ? '-0' : `${number}`, 'number');
  }
  const text = String(number);
  if (Math.trunc(number) === number) {
    if (!Number.isFinite(number) || text.includes('e')) return fn(text, 'number');
    return fn(groupDigitsFromEnd(text), 'number');
  }
  if (Number.isNaN(number)) return fn(text, 'number');
  // Node splits the text at its '.', even in exponent notation without one
  // (1e-7 prints as '1e-.1e-_7'); reproduced as is.
  const dot = text.indexOf('.');
  const whole = groupDigitsFromEnd(text.slice(0, dot));
  return fn(`${whole}.${groupDigitsFromStart(text.slice(dot + 1))}`, 'number');
}

function formatBigInt(fn, bigint, numericSeparator) {
  const text = String(bigint);
  return fn(`${numericSeparator ? groupDigitsFromEnd(text) : text}n`, 'bigint');
}

// ---------------------------------------------------------------------------
// Text width

// ANSI escape sequences: OSC strings ending in BEL, ESC \ or ST, and CSI
// sequences (parameters, then one final byte), introduced by ESC or CSI.
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
  if (typeof str !== 'string') throw new (codes().ERR_INVALID_ARG_TYPE)('str', 'string', str);
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
  if (removeControlChars) str = stripVTControlCharacters(str);
  let width = 0;
  for (let i = 0; i < str.length; i++) {
    const code = str.charCodeAt(i);
    if (code >= 127) {
      // Past the ASCII prefix, measure per code point of the composed form.
      for (const char of str.slice(i).normalize('NFC')) {
        width += codePointWidth(char, char.codePointAt(0));
      }
      break;
    }
    if (code >= 32) width++;
  }
  return width;
}

// ---------------------------------------------------------------------------
// util.format

// JSON.stringify's message for a cycle differs per engine; learn it by
// provoking one, the first time %j meets an error.
let circularJsonMessage;
function firstLine(err) {
  return String(err && err.message).split('\n')[0];
}

function stringifyForFormat(value) {
  try {
    return JSON.stringify(value);
  } catch (err) {
    if (circularJsonMessage === undefined) {
      const cycle = {};
      cycle.self = cycle;
      try {
        JSON.stringify(cycle);
      } catch (cycleError) {
        circularJsonMessage = firstLine(cycleError);
      }
    }
    if (err && err.name === 'TypeError' && firstLine(err) === circularJsonMessage) {
      return '[Circular]';
    }
    throw err;
  }
}

// Whether %s should inspect an object instead of converting it: yes unless
// a user-defined toString or Symbol.toPrimitive is in the way.
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
  let owner = value;
  while (owner !== null && !hasOwn(owner, key)) owner = getPrototypeOf(owner);
  if (owner === null || owner === value) return false;
  const desc = getOwnPropertyDescriptor(owner, 'constructor');
  return desc !== undefined && typeof desc.value === 'function' && isBuiltinName(desc.value.name);
}

// The text for placeholder `%<letter>` given its argument, or undefined when
// the letter is no placeholder.
function convertPlaceholder(letter, arg, inspectOptions) {
  switch (letter) {
    case 's':
      if (typeof arg === 'number') return formatNumber(stylizeNoColor, arg, false);
      if (typeof arg === 'bigint') return formatBigInt(stylizeNoColor, arg, false);
      if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg)) return String(arg);
      return inspect(arg, { ...inspectOptions, depth: 0, colors: false, compact: 3 });
    case 'j':
      return `${stringifyForFormat(arg)}`;
    case 'd':
      if (typeof arg === 'bigint') return formatBigInt(stylizeNoColor, arg, false);
      if (typeof arg === 'symbol') return 'NaN';
      return formatNumber(stylizeNoColor, Number(arg), false);
    case 'i':
      if (typeof arg === 'bigint') return formatBigInt(stylizeNoColor, arg, false);
      if (typeof arg === 'symbol') return 'NaN';
      return formatNumber(stylizeNoColor, Number.parseInt(arg), false);
    case 'f':
      if (typeof arg === 'symbol') return 'NaN';
      return formatNumber(stylizeNoColor, Number.parseFloat(arg), false);
    case 'O':
      return inspect(arg, inspectOptions);
    case 'o':
      return inspect(arg, { ...inspectOptions, showHidden: true, showProxy: true, depth: 4 });
    case 'c':
      // CSS has no meaning in a terminal; the argument is consumed.
      return '';
    default:
      return undefined;
  }
}

// A leading format string has its placeholders replaced by the arguments
// they consume (`%%` is a literal `%`; placeholders with no argument left
// stay as written); the remaining arguments follow, space-separated,
// strings as they are and anything else inspected.
function formatWithOptionsInternal(inspectOptions, args) {
  const first = args[0];
  let out = '';
  let next = 0;
  if (typeof first === 'string') {
    if (args.length === 1) return first;
    next = 1;
    let copied = 0; // first[0, copied) has been dealt with
    for (let pos = first.indexOf('%'); pos !== -1 && pos < first.length - 1;
      pos = first.indexOf('%', pos + 2)) {
      const letter = first[pos + 1];
      if (letter === '%') {
        out += first.slice(copied, pos + 1);
        copied = pos + 2;
      } else if (next < args.length) {
        const text = convertPlaceholder(letter, args[next], inspectOptions);
        if (text !== undefined) {
          out += first.slice(copied, pos) + text;
          copied = pos + 2;
          next++;
        }
      }
    }
    out += first.slice(copied);
  }
  for (; next < args.length; next++) {
    const value = args[next];
    if (next !== 0) out += ' ';
    out += typeof value === 'string' ? value : inspect(value, inspectOptions);
  }
  return out;
}

function format(...args) {
  return formatWithOptionsInternal(undefined, args);
}

function formatWithOptions(inspectOptions, ...args) {
  if (inspectOptions === null ||
      (typeof inspectOptions !== 'object' && typeof inspectOptions !== 'function')) {
    throw new (codes().ERR_INVALID_ARG_TYPE)('inspectOptions', 'object', inspectOptions);
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
  // err.stack as text, V8-style on every engine (a SpiderMonkey frame list
  // gets a header and `    at` lines).
  getStackString,
  stylizeWithColor,
  stylizeNoColor,
  identicalSequenceRange,
};
