// An exception thrown by a queueMicrotask callback is an uncaught exception
// (not a rejection): 'uncaughtException' sees it, later microtasks still run.
process.on('uncaughtException', (err, origin) => console.log('uncaught', err.message, origin));
process.on('unhandledRejection', () => console.log('not a rejection'));
queueMicrotask(() => {
  throw new Error('from microtask');
});
queueMicrotask(() => console.log('next microtask runs'));
Promise.resolve().then(() => console.log('promise after'));
setTimeout(() => {
  queueMicrotask(() => {
    throw new TypeError('in timer microtask');
  });
  setTimeout(() => console.log('done'), 0);
}, 0);
