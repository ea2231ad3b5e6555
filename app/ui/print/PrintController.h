#pragma once

#include "core/checklist/ChecklistData.h"
#include "core/print/PagedPrinter.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QAction;
class QPrinter;
class QTextDocument;
class QWidget;

namespace nextsteps {

class ChecklistModel;

// Something to print: a title for the pages' header and a way to build its pages at a body text
// size (regular or large print), and its plain text for Save as Text where it has one.
struct Printable
{
    QString title;
    std::function<std::unique_ptr<QTextDocument>(qreal bodyPointSize)> build;
    QString plainText;
};

// Print…, Print Preview, Save as PDF… and Save as Text… for the list, a past list or a topic,
// with a Large Print choice that is remembered.
class PrintController : public QObject
{
    Q_OBJECT

public:
    PrintController(ChecklistModel *model, QWidget *window);

    QAction *largePrintAction() const { return m_largePrint; }
    // Whether the list's printout ends with the medicines on a page of their own (remembered).
    QAction *medicinesPageAction() const { return m_medicinesPage; }
    qreal bodyPointSize() const;

    Printable currentList() const;
    // Pages another room adds after the list's own in the visit printout (How I've been, What
    // matters to me), and their plain text: the root adds them, in the order printed; each is
    // asked at the time of printing.
    void addExtraPages(std::function<void(QTextDocument *, qreal bodyPointSize)> append,
                       std::function<QString()> text)
    {
        m_extraPages.append({std::move(append), std::move(text)});
    }
    static Printable list(const ChecklistData &data, bool medicinesPage = true);
    static Printable topic(const QString &markdown, const QString &title);

    // Sets the texts of the actions again, in the language now installed.
    void retranslate();

    void preview(const Printable &what);
    void print(const Printable &what);
    void savePdf(const Printable &what);
    void saveText(const Printable &what);
    // The wallet card's first words, when another room has something staff must see first
    // ("I BREATHE THROUGH MY NECK"); asked each time the card is made.
    void setWalletCardAlert(std::function<QString()> alert) { m_walletAlert = std::move(alert); }
    QString walletAlert() const { return m_walletAlert ? m_walletAlert() : QString(); }
    // The immunotherapy wallet card, printed at true size or saved as a PDF.
    void printWalletCard();
    void saveWalletCardPdf();

public Q_SLOTS:
    void previewList() { preview(currentList()); }
    void printList() { print(currentList()); }
    void savePdfList() { savePdf(currentList()); }
    void saveTextList() { saveText(currentList()); }

Q_SIGNALS:
    void message(const QString &text);
    // Something the person asked for did not happen: shown where it cannot be missed.
    void problem(const QString &text);

private:
    void reportPdf(const PagedPrinter::Result &result, const QString &path);
    QString askForFile(const QString &title, const QString &name, const QString &filter,
                       const QString &suffix);
    bool printTo(QPrinter *printer, const Printable &what);

    ChecklistModel *m_model;
    QWidget *m_window;
    QAction *m_largePrint;
    QAction *m_medicinesPage;
    struct ExtraPages
    {
        std::function<void(QTextDocument *, qreal)> append;
        std::function<QString()> text;
    };
    QList<ExtraPages> m_extraPages;
    std::function<QString()> m_walletAlert;
};

} // namespace nextsteps
