// args: one two --three
console.log(process.argv.slice(2));
console.log(typeof process.argv[0], process.argv[1].endsWith('process-basics.js'));
console.log(typeof process.pid, process.pid > 0, typeof process.ppid);
console.log(process.platform, process.arch);
console.log(process.cwd().endsWith('cases'), typeof process.env.PATH, process.env.NO_SUCH_VARIABLE);
console.log(Object.prototype.toString.call(process), typeof process.title, process.release.name);
const t = process.hrtime();
console.log(Array.isArray(t), t.length, typeof process.hrtime.bigint());
const d = process.hrtime(t);
console.log(d[0] >= 0, d[1] >= 0);
const m = process.memoryUsage();
console.log(Object.keys(m), m.rss > 0, m.heapUsed > 0);
console.log(typeof process.uptime(), typeof process.versions.node, process.version.startsWith('v'));
console.log(process.exitCode, typeof process.nextTick, typeof process.emitWarning);
process.nextTick((a, b) => console.log('tick args', a, b), 1, 2);
