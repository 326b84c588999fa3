#include "DeviceHealthScreen.h"

#include "DisplayFormat.h"
#include "scores/FleetHealthReader.h"
#include "workspace/Workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>

namespace pulsedesk::ui {

namespace {

struct Loaded
{
    QList<DeviceHealthScreen::Row> rows;
    QString summary;
};

QString fleetName(const FleetHealth::Fleet& fleet)
{
    const QString name = (fleet.manufacturer + QLatin1Char(' ') + fleet.model).trimmed();
    return name.isEmpty() ? DeviceHealthScreen::tr("(no manufacturer or model)") : name;
}

/// The report as table lines: every flag of every flagged device, and one line for each fleet without any.
Loaded toRows(const FleetHealthReader::Report& report, int hours)
{
    Loaded loaded;
    int devices = 0;
    int flagged = 0;
    for (const FleetHealth::Fleet& fleet : report.fleets) {
        devices += int(fleet.devices.size());
        flagged += fleet.flagged();
        DeviceHealthScreen::Row base;
        base.fleet = fleetName(fleet);
        base.fleetState = !fleet.judged
            ? DeviceHealthScreen::tr("%1 devices: too few to judge (at least 3)").arg(fleet.devices.size())
            : DeviceHealthScreen::tr("%1 devices, %2 flagged").arg(fleet.devices.size()).arg(fleet.flagged());
        if (!fleet.judged || fleet.flagged() == 0) {
            base.fault = fleet.judged ? DeviceHealthScreen::tr("no device flagged") : QString();
            loaded.rows.append(base);
            continue;
        }
        for (const FleetHealth::DeviceHealth& d : fleet.devices)
            for (const FleetHealth::Flag& f : d.flags) {
                DeviceHealthScreen::Row row = base;
                row.deviceId = d.summary.deviceId;
                row.worn = d.summary.worn;
                row.fault = FleetHealth::faultText(f.fault);
                row.figures = FleetHealth::describe(f);
                loaded.rows.append(row);
            }
    }
    loaded.summary = DeviceHealthScreen::tr("Readings of the last %1 h (%2 – %3): %4 devices in %5 fleets, %6 flagged.")
                         .arg(hours)
                         .arg(DisplayFormat::localTime(report.from), DisplayFormat::localTime(report.to))
                         .arg(devices)
                         .arg(report.fleets.size())
                         .arg(flagged);
    return loaded;
}

} // namespace

DeviceHealthScreen::DeviceHealthScreen(UiContext& context, QWidget* parent)
    : Screen(context, tr("Device health"), parent)
{
    setObjectName(QStringLiteral("deviceHealthScreen"));
    m_model = new TableModel<Row>(
        {
            textColumn<Row>(tr("Manufacturer and model"), [](const Row& r) { return r.fleet; }),
            textColumn<Row>(tr("Fleet"), [](const Row& r) { return r.fleetState; }),
            textColumn<Row>(tr("Device"), [](const Row& r) { return r.deviceId; }),
            textColumn<Row>(tr("On a patient"),
                            [](const Row& r) {
                                return r.deviceId.isEmpty() ? QString() : r.worn ? tr("yes") : tr("no");
                            }),
            textColumn<Row>(tr("Fault"), [](const Row& r) { return r.fault; }),
            {tr("Figures that flagged it"),
             [](const Row& r, int role) -> QVariant {
                 // In full on hover: the column may be narrower than the figures.
                 if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
                     return DisplayText::escaped(r.figures);
                 return {};
             }},
        },
        this);
    auto* bar = new QHBoxLayout;
    m_hours = new QSpinBox(this);
    m_hours->setObjectName(QStringLiteral("deviceHealthHours"));
    m_hours->setRange(1, 24 * 14);
    m_hours->setValue(24);
    m_hours->setSuffix(tr(" h"));
    m_hours->setAccessibleName(tr("Period judged, in hours"));
    auto* hoursLabel = new QLabel(tr("Readings of the last:"), this);
    hoursLabel->setBuddy(m_hours);
    m_check = new QPushButton(tr("&Check devices"), this);
    m_check->setObjectName(QStringLiteral("checkDevicesButton"));
    bar->addWidget(hoursLabel);
    bar->addWidget(m_hours);
    bar->addWidget(m_check);
    bar->addStretch();
    contentLayout()->addLayout(bar);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("deviceHealthSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    contentLayout()->addWidget(m_summary);
    m_table = createTable(m_model, QStringLiteral("deviceHealthTable"), tr("Flagged devices"), this);
    contentLayout()->addWidget(m_table, 1);
    auto* method = new QLabel(tr("Each device is compared with the other devices of its manufacturer and model "
                                 "(median and median absolute deviation, 3 scaled MADs): a constant offset, too little "
                                 "or too much variability, values stuck, frequent dropouts. A flagged device on a "
                                 "patient raises a low technical alarm."),
                              this);
    method->setWordWrap(true);
    contentLayout()->addWidget(method);
    connect(m_check, &QPushButton::clicked, this, &DeviceHealthScreen::load);
}

void DeviceHealthScreen::refresh()
{
    // Reading every device's readings is not free: only when the screen is in view.
    m_stale = true;
    if (isVisible())
        load();
}

void DeviceHealthScreen::showEvent(QShowEvent* event)
{
    Screen::showEvent(event);
    if (m_stale)
        load();
}

void DeviceHealthScreen::clear()
{
    m_model->clear();
    m_summary->clear();
    m_stale = true;
    showStatus({});
}

void DeviceHealthScreen::load()
{
    if (!m_context.workspace || !m_context.session.isValid())
        return;
    m_stale = false;
    const Session session = m_context.session;
    Workspace* workspace = m_context.workspace;
    const int hours = m_hours->value();
    m_check->setEnabled(false);
    showStatus(tr("Reading the devices' readings..."));
    m_context.runner->run(
        this,
        [=]() -> Result<Loaded> {
            const FleetHealthReader reader(workspace->database(), workspace->audit(), workspace->clock());
            auto report = reader.read(session, hours);
            if (!report)
                return report.error();
            return toRows(report.value(), hours);
        },
        [this](const Result<Loaded>& loaded) {
            m_check->setEnabled(true);
            if (!loaded) {
                showStatus(loaded.errorMessage(), true);
                return;
            }
            m_model->setItems(loaded->rows);
            m_summary->setText(loaded->summary);
            m_table->resizeColumnsToContents();
            showStatus({});
        });
}

} // namespace pulsedesk::ui
