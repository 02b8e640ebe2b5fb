'use strict';
// Each fs operation once: `prepare(...args)` checks the arguments (throwing as
// node does, in node's order) and returns [host op, its arguments, how to shape
// the result, how to reshape a host error (optional)]. `arity` is how many
// arguments come before the callback. fs.js derives the sync and callback forms
// from these, fs/promises.js the promise form.

const u = require('internal/fs/utils');

const { toPath, getOptions, stringToFlags, parseMode, decode, constants } = u;

function codes() {
  return require('internal/errors').codes;
}

function validators() {
  return require('internal/validators');
}

function B() {
  return require('buffer').Buffer;
}

const identity = (v) => v;
const nothing = () => undefined;

function encodePath(p, encoding) {
  if (!encoding || encoding === 'utf8' || encoding === 'utf-8') return p;
  const buf = B().from(p);
  return encoding === 'buffer' ? buf : buf.toString(encoding);
}

// Data for writeFile/appendFile: views as they are, strings in their encoding.
function writeData(data, encoding) {
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (typeof data !== 'string') {
    throw new (codes().ERR_INVALID_ARG_TYPE)('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  return u.toBytes(data, encoding || 'utf8');
}

// readFile reads after open: a directory fails in read(), with no path, as in node.
function readFileError(err) {
  if (err && err.syscall === 'read') return u.redescribe(err, 'read', false);
  return err;
}

function statOptions(options) {
  return { bigint: Boolean(options && options.bigint), throwIfNoEntry: !(options && options.throwIfNoEntry === false) };
}

const ops = {
  readFile: {
    arity: 2,
    prepare(path, options) {
      const o = getOptions(options, { flag: 'r' });
      const flags = stringToFlags(o.flag || 'r');
      const post = (b) => decode(b, o.encoding);
      if (u.isFd(path)) return ['readFile', [path], post];
      return ['readFile', [toPath(path), flags], post, readFileError];
    },
  },
  writeFile: {
    arity: 3,
    prepare(path, data, options) {
      const o = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false });
      validators().validateBoolean(o.flush ?? false, 'options.flush');
      const bytes = writeData(data, o.encoding);
      if (u.isFd(path)) return ['writeFile', [path, bytes], nothing];
      const p = toPath(path);
      const flags = stringToFlags(o.flag || 'w');
      return ['writeFile', [p, bytes, flags, parseMode(o.mode, 'mode', 0o666)], nothing];
    },
  },
  appendFile: {
    arity: 3,
    prepare(path, data, options) {
      const o = { ...getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' }) };
      if (!o.flag || u.isFd(path)) o.flag = 'a';
      return ops.writeFile.prepare(path, data, o);
    },
  },
  open: {
    arity: 3,
    prepare(path, flags, mode) {
      const p = toPath(path);
      const f = stringToFlags(flags);
      return ['open', [p, f, parseMode(mode, 'mode', 0o666)], identity];
    },
  },
  close: {
    arity: 1,
    prepare(fd) {
      return ['close', [u.validateFd(fd)], nothing];
    },
  },
  stat: {
    arity: 2,
    prepare(path, options) {
      const o = statOptions(options);
      return ['stat', [toPath(path)], (f) => u.makeStats(f, o.bigint), undefined, o];
    },
  },
  lstat: {
    arity: 2,
    prepare(path, options) {
      const o = statOptions(options);
      return ['lstat', [toPath(path)], (f) => u.makeStats(f, o.bigint), undefined, o];
    },
  },
  fstat: {
    arity: 2,
    prepare(fd, options) {
      const bigint = Boolean(options && options.bigint);
      return ['fstat', [u.validateFd(fd)], (f) => u.makeStats(f, bigint)];
    },
  },
  access: {
    arity: 2,
    prepare(path, mode) {
      const p = toPath(path);
      return ['access', [p, u.getValidMode(mode, 'access')], nothing];
    },
  },
  readdir: {
    arity: 2,
    prepare(path, options) {
      const o = getOptions(options, {});
      const p = toPath(path);
      if (o.recursive != null) validators().validateBoolean(o.recursive, 'options.recursive');
      if (o.recursive) return ['readdir', [p, true], (flat) => readdirRecursive(p, flat, o)];
      if (o.withFileTypes) return ['readdir', [p, true], (flat) => u.makeDirents(flat, p, o.encoding)];
      return ['readdir', [p, false], (names) => names.map((n) => encodePath(n, o.encoding))];
    },
  },
  mkdir: {
    arity: 2,
    prepare(path, options) {
      let recursive = false;
      let mode = 0o777;
      if (typeof options === 'number' || typeof options === 'string') {
        mode = parseMode(options, 'mode');
      } else if (options) {
        if (options.recursive !== undefined) recursive = options.recursive;
        if (options.mode !== undefined) mode = parseMode(options.mode, 'mode');
      }
      const p = toPath(path);
      validators().validateBoolean(recursive, 'options.recursive');
      return ['mkdir', [p, recursive, mode], identity];
    },
  },
  mkdtemp: {
    arity: 2,
    prepare(prefix, options) {
      const o = getOptions(options, {});
      const p = toPath(prefix, 'prefix');
      return ['mkdtemp', [p], (result) => encodePath(result, o.encoding)];
    },
  },
  unlink: {
    arity: 1,
    prepare(path) {
      return ['unlink', [toPath(path)], nothing];
    },
  },
  rename: {
    arity: 2,
    prepare(oldPath, newPath) {
      return ['rename', [toPath(oldPath, 'oldPath'), toPath(newPath, 'newPath')], nothing];
    },
  },
  copyFile: {
    arity: 3,
    prepare(src, dest, mode) {
      const s = toPath(src, 'src');
      const d = toPath(dest, 'dest');
      return ['copyFile', [s, d, u.getValidMode(mode, 'copyFile')], nothing];
    },
  },
  symlink: {
    arity: 3,
    prepare(target, path, type) {
      const t = toPath(target, 'target');
      const p = toPath(path);
      if (typeof type === 'string' && type !== 'dir' && type !== 'file' && type !== 'junction') {
        throw new (codes().ERR_FS_INVALID_SYMLINK_TYPE)(type);
      }
      return ['symlink', [t, p], nothing];
    },
  },
  link: {
    arity: 2,
    prepare(existingPath, newPath) {
      return ['link', [toPath(existingPath, 'existingPath'), toPath(newPath, 'newPath')], nothing];
    },
  },
  readlink: {
    arity: 2,
    prepare(path, options) {
      const o = getOptions(options, {});
      return ['readlink', [toPath(path, 'oldPath')], (p) => encodePath(p, o.encoding)];
    },
  },
  chmod: {
    arity: 2,
    prepare(path, mode) {
      const p = toPath(path);
      return ['chmod', [p, parseMode(mode, 'mode')], nothing];
    },
  },
  fchmod: {
    arity: 2,
    prepare(fd, mode) {
      const f = u.validateFd(fd);
      return ['fchmod', [f, parseMode(mode, 'mode')], nothing];
    },
  },
  chown: {
    arity: 3,
    prepare(path, uid, gid) {
      const p = toPath(path);
      validators().validateInteger(uid, 'uid', -1, 4294967295);
      validators().validateInteger(gid, 'gid', -1, 4294967295);
      return ['chown', [p, uid, gid], nothing];
    },
  },
  lchown: {
    arity: 3,
    prepare(path, uid, gid) {
      const p = toPath(path);
      validators().validateInteger(uid, 'uid', -1, 4294967295);
      validators().validateInteger(gid, 'gid', -1, 4294967295);
      return ['lchown', [p, uid, gid], nothing];
    },
  },
  fchown: {
    arity: 3,
    prepare(fd, uid, gid) {
      const f = u.validateFd(fd);
      validators().validateInteger(uid, 'uid', -1, 4294967295);
      validators().validateInteger(gid, 'gid', -1, 4294967295);
      return ['chown', [`/proc/self/fd/${f}`, uid, gid], nothing, (err) => u.redescribe(err, 'fchown', false)];
    },
  },
  truncate: {
    arity: 2,
    prepare(path, len) {
      if (u.isFd(path)) return ops.ftruncate.prepare(path, len);
      if (len === undefined) len = 0;
      validators().validateInteger(len, 'len');
      return ['truncate', [toPath(path), Math.max(0, len)], nothing];
    },
  },
  ftruncate: {
    arity: 2,
    prepare(fd, len = 0) {
      const f = u.validateFd(fd);
      validators().validateInteger(len, 'len');
      return ['ftruncate', [f, Math.max(0, len)], nothing];
    },
  },
  fsync: {
    arity: 1,
    prepare(fd) {
      return ['fsync', [u.validateFd(fd)], nothing];
    },
  },
  fdatasync: {
    arity: 1,
    prepare(fd) {
      return ['fdatasync', [u.validateFd(fd)], nothing];
    },
  },
  utimes: {
    arity: 3,
    prepare(path, atime, mtime) {
      const p = toPath(path);
      return ['utimes', [p, u.toUnixTimestamp(atime), u.toUnixTimestamp(mtime)], nothing];
    },
  },
  lutimes: {
    arity: 3,
    prepare(path, atime, mtime) {
      const p = toPath(path);
      return ['lutimes', [p, u.toUnixTimestamp(atime), u.toUnixTimestamp(mtime)], nothing];
    },
  },
  futimes: {
    arity: 3,
    prepare(fd, atime, mtime) {
      const f = u.validateFd(fd);
      return ['futimes', [f, u.toUnixTimestamp(atime, 'atime'), u.toUnixTimestamp(mtime, 'mtime')], nothing];
    },
  },
};

// readdir's recursive option, as node walks it: breadth first, names relative
// to the root; a symlink to a directory is entered when listing names (node
// stats each entry) but not when listing Dirents (their own type counts).
function readdirRecursive(root, flat, o) {
  const path = require('path');
  const out = [];
  const queue = [[root, flat]];
  for (let q = 0; q < queue.length; q++) {
    const [dir, entries] = queue[q];
    for (let i = 0; i < entries.length; i += 2) {
      const name = entries[i];
      const type = entries[i + 1];
      const full = path.join(dir, name);
      let isDir = type === constants.UV_DIRENT_DIR;
      if (o.withFileTypes) {
        out.push(u.makeDirents([name, type], dir, o.encoding)[0]);
      } else {
        out.push(encodePath(path.relative(root, full), o.encoding));
        if (type === constants.UV_DIRENT_LINK) {
          try {
            isDir = u.isDirectoryMode(u.sync('stat', full)[1]);
          } catch {
            isDir = false;
          }
        }
      }
      if (isDir) queue.push([full, u.sync('readdir', full, true)]);
    }
  }
  return out;
}

module.exports = ops;
