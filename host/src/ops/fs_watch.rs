//! `fs.watch` on inotify, read as libuv reads it, so the events are Node's: the same
//! watch mask, `change` for IN_ATTRIB/IN_MODIFY and `rename` for anything else, the
//! entry's name or, for a watched file, its basename. `recursive` watches every
//! directory below (and each one created later), as Node's Linux implementation does.

use std::cell::RefCell;
use std::collections::HashMap;
use std::ffi::CString;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::path::{Path, PathBuf};
use std::rc::Rc;

use engine_api::{Args, OpDecl, OpFuture, OpResult, OpState, Value};
use tokio::io::unix::AsyncFd;

inventory::submit!(OpDecl::sync("fsWatch", op_fs_watch));
inventory::submit!(OpDecl::background("fsWatchRead", op_fs_watch_read));
inventory::submit!(OpDecl::sync("fsWatchClose", op_fs_watch_close));

/// libuv's mask (uv_fs_event_start).
const MASK: u32 = libc::IN_ATTRIB | libc::IN_CREATE | libc::IN_MODIFY | libc::IN_DELETE | libc::IN_DELETE_SELF | libc::IN_MOVE_SELF | libc::IN_MOVED_FROM | libc::IN_MOVED_TO;

struct Watcher {
    fd: AsyncFd<OwnedFd>,
    /// Watch descriptor -> the directory's path relative to the root ("" for the root).
    dirs: RefCell<HashMap<i32, String>>,
    /// The basename reported for events on a watched file itself.
    basename: String,
    root: PathBuf,
    recursive: bool,
    closed: tokio::sync::Notify,
}

#[derive(Default)]
struct Watchers {
    next: u32,
    all: HashMap<u32, Rc<Watcher>>,
}

fn watchers(state: &mut OpState) -> &mut Watchers {
    state.default_mut::<Watchers>()
}

fn add_watch(fd: i32, path: &Path) -> std::io::Result<i32> {
    let c = CString::new(path.as_os_str().as_encoded_bytes()).map_err(|_| std::io::Error::from_raw_os_error(libc::EINVAL))?;
    let wd = unsafe { libc::inotify_add_watch(fd, c.as_ptr(), MASK) };
    if wd < 0 {
        Err(std::io::Error::last_os_error())
    } else {
        Ok(wd)
    }
}

/// Watches the directory `dir` (`rel` below the root) and every one below it, for
/// `recursive` (best effort: one that vanishes meanwhile is skipped).
fn watch_dir(w: &Watcher, dir: &Path, rel: &str) {
    let Ok(wd) = add_watch(w.fd.get_ref().as_raw_fd(), dir) else { return };
    w.dirs.borrow_mut().insert(wd, rel.to_owned());
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        if entry.file_type().is_ok_and(|t| t.is_dir()) {
            let name = entry.file_name().to_string_lossy().into_owned();
            let child_rel = if rel.is_empty() { name } else { format!("{rel}/{name}") };
            watch_dir(w, &entry.path(), &child_rel);
        }
    }
}

/// `fsWatch(path, recursive)` -> a watcher id; throws Node's `ENOENT: ..., watch 'path'`.
fn op_fs_watch(state: &mut OpState, mut args: Args) -> OpResult {
    let path = args.string(0, "path")?;
    let recursive = args.bool(1, "recursive").unwrap_or(false);
    let fail = |e: std::io::Error| super::io_error(&e, "watch", Some(&path)).with_prop("filename", path.as_str());
    let raw = unsafe { libc::inotify_init1(libc::IN_NONBLOCK | libc::IN_CLOEXEC) };
    if raw < 0 {
        return Err(fail(std::io::Error::last_os_error()));
    }
    // SAFETY: a descriptor inotify_init1 just returned, owned by nothing else.
    let owned = unsafe { OwnedFd::from_raw_fd(raw) };
    let wd = add_watch(raw, Path::new(&path)).map_err(fail)?;
    let is_dir = std::fs::metadata(&path).is_ok_and(|m| m.is_dir());
    // SAFETY: the OwnedFd is the AsyncFd's own, open until the AsyncFd drops it.
    let fd = unsafe { AsyncFd::register(owned) }.map_err(|e| fail(e.into()))?;
    let basename = if is_dir { String::new() } else { Path::new(&path).file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default() };
    let w = Rc::new(Watcher { fd, dirs: RefCell::new(HashMap::from([(wd, String::new())])), basename, root: PathBuf::from(&path), recursive: recursive && is_dir, closed: tokio::sync::Notify::new() });
    if w.recursive {
        // The root again: inotify gives back the same descriptor, and its children follow.
        watch_dir(&w, Path::new(&path), "");
    }
    let ws = watchers(state);
    ws.next += 1;
    ws.all.insert(ws.next, w);
    Ok(Value::from(ws.next))
}

/// Parses a buffer of inotify events into `[eventType, filename]` pairs.
fn events(w: &Watcher, buf: &[u8]) -> Vec<Value> {
    let header = std::mem::size_of::<libc::inotify_event>();
    let mut out = Vec::new();
    let mut at = 0;
    while at + header <= buf.len() {
        // SAFETY: the kernel writes whole events; read_unaligned copes with the offset.
        let e: libc::inotify_event = unsafe { std::ptr::read_unaligned(buf[at..].as_ptr().cast()) };
        let name_bytes = &buf[at + header..(at + header + e.len as usize).min(buf.len())];
        at += header + e.len as usize;
        let name = String::from_utf8_lossy(name_bytes.split(|b| *b == 0).next().unwrap_or_default()).into_owned();
        let Some(dir) = w.dirs.borrow().get(&e.wd).cloned() else { continue };
        let kind = if e.mask & (libc::IN_ATTRIB | libc::IN_MODIFY) != 0 && e.mask & !(libc::IN_ATTRIB | libc::IN_MODIFY) == 0 { "change" } else { "rename" };
        let filename = match (name.is_empty(), dir.is_empty()) {
            (true, true) => (!w.basename.is_empty()).then(|| w.basename.clone()).or_else(|| w.root.file_name().map(|n| n.to_string_lossy().into_owned())).unwrap_or_default(),
            (true, false) => dir.clone(),
            (false, true) => name.clone(),
            (false, false) => format!("{dir}/{name}"),
        };
        if w.recursive && e.mask & libc::IN_ISDIR != 0 && e.mask & (libc::IN_CREATE | libc::IN_MOVED_TO) != 0 {
            watch_dir(w, &w.root.join(&filename), &filename);
        }
        if e.mask & libc::IN_IGNORED != 0 {
            w.dirs.borrow_mut().remove(&e.wd);
        }
        out.push(Value::Array(vec![Value::from(kind), Value::from(filename)]));
    }
    out
}

/// `fsWatchRead(id)` -> the next batch of `[eventType, filename]`, or null once closed.
fn op_fs_watch_read(state: &Rc<RefCell<OpState>>, args: Args) -> OpFuture {
    let w = args.integer(0, "id").ok().and_then(|id| watchers(&mut state.borrow_mut()).all.get(&(id as u32)).cloned());
    Box::pin(async move {
        let Some(w) = w else { return Ok(Value::Null) };
        let mut buf = vec![0u8; 64 * 1024];
        loop {
            let mut guard = tokio::select! {
                g = w.fd.readable() => g.map_err(|e| super::io_error(&e, "watch", None))?,
                _ = w.closed.notified() => return Ok(Value::Null),
            };
            let n = unsafe { libc::read(w.fd.get_ref().as_raw_fd(), buf.as_mut_ptr().cast(), buf.len()) };
            if n < 0 {
                let e = std::io::Error::last_os_error();
                if e.kind() == std::io::ErrorKind::WouldBlock {
                    guard.clear_ready();
                    continue;
                }
                return Err(super::io_error(&e, "watch", None));
            }
            let batch = events(&w, &buf[..n as usize]);
            if !batch.is_empty() {
                return Ok(Value::Array(batch));
            }
        }
    })
}

fn op_fs_watch_close(state: &mut OpState, args: Args) -> OpResult {
    let id = args.integer(0, "id")? as u32;
    if let Some(w) = watchers(state).all.remove(&id) {
        // A permit when no read is waiting yet: the next one ends at once.
        w.closed.notify_one();
    }
    Ok(Value::Undefined)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_are_named_as_libuv_names_them() {
        let dir = std::env::temp_dir().join(format!("jsrig-watch-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let raw = unsafe { libc::inotify_init1(libc::IN_NONBLOCK | libc::IN_CLOEXEC) };
        let owned = unsafe { OwnedFd::from_raw_fd(raw) };
        let wd = add_watch(raw, &dir).unwrap();
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        let _enter = rt.enter();
        let w = Watcher { fd: unsafe { AsyncFd::register(owned) }.unwrap(), dirs: RefCell::new(HashMap::from([(wd, String::new())])), basename: String::new(), root: dir.clone(), recursive: false, closed: tokio::sync::Notify::new() };
        std::fs::write(dir.join("a.txt"), "x").unwrap();
        let mut buf = vec![0u8; 4096];
        let n = unsafe { libc::read(raw, buf.as_mut_ptr().cast(), buf.len()) };
        assert!(n > 0);
        let got: Vec<String> = events(&w, &buf[..n as usize]).into_iter().map(|v| format!("{v:?}")).collect();
        assert!(got[0].contains("rename") && got[0].contains("a.txt"), "{got:?}");
        assert!(got.iter().any(|g| g.contains("change")), "{got:?}");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
