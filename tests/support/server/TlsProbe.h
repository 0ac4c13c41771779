#pragma once
// A bare TLS handshake against host:port with a chosen protocol range and cipher list, to check
// what the server accepts. Security level 0 on the client side, so only the server can refuse.

#include <optional>
#include <string>

namespace fitflow::test {

struct TlsHandshakeResult {
    bool connected = false;
    std::string protocol; // "TLSv1.3" etc. when connected
    std::string cipher;
};

// `minVersion`/`maxVersion` are OpenSSL constants such as TLS1_1_VERSION; `cipherList` applies
// to TLS <= 1.2 (empty: OpenSSL's list at security level 0).
TlsHandshakeResult tryTlsHandshake(int port, int minVersion, int maxVersion,
                                   const std::string& cipherList = {});

} // namespace fitflow::test
