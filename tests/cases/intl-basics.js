// What node prints for en-US, on engines with ICU (V8, SpiderMonkey) and on QuickJS
// (jsrig's small built-in Intl).
const nf = (o) => new Intl.NumberFormat('en-US', o);
console.log(nf().format(1234567.891), nf({ maximumFractionDigits: 2 }).format(3.14159), nf({ style: 'percent' }).format(0.256));
console.log(nf({ style: 'currency', currency: 'USD' }).format(1234.5), nf({ minimumFractionDigits: 2 }).format(5), nf({ useGrouping: false }).format(1234567));
console.log((1234.5).toLocaleString('en-US'), (0.000001234).toLocaleString('en-US'), (1e21).toLocaleString('en-US'), NaN.toLocaleString('en-US'), (-1234.567).toLocaleString('en-US'));
const d = new Date(Date.UTC(2024, 0, 15, 13, 5, 9));
const utc = { timeZone: 'UTC' };
console.log(d.toLocaleDateString('en-US', utc), d.toLocaleTimeString('en-US', utc), d.toLocaleString('en-US', utc));
console.log(new Intl.DateTimeFormat('en-US', { ...utc, dateStyle: 'full' }).format(d), new Intl.DateTimeFormat('en-US', { ...utc, dateStyle: 'medium', timeStyle: 'short' }).format(d));
console.log(new Intl.DateTimeFormat('en-US', { ...utc, month: 'long', day: 'numeric', year: 'numeric' }).format(d));
console.log([...new Intl.Segmenter('en-US').segment('a👍🏽é👨‍👩‍👧x')].map((s) => s.segment));
console.log([...new Intl.Segmenter('en-US', { granularity: 'word' }).segment('Hello, world! 42')].filter((s) => s.isWordLike).map((s) => s.segment));
console.log(['b', 'a', 'B', 'ä', 'z'].sort(new Intl.Collator('en-US').compare), ['x10', 'x9', 'x1'].sort(new Intl.Collator('en-US', { numeric: true }).compare));
console.log(new Intl.PluralRules('en-US').select(1), new Intl.PluralRules('en-US').select(2), new Intl.PluralRules('en-US', { type: 'ordinal' }).select(22));
console.log(new Intl.ListFormat('en-US').format(['a', 'b', 'c']), new Intl.ListFormat('en-US', { type: 'disjunction' }).format(['a', 'b']));
console.log(new Intl.RelativeTimeFormat('en-US').format(-3, 'day'), new Intl.RelativeTimeFormat('en-US', { numeric: 'auto' }).format(1, 'day'));
