#include "desktop/cli/CliOutput.h"

#include <cstdio>

namespace fitflow::cli {

void printOut(const QString& text)
{
    std::fputs(text.toLocal8Bit().constData(), stdout);
    std::fflush(stdout);
}

void printError(const QString& message)
{
    const QString line = QStringLiteral("fitflow-cli: ") + message + QLatin1Char('\n');
    std::fputs(line.toLocal8Bit().constData(), stderr);
}

void printError(const QString& context, const fitflow::Error& error)
{
    QString line = QStringLiteral("%1: %2 [%3]")
                       .arg(context, QString::fromStdString(error.message),
                            QString::fromStdString(error.code));
    if (!error.path.empty()) {
        line += QStringLiteral(" (at %1)").arg(QString::fromStdString(error.path));
    }
    printError(line);
}

} // namespace fitflow::cli
