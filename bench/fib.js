// Recursive calls: the interpreter's or JIT's raw speed.
function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}
const n = Number(process.argv[2] || 30);
console.log(`fib(${n}) = ${fib(n)}`);
