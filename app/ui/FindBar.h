#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTextEdit;
class QToolButton;

namespace nextsteps {

// Find in page: highlights every match, and moves between them with F3 and Shift+F3.
class FindBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(QTextEdit *editor, QWidget *parent = nullptr);

    QLineEdit *field() const { return m_field; }
    int matchCount() const { return m_matchCount; }

public Q_SLOTS:
    void activate();
    void setQuery(const QString &text);
    void findNext();
    void findPrevious();
    void close();
    // The page changed: highlight again if a search is open.
    void refresh();

Q_SIGNALS:
    void message(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QLabel *m_label = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QToolButton *m_close = nullptr;
    void highlightAll();
    void find(bool backward);

    QTextEdit *m_editor;
    QLineEdit *m_field;
    QLabel *m_count;
    int m_matchCount = 0;
};

} // namespace nextsteps
