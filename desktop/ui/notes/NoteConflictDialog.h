#pragma once
// Side-by-side view of two conflicting versions of a note (edits made on two devices from the
// same base). The user keeps one, or merges them by hand in the lower editor; the chosen text
// becomes a new edit on both versions (NotesService::resolve), which ends the conflict.

#include <QDialog>

class QPlainTextEdit;

namespace fitflow::desktop {

class NoteConflictDialog : public QDialog {
    Q_OBJECT

public:
    NoteConflictDialog(const QString& currentText, const QString& otherText,
                       QWidget* parent = nullptr);

    // The text to keep: the merge editor's contents.
    QString resolvedText() const;

private:
    QPlainTextEdit* m_merged = nullptr;
};

} // namespace fitflow::desktop
