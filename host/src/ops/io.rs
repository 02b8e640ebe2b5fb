//! Standard output and error. Writes are synchronous, as Node's are for files, pipes
//! and terminals, so output order matches Node's, even across a crash.

use std::io::Write;

use engine_api::{Args, JsError, OpDecl, OpResult, OpState, Value};

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
