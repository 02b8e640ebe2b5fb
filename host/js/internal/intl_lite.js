'use strict';
// A small Intl for engines built without ICU (QuickJS): the `en-US` behaviour of the
// parts npm packages reach for most (Segmenter for string widths, NumberFormat and
// toLocaleString, DateTimeFormat in UTC and the local zone, Collator, PluralRules,
// ListFormat, RelativeTimeFormat), matching what node prints for `en-US`. Other
// locales fall back to `en-US`, as an ICU build without their data would.

const LOCALE = 'en-US';

function codes() {
  return require('internal/errors').codes;
}

function getCanonicalLocales(locales) {
  if (locales === undefined) return [];
  const list = typeof locales === 'string' ? [locales] : [...locales];
  return list.map((l) => {
    const parts = String(l).split(/[-_]/);
    if (!/^[a-zA-Z]{2,8}$/.test(parts[0])) throw new RangeError(`Incorrect locale information provided`);
    return [parts[0].toLowerCase(), ...parts.slice(1).map((p) => (p.length === 2 ? p.toUpperCase() : p.length === 4 ? p[0].toUpperCase() + p.slice(1).toLowerCase() : p.toLowerCase()))].join('-');
  });
}

// ---- Segmenter -------------------------------------------------------------------

class Segmenter {
  #granularity;

  constructor(locales, options = {}) {
    const g = options.granularity ?? 'grapheme';
    if (!['grapheme', 'word', 'sentence'].includes(g)) throw new RangeError(`Value ${g} out of range for Intl.Segmenter options property granularity`);
    this.#granularity = g;
  }

  segment(input) {
    const text = String(input);
    const flat = bindings.segment(text, this.#granularity);
    const granularity = this.#granularity;
    const make = (i) => {
      const index = flat[i];
      const end = i + 2 < flat.length ? flat[i + 2] : text.length;
      const seg = { segment: text.slice(index, end), index, input: text };
      if (granularity === 'word') seg.isWordLike = flat[i + 1];
      return seg;
    };
    return {
      containing(codeUnit = 0) {
        for (let i = 0; i < flat.length; i += 2) {
          const end = i + 2 < flat.length ? flat[i + 2] : text.length;
          if (codeUnit >= flat[i] && codeUnit < end) return make(i);
        }
        return undefined;
      },
      *[Symbol.iterator]() {
        for (let i = 0; i < flat.length; i += 2) yield make(i);
      },
    };
  }

  resolvedOptions() {
    return { locale: LOCALE, granularity: this.#granularity };
  }

  static supportedLocalesOf(l) {
    return getCanonicalLocales(l).filter((x) => x.startsWith('en'));
  }
}

// ---- NumberFormat ----------------------------------------------------------------

const CURRENCY_SYMBOLS = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', CNY: 'CN¥', INR: '₹', CAD: 'CA$', AUD: 'A$', CHF: 'CHF', KRW: '₩' };

function group(intPart, useGrouping) {
  if (!useGrouping || intPart.length <= 3) return intPart;
  let out = '';
  for (let i = 0; i < intPart.length; i++) {
    if (i > 0 && (intPart.length - i) % 3 === 0) out += ',';
    out += intPart[i];
  }
  return out;
}

// |n| as decimal digits rounded half away from zero to `maxFrac` places.
function fixed(abs, maxFrac) {
  if (abs >= 1e21) {
    return [BigInt(Math.round(abs)).toString(), ''];
  }
  let s = abs.toFixed(maxFrac);
  // toFixed rounds the exact binary value; Intl rounds the same way, so only the
  // exponent form for tiny numbers needs care (toFixed never uses it).
  const [i, f = ''] = s.split('.');
  return [i, f];
}

class NumberFormat {
  #o;

  constructor(locales, options = {}) {
    if (options === null) throw new TypeError('Cannot convert undefined or null to object');
    const style = options.style ?? 'decimal';
    if (!['decimal', 'percent', 'currency', 'unit'].includes(style)) throw new RangeError(`Value ${style} out of range for Intl.NumberFormat options property style`);
    if (style === 'currency' && !options.currency) throw new TypeError('Currency code is required with currency style.');
    const currencyDigits = options.currency === 'JPY' || options.currency === 'KRW' ? 0 : 2;
    const defMin = style === 'currency' ? currencyDigits : 0;
    const defMax = style === 'currency' ? currencyDigits : style === 'percent' ? 0 : 3;
    const minFrac = options.minimumFractionDigits ?? Math.min(defMin, options.maximumFractionDigits ?? defMin);
    const maxFrac = Math.max(options.maximumFractionDigits ?? Math.max(defMax, minFrac), minFrac);
    this.#o = {
      locale: LOCALE,
      numberingSystem: 'latn',
      style,
      currency: options.currency ? String(options.currency).toUpperCase() : undefined,
      currencyDisplay: options.currencyDisplay ?? 'symbol',
      unit: options.unit,
      minimumIntegerDigits: options.minimumIntegerDigits ?? 1,
      minimumFractionDigits: minFrac,
      maximumFractionDigits: maxFrac,
      useGrouping: options.useGrouping === undefined ? 'auto' : options.useGrouping,
      notation: options.notation ?? 'standard',
      signDisplay: options.signDisplay ?? 'auto',
      roundingMode: 'halfExpand',
    };
  }

  format(value) {
    return this.formatToParts(value).map((p) => p.value).join('');
  }

  formatToParts(value) {
    const o = this.#o;
    if (typeof value === 'bigint') value = Number(value);
    let n = Number(value);
    const parts = [];
    const negative = n < 0 || Object.is(n, -0);
    if (Number.isNaN(n)) return [{ type: 'nan', value: 'NaN' }];
    if (o.style === 'percent') n *= 100;
    const abs = Math.abs(n);
    if (negative && (o.signDisplay !== 'never') && !(Object.is(n, -0) && o.signDisplay === 'auto' && false)) parts.push({ type: 'minusSign', value: '-' });
    else if (o.signDisplay === 'always' || (o.signDisplay === 'exceptZero' && abs !== 0)) parts.push({ type: 'plusSign', value: '+' });
    if (o.style === 'currency') parts.push({ type: 'currency', value: o.currencyDisplay === 'code' ? `${o.currency}\u00a0` : CURRENCY_SYMBOLS[o.currency] ?? `${o.currency}\u00a0` });
    if (!Number.isFinite(abs)) {
      parts.push({ type: 'infinity', value: '∞' });
    } else {
      let [int, frac] = fixed(abs, o.maximumFractionDigits);
      while (frac.length > o.minimumFractionDigits && frac.endsWith('0')) frac = frac.slice(0, -1);
      int = int.padStart(o.minimumIntegerDigits, '0');
      const grouped = group(int, o.useGrouping !== false);
      grouped.split(',').forEach((g, i) => {
        if (i > 0) parts.push({ type: 'group', value: ',' });
        parts.push({ type: 'integer', value: g });
      });
      if (frac) {
        parts.push({ type: 'decimal', value: '.' });
        parts.push({ type: 'fraction', value: frac });
      }
    }
    if (o.style === 'percent') parts.push({ type: 'percentSign', value: '%' });
    if (o.style === 'unit' && o.unit) parts.push({ type: 'literal', value: ' ' }, { type: 'unit', value: o.unit });
    return parts;
  }

  resolvedOptions() {
    const out = {};
    for (const [k, v] of Object.entries(this.#o)) if (v !== undefined) out[k] = v;
    return out;
  }

  static supportedLocalesOf(l) {
    return getCanonicalLocales(l).filter((x) => x.startsWith('en'));
  }
}

// ---- DateTimeFormat --------------------------------------------------------------

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function localZone() {
  const tz = globalThis.process && globalThis.process.env.TZ;
  return tz || 'UTC';
}

const UTC_NAMES = new Set(['UTC', 'Etc/UTC', 'GMT', 'Etc/GMT', 'Z', 'Zulu', 'Universal', 'Etc/Universal']);

class DateTimeFormat {
  #o;

  constructor(locales, options = {}) {
    const o = { ...options };
    const tz = o.timeZone === undefined ? localZone() : String(o.timeZone);
    const utc = UTC_NAMES.has(tz) || UTC_NAMES.has(tz.toUpperCase());
    if (!utc && tz !== localZone()) throw new RangeError(`Invalid time zone specified: ${tz}`);
    const hasComponent = ['weekday', 'era', 'year', 'month', 'day', 'hour', 'minute', 'second', 'dateStyle', 'timeStyle'].some((k) => o[k] !== undefined);
    if (!hasComponent) {
      o.year = 'numeric';
      o.month = 'numeric';
      o.day = 'numeric';
    }
    this.#o = { ...o, timeZone: utc ? 'UTC' : tz, utc: utc || tz === 'UTC', locale: LOCALE, calendar: 'gregory', numberingSystem: 'latn' };
  }

  #fields(date) {
    const d = date === undefined ? new Date() : new Date(date);
    if (Number.isNaN(d.getTime())) throw new RangeError('Invalid time value');
    const u = this.#o.utc;
    return {
      year: u ? d.getUTCFullYear() : d.getFullYear(),
      month: u ? d.getUTCMonth() : d.getMonth(),
      day: u ? d.getUTCDate() : d.getDate(),
      weekday: u ? d.getUTCDay() : d.getDay(),
      hour: u ? d.getUTCHours() : d.getHours(),
      minute: u ? d.getUTCMinutes() : d.getMinutes(),
      second: u ? d.getUTCSeconds() : d.getSeconds(),
    };
  }

  format(date) {
    const o = this.#o;
    const f = this.#fields(date);
    const pad = (n) => String(n).padStart(2, '0');
    const dateStyle = o.dateStyle;
    const timeStyle = o.timeStyle;
    let datePart = '';
    let timePart = '';
    if (dateStyle === 'full') datePart = `${DAYS[f.weekday]}, ${MONTHS[f.month]} ${f.day}, ${f.year}`;
    else if (dateStyle === 'long') datePart = `${MONTHS[f.month]} ${f.day}, ${f.year}`;
    else if (dateStyle === 'medium') datePart = `${MONTHS[f.month].slice(0, 3)} ${f.day}, ${f.year}`;
    else if (dateStyle === 'short') datePart = `${f.month + 1}/${f.day}/${String(f.year).slice(-2)}`;
    else if (o.year || o.month || o.day || o.weekday) {
      const textual = o.month === 'long' || o.month === 'short' || o.month === 'narrow';
      const monthText = o.month === 'long' ? MONTHS[f.month] : o.month === 'short' ? MONTHS[f.month].slice(0, 3) : MONTHS[f.month][0];
      const day = o.day === '2-digit' ? pad(f.day) : String(f.day);
      const month = o.month === '2-digit' ? pad(f.month + 1) : String(f.month + 1);
      const year = o.year === '2-digit' ? pad(f.year % 100) : String(f.year);
      if (textual) {
        datePart = [o.month && monthText, o.day && day].filter(Boolean).join(' ');
        if (o.year) datePart += (datePart ? ', ' : '') + year;
      } else {
        datePart = [o.month && month, o.day && day, o.year && year].filter(Boolean).join('/');
      }
      if (o.weekday) datePart = `${o.weekday === 'long' ? DAYS[f.weekday] : DAYS[f.weekday].slice(0, 3)}${datePart ? ', ' + datePart : ''}`;
    }
    const h12 = o.hour12 !== false && o.hourCycle !== 'h23' && o.hourCycle !== 'h24';
    const hour = h12 ? ((f.hour + 11) % 12) + 1 : f.hour;
    const ampm = f.hour < 12 ? 'AM' : 'PM';
    if (timeStyle) {
      timePart = timeStyle === 'short' ? `${hour}:${pad(f.minute)}` : `${hour}:${pad(f.minute)}:${pad(f.second)}`;
      if (h12) timePart += ` ${ampm}`;
      if (timeStyle === 'full' || timeStyle === 'long') timePart += ` ${o.utc ? 'UTC' : o.timeZone}`;
    } else if (o.hour || o.minute || o.second) {
      const bits = [];
      if (o.hour) bits.push(o.hour === '2-digit' || !h12 ? pad(hour) : String(hour));
      if (o.minute) bits.push(pad(f.minute));
      if (o.second) bits.push(pad(f.second));
      timePart = bits.join(':') + (h12 && o.hour ? ` ${ampm}` : '');
      if (o.timeZoneName) timePart += ` ${o.utc ? 'UTC' : o.timeZone}`;
    }
    return datePart && timePart ? `${datePart}, ${timePart}` : datePart || timePart;
  }

  formatToParts(date) {
    return [{ type: 'literal', value: this.format(date) }];
  }

  resolvedOptions() {
    return { locale: LOCALE, calendar: 'gregory', numberingSystem: 'latn', timeZone: this.#o.timeZone };
  }

  static supportedLocalesOf(l) {
    return getCanonicalLocales(l).filter((x) => x.startsWith('en'));
  }
}

// ---- Collator --------------------------------------------------------------------

function baseLetters(s) {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

class Collator {
  #o;

  constructor(locales, options = {}) {
    this.#o = { locale: LOCALE, usage: options.usage ?? 'sort', sensitivity: options.sensitivity ?? 'variant', ignorePunctuation: Boolean(options.ignorePunctuation), collation: 'default', numeric: Boolean(options.numeric), caseFirst: options.caseFirst ?? 'false' };
    this.compare = this.compare.bind(this);
  }

  // Root collation, approximately: letters by base letter, then accents, then
  // lowercase before uppercase; digit runs by value with `numeric`.
  compare(a, b) {
    a = String(a);
    b = String(b);
    const o = this.#o;
    const key = (s) => (o.numeric ? s.replace(/\d+/g, (d) => d.padStart(20, '0')) : s);
    const ab = key(baseLetters(a).toLowerCase());
    const bb = key(baseLetters(b).toLowerCase());
    if (ab !== bb) return ab < bb ? -1 : 1;
    if (o.sensitivity === 'base') return 0;
    const aa = baseLetters(a) === a;
    const ba = baseLetters(b) === b;
    if (a.normalize('NFD').toLowerCase() !== b.normalize('NFD').toLowerCase()) {
      if (aa !== ba) return aa ? -1 : 1;
      const x = a.normalize('NFD').toLowerCase();
      const y = b.normalize('NFD').toLowerCase();
      return x < y ? -1 : x > y ? 1 : 0;
    }
    if (o.sensitivity === 'accent') return 0;
    if (a === b) return 0;
    // Lowercase first at the first case difference.
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      if (a[i] !== b[i]) return a[i] === a[i].toLowerCase() ? -1 : 1;
    }
    return a.length - b.length < 0 ? -1 : 1;
  }

  resolvedOptions() {
    return { ...this.#o };
  }

  static supportedLocalesOf(l) {
    return getCanonicalLocales(l).filter((x) => x.startsWith('en'));
  }
}

// ---- PluralRules, ListFormat, RelativeTimeFormat -----------------------------------

class PluralRules {
  #type;

  constructor(locales, options = {}) {
    this.#type = options.type ?? 'cardinal';
  }

  select(n) {
    n = Number(n);
    if (this.#type === 'ordinal') {
      const m10 = n % 10;
      const m100 = n % 100;
      if (m10 === 1 && m100 !== 11) return 'one';
      if (m10 === 2 && m100 !== 12) return 'two';
      if (m10 === 3 && m100 !== 13) return 'few';
      return 'other';
    }
    return n === 1 ? 'one' : 'other';
  }

  resolvedOptions() {
    return { locale: LOCALE, type: this.#type, pluralCategories: this.#type === 'ordinal' ? ['few', 'one', 'two', 'other'] : ['one', 'other'] };
  }
}

class ListFormat {
  #o;

  constructor(locales, options = {}) {
    this.#o = { type: options.type ?? 'conjunction', style: options.style ?? 'long' };
  }

  format(list) {
    const items = [...list].map(String);
    const word = this.#o.type === 'disjunction' ? 'or' : this.#o.type === 'unit' ? '' : this.#o.style === 'long' ? 'and' : '&';
    if (items.length === 0) return '';
    if (items.length === 1) return items[0];
    if (this.#o.type === 'unit') return items.join(this.#o.style === 'narrow' ? ' ' : ', ');
    if (items.length === 2) return `${items[0]} ${word} ${items[1]}`;
    return `${items.slice(0, -1).join(', ')}, ${word} ${items[items.length - 1]}`;
  }
}

class RelativeTimeFormat {
  #o;

  constructor(locales, options = {}) {
    this.#o = { numeric: options.numeric ?? 'always', style: options.style ?? 'long' };
  }

  format(value, unit) {
    const u = String(unit).replace(/s$/, '');
    const units = ['second', 'minute', 'hour', 'day', 'week', 'month', 'quarter', 'year'];
    if (!units.includes(u)) throw new RangeError(`Invalid unit argument for format() '${unit}'`);
    const n = Number(value);
    if (this.#o.numeric === 'auto') {
      const special = { day: { '-1': 'yesterday', 0: 'today', 1: 'tomorrow' }, year: { '-1': 'last year', 0: 'this year', 1: 'next year' }, month: { '-1': 'last month', 0: 'this month', 1: 'next month' }, week: { '-1': 'last week', 0: 'this week', 1: 'next week' } };
      if (special[u] && special[u][n] !== undefined) return special[u][n];
      if (n === 0 && ['second', 'minute', 'hour'].includes(u)) return u === 'second' ? 'now' : `this ${u}`;
    }
    const abs = new NumberFormat().format(Math.abs(n));
    const label = Math.abs(n) === 1 ? u : `${u}s`;
    return n < 0 || Object.is(n, -0) ? `${abs} ${label} ago` : `in ${abs} ${label}`;
  }
}

// Intl's constructors also work when called without `new`.
function callable(C) {
  const F = function (...args) {
    return new C(...args);
  };
  Object.defineProperty(F, 'name', { value: C.name });
  F.prototype = C.prototype;
  if (C.supportedLocalesOf) F.supportedLocalesOf = C.supportedLocalesOf;
  return F;
}

const Intl = {
  getCanonicalLocales,
  supportedValuesOf() {
    return [];
  },
  Segmenter,
  NumberFormat: callable(NumberFormat),
  DateTimeFormat: callable(DateTimeFormat),
  Collator: callable(Collator),
  PluralRules,
  ListFormat,
  RelativeTimeFormat,
};
Object.defineProperty(Intl, Symbol.toStringTag, { value: 'Intl', configurable: true });

// Locale-sensitive builtins of an engine without Intl print what node prints for en-US.
// The locale-sensitive builtins, as node (en-US, full ICU) answers them. The
// bootstrap installs small stubs that load this module on first call.
let collator;
const methods = {
  Number: {
    toLocaleString(locales, options) {
      return new NumberFormat(locales, options).format(Number.prototype.valueOf.call(this));
    },
  },
  BigInt: {
    toLocaleString(locales, options) {
      const v = BigInt.prototype.valueOf.call(this);
      const sign = v < 0n ? '-' : '';
      return sign + group((v < 0n ? -v : v).toString(), !options || options.useGrouping !== false);
    },
  },
  Date: {
    toLocaleString: dateMethod({ year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: '2-digit', second: '2-digit' }),
    toLocaleDateString: dateMethod({ year: 'numeric', month: 'numeric', day: 'numeric' }),
    toLocaleTimeString: dateMethod({ hour: 'numeric', minute: '2-digit', second: '2-digit' }),
  },
  String: {
    localeCompare(that, locales, options) {
      return (options ? new Collator(locales, options) : (collator ??= new Collator())).compare(String(this), String(that));
    },
  },
};

function dateMethod(defaults) {
  return function (locales, options) {
    if (Number.isNaN(Date.prototype.getTime.call(this))) return 'Invalid Date';
    const o = options ? { ...options } : {};
    const any = ['weekday', 'year', 'month', 'day', 'hour', 'minute', 'second', 'dateStyle', 'timeStyle'].some((k) => o[k] !== undefined);
    return new DateTimeFormat(locales, any ? o : { ...o, ...defaults }).format(this);
  };
}

module.exports = { Intl, methods };

