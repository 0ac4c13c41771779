#pragma once
// What the note editor shows of one session note: its header fields and the NoteHistory view
// (current text, signature, amendments, and the other version when two edits conflict).

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace fitflow::desktop {

// When and by whom one amendment was written. The author is known for amendments written on this
// device (the signed-in user); the wire carries no author for another device's amendment.
struct NoteAmendmentSource {
    QDateTime writtenAt;  // UTC
    QString authorUserId; // empty: written on another device
    QString authorName;   // the cached profile's name for authorUserId; empty when unknown

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
