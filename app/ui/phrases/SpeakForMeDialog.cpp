#include "ui/phrases/SpeakForMeDialog.h"

#include "core/Speaker.h"
#include "core/checklist/ChecklistModel.h"
#include "ui/phrases/ShowBigDialog.h"
#include "ui/widgets/Ask.h"
#include "ui/widgets/DialogSize.h"
#include "ui/widgets/FlowLayout.h"
#include "ui/widgets/WrappingLabel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nextsteps {

int SpeakForMeDialog::rowForKey(int key)
{
    if (key >= Qt::Key_1 && key <= Qt::Key_9)
        return key - Qt::Key_1;
    if (key == Qt::Key_0)
        return 9;
    if (key >= Qt::Key_A && key <= Qt::Key_Z)
        return 10 + key - Qt::Key_A;
    return -1;
}

void SpeakForMeDialog::focusPage()
{
    (m_tabs->currentIndex() == 0 ? static_cast<QWidget *>(m_phrases) : m_type)
        ->setFocus(Qt::ShortcutFocusReason);
}

QString SpeakForMeDialog::keyFor(int row)
{
    // 1 to 9, then 0 for the tenth, then the letters (one's own phrases may be many).
    if (row < 9)
        return QString::number(row + 1);
    if (row == 9)
        return u"0"_s;
    if (row < 10 + 26)
        return QString(QChar(u'A' + (row - 10)));
    return {};
}

SpeakForMeDialog::SpeakForMeDialog(ChecklistModel *model, Speaker *speaker, const QString &language,
                                   QList<SaidPhrase> *said, QWidget *parent)
    : QDialog(parent), m_model(model), m_speaker(speaker), m_language(language),
      m_saidBefore(said ? said : &m_ownSaid)
{
    setObjectName(u"speakForMe"_s);
    setWindowTitle(tr("Speak for Me"));
    m_groups = new QListWidget(this);
    m_groups->setObjectName(u"phraseGroups"_s);
    m_groups->setAccessibleName(tr("Groups of phrases"));
    m_phrases = new QListWidget(this);
    m_phrases->setObjectName(u"phrases"_s);
    m_phrases->setAccessibleName(tr("Phrases: a number key or Enter says one"));
    m_phrases->setWordWrap(true);
    m_phrases->installEventFilter(this);
    m_groupsLabel = new QLabel(tr("&Groups:"), this);
    m_groupsLabel->setBuddy(m_groups);
    m_phrasesLabel = new QLabel(tr("A number key or Enter says a phrase:"), this);
    m_phrasesLabel->setBuddy(m_phrases);
    m_other = new QCheckBox(
        language == u"es" ? tr("Show and say in &English") : tr("Show and say in &Spanish"), this);
    m_other->setObjectName(u"otherLanguage"_s);
    m_said = new WrappingLabel(QString(), this);
    m_said->setObjectName(u"saidNow"_s);
    m_said->setAccessibleName(tr("What was said"));
    m_why = new WrappingLabel(QString(), this);
    m_why->setObjectName(u"notSaid"_s);
    m_why->hide();
    m_said->hide(); // until something is said: its room is the phrases'
    // What just happened to one's own phrases ("Removed. Ctrl+Z brings it back.").
    m_status = new WrappingLabel(QString(), this);
    m_status->setObjectName(u"boardStatus"_s);
    m_status->hide();
    m_ownNote = new WrappingLabel(QString(), this);
    m_ownNote->setObjectName(u"ownPhrasesNote"_s);
    m_ownNote->hide();

    m_sayButton = new QPushButton(tr("Sa&y It"), this);
    m_sayButton->setAutoDefault(false);
    connect(m_sayButton, &QPushButton::clicked, this,
            [this] { sayPhrase(m_phrases->currentRow()); });
    m_bigButton = new QPushButton(tr("Show &Big"), this);
    m_bigButton->setObjectName(u"showBigButton"_s);
    m_bigButton->setAutoDefault(false);
    connect(m_bigButton, &QPushButton::clicked, this, &SpeakForMeDialog::showBig);
    for (QWidget *board :
         {static_cast<QWidget *>(m_groups), static_cast<QWidget *>(m_other),
          static_cast<QWidget *>(m_sayButton), static_cast<QWidget *>(m_bigButton)})
        board->installEventFilter(this);
    auto *bigKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_B), this);
    connect(bigKey, &QShortcut::activated, this, &SpeakForMeDialog::showBig);
    // A modal dialog keeps Edit > Undo from the window: the board's own changes are undone here.
    connect(new QShortcut(QKeySequence::Undo, this), &QShortcut::activated, this,
            &SpeakForMeDialog::undoMine);
    connect(new QShortcut(QKeySequence::Redo, this), &QShortcut::activated, this,
            &SpeakForMeDialog::redoMine);

    m_type = new QLineEdit(this);
    m_type->setObjectName(u"typeAndSay"_s);
    m_type->setAccessibleName(tr("Type something to say, then press Enter"));
    auto *typeLabel = new QLabel(tr("Type, then press Enter to say it:"), this);
    typeLabel->setBuddy(m_type);
    connect(m_type, &QLineEdit::returnPressed, this, &SpeakForMeDialog::sayTyped);
    m_keep = new QPushButton(tr("&Keep as My Phrase"), this);
    m_keep->setAutoDefault(false);
    connect(m_keep, &QPushButton::clicked, this, &SpeakForMeDialog::keepTypedAsMine);
    // One's own phrases: one button with a menu (room for the phrases at large text), each
    // command also a key in the phrase list, as the menu shows.
    m_change = new QPushButton(tr("&Change My Phrases"), this);
    m_change->setObjectName(u"changeMine"_s);
    m_change->setAutoDefault(false);
    auto *mineMenu = new QMenu(m_change);
    const auto mineAction = [this, mineMenu](const QString &text, const QKeySequence &key,
                                             std::function<void(int)> what) {
        QAction *action = mineMenu->addAction(text);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetShortcut);
        m_phrases->addAction(action);
        connect(action, &QAction::triggered, this, [this, what] { what(m_phrases->currentRow()); });
        m_mineActions << action;
    };
    mineAction(tr("Change the Words…"), QKeySequence(Qt::Key_F2),
               [this](int row) { changeMine(row); });
    mineAction(tr("Remove"), QKeySequence(QKeySequence::Delete),
               [this](int row) { removeMine(row); });
    mineAction(tr("Move Up"), QKeySequence(Qt::CTRL | Qt::Key_Up),
               [this](int row) { moveMine(row, -1); });
    mineAction(tr("Move Down"), QKeySequence(Qt::CTRL | Qt::Key_Down),
               [this](int row) { moveMine(row, 1); });
    m_change->setMenu(mineMenu);

    m_history = new QListWidget(this);
    m_history->setObjectName(u"saidHistory"_s);
    m_history->setAccessibleName(tr("Said this time: Enter says one again"));
    m_history->installEventFilter(this);
    auto *historyLabel = new QLabel(tr("Said this t&ime (Enter says it again):"), this);
    historyLabel->setBuddy(m_history);

    m_change->installEventFilter(this);
    layOut({m_sayButton, m_bigButton, m_other, m_change}, typeLabel, historyLabel);

    connect(m_groups, &QListWidget::currentRowChanged, this, &SpeakForMeDialog::fillPhrases);
    connect(m_other, &QCheckBox::toggled, this, [this] {
        // The same phrase chosen, now in the other language.
        const int row = m_phrases->currentRow();
        fillPhrases();
        m_phrases->setCurrentRow(row);
    });
    connect(m_phrases, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { sayPhrase(m_phrases->row(item)); });
    // Queued: saying again refills the list, which must not happen inside its own signal.
    connect(
        m_history, &QListWidget::activated, this,
        [this](const QModelIndex &index) { sayAgain(index.row()); }, Qt::QueuedConnection);
    connect(m_model, &ChecklistModel::sectionChanged, this, [this](const QString &name) {
        if (name == PhraseBoard::SectionName)
            fillGroups();
    });
    fillGroups();
    fillHistory();
    applyFonts();
    resize(900, 640);
}

void SpeakForMeDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    QTimer::singleShot(0, this, [this] {
        m_tabs->setCurrentIndex(0);
        m_phrases->setFocus(Qt::OtherFocusReason);
    });
}

int SpeakForMeDialog::currentGroup() const
{
    return std::max(0, m_groups->currentRow());
}

void SpeakForMeDialog::setCurrentGroup(int group)
{
    m_groups->setCurrentRow(std::clamp(group, 0, int(m_board.size()) - 1));
}

void SpeakForMeDialog::fillGroups()
{
    const int group = currentGroup();
    const int row = m_phrases->currentRow();
    m_board = PhraseBoard::groups(own());
    const QSignalBlocker quiet(m_groups);
    m_groups->clear();
    for (const PhraseGroup &each : std::as_const(m_board))
        m_groups->addItem(each.name(m_language));
    m_groups->setCurrentRow(std::min(group, int(m_board.size()) - 1));
    fillPhrases();
    m_phrases->setCurrentRow(std::min(row, m_phrases->count() - 1));
}

void SpeakForMeDialog::fillPhrases()
{
    const PhraseGroup &group = m_board.at(currentGroup());
    const QString shown = m_other->isChecked() ? otherLanguage() : m_language;
    m_phrases->clear();
    for (int i = 0; i < group.phrases.size(); ++i) {
        const QString text = group.phrases.at(i).text(shown);
        const QString key = keyFor(i);
        auto *item = new QListWidgetItem(key.isEmpty() ? text : key + u"   "_s + text, m_phrases);
        item->setData(Qt::AccessibleTextRole, text);
    }
    if (group.phrases.isEmpty())
        m_phrases->addItem(tr("No phrases of your own yet. Type one below and choose Keep as My "
                              "Phrase."));
    m_phrases->setCurrentRow(0);
    const bool inMine = group.id == u"mine";
    const bool changeable = canChangeOwn();
    m_change->setVisible(inMine);
    m_change->setEnabled(inMine && changeable && !group.phrases.isEmpty());
    for (QAction *action : std::as_const(m_mineActions))
        action->setEnabled(m_change->isEnabled());
    m_keep->setEnabled(changeable);
    m_ownNote->setVisible(!changeable);
    if (!changeable)
        m_ownNote->setText(
            m_model->isReadOnly()
                ? tr("This list is open in another window or cannot be written: your own phrases "
                     "can be said here, and changed there.")
                : tr("Your own phrases were kept by a newer version of Next Steps: they can be "
                     "said here, and changed in that version."));
}

void SpeakForMeDialog::say(const QString &text, const QString &language, const QString &beneath)
{
    if (text.trimmed().isEmpty())
        return;
    m_said->setText(beneath.isEmpty() ? text : text + u'\n' + beneath);
    m_said->setAccessibleDescription(m_said->text());
    m_said->show();
    m_why->hide();
    m_status->hide();
    if (!m_speaker || !m_speaker->speak(text, language))
        notSaid(m_speaker ? m_speaker->whyNot() : QString());
    // Newest first; a phrase said again moves to the top rather than filling the list.
    const SaidPhrase said{text, language, beneath};
    m_saidBefore->removeAll(said);
    m_saidBefore->prepend(said);
    fillHistory();
}

void SpeakForMeDialog::fillHistory()
{
    m_history->clear();
    for (const SaidPhrase &said : std::as_const(*m_saidBefore)) {
        auto *item = new QListWidgetItem(
            said.beneath.isEmpty() ? said.text : said.text + u"  ("_s + said.beneath + u')',
            m_history);
        item->setData(Qt::AccessibleTextRole, item->text());
    }
    m_history->setCurrentRow(m_saidBefore->isEmpty() ? -1 : 0);
}

void SpeakForMeDialog::notSaid(const QString &why)
{
    // Short: at large text it must leave the phrases their room.
    QString reason = why.trimmed();
    if (reason.endsWith(u'.'))
        reason.chop(1);
    m_why->setText(tr("Not said aloud: %1.").arg(reason));
    m_why->show();
}

void SpeakForMeDialog::tell(const QString &what)
{
    m_status->setText(what);
    m_status->setAccessibleName(what);
    m_status->show();
}

void SpeakForMeDialog::sayPhrase(int row)
{
    const PhraseGroup &group = m_board.at(currentGroup());
    if (row < 0 || row >= group.phrases.size())
        return;
    const Phrase &phrase = group.phrases.at(row);
    const bool other = m_other->isChecked() && !phrase.isOwn();
    const QString language = other ? otherLanguage() : m_language;
    // In the other language, the person's own words beneath, for them to see what is said.
    say(phrase.text(language), language, other ? phrase.text(m_language) : QString());
    // At large text the phrase chosen in the list is what was said: shown once, leaving the
    // phrases their room (in the other language it is shown, with the person's words beneath).
    if (DialogSize::zoom() >= 175 && !other)
        m_said->hide();
}

void SpeakForMeDialog::sayTyped()
{
    say(PhraseBoard::cleanPhrase(m_type->text()), m_language, QString());
    // Kept, to keep as a phrase of one's own; chosen, so that what is typed next replaces it.
    m_type->selectAll();
}

void SpeakForMeDialog::sayAgain(int historyRow)
{
    if (historyRow < 0 || historyRow >= m_saidBefore->size())
        return;
    const SaidPhrase said = m_saidBefore->at(historyRow);
    say(said.text, said.language, said.beneath);
}

void SpeakForMeDialog::showBig()
{
    // On the phrases page, the phrase chosen there, in the language shown (without saying it:
    // the room may need quiet); on the typing page, what is typed, or else what was said last.
    // What was said last is the newest in the history.
    QString text = m_saidBefore->isEmpty() ? QString() : m_saidBefore->first().text;
    QString beneath = m_saidBefore->isEmpty() ? QString() : m_saidBefore->first().beneath;
    const PhraseGroup &group = m_board.at(currentGroup());
    const int row = m_phrases->currentRow();
    const QString typed = PhraseBoard::cleanPhrase(m_type->text());
    if (m_tabs->currentIndex() == 1 && !typed.isEmpty()) {
        text = typed;
        beneath.clear();
    } else if ((m_tabs->currentIndex() == 0 || text.isEmpty()) && row >= 0 &&
               row < group.phrases.size()) {
        const Phrase &phrase = group.phrases.at(row);
        const bool other = m_other->isChecked() && !phrase.isOwn();
        text = phrase.text(other ? otherLanguage() : m_language);
        beneath = other ? phrase.text(m_language) : QString();
    }
    if (text.isEmpty())
        return;
    const QPointer<QWidget> had = focusWidget();
    ShowBigDialog big(text, beneath, this);
    Ask::exec(&big);
    // Back to the board, where the keys were, whatever the platform activates next.
    activateWindow();
    if (had)
        had->setFocus(Qt::ActiveWindowFocusReason);
}

bool SpeakForMeDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress && event->type() != QEvent::Shortcut)
        return QDialog::eventFilter(watched, event);
    if (event->type() == QEvent::Shortcut) {
        // Alt and a page's letter goes to its list or field, even on the page already shown.
        if (watched == m_tabs->tabBar())
            QTimer::singleShot(0, this, &SpeakForMeDialog::focusPage);
        return QDialog::eventFilter(watched, event);
    }
    const auto *key = static_cast<QKeyEvent *>(event);
    // On the phrases page a number says its phrase wherever the focus is (the groups, a button,
    // the language box): as the words above the list promise.
    const bool onBoard = watched == m_phrases || watched == m_groups || watched == m_other ||
                         watched == m_change || watched == m_sayButton || watched == m_bigButton;
    if (onBoard && watched != m_phrases && key->modifiers() == Qt::NoModifier &&
        key->key() >= Qt::Key_0 && key->key() <= Qt::Key_9) {
        const int row = rowForKey(key->key());
        if (row < m_board.at(currentGroup()).phrases.size()) {
            m_phrases->setCurrentRow(row);
            m_phrases->setFocus(Qt::ShortcutFocusReason);
            sayPhrase(row);
        }
        return true;
    }
    if (watched == m_phrases && key->modifiers() == Qt::NoModifier) {
        const int row = rowForKey(key->key());
        if (row >= 0 && row < m_board.at(currentGroup()).phrases.size()) {
            m_phrases->setCurrentRow(row);
            sayPhrase(row);
            return true;
        }
        if (key->key() == Qt::Key_Left || key->key() == Qt::Key_Right) {
            setCurrentGroup(currentGroup() + (key->key() == Qt::Key_Right ? 1 : -1));
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            sayPhrase(m_phrases->currentRow());
            return true;
        }
    }
    if (watched == m_history && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
        sayAgain(m_history->currentRow());
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace nextsteps
