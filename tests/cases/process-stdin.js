// process.stdin in a child process: line reading with readline, async iteration,
// a script that never reads stdin exiting while its stdin stays open, and a
// question answered on stdin.
const { spawnSync, spawn } = require('child_process');
const path = require('path');

const reader = path.join(__dirname, 'fixtures', 'stdin-reader.js');
const run = (mode, input) => spawnSync(process.execPath, [...process.execArgv, reader, mode], { input, encoding: 'utf8' });

console.log(run('lines', 'alpha\nbeta\r\ngamma\n\nlast without newline').stdout.trim());
console.log(run('iterate', Buffer.alloc(200000, 97)).stdout.trim());
console.log(run('question', 'Ada\n').stdout);

// Stdin left open by the parent: these children must still exit by themselves.
function openStdin(mode) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...process.execArgv, reader, mode]);
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    const timer = setTimeout(() => child.kill(), 5000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve(`${mode}: ${out.trim()} (exit ${code} ${signal})`);
    });
  });
}

(async () => {
  console.log(await openStdin('untouched'));
})();
