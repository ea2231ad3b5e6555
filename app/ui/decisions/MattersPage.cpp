#include "ui/decisions/MattersPage.h"

#include "core/checklist/ChecklistFormat.h"
#include "core/checklist/QuestionIndex.h"
#include "core/decisions/DecisionsPrintout.h"
#include "ui/widgets/DialogSize.h"
#include "ui/widgets/Placeholder.h"
#include "ui/widgets/WheelOnlyWhenFocused.h"
#include "ui/widgets/WrappingLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nextsteps {

namespace {

enum Column { NameColumn, MeColumn, PartnerColumn, ComparisonColumn, RemoveColumn };

QString partnerWho(const QString &name)
{
    return name.trimmed().isEmpty() ? MattersPage::tr("the one beside me") : name.trimmed();
}

} // namespace

MattersPage::MattersPage(const WhatMatters &matters, bool readOnly, QWidget *parent)
    : QWidget(parent), m_readOnly(readOnly)
{
    setObjectName(u"mattersPage"_s);
    auto *intro = new WrappingLabel(
        tr("How much does each of these matter to you now? There are no right answers, and "
           "they can change. Add anything else that matters to you."),
        this);
    m_forTwo = new QCheckBox(tr("Someone &beside me rates these too"), this);
    m_forTwo->setObjectName(u"forTwo"_s);
    m_forTwo->setChecked(matters.hasPartner());
    m_partner = new QLineEdit(matters.partnerName, this);
    m_partner->setObjectName(u"partnerName"_s);
    m_partner->setAccessibleName(tr("Who rates beside me"));
    setPlaceholder(m_partner, tr("For example: Ana, my daughter"), tr("Such as: Ana"));
    auto *partnerRow = new QFormLayout;
    partnerRow->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    partnerRow->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_partnerLabel = new QLabel(tr("Their &name:"), this);
    m_partnerLabel->setBuddy(m_partner);
    partnerRow->addRow(m_partnerLabel, m_partner);

    // The ratings beside the names they rate, not across the page from them; at large text each
    // name on a line of its own, its ratings under it, so that nothing runs off the side.
    m_stacked = DialogSize::zoom() >= 175;
    m_grid = new QGridLayout;
    m_grid->setColumnStretch(column(RemoveColumn) + 1, 1);
    auto *whatHeader = new QLabel(tr("What matters"), this);
    auto *meHeader = new QLabel(tr("To me"), this);
    m_partnerHeader = new QLabel(this);
    m_comparisonHeader = new QLabel(tr("Same or different"), this);
    for (QLabel *header : {whatHeader, meHeader, m_partnerHeader, m_comparisonHeader}) {
        QFont bold = header->font();
        bold.setBold(true);
        header->setFont(bold);
    }
    if (m_stacked)
        whatHeader->hide();
    else
        m_grid->addWidget(whatHeader, 0, NameColumn);
    m_grid->addWidget(meHeader, 0, column(MeColumn));
    m_grid->addWidget(m_partnerHeader, 0, column(PartnerColumn));
    m_grid->addWidget(m_comparisonHeader, 0, column(ComparisonColumn));
    for (const MattersItem &item : matters.items)
        addRow(item);

    m_own = new QLineEdit(this);
    m_own->setObjectName(u"ownMatters"_s);
    m_own->setAccessibleName(tr("Something else that matters to me"));
    setPlaceholder(m_own, tr("For example: being at my grandson’s wedding in June"),
                   tr("Such as: a wedding"));
    auto *add = new QPushButton(tr("&Add"), this);
    add->setObjectName(u"addOwnMatters"_s);
    add->setAutoDefault(false);
    connect(add, &QPushButton::clicked, this, [this] {
        if (addOwn())
            m_rows.last().me->setFocus(Qt::OtherFocusReason);
    });
    // Enter adds what was typed, and never closes the dialog (its default button is OK).
    m_own->installEventFilter(this);
    m_addOwn = add;
    auto *ownLabel = new QLabel(tr("Something &else:"), this);
    ownLabel->setBuddy(m_own);
    auto *ownRow = new QHBoxLayout;
    ownRow->addWidget(ownLabel);
    ownRow->addWidget(m_own, 1);
    ownRow->addWidget(add);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_forTwo);
    layout->addLayout(partnerRow);
    layout->addLayout(m_grid);
    layout->addLayout(ownRow);
    layout->addStretch(1);

    connect(m_forTwo, &QCheckBox::toggled, this, [this] {
        showPartner();
        Q_EMIT changed();
    });
    connect(m_partner, &QLineEdit::textChanged, this, [this] {
        showPartner();
        Q_EMIT changed();
    });
    if (readOnly) {
        m_forTwo->setEnabled(false);
        m_partner->setReadOnly(true);
        m_own->setReadOnly(true);
        add->setEnabled(false);
    }
    showPartner();
    setFocusProxy(m_forTwo);
}

bool MattersPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_own && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            m_addOwn->click();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

int MattersPage::column(int which) const
{
    return m_stacked ? which - 1 : which;
}

QComboBox *MattersPage::ratingBox(int level, const QString &accessibleName)
{
    auto *box = new QComboBox(this);
    box->addItem(tr("Not rated"));
    for (int value = 1; value <= WhatMatters::MostOfAll; ++value)
        box->addItem(WhatMatters::levelName(value), value);
    box->setCurrentIndex(level);
    // Never narrower than its longest answer, at any text size.
    int longest = 0;
    for (int item = 0; item < box->count(); ++item)
        longest = std::max(longest, int(box->itemText(item).size()));
    box->setMinimumContentsLength(longest);
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setAccessibleName(accessibleName);
    box->setEnabled(!m_readOnly);
    wheelOnlyWhenFocused(box);
    return box;
}

void MattersPage::addRow(const MattersItem &item)
{
    const int row = int(m_rows.size());
    const int gridRow = m_stacked ? 2 + row * 2 : row + 1;
    Row made;
    made.item = item;
    const QString name = WhatMatters::nameOf(item);
    made.name = new WrappingLabel(name, this);
    made.me = ratingBox(item.me, tr("%1: how much it matters to me").arg(name));
    made.me->setObjectName(u"rateMe%1"_s.arg(row));
    made.name->setBuddy(made.me);
    made.partner = ratingBox(item.partner, QString());
    made.partner->setObjectName(u"ratePartner%1"_s.arg(row));
    made.comparison = new QLabel(this);
    if (m_stacked)
        m_grid->addWidget(made.name, gridRow - 1, 0, 1, column(RemoveColumn) + 2);
    else
        m_grid->addWidget(made.name, gridRow, NameColumn);
    m_grid->addWidget(made.me, gridRow, column(MeColumn));
    m_grid->addWidget(made.partner, gridRow, column(PartnerColumn));
    m_grid->addWidget(made.comparison, gridRow, column(ComparisonColumn));
    if (item.id.isEmpty()) {
        made.remove = new QPushButton(tr("Remove"), this);
        made.remove->setAccessibleName(tr("Remove “%1”").arg(name));
        made.remove->setAutoDefault(false);
        made.remove->setEnabled(!m_readOnly);
        m_grid->addWidget(made.remove, gridRow, column(RemoveColumn));
        connect(made.remove, &QPushButton::clicked, this, [this, remove = made.remove] {
            for (int at = 0; at < m_rows.size(); ++at) {
                if (m_rows.at(at).remove == remove) {
                    removeRow(at);
                    return;
                }
            }
        });
    }
    // Shown now, not at the layout's next turn: an own thing's rating takes the focus at once.
    made.name->show();
    made.me->show();
    if (made.remove)
        made.remove->show();
    m_rows.append(made);
    // Either rating of the row: its "same or different" again (the row is found when it
    // changes: rows move up when one above is removed).
    for (QComboBox *box : {made.me, made.partner}) {
        connect(box, &QComboBox::currentIndexChanged, this, [this, box] {
            for (int at = 0; at < m_rows.size(); ++at) {
                if (m_rows.at(at).me == box || m_rows.at(at).partner == box)
                    compare(at);
            }
            Q_EMIT changed();
        });
    }
    showPartner();
}

void MattersPage::removeRow(int row)
{
    // The rows below move up: the grid is laid out again from the items.
    const WhatMatters kept = [&] {
        WhatMatters now = matters();
        now.items.removeAt(row);
        return now;
    }();
    for (const Row &each : std::as_const(m_rows)) {
        for (QWidget *widget :
             {static_cast<QWidget *>(each.name), static_cast<QWidget *>(each.me),
              static_cast<QWidget *>(each.partner), static_cast<QWidget *>(each.comparison),
              static_cast<QWidget *>(each.remove)}) {
            if (widget) {
                m_grid->removeWidget(widget);
                widget->deleteLater();
            }
        }
    }
    m_rows.clear();
    for (const MattersItem &item : kept.items)
        addRow(item);
    const int focus = std::min(row, int(m_rows.size()) - 1);
    if (focus >= 0)
        m_rows.at(focus).me->setFocus(Qt::OtherFocusReason);
    Q_EMIT changed();
}

bool MattersPage::addOwn()
{
    const QString words = ChecklistFormat::cleanText(m_own->text()).trimmed();
    if (m_readOnly || words.isEmpty())
        return false;
    for (const Row &row : std::as_const(m_rows)) {
        if (QuestionIndex::key(WhatMatters::nameOf(row.item)) == QuestionIndex::key(words)) {
            row.me->setFocus(Qt::OtherFocusReason);
            m_own->clear();
            return false;
        }
    }
    addRow({QString(), words, 0, 0});
    m_own->clear();
    Q_EMIT changed();
    return true;
}

void MattersPage::showPartner()
{
    const bool on = m_forTwo->isChecked();
    const QString who = partnerWho(m_partner->text());
    m_partner->setVisible(on);
    m_partnerLabel->setVisible(on);
    m_partnerHeader->setText(tr("To %1").arg(who));
    m_partnerHeader->setVisible(on);
    m_comparisonHeader->setVisible(on);
    for (int row = 0; row < m_rows.size(); ++row) {
        const Row &each = m_rows.at(row);
        each.partner->setVisible(on);
        each.partner->setAccessibleName(
            tr("%1: how much it matters to %2").arg(WhatMatters::nameOf(each.item), who));
        compare(row);
    }
}

void MattersPage::compare(int row)
{
    const Row &each = m_rows.at(row);
    const int me = each.me->currentIndex();
    const int partner = each.partner->currentIndex();
    const bool shown = m_forTwo->isChecked() && me > 0 && partner > 0;
    each.comparison->setVisible(shown);
    each.comparison->setText(
        shown ? (me == partner ? DecisionsPrintout::same() : DecisionsPrintout::different())
              : QString());
}

QComboBox *MattersPage::myBox(int row) const
{
    return m_rows.value(row).me;
}

QComboBox *MattersPage::partnerBox(int row) const
{
    return m_rows.value(row).partner;
}

QLabel *MattersPage::comparisonLabel(int row) const
{
    return m_rows.value(row).comparison;
}

WhatMatters MattersPage::matters() const
{
    WhatMatters matters;
    matters.items.clear();
    const bool forTwo = m_forTwo->isChecked();
    for (const Row &row : m_rows) {
        MattersItem item = row.item;
        item.me = row.me->currentIndex();
        item.partner = forTwo ? row.partner->currentIndex() : 0;
        matters.items << item;
    }
    matters.partnerName =
        forTwo ? ChecklistFormat::cleanText(m_partner->text()).trimmed() : QString();
    return matters;
}

} // namespace nextsteps
