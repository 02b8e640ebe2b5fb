'use strict';
// The stream.PassThrough of old code (`require('_stream_passthrough')`).
module.exports = require('stream').PassThrough;
