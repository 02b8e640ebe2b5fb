console.log('before');
require('./fixtures/no-such-module');
