#pragma once
// What the note editor shows of one session note: its header fields and the NoteHistory view
// (current text, signature, amendments, and the other version when two edits conflict).

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace fitflow::desktop {

// When and by whom one amendment was written. The author is the note's, i.e. the signed-in user:
// only a note's author reads or amends it.
struct NoteAmendmentSource {
    QDateTime writtenAt;  // UTC
    QString authorUserId; // empty: the store has no account yet (never signed in)
    QString authorName; // the cached profile's name, else the account's e-mail; empty when unknown

    friend bool operator==(const NoteAmendmentSource&, const NoteAmendmentSource&) = default;
};

struct NoteRecord {
    QString id;
    QString orgId;
    QString clientId;
    QString sessionId;
    QString format; // "soap" or "free"
    bool sharedWithClient = false;
    QString text;
    bool isSigned = false;
    bool conflict = false;
    QStringList conflictingTexts;                // the other heads, newest first
    QStringList amendments;                      // oldest first
    QList<NoteAmendmentSource> amendmentSources; // same order as `amendments`
};

} // namespace fitflow::desktop

Q_DECLARE_METATYPE(fitflow::desktop::NoteRecord)
