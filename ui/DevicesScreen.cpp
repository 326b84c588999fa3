#include "DevicesScreen.h"

#include "FormDialog.h"
#include "storage/DeviceRegistry.h"
#include "storage/PatientRegistry.h"
#include "workspace/Workspace.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QTableView>

namespace pulsedesk::ui {

DevicesScreen::DevicesScreen(UiContext& context, QWidget* parent)
    : Screen(context, tr("Devices"), parent)
{
    setObjectName(QStringLiteral("devicesScreen"));
    m_model = new TableModel<Device>(
        {
            textColumn<Device>(tr("Device"), [](const Device& d) { return d.deviceId; }),
            textColumn<Device>(tr("Manufacturer"), [](const Device& d) { return d.manufacturer; }),
            textColumn<Device>(tr("Model"), [](const Device& d) { return d.model; }),
            textColumn<Device>(tr("Worn by"),
                               [](const Device& d) {
                                   if (d.assignedPatientId > 0)
                                       return tr("MRN %1, bed %2").arg(d.assignedPatientMrn, d.assignedBed);
                                   return d.assignedPatientId < 0 ? tr("in use") : tr("free");
                               }),
            textColumn<Device>(
                tr("Registered"),
                [](const Device& d) { return QLocale().toString(d.registeredAt.toLocalTime(), QLocale::ShortFormat); }),
        },
        this);
    auto* bar = new QHBoxLayout;
    m_register = new QPushButton(tr("&Register device…"), this);
    m_register->setObjectName(QStringLiteral("registerDeviceButton"));
    m_assign = new QPushButton(tr("&Assign to patient…"), this);
    m_assign->setObjectName(QStringLiteral("assignDeviceButton"));
    m_unassign = new QPushButton(tr("&End assignment"), this);
    m_unassign->setObjectName(QStringLiteral("unassignDeviceButton"));
    bar->addWidget(m_register);
    bar->addWidget(m_assign);
    bar->addWidget(m_unassign);
    bar->addStretch();
    contentLayout()->addLayout(bar);
    m_table = createTable(m_model, QStringLiteral("devicesTable"), tr("Devices"), this);
    contentLayout()->addWidget(m_table, 1);
    connect(m_register, &QPushButton::clicked, this, &DevicesScreen::registerDevice);
    connect(m_assign, &QPushButton::clicked, this, &DevicesScreen::assign);
    connect(m_unassign, &QPushButton::clicked, this, &DevicesScreen::unassign);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DevicesScreen::updateActions);
    updateActions();
}

const Device* DevicesScreen::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->itemAt(rows.first().row());
}

QString DevicesScreen::selectedDeviceId() const
{
    const Device* device = selected();
    return device ? device->deviceId : QString();
}

void DevicesScreen::updateActions()
{
    const Device* device = selected();
    m_register->setVisible(m_context.may(Permission::RegisterDevices));
    m_assign->setVisible(m_context.may(Permission::AssignDevices));
    m_unassign->setVisible(m_context.may(Permission::AssignDevices));
    m_assign->setEnabled(device && device->assignedPatientId == 0);
    m_unassign->setEnabled(device && device->assignedPatientId != 0);
}

void DevicesScreen::refresh()
{
    const Session session = m_context.session;
    Workspace* workspace = m_context.workspace;
    loadTable(
        m_model, m_table, [=] { return workspace->devices().list(session); }, [this] { updateActions(); });
}

void DevicesScreen::clear()
{
    m_model->clear();
    showStatus({});
    updateActions();
}

void DevicesScreen::registerDevice()
{
    auto* dialog = new FormDialog(tr("Register device"), this);
    dialog->setObjectName(QStringLiteral("registerDeviceDialog"));
    dialog->addText(QStringLiteral("deviceId"), tr("Device identifier:"));
    dialog->addText(QStringLiteral("manufacturer"), tr("Manufacturer:"));
    dialog->addText(QStringLiteral("model"), tr("Model:"));
    connect(dialog, &FormDialog::submitted, this, [this, dialog] {
        const QString id = dialog->text(QStringLiteral("deviceId"));
        const QString manufacturer = dialog->text(QStringLiteral("manufacturer"));
        const QString model = dialog->text(QStringLiteral("model"));
        const Session session = m_context.session;
        Workspace* workspace = m_context.workspace;
        dialog->runThenAccept(
            *m_context.runner, [=] { return workspace->devices().add(session, id, manufacturer, model); },
            [this](const Result<Device>& device) {
                showStatus(tr("Registered %1.").arg(device->deviceId));
                refresh();
            });
    });
    dialog->open();
}

void DevicesScreen::assign()
{
    const QString deviceId = selectedDeviceId();
    if (deviceId.isEmpty())
        return;
    const Session session = m_context.session;
    Workspace* workspace = m_context.workspace;
    m_context.runner->run(
        this, [=] { return workspace->patients().list(session); },
        [this, deviceId](const Result<QList<Patient>>& patients) {
            if (!patients) {
                showStatus(patients.errorMessage(), true);
                return;
            }
            QStringList texts;
            QStringList mrns;
            for (const Patient& p : patients.value()) {
                texts.append(tr("Bed %1 — %2 (MRN %3)").arg(p.bed, p.name, p.mrn));
                mrns.append(p.mrn);
            }
            auto* dialog = new FormDialog(tr("Assign %1").arg(deviceId), this);
            dialog->setObjectName(QStringLiteral("assignDeviceDialog"));
            dialog->addChoice(QStringLiteral("patient"), tr("Patient:"), texts, mrns);
            dialog->addDateTime(QStringLiteral("from"), tr("Worn since:"));
            connect(dialog, &FormDialog::submitted, this, [this, dialog, deviceId] {
                const QString mrn = dialog->choice(QStringLiteral("patient"));
                const QDateTime from = dialog->dateTime(QStringLiteral("from"));
                const Session s = m_context.session;
                Workspace* w = m_context.workspace;
                dialog->runThenAccept(
                    *m_context.runner, [=] { return w->devices().assign(s, deviceId, mrn, from); },
                    [this, deviceId, mrn](const Status&) {
                        showStatus(tr("%1 is assigned to MRN %2.").arg(deviceId, mrn));
                        refresh();
                    });
            });
            dialog->open();
        });
}

void DevicesScreen::unassign()
{
    const QString deviceId = selectedDeviceId();
    if (deviceId.isEmpty())
        return;
    runThenFinish([deviceId](Workspace& w, const Session& s) { return w.devices().unassign(s, deviceId); },
                  tr("%1 is free again.").arg(deviceId));
}

} // namespace pulsedesk::ui
