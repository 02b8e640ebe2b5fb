setTimeout(() => {
  console.log('in timer');
  process.exit();
}, 5);
setTimeout(() => console.log('not reached'), 50);
process.on('exit', (c) => console.log('code', c));
