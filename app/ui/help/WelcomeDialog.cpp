#include "ui/help/WelcomeDialog.h"

#include "ui/widgets/UiFonts.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nextsteps {

WelcomeDialog::WelcomeDialog(const QString &checklistPath, QWidget *parent) : QDialog(parent)
{
    setObjectName(u"welcomeDialog"_s);
    setWindowTitle(tr("Welcome to Next Steps"));
    auto *text = new QLabel(this);
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    text->setText(
        u"<h2>"_s + tr("Welcome") + u"</h2><p>"_s +
        tr("This guide helps you learn about your next steps and get ready to talk with your "
           "doctor.") +
        u"</p><p>"_s +
        tr("It is for learning. It is not medical advice, and it was not checked by a doctor. "
           "Your care team knows you and your health best.") +
        u"</p><p>"_s + tr("Your list of questions is saved only on this computer, here:") +
        u"<br><b>"_s + QDir::toNativeSeparators(checklistPath).toHtmlEscaped() + u"</b></p><p>"_s +
        tr("Nothing is sent anywhere.") + u"</p>"_s);
    // A screen reader reads the words, not the markup.
    text->setAccessibleName(QTextDocumentFragment::fromHtml(text->text()).toPlainText());
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *start = buttons->addButton(tr("&Start Reading"), QDialogButtonBox::AcceptRole);
    start->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(buttons);
    setFont(comfortableFont(100));
    setMinimumWidth(560);
}

} // namespace nextsteps
