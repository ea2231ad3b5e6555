#include "ui/checklist/NewListDialog.h"

#include "ui/widgets/WrappingLabel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nextsteps {

NewListDialog::NewListDialog(const QString &listName, int unasked, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"newListDialog"_s);
    setWindowTitle(tr("Start a New List"));
    auto *text = new WrappingLabel(
        tr("Your list for %1 will be kept in File > Past Lists, where you can read it, print it "
           "or bring it back. The new list starts empty, without visit details.")
            .arg(listName),
        this);
    text->setObjectName(u"newListText"_s);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_carryOver =
        new QCheckBox(tr("&Take along the %n question(s) not asked yet", nullptr, unasked), this);
    m_carryOver->setObjectName(u"carryOverBox"_s);
    m_carryOver->setChecked(unasked > 0);
    m_carryOver->setVisible(unasked > 0);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *start = buttons->addButton(tr("&Start a New List"), QDialogButtonBox::AcceptRole);
    start->setObjectName(u"startNewListButton"_s);
    start->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_carryOver);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

bool NewListDialog::carryOver() const
{
    return m_carryOver->isChecked();
}

} // namespace nextsteps
