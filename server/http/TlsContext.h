#pragma once
// The server's TLS policy in one place: TLS 1.2 minimum (1.3 preferred by negotiation), only
// ECDHE + AEAD suites for TLS 1.2, no compression, no renegotiation, server cipher preference.

#include "shared/core/Result.h"

#include <openssl/ssl.h>

#include <string>

namespace fitflow::http {

// TLS 1.2 suites we accept: forward secrecy and AEAD only.
inline constexpr const char* kTls12CipherList =
    "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
    "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
    "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305";

// Applies the policy and loads the certificate chain and key. Error `tls_setup_failed` with
// OpenSSL's reason and the offending path.
Status configureTlsContext(SSL_CTX& context, const std::string& certificatePath,
                           const std::string& privateKeyPath);

} // namespace fitflow::http
