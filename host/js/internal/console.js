'use strict';
// The Console class of node's `console` module. Streams are any objects with
// a write(string) method. Every call produces exactly one write() of the full
// text, trailing newline included: nothing is buffered here, so output
// interleaves with other writers exactly as the calls were made.

// inspect is loaded on first need: console.log('text') never needs it, and
// start-up time is a goal.
let inspectModule;
function inspectLib() {
  if (inspectModule === undefined) inspectModule = require('internal/util/inspect');
  return inspectModule;
}
const inspect = (...args) => inspectLib().inspect(...args);
const formatWithOptions = (...args) => inspectLib().formatWithOptions(...args);
const getStringWidth = (...args) => inspectLib().getStringWidth(...args);
const getStackString = (...args) => inspectLib().getStackString(...args);
const types = {
  isMap: (v) => require('internal/util/types').isMap(v),
  isSet: (v) => require('internal/util/types').isSet(v),
};

const kColorInspectOptions = { colors: true };
const kNoColorInspectOptions = {};
const kMaxGroupIndentation = 1000;

// --- Clock ------------------------------------------------------------------
// console.time reads a monotonic clock: a bigint of nanoseconds (exact
// differences, like node's process.hrtime) or a number of milliseconds. It is
// a module-level hook so the host (or a test) can substitute its own.

function defaultClock() {
  if (typeof bindings.hrtime === 'function') {
    const t = bindings.hrtime();
    // Accept the shapes of process.hrtime.bigint(), process.hrtime() and a
    // plain nanosecond count.
    if (typeof t === 'bigint') return t;
    if (Array.isArray(t)) return BigInt(t[0]) * 1000000000n + BigInt(t[1]);
    return t / 1e6;
  }
  if (typeof performance === 'object' && performance !== null &&
      typeof performance.now === 'function') {
    return performance.now();
  }
  return Date.now();
}

let clock = defaultClock;
function setClock(fn) {
  clock = typeof fn === 'function' ? fn : defaultClock;
}

// Milliseconds between two clock readings, computed from whole seconds and
// nanoseconds as node does so the rounding is the same.
function elapsedMs(start, end) {
  if (typeof start === 'bigint' && typeof end === 'bigint') {
    const ns = end - start;
    return Number(ns / 1000000000n) * 1000 + Number(ns % 1000000000n) / 1e6;
  }
  return Number(end) - Number(start);
}

// Node reports misuse (unknown labels, ...) as process warnings, which live
// outside this module; the host installs the reporter.
let emitWarning = () => {};
function setEmitWarning(fn) {
  emitWarning = typeof fn === 'function' ? fn : () => {};
}

// --- Errors -----------------------------------------------------------------
// Loaded on first use: errors and validators require inspect themselves.

function errors() {
  return require('internal/errors').codes;
}

function validators() {
  return require('internal/validators');
}

// --- Time formatting ----------------------------------------------------------

const kSecond = 1000;
const kMinute = 60 * kSecond;
const kHour = 60 * kMinute;

function twoDigits(value) {
  return `${value}`.padStart(2, '0');
}

// '1.234ms', '2.500s', '1:02.345 (m:ss.mmm)', '1:02:03.456 (h:mm:ss.mmm)'.
function formatTime(ms) {
  if (ms < kSecond) return `${Number(ms.toFixed(3))}ms`;
  if (ms < kMinute) return `${(ms / kSecond).toFixed(3)}s`;
  const hours = ms >= kHour ? Math.floor(ms / kHour) : 0;
  const rest = ms >= kHour ? ms % kHour : ms;
  const minutes = Math.floor(rest / kMinute);
  // Rounding the seconds to milliseconds may carry into '60.000'; node keeps that.
  const [seconds, millis] = ((rest % kMinute) / kSecond).toFixed(3).split('.');
  if (hours !== 0) return `${hours}:${twoDigits(minutes)}:${twoDigits(seconds)}.${millis} (h:mm:ss.mmm)`;
  return `${minutes}:${twoDigits(seconds)}.${millis} (m:ss.mmm)`;
}

// --- console.table ------------------------------------------------------------

const box = {
  topLeft: '┌', topMiddle: '┬', topRight: '┐',
  leftMiddle: '├', rowMiddle: '┼', rightMiddle: '┤',
  bottomLeft: '└', bottomMiddle: '┴', bottomRight: '┘',
  line: '─', left: '│ ', middle: ' │ ', right: ' │',
};

// One table row; cells are left-aligned in their columns.
function renderRow(cells, widths) {
  let out = box.left;
  for (let i = 0; i < cells.length; i++) {
    out += cells[i] + ' '.repeat(widths[i] - getStringWidth(cells[i]));
    if (i !== cells.length - 1) out += box.middle;
  }
  return out + box.right;
}

// Draws `head` over `columns` (one array of cell strings per column; holes
// are empty cells).
function renderTable(head, columns) {
  const widths = head.map((h) => getStringWidth(h));
  const rowCount = Math.max(...columns.map((c) => c.length));
  const rows = [];
  for (let j = 0; j < rowCount; j++) {
    const row = [];
    for (let i = 0; i < head.length; i++) {
      const cell = Object.prototype.hasOwnProperty.call(columns[i], j) ? columns[i][j] : '';
      row.push(cell);
      widths[i] = Math.max(widths[i] || 0, getStringWidth(cell));
    }
    rows.push(row);
  }
  const rule = widths.map((w) => box.line.repeat(w + 2));
  let out = `${box.topLeft}${rule.join(box.topMiddle)}${box.topRight}\n`;
  out += `${renderRow(head, widths)}\n`;
  out += `${box.leftMiddle}${rule.join(box.rowMiddle)}${box.rightMiddle}\n`;
  for (const row of rows) out += `${renderRow(row, widths)}\n`;
  out += `${box.bottomLeft}${rule.join(box.bottomMiddle)}${box.bottomRight}`;
  return out;
}

// --- Console ------------------------------------------------------------------

// Internal state lives behind symbols so it neither shows up nor collides
// with user properties.
const kGroupIndent = Symbol('kGroupIndent');
const kGroupIndentWidth = Symbol('kGroupIndentWidth');
const kCounts = Symbol('kCounts');
const kColorMode = Symbol('kColorMode');
const kInspectOptions = Symbol('kInspectOptions');

function isWritable(stream) {
  return stream != null && typeof stream.write === 'function';
}

// Accepts `new Console(stdout[, stderr[, ignoreErrors]])` and
// `new Console({ stdout, stderr, ignoreErrors, colorMode, inspectOptions,
// groupIndentation })`; like node's, it also works without `new`.
function Console(options /* or: stdout, stderr, ignoreErrors */) {
  if (new.target === undefined) return Reflect.construct(Console, arguments);

  if (!options || typeof options.write === 'function') {
    options = { stdout: options, stderr: arguments[1], ignoreErrors: arguments[2] };
  }
  const {
    stdout,
    stderr = stdout,
    ignoreErrors = true,
    colorMode = 'auto',
    inspectOptions,
    groupIndentation,
  } = options;

  if (!isWritable(stdout)) throw new (errors().ERR_CONSOLE_WRITABLE_STREAM)('stdout');
  if (!isWritable(stderr)) throw new (errors().ERR_CONSOLE_WRITABLE_STREAM)('stderr');
  if (colorMode !== 'auto') validators().validateOneOf(colorMode, 'colorMode', ['auto', true, false]);
  if (groupIndentation !== undefined) {
    validators().validateInteger(groupIndentation, 'groupIndentation', 0, kMaxGroupIndentation);
  }
  if (inspectOptions !== undefined) {
    validators().validateObject(inspectOptions, 'options.inspectOptions');
    if (inspectOptions.colors !== undefined && options.colorMode !== undefined) {
      throw new (errors().ERR_INCOMPATIBLE_OPTION_PAIR)('options.inspectOptions.color', 'colorMode');
    }
  }

  // Methods work detached (`const { log } = console`), as in node. They are
  // looked up on `this` so a subclass's overrides are the ones bound.
  for (const key of Object.keys(Console.prototype)) {
    this[key] = this[key].bind(this);
    Object.defineProperty(this[key], 'name', { value: key });
  }

  const hidden = (value) => ({ value, writable: true, enumerable: false, configurable: true });
  Object.defineProperties(this, {
    _stdout: hidden(stdout),
    _stderr: hidden(stderr),
    _ignoreErrors: hidden(Boolean(ignoreErrors)),
    _times: hidden(new Map()),
    [kCounts]: hidden(new Map()),
    [kColorMode]: hidden(colorMode),
    [kInspectOptions]: hidden(inspectOptions),
    [kGroupIndent]: hidden(''),
    [kGroupIndentWidth]: hidden(groupIndentation ?? 2),
  });
}

function isStackOverflow(err) {
  return err !== null && typeof err === 'object' &&
    (err.name === 'RangeError' || err.name === 'InternalError') &&
    typeof err.message === 'string' &&
    (err.message.includes('call stack') || err.message.includes('too much recursion') ||
     err.message.includes('stack overflow'));
}

// Writes one finished message: group indentation on every line, then '\n'.
function writeTo(console, useStdout, text) {
  const stream = useStdout ? console._stdout : console._stderr;
  const indent = console[kGroupIndent];
  if (indent.length !== 0) {
    if (text.includes('\n')) text = text.replaceAll('\n', `\n${indent}`);
    text = indent + text;
  }
  text += '\n';
  if (!console._ignoreErrors) {
    stream.write(text);
    return;
  }
  try {
    stream.write(text);
  } catch (err) {
    // A debugging aid should not throw because its output broke, but running
    // out of stack must still surface.
    if (isStackOverflow(err)) throw err;
  }
}

function shouldColorize(stream) {
  return Boolean(stream && stream.isTTY) &&
    (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true);
}

// The inspect options for output to `stream`.
function inspectOptionsFor(console, stream) {
  let color = console[kColorMode];
  if (color === 'auto') color = shouldColorize(stream);
  const options = console[kInspectOptions];
  if (options) {
    if (options.colors === undefined) options.colors = color;
    return options;
  }
  return color ? kColorInspectOptions : kNoColorInspectOptions;
}

function formatFor(console, stream, args) {
  // Plain strings with no format directive are just joined, as format() would.
  if (args.length !== 0 && typeof args[0] === 'string' && !args[0].includes('%')) {
    let text = args[0];
    for (let i = 1; i < args.length; i++) {
      if (typeof args[i] !== 'string') return formatWithOptions(inspectOptionsFor(console, stream), ...args);
      text += ' ' + args[i];
    }
    return text;
  }
  return formatWithOptions(inspectOptionsFor(console, stream), ...args);
}

function timeLogImpl(console, name, label, data) {
  const start = console._times.get(label);
  if (start === undefined) {
    emitWarning(`No such label '${label}' for console.${name}()`);
    return false;
  }
  const formatted = formatTime(elapsedMs(start, clock()));
  if (data === undefined) {
    console.log('%s: %s', label, formatted);
  } else {
    console.log('%s: %s', label, formatted, ...data);
  }
  return true;
}

// The frames of a fresh stack, V8-style, starting at the caller of `fn`.
function stackFromCaller(header, fn) {
  const holder = { name: header.name, message: header.message };
  if (typeof Error.captureStackTrace === 'function') {
    Error.captureStackTrace(holder, fn);
    return getStackString(holder);
  }
  // Without captureStackTrace: take a stack here and drop our own frames,
  // asking for two more frames where the engine honours a limit.
  const limit = Error.stackTraceLimit;
  if (typeof limit === 'number') Error.stackTraceLimit = limit + 2;
  let text;
  try {
    text = getStackString(new Error());
  } finally {
    if (typeof limit === 'number') Error.stackTraceLimit = limit;
  }
  const frames = text.slice(text.indexOf('\n    at') + 1).split('\n');
  const own = frames.findIndex((line) => /^ {4}at (?:\S+\.)?trace \(/.test(line));
  frames.splice(0, own === -1 ? 1 : own + 1);
  const title = header.message === '' ? header.name : `${header.name}: ${header.message}`;
  return frames.length === 0 ? title : `${title}\n${frames.join('\n')}`;
}

const iterKey = '(iteration index)';
const keyKey = 'Key';
const valuesKey = 'Values';
const indexKey = '(index)';

const consoleMethods = {
  log(...args) {
    writeTo(this, true, formatFor(this, this._stdout, args));
  },

  warn(...args) {
    writeTo(this, false, formatFor(this, this._stderr, args));
  },

  dir(object, options) {
    writeTo(this, true, inspect(object, {
      customInspect: false,
      ...inspectOptionsFor(this, this._stdout),
      ...options,
    }));
  },

  time(label = 'default') {
    label = `${label}`;
    if (this._times.has(label)) {
      emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    this._times.set(label, clock());
  },

  timeEnd(label = 'default') {
    label = `${label}`;
    if (timeLogImpl(this, 'timeEnd', label)) this._times.delete(label);
  },

  timeLog(label = 'default', ...data) {
    label = `${label}`;
    timeLogImpl(this, 'timeLog', label, data);
  },

  trace: function trace(...args) {
    const message = formatFor(this, this._stderr, args);
    this.error(stackFromCaller({ name: 'Trace', message }, trace));
  },

  assert(expression, ...args) {
    if (!expression) {
      args[0] = `Assertion failed${args.length === 0 ? '' : `: ${args[0]}`}`;
      // warn() formats the remaining arguments.
      this.warn(...args);
    }
  },

  // Only a terminal can be cleared: cursor home, then erase below.
  clear() {
    if (this._stdout.isTTY) this._stdout.write('\u001b[1;1H\u001b[0J');
  },

  count(label = 'default') {
    label = `${label}`;
    const counts = this[kCounts];
    const count = (counts.get(label) ?? 0) + 1;
    counts.set(label, count);
    this.log(`${label}: ${count}`);
  },

  countReset(label = 'default') {
    label = `${label}`;
    const counts = this[kCounts];
    if (!counts.has(label)) {
      emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    counts.delete(label);
  },

  group(...data) {
    if (data.length > 0) this.log(...data);
    this[kGroupIndent] += ' '.repeat(this[kGroupIndentWidth]);
  },

  groupEnd() {
    this[kGroupIndent] = this[kGroupIndent].slice(
      0, this[kGroupIndent].length - this[kGroupIndentWidth]);
  },

  table(tabularData, properties) {
    if (properties !== undefined) validators().validateArray(properties, 'properties');
    if (tabularData === null || typeof tabularData !== 'object') return this.log(tabularData);

    const print = (head, columns) => this.log(renderTable(head, columns));
    // Cells are one-line previews; objects with many keys collapse entirely.
    const cell = (v) => {
      const depth = v !== null && typeof v === 'object' && !Array.isArray(v) &&
        Object.keys(v).length > 2 ? -1 : 0;
      return inspect(v, {
        depth,
        maxArrayLength: 3,
        breakLength: Infinity,
        ...inspectOptionsFor(this, this._stdout),
      });
    };
    const indexColumn = (length) => Array.from({ length }, (_, i) => cell(i));

    if (types.isMap(tabularData)) {
      const keys = [];
      const values = [];
      for (const [k, v] of Map.prototype.entries.call(tabularData)) {
        keys.push(cell(k));
        values.push(cell(v));
      }
      return print([iterKey, keyKey, valuesKey], [indexColumn(keys.length), keys, values]);
    }

    if (types.isSet(tabularData)) {
      const values = [];
      for (const v of Set.prototype.values.call(tabularData)) values.push(cell(v));
      return print([iterKey, valuesKey], [indexColumn(values.length), values]);
    }

    // One row per own enumerable key; one column per property of the rows
    // (or per entry of `properties`), plus 'Values' for primitive rows.
    const columns = { __proto__: null };
    let hasPrimitives = false;
    const primitiveColumn = [];
    const rowKeys = Object.keys(tabularData);
    for (let i = 0; i < rowKeys.length; i++) {
      const item = tabularData[rowKeys[i]];
      const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
      if (properties === undefined && primitive) {
        hasPrimitives = true;
        primitiveColumn[i] = cell(item);
      } else {
        for (const key of properties || Object.keys(item)) {
          columns[key] ??= [];
          columns[key][i] = (primitive && properties) ||
            !Object.prototype.hasOwnProperty.call(item, key) ? '' : cell(item[key]);
        }
      }
    }
    const head = Object.keys(columns);
    const body = Object.values(columns);
    if (hasPrimitives) {
      head.push(valuesKey);
      body.push(primitiveColumn);
    }
    head.unshift(indexKey);
    body.unshift(rowKeys);
    return print(head, body);
  },
};

consoleMethods.debug = consoleMethods.log;
consoleMethods.info = consoleMethods.log;
consoleMethods.dirxml = consoleMethods.log;
consoleMethods.error = consoleMethods.warn;
consoleMethods.groupCollapsed = consoleMethods.group;

// Plain assignment: enumerable, in node's order.
Object.assign(Console.prototype, consoleMethods);

module.exports = {
  Console,
  formatTime,
  setClock,
  setEmitWarning,
};
