'use strict';
// The stream.Duplex of old code (`require('_stream_duplex')`).
module.exports = require('stream').Duplex;
