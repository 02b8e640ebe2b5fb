'use strict';
// `sys`: the old name of util, with Node's deprecation warning.
globalThis.process.emitWarning('sys is deprecated. Use util instead.', 'DeprecationWarning', 'DEP0025');
module.exports = require('util');
