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
    // Compact (at large text sizes): no label beside the field; the field says what it is
    // while it is empty.
    void setCompact(bool compact);

Q_SIGNALS:
    void message(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void startOver();
    void retranslateUi();
    QLabel *m_label = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QToolButton *m_close = nullptr;
    void highlightAll();
    void updateCount();
    void showMatches();
    void find(bool backward);

    QTextEdit *m_editor;
    QLineEdit *m_field;
    QLabel *m_count;
    QStringList m_terms;
    QList<QTextCursor> m_matches;
    int m_current = -1;
    bool m_compact = false;
};

} // namespace nextsteps
