'use strict';
// Building blocks for the scenarios: underlying sources and sinks that log
// every call, and readers that drain a stream into the log.

// An underlying source whose callbacks log and then do what `spec` says.
// spec.start / spec.pull / spec.cancel: functions (controller|reason, env, n)
// whose result is returned from the callback.
function loggingSource(env, spec = {}, name = 'src') {
  let pulls = 0;
  const source = {};
  if (spec.type) source.type = spec.type;
  if (spec.autoAllocateChunkSize !== undefined) source.autoAllocateChunkSize = spec.autoAllocateChunkSize;
  if (spec.start !== null) {
    source.start = function (c) {
      env.log(`${name}.start`, 'desiredSize', c.desiredSize);
      return spec.start ? spec.start(c, env) : undefined;
    };
  }
  if (spec.pull !== null) {
    source.pull = function (c) {
      const n = pulls++;
      env.log(`${name}.pull#${n}`, 'desiredSize', c.desiredSize);
      return spec.pull ? spec.pull(c, env, n) : undefined;
    };
  }
  if (spec.cancel !== null) {
    source.cancel = function (reason) {
      env.log(`${name}.cancel`, reason, 'args', arguments.length);
      return spec.cancel ? spec.cancel(reason, env) : undefined;
    };
  }
  return source;
}

function loggingSink(env, spec = {}, name = 'sink') {
  let writes = 0;
  const sink = {};
  if (spec.start !== null) {
    sink.start = function (c) {
      env.log(`${name}.start`);
      return spec.start ? spec.start(c, env) : undefined;
    };
  }
  if (spec.write !== null) {
    sink.write = function (chunk, c) {
      const n = writes++;
      env.log(`${name}.write#${n}`, chunk);
      return spec.write ? spec.write(chunk, c, env, n) : undefined;
    };
  }
  if (spec.close !== null) {
    sink.close = function () {
      env.log(`${name}.close`, 'args', arguments.length);
      return spec.close ? spec.close(env) : undefined;
    };
  }
  if (spec.abort !== null) {
    sink.abort = function (reason) {
      env.log(`${name}.abort`, reason);
      return spec.abort ? spec.abort(reason, env) : undefined;
    };
  }
  return sink;
}

// Reads `reader` until done or error, logging each result.
async function drain(env, reader, label = 'read', max = 50) {
  for (let i = 0; i < max; i++) {
    let result;
    try {
      result = await reader.read();
    } catch (e) {
      env.log(`${label}: err`, e);
      return;
    }
    env.log(`${label}:`, result);
    if (result.done) return;
  }
}

// A promise settled after `n` macrotasks (immediates, which run in a fixed order).
function later(n = 1, value, reject = false) {
  return new Promise((resolve, rej) => {
    let left = n;
    const step = () => {
      if (--left <= 0) {
        // Lets the harness restart its microtask ticker, so what follows is timed.
        if (typeof globalThis.__webstreamsMacrotask === 'function') globalThis.__webstreamsMacrotask();
        if (reject) rej(value);
        else resolve(value);
      } else {
        setImmediate(step);
      }
    };
    setImmediate(step);
  });
}

// Logs the state of a reader's/writer's promises as they settle.
function watchReader(env, reader, label = 'reader') {
  env.watch(`${label}.closed`, reader.closed);
}

// Detaches an ArrayBuffer: ES2024 transfer() where the engine has it, else
// structured clone with a transfer list (node 20).
function detach(buffer) {
  if (typeof buffer.transfer === 'function') buffer.transfer();
  else structuredClone(buffer, { transfer: [buffer] });
}

module.exports = { loggingSource, loggingSink, drain, later, watchReader, detach };
