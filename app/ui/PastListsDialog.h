#pragma once

#include "ChecklistData.h"

#include <QDialog>

class QListWidget;
class QPushButton;
class QTextBrowser;

namespace nextsteps {

// The lists put away by "Start a new list": look at one, and bring it back if you like.
class PastListsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PastListsDialog(const QList<ArchivedList> &archive, QWidget *parent = nullptr);
    int chosenIndex() const;
    QListWidget *list() const { return m_list; }
    QTextBrowser *preview() const { return m_preview; }

Q_SIGNALS:
    // Print or save the chosen list, as it is (it stays a past list).
    void printRequested(const ArchivedList &list);

private:
    void showPreview(int index);

    QList<ArchivedList> m_archive;
    QListWidget *m_list;
    QTextBrowser *m_preview;
    QPushButton *m_restore;
    QPushButton *m_print;
};

} // namespace nextsteps
