#include "ui/summary/TreatmentSummaryDialog.h"

#include "core/checklist/ChecklistFormat.h"
#include "core/summary/TreatmentSummaryPrintout.h"
#include "ui/summary/TreatmentDialog.h"
#include "ui/widgets/Ask.h"
#include "ui/widgets/DialogSize.h"
#include "ui/widgets/FlowLayout.h"
#include "ui/widgets/LinesTall.h"
#include "ui/widgets/Placeholder.h"
#include "ui/widgets/PrintOrSaveButton.h"
#include "ui/widgets/WrappingLabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nextsteps {

namespace {

QString clean(const QString &text)
{
    return ChecklistFormat::cleanText(text).trimmed();
}

// The treatments: four rows in view at any text size; the list scrolls, not the dialog.
class RowsTall : public QListWidget
{
public:
    using QListWidget::QListWidget;
    QSize sizeHint() const override
    {
        return {QListWidget::sizeHint().width(),
                fontMetrics().lineSpacing() * 9 / 2 + frameWidth() * 2};
    }
    QSize minimumSizeHint() const override { return sizeHint(); }
};

QPlainTextEdit *textBox(const QString &text, const QString &name, QWidget *parent)
{
    auto *box = new LinesTall(text, 3, parent);
    box->setObjectName(name);
    return box;
}

} // namespace

TreatmentSummaryDialog::TreatmentSummaryDialog(
    const TreatmentSummary &summary, bool readOnly,
    const std::function<QString(const QString &)> &define, QWidget *parent)
    : QDialog(parent), m_original(summary), m_treatments(summary.treatments), m_readOnly(readOnly)
{
    setObjectName(u"treatmentSummaryDialog"_s);
    setWindowTitle(tr("My Cancer and Treatments"));
    auto *intro = new WrappingLabel(
        tr("Clinical trials and second opinions ask for the same facts each time. Write them "
           "here once, in your own words, and print them to take along. Your care team can "
           "tell you what your tests showed. Leave out anything you do not know."),
        this);
    const auto line = [this](const QString &text, const QString &name) {
        auto *edit = new QLineEdit(text, this);
        edit->setObjectName(name);
        return edit;
    };
    m_name = line(summary.name, u"summaryName"_s);
    m_started = line(summary.started, u"summaryStarted"_s);
    setPlaceholder(m_started, tr("For example: tongue, tonsil, voice box"), tr("Such as: tongue"));
    m_found = line(summary.found, u"summaryFound"_s);
    setPlaceholder(m_found, tr("For example: March 2024"), tr("Such as: March 2024"));
    m_spread = line(summary.spread, u"summarySpread"_s);
    setPlaceholder(m_spread, tr("For example: lymph nodes in the neck, lungs"),
                   tr("Such as: lungs"));
    m_hpv = new QComboBox(this);
    m_hpv->setObjectName(u"summaryHpv"_s);
    m_hpv->setEditable(true);
    m_hpv->setInsertPolicy(QComboBox::NoInsert);
    m_hpv->addItem(QString());
    for (const QString &result : TreatmentSummary::hpvResults())
        m_hpv->addItem(TreatmentSummary::hpvName(result), result);
    const int known = m_hpv->findData(summary.hpv);
    if (known > 0)
        m_hpv->setCurrentIndex(known);
    else
        m_hpv->setCurrentText(summary.hpv);
    m_pdl1 = line(summary.pdl1, u"summaryPdl1"_s);
    setPlaceholder(m_pdl1, tr("For example: CPS 20"), tr("Such as: CPS 20"));
    m_otherTests = line(summary.otherTests, u"summaryOtherTests"_s);
    m_sideEffects = textBox(summary.sideEffects, u"summarySideEffects"_s, this);
    m_allergies = line(summary.allergies, u"summaryAllergies"_s);
    setPlaceholder(m_allergies, tr("Medicines, foods or anything else; or “none”"),
                   tr("Such as: none"));
    m_dailyLife = textBox(summary.dailyLife, u"summaryDailyLife"_s, this);

    m_name->setAccessibleName(TreatmentSummaryPrintout::nameLabel());
    m_started->setAccessibleName(TreatmentSummaryPrintout::startedLabel());
    m_found->setAccessibleName(TreatmentSummaryPrintout::foundLabel());
    m_spread->setAccessibleName(TreatmentSummaryPrintout::spreadLabel());
    m_hpv->setAccessibleName(TreatmentSummaryPrintout::hpvLabel());
    m_pdl1->setAccessibleName(TreatmentSummaryPrintout::pdl1Label());
    m_otherTests->setAccessibleName(TreatmentSummaryPrintout::otherTestsLabel());
    m_sideEffects->setAccessibleName(TreatmentSummaryPrintout::sideEffectsLabel());
    m_allergies->setAccessibleName(TreatmentSummaryPrintout::allergiesLabel());
    m_dailyLife->setAccessibleName(TreatmentSummaryPrintout::dailyLifeLabel());

    // What a test means, from the guide's glossary, under its field (and told to screen
    // readers with the field).
    const auto explain = [this, &define](QWidget *field, const QString &term) {
        const QString definition = define ? define(term) : QString();
        if (!definition.isEmpty())
            field->setAccessibleDescription(definition);
        return definition.isEmpty() ? nullptr : new WrappingLabel(definition, this);
    };
    const auto wrap =
        DialogSize::zoom() >= 150 ? QFormLayout::WrapAllRows : QFormLayout::WrapLongRows;

    auto *cancer = new QFormLayout;
    cancer->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    cancer->setRowWrapPolicy(wrap);
    cancer->addRow(tr("My &name:"), m_name);
    cancer->addRow(tr("Where the cancer &started:"), m_started);
    cancer->addRow(tr("When it was &found:"), m_found);
    cancer->addRow(tr("Where it has spread or come &back:"), m_spread);
    auto *tests = new QFormLayout;
    tests->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    tests->setRowWrapPolicy(wrap);
    tests->addRow(tr("&HPV or p16 test:"), m_hpv);
    if (QWidget *note = explain(m_hpv, u"hpv"_s))
        tests->addRow(QString(), note);
    tests->addRow(tr("PD-&L1 test (CPS):"), m_pdl1);
    if (QWidget *note = explain(m_pdl1, u"pd-l1"_s))
        tests->addRow(QString(), note);
    tests->addRow(tr("Other tumor &tests:"), m_otherTests);
    auto *now = new QFormLayout;
    now->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    now->setRowWrapPolicy(QFormLayout::WrapAllRows);
    now->addRow(tr("Major side &effects:"), m_sideEffects);
    now->addRow(tr("Alle&rgies:"), m_allergies);
    now->addRow(tr("What I can do in a &day, in my own words:"), m_dailyLife);
    auto *dayHint = new WrappingLabel(
        tr("Trials ask how much you can do. For example: “I am up most of the day and walk to "
           "the store, but I rest after lunch.”"),
        this);
    m_dailyLife->setAccessibleDescription(dayHint->text());
    now->addRow(QString(), dayHint);

    const auto group = [this](const QString &title, QLayout *contents) {
        auto *box = new QGroupBox(title, this);
        box->setLayout(contents);
        return box;
    };
    auto *buttons = new QDialogButtonBox(this);
    if (!readOnly) // (a hidden button would be shown again as the next one is added)
        buttons->addButton(QDialogButtonBox::Ok)->setObjectName(u"keepSummary"_s);
    buttons->addButton(readOnly ? QDialogButtonBox::Close : QDialogButtonBox::Cancel);
    PrintOrSaveButton::add(buttons, tr("&Print or Save"), [this](PrintOrSaveButton::Way way) {
        done(Preview + way);
    })->setObjectName(u"summaryOutput"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(group(tr("My cancer"), cancer));
    layout->addWidget(group(tr("Tumor tests"), tests));
    layout->addWidget(makeTreatments());
    layout->addWidget(group(tr("How I am now"), now));
    layout->addWidget(buttons);

    if (readOnly) {
        for (QLineEdit *edit : findChildren<QLineEdit *>())
            edit->setReadOnly(true);
        m_sideEffects->setReadOnly(true);
        m_dailyLife->setReadOnly(true);
        m_hpv->setEnabled(false);
    }
    showTreatments(m_treatments.isEmpty() ? -1 : 0);
}

QWidget *TreatmentSummaryDialog::makeTreatments()
{
    auto *box = new QGroupBox(tr("Treatments"), this);
    m_treatmentList = new RowsTall(box);
    m_treatmentList->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_treatmentList->setObjectName(u"summaryTreatments"_s);
    m_treatmentList->setAccessibleName(tr("Treatments"));
    m_treatmentList->setWordWrap(true);
    m_add = new QPushButton(tr("&Add a Treatment…"), box);
    m_add->setObjectName(u"addTreatment"_s);
    m_edit = new QPushButton(tr("Chan&ge…"), box);
    m_edit->setObjectName(u"editTreatment"_s);
    m_remove = new QPushButton(tr("Remo&ve"), box);
    m_remove->setObjectName(u"removeTreatment"_s);
    m_up = new QPushButton(tr("Move &Up"), box);
    m_down = new QPushButton(tr("Move Do&wn"), box);
    connect(m_add, &QPushButton::clicked, this, &TreatmentSummaryDialog::addTreatment);
    connect(m_edit, &QPushButton::clicked, this, &TreatmentSummaryDialog::editTreatment);
    connect(m_remove, &QPushButton::clicked, this, &TreatmentSummaryDialog::removeTreatment);
    connect(m_up, &QPushButton::clicked, this, [this] { moveTreatment(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveTreatment(1); });
    connect(m_treatmentList, &QListWidget::currentRowChanged, this,
            &TreatmentSummaryDialog::updateButtons);
    connect(m_treatmentList, &QListWidget::itemActivated, this,
            &TreatmentSummaryDialog::editTreatment);
    auto *row = new FlowLayout;
    for (QPushButton *button : {m_add, m_edit, m_remove, m_up, m_down}) {
        button->setAutoDefault(false);
        row->addWidget(button);
    }
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_treatmentList);
    layout->addLayout(row);
    return box;
}

void TreatmentSummaryDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    QTimer::singleShot(0, this, [this] { m_name->setFocus(Qt::OtherFocusReason); });
}

void TreatmentSummaryDialog::showTreatments(int current)
{
    m_treatmentList->clear();
    for (const Treatment &treatment : std::as_const(m_treatments))
        m_treatmentList->addItem(TreatmentSummaryPrintout::describe(treatment));
    if (m_treatments.isEmpty())
        m_treatmentList->addItem(tr("No treatments written down yet."));
    m_treatmentList->setCurrentRow(m_treatments.isEmpty() ? -1 : current);
    updateButtons();
}

void TreatmentSummaryDialog::updateButtons()
{
    const int row = m_treatments.isEmpty() ? -1 : m_treatmentList->currentRow();
    m_add->setEnabled(!m_readOnly);
    m_edit->setEnabled(!m_readOnly && row >= 0);
    m_remove->setEnabled(!m_readOnly && row >= 0);
    m_up->setEnabled(!m_readOnly && row > 0);
    m_down->setEnabled(!m_readOnly && row >= 0 && row < m_treatments.size() - 1);
}

void TreatmentSummaryDialog::addTreatment()
{
    if (m_readOnly)
        return;
    TreatmentDialog dialog({}, this);
    if (Ask::exec(&dialog) != QDialog::Accepted)
        return;
    m_treatments.append(dialog.treatment());
    showTreatments(int(m_treatments.size()) - 1);
    m_treatmentList->setFocus(Qt::OtherFocusReason);
}

void TreatmentSummaryDialog::editTreatment()
{
    const int row = m_treatmentList->currentRow();
    if (m_readOnly || row < 0 || row >= m_treatments.size())
        return;
    TreatmentDialog dialog(m_treatments.at(row), this);
    if (Ask::exec(&dialog) != QDialog::Accepted)
        return;
    m_treatments[row] = dialog.treatment();
    showTreatments(row);
    m_treatmentList->setFocus(Qt::OtherFocusReason);
}

void TreatmentSummaryDialog::removeTreatment()
{
    const int row = m_treatmentList->currentRow();
    if (m_readOnly || row < 0 || row >= m_treatments.size())
        return;
    m_treatments.removeAt(row);
    showTreatments(std::min(row, int(m_treatments.size()) - 1));
    m_treatmentList->setFocus(Qt::OtherFocusReason);
}

void TreatmentSummaryDialog::moveTreatment(int step)
{
    const int row = m_treatmentList->currentRow();
    const int to = row + step;
    if (m_readOnly || row < 0 || to < 0 || to >= m_treatments.size())
        return;
    m_treatments.move(row, to);
    showTreatments(to);
    m_treatmentList->setFocus(Qt::OtherFocusReason);
}

TreatmentSummary TreatmentSummaryDialog::summary() const
{
    TreatmentSummary summary;
    summary.name = clean(m_name->text());
    summary.started = clean(m_started->text());
    summary.found = clean(m_found->text());
    summary.spread = clean(m_spread->text());
    // An offered result is kept by its key, so it prints in the language of the day.
    const int offered = m_hpv->findText(m_hpv->currentText(), Qt::MatchFixedString);
    summary.hpv = offered > 0 ? m_hpv->itemData(offered).toString() : clean(m_hpv->currentText());
    summary.pdl1 = clean(m_pdl1->text());
    summary.otherTests = clean(m_otherTests->text());
    summary.treatments = m_treatments;
    summary.sideEffects = clean(m_sideEffects->toPlainText());
    summary.allergies = clean(m_allergies->text());
    summary.dailyLife = clean(m_dailyLife->toPlainText());
    return summary;
}

void TreatmentSummaryDialog::done(int result)
{
    if (result == QDialog::Rejected && !m_readOnly && summary() != m_original) {
        const Ask::Answer answer = Ask::keepChanges(
            this, windowTitle(),
            tr("You changed what you wrote about your cancer and treatments. Keep the changes?"));
        if (answer == Ask::Answer::Cancel)
            return;
        if (answer == Ask::Answer::KeepMine)
            result = QDialog::Accepted;
    }
    QDialog::done(result);
}

} // namespace nextsteps
