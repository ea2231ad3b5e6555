#pragma once

#include <QDialog>

namespace nextsteps {

// Shown once, on the first start: what the app is, that it is not medical advice, and where
// the list is kept.
class WelcomeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit WelcomeDialog(const QString &checklistPath, QWidget *parent = nullptr);
};

} // namespace nextsteps
