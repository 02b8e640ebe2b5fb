// JSON round-trip: stringify and parse a mid-sized document many times.
const doc = {
  users: Array.from({ length: 200 }, (_, i) => ({
    id: i,
    name: `user ${i}`,
    email: `user${i}@example.com`,
    active: i % 3 !== 0,
    tags: ['a', 'b', 'c'].slice(0, (i % 3) + 1),
    score: i * 1.5,
    address: { city: 'City ' + (i % 17), zip: String(10000 + i) },
  })),
};
let total = 0;
for (let i = 0; i < 300; i++) {
  const text = JSON.stringify(doc);
  const back = JSON.parse(text);
  total += text.length + back.users.length;
}
console.log(total);
