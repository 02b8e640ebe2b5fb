'use strict';
// Small helpers node's internals share (node's internal/util, the parts jsrig needs).

// Set on a callback-style function whose callback gets several values (fs.read's
// bytesRead and buffer): util.promisify resolves with an object of these names.
const kCustomPromisifyArgsSymbol = Symbol('customPromisifyArgs');

const kEmptyObject = Object.freeze({ __proto__: null });

// Getters on `target` that load module `id` on first read and then become plain
// data properties, so a module's exports can name things whose code loads lazily.
function defineLazyProperties(target, id, keys, enumerable = true) {
  const descriptors = {};
  let mod;
  for (const key of keys) {
    let value;
    const set = function (v) {
      Object.defineProperty(target, key, { writable: true, value: v });
    };
    Object.defineProperty(set, 'name', { value: `set ${key}` });
    const get = function () {
      mod ??= require(id);
      if (value === undefined) {
        value = mod[key];
        set(value);
      }
      return value;
    };
    Object.defineProperty(get, 'name', { value: `get ${key}` });
    descriptors[key] = { configurable: true, enumerable, get, set };
  }
  Object.defineProperties(target, descriptors);
}

const experimentalWarnings = new Set();

// Once per feature, as node's.
function emitExperimentalWarning(feature) {
  if (experimentalWarnings.has(feature)) return;
  experimentalWarnings.add(feature);
  globalThis.process.emitWarning(`${feature} is an experimental feature and might change at any time`, 'ExperimentalWarning');
}

module.exports = {
  defineLazyProperties,
  emitExperimentalWarning,
  kCustomPromisifyArgsSymbol,
  kEmptyObject,
};
