const sleep = (ms, v) => new Promise((r) => setTimeout(() => r(v), ms));
async function main() {
  const a = await sleep(5, 'a');
  const [b, c] = await Promise.all([sleep(10, 'b'), sleep(1, 'c')]);
  console.log(a, b, c);
  const settled = await Promise.allSettled([Promise.reject(new Error('no')), sleep(1, 'yes')]);
  console.log(settled.map((s) => s.status));
  const first = await Promise.race([sleep(20, 'slow'), sleep(2, 'fast')]);
  console.log(first);
  const any = await Promise.any([Promise.reject(new Error('x')), sleep(3, 'any')]);
  console.log(any);
  try {
    await Promise.any([Promise.reject(new Error('x'))]);
  } catch (e) {
    console.log(e.constructor.name, e.errors.length);
  }
  for await (const x of (async function* () { yield 1; await sleep(1); yield 2; })()) console.log('gen', x);
  return 'done';
}
main().then(console.log);
