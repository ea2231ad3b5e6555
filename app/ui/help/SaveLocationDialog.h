#pragma once

#include <QDialog>

namespace nextsteps {

// Help > Where Is My List Saved?: the path, and a button that opens the folder.
class SaveLocationDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SaveLocationDialog(const QString &path, QWidget *parent = nullptr);
};

} // namespace nextsteps
