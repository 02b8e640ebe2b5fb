// From an I/O-free timer callback, immediates run before the next timer.
const out = [];
setTimeout(() => {
  setTimeout(() => out.push('timeout'), 0);
  setImmediate(() => {
    out.push('immediate 1');
    setImmediate(() => out.push('immediate from immediate'));
    process.nextTick(() => out.push('tick from immediate 1'));
  });
  setImmediate(() => out.push('immediate 2'));
}, 0);
setTimeout(() => console.log(out.join('\n')), 30);
