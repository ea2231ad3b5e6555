#pragma once

#include <QWidget>

class QStandardItemModel;
class QScrollArea;
class QTableView;

namespace nextsteps {

// The options side by side: a table a person reads across (one choice beside another) and down
// (what it is, what it may offer, what it may take, what no one can know yet, questions to ask),
// with real row and column headers for screen readers; what the guide says about choices not
// being either/or above it, and its sources below. Nothing here says which to choose.
class OptionsPage : public QWidget
{
    Q_OBJECT

public:
    OptionsPage(const QString &language, bool readOnly, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QStandardItemModel *model() const { return m_model; }
    // The choice (column) the focus is on, as its id.
    QString currentOption() const;

Q_SIGNALS:
    void questionsRequested(const QStringList &questions);
    void topicRequested(const QString &topicId);
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void fitColumns();
    // A key in the table that reads on through a long cell instead of moving: true when used.
    bool readOn(int key);
    // The page's scrolled view in the dialog (none when shown on its own).
    QScrollArea *scrollArea() const;

    QString m_language;
    QStandardItemModel *m_model;
    QTableView *m_table;
};

} // namespace nextsteps
