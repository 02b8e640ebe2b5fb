'use strict';
// The stream.Transform of old code (`require('_stream_transform')`).
module.exports = require('stream').Transform;
