#include "ui/widgets/DateField.h"

#include "ui/widgets/Ask.h"
#include "ui/widgets/WrappingLabel.h"

#include <QCalendarWidget>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QScreen>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nextsteps {

namespace {

// The order of day, month and year in a date format ("M/d/yy": month, day, year), and the sign
// between them.
struct DateOrder
{
    QString fields; // "Mdy", "dMy" or "yMd"
    QChar separator = u'/';
};

DateOrder orderOf(const QLocale &locale)
{
    DateOrder order;
    const QString format = locale.dateFormat(QLocale::ShortFormat);
    for (const QChar c : format) {
        if ((c == u'd' || c == u'M' || c == u'y') && !order.fields.contains(c))
            order.fields += c;
        else if (!c.isLetter() && !c.isSpace() && order.fields.size() == 1)
            order.separator = c;
    }
    if (order.fields.size() != 3)
        order.fields = u"dMy"_s;
    return order;
}

} // namespace

QString DateField::typingFormat(const QLocale &locale)
{
    const DateOrder order = orderOf(locale);
    QStringList parts;
    for (const QChar c : order.fields)
        parts << (c == u'd' ? u"d"_s : c == u'M' ? u"M"_s : u"yyyy"_s);
    return parts.join(order.separator);
}

QDate DateField::parseDate(const QString &typed, const QLocale &locale)
{
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return {};
    // Three groups of digits with any of the usual signs between them.
    static const QRegularExpression digits(
        u"^(\\d{1,4})\\s*[/.\\-\\s]\\s*(\\d{1,2})\\s*[/.\\-\\s]\\s*(\\d{1,4})$"_s);
    if (const QRegularExpressionMatch match = digits.match(text); match.hasMatch()) {
        QString fields = orderOf(locale).fields;
        if (match.captured(1).size() == 4)
            fields = u"yMd"_s; // 2026-12-10, whatever the locale
        int day = 0, month = 0, year = 0;
        for (int i = 0; i < 3; ++i) {
            const QString group = match.captured(i + 1);
            const QChar field = fields.at(i);
            if (field == u'y') {
                // A year in full, or its last two digits (this century); never one or three.
                if (group.size() != 4 && group.size() != 2)
                    return {};
                year = group.size() == 2 ? 2000 + group.toInt() : group.toInt();
            } else if (group.size() > 2) {
                return {};
            } else {
                (field == u'd' ? day : month) = group.toInt();
            }
        }
        return QDate(year, month, day); // invalid for 2/30/2026
    }
    // Written out, as the locale writes dates ("December 10, 2026").
    for (const auto format : {QLocale::LongFormat, QLocale::ShortFormat}) {
        const QDate date = locale.toDate(text, format);
        if (date.isValid())
            return date;
    }
    for (const QString &format :
         {u"MMMM d, yyyy"_s, u"MMMM d yyyy"_s, u"d MMMM yyyy"_s, u"d 'de' MMMM 'de' yyyy"_s}) {
        const QDate date = locale.toDate(text, format);
        if (date.isValid())
            return date;
    }
    return {};
}

QTime DateField::parseTime(const QString &typed, const QLocale &locale)
{
    QString text = typed.trimmed().toLower();
    if (text.isEmpty())
        return {};
    // The locale's own am/pm words ("a. m.") as well as am, pm, a.m., p.m.
    const QString am = locale.amText().toLower().remove(u'.').remove(u' ');
    const QString pm = locale.pmText().toLower().remove(u'.').remove(u' ');
    static const QRegularExpression shape(
        u"^(\\d{1,2})(?:\\s*[:.h]\\s*(\\d{2}))?(?:\\s*:\\s*00)?\\s*([a-z.\\s]*)$"_s);
    const QRegularExpressionMatch match = shape.match(text);
    if (!match.hasMatch())
        return {};
    int hour = match.captured(1).toInt();
    const int minute = match.captured(2).isEmpty() ? 0 : match.captured(2).toInt();
    const QString half = match.captured(3).remove(u'.').remove(u' ');
    // Where clocks count to 12, "10" alone does not say morning or evening; where they count to
    // 24, it is 10:00.
    const bool twelveHours =
        locale.timeFormat(QLocale::ShortFormat).contains(u'a', Qt::CaseInsensitive);
    if (half.isEmpty()) {
        if (match.captured(2).isEmpty() && twelveHours)
            return {};
    } else if (half == u"am" || half == am) {
        if (hour < 1 || hour > 12)
            return {};
        hour = hour == 12 ? 0 : hour;
    } else if (half == u"pm" || half == pm) {
        if (hour < 1 || hour > 12)
            return {};
        hour = hour == 12 ? 12 : hour + 12;
    } else {
        return {};
    }
    return QTime(hour, minute); // invalid for 25:00 or 10:75
}

DateField::DateField(Kind kind, QWidget *parent)
    : QWidget(parent), m_kind(kind), m_edit(new QLineEdit(this)),
      m_understood(new WrappingLabel(this))
{
    m_edit->setObjectName(u"typedDate"_s);
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    m_understood->setObjectName(u"understoodDate"_s);
    m_understood->setTextFormat(Qt::PlainText);
    m_understood->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit, 1);
    if (kind == Kind::Date) {
        m_calendarButton = new QToolButton(this);
        m_calendarButton->setObjectName(u"calendarButton"_s);
        // Alt+Down and F4 open it from the field: the button is not a Tab stop of its own.
        m_calendarButton->setFocusPolicy(Qt::NoFocus);
        connect(m_calendarButton, &QToolButton::clicked, this, &DateField::openCalendar);
        row->addWidget(m_calendarButton);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_understood);
    setFocusProxy(m_edit);
    // A label's Alt key (Date:, Started:) reaches only a part that takes the focus itself.
    setFocusPolicy(Qt::StrongFocus);
    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        m_typing = true; // "12/" is not a date yet: a hint while typing, not a warning
        updateUnderstood();
        Q_EMIT changed();
    });
    connect(m_edit, &QLineEdit::editingFinished, this, [this] {
        m_typing = false;
        updateUnderstood();
    });
    retranslate();
}

void DateField::retranslate()
{
    const QLocale locale;
    if (m_kind == Kind::Date) {
        const DateOrder order = orderOf(locale);
        QStringList words;
        for (const QChar c : order.fields)
            words << (c == u'd' ? tr("day") : c == u'M' ? tr("month") : tr("year"));
        m_edit->setPlaceholderText(words.join(order.separator));
        m_calendarButton->setText(tr("Calendar…"));
        m_calendarButton->setToolTip(tr("Choose the day on a calendar (Alt+Down)"));
        m_calendarButton->setAccessibleName(tr("Choose the day on a calendar"));
    } else {
        m_edit->setPlaceholderText(tr("hour:minutes"));
    }
    updateUnderstood();
}

void DateField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DateField::setDate(const QDate &date)
{
    m_edit->setText(date.isValid() ? QLocale().toString(date, typingFormat(QLocale())) : QString());
    m_typing = false;
    updateUnderstood();
}

void DateField::setTime(const QTime &time)
{
    m_edit->setText(time.isValid() ? QLocale().toString(time, QLocale::ShortFormat) : QString());
    m_typing = false;
    updateUnderstood();
}

bool DateField::allReadable(const QList<DateField *> &fields, QWidget *dialog)
{
    for (DateField *field : fields) {
        if (const QString problem = field->problem(); !problem.isEmpty()) {
            Ask::question(dialog, dialog->windowTitle(), problem, {},
                          {{Ask::Answer::Ok, tr("OK"), QMessageBox::AcceptRole}});
            field->reenter();
            return false;
        }
    }
    return true;
}

void DateField::reenter()
{
    m_edit->setFocus(Qt::OtherFocusReason);
    m_edit->selectAll();
}

QDate DateField::date() const
{
    return m_kind == Kind::Date ? parseDate(m_edit->text(), QLocale()) : QDate();
}

QTime DateField::time() const
{
    return m_kind == Kind::Time ? parseTime(m_edit->text(), QLocale()) : QTime();
}

bool DateField::isEmpty() const
{
    return m_edit->text().trimmed().isEmpty();
}

QString DateField::problem() const
{
    if (isEmpty())
        return {};
    const QLocale locale;
    const QString typed = m_edit->text().trimmed();
    if (m_kind == Kind::Date) {
        if (date().isValid())
            return {};
        const QString example = locale.toString(QDate::currentDate(), typingFormat(locale));
        return tr("“%1” is not a date this field can read. Type the %2, for example %3.")
            .arg(typed, m_edit->placeholderText(), example);
    }
    if (time().isValid())
        return {};
    return tr("“%1” is not a time this field can read. Type the hour and minutes, for example "
              "10:30 am or 14:30.")
        .arg(typed);
}

void DateField::updateUnderstood()
{
    const QLocale locale;
    QString said;
    if (isEmpty())
        said = tr("Not known");
    else if (const QString wrong = problem(); !wrong.isEmpty() && m_typing)
        said = m_kind == Kind::Date ? tr("Type the %1").arg(m_edit->placeholderText())
                                    : tr("Type the hour and minutes");
    else if (!wrong.isEmpty())
        said = u"⚠ "_s + wrong;
    else if (m_kind == Kind::Date)
        said = locale.toString(date(), QLocale::LongFormat);
    else
        said = locale.toString(time(), QLocale::ShortFormat);
    m_understood->setText(said);
    m_edit->setAccessibleDescription(said);
}

bool DateField::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress && m_kind == Kind::Date) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_F4 ||
            (key->key() == Qt::Key_Down && key->modifiers() == Qt::AltModifier)) {
            openCalendar();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DateField::openCalendar()
{
    if (m_kind != Kind::Date)
        return;
    if (!m_calendar) {
        m_calendar = new QCalendarWidget(this);
        m_calendar->setObjectName(u"calendarPopup"_s);
        m_calendar->setWindowFlags(Qt::Popup);
        connect(m_calendar, &QCalendarWidget::activated, this, [this](const QDate &chosen) {
            setDate(chosen);
            m_calendar->close();
            m_edit->setFocus(Qt::PopupFocusReason);
        });
    }
    QCalendarWidget *popup = m_calendar;
    popup->setFont(font());
    popup->setAccessibleName(tr("Calendar: the arrows choose a day, Enter takes it"));
    popup->setSelectedDate(date().isValid() ? date() : QDate::currentDate());
    popup->adjustSize();
    // Under the field, as far as the screen has room.
    QPoint place = m_edit->mapToGlobal(QPoint(0, m_edit->height()));
    if (const QScreen *screen = m_edit->screen()) {
        const QRect room = screen->availableGeometry();
        place.setX(std::clamp(place.x(), room.left(), room.right() - popup->width()));
        if (place.y() + popup->height() > room.bottom())
            place.setY(std::max(room.top(), m_edit->mapToGlobal(QPoint()).y() - popup->height()));
    }
    popup->move(place);
    popup->show();
    popup->setFocus(Qt::PopupFocusReason);
}

} // namespace nextsteps
