#pragma once
// SecretBytes: a fixed-size buffer for key material, allocated with sodium_malloc (guard pages,
// locked against swapping) and wiped by sodium_free when it goes away. Move-only, so a secret
// has exactly one owner and is never silently copied into a QByteArray or QString.

#include <cstddef>

namespace fitflow::desktop {

class SecretBytes {
public:
    SecretBytes() = default;
    // Allocates `size` bytes, zero-filled. isValid() is false when the allocation failed.
    explicit SecretBytes(std::size_t size);
    ~SecretBytes();

    SecretBytes(SecretBytes&& other) noexcept;
    SecretBytes& operator=(SecretBytes&& other) noexcept;
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;

    // Fresh random bytes from libsodium's CSPRNG.
    static SecretBytes random(std::size_t size);

    bool isValid() const { return m_data != nullptr; }
    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    std::size_t size() const { return m_size; }

private:
    void release();

    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace fitflow::desktop
