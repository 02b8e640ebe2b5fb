// Old module names: _stream_* are stream's classes, sys is util (with DEP0025).
const stream = require('stream');
for (const [id, name] of [['_stream_readable', 'Readable'], ['_stream_writable', 'Writable'], ['_stream_duplex', 'Duplex'], ['_stream_transform', 'Transform'], ['_stream_passthrough', 'PassThrough']]) {
  console.log(id, require(id) === stream[name], require(`node:${id}`) === stream[name]);
}
process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));
console.log('sys is util', require('sys') === require('util'));
