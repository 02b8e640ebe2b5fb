// Object allocation and garbage collection: many short-lived objects, some kept.
class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
}
let kept = [];
let sum = 0;
for (let i = 0; i < 3_000_000; i++) {
  const p = new Point(i, i * 2);
  const o = { p, tag: i & 7, list: [i, i + 1] };
  sum += o.p.y + o.list[1];
  if ((i & 255) === 0) kept.push(o);
  if (kept.length > 5000) kept = [];
}
console.log(sum, kept.length);
