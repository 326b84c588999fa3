#include "InterfacesScreen.h"

#include "interfaces/InterfaceSettings.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

#include <tuple>
#include <utility>

namespace pulsedesk::ui {

InterfacesScreen::InterfacesScreen(UiContext& context, QWidget* parent)
    : Screen(context, tr("Hospital interfaces"), parent)
{
    setObjectName(QStringLiteral("interfacesScreen"));
    m_where = new QLabel(this);
    m_where->setObjectName(QStringLiteral("interfacesWhere"));
    m_where->setWordWrap(true);
    contentLayout()->addWidget(m_where);
    m_running = new QLabel(this);
    m_running->setObjectName(QStringLiteral("interfacesRunning"));
    m_running->setWordWrap(true);
    m_running->setTextFormat(Qt::PlainText);
    m_running->setTextInteractionFlags(Qt::TextSelectableByMouse);
    contentLayout()->addWidget(m_running);

    QFormLayout* form = nullptr;
    const auto line = [this, &form](const char* name, const QString& label, const QString& placeholder = {}) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QString::fromLatin1(name));
        edit->setAccessibleName(label);
        edit->setPlaceholderText(placeholder);
        form->addRow(label, edit);
        return edit;
    };
    auto* adt = new QGroupBox(tr("Patients from the hospital (ADT in, HL7 v2 over MLLP)"), this);
    form = new QFormLayout(adt);
    m_adtAddress = line("adtAddress", tr("Listen on address:"), tr("0.0.0.0 (every address of this computer)"));
    m_adtPort = new QSpinBox(this);
    m_adtPort->setObjectName(QStringLiteral("adtPort"));
    m_adtPort->setRange(0, 65535);
    m_adtPort->setSpecialValueText(tr("off"));
    m_adtPort->setAccessibleName(tr("Listen on port"));
    form->addRow(tr("Port (off: no ADT listener):"), m_adtPort);
    m_certificate = line("adtCertificate", tr("TLS certificate file (PEM):"), tr("empty: no TLS"));
    m_key = line("adtKey", tr("TLS key file (PEM):"));
    m_allowedPeers = line("adtAllowedPeers", tr("Allowed senders:"),
                          tr("addresses and subnets, such as 10.1.0.0/16; "
                             "empty: any"));
    contentLayout()->addWidget(adt);

    auto* out = new QGroupBox(tr("Results and alarms to the hospital (HL7 v2, IHE PCD)"), this);
    form = new QFormLayout(out);
    m_resultsTo = line("resultsTo", tr("Results to the EHR (HOST:PORT):"), tr("empty: not sent"));
    m_resultsSummary = new QComboBox(this);
    m_resultsSummary->setObjectName(QStringLiteral("resultsSummary"));
    m_resultsSummary->addItem(tr("Each analysis window"), QString::fromLatin1(InterfaceSettings::SummaryWindows));
    m_resultsSummary->addItem(tr("The median of each minute (as GE trends)"),
                              QString::fromLatin1(InterfaceSettings::SummaryMinuteMedian));
    m_resultsSummary->setAccessibleName(tr("Results sent"));
    form->addRow(tr("Results sent:"), m_resultsSummary);
    m_alarmsTo = line("alarmsTo", tr("Alarms to the alarm manager (HOST:PORT):"), tr("empty: not sent"));
    contentLayout()->addWidget(out);

    auto* topic = new QGroupBox(tr("Alarms on an MQTT topic (bed and priority only)"), this);
    form = new QFormLayout(topic);
    m_alarmsTopic = line("alarmsTopic", tr("Alarm topic on the broker:"), tr("such as ward4/alarms; empty: off"));
    auto* topicNote = new QLabel(tr("Each alarm event is published on live ingest's broker with the bed, priority, "
                                    "condition, event and time only: never a name, MRN, birth date, device or "
                                    "comment. Best effort: events are dropped while the broker cannot be reached; "
                                    "the alarm manager and the screens remain the alarms' reliable path. A change "
                                    "takes effect within a second."),
                                 this);
    topicNote->setWordWrap(true);
    form->addRow(topicNote);
    contentLayout()->addWidget(topic);

    m_save = new QPushButton(tr("Save &interface settings"), this);
    m_save->setObjectName(QStringLiteral("saveInterfacesButton"));
    contentLayout()->addWidget(m_save, 0, Qt::AlignLeft);
    contentLayout()->addStretch();
    connect(m_save, &QPushButton::clicked, this, &InterfacesScreen::save);
}

void InterfacesScreen::refresh()
{
    Workspace* workspace = m_context.workspace;
    m_where->setText(workspace->isServer()
                         ? tr("On this ward the ward server (pulsedesk-server) runs the interfaces; it takes changed "
                              "settings over when it next becomes the active server. This workstation keeps their "
                              "settings and shows their errors.")
                         : tr("This workstation runs the interfaces in the background while it is open, whoever is "
                              "logged in; results and alarm events wait in the store while it is closed."));
    m_context.runner->run(
        this,
        [workspace] {
            const InterfaceSettings settings(workspace->database(), workspace->audit());
            return std::make_tuple(settings.read(), settings.resultsSummary(), settings.alarmsTopic());
        },
        [this](const std::tuple<InterfaceConfig, QString, QString>& stored) {
            const auto& [config, summaryValue, alarmsTopic] = stored;
            const auto listen = HostPort::parse(config.adtListen);
            m_adtAddress->setText(listen ? listen->host : QString());
            m_adtPort->setValue(listen ? listen->port : 0);
            m_certificate->setText(config.certificateFile);
            m_key->setText(config.keyFile);
            m_allowedPeers->setText(config.allowedPeers);
            m_resultsTo->setText(config.resultsTo);
            m_alarmsTo->setText(config.alarmsTo);
            m_alarmsTopic->setText(alarmsTopic);
            const int summary = m_resultsSummary->findData(summaryValue);
            m_resultsSummary->setCurrentIndex(summary < 0 ? 0 : summary);
        });
}

void InterfacesScreen::clear()
{
    showStatus({});
}

void InterfacesScreen::showRunning(const QString& text, bool error)
{
    m_running->setText(text);
    m_running->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_running->setAccessibleDescription(text);
}

void InterfacesScreen::save()
{
    QString address = m_adtAddress->text().trimmed();
    if (address.contains(QLatin1Char(':')) && !address.startsWith(QLatin1Char('[')))
        address = QStringLiteral("[%1]").arg(address); // an IPv6 address
    const QString listen = m_adtPort->value() == 0
        ? QString()
        : QStringLiteral("%1:%2").arg(address.isEmpty() ? QStringLiteral("0.0.0.0") : address).arg(m_adtPort->value());
    const QList<std::pair<InterfaceSettings::Key, QString>> values = {
        {InterfaceSettings::Key::AdtListen, listen},
        {InterfaceSettings::Key::Certificate, m_certificate->text().trimmed()},
        {InterfaceSettings::Key::Key, m_key->text().trimmed()},
        {InterfaceSettings::Key::AllowedPeers, m_allowedPeers->text().trimmed()},
        {InterfaceSettings::Key::ResultsTo, m_resultsTo->text().trimmed()},
        {InterfaceSettings::Key::AlarmsTo, m_alarmsTo->text().trimmed()},
        {InterfaceSettings::Key::ResultsSummary, m_resultsSummary->currentData().toString()},
        {InterfaceSettings::Key::AlarmsTopic, m_alarmsTopic->text().trimmed()},
    };
    const Session session = m_context.session;
    Workspace* workspace = m_context.workspace;
    m_context.runner->run(
        this,
        [=]() -> Result<int> {
            InterfaceSettings settings(workspace->database(), workspace->audit());
            const InterfaceConfig now = settings.read();
            const QString current[] = {
                now.adtListen, now.certificateFile,       now.keyFile,           now.allowedPeers, now.resultsTo,
                now.alarmsTo,  settings.resultsSummary(), settings.alarmsTopic()};
            // Only what changed is saved (and audited); each value is checked by core before it is kept.
            int changed = 0;
            for (qsizetype i = 0; i < values.size(); ++i) {
                if (values[i].second == current[i])
                    continue;
                if (auto saved = settings.set(session, values[i].first, values[i].second); !saved)
                    return saved.error();
                ++changed;
            }
            return changed;
        },
        [this](const Result<int>& changed) {
            if (!changed) {
                showStatus(changed.errorMessage(), true);
                return;
            }
            showStatus(changed.value() == 0 ? tr("Nothing changed.") : tr("Interface settings saved."));
            if (changed.value() > 0)
                emit settingsChanged();
        });
}

} // namespace pulsedesk::ui
