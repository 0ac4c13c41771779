#include "server/service/auth/SigningKeyFile.h"

#include <sodium.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <iterator>
#include <unistd.h>
#include <vector>

namespace fitflow::auth {
namespace {

// A key file is a few hundred bytes per key; anything far larger is not one.
constexpr std::streamsize kMaxKeyFileBytes = std::streamsize{64} * 1024;

} // namespace

Result<SigningKeyRing> loadSigningKeyFile(const std::filesystem::path& path)
{
    std::ifstream file(path, std::ios::binary);
    if (!file) {
        return makeError("key_file_unreadable", "cannot open the JWT key file", path.string());
    }
    std::string text(static_cast<std::size_t>(kMaxKeyFileBytes) + 1, '\0');
    file.read(text.data(), kMaxKeyFileBytes + 1);
    const auto length = file.gcount();
    if (file.bad() || length > kMaxKeyFileBytes) {
        sodium_memzero(text.data(), text.size());
        return makeError("key_file_unreadable", "the JWT key file is unreadable or too large",
                         path.string());
    }
    text.resize(static_cast<std::size_t>(length));
    auto ring = SigningKeyRing::fromKeyFileJson(text);
    sodium_memzero(text.data(), text.size());
    return ring;
}

Result<SigningKeyRing> loadSigningKeyRingFromEnvironment()
{
    const char* path = std::getenv(kJwtKeysEnvironmentVariable);
    if (path == nullptr || *path == '\0') {
        return makeError("key_file_not_configured",
                         std::string(kJwtKeysEnvironmentVariable) + " names no key file");
    }
    return loadSigningKeyFile(path);
}

Status writeSigningKeyFile(const std::filesystem::path& path, const SigningKeyRing& ring)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        const bool exists = errno == EEXIST;
        return makeError(exists ? "key_file_exists" : "key_file_unwritable",
                         exists ? "refusing to overwrite a JWT key file"
                                : std::string("cannot create the JWT key file: ") +
                                      std::strerror(errno),
                         path.string());
    }
    std::string text = ring.toKeyFileJson();
    std::size_t written = 0;
    bool failed = false;
    while (written < text.size()) {
        const ssize_t count = ::write(fd, text.data() + written, text.size() - written);
        if (count < 0 && errno == EINTR) {
            continue;
        }
        if (count <= 0) {
            failed = true;
            break;
        }
        written += static_cast<std::size_t>(count);
    }
    sodium_memzero(text.data(), text.size());
    failed = (::fsync(fd) != 0) || failed;
    failed = (::close(fd) != 0) || failed;
    if (failed) {
        std::error_code ignored;
        std::filesystem::remove(path, ignored);
        return makeError("key_file_unwritable", "could not write the JWT key file", path.string());
    }
    return {};
}

Result<std::string> generateSigningKeyFile(const std::filesystem::path& path)
{
    std::vector<SigningKey> keys;
    keys.push_back(SigningKey::generate());
    const std::string kid = keys.front().kid();
    auto ring = SigningKeyRing::create(std::move(keys), kid);
    if (!ring) {
        return ring.error();
    }
    auto written = writeSigningKeyFile(path, *ring);
    if (!written) {
        return written.error();
    }
    return kid;
}

} // namespace fitflow::auth
