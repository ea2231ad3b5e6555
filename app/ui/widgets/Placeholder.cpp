#include "ui/widgets/Placeholder.h"

#include <QEvent>
#include <QLineEdit>
#include <QStyle>
#include <QStyleOptionFrame>

using namespace Qt::StringLiterals;

namespace nextsteps {

namespace {

constexpr char WholeProperty[] = "placeholderWhole";
constexpr char ShorterProperty[] = "placeholderShorter";

void choose(QLineEdit *field)
{
    const QString whole = field->property(WholeProperty).toString();
    const QString shorter = field->property(ShorterProperty).toString();
    const QString text = placeholderFits(field, whole) || shorter.isEmpty() ? whole : shorter;
    if (field->placeholderText() != text)
        field->setPlaceholderText(text);
}

// Watches the fields it was given for a new size or text size.
class Chooser : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize || event->type() == QEvent::FontChange) {
            if (auto *field = qobject_cast<QLineEdit *>(watched))
                choose(field);
        }
        return false;
    }
};

} // namespace

bool placeholderFits(const QLineEdit *field, const QString &text)
{
    QStyleOptionFrame option;
    option.initFrom(field);
    option.rect = field->rect();
    option.lineWidth = field->hasFrame() ? field->style()->pixelMetric(QStyle::PM_DefaultFrameWidth,
                                                                       &option, field)
                                         : 0;
    QRect room = field->style()->subElementRect(QStyle::SE_LineEditContents, &option, field);
    room = room.marginsRemoved(field->textMargins());
    // QLineEdit keeps 2 px each side; a clear button takes a square at the end.
    int width = room.width() - 4;
    if (field->isClearButtonEnabled())
        width -= room.height();
    return field->fontMetrics().horizontalAdvance(text) <= width;
}

void setPlaceholder(QLineEdit *field, const QString &whole, const QString &shorter)
{
    field->setProperty(WholeProperty, whole);
    field->setProperty(ShorterProperty, shorter);
    field->setToolTip(whole);
    // One watcher a field (found by its name: it has no meta-object of its own to look for).
    if (!field->findChild<QObject *>(u"placeholderChooser"_s, Qt::FindDirectChildrenOnly)) {
        auto *chooser = new Chooser(field);
        chooser->setObjectName(u"placeholderChooser"_s);
        field->installEventFilter(chooser);
    }
    choose(field);
}

} // namespace nextsteps
