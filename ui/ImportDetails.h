#pragma once

#include "ImportFileModel.h"

#include <QString>

namespace pulsedesk::ui {

/// The texts of the import screen's details area (everything known about one file, its preview and how its
/// import ended, escaped for display) and summary line. Its words are the import screen's (translation context
/// pulsedesk::ui::ImportScreen).
namespace ImportDetails {

QString text(const ImportFileRow& row, const ImportFileModel& model, bool showPatients);
/// What the list holds, in a sentence or two: the files to import with their counts, those importing, and those
/// with nothing to import. For a list with files.
QString summary(const QList<ImportFileRow>& rows);

} // namespace ImportDetails

} // namespace pulsedesk::ui
