#pragma once

#include <QString>

class QLabel;
class QPushButton;
class QWidget;

namespace pulsedesk::ui {

/// What the start pages (LoginPage, SetupPage) share: a box of fixed width centred on the page, an error line in
/// it, and the link under it that changes where the ward is stored.
namespace StartPage {

/// The error line: red, bold, word-wrapped, hidden until there is an error.
QLabel* createError(const QString& objectName, QWidget* box);
/// The flat "change where the ward is stored" button, hidden until offered; `text` is the page's own tr().
QPushButton* createStoreChange(const QString& text, const QString& objectName, QWidget* page);
/// Lays `page` out: `box` centred, `storeChange` under it (outside the box, whose height its wrapped texts fill).
void layOut(QWidget* page, QWidget* box, QWidget* storeChange);

} // namespace StartPage

} // namespace pulsedesk::ui
