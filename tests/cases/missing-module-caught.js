try {
  require('./fixtures/no-such-module');
} catch (e) {
  console.log(e.code, e.message.split('\n')[0].replace(/'.*'/, "'X'"));
  console.log(e.requireStack.map((p) => require('path').basename(p)));
}
try {
  require('no-such-package-anywhere');
} catch (e) {
  console.log(e.code);
}
try {
  require('node:no-such-builtin');
} catch (e) {
  console.log(e.code, e.message);
}
import('./fixtures/nope.mjs').catch((e) => console.log(e.code));
