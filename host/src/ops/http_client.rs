//! The HTTP client under host/js's http.request and fetch: hyper's pooled client
//! (keep-alive connections are reused, as Node's default agent does since v19), with
//! rustls and Mozilla's root certificates (the store Node bundles) for https.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::time::Duration;

use bytes::Bytes;
use engine_api::{Args, JsError, OpDecl, OpFuture, OpResult, OpState, Value};
use http_body_util::BodyExt;
use hyper::body::{Frame, SizeHint};
use hyper::body::Incoming;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use tokio::sync::oneshot;

inventory::submit!(OpDecl::asynchronous("httpRequest", op_http_request));
inventory::submit!(OpDecl::sync("httpRequestCancel", op_http_request_cancel));
inventory::submit!(OpDecl::asynchronous("httpResponseRead", op_http_response_read));
inventory::submit!(OpDecl::sync("httpResponseClose", op_http_response_close));
inventory::submit!(OpDecl::asynchronous("httpRequestWrite", op_http_request_write));
inventory::submit!(OpDecl::sync("httpRequestEnd", op_http_request_end));

/// A request body: whole (`req.end(body)` before anything went out), or streamed
/// from JS writes through a channel (sent chunked unless a Content-Length is set).
enum ReqBody {
    Whole(Option<Bytes>),
    Streamed(tokio::sync::mpsc::Receiver<Bytes>),
}

impl hyper::body::Body for ReqBody {
    type Data = Bytes;
    type Error = std::io::Error;

    fn poll_frame(self: std::pin::Pin<&mut Self>, cx: &mut std::task::Context<'_>) -> std::task::Poll<Option<Result<Frame<Bytes>, std::io::Error>>> {
        match self.get_mut() {
            ReqBody::Whole(b) => std::task::Poll::Ready(b.take().map(|b| Ok(Frame::data(b)))),
            ReqBody::Streamed(rx) => rx.poll_recv(cx).map(|chunk| chunk.map(|b| Ok(Frame::data(b)))),
        }
    }

    fn is_end_stream(&self) -> bool {
        matches!(self, ReqBody::Whole(None))
    }

    fn size_hint(&self) -> SizeHint {
        match self {
            ReqBody::Whole(b) => SizeHint::with_exact(b.as_ref().map_or(0, |b| b.len() as u64)),
            ReqBody::Streamed(_) => SizeHint::default(),
        }
    }
}

type Connector = hyper_rustls::HttpsConnector<hyper_util::client::legacy::connect::HttpConnector>;

#[derive(Default)]
struct ClientState {
    /// One pooled client per TLS setting: the default (Mozilla's roots), and one for
    /// each `ca` / `rejectUnauthorized` combination requests used.
    clients: HashMap<u64, Client<Connector, ReqBody>>,
    /// The body senders of streamed requests, by request token.
    streams: HashMap<u32, tokio::sync::mpsc::Sender<Bytes>>,
    next: u32,
    cancels: HashMap<u32, oneshot::Sender<()>>,
    bodies: HashMap<u32, Rc<RefCell<Option<Incoming>>>>,
}

fn client_state(state: &mut OpState) -> &mut ClientState {
    state.default_mut::<ClientState>()
}

/// What a request asks of TLS: `ca` (PEM), `rejectUnauthorized`, and `servername`
/// (the name the certificate must be for, instead of the URL's host).
#[derive(Default)]
struct TlsOptions {
    ca: Option<Vec<u8>>,
    reject_unauthorized: bool,
    servername: Option<String>,
}

impl TlsOptions {
    fn parse(v: Value) -> TlsOptions {
        let mut o = TlsOptions { ca: None, reject_unauthorized: true, servername: None };
        if let Value::Object(props) = v {
            for (k, v) in props {
                match (k.as_str(), v) {
                    ("ca", Value::String(s)) => o.ca = Some(s.into_bytes()),
                    ("ca", Value::Bytes(b)) => o.ca = Some(b),
                    ("rejectUnauthorized", Value::Bool(b)) => o.reject_unauthorized = b,
                    ("servername", Value::String(s)) if !s.is_empty() => o.servername = Some(s),
                    _ => {}
                }
            }
        }
        o
    }
    fn key(&self) -> u64 {
        if self.ca.is_none() && self.reject_unauthorized && self.servername.is_none() {
            return 0;
        }
        let bytes = self.ca.iter().flatten().chain(b"\0").chain(self.servername.iter().flat_map(|s| s.as_bytes()));
        let h = bytes.fold(0xcbf29ce484222325u64, |h, b| (h ^ *b as u64).wrapping_mul(0x100000001b3));
        (h | 1) ^ (self.reject_unauthorized as u64) << 1
    }
}

fn client(state: &mut OpState, tls: &TlsOptions) -> Result<Client<Connector, ReqBody>, JsError> {
    let cs = client_state(state);
    let key = tls.key();
    if let Some(c) = cs.clients.get(&key) {
        return Ok(c.clone());
    }
    let config = super::tls::client_config(tls.ca.as_deref(), tls.reject_unauthorized)?;
    let mut http = hyper_util::client::legacy::connect::HttpConnector::new();
    http.enforce_http(false);
    http.set_nodelay(true);
    let mut https = hyper_rustls::HttpsConnectorBuilder::new().with_tls_config(config).https_or_http();
    if let Some(name) = &tls.servername {
        let name = rustls::pki_types::ServerName::try_from(name.clone()).map_err(|_| JsError::type_error(format!("Invalid servername: {name}")).with_code("ERR_INVALID_ARG_VALUE"))?;
        https = https.with_server_name_resolver(hyper_rustls::FixedServerNameResolver::new(name));
    }
    let https = https.enable_http1().wrap_connector(http);
    let c = Client::builder(TokioExecutor::new()).pool_idle_timeout(Duration::from_secs(5)).build(https);
    cs.clients.insert(key, c.clone());
    Ok(c)
}

/// Node's error for a failed request, from hyper's error chain: the OS error of the
/// connect (ECONNREFUSED...) where there is one.
fn request_error(e: &hyper_util::client::legacy::Error, host: &str, port: u16) -> JsError {
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(s) = source {
        if let Some(tls) = s.downcast_ref::<rustls::Error>() {
            return super::tls::tls_error(tls, host);
        }
        if let Some(io) = s.downcast_ref::<std::io::Error>() {
            if io.raw_os_error().is_some() {
                return super::net::connect_error(io, host, Some(port));
            }
            if io.kind() == std::io::ErrorKind::Other && io.to_string().contains("failed to lookup") {
                return super::net::dns_error("getaddrinfo", host, libc::EAI_NONAME);
            }
            // io::Error's source() skips the error it wraps (rustls' lives there).
            if let Some(inner) = io.get_ref() {
                source = Some(inner);
                continue;
            }
        }
        source = s.source();
    }
    let text = e.to_string();
    if text.contains("dns error") || format!("{e:?}").contains("failed to lookup") {
        return super::net::dns_error("getaddrinfo", host, libc::EAI_NONAME);
    }
    if e.is_connect() {
        return JsError::error(format!("connect ECONNREFUSED {host}:{port}")).with_prop("code", "ECONNREFUSED").with_prop("syscall", "connect");
    }
    JsError::error("socket hang up").with_prop("code", "ECONNRESET")
}

/// CONNECT on a connection of its own to the proxy (the pooled client would connect
/// to the target named in the request instead).
async fn tunnel_request(host: &str, port: u16, req: hyper::Request<ReqBody>) -> Result<hyper::Response<Incoming>, JsError> {
    let stream = tokio::net::TcpStream::connect((host, port)).await.map_err(|e| super::net::connect_error(&e, host, Some(port)))?;
    let _ = stream.set_nodelay(true);
    let hang_up = |_| JsError::error("socket hang up").with_prop("code", "ECONNRESET");
    let (mut sender, conn) = hyper::client::conn::http1::handshake(hyper_util::rt::TokioIo::new(stream)).await.map_err(hang_up)?;
    tokio::task::spawn_local(async move {
        let _ = conn.with_upgrades().await;
    });
    sender.send_request(req).await.map_err(hang_up)
}

/// `httpRequest(token, method, url, flatHeaders, body | true, tls?, connectTarget?)` ->
/// `[responseId, status, statusText, httpVersion, flatHeaders, upgradedConnId|null]`.
fn op_http_request(state: &Rc<RefCell<OpState>>, mut args: Args) -> OpFuture {
    let state = state.clone();
    let parsed = (|| {
        let token = args.integer(0, "token")? as u32;
        let method = args.string(1, "method")?;
        let url = args.string(2, "url")?;
        let headers = args.take(3);
        let body = match args.take(4) {
            Value::Bytes(b) if !b.is_empty() => ReqBody::Whole(Some(Bytes::from(b))),
            Value::String(s) if !s.is_empty() => ReqBody::Whole(Some(Bytes::from(s))),
            // `true`: the body follows through httpRequestWrite/httpRequestEnd. The
            // sender is registered now, before any of those calls can come.
            Value::Bool(true) => {
                let (tx, rx) = tokio::sync::mpsc::channel(16);
                client_state(&mut state.borrow_mut()).streams.insert(token, tx);
                ReqBody::Streamed(rx)
            }
            _ => ReqBody::Whole(None),
        };
        let tls = TlsOptions::parse(args.take(5));
        let target = args.optional_string(6, "target")?;
        Ok::<_, JsError>((token, method, url, headers, body, tls, target))
    })();
    Box::pin(async move {
        let (token, method, url, headers, body, tls, target) = parsed?;
        let uri: hyper::Uri = url.parse().map_err(|_| JsError::type_error(format!("Invalid URL: {url}")).with_code("ERR_INVALID_URL"))?;
        let host = uri.host().unwrap_or("").trim_start_matches('[').trim_end_matches(']').to_owned();
        let port = uri.port_u16().unwrap_or(if uri.scheme_str() == Some("https") { 443 } else { 80 });
        // CONNECT goes to the proxy at `url` and names the tunnel's end (`target`).
        let tunnel = match (&target, method.eq_ignore_ascii_case("CONNECT")) {
            (Some(t), true) => Some(t.parse::<hyper::Uri>().map_err(|_| JsError::type_error(format!("Invalid CONNECT target: {t}")).with_code("ERR_INVALID_URL"))?),
            _ => None,
        };
        let is_connect = tunnel.is_some();
        let mut req = hyper::Request::builder().method(method.as_str()).uri(tunnel.unwrap_or(uri));
        if let Value::Array(items) = headers {
            let mut it = items.into_iter();
            while let (Some(n), Some(v)) = (it.next(), it.next()) {
                let value = match v {
                    Value::String(s) => s,
                    Value::Number(n) => engine_api::number_to_string(n),
                    _ => continue,
                };
                req = req.header(n.as_str().unwrap_or_default(), value);
            }
        }
        let req = req.body(body).map_err(|e| JsError::type_error(format!("Invalid request: {e}")).with_code("ERR_INVALID_HTTP_TOKEN"))?;
        let (cancel_tx, cancel_rx) = oneshot::channel();
        let client = {
            let mut s = state.borrow_mut();
            client_state(&mut s).cancels.insert(token, cancel_tx);
            client(&mut s, &tls)?
        };
        let result = if is_connect {
            tokio::select! {
                r = tunnel_request(&host, port, req) => Some(r),
                _ = cancel_rx => None,
            }
        } else {
            tokio::select! {
                r = client.request(req) => Some(r.map_err(|e| request_error(&e, &host, port))),
                _ = cancel_rx => None,
            }
        };
        client_state(&mut state.borrow_mut()).cancels.remove(&token);
        let response = match result {
            None => return Err(JsError::error("The operation was aborted").with_prop("code", "ABORT_ERR").with_prop("name", "AbortError")),
            Some(r) => r?,
        };
        // A 101 (a 2xx to CONNECT) hands the connection over: JS gets it as a net
        // connection ('upgrade' / 'connect').
        let mut response = response;
        let switches = response.status() == hyper::StatusCode::SWITCHING_PROTOCOLS || (is_connect && response.status().is_success());
        let upgraded = if switches {
            let upgraded = hyper::upgrade::on(&mut response).await.map_err(|e| JsError::error(format!("upgrade failed: {e}")).with_prop("code", "ECONNRESET"))?;
            let (reader, writer) = tokio::io::split(hyper_util::rt::TokioIo::new(upgraded));
            let conn = super::net::Conn::new(Box::new(reader), Box::new(writer), None);
            Value::from(super::net::net(&mut state.borrow_mut()).add_conn(conn))
        } else {
            Value::Null
        };
        let (parts, body) = response.into_parts();
        let mut flat = Vec::with_capacity(parts.headers.len() * 2);
        for (n, v) in &parts.headers {
            flat.push(Value::from(n.as_str()));
            flat.push(Value::from(String::from_utf8_lossy(v.as_bytes()).into_owned()));
        }
        let reason = parts.extensions.get::<hyper::ext::ReasonPhrase>().map(|r| String::from_utf8_lossy(r.as_bytes()).into_owned()).or_else(|| parts.status.canonical_reason().map(str::to_owned)).unwrap_or_default();
        let id = {
            let mut s = state.borrow_mut();
            let cs = client_state(&mut s);
            cs.next += 1;
            let id = cs.next;
            cs.bodies.insert(id, Rc::new(RefCell::new(Some(body))));
            id
        };
        let version = match parts.version {
            hyper::Version::HTTP_10 => "1.0",
            hyper::Version::HTTP_2 => "2.0",
            _ => "1.1",
        };
        Ok(Value::Array(vec![Value::from(id), Value::from(parts.status.as_u16() as u32), Value::from(reason), Value::from(version), Value::Array(flat), upgraded]))
    })
}

fn op_http_request_cancel(state: &mut OpState, args: Args) -> OpResult {
    let token = args.integer(0, "token")? as u32;
    client_state(state).streams.remove(&token);
    if let Some(tx) = client_state(state).cancels.remove(&token) {
        let _ = tx.send(());
    }
    Ok(Value::Undefined)
}

/// `httpRequestWrite(token, chunk)` -> false once the request is gone; waits while
/// the connection does not take more (backpressure).
fn op_http_request_write(state: &Rc<RefCell<OpState>>, mut args: Args) -> OpFuture {
    let parsed = args.integer(0, "token").and_then(|t| Ok((t as u32, args.bytes(1, "chunk")?)));
    let tx = parsed.as_ref().ok().and_then(|(token, _)| client_state(&mut state.borrow_mut()).streams.get(token).cloned());
    Box::pin(async move {
        let (_, chunk) = parsed?;
        let Some(tx) = tx else { return Ok(Value::Bool(false)) };
        Ok(Value::Bool(tx.send(Bytes::from(chunk)).await.is_ok()))
    })
}

/// `httpRequestEnd(token)`: the streamed body is complete.
fn op_http_request_end(state: &mut OpState, args: Args) -> OpResult {
    let token = args.integer(0, "token")? as u32;
    client_state(state).streams.remove(&token);
    Ok(Value::Undefined)
}

/// `httpResponseRead(id)` -> the next body bytes; empty at the end.
fn op_http_response_read(state: &Rc<RefCell<OpState>>, args: Args) -> OpFuture {
    let state = state.clone();
    Box::pin(async move {
        let id = args.integer(0, "id")? as u32;
        let slot = client_state(&mut state.borrow_mut()).bodies.get(&id).cloned();
        let Some(slot) = slot else { return Ok(Value::Bytes(Vec::new())) };
        let Some(mut body) = slot.borrow_mut().take() else { return Ok(Value::Bytes(Vec::new())) };
        loop {
            match body.frame().await {
                Some(Ok(frame)) => {
                    if let Ok(data) = frame.into_data() {
                        if data.is_empty() {
                            continue;
                        }
                        *slot.borrow_mut() = Some(body);
                        return Ok(Value::Bytes(data.to_vec()));
                    }
                }
                Some(Err(_)) => {
                    client_state(&mut state.borrow_mut()).bodies.remove(&id);
                    return Err(JsError::error("aborted").with_prop("code", "ECONNRESET"));
                }
                None => {
                    client_state(&mut state.borrow_mut()).bodies.remove(&id);
                    return Ok(Value::Bytes(Vec::new()));
                }
            }
        }
    })
}

fn op_http_response_close(state: &mut OpState, args: Args) -> OpResult {
    let id = args.integer(0, "id")? as u32;
    client_state(state).bodies.remove(&id);
    Ok(Value::Undefined)
}
