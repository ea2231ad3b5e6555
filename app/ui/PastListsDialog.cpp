#include "PastListsDialog.h"

#include "ChecklistPrintout.h"
#include "WrappingLabel.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nextsteps {

PastListsDialog::PastListsDialog(const QList<ArchivedList> &archive, QWidget *parent)
    : QDialog(parent), m_archive(archive)
{
    setObjectName(u"pastListsDialog"_s);
    setWindowTitle(tr("Past Lists"));
    resize(720, 480);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"pastListsList"_s);
    m_list->setAccessibleName(tr("Past lists"));
    for (const ArchivedList &list : m_archive) {
        const QString put =
            QLocale().toString(list.archivedAt.toLocalTime().date(), QLocale::LongFormat);
        QString label = tr("Put away %1").arg(put);
        if (!list.visit.describe().isEmpty())
            label += u'\n' + list.visit.describe();
        label += u'\n' + tr("%n question(s)", nullptr, int(list.items.size()));
        new QListWidgetItem(label, m_list);
    }
    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(u"pastListPreview"_s);
    m_preview->setAccessibleName(tr("The chosen past list"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restore = buttons->addButton(tr("&Bring Back This List"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(u"restoreListButton"_s);
    m_restore->setEnabled(false);
    m_print = buttons->addButton(tr("&Print or Save…"), QDialogButtonBox::ActionRole);
    m_print->setObjectName(u"printPastListButton"_s);
    m_print->setToolTip(tr("See the chosen list's pages, then print it or save it as a PDF"));
    m_print->setEnabled(false);
    connect(m_print, &QPushButton::clicked, this, [this] {
        const int index = chosenIndex();
        if (index >= 0 && index < m_archive.size())
            Q_EMIT printRequested(m_archive.at(index));
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *empty =
        new WrappingLabel(tr("There are no past lists yet. When you choose “Start a New List”, "
                             "the list you had is kept here."),
                          this);
    empty->setVisible(m_archive.isEmpty());

    auto *panes = new QHBoxLayout;
    panes->addWidget(m_list, 1);
    panes->addWidget(m_preview, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(empty);
    layout->addLayout(panes, 1);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &PastListsDialog::showPreview);
    if (!m_archive.isEmpty())
        m_list->setCurrentRow(0);
}

int PastListsDialog::chosenIndex() const
{
    return m_list->currentRow();
}

void PastListsDialog::showPreview(int index)
{
    m_restore->setEnabled(index >= 0);
    m_print->setEnabled(index >= 0);
    if (index < 0 || index >= m_archive.size()) {
        m_preview->clear();
        return;
    }
    const ArchivedList &list = m_archive.at(index);
    m_preview->setPlainText(ChecklistPrintout::toPlainText(list.toChecklist()));
}

} // namespace nextsteps
