#pragma once

#include <QLabel>

namespace fc {

/**
 * The protective marking, drawn as a red banner. The window shows it at the top and in the
 * status bar so that it stays visible whatever docks are moved; exports carry it too.
 */
class MarkingBanner : public QLabel
{
    Q_OBJECT
public:
    explicit MarkingBanner(QWidget *parent = nullptr);

    static QString marking();
};

} // namespace fc
