'use strict';
// The `timers` module (the same functions as the globals).

const timers = require('internal/timers');

module.exports = {
  setTimeout: timers.setTimeout,
  clearTimeout: timers.clearTimeout,
  setInterval: timers.setInterval,
  clearInterval: timers.clearInterval,
  setImmediate: timers.setImmediate,
  clearImmediate: timers.clearImmediate,
};

Object.defineProperty(module.exports, 'promises', {
  get: () => require('timers/promises'),
  enumerable: true,
  configurable: true,
});
