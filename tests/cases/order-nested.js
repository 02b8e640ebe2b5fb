const log = [];
process.nextTick(() => {
  log.push('tick1');
  Promise.resolve().then(() => log.push('micro-from-tick1'));
  process.nextTick(() => log.push('tick-from-tick1'));
});
Promise.resolve().then(() => {
  log.push('micro1');
  process.nextTick(() => log.push('tick-from-micro1'));
  Promise.resolve().then(() => log.push('micro-from-micro1'));
});
queueMicrotask(() => log.push('queueMicrotask'));
process.nextTick(() => log.push('tick2'));
setTimeout(() => {
  log.push('timeout');
  process.nextTick(() => log.push('tick-from-timeout'));
  Promise.resolve().then(() => log.push('micro-from-timeout'));
  setImmediate(() => log.push('immediate-from-timeout'));
  setTimeout(() => {
    log.push('timeout2');
    console.log(log.join('\n'));
  }, 5);
}, 0);
