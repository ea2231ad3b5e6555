#pragma once

#include "core/decisions/Decisions.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace nextsteps {

// My wishes (advance care planning) in the person's words: who speaks for me if I can't, what
// matters most (from the page before), my wishes about the hospital, a breathing machine, a
// feeding tube, where I'd like to be cared for, and my advance directive and POLST and where
// they are kept; each wish with "I want to talk about this with my doctor". Plainly not a legal
// document: it points to the state forms and to the guide's topics.
class WishesPage : public QWidget
{
    Q_OBJECT

public:
    WishesPage(const MyWishes &wishes, bool readOnly, QWidget *parent = nullptr);

    MyWishes wishes() const;
    void showMostOfAll(const QStringList &names);

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *speaksNameEdit() const { return m_speaksName; }
    QLineEdit *speaksPhoneEdit() const { return m_speaksPhone; }
    QPlainTextEdit *wishEdit(int wish) const { return m_wishes.value(wish); }
    // "I want to talk about this with my doctor", by MyWishes::talkIds().
    QCheckBox *talkBox(int talk) const { return m_talk.value(talk); }
    QComboBox *advanceDirectiveBox() const { return m_advanceDirective; }
    QLineEdit *advanceDirectiveWhereEdit() const { return m_advanceDirectiveWhere; }
    QComboBox *polstBox() const { return m_polst; }
    QLineEdit *polstWhereEdit() const { return m_polstWhere; }

Q_SIGNALS:
    void changed();
    void topicRequested(const QString &topicId);
    void message(const QString &text);

private:
    QComboBox *haveBox(MyWishes::Have have, const QString &accessibleName);

    QLineEdit *m_name;
    QLineEdit *m_speaksName;
    QLineEdit *m_speaksPhone;
    QLabel *m_mostOfAll;
    QList<QPlainTextEdit *> m_wishes;
    QList<QCheckBox *> m_talk;
    QComboBox *m_advanceDirective;
    QLineEdit *m_advanceDirectiveWhere;
    QComboBox *m_polst;
    QLineEdit *m_polstWhere;
};

} // namespace nextsteps
