process.on('exit', (code) => console.log('exit listener sees', code));
console.log('first');
throw Object.assign(new RangeError('thrown at top level'), { code: 'E_TOP' });
