//! Standard output and error. Writes are synchronous, as Node's are for files, pipes
//! and terminals, so output order matches Node's, even across a crash.

use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

use engine_api::{Args, JsError, OpDecl, OpFuture, OpResult, OpState, Value};

inventory::submit!(OpDecl::sync("write", op_write));

/// Writes `data` (string or bytes) to fd 1 or 2. A closed pipe (EPIPE) is ignored,
/// so `jsrig x.js | head` ends quietly.
fn op_write(_: &mut OpState, mut args: Args) -> OpResult {
    let fd = args.integer(0, "fd")?;
    let data = args.bytes(1, "data")?;
    let result = match fd {
        1 => std::io::stdout().lock().write_all(&data),
        2 => {
            // Keep the streams in order when both go to one terminal or file.
            let _ = std::io::stdout().lock().flush();
            std::io::stderr().lock().write_all(&data)
        }
        _ => return Err(JsError::range_error(format!("write: fd {fd} is not stdout or stderr")).with_code("ERR_OUT_OF_RANGE")),
    };
    match result {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(super::io_error(&e, "write", None)),
        _ => Ok(Value::Undefined),
    }
}

/// Everything owed before the process ends, whichever way it ends: buffered output,
/// and the code cache if this run added to it.
pub fn flush() {
    restore_terminal();
    let _ = std::io::stdout().lock().flush();
    let _ = std::io::stderr().lock().flush();
    crate::code_cache::save();
}

inventory::submit!(OpDecl::sync("isatty", op_isatty));
inventory::submit!(OpDecl::sync("terminalSize", op_terminal_size));

fn op_isatty(_: &mut OpState, args: Args) -> OpResult {
    let fd = args.integer(0, "fd")?;
    Ok(Value::Bool(unsafe { libc::isatty(fd as i32) } == 1))
}

/// `[columns, rows]` of the terminal on `fd` (80x24 when it cannot be asked).
fn op_terminal_size(_: &mut OpState, args: Args) -> OpResult {
    let fd = args.integer(0, "fd")?;
    let mut ws: libc::winsize = unsafe { std::mem::zeroed() };
    let ok = unsafe { libc::ioctl(fd as i32, libc::TIOCGWINSZ, &mut ws) } == 0 && ws.ws_col > 0;
    let (cols, rows) = if ok { (ws.ws_col, ws.ws_row) } else { (80, 24) };
    Ok(Value::Array(vec![Value::from(cols as u32), Value::from(rows as u32)]))
}

inventory::submit!(OpDecl::background("stdinRead", op_stdin_read));
inventory::submit!(OpDecl::sync("setRawMode", op_set_raw_mode));

/// `stdinRead()` -> the next bytes of fd 0; empty at end of input. A blocking read
/// on the blocking pool (stdin may be a terminal, a pipe or a file). Background:
/// process.stdin keeps the loop alive itself, only while it wants data.
fn op_stdin_read(_: &Rc<RefCell<OpState>>, _: Args) -> OpFuture {
    Box::pin(async move {
        let read = tokio::task::spawn_blocking(|| {
            let mut buf = vec![0u8; 64 * 1024];
            loop {
                let n = unsafe { libc::read(0, buf.as_mut_ptr().cast(), buf.len()) };
                if n >= 0 {
                    buf.truncate(n as usize);
                    return Ok(buf);
                }
                let e = std::io::Error::last_os_error();
                match e.kind() {
                    std::io::ErrorKind::Interrupted => {}
                    // An inherited non-blocking descriptor: wait until readable.
                    std::io::ErrorKind::WouldBlock => {
                        let mut pfd = libc::pollfd { fd: 0, events: libc::POLLIN, revents: 0 };
                        unsafe { libc::poll(&mut pfd, 1, -1) };
                    }
                    _ => return Err(e),
                }
            }
        })
        .await;
        match read {
            Ok(Ok(bytes)) => Ok(Value::Bytes(bytes)),
            Ok(Err(e)) => Err(super::io_error(&e, "read", None)),
            Err(e) => Err(JsError::error(format!("reading stdin failed: {e}"))),
        }
    })
}

/// The terminal settings from before raw mode, put back by `setRawMode(fd, false)`
/// and at exit (as libuv's uv_tty_reset_mode).
static SAVED_TERMINAL: std::sync::Mutex<Option<(i32, libc::termios)>> = std::sync::Mutex::new(None);

fn restore_terminal() -> bool {
    let saved = SAVED_TERMINAL.lock().unwrap_or_else(|e| e.into_inner()).take();
    match saved {
        Some((fd, t)) => unsafe { libc::tcsetattr(fd, libc::TCSADRAIN, &t) == 0 },
        None => true,
    }
}

/// `setRawMode(fd, raw)`: the terminal's raw mode (no line editing, no echo, no
/// signals from keys), as tty.ReadStream#setRawMode.
fn op_set_raw_mode(_: &mut OpState, args: Args) -> OpResult {
    let fd = args.integer(0, "fd")? as i32;
    let raw = args.bool(1, "raw").unwrap_or(false);
    let fail = |syscall: &str| super::io_error(&std::io::Error::last_os_error(), syscall, None);
    if !raw {
        return if restore_terminal() { Ok(Value::Undefined) } else { Err(fail("tcsetattr")) };
    }
    let mut t: libc::termios = unsafe { std::mem::zeroed() };
    if unsafe { libc::tcgetattr(fd, &mut t) } != 0 {
        return Err(fail("tcgetattr"));
    }
    SAVED_TERMINAL.lock().unwrap_or_else(|e| e.into_inner()).get_or_insert((fd, t));
    unsafe { libc::cfmakeraw(&mut t) };
    // As libuv's UV_TTY_MODE_RAW: output processing stays on.
    t.c_oflag |= libc::OPOST;
    if unsafe { libc::tcsetattr(fd, libc::TCSADRAIN, &t) } != 0 {
        return Err(fail("tcsetattr"));
    }
    Ok(Value::Undefined)
}
