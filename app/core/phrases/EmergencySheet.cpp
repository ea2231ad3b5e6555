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

// The sheet's lines, in order: a heading (or none) and what it says; a line in capitals first.
struct Line
{
    QString heading;
    QString text;
    bool loud = false;
};

QList<Line> linesOf(const EmergencyInfo &info, const ChecklistData &data)
{
    QList<Line> lines;
    const QString name = data.immunotherapy.name.trimmed();
    if (!name.isEmpty())
        lines.append({EmergencySheet::both(u"name"_s), name});
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
    if (!data.immunotherapy.isEmpty()) {
        lines.append({QString(),
                      EmergencySheet::word(u"immunotherapy"_s, u"en"_s) + u' ' +
                          EmergencySheet::word(u"immunotherapy"_s, u"es"_s),
                      true});
        QStringList therapy{data.immunotherapy.drugs.join(u", "_s)};
        const QString from = data.immunotherapy.started.toString(Qt::ISODate);
        const QString to = data.immunotherapy.stopped.toString(Qt::ISODate);
        if (!from.isEmpty() || !to.isEmpty())
            therapy << (from.isEmpty() ? u"?"_s : from) + u" – "_s + (to.isEmpty() ? u"…"_s : to);
        therapy.removeAll(QString());
        if (!therapy.isEmpty())
            lines.append({EmergencySheet::both(u"drugs"_s), therapy.join(u", "_s)});
    }
    for (const CareContact &contact : data.careTeam) {
        QStringList parts{contact.name.trimmed(), CareContact::roleName(contact.role).trimmed(),
                          contact.phone.trimmed()};
        if (!contact.afterHoursPhone.trimmed().isEmpty())
            parts << EmergencySheet::both(u"afterHours"_s) + u": "_s +
                         contact.afterHoursPhone.trimmed();
        parts.removeAll(QString());
        lines.append({EmergencySheet::both(u"careTeam"_s), parts.join(u", "_s)});
    }
    QStringList speaks{info.speaksName.trimmed(), info.speaksPhone.trimmed()};
    speaks.removeAll(QString());
    if (!speaks.isEmpty())
        lines.append({EmergencySheet::both(u"speaks"_s), speaks.join(u", "_s)});
    if (!info.polstWhere.trimmed().isEmpty())
        lines.append({EmergencySheet::both(u"polst"_s), info.polstWhere.trimmed()});
    if (!info.notes.trimmed().isEmpty())
        lines.append({EmergencySheet::both(u"notes"_s), info.notes.trimmed()});
    return lines;
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
    cursor.insertText(title(), PrintedText::text(body * 3 / 2, true));
    for (const Line &line : linesOf(info, data)) {
        cursor.insertBlock(PrintedText::paragraph(body * 2 / 3), PrintedText::text(body));
        if (line.loud) {
            cursor.insertText(line.text, PrintedText::text(body * 5 / 4, true));
            continue;
        }
        if (!line.heading.isEmpty())
            cursor.insertText(line.heading + u": "_s, PrintedText::text(body, true));
        cursor.insertText(line.text, PrintedText::text(body));
    }
    return document;
}

QString EmergencySheet::toPlainText(const EmergencyInfo &info, const ChecklistData &data)
{
    QStringList out{title(), QString()};
    for (const Line &line : linesOf(info, data))
        out << (line.heading.isEmpty() ? line.text : line.heading + u": "_s + line.text);
    return out.join(u'\n') + u'\n';
}

} // namespace nextsteps
