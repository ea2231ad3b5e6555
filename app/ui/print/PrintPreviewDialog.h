#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QPrintPreviewWidget;
class QPrinter;

namespace nextsteps {

// The pages as they will print, at a readable size (fit to the window's width), with every
// choice a button the keyboard reaches: Print… (Ctrl+P), Save as PDF…, Large print, zoom, Close.
// The pages are painted by whoever handles paintRequested, for the printer given.
class PrintPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    PrintPreviewDialog(QPrinter *printer, const QString &title, bool largePrint,
                       QWidget *parent = nullptr);

    QPrintPreviewWidget *view() const { return m_view; }
    int currentPage() const;
    int pageCount() const;
    bool largePrint() const;

Q_SIGNALS:
    void paintRequested(QPrinter *printer);
    void printRequested();
    void savePdfRequested();
    void largePrintChanged(bool on);

private:
    void showPage(int page);
    void updatePageLabel();

    QPrintPreviewWidget *m_view;
    QLabel *m_pageLabel;
    QCheckBox *m_largePrint;
};

} // namespace nextsteps
