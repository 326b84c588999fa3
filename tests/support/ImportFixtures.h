#pragma once

#include "TestWorkspace.h"
#include "import/Importer.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>
#include <QVariant>

#include <functional>
#include <initializer_list>
#include <memory>

namespace pulsedesk::test {

/// A device dump of the batch topic: 1 Hz samples from `firstMs`, heart rate from `bpm(i)`.
QByteArray dump(const QString& device, qint64 firstMs, int count, const std::function<double(int)>& bpm);

/// Writes `bytes` to `name` in `dir`; the path.
QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes);

/// The first column of the first row of `sql`, as a number.
qint64 count(Workspace& w, const QString& sql, std::initializer_list<QVariant> values = {});

struct Ward
{
    std::unique_ptr<TestWorkspace> tw;
    Session doctor;
    Session nurse;
};

/// One adult patient (MRN-1) on dev-1 from `assignedFromMs`, and a second patient (MRN-2) without a device; the
/// nurse is "nurse" with TestWorkspace::StaffPassword.
Ward makeWard(qint64 assignedFromMs);

/// Previews and imports a file that must import; fails the test run otherwise.
ImportOutcome importFile(Workspace& w, const Session& nurse, const QString& path, const ImportOptions& options = {},
                         SampleSink* sink = nullptr);

} // namespace pulsedesk::test
