#pragma once

#include <QObject>

#include <memory>

class QTextDocument;
class QWidget;

namespace nextsteps {

class ChecklistModel;

// File > Print Preview, Print, Export as PDF, Export as Text; and the same for a topic.
class PrintController : public QObject
{
    Q_OBJECT

public:
    PrintController(ChecklistModel *model, QWidget *window);

public Q_SLOTS:
    void printPreview();
    void print();
    void exportPdf();
    void exportText();

public:
    void printTopic(std::unique_ptr<QTextDocument> document, const QString &title);
    void exportTopicPdf(std::unique_ptr<QTextDocument> document, const QString &title);

Q_SIGNALS:
    void message(const QString &text);

private:
    QString askForFile(const QString &title, const QString &name, const QString &filter);
    void exportDocumentPdf(std::unique_ptr<QTextDocument> document, const QString &title,
                           const QString &dialogTitle);

    ChecklistModel *m_model;
    QWidget *m_window;
};

} // namespace nextsteps
