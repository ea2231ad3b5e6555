#include "ui/help/AboutDialog.h"

#include "core/AppInfo.h"
#include "core/guide/Guide.h"
#include "ui/widgets/WrappingLabel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nextsteps {

AboutDialog::AboutDialog(const Guide &guide, QWidget *parent) : QDialog(parent)
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About Next Steps"));
    resize(640, 560);

    auto *heading = new WrappingLabel(this);
    heading->setObjectName(u"aboutHeading"_s);
    heading->setTextFormat(Qt::RichText);
    heading->setText(u"<h2>"_s + tr("Next Steps") + u"</h2><p>"_s +
                     tr("Version %1").arg(QString::fromLatin1(AppInfo::Version)) + u"<br>"_s +
                     tr("Free software under the MIT License.") + u"</p>"_s);

    QString markdown;
    if (const Topic *about = guide.topic(u"about"_s))
        markdown += guide.pageMarkdown(*about) + u"\n\n"_s;
    if (const Topic *sources = guide.topic(u"sources"_s))
        markdown += guide.pageMarkdown(*sources);
    auto *text = new QTextBrowser(this);
    text->setObjectName(u"aboutText"_s);
    text->setAccessibleName(tr("About this guide"));
    text->setOpenExternalLinks(true);
    text->setMarkdown(markdown);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
}

} // namespace nextsteps
