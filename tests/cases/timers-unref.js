// An unref'd timer does not keep the process alive; ref() brings it back.
const t = setTimeout(() => console.log('unref timer never fires'), 2000);
t.unref();
console.log('hasRef after unref:', t.hasRef());
const t2 = setTimeout(() => console.log('ref timer fires'), 10);
t2.unref();
t2.ref();
console.log('hasRef after ref:', t2.hasRef());
const iv = setInterval(() => {}, 1000);
iv.unref();
process.on('exit', (code) => console.log('exit', code));
