// diagnostics_channel: channels, subscribe/unsubscribe, stores, tracing channels.
const dc = require('diagnostics_channel');

const ch = dc.channel('my-lib:request');
console.log(ch.name, ch.hasSubscribers, dc.hasSubscribers('my-lib:request'), ch === dc.channel('my-lib:request'));
ch.publish({ ignored: true });
const seen = [];
const onMessage = (msg, name) => seen.push([name, msg.n]);
dc.subscribe('my-lib:request', onMessage);
console.log('subscribed', ch.hasSubscribers, dc.hasSubscribers('my-lib:request'), dc.hasSubscribers('nothing'));
ch.publish({ n: 1 });
ch.publish({ n: 2 });
console.log(seen);
console.log('unsubscribe', dc.unsubscribe('my-lib:request', onMessage), dc.unsubscribe('my-lib:request', onMessage), ch.hasSubscribers);
console.log(ch instanceof dc.Channel);

const sym = Symbol('sym-channel');
dc.channel(sym).subscribe((m) => console.log('symbol channel got', m));
dc.channel(sym).publish('hi');

try {
  dc.channel(42);
} catch (e) {
  console.log(e.code, e.message);
}
try {
  ch.subscribe('nope');
} catch (e) {
  console.log(e.code);
}

// Stores: anything with run(value, fn).
const store = {
  current: undefined,
  run(value, fn) {
    const prev = this.current;
    this.current = value;
    try {
      return fn();
    } finally {
      this.current = prev;
    }
  },
};
const withStore = dc.channel('with-store');
withStore.bindStore(store, (data) => ({ wrapped: data }));
const r = withStore.runStores({ id: 7 }, function (a, b) {
  return [this.tag, a + b, store.current];
}, { tag: 'this' }, 2, 3);
console.log(JSON.stringify(r), store.current);
console.log('unbind', withStore.unbindStore(store), withStore.unbindStore(store));

// Tracing channels.
const tc = dc.tracingChannel('my-op');
const events = [];
const handlers = {
  start: (ctx) => events.push(['start', ctx.arg]),
  end: (ctx) => events.push(['end', ctx.result]),
  asyncStart: (ctx) => events.push(['asyncStart', ctx.result ?? ctx.error?.message]),
  asyncEnd: () => events.push(['asyncEnd']),
  error: (ctx) => events.push(['error', ctx.error.message]),
};
console.log('tracing has', tc.hasSubscribers);
tc.subscribe(handlers);
console.log('tracing has', tc.hasSubscribers, tc.start.name);
console.log(tc.traceSync((x) => x * 2, { arg: 21 }, null, 21));
try {
  tc.traceSync(() => {
    throw new Error('sync fail');
  }, { arg: 'x' });
} catch (e) {
  console.log('rethrown', e.message);
}
tc.tracePromise(async (x) => x + 1, { arg: 1 }, null, 1).then((v) => {
  console.log('promise', v);
  return tc.tracePromise(async () => {
    throw new Error('async fail');
  }, { arg: 2 }).catch((e) => console.log('rejected', e.message));
}).then(() => {
  tc.traceCallback((a, cb) => setTimeout(() => cb(null, a * 10)), -1, { arg: 3 }, null, 4, (err, v) => {
    console.log('callback', err, v);
    setTimeout(() => {
      console.log(JSON.stringify(events));
      console.log('unsubscribed', tc.unsubscribe(handlers), tc.hasSubscribers);
    });
  });
});
