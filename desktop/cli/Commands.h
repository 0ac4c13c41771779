#pragma once
// Entry points of the commands, one file each (StoreInitCommand.cpp, ...). Each returns an
// ExitCode and reports failures as one line on stderr.

#include "desktop/cli/CliCommand.h"

namespace fitflow::cli {

int runStoreInit(const CommandInvocation& invocation);
int runStoreCheck(const CommandInvocation& invocation);
int runInvoiceTotals(const CommandInvocation& invocation);
int runAdd(const CommandInvocation& invocation);
int runUpdate(const CommandInvocation& invocation);
int runDelete(const CommandInvocation& invocation);
int runDump(const CommandInvocation& invocation);
int runStatus(const CommandInvocation& invocation);
int runLogin(const CommandInvocation& invocation);
int runSync(const CommandInvocation& invocation);

} // namespace fitflow::cli
