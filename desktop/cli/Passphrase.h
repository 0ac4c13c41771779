#pragma once
// Passphrase: where fitflow-cli gets the store passphrase (the environment variable
// FITFLOW_PASSPHRASE or the first line of --passphrase-file), never argv. The bytes are wiped
// when the object goes away.

#include "desktop/cli/CliCommand.h"
#include "shared/core/Result.h"

#include <QByteArray>

namespace fitflow::cli {

class Passphrase {
public:
    static constexpr const char* kEnvironmentVariable = "FITFLOW_PASSPHRASE";

    // --passphrase-file wins over the environment. Errors: "passphrase_missing",
    // "passphrase_file_unreadable".
    static fitflow::Result<Passphrase> fromInvocation(const CommandInvocation& invocation);

    Passphrase(Passphrase&& other) noexcept;
    Passphrase& operator=(Passphrase&&) = delete;
    Passphrase(const Passphrase&) = delete;
    Passphrase& operator=(const Passphrase&) = delete;
    ~Passphrase();

    const QByteArray& bytes() const { return m_bytes; }

private:
    explicit Passphrase(QByteArray bytes);
    QByteArray m_bytes;
};

} // namespace fitflow::cli
