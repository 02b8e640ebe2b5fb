'use strict';
// require('path/posix'): the same object as path.posix.

module.exports = require('path').posix;
