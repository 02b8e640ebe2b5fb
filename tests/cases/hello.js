console.log('hello, world');
console.log('numbers', 1, -0, 0.1 + 0.2, 1e21, 2 ** 53, NaN, -Infinity);
console.log('several', 'strings', 'joined');
console.info('info goes to stdout');
console.debug('debug too');
