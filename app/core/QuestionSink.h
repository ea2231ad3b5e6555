#pragma once

#include <QString>

namespace nextsteps {

// Where "Add to my questions" goes. The reading pane only knows this interface; the checklist
// model implements it.
class QuestionSink
{
public:
    virtual ~QuestionSink() = default;

    // Adds the suggested question unless it is already on the list. Returns true if it was added.
    virtual bool addSuggestedQuestion(const QString &topicId, const QString &questionId,
                                      const QString &text) = 0;
    // True when the question is on the list already: added from a topic, or written with the
    // same words by the person.
    virtual bool hasSuggestedQuestion(const QString &questionId, const QString &text) const = 0;
    // Why nothing can be added, in plain words ("it is open in another Next Steps window");
    // empty when the list can be changed.
    virtual QString whyReadOnly() const { return {}; }
};

} // namespace nextsteps
