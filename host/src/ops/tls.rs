//! TLS settings for https: a server's rustls config from PEM `key`/`cert` (what
//! `https.createServer` takes), and a client's from `ca` and `rejectUnauthorized`.
//! Errors carry Node's codes where Node has them.

use std::sync::Arc;

use engine_api::JsError;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
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

/// `https.createServer({ key, cert })`.
pub(crate) fn server_config(key: &[u8], cert: &[u8]) -> Result<Arc<ServerConfig>, JsError> {
    let chain = certs(cert)?;
    let key = PrivateKeyDer::from_pem_slice(key).map_err(|e| pem_error("private key", e))?;
    let mut config = ServerConfig::builder_with_provider(provider())
        .with_safe_default_protocol_versions()
        .map_err(|e| JsError::error(e.to_string()))?
        .with_no_client_auth()
        .with_single_cert(chain, key)
        .map_err(|e| JsError::error(format!("key and certificate do not match: {e}")).with_code("ERR_OSSL_X509_KEY_VALUES_MISMATCH"))?;
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(Arc::new(config))
}

/// A client's TLS: Mozilla's roots (as Node bundles), or the `ca` given instead;
/// no verification at all with `rejectUnauthorized: false`.
pub(crate) fn client_config(ca: Option<&[u8]>, reject_unauthorized: bool) -> Result<ClientConfig, JsError> {
    let builder = ClientConfig::builder_with_provider(provider()).with_safe_default_protocol_versions().map_err(|e| JsError::error(e.to_string()))?;
    let mut config = if !reject_unauthorized {
        builder.dangerous().with_custom_certificate_verifier(Arc::new(AcceptAnything(provider()))).with_no_client_auth()
    } else {
        let mut roots = RootCertStore::empty();
        match ca {
            Some(pem) => {
                for cert in certs(pem)? {
                    roots.add(cert).map_err(|e| JsError::error(format!("bad CA certificate: {e}")))?;
                }
            }
            None => roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned()),
        }
        builder.with_root_certificates(roots).with_no_client_auth()
    };
    // ALPN is left to the HTTP connector, which offers what it speaks.
    config.alpn_protocols.clear();
    Ok(config)
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
