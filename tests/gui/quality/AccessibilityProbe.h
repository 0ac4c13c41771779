#pragma once
// What the accessibility test asks of a window, as small free functions: which widgets a user
// operates, what a screen reader would call them, which shortcuts are live together, and what a
// menu really draws. Kept apart from the test so the screenshot test can reuse the widget walk.

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QCalendarWidget>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProxyStyle>
#include <QRadioButton>
#include <QScrollBar>
#include <QStyleOptionMenuItem>
#include <QTextEdit>

#include <map>

namespace fitflow::desktop::testing {

// Qt's own internal children (menu-bar extension button, table corner button, the line edit
// inside a spin box or combo box) are named or reached through their owner, not on their own.
inline bool isQtInternal(const QWidget* widget)
{
    const QWidget* parent = widget->parentWidget();
    return widget->objectName().startsWith(QLatin1String("qt_")) ||
           qobject_cast<const QHeaderView*>(widget) || qobject_cast<const QScrollBar*>(widget) ||
           qobject_cast<const QAbstractItemView*>(parent) ||
           qobject_cast<const QAbstractSpinBox*>(parent) ||
           qobject_cast<const QComboBox*>(parent) ||
           (parent && parent->inherits("QCalendarWidget"));
}

// A control a user types into, clicks or moves through with the keyboard: Qt's input widgets,
// and our own custom-painted ones that take keyboard focus (the calendar grid).
inline bool isInteractive(const QWidget* widget)
{
    const bool ownFocusable = !QLatin1String(widget->metaObject()->className()).startsWith(u'Q') &&
                              (widget->focusPolicy() & Qt::TabFocus);
    return (qobject_cast<const QAbstractButton*>(widget) ||
            qobject_cast<const QLineEdit*>(widget) || qobject_cast<const QComboBox*>(widget) ||
            qobject_cast<const QAbstractSpinBox*>(widget) ||
            qobject_cast<const QAbstractItemView*>(widget) ||
            qobject_cast<const QTextEdit*>(widget) || qobject_cast<const QPlainTextEdit*>(widget) ||
            ownFocusable) &&
           !isQtInternal(widget);
}

// The visible interactive widgets inside `root` (root included), in creation order.
inline QList<QWidget*> visibleControls(QWidget* root)
{
    QList<QWidget*> found;
    QList<QWidget*> candidates = root->findChildren<QWidget*>();
    candidates.prepend(root);
    for (QWidget* widget : std::as_const(candidates)) {
        if (isInteractive(widget) && widget->isVisible()) {
            found.append(widget);
        }
    }
    return found;
}

// The name a screen reader announces: the accessible name, else the control's own text, else
// the text of the label that is its buddy (what Qt's accessibility bridge computes).
inline QString spokenName(QWidget* widget)
{
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
}

// "page/ClassName#objectName", to name offenders in failure messages and the allow-list.
inline QString describe(const QString& page, const QWidget* widget)
{
    return QStringLiteral("%1/%2#%3")
        .arg(page, QLatin1String(widget->metaObject()->className()), widget->objectName());
}

// A radio button of an exclusive group takes Tab focus only while checked (arrow keys move
// within the group), so an unchecked one is not expected on the Tab path.
inline bool expectsTabStop(const QWidget* widget)
{
    if (!(widget->focusPolicy() & Qt::TabFocus) || !widget->isEnabled()) {
        return false;
    }
    const auto* radio = qobject_cast<const QRadioButton*>(widget);
    return !radio || !radio->autoExclusive() || radio->isChecked();
}

// The Alt+letter a text with an '&' gives ("Sess&ion note" -> "Alt+I"); empty without one.
inline QString acceleratorOf(const QString& text)
{
    const QKeySequence key = QKeySequence::mnemonic(text);
    return key.isEmpty() ? QString() : key.toString(QKeySequence::PortableText);
}

// Every accelerator live in `root` while it is shown, as "Alt+X" -> texts: buttons' and group
// boxes' own, and those of labels that hand focus to a buddy.
inline void collectAccelerators(QWidget* root, std::map<QString, QStringList>& byKey)
{
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        if (!widget->isVisible()) {
            continue;
        }
        QString text;
        if (const auto* button = qobject_cast<const QAbstractButton*>(widget)) {
            text = button->text();
        } else if (const auto* label = qobject_cast<const QLabel*>(widget);
                   label && label->buddy()) {
            text = label->text();
        } else if (const auto* box = qobject_cast<const QGroupBox*>(widget)) {
            text = box->title();
        }
        if (const QString key = acceleratorOf(text); !key.isEmpty()) {
            byKey[key].append(QString(text).remove(u'&'));
        }
    }
}

// The accelerators that several texts claim, one line each ("Alt+L -> Lock after, Session ...").
inline QStringList clashingAccelerators(const QString& where,
                                        const std::map<QString, QStringList>& byKey)
{
    QStringList clashes;
    for (const auto& [key, texts] : byKey) {
        if (texts.size() > 1) {
            clashes.append(
                QStringLiteral("%1: %2 -> %3").arg(where, key, texts.join(QStringLiteral(", "))));
        }
    }
    return clashes;
}

// Records the text of every menu item the style is asked to draw: that is what the user sees,
// including the shortcut column (Qt appends it after a tab when the shortcut is shown).
class MenuTextRecorder : public QProxyStyle {
public:
    void drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
                     const QWidget* widget) const override
    {
        if (element == CE_MenuItem) {
            if (const auto* item = qstyleoption_cast<const QStyleOptionMenuItem*>(option)) {
                m_drawn.append(item->text);
            }
        }
        QProxyStyle::drawControl(element, option, painter, widget);
    }
    QStringList takeDrawn() { return std::exchange(m_drawn, {}); }

private:
    mutable QStringList m_drawn;
};

} // namespace fitflow::desktop::testing
