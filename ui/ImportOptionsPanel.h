#pragma once

#include "import/Importer.h"
#include "model/Device.h"

#include <QGroupBox>
#include <QHash>
#include <QList>
#include <QString>

class QComboBox;

namespace pulsedesk::ui {

/// How the import screen reads the files: the time zone of times without one, the device for files that name
/// none, the format, and the registered device the nurse chose for each device the files name. Each of them
/// changes what a preview finds: changed() then says so. Its words are the import screen's (translation context
/// pulsedesk::ui::ImportScreen).
class ImportOptionsPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit ImportOptionsPanel(QWidget* parent = nullptr);

    ImportOptions options() const;
    /// The registered devices to choose from; the device chosen before stays chosen when it is still listed.
    /// True when the choice changed (it is no longer registered).
    bool setDevices(QList<Device> devices);
    /// No device to choose from, and no device chosen for the devices files name (lock, logout).
    void clear();
    /// The device chosen now is the one to keep when the list is loaded again.
    void keepDeviceChoice();
    /// Lets the nurse choose a registered device for each device (as files name it) in `sources`.
    void mapDevices(const QStringList& sources);
    /// The fields, in tab order.
    QList<QWidget*> fields() const;

signals:
    void changed();

private:
    QComboBox* m_zone = nullptr;
    QComboBox* m_device = nullptr;
    QComboBox* m_format = nullptr;
    QHash<QString, QString> m_deviceMap; ///< a device as files name it → the registered device the nurse chose
    QString m_lastDevice; ///< kept across device list reloads
};

} // namespace pulsedesk::ui
