#pragma once

#include "core/checklist/ChecklistModel.h"

#include <QDialog>

class QLabel;
class QTextBrowser;
class QUrl;

namespace nextsteps {

class RecordListEditor;

// Help > My Care Team: who to call, with each phone number a tel: link (a computer with a phone
// app dials it), and the list to fill in below. The same list prints at the top of the
// questions.
class CareTeamDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CareTeamDialog(ChecklistModel *model, QWidget *parent = nullptr);

    QTextBrowser *numbers() const { return m_numbers; }
    RecordListEditor *editor() const { return m_editor; }
    // The contacts as HTML, each number a tel: link ("tel:+15550100").
    static QString numbersHtml(const QList<CareContact> &team);
    static QUrl telUrl(const QString &number);

private:
    void updateNumbers();
    void call(const QUrl &url);

    ChecklistModel *m_model;
    QTextBrowser *m_numbers;
    QLabel *m_status;
    RecordListEditor *m_editor;
};

} // namespace nextsteps
