#pragma once
// What the shell shows about sync: when the last round succeeded, what waits to be pushed, what
// the server rejected and which notes are in conflict (each item can be opened).

#include <QDateTime>
#include <QList>
#include <QString>

namespace fitflow::desktop {

// A rejected change or a conflicted note, enough to open the record it is about.
struct SyncAttentionItem {
    QString entity; // "client", "session", "note", ...
    QString entityId;
    QString reason; // the server's rejection code, or "conflict"
    QString field;  // the rejected field's domain JSON name (e.g. "email"), or empty
};

struct SyncRunStatus {
    bool running = false;
    QDateTime lastSuccess; // UTC; invalid before the first successful round of this run
    qint64 pending = -1;   // outbox entries; -1 when unknown
    QList<SyncAttentionItem> rejections;
    QList<SyncAttentionItem> conflicts;
    QString lastErrorCode; // empty after a successful round
    QString lastErrorMessage;
};

} // namespace fitflow::desktop
