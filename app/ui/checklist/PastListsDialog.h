#pragma once

#include "core/checklist/ChecklistData.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace nextsteps {

// The lists put away by "Start a New List", each named by its visit: read one, print or save
// it, copy its questions to the list in use, delete it, or bring it back.
class PastListsDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Output { Preview, Pdf, Text };

    explicit PastListsDialog(const QList<ArchivedList> &archive, QWidget *parent = nullptr);
    // The lists again, after one was deleted or copied from; the chosen row stays where it was.
    void setArchive(const QList<ArchivedList> &archive);
    // In a read-only window the lists can be read, printed and saved, not changed.
    void setReadOnly(bool readOnly);
    int chosenIndex() const;
    QListWidget *list() const { return m_list; }
    QTextBrowser *preview() const { return m_preview; }

    // "Thursday, December 3, 2026, with Dr. Lee": the visit's date, or the day the list was
    // put away when the visit had none, and who the visit was with.
    static QString nameOf(const ArchivedList &list);
    // A past list as a list of its own, to print or save.
    static ChecklistData asList(const ArchivedList &list);

Q_SIGNALS:
    // Print or save the chosen list, as it is (it stays a past list).
    void outputRequested(const ArchivedList &list, nextsteps::PastListsDialog::Output how);
    void copyRequested(int index);
    void deleteRequested(int index);

private:
    void showPreview(int index);
    void fillList();

    QList<ArchivedList> m_archive;
    QLabel *m_empty;
    QListWidget *m_list;
    QTextBrowser *m_preview;
    QList<QPushButton *> m_forChosen; // the buttons that act on the chosen list
    QList<QPushButton *> m_changing;  // those of them that change the lists
    bool m_readOnly = false;
};

} // namespace nextsteps
