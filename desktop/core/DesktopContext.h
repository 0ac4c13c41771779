#pragma once
// What a page or desktop service may use, handed down from the composition root (main.cpp or a
// GUI test) through AppController and MainWindow: `new MyPage(context, parent)`. Plain
// references to objects that outlive every window; the struct itself is cheap to copy.
//
// Build it with designated initializers: { .session = ..., .events = ..., .settings = ...,
// .monitor = ... }. Fields added later are nullable pointers at the end, so existing code and
// tests keep compiling.

namespace fitflow::desktop {

class AccountService;
class AppSettings;
class IdleLock;
class ServerConnectionMonitor;
class SyncRunner;
class StoreEvents;
class StoreSession;

struct DesktopContext {
    StoreSession& session;            // the encrypted store: runOnStore() for every read/write
    StoreEvents& events;              // notifyChanged() after writes; changed() to refresh
    AppSettings& settings;            // user preferences (language, defaults, idle lock, ...)
    ServerConnectionMonitor& monitor; // whether the server answers /healthz

    // Optional services (null in tests that do not need them).
    AccountService* account = nullptr; // sign-in state, sign in/out
    SyncRunner* sync = nullptr;        // "Sync now" and the counts the status bar shows
    IdleLock* idleLock = nullptr;      // auto-lock; Settings changes its timeout
};

} // namespace fitflow::desktop
