#include "ui/decisions/WishesPage.h"

#include "ui/decisions/WebLink.h"

#include "core/checklist/ChecklistFormat.h"
#include "core/decisions/DecisionsPrintout.h"
#include "ui/widgets/DialogSize.h"
#include "ui/widgets/LinesTall.h"
#include "ui/widgets/Placeholder.h"
#include "ui/widgets/WheelOnlyWhenFocused.h"
#include "ui/widgets/WrappingLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nextsteps {

namespace {

QString clean(const QString &text)
{
    return ChecklistFormat::cleanText(text).trimmed();
}

QFormLayout *form()
{
    auto *layout = new QFormLayout;
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->setRowWrapPolicy(DialogSize::zoom() >= 150 ? QFormLayout::WrapAllRows
                                                       : QFormLayout::WrapLongRows);
    return layout;
}

} // namespace

WishesPage::WishesPage(const MyWishes &wishes, bool readOnly, QWidget *parent) : QWidget(parent)
{
    setObjectName(u"wishesPage"_s);
    auto *notLegal = new WrappingLabel(this);
    notLegal->setObjectName(u"wishesNotLegal"_s);
    notLegal->setTextFormat(Qt::RichText);
    notLegal->setText(
        tr("<p>%1 <a href=\"%2\">Advance directive forms by state</a>, <a href=\"%3\">POLST "
           "in your state</a>. The guide’s topics <a href=\"topic:coping\">Coping and "
           "support</a> and <a href=\"topic:caregivers\">For caregivers</a> say more.</p>")
            .arg(DecisionsPrintout::notLegal().toHtmlEscaped(),
                 u"https://www.caringinfo.org/planning/advance-directives/by-state/"_s,
                 u"https://polst.org/programs-in-your-state/"_s));
    notLegal->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(notLegal, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(u"topic:"))
            Q_EMIT topicRequested(link.mid(6));
        else
            Q_EMIT message(WebLink::open(link));
    });

    const auto line = [this, readOnly](const QString &text, const QString &name,
                                       const QString &accessible) {
        auto *edit = new QLineEdit(text, this);
        edit->setObjectName(name);
        edit->setAccessibleName(accessible);
        edit->setReadOnly(readOnly);
        connect(edit, &QLineEdit::textChanged, this, &WishesPage::changed);
        return edit;
    };
    // "I want to talk about this with my doctor", by MyWishes::talkIds().
    const QStringList talkIds = MyWishes::talkIds();
    m_talk = QList<QCheckBox *>(talkIds.size(), nullptr);
    const auto talkBox = [&](const QString &id, const QString &about, QWidget *parent) {
        auto *talk = new QCheckBox(tr("I want to talk about this with my doctor"), parent);
        const int at = int(talkIds.indexOf(id));
        talk->setObjectName(u"talk_"_s + id);
        talk->setChecked(wishes.talk.value(at));
        talk->setEnabled(!readOnly);
        talk->setAccessibleDescription(about);
        m_talk[at] = talk;
        return talk;
    };
    m_name = line(wishes.name, u"wishesName"_s, tr("My name"));
    m_speaksName =
        line(wishes.speaksName, u"wishesSpeaksName"_s, tr("Who speaks for me if I can’t"));
    m_speaksPhone = line(wishes.speaksPhone, u"wishesSpeaksPhone"_s, tr("Their phone"));
    auto *who = form();
    who->addRow(tr("My &name:"), m_name);
    who->addRow(tr("Who speaks &for me if I can’t:"), m_speaksName);
    who->addRow(tr("Their p&hone:"), m_speaksPhone);
    auto *whoHint = new WrappingLabel(
        tr("This person is often called a health care proxy or agent. Tell them what you "
           "want, and give them a copy."),
        this);
    who->addRow(QString(), whoHint);
    who->addRow(QString(), talkBox(u"proxy"_s, tr("Who speaks for me if I can’t"), this));

    m_mostOfAll = new WrappingLabel(this);
    m_mostOfAll->setObjectName(u"wishesMostOfAll"_s);
    auto *mattersRow = form();
    auto *mattersLabel = new QLabel(tr("What matters most to me:"), this);
    mattersRow->addRow(mattersLabel, m_mostOfAll);

    auto *wishesBox = new QGroupBox(tr("My wishes, in my words"), this);
    auto *wishesLayout = form();
    const QStringList ids = MyWishes::wishIds();
    for (int wish = 0; wish < ids.size(); ++wish) {
        const QString label = MyWishes::wishLabel(ids.at(wish));
        auto *edit = new LinesTall(wishes.wishes.value(wish), 3, wishesBox);
        edit->setObjectName(u"wish_"_s + ids.at(wish));
        edit->setReadOnly(readOnly);
        edit->setAccessibleName(label);
        QCheckBox *talk = talkBox(ids.at(wish), label, wishesBox);
        connect(edit, &QPlainTextEdit::textChanged, this, &WishesPage::changed);
        // A label that wraps: the longest is wider than the page at the largest text.
        auto *name = new WrappingLabel(label + u':', wishesBox);
        name->setBuddy(edit);
        wishesLayout->addRow(name, edit);
        wishesLayout->addRow(QString(), talk);
        m_wishes << edit;
    }
    wishesBox->setLayout(wishesLayout);

    m_advanceDirective = haveBox(wishes.advanceDirective, tr("I have an advance directive"));
    m_advanceDirective->setObjectName(u"haveAdvanceDirective"_s);
    m_advanceDirective->setEnabled(!readOnly);
    m_advanceDirectiveWhere = line(wishes.advanceDirectiveWhere, u"advanceDirectiveWhere"_s,
                                   tr("Where my advance directive is kept"));
    setPlaceholder(m_advanceDirectiveWhere, tr("For example: in the blue folder by the phone"),
                   tr("Such as: blue folder"));
    m_polst = haveBox(wishes.polst, tr("I have a POLST"));
    m_polst->setObjectName(u"havePolst"_s);
    m_polst->setEnabled(!readOnly);
    m_polstWhere = line(wishes.polstWhere, u"polstWhere"_s, tr("Where my POLST is kept"));
    setPlaceholder(m_polstWhere, tr("For example: on the fridge"), tr("Such as: on the fridge"));
    auto *papers = form();
    auto *papersHint = new WrappingLabel(
        tr("Advance directives are of two kinds: a living will says what care you want; a health "
           "care power of attorney names who decides if you can’t. A POLST is a medical order "
           "for people who are seriously ill, signed by your doctor or another health "
           "professional after talking with you, about the treatment you want in an emergency "
           "(some states call it MOLST or POST). Keep it where emergency staff can find it."),
        this);
    papers->addRow(papersHint); // first: what the two papers are, then where they are
    papers->addRow(tr("I have an &advance directive:"), m_advanceDirective);
    papers->addRow(tr("Where it is k&ept:"), m_advanceDirectiveWhere);
    papers->addRow(tr("I have a PO&LST:"), m_polst);
    papers->addRow(tr("Where it is &kept:"), m_polstWhere);
    papers->addRow(talkBox(u"papers"_s, tr("My papers"), this));
    auto *papersBox = new QGroupBox(tr("My papers"), this);
    papersBox->setLayout(papers);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(notLegal);
    layout->addLayout(who);
    layout->addLayout(mattersRow);
    layout->addWidget(wishesBox);
    layout->addWidget(papersBox);
    layout->addStretch(1);
    setFocusProxy(m_name);
}

QComboBox *WishesPage::haveBox(MyWishes::Have have, const QString &accessibleName)
{
    auto *box = new QComboBox(this);
    box->addItem(tr("Not answered"));
    for (MyWishes::Have each : {MyWishes::Have::Yes, MyWishes::Have::No, MyWishes::Have::NotSure})
        box->addItem(MyWishes::haveName(each));
    box->setCurrentIndex(int(have));
    box->setAccessibleName(accessibleName);
    wheelOnlyWhenFocused(box);
    connect(box, &QComboBox::currentIndexChanged, this, &WishesPage::changed);
    return box;
}

void WishesPage::showMostOfAll(const QStringList &names)
{
    m_mostOfAll->setText(names.isEmpty()
                             ? tr("Nothing rated “most of all” yet (on the page before).")
                             : names.join(u", "_s));
}

MyWishes WishesPage::wishes() const
{
    MyWishes wishes;
    wishes.name = clean(m_name->text());
    wishes.speaksName = clean(m_speaksName->text());
    wishes.speaksPhone = clean(m_speaksPhone->text());
    for (int wish = 0; wish < m_wishes.size(); ++wish)
        wishes.wishes[wish] = clean(m_wishes.at(wish)->toPlainText());
    for (int talk = 0; talk < m_talk.size(); ++talk)
        wishes.talk[talk] = m_talk.at(talk)->isChecked();
    wishes.advanceDirective = MyWishes::Have(std::clamp(m_advanceDirective->currentIndex(), 0, 3));
    wishes.advanceDirectiveWhere = clean(m_advanceDirectiveWhere->text());
    wishes.polst = MyWishes::Have(std::clamp(m_polst->currentIndex(), 0, 3));
    wishes.polstWhere = clean(m_polstWhere->text());
    return wishes;
}

} // namespace nextsteps
