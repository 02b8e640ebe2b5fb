'use strict';
// The stream.Writable of old code (`require('_stream_writable')`).
module.exports = require('stream').Writable;
