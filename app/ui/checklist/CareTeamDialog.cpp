#include "ui/checklist/CareTeamDialog.h"

#include "ui/checklist/RecordListEditor.h"
#include "ui/widgets/WrappingLabel.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nextsteps {

CareTeamDialog::CareTeamDialog(ChecklistModel *model, QWidget *parent)
    : QDialog(parent), m_model(model)
{
    setObjectName(u"careTeamDialog"_s);
    setWindowTitle(tr("My Care Team"));
    m_numbers = new QTextBrowser(this);
    m_numbers->setObjectName(u"careTeamNumbers"_s);
    m_numbers->setOpenLinks(false);
    m_numbers->setAccessibleName(tr("Phone numbers of my care team"));
    m_status = new WrappingLabel(this);
    m_status->setObjectName(u"careTeamStatus"_s);
    m_editor = new RecordListEditor(model, ChecklistModel::ListKind::CareTeam, this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_numbers, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_editor, 2);
    layout->addWidget(buttons);
    resize(720, 560);

    connect(m_numbers, &QTextBrowser::anchorClicked, this, &CareTeamDialog::call);
    connect(model, &ChecklistModel::changed, this, &CareTeamDialog::updateNumbers);
    connect(model, &QAbstractItemModel::modelReset, this, &CareTeamDialog::updateNumbers);
    updateNumbers();
}

QUrl CareTeamDialog::telUrl(const QString &number)
{
    // The first number written, as RFC 3966 has it: digits (and a leading "+"), then
    // ";ext=" and the extension when one follows ("555-0100 ext. 23"). "Day 555-0100 /
    // Night 555-0199" dials the first one only, never the two run together.
    static const QRegularExpression first(uR"(\+?\d[\d\s().\-]*)"_s);
    static const QRegularExpression extension(
        uR"([\s,;]*(?:ext(?:ension|ensi[oó]n)?\.?|x|#)\s*(\d+))"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch found = first.match(number);
    if (!found.hasMatch())
        return {};
    QString digits;
    int count = 0;
    for (const QChar c : found.captured()) {
        if (c.isDigit())
            ++count;
        if (c.isDigit() || (c == u'+' && digits.isEmpty()))
            digits += c;
    }
    if (count < 3)
        return {};
    const QRegularExpressionMatch ext =
        extension.match(number, found.capturedEnd(), QRegularExpression::NormalMatch,
                        QRegularExpression::AnchorAtOffsetMatchOption);
    if (ext.hasMatch())
        digits += u";ext="_s + ext.captured(1);
    return QUrl(u"tel:"_s + digits);
}

QString CareTeamDialog::numbersHtml(const QList<CareContact> &team)
{
    if (team.isEmpty())
        return u"<p>"_s +
               tr("No one on the list yet. Write the names and numbers below: your oncologist, "
                  "the nurse line, the palliative care team, hospice, your pharmacy.")
                   .toHtmlEscaped() +
               u"</p>"_s;
    auto link = [](const QString &number) {
        const QUrl url = telUrl(number);
        const QString shown = number.trimmed().toHtmlEscaped();
        return url.isValid() ? u"<a href=\""_s + url.toString(QUrl::FullyEncoded).toHtmlEscaped() +
                                   u"\">"_s + shown + u"</a>"_s
                             : shown;
    };
    QString html;
    for (const CareContact &contact : team) {
        html += u"<p><b>"_s + contact.name.trimmed().toHtmlEscaped() + u"</b>"_s;
        const QString role = CareContact::roleName(contact.role).trimmed();
        if (!role.isEmpty())
            html += u" ("_s + role.toHtmlEscaped() + u')';
        if (!contact.phone.trimmed().isEmpty())
            html += u"<br>"_s + tr("Phone:").toHtmlEscaped() + u' ' + link(contact.phone);
        if (!contact.afterHoursPhone.trimmed().isEmpty())
            html += u"<br>"_s + tr("After hours:").toHtmlEscaped() + u' ' +
                    link(contact.afterHoursPhone);
        html += u"</p>"_s;
    }
    return html;
}

void CareTeamDialog::updateNumbers()
{
    m_numbers->setHtml(numbersHtml(m_model->checklist().careTeam));
}

void CareTeamDialog::call(const QUrl &url)
{
    if (url.scheme() != u"tel")
        return;
    // A phone app may take it; if none does, the number is at least shown large enough to dial.
    const QString number = url.path();
    if (QDesktopServices::openUrl(url))
        m_status->setText(tr("Calling %1 with your phone app.").arg(number));
    else
        m_status->setText(tr("Phone number: %1").arg(number));
}

} // namespace nextsteps
