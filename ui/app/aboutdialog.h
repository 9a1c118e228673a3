#pragma once

#include <QDialog>

namespace fc {

/** Help > About: version, handling and the credits the data licences require. */
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    /** The credit lines (also used by tests and the export footer if wanted). */
    static QStringList credits();
};

} // namespace fc
