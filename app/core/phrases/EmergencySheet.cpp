#include "core/phrases/EmergencySheet.h"

#include "core/PrintedText.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextCursor>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace nextsteps {

namespace {

const QJsonObject &words()
{
    static const QJsonObject all = [] {
        QFile file(u":/phrases/emergency.json"_s);
        return file.open(QIODevice::ReadOnly)
                   ? QJsonDocument::fromJson(file.readAll()).object().value(u"words"_s).toObject()
                   : QJsonObject();
    }();
    return all;
}

// The sheet's lines, in order: a heading (or none) and what it says (one line or more); the
// breathing lines louder than the rest.
struct Line
{
    QString heading;
    QString text;
    bool loud = false;
};

QList<Line> linesOf(const EmergencyInfo &info, const ChecklistData &data)
{
    QList<Line> lines;
    if (info.airway != EmergencyInfo::Airway::NotSaid) {
        const QString key =
            info.airway == EmergencyInfo::Airway::NeckBreather ? u"neck"_s : u"trach"_s;
        lines.append({QString(), EmergencySheet::word(key, u"en"_s), true});
        lines.append({QString(), EmergencySheet::word(key, u"es"_s), true});
        lines.append({QString(), EmergencySheet::word(u"cannotSpeak"_s, u"en"_s) + u' ' +
                                     EmergencySheet::word(u"cannotSpeak"_s, u"es"_s)});
        if (!info.tube.trimmed().isEmpty())
            lines.append({EmergencySheet::both(u"tube"_s), info.tube.trimmed()});
    }
    const QString none = EmergencySheet::both(u"none"_s);
    lines.append({EmergencySheet::both(u"allergies"_s),
                  info.allergies.trimmed().isEmpty() ? none : info.allergies.trimmed()});
    // Then who speaks for the person and their wishes; then the care team, the immunotherapy
    // and the medicines (a long list of those may go on to a second page).
    QStringList speaks{info.speaksName.trimmed(), info.speaksPhone.trimmed()};
    speaks.removeAll(QString());
    if (!speaks.isEmpty())
        lines.append({EmergencySheet::both(u"speaks"_s), speaks.join(u", "_s)});
    if (!info.polstWhere.trimmed().isEmpty())
        lines.append({EmergencySheet::both(u"polst"_s), info.polstWhere.trimmed()});
    if (!info.notes.trimmed().isEmpty())
        lines.append({EmergencySheet::both(u"notes"_s), info.notes.trimmed()});
    // One heading, a line for each person: the numbers easy to find.
    QStringList team;
    for (const CareContact &contact : data.careTeam) {
        QStringList parts{contact.name.trimmed(), CareContact::roleName(contact.role).trimmed(),
                          contact.phone.trimmed()};
        if (!contact.afterHoursPhone.trimmed().isEmpty())
            parts << EmergencySheet::both(u"afterHours"_s) + u' ' +
                         contact.afterHoursPhone.trimmed();
        parts.removeAll(QString());
        if (!parts.isEmpty())
            team << parts.join(u", "_s);
    }
    if (!team.isEmpty())
        lines.append({EmergencySheet::both(u"careTeam"_s), team.join(u'\n')});
    if (!data.immunotherapy.isEmpty()) {
        QStringList therapy{data.immunotherapy.drugs.join(u", "_s)};
        const QString from = data.immunotherapy.started.toString(Qt::ISODate);
        const QString to = data.immunotherapy.stopped.toString(Qt::ISODate);
        if (!from.isEmpty() || !to.isEmpty())
            therapy << (from.isEmpty() ? u"?"_s : from) + u" – "_s + (to.isEmpty() ? u"…"_s : to);
        therapy.removeAll(QString());
        lines.append({EmergencySheet::word(u"immunotherapy"_s, u"en"_s) + u' ' +
                          EmergencySheet::word(u"immunotherapy"_s, u"es"_s),
                      therapy.join(u", "_s)});
    }
    QStringList medicines;
    for (const Medicine &medicine : data.medicines) {
        QStringList parts{medicine.name.trimmed()};
        for (const QString &part : {medicine.dose, medicine.schedule}) {
            if (!part.trimmed().isEmpty())
                parts << part.trimmed();
        }
        medicines << parts.join(u", "_s);
    }
    lines.append({EmergencySheet::both(u"medicines"_s),
                  medicines.isEmpty() ? none : medicines.join(u"; "_s)});
    return lines;
}

// Between a heading and its words: a colon, or a space after a heading that is a sentence.
QString separator(const Line &line)
{
    if (line.heading.isEmpty() || line.text.isEmpty())
        return {};
    return line.heading.endsWith(u'.') ? u" "_s : u": "_s;
}

} // namespace

QString EmergencySheet::word(const QString &key, const QString &language)
{
    return words().value(key).toObject().value(language == u"es" ? u"es"_s : u"en"_s).toString();
}

QString EmergencySheet::both(const QString &key)
{
    return word(key, u"en"_s) + u" / "_s + word(key, u"es"_s);
}

std::unique_ptr<QTextDocument> EmergencySheet::build(const EmergencyInfo &info,
                                                     const ChecklistData &data, qreal body)
{
    auto document = std::make_unique<QTextDocument>();
    QFont base = QGuiApplication::font();
    base.setPointSizeF(body);
    document->setDefaultFont(base);
    QTextCursor cursor(document.get());
    cursor.setBlockFormat(PrintedText::paragraph(0));
    cursor.insertText(headline(info, data), PrintedText::text(body * 16 / 13, true));
    const QTextBlockFormat paragraph = PrintedText::paragraph(body / 5);
    for (const Line &line : linesOf(info, data)) {
        cursor.insertBlock(paragraph, PrintedText::text(body));
        if (line.loud) {
            cursor.insertText(line.text, PrintedText::text(body * 16 / 13, true));
            continue;
        }
        if (!line.heading.isEmpty())
            cursor.insertText(line.heading + separator(line), PrintedText::text(body, true));
        // Lines within a paragraph (the care team, one each).
        QString text = line.text;
        text.replace(u'\n', QChar::LineSeparator);
        cursor.insertText(text, PrintedText::text(body));
    }
    return document;
}

QString EmergencySheet::headline(const EmergencyInfo &info, const ChecklistData &data)
{
    const QString name =
        info.name.trimmed().isEmpty() ? data.immunotherapy.name.trimmed() : info.name.trimmed();
    return name.isEmpty() ? title() : title() + u": "_s + name;
}

QString EmergencySheet::toPlainText(const EmergencyInfo &info, const ChecklistData &data)
{
    QStringList out{headline(info, data), QString()};
    for (const Line &line : linesOf(info, data))
        out << (line.heading.isEmpty() ? line.text
                : line.text.isEmpty()  ? line.heading
                                       : line.heading + u": "_s + line.text);
    return out.join(u'\n') + u'\n';
}

} // namespace nextsteps
