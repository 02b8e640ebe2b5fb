console.log('before');
function fail() {
  throw new TypeError('boom');
}
setTimeout(fail, 1);
