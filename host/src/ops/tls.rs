//! TLS on rustls: the configs https uses (a server's from PEM `key`/`cert`, a
//! client's from `ca` and `rejectUnauthorized`), and the `tls` module's ops, which
//! turn a connected net connection into a TLS one in place (`tlsWrapClient`,
//! `tlsWrapServer`), so net's read/write/close ops serve TLS sockets unchanged.
//! Errors carry Node's (OpenSSL's) codes where Node has them.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::{Arc, Mutex};

use engine_api::{Args, JsError, OpDecl, OpFuture, OpResult, OpState, Value};
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::client::WebPkiServerVerifier;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, ServerName, UnixTime};
use rustls::{ClientConfig, DigitallySignedStruct, RootCertStore, ServerConfig, SignatureScheme};

fn provider() -> Arc<rustls::crypto::CryptoProvider> {
    Arc::new(rustls::crypto::ring::default_provider())
}

fn certs(pem: &[u8]) -> Result<Vec<CertificateDer<'static>>, JsError> {
    let certs: Vec<_> = CertificateDer::pem_slice_iter(pem).collect::<Result<_, _>>().map_err(|e| pem_error("certificate", e))?;
    if certs.is_empty() {
        return Err(JsError::error("No certificate found in the PEM data").with_code("ERR_OSSL_PEM_NO_START_LINE"));
    }
    Ok(certs)
}

fn pem_error(what: &str, e: rustls::pki_types::pem::Error) -> JsError {
    JsError::error(format!("error reading the {what}: {e}")).with_code("ERR_OSSL_PEM_NO_START_LINE")
}

/// `https.createServer({ key, cert })`, `tls.createServer(...)`; `alpn` is what the
/// server agrees to speak.
pub(crate) fn server_config(key: &[u8], cert: &[u8], alpn: Vec<Vec<u8>>) -> Result<Arc<ServerConfig>, JsError> {
    let chain = certs(cert)?;
    let key = PrivateKeyDer::from_pem_slice(key).map_err(|e| pem_error("private key", e))?;
    let mut config = ServerConfig::builder_with_provider(provider())
        .with_safe_default_protocol_versions()
        .map_err(|e| JsError::error(e.to_string()))?
        .with_no_client_auth()
        .with_single_cert(chain, key)
        .map_err(|e| JsError::error(format!("key and certificate do not match: {e}")).with_code("ERR_OSSL_X509_KEY_VALUES_MISMATCH"))?;
    config.alpn_protocols = alpn;
    Ok(Arc::new(config))
}

/// A client's TLS: Mozilla's roots (as Node bundles), or the `ca` given instead;
/// no verification at all with `rejectUnauthorized: false`.
pub(crate) fn client_config(ca: Option<&[u8]>, reject_unauthorized: bool) -> Result<ClientConfig, JsError> {
    let builder = ClientConfig::builder_with_provider(provider()).with_safe_default_protocol_versions().map_err(|e| JsError::error(e.to_string()))?;
    let mut config = if !reject_unauthorized {
        builder.dangerous().with_custom_certificate_verifier(Arc::new(AcceptAnything(provider()))).with_no_client_auth()
    } else {
        builder.with_root_certificates(roots(ca)?).with_no_client_auth()
    };
    // ALPN is left to the HTTP connector, which offers what it speaks.
    config.alpn_protocols.clear();
    Ok(config)
}

/// Mozilla's roots (as Node bundles), or the `ca` given instead.
fn roots(ca: Option<&[u8]>) -> Result<RootCertStore, JsError> {
    let mut roots = RootCertStore::empty();
    match ca {
        Some(pem) => {
            for cert in certs(pem)? {
                roots.add(cert).map_err(|e| JsError::error(format!("bad CA certificate: {e}")))?;
            }
        }
        None => roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned()),
    }
    Ok(roots)
}

/// `rejectUnauthorized: false`: any certificate is accepted, signatures still checked.
#[derive(Debug)]
struct AcceptAnything(Arc<rustls::crypto::CryptoProvider>);

impl ServerCertVerifier for AcceptAnything {
    fn verify_server_cert(&self, _: &CertificateDer<'_>, _: &[CertificateDer<'_>], _: &ServerName<'_>, _: &[u8], _: UnixTime) -> Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }
    fn verify_tls12_signature(&self, message: &[u8], cert: &CertificateDer<'_>, dss: &DigitallySignedStruct) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(message, cert, dss, &self.0.signature_verification_algorithms)
    }
    fn verify_tls13_signature(&self, message: &[u8], cert: &CertificateDer<'_>, dss: &DigitallySignedStruct) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(message, cert, dss, &self.0.signature_verification_algorithms)
    }
    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

/// A failed TLS handshake as Node (OpenSSL) reports it.
pub(crate) fn tls_error(e: &rustls::Error, host: &str) -> JsError {
    use rustls::CertificateError as C;
    let (code, message) = match e {
        rustls::Error::InvalidCertificate(C::UnknownIssuer) => ("UNABLE_TO_VERIFY_LEAF_SIGNATURE", "unable to verify the first certificate".to_owned()),
        rustls::Error::InvalidCertificate(C::Expired | C::ExpiredContext { .. }) => ("CERT_HAS_EXPIRED", "certificate has expired".to_owned()),
        rustls::Error::InvalidCertificate(C::NotValidForNameContext { expected, presented }) => {
            ("ERR_TLS_CERT_ALTNAME_INVALID", altname_message(&expected.to_str(), presented))
        }
        rustls::Error::InvalidCertificate(C::NotValidForName) => ("ERR_TLS_CERT_ALTNAME_INVALID", altname_message(host, &[])),
        rustls::Error::AlertReceived(alert) => return alert_error(*alert),
        other => ("ERR_SSL_HANDSHAKE_FAILURE", other.to_string()),
    };
    JsError::error(message).with_code(code)
}

/// An alert from the peer, named as OpenSSL names it: `sslv3 alert handshake
/// failure` (ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE), `tlsv1 alert unknown ca`...
fn alert_error(alert: rustls::AlertDescription) -> JsError {
    use rustls::AlertDescription as A;
    let words: String = format!("{alert:?}").chars().fold(String::new(), |mut out, c| {
        if c.is_uppercase() && !out.is_empty() {
            out.push(' ');
        }
        out.push(c.to_ascii_lowercase());
        out
    });
    let version = match alert {
        A::CloseNotify | A::UnexpectedMessage | A::BadRecordMac | A::DecompressionFailure | A::HandshakeFailure | A::NoCertificate | A::BadCertificate | A::UnsupportedCertificate | A::CertificateRevoked | A::CertificateExpired | A::CertificateUnknown | A::IllegalParameter => "sslv3",
        A::CertificateRequired => "tlsv13",
        _ => "tlsv1",
    };
    let code = format!("ERR_SSL_{}_ALERT_{}", version.to_uppercase(), words.to_uppercase().replace(' ', "_"));
    JsError::error(format!("{version} alert {words}")).with_code(&code)
}

/// Node's checkServerIdentity message; webpki presents names as `DnsName("x")` and
/// `IpAddress(x)`, OpenSSL as `DNS:x` and `IP Address:x`.
fn altname_message(name: &str, presented: &[String]) -> String {
    let names: Vec<String> = presented
        .iter()
        .map(|p| {
            if let Some(dns) = p.strip_prefix("DnsName(\"").and_then(|r| r.strip_suffix("\")")) {
                format!("DNS:{dns}")
            } else if let Some(ip) = p.strip_prefix("IpAddress(").and_then(|r| r.strip_suffix(')')) {
                format!("IP Address:{ip}")
            } else if let Some(uri) = p.strip_prefix("UniformResourceIdentifier(\"").and_then(|r| r.strip_suffix("\")")) {
                format!("URI:{uri}")
            } else {
                p.clone()
            }
        })
        .collect();
    let list = names.join(", ");
    if name.parse::<std::net::IpAddr>().is_ok() {
        format!("Hostname/IP does not match certificate's altnames: IP: {name} is not in the cert's list: {list}")
    } else {
        format!("Hostname/IP does not match certificate's altnames: Host: {name}. is not in the cert's altnames: {list}")
    }
}


inventory::submit!(OpDecl::sync("tlsServerContext", op_tls_server_context));
inventory::submit!(OpDecl::asynchronous("tlsWrapServer", op_tls_wrap_server));
inventory::submit!(OpDecl::asynchronous("tlsWrapClient", op_tls_wrap_client));

#[derive(Default)]
struct Contexts {
    next: u32,
    servers: HashMap<u32, tokio_rustls::TlsAcceptor>,
}

fn contexts(state: &mut OpState) -> &mut Contexts {
    state.default_mut::<Contexts>()
}

fn alpn_list(v: Value) -> Vec<Vec<u8>> {
    match v {
        Value::Array(items) => items.into_iter().filter_map(|p| p.as_str().map(|s| s.as_bytes().to_vec())).collect(),
        _ => Vec::new(),
    }
}

/// `tlsServerContext(keyPem, certPem, alpn[])` -> a context id for `tlsWrapServer`:
/// the key and certificate are parsed once per server, not per connection.
/// Without a key and certificate every handshake fails, as Node's server does then.
fn op_tls_server_context(state: &mut OpState, mut args: Args) -> OpResult {
    let config = match (args.get(0), args.get(1)) {
        (Value::Undefined | Value::Null, _) | (_, Value::Undefined | Value::Null) => {
            let mut config = ServerConfig::builder_with_provider(provider())
                .with_safe_default_protocol_versions()
                .map_err(|e| JsError::error(e.to_string()))?
                .with_no_client_auth()
                .with_cert_resolver(Arc::new(NoCertificate));
            config.alpn_protocols = alpn_list(args.take(2));
            Arc::new(config)
        }
        _ => {
            let key = args.bytes(0, "key")?;
            let cert = args.bytes(1, "cert")?;
            server_config(&key, &cert, alpn_list(args.take(2)))?
        }
    };
    let c = contexts(state);
    c.next += 1;
    c.servers.insert(c.next, tokio_rustls::TlsAcceptor::from(config));
    Ok(Value::from(c.next))
}

#[derive(Debug)]
struct NoCertificate;

impl rustls::server::ResolvesServerCert for NoCertificate {
    fn resolve(&self, _: rustls::server::ClientHello<'_>) -> Option<Arc<rustls::sign::CertifiedKey>> {
        None
    }
}

type Plain = tokio::io::Join<super::net::Reader, super::net::Writer>;

/// Takes a connection's two halves for the handshake; nothing may read or write
/// it meanwhile (JS sees the socket only once it is secure).
fn take_plain(state: &Rc<RefCell<OpState>>, id: u32) -> Result<(Rc<RefCell<super::net::Conn>>, Plain), JsError> {
    let gone = || JsError::error("The socket was closed before the TLS handshake").with_code("ECONNRESET");
    let conn = super::net::net(&mut state.borrow_mut()).conns.get(&id).cloned().ok_or_else(gone)?;
    let (reader, writer) = {
        let mut c = conn.borrow_mut();
        (c.reader.take(), c.writer.take())
    };
    match (reader, writer) {
        (Some(r), Some(w)) => Ok((conn, tokio::io::join(r, w))),
        _ => Err(gone()),
    }
}

fn put_secure<S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + 'static>(conn: &RefCell<super::net::Conn>, stream: S) {
    let (r, w) = tokio::io::split(stream);
    let mut c = conn.borrow_mut();
    c.reader = Some(Box::new(r));
    c.writer = Some(Box::new(w));
}

fn protocol_name(v: Option<rustls::ProtocolVersion>) -> Value {
    match v {
        Some(rustls::ProtocolVersion::TLSv1_3) => Value::from("TLSv1.3"),
        Some(rustls::ProtocolVersion::TLSv1_2) => Value::from("TLSv1.2"),
        _ => Value::Null,
    }
}

/// What JS shows of a finished handshake: `{ protocol, alpnProtocol, cipher,
/// servername, peerCertificate }` (the peer's leaf certificate as DER).
fn session_info(conn: &rustls::CommonState, servername: Option<&str>) -> Value {
    let cipher = conn.negotiated_cipher_suite().map(|c| Value::from(format!("{:?}", c.suite()))).unwrap_or(Value::Null);
    let alpn = conn.alpn_protocol().map(|p| Value::from(String::from_utf8_lossy(p).into_owned())).unwrap_or(Value::Bool(false));
    let peer = conn.peer_certificates().and_then(|c| c.first()).map(|c| Value::Bytes(c.to_vec())).unwrap_or(Value::Null);
    Value::object([
        ("protocol", protocol_name(conn.protocol_version())),
        ("alpnProtocol", alpn),
        ("cipher", cipher),
        ("servername", servername.map(Value::from).unwrap_or(Value::Bool(false))),
        ("peerCertificate", peer),
    ])
}

/// The handshake's own error (rustls', inside io::Error) as Node reports it.
fn handshake_error(e: std::io::Error, host: &str) -> JsError {
    if let Some(tls) = e.get_ref().and_then(|inner| inner.downcast_ref::<rustls::Error>()) {
        return tls_error(tls, host);
    }
    match e.kind() {
        std::io::ErrorKind::UnexpectedEof => JsError::error("Client network socket disconnected before secure TLS connection was established").with_code("ECONNRESET"),
        _ => JsError::error(e.to_string()).with_code("ECONNRESET"),
    }
}

/// `tlsWrapServer(connId, contextId)` -> session info, once the client's handshake is done.
fn op_tls_wrap_server(state: &Rc<RefCell<OpState>>, args: Args) -> OpFuture {
    let state = state.clone();
    Box::pin(async move {
        let id = args.integer(0, "id")? as u32;
        let ctx = args.integer(1, "context")? as u32;
        let acceptor = contexts(&mut state.borrow_mut()).servers.get(&ctx).cloned().ok_or_else(|| JsError::error("unknown TLS context"))?;
        let (conn, plain) = take_plain(&state, id)?;
        let stream = acceptor.accept(plain).await.map_err(|e| handshake_error(e, ""))?;
        let info = {
            let (_, session) = stream.get_ref();
            session_info(session, session.server_name())
        };
        put_secure(&conn, stream);
        Ok(info)
    })
}

/// Accepts what the roots do not when `rejectUnauthorized: false`, remembering why
/// (`socket.authorizationError`), as OpenSSL's verify callback lets Node do.
#[derive(Debug)]
struct Recording {
    inner: Arc<WebPkiServerVerifier>,
    reject: bool,
    error: Mutex<Option<rustls::Error>>,
}

impl ServerCertVerifier for Recording {
    fn verify_server_cert(&self, end: &CertificateDer<'_>, chain: &[CertificateDer<'_>], name: &ServerName<'_>, ocsp: &[u8], now: UnixTime) -> Result<ServerCertVerified, rustls::Error> {
        match self.inner.verify_server_cert(end, chain, name, ocsp, now) {
            Err(e) if !self.reject => {
                *self.error.lock().unwrap_or_else(|p| p.into_inner()) = Some(e);
                Ok(ServerCertVerified::assertion())
            }
            other => other,
        }
    }
    fn verify_tls12_signature(&self, message: &[u8], cert: &CertificateDer<'_>, dss: &DigitallySignedStruct) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls12_signature(message, cert, dss)
    }
    fn verify_tls13_signature(&self, message: &[u8], cert: &CertificateDer<'_>, dss: &DigitallySignedStruct) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls13_signature(message, cert, dss)
    }
    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.inner.supported_verify_schemes()
    }
}

/// `tlsWrapClient(connId, servername, ca?, rejectUnauthorized, alpn[])` -> session
/// info plus `authorized` and `authorizationError`.
fn op_tls_wrap_client(state: &Rc<RefCell<OpState>>, mut args: Args) -> OpFuture {
    let state = state.clone();
    let parsed = (|| {
        let id = args.integer(0, "id")? as u32;
        let name = args.string(1, "servername")?;
        let ca = match args.get(2) {
            Value::Undefined | Value::Null => None,
            _ => Some(args.bytes(2, "ca")?),
        };
        let reject = args.bool(3, "rejectUnauthorized").unwrap_or(true);
        let alpn = alpn_list(args.take(4));
        let server_name = ServerName::try_from(name.clone()).map_err(|_| JsError::type_error(format!("Invalid servername: {name}")).with_code("ERR_INVALID_ARG_VALUE"))?;
        let verifier = WebPkiServerVerifier::builder_with_provider(Arc::new(roots(ca.as_deref())?), provider()).build().map_err(|e| JsError::error(format!("bad CA certificates: {e}")))?;
        let recording = Arc::new(Recording { inner: verifier, reject, error: Mutex::new(None) });
        let mut config = ClientConfig::builder_with_provider(provider())
            .with_safe_default_protocol_versions()
            .map_err(|e| JsError::error(e.to_string()))?
            .dangerous()
            .with_custom_certificate_verifier(recording.clone())
            .with_no_client_auth();
        config.alpn_protocols = alpn;
        Ok::<_, JsError>((id, name, server_name.to_owned(), Arc::new(config), recording))
    })();
    Box::pin(async move {
        let (id, name, server_name, config, recording) = parsed?;
        let (conn, plain) = take_plain(&state, id)?;
        let stream = tokio_rustls::TlsConnector::from(config).connect(server_name, plain).await.map_err(|e| handshake_error(e, &name))?;
        let mut info = {
            let (_, session) = stream.get_ref();
            session_info(session, Some(&name))
        };
        put_secure(&conn, stream);
        let error = recording.error.lock().unwrap_or_else(|p| p.into_inner()).take();
        if let Value::Object(props) = &mut info {
            props.push(("authorized".into(), Value::Bool(error.is_none())));
            let reason = error.and_then(|e| tls_error(&e, &name).code).map(Value::from).unwrap_or(Value::Null);
            props.push(("authorizationError".into(), reason));
        }
        Ok(info)
    })
}
