// Strings and regular expressions: building, splitting, matching, replacing.
const words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta'];
let text = '';
for (let i = 0; i < 20000; i++) text += `${words[i % words.length]}-${i} `;
let count = 0;
for (let round = 0; round < 20; round++) {
  count += text.split(' ').filter((w) => /^(a|e)\w+-\d*7$/.test(w)).length;
  count += (text.match(/gamma-\d+/g) || []).length;
  count += text.replace(/[aeiou]/g, (c) => c.toUpperCase()).length;
  count += text.toUpperCase().indexOf('THETA-19999');
}
console.log(count);
