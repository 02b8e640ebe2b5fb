// Between two due timers, Node runs nextTicks and microtasks.
const out = [];
setTimeout(() => {
  out.push('t1');
  process.nextTick(() => out.push('tick after t1'));
  Promise.resolve().then(() => out.push('promise after t1'));
}, 1);
setTimeout(() => {
  out.push('t2');
  Promise.resolve().then(() => out.push('promise after t2'));
}, 1);
setTimeout(() => console.log(out), 20);
