#pragma once
// The list of fitflow-cli commands, in the order --help shows them.

#include "desktop/cli/CliCommand.h"

#include <QList>

namespace fitflow::cli {

const QList<CliCommand>& commandTable();

} // namespace fitflow::cli
