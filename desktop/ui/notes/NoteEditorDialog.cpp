#include "desktop/ui/notes/NoteEditorDialog.h"

#include "desktop/core/notes/NotesService.h"
#include "desktop/core/notes/SoapTemplate.h"
#include "desktop/ui/notes/NoteConflictDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace fitflow::desktop {

namespace {

// "Amended 26/11/2026 14:05 by Alex Martin:" above each amendment's text, in the user's locale and
// time zone. Never an id.
QString amendmentsText(const NoteRecord& note)
{
    const QLocale locale;
    QStringList blocks;
    for (qsizetype i = 0; i < note.amendments.size(); ++i) {
        const NoteAmendmentSource source =
            i < note.amendmentSources.size() ? note.amendmentSources.at(i) : NoteAmendmentSource();
        // Unnamed only before the store's first sign-in, when the writer is whoever unlocked it.
        const QString author =
            source.authorName.isEmpty() ? NoteEditorDialog::tr("you") : source.authorName;
        const QString when =
            source.writtenAt.isValid()
                ? locale.toString(source.writtenAt.toLocalTime(), QLocale::ShortFormat)
                : NoteEditorDialog::tr("an unknown time");
        blocks << NoteEditorDialog::tr("Amended %1 by %2:").arg(when, author) + QLatin1Char('\n') +
                      note.amendments.at(i);
    }
    return blocks.join(QStringLiteral("\n\n"));
}

QToolButton* editButton(QWidget* parent, const QString& objectName, const QString& text,
                        QKeySequence::StandardKey keys)
{
    auto* action = new QAction(text, parent);
    action->setShortcut(keys);
    // The text editor handles the keys itself; the action only shows them and serves the mouse.
    action->setShortcutContext(Qt::WidgetShortcut);
    action->setEnabled(false);
    auto* button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setDefaultAction(action);
    button->setToolTip(
        QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')),
                                      QKeySequence(keys).toString(QKeySequence::NativeText)));
    return button;
}

} // namespace

NoteEditorDialog::NoteEditorDialog(DesktopContext context, QWidget* parent)
    : QDialog(parent)
    , m_service(new NotesService(context.session, &context.events, this))
{
    setObjectName(QStringLiteral("noteEditorDialog"));
    setWindowTitle(tr("Session note"));
    buildLayout();

    m_autosave.setSingleShot(true);
    m_autosave.setInterval(kAutosaveDelayMs);
    connect(&m_autosave, &QTimer::timeout, this, &NoteEditorDialog::flushAutosave);
    connect(m_editor->document(), &QTextDocument::contentsChanged, this,
            &NoteEditorDialog::onTextEdited);

    connect(m_service, &NotesService::created, this,
            [this](const QString& newId) { m_noteId = newId; });
    connect(m_service, &NotesService::noteLoaded, this, &NoteEditorDialog::showNote);
    connect(m_service, &NotesService::textSaved, this, [this] { m_lastErrorCode.clear(); });
    connect(m_service, &NotesService::loadFailed, this,
            [this](const QString& code, const QString& message) {
                m_lastErrorCode = code;
                setStatus(message);
            });
    connect(m_service, &NotesService::writeFailed, this,
            [this](const QString& code, const QString& message) {
                m_lastErrorCode = code;
                setStatus(code == QLatin1String("note_signed")
                              ? tr("This note is signed: add an amendment instead.")
                              : message);
            });
    connect(m_service, &NotesService::notesChanged, this, [this] { emit noteChanged(m_noteId); });
}

void NoteEditorDialog::buildLayout()
{
    auto* layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("noteHeadingLabel"));
    layout->addWidget(m_heading);

    auto* toolbar = new QHBoxLayout;
    m_undo = editButton(this, QStringLiteral("noteUndoButton"), tr("&Undo"), QKeySequence::Undo);
    m_redo = editButton(this, QStringLiteral("noteRedoButton"), tr("&Redo"), QKeySequence::Redo);
    toolbar->addWidget(m_undo);
    toolbar->addWidget(m_redo);
    toolbar->addStretch();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("noteStatusLabel"));
    toolbar->addWidget(m_status);
    layout->addLayout(toolbar);

    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("noteTextEdit"));
    m_editor->setAccessibleName(tr("Note text"));
    m_editor->setEnabled(false); // until the note is loaded
    // Tab moves on to the buttons (keyboard users); notes need no tab characters.
    m_editor->setTabChangesFocus(true);
    layout->addWidget(m_editor, 2);
    connect(m_undo->defaultAction(), &QAction::triggered, m_editor, &QPlainTextEdit::undo);
    connect(m_redo->defaultAction(), &QAction::triggered, m_editor, &QPlainTextEdit::redo);
    connect(m_editor, &QPlainTextEdit::undoAvailable, m_undo->defaultAction(),
            &QAction::setEnabled);
    connect(m_editor, &QPlainTextEdit::redoAvailable, m_redo->defaultAction(),
            &QAction::setEnabled);

    auto* actions = new QHBoxLayout;
    m_shared = new QCheckBox(tr("S&hared with the client"), this);
    m_shared->setObjectName(QStringLiteral("noteSharedCheck"));
    actions->addWidget(m_shared);
    actions->addStretch();
    m_resolve = new QPushButton(tr("Resolve &conflict\u2026"), this);
    m_resolve->setObjectName(QStringLiteral("noteResolveButton"));
    m_resolve->hide();
    actions->addWidget(m_resolve);
    m_sign = new QPushButton(tr("Si&gn and lock"), this);
    m_sign->setObjectName(QStringLiteral("noteSignButton"));
    actions->addWidget(m_sign);
    layout->addLayout(actions);

    m_amendmentsBox = new QGroupBox(tr("Amendments"), this);
    m_amendmentsBox->setObjectName(QStringLiteral("noteAmendmentsBox"));
    auto* amendLayout = new QVBoxLayout(m_amendmentsBox);
    m_amendments = new QPlainTextEdit(m_amendmentsBox);
    m_amendments->setObjectName(QStringLiteral("noteAmendmentsView"));
    m_amendments->setAccessibleName(tr("Amendments so far"));
    m_amendments->setReadOnly(true);
    amendLayout->addWidget(m_amendments);
    m_amendment = new QPlainTextEdit(m_amendmentsBox);
    m_amendment->setObjectName(QStringLiteral("noteAmendmentEdit"));
    m_amendment->setAccessibleName(tr("New amendment"));
    m_amendment->setPlaceholderText(tr("Write an amendment to the signed note"));
    m_amendment->setTabChangesFocus(true);
    amendLayout->addWidget(m_amendment);
    m_amend = new QPushButton(tr("&Add amendment"), m_amendmentsBox);
    m_amend->setObjectName(QStringLiteral("noteAmendButton"));
    amendLayout->addWidget(m_amend, 0, Qt::AlignRight);
    m_amendmentsBox->hide();
    layout->addWidget(m_amendmentsBox, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("noteCloseButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_shared, &QCheckBox::toggled, this, [this](bool shared) {
        if (!m_noteId.isEmpty()) {
            m_service->setShared(m_noteId, shared);
        }
    });
    connect(m_sign, &QPushButton::clicked, this, [this] {
        flushAutosave(); // store jobs run in order: the last text is saved before signing
        m_service->sign(m_noteId);
    });
    connect(m_amend, &QPushButton::clicked, this,
            [this] { m_service->amend(m_noteId, m_amendment->toPlainText()); });
    connect(m_resolve, &QPushButton::clicked, this, &NoteEditorDialog::resolveConflict);
    resize(720, 620);
}

void NoteEditorDialog::openNote(const QString& noteId)
{
    m_noteId = noteId;
    m_service->load(noteId);
}

void NoteEditorDialog::startNote(const QString& clientId, const QString& sessionId,
                                 const QString& format)
{
    m_service->create(clientId, sessionId, format,
                      format == QLatin1String("soap") ? SoapTemplate::emptyText() : QString());
}

void NoteEditorDialog::openForSession(const QString& clientId, const QString& sessionId)
{
    m_service->openForSession(clientId, sessionId, QStringLiteral("soap"),
                              SoapTemplate::emptyText());
}

void NoteEditorDialog::flushAutosave()
{
    m_autosave.stop();
    if (!m_loaded || m_note.isSigned || m_editor->toPlainText() == m_savedText) {
        return;
    }
    setStatus(tr("Saving\u2026"));
    m_service->saveText(m_noteId, m_editor->toPlainText());
}

void NoteEditorDialog::done(int result)
{
    flushAutosave();
    QDialog::done(result);
}

void NoteEditorDialog::showNote(const NoteRecord& note)
{
    if (m_noteId.isEmpty()) {
        m_noteId = note.id; // opened for a session: the first note this service loads
    }
    if (note.id != m_noteId) {
        return;
    }
    // Typing since the last save stays; otherwise the editor follows the stored text (a first
    // load, a resolution, a version pulled by sync).
    const QString shown = m_editor->toPlainText();
    const bool dirty = m_loaded && shown != m_savedText && shown != note.text;
    const int amendmentsBefore = static_cast<int>(m_note.amendments.size());
    m_note = note;
    m_savedText = note.text;
    m_loaded = true;
    if (!dirty && shown != note.text) {
        setEditorText(note.text);
    }
    m_heading->setText(note.format == QLatin1String("soap") ? tr("SOAP note")
                                                            : tr("Free-text note"));
    m_editor->setEnabled(true);
    m_editor->setReadOnly(note.isSigned);
    if (note.isSigned) {
        // A read-only editor still undoes on request: a signed note keeps no undo history, so
        // Undo cannot show text that differs from what was signed.
        m_editor->setUndoRedoEnabled(false);
        m_undo->defaultAction()->setEnabled(false);
        m_redo->defaultAction()->setEnabled(false);
    }
    {
        const QSignalBlocker blocker(m_shared);
        m_shared->setChecked(note.sharedWithClient);
    }
    // Signed by keyboard, the focused Sign button turns disabled: typing goes on in the amendment.
    const bool signHadFocus = m_sign->hasFocus();
    m_sign->setEnabled(!note.isSigned && !note.conflict);
    m_resolve->setVisible(note.conflict && !note.isSigned);
    m_amendmentsBox->setVisible(note.isSigned);
    if (note.isSigned && signHadFocus) {
        m_amendment->setFocus(Qt::OtherFocusReason);
    }
    m_amendments->setPlainText(amendmentsText(note));
    if (static_cast<int>(note.amendments.size()) > amendmentsBefore) {
        m_amendment->clear();
    }
    if (note.isSigned) {
        setStatus(tr("Signed and locked"));
    } else if (note.conflict) {
        setStatus(tr("Two versions conflict: resolve them before signing"));
    } else {
        setStatus(dirty ? tr("Unsaved changes") : tr("Saved"));
    }
    emit noteShown(note.id);
}

void NoteEditorDialog::setEditorText(const QString& text)
{
    m_settingText = true;
    m_editor->setPlainText(text);
    m_settingText = false;
}

void NoteEditorDialog::onTextEdited()
{
    if (m_settingText || !m_loaded || m_note.isSigned) {
        return;
    }
    setStatus(tr("Unsaved changes"));
    m_autosave.start();
}

void NoteEditorDialog::setStatus(const QString& text)
{
    m_status->setText(text);
}

void NoteEditorDialog::resolveConflict()
{
    auto* dialog = new NoteConflictDialog(m_note.text, m_note.conflictingTexts.value(0), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { m_service->resolve(m_noteId, dialog->resolvedText()); });
    dialog->open();
}

} // namespace fitflow::desktop
