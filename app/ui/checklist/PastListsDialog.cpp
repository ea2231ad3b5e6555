#include "ui/checklist/PastListsDialog.h"

#include "core/print/ChecklistPrintout.h"

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
    resize(760, 520);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"pastListsList"_s);
    m_list->setAccessibleName(tr("Past lists"));
    m_list->setWordWrap(true);
    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(u"pastListPreview"_s);
    m_preview->setAccessibleName(tr("The chosen past list"));

    // One button per thing to do with the chosen list, in a column beside the list: a row of
    // seven would not fit at a large text size.
    auto *actions = new QVBoxLayout;
    auto addButton = [this, actions](const QString &name, const QString &text, const QString &tip,
                                     auto slot) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(name);
        button->setToolTip(tip);
        button->setEnabled(false);
        connect(button, &QPushButton::clicked, this, slot);
        actions->addWidget(button);
        m_forChosen << button;
        return button;
    };
    auto output = [this](Output how) {
        const int index = chosenIndex();
        if (index < 0 || index >= m_archive.size())
            return;
        Q_EMIT outputRequested(m_archive.at(index), how);
    };
    addButton(u"printPastListButton"_s, tr("&Print or Preview…"),
              tr("See the chosen list's pages, then print it or save it as a PDF"),
              [output] { output(Output::Preview); });
    addButton(u"pdfPastListButton"_s, tr("Save as PD&F…"), tr("Save the chosen list as a PDF"),
              [output] { output(Output::Pdf); });
    addButton(u"textPastListButton"_s, tr("Save as &Text…"),
              tr("Save the chosen list as plain text, to paste into an email or a patient portal"),
              [output] { output(Output::Text); });
    m_changing << addButton(
        u"copyPastListButton"_s, tr("C&opy Questions to My List"),
        tr("Add the chosen list's questions to the list you have open, not yet asked"), [this] {
            if (chosenIndex() >= 0)
                Q_EMIT copyRequested(chosenIndex());
        });
    m_changing << addButton(u"deletePastListButton"_s, tr("&Delete This List…"),
                            tr("Delete the chosen past list. You are asked first."), [this] {
                                if (chosenIndex() >= 0)
                                    Q_EMIT deleteRequested(chosenIndex());
                            });
    m_changing << addButton(u"restoreListButton"_s, tr("&Bring Back This List"),
                            tr("Open the chosen list again. The list you have open is kept here."),
                            [this] { accept(); });
    actions->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_empty = new QLabel(tr("There are no past lists yet. When you choose “Start a New List”, "
                            "the list you had is kept here."),
                         this);
    m_empty->setWordWrap(true);
    m_empty->setObjectName(u"noPastLists"_s);

    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    auto *panes = new QHBoxLayout;
    panes->addLayout(left, 2);
    panes->addWidget(m_preview, 3);
    panes->addLayout(actions);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addLayout(panes, 1);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &PastListsDialog::showPreview);
    fillList();
}

QString PastListsDialog::nameOf(const ArchivedList &list)
{
    const QDate date =
        list.visit.date.isValid() ? list.visit.date : list.archivedAt.toLocalTime().date();
    const QString when = QLocale().toString(date, QLocale::LongFormat);
    const QString who = list.visit.with.trimmed();
    return who.isEmpty() ? when : tr("%1, with %2").arg(when, who);
}

ChecklistData PastListsDialog::asList(const ArchivedList &list)
{
    return list.toChecklist();
}

void PastListsDialog::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    showPreview(chosenIndex());
}

void PastListsDialog::setArchive(const QList<ArchivedList> &archive)
{
    const int row = chosenIndex();
    m_archive = archive;
    fillList();
    if (!m_archive.isEmpty())
        m_list->setCurrentRow(std::clamp(row, 0, int(m_archive.size()) - 1));
}

void PastListsDialog::fillList()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const ArchivedList &list : std::as_const(m_archive)) {
        const QString label =
            nameOf(list) + u'\n' + tr("%n question(s)", nullptr, int(list.items.size()));
        new QListWidgetItem(label, m_list);
    }
    m_empty->setVisible(m_archive.isEmpty());
    if (!m_archive.isEmpty())
        m_list->setCurrentRow(0);
    showPreview(m_list->currentRow());
}

int PastListsDialog::chosenIndex() const
{
    return m_list->currentRow();
}

void PastListsDialog::showPreview(int index)
{
    const bool valid = index >= 0 && index < m_archive.size();
    for (QPushButton *button : std::as_const(m_forChosen))
        button->setEnabled(valid && !(m_readOnly && m_changing.contains(button)));
    if (!valid) {
        m_preview->clear();
        return;
    }
    const ArchivedList &list = m_archive.at(index);
    m_preview->setPlainText(ChecklistPrintout::toPlainText(list.toChecklist()));
}

} // namespace nextsteps
