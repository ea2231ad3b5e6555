#pragma once

#include "core/decisions/Decisions.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QTextDocument;

namespace nextsteps {

// "What matters to me" (how much each thing matters, to me and to the one who rated beside me,
// where they differ, and where I stand) and "My wishes" (who speaks for me, my wishes, my
// advance directive and POLST, each with "I want to talk about this with my doctor"), one page
// each. A field left empty prints as a line to write on. The words are the installed language's;
// the options' names come from the options side by side in `language`.
class DecisionsPrintout
{
    Q_DECLARE_TR_FUNCTIONS(nextsteps::DecisionsPrintout)

public:
    struct Content
    {
        WhatMatters matters;
        WhereIStand stand;
        MyWishes wishes;
        QString language = QStringLiteral("en");
    };
    enum Pages { MattersPage = 1, WishesPage = 2, BothPages = 3 };

    static QString title();        // both pages
    static QString mattersTitle(); // "What matters to me"
    static QString wishesTitle();  // "My wishes"
    static QString notLegal();
    static QString talkAboutIt(); // "I want to talk about this with my doctor"
    static QString different();   // a rating that differs from mine
    static QString same();
    static QString leanName(const QString &lean, const QString &language);
    static QString answerName(WhereIStand::Answer answer);

    // Adds the pages to the end of document, the first on a new page when pageBreak.
    static void append(QTextDocument *document, const Content &content, qreal body, bool pageBreak,
                       Pages pages = BothPages);
    static std::unique_ptr<QTextDocument> build(const Content &content, qreal body,
                                                Pages pages = BothPages);
    static QString toPlainText(const Content &content, Pages pages = BothPages);
};

} // namespace nextsteps
