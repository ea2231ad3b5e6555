#pragma once

class QDialog;

namespace nextsteps {

// The app's dialogs follow View > zoom: their text is the app's text size, and they open large
// enough to show all of it (within the screen). Ask::exec does this for every dialog.
namespace DialogSize {

// The application's text size now, in percent (TextSize).
int zoom();

// The dialog's font at the text size, its own size and minimum width grown with it, and room
// for every label's whole text, without going past the screen.
void fit(QDialog *dialog);
// The dialog's contents in a scrolled area, its buttons below it (fit() does this when the
// dialog is taller than the screen).
void scrollContents(QDialog *dialog);

} // namespace DialogSize

} // namespace nextsteps
