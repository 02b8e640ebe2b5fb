//! The HTTP server under host/js/http.js, on hyper: Rust parses and writes HTTP/1.1
//! (keep-alive, chunked bodies, 400 for malformed requests), JS sees requests.
//!
//! A request reaches JS in one piece (method, target, headers, peer) through a
//! background op that hands over every request queued since the last call, so a
//! busy server pays one promise per batch, not per request. The response comes back
//! as one op call for `res.end(body)`, or a head plus body chunks when streamed.
//!
//! An upgrade request (`Connection: upgrade`) that JS accepts (`'upgrade'`) is
//! answered by `httpUpgrade` with the head JS wrote on the socket; after a 101 the
//! connection leaves hyper and becomes a plain net connection (see net.rs).

use std::cell::{Cell, RefCell};
use std::collections::{HashMap, VecDeque};
use std::rc::Rc;
use std::time::Duration;

use bytes::Bytes;
use engine_api::{Args, JsError, OpDecl, OpFuture, OpResult, OpState, Value};
use http_body_util::combinators::UnsyncBoxBody;
use http_body_util::{BodyExt, Full, StreamBody};
use hyper::body::{Frame, Incoming};
use hyper::{Request, Response};
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::sync::{mpsc, oneshot, watch, Notify};

inventory::submit!(OpDecl::sync("httpListen", op_http_listen));
inventory::submit!(OpDecl::background("httpAccept", op_http_accept));
inventory::submit!(OpDecl::sync("httpRespond", op_http_respond));
inventory::submit!(OpDecl::asynchronous("httpWrite", op_http_write));
inventory::submit!(OpDecl::sync("httpEnd", op_http_end));
inventory::submit!(OpDecl::asynchronous("httpReadBody", op_http_read_body));
inventory::submit!(OpDecl::asynchronous("httpClose", op_http_close));
inventory::submit!(OpDecl::sync("httpConnections", op_http_connections));
inventory::submit!(OpDecl::sync("httpAbort", op_http_abort));
inventory::submit!(OpDecl::asynchronous("httpUpgrade", op_http_upgrade));

pub(crate) type Body = UnsyncBoxBody<Bytes, std::io::Error>;

/// What the service waits for: a response, or an error that makes hyper drop the
/// connection without one (`req.socket.destroy()` before answering).
type Answer = Result<Response<Body>, std::io::Error>;

struct Pending {
    respond: Option<oneshot::Sender<Answer>>,
    body: Option<Incoming>,
    /// The streaming response body, once the head went out without `end`.
    chunks: Option<mpsc::Sender<Result<Frame<Bytes>, std::io::Error>>>,
    /// The connection after a 101 answer, for upgrade requests (after a 2xx for CONNECT).
    upgrade: Option<hyper::upgrade::OnUpgrade>,
    connect: bool,
}

struct Server {
    queue: RefCell<VecDeque<Value>>,
    ready: Notify,
    closed: Cell<bool>,
    connections: Cell<usize>,
    /// Notified when `connections` drops to zero.
    idle: Notify,
    /// Dropped by close: the accept loop ends, and connections finish gracefully.
    shutdown: RefCell<Option<oneshot::Sender<()>>>,
    done: RefCell<Option<oneshot::Receiver<()>>>,
}

#[derive(Default)]
struct Http {
    next: Cell<u32>,
    servers: RefCell<HashMap<u32, Rc<Server>>>,
    requests: RefCell<HashMap<u32, Pending>>,
}

impl Http {
    fn id(&self) -> u32 {
        self.next.set(self.next.get() + 1);
        self.next.get()
    }
}

fn http(state: &mut OpState) -> Rc<Http> {
    state.default_mut::<Rc<Http>>().clone()
}

fn http_rc(state: &Rc<RefCell<OpState>>) -> Rc<Http> {
    http(&mut state.borrow_mut())
}

fn version_str(v: hyper::Version) -> &'static str {
    match v {
        hyper::Version::HTTP_10 => "1.0",
        hyper::Version::HTTP_2 => "2.0",
        _ => "1.1",
    }
}

/// `Connection: upgrade` with an `Upgrade` protocol (RFC 9110 7.8; HTTP/1.1 only).
fn wants_upgrade(headers: &http::HeaderMap) -> bool {
    headers.contains_key(hyper::header::UPGRADE)
        && headers.get_all(hyper::header::CONNECTION).iter().any(|v| v.to_str().is_ok_and(|v| v.split(',').any(|t| t.trim().eq_ignore_ascii_case("upgrade"))))
}

/// One request as JS receives it: `[id, method, target, httpVersion, flatHeaders,
/// remoteAddress, remotePort, remoteFamily, upgrade]`.
fn request_value(id: u32, req: &Request<Incoming>, peer: &std::net::SocketAddr, upgrade: bool) -> Value {
    let mut headers = Vec::with_capacity(req.headers().len() * 2);
    for (name, value) in req.headers() {
        headers.push(Value::from(name.as_str()));
        headers.push(Value::from(String::from_utf8_lossy(value.as_bytes()).into_owned()));
    }
    let target = req.uri().path_and_query().map(|p| p.as_str().to_owned()).unwrap_or_else(|| req.uri().to_string());
    Value::Array(vec![
        Value::from(id),
        Value::from(req.method().as_str()),
        Value::from(target),
        Value::from(version_str(req.version())),
        Value::Array(headers),
        Value::from(peer.ip().to_string()),
        Value::from(peer.port() as u32),
        Value::from(if peer.is_ipv4() { "IPv4" } else { "IPv6" }),
        Value::Bool(upgrade),
    ])
}

fn plain(status: u16) -> Response<Body> {
    let mut r = Response::new(Full::new(Bytes::new()).map_err(|never| match never {}).boxed_unsync());
    *r.status_mut() = hyper::StatusCode::from_u16(status).unwrap_or(hyper::StatusCode::INTERNAL_SERVER_ERROR);
    r
}

/// Serves one connection; every request goes to the server's queue and waits for JS.
async fn serve_connection<S>(http: Rc<Http>, server: Rc<Server>, stream: S, peer: std::net::SocketAddr, mut stop: watch::Receiver<bool>)
where
    S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + Send + 'static,
{
    let service = {
        let (http, server) = (http.clone(), server.clone());
        hyper::service::service_fn(move |mut req: Request<Incoming>| {
            let (http, server) = (http.clone(), server.clone());
            async move {
                let id = http.id();
                // CONNECT (a tunnel, for proxies) takes the connection over as an upgrade does.
                let connect = req.method() == hyper::Method::CONNECT;
                let upgrade = (connect || (req.version() == hyper::Version::HTTP_11 && wants_upgrade(req.headers()))).then(|| hyper::upgrade::on(&mut req));
                let value = request_value(id, &req, &peer, upgrade.is_some());
                let (tx, rx) = oneshot::channel();
                http.requests.borrow_mut().insert(id, Pending { respond: Some(tx), body: Some(req.into_body()), chunks: None, upgrade, connect });
                server.queue.borrow_mut().push_back(value);
                server.ready.notify_one();
                // Dropped unanswered when the client goes away first: JS hears of it.
                let guard = Unanswered { id, http: http.clone(), server: server.clone() };
                let answer = match rx.await {
                    Ok(answer) => answer,
                    // JS dropped the request without answering (the server closed).
                    Err(_) => Ok(plain(503)),
                };
                std::mem::forget(guard);
                answer
            }
        })
    };
    server.connections.set(server.connections.get() + 1);
    let conn = hyper::server::conn::http1::Builder::new()
        .timer(TokioTimer::new())
        .header_read_timeout(Duration::from_secs(60))
        .keep_alive(true)
        .serve_connection(TokioIo::new(stream), service)
        .with_upgrades();
    tokio::pin!(conn);
    tokio::select! {
        _ = conn.as_mut() => {}
        _ = stop.wait_for(|stopping| *stopping) => {
            // Closing: an idle keep-alive connection ends now, a busy one after its response.
            conn.as_mut().graceful_shutdown();
            let _ = conn.as_mut().await;
        }
    }
    server.connections.set(server.connections.get() - 1);
    if server.connections.get() == 0 {
        server.idle.notify_one();
    }
}

/// Tells JS that a request's connection closed before it was answered (its
/// `'aborted'`/`'close'` events), by queueing the bare id.
struct Unanswered {
    id: u32,
    http: Rc<Http>,
    server: Rc<Server>,
}

impl Drop for Unanswered {
    fn drop(&mut self) {
        if self.http.requests.borrow_mut().remove(&self.id).is_some() && !self.server.closed.get() {
            self.server.queue.borrow_mut().push_back(Value::from(self.id));
            self.server.ready.notify_one();
        }
    }
}

/// `httpListen(host, port, backlog, tlsKey?, tlsCert?)` -> { id, address, family, port };
/// with a PEM key and certificate, an https server.
fn op_http_listen(state: &mut OpState, mut args: Args) -> OpResult {
    let host = args.optional_string(0, "host")?;
    let port = args.integer(1, "port")? as u16;
    let backlog = args.integer(2, "backlog").unwrap_or(511) as i32;
    let tls = match (args.get(3), args.get(4)) {
        (Value::Undefined | Value::Null, _) | (_, Value::Undefined | Value::Null) => None,
        _ => {
            let key = args.bytes(3, "key")?;
            let cert = args.bytes(4, "cert")?;
            Some(tokio_rustls::TlsAcceptor::from(super::tls::server_config(&key, &cert, vec![b"http/1.1".to_vec()])?))
        }
    };
    let shown = host.clone().unwrap_or_else(|| "::".into());
    let std = super::net::bind_tcp(host.as_deref(), port, backlog).map_err(|e| super::net::listen_error(&e, &shown, Some(port)))?;
    std.set_nonblocking(true).map_err(|e| super::net::listen_error(&e, &shown, Some(port)))?;
    let listener = tokio::net::TcpListener::from_std(std).map_err(|e| super::net::listen_error(&e, &shown, Some(port)))?;
    let local = listener.local_addr().map_err(|e| super::net::listen_error(&e, &shown, Some(port)))?;
    let http = http(state);
    let id = http.id();
    let (stop_tx, mut stop_rx) = oneshot::channel::<()>();
    let (done_tx, done_rx) = oneshot::channel::<()>();
    let server = Rc::new(Server {
        queue: RefCell::default(),
        ready: Notify::new(),
        closed: Cell::new(false),
        connections: Cell::new(0),
        idle: Notify::new(),
        shutdown: RefCell::new(Some(stop_tx)),
        done: RefCell::new(Some(done_rx)),
    });
    http.servers.borrow_mut().insert(id, server.clone());
    let (stopping, stop) = watch::channel(false);
    tokio::task::spawn_local(async move {
        loop {
            tokio::select! {
                accepted = listener.accept() => {
                    if let Ok((stream, peer)) = accepted {
                        let _ = stream.set_nodelay(true);
                        let (http, server, watcher) = (http.clone(), server.clone(), stop.clone());
                        match &tls {
                            None => {
                                tokio::task::spawn_local(serve_connection(http, server, stream, peer, watcher));
                            }
                            Some(acceptor) => {
                                // A failed handshake only closes that connection (Node's
                                // 'tlsClientError'); the server goes on.
                                let handshake = acceptor.accept(stream);
                                tokio::task::spawn_local(async move {
                                    if let Ok(tls) = handshake.await {
                                        serve_connection(http, server, tls, peer, watcher).await;
                                    }
                                });
                            }
                        }
                    }
                }
                _ = &mut stop_rx => break,
            }
        }
        drop(listener);
        let _ = stopping.send(true);
        while server.connections.get() > 0 {
            server.idle.notified().await;
        }
        let _ = done_tx.send(());
    });
    let mut v = super::net::addr_value(&local);
    if let Value::Object(props) = &mut v {
        props.insert(0, ("id".into(), Value::from(id)));
    }
    Ok(v)
}

/// `httpAccept(serverId)` -> every request queued since the last call, or null once
/// the server is closed.
fn op_http_accept(state: &Rc<RefCell<OpState>>, args: Args) -> OpFuture {
    let http = http_rc(state);
    Box::pin(async move {
        let id = args.integer(0, "id")? as u32;
        let Some(server) = http.servers.borrow().get(&id).cloned() else { return Ok(Value::Null) };
        loop {
            if server.closed.get() {
                return Ok(Value::Null);
            }
            let batch: Vec<Value> = server.queue.borrow_mut().drain(..).collect();
            if !batch.is_empty() {
                return Ok(Value::Array(batch));
            }
            server.ready.notified().await;
        }
    })
}

fn header_map(flat: Value) -> Result<http::HeaderMap, JsError> {
    let mut map = http::HeaderMap::new();
    let Value::Array(items) = flat else { return Ok(map) };
    let mut it = items.into_iter();
    while let (Some(name), Some(value)) = (it.next(), it.next()) {
        let name = name.as_str().unwrap_or_default().to_owned();
        let value = match value {
            Value::String(s) => s,
            Value::Number(n) => engine_api::number_to_string(n),
            other => format!("{other:?}"),
        };
        let name = http::HeaderName::from_bytes(name.as_bytes()).map_err(|_| JsError::type_error(format!("Header name must be a valid HTTP token [\"{name}\"]")).with_code("ERR_INVALID_HTTP_TOKEN"))?;
        let value = http::HeaderValue::from_bytes(value.as_bytes()).map_err(|_| JsError::type_error(format!("Invalid character in header content [\"{name}\"]")).with_code("ERR_INVALID_CHAR"))?;
        map.append(name, value);
    }
    Ok(map)
}

/// `httpRespond(reqId, status, reason, flatHeaders, body, end)`: sends the head, with
/// the whole body when `end`, or opens a streamed body for `httpWrite`/`httpEnd`.
fn op_http_respond(state: &mut OpState, mut args: Args) -> OpResult {
    let id = args.integer(0, "id")? as u32;
    let status = args.integer(1, "status")? as u16;
    let reason = args.optional_string(2, "reason")?;
    let headers = header_map(args.take(3))?;
    let end = args.bool(5, "end").unwrap_or(true);
    let body = match args.take(4) {
        Value::Bytes(b) => Bytes::from(b),
        Value::String(s) => Bytes::from(s),
        _ => Bytes::new(),
    };
    let http = http(state);
    let mut requests = http.requests.borrow_mut();
    let Some(pending) = requests.get_mut(&id) else { return Ok(Value::Bool(false)) };
    let Some(respond) = pending.respond.take() else { return Ok(Value::Bool(false)) };
    let body: Body = if end {
        Full::new(body).map_err(|never| match never {}).boxed_unsync()
    } else {
        let (tx, rx) = mpsc::channel::<Result<Frame<Bytes>, std::io::Error>>(16);
        if !body.is_empty() {
            let _ = tx.try_send(Ok(Frame::data(body)));
        }
        pending.chunks = Some(tx);
        let stream = futures_util::stream::unfold(rx, |mut rx| async move { rx.recv().await.map(|item| (item, rx)) });
        StreamBody::new(stream).boxed_unsync()
    };
    let response = response(status, reason, headers, body)?;
    if end {
        requests.remove(&id);
    }
    Ok(Value::Bool(respond.send(Ok(response)).is_ok()))
}

fn response(status: u16, reason: Option<String>, headers: http::HeaderMap, body: Body) -> Result<Response<Body>, JsError> {
    let mut response = Response::new(body);
    *response.status_mut() = hyper::StatusCode::from_u16(status).map_err(|_| JsError::range_error(format!("Invalid status code: {status}")).with_code("ERR_HTTP_INVALID_STATUS_CODE"))?;
    *response.headers_mut() = headers;
    if let Some(r) = reason {
        if Some(r.as_str()) != response.status().canonical_reason() {
            response.extensions_mut().insert(hyper::ext::ReasonPhrase::try_from(r.into_bytes()).map_err(|_| JsError::type_error("Invalid character in statusMessage").with_code("ERR_INVALID_CHAR"))?);
        }
    }
    Ok(response)
}

/// `httpUpgrade(reqId, status, reason, flatHeaders, body)` -> a net connection id
/// once a 101 answer (a 2xx to CONNECT) has gone out and the connection is handed
/// over; null for any other answer, which is sent whole (a refused upgrade).
fn op_http_upgrade(state: &Rc<RefCell<OpState>>, mut args: Args) -> OpFuture {
    let state = state.clone();
    let http = http_rc(&state);
    // The answer goes out now, so it keeps its place before any later op.
    let sent = (|| {
        let id = args.integer(0, "id")? as u32;
        let status = args.integer(1, "status")? as u16;
        let reason = args.optional_string(2, "reason")?;
        let headers = header_map(args.take(3))?;
        let body = args.bytes(4, "body").unwrap_or_default();
        let Some(mut pending) = http.requests.borrow_mut().remove(&id) else { return Ok(None) };
        let Some(respond) = pending.respond.take() else { return Ok(None) };
        let response = response(status, reason, headers, Full::new(Bytes::from(body)).map_err(|never| match never {}).boxed_unsync())?;
        let _ = respond.send(Ok(response));
        // What hyper hands over: after a 101, or after a 2xx to a CONNECT.
        let switches = status == 101 || (pending.connect && (200..300).contains(&status));
        Ok::<_, JsError>(if switches { pending.upgrade.take() } else { None })
    })();
    Box::pin(async move {
        let Some(upgrade) = sent? else { return Ok(Value::Null) };
        let upgraded = upgrade.await.map_err(|e| JsError::error(format!("upgrade failed: {e}")).with_prop("code", "ECONNRESET"))?;
        let (reader, writer) = tokio::io::split(TokioIo::new(upgraded));
        let id = super::net::net(&mut state.borrow_mut()).add_conn(super::net::Conn::new(Box::new(reader), Box::new(writer), None));
        Ok(Value::from(id))
    })
}

/// `httpAbort(reqId)`: drops the request's connection, mid-body or before any
/// response (`req.socket.destroy()`).
fn op_http_abort(state: &mut OpState, args: Args) -> OpResult {
    let id = args.integer(0, "id")? as u32;
    let http = http(state);
    let pending = http.requests.borrow_mut().remove(&id);
    if let Some(mut p) = pending {
        let err = || std::io::Error::new(std::io::ErrorKind::ConnectionAborted, "destroyed");
        if let Some(respond) = p.respond.take() {
            let _ = respond.send(Err(err()));
        } else if let Some(tx) = p.chunks.take() {
            tokio::task::spawn_local(async move {
                let _ = tx.send(Err(err())).await;
            });
        }
    }
    Ok(Value::Undefined)
}

/// `httpWrite(reqId, chunk)`: waits while the connection's buffer is full (backpressure).
fn op_http_write(state: &Rc<RefCell<OpState>>, mut args: Args) -> OpFuture {
    let http = http_rc(state);
    let parsed = args.integer(0, "id").and_then(|id| Ok((id as u32, args.bytes(1, "chunk")?)));
    // The sender is taken now, not when the future first runs: a `res.end()` right
    // after this write ends the body, and must not lose the chunk.
    let tx = parsed.as_ref().ok().and_then(|(id, _)| http.requests.borrow().get(id).and_then(|p| p.chunks.clone()));
    // Queued at once when the channel has room, so chunks keep their order with a
    // following httpEnd; only a full channel (backpressure) waits.
    let queued = match (&parsed, &tx) {
        (Ok((_, chunk)), Some(tx)) => match tx.try_send(Ok(Frame::data(Bytes::from(chunk.clone())))) {
            Ok(()) => Some(true),
            Err(mpsc::error::TrySendError::Closed(_)) => Some(false),
            Err(mpsc::error::TrySendError::Full(_)) => None,
        },
        _ => None,
    };
    Box::pin(async move {
        let (_, chunk) = parsed?;
        if let Some(done) = queued {
            return Ok(Value::Bool(done));
        }
        let Some(tx) = tx else { return Ok(Value::Bool(false)) };
        Ok(Value::Bool(tx.send(Ok(Frame::data(Bytes::from(chunk)))).await.is_ok()))
    })
}

/// `httpEnd(reqId, lastChunk?)`: ends a streamed body.
fn op_http_end(state: &mut OpState, mut args: Args) -> OpResult {
    let id = args.integer(0, "id")? as u32;
    let last = args.bytes(1, "chunk").unwrap_or_default();
    let http = http(state);
    let pending = http.requests.borrow_mut().remove(&id);
    if let Some(tx) = pending.and_then(|p| p.chunks) {
        if !last.is_empty() {
            if let Err(mpsc::error::TrySendError::Full(frame)) = tx.try_send(Ok(Frame::data(Bytes::from(last)))) {
                // The channel is full; finish the write without blocking JS.
                tokio::task::spawn_local(async move {
                    let _ = tx.send(frame).await;
                });
            }
        }
    }
    Ok(Value::Undefined)
}

/// `httpReadBody(reqId)` -> the next request body bytes; empty at the end.
fn op_http_read_body(state: &Rc<RefCell<OpState>>, args: Args) -> OpFuture {
    let http = http_rc(state);
    Box::pin(async move {
        let id = args.integer(0, "id")? as u32;
        let body = http.requests.borrow_mut().get_mut(&id).and_then(|p| p.body.take());
        let Some(mut body) = body else { return Ok(Value::Bytes(Vec::new())) };
        loop {
            match body.frame().await {
                Some(Ok(frame)) => {
                    if let Ok(data) = frame.into_data() {
                        if data.is_empty() {
                            continue;
                        }
                        if let Some(p) = http.requests.borrow_mut().get_mut(&id) {
                            p.body = Some(body);
                        }
                        return Ok(Value::Bytes(data.to_vec()));
                    }
                }
                Some(Err(e)) => {
                    return Err(JsError::error(format!("aborted: {e}")).with_prop("code", "ECONNRESET"));
                }
                None => return Ok(Value::Bytes(Vec::new())),
            }
        }
    })
}

/// `httpClose(serverId)`: stops accepting; resolves when every connection is done.
fn op_http_close(state: &Rc<RefCell<OpState>>, args: Args) -> OpFuture {
    let http = http_rc(state);
    Box::pin(async move {
        let id = args.integer(0, "id")? as u32;
        let Some(server) = http.servers.borrow_mut().remove(&id) else { return Ok(Value::Undefined) };
        server.closed.set(true);
        server.ready.notify_one();
        drop(server.shutdown.borrow_mut().take());
        let done = server.done.borrow_mut().take();
        if let Some(done) = done {
            let _ = done.await;
        }
        Ok(Value::Undefined)
    })
}

fn op_http_connections(state: &mut OpState, args: Args) -> OpResult {
    let id = args.integer(0, "id")? as u32;
    Ok(Value::from(http(state).servers.borrow().get(&id).map(|s| s.connections.get()).unwrap_or(0)))
}
