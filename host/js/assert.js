'use strict';
// Node's `assert` module. Test suites print and match the AssertionError
// messages, so every generated message is node 20's, byte for byte: the
// `+ actual - expected` line diff with its collapsing and truncation rules,
// the short `1 !== 2` form, the "falsy value" message that quotes the call
// from the caller's source. tools/jsdev/check-assert.js compares whole error
// objects with node's over many value shapes.

// The error classes are made on first use (codes is lazy), so they are only
// looked up where thrown.
const { codes } = require('internal/errors');

const kInspectCustom = Symbol.for('nodejs.util.inspect.custom');

// Loaded on first use: most programs never fail an assertion.
let inspectModule;
function inspect(value, options) {
  inspectModule ??= require('internal/util/inspect');
  return inspectModule.inspect(value, options);
}

let comparisons;
function lazyComparisons() {
  comparisons ??= require('internal/util/comparisons');
  return comparisons;
}

let validators;
function lazyValidators() {
  validators ??= require('internal/validators');
  return validators;
}

let types;
function lazyTypes() {
  types ??= require('internal/util/types');
  return types;
}

function emitWarning(...args) {
  const process = globalThis.process;
  if (process && typeof process.emitWarning === 'function') process.emitWarning(...args);
}

// ---- AssertionError ----------------------------------------------------------------

const kReadableOperator = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

// Two single-line values shorter than this together are shown as `a !== b`.
const kMaxShortLength = 12;

// Colours for the diff. Node decides when a message is generated, and only
// while stderr is a terminal (otherwise the last decision stands): FORCE_COLOR
// if set, else the terminal's colour depth, else colours.
let blue = '';
let green = '';
let red = '';
let white = '';

function pickColors() {
  const process = globalThis.process;
  const stderr = process?.stderr;
  if (!stderr || !stderr.isTTY) return;
  const force = process.env?.FORCE_COLOR;
  let on;
  if (force !== undefined) on = force === '' || force === '1' || force === 'true' || force === '2' || force === '3';
  else on = typeof stderr.getColorDepth === 'function' ? stderr.getColorDepth() > 2 : true;
  blue = on ? '\u001b[34m' : '';
  green = on ? '\u001b[32m' : '';
  white = on ? '\u001b[39m' : '';
  red = on ? '\u001b[31m' : '';
}

// Fixed options, whatever util.inspect.defaultOptions say: the message must
// show what the comparison looked at (enumerable own properties, getters
// included) in a stable order.
function inspectValue(value) {
  return inspect(value, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
  });
}

// An error's stack would make two otherwise equal errors differ in the diff,
// so they are shown through copies without one.
function copyError(source) {
  const target = Object.assign(Object.create(Object.getPrototypeOf(source)), source);
  Object.defineProperty(target, 'message', { value: source.message, writable: true, configurable: true });
  return target;
}

// The lines that stay visible around changed ones: up to two identical lines
// after a change are printed as they come; before the next change, the last
// one or two identical lines are printed again (with `...` for the skipped
// middle when more than five lines were identical).
function contextBefore(lines, i, identical, state) {
  if (identical <= 2) return '';
  let out = '';
  if (identical > 3) {
    if (identical > 4) {
      if (identical === 5) {
        out += `\n  ${lines[i - 3]}`;
        state.printed++;
      } else {
        out += `\n${blue}...${white}`;
        state.skipped = true;
      }
    }
    out += `\n  ${lines[i - 2]}`;
    state.printed++;
  }
  out += `\n  ${lines[i - 1]}`;
  state.printed++;
  return out;
}

// A custom message (strictEqual and deepStrictEqual only) takes the place of
// the header line; the diff below it stays.
function createErrDiff(actual, expected, operator, message) {
  const actualInspected = inspectValue(actual);
  const actualLines = actualInspected.split('\n');
  const expectedLines = inspectValue(expected).split('\n');

  // Counts identical trailing lines below; a short common prefix of a
  // single-line pair counts towards it too (node's counter is shared).
  let common = 0;
  let indicator = '';

  if (operator === 'strictEqual' &&
      ((typeof actual === 'object' && actual !== null && typeof expected === 'object' && expected !== null) ||
       (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }

  if (actualLines.length === 1 && expectedLines.length === 1 && actualLines[0] !== expectedLines[0]) {
    const a = actualLines[0];
    const b = expectedLines[0];
    const inputLength = a.length + b.length;
    if (inputLength <= kMaxShortLength) {
      if ((typeof actual !== 'object' || actual === null) &&
          (typeof expected !== 'object' || expected === null) &&
          (actual !== 0 || expected !== 0)) {
        return `${message ? `${message}` : kReadableOperator[operator]}\n\n${a} !== ${b}\n`;
      }
    } else if (operator !== 'strictEqualObject') {
      const stderr = globalThis.process?.stderr;
      const maxLength = stderr && stderr.isTTY ? stderr.columns : 80;
      if (inputLength < maxLength) {
        while (a[common] === b[common]) common++;
        // A caret under the first difference, unless it is right at the start.
        if (common > 2) {
          indicator = `\n  ${' '.repeat(common)}^`;
          common = 0;
        }
      }
    }
  }

  // Identical trailing lines: the last three are kept for the end, the one
  // above them (if any) is remembered, the rest is skipped.
  let end = '';
  let other = '';
  let skipped = false;
  while (actualLines.length !== 0 && expectedLines.length !== 0 &&
         actualLines[actualLines.length - 1] === expectedLines[expectedLines.length - 1]) {
    const line = actualLines[actualLines.length - 1];
    if (common++ < 3) {
      end = `\n  ${line}${end}`;
    } else {
      other = line;
    }
    actualLines.pop();
    expectedLines.pop();
  }

  const maxLines = Math.max(actualLines.length, expectedLines.length);
  if (maxLines === 0) {
    // Equal output, different values (two Symbol('a'), say): show one.
    const lines = actualInspected.split('\n');
    if (lines.length > 50) {
      lines[46] = `${blue}...${white}`;
      lines.length = 47;
    }
    return `${kReadableOperator.notIdentical}\n\n${lines.join('\n')}\n`;
  }

  if (common >= 5) {
    end = `\n${blue}...${white}${end}`;
    skipped = true;
  }
  if (other !== '') {
    end = `\n  ${other}${end}`;
    other = '';
  }

  const state = { printed: 0, skipped };
  let identical = 0;
  let res = '';
  const header = `${message ? `${message}` : kReadableOperator[operator]}\n` +
    `${green}+ actual${white} ${red}- expected${white}`;
  const skippedMsg = ` ${blue}...${white} Lines skipped`;

  // Past the end of the shorter side only the longer one has lines left.
  const actualLonger = actualLines.length >= maxLines;
  const longer = actualLonger ? actualLines : expectedLines;
  const shorterLength = actualLonger ? expectedLines.length : actualLines.length;
  const sign = actualLonger ? `${green}+${white}` : `${red}-${white}`;

  for (let i = 0; i < maxLines; i++) {
    if (i >= shorterLength) {
      res += contextBefore(longer, i, identical, state);
      identical = 0;
      // Expected-only lines wait with the other `-` lines, so that a block
      // of changes reads `+++---` rather than alternating.
      if (actualLonger) res += `\n${sign} ${longer[i]}`;
      else other += `\n${sign} ${longer[i]}`;
      state.printed++;
    } else {
      const expectedLine = expectedLines[i];
      let actualLine = actualLines[i];
      // Lines differing only by a trailing comma (the last item of one side
      // is not the last of the other) count as identical.
      let diverging = actualLine !== expectedLine &&
        (!actualLine.endsWith(',') || actualLine.slice(0, -1) !== expectedLine);
      if (diverging && expectedLine.endsWith(',') && expectedLine.slice(0, -1) === actualLine) {
        diverging = false;
        actualLine += ',';
      }
      if (diverging) {
        res += contextBefore(actualLines, i, identical, state);
        identical = 0;
        res += `\n${green}+${white} ${actualLine}`;
        other += `\n${red}-${white} ${expectedLine}`;
        state.printed += 2;
      } else {
        res += other;
        other = '';
        identical++;
        if (identical <= 2) {
          res += `\n  ${actualLine}`;
          state.printed++;
        }
      }
    }
    // About fifty lines at most.
    if (state.printed > 50 && i < maxLines - 2) {
      return `${header}${skippedMsg}\n${res}\n${blue}...${white}${other}\n${blue}...${white}`;
    }
  }

  return `${header}${state.skipped ? skippedMsg : ''}\n${res}${other}${end}${indicator}`;
}

function generateMessage(actual, expected, operator) {
  if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
    let base = kReadableOperator[operator];
    const lines = inspectValue(actual).split('\n');
    if (operator === 'notStrictEqual' &&
        ((typeof actual === 'object' && actual !== null) || typeof actual === 'function')) {
      base = kReadableOperator.notStrictEqualObject;
    }
    if (lines.length > 50) {
      lines[46] = `${blue}...${white}`;
      lines.length = 47;
    }
    if (lines.length === 1) return `${base}${lines[0].length > 5 ? '\n\n' : ' '}${lines[0]}`;
    return `${base}\n\n${lines.join('\n')}\n`;
  }
  let res = inspectValue(actual);
  let other = inspectValue(expected);
  const known = kReadableOperator[operator];
  if (operator === 'notDeepEqual' && res === other) {
    res = `${known}\n\n${res}`;
    return res.length > 1024 ? `${res.slice(0, 1021)}...` : res;
  }
  if (res.length > 512) res = `${res.slice(0, 509)}...`;
  if (other.length > 512) other = `${other.slice(0, 509)}...`;
  if (operator === 'deepEqual') {
    res = `${known}\n\n${res}\n\nshould loosely deep-equal\n\n`;
  } else {
    const unequal = kReadableOperator[`${operator}Unequal`];
    if (unequal) res = `${unequal}\n\n${res}\n\nshould not loosely deep-equal\n\n`;
    else other = ` ${operator} ${other}`;
  }
  return `${res}${other}`;
}

// V8 and QuickJS write the stack's first line when capturing it, with the
// name at that moment ('AssertionError [ERR_ASSERTION]'), as node shows it.
// Other engines give frames only: V8-style `    at` lines (jsrig's
// SpiderMonkey after Error.captureStackTrace) or a bare `fn@file:line:col`
// list. Those get the header, and the latter V8-style lines, the shape every
// engine prints.
function fixStackHeader(err) {
  let stack;
  try {
    stack = err.stack;
  } catch {
    return;
  }
  if (typeof stack !== 'string') return;
  const header = `${err.name}: ${err.message}`;
  if (stack.startsWith(header)) return;
  let frames = stack.split('\n').filter((line) => line !== '');
  if (frames.every((line) => /^[^@]*@.*:\d+:\d+$/.test(line))) {
    frames = frames.map((line) => {
      const at = line.indexOf('@');
      let fn = line.slice(0, at);
      const location = line.slice(at + 1);
      let prefix = '';
      const star = fn.indexOf('*');
      if (star !== -1) {
        if (fn.slice(0, star) === 'async') prefix = 'async ';
        fn = fn.slice(star + 1);
      }
      return fn === '' ? `    at ${prefix}${location}` : `    at ${prefix}${fn} (${location})`;
    });
  } else if (!frames.every((line) => /^\s+at /.test(line))) {
    return;
  }
  // Without Error.captureStackTrace the frames inside this module are still there.
  if (typeof Error.captureStackTrace !== 'function') {
    const own = ownFileName();
    while (frames.length !== 0 && parseFrame(frames[0])?.file === own) frames = frames.slice(1);
  }
  const out = frames.length === 0 ? header : `${header}\n${frames.join('\n')}`;
  Object.defineProperty(err, 'stack', { value: out, writable: true, enumerable: false, configurable: true });
}

// Error.stackTraceLimit is only touched where the engine has it: creating it
// elsewhere would leave a stray property on Error.
function stackTraceLimitWritable() {
  const desc = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
  if (desc === undefined) return false;
  return Object.prototype.hasOwnProperty.call(desc, 'writable') ? desc.writable : desc.set !== undefined;
}

class AssertionError extends Error {
  constructor(options) {
    lazyValidators().validateObject(options, 'options');
    const { message, operator, stackStartFn, details, stackStartFunction } = options;
    let { actual, expected } = options;

    // The stack is captured below, from the caller's frame; none here.
    const limit = Error.stackTraceLimit;
    const writable = stackTraceLimitWritable();
    if (writable) Error.stackTraceLimit = 0;

    const diff = operator === 'deepStrictEqual' || operator === 'strictEqual';
    if (message != null && !diff) {
      super(String(message));
    } else {
      pickColors();
      // Without a custom message, errors are shown (and kept as .actual and
      // .expected) through copies without their stacks, which would differ.
      if (message == null &&
          typeof actual === 'object' && actual !== null &&
          typeof expected === 'object' && expected !== null &&
          'stack' in actual && actual instanceof Error &&
          'stack' in expected && expected instanceof Error) {
        actual = copyError(actual);
        expected = copyError(expected);
      }
      super(diff ? createErrDiff(actual, expected, operator, message) : generateMessage(actual, expected, operator));
    }

    if (writable) Error.stackTraceLimit = limit;

    this.generatedMessage = !message;
    Object.defineProperty(this, 'name', {
      value: 'AssertionError [ERR_ASSERTION]',
      enumerable: false,
      writable: true,
      configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      for (let i = 0; i < details.length; i++) {
        this[`message ${i}`] = details[i].message;
        this[`actual ${i}`] = details[i].actual;
        this[`expected ${i}`] = details[i].expected;
        this[`operator ${i}`] = details[i].operator;
        this[`stack trace ${i}`] = details[i].stack;
      }
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    if (typeof Error.captureStackTrace === 'function') {
      Error.captureStackTrace(this, stackStartFn || stackStartFunction);
    }
    // The stack keeps the code in its header; the name loses it afterwards.
    fixStackHeader(this);
    this.name = 'AssertionError';
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [kInspectCustom](recurseTimes, ctx) {
    // actual and expected are in the message already: keep them short here.
    const tmpActual = this.actual;
    const tmpExpected = this.expected;
    if (typeof this.actual === 'string') this.actual = addEllipsis(this.actual);
    if (typeof this.expected === 'string') this.expected = addEllipsis(this.expected);
    const result = inspect(this, { ...ctx, customInspect: false, depth: 0 });
    this.actual = tmpActual;
    this.expected = tmpExpected;
    return result;
  }
}

// Node keeps the *end* of a long single-line string here (slice(512), not
// slice(0, 512)); reproduced as is.
function addEllipsis(string) {
  const lines = string.split('\n', 11);
  if (lines.length > 10) {
    lines.length = 10;
    return `${lines.join('\n')}\n...`;
  }
  if (string.length > 512) return `${string.slice(512)}...`;
  return string;
}

// ---- the assertions -------------------------------------------------------------------

function innerFail(obj) {
  if (obj.message instanceof Error) throw obj.message;
  throw new AssertionError(obj);
}

let warnedFail = false;

function fail(actual, expected, message, operator, stackStartFn) {
  const argsLen = arguments.length;
  let internalMessage = false;
  if (actual == null && argsLen <= 1) {
    internalMessage = true;
    message = 'Failed';
  } else if (argsLen === 1) {
    message = actual;
    actual = undefined;
  } else {
    if (!warnedFail) {
      warnedFail = true;
      emitWarning('assert.fail() with more than one argument is deprecated. ' +
        'Please use assert.strictEqual() instead or only pass a message.', 'DeprecationWarning', 'DEP0094');
    }
    if (argsLen === 2) operator = '!=';
  }
  if (message instanceof Error) throw message;
  const err = new AssertionError({
    actual,
    expected,
    operator: operator === undefined ? 'fail' : operator,
    stackStartFn: stackStartFn || fail,
    message,
  });
  if (internalMessage) err.generatedMessage = true;
  throw err;
}

// ---- "The expression evaluated to a falsy value" ------------------------------------
//
// Node quotes the failing call from the caller's source file. We find the call
// site in a stack trace (V8/QuickJS `at f (file:line:col)`, SpiderMonkey
// `f@file:line:col`), read the file through the host, and pick the call
// expression around the reported column with a small tokenizer. Engines
// report different columns for a call (V8: the callee; QuickJS: often an
// argument), which the choice below allows for. When any step fails, node's
// own fallback applies: the message becomes `<value> == true`.

const messageCache = new Map();
let ownFile;

function parseFrame(line) {
  let m = /^\s*at (?:.*? \()?(.+?):(\d+):(\d+)\)?$/.exec(line);
  if (m === null) m = /^[^@]*@(.+?):(\d+):(\d+)$/.exec(line);
  if (m === null) return null;
  return { file: m[1], line: Number(m[2]), column: Number(m[3]) };
}

function stackFrames() {
  const writable = stackTraceLimitWritable();
  const limit = Error.stackTraceLimit;
  if (writable) Error.stackTraceLimit = 50;
  let stack;
  try {
    stack = new Error().stack;
  } catch {}
  if (writable) Error.stackTraceLimit = limit;
  if (typeof stack !== 'string') return [];
  const frames = [];
  for (const line of stack.split('\n')) {
    // Frames without a location (native code) are kept as nulls: node treats
    // a native caller (`[0].forEach(assert)`) as "no source".
    if (/^\s*at /.test(line) || line.includes('@')) frames.push(parseFrame(line));
  }
  return frames;
}

// The file name the engine gives this module in stack traces.
function ownFileName() {
  if (ownFile === undefined) {
    const frames = stackFrames();
    ownFile = frames.length !== 0 && frames[0] !== null ? frames[0].file : null;
  }
  return ownFile;
}

function callSite() {
  const frames = stackFrames();
  if (frames.length === 0 || frames[0] === null) return null;
  ownFile ??= frames[0].file;
  let i = 0;
  while (i < frames.length && frames[i] !== null && frames[i].file === ownFile) i++;
  return i < frames.length ? frames[i] : null;
}

function readSource(file) {
  if (typeof bindings.readSource !== 'function') return undefined;
  let path = file;
  if (path.startsWith('file:')) {
    try {
      path = decodeURIComponent(new URL(path).pathname);
    } catch {
      return undefined;
    }
  }
  try {
    const text = bindings.readSource(path);
    return typeof text === 'string' ? text : undefined;
  } catch {
    return undefined;
  }
}

const kKeywords = new Set([
  'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else',
  'export', 'extends', 'finally', 'for', 'function', 'if', 'in', 'instanceof', 'let', 'new', 'return',
  'switch', 'throw', 'try', 'typeof', 'var', 'void', 'while', 'with', 'yield', 'await', 'of', 'static',
  'enum', 'implements', 'interface', 'package', 'private', 'protected', 'public',
]);
// Keywords after which a `/` starts a regular expression.
const kRegexAfter = new Set([
  'return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else',
  'yield', 'await',
]);

function isIdentStart(c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_' || c === '$' || c === '#' ||
    c === '\\' || c > '\u007f';
}

function isIdentPart(c) {
  return isIdentStart(c) || (c >= '0' && c <= '9');
}

// Tokens of `code` from `start`: { type, value, start, end } with brackets
// matched (`match` on both ends). Inside a template (`nested`) it stops at the
// unmatched `}` that closes the substitution. Otherwise it reads one
// statement's worth: it stops at a `;`, an unmatched closing bracket or
// anything unreadable once outside all brackets and past `until`; before
// that, what it cannot read makes it give up (null), as node's parser would.
function tokenize(code, start, nested, until = Infinity) {
  const tokens = [];
  const open = [];
  let i = start;
  const fail = () => (!nested && open.length === 0 && i > until ? { tokens, end: undefined } : null);
  while (i < code.length) {
    const c = code[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\v' || c === '\f' ||
        c === '\u00a0' || c === '\ufeff' || c === '\u2028' || c === '\u2029') {
      i++;
      continue;
    }
    if (c === '/' && code[i + 1] === '/') {
      while (i < code.length && code[i] !== '\n' && code[i] !== '\u2028' && code[i] !== '\u2029') i++;
      continue;
    }
    if (c === '/' && code[i + 1] === '*') {
      const close = code.indexOf('*/', i + 2);
      if (close === -1) return fail();
      i = close + 2;
      continue;
    }
    const tokenStart = i;
    if (c === '"' || c === "'") {
      i++;
      while (i < code.length && code[i] !== c) {
        if (code[i] === '\\') i++;
        else if (code[i] === '\n' || code[i] === '\r') return fail();
        i++;
      }
      if (i >= code.length) return fail();
      i++;
      tokens.push({ type: 'str', value: code.slice(tokenStart, i), start: tokenStart, end: i });
      continue;
    }
    if (c === '`') {
      i++;
      while (i < code.length && code[i] !== '`') {
        if (code[i] === '\\') {
          i += 2;
        } else if (code[i] === '$' && code[i + 1] === '{') {
          const inner = tokenize(code, i + 2, true);
          if (inner === null || inner.end === undefined) return fail();
          i = inner.end;
        } else {
          i++;
        }
      }
      if (i >= code.length) return fail();
      i++;
      tokens.push({ type: 'tmpl', value: code.slice(tokenStart, i), start: tokenStart, end: i });
      continue;
    }
    if ((c >= '0' && c <= '9') || (c === '.' && code[i + 1] >= '0' && code[i + 1] <= '9')) {
      i++;
      while (i < code.length && (isIdentPart(code[i]) || code[i] === '.' ||
             ((code[i] === '+' || code[i] === '-') && /[eE]/.test(code[i - 1]) && !/^0[xX]/.test(code.slice(tokenStart, i))))) {
        i++;
      }
      tokens.push({ type: 'num', value: code.slice(tokenStart, i), start: tokenStart, end: i });
      continue;
    }
    if (isIdentStart(c)) {
      i++;
      while (i < code.length && isIdentPart(code[i])) i++;
      tokens.push({ type: 'ident', value: code.slice(tokenStart, i), start: tokenStart, end: i });
      continue;
    }
    if (c === '/' && regexAllowed(tokens[tokens.length - 1])) {
      i++;
      let inClass = false;
      while (i < code.length) {
        const r = code[i];
        if (r === '\n' || r === '\r') return fail();
        if (r === '\\') {
          i += 2;
          continue;
        }
        if (r === '[') inClass = true;
        else if (r === ']') inClass = false;
        else if (r === '/' && !inClass) break;
        i++;
      }
      if (i >= code.length) return fail();
      i++;
      while (i < code.length && isIdentPart(code[i])) i++;
      tokens.push({ type: 'regex', value: code.slice(tokenStart, i), start: tokenStart, end: i });
      continue;
    }
    if (c === '?' && code[i + 1] === '.' && !(code[i + 2] >= '0' && code[i + 2] <= '9')) {
      i += 2;
      tokens.push({ type: 'punct', value: '?.', start: tokenStart, end: i });
      continue;
    }
    if (c === '=' && code[i + 1] === '>') {
      i += 2;
      tokens.push({ type: 'punct', value: '=>', start: tokenStart, end: i });
      continue;
    }
    if ((c === '+' || c === '-') && code[i + 1] === c) {
      i += 2;
      tokens.push({ type: 'punct', value: c + c, start: tokenStart, end: i });
      continue;
    }
    i++;
    const token = { type: 'punct', value: c, start: tokenStart, end: i };
    if (c === ';' && !nested && open.length === 0 && tokenStart > until) break;
    if (c === '(' || c === '[' || c === '{') {
      open.push(tokens.length);
    } else if (c === ')' || c === ']' || c === '}') {
      if (open.length === 0) {
        if (nested && c === '}') return { tokens, end: i };
        i = tokenStart;
        return fail();
      }
      const o = open.pop();
      const expected = tokens[o].value === '(' ? ')' : tokens[o].value === '[' ? ']' : '}';
      if (expected !== c) return null;
      tokens[o].match = tokens.length;
      token.match = o;
    }
    tokens.push(token);
  }
  if (nested) return null;
  return { tokens, end: undefined };
}

function regexAllowed(prev) {
  if (prev === undefined) return true;
  if (prev.type === 'ident') return kRegexAfter.has(prev.value);
  if (prev.type !== 'punct') return false;
  return prev.value !== ')' && prev.value !== ']' && prev.value !== '}' &&
    prev.value !== '++' && prev.value !== '--';
}

function endsOperand(token) {
  if (token === undefined) return false;
  if (token.type === 'ident') return !kKeywords.has(token.value);
  if (token.type === 'punct') return token.value === ')' || token.value === ']';
  return true;
}

// Index of the first token of the callee of the call whose `(` is at `k`.
function calleeStart(tokens, k) {
  let j = k - 1;
  for (;;) {
    const t = tokens[j];
    if (t === undefined) return -1;
    let start;
    if (t.type === 'punct') {
      if ((t.value !== ')' && t.value !== ']') || t.match === undefined) return -1;
      if (endsOperand(tokens[t.match - 1])) {
        // A call or a computed member access: its object continues leftwards.
        j = t.match - 1;
        continue;
      }
      start = t.match;
    } else if (t.type === 'ident' && kKeywords.has(t.value)) {
      return -1;
    } else {
      start = j;
    }
    const prev = tokens[start - 1];
    // A member access continues leftwards, unless the object lies before the
    // text read (node then parses from the property name on).
    if (prev !== undefined && prev.type === 'punct' && (prev.value === '.' || prev.value === '?.') && start >= 2) {
      j = start - 2;
      continue;
    }
    if (prev !== undefined && prev.type === 'ident' && prev.value === 'new') return start - 1;
    return start;
  }
}

// The call expressions of a token list as [startOffset, endOffset, calleeEndToken].
function findCalls(tokens) {
  const calls = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.type !== 'punct' || t.value !== '(' || t.match === undefined) continue;
    const prev = tokens[k - 1];
    if (!endsOperand(prev)) continue;
    // `function f(...)`, `f(...) {` (a method) and `async (...) =>` are not calls.
    const after = tokens[t.match + 1];
    if (after !== undefined && after.type === 'punct' && (after.value === '{' || after.value === '=>')) continue;
    if (prev.type === 'ident' && tokens[k - 2]?.value === 'function') continue;
    const s = calleeStart(tokens, k);
    if (s === -1) continue;
    calls.push({ start: tokens[s].start, end: tokens[t.match].end, callee: prev, paren: t.start });
  }
  return calls;
}

const kAssertNames = new Set(['ok', 'assert', 'strict']);

function pickCall(calls, pos) {
  let best = null;
  for (const call of calls) {
    // Node's rule: the innermost call spanning the position (end inclusive).
    if (call.start <= pos && pos <= call.end &&
        (best === null || call.end - call.start < best.end - best.start)) {
      best = call;
    }
  }
  if (best === null) return null;
  // Engines that report the position of something evaluated last (QuickJS:
  // often a call among the arguments) land in a nested call: prefer an
  // enclosing call that names an assertion.
  if (!kAssertNames.has(best.callee.value)) {
    let named = null;
    for (const call of calls) {
      if (call.start <= best.start && best.end <= call.end && call !== best &&
          kAssertNames.has(call.callee.value) &&
          (named === null || call.end - call.start < named.end - named.start)) {
        named = call;
      }
    }
    if (named !== null) best = named;
  }
  return best;
}

function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 10) starts.push(i + 1);
  }
  return starts;
}

function escapeControl(text) {
  return text.replace(/[\x00-\x08\x0b\x0c\x0e-\x1f]/g, (c) => {
    const code = c.charCodeAt(0);
    if (code === 8) return '\\b';
    if (code === 12) return '\\f';
    return `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

function sourceOfCall(text, line, column) {
  const starts = lineStarts(text);
  if (line < 1 || line > starts.length) return undefined;
  const lineStart = starts[line - 1];
  const pos = lineStart + column - 1;
  // Node parses from the start of the reported line; a call that began on an
  // earlier line is only looked for when nothing on this line fits.
  for (let back = 0; back <= 20 && line - 1 - back >= 0; back++) {
    const from = starts[line - 1 - back];
    const result = tokenize(text, from, false, pos);
    if (result === null) {
      if (back === 0) return undefined;
      continue;
    }
    const call = pickCall(findCalls(result.tokens), pos);
    if (call === null) continue;
    const callLineStart = starts[lineStarts(text.slice(0, call.start + 1)).length - 1];
    return { code: escapeControl(text.slice(call.start, call.end)), column: call.start - callLineStart };
  }
  return undefined;
}

function falsyMessage() {
  const site = callSite();
  if (site === null || site.file.startsWith('node:')) return undefined;
  const id = `${site.file}:${site.line}:${site.column}`;
  if (messageCache.has(id)) return messageCache.get(id);
  let message;
  const text = readSource(site.file);
  const found = text === undefined ? undefined : sourceOfCall(text, site.line, site.column);
  if (found !== undefined) {
    let code = found.code;
    if (code.includes('\n')) {
      // Re-indent continuation lines relative to where the call starts.
      const lines = code.split('\n');
      code = lines.shift();
      for (const l of lines) {
        let p = 0;
        while (p < found.column && (l[p] === ' ' || l[p] === '\t')) p++;
        code += `\n  ${l.slice(p)}`;
      }
    }
    message = `The expression evaluated to a falsy value:\n\n  ${code}\n`;
  }
  messageCache.set(id, message);
  return message;
}

function innerOk(fn, argLen, value, message) {
  if (value) return;
  let generatedMessage = false;
  if (argLen === 0) {
    generatedMessage = true;
    message = 'No value argument passed to `assert.ok()`';
  } else if (message == null) {
    generatedMessage = true;
    message = falsyMessage();
  } else if (message instanceof Error) {
    throw message;
  }
  const err = new AssertionError({ actual: value, expected: true, message, operator: '==', stackStartFn: fn });
  err.generatedMessage = generatedMessage;
  throw err;
}

function ok(...args) {
  innerOk(ok, args.length, ...args);
}

const assert = ok;
module.exports = assert;

assert.fail = fail;
assert.AssertionError = AssertionError;
assert.ok = ok;

assert.equal = function equal(actual, expected, message) {
  if (arguments.length < 2) throw new codes.ERR_MISSING_ARGS('actual', 'expected');
  // eslint-disable-next-line eqeqeq
  if (actual != expected && (!Number.isNaN(actual) || !Number.isNaN(expected))) {
    innerFail({ actual, expected, message, operator: '==', stackStartFn: equal });
  }
};

assert.notEqual = function notEqual(actual, expected, message) {
  if (arguments.length < 2) throw new codes.ERR_MISSING_ARGS('actual', 'expected');
  // eslint-disable-next-line eqeqeq
  if (actual == expected || (Number.isNaN(actual) && Number.isNaN(expected))) {
    innerFail({ actual, expected, message, operator: '!=', stackStartFn: notEqual });
  }
};

assert.deepEqual = function deepEqual(actual, expected, message) {
  if (arguments.length < 2) throw new codes.ERR_MISSING_ARGS('actual', 'expected');
  if (!lazyComparisons().isDeepEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'deepEqual', stackStartFn: deepEqual });
  }
};

assert.notDeepEqual = function notDeepEqual(actual, expected, message) {
  if (arguments.length < 2) throw new codes.ERR_MISSING_ARGS('actual', 'expected');
  if (lazyComparisons().isDeepEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notDeepEqual', stackStartFn: notDeepEqual });
  }
};

assert.deepStrictEqual = function deepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new codes.ERR_MISSING_ARGS('actual', 'expected');
  if (!lazyComparisons().isDeepStrictEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: deepStrictEqual });
  }
};

assert.notDeepStrictEqual = function notDeepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new codes.ERR_MISSING_ARGS('actual', 'expected');
  if (lazyComparisons().isDeepStrictEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notDeepStrictEqual', stackStartFn: notDeepStrictEqual });
  }
};

assert.strictEqual = function strictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new codes.ERR_MISSING_ARGS('actual', 'expected');
  if (!Object.is(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'strictEqual', stackStartFn: strictEqual });
  }
};

assert.notStrictEqual = function notStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new codes.ERR_MISSING_ARGS('actual', 'expected');
  if (Object.is(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notStrictEqual', stackStartFn: notStrictEqual });
  }
};

// ---- throws / rejects -------------------------------------------------------------------

// The properties a validation object asks for, laid out like the objects
// compared so that the diff shows just those. Its name is part of the message.
class Comparison {
  constructor(obj, keys, actual) {
    for (const key of keys) {
      if (key in obj) {
        if (actual !== undefined && typeof actual[key] === 'string' &&
            lazyTypes().isRegExp(obj[key]) && RegExp.prototype.exec.call(obj[key], actual[key]) !== null) {
          this[key] = actual[key];
        } else {
          this[key] = obj[key];
        }
      }
    }
  }
}

function compareExceptionKey(actual, expected, key, message, keys, fn) {
  if (!(key in actual) || !lazyComparisons().isDeepStrictEqual(actual[key], expected[key])) {
    if (!message) {
      const a = new Comparison(actual, keys);
      const b = new Comparison(expected, keys, actual);
      const err = new AssertionError({ actual: a, expected: b, operator: 'deepStrictEqual', stackStartFn: fn });
      err.actual = actual;
      err.expected = expected;
      err.operator = fn.name;
      throw err;
    }
    innerFail({ actual, expected, message, operator: fn.name, stackStartFn: fn });
  }
}

function isError(value) {
  return lazyTypes().isNativeError(value) || value instanceof Error;
}

function expectedException(actual, expected, message, fn) {
  let generatedMessage = false;
  let throwError = false;

  if (typeof expected !== 'function') {
    if (lazyTypes().isRegExp(expected)) {
      const str = String(actual);
      if (RegExp.prototype.exec.call(expected, str) !== null) return;
      if (!message) {
        generatedMessage = true;
        message = 'The input did not match the regular expression ' +
          `${inspect(expected)}. Input:\n\n${inspect(str)}\n`;
      }
      throwError = true;
    } else if (typeof actual !== 'object' || actual === null) {
      const err = new AssertionError({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: fn });
      err.operator = fn.name;
      throw err;
    } else {
      // A validation object: each of its keys (and an Error's name and
      // message) must match.
      const keys = Object.keys(expected);
      if (expected instanceof Error) {
        keys.push('name', 'message');
      } else if (keys.length === 0) {
        throw new codes.ERR_INVALID_ARG_VALUE('error', expected, 'may not be an empty object');
      }
      for (const key of keys) {
        if (typeof actual[key] === 'string' && lazyTypes().isRegExp(expected[key]) &&
            RegExp.prototype.exec.call(expected[key], actual[key]) !== null) {
          continue;
        }
        compareExceptionKey(actual, expected, key, message, keys, fn);
      }
      return;
    }
  } else if (expected.prototype !== undefined && actual instanceof expected) {
    return;
  } else if (Object.prototype.isPrototypeOf.call(Error, expected)) {
    if (!message) {
      generatedMessage = true;
      message = `The error is expected to be an instance of "${expected.name}". Received `;
      if (isError(actual)) {
        const name = (actual.constructor?.name) || actual.name;
        if (expected.name === name) {
          message += 'an error with identical name but a different prototype.';
        } else {
          message += `"${name}"`;
        }
        if (actual.message) message += `\n\nError message:\n\n${actual.message}`;
      } else {
        message += `"${inspect(actual, { depth: -1 })}"`;
      }
    }
    throwError = true;
  } else {
    // A validation function: it has to return true.
    const res = Reflect.apply(expected, {}, [actual]);
    if (res !== true) {
      if (!message) {
        generatedMessage = true;
        const name = expected.name ? `"${expected.name}" ` : '';
        message = `The ${name}validation function is expected to return "true". Received ${inspect(res)}`;
        if (isError(actual)) message += `\n\nCaught error:\n\n${actual}`;
      }
      throwError = true;
    }
  }

  if (throwError) {
    const err = new AssertionError({ actual, expected, message, operator: fn.name, stackStartFn: fn });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

// Stands for "nothing was thrown": undefined can be thrown.
const NO_EXCEPTION = {};

function getActual(fn) {
  lazyValidators().validateFunction(fn, 'fn');
  try {
    fn();
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

// Native promises, and thenables that look enough like one.
function checkIsPromise(obj) {
  return lazyTypes().isPromise(obj) ||
    (obj !== null && typeof obj === 'object' && typeof obj.then === 'function' && typeof obj.catch === 'function');
}

async function waitForActual(promiseFn) {
  let resultPromise;
  if (typeof promiseFn === 'function') {
    resultPromise = promiseFn();
    if (!checkIsPromise(resultPromise)) {
      throw new codes.ERR_INVALID_RETURN_VALUE('instance of Promise', 'promiseFn', resultPromise);
    }
  } else if (checkIsPromise(promiseFn)) {
    resultPromise = promiseFn;
  } else {
    throw new codes.ERR_INVALID_ARG_TYPE('promiseFn', ['Function', 'Promise'], promiseFn);
  }
  try {
    await resultPromise;
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

// `args` is what followed the function: [error[, message]]. A string in the
// error position is the message, unless a message follows it too.
function expectsError(stackStartFn, actual, args) {
  let error = args[0];
  let message = args[1];
  if (typeof error === 'string') {
    if (args.length === 2) {
      throw new codes.ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
    }
    if (typeof actual === 'object' && actual !== null) {
      if (actual.message === error) {
        throw new codes.ERR_AMBIGUOUS_ARGUMENT('error/message',
          `The error message "${actual.message}" is identical to the message.`);
      }
    } else if (actual === error) {
      throw new codes.ERR_AMBIGUOUS_ARGUMENT('error/message', `The error "${actual}" is identical to the message.`);
    }
    message = error;
    error = undefined;
  } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
    throw new codes.ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
  }

  if (actual === NO_EXCEPTION) {
    let details = '';
    if (error?.name) details += ` (${error.name})`;
    details += message ? `: ${message}` : '.';
    const fnType = stackStartFn === assert.rejects ? 'rejection' : 'exception';
    innerFail({
      actual: undefined,
      expected: error,
      operator: stackStartFn.name,
      message: `Missing expected ${fnType}${details}`,
      stackStartFn,
    });
  }

  if (!error) return;
  expectedException(actual, error, message, stackStartFn);
}

function hasMatchingError(actual, expected) {
  if (typeof expected !== 'function') {
    if (lazyTypes().isRegExp(expected)) {
      return RegExp.prototype.exec.call(expected, String(actual)) !== null;
    }
    throw new codes.ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp'], expected);
  }
  if (expected.prototype !== undefined && actual instanceof expected) return true;
  if (Object.prototype.isPrototypeOf.call(Error, expected)) return false;
  return Reflect.apply(expected, {}, [actual]) === true;
}

function expectsNoError(stackStartFn, actual, args) {
  if (actual === NO_EXCEPTION) return;
  let error = args[0];
  let message = args[1];
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (!error || hasMatchingError(actual, error)) {
    const details = message ? `: ${message}` : '.';
    const fnType = stackStartFn === assert.doesNotReject ? 'rejection' : 'exception';
    innerFail({
      actual,
      expected: error,
      operator: stackStartFn.name,
      message: `Got unwanted ${fnType}${details}\nActual message: "${actual?.message}"`,
      stackStartFn,
    });
  }
  throw actual;
}

assert.throws = function throws(promiseFn, ...args) {
  expectsError(throws, getActual(promiseFn), args);
};

assert.rejects = async function rejects(promiseFn, ...args) {
  expectsError(rejects, await waitForActual(promiseFn), args);
};

assert.doesNotThrow = function doesNotThrow(fn, ...args) {
  expectsNoError(doesNotThrow, getActual(fn), args);
};

assert.doesNotReject = async function doesNotReject(fn, ...args) {
  expectsNoError(doesNotReject, await waitForActual(fn), args);
};

assert.ifError = function ifError(err) {
  if (err === null || err === undefined) return;
  let message = 'ifError got unwanted exception: ';
  if (typeof err === 'object' && typeof err.message === 'string') {
    if (err.message.length === 0 && err.constructor) message += err.constructor.name;
    else message += err.message;
  } else {
    message += inspect(err);
  }
  const newErr = new AssertionError({ actual: err, expected: null, operator: 'ifError', message, stackStartFn: ifError });

  // The new error's frames down to where they meet the original error's,
  // then the original's: one trace through both.
  const origStack = err.stack;
  if (typeof origStack === 'string') {
    const origStart = origStack.indexOf('\n    at');
    if (origStart !== -1) {
      const originalFrames = origStack.slice(origStart + 1).split('\n');
      let newFrames = String(newErr.stack).split('\n');
      for (const frame of originalFrames) {
        const pos = newFrames.indexOf(frame);
        if (pos !== -1) {
          newFrames = newFrames.slice(0, pos);
          break;
        }
      }
      newErr.stack = `${newFrames.join('\n')}\n${originalFrames.join('\n')}`;
    }
  }
  throw newErr;
};

function internalMatch(string, regexp, message, fn) {
  if (!lazyTypes().isRegExp(regexp)) throw new codes.ERR_INVALID_ARG_TYPE('regexp', 'RegExp', regexp);
  const match = fn === assert.match;
  if (typeof string !== 'string' || (RegExp.prototype.exec.call(regexp, string) !== null) !== match) {
    if (message instanceof Error) throw message;
    const generatedMessage = !message;
    message = message || (typeof string !== 'string' ?
      'The "string" argument must be of type string. Received type ' +
        `${typeof string} (${inspect(string)})` :
      (match ?
        'The input did not match the regular expression ' :
        'The input was expected to not match the regular expression ') +
        `${inspect(regexp)}. Input:\n\n${inspect(string)}\n`);
    const err = new AssertionError({ actual: string, expected: regexp, message, operator: fn.name, stackStartFn: fn });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

assert.match = function match(string, regexp, message) {
  internalMatch(string, regexp, message, match);
};

assert.doesNotMatch = function doesNotMatch(string, regexp, message) {
  internalMatch(string, regexp, message, doesNotMatch);
};

// ---- CallTracker (deprecated since node 20, DEP0173) ------------------------------------

// Nameless on purpose (no name inference through the comma): reports then
// call it 'calls', as node does.
const noop = (0, () => {});

class CallTracker {
  #callChecks = new Set();
  #trackedFunctions = new WeakMap();

  #getTrackedFunction(tracked) {
    if (!this.#trackedFunctions.has(tracked)) {
      throw new codes.ERR_INVALID_ARG_VALUE('tracked', tracked, 'is not a tracked function');
    }
    return this.#trackedFunctions.get(tracked);
  }

  reset(tracked) {
    if (tracked === undefined) {
      for (const context of this.#callChecks) context.calls = [];
      return;
    }
    this.#getTrackedFunction(tracked).calls = [];
  }

  getCalls(tracked) {
    return this.#getTrackedFunction(tracked).calls.slice();
  }

  calls(fn, expected = 1) {
    if (typeof fn === 'number') {
      expected = fn;
      fn = noop;
    } else if (fn === undefined) {
      fn = noop;
    }
    lazyValidators().validateUint32(expected, 'expected', true);
    const context = {
      expected,
      // Where calls() was made, for the report.
      stackTrace: new Error(),
      name: fn.name || 'calls',
      calls: [],
    };
    this.#callChecks.add(context);
    const tracked = new Proxy(fn, {
      apply(target, thisArg, argList) {
        context.calls.push({ thisArg, arguments: argList });
        return Reflect.apply(target, thisArg, argList);
      },
    });
    this.#trackedFunctions.set(tracked, context);
    return tracked;
  }

  report() {
    const errors = [];
    for (const context of this.#callChecks) {
      if (context.calls.length !== context.expected) {
        errors.push({
          message: `Expected the ${context.name} function to be executed ${context.expected} time(s) ` +
            `but was executed ${context.calls.length} time(s).`,
          actual: context.calls.length,
          expected: context.expected,
          operator: context.name,
          stack: context.stackTrace,
        });
      }
    }
    return errors;
  }

  verify() {
    const errors = this.report();
    if (errors.length === 0) return;
    const message = errors.length === 1 ? errors[0].message : 'Functions were not called the expected number of times';
    throw new AssertionError({ message, details: errors });
  }
}

let warnedCallTracker = false;
function deprecatedCallTracker(...args) {
  if (!warnedCallTracker) {
    warnedCallTracker = true;
    emitWarning('assert.CallTracker is deprecated.', 'DeprecationWarning', 'DEP0173', deprecatedCallTracker);
  }
  if (new.target) return Reflect.construct(CallTracker, args, new.target);
  return Reflect.apply(CallTracker, this, args);
}
Object.defineProperty(deprecatedCallTracker, 'name', { value: 'deprecated' });
Object.setPrototypeOf(deprecatedCallTracker, CallTracker);
deprecatedCallTracker.prototype = CallTracker.prototype;
assert.CallTracker = deprecatedCallTracker;

// ---- strict mode ----------------------------------------------------------------------

function strict(...args) {
  innerOk(strict, args.length, ...args);
}

assert.strict = Object.assign(strict, assert, {
  equal: assert.strictEqual,
  deepEqual: assert.deepStrictEqual,
  notEqual: assert.notStrictEqual,
  notDeepEqual: assert.notDeepStrictEqual,
});

assert.strict.strict = assert.strict;
