#pragma once
// Result<T>: the value of an operation, or the reason it failed. Domain and storage functions
// return it instead of throwing, so errors cross library boundaries as data and become words
// only at the edges (desktop: one tr() mapping; server: one HTTP/JSON mapping).

#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace fitflow {

// A machine-readable failure. `code` is stable (snake_case, part of the API and the wire
// format); `message` is for developers and logs, never shown raw to users and never holds client
// data; `path` locates the offending field ("lines[2].quantity") when there is one.
struct Error {
    std::string code;
    std::string message;
    std::string path;

    friend bool operator==(const Error&, const Error&) = default;
};

inline Error makeError(std::string code, std::string message, std::string path = {})
{
    return Error{std::move(code), std::move(message), std::move(path)};
}

template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) // NOLINT(google-explicit-constructor): returning a T is the success path
        : m_state(std::in_place_index<0>, std::move(value))
    {
    }
    Result(Error error) // NOLINT(google-explicit-constructor)
        : m_state(std::in_place_index<1>, std::move(error))
    {
    }

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T& value() const&
    {
        assert(ok());
        return std::get<0>(m_state);
    }
    T& value() &
    {
        assert(ok());
        return std::get<0>(m_state);
    }
    T&& value() &&
    {
        assert(ok());
        return std::get<0>(std::move(m_state));
    }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }

    const Error& error() const
    {
        assert(!ok());
        return std::get<1>(m_state);
    }

private:
    std::variant<T, Error> m_state;
};

// Result<void>: success carries nothing.
template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) // NOLINT(google-explicit-constructor)
        : m_error(std::move(error))
        , m_failed(true)
    {
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const
    {
        assert(m_failed);
        return m_error;
    }

private:
    Error m_error;
    bool m_failed = false;
};

using Status = Result<void>;

// Prefixes a field path, so nested decoders can report "lines[2].quantity".
Error withPathPrefix(Error error, const std::string& prefix);

} // namespace fitflow
