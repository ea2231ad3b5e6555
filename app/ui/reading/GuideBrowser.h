#pragma once

#include <QTextBrowser>

class QFrame;
class QLabel;
class QPushButton;

namespace nextsteps {

class Guide;
struct GlossaryTerm;

// Shows one page of the guide, rendered by Qt's own Markdown support. Glossary words explain
// themselves in place, external links open in the system browser, and nothing is ever loaded
// from the network.
class GuideBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    explicit GuideBrowser(const Guide &guide, QWidget *parent = nullptr);

    void showMarkdown(const QString &markdown);
    QString markdown() const { return m_markdown; }
    void setZoom(int percent);

    QVariant loadResource(int type, const QUrl &name) override;

    // What activating a link does; public so that tests can follow links without a mouse.
    void followLink(const QUrl &url);
    // The definition of a glossary word shows beside the word, and stays until closed (its
    // button, Escape, or another page).
    QFrame *definition() const { return m_definition; }
    void closeDefinition();
    // What a screen reader hears when Tab reaches a link.
    QString describeLink(const QUrl &url, const QString &text) const;

Q_SIGNALS:
    void topicLinkActivated(const QString &topicId);
    // A link to one of the app's own windows, [words](app:care-team): "care-team".
    void appLinkActivated(const QString &name);
    // The page is laid out and shown (find highlights can be applied now).
    void rendered();
    void message(const QString &text);
    void definitionShown(const QString &termId);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void showEvent(QShowEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void render();
    void updateTextWidth();
    QPoint popupPosition(const QUrl &url) const;
    QRect linkRect(const QUrl &url) const;
    const GlossaryTerm *showDefinition(const QUrl &url);
    static QString definitionHtml(const GlossaryTerm &term);
    static void styleLinks(QTextDocument *page);
    static void keepHeadingWordsWhole(QTextDocument *page);
    void retranslate();

    const Guide &m_guide;
    QString m_markdown;
    int m_zoom = 100;
    bool m_renderPending = false;
    QFrame *m_definition = nullptr;
    QLabel *m_definitionText = nullptr;
    QPushButton *m_definitionClose = nullptr;
};

} // namespace nextsteps
