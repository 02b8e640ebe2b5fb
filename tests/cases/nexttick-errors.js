try {
  process.nextTick('nope');
} catch (e) {
  console.log(e.name, e.code);
}
try {
  setTimeout('nope');
} catch (e) {
  console.log(e.name, e.code);
}
try {
  setImmediate(42);
} catch (e) {
  console.log(e.name, e.code);
}
