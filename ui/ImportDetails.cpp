#include "ImportDetails.h"

#include "DisplayFormat.h"
#include "common/DisplayText.h"

#include <QCoreApplication>
#include <QLocale>

namespace pulsedesk::ui {

namespace {

constexpr int ListedRejections = 20;

} // namespace

QString ImportDetails::text(const ImportFileRow& row, const ImportFileModel& model, bool showPatients)
{
    const QLocale locale;
    QStringList lines;
    // Without the percentage, so that the text (and where it is scrolled to) stays while a file is imported.
    lines.append(QCoreApplication::translate("pulsedesk::ui::ImportScreen", "%1 — %2")
                     .arg(row.fileName(),
                          row.state == ImportFileRow::State::Importing
                              ? QCoreApplication::translate("pulsedesk::ui::ImportScreen", "Importing…")
                              : ImportFileModel::stateText(row)));
    lines.append(row.path);
    if (const std::optional<ImportPreview>& p = row.preview) {
        if (ImportFileModel::formatKnown(*p))
            lines.append(QCoreApplication::translate("pulsedesk::ui::ImportScreen", "Format: %1 (%2) · %3 · SHA-256 %4")
                             .arg(ImportFormats::describe(p->format),
                                  p->formatDetected
                                      ? QCoreApplication::translate("pulsedesk::ui::ImportScreen", "detected")
                                      : QCoreApplication::translate("pulsedesk::ui::ImportScreen", "chosen"),
                                  locale.formattedDataSize(p->bytes), p->sha256));
        if (!p->error.isEmpty())
            lines.append(
                QCoreApplication::translate("pulsedesk::ui::ImportScreen", "Cannot be imported: %1").arg(p->error));
        for (const QString& note : p->notes)
            lines.append(QCoreApplication::translate("pulsedesk::ui::ImportScreen", "Note: %1").arg(note));
        if (!p->previousImport.isEmpty())
            lines.append(QCoreApplication::translate("pulsedesk::ui::ImportScreen", "This file was imported before: %1")
                             .arg(p->previousImport));
        if (!p->devices.isEmpty()) {
            lines.append(QString());
            lines.append(QCoreApplication::translate("pulsedesk::ui::ImportScreen", "Devices"));
        }
        for (const ImportDeviceSummary& d : p->devices) {
            const QString source = d.source.isEmpty()
                ? QCoreApplication::translate("pulsedesk::ui::ImportScreen", "(the file names no device)")
                : d.source;
            if (d.device.isEmpty()) {
                lines.append(QCoreApplication::translate("pulsedesk::ui::ImportScreen", "  %1: not a registered device")
                                 .arg(source));
                continue;
            }
            lines.append(
                QCoreApplication::translate("pulsedesk::ui::ImportScreen", "  %1 → %2%3: %4 samples, %5")
                    .arg(source, d.device,
                         d.chosen ? QCoreApplication::translate("pulsedesk::ui::ImportScreen", " (chosen)") : QString(),
                         DisplayFormat::count(d.samples), model.timeRangeText(d.firstMs, d.lastMs)));
            for (const ImportPatientSpan& s : d.patients)
                lines.append(showPatients ? QCoreApplication::translate("pulsedesk::ui::ImportScreen",
                                                                        "      MRN %1, bed %2, %3: %4 samples")
                                                .arg(s.mrn, s.bed, s.name, DisplayFormat::count(s.samples))
                                          : QCoreApplication::translate("pulsedesk::ui::ImportScreen",
                                                                        "      an admitted patient: %1 samples")
                                                .arg(DisplayFormat::count(s.samples)));
            if (d.unassigned > 0)
                lines.append(QCoreApplication::translate(
                                 "pulsedesk::ui::ImportScreen",
                                 "      assigned to no patient at the time: %1 samples (stored, not analysed)")
                                 .arg(DisplayFormat::count(d.unassigned)));
        }
        if (p->error.isEmpty()) {
            lines.append(QString());
            lines.append(QCoreApplication::translate("pulsedesk::ui::ImportScreen",
                                                     "New: %1 · already stored: %2 · rejected: %3")
                             .arg(DisplayFormat::count(p->fresh), DisplayFormat::count(p->duplicates),
                                  DisplayFormat::count(p->rejected)));
        }
        if (!p->rejectReasons.isEmpty()) {
            lines.append(QCoreApplication::translate("pulsedesk::ui::ImportScreen", "Reasons for rejected records"));
            for (auto it = p->rejectReasons.cbegin(); it != p->rejectReasons.cend(); ++it)
                lines.append(QCoreApplication::translate("pulsedesk::ui::ImportScreen", "  %1 × %2")
                                 .arg(DisplayFormat::count(it.value()), it.key()));
        }
        if (!p->rejections.isEmpty()) {
            lines.append(QCoreApplication::translate("pulsedesk::ui::ImportScreen", "First rejected records"));
            for (int i = 0; i < p->rejections.size() && i < ListedRejections; ++i) {
                const ImportRejection& r = p->rejections.at(i);
                lines.append(QCoreApplication::translate("pulsedesk::ui::ImportScreen", "  line %1, column %2: %3")
                                 .arg(r.line)
                                 .arg(r.column)
                                 .arg(r.reason));
            }
            if (p->rejected > ListedRejections)
                lines.append(QCoreApplication::translate("pulsedesk::ui::ImportScreen", "  … and %1 more")
                                 .arg(DisplayFormat::count(p->rejected - ListedRejections)));
        }
        for (auto it = p->skipped.cbegin(); it != p->skipped.cend(); ++it)
            lines.append(QCoreApplication::translate("pulsedesk::ui::ImportScreen",
                                                     "Not kept (PulseDesk does not store it): %1 × %2")
                             .arg(DisplayFormat::count(it.value()), it.key()));
    }
    if (const std::optional<ImportOutcome>& o = row.outcome) {
        lines.append(QString());
        switch (o->state) {
        case ImportOutcome::State::Complete:
            lines.append(QCoreApplication::translate(
                             "pulsedesk::ui::ImportScreen",
                             "Imported: %1 new samples (%2 vitals added to them), %3 already stored, %4 rejected, in "
                             "%5 s.")
                             .arg(DisplayFormat::count(o->stored), DisplayFormat::count(o->merged),
                                  DisplayFormat::count(o->duplicates), DisplayFormat::count(o->rejected))
                             .arg(o->elapsedMs / 1000.0, 0, 'f', 1));
            if (o->analysis.results > 0 || o->analysis.findings > 0)
                lines.append(
                    QCoreApplication::translate("pulsedesk::ui::ImportScreen",
                                                "Analysed: %1 windows, %2 findings for review.")
                        .arg(DisplayFormat::count(o->analysis.results), DisplayFormat::count(o->analysis.findings)));
            else if (o->analysis.samples > 0)
                lines.append(QCoreApplication::translate("pulsedesk::ui::ImportScreen",
                                                         "%1 samples handed to the live analysis.")
                                 .arg(DisplayFormat::count(o->analysis.samples)));
            break;
        case ImportOutcome::State::Cancelled:
            lines.append(QCoreApplication::translate("pulsedesk::ui::ImportScreen", "Cancelled: %1").arg(o->error));
            break;
        case ImportOutcome::State::Failed:
            lines.append(QCoreApplication::translate("pulsedesk::ui::ImportScreen", "Failed: %1").arg(o->error));
            break;
        }
    } else if (!row.error.isEmpty()) {
        lines.append(QString());
        lines.append(QCoreApplication::translate("pulsedesk::ui::ImportScreen", "Failed: %1").arg(row.error));
    }
    // Every line may quote the file (its name, notes, devices, reasons): escaped before it is shown.
    for (QString& line : lines)
        line = DisplayText::escaped(line);
    return lines.join(QLatin1Char('\n'));
}

QString ImportDetails::summary(const QList<ImportFileRow>& rows)
{
    qint64 fresh = 0;
    qint64 duplicates = 0;
    qint64 rejected = 0;
    int ready = 0;
    int unusable = 0;
    int nothing = 0;
    int importing = 0;
    for (const ImportFileRow& row : rows) {
        if (row.state == ImportFileRow::State::Queued || row.state == ImportFileRow::State::Importing) {
            ++importing;
            continue;
        }
        if (row.state == ImportFileRow::State::Complete || !row.preview)
            continue;
        if (!row.preview->error.isEmpty()) {
            ++unusable;
        } else if (!row.importable()) {
            ++nothing;
        } else {
            ++ready;
            fresh += row.preview->fresh;
            duplicates += row.preview->duplicates;
            rejected += row.preview->rejected;
        }
    }
    QStringList parts;
    if (importing > 0)
        parts.append(
            QCoreApplication::translate("pulsedesk::ui::ImportScreen", "Importing %n file(s)…", nullptr, importing));
    if (ready > 0 || importing == 0)
        parts.append(ready == 0 ? QCoreApplication::translate("pulsedesk::ui::ImportScreen", "Nothing to import.")
                                : QCoreApplication::translate(
                                      "pulsedesk::ui::ImportScreen",
                                      "To import: %n file(s) with %1 new samples; %2 already stored (skipped); %3 "
                                      "rejected (to the quarantine).",
                                      nullptr, ready)
                                      .arg(DisplayFormat::count(fresh), DisplayFormat::count(duplicates),
                                           DisplayFormat::count(rejected)));
    if (nothing > 0)
        parts.append(QCoreApplication::translate("pulsedesk::ui::ImportScreen",
                                                 "%n file(s) with nothing new or usable.", nullptr, nothing));
    if (unusable > 0)
        parts.append(QCoreApplication::translate("pulsedesk::ui::ImportScreen", "%n file(s) cannot be imported.",
                                                 nullptr, unusable));
    return parts.join(QLatin1Char(' '));
}

} // namespace pulsedesk::ui
