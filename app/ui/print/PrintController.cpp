#include "ui/print/PrintController.h"

#include "core/PrivateFile.h"

#include "core/checklist/ChecklistModel.h"
#include "core/checklist/ChecklistStore.h"
#include "core/print/ChecklistPrintout.h"
#include "core/print/PagedPrinter.h"
#include "core/print/WalletCard.h"
#include "ui/print/PrintPreviewDialog.h"
#include "ui/widgets/Ask.h"

#include <QAction>
#include <QDir>
#include <QLocale>
#include <QPrintDialog>
#include <QPrinter>
#include <QSettings>
#include <QStandardPaths>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace nextsteps {

namespace {
const auto LargePrintKey = u"print/largePrint"_s;
const auto MedicinesPageKey = u"print/medicinesPage"_s;

// A real printer keeps its own paper (what is in its tray); only the PDF export picks Letter or
// A4 by region.
void preparePrinter(QPrinter *printer, const QString &title)
{
    printer->setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
    printer->setDocName(title);
}

// A file name people can read and type: no characters that some systems refuse.
QString fileNameFor(const QString &title)
{
    QString name = title;
    for (QChar &c : name) {
        if (u"\\/:*?\"<>|"_s.contains(c))
            c = u'-';
    }
    return name;
}
} // namespace

PrintController::PrintController(ChecklistModel *model, QWidget *window)
    : QObject(window), m_model(model), m_window(window)
{
    m_largePrint = new QAction(this);
    m_largePrint->setObjectName(u"largePrint"_s);
    m_largePrint->setCheckable(true);
    m_largePrint->setChecked(QSettings().value(LargePrintKey, false).toBool());
    connect(m_largePrint, &QAction::toggled, this,
            [](bool on) { QSettings().setValue(LargePrintKey, on); });
    m_medicinesPage = new QAction(this);
    m_medicinesPage->setObjectName(u"printMedicinesPage"_s);
    m_medicinesPage->setCheckable(true);
    m_medicinesPage->setChecked(QSettings().value(MedicinesPageKey, true).toBool());
    connect(m_medicinesPage, &QAction::toggled, this,
            [](bool on) { QSettings().setValue(MedicinesPageKey, on); });
    retranslate();
}

void PrintController::retranslate()
{
    m_largePrint->setText(tr("Lar&ge Print"));
    m_largePrint->setToolTip(tr("Print with bigger letters (16 point)"));
    m_medicinesPage->setText(tr("Print My &Medicines on Their Own Page"));
}

qreal PrintController::bodyPointSize() const
{
    return m_largePrint->isChecked() ? PagedPrinter::LargeBodyPointSize
                                     : PagedPrinter::BodyPointSize;
}

Printable PrintController::currentList() const
{
    Printable printable = list(m_model->checklist(), m_medicinesPage->isChecked());
    for (const ExtraPages &extra : m_extraPages) {
        const auto build = printable.build;
        const auto append = extra.append;
        printable.build = [build, append](qreal size) {
            std::unique_ptr<QTextDocument> document = build(size);
            append(document.get(), size);
            return document;
        };
        const QString more = extra.text ? extra.text() : QString();
        if (!more.isEmpty())
            printable.plainText += u'\n' + more;
    }
    return printable;
}

Printable PrintController::list(const ChecklistData &data, bool medicinesPage)
{
    return {ChecklistPrintout::title(),
            [data, medicinesPage](qreal size) {
                return ChecklistPrintout::build(data, size, medicinesPage);
            },
            ChecklistPrintout::toPlainText(data)};
}

Printable PrintController::topic(const QString &markdown, const QString &title)
{
    return {title,
            [markdown](qreal size) { return PagedPrinter::markdownDocument(markdown, size); },
            {}};
}

QString PrintController::askForFile(const QString &title, const QString &name,
                                    const QString &filter, const QString &suffix)
{
    const QDir documents(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    return Ask::saveFileName(m_window, title, documents.filePath(fileNameFor(name) + u'.' + suffix),
                             filter, suffix, &PrivateFile::exportRefusal);
}

bool PrintController::printTo(QPrinter *printer, const Printable &what)
{
    auto document = what.build(bodyPointSize());
    const auto result = PagedPrinter::print(document.get(), printer, what.title);
    if (!result.ok)
        Q_EMIT problem(tr("Printing did not work: %1").arg(result.error));
    return result.ok;
}

void PrintController::preview(const Printable &what)
{
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(&printer, what.title);
    PrintPreviewDialog dialog(&printer, what.title, m_largePrint->isChecked(), m_window);
    connect(&dialog, &PrintPreviewDialog::paintRequested, this,
            [this, &what](QPrinter *target) { printTo(target, what); });
    connect(&dialog, &PrintPreviewDialog::largePrintChanged, m_largePrint, &QAction::setChecked);
    connect(&dialog, &PrintPreviewDialog::printRequested, this, [this, &what, &dialog] {
        print(what);
        dialog.accept();
    });
    connect(&dialog, &PrintPreviewDialog::savePdfRequested, this, [this, &what] { savePdf(what); });
    Ask::exec(&dialog);
}

void PrintController::print(const Printable &what)
{
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(&printer, what.title);
    QPrintDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print: %1").arg(what.title));
    if (Ask::exec(&dialog) != QDialog::Accepted)
        return;
    const QString file = printer.outputFileName();
    if (!file.isEmpty()) {
        // "Print to File": written as every export is (never over the list, private, whole),
        // not by Qt's print engine straight into the file.
        auto document = what.build(bodyPointSize());
        reportPdf(PagedPrinter::exportPdf(document.get(), file, what.title,
                                          printer.pageLayout().pageSize()),
                  file);
        return;
    }
    if (printTo(&printer, what))
        Q_EMIT message(tr("“%1” was sent to the printer.").arg(what.title));
}

void PrintController::reportPdf(const PagedPrinter::Result &result, const QString &path)
{
    if (result.ok)
        Q_EMIT message(tr("Saved the PDF as %1.").arg(QDir::toNativeSeparators(path)));
    else
        Q_EMIT problem(tr("The PDF could not be saved. %1").arg(result.error));
}

void PrintController::savePdf(const Printable &what)
{
    const QString path =
        askForFile(tr("Save as PDF"), what.title, tr("PDF files (*.pdf)"), u"pdf"_s);
    if (path.isEmpty())
        return;
    auto document = what.build(bodyPointSize());
    reportPdf(PagedPrinter::exportPdf(document.get(), path, what.title,
                                      PagedPrinter::defaultPageSize(QLocale())),
              path);
}

void PrintController::saveText(const Printable &what)
{
    const QString path =
        askForFile(tr("Save as Text"), what.title, tr("Text files (*.txt)"), u"txt"_s);
    if (path.isEmpty())
        return;
    QString error;
    if (ChecklistStore::writeText(path, what.plainText, &error))
        Q_EMIT message(tr("Saved the text as %1.").arg(QDir::toNativeSeparators(path)));
    else
        Q_EMIT problem(tr("The text could not be saved. %1").arg(error));
}

void PrintController::printWalletCard()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(WalletCard::title());
    QPrintDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print: %1").arg(WalletCard::title()));
    if (Ask::exec(&dialog) != QDialog::Accepted)
        return;
    QString error;
    const QString file = printer.outputFileName();
    if (!file.isEmpty()) {
        // "Print to File", as in print(): the careful writer, never Qt's engine into the file.
        PagedPrinter::Result result;
        result.ok = WalletCard::exportPdf(m_model->checklist(), file,
                                          printer.pageLayout().pageSize(), &error, walletAlert());
        result.error = error;
        reportPdf(result, file);
        return;
    }
    if (WalletCard::print(m_model->checklist(), &printer, &error, walletAlert()))
        Q_EMIT message(tr("“%1” was sent to the printer. Print at 100%, not “fit to page”, so "
                          "the card is the size of a credit card.")
                           .arg(WalletCard::title()));
    else
        Q_EMIT problem(tr("Printing did not work: %1").arg(error));
}

void PrintController::saveWalletCardPdf()
{
    const QString path =
        askForFile(tr("Save as PDF"), WalletCard::title(), tr("PDF files (*.pdf)"), u"pdf"_s);
    if (path.isEmpty())
        return;
    QString error;
    PagedPrinter::Result result;
    result.ok =
        WalletCard::exportPdf(m_model->checklist(), path, PagedPrinter::defaultPageSize(QLocale()),
                              &error, walletAlert());
    result.error = error;
    reportPdf(result, path);
}

} // namespace nextsteps
