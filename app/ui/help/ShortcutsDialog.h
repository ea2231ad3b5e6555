#pragma once

#include <QDialog>

class QTableWidget;

namespace nextsteps {

// Help > Keyboard Shortcuts: every action of the main window that has a key, read from the
// actions themselves so that the list can never go out of date.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget *window);
    QTableWidget *table() const { return m_table; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitKeysColumn();

    QTableWidget *m_table;
};

} // namespace nextsteps
