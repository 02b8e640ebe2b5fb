'use strict';
// The timers module's key order and its deprecated enroll/active/unenroll API.
const timers = require('timers');
console.log(Object.keys(timers).join(' '), timers.enroll.name, timers.enroll.length);
const item = { _onTimeout() { console.log('item fired', this === item); } };
timers.enroll(item, 5);
console.log(item._idleTimeout);
timers.active(item);
const item2 = { _onTimeout() { console.log('never'); } };
timers.enroll(item2, 1);
timers.active(item2);
timers.unenroll(item2);
console.log(item2._idleTimeout, item2._destroyed);
try { timers.enroll({}, -1); } catch (e) { console.log(e.code, e.message); }
try { timers.enroll({}, 'x'); } catch (e) { console.log(e.code, e.message); }
const item3 = { _onTimeout() { console.log('unref never'); } };
timers.enroll(item3, 1000);
timers._unrefActive(item3);
console.log(setTimeout, setImmediate, clearInterval === clearTimeout, clearInterval.name, timers.clearInterval === clearInterval);
console.log(timers);
const iv = setInterval(() => console.log('interval never'), 1);
clearTimeout(iv);
const to = setTimeout(() => console.log('timeout never'), 1);
clearInterval(to);
