#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;

namespace nextsteps {

// A message that stays until it is read: its text (selectable, told to screen readers), an
// optional button that does what the message offers, and OK to close it.
class NoticeBar : public QWidget
{
    Q_OBJECT

public:
    explicit NoticeBar(QWidget *parent = nullptr);

    // Words made again when the language changes (a notice shown in English reads in Spanish
    // once the person switches).
    using Words = std::function<QString()>;
    // Shows text; actionText names a button that runs action (and closes the notice).
    void showNotice(const QString &text, const QString &actionText = {},
                    std::function<void()> action = {});
    void showNotice(Words text, Words actionText, std::function<void()> action);
    QLabel *label() const { return m_text; }
    QPushButton *actionButton() const { return m_action; }
    QPushButton *closeButton() const { return m_close; }
    void retranslate();

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *m_text;
    QPushButton *m_action;
    QPushButton *m_close;
    std::function<void()> m_callback;
    Words m_textWords;
    Words m_actionWords;
    void showWords();
};

} // namespace nextsteps
