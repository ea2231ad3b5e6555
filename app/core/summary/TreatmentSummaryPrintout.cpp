#include "core/summary/TreatmentSummaryPrintout.h"

#include "core/PrintedText.h"

#include <QGuiApplication>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

using namespace Qt::StringLiterals;

namespace nextsteps {

namespace {

const QString WriteHere = u"_______________________________________"_s;

void insertHeading(QTextCursor &cursor, qreal body, const QString &heading)
{
    cursor.insertBlock(PrintedText::paragraph(body), PrintedText::text(body));
    cursor.insertText(heading, PrintedText::text(body * 4 / 3, true));
}

// "Where it started: tongue", or a line to write on when nothing was written.
void insertField(QTextCursor &cursor, qreal body, const QString &label, const QString &value)
{
    cursor.insertBlock(PrintedText::paragraph(body / 3), PrintedText::text(body));
    cursor.insertText(TreatmentSummaryPrintout::tr("%1: ").arg(label),
                      PrintedText::text(body, true));
    const QString text = value.trimmed();
    cursor.insertText(text.isEmpty() ? WriteHere : text, PrintedText::text(body));
}

// What, and when under it; how it went; why it stopped. Three columns, so that no word (a drug's
// name, a month) is ever cut in two, even at large print.
QStringList fieldsOf(const Treatment &treatment)
{
    QString what = treatment.what.trimmed();
    const QString when = TreatmentSummaryPrintout::when(treatment);
    if (!when.isEmpty())
        what += (what.isEmpty() ? QString() : u"\n"_s) + when;
    return {what, treatment.howItWent.trimmed(),
            TreatmentSummary::reasonName(treatment.whyStopped.trimmed())};
}

void insertTreatments(QTextCursor &cursor, qreal body, const QList<Treatment> &treatments)
{
    QTextTableFormat format = PrintedText::ruledTable(body);
    // The treatment's name and its dates get the most room: a drug's name or a month is one
    // long word that must not be cut in two ("Pembrolizumab", "septiembre" at large print).
    format.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 40),
                                      QTextLength(QTextLength::PercentageLength, 30),
                                      QTextLength(QTextLength::PercentageLength, 30)});
    const QStringList headers = TreatmentSummaryPrintout::printedHeaders();
    const int blankRows = treatments.isEmpty() ? 4 : 1;
    QTextTable *table =
        cursor.insertTable(int(treatments.size()) + blankRows + 1, int(headers.size()), format);
    for (int column = 0; column < headers.size(); ++column)
        table->cellAt(0, column).firstCursorPosition().insertText(headers.at(column),
                                                                  PrintedText::text(body, true));
    for (int row = 0; row < treatments.size(); ++row) {
        const QStringList fields = fieldsOf(treatments.at(row));
        for (int column = 0; column < fields.size(); ++column)
            table->cellAt(row + 1, column)
                .firstCursorPosition()
                .insertText(fields.at(column), PrintedText::text(body));
    }
    for (int row = 0; row < blankRows; ++row) {
        QTextCursor cell = table->cellAt(int(treatments.size()) + 1 + row, 0).firstCursorPosition();
        cell.insertText(u" "_s, PrintedText::text(body * 3 / 2)); // room to write
    }
    cursor.movePosition(QTextCursor::End);
}

} // namespace

QString TreatmentSummaryPrintout::title()
{
    return tr("My cancer and treatments");
}

QString TreatmentSummaryPrintout::nameLabel()
{
    return tr("My name");
}

QString TreatmentSummaryPrintout::startedLabel()
{
    return tr("Where the cancer started");
}

QString TreatmentSummaryPrintout::foundLabel()
{
    return tr("When it was found");
}

QString TreatmentSummaryPrintout::spreadLabel()
{
    return tr("Where it has spread or come back");
}

QString TreatmentSummaryPrintout::hpvLabel()
{
    return tr("HPV or p16 test");
}

QString TreatmentSummaryPrintout::pdl1Label()
{
    return tr("PD-L1 test (CPS)");
}

QString TreatmentSummaryPrintout::otherTestsLabel()
{
    return tr("Other tumor tests");
}

QString TreatmentSummaryPrintout::sideEffectsLabel()
{
    return tr("Major side effects");
}

QString TreatmentSummaryPrintout::allergiesLabel()
{
    return tr("Allergies");
}

QString TreatmentSummaryPrintout::dailyLifeLabel()
{
    return tr("What I can do in a day");
}

QStringList TreatmentSummaryPrintout::treatmentHeaders()
{
    return {tr("Treatment"), tr("From"), tr("To"), tr("How it went"), tr("Why it stopped")};
}

QStringList TreatmentSummaryPrintout::printedHeaders()
{
    return {tr("Treatment and when"), tr("How it went"), tr("Why it stopped")};
}

QString TreatmentSummaryPrintout::when(const Treatment &treatment)
{
    const QString from = treatment.from.trimmed();
    const QString to = treatment.to.trimmed();
    if (!from.isEmpty() && !to.isEmpty())
        return tr("from %1 to %2").arg(from, to);
    if (!from.isEmpty())
        return tr("from %1").arg(from);
    if (!to.isEmpty())
        return tr("until %1").arg(to);
    return {};
}

QString TreatmentSummaryPrintout::describe(const Treatment &treatment)
{
    QString text = treatment.what.trimmed();
    const QString when = TreatmentSummaryPrintout::when(treatment);
    if (!when.isEmpty())
        text = text.isEmpty() ? when : tr("%1, %2").arg(text, when);
    return text;
}

std::unique_ptr<QTextDocument> TreatmentSummaryPrintout::build(const TreatmentSummary &summary,
                                                               qreal body)
{
    auto document = std::make_unique<QTextDocument>();
    QFont base = QGuiApplication::font();
    base.setPointSizeF(body);
    document->setDefaultFont(base);
    QTextCursor cursor(document.get());
    cursor.setBlockFormat(PrintedText::paragraph(0));
    cursor.insertText(title(), PrintedText::text(body * 5 / 3, true));
    insertField(cursor, body, nameLabel(), summary.name);

    insertHeading(cursor, body, tr("My cancer"));
    insertField(cursor, body, startedLabel(), summary.started);
    insertField(cursor, body, foundLabel(), summary.found);
    insertField(cursor, body, spreadLabel(), summary.spread);

    insertHeading(cursor, body, tr("Tumor tests"));
    insertField(cursor, body, hpvLabel(), TreatmentSummary::hpvName(summary.hpv));
    insertField(cursor, body, pdl1Label(), summary.pdl1);
    insertField(cursor, body, otherTestsLabel(), summary.otherTests);

    insertHeading(cursor, body, tr("Treatments"));
    insertTreatments(cursor, body, summary.treatments);

    insertHeading(cursor, body, tr("How I am now"));
    insertField(cursor, body, sideEffectsLabel(), summary.sideEffects);
    insertField(cursor, body, allergiesLabel(), summary.allergies);
    insertField(cursor, body, dailyLifeLabel(), summary.dailyLife);
    return document;
}

QString TreatmentSummaryPrintout::toPlainText(const TreatmentSummary &summary)
{
    QStringList lines{title(), QString()};
    const auto field = [&lines](const QString &label, const QString &value) {
        lines << tr("%1: ").arg(label) + value.trimmed();
    };
    field(nameLabel(), summary.name);
    lines << QString() << tr("My cancer");
    field(startedLabel(), summary.started);
    field(foundLabel(), summary.found);
    field(spreadLabel(), summary.spread);
    lines << QString() << tr("Tumor tests");
    field(hpvLabel(), TreatmentSummary::hpvName(summary.hpv));
    field(pdl1Label(), summary.pdl1);
    field(otherTestsLabel(), summary.otherTests);
    lines << QString() << tr("Treatments");
    const QStringList headers = treatmentHeaders();
    for (const Treatment &treatment : summary.treatments) {
        lines << u"- "_s + describe(treatment);
        if (!treatment.howItWent.trimmed().isEmpty())
            lines << u"  "_s + tr("%1: ").arg(headers.at(3)) + treatment.howItWent.trimmed();
        if (!treatment.whyStopped.trimmed().isEmpty())
            lines << u"  "_s + tr("%1: ").arg(headers.at(4)) +
                         TreatmentSummary::reasonName(treatment.whyStopped.trimmed());
    }
    lines << QString() << tr("How I am now");
    field(sideEffectsLabel(), summary.sideEffects);
    field(allergiesLabel(), summary.allergies);
    field(dailyLifeLabel(), summary.dailyLife);
    return lines.join(u'\n') + u'\n';
}

} // namespace nextsteps
