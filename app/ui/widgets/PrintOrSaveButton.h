#pragma once

#include <QCoreApplication>

#include <functional>

class QDialogButtonBox;
class QPushButton;

namespace nextsteps {

// A dialog's "Print or Save" button: a menu of Print Preview, Print, Save as PDF and Save as
// Text, opened at the dialog's text size. chosen gets what was picked (a Way). The button's own
// words come from the dialog, whose other keys its Alt letter must not repeat.
class PrintOrSaveButton
{
    Q_DECLARE_TR_FUNCTIONS(nextsteps::PrintOrSaveButton)

public:
    enum Way { Preview, Print, Pdf, Text };
    static QPushButton *add(QDialogButtonBox *buttons, const QString &text,
                            const std::function<void(Way)> &chosen);
};

} // namespace nextsteps
