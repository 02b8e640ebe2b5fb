'use strict';
// The stream.Readable of old code (`require('_stream_readable')`).
module.exports = require('stream').Readable;
