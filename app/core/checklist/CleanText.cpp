// How a person's text is kept, read or typed (ChecklistFormat::cleanText and
// withoutLoneSurrogates): every part of the app that keeps words goes through here.
#include "core/checklist/ChecklistFormat.h"

#include <QJsonValue>

#include <algorithm>

namespace nextsteps {

QString ChecklistFormat::withoutLoneSurrogates(const QString &text)
{
    const qsizetype size = text.size();
    const QChar *chars = text.constData();
    auto lone = [&](qsizetype i) {
        const QChar c = chars[i];
        if (c.isHighSurrogate())
            return i + 1 >= size || !chars[i + 1].isLowSurrogate();
        return c.isLowSurrogate() && (i == 0 || !chars[i - 1].isHighSurrogate());
    };
    qsizetype first = 0;
    while (first < size && !lone(first))
        ++first;
    if (first == size)
        return text; // the usual case: no copy
    QString fixed = text;
    for (qsizetype i = first; i < size; ++i) {
        if (lone(i))
            fixed[i] = QChar(QChar::ReplacementCharacter);
    }
    return fixed;
}

QString ChecklistFormat::cleanText(const QString &text)
{
    auto needsWork = [](QChar c) {
        const char16_t u = c.unicode();
        return u == u'\r' || u == 0x2028 || u == 0x2029 || (u >= 0x202A && u <= 0x202E) ||
               (u >= 0x2066 && u <= 0x2069);
    };
    const QString whole = withoutLoneSurrogates(text);
    if (std::none_of(whole.cbegin(), whole.cend(), needsWork))
        return whole; // the usual case: no copy
    QString out;
    out.reserve(whole.size());
    for (qsizetype i = 0; i < whole.size(); ++i) {
        const char16_t u = whole.at(i).unicode();
        if (u == u'\r') {
            out += u'\n';
            if (i + 1 < whole.size() && whole.at(i + 1) == u'\n')
                ++i;
        } else if (u == 0x2028 || u == 0x2029) {
            out += u'\n';
        } else if (!needsWork(whole.at(i))) {
            out += whole.at(i);
        }
    }
    return out;
}

bool ChecklistFormat::readSectionText(const QJsonObject &object, const QString &key, QString *out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isString())
        return false;
    *out = cleanText(value.toString());
    return true;
}

} // namespace nextsteps
