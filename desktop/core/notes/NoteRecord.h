#pragma once
// What the note editor shows of one session note: its header fields and the NoteHistory view
// (current text, signature, amendments, and the other version when two edits conflict).

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace fitflow::desktop {

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
    QStringList conflictingTexts; // the other heads, newest first
    QStringList amendments;       // oldest first
};

} // namespace fitflow::desktop

Q_DECLARE_METATYPE(fitflow::desktop::NoteRecord)
