#pragma once

#include <QDialog>

class QCheckBox;

namespace nextsteps {

// Asked before File > Start a New List: where the list in use goes, and whether the questions
// not yet asked come along to the new one (they do unless the person says otherwise).
class NewListDialog : public QDialog
{
    Q_OBJECT

public:
    // listName: what the list in use will be called in Past Lists; unasked: how many of its
    // questions were not asked yet.
    NewListDialog(const QString &listName, int unasked, QWidget *parent = nullptr);

    bool carryOver() const;
    QCheckBox *carryOverBox() const { return m_carryOver; }

private:
    QCheckBox *m_carryOver;
};

} // namespace nextsteps
