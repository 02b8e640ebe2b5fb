// Error.prepareStackTrace and Error.captureStackTrace: the V8 CallSite API that
// libraries such as depd, callsites and source-map-support use.
const path = require('path');

function sites() {
  const saved = Error.prepareStackTrace;
  Error.prepareStackTrace = (err, s) => s;
  const holder = {};
  Error.captureStackTrace(holder, sites);
  const s = holder.stack;
  Error.prepareStackTrace = saved;
  return s;
}

function whoCalls() {
  return sites()[0];
}

const site = whoCalls();
console.log(typeof site, path.basename(site.getFileName()), site.getLineNumber(), typeof site.getColumnNumber());
console.log(site.getFunctionName(), site.isEval(), site.isNative(), site.isConstructor(), site.getEvalOrigin());
console.log(typeof site.getTypeName, typeof site.getMethodName, typeof site.isToplevel, typeof site.getThis, typeof site.toString());
console.log(path.basename(String(site.getScriptNameOrSourceURL())));

function named() {
  return sites();
}
const frames = named();
console.log(frames[0].getFunctionName(), frames[0].getLineNumber(), frames.length > 1);

// The hook gets the error and formats its stack; restoring it restores the default.
Error.prepareStackTrace = (err, s) => `${err.name}|${err.message}|${Array.isArray(s)}`;
const hooked = new TypeError('boom');
console.log(hooked.stack);
delete Error.prepareStackTrace;
console.log(new Error('plain').stack.split('\n')[0], 'prepareStackTrace' in Error);

// captureStackTrace on a plain object gives V8's `name: message` first line.
const obj = { name: 'Custom', message: 'captured' };
Error.captureStackTrace(obj);
console.log(obj.stack.split('\n')[0], /^ {4}at /.test(obj.stack.split('\n')[1]));
const empty = {};
Error.captureStackTrace(empty);
console.log(empty.stack.split('\n')[0], Object.keys(empty));

// The constructor argument hides frames from the top, up to and including it.
function outer() {
  return inner();
}
function inner() {
  const o = {};
  Error.captureStackTrace(o, inner);
  return o.stack.split('\n')[1].trim().split(' ')[1];
}
console.log(outer());

// A stack can be overwritten with any value.
const e = new Error('x');
e.stack = undefined;
console.log(e.stack, Object.keys(e));
e.stack = 'custom';
console.log(e.stack);
