#include "ImportOptionsPanel.h"

#include "FormDialog.h"

#include <QCollator>
#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

#include <algorithm>

namespace pulsedesk::ui {

ImportOptionsPanel::ImportOptionsPanel(QWidget* parent)
    : QGroupBox(QCoreApplication::translate("pulsedesk::ui::ImportScreen", "How to read the files"), parent)
{
    auto* form = new QFormLayout(this);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_zone = new QComboBox(this);
    m_zone->setObjectName(QStringLiteral("importZone"));
    m_zone->setAccessibleName(
        QCoreApplication::translate("pulsedesk::ui::ImportScreen", "Time zone for times without a zone"));
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    m_zone->setMaxVisibleItems(20);
    const QByteArray systemZone = QTimeZone::systemTimeZoneId();
    QList<QByteArray> zones = QTimeZone::availableTimeZoneIds();
    if (!zones.contains(systemZone))
        zones.prepend(systemZone);
    for (const QByteArray& id : std::as_const(zones))
        m_zone->addItem(QString::fromUtf8(id), id);
    m_zone->setCurrentIndex(m_zone->findData(systemZone));
    m_zone->completer()->setFilterMode(Qt::MatchContains);
    m_zone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_zone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_zone->setToolTip(QCoreApplication::translate("pulsedesk::ui::ImportScreen",
                                                   "Type part of a name, such as Rome or New_York, to find a zone. "
                                                   "The workstation's zone is %1.")
                           .arg(QString::fromUtf8(systemZone)));
    m_zone->setMinimumContentsLength(22);
    auto* zoneLabel =
        new QLabel(QCoreApplication::translate("pulsedesk::ui::ImportScreen", "Times without a &zone are in:"), this);
    zoneLabel->setBuddy(m_zone);
    form->addRow(zoneLabel, m_zone);

    m_device = new QComboBox(this);
    m_device->setObjectName(QStringLiteral("importDevice"));
    m_device->setAccessibleName(
        QCoreApplication::translate("pulsedesk::ui::ImportScreen", "Device for files that name none"));
    m_device->setToolTip(QCoreApplication::translate("pulsedesk::ui::ImportScreen",
                                                     "Records whose file names no device, or a device that is not "
                                                     "registered, are stored for this device."));
    m_device->setMinimumContentsLength(22);
    m_device->addItem(QCoreApplication::translate("pulsedesk::ui::ImportScreen", "(none)"), QString());
    auto* deviceLabel = new QLabel(
        QCoreApplication::translate("pulsedesk::ui::ImportScreen", "&Device for files that name none:"), this);
    deviceLabel->setBuddy(m_device);
    form->addRow(deviceLabel, m_device);

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("importFormat"));
    m_format->setAccessibleName(QCoreApplication::translate("pulsedesk::ui::ImportScreen", "File format"));
    m_format->addItem(QCoreApplication::translate("pulsedesk::ui::ImportScreen", "Detect automatically"), QString());
    for (const ImportFormat format : ImportFormats::all())
        m_format->addItem(ImportFormats::describe(format), ImportFormats::key(format));
    auto* formatLabel = new QLabel(QCoreApplication::translate("pulsedesk::ui::ImportScreen", "For&mat:"), this);
    formatLabel->setBuddy(m_format);
    form->addRow(formatLabel, m_format);

    connect(m_zone, &QComboBox::currentIndexChanged, this, &ImportOptionsPanel::changed);
    connect(m_zone->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        // Only known zones: typed text that names none goes back to the chosen zone.
        if (m_zone->findText(m_zone->currentText()) < 0)
            m_zone->setEditText(m_zone->itemText(m_zone->currentIndex()));
    });
    connect(m_device, &QComboBox::currentIndexChanged, this, &ImportOptionsPanel::changed);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ImportOptionsPanel::changed);
}

QList<QWidget*> ImportOptionsPanel::fields() const
{
    return {m_zone, m_device, m_format};
}

ImportOptions ImportOptionsPanel::options() const
{
    ImportOptions options;
    const QTimeZone zone(m_zone->currentData().toByteArray());
    options.zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    if (const QString key = m_format->currentData().toString(); !key.isEmpty())
        options.format = ImportFormats::fromKey(key);
    options.defaultDevice = m_device->currentData().toString();
    options.deviceMap = m_deviceMap;
    return options;
}

bool ImportOptionsPanel::setDevices(QList<Device> devices)
{
    const QString chosen = m_lastDevice;
    {
        const QSignalBlocker blocker(m_device);
        m_device->clear();
        m_device->addItem(QCoreApplication::translate("pulsedesk::ui::ImportScreen", "(none)"), QString());
        // sim-2 before sim-10, as people count.
        QCollator collator;
        collator.setNumericMode(true);
        std::sort(devices.begin(), devices.end(), [&collator](const Device& a, const Device& b) {
            return collator.compare(a.deviceId, b.deviceId) < 0;
        });
        for (const Device& d : std::as_const(devices)) {
            const QString text = d.assignedBed.isEmpty()
                ? d.deviceId
                : QCoreApplication::translate("pulsedesk::ui::ImportScreen", "%1 (bed %2)")
                      .arg(d.deviceId, d.assignedBed);
            m_device->addItem(text, d.deviceId);
        }
        m_device->setCurrentIndex(std::max(0, m_device->findData(chosen)));
    }
    return m_device->currentData().toString() != chosen;
}

void ImportOptionsPanel::clear()
{
    m_deviceMap.clear();
    const QSignalBlocker blocker(m_device);
    m_device->clear();
    m_device->addItem(QCoreApplication::translate("pulsedesk::ui::ImportScreen", "(none)"), QString());
}

void ImportOptionsPanel::keepDeviceChoice()
{
    m_lastDevice = m_device->currentData().toString();
}

void ImportOptionsPanel::mapDevices(const QStringList& sources)
{
    // The registered devices, as the default-device choice lists them.
    QStringList texts {QCoreApplication::translate("pulsedesk::ui::ImportScreen", "(as the file names it)")};
    QStringList values {QString()};
    for (int i = 1; i < m_device->count(); ++i) {
        texts.append(m_device->itemText(i));
        values.append(m_device->itemData(i).toString());
    }
    auto* dialog = new FormDialog(QCoreApplication::translate("pulsedesk::ui::ImportScreen", "Map devices"), this);
    dialog->setObjectName(QStringLiteral("mapDevicesDialog"));
    dialog->setIntro(QCoreApplication::translate("pulsedesk::ui::ImportScreen",
                                                 "Choose the registered device whose patient the samples belong to, "
                                                 "for each device the file names. The choice holds for every file in "
                                                 "the list until you change it."));
    constexpr qsizetype MaxSources = 30;
    for (qsizetype i = 0; i < sources.size() && i < MaxSources; ++i) {
        const QString name = QStringLiteral("source%1").arg(i);
        dialog->addChoice(name, sources.at(i) + QLatin1Char(':'), texts, values);
        dialog->setValue(name, m_deviceMap.value(sources.at(i)));
    }
    connect(dialog, &FormDialog::submitted, this, [this, dialog, sources] {
        for (qsizetype i = 0; i < sources.size() && i < MaxSources; ++i) {
            const QString device = dialog->choice(QStringLiteral("source%1").arg(i));
            if (device.isEmpty())
                m_deviceMap.remove(sources.at(i));
            else
                m_deviceMap.insert(sources.at(i), device);
        }
        dialog->accept();
        emit changed();
    });
    dialog->open();
}

} // namespace pulsedesk::ui
