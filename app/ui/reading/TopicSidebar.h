#pragma once

#include "core/guide/GuideSearch.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace nextsteps {

class Guide;

// The topics in reading order, and a search box that searches the full text of every topic.
class TopicSidebar : public QWidget
{
    Q_OBJECT

public:
    explicit TopicSidebar(const Guide &guide, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QListWidget *list() const { return m_list; }
    QString currentTopic() const { return m_current; }
    void setZoom(int percent);
    // The guide changed language (the same object, new content): lists its topics again.
    void reloadGuide();

public Q_SLOTS:
    void setCurrentTopic(const QString &topicId);
    void focusSearch();
    void focusList();

Q_SIGNALS:
    // The person opened a topic; highlight holds the words a search found there, one a line.
    void topicActivated(const QString &topicId, const QString &highlight);
    // The person chose it on purpose (Enter, a click), not by moving through the list with the
    // arrows: where one pane shows at a time, the window goes on to the reading.
    void topicChosen();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    static constexpr int MinimumWidth = 180;
    int listChromeWidth() const;
    void retranslateUi();
    void showTopics();
    void showResults(const QString &query);
    void activate(QListWidgetItem *item);

    const Guide &m_guide;
    GuideSearch m_searcher;
    QLineEdit *m_search;
    QLabel *m_resultsLabel;
    QListWidget *m_list;
    QString m_current;
    int m_zoom = 100;
};

} // namespace nextsteps
