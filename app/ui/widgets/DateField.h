#pragma once

#include <QDate>
#include <QLocale>
#include <QTime>
#include <QWidget>

class QCalendarWidget;
class QLabel;
class QLineEdit;
class QToolButton;

namespace nextsteps {

// A date or a time typed as digits, the way people write them ("12/10/2026", "10:30 pm"), with
// what was understood said in full beside it as it is typed ("Thursday, December 10, 2026"), so
// that nothing is taken for what it is not. Empty means not known. A date also has a calendar:
// the button, Alt+Down or F4 open it, the arrows choose, Enter takes the day, Escape goes back.
// Nothing the person did not type is ever kept: text that is not a date gives no date, and
// problem() says why in plain words.
class DateField : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Date, Time };
    explicit DateField(Kind kind, QWidget *parent = nullptr);

    void setDate(const QDate &date);
    void setTime(const QTime &time);
    // Invalid when the field is empty or what it holds is not a date (or a time).
    QDate date() const;
    QTime time() const;
    bool isEmpty() const;
    // "" when the field is empty or understood; otherwise what is wrong, in plain words.
    QString problem() const;

    // Before a dialog takes its fields: the first that cannot be read is said in a message, and
    // the person is put back in it with its text chosen. False when one could not be read.
    static bool allReadable(const QList<DateField *> &fields, QWidget *dialog);
    // The person put back in the field, its text chosen (after a message about it).
    void reenter();

    QLineEdit *lineEdit() const { return m_edit; }
    QLabel *understood() const { return m_understood; }
    QToolButton *calendarButton() const { return m_calendarButton; }
    void openCalendar();

    // What text means in locale (exposed for tests): a date from day, month and year in the
    // locale's order, or written out in the locale's long or short form; a time from hours and
    // minutes, with or without am/pm.
    static QDate parseDate(const QString &text, const QLocale &locale);
    static QTime parseTime(const QString &text, const QLocale &locale);
    // How a date is typed in locale: day, month and year in its order, the year in full.
    static QString typingFormat(const QLocale &locale);

Q_SIGNALS:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateUnderstood();
    void retranslate();

    Kind m_kind;
    QLineEdit *m_edit;
    QLabel *m_understood;
    QToolButton *m_calendarButton = nullptr;
    QCalendarWidget *m_calendar = nullptr; // made when first opened
    bool m_typing = false;
};

} // namespace nextsteps
