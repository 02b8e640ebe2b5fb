'use strict';
// highWaterMark defaults and option parsing, shared by readable and writable state.

const { errors, validators } = require('internal/streams/utils');

let defaultBytes = 16 * 1024;
let defaultObjects = 16;

function getDefaultHighWaterMark(objectMode) {
  return objectMode ? defaultObjects : defaultBytes;
}

function setDefaultHighWaterMark(objectMode, value) {
  validators().validateInteger(value, 'value', 0);
  if (objectMode) defaultObjects = value;
  else defaultBytes = value;
}

// A Duplex takes `readableHighWaterMark`/`writableHighWaterMark` when the shared
// `highWaterMark` is absent; node's error then names the per-side option either way.
function getHighWaterMark(state, options, duplexKey, isDuplex) {
  let value = options.highWaterMark;
  if (value == null && isDuplex) value = options[duplexKey];
  if (value == null) return getDefaultHighWaterMark(state.objectMode);
  if (!Number.isInteger(value) || value < 0) {
    const name = isDuplex ? `options.${duplexKey}` : 'options.highWaterMark';
    throw new (errors().codes.ERR_INVALID_ARG_VALUE)(name, value);
  }
  return Math.floor(value);
}

module.exports = { getDefaultHighWaterMark, setDefaultHighWaterMark, getHighWaterMark };
