#pragma once

#include "common/BackgroundRunner.h"

#include <QDialog>
#include <QStringList>

#include <utility>

class QFormLayout;
class QLabel;
class QDialogButtonBox;

namespace pulsedesk::ui {

/// A small modal form: fields are added by name and read back by name. Shown with open(), never exec(), so
/// the event loop and widget tests keep running; `submitted` fires on OK and the owner decides whether to
/// close it (showError() keeps it open with the reason).
class FormDialog : public QDialog
{
    Q_OBJECT

public:
    FormDialog(const QString& title, QWidget* parent);

    void addText(const QString& name, const QString& label, const QString& value = {});
    void addPassword(const QString& name, const QString& label);
    void addMultiline(const QString& name, const QString& label, const QString& value = {});
    void addChoice(const QString& name, const QString& label, const QStringList& texts, const QStringList& values);
    void addDate(const QString& name, const QString& label, bool optional);
    void addDateTime(const QString& name, const QString& label);
    void setIntro(const QString& text);

    QString text(const QString& name) const;
    QString choice(const QString& name) const;
    QDate date(const QString& name) const;
    QDateTime dateTime(const QString& name) const;
    void setValue(const QString& name, const QString& value);

    void showError(const QString& message);
    void setBusy(bool busy);

    /// Runs `work` (returning a Result or Status) on `runner`'s thread while the form is busy. A failure is shown
    /// in the form, which stays open; on success the form is accepted, then `done(result)` runs.
    template<typename Work, typename Done>
    void runThenAccept(BackgroundRunner& runner, Work work, Done done)
    {
        setBusy(true);
        runner.run(this, std::move(work), [this, done = std::move(done)](const auto& result) {
            if (!result) {
                showError(result.errorMessage());
                return;
            }
            accept();
            done(result);
        });
    }

signals:
    void submitted();

private:
    QFormLayout* m_form = nullptr;
    QLabel* m_intro = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace pulsedesk::ui
