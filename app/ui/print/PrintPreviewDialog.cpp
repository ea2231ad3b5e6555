#include "ui/print/PrintPreviewDialog.h"

#include "ui/widgets/FlowLayout.h"

#include <QAction>
#include <QCheckBox>
#include <QGuiApplication>
#include <QLabel>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nextsteps {

namespace {
QPushButton *addButton(QWidget *parent, FlowLayout *row, const QString &name, const QString &text,
                       const QKeySequence &shortcut = {})
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(name);
    button->setAutoDefault(false);
    if (!shortcut.isEmpty()) {
        // A key of its own beside the button's Alt key: setShortcut() on the button would
        // replace the Alt key its name underlines.
        auto *key = new QAction(parent);
        key->setShortcut(shortcut);
        QObject::connect(key, &QAction::triggered, button, &QPushButton::click);
        parent->window()->addAction(key);
        button->setToolTip(u"%1 (%2)"_s.arg(QString(text).remove(u'&'),
                                            shortcut.toString(QKeySequence::NativeText)));
    }
    row->addWidget(button);
    return button;
}

// A row of controls that goes on to a new line at large text sizes rather than past the screen.
FlowLayout *addRow(QWidget *parent, QVBoxLayout *layout)
{
    auto *row = new QWidget(parent);
    auto *flow = new FlowLayout(row);
    flow->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(row);
    return flow;
}
} // namespace

PrintPreviewDialog::PrintPreviewDialog(QPrinter *printer, const QString &title, bool largePrint,
                                       QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"printPreviewDialog"_s);
    setWindowTitle(tr("Print Preview: %1").arg(title));
    m_view = new QPrintPreviewWidget(printer, this);
    m_view->setObjectName(u"printPreviewPages"_s);
    m_view->setAccessibleName(tr("The pages as they will print"));
    m_view->setFocusPolicy(Qt::StrongFocus);
    connect(m_view, &QPrintPreviewWidget::paintRequested, this,
            &PrintPreviewDialog::paintRequested);
    connect(m_view, &QPrintPreviewWidget::previewChanged, this,
            &PrintPreviewDialog::updatePageLabel);

    auto *layout = new QVBoxLayout(this);
    FlowLayout *tools = addRow(this, layout);
    auto *zoomOut =
        addButton(this, tools, u"zoomOutButton"_s, tr("Zoom &Out"), QKeySequence::ZoomOut);
    auto *zoomIn = addButton(this, tools, u"zoomInButton"_s, tr("Zoom &In"), QKeySequence::ZoomIn);
    auto *fit = addButton(this, tools, u"fitWidthButton"_s, tr("&Fit to Width"));
    m_largePrint = new QCheckBox(tr("&Large print"), this);
    m_largePrint->setObjectName(u"largePrintCheck"_s);
    m_largePrint->setChecked(largePrint);
    m_largePrint->setToolTip(tr("Bigger letters on the paper, for easier reading"));
    tools->addWidget(m_largePrint);
    m_pageLabel = new QLabel(this);
    m_pageLabel->setObjectName(u"pageLabel"_s);
    tools->addWidget(m_pageLabel);
    layout->addWidget(m_view, 1);

    FlowLayout *actions = addRow(this, layout);
    auto *print =
        addButton(this, actions, u"printPagesButton"_s, tr("&Print…"), QKeySequence::Print);
    print->setDefault(true);
    auto *pdf = addButton(this, actions, u"savePdfButton"_s, tr("&Save as PDF…"),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    auto *close = addButton(this, actions, u"closePreviewButton"_s, tr("&Close"));

    connect(zoomIn, &QPushButton::clicked, m_view, [this] { m_view->zoomIn(1.25); });
    connect(zoomOut, &QPushButton::clicked, m_view, [this] { m_view->zoomOut(1.25); });
    connect(fit, &QPushButton::clicked, m_view, &QPrintPreviewWidget::fitToWidth);
    connect(m_largePrint, &QCheckBox::toggled, this, [this](bool on) {
        Q_EMIT largePrintChanged(on);
        m_view->updatePreview();
    });
    connect(print, &QPushButton::clicked, this, &PrintPreviewDialog::printRequested);
    connect(pdf, &QPushButton::clicked, this, &PrintPreviewDialog::savePdfRequested);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    auto *next = new QAction(this);
    next->setShortcut(QKeySequence(Qt::Key_PageDown));
    connect(next, &QAction::triggered, this, [this] { showPage(currentPage() + 1); });
    auto *previous = new QAction(this);
    previous->setShortcut(QKeySequence(Qt::Key_PageUp));
    connect(previous, &QAction::triggered, this, [this] { showPage(currentPage() - 1); });
    addActions({next, previous});

    // Most of the screen, so that a page fit to the width can be read.
    if (const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen()) {
        const QSize room = screen->availableSize();
        resize(room.width() * 3 / 4, room.height() * 9 / 10);
    }
    m_view->setZoomMode(QPrintPreviewWidget::FitToWidth);
    m_view->setFocus();
}

int PrintPreviewDialog::currentPage() const
{
    return m_view->currentPage();
}

int PrintPreviewDialog::pageCount() const
{
    return m_view->pageCount();
}

bool PrintPreviewDialog::largePrint() const
{
    return m_largePrint->isChecked();
}

void PrintPreviewDialog::showPage(int page)
{
    m_view->setCurrentPage(std::clamp(page, 1, std::max(1, pageCount())));
    updatePageLabel();
}

void PrintPreviewDialog::updatePageLabel()
{
    m_pageLabel->setText(tr("Page %1 of %2").arg(currentPage()).arg(pageCount()));
}

} // namespace nextsteps
