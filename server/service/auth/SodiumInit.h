#pragma once
// libsodium must be initialised before its key and random functions run; every entry point of
// this folder calls this first. Idempotent and thread-safe.

namespace fitflow::auth {

void ensureSodiumInitialised();

} // namespace fitflow::auth
