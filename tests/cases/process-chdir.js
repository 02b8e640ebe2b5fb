const path = require('path');
const start = process.cwd();
process.chdir('fixtures');
console.log(path.basename(process.cwd()));
process.chdir('..');
console.log(process.cwd() === start);
try {
  process.chdir('no-such-directory');
} catch (e) {
  console.log(e.code, e.syscall);
}
try {
  process.chdir(42);
} catch (e) {
  console.log(e.code);
}
