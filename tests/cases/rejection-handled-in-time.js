const p = Promise.reject(new Error('caught soon enough'));
Promise.resolve().then(() => p.catch((e) => console.log('caught:', e.message)));
async function f() {
  try {
    await Promise.reject(new Error('awaited'));
  } catch (e) {
    console.log('try/catch:', e.message);
  }
}
f();
