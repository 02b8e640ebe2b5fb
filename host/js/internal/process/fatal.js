'use strict';
// Uncaught exceptions and unhandled rejections: 'uncaughtException' listeners, or
// Node's report on stderr (`file:line`, the source line, a caret, the error) and exit.

class UnhandledPromiseRejection extends Error {
  constructor(reason) {
    super('This error originated either by throwing inside of an async function without a catch block, ' +
      'or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason "' +
      `${describe(reason)}".`);
    this.code = 'ERR_UNHANDLED_REJECTION';
  }
}
// On the prototype, so that stacks made at construction start with this name.
UnhandledPromiseRejection.prototype.name = 'UnhandledPromiseRejection';

// Errors Node raises from inside its own code (module loaders, the promise rejection
// tracker): an uncaught one is reported at that internal place, so jsrig reports the
// same place and the first lines of the report match Node's.
const NODE_SITES = {
  ERR_UNHANDLED_REJECTION: { file: 'node:internal/process/promises', line: 389, column: 7, sourceLine: '      new UnhandledPromiseRejection(reason);' },
  MODULE_NOT_FOUND: { file: 'node:internal/modules/cjs/loader', line: 1210, column: 3, sourceLine: '  throw err;' },
  ERR_MODULE_NOT_FOUND: { file: 'node:internal/modules/esm/resolve', line: 283, column: 11, sourceLine: '    throw new ERR_MODULE_NOT_FOUND(' },
};

function isErrorLike(value) {
  return value !== null && typeof value === 'object' && typeof value.stack === 'string' && typeof value.message === 'string';
}

// Where the engine places an error (its creation site; a SyntaxError's source).
function locationFromStack(err) {
  return (err !== null && typeof err === 'object' && bindings.errorLocation(err)) || null;
}

function header(location) {
  if (location === null || location === undefined) return '';
  let source = location.sourceLine;
  if (source === undefined || source === null) source = bindings.sourceLine(location.file, location.line);
  let text = `${location.file}:${location.line}\n`;
  if (typeof source === 'string') text += `${source}\n${' '.repeat(Math.max(0, (location.column || 1) - 1))}^\n`;
  return text;
}

function describe(value) {
  try {
    return require('internal/util/inspect').inspect(value);
  } catch {
    try {
      return isErrorLike(value) ? value.stack : String(value);
    } catch {
      return '<unprintable value>';
    }
  }
}

function isError(value) {
  if (value instanceof Error) return true;
  try {
    return require('internal/util/types').isNativeError(value);
  } catch {
    return false;
  }
}

// Node's three shapes: errors get a header, a blank line and their inspection;
// other objects and primitives start with an empty line, and primitives are
// printed with String() and a hint.
function report(err, location) {
  const process = globalThis.process;
  const footer = `\nNode.js ${process.version} (jsrig v${process.versions.jsrig})\n`;
  if (isError(err)) {
    const head = header(location);
    return `${head}${head ? '\n' : ''}${describe(err)}\n${footer}`;
  }
  if ((err !== null && typeof err === 'object') || typeof err === 'function') {
    return `\n${header(location)}${describe(err)}\n${footer}`;
  }
  return `\n${header(location)}${String(err)}\n(Use \`node --trace-uncaught ...\` to show where the exception was thrown)\n${footer}`;
}

function fatal(err, location) {
  const process = globalThis.process;
  bindings.write(2, report(err, location));
  process.exitCode = 1;
  if (!process._exiting) {
    process._exiting = true;
    try {
      process.emit('exit', 1);
    } catch {
      // The report is out; a failing 'exit' listener changes nothing now.
    }
  }
  bindings.exit(process.exitCode || 1);
}

// Called by the Rust loop for an exception that escaped a callback. Returns true when
// a listener took it; otherwise does not return.
function handleUncaught(err, location, origin = 'uncaughtException') {
  const process = globalThis.process;
  if (process.listenerCount('uncaughtExceptionMonitor') > 0) process.emit('uncaughtExceptionMonitor', err, origin);
  if (process.listenerCount('uncaughtException') > 0) {
    process.emit('uncaughtException', err, origin);
    return true;
  }
  const override = err !== null && typeof err === 'object' ? NODE_SITES[err.code] : undefined;
  fatal(err, override || location || locationFromStack(err));
  return false;
}

// An uncaught exception raised by JS itself (unhandled rejections, queueMicrotask).
function triggerUncaughtException(reason, fromPromise) {
  let err = reason;
  let location;
  if (fromPromise && !isErrorLike(reason)) {
    err = new UnhandledPromiseRejection(reason);
  } else {
    location = locationFromStack(reason);
  }
  handleUncaught(err, location, fromPromise ? 'unhandledRejection' : 'uncaughtException');
}

module.exports = { handleUncaught, triggerUncaughtException, locationFromStack };
