'use strict';
// The .env parser behind util.parseEnv (and node's --env-file): a port of node
// v20's C++ Dotenv::ParseContent, quirks included (a line without '=' runs into the
// next key, an empty key or an unterminated quote on the last line ends parsing,
// and the lines after a value keep their leading spaces).

// Node trims spaces only, not tabs or newlines.
function trimSpaces(s) {
  let start = 0;
  let end = s.length;
  while (start < end && s[start] === ' ') start++;
  while (end > start && s[end - 1] === ' ') end--;
  return s.slice(start, end);
}

function parse(input) {
  const store = {};
  let content = trimSpaces(input.replace(/\r/g, ''));
  while (content.length > 0) {
    // Empty lines and comments.
    if (content[0] === '\n' || content[0] === '#') {
      const newline = content.indexOf('\n');
      content = newline === -1 ? '' : content.slice(newline + 1);
      continue;
    }
    const equal = content.indexOf('=');
    if (equal === -1) break;
    let key = trimSpaces(content.slice(0, equal));
    content = trimSpaces(content.slice(equal + 1));
    if (key === '') break;
    if (key.startsWith('export ')) key = key.slice(7);
    if (content === '') {
      store[key] = '';
      break;
    }
    const quote = content[0];
    // Double quotes expand \n.
    if (quote === '"') {
      const closing = content.indexOf('"', 1);
      if (closing !== -1) {
        store[key] = content.slice(1, closing).replace(/\\n/g, '\n');
        const newline = content.indexOf('\n', closing + 1);
        content = newline === -1 ? '' : content.slice(newline + 1);
        continue;
      }
    }
    if (quote === "'" || quote === '"' || quote === '`') {
      const closing = content.indexOf(quote, 1);
      if (closing === -1) {
        // Unterminated: the rest of the line, quote included.
        const newline = content.indexOf('\n');
        if (newline === -1) break;
        store[key] = content.slice(0, newline);
        content = content.slice(newline);
      } else {
        store[key] = content.slice(1, closing);
        const newline = content.indexOf('\n', closing + 1);
        content = newline === -1 ? '' : content.slice(newline + 1);
      }
    } else {
      const newline = content.indexOf('\n');
      let value = newline === -1 ? content : content.slice(0, newline);
      const hash = value.indexOf('#');
      if (hash !== -1) value = value.slice(0, hash);
      store[key] = trimSpaces(value);
      content = newline === -1 ? '' : content.slice(newline + 1);
    }
  }
  // Node keeps the pairs in a std::map: the keys come out sorted.
  const sorted = {};
  for (const key of Object.keys(store).sort()) sorted[key] = store[key];
  return sorted;
}

module.exports = { parse };
