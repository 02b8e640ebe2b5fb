'use strict';
// The `module` module: CommonJS's Module class and its statics.

module.exports = require('internal/modules/cjs').Module;
