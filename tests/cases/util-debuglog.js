'use strict';
// util.debuglog as NODE_DEBUG (read at start-up) enables it: run in a child process
// that has the variable set.
const util = require('util');

if (process.argv[2] === 'child') {
  const foo = util.debuglog('foo');
  const bar = util.debuglog('barbaz', (fn) => console.log('callback got', typeof fn, fn.name));
  const off = util.debuglog('other');
  console.log('enabled', foo.enabled, bar.enabled, off.enabled);
  foo('hello %s %d', 'world', 42, { obj: true });
  bar('second');
  bar('third');
  off('never shown');
  // Changing the variable later has no effect on sections not yet used.
  process.env.NODE_DEBUG = 'late';
  console.log('late', util.debuglog('late').enabled);
} else {
  const { spawnSync } = require('child_process');
  const r = spawnSync(process.execPath, [__filename, 'child'], {
    env: { ...process.env, NODE_DEBUG: 'fOo,bar*' },
    encoding: 'utf8',
  });
  console.log(r.status);
  console.log(r.stdout);
  console.log(r.stderr.replace(new RegExp(` ${r.pid}: `, 'g'), ' <PID>: '));
}
