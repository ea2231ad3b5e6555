#include "ui/decisions/OptionsPage.h"

#include "ui/decisions/WebLink.h"

#include "core/decisions/DecisionOptions.h"
#include "ui/widgets/FlowLayout.h"
#include "ui/widgets/WrappingLabel.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nextsteps {

namespace {

constexpr int OptionIdRole = Qt::UserRole + 1;

// A column never narrower than a comfortable line (about 30 characters): at large text the
// table scrolls sideways, one choice at a time, rather than a few words to a line.
constexpr int ReadableCharacters = 30;

} // namespace

OptionsPage::OptionsPage(const QString &language, bool readOnly, QWidget *parent)
    : QWidget(parent), m_language(language)
{
    setObjectName(u"optionsPage"_s);
    const DecisionOptions &options = DecisionOptions::bundled();
    // The note comes first: the page opens on it (a screen reader reads it), Tab goes on to the
    // table.
    auto *note = new WrappingLabel(options.note.in(language), this);
    note->setObjectName(u"optionsNote"_s);
    note->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    note->setFocusPolicy(Qt::StrongFocus);
    note->setAccessibleName(note->text());

    m_model =
        new QStandardItemModel(int(options.aspects.size()), int(options.options.size()), this);
    for (int column = 0; column < options.options.size(); ++column) {
        const DecisionOptions::Option &option = options.options.at(column);
        auto *header = new QStandardItem(option.name.in(language));
        header->setData(option.id, OptionIdRole);
        m_model->setHorizontalHeaderItem(column, header);
        for (int row = 0; row < options.aspects.size(); ++row) {
            const QString aspect = options.aspects.at(row).id;
            QString text = option.cell(aspect, language);
            if (aspect == DecisionOptions::QuestionsAspect)
                text = u"• "_s + text.replace(u'\n', u"\n• "_s);
            auto *item = new QStandardItem(text);
            item->setEditable(false);
            item->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
            // What a screen reader says of the cell: its row and column, then the words.
            item->setData(QString(option.name.in(language) + u", "_s +
                                  options.aspects.at(row).name.in(language)),
                          Qt::AccessibleDescriptionRole);
            m_model->setItem(row, column, item);
        }
    }
    for (int row = 0; row < options.aspects.size(); ++row)
        m_model->setVerticalHeaderItem(
            row, new QStandardItem(options.aspects.at(row).name.in(language)));

    m_table = new QTableView(this);
    m_table->setObjectName(u"optionsTable"_s);
    m_table->setAccessibleName(tr("Choices side by side"));
    m_table->setModel(m_model);
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideNone);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerItem);
    m_table->setTabKeyNavigation(false);
    // Headers wrap rather than cut a choice's name short.
    m_table->horizontalHeader()->setDefaultAlignment(
        Qt::Alignment::fromInt(Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultAlignment(
        Qt::Alignment::fromInt(Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap));
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->viewport()->installEventFilter(this);
    m_table->setCurrentIndex(m_model->index(0, 0));

    auto *addQuestions = new QPushButton(tr("Add This Choice’s &Questions to My List"), this);
    addQuestions->setObjectName(u"addOptionQuestions"_s);
    addQuestions->setEnabled(!readOnly);
    connect(addQuestions, &QPushButton::clicked, this, [this] {
        if (const DecisionOptions::Option *option =
                DecisionOptions::bundled().option(currentOption()))
            Q_EMIT questionsRequested(option->questions(m_language));
    });
    auto *readMore = new QPushButton(tr("&Read About This Choice"), this);
    readMore->setObjectName(u"readAboutOption"_s);
    connect(readMore, &QPushButton::clicked, this, [this] {
        if (const DecisionOptions::Option *option =
                DecisionOptions::bundled().option(currentOption()))
            Q_EMIT topicRequested(option->topic);
    });
    const auto say = [this, addQuestions, readMore] {
        const QString name =
            m_model->headerData(m_table->currentIndex().column(), Qt::Horizontal).toString();
        addQuestions->setAccessibleDescription(name);
        readMore->setAccessibleDescription(name);
    };
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, say);
    say();

    QStringList sources;
    for (const DecisionOptions::Source &source : options.sources)
        sources << u"<a href=\"%1\">%2</a>"_s.arg(
            source.url.toHtmlEscaped(),
            QString(source.title).remove(QRegularExpression(u"\\.$"_s)).toHtmlEscaped());
    // The sources take room the table needs at large text: behind a button, open when asked.
    auto *showSources = new QPushButton(tr("Where These Facts &Come From"), this);
    showSources->setObjectName(u"showOptionsSources"_s);
    showSources->setCheckable(true);
    showSources->setAutoDefault(false);
    auto *sourceLabel = new WrappingLabel(this);
    sourceLabel->setObjectName(u"optionsSources"_s);
    sourceLabel->setTextFormat(Qt::RichText);
    sourceLabel->setText(tr("%1. Not reviewed by a clinician: ask your care team how each "
                            "choice fits you.")
                             .arg(sources.join(u"; "_s)));
    sourceLabel->setTextInteractionFlags(Qt::TextBrowserInteraction);
    sourceLabel->hide();
    connect(sourceLabel, &QLabel::linkActivated, this,
            [this](const QString &link) { Q_EMIT message(WebLink::open(link)); });
    connect(showSources, &QPushButton::toggled, this, [this, sourceLabel](bool on) {
        sourceLabel->setVisible(on);
        // Into view below the buttons, where the page may end out of sight.
        if (auto *area = scrollArea(); area && on)
            QTimer::singleShot(0, this,
                               [area, sourceLabel] { area->ensureWidgetVisible(sourceLabel); });
    });

    auto *buttons = new FlowLayout;
    buttons->addWidget(addQuestions);
    buttons->addWidget(readMore);
    buttons->addWidget(showSources);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(sourceLabel);
    setFocusProxy(note);
}

QScrollArea *OptionsPage::scrollArea() const
{
    for (QWidget *up = parentWidget(); up; up = up->parentWidget()) {
        if (auto *area = qobject_cast<QScrollArea *>(up))
            return area;
    }
    return nullptr;
}

QString OptionsPage::currentOption() const
{
    const int column = std::max(0, m_table->currentIndex().column());
    return m_model->horizontalHeaderItem(column)->data(OptionIdRole).toString();
}

bool OptionsPage::eventFilter(QObject *watched, QEvent *event)
{
    // In a page that scrolls (at large text the words above and the buttons below leave the
    // table little room): the table is nearly as tall as the page's view, and comes whole
    // into view when the focus goes into it.
    if (QScrollArea *area = scrollArea()) {
        if (watched == area->viewport() && event->type() == QEvent::Resize)
            m_table->setMinimumHeight(area->viewport()->height() * 9 / 10);
        else if (watched == m_table && event->type() == QEvent::KeyPress)
            // After the key has moved in the table and anything else has scrolled the page.
            QTimer::singleShot(0, this, [this, area] { area->ensureWidgetVisible(m_table, 0, 0); });
    }
    if (watched == m_table && event->type() == QEvent::KeyPress &&
        readOn(static_cast<QKeyEvent *>(event)->key()))
        return true;
    if (watched == m_table->viewport() &&
        (event->type() == QEvent::Resize || event->type() == QEvent::FontChange ||
         event->type() == QEvent::Show))
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

bool OptionsPage::readOn(int key)
{
    // Enter would press the dialog's OK: a cell has nothing to open.
    if (key == Qt::Key_Return || key == Qt::Key_Enter)
        return true;
    // A cell taller than the view (at large text): Down and Up read on through it, a line or two
    // at a time, before they move to the next row; Page Down and Page Up a view at a time.
    const QRect cell = m_table->visualRect(m_table->currentIndex());
    const int view = m_table->viewport()->height();
    const int line = m_table->fontMetrics().lineSpacing() * 2;
    QScrollBar *bar = m_table->verticalScrollBar();
    const bool down = key == Qt::Key_Down || key == Qt::Key_PageDown;
    const bool up = key == Qt::Key_Up || key == Qt::Key_PageUp;
    const int step = (key == Qt::Key_PageDown || key == Qt::Key_PageUp) ? view * 4 / 5 : line;
    if (down && cell.bottom() >= view) {
        bar->setValue(bar->value() + std::min(step, cell.bottom() - view + 1));
        return true;
    }
    if (up && cell.top() < 0) {
        bar->setValue(bar->value() - std::min(step, -cell.top()));
        return true;
    }
    return false;
}

void OptionsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (QScrollArea *area = scrollArea()) {
        area->viewport()->installEventFilter(this);
        m_table->installEventFilter(this);
        m_table->setMinimumHeight(area->viewport()->height() * 9 / 10);
    }
}

void OptionsPage::fitColumns()
{
    const int columns = m_model->columnCount();
    if (!columns)
        return;
    const int room = m_table->viewport()->width();
    const int readable = m_table->fontMetrics().averageCharWidth() * ReadableCharacters;
    // All the choices side by side when each gets a readable line; else as many whole ones as
    // fit, the table scrolling sideways a whole choice at a time (never half a word at the edge).
    const int share = room / columns;
    const int width = share >= readable ? share : room / std::clamp(room / readable, 1, columns);
    for (int column = 0; column < columns; ++column) {
        if (m_table->columnWidth(column) != width)
            m_table->setColumnWidth(column, width);
    }
    // The choices' names wrap in their headers, which grow to show them whole; the aspects'
    // names wrap in a column about 14 characters wide.
    const QFontMetrics metrics(m_table->horizontalHeader()->font());
    const int padding = metrics.height();
    int tallest = 0;
    for (int column = 0; column < columns; ++column)
        tallest = std::max(tallest,
                           metrics
                               .boundingRect(QRect(0, 0, width - padding, 10000), Qt::TextWordWrap,
                                             m_model->headerData(column, Qt::Horizontal).toString())
                               .height());
    m_table->horizontalHeader()->setFixedHeight(tallest + padding / 2);
    m_table->verticalHeader()->setMaximumWidth(metrics.averageCharWidth() * 12 + padding);
    m_table->resizeRowsToContents();
}

} // namespace nextsteps
