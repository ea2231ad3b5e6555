#pragma once

class QWidget;

namespace nextsteps {

// A choice box in a page that scrolls: the mouse wheel over it scrolls the page, and changes the
// choice only once the box has the focus (clicked or reached with Tab). Otherwise a person
// scrolling past would change an answer without seeing it.
void wheelOnlyWhenFocused(QWidget *widget);

} // namespace nextsteps
