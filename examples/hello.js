// A small tour of what runs the same on every engine: modules, timers, promises,
// process and console formatting. Try: jsrig examples/hello.js Ada
const path = require('path');
const { EventEmitter } = require('events');

const name = process.argv[2] || 'world';
// jsrig names its engine in process.versions, beside `node` and `jsrig`.
const engine = process.versions.jsrig ? Object.keys(process.versions).find((k) => k !== 'node' && k !== 'jsrig') : 'v8';

const clock = new EventEmitter();
clock.on('tick', (n) => console.log(`tick ${n}`));

async function main() {
  console.log(`Hello, ${name}! This is ${path.basename(process.argv[1])} on ${engine}.`);
  for (let n = 1; n <= 3; n++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    clock.emit('tick', n);
  }
  console.log({ engine, version: process.versions[engine], platform: process.platform, answers: [42, 4.2e1] });
}

main();
