#pragma once

#include "core/decisions/DecisionsPrintout.h"

#include <QDialog>

#include <functional>

class QLabel;
class QTabWidget;

namespace nextsteps {

class MattersPage;
class OptionsPage;
class StandPage;
class WishesPage;

// File > Thinking It Through…: four pages a person can move between (Ctrl+Tab, or Alt and the
// page's letter): the options side by side, what matters most to me, where I stand, my wishes.
// OK keeps what was written (the window makes it one undo step); Print or Save puts "What
// matters to me" and "My wishes", as written now, on paper or in a file, the dialog staying open.
// Questions go to the list at once, through addQuestions (which says how many were added). Cancel
// with changes asks first. A list that is read-only here shows everything without changing it.
class ThinkingDialog : public QDialog
{
    Q_OBJECT

public:
    // exec() results beside Accepted and Rejected: the guide's topic asked for (topic()), what
    // was written kept first.
    enum Result { ShowTopic = 2 };
    // Print or Save: what is written now, on paper or in a file; the dialog stays open.
    enum Output { Preview, Print, SavePdf, SaveText };
    enum Page { OptionsTab, MattersTab, StandTab, WishesTab };

    ThinkingDialog(const DecisionsPrintout::Content &content, bool readOnly,
                   std::function<int(const QStringList &)> addQuestions, QWidget *parent = nullptr);

    DecisionsPrintout::Content content() const;
    void showPage(Page page);
    // The guide's topic asked for (ShowTopic).
    QString topic() const { return m_topic; }

    QTabWidget *tabs() const { return m_tabs; }
    OptionsPage *optionsPage() const { return m_options; }
    MattersPage *mattersPage() const { return m_matters; }
    StandPage *standPage() const { return m_stand; }
    WishesPage *wishesPage() const { return m_wishes; }
    // What the dialog last said (questions added), also told to screen readers.
    QLabel *statusLabel() const { return m_status; }

    void done(int result) override;
    // Says something under the pages (and to screen readers) until another page is shown.
    void tell(const QString &text);

    // As large as the screen allows: four pages of reading and writing, each scrolling inside
    // its tab (never the whole dialog, which would take the tabs and buttons out of view).
    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return false; }

Q_SIGNALS:
    void outputRequested(int how); // an Output

protected:
    void showEvent(QShowEvent *event) override;

private:
    void addQuestions(const QStringList &questions);

    DecisionsPrintout::Content m_original;
    bool m_readOnly;
    std::function<int(const QStringList &)> m_addQuestions;
    QString m_topic;
    QTabWidget *m_tabs;
    OptionsPage *m_options;
    MattersPage *m_matters;
    StandPage *m_stand;
    WishesPage *m_wishes;
    QLabel *m_status;
};

} // namespace nextsteps
