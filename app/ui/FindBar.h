#pragma once

#include <QList>
#include <QStringList>
#include <QTextCursor>
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
    int matchCount() const { return int(m_matches.size()); }
    // Which match is selected, from 0; -1 before the first move.
    int currentMatch() const { return m_current; }

public Q_SLOTS:
    void activate();
    // Finds the text as typed.
    void setQuery(const QString &text);
    // Highlights the words a search of the guide found, each as a whole word, and goes to the
    // first.
    void showTerms(const QStringList &terms);
    void findNext();
    void findPrevious();
    void close();
    // The page changed: highlight again if a search is open.
    void refresh();

Q_SIGNALS:
    void message(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void startOver();
    void highlightAll();
    void updateCount();
    void find(bool backward);

    QTextEdit *m_editor;
    QLineEdit *m_field;
    QLabel *m_count;
    QStringList m_terms;
    QList<QTextCursor> m_matches;
    int m_current = -1;
};

} // namespace nextsteps
