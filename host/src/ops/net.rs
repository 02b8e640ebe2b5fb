//! TCP and Unix-domain sockets, and name lookup, for host/js/net.js and dns.js.
//! Listeners accept with a background op (a listening server keeps the process alive
//! through `loopRef`, so `server.unref()` works); a connection is split into a read
//! half and a write half so that a pending read never blocks a write.

use std::cell::RefCell;
use std::collections::HashMap;
use std::net::SocketAddr;
use std::rc::Rc;

use engine_api::{Args, JsError, OpDecl, OpFuture, OpResult, OpState, Value};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};

inventory::submit!(OpDecl::sync("tcpListen", op_tcp_listen));
inventory::submit!(OpDecl::sync("pipeListen", op_pipe_listen));
inventory::submit!(OpDecl::background("netAccept", op_net_accept));
inventory::submit!(OpDecl::sync("netCloseListener", op_net_close_listener));
inventory::submit!(OpDecl::asynchronous("tcpConnect", op_tcp_connect));
inventory::submit!(OpDecl::asynchronous("pipeConnect", op_pipe_connect));
// Background: a socket keeps the loop alive through its loopRef, so that unref()
// works even while a read is pending.
inventory::submit!(OpDecl::background("netRead", op_net_read));
inventory::submit!(OpDecl::asynchronous("netWrite", op_net_write));
inventory::submit!(OpDecl::asynchronous("netShutdown", op_net_shutdown));
inventory::submit!(OpDecl::sync("netClose", op_net_close));
inventory::submit!(OpDecl::sync("tcpSetNoDelay", op_tcp_set_no_delay));
inventory::submit!(OpDecl::sync("tcpSetKeepAlive", op_tcp_set_keep_alive));
inventory::submit!(OpDecl::asynchronous("dnsLookup", op_dns_lookup));
inventory::submit!(OpDecl::sync("ipcOpen", op_ipc_open));

pub(crate) type Reader = Box<dyn AsyncRead + Unpin>;
pub(crate) type Writer = Box<dyn AsyncWrite + Unpin>;

enum Listener {
    Tcp(tokio::net::TcpListener),
    Unix(tokio::net::UnixListener, String),
}

pub(crate) struct Conn {
    pub reader: Option<Reader>,
    pub writer: Option<Writer>,
    /// For setNoDelay/setKeepAlive on TCP connections.
    pub raw_fd: Option<i32>,
    /// Wakes a pending read or write when JS closes the socket: they hold the
    /// halves, and the OS socket closes only once both are dropped.
    closed: Rc<tokio::sync::Notify>,
}

impl Conn {
    pub(crate) fn new(reader: Reader, writer: Writer, raw_fd: Option<i32>) -> Conn {
        Conn { reader: Some(reader), writer: Some(writer), raw_fd, closed: Rc::default() }
    }
}

#[derive(Default)]
pub(crate) struct Net {
    next: u32,
    listeners: HashMap<u32, Rc<Listener>>,
    pub conns: HashMap<u32, Rc<RefCell<Conn>>>,
}

pub(crate) fn net(state: &mut OpState) -> &mut Net {
    state.default_mut::<Net>()
}

impl Net {
    fn id(&mut self) -> u32 {
        self.next += 1;
        self.next
    }
    pub(crate) fn add_conn(&mut self, conn: Conn) -> u32 {
        let id = self.id();
        self.conns.insert(id, Rc::new(RefCell::new(conn)));
        id
    }
}

/// Node's `listen EADDRINUSE: address already in use :::3000` and friends.
pub(crate) fn listen_error(e: &std::io::Error, address: &str, port: Option<u16>) -> JsError {
    let (code, errno, desc) = super::errno_info(e);
    let shown = match port {
        Some(p) => format!("{address}:{p}"),
        None => address.to_owned(),
    };
    let mut err = JsError::error(format!("listen {code}: {desc} {shown}"))
        .with_prop("code", code)
        .with_prop("errno", Value::from(-errno))
        .with_prop("syscall", "listen")
        .with_prop("address", address);
    if let Some(p) = port {
        err = err.with_prop("port", Value::from(p as u32));
    }
    err
}

/// Node's `connect ECONNREFUSED 127.0.0.1:1`.
pub(crate) fn connect_error(e: &std::io::Error, address: &str, port: Option<u16>) -> JsError {
    address_error(e, "connect", address, port)
}

/// Node's `${syscall} ${code} ${address}:${port}` (connect, UDP bind and send...).
pub(crate) fn address_error(e: &std::io::Error, syscall: &str, address: &str, port: Option<u16>) -> JsError {
    let (code, errno, _) = super::errno_info(e);
    let shown = match port {
        Some(p) => format!("{address}:{p}"),
        None => address.to_owned(),
    };
    let mut err = JsError::error(format!("{syscall} {code} {shown}"))
        .with_prop("errno", Value::from(-errno))
        .with_prop("code", code)
        .with_prop("syscall", syscall)
        .with_prop("address", address);
    if let Some(p) = port {
        err = err.with_prop("port", Value::from(p as u32));
    }
    err
}

fn family(addr: &SocketAddr) -> &'static str {
    if addr.is_ipv4() {
        "IPv4"
    } else {
        "IPv6"
    }
}

pub(crate) fn addr_value(addr: &SocketAddr) -> Value {
    Value::object([("address", Value::from(addr.ip().to_string())), ("family", Value::from(family(addr))), ("port", Value::from(addr.port() as u32))])
}

/// Binds like Node: no host means every address, IPv6 with IPv4 mapped when possible.
pub(crate) fn bind_tcp(host: Option<&str>, port: u16, backlog: i32) -> std::io::Result<std::net::TcpListener> {
    let candidates: Vec<SocketAddr> = match host {
        Some(h) if !h.is_empty() => {
            let h = h.trim_start_matches('[').trim_end_matches(']');
            match h.parse::<std::net::IpAddr>() {
                Ok(ip) => vec![SocketAddr::new(ip, port)],
                Err(_) => std::net::ToSocketAddrs::to_socket_addrs(&(h, port))?.collect(),
            }
        }
        _ => vec![SocketAddr::from(([0u16; 8], port)), SocketAddr::from(([0, 0, 0, 0], port))],
    };
    let mut last = std::io::Error::from_raw_os_error(libc::EADDRNOTAVAIL);
    for addr in candidates {
        let socket = match addr {
            SocketAddr::V4(_) => tokio::net::TcpSocket::new_v4(),
            SocketAddr::V6(_) => tokio::net::TcpSocket::new_v6(),
        };
        let Ok(socket) = socket else { continue };
        let _ = socket.set_reuseaddr(true);
        match socket.bind(addr).and_then(|_| socket.listen(backlog.max(1) as u32)) {
            Ok(l) => {
                let std = l.into_std()?;
                return Ok(std);
            }
            Err(e) => {
                // EADDRINUSE is the answer; other failures try the next address.
                if e.raw_os_error() == Some(libc::EADDRINUSE) {
                    return Err(e);
                }
                last = e;
            }
        }
    }
    Err(last)
}

/// A connected Unix socket as a net connection (an IPC channel's end).
pub(crate) fn adopt_unix_stream(state: &mut OpState, stream: std::os::unix::net::UnixStream) -> std::io::Result<u32> {
    stream.set_nonblocking(true)?;
    let (r, w) = tokio::net::UnixStream::from_std(stream)?.into_split();
    Ok(net(state).add_conn(Conn::new(Box::new(r), Box::new(w), None)))
}

/// `ipcOpen(fd)` -> a net connection id for the IPC channel a parent passed as
/// descriptor `fd` (NODE_CHANNEL_FD): this process's end of `fork`'s channel.
fn op_ipc_open(state: &mut OpState, args: Args) -> OpResult {
    use std::os::fd::FromRawFd;
    let fd = args.integer(0, "fd")? as i32;
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    if unsafe { libc::fstat(fd, &mut st) } != 0 || st.st_mode & libc::S_IFMT != libc::S_IFSOCK {
        return Err(JsError::error(format!("NODE_CHANNEL_FD {fd} is not a socket")).with_code("ERR_INVALID_FD"));
    }
    // SAFETY: the descriptor was handed to this process for exactly this use and
    // nothing else here owns it.
    let stream = unsafe { std::os::unix::net::UnixStream::from_raw_fd(fd) };
    unsafe { libc::fcntl(fd, libc::F_SETFD, libc::FD_CLOEXEC) };
    adopt_unix_stream(state, stream).map(Value::from).map_err(|e| super::io_error(&e, "ipc", None))
}

/// `tcpListen(host, port, backlog)` -> { id, address, family, port }.
fn op_tcp_listen(state: &mut OpState, mut args: Args) -> OpResult {
    let host = args.optional_string(0, "host")?;
    let port = args.integer(1, "port")? as u16;
    let backlog = args.integer(2, "backlog").unwrap_or(511) as i32;
    let shown = host.clone().unwrap_or_else(|| "::".into());
    let std = bind_tcp(host.as_deref(), port, backlog).map_err(|e| listen_error(&e, &shown, Some(port)))?;
    std.set_nonblocking(true).map_err(|e| listen_error(&e, &shown, Some(port)))?;
    let listener = tokio::net::TcpListener::from_std(std).map_err(|e| listen_error(&e, &shown, Some(port)))?;
    let local = listener.local_addr().map_err(|e| listen_error(&e, &shown, Some(port)))?;
    let n = net(state);
    let id = n.id();
    n.listeners.insert(id, Rc::new(Listener::Tcp(listener)));
    let mut v = addr_value(&local);
    if let Value::Object(props) = &mut v {
        props.insert(0, ("id".into(), Value::from(id)));
    }
    Ok(v)
}

fn op_pipe_listen(state: &mut OpState, mut args: Args) -> OpResult {
    let path = args.string(0, "path")?;
    let listener = tokio::net::UnixListener::bind(&path).map_err(|e| listen_error(&e, &path, None))?;
    let n = net(state);
    let id = n.id();
    n.listeners.insert(id, Rc::new(Listener::Unix(listener, path.clone())));
    Ok(Value::object([("id", Value::from(id)), ("address", Value::from(path))]))
}

/// `netAccept(listenerId)` -> `[connId, remoteAddress, remotePort, remoteFamily]`, or
/// null once the listener is closed.
fn op_net_accept(state: &Rc<RefCell<OpState>>, args: Args) -> OpFuture {
    let state = state.clone();
    Box::pin(async move {
        let id = args.integer(0, "id")? as u32;
        let Some(listener) = net(&mut state.borrow_mut()).listeners.get(&id).cloned() else { return Ok(Value::Null) };
        loop {
            let accepted = match &*listener {
                Listener::Tcp(l) => l.accept().await.map(|(s, peer)| {
                    let fd = std::os::fd::AsRawFd::as_raw_fd(&s);
                    let (r, w) = s.into_split();
                    let conn = Conn::new(Box::new(r), Box::new(w), Some(fd));
                    (conn, vec![Value::from(peer.ip().to_string()), Value::from(peer.port() as u32), Value::from(family(&peer))])
                }),
                Listener::Unix(l, _) => l.accept().await.map(|(s, _)| {
                    let (r, w) = s.into_split();
                    (Conn::new(Box::new(r), Box::new(w), None), vec![Value::Undefined, Value::Undefined, Value::Undefined])
                }),
            };
            // A closed listener ends the accept loop.
            if !net(&mut state.borrow_mut()).listeners.contains_key(&id) {
                return Ok(Value::Null);
            }
            match accepted {
                Ok((conn, info)) => {
                    let conn_id = net(&mut state.borrow_mut()).add_conn(conn);
                    let mut out = vec![Value::from(conn_id)];
                    out.extend(info);
                    return Ok(Value::Array(out));
                }
                // Transient accept failures (EMFILE, ECONNABORTED) do not stop the server.
                Err(_) => tokio::task::yield_now().await,
            }
        }
    })
}

fn op_net_close_listener(state: &mut OpState, args: Args) -> OpResult {
    let id = args.integer(0, "id")? as u32;
    if let Some(l) = net(state).listeners.remove(&id) {
        if let Listener::Unix(_, path) = &*l {
            let _ = std::fs::remove_file(path);
        }
    }
    Ok(Value::Undefined)
}

/// `tcpConnect(host, port)` -> `[connId, localAddress, localPort, remoteAddress, remotePort, family]`.
fn op_tcp_connect(state: &Rc<RefCell<OpState>>, mut args: Args) -> OpFuture {
    let state = state.clone();
    let parsed = args.string(0, "host").and_then(|h| Ok((h, args.integer(1, "port")? as u16)));
    Box::pin(async move {
        let (host, port) = parsed?;
        let addrs: Vec<SocketAddr> = match host.parse::<std::net::IpAddr>() {
            Ok(ip) => vec![SocketAddr::new(ip, port)],
            Err(_) => tokio::net::lookup_host((host.as_str(), port)).await.map_err(|_| dns_error("getaddrinfo", &host, libc::EAI_NONAME))?.collect(),
        };
        let mut last = None;
        for addr in addrs {
            match tokio::net::TcpStream::connect(addr).await {
                Ok(s) => {
                    let local = s.local_addr().map_err(|e| connect_error(&e, &addr.ip().to_string(), Some(port)))?;
                    let fd = std::os::fd::AsRawFd::as_raw_fd(&s);
                    let (r, w) = s.into_split();
                    let id = net(&mut state.borrow_mut()).add_conn(Conn::new(Box::new(r), Box::new(w), Some(fd)));
                    return Ok(Value::Array(vec![
                        Value::from(id),
                        Value::from(local.ip().to_string()),
                        Value::from(local.port() as u32),
                        Value::from(addr.ip().to_string()),
                        Value::from(addr.port() as u32),
                        Value::from(family(&addr)),
                    ]));
                }
                Err(e) => last = Some((e, addr)),
            }
        }
        match last {
            Some((e, addr)) => Err(connect_error(&e, &addr.ip().to_string(), Some(addr.port()))),
            None => Err(dns_error("getaddrinfo", &host, libc::EAI_NONAME)),
        }
    })
}

fn op_pipe_connect(state: &Rc<RefCell<OpState>>, mut args: Args) -> OpFuture {
    let state = state.clone();
    let path = args.string(0, "path");
    Box::pin(async move {
        let path = path?;
        let s = tokio::net::UnixStream::connect(&path).await.map_err(|e| connect_error(&e, &path, None))?;
        let (r, w) = s.into_split();
        let id = net(&mut state.borrow_mut()).add_conn(Conn::new(Box::new(r), Box::new(w), None));
        Ok(Value::Array(vec![Value::from(id)]))
    })
}

fn conn(state: &Rc<RefCell<OpState>>, id: u32) -> Option<Rc<RefCell<Conn>>> {
    net(&mut state.borrow_mut()).conns.get(&id).cloned()
}

fn socket_error(e: &std::io::Error, syscall: &str) -> JsError {
    let (code, errno, _) = super::errno_info(e);
    JsError::error(format!("{syscall} {code}")).with_prop("errno", Value::from(-errno)).with_prop("code", code).with_prop("syscall", syscall)
}

/// `netRead(connId)` -> the next bytes; empty at end of stream.
fn op_net_read(state: &Rc<RefCell<OpState>>, args: Args) -> OpFuture {
    let state = state.clone();
    Box::pin(async move {
        let id = args.integer(0, "id")? as u32;
        let Some(c) = conn(&state, id) else { return Ok(Value::Bytes(Vec::new())) };
        let Some(mut reader) = c.borrow_mut().reader.take() else { return Ok(Value::Bytes(Vec::new())) };
        let closed = c.borrow().closed.clone();
        let mut buf = vec![0u8; 64 * 1024];
        let r = tokio::select! {
            r = reader.read(&mut buf) => r,
            _ = closed.notified() => return Ok(Value::Bytes(Vec::new())),
        };
        c.borrow_mut().reader = Some(reader);
        let n = r.map_err(|e| socket_error(&e, "read"))?;
        buf.truncate(n);
        Ok(Value::Bytes(buf))
    })
}

fn op_net_write(state: &Rc<RefCell<OpState>>, mut args: Args) -> OpFuture {
    let state = state.clone();
    let parsed = args.integer(0, "id").and_then(|id| Ok((id as u32, args.bytes(1, "data")?)));
    Box::pin(async move {
        let (id, data) = parsed?;
        let closed = || socket_error(&std::io::Error::from_raw_os_error(libc::EPIPE), "write");
        let c = conn(&state, id).ok_or_else(closed)?;
        let mut writer = c.borrow_mut().writer.take().ok_or_else(closed)?;
        let notify = c.borrow().closed.clone();
        let r = tokio::select! {
            r = writer.write_all(&data) => r,
            _ = notify.notified() => return Err(closed()),
        };
        c.borrow_mut().writer = Some(writer);
        r.map(|_| Value::Undefined).map_err(|e| socket_error(&e, "write"))
    })
}

/// Half-close: sends FIN after pending writes.
fn op_net_shutdown(state: &Rc<RefCell<OpState>>, args: Args) -> OpFuture {
    let state = state.clone();
    Box::pin(async move {
        let id = args.integer(0, "id")? as u32;
        let Some(c) = conn(&state, id) else { return Ok(Value::Undefined) };
        let Some(mut writer) = c.borrow_mut().writer.take() else { return Ok(Value::Undefined) };
        let _ = writer.shutdown().await;
        Ok(Value::Undefined)
    })
}

fn op_net_close(state: &mut OpState, args: Args) -> OpResult {
    let id = args.integer(0, "id")? as u32;
    if let Some(c) = net(state).conns.remove(&id) {
        c.borrow().closed.notify_waiters();
    }
    Ok(Value::Undefined)
}

fn with_fd(state: &mut OpState, id: u32, f: impl FnOnce(i32)) {
    if let Some(fd) = net(state).conns.get(&id).and_then(|c| c.borrow().raw_fd) {
        f(fd);
    }
}

fn op_tcp_set_no_delay(state: &mut OpState, args: Args) -> OpResult {
    let id = args.integer(0, "id")? as u32;
    let on = args.bool(1, "noDelay").unwrap_or(true) as libc::c_int;
    with_fd(state, id, |fd| unsafe {
        libc::setsockopt(fd, libc::IPPROTO_TCP, libc::TCP_NODELAY, &on as *const _ as *const libc::c_void, std::mem::size_of::<libc::c_int>() as u32);
    });
    Ok(Value::Undefined)
}

fn op_tcp_set_keep_alive(state: &mut OpState, args: Args) -> OpResult {
    let id = args.integer(0, "id")? as u32;
    let on = args.bool(1, "enable").unwrap_or(false) as libc::c_int;
    let delay = args.integer(2, "initialDelay").unwrap_or(0) as libc::c_int / 1000;
    with_fd(state, id, |fd| unsafe {
        libc::setsockopt(fd, libc::SOL_SOCKET, libc::SO_KEEPALIVE, &on as *const _ as *const libc::c_void, std::mem::size_of::<libc::c_int>() as u32);
        if on != 0 && delay > 0 {
            libc::setsockopt(fd, libc::IPPROTO_TCP, libc::TCP_KEEPIDLE, &delay as *const _ as *const libc::c_void, std::mem::size_of::<libc::c_int>() as u32);
        }
    });
    Ok(Value::Undefined)
}

/// Node's `getaddrinfo ENOTFOUND example.invalid`.
pub(crate) fn dns_error(syscall: &str, host: &str, eai: i32) -> JsError {
    let code = match eai {
        libc::EAI_AGAIN => "EAI_AGAIN",
        libc::EAI_FAIL => "EAI_FAIL",
        _ => "ENOTFOUND",
    };
    let errno = match code {
        "EAI_AGAIN" => -3001,
        "EAI_FAIL" => -3007,
        _ => -3008,
    };
    JsError::error(format!("{syscall} {code} {host}")).with_prop("errno", Value::from(errno)).with_prop("code", code).with_prop("syscall", syscall).with_prop("hostname", host)
}

/// `dnsLookup(host, family)` -> `[address, family, ...]` in resolver order.
fn op_dns_lookup(_: &Rc<RefCell<OpState>>, mut args: Args) -> OpFuture {
    let parsed = args.string(0, "hostname").map(|h| (h, args.integer(1, "family").unwrap_or(0)));
    Box::pin(async move {
        let (host, fam) = parsed?;
        let addrs = tokio::net::lookup_host((host.as_str(), 0)).await.map_err(|_| dns_error("getaddrinfo", &host, libc::EAI_NONAME))?;
        let mut out = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for a in addrs {
            let f = if a.is_ipv4() { 4 } else { 6 };
            if (fam == 0 || fam == f) && seen.insert(a.ip()) {
                out.push(Value::from(a.ip().to_string()));
                out.push(Value::from(f as u32));
            }
        }
        if out.is_empty() {
            return Err(dns_error("getaddrinfo", &host, libc::EAI_NONAME));
        }
        Ok(Value::Array(out))
    })
}
