// From an I/O-free timer callback, immediates run before the next timer.
const out = [];
// An immediate queued by an immediate runs in the next loop turn, which may come
// before or after the 1 ms timer is due (node varies too): kept apart.
const nested = [];
setTimeout(() => {
  setTimeout(() => out.push('timeout'), 0);
  setImmediate(() => {
    out.push('immediate 1');
    setImmediate(() => nested.push('immediate from immediate'));
    process.nextTick(() => out.push('tick from immediate 1'));
  });
  setImmediate(() => out.push('immediate 2'));
}, 0);
setTimeout(() => console.log(out.join('\n') + '\n' + nested.join('\n')), 30);
