process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandled:', reason instanceof Error ? reason.message : reason, promise instanceof Promise);
});
process.on('rejectionHandled', () => console.log('handled later'));
const p = Promise.reject(new Error('late'));
Promise.reject(7);
setTimeout(() => p.catch(() => console.log('caught late')), 10);
