#include "desktop/storage/crypto/SecretBytes.h"

#include <sodium.h>

#include <utility>

namespace fitflow::desktop {

SecretBytes::SecretBytes(std::size_t size)
{
    if (size == 0 || sodium_init() < 0) {
        return;
    }
    m_data = static_cast<unsigned char*>(sodium_malloc(size));
    if (m_data == nullptr) {
        return;
    }
    sodium_memzero(m_data, size);
    m_size = size;
}

SecretBytes::~SecretBytes()
{
    release();
}

SecretBytes::SecretBytes(SecretBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{
}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept
{
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecretBytes SecretBytes::random(std::size_t size)
{
    SecretBytes bytes(size);
    if (bytes.isValid()) {
        randombytes_buf(bytes.data(), bytes.size());
    }
    return bytes;
}

void SecretBytes::release()
{
    // sodium_free wipes the buffer before unmapping it.
    sodium_free(m_data);
    m_data = nullptr;
    m_size = 0;
}

} // namespace fitflow::desktop
