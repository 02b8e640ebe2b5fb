'use strict';
// require('assert/strict'): the strict-mode assert (same object as assert.strict).

module.exports = require('assert').strict;
