#include "ui/widgets/NoticeBar.h"

#include "ui/widgets/WrappingLabel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nextsteps {

NoticeBar::NoticeBar(QWidget *parent) : QWidget(parent)
{
    m_text = new WrappingLabel(this);
    m_text->setObjectName(u"checklistNotice"_s);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setFrameShape(QFrame::StyledPanel);
    m_text->setBackgroundRole(QPalette::ToolTipBase);
    m_text->setForegroundRole(QPalette::ToolTipText);
    m_text->setAutoFillBackground(true);
    m_text->setMargin(8);
    m_action = new QPushButton(this);
    m_action->setObjectName(u"checklistNoticeAction"_s);
    m_action->hide();
    m_close = new QPushButton(this);
    m_close->setObjectName(u"checklistNoticeClose"_s);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_action);
    buttons->addWidget(m_close);
    buttons->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);
    hide();
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);
    connect(m_action, &QPushButton::clicked, this, [this] {
        hide();
        // The action may show a new notice: take it out first.
        const std::function<void()> action = std::move(m_callback);
        m_callback = {};
        if (action)
            action();
    });
    retranslate();
}

void NoticeBar::retranslate()
{
    m_close->setText(tr("OK"));
    m_close->setAccessibleName(tr("Close this message"));
    showWords();
}

void NoticeBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void NoticeBar::showNotice(const QString &text, const QString &actionText,
                           std::function<void()> action)
{
    showNotice([text] { return text; }, [actionText] { return actionText; }, std::move(action));
}

void NoticeBar::showNotice(Words text, Words actionText, std::function<void()> action)
{
    m_textWords = std::move(text);
    m_actionWords = std::move(actionText);
    m_callback = std::move(action);
    showWords();
    show();
}

void NoticeBar::showWords()
{
    const QString text = m_textWords ? m_textWords() : QString();
    const QString actionText = m_actionWords ? m_actionWords() : QString();
    m_text->setText(text);
    m_text->setAccessibleName(text);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
}

} // namespace nextsteps
