//! The file system, for host/js/fs.js. Every call exists twice through two ops,
//! `fsSync(name, ...args)` and `fsAsync(name, ...args)`: the same code runs in the
//! JS call, or on tokio's blocking pool with a promise, so large reads and slow
//! disks never stall the event loop. Errors are Node's (`ENOENT: no such file or
//! directory, open '/x'`, with errno, code, syscall, path, dest).

use std::cell::RefCell;
use std::ffi::CString;
use std::io;
use std::os::unix::fs::{FileTypeExt, MetadataExt, PermissionsExt};
use std::path::Path;
use std::rc::Rc;

use engine_api::{Args, JsError, OpDecl, OpFuture, OpResult, OpState, Value};

inventory::submit!(OpDecl::sync("fsSync", op_fs_sync));
inventory::submit!(OpDecl::asynchronous("fsAsync", op_fs_async));

/// A failed system call, with what Node's message names.
struct Failure {
    err: io::Error,
    syscall: &'static str,
    path: Option<String>,
    dest: Option<String>,
}

fn fail(err: io::Error, syscall: &'static str, path: &str) -> Failure {
    Failure { err, syscall, path: Some(path.to_owned()), dest: None }
}

fn fail2(err: io::Error, syscall: &'static str, path: &str, dest: &str) -> Failure {
    Failure { err, syscall, path: Some(path.to_owned()), dest: Some(dest.to_owned()) }
}

impl Failure {
    fn into_js(self) -> JsError {
        super::io_error_dest(&self.err, self.syscall, self.path.as_deref(), self.dest.as_deref())
    }
}

/// Results that can cross from the blocking pool (plain data only).
enum Out {
    Undefined,
    Bool(bool),
    Number(f64),
    String(String),
    Bytes(Vec<u8>),
    Strings(Vec<String>),
    /// (name, Node's dirent type) pairs.
    Entries(Vec<(String, u8)>),
    Stats(Box<[f64; 14]>),
}

impl Out {
    fn into_value(self) -> Value {
        match self {
            Out::Undefined => Value::Undefined,
            Out::Bool(b) => Value::Bool(b),
            Out::Number(n) => Value::Number(n),
            Out::String(s) => Value::String(s),
            Out::Bytes(b) => Value::Bytes(b),
            Out::Strings(v) => Value::Array(v.into_iter().map(Value::String).collect()),
            Out::Entries(v) => Value::Array(v.into_iter().flat_map(|(n, t)| [Value::String(n), Value::from(t as u32)]).collect()),
            Out::Stats(s) => Value::Array(s.iter().map(|n| Value::Number(*n)).collect()),
        }
    }
}

type Job = Box<dyn FnOnce() -> Result<Out, Failure> + Send>;

fn cpath(path: &str) -> io::Result<CString> {
    CString::new(path.as_bytes()).map_err(|_| io::Error::from_raw_os_error(libc::EINVAL))
}

fn check(rc: libc::c_int) -> io::Result<libc::c_int> {
    if rc < 0 {
        Err(io::Error::last_os_error())
    } else {
        Ok(rc)
    }
}

/// Node's Stats fields, in the order host/js expects.
fn stats(m: &std::fs::Metadata) -> Out {
    let ms = |s: i64, ns: i64| s as f64 * 1e3 + ns as f64 / 1e6;
    Out::Stats(Box::new([
        m.dev() as f64,
        m.mode() as f64,
        m.nlink() as f64,
        m.uid() as f64,
        m.gid() as f64,
        m.rdev() as f64,
        m.blksize() as f64,
        m.ino() as f64,
        m.size() as f64,
        m.blocks() as f64,
        ms(m.atime(), m.atime_nsec()),
        ms(m.mtime(), m.mtime_nsec()),
        ms(m.ctime(), m.ctime_nsec()),
        m.created().ok().and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok()).map(|d| d.as_secs_f64() * 1e3).unwrap_or_else(|| ms(m.ctime(), m.ctime_nsec())),
    ]))
}

/// libuv's dirent types (UV_DIRENT_*), which Node's Dirent uses.
fn dirent_type(t: std::fs::FileType) -> u8 {
    if t.is_file() {
        1
    } else if t.is_dir() {
        2
    } else if t.is_symlink() {
        3
    } else if t.is_fifo() {
        4
    } else if t.is_socket() {
        5
    } else if t.is_char_device() {
        6
    } else if t.is_block_device() {
        7
    } else {
        0
    }
}

fn open_fd(path: &str, flags: i32, mode: u32) -> io::Result<i32> {
    let c = cpath(path)?;
    check(unsafe { libc::open(c.as_ptr(), flags | libc::O_CLOEXEC, mode) })
}

fn read_all_fd(fd: i32) -> io::Result<Vec<u8>> {
    let mut out = Vec::new();
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        let n = unsafe { libc::read(fd, buf.as_mut_ptr() as *mut _, buf.len()) };
        if n < 0 {
            let e = io::Error::last_os_error();
            if e.kind() == io::ErrorKind::Interrupted {
                continue;
            }
            return Err(e);
        }
        if n == 0 {
            return Ok(out);
        }
        out.extend_from_slice(&buf[..n as usize]);
    }
}

fn write_all_fd(fd: i32, mut data: &[u8], position: Option<i64>) -> io::Result<usize> {
    let total = data.len();
    let mut pos = position;
    while !data.is_empty() {
        let n = match pos {
            Some(p) => unsafe { libc::pwrite(fd, data.as_ptr() as *const _, data.len(), p) },
            None => unsafe { libc::write(fd, data.as_ptr() as *const _, data.len()) },
        };
        if n < 0 {
            let e = io::Error::last_os_error();
            if e.kind() == io::ErrorKind::Interrupted {
                continue;
            }
            return Err(e);
        }
        data = &data[n as usize..];
        pos = pos.map(|p| p + n as i64);
    }
    Ok(total)
}

fn remove_tree(path: &Path) -> io::Result<()> {
    let meta = std::fs::symlink_metadata(path)?;
    if meta.is_dir() {
        std::fs::remove_dir_all(path)
    } else {
        std::fs::remove_file(path)
    }
}

fn mkdir_recursive(path: &str, mode: u32) -> io::Result<Option<String>> {
    // Node returns the first directory it created, or undefined.
    let mut first = None;
    let p = Path::new(path);
    let mut missing = Vec::new();
    let mut cur = Some(p);
    while let Some(c) = cur {
        match std::fs::metadata(c) {
            Ok(m) if m.is_dir() => break,
            Ok(_) => return Err(io::Error::from_raw_os_error(if c == p { libc::EEXIST } else { libc::ENOTDIR })),
            Err(_) => missing.push(c.to_owned()),
        }
        cur = c.parent();
    }
    for dir in missing.iter().rev() {
        let c = cpath(&dir.display().to_string())?;
        if unsafe { libc::mkdir(c.as_ptr(), mode) } < 0 {
            let e = io::Error::last_os_error();
            if e.raw_os_error() != Some(libc::EEXIST) {
                return Err(e);
            }
        } else if first.is_none() {
            first = Some(dir.display().to_string());
        }
    }
    Ok(first)
}

fn num(args: &Args, i: usize) -> Option<f64> {
    args.get(i).as_f64()
}

/// Parses `name`'s arguments now (on the JS thread) and returns the work to do.
fn job(name: &str, mut a: Args) -> Result<Job, JsError> {
    macro_rules! job {
        ($body:expr) => {
            Ok(Box::new(move || $body))
        };
    }
    match name {
        "readFile" => {
            // A path, or an fd (number) to read to its end.
            if let Some(fd) = num(&a, 0) {
                let fd = fd as i32;
                return job!({
                    // As Node: a bad fd fails in fstat, before any read.
                    let mut st: libc::stat = unsafe { std::mem::zeroed() };
                    check(unsafe { libc::fstat(fd, &mut st) }).map_err(|e| Failure { err: e, syscall: "fstat", path: None, dest: None })?;
                    read_all_fd(fd).map(Out::Bytes).map_err(|e| Failure { err: e, syscall: "read", path: None, dest: None })
                });
            }
            let path = a.string(0, "path")?;
            let flags = num(&a, 1).unwrap_or(libc::O_RDONLY as f64) as i32;
            job!({
                let fd = open_fd(&path, flags, 0o666).map_err(|e| fail(e, "open", &path))?;
                let r = read_all_fd(fd).map_err(|e| fail(e, "read", &path));
                unsafe { libc::close(fd) };
                r.map(Out::Bytes)
            })
        }
        "writeFile" => {
            let data = a.bytes(1, "data")?;
            let flags = num(&a, 2).unwrap_or((libc::O_WRONLY | libc::O_CREAT | libc::O_TRUNC) as f64) as i32;
            let mode = num(&a, 3).unwrap_or(0o666 as f64) as u32;
            if let Some(fd) = num(&a, 0) {
                let fd = fd as i32;
                return job!(write_all_fd(fd, &data, None).map(|_| Out::Undefined).map_err(|e| Failure { err: e, syscall: "write", path: None, dest: None }));
            }
            let path = a.string(0, "path")?;
            job!({
                let fd = open_fd(&path, flags, mode).map_err(|e| fail(e, "open", &path))?;
                let r = write_all_fd(fd, &data, None).map_err(|e| fail(e, "write", &path));
                unsafe { libc::close(fd) };
                r.map(|_| Out::Undefined)
            })
        }
        "open" => {
            let path = a.string(0, "path")?;
            let flags = num(&a, 1).unwrap_or(0.0) as i32;
            let mode = num(&a, 2).unwrap_or(0o666 as f64) as u32;
            job!(open_fd(&path, flags, mode).map(|fd| Out::Number(fd as f64)).map_err(|e| fail(e, "open", &path)))
        }
        "close" => {
            let fd = a.integer(0, "fd")? as i32;
            job!(check(unsafe { libc::close(fd) }).map(|_| Out::Undefined).map_err(|e| Failure { err: e, syscall: "close", path: None, dest: None }))
        }
        "read" => {
            // (fd, length, position|-1) -> the bytes read (JS copies them into the buffer).
            let fd = a.integer(0, "fd")? as i32;
            let len = a.integer(1, "length")?.max(0) as usize;
            let pos = a.integer(2, "position").unwrap_or(-1);
            job!({
                let mut buf = vec![0u8; len];
                let n = loop {
                    let n = if pos >= 0 { unsafe { libc::pread(fd, buf.as_mut_ptr() as *mut _, len, pos) } } else { unsafe { libc::read(fd, buf.as_mut_ptr() as *mut _, len) } };
                    if n >= 0 || io::Error::last_os_error().kind() != io::ErrorKind::Interrupted {
                        break n;
                    }
                };
                if n < 0 {
                    return Err(Failure { err: io::Error::last_os_error(), syscall: "read", path: None, dest: None });
                }
                buf.truncate(n as usize);
                Ok(Out::Bytes(buf))
            })
        }
        "write" => {
            let fd = a.integer(0, "fd")? as i32;
            let data = a.bytes(1, "data")?;
            let pos = a.integer(2, "position").unwrap_or(-1);
            job!(write_all_fd(fd, &data, (pos >= 0).then_some(pos)).map(|n| Out::Number(n as f64)).map_err(|e| Failure { err: e, syscall: "write", path: None, dest: None }))
        }
        "stat" | "lstat" => {
            let path = a.string(0, "path")?;
            let lstat = name == "lstat";
            let syscall = if lstat { "lstat" } else { "stat" };
            job!({
                let m = if lstat { std::fs::symlink_metadata(&path) } else { std::fs::metadata(&path) };
                m.map(|m| stats(&m)).map_err(|e| fail(e, syscall, &path))
            })
        }
        "fstat" => {
            let fd = a.integer(0, "fd")? as i32;
            job!({
                let mut st: libc::stat = unsafe { std::mem::zeroed() };
                check(unsafe { libc::fstat(fd, &mut st) }).map_err(|e| Failure { err: e, syscall: "fstat", path: None, dest: None })?;
                // Through /proc so that std builds the Metadata (and birthtime) for us.
                std::fs::metadata(format!("/proc/self/fd/{fd}")).map(|m| stats(&m)).map_err(|e| Failure { err: e, syscall: "fstat", path: None, dest: None })
            })
        }
        "exists" => {
            let path = a.string(0, "path")?;
            job!(Ok(Out::Bool(Path::new(&path).exists())))
        }
        "access" => {
            let path = a.string(0, "path")?;
            let mode = num(&a, 1).unwrap_or(0.0) as i32;
            job!({
                let c = cpath(&path).map_err(|e| fail(e, "access", &path))?;
                check(unsafe { libc::access(c.as_ptr(), mode) }).map(|_| Out::Undefined).map_err(|e| fail(e, "access", &path))
            })
        }
        "readdir" => {
            let path = a.string(0, "path")?;
            let with_types = matches!(a.get(1), Value::Bool(true));
            job!({
                let rd = std::fs::read_dir(&path).map_err(|e| fail(e, "scandir", &path))?;
                let mut entries = Vec::new();
                for e in rd {
                    let e = e.map_err(|e| fail(e, "scandir", &path))?;
                    let name = e.file_name().to_string_lossy().into_owned();
                    let t = if with_types { e.file_type().map(dirent_type).unwrap_or(0) } else { 0 };
                    entries.push((name, t));
                }
                Ok(if with_types { Out::Entries(entries) } else { Out::Strings(entries.into_iter().map(|(n, _)| n).collect()) })
            })
        }
        "mkdir" => {
            let path = a.string(0, "path")?;
            let recursive = matches!(a.get(1), Value::Bool(true));
            let mode = num(&a, 2).unwrap_or(0o777 as f64) as u32;
            job!({
                if recursive {
                    return mkdir_recursive(&path, mode).map(|f| f.map(Out::String).unwrap_or(Out::Undefined)).map_err(|e| fail(e, "mkdir", &path));
                }
                let c = cpath(&path).map_err(|e| fail(e, "mkdir", &path))?;
                check(unsafe { libc::mkdir(c.as_ptr(), mode) }).map(|_| Out::Undefined).map_err(|e| fail(e, "mkdir", &path))
            })
        }
        "mkdtemp" => {
            let prefix = a.string(0, "prefix")?;
            job!({
                let template = format!("{prefix}XXXXXX");
                let mut bytes = template.clone().into_bytes();
                bytes.push(0);
                let p = unsafe { libc::mkdtemp(bytes.as_mut_ptr() as *mut libc::c_char) };
                if p.is_null() {
                    return Err(fail(io::Error::last_os_error(), "mkdtemp", &template));
                }
                bytes.pop();
                Ok(Out::String(String::from_utf8_lossy(&bytes).into_owned()))
            })
        }
        "rm" => {
            let path = a.string(0, "path")?;
            let recursive = matches!(a.get(1), Value::Bool(true));
            let force = matches!(a.get(2), Value::Bool(true));
            job!({
                let meta = match std::fs::symlink_metadata(&path) {
                    Ok(m) => m,
                    Err(e) if force && e.kind() == io::ErrorKind::NotFound => return Ok(Out::Undefined),
                    Err(e) => return Err(fail(e, "lstat", &path)),
                };
                if meta.is_dir() {
                    if !recursive {
                        // Node: SystemError [ERR_FS_EISDIR]; host/js turns EISDIR from rm into it.
                        return Err(fail(io::Error::from_raw_os_error(libc::EISDIR), "rm", &path));
                    }
                    std::fs::remove_dir_all(&path).map_err(|e| fail(e, "rm", &path))?;
                } else {
                    std::fs::remove_file(&path).map_err(|e| fail(e, "rm", &path))?;
                }
                Ok(Out::Undefined)
            })
        }
        "rmdir" => {
            let path = a.string(0, "path")?;
            let recursive = matches!(a.get(1), Value::Bool(true));
            job!(if recursive { remove_tree(Path::new(&path)) } else { std::fs::remove_dir(&path) }.map(|_| Out::Undefined).map_err(|e| fail(e, "rmdir", &path)))
        }
        "unlink" => {
            let path = a.string(0, "path")?;
            job!(std::fs::remove_file(&path).map(|_| Out::Undefined).map_err(|e| fail(e, "unlink", &path)))
        }
        "rename" => {
            let (from, to) = (a.string(0, "oldPath")?, a.string(1, "newPath")?);
            job!(std::fs::rename(&from, &to).map(|_| Out::Undefined).map_err(|e| fail2(e, "rename", &from, &to)))
        }
        "copyFile" => {
            let (from, to) = (a.string(0, "src")?, a.string(1, "dest")?);
            let exclusive = num(&a, 2).unwrap_or(0.0) as i32 & 1 != 0;
            job!({
                if exclusive && Path::new(&to).exists() {
                    return Err(fail2(io::Error::from_raw_os_error(libc::EEXIST), "copyfile", &from, &to));
                }
                std::fs::copy(&from, &to).map(|_| Out::Undefined).map_err(|e| fail2(e, "copyfile", &from, &to))
            })
        }
        "symlink" => {
            let (target, path) = (a.string(0, "target")?, a.string(1, "path")?);
            job!(std::os::unix::fs::symlink(&target, &path).map(|_| Out::Undefined).map_err(|e| fail2(e, "symlink", &target, &path)))
        }
        "link" => {
            let (existing, new) = (a.string(0, "existingPath")?, a.string(1, "newPath")?);
            job!(std::fs::hard_link(&existing, &new).map(|_| Out::Undefined).map_err(|e| fail2(e, "link", &existing, &new)))
        }
        "readlink" => {
            let path = a.string(0, "path")?;
            job!(std::fs::read_link(&path).map(|p| Out::String(p.display().to_string())).map_err(|e| fail(e, "readlink", &path)))
        }
        "realpath" => {
            let path = a.string(0, "path")?;
            job!(std::fs::canonicalize(&path).map(|p| Out::String(p.display().to_string())).map_err(|e| fail(e, "lstat", &path)))
        }
        "chmod" => {
            let path = a.string(0, "path")?;
            let mode = a.integer(1, "mode")? as u32;
            job!(std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).map(|_| Out::Undefined).map_err(|e| fail(e, "chmod", &path)))
        }
        "fchmod" => {
            let fd = a.integer(0, "fd")? as i32;
            let mode = a.integer(1, "mode")? as u32;
            job!(check(unsafe { libc::fchmod(fd, mode) }).map(|_| Out::Undefined).map_err(|e| Failure { err: e, syscall: "fchmod", path: None, dest: None }))
        }
        "chown" | "lchown" => {
            let path = a.string(0, "path")?;
            let (uid, gid) = (a.integer(1, "uid")? as u32, a.integer(2, "gid")? as u32);
            let l = name == "lchown";
            job!({
                let c = cpath(&path).map_err(|e| fail(e, "chown", &path))?;
                let rc = if l { unsafe { libc::lchown(c.as_ptr(), uid, gid) } } else { unsafe { libc::chown(c.as_ptr(), uid, gid) } };
                check(rc).map(|_| Out::Undefined).map_err(|e| fail(e, if l { "lchown" } else { "chown" }, &path))
            })
        }
        "truncate" => {
            let path = a.string(0, "path")?;
            let len = num(&a, 1).unwrap_or(0.0) as i64;
            job!({
                let f = std::fs::OpenOptions::new().write(true).open(&path).map_err(|e| fail(e, "open", &path))?;
                f.set_len(len.max(0) as u64).map(|_| Out::Undefined).map_err(|e| fail(e, "ftruncate", &path))
            })
        }
        "ftruncate" => {
            let fd = a.integer(0, "fd")? as i32;
            let len = num(&a, 1).unwrap_or(0.0) as i64;
            job!(check(unsafe { libc::ftruncate(fd, len.max(0)) }).map(|_| Out::Undefined).map_err(|e| Failure { err: e, syscall: "ftruncate", path: None, dest: None }))
        }
        "fsync" | "fdatasync" => {
            let fd = a.integer(0, "fd")? as i32;
            let data = name == "fdatasync";
            job!(check(if data { unsafe { libc::fdatasync(fd) } } else { unsafe { libc::fsync(fd) } })
                .map(|_| Out::Undefined)
                .map_err(|e| Failure { err: e, syscall: if data { "fdatasync" } else { "fsync" }, path: None, dest: None }))
        }
        "utimes" | "lutimes" => {
            let path = a.string(0, "path")?;
            let (atime, mtime) = (a.number(1, "atime")?, a.number(2, "mtime")?);
            let flags = if name == "lutimes" { libc::AT_SYMLINK_NOFOLLOW } else { 0 };
            job!({
                let c = cpath(&path).map_err(|e| fail(e, "utime", &path))?;
                let ts = |t: f64| libc::timespec { tv_sec: t.floor() as libc::time_t, tv_nsec: ((t - t.floor()) * 1e9) as libc::c_long };
                let times = [ts(atime), ts(mtime)];
                check(unsafe { libc::utimensat(libc::AT_FDCWD, c.as_ptr(), times.as_ptr(), flags) }).map(|_| Out::Undefined).map_err(|e| fail(e, "utime", &path))
            })
        }
        "futimes" => {
            let fd = a.integer(0, "fd")? as i32;
            let (atime, mtime) = (a.number(1, "atime")?, a.number(2, "mtime")?);
            job!({
                let ts = |t: f64| libc::timespec { tv_sec: t.floor() as libc::time_t, tv_nsec: ((t - t.floor()) * 1e9) as libc::c_long };
                let times = [ts(atime), ts(mtime)];
                check(unsafe { libc::futimens(fd, times.as_ptr()) }).map(|_| Out::Undefined).map_err(|e| Failure { err: e, syscall: "futime", path: None, dest: None })
            })
        }
        other => Err(JsError::error(format!("fs: no operation '{other}'"))),
    }
}

fn op_fs_sync(_: &mut OpState, mut args: Args) -> OpResult {
    let name = args.string(0, "operation")?;
    args.0.remove(0);
    let work = job(&name, args)?;
    work().map(Out::into_value).map_err(Failure::into_js)
}

fn op_fs_async(_: &Rc<RefCell<OpState>>, mut args: Args) -> OpFuture {
    let prepared = args.string(0, "operation").and_then(|name| {
        args.0.remove(0);
        job(&name, args)
    });
    Box::pin(async move {
        let work = prepared?;
        match tokio::task::spawn_blocking(work).await {
            Ok(result) => result.map(Out::into_value).map_err(Failure::into_js),
            Err(e) => Err(JsError::error(format!("fs: the blocking task failed: {e}"))),
        }
    })
}
