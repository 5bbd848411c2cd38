//! TLS to PostgreSQL as the URL asks, in libpq's words: no `sslmode` (or `disable`): plain;
//! `prefer` or `require`: encrypted, the server's certificate not checked (libpq's meaning of
//! them); `verify-ca` or `verify-full`: checked (name included) against `sslrootcert=` (a PEM
//! file), or [`Settings::tls_root_certificate`](crate::Settings::tls_root_certificate), or the
//! system's roots. Managed databases that require TLS take `sslmode=require`.

use std::sync::Arc;

use tokio_postgres::Config;
use tokio_postgres_rustls::MakeRustlsConnect;

use crate::{Settings, StoreError};

/// How connections are made.
#[derive(Clone)]
pub(crate) enum Tls {
    Plain,
    Rustls(MakeRustlsConnect),
}

fn bad(message: String) -> StoreError {
    StoreError::Url(message)
}

/// `%2F` and friends in a URL's query value.
fn decoded(value: &str) -> String {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (bytes[i], bytes.get(i + 1), bytes.get(i + 2)) {
            (b'%', Some(&a), Some(&b)) if hex(a).is_some() && hex(b).is_some() => {
                out.push((hex(a).unwrap() * 16 + hex(b).unwrap()) as u8);
                i += 3;
            }
            (b, ..) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The URL's configuration and how to connect: `sslrootcert` taken out (tokio-postgres does not
/// read it) and `verify-*` given to it as `require`, the checking being ours.
pub(crate) fn parse(url: &str, settings: &Settings) -> Result<(Config, Tls), StoreError> {
    let (base, query) = url.split_once('?').unwrap_or((url, ""));
    let (mut mode, mut root_file) = (None, None);
    let mut kept = Vec::new();
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        match k {
            "sslmode" => {
                mode = Some(decoded(v));
                let given = if v.starts_with("verify") {
                    "require"
                } else {
                    v
                };
                kept.push(format!("sslmode={given}"));
            }
            "sslrootcert" => root_file = Some(decoded(v)),
            _ => kept.push(pair.to_string()),
        }
    }
    let rebuilt = if kept.is_empty() {
        base.to_string()
    } else {
        format!("{base}?{}", kept.join("&"))
    };
    let config: Config = rebuilt.parse().map_err(|e| {
        bad(format!(
            "`{}` is not a PostgreSQL URL: {e}",
            super::redact(url)
        ))
    })?;
    let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
    let builder = rustls::ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|e| bad(format!("TLS: {e}")))?;
    let tls = match mode.as_deref() {
        None | Some("disable") => Tls::Plain,
        Some("prefer" | "allow" | "require") => {
            let config = builder
                .dangerous()
                .with_custom_certificate_verifier(Arc::new(Unchecked(provider)))
                .with_no_client_auth();
            Tls::Rustls(MakeRustlsConnect::new(config))
        }
        Some("verify-ca" | "verify-full") => {
            let roots = roots(root_file.as_deref(), settings)?;
            Tls::Rustls(MakeRustlsConnect::new(
                builder.with_root_certificates(roots).with_no_client_auth(),
            ))
        }
        Some(other) => {
            return Err(bad(format!(
                "sslmode={other} is not one of disable, prefer, require, verify-ca, verify-full"
            )))
        }
    };
    Ok((config, tls))
}

/// The roots a certificate is checked against.
fn roots(file: Option<&str>, settings: &Settings) -> Result<rustls::RootCertStore, StoreError> {
    let mut roots = rustls::RootCertStore::empty();
    let pem = match (file, &settings.tls_root_certificate) {
        (Some(path), _) => {
            Some(std::fs::read(path).map_err(|e| bad(format!("sslrootcert={path}: {e}")))?)
        }
        (None, Some(pem)) => Some(pem.to_vec()),
        (None, None) => None,
    };
    match pem {
        Some(pem) => {
            for cert in rustls_pemfile_certs(&pem)? {
                roots
                    .add(cert)
                    .map_err(|e| bad(format!("a root certificate: {e}")))?;
            }
        }
        None => {
            for cert in rustls_native_certs::load_native_certs().certs {
                let _ = roots.add(cert);
            }
        }
    }
    Ok(roots)
}

/// The certificates of a PEM text.
fn rustls_pemfile_certs(
    pem: &[u8],
) -> Result<Vec<rustls::pki_types::CertificateDer<'static>>, StoreError> {
    use rustls::pki_types::pem::PemObject;
    rustls::pki_types::CertificateDer::pem_slice_iter(pem)
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| bad(format!("a root certificate (PEM): {e}")))
}

/// libpq's `require`: encrypted, the certificate not checked (the handshake's signatures
/// still are).
#[derive(Debug)]
struct Unchecked(Arc<rustls::crypto::CryptoProvider>);

impl rustls::client::danger::ServerCertVerifier for Unchecked {
    fn verify_server_cert(
        &self,
        _: &rustls::pki_types::CertificateDer<'_>,
        _: &[rustls::pki_types::CertificateDer<'_>],
        _: &rustls::pki_types::ServerName<'_>,
        _: &[u8],
        _: rustls::pki_types::UnixTime,
    ) -> Result<rustls::client::danger::ServerCertVerified, rustls::Error> {
        Ok(rustls::client::danger::ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &rustls::pki_types::CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &rustls::pki_types::CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<rustls::SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}
