async function load() {
  await null;
  throw new Error('async failure');
}
load();
