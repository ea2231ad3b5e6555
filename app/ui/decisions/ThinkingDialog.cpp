#include "ui/decisions/ThinkingDialog.h"

#include "ui/decisions/MattersPage.h"
#include "ui/decisions/OptionsPage.h"
#include "ui/decisions/StandPage.h"
#include "ui/decisions/WishesPage.h"
#include "ui/widgets/Ask.h"
#include "ui/widgets/PrintOrSaveButton.h"
#include "ui/widgets/WrappingLabel.h"

#include <QAccessible>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nextsteps {

namespace {

// A page taller than the dialog scrolls inside its tab; the tabs and buttons stay in view.
QScrollArea *scrolled(QWidget *page, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setWidget(page);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    area->setFocusProxy(page);
    return area;
}

} // namespace

ThinkingDialog::ThinkingDialog(const DecisionsPrintout::Content &content, bool readOnly,
                               std::function<int(const QStringList &)> addQuestions,
                               QWidget *parent)
    : QDialog(parent), m_original(content), m_readOnly(readOnly),
      m_addQuestions(std::move(addQuestions))
{
    setObjectName(u"thinkingDialog"_s);
    setWindowTitle(tr("Thinking It Through"));
    m_options = new OptionsPage(content.language, readOnly);
    m_matters = new MattersPage(content.matters, readOnly);
    m_stand = new StandPage(content.stand, content.language, readOnly);
    m_wishes = new WishesPage(content.wishes, readOnly);
    m_wishes->showMostOfAll(content.matters.mostOfAll());
    connect(m_matters, &MattersPage::changed, this,
            [this] { m_wishes->showMostOfAll(m_matters->matters().mostOfAll()); });

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"thinkingTabs"_s);
    m_tabs->setUsesScrollButtons(true);
    m_tabs->addTab(scrolled(m_options, this), tr("Side by &Side"));
    m_tabs->setTabToolTip(OptionsTab, tr("The choices side by side"));
    m_tabs->addTab(scrolled(m_matters, this), tr("What &Matters"));
    m_tabs->setTabToolTip(MattersTab, tr("What matters most to me"));
    m_tabs->addTab(scrolled(m_stand, this), tr("Where I S&tand"));
    m_tabs->setTabToolTip(StandTab, tr("Where I stand, and how sure I feel"));
    m_tabs->addTab(scrolled(m_wishes, this), tr("My &Wishes"));
    m_tabs->setTabToolTip(WishesTab, tr("My wishes, and who speaks for me"));
    // Into the page chosen, so the keyboard is where the eyes are.
    connect(m_tabs, &QTabWidget::tabBarClicked, this, [this](int index) {
        QTimer::singleShot(0, this, [this, index] {
            if (QWidget *page = m_tabs->widget(index))
                page->setFocus(Qt::TabFocusReason);
        });
    });

    const auto ask = [this](const QStringList &questions) {
        this->addQuestions(questions);
    };
    connect(m_options, &OptionsPage::questionsRequested, this, ask);
    connect(m_stand, &StandPage::questionsRequested, this, ask);
    const auto showTopic = [this](const QString &topic) {
        m_topic = topic;
        done(ShowTopic);
    };
    connect(m_options, &OptionsPage::topicRequested, this, showTopic);
    connect(m_wishes, &WishesPage::topicRequested, this, showTopic);
    connect(m_options, &OptionsPage::message, this, &ThinkingDialog::tell);
    connect(m_wishes, &WishesPage::message, this, &ThinkingDialog::tell);

    m_status = new WrappingLabel(this);
    m_status->setObjectName(u"thinkingStatus"_s);
    m_status->hide();
    // What was said belongs to the page it was said on.
    connect(m_tabs, &QTabWidget::currentChanged, m_status, &QWidget::hide);

    auto *buttons = new QDialogButtonBox(this);
    // No OK where nothing can be kept (a button hidden here would be shown again by the box
    // as the next one is added).
    if (!readOnly)
        buttons->addButton(QDialogButtonBox::Ok)->setObjectName(u"keepThinking"_s);
    buttons->addButton(readOnly ? QDialogButtonBox::Close : QDialogButtonBox::Cancel);
    // Printed as it is now, and the dialog stays open: nothing is kept until OK.
    PrintOrSaveButton::add(buttons, tr("&Print or Save"), [this](PrintOrSaveButton::Way way) {
        Q_EMIT outputRequested(Preview + way);
    })->setObjectName(u"thinkingOutput"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
}

QSize ThinkingDialog::sizeHint() const
{
    const QScreen *screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry().size() * 0.9 : QSize(1000, 700);
}

void ThinkingDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    QTimer::singleShot(0, this,
                       [this] { m_tabs->currentWidget()->setFocus(Qt::OtherFocusReason); });
}

void ThinkingDialog::showPage(Page page)
{
    m_tabs->setCurrentIndex(page);
    m_tabs->currentWidget()->setFocus(Qt::OtherFocusReason);
}

void ThinkingDialog::addQuestions(const QStringList &questions)
{
    if (m_readOnly || !m_addQuestions)
        return;
    const int added = m_addQuestions(questions);
    const int there = int(questions.size()) - added;
    QString text = added ? tr("Added %n question(s) to your list.", nullptr, added)
                         : tr("No questions added.");
    if (there > 0)
        text += u' ' + tr("%n was already on it.", nullptr, there);
    tell(text);
}

void ThinkingDialog::tell(const QString &text)
{
    m_status->setText(text);
    m_status->setAccessibleName(text);
    m_status->show();
    QAccessibleEvent event(m_status, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
}

DecisionsPrintout::Content ThinkingDialog::content() const
{
    DecisionsPrintout::Content content;
    content.matters = m_matters->matters();
    content.stand = m_stand->stand();
    content.wishes = m_wishes->wishes();
    content.language = m_original.language;
    return content;
}

void ThinkingDialog::done(int result)
{
    const DecisionsPrintout::Content now = content();
    const bool changed = now.matters != m_original.matters || now.stand != m_original.stand ||
                         now.wishes != m_original.wishes;
    if (result == QDialog::Rejected && !m_readOnly && changed) {
        const Ask::Answer answer = Ask::keepChanges(
            this, windowTitle(),
            tr("You changed what matters to you, where you stand or your wishes. Keep the "
               "changes?"));
        if (answer == Ask::Answer::Cancel)
            return;
        if (answer == Ask::Answer::KeepMine)
            result = QDialog::Accepted;
    }
    QDialog::done(result);
}

} // namespace nextsteps
