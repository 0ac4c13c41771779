#pragma once
// The session-note editor window: SOAP template or free text, autosaved a moment after typing
// stops (each save is one edit on the note's current heads), undo/redo of the text document,
// share with the client, sign and lock, amendments once signed, and the way into the side-by-side
// conflict view. Opened from a client's history, or for a session via startNote(..., sessionId).

#include "desktop/core/DesktopContext.h"
#include "desktop/core/notes/NoteRecord.h"

#include <QDialog>
#include <QTimer>

class QCheckBox;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace fitflow::desktop {

class NotesService;

class NoteEditorDialog : public QDialog {
    Q_OBJECT

public:
    static constexpr int kAutosaveDelayMs = 800;

    explicit NoteEditorDialog(DesktopContext context, QWidget* parent = nullptr);

    void openNote(const QString& noteId);
    // Creates a note (format "soap" starts from the SOAP headings) and opens it.
    void startNote(const QString& clientId, const QString& sessionId, const QString& format);
    // The session's note (for the calendar and the client's history): opens the one written for
    // the session, or starts a SOAP note for it.
    void openForSession(const QString& clientId, const QString& sessionId);

    QString noteId() const { return m_noteId; }
    const NoteRecord& note() const { return m_note; }
    // The code of the last refused write ("note_signed", ...), empty when the last one succeeded.
    QString lastErrorCode() const { return m_lastErrorCode; }
    // Saves pending typing now instead of waiting for the autosave delay.
    void flushAutosave();

signals:
    void noteChanged(const QString& noteId);
    // Emitted after every load of the note (first open and each reload after a write).
    void noteShown(const QString& noteId);

protected:
    void done(int result) override;

private:
    void buildLayout();
    void showNote(const NoteRecord& note);
    void setEditorText(const QString& text);
    void onTextEdited();
    void setStatus(const QString& text);
    void resolveConflict();

    NotesService* m_service = nullptr;
    QString m_noteId;
    NoteRecord m_note;
    QString m_savedText; // the text the store holds, as last loaded
    QString m_lastErrorCode;
    bool m_loaded = false;
    bool m_settingText = false;
    QTimer m_autosave;

    QLabel* m_heading = nullptr;
    QLabel* m_status = nullptr;
    QPlainTextEdit* m_editor = nullptr;
    QToolButton* m_undo = nullptr;
    QToolButton* m_redo = nullptr;
    QCheckBox* m_shared = nullptr;
    QPushButton* m_sign = nullptr;
    QPushButton* m_resolve = nullptr;
    QGroupBox* m_amendmentsBox = nullptr;
    QPlainTextEdit* m_amendments = nullptr;
    QPlainTextEdit* m_amendment = nullptr;
    QPushButton* m_amend = nullptr;
};

} // namespace fitflow::desktop
