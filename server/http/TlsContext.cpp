#include "server/http/TlsContext.h"

#include <openssl/err.h>

namespace fitflow::http {

namespace {

constexpr const char* kTls13CipherSuites =
    "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256";

Error tlsError(const std::string& what, const std::string& path = {})
{
    std::string reason = "unknown OpenSSL error";
    if (const unsigned long code = ERR_get_error(); code != 0) {
        char buffer[256];
        ERR_error_string_n(code, buffer, sizeof buffer);
        reason = buffer;
    }
    ERR_clear_error();
    return makeError("tls_setup_failed",
                     what + (path.empty() ? "" : " '" + path + "'") + ": " + reason, path);
}

} // namespace

Status configureTlsContext(SSL_CTX& context, const std::string& certificatePath,
                           const std::string& privateKeyPath)
{
    if (SSL_CTX_set_min_proto_version(&context, TLS1_2_VERSION) != 1) {
        return tlsError("cannot set the minimum TLS version");
    }
    // OpenSSL 3 refuses client-initiated renegotiation unless SSL_OP_ALLOW_CLIENT_RENEGOTIATION.
    SSL_CTX_set_options(&context, SSL_OP_NO_COMPRESSION | SSL_OP_NO_RENEGOTIATION |
                                      SSL_OP_CIPHER_SERVER_PREFERENCE);
    if (SSL_CTX_set_cipher_list(&context, kTls12CipherList) != 1 ||
        SSL_CTX_set_ciphersuites(&context, kTls13CipherSuites) != 1) {
        return tlsError("cannot set the cipher suites");
    }
    if (SSL_CTX_use_certificate_chain_file(&context, certificatePath.c_str()) != 1) {
        return tlsError("cannot load the certificate chain", certificatePath);
    }
    if (SSL_CTX_use_PrivateKey_file(&context, privateKeyPath.c_str(), SSL_FILETYPE_PEM) != 1) {
        return tlsError("cannot load the private key", privateKeyPath);
    }
    if (SSL_CTX_check_private_key(&context) != 1) {
        return tlsError("the private key does not match the certificate", privateKeyPath);
    }
    return {};
}

} // namespace fitflow::http
