#pragma once
// Where fitflow-cli writes: results on stdout, one-line diagnostics on stderr prefixed with the
// program name, so scripts can tell them apart.

#include "shared/core/Result.h"

#include <QString>

namespace fitflow::cli {

void printOut(const QString& text);
void printError(const QString& message);
// "fitflow-cli: <what failed>: <reason> [code]" for a storage error.
void printError(const QString& context, const fitflow::Error& error);

} // namespace fitflow::cli
