'use strict';
// Each fs operation once: `prepare(...args)` checks the arguments (throwing as Node
// does) and names the host op, its arguments and how to shape the result. fs.js
// derives the sync, callback and promise forms from these.

const u = require('internal/fs/utils');

const { toPath, getOptions, stringToFlags, parseMode, decode, toBytes, constants } = u;

function codes() {
  return require('internal/errors').codes;
}

function validators() {
  return require('internal/validators');
}

const identity = (v) => v;
const nothing = () => undefined;

const ops = {
  readFile(path, options) {
    const o = getOptions(options, { encoding: null, flag: 'r' });
    const flags = stringToFlags(o.flag);
    if (u.isFd(path)) return ['readFile', [u.validateFd(path)], (b) => decode(b, o.encoding)];
    return ['readFile', [toPath(path), flags], (b) => decode(b, o.encoding)];
  },
  writeFile(path, data, options) {
    const o = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
    if (typeof data !== 'string' && !ArrayBuffer.isView(data)) {
      throw new (codes().ERR_INVALID_ARG_TYPE)('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
    }
    const bytes = toBytes(data, o.encoding);
    const flags = stringToFlags(o.flag);
    const mode = parseMode(o.mode, 'mode', 0o666);
    if (u.isFd(path)) return ['writeFile', [u.validateFd(path), bytes], nothing];
    return ['writeFile', [toPath(path), bytes, flags, mode], nothing];
  },
  appendFile(path, data, options) {
    const o = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
    return ops.writeFile(path, data, { ...o, flag: o.flag || 'a' });
  },
  open(path, flags, mode) {
    return ['open', [toPath(path), stringToFlags(flags ?? 'r'), parseMode(mode, 'mode', 0o666)], identity];
  },
  close(fd) {
    return ['close', [u.validateFd(fd)], nothing];
  },
  stat(path, options) {
    const bigint = Boolean(options && options.bigint);
    return ['stat', [toPath(path)], (f) => u.makeStats(f, bigint)];
  },
  lstat(path, options) {
    const bigint = Boolean(options && options.bigint);
    return ['lstat', [toPath(path)], (f) => u.makeStats(f, bigint)];
  },
  fstat(fd, options) {
    const bigint = Boolean(options && options.bigint);
    return ['fstat', [u.validateFd(fd)], (f) => u.makeStats(f, bigint)];
  },
  access(path, mode) {
    return ['access', [toPath(path), mode === undefined ? constants.F_OK : mode | 0], nothing];
  },
  readdir(path, options) {
    const o = getOptions(options, { encoding: 'utf8', withFileTypes: false, recursive: false });
    const p = toPath(path);
    if (o.recursive) return ['readdir', [p, true], (flat) => readdirRecursive(p, flat, o)];
    if (o.withFileTypes) return ['readdir', [p, true], (flat) => u.makeDirents(flat, p)];
    return ['readdir', [p, false], (names) => u.encodeNames(names, o.encoding)];
  },
  mkdir(path, options) {
    let recursive = false;
    let mode = 0o777;
    if (typeof options === 'number' || typeof options === 'string') mode = parseMode(options, 'mode', 0o777);
    else if (options) {
      if (options.recursive !== undefined) validators().validateBoolean(options.recursive, 'options.recursive');
      recursive = Boolean(options.recursive);
      mode = parseMode(options.mode, 'mode', 0o777);
    }
    return ['mkdir', [toPath(path), recursive, mode], identity];
  },
  mkdtemp(prefix, options) {
    const o = getOptions(options, { encoding: 'utf8' });
    validators().validateString(prefix, 'prefix');
    return ['mkdtemp', [toPath(prefix, 'prefix')], (p) => (o.encoding === 'buffer' ? require('buffer').Buffer.from(p) : p)];
  },
  rm(path, options) {
    const o = options || {};
    return ['rm', [toPath(path), Boolean(o.recursive), Boolean(o.force)], nothing];
  },
  rmdir(path, options) {
    return ['rmdir', [toPath(path), Boolean(options && options.recursive)], nothing];
  },
  unlink(path) {
    return ['unlink', [toPath(path)], nothing];
  },
  rename(oldPath, newPath) {
    return ['rename', [toPath(oldPath, 'oldPath'), toPath(newPath, 'newPath')], nothing];
  },
  copyFile(src, dest, mode) {
    return ['copyFile', [toPath(src, 'src'), toPath(dest, 'dest'), mode | 0], nothing];
  },
  symlink(target, path) {
    return ['symlink', [toPath(target, 'target'), toPath(path)], nothing];
  },
  link(existingPath, newPath) {
    return ['link', [toPath(existingPath, 'existingPath'), toPath(newPath, 'newPath')], nothing];
  },
  readlink(path, options) {
    const o = getOptions(options, { encoding: 'utf8' });
    return ['readlink', [toPath(path)], (p) => (o.encoding === 'buffer' ? require('buffer').Buffer.from(p) : p)];
  },
  realpath(path, options) {
    const o = getOptions(options, { encoding: 'utf8' });
    return ['realpath', [toPath(path)], (p) => (o.encoding === 'buffer' ? require('buffer').Buffer.from(p) : p)];
  },
  chmod(path, mode) {
    return ['chmod', [toPath(path), parseMode(mode, 'mode')], nothing];
  },
  fchmod(fd, mode) {
    return ['fchmod', [u.validateFd(fd), parseMode(mode, 'mode')], nothing];
  },
  chown(path, uid, gid) {
    return ['chown', [toPath(path), uid, gid], nothing];
  },
  lchown(path, uid, gid) {
    return ['lchown', [toPath(path), uid, gid], nothing];
  },
  truncate(path, len) {
    if (u.isFd(path)) return ops.ftruncate(path, len);
    return ['truncate', [toPath(path), len === undefined ? 0 : len], nothing];
  },
  ftruncate(fd, len) {
    return ['ftruncate', [u.validateFd(fd), len === undefined ? 0 : len], nothing];
  },
  fsync(fd) {
    return ['fsync', [u.validateFd(fd)], nothing];
  },
  fdatasync(fd) {
    return ['fdatasync', [u.validateFd(fd)], nothing];
  },
  utimes(path, atime, mtime) {
    return ['utimes', [toPath(path), u.toUnixTimestamp(atime, 'atime'), u.toUnixTimestamp(mtime, 'mtime')], nothing];
  },
  lutimes(path, atime, mtime) {
    return ['lutimes', [toPath(path), u.toUnixTimestamp(atime, 'atime'), u.toUnixTimestamp(mtime, 'mtime')], nothing];
  },
  futimes(fd, atime, mtime) {
    return ['futimes', [u.validateFd(fd), u.toUnixTimestamp(atime, 'atime'), u.toUnixTimestamp(mtime, 'mtime')], nothing];
  },
};

// readdir's recursive option: the whole tree, paths relative to the root.
function readdirRecursive(root, flat, o) {
  const path = require('path');
  const out = [];
  const walk = (dir, rel, entries) => {
    for (let i = 0; i < entries.length; i += 2) {
      const name = entries[i];
      const type = entries[i + 1];
      const relName = rel ? path.join(rel, name) : name;
      out.push(o.withFileTypes ? new u.Dirent(name, type, dir) : relName);
      if (type === constants.UV_DIRENT_DIR) walk(path.join(dir, name), relName, u.sync('readdir', path.join(dir, name), true));
    }
  };
  walk(root, '', flat);
  return out;
}

module.exports = ops;
