const order = [];
setTimeout(() => order.push('30ms'), 30);
setTimeout(() => order.push('10ms'), 10);
setTimeout((a, b) => order.push(`args ${a} ${b}`), 15, 'x', 'y');
const cancelled = setTimeout(() => order.push('never'), 5);
clearTimeout(cancelled);
let n = 0;
const iv = setInterval(() => {
  n++;
  order.push(`interval ${n}`);
  if (n === 3) clearInterval(iv);
}, 4);
setTimeout(() => {
  console.log(order.filter((x) => !x.startsWith('interval')));
  console.log(order.filter((x) => x.startsWith('interval')));
  console.log(typeof cancelled, cancelled.hasRef(), typeof iv.ref, typeof iv.unref);
}, 60);
