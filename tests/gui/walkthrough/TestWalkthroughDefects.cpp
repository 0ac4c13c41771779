// More defects the keyboard-only walkthrough of issue 6 found (session 7, fixed by engineer W8),
// each checked the way a user meets it, by object name against a real encrypted store:
// - the note dialog offered Alt+R for both "Redo" and "Resolve conflict...".

#include "desktop/ui/notes/NoteEditorDialog.h"
#include "tests/gui/GuiTestSupport.h"
#include "tests/gui/clients/ClientsTestStore.h"
#include "tests/gui/quality/AccessibilityProbe.h"

#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QLabel>
#include <QTest>
#include <QToolButton>

#include <map>

using namespace fitflow;
using namespace fitflow::desktop;
using fitflow::desktop::testing::ClientsTestStore;

class TestWalkthroughDefects : public QObject {
    Q_OBJECT

private slots:
    void noteDialogNeverRepeatsAnAccelerator()
    {
        ClientsTestStore store;
        QVERIFY(store.open());
        NoteEditorDialog editor(store.context());
        editor.show();
        // Every button, box and buddy label the dialog can show, also those shown only in some
        // states (Resolve conflict for a conflicting note, the amendments of a signed one).
        std::map<QString, QStringList> byKey;
        int texts = 0;
        for (QWidget* widget : editor.findChildren<QWidget*>()) {
            QString text;
            if (const auto* tool = qobject_cast<const QToolButton*>(widget);
                tool && tool->defaultAction()) {
                // A tool button shows its action's text without the '&' (Qt's icon text), but
                // the action's text is the accelerator the dialog declares (and translators see).
                text = tool->defaultAction()->text();
            } else if (const auto* button = qobject_cast<const QAbstractButton*>(widget)) {
                text = button->text();
            } else if (const auto* label = qobject_cast<const QLabel*>(widget);
                       label && label->buddy()) {
                text = label->text();
            } else if (const auto* box = qobject_cast<const QGroupBox*>(widget)) {
                text = box->title();
            }
            if (const QString key = testing::acceleratorOf(text); !key.isEmpty()) {
                byKey[key].append(QString(text).remove(u'&'));
                ++texts;
            }
        }
        QVERIFY(texts >= 6); // Undo, Redo, Shared, Resolve, Sign, Add amendment
        const QStringList clashes = testing::clashingAccelerators(QStringLiteral("note"), byKey);
        QVERIFY2(clashes.isEmpty(),
                 qPrintable(QStringLiteral("one Alt+letter for several controls:\n  ") +
                            clashes.join(QStringLiteral("\n  "))));
    }
};

QTEST_MAIN(TestWalkthroughDefects)
#include "TestWalkthroughDefects.moc"
