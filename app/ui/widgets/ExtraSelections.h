#pragma once

#include <QTextEdit>

namespace nextsteps {

// Who drew a highlight on a page. Find in page and reading aloud both highlight the same text
// view; each replaces only its own highlights, so neither wipes out the other.
enum class HighlightOwner { Find = 1, ReadAloud = 2 };

inline constexpr int HighlightOwnerProperty = QTextFormat::UserProperty + 0x4e53;

inline void setOwnedExtraSelections(QTextEdit *editor, HighlightOwner owner,
                                    QList<QTextEdit::ExtraSelection> selections)
{
    QList<QTextEdit::ExtraSelection> all;
    const auto existing = editor->extraSelections();
    for (const QTextEdit::ExtraSelection &selection : existing) {
        // A highlight on a page that was replaced points nowhere: it goes too.
        if (selection.cursor.isNull() || selection.cursor.document() != editor->document())
            continue;
        if (selection.format.intProperty(HighlightOwnerProperty) != int(owner))
            all.append(selection);
    }
    for (QTextEdit::ExtraSelection &selection : selections) {
        selection.format.setProperty(HighlightOwnerProperty, int(owner));
        all.append(selection);
    }
    editor->setExtraSelections(all);
}

inline QList<QTextEdit::ExtraSelection> ownedExtraSelections(const QTextEdit *editor,
                                                             HighlightOwner owner)
{
    QList<QTextEdit::ExtraSelection> mine;
    const auto existing = editor->extraSelections();
    for (const QTextEdit::ExtraSelection &selection : existing) {
        if (selection.format.intProperty(HighlightOwnerProperty) == int(owner))
            mine.append(selection);
    }
    return mine;
}

} // namespace nextsteps
