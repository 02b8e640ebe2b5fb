//! Child processes for host/js/child_process.js: `spawnSync` runs a command to
//! completion on the JS thread; `spawn` starts one on tokio and hands JS an id whose
//! stdio pipes and exit are read by async ops.

use std::cell::RefCell;
use std::collections::HashMap;
use std::future::Future;
use std::io::{Read, Write};
use std::process::Stdio;
use std::rc::Rc;
use std::time::{Duration, Instant};

use engine_api::{Args, JsError, OpDecl, OpFuture, OpResult, OpState, Value};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

inventory::submit!(OpDecl::sync("spawnSync", op_spawn_sync));
inventory::submit!(OpDecl::sync("spawn", op_spawn));
inventory::submit!(OpDecl::asynchronous("childRead", op_child_read));
inventory::submit!(OpDecl::asynchronous("childWrite", op_child_write));
inventory::submit!(OpDecl::sync("childCloseStdin", op_child_close_stdin));
inventory::submit!(OpDecl::asynchronous("childWait", op_child_wait));
inventory::submit!(OpDecl::sync("childKill", op_child_kill));
inventory::submit!(OpDecl::sync("childRelease", op_child_release));
inventory::submit!(OpDecl::sync("kill", op_kill));

/// What both forms read from `options`.
struct Spec {
    file: String,
    args: Vec<String>,
    cwd: Option<String>,
    env: Option<Vec<(String, String)>>,
    /// For each of stdin, stdout, stderr: "pipe", "inherit" or "ignore".
    stdio: [String; 3],
    argv0: Option<String>,
    uid: Option<u32>,
    gid: Option<u32>,
    detached: bool,
    /// The child's descriptor for an IPC channel (`'ipc'` in stdio: fork), if any.
    ipc: Option<i32>,
}

fn spec(args: &Args) -> Result<Spec, JsError> {
    let file = match args.get(0) {
        Value::String(s) => s.clone(),
        other => return Err(JsError::invalid_arg_type("file", "string", other)),
    };
    let list = match args.get(1) {
        Value::Array(items) => items.iter().map(|v| v.as_str().map(str::to_owned).unwrap_or_default()).collect(),
        _ => Vec::new(),
    };
    let opts = args.get(2);
    let s = |k: &str| opts.get(k).and_then(Value::as_str).map(str::to_owned);
    let env = match opts.get("env") {
        Some(Value::Object(props)) => Some(props.iter().filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_owned()))).collect()),
        _ => None,
    };
    let mut stdio = ["pipe".to_owned(), "pipe".to_owned(), "pipe".to_owned()];
    if let Some(Value::Array(items)) = opts.get("stdio") {
        for (i, item) in items.iter().take(3).enumerate() {
            if let Some(kind) = item.as_str() {
                stdio[i] = kind.to_owned();
            }
        }
    }
    let num = |k: &str| opts.get(k).and_then(Value::as_f64).map(|n| n as u32);
    let ipc = opts.get("ipc").and_then(Value::as_f64).map(|n| n as i32);
    Ok(Spec { file, args: list, cwd: s("cwd"), env, stdio, argv0: s("argv0"), uid: num("uid"), gid: num("gid"), detached: matches!(opts.get("detached"), Some(Value::Bool(true))), ipc })
}

fn stdio_of(kind: &str) -> Stdio {
    match kind {
        "inherit" => Stdio::inherit(),
        "ignore" => Stdio::null(),
        _ => Stdio::piped(),
    }
}

fn command(s: &Spec) -> std::process::Command {
    use std::os::unix::process::CommandExt;
    let mut c = std::process::Command::new(&s.file);
    c.args(&s.args);
    if let Some(a) = &s.argv0 {
        c.arg0(a);
    }
    if let Some(d) = &s.cwd {
        c.current_dir(d);
    }
    if let Some(env) = &s.env {
        c.env_clear();
        c.envs(env.iter().map(|(k, v)| (k, v)));
    }
    if let Some(u) = s.uid {
        c.uid(u);
    }
    if let Some(g) = s.gid {
        c.gid(g);
    }
    if s.detached {
        c.process_group(0);
    }
    // As libuv: the child starts with every signal at its default action. Ignored
    // signals survive exec otherwise, and a shell starts background jobs with SIGINT
    // and SIGQUIT ignored, so `child.kill('SIGINT')` would do nothing there.
    // SAFETY: only signal(2), which is async-signal-safe, runs between fork and exec.
    unsafe {
        c.pre_exec(|| {
            for sig in 1..libc::SIGRTMIN() {
                if sig != libc::SIGKILL && sig != libc::SIGSTOP {
                    libc::signal(sig, libc::SIG_DFL);
                }
            }
            Ok(())
        });
    }
    c.stdin(stdio_of(&s.stdio[0])).stdout(stdio_of(&s.stdio[1])).stderr(stdio_of(&s.stdio[2]));
    c
}

/// Node's error for a command that could not start: `spawn ls ENOENT`.
fn spawn_error(e: &std::io::Error, s: &Spec, sync: bool) -> JsError {
    let (code, errno, _) = super::errno_info(e);
    let syscall = if sync { format!("spawnSync {}", s.file) } else { format!("spawn {}", s.file) };
    JsError::error(format!("{syscall} {code}"))
        .with_prop("errno", Value::from(-errno))
        .with_prop("code", code)
        .with_prop("syscall", syscall.as_str())
        .with_prop("path", s.file.as_str())
        .with_prop("spawnargs", Value::Array(s.args.iter().map(|a| Value::from(a.as_str())).collect()))
}

fn signal_name(sig: i32) -> &'static str {
    match sig {
        libc::SIGHUP => "SIGHUP",
        libc::SIGINT => "SIGINT",
        libc::SIGQUIT => "SIGQUIT",
        libc::SIGILL => "SIGILL",
        libc::SIGTRAP => "SIGTRAP",
        libc::SIGABRT => "SIGABRT",
        libc::SIGBUS => "SIGBUS",
        libc::SIGFPE => "SIGFPE",
        libc::SIGKILL => "SIGKILL",
        libc::SIGUSR1 => "SIGUSR1",
        libc::SIGSEGV => "SIGSEGV",
        libc::SIGUSR2 => "SIGUSR2",
        libc::SIGPIPE => "SIGPIPE",
        libc::SIGALRM => "SIGALRM",
        libc::SIGTERM => "SIGTERM",
        libc::SIGCHLD => "SIGCHLD",
        libc::SIGCONT => "SIGCONT",
        libc::SIGSTOP => "SIGSTOP",
        libc::SIGTSTP => "SIGTSTP",
        _ => "SIGTERM",
    }
}

fn exit_value(status: std::process::ExitStatus) -> (Value, Value) {
    use std::os::unix::process::ExitStatusExt;
    match (status.code(), status.signal()) {
        (Some(c), _) => (Value::from(c), Value::Null),
        (None, Some(s)) => (Value::Null, Value::from(signal_name(s))),
        _ => (Value::Null, Value::Null),
    }
}

/// `spawnSync(file, args, options)` -> { pid, status, signal, stdout, stderr, error? }.
/// `options.input` (bytes) goes to stdin; `timeout` (ms) kills with `killSignal`.
fn op_spawn_sync(_: &mut OpState, args: Args) -> OpResult {
    let s = spec(&args)?;
    let opts = args.get(2);
    let input = match opts.get("input") {
        Some(Value::Bytes(b)) => Some(b.clone()),
        Some(Value::String(t)) => Some(t.clone().into_bytes()),
        _ => None,
    };
    let timeout = opts.get("timeout").and_then(Value::as_f64).filter(|t| *t > 0.0).map(|t| Duration::from_millis(t as u64));
    let kill_signal = opts.get("killSignal").and_then(Value::as_f64).map(|n| n as i32).unwrap_or(libc::SIGTERM);
    let mut cmd = command(&s);
    if input.is_some() && s.stdio[0] == "pipe" {
        cmd.stdin(Stdio::piped());
    }
    let mut child = match cmd.spawn() {
        Ok(c) => c,
        // As Node's spawnSync: the result carries the error instead of throwing.
        Err(e) => {
            let err = spawn_error(&e, &s, true);
            let mut fields = vec![("message".to_owned(), Value::from(err.message))];
            fields.extend(err.props);
            return Ok(Value::object([("error", Value::Object(fields)), ("status", Value::Null), ("signal", Value::Null)]));
        }
    };
    let pid = child.id();
    if let Some(mut stdin) = child.stdin.take() {
        let data = input.unwrap_or_default();
        // Written from a thread so that a child that fills its output pipe first cannot
        // deadlock against us.
        std::thread::spawn(move || {
            let _ = stdin.write_all(&data);
        });
    }
    let mut readers = Vec::new();
    for pipe in [child.stdout.take().map(|p| Box::new(p) as Box<dyn Read + Send>), child.stderr.take().map(|p| Box::new(p) as Box<dyn Read + Send>)] {
        readers.push(pipe.map(|mut p| {
            std::thread::spawn(move || {
                let mut buf = Vec::new();
                let _ = p.read_to_end(&mut buf);
                buf
            })
        }));
    }
    let start = Instant::now();
    let mut timed_out = false;
    let status = loop {
        match child.try_wait() {
            Ok(Some(st)) => break st,
            Ok(None) => {}
            Err(e) => return Err(super::io_error(&e, "waitpid", None)),
        }
        if let Some(t) = timeout {
            if start.elapsed() >= t && !timed_out {
                timed_out = true;
                unsafe { libc::kill(pid as i32, kill_signal) };
            }
        }
        std::thread::sleep(Duration::from_millis(1));
    };
    let mut outputs = readers.into_iter().map(|r| r.map(|h| h.join().unwrap_or_default()));
    let stdout = outputs.next().flatten();
    let stderr = outputs.next().flatten();
    let (code, signal) = exit_value(status);
    let mut fields = vec![
        ("pid", Value::from(pid)),
        ("status", code),
        ("signal", signal),
        ("stdout", stdout.map(Value::Bytes).unwrap_or(Value::Null)),
        ("stderr", stderr.map(Value::Bytes).unwrap_or(Value::Null)),
    ];
    if timed_out {
        fields.push(("timedOut", Value::Bool(true)));
    }
    Ok(Value::object(fields))
}

struct Child {
    child: tokio::process::Child,
    stdin: Option<tokio::process::ChildStdin>,
    stdout: Option<tokio::process::ChildStdout>,
    stderr: Option<tokio::process::ChildStderr>,
}

#[derive(Default)]
struct Children {
    next: u32,
    running: HashMap<u32, Rc<RefCell<Child>>>,
}

fn children(state: &mut OpState) -> &mut Children {
    state.default_mut::<Children>()
}

fn child(state: &Rc<RefCell<OpState>>, id: u32) -> Result<Rc<RefCell<Child>>, JsError> {
    children(&mut state.borrow_mut()).running.get(&id).cloned().ok_or_else(|| JsError::error("no such child process").with_code("ESRCH"))
}

/// `spawn(file, args, options)` -> { id, pid, ipc }, or throws Node's spawn error;
/// `ipc` is the parent's end of the channel, a net connection id.
fn op_spawn(state: &mut OpState, args: Args) -> OpResult {
    use std::os::fd::AsRawFd;
    let s = spec(&args)?;
    let mut std_cmd = command(&s);
    // The channel is a socket pair: the child's end becomes its descriptor `ipc`.
    let channel = match s.ipc {
        Some(target) => {
            let (ours, theirs) = std::os::unix::net::UnixStream::pair().map_err(|e| spawn_error(&e, &s, false))?;
            let fd = theirs.as_raw_fd();
            // SAFETY: dup2 and fcntl are async-signal-safe.
            unsafe {
                std::os::unix::process::CommandExt::pre_exec(&mut std_cmd, move || {
                    if fd == target {
                        let flags = libc::fcntl(fd, libc::F_GETFD);
                        if flags < 0 || libc::fcntl(fd, libc::F_SETFD, flags & !libc::FD_CLOEXEC) < 0 {
                            return Err(std::io::Error::last_os_error());
                        }
                    } else if libc::dup2(fd, target) < 0 {
                        return Err(std::io::Error::last_os_error());
                    }
                    Ok(())
                });
            }
            Some((ours, theirs))
        }
        None => None,
    };
    let mut cmd = tokio::process::Command::from(std_cmd);
    cmd.kill_on_drop(false);
    let mut c = cmd.spawn().map_err(|e| spawn_error(&e, &s, false))?;
    let ipc = match channel {
        Some((ours, theirs)) => {
            drop(theirs);
            Value::from(super::net::adopt_unix_stream(state, ours).map_err(|e| spawn_error(&e, &s, false))?)
        }
        None => Value::Null,
    };
    let pid = c.id().unwrap_or(0);
    let entry = Child { stdin: c.stdin.take(), stdout: c.stdout.take(), stderr: c.stderr.take(), child: c };
    let t = children(state);
    t.next += 1;
    let id = t.next;
    t.running.insert(id, Rc::new(RefCell::new(entry)));
    Ok(Value::object([("id", Value::from(id)), ("pid", Value::from(pid)), ("ipc", ipc)]))
}

/// `childRead(id, fd)`: the next chunk of the child's stdout (1) or stderr (2);
/// empty at end of stream.
fn op_child_read(state: &Rc<RefCell<OpState>>, args: Args) -> OpFuture {
    let state = state.clone();
    Box::pin(async move {
        let id = args.integer(0, "id")? as u32;
        let fd = args.integer(1, "fd")?;
        // A released or unknown child has nothing more to read.
        let Ok(c) = child(&state, id) else { return Ok(Value::Bytes(Vec::new())) };
        let mut buf = vec![0u8; 64 * 1024];
        // Take the pipe out while reading, so no RefCell borrow spans the await.
        let n = if fd == 1 {
            let Some(mut pipe) = c.borrow_mut().stdout.take() else { return Ok(Value::Bytes(Vec::new())) };
            let n = pipe.read(&mut buf).await;
            c.borrow_mut().stdout = Some(pipe);
            n
        } else {
            let Some(mut pipe) = c.borrow_mut().stderr.take() else { return Ok(Value::Bytes(Vec::new())) };
            let n = pipe.read(&mut buf).await;
            c.borrow_mut().stderr = Some(pipe);
            n
        };
        let n = n.map_err(|e| super::io_error(&e, "read", None))?;
        buf.truncate(n);
        Ok(Value::Bytes(buf))
    })
}

fn op_child_write(state: &Rc<RefCell<OpState>>, mut args: Args) -> OpFuture {
    let state = state.clone();
    let parsed = args.integer(0, "id").and_then(|id| Ok((id as u32, args.bytes(1, "data")?)));
    Box::pin(async move {
        let (id, data) = parsed?;
        let c = child(&state, id)?;
        let Some(mut pipe) = c.borrow_mut().stdin.take() else {
            return Err(super::io_error(&std::io::Error::from_raw_os_error(libc::EPIPE), "write", None));
        };
        let r = pipe.write_all(&data).await;
        c.borrow_mut().stdin = Some(pipe);
        r.map(|_| Value::Undefined).map_err(|e| super::io_error(&e, "write", None))
    })
}

fn op_child_close_stdin(state: &mut OpState, args: Args) -> OpResult {
    let id = args.integer(0, "id")? as u32;
    if let Some(c) = children(state).running.get(&id) {
        c.borrow_mut().stdin = None;
    }
    Ok(Value::Undefined)
}

/// `childWait(id)` -> `[code, signal]` when the child exits; keeps the loop alive.
fn op_child_wait(state: &Rc<RefCell<OpState>>, args: Args) -> OpFuture {
    let state = state.clone();
    Box::pin(async move {
        let id = args.integer(0, "id")? as u32;
        let c = child(&state, id)?;
        // The child is only waited for here; polling `wait` through a shared cell keeps
        // kill() usable meanwhile.
        let status = std::future::poll_fn(|cx| {
            let mut entry = c.borrow_mut();
            let fut = entry.child.wait();
            let mut fut = std::pin::pin!(fut);
            fut.as_mut().poll(cx)
        })
        .await
        .map_err(|e| super::io_error(&e, "waitpid", None))?;
        let (code, signal) = exit_value(status);
        Ok(Value::Array(vec![code, signal]))
    })
}

fn signal_number(v: &Value) -> Result<i32, JsError> {
    Ok(match v {
        Value::Number(n) => *n as i32,
        Value::String(s) => match s.as_str() {
            "SIGHUP" => libc::SIGHUP,
            "SIGINT" => libc::SIGINT,
            "SIGQUIT" => libc::SIGQUIT,
            "SIGKILL" => libc::SIGKILL,
            "SIGUSR1" => libc::SIGUSR1,
            "SIGUSR2" => libc::SIGUSR2,
            "SIGPIPE" => libc::SIGPIPE,
            "SIGALRM" => libc::SIGALRM,
            "SIGTERM" => libc::SIGTERM,
            "SIGCONT" => libc::SIGCONT,
            "SIGSTOP" => libc::SIGSTOP,
            "SIGTSTP" => libc::SIGTSTP,
            "SIGCHLD" => libc::SIGCHLD,
            "SIGWINCH" => libc::SIGWINCH,
            other => return Err(JsError::type_error(format!("Unknown signal: {other}")).with_code("ERR_UNKNOWN_SIGNAL")),
        },
        Value::Undefined => libc::SIGTERM,
        other => return Err(JsError::invalid_arg_type("signal", "string or number", other)),
    })
}

/// `childKill(id, signal)` -> whether the signal was sent.
fn op_child_kill(state: &mut OpState, args: Args) -> OpResult {
    let id = args.integer(0, "id")? as u32;
    let sig = signal_number(args.get(1))?;
    let Some(c) = children(state).running.get(&id).cloned() else { return Ok(Value::Bool(false)) };
    let pid = c.borrow().child.id();
    Ok(Value::Bool(pid.is_some_and(|p| unsafe { libc::kill(p as i32, sig) } == 0)))
}

/// `childRelease(id)`: the child exited and its pipes were read to the end.
fn op_child_release(state: &mut OpState, args: Args) -> OpResult {
    let id = args.integer(0, "id")? as u32;
    children(state).running.remove(&id);
    Ok(Value::Undefined)
}

/// `process.kill(pid, signal)`.
fn op_kill(_: &mut OpState, args: Args) -> OpResult {
    let pid = args.integer(0, "pid")? as i32;
    let sig = signal_number(args.get(1))?;
    if unsafe { libc::kill(pid, sig) } != 0 {
        return Err(super::io_error(&std::io::Error::last_os_error(), "kill", None));
    }
    Ok(Value::Bool(true))
}
