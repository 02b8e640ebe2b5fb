console.log(1, -0, 0, 1.5, -1e-7, 123456789012345680000, NaN, Infinity);
console.log(10n, -5n, 2n ** 64n);
console.log(true, false, null, undefined);
console.log(Symbol('sym'), Symbol(), Symbol.iterator, Symbol.for('registered'));
console.log('a string', "with 'quotes'", `back\`tick`);
console.log(['a string', "with 'quotes'", 'both \' and "', 'all \' " `', 'new\nline', 'tab\t', 'nul\0']);
console.log([1, -0, 0, 'x', null, undefined, true, 3n]);
console.log('%s', -0, [-0]);
