#include "tests/support/server/TlsProbe.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <openssl/ssl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <memory>

namespace fitflow::test {

TlsHandshakeResult tryTlsHandshake(int port, int minVersion, int maxVersion,
                                   const std::string& cipherList)
{
    TlsHandshakeResult result;
    std::unique_ptr<SSL_CTX, decltype(&SSL_CTX_free)> context(SSL_CTX_new(TLS_client_method()),
                                                              &SSL_CTX_free);
    SSL_CTX_set_security_level(context.get(), 0);
    SSL_CTX_set_min_proto_version(context.get(), minVersion);
    SSL_CTX_set_max_proto_version(context.get(), maxVersion);
    SSL_CTX_set_cipher_list(context.get(),
                            cipherList.empty() ? "ALL:@SECLEVEL=0" : cipherList.c_str());

    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
        ::close(fd);
        return result;
    }
    std::unique_ptr<SSL, decltype(&SSL_free)> ssl(SSL_new(context.get()), &SSL_free);
    SSL_set_fd(ssl.get(), fd);
    if (SSL_connect(ssl.get()) == 1) {
        result.connected = true;
        result.protocol = SSL_get_version(ssl.get());
        result.cipher = SSL_get_cipher_name(ssl.get());
        SSL_shutdown(ssl.get());
    }
    ssl.reset();
    ::close(fd);
    return result;
}

} // namespace fitflow::test
