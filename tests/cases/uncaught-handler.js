process.on('uncaughtException', (err, origin) => {
  console.log('caught:', err.message, origin);
});
setTimeout(() => {
  throw new Error('from a timer');
}, 1);
setTimeout(() => console.log('the loop goes on'), 5);
Promise.reject(new Error('rejected'));
