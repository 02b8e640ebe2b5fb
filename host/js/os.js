'use strict';
// The `os` module.

const nullProto = (o) => Object.assign(Object.create(null), o);

const signals = nullProto({
  SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGIOT: 6, SIGBUS: 7, SIGFPE: 8,
  SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14, SIGTERM: 15, SIGCHLD: 17,
  SIGSTKFLT: 16, SIGCONT: 18, SIGSTOP: 19, SIGTSTP: 20, SIGTTIN: 21, SIGTTOU: 22, SIGURG: 23, SIGXCPU: 24,
  SIGXFSZ: 25, SIGVTALRM: 26, SIGPROF: 27, SIGWINCH: 28, SIGIO: 29, SIGPOLL: 29, SIGPWR: 30, SIGSYS: 31,
});

const errno = nullProto({
  E2BIG: 7, EACCES: 13, EADDRINUSE: 98, EADDRNOTAVAIL: 99, EAFNOSUPPORT: 97, EAGAIN: 11, EALREADY: 114,
  EBADF: 9, EBADMSG: 74, EBUSY: 16, ECANCELED: 125, ECHILD: 10, ECONNABORTED: 103, ECONNREFUSED: 111,
  ECONNRESET: 104, EDEADLK: 35, EDESTADDRREQ: 89, EDOM: 33, EDQUOT: 122, EEXIST: 17, EFAULT: 14, EFBIG: 27,
  EHOSTUNREACH: 113, EIDRM: 43, EILSEQ: 84, EINPROGRESS: 115, EINTR: 4, EINVAL: 22, EIO: 5, EISCONN: 106,
  EISDIR: 21, ELOOP: 40, EMFILE: 24, EMLINK: 31, EMSGSIZE: 90, EMULTIHOP: 72, ENAMETOOLONG: 36,
  ENETDOWN: 100, ENETRESET: 102, ENETUNREACH: 101, ENFILE: 23, ENOBUFS: 105, ENODATA: 61, ENODEV: 19,
  ENOENT: 2, ENOEXEC: 8, ENOLCK: 37, ENOLINK: 67, ENOMEM: 12, ENOMSG: 42, ENOPROTOOPT: 92, ENOSPC: 28,
  ENOSR: 63, ENOSTR: 60, ENOSYS: 38, ENOTCONN: 107, ENOTDIR: 20, ENOTEMPTY: 39, ENOTSOCK: 88, ENOTSUP: 95,
  ENOTTY: 25, ENXIO: 6, EOPNOTSUPP: 95, EOVERFLOW: 75, EPERM: 1, EPIPE: 32, EPROTO: 71, EPROTONOSUPPORT: 93,
  EPROTOTYPE: 91, ERANGE: 34, EROFS: 30, ESPIPE: 29, ESRCH: 3, ESTALE: 116, ETIME: 62, ETIMEDOUT: 110,
  ETXTBSY: 26, EWOULDBLOCK: 11, EXDEV: 18,
});

const priority = nullProto({
  PRIORITY_LOW: 19, PRIORITY_BELOW_NORMAL: 10, PRIORITY_NORMAL: 0, PRIORITY_ABOVE_NORMAL: -7,
  PRIORITY_HIGH: -14, PRIORITY_HIGHEST: -20,
});

const constants = nullProto({
  UV_UDP_REUSEADDR: 4,
  dlopen: nullProto({ RTLD_LAZY: 1, RTLD_NOW: 2, RTLD_GLOBAL: 256, RTLD_LOCAL: 0, RTLD_DEEPBIND: 8 }),
  errno,
  signals,
  priority,
});

let info;
function uname() {
  info ??= bindings.osInfo();
  return info;
}

function systemError(err) {
  // Node reports these through its SystemError (ERR_SYSTEM_ERROR).
  return err;
}

function hostname() { return uname().hostname; }
function release() { return uname().release; }
function version() { return uname().version; }
function machine() { return uname().machine; }
function type() { return uname().type; }
function arch() { return globalThis.process.arch; }
function platform() { return globalThis.process.platform; }
function endianness() { return 'LE'; }
function availableParallelism() { return uname().parallelism; }
function cpus() { return bindings.osCpus(); }
function freemem() { return bindings.osMemory()[0]; }
function totalmem() { return bindings.osMemory()[1]; }
function loadavg() { return bindings.osLoadavg(); }
function uptime() { return bindings.osUptime(); }

function homedir() {
  const home = globalThis.process.env.HOME;
  if (home) return home;
  try {
    return bindings.osUserInfo().homedir;
  } catch (err) {
    throw systemError(err);
  }
}

function tmpdir() {
  const env = globalThis.process.env;
  let path = env.TMPDIR || env.TMP || env.TEMP || '/tmp';
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path;
}

function userInfo(options) {
  const u = bindings.osUserInfo();
  const buffers = options && options.encoding === 'buffer';
  const enc = (s) => (buffers ? require('buffer').Buffer.from(s) : s);
  return nullProto({ uid: u.uid, gid: u.gid, username: enc(u.username), homedir: enc(u.homedir), shell: enc(u.shell) });
}

function cidr(address, netmask, family) {
  let bits = 0;
  if (family === 'IPv4') {
    for (const part of netmask.split('.')) bits += (+part).toString(2).split('1').length - 1;
  } else {
    for (const part of netmask.split(':')) if (part) bits += parseInt(part, 16).toString(2).split('1').length - 1;
  }
  return `${address}/${bits}`;
}

function networkInterfaces() {
  const flat = bindings.osNetworkInterfaces();
  const out = nullProto({});
  for (let i = 0; i < flat.length; i += 7) {
    const [name, address, netmask, family, mac, internal, scopeid] = flat.slice(i, i + 7);
    const entry = { address, netmask, family, mac, internal, cidr: cidr(address, netmask, family) };
    if (family === 'IPv6') entry.scopeid = scopeid;
    (out[name] ??= []).push(entry);
  }
  return out;
}

function getPriority(pid = 0) {
  require('internal/validators').validateInt32(pid, 'pid');
  return bindings.osPriority(pid);
}

function setPriority(pid, prio) {
  if (prio === undefined) {
    prio = pid;
    pid = 0;
  }
  require('internal/validators').validateInt32(pid, 'pid');
  require('internal/validators').validateInt32(prio, 'priority', -20, 19);
  bindings.osPriority(pid, prio);
}

module.exports = {
  arch, availableParallelism, cpus, endianness, freemem, getPriority, homedir, hostname, loadavg,
  networkInterfaces, platform, release, setPriority, tmpdir, totalmem, type, userInfo, uptime, version,
  machine, constants, EOL: '\n', devNull: '/dev/null',
};
