const dayjs = require('dayjs');
const utc = require('dayjs/plugin/utc');
dayjs.extend(utc);
const d = dayjs.utc('2024-02-29T12:34:56Z');
console.log(d.format('YYYY-MM-DD HH:mm:ss'), d.add(1, 'year').format('YYYY-MM-DD'), d.day(), d.isValid());
console.log(d.diff(dayjs.utc('2024-01-01'), 'day'), d.startOf('month').toISOString(), dayjs.utc(0).valueOf());
