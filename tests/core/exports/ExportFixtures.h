#pragma once

#include "TestWorkspace.h"
#include "exports/Exports.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QStringList>

#include <initializer_list>
#include <memory>

namespace pulsedesk::test {

/// A ward for the export tests, with distinctive names, MRNs, device ids, birth dates, note texts and exact sample
/// times, so that a test can look for each of them in exported bytes.
struct ExportWard
{
    static constexpr qint64 T0 = 1'773'480'413'589; // 2026-03-14T09:26:53.589Z
    static constexpr int Samples = 90; // per patient, 1 Hz
    static inline const QString OldMrn = QStringLiteral("MRN-ZX-9041"); // born 1931: 95 at the first sample
    static inline const QString OldName = QStringLiteral("Quintessa Marbleworth");
    static inline const QString YoungMrn = QStringLiteral("MRN-QY-3318"); // born 1979-06-05: 46
    static inline const QString YoungName = QStringLiteral("Barnaby Fizzlewick");
    static inline const QString Oximeter = QStringLiteral("OXI-SN-77310"); // worn by the old patient, sends SpO2
    static inline const QString EcgPatch = QStringLiteral("ecg,patch \"B\"-4402"); // comma and quotes
    static inline const QString DoctorName = QStringLiteral("Gregory Zebulon Hausmann");
    static inline const QString NurseName = QStringLiteral("Philomena Quackenbush");
    static inline const QString Note = QStringLiteral("Allergic to Zanzibar pollen; daughter Ottoline calls daily.");
    static inline const QString Amendment = QStringLiteral("Correction: allergic to Zanzibar dust, not pollen.");
    static inline const QString AlarmComment = QStringLiteral("Called \"Dr. X\", then\nchecked the leads");

    std::unique_ptr<TestWorkspace> tw;
    Session doctor;
    Session nurse;
    qint64 noteId = 0;
    qint64 amendmentId = 0;

    ExportWard();
    Workspace& workspace() { return tw->workspace(); }
    /// The exports of the ward's store, with times in Rome's zone.
    Exports exports();
    /// Every identifying string and time the research export must not contain.
    QStringList identifiers() const;
};

/// The value at `path` in a JSON value: object keys and array indexes joined by dots ("code.coding.0.code").
QJsonValue json(const QJsonValue& value, const char* path);
/// A list of UTF-8 literals.
QStringList strings(std::initializer_list<const char*> items);

/// Runs a program with arguments; its standard output. Fails the test run if it cannot start.
QByteArray run(const QString& program, const QStringList& arguments, int* exitCode = nullptr);

/// The rows of a CSV file as Python's csv module reads it (an independent reader).
QList<QStringList> pythonCsv(const QString& path);

/// The independent FHIR validator of tests/tools/fhir-validator; its output, and whether every file was valid.
bool validateFhir(const QStringList& files, bool ndjson, QByteArray* output);

} // namespace pulsedesk::test
