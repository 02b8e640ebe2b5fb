//! UDP sockets for host/js/dgram.js on tokio: bind (with SO_REUSEADDR when asked),
//! send, receive, connect, and the socket options Node exposes. Errors are Node's
//! (`bind EADDRINUSE 127.0.0.1:41234`, `send ENETUNREACH ...`).

use std::cell::RefCell;
use std::collections::HashMap;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::rc::Rc;

use engine_api::{Args, JsError, OpDecl, OpFuture, OpResult, OpState, Value};

inventory::submit!(OpDecl::sync("udpBind", op_udp_bind));
inventory::submit!(OpDecl::asynchronous("udpSend", op_udp_send));
inventory::submit!(OpDecl::background("udpRecv", op_udp_recv));
inventory::submit!(OpDecl::sync("udpClose", op_udp_close));
inventory::submit!(OpDecl::asynchronous("udpConnect", op_udp_connect));
inventory::submit!(OpDecl::sync("udpDisconnect", op_udp_disconnect));
inventory::submit!(OpDecl::sync("udpSetOption", op_udp_set_option));

struct Udp {
    socket: tokio::net::UdpSocket,
    closed: tokio::sync::Notify,
}

#[derive(Default)]
struct Sockets {
    next: u32,
    all: HashMap<u32, Rc<Udp>>,
}

fn sockets(state: &mut OpState) -> &mut Sockets {
    state.default_mut::<Sockets>()
}

fn socket(state: &Rc<RefCell<OpState>>, id: u32) -> Result<Rc<Udp>, JsError> {
    sockets(&mut state.borrow_mut()).all.get(&id).cloned().ok_or_else(|| JsError::error("Not running").with_code("ERR_SOCKET_DGRAM_NOT_RUNNING"))
}

fn parse_ip(address: &str, v6: bool) -> Result<IpAddr, JsError> {
    if address.is_empty() {
        return Ok(if v6 { IpAddr::V6(Ipv6Addr::UNSPECIFIED) } else { IpAddr::V4(Ipv4Addr::UNSPECIFIED) });
    }
    address.trim_start_matches('[').trim_end_matches(']').parse().map_err(|_| JsError::type_error(format!("Invalid IP address: {address}")).with_code("ERR_INVALID_ARG_VALUE"))
}

/// `udpBind(type, address, port, reuseAddr, ipv6Only)` -> { id, address, family, port }.
fn op_udp_bind(state: &mut OpState, mut args: Args) -> OpResult {
    let v6 = args.string(0, "type")? == "udp6";
    let address = args.optional_string(1, "address")?.unwrap_or_default();
    let port = args.integer(2, "port")? as u16;
    let reuse = args.bool(3, "reuseAddr").unwrap_or(false);
    let v6_only = args.bool(4, "ipv6Only").unwrap_or(false);
    let ip = parse_ip(&address, v6)?;
    let shown = ip.to_string();
    let fail = |e: std::io::Error| super::net::address_error(&e, "bind", &shown, Some(port));
    let domain = if ip.is_ipv6() { socket2::Domain::IPV6 } else { socket2::Domain::IPV4 };
    let s = socket2::Socket::new(domain, socket2::Type::DGRAM, Some(socket2::Protocol::UDP)).map_err(fail)?;
    if reuse {
        s.set_reuse_address(true).map_err(fail)?;
    }
    if ip.is_ipv6() {
        s.set_only_v6(v6_only).map_err(fail)?;
    }
    s.bind(&SocketAddr::new(ip, port).into()).map_err(fail)?;
    s.set_nonblocking(true).map_err(fail)?;
    let socket = tokio::net::UdpSocket::from_std(s.into()).map_err(fail)?;
    let local = socket.local_addr().map_err(fail)?;
    let t = sockets(state);
    t.next += 1;
    let id = t.next;
    t.all.insert(id, Rc::new(Udp { socket, closed: tokio::sync::Notify::new() }));
    let mut v = super::net::addr_value(&local);
    if let Value::Object(props) = &mut v {
        props.insert(0, ("id".into(), Value::from(id)));
    }
    Ok(v)
}

/// `udpSend(id, bytes, port?, address?)` -> bytes sent; without a port, to the
/// connected peer. Sent at once when the socket takes it (so datagrams keep the
/// order of the calls); only a full send buffer waits.
fn op_udp_send(state: &Rc<RefCell<OpState>>, mut args: Args) -> OpFuture {
    let state = state.clone();
    let parsed = (|| {
        let id = args.integer(0, "id")? as u32;
        let data = args.bytes(1, "data")?;
        let target = match (args.get(2).clone(), args.optional_string(3, "address")?) {
            (Value::Number(port), Some(address)) => Some((parse_ip(&address, false)?, port as u16, address)),
            _ => None,
        };
        Ok::<_, JsError>((id, data, target))
    })();
    let first = parsed.as_ref().ok().map(|(id, data, target)| {
        let udp = socket(&state, *id)?;
        // The system call itself, not tokio's try_send: that one gives up until
        // the reactor has seen the socket writable, which reorders datagrams.
        let sock = socket2::SockRef::from(&udp.socket);
        let r = match target {
            Some((ip, port, address)) => sock.send_to(data, &SocketAddr::new(*ip, *port).into()).map_err(|e| (e, Some((address.clone(), *port)))),
            None => sock.send(data).map_err(|e| (e, None)),
        };
        match r {
            Ok(n) => Ok(Some(n)),
            Err((e, _)) if e.kind() == std::io::ErrorKind::WouldBlock => Ok(None),
            Err((e, Some((address, port)))) => Err(super::net::address_error(&e, "send", &address, Some(port))),
            Err((e, None)) => Err(super::io_error(&e, "send", None)),
        }
    });
    Box::pin(async move {
        let (id, data, target) = parsed?;
        if let Some(Some(n)) = first.transpose()? {
            return Ok(Value::from(n as u32));
        }
        let udp = socket(&state, id)?;
        let sent = match target {
            Some((ip, port, address)) => udp.socket.send_to(&data, SocketAddr::new(ip, port)).await.map_err(|e| super::net::address_error(&e, "send", &address, Some(port)))?,
            None => udp.socket.send(&data).await.map_err(|e| super::io_error(&e, "send", None))?,
        };
        Ok(Value::from(sent as u32))
    })
}

/// `udpRecv(id)` -> `[bytes, address, family, port]`, or null once closed.
fn op_udp_recv(state: &Rc<RefCell<OpState>>, args: Args) -> OpFuture {
    let udp = args.integer(0, "id").ok().and_then(|id| sockets(&mut state.borrow_mut()).all.get(&(id as u32)).cloned());
    Box::pin(async move {
        let Some(udp) = udp else { return Ok(Value::Null) };
        let mut buf = vec![0u8; 65536];
        let (n, from) = tokio::select! {
            r = udp.socket.recv_from(&mut buf) => r.map_err(|e| super::io_error(&e, "recvmsg", None))?,
            _ = udp.closed.notified() => return Ok(Value::Null),
        };
        buf.truncate(n);
        Ok(Value::Array(vec![
            Value::Bytes(buf),
            Value::from(from.ip().to_string()),
            Value::from(if from.is_ipv4() { "IPv4" } else { "IPv6" }),
            Value::from(from.port() as u32),
        ]))
    })
}

fn op_udp_close(state: &mut OpState, args: Args) -> OpResult {
    let id = args.integer(0, "id")? as u32;
    if let Some(udp) = sockets(state).all.remove(&id) {
        // A permit when no receive is waiting yet: the next one ends at once.
        udp.closed.notify_one();
    }
    Ok(Value::Undefined)
}

/// `udpConnect(id, address, port)` -> the peer's `{ address, family, port }`.
fn op_udp_connect(state: &Rc<RefCell<OpState>>, mut args: Args) -> OpFuture {
    let state = state.clone();
    let parsed = (|| Ok::<_, JsError>((args.integer(0, "id")? as u32, args.string(1, "address")?, args.integer(2, "port")? as u16)))();
    Box::pin(async move {
        let (id, address, port) = parsed?;
        let udp = socket(&state, id)?;
        let ip = parse_ip(&address, false)?;
        let peer = SocketAddr::new(ip, port);
        udp.socket.connect(peer).await.map_err(|e| super::net::address_error(&e, "connect", &address, Some(port)))?;
        Ok(super::net::addr_value(&peer))
    })
}

/// Dissolves the association (connect to AF_UNSPEC), as libuv's uv_udp_connect(NULL).
fn op_udp_disconnect(state: &mut OpState, args: Args) -> OpResult {
    use std::os::fd::AsRawFd;
    let id = args.integer(0, "id")? as u32;
    let Some(udp) = sockets(state).all.get(&id).cloned() else { return Ok(Value::Undefined) };
    let mut addr: libc::sockaddr = unsafe { std::mem::zeroed() };
    addr.sa_family = libc::AF_UNSPEC as libc::sa_family_t;
    let rc = unsafe { libc::connect(udp.socket.as_raw_fd(), &addr, std::mem::size_of::<libc::sockaddr>() as libc::socklen_t) };
    if rc != 0 {
        let e = std::io::Error::last_os_error();
        // Linux reports EAFNOSUPPORT once the association is gone, as libuv tolerates.
        if e.raw_os_error() != Some(libc::EAFNOSUPPORT) {
            return Err(super::io_error(&e, "disconnect", None));
        }
    }
    Ok(Value::Undefined)
}

/// `udpSetOption(id, name, value, extra?)`: broadcast, ttl, multicastTTL,
/// multicastLoopback, addMembership / dropMembership (group, interface),
/// recvBufferSize / sendBufferSize (read back when value is undefined).
fn op_udp_set_option(state: &mut OpState, mut args: Args) -> OpResult {
    let id = args.integer(0, "id")? as u32;
    let name = args.string(1, "name")?;
    let Some(udp) = sockets(state).all.get(&id).cloned() else { return Err(JsError::error("Not running").with_code("ERR_SOCKET_DGRAM_NOT_RUNNING")) };
    let s = &udp.socket;
    let sock = socket2::SockRef::from(s);
    let num = |a: &Args, i: usize| a.integer(i, "value").map(|n| n as u32);
    let fail = |e: std::io::Error, syscall: &str| super::io_error(&e, syscall, None);
    match name.as_str() {
        "broadcast" => s.set_broadcast(args.bool(2, "value").unwrap_or(false)).map_err(|e| fail(e, "setBroadcast"))?,
        "ttl" => s.set_ttl(num(&args, 2)?).map_err(|e| fail(e, "setTTL"))?,
        "multicastTTL" => s.set_multicast_ttl_v4(num(&args, 2)?).map_err(|e| fail(e, "setMulticastTTL"))?,
        "multicastLoopback" => s.set_multicast_loop_v4(args.bool(2, "value").unwrap_or(false)).map_err(|e| fail(e, "setMulticastLoopback"))?,
        "addMembership" | "dropMembership" => {
            let group: Ipv4Addr = args.string(2, "multicastAddress")?.parse().map_err(|_| JsError::type_error("Invalid multicast address").with_code("ERR_INVALID_ARG_VALUE"))?;
            let iface = match args.optional_string(3, "multicastInterface")? {
                Some(i) => i.parse().map_err(|_| JsError::type_error("Invalid multicast interface").with_code("ERR_INVALID_ARG_VALUE"))?,
                None => Ipv4Addr::UNSPECIFIED,
            };
            let r = if name == "addMembership" { s.join_multicast_v4(group, iface) } else { s.leave_multicast_v4(group, iface) };
            r.map_err(|e| fail(e, &name))?;
        }
        "recvBufferSize" | "sendBufferSize" => {
            let recv = name == "recvBufferSize";
            if let Value::Number(n) = args.get(2) {
                let n = *n as usize;
                let r = if recv { sock.set_recv_buffer_size(n) } else { sock.set_send_buffer_size(n) };
                r.map_err(|e| fail(e, if recv { "uv_recv_buffer_size" } else { "uv_send_buffer_size" }))?;
            }
            let size = if recv { sock.recv_buffer_size() } else { sock.send_buffer_size() };
            return Ok(Value::from(size.map_err(|e| fail(e, "getsockopt"))? as u32));
        }
        other => return Err(JsError::type_error(format!("unknown UDP option {other}"))),
    }
    Ok(Value::Undefined)
}
