'use strict';
// Options of events.on() that only jsrig's own modules use.

// Yield each event's first argument instead of the argument list (readline's lines,
// fs.promises.watch's changes), as Node's internal kFirstEventParam.
module.exports = { kFirstEventParam: Symbol('kFirstEventParam') };
