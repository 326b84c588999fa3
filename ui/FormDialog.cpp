#include "FormDialog.h"

#include "common/DisplayText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pulsedesk::ui {

FormDialog::FormDialog(const QString& title, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    setModal(true);
    setAttribute(Qt::WA_DeleteOnClose);
    auto* layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->hide();
    layout->addWidget(m_intro);
    m_form = new QFormLayout;
    layout->addLayout(m_form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("formError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FormDialog::submitted);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void FormDialog::setIntro(const QString& text)
{
    m_intro->setText(text);
    m_intro->show();
}

void FormDialog::addText(const QString& name, const QString& label, const QString& value)
{
    auto* edit = new QLineEdit(value, this);
    edit->setObjectName(name);
    edit->setAccessibleName(label);
    m_form->addRow(label, edit);
}

void FormDialog::addPassword(const QString& name, const QString& label)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(name);
    edit->setEchoMode(QLineEdit::Password);
    edit->setAccessibleName(label);
    m_form->addRow(label, edit);
}

void FormDialog::addMultiline(const QString& name, const QString& label, const QString& value)
{
    auto* edit = new QPlainTextEdit(value, this);
    edit->setObjectName(name);
    edit->setAccessibleName(label);
    edit->setTabChangesFocus(true);
    m_form->addRow(label, edit);
}

void FormDialog::addChoice(const QString& name, const QString& label, const QStringList& texts,
                           const QStringList& values)
{
    auto* combo = new QComboBox(this);
    combo->setObjectName(name);
    combo->setAccessibleName(label);
    for (qsizetype i = 0; i < texts.size(); ++i)
        combo->addItem(texts[i], values.value(i));
    m_form->addRow(label, combo);
}

void FormDialog::addDate(const QString& name, const QString& label, bool optional)
{
    auto* edit = new QDateEdit(this);
    edit->setObjectName(name);
    edit->setAccessibleName(label);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMaximumDate(QDate::currentDate());
    if (optional) {
        // The minimum date stands for "unknown" and is shown as such.
        edit->setMinimumDate(QDate(1880, 1, 1));
        edit->setSpecialValueText(tr("Unknown"));
        edit->setDate(edit->minimumDate());
    } else {
        edit->setDate(QDate::currentDate());
    }
    m_form->addRow(label, edit);
}

void FormDialog::addDateTime(const QString& name, const QString& label)
{
    auto* edit = new QDateTimeEdit(QDateTime::currentDateTime(), this);
    edit->setObjectName(name);
    edit->setAccessibleName(label);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_form->addRow(label, edit);
}

QString FormDialog::text(const QString& name) const
{
    if (auto* line = findChild<QLineEdit*>(name))
        return line->text();
    if (auto* plain = findChild<QPlainTextEdit*>(name))
        return plain->toPlainText();
    return {};
}

QString FormDialog::choice(const QString& name) const
{
    auto* combo = findChild<QComboBox*>(name);
    return combo ? combo->currentData().toString() : QString();
}

QDate FormDialog::date(const QString& name) const
{
    auto* edit = findChild<QDateEdit*>(name);
    if (!edit || (!edit->specialValueText().isEmpty() && edit->date() == edit->minimumDate()))
        return {};
    return edit->date();
}

QDateTime FormDialog::dateTime(const QString& name) const
{
    auto* edit = findChild<QDateTimeEdit*>(name);
    return edit ? edit->dateTime() : QDateTime();
}

void FormDialog::setValue(const QString& name, const QString& value)
{
    if (auto* line = findChild<QLineEdit*>(name))
        line->setText(value);
    else if (auto* plain = findChild<QPlainTextEdit*>(name))
        plain->setPlainText(value);
    else if (auto* combo = findChild<QComboBox*>(name))
        combo->setCurrentIndex(std::max(0, combo->findData(value)));
}

void FormDialog::showError(const QString& message)
{
    // Messages may quote outside text: plain text, escaped line by line.
    m_error->setText(DisplayText::escapedLines(message));
    m_error->setVisible(!message.isEmpty());
    setBusy(false);
}

void FormDialog::setBusy(bool busy)
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
}

} // namespace pulsedesk::ui
