//! Host ops: the Rust functions host/js calls through `bindings`. Each file is one
//! area and registers its ops with `inventory::submit!`; nothing else lists them.

pub mod child_process;
pub mod crypto;
pub mod dgram;
pub mod encoding;
pub mod fs;
pub mod fs_watch;
pub mod intl;
pub mod http;
pub mod http_client;
pub mod io;
pub mod loop_state;
pub mod net;
pub mod os;
pub mod modules;
pub mod process;
pub mod url;

use engine_api::{JsError, Value};

/// Node's libuv-style error for a failed system call: `ENOENT: no such file or
/// directory, open '/x'` with `errno`, `code`, `syscall` and `path` set.
pub fn io_error(err: &std::io::Error, syscall: &str, path: Option<&str>) -> JsError {
    io_error_dest(err, syscall, path, None)
}

/// [`io_error`] for two-path calls (`rename '/a' -> '/b'`). Properties come in Node's
/// order: errno, code, syscall, path, dest.
pub fn io_error_dest(err: &std::io::Error, syscall: &str, path: Option<&str>, dest: Option<&str>) -> JsError {
    let (code, errno, desc) = errno_info(err);
    let mut message = format!("{code}: {desc}, {syscall}");
    if let Some(p) = path {
        message.push_str(&format!(" '{p}'"));
    }
    if let Some(d) = dest {
        message.push_str(&format!(" -> '{d}'"));
    }
    let mut e = JsError::error(message).with_prop("errno", Value::from(-errno)).with_prop("code", code).with_prop("syscall", syscall);
    if let Some(p) = path {
        e = e.with_prop("path", p);
    }
    if let Some(d) = dest {
        e = e.with_prop("dest", d);
    }
    e
}

/// (code, errno, libuv description) for an I/O error.
pub fn errno_info(err: &std::io::Error) -> (&'static str, i32, &'static str) {
    let errno = err.raw_os_error().unwrap_or(libc::EIO);
    let (code, desc) = match errno {
        libc::ENOENT => ("ENOENT", "no such file or directory"),
        libc::EEXIST => ("EEXIST", "file already exists"),
        libc::EACCES => ("EACCES", "permission denied"),
        libc::EPERM => ("EPERM", "operation not permitted"),
        libc::EISDIR => ("EISDIR", "illegal operation on a directory"),
        libc::ENOTDIR => ("ENOTDIR", "not a directory"),
        libc::ENOTEMPTY => ("ENOTEMPTY", "directory not empty"),
        libc::EBADF => ("EBADF", "bad file descriptor"),
        libc::EINVAL => ("EINVAL", "invalid argument"),
        libc::EMFILE => ("EMFILE", "too many open files"),
        libc::EPIPE => ("EPIPE", "broken pipe"),
        libc::ELOOP => ("ELOOP", "too many symbolic links encountered"),
        libc::ENAMETOOLONG => ("ENAMETOOLONG", "name too long"),
        libc::EXDEV => ("EXDEV", "cross-device link not permitted"),
        libc::ENOSPC => ("ENOSPC", "no space left on device"),
        libc::EROFS => ("EROFS", "read-only file system"),
        libc::EAGAIN => ("EAGAIN", "resource temporarily unavailable"),
        libc::ECONNREFUSED => ("ECONNREFUSED", "connection refused"),
        libc::ECONNRESET => ("ECONNRESET", "connection reset by peer"),
        libc::EADDRINUSE => ("EADDRINUSE", "address already in use"),
        libc::EADDRNOTAVAIL => ("EADDRNOTAVAIL", "address not available"),
        libc::ETIMEDOUT => ("ETIMEDOUT", "connection timed out"),
        libc::ENOTCONN => ("ENOTCONN", "socket is not connected"),
        libc::ESPIPE => ("ESPIPE", "invalid seek"),
        libc::ENOSYS => ("ENOSYS", "function not implemented"),
        libc::ECANCELED => ("ECANCELED", "operation canceled"),
        libc::ESRCH => ("ESRCH", "no such process"),
        libc::ECHILD => ("ECHILD", "no child processes"),
        libc::E2BIG => ("E2BIG", "argument list too long"),
        libc::ENOTSOCK => ("ENOTSOCK", "socket operation on non-socket"),
        libc::EHOSTUNREACH => ("EHOSTUNREACH", "host is unreachable"),
        libc::ENETUNREACH => ("ENETUNREACH", "network is unreachable"),
        libc::ETXTBSY => ("ETXTBSY", "text file is busy"),
        libc::EFBIG => ("EFBIG", "file too large"),
        libc::ENOEXEC => ("ENOEXEC", "exec format error"),
        libc::EMLINK => ("EMLINK", "too many links"),
        libc::ENODEV => ("ENODEV", "no such device"),
        libc::ENXIO => ("ENXIO", "no such device or address"),
        libc::EINTR => ("EINTR", "interrupted system call"),
        _ => ("EIO", "i/o error"),
    };
    (code, errno, desc)
}
pub mod zlib;
pub mod tls;
