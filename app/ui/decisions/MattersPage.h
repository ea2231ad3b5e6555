#pragma once

#include "core/decisions/Decisions.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace nextsteps {

// What matters most to me: each thing rated by how much it matters (not important, a little,
// a lot, most of all), my own things added in my words, and, when someone beside me rates too
// ("for two"), their rating beside mine with "Same" or "Different" where both rated: shown,
// never judged.
class MattersPage : public QWidget
{
    Q_OBJECT

public:
    MattersPage(const WhatMatters &matters, bool readOnly, QWidget *parent = nullptr);

    WhatMatters matters() const;
    QCheckBox *forTwoBox() const { return m_forTwo; }
    QLineEdit *partnerEdit() const { return m_partner; }
    QLineEdit *ownEdit() const { return m_own; }
    // The rating boxes of row `row` (mine and the partner's).
    QComboBox *myBox(int row) const;
    QComboBox *partnerBox(int row) const;
    QLabel *comparisonLabel(int row) const;
    int rowCount() const { return int(m_rows.size()); }
    // Adds one's own thing from the field (with its rating to come); false when blank or there.
    bool addOwn();

Q_SIGNALS:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Row
    {
        MattersItem item;
        QLabel *name = nullptr;
        QComboBox *me = nullptr;
        QComboBox *partner = nullptr;
        QLabel *comparison = nullptr;
        QPushButton *remove = nullptr;
    };
    void addRow(const MattersItem &item);
    void removeRow(int row);
    void showPartner();
    void compare(int row);
    QComboBox *ratingBox(int level, const QString &accessibleName);
    // A column of the grid (NameColumn, MeColumn...), one less when the names are stacked.
    int column(int which) const;

    bool m_readOnly;
    bool m_stacked = false;
    QCheckBox *m_forTwo;
    QLineEdit *m_partner;
    QLabel *m_partnerLabel;
    QLabel *m_partnerHeader;
    QLabel *m_comparisonHeader;
    QGridLayout *m_grid;
    QLineEdit *m_own;
    QPushButton *m_addOwn = nullptr;
    QList<Row> m_rows;
};

} // namespace nextsteps
