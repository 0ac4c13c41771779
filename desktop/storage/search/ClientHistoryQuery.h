#pragma once
// A client's history for the profile panel: their sessions (newest first, with the location's
// name) and their session notes (newest first). Read-only SQL over the synced tables.

#include "shared/core/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

namespace fitflow::desktop {

struct ClientSessionRow {
    QString id;
    QString startsAt; // RFC 3339 UTC, as stored
    QString endsAt;
    QString status;
    QString locationName;
};

struct ClientNoteRow {
    QString id;
    QString sessionId; // empty when the note is not tied to a session
    QString format;    // "soap" or "free"
    QString text;      // the current text (NoteHistory view)
    bool conflict = false;
};

class ClientHistoryQuery {
public:
    explicit ClientHistoryQuery(QSqlDatabase db);

    fitflow::Result<std::vector<ClientSessionRow>> sessions(const QString& clientId) const;
    fitflow::Result<std::vector<ClientNoteRow>> notes(const QString& clientId) const;
    // The oldest live note written for the session, if any.
    fitflow::Result<std::optional<QString>> noteForSession(const QString& sessionId) const;

private:
    QSqlDatabase m_db;
};

} // namespace fitflow::desktop
