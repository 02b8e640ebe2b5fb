const debug = require('debug');
const log = debug('app:test');
console.log(typeof log, log.enabled, log.namespace);
debug.enable('app:*');
console.log(debug.enabled('app:test'), debug('other').enabled);
