const data = { s: 'str', n: 1.5, b: true, z: null, arr: [1, 'a', { x: [] }], nested: { deep: { deeper: 1 } }, u: undefined, d: new Date(0) };
const text = JSON.stringify(data);
console.log(text);
console.log(JSON.stringify(data, null, 2));
console.log(JSON.stringify(data, ['s', 'n']));
console.log(JSON.stringify({ big: 1e21, small: 1e-7, neg: -0, inf: Infinity }));
const parsed = JSON.parse(text, (k, v) => (typeof v === 'number' ? v * 2 : v));
console.log(parsed);
console.log(JSON.stringify('\u2028\ud800"\\'), JSON.parse('"\\u00e9"'));
try {
  JSON.parse('{bad json}');
} catch (e) {
  console.log(e.name);
}
let big = [];
for (let i = 0; i < 1000; i++) big.push({ i, s: 'v' + i });
const round = JSON.parse(JSON.stringify(big));
console.log(round.length, round[999]);
