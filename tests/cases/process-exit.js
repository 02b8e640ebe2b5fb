process.on('exit', (code) => {
  console.log('exit event', code, process.exitCode);
  setTimeout(() => console.log('never: the loop is gone'), 0);
});
setTimeout(() => console.log('never: exited before'), 10);
console.log('before exit');
process.exit(3);
console.log('never: after exit');
