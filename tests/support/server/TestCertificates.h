#pragma once
// Throwaway TLS material made with the OpenSSL C API: a CA and a server certificate for
// 127.0.0.1 / localhost, written as PEM files into a directory.

#include <string>

namespace fitflow::test {

struct TestCertificates {
    std::string caCertificatePath;
    std::string serverCertificatePath;
    std::string serverKeyPath;

    // Writes ca.pem, server.pem and server.key (EC P-256) into `directory`. Throws on failure.
    static TestCertificates createIn(const std::string& directory);
};

} // namespace fitflow::test
