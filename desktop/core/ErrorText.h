#pragma once
// The one place where desktop error codes become words a user reads. Unknown codes get a generic
// sentence that still names the code, so a support request can quote it.

#include "shared/core/Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace fitflow::desktop {

class ErrorText {
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    static QString forCode(const QString& code);
    static QString forError(const fitflow::Error& error);

private:
    static std::optional<QString> accountText(const QString& code);
};

} // namespace fitflow::desktop
