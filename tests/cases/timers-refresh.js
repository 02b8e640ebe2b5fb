const start = Date.now();
let fired = 0;
const t = setTimeout(() => {
  fired++;
  console.log('fired once', fired, Date.now() - start >= 40);
}, 30);
setTimeout(() => t.refresh(), 15);
console.log(t === t.refresh());
