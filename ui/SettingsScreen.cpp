#include "SettingsScreen.h"

#include "scores/Pews.h"
#include "settings/Settings.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace pulsedesk::ui {

namespace {
struct Values
{
    int autoLockMinutes = 5;
    QString language;
    MqttSettings mqtt;
    QList<int> analysis; ///< in the order of SettingsScreen::m_analysis
    bool anomalyAlarm = false;
    QString pewsChart; ///< the selected paediatric chart in words
};

/// The selected paediatric chart in words, or why there is none.
QString chartText(const Result<std::optional<Pews>>& chart)
{
    if (!chart)
        return chart.errorMessage();
    if (!chart.value())
        return SettingsScreen::tr("None: patients under 16 get no early-warning score.");
    return SettingsScreen::tr("%1 (age bands: %2). Source: %3")
        .arg(chart.value()->name(), QString::number(chart.value()->ageBands().size()), chart.value()->source());
}

struct Saved
{
    bool broker = false;
    bool analysis = false;
};
} // namespace

SettingsScreen::SettingsScreen(UiContext& context, QWidget* parent)
    : Screen(context, tr("Settings"), parent)
{
    setObjectName(QStringLiteral("settingsScreen"));
    auto* form = new QFormLayout;
    m_autoLock = new QSpinBox(this);
    m_autoLock->setObjectName(QStringLiteral("autoLockMinutes"));
    m_autoLock->setRange(1, 240);
    m_autoLock->setSuffix(tr(" min"));
    m_autoLock->setAccessibleName(tr("Lock the screen after inactivity"));
    form->addRow(tr("Lock the screen after &inactivity:"), m_autoLock);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageChoice"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("Italiano"), QStringLiteral("it"));
    form->addRow(tr("&Language (after restart):"), m_language);
    contentLayout()->addLayout(form);

    auto* broker = new QGroupBox(tr("Device broker (MQTT)"), this);
    auto* brokerForm = new QFormLayout(broker);
    const auto line = [this, brokerForm](const char* name, const QString& label, bool secret = false) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QString::fromLatin1(name));
        edit->setAccessibleName(label);
        if (secret)
            edit->setEchoMode(QLineEdit::Password);
        brokerForm->addRow(label, edit);
        return edit;
    };
    m_host = line("mqttHost", tr("Host:"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("mqttPort"));
    m_port->setRange(1, 65535);
    m_port->setAccessibleName(tr("Port"));
    brokerForm->addRow(tr("Port:"), m_port);
    m_clientId = line("mqttClientId", tr("Client id (empty: this data folder's own):"));
    m_topics = line("mqttTopics", tr("Topics (comma-separated):"));
    m_username = line("mqttUsername", tr("User name:"));
    m_password = line("mqttPassword", tr("Password:"), true);
    m_tls = new QCheckBox(tr("Use &TLS"), this);
    m_tls->setObjectName(QStringLiteral("mqttTls"));
    brokerForm->addRow(QString(), m_tls);
    m_caFile = line("mqttCaFile", tr("CA certificate file:"));
    m_certFile = line("mqttCertFile", tr("Client certificate file:"));
    m_keyFile = line("mqttKeyFile", tr("Client key file:"));
    contentLayout()->addWidget(broker);

    auto* analysis = new QGroupBox(tr("Analysis and alarms"), this);
    auto* analysisForm = new QFormLayout(analysis);
    QFormLayout* spinForm = analysisForm;
    const auto spin = [this, &spinForm](Settings::Key key, const char* name, const QString& label,
                                        const QString& suffix) {
        auto* box = new QSpinBox(this);
        box->setObjectName(QString::fromLatin1(name));
        const auto [minimum, maximum] = Settings::range(key);
        box->setRange(minimum.toInt(), maximum.toInt());
        box->setSuffix(suffix);
        box->setAccessibleName(label);
        spinForm->addRow(label, box);
        m_analysis.append({key, box});
    };
    spin(Settings::Key::AnalysisWindowSeconds, "analysisWindowSeconds", tr("Analysis window:"), tr(" s"));
    spin(Settings::Key::AnalysisLatenessSeconds, "analysisLatenessSeconds", tr("Wait for late samples:"), tr(" s"));
    spin(Settings::Key::ExpectedSampleIntervalMs, "expectedSampleIntervalMs", tr("Devices send a sample every:"),
         tr(" ms"));
    spin(Settings::Key::AlarmDelaySeconds, "alarmDelaySeconds", tr("Alarm delay (condition must hold):"), tr(" s"));
    spin(Settings::Key::AlarmEscalationMinutes, "alarmEscalationMinutes",
         tr("Escalate unacknowledged alarms to the ward after:"), tr(" min"));
    spin(Settings::Key::DeviceSilentSeconds, "deviceSilentSeconds", tr("Device silent alarm after:"), tr(" s"));
    spin(Settings::Key::RetrospectiveMinutes, "retrospectiveMinutes",
         tr("Older data gives findings for review, not alarms, after:"), tr(" min"));
    // Off by default: the anomaly score is shown with the results and raises no alarm on its own.
    m_anomalyAlarm = new QCheckBox(tr("A high anomaly score for 3 windows in a row raises a low alarm"), this);
    m_anomalyAlarm->setObjectName(QStringLiteral("anomalyAlarm"));
    analysisForm->addRow(QString(), m_anomalyAlarm);
    contentLayout()->addWidget(analysis);

    // The hospital's paediatric chart (there is no single PEWS): it scores patients under 16, never NEWS2. It is
    // checked and saved at once, apart from the settings above.
    auto* paediatric = new QGroupBox(tr("Paediatric early-warning score (patients under 16)"), this);
    auto* paediatricForm = new QFormLayout(paediatric);
    m_pewsChart = new QLabel(paediatric);
    m_pewsChart->setObjectName(QStringLiteral("pewsChart"));
    m_pewsChart->setWordWrap(true);
    m_pewsChart->setTextFormat(Qt::PlainText);
    paediatricForm->addRow(tr("Chart in use:"), m_pewsChart);
    m_pewsFile = new QLineEdit(paediatric);
    m_pewsFile->setObjectName(QStringLiteral("pewsChartFile"));
    m_pewsFile->setAccessibleName(tr("Paediatric chart file"));
    m_pewsFile->setPlaceholderText(tr("A chart file (JSON, format pulsedesk.age-banded-early-warning-table)"));
    auto* browse = new QPushButton(tr("&Browse..."), paediatric);
    browse->setObjectName(QStringLiteral("pewsBrowse"));
    auto* use = new QPushButton(tr("Use this &chart"), paediatric);
    use->setObjectName(QStringLiteral("pewsUseChart"));
    auto* none = new QPushButton(tr("Use &no chart"), paediatric);
    none->setObjectName(QStringLiteral("pewsNoChart"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_pewsFile, 1);
    fileRow->addWidget(browse);
    fileRow->addWidget(use);
    fileRow->addWidget(none);
    paediatricForm->addRow(tr("Chart file:"), fileRow);
    contentLayout()->addWidget(paediatric);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("Paediatric early-warning chart"), QString(), tr("Charts (*.json)"));
        if (!file.isEmpty())
            m_pewsFile->setText(file);
    });
    connect(use, &QPushButton::clicked, this, [this] {
        if (!m_pewsFile->text().trimmed().isEmpty())
            selectPaediatricChart(m_pewsFile->text().trimmed());
    });
    connect(none, &QPushButton::clicked, this, [this] { selectPaediatricChart(QString()); });

    // Past these limits a quarantined broker message keeps its reason, topic, size and SHA-256, not its payload.
    auto* quarantine = new QGroupBox(tr("Quarantine"), this);
    spinForm = new QFormLayout(quarantine);
    spin(Settings::Key::QuarantineMaxMegabytes, "quarantineMaxMegabytes", tr("Keep the payloads of at most:"),
         tr(" MiB"));
    spin(Settings::Key::QuarantineMaxMessages, "quarantineMaxMessages", tr("Keep the payloads of at most (messages):"),
         QString());
    contentLayout()->addWidget(quarantine);

    // Older raw samples are removed (a ward server drops whole months); results, alarms and notes stay.
    auto* samples = new QGroupBox(tr("Raw samples"), this);
    spinForm = new QFormLayout(samples);
    spin(Settings::Key::SampleRetentionMonths, "sampleRetentionMonths",
         tr("Keep raw samples for this many months before the current one:"), tr(" months"));
    m_analysis.last().second->setSpecialValueText(tr("for ever"));
    contentLayout()->addWidget(samples);

    m_save = new QPushButton(tr("&Save settings"), this);
    m_save->setObjectName(QStringLiteral("saveSettingsButton"));
    contentLayout()->addWidget(m_save, 0, Qt::AlignLeft);
    contentLayout()->addStretch();
    connect(m_save, &QPushButton::clicked, this, &SettingsScreen::save);
}

void SettingsScreen::refresh()
{
    Workspace* workspace = m_context.workspace;
    m_context.runner->run(
        this,
        [=, keys = analysisKeys()] {
            Values values {workspace->settings().autoLockMinutes(),
                           workspace->settings().language(),
                           workspace->settings().mqtt(),
                           {},
                           false,
                           {}};
            for (const Settings::Key key : keys)
                values.analysis.append(workspace->settings().value(key).toInt());
            values.anomalyAlarm = workspace->settings().value(Settings::Key::AnomalyAlarm).toBool();
            values.pewsChart = chartText(Pews::selected(workspace->settings()));
            return values;
        },
        [this](const Values& values) {
            for (qsizetype i = 0; i < m_analysis.size() && i < values.analysis.size(); ++i)
                m_analysis[i].second->setValue(values.analysis[i]);
            m_anomalyAlarm->setChecked(values.anomalyAlarm);
            showPaediatricChart(values.pewsChart);
            m_autoLock->setValue(values.autoLockMinutes);
            m_language->setCurrentIndex(std::max(0, m_language->findData(values.language)));
            const MqttSettings& m = values.mqtt;
            m_host->setText(m.host);
            m_port->setValue(m.port);
            m_clientId->setText(m.clientId);
            m_topics->setText(m.topics.join(QStringLiteral(", ")));
            m_username->setText(m.username);
            m_password->setText(m.password);
            m_tls->setChecked(m.tls);
            m_caFile->setText(m.caFile);
            m_certFile->setText(m.certFile);
            m_keyFile->setText(m.keyFile);
        });
}

QList<Settings::Key> SettingsScreen::analysisKeys() const
{
    QList<Settings::Key> keys;
    for (const auto& [key, box] : m_analysis)
        keys.append(key);
    return keys;
}

void SettingsScreen::clear()
{
    m_password->clear();
    showStatus({});
}

void SettingsScreen::showPaediatricChart(const QString& text)
{
    m_pewsChart->setText(text);
}

void SettingsScreen::selectPaediatricChart(const QString& file)
{
    const Session session = m_context.session;
    Workspace* workspace = m_context.workspace;
    m_context.runner->run(
        this,
        [=]() -> Result<QString> {
            QByteArray json;
            if (!file.isEmpty()) {
                QFile in(file);
                if (!in.open(QIODevice::ReadOnly))
                    return Error {Error::Code::NotFound, tr("Cannot read %1: %2").arg(file, in.errorString())};
                json = in.read(1024 * 1024);
            }
            if (auto selected = Pews::select(workspace->settings(), session, json); !selected)
                return selected.error();
            return chartText(Pews::selected(workspace->settings()));
        },
        [this](const Result<QString>& selected) {
            if (!selected) {
                showStatus(selected.errorMessage(), true);
                return;
            }
            showPaediatricChart(selected.value());
            showStatus(tr("Paediatric chart saved."));
        });
}

void SettingsScreen::save()
{
    const int minutes = m_autoLock->value();
    const QString language = m_language->currentData().toString();
    const QList<std::pair<Settings::Key, QVariant>> broker = {
        {Settings::Key::MqttHost, m_host->text().trimmed()},
        {Settings::Key::MqttPort, m_port->value()},
        {Settings::Key::MqttClientId, m_clientId->text().trimmed()},
        {Settings::Key::MqttTopics, m_topics->text().trimmed()},
        {Settings::Key::MqttUsername, m_username->text()},
        {Settings::Key::MqttPassword, m_password->text()},
        {Settings::Key::MqttTls, m_tls->isChecked()},
        {Settings::Key::MqttCaFile, m_caFile->text().trimmed()},
        {Settings::Key::MqttCertFile, m_certFile->text().trimmed()},
        {Settings::Key::MqttKeyFile, m_keyFile->text().trimmed()},
    };
    QList<std::pair<Settings::Key, QVariant>> analysis;
    for (const auto& [key, box] : std::as_const(m_analysis))
        analysis.append({key, box->value()});
    analysis.append({Settings::Key::AnomalyAlarm, m_anomalyAlarm->isChecked()});
    const Session session = m_context.session;
    Workspace* workspace = m_context.workspace;
    m_context.runner->run(
        this,
        [=]() -> Result<Saved> {
            if (auto saved = workspace->settings().setValue(session, Settings::Key::AutoLockMinutes, minutes); !saved)
                return saved.error();
            if (auto saved = workspace->settings().setValue(session, Settings::Key::Language, language); !saved)
                return saved.error();
            // Only what changed is saved (and audited); the answer says whether the broker changed.
            Saved changed;
            for (const auto& [key, value] : broker) {
                if (workspace->settings().value(key) == value)
                    continue;
                if (auto saved = workspace->settings().setValue(session, key, value); !saved)
                    return saved.error();
                changed.broker = true;
            }
            for (const auto& [key, value] : analysis) {
                if (workspace->settings().value(key) == value)
                    continue;
                if (auto saved = workspace->settings().setValue(session, key, value); !saved)
                    return saved.error();
                changed.analysis = true;
            }
            return changed;
        },
        [this, minutes](const Result<Saved>& saved) {
            showStatus(saved ? tr("Settings saved.") : saved.errorMessage(), !saved);
            if (!saved)
                return;
            emit autoLockChanged(minutes);
            if (saved->broker)
                emit brokerSettingsChanged();
            if (saved->analysis)
                emit analysisSettingsChanged();
        });
}

} // namespace pulsedesk::ui
