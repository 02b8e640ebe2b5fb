'use strict';
// Node's `path` module: path.posix and path.win32, with the results node gives for
// every input, down to its corner cases (what `dirname('//a')` or
// `win32.normalize('\\\\server\\share')` return), which programs come to rely on.
// `path` itself is path.posix: jsrig runs on POSIX systems.

function checkString(value, name) {
  if (typeof value !== 'string') {
    const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
    throw new ERR_INVALID_ARG_TYPE(name, 'string', value);
  }
}

function checkObject(value, name) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
    throw new ERR_INVALID_ARG_TYPE(name, 'Object', value);
  }
}

// Experimental in node 20 (it warns once), and matched by node's own minimatch.
function glob(path, pattern, windows) {
  require('internal/util').emitExperimentalWarning('glob');
  checkString(path, 'path');
  checkString(pattern, 'pattern');
  return require('internal/deps/minimatch').minimatch(path, pattern, {
    __proto__: null,
    nocase: globalThis.process.platform === 'darwin' || globalThis.process.platform === 'win32',
    windowsPathsNoEscape: true,
    nonegate: true,
    nocomment: true,
    optimizationLevel: 2,
    platform: windows ? 'win32' : 'posix',
    nocaseMagicOnly: true,
  });
}

function cwd() {
  if (typeof bindings.cwd !== 'function') {
    throw new Error('path.resolve() needs the current directory, which this host does not provide');
  }
  return bindings.cwd();
}

const isPosixSep = (c) => c === '/';
const isWin32Sep = (c) => c === '/' || c === '\\';
const isDriveLetter = (c) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');

// Folds the '.' and '..' segments of `path` and drops empty ones. A '..' that would
// climb above the start is kept for relative paths (allowAboveRoot), dropped else.
function foldSegments(path, allowAboveRoot, sep, isSep) {
  const out = [];
  let start = 0;
  for (let i = 0; i <= path.length; i++) {
    if (i < path.length && !isSep(path[i])) continue;
    const segment = path.slice(start, i);
    start = i + 1;
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (allowAboveRoot) out.push('..');
    } else {
      out.push(segment);
    }
  }
  return out.join(sep);
}

// Bounds of the last name in path[from..]: trailing separators are ignored.
// `nameStart` is where it begins; `end` is -1 when there is no name at all.
function lastName(path, from, isSep) {
  let end = path.length;
  while (end > from && isSep(path[end - 1])) end--;
  if (end === from) return { nameStart: from, end: -1 };
  let nameStart = end;
  while (nameStart > from && !isSep(path[nameStart - 1])) nameStart--;
  return { nameStart, end };
}

function basenameOf(path, suffix, from, isSep) {
  const { nameStart, end } = lastName(path, from, isSep);
  if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length) {
    if (suffix === path) return '';
    // Node's quirks: with a suffix, a path of separators only is its own basename,
    // and a name that is the end of a longer suffix keeps its trailing separators.
    if (end === -1) return path.slice(from);
    const name = path.slice(nameStart, end);
    if (name.length > suffix.length && name.endsWith(suffix)) return name.slice(0, name.length - suffix.length);
    if (name.length < suffix.length && suffix.endsWith(name)) return path.slice(nameStart);
    return name;
  }
  return end === -1 ? '' : path.slice(nameStart, end);
}

// The extension of a name: from its last dot, unless that dot starts the name
// ('.bashrc') or the name is '..'.
function extOf(name) {
  const dot = name.lastIndexOf('.');
  if (dot <= 0 || name === '..') return '';
  return name.slice(dot);
}

// Bound to a separator below, which also gives node's name, 'bound _format'.
function _format(sep, pathObject) {
  checkObject(pathObject, 'pathObject');
  const dir = pathObject.dir || pathObject.root;
  let base = pathObject.base;
  if (!base) {
    const ext = pathObject.ext ? `${pathObject.ext[0] === '.' ? '' : '.'}${pathObject.ext}` : '';
    base = `${pathObject.name || ''}${ext}`;
  }
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}${sep}${base}`;
}

// Fills parse()'s base, name, ext from the last name of path[from..].
function parseName(path, from, isSep, ret) {
  const { nameStart, end } = lastName(path, from, isSep);
  if (end === -1) return nameStart;
  ret.base = path.slice(nameStart, end);
  ret.ext = extOf(ret.base);
  ret.name = ret.base.slice(0, ret.base.length - ret.ext.length);
  return nameStart;
}

// ---- posix ---------------------------------------------------------------------

const posix = {
  resolve(...args) {
    let resolved = '';
    let absolute = false;
    for (let i = args.length - 1; i >= -1 && !absolute; i--) {
      const path = i >= 0 ? args[i] : cwd();
      checkString(path, `paths[${i}]`);
      if (path.length === 0) continue;
      resolved = `${path}/${resolved}`;
      absolute = path[0] === '/';
    }
    const folded = foldSegments(resolved, !absolute, '/', isPosixSep);
    if (absolute) return `/${folded}`;
    return folded.length > 0 ? folded : '.';
  },

  normalize(path) {
    checkString(path, 'path');
    if (path.length === 0) return '.';
    const absolute = path[0] === '/';
    const trailingSep = path[path.length - 1] === '/';
    let folded = foldSegments(path, !absolute, '/', isPosixSep);
    if (folded.length === 0) {
      if (absolute) return '/';
      return trailingSep ? './' : '.';
    }
    if (trailingSep) folded += '/';
    return absolute ? `/${folded}` : folded;
  },

  isAbsolute(path) {
    checkString(path, 'path');
    return path.length > 0 && path[0] === '/';
  },

  join(...args) {
    let joined;
    for (const arg of args) {
      checkString(arg, 'path');
      if (arg.length > 0) joined = joined === undefined ? arg : `${joined}/${arg}`;
    }
    return joined === undefined ? '.' : posix.normalize(joined);
  },

  relative(from, to) {
    checkString(from, 'from');
    checkString(to, 'to');
    if (from === to) return '';
    from = posix.resolve(from);
    to = posix.resolve(to);
    if (from === to) return '';
    const fromNames = from === '/' ? [] : from.slice(1).split('/');
    const toNames = to === '/' ? [] : to.slice(1).split('/');
    let common = 0;
    while (common < fromNames.length && common < toNames.length && fromNames[common] === toNames[common]) common++;
    const up = fromNames.slice(common).map(() => '..');
    return [...up, ...toNames.slice(common)].join('/');
  },

  toNamespacedPath(path) {
    return path;
  },

  dirname(path) {
    checkString(path, 'path');
    if (path.length === 0) return '.';
    let end = path.length;
    while (end > 1 && path[end - 1] === '/') end--;
    const cut = path.lastIndexOf('/', end - 1);
    if (cut === -1) return '.';
    if (cut === 0) return '/';
    // '//a' keeps both slashes: POSIX leaves a leading '//' to the implementation.
    if (cut === 1 && path[0] === '/') return '//';
    return path.slice(0, cut);
  },

  basename(path, suffix) {
    if (suffix !== undefined) checkString(suffix, 'suffix');
    checkString(path, 'path');
    return basenameOf(path, suffix, 0, isPosixSep);
  },

  extname(path) {
    checkString(path, 'path');
    const { nameStart, end } = lastName(path, 0, isPosixSep);
    return end === -1 ? '' : extOf(path.slice(nameStart, end));
  },

  format: _format.bind(null, '/'),

  parse(path) {
    checkString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    if (path.length === 0) return ret;
    const absolute = path[0] === '/';
    if (absolute) ret.root = '/';
    const nameStart = parseName(path, absolute ? 1 : 0, isPosixSep, ret);
    // Node's quirk: right after the root, '..' parses as name '.' and ext '.'.
    if (ret.base === '..' && nameStart === 1) ret.name = ret.ext = '.';
    if (nameStart > 1) ret.dir = path.slice(0, nameStart - 1);
    else if (absolute) ret.dir = '/';
    return ret;
  },
};

// ---- win32 ---------------------------------------------------------------------

// The root at the start of a win32 path, by kind:
//   'drive'  'C:' (relative to that drive's current directory) or 'C:\'
//   'sep'    '\'
//   'unc'    '\\server\share' (`uncWhole` when nothing follows the share name)
//   'device' '\\.\name' or '\\?\name', when asked for (resolve and normalize
//            know these; the other functions read them as UNC roots)
//   'none'
// `end` is where the root ends (for UNC: before the separator after the share).
function win32Root(path, devicePaths = false) {
  const len = path.length;
  const root = { kind: 'none', device: '', end: 0, absolute: false, uncWhole: false };
  if (len === 0) return root;
  if (isWin32Sep(path[0])) {
    root.kind = 'sep';
    root.absolute = true;
    root.end = 1;
    if (len > 1 && isWin32Sep(path[1])) {
      // '\\server\share': a run of non-separators, separators, non-separators.
      let j = 2;
      while (j < len && !isWin32Sep(path[j])) j++;
      if (j < len && j > 2) {
        const server = path.slice(2, j);
        while (j < len && isWin32Sep(path[j])) j++;
        const shareStart = j;
        if (j < len) {
          while (j < len && !isWin32Sep(path[j])) j++;
          if (devicePaths && (server === '.' || server === '?')) {
            root.kind = 'device';
            root.device = `\\\\${server}`;
            root.end = 4;
          } else {
            root.kind = 'unc';
            root.uncWhole = j === len;
            root.device = `\\\\${server}\\${path.slice(shareStart, j)}`;
            root.end = j;
          }
        }
      }
    }
  } else if (len > 1 && isDriveLetter(path[0]) && path[1] === ':') {
    root.kind = 'drive';
    root.device = path.slice(0, 2);
    root.end = 2;
    if (len > 2 && isWin32Sep(path[2])) {
      root.absolute = true;
      root.end = 3;
    }
  }
  return root;
}

// DOS device names ('CON:', 'com1:', ...) that Windows opens whatever directory
// they appear in; normalize() keeps them from reading as something else.
const kReservedName = /^(?:CON|PRN|AUX|NUL|(?:COM|LPT)[1-9\u00b9\u00b2\u00b3])$/;

// The reserved device at the start of `path` ('CON:'), or null. Node reads the name
// up to the first ':', or, with no ':', all but the last character ('CON.' counts,
// with an empty device); kept for identical results.
function reservedDevice(path) {
  const colon = path.indexOf(':');
  return kReservedName.test(path.slice(0, colon).toUpperCase()) ? path.slice(0, colon + 1) : null;
}

// Whether a relative result of normalize() could be read as a drive path ('c:x')
// or a stream ('a\b:'): then it gets a leading '.\'.
function looksRooted(path, tail) {
  if (tail.length >= 2 && isDriveLetter(tail[0]) && tail[1] === ':') return true;
  for (let i = path.indexOf(':'); i !== -1; i = path.indexOf(':', i + 1)) {
    if (i === path.length - 1 || isWin32Sep(path[i + 1])) return true;
  }
  return false;
}

// [start, end) of `path` without its leading backslashes and trailing ones (one
// character is always left).
function trimBackslashes(path) {
  let start = 0;
  while (start < path.length && path[start] === '\\') start++;
  let end = path.length;
  while (end - 1 > start && path[end - 1] === '\\') end--;
  return [start, end];
}

// relative() when case-folding changes lengths: the paths are compared as lists of
// names, split at every backslash (a root 'C:' is a name too, a root '\' an empty one).
function relativeByNames(fromFull, toFull) {
  const names = (full) => {
    const parts = full.split('\\');
    if (parts[parts.length - 1] === '') parts.pop();
    return parts;
  };
  const fromNames = names(fromFull);
  const toNames = names(toFull);
  const shorter = Math.min(fromNames.length, toNames.length);
  let common = 0;
  while (common < shorter && fromNames[common].toLowerCase() === toNames[common].toLowerCase()) common++;
  if (common === 0) return toFull;
  const ups = new Array(fromNames.length - common).fill('..').join('\\');
  const rest = toNames.slice(common).join('\\');
  if (common === shorter) return toNames.length > shorter ? rest : ups;
  return `${ups}\\${rest}`;
}

const win32 = {
  resolve(...args) {
    let device = '';
    let tail = '';
    let absolute = false;
    for (let i = args.length - 1; i >= -1; i--) {
      let path;
      if (i >= 0) {
        path = args[i];
        checkString(path, `paths[${i}]`);
        if (path.length === 0) continue;
      } else {
        // Windows keeps a current directory per drive; this host has only the one.
        path = cwd();
        if (device.length > 0 && path.slice(0, 2).toLowerCase() !== device.toLowerCase() && path[2] === '\\') {
          path = `${device}\\`;
        }
      }
      const root = win32Root(path, true);
      if (root.device.length > 0) {
        if (device.length === 0) device = root.device;
        else if (root.device.toLowerCase() !== device.toLowerCase()) continue; // another drive's path
      }
      if (absolute) {
        if (device.length > 0) break;
      } else {
        tail = `${path.slice(root.end)}\\${tail}`;
        absolute = root.absolute;
        if (absolute && device.length > 0) break;
      }
    }
    tail = foldSegments(tail, !absolute, '\\', isWin32Sep);
    return absolute ? `${device}\\${tail}` : `${device}${tail}` || '.';
  },

  normalize(path) {
    checkString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    if (len === 1) return path === '/' ? '\\' : path;
    const root = win32Root(path, true);
    if (root.uncWhole) return `${root.device}\\`;
    let { device, end } = root;
    const reserved = root.kind === 'none' ? reservedDevice(path) : null;
    if (reserved !== null) {
      device = reserved;
      end = device.length;
    }
    let tail = end < len ? foldSegments(path.slice(end), !root.absolute, '\\', isWin32Sep) : '';
    if (tail.length === 0 && !root.absolute) tail = '.';
    if (tail.length > 0 && isWin32Sep(path[len - 1])) tail += '\\';
    if (reserved !== null) return `.\\${device}${tail}`;
    if (device.length === 0) {
      if (root.absolute) return `\\${tail}`;
      return path.includes(':') && looksRooted(path, tail) ? `.\\${tail}` : tail;
    }
    return root.absolute ? `${device}\\${tail}` : `${device}${tail}`;
  },

  isAbsolute(path) {
    checkString(path, 'path');
    const len = path.length;
    if (len === 0) return false;
    return isWin32Sep(path[0]) || (len > 2 && isDriveLetter(path[0]) && path[1] === ':' && isWin32Sep(path[2]));
  },

  join(...args) {
    let joined;
    let first;
    for (const arg of args) {
      checkString(arg, 'path');
      if (arg.length > 0) {
        if (joined === undefined) joined = first = arg;
        else joined += `\\${arg}`;
      }
    }
    if (joined === undefined) return '.';
    // A run of leading separators would read as a UNC root; it is one only when the
    // first part says so: exactly two separators, then a name.
    const firstIsUnc = first.length > 2 && isWin32Sep(first[0]) && isWin32Sep(first[1]) && !isWin32Sep(first[2]);
    if (!firstIsUnc) {
      let seps = 0;
      while (seps < joined.length && isWin32Sep(joined[seps])) seps++;
      if (seps >= 2) joined = `\\${joined.slice(seps)}`;
    }
    return win32.normalize(joined);
  },

  // Compares the resolved paths character by character, case-insensitively, as
  // node does. For paths without a drive (a POSIX cwd resolved as win32) this gives
  // node's odd answers (from '\a' to '\a.b' is '..a.b'); they are kept.
  relative(from, to) {
    checkString(from, 'from');
    checkString(to, 'to');
    if (from === to) return '';
    const fromFull = win32.resolve(from);
    const toFull = win32.resolve(to);
    if (fromFull === toFull) return '';
    const a = fromFull.toLowerCase();
    const b = toFull.toLowerCase();
    if (a === b) return '';
    // Lower-casing changed a length ('İ' becomes two characters): node compares
    // names instead, which gives the plain answers.
    if (a.length !== fromFull.length || b.length !== toFull.length) return relativeByNames(fromFull, toFull);
    // Leading backslashes are skipped, and trailing ones (only UNC roots have them).
    const [aStart, aEnd] = trimBackslashes(a);
    const [bStart, bEnd] = trimBackslashes(b);
    const aLen = aEnd - aStart;
    const bLen = bEnd - bStart;
    const shorter = Math.min(aLen, bLen);
    let same = 0;
    let lastSep = -1; // offset of the last backslash both share
    while (same < shorter && a[aStart + same] === b[bStart + same]) {
      if (a[aStart + same] === '\\') lastSep = same;
      same++;
    }
    if (same < shorter) {
      if (lastSep === -1) return toFull; // no common root
    } else {
      if (bLen > shorter) {
        if (b[bStart + same] === '\\') return toFull.slice(bStart + same + 1); // `from` contains `to`
        if (same === 2) return toFull.slice(bStart + same); // `from` is a drive root
      }
      if (aLen > shorter) {
        if (a[aStart + same] === '\\') lastSep = same; // `to` contains `from`
        else if (same === 2) lastSep = 3; // `to` is a drive root
      }
      if (lastSep === -1) lastSep = 0;
    }
    // A '..' for each name of `from` past the common part, then the rest of `to`.
    const upFrom = aStart + lastSep + 1;
    const ups = upFrom <= aEnd ? a.slice(upFrom, aEnd).split('\\').length : 0;
    const rest = bStart + lastSep;
    if (ups > 0) return `${new Array(ups).fill('..').join('\\')}${toFull.slice(rest, bEnd)}`;
    return toFull.slice(toFull[rest] === '\\' ? rest + 1 : rest, bEnd);
  },

  toNamespacedPath(path) {
    if (typeof path !== 'string' || path.length === 0) return path;
    const resolved = win32.resolve(path);
    if (resolved.length <= 2) return path;
    if (resolved[0] === '\\') {
      if (resolved[1] === '\\' && resolved[2] !== '?' && resolved[2] !== '.') {
        return `\\\\?\\UNC\\${resolved.slice(2)}`;
      }
    } else if (isDriveLetter(resolved[0]) && resolved[1] === ':' && resolved[2] === '\\') {
      return `\\\\?\\${resolved}`;
    }
    return resolved;
  },

  dirname(path) {
    checkString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    if (len === 1) return isWin32Sep(path[0]) ? path : '.';
    const root = win32Root(path);
    if (root.uncWhole) return path;
    // The root, separator included, is never cut; -1: a relative path.
    let rootEnd = -1;
    if (root.kind === 'unc') rootEnd = root.end + 1;
    else if (root.absolute || root.device.length > 0) rootEnd = root.end;
    let end = len;
    const from = Math.max(rootEnd, 0);
    while (end > from && isWin32Sep(path[end - 1])) end--;
    let cut = end - 1;
    while (cut >= from && !isWin32Sep(path[cut])) cut--;
    if (cut < from) {
      if (rootEnd === -1) return '.';
      cut = rootEnd;
    }
    return path.slice(0, cut);
  },

  basename(path, suffix) {
    if (suffix !== undefined) checkString(suffix, 'suffix');
    checkString(path, 'path');
    const from = path.length >= 2 && isDriveLetter(path[0]) && path[1] === ':' ? 2 : 0;
    return basenameOf(path, suffix, from, isWin32Sep);
  },

  extname(path) {
    checkString(path, 'path');
    const from = path.length >= 2 && isDriveLetter(path[0]) && path[1] === ':' ? 2 : 0;
    const { nameStart, end } = lastName(path, from, isWin32Sep);
    return end === -1 ? '' : extOf(path.slice(nameStart, end));
  },

  format: _format.bind(null, '\\'),

  parse(path) {
    checkString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    const len = path.length;
    if (len === 0) return ret;
    const root = win32Root(path);
    let rootEnd;
    if (len === 1) {
      if (isWin32Sep(path[0])) {
        ret.root = ret.dir = path;
        return ret;
      }
      rootEnd = 0;
    } else if (root.kind === 'unc') {
      rootEnd = root.uncWhole ? len : root.end + 1;
    } else {
      rootEnd = root.end;
    }
    if (rootEnd > 0) ret.root = path.slice(0, rootEnd);
    if (rootEnd === len) {
      ret.dir = ret.root;
      return ret;
    }
    const nameStart = parseName(path, rootEnd, isWin32Sep, ret);
    ret.dir = nameStart > rootEnd + 1 ? path.slice(0, nameStart - 1) : ret.root;
    return ret;
  },
};

// Node's key order: matchesGlob, sep and delimiter come after parse.
posix.matchesGlob = {
  matchesGlob(path, pattern) {
    return glob(path, pattern, false);
  },
}.matchesGlob;
win32.matchesGlob = {
  matchesGlob(path, pattern) {
    return glob(path, pattern, true);
  },
}.matchesGlob;
posix.sep = '/';
posix.delimiter = ':';
win32.sep = '\\';
win32.delimiter = ';';
posix.win32 = win32.win32 = win32;
posix.posix = win32.posix = posix;
posix._makeLong = posix.toNamespacedPath;
win32._makeLong = win32.toNamespacedPath;

module.exports = posix;
