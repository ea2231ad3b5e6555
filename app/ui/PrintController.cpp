#include "PrintController.h"

#include "ChecklistDocument.h"
#include "ChecklistModel.h"
#include "ChecklistStore.h"
#include "PagedPrinter.h"

#include <QDir>
#include <QFileDialog>
#include <QLocale>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace nextsteps {

namespace {
void preparePrinter(QPrinter *printer, const QString &title)
{
    printer->setPageSize(PagedPrinter::defaultPageSize(QLocale()));
    printer->setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
    printer->setDocName(title);
}
} // namespace

PrintController::PrintController(ChecklistModel *model, QWidget *window)
    : QObject(window), m_model(model), m_window(window)
{}

QString PrintController::askForFile(const QString &title, const QString &name,
                                    const QString &filter)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(m_window, title, QDir(folder).filePath(name), filter);
}

void PrintController::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(&printer, ChecklistDocument::title());
    QPrintPreviewDialog preview(&printer, m_window);
    preview.setWindowTitle(tr("Print Preview: Questions for my doctor"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *target) {
        auto document = ChecklistDocument::build(m_model->checklist());
        PagedPrinter::print(document.get(), target, ChecklistDocument::title());
    });
    preview.exec();
}

void PrintController::print()
{
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(&printer, ChecklistDocument::title());
    QPrintDialog dialog(&printer, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto document = ChecklistDocument::build(m_model->checklist());
    const auto result = PagedPrinter::print(document.get(), &printer, ChecklistDocument::title());
    Q_EMIT message(result.ok ? tr("Your list was sent to the printer.")
                             : tr("Printing did not work: %1").arg(result.error));
}

void PrintController::exportPdf()
{
    exportDocumentPdf(ChecklistDocument::build(m_model->checklist()), ChecklistDocument::title(),
                      tr("Export as PDF"));
}

void PrintController::exportDocumentPdf(std::unique_ptr<QTextDocument> document,
                                        const QString &title, const QString &dialogTitle)
{
    const QString path = askForFile(dialogTitle, title + u".pdf"_s, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const auto result = PagedPrinter::exportPdf(document.get(), path, title,
                                                PagedPrinter::defaultPageSize(QLocale()));
    Q_EMIT message(result.ok ? tr("Saved the PDF as %1.").arg(QDir::toNativeSeparators(path))
                             : tr("The PDF could not be saved: %1").arg(result.error));
}

void PrintController::exportText()
{
    const QString path = askForFile(tr("Export as Text"), tr("Questions for my doctor") + u".txt"_s,
                                    tr("Text files (*.txt)"));
    if (path.isEmpty())
        return;
    QString error;
    const bool ok = ChecklistStore::writeText(
        path, ChecklistDocument::toPlainText(m_model->checklist()), &error);
    Q_EMIT message(ok ? tr("Saved the text as %1.").arg(QDir::toNativeSeparators(path))
                      : tr("The text could not be saved: %1").arg(error));
}

void PrintController::printTopic(std::unique_ptr<QTextDocument> document, const QString &title)
{
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(&printer, title);
    QPrintPreviewDialog preview(&printer, m_window);
    preview.setWindowTitle(tr("Print Preview: %1").arg(title));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&document, &title](QPrinter *target) {
                PagedPrinter::print(document.get(), target, title);
            });
    preview.exec();
}

void PrintController::exportTopicPdf(std::unique_ptr<QTextDocument> document, const QString &title)
{
    exportDocumentPdf(std::move(document), title, tr("Export Topic as PDF"));
}

} // namespace nextsteps
