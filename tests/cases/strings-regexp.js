const s = 'The quick brown fox jumps over the lazy dog';
console.log(s.split(' ').map((w) => w[0].toUpperCase() + w.slice(1)).join(''));
console.log(s.replace(/o/g, '0'), s.replaceAll('the', 'THE'));
console.log([...s.matchAll(/\b(\w)(\w*)\b/g)].slice(0, 3).map((m) => m[1] + '|' + m[2]));
console.log(/(?<year>\d{4})-(?<month>\d{2})/.exec('2024-03').groups);
console.log('abc'.padStart(6, '*'), 'abc'.padEnd(6, '-'), '  trim  '.trim() + '|');
console.log('é'.normalize('NFD').length, 'ß'.toUpperCase(), 'İ'.toLowerCase().length);
console.log('😀'.length, [...'😀'].length, '😀'.codePointAt(0).toString(16));
console.log('a-b_c d'.split(/[-_ ]/), 'x'.repeat(3), 'abc'.at(-1));
console.log(/\p{L}+/u.test('héllo'), 'aBc'.localeCompare('abc') !== 0);
console.log(encodeURIComponent('a b&c/é'), decodeURIComponent('%E2%9C%93'));
console.log(escape('a b'), unescape('%41'));
console.log(String.raw`a\nb`, `multi
line`);
console.log('%', 'abc'.search(/c/), 'aaa'.lastIndexOf('a'), 'abc'.includes('bc'));
