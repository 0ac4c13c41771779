#pragma once
// The SOAP note layout (Subjective, Objective, Assessment, Plan): a new SOAP note starts from
// these headed sections in one text, so undo/redo and autosave treat the note as one document.

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace fitflow::desktop {

class SoapTemplate {
    Q_DECLARE_TR_FUNCTIONS(SoapTemplate)

public:
    // The four section headings in order, in the user's language.
    static QStringList headings();
    // The empty template: each heading on its own line followed by a blank line.
    static QString emptyText();
    // The text of one section (by index 0..3) of a note written from the template; empty when the
    // heading is missing.
    static QString section(const QString& text, int index);
};

} // namespace fitflow::desktop
