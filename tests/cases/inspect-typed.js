console.log(new Uint8Array([1, 2, 3]));
console.log(new Int16Array(4));
console.log(new Float64Array([1.5, -0, NaN]));
console.log(new BigInt64Array([1n, -2n]));
console.log(new Uint8Array(0));
console.log(new Uint8Array(200));
console.log(new ArrayBuffer(4));
console.log(new DataView(new ArrayBuffer(2)));
console.log([new Uint8ClampedArray([255, 256])]);
