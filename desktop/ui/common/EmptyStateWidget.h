#pragma once
// What a page shows when it has nothing to list yet: an icon, a short heading and one sentence
// that tells the user what will appear here. Colours come from the palette.

#include <QWidget>

class QLabel;

namespace fitflow::desktop {

class EmptyStateWidget : public QWidget {
    Q_OBJECT

public:
    EmptyStateWidget(const QString& iconPath, const QString& heading, const QString& explanation,
                     QWidget* parent = nullptr);

    QString heading() const;

private:
    QLabel* m_headingLabel = nullptr;
};

} // namespace fitflow::desktop
