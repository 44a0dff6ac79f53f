//! AMI over TLS (Asterisk's `tlsenable=yes`, port 5039): the client
//! settings ([`TlsOptions`] -> [`TlsClient`], built and checked when the
//! configuration loads) and the byte transform between a server's socket and
//! its sans-IO `Connection` ([`TlsSession`]), on rustls's own sans-IO API.
//! `ami-conn` and `ami-proto` never see a TLS byte.
//!
//! Verification is never switched off. A server is trusted through a CA
//! (`tls_ca_file`, or the system roots) with its name checked, or through a
//! pin of its certificate's or public key's SHA-256 (`tls_pin_sha256`: the
//! practical answer to Asterisk's usual self-signed certificates); with both,
//! both must hold. The handshake's signatures are always verified.

use std::fmt;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use ami_conn::{CloseReason, Connection};
use rustls::client::WebPkiServerVerifier;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::WebPkiSupportedAlgorithms;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, ServerName, UnixTime};
use rustls::{
    CertificateError, ClientConfig, ClientConnection, DigitallySignedStruct, RootCertStore,
    SignatureScheme,
};

/// Plaintext rustls may hold for us while the socket is full; past it our
/// own write buffer (bounded by `write_buffer_limit`) holds the rest.
const TLS_BUFFER_LIMIT: usize = 64 * 1024;

/// TLS settings of one server, as written in the configuration.
///
/// `#[non_exhaustive]`: start from [`Default`] and set fields.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct TlsOptions {
    /// Name checked against the certificate and sent as SNI (default: the
    /// configured host). An IP address is checked against the
    /// certificate's IP addresses.
    pub server_name: Option<String>,
    /// PEM file of the CA certificates to trust (default: the system roots,
    /// unless pins are given).
    pub ca_file: Option<PathBuf>,
    /// SHA-256 pins, hex (colons allowed), of the server certificate (DER)
    /// or of its SubjectPublicKeyInfo. With pins and no `ca_file`, the
    /// pin replaces the chain and name checks (a self-signed certificate).
    pub pin_sha256: Vec<String>,
    /// PEM client certificate chain, for mutual TLS.
    pub client_cert: Option<PathBuf>,
    /// PEM private key of the client certificate.
    pub client_key: Option<PathBuf>,
}

/// Why TLS settings cannot be used; the configuration names the key.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum TlsConfigError {
    /// A file cannot be read.
    #[error("cannot read {path}: {reason}")]
    Read {
        /// The file.
        path: String,
        /// The OS error.
        reason: String,
    },
    /// A PEM file holds no certificate (or no private key).
    #[error("{path} holds no {what} in PEM form")]
    NoPem {
        /// The file.
        path: String,
        /// What was looked for.
        what: &'static str,
    },
    /// A pin is not 64 hex digits.
    #[error("pin {value:?} is not a SHA-256 in hex (64 hex digits, colons allowed)")]
    BadPin {
        /// The refused pin.
        value: String,
    },
    /// The server name is neither a DNS name nor an IP address.
    #[error("invalid server name {name:?}")]
    BadServerName {
        /// The refused name.
        name: String,
    },
    /// Only one of the client certificate and key is given.
    #[error("tls_client_cert and tls_client_key go together")]
    HalfClientAuth,
    /// No trust anchor: no CA file, no pin, and no usable system root.
    #[error("no system root certificates found; set tls_ca_file or tls_pin_sha256")]
    NoRoots,
    /// rustls refused the settings (a bad key, ...).
    #[error("{0}")]
    Rustls(String),
}

/// A server's TLS client, ready to connect: the rustls configuration (built
/// once, shared by every reconnect) and the name to verify.
#[derive(Clone)]
pub struct TlsClient {
    config: Arc<ClientConfig>,
    server_name: ServerName<'static>,
    options: TlsOptions,
}

impl fmt::Debug for TlsClient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TlsClient")
            .field("server_name", &self.server_name)
            .finish_non_exhaustive()
    }
}

impl TlsClient {
    /// Builds the client for `opts`; `host` is the configured host, the
    /// default server name.
    ///
    /// # Errors
    /// [`TlsConfigError`] naming the file or value.
    ///
    /// ```
    /// use ami_cluster::{TlsClient, TlsOptions};
    ///
    /// let pin = "ab".repeat(32);
    /// let mut opts = TlsOptions::default();
    /// opts.pin_sha256 = vec![pin];
    /// let tls = TlsClient::new(&opts, "127.0.0.1").unwrap();
    /// assert_eq!(tls.server_name(), "127.0.0.1");
    /// ```
    pub fn new(opts: &TlsOptions, host: &str) -> Result<Self, TlsConfigError> {
        let name = opts.server_name.as_deref().unwrap_or(host);
        let server_name =
            ServerName::try_from(name.to_owned()).map_err(|_| TlsConfigError::BadServerName {
                name: name.to_owned(),
            })?;
        let pins = opts
            .pin_sha256
            .iter()
            .map(|p| parse_pin(p))
            .collect::<Result<Vec<_>, _>>()?;
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let chain = match (&opts.ca_file, pins.is_empty()) {
            (Some(path), _) => Some(roots_from_file(path)?),
            (None, true) => Some(system_roots()?),
            // Pinned and no CA: the pin is the trust anchor.
            (None, false) => None,
        };
        let chain = chain
            .map(|roots| {
                WebPkiServerVerifier::builder_with_provider(Arc::new(roots), provider.clone())
                    .build()
                    .map_err(|e| TlsConfigError::Rustls(e.to_string()))
            })
            .transpose()?;
        let verifier: Arc<dyn ServerCertVerifier> = match (chain, pins.is_empty()) {
            (Some(chain), true) => chain,
            (chain, _) => Arc::new(PinnedVerifier {
                pins,
                chain,
                algs: provider.signature_verification_algorithms,
            }),
        };
        let builder = ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .map_err(|e| TlsConfigError::Rustls(e.to_string()))?
            .dangerous()
            .with_custom_certificate_verifier(verifier);
        let config = match (&opts.client_cert, &opts.client_key) {
            (Some(cert), Some(key)) => builder
                .with_client_auth_cert(certs_from_file(cert)?, key_from_file(key)?)
                .map_err(|e| TlsConfigError::Rustls(e.to_string()))?,
            (None, None) => builder.with_no_client_auth(),
            _ => return Err(TlsConfigError::HalfClientAuth),
        };
        Ok(Self {
            config: Arc::new(config),
            server_name,
            options: opts.clone(),
        })
    }

    /// The settings it was built from.
    pub fn options(&self) -> &TlsOptions {
        &self.options
    }

    /// The name verified against the certificate.
    pub fn server_name(&self) -> String {
        self.server_name.to_str().into_owned()
    }
}

fn parse_pin(pin: &str) -> Result<[u8; 32], TlsConfigError> {
    let hex: String = pin.chars().filter(|c| *c != ':').collect();
    let bad = || TlsConfigError::BadPin {
        value: pin.to_owned(),
    };
    if hex.len() != 64 || !hex.is_ascii() {
        return Err(bad());
    }
    let mut out = [0u8; 32];
    for (i, byte) in out.iter_mut().enumerate() {
        *byte = u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).map_err(|_| bad())?;
    }
    Ok(out)
}

fn read_err(path: &Path, e: impl fmt::Display) -> TlsConfigError {
    TlsConfigError::Read {
        path: path.display().to_string(),
        reason: e.to_string(),
    }
}

fn certs_from_file(path: &Path) -> Result<Vec<CertificateDer<'static>>, TlsConfigError> {
    let certs = CertificateDer::pem_file_iter(path)
        .map_err(|e| read_err(path, e))?
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| read_err(path, e))?;
    if certs.is_empty() {
        return Err(TlsConfigError::NoPem {
            path: path.display().to_string(),
            what: "certificate",
        });
    }
    Ok(certs)
}

fn key_from_file(path: &Path) -> Result<PrivateKeyDer<'static>, TlsConfigError> {
    PrivateKeyDer::from_pem_file(path).map_err(|e| match e {
        rustls::pki_types::pem::Error::NoItemsFound => TlsConfigError::NoPem {
            path: path.display().to_string(),
            what: "private key",
        },
        other => read_err(path, other),
    })
}

fn roots_from_file(path: &Path) -> Result<RootCertStore, TlsConfigError> {
    let mut roots = RootCertStore::empty();
    for cert in certs_from_file(path)? {
        roots
            .add(cert)
            .map_err(|e| TlsConfigError::Rustls(format!("{}: {e}", path.display())))?;
    }
    Ok(roots)
}

fn system_roots() -> Result<RootCertStore, TlsConfigError> {
    let mut roots = RootCertStore::empty();
    let (added, _ignored) =
        roots.add_parsable_certificates(rustls_native_certs::load_native_certs().certs);
    if added == 0 {
        return Err(TlsConfigError::NoRoots);
    }
    Ok(roots)
}

/// The pin did not match: shown in the link-down line.
#[derive(Debug)]
struct PinMismatch;

impl fmt::Display for PinMismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("certificate matches no tls_pin_sha256 pin")
    }
}

impl std::error::Error for PinMismatch {}

/// A rustls error in words (rustls shows a custom certificate error with
/// its `Debug`).
fn describe(e: &rustls::Error) -> String {
    if let rustls::Error::InvalidCertificate(CertificateError::Other(other)) = e {
        let inner: &(dyn std::error::Error + 'static) = &*other.0;
        if inner.downcast_ref::<PinMismatch>().is_some() {
            return format!("invalid peer certificate: {inner}");
        }
    }
    e.to_string()
}

/// Checks the pins (and the chain, when a CA was given too); signatures of
/// the handshake are verified as always.
#[derive(Debug)]
struct PinnedVerifier {
    pins: Vec<[u8; 32]>,
    chain: Option<Arc<WebPkiServerVerifier>>,
    algs: WebPkiSupportedAlgorithms,
}

impl ServerCertVerifier for PinnedVerifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        if let Some(chain) = &self.chain {
            chain.verify_server_cert(end_entity, intermediates, server_name, ocsp, now)?;
        }
        let cert = ring::digest::digest(&ring::digest::SHA256, end_entity);
        let spki = webpki::EndEntityCert::try_from(end_entity)
            .map(|c| ring::digest::digest(&ring::digest::SHA256, &c.subject_public_key_info()))
            .ok();
        let matches = |d: &ring::digest::Digest| self.pins.iter().any(|p| p[..] == *d.as_ref());
        if matches(&cert) || spki.as_ref().is_some_and(matches) {
            Ok(ServerCertVerified::assertion())
        } else {
            Err(rustls::Error::InvalidCertificate(CertificateError::Other(
                rustls::OtherError(Arc::new(PinMismatch)),
            )))
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(message, cert, dss, &self.algs)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(message, cert, dss, &self.algs)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.algs.supported_schemes()
    }
}

/// One TLS session between a socket and a `Connection`.
pub(crate) struct TlsSession {
    tls: ClientConnection,
}

impl TlsSession {
    /// A new session (a handshake to run) for `client`.
    pub(crate) fn new(client: &TlsClient) -> Result<Self, rustls::Error> {
        let mut tls = ClientConnection::new(client.config.clone(), client.server_name.clone())?;
        tls.set_buffer_limit(Some(TLS_BUFFER_LIMIT));
        Ok(Self { tls })
    }

    /// Whether TLS records wait to be written (the handshake's included).
    pub(crate) fn wants_write(&self) -> bool {
        self.tls.wants_write()
    }

    /// Whether the handshake is still running.
    pub(crate) fn handshaking(&self) -> bool {
        self.tls.is_handshaking()
    }

    /// Reads TLS records from `sock` (up to about `budget` bytes), decrypts
    /// them and feeds the plaintext to `conn`. Returns (bytes read, budget
    /// spent) or why the link is down.
    pub(crate) fn read(
        &mut self,
        mut sock: impl Read + Write,
        conn: &mut Connection,
        now: Instant,
        budget: usize,
    ) -> Result<(usize, bool), CloseReason> {
        let mut total = 0;
        loop {
            if total >= budget {
                return Ok((total, true));
            }
            let (n, eof) = match self.tls.read_tls(&mut sock) {
                Ok(0) => (0, true),
                Ok(n) => (n, false),
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => return Ok((total, false)),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(CloseReason::Io(e.to_string())),
            };
            total += n;
            if let Err(e) = self.tls.process_new_packets() {
                // Tell the peer why (an alert), then report it.
                let _ = self.tls.write_tls(&mut sock);
                return Err(CloseReason::Io(format!("TLS: {}", describe(&e))));
            }
            loop {
                let mut reader = self.tls.reader();
                match conn.read_with(now, |buf| reader.read(buf)) {
                    Ok(0) => return Err(CloseReason::PeerClosed),
                    Ok(_) => {}
                    Err(e) if e.kind() == io::ErrorKind::WouldBlock => break,
                    Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => {
                        return Err(CloseReason::PeerClosed);
                    }
                    Err(e) => return Err(CloseReason::Io(format!("TLS: {e}"))),
                }
            }
            if eof {
                return Err(CloseReason::PeerClosed);
            }
        }
    }

    /// Encrypts what `conn` has to send (only once the handshake verified
    /// the peer: no byte of Login goes out before) and writes TLS records to
    /// `sock`. Returns true when bytes are left (the socket is full).
    pub(crate) fn flush(
        &mut self,
        mut sock: impl Write,
        conn: &mut Connection,
    ) -> Result<bool, CloseReason> {
        loop {
            if !self.tls.is_handshaking() {
                while let Some(bytes) = conn.poll_transmit() {
                    match self.tls.writer().write(bytes) {
                        Ok(0) => break,
                        Ok(n) => conn.transmitted(n),
                        Err(e) => return Err(CloseReason::Io(format!("TLS: {e}"))),
                    }
                }
            }
            if !self.tls.wants_write() {
                return Ok(false);
            }
            match self.tls.write_tls(&mut sock) {
                Ok(_) => {}
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => return Ok(true),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(CloseReason::Io(e.to_string())),
            }
        }
    }
}
