console.assert(false, 'assertion %s', 'message');
console.log('stdout continues');
