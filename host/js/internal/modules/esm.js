'use strict';
// What ES modules see of the host: `import.meta`.

function initializeImportMeta(meta, url) {
  // Node's key order: dirname, filename, resolve, url.
  delete meta.url;
  if (url.startsWith('file:')) {
    const filename = require('internal/url').fileURLToPath(url);
    meta.dirname = require('path').dirname(filename);
    meta.filename = filename;
  }
  meta.resolve = function resolve(specifier) {
    return bindings.resolveImport(`${specifier}`, url);
  };
  meta.url = url;
}

module.exports = { initializeImportMeta };
