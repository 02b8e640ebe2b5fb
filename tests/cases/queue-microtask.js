queueMicrotask(() => console.log('microtask 1'));
Promise.resolve().then(() => console.log('promise 1'));
queueMicrotask(() => {
  console.log('microtask 2');
  queueMicrotask(() => console.log('nested microtask'));
});
console.log('sync');
try {
  queueMicrotask('not a function');
} catch (e) {
  console.log(e.name, e.code);
}
