#include "GuiDriver.h"

#include <QAbstractItemView>
#include <QListWidget>
#include <QPlainTextEdit>

namespace pulsedesk::test {

QString GuiDriver::visibleText()
{
    QStringList parts;
    const QList<QWidget*> widgets = QApplication::allWidgets();
    for (QWidget* w : widgets) {
        if (!w->isVisible())
            continue;
        parts.append(w->windowTitle());
        if (auto* label = qobject_cast<QLabel*>(w))
            parts.append(label->text());
        else if (auto* edit = qobject_cast<QLineEdit*>(w))
            parts.append(edit->text());
        else if (auto* plain = qobject_cast<QPlainTextEdit*>(w))
            parts.append(plain->toPlainText());
        else if (auto* view = qobject_cast<QAbstractItemView*>(w)) {
            QAbstractItemModel* model = view->model();
            for (int r = 0; model && r < model->rowCount(); ++r) {
                for (int c = 0; c < model->columnCount(); ++c)
                    parts.append(model->index(r, c).data().toString());
            }
        }
    }
    return parts.join(QLatin1Char('\n'));
}

} // namespace pulsedesk::test
