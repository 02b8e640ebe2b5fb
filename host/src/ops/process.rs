//! `process`: what the bootstrap reads once, and the calls that touch the OS process.

use std::io::Write;
use std::time::Instant;

use engine_api::{Args, OpDecl, OpResult, OpState, Value};

use super::io;

/// Facts about this process the bootstrap reads once (`processInfo`).
pub struct ProcessInfo {
    pub argv: Vec<String>,
    pub exec_argv: Vec<String>,
    pub engine: &'static str,
    pub engine_version: String,
    pub clock_origin: Instant,
}

inventory::submit!(OpDecl::sync("processInfo", op_process_info));
inventory::submit!(OpDecl::sync("cwd", op_cwd));
inventory::submit!(OpDecl::sync("chdir", op_chdir));
inventory::submit!(OpDecl::sync("hrtime", op_hrtime));
inventory::submit!(OpDecl::sync("exit", op_exit));
inventory::submit!(OpDecl::sync("rss", op_rss));
inventory::submit!(OpDecl::sync("fatalExit", op_fatal_exit));

fn strings(v: &[String]) -> Value {
    Value::Array(v.iter().map(|s| Value::from(s.as_str())).collect())
}

fn op_process_info(state: &mut OpState, _: Args) -> OpResult {
    let info = state.borrow::<ProcessInfo>();
    let env: Vec<(String, Value)> = std::env::vars_os()
        .map(|(k, v)| (k.to_string_lossy().into_owned(), Value::String(v.to_string_lossy().into_owned())))
        .collect();
    let exec_path = std::env::current_exe().map(|p| p.display().to_string()).unwrap_or_default();
    Ok(Value::object([
        ("argv", strings(&info.argv)),
        ("execArgv", strings(&info.exec_argv)),
        ("execPath", Value::from(exec_path)),
        ("pid", Value::from(std::process::id())),
        ("ppid", Value::from(unsafe { libc::getppid() } as i64)),
        ("platform", Value::from(std::env::consts::OS)),
        ("arch", Value::from(node_arch())),
        ("engine", Value::from(info.engine)),
        ("engineVersion", Value::from(info.engine_version.as_str())),
        ("version", Value::from(env!("CARGO_PKG_VERSION"))),
        ("env", Value::Object(env)),
    ]))
}

/// Node's names for CPU architectures.
fn node_arch() -> &'static str {
    match std::env::consts::ARCH {
        "x86_64" => "x64",
        "x86" => "ia32",
        "aarch64" => "arm64",
        "powerpc64" => "ppc64",
        other => other,
    }
}

fn op_cwd(_: &mut OpState, _: Args) -> OpResult {
    let cwd = std::env::current_dir().map_err(|e| super::io_error(&e, "uv_cwd", None))?;
    Ok(Value::from(cwd.display().to_string()))
}

fn op_chdir(_: &mut OpState, mut args: Args) -> OpResult {
    let dir = args.string(0, "directory")?;
    std::env::set_current_dir(&dir).map_err(|e| {
        // Node names the old working directory as the path and the target as dest.
        let cwd = std::env::current_dir().map(|p| p.display().to_string()).unwrap_or_default();
        super::io_error_dest(&e, "chdir", Some(&cwd), Some(&dir))
    })?;
    Ok(Value::Undefined)
}

/// `[seconds, nanoseconds]` of a monotonic clock.
fn op_hrtime(state: &mut OpState, _: Args) -> OpResult {
    let d = state.borrow::<ProcessInfo>().clock_origin.elapsed();
    // An arbitrary but large origin, as Node's hrtime is not zero at start-up.
    let secs = d.as_secs() + 1_000_000;
    Ok(Value::Array(vec![Value::from(secs), Value::from(d.subsec_nanos())]))
}

/// Ends the process now, as Node's `process.reallyExit`: 'exit' listeners already ran.
fn op_exit(_: &mut OpState, args: Args) -> OpResult {
    let code = args.integer(0, "code")?;
    io::flush();
    std::process::exit(code as i32)
}

/// Resident set size in bytes, from /proc (0 where there is none).
fn op_rss(_: &mut OpState, _: Args) -> OpResult {
    Ok(Value::from(rss_bytes()))
}

pub fn rss_bytes() -> u64 {
    let pages = std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|s| s.split_whitespace().nth(1).and_then(|v| v.parse::<u64>().ok()))
        .unwrap_or(0);
    pages * unsafe { libc::sysconf(libc::_SC_PAGESIZE) } as u64
}

/// `fatalExit(code, text)`: prints an uncaught error report to stderr and exits.
fn op_fatal_exit(_: &mut OpState, mut args: Args) -> OpResult {
    let code = args.integer(0, "code")?;
    let text = args.string(1, "text")?;
    io::flush();
    let _ = std::io::stderr().lock().write_all(text.as_bytes());
    std::process::exit(code as i32)
}

inventory::submit!(OpDecl::sync("noop", op_noop));
inventory::submit!(OpDecl::sync("writeBenchReport", op_write_bench_report));

/// Does nothing: `jsrig:bench`'s `hostCall` measures the cost of an op call with it.
fn op_noop(_: &mut OpState, _: Args) -> OpResult {
    Ok(Value::Undefined)
}

/// Hands `jsrig:bench` results to the `jsrig bench` runner (the file it named).
fn op_write_bench_report(_: &mut OpState, mut args: Args) -> OpResult {
    let path = args.string(0, "path")?;
    let text = args.string(1, "text")?;
    std::fs::write(&path, text).map_err(|e| super::io_error(&e, "open", Some(&path)))?;
    Ok(Value::Undefined)
}

inventory::submit!(OpDecl::sync("processIds", op_process_ids));

/// `[uid, euid, gid, egid]`.
fn op_process_ids(_: &mut OpState, _: Args) -> OpResult {
    let ids = unsafe { [libc::getuid(), libc::geteuid(), libc::getgid(), libc::getegid()] };
    Ok(Value::Array(ids.iter().map(|i| Value::from(*i)).collect()))
}
