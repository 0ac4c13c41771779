#pragma once
// Entry points of the commands, one file each (StoreInitCommand.cpp, ...). Each returns an
// ExitCode and reports failures as one line on stderr.

#include "desktop/cli/CliCommand.h"

namespace fitflow::cli {

int runStoreInit(const CommandInvocation& invocation);
int runStoreCheck(const CommandInvocation& invocation);
int runInvoiceTotals(const CommandInvocation& invocation);

} // namespace fitflow::cli
