#pragma once

#include "Invocation.h"

/// The handlers of pulsedesk-cli's commands, one file a group; the command table in Cli.cpp names them. A handler
/// reads the rest of the command line; the action it hands back runs after the login.
namespace pulsedesk::cli::commands {

// CliStore.cpp: the workstation and its audit log
Prepared init(Invocation& cli);
Prepared status(Invocation& cli);
Prepared auditVerify(Invocation& cli);
Prepared auditReanchor(Invocation& cli);
Prepared auditList(Invocation& cli);
Prepared auditOther(Invocation& cli);

// CliServer.cpp: the ward server
Prepared serverInit(Invocation& cli);
Prepared serverUpgrade(Invocation& cli);
Prepared serverOther(Invocation& cli);
Prepared migrateToServer(Invocation& cli);

// CliStaff.cpp: user accounts
Prepared userList(Invocation& cli);
Prepared userAdd(Invocation& cli);
Prepared userPasswd(Invocation& cli);
Prepared userAccount(Invocation& cli); ///< deactivate, reactivate, reset-password
Prepared userRole(Invocation& cli);
Prepared userOther(Invocation& cli);

// CliPatients.cpp
Prepared patientAdd(Invocation& cli);
Prepared patientList(Invocation& cli);
Prepared patientShow(Invocation& cli);
Prepared patientDischarge(Invocation& cli);
Prepared patientAssignDoctor(Invocation& cli);
Prepared patientOther(Invocation& cli);

// CliDevices.cpp
Prepared deviceList(Invocation& cli);
Prepared deviceAdd(Invocation& cli);
Prepared deviceHistory(Invocation& cli);
Prepared deviceAssign(Invocation& cli);
Prepared deviceUnassign(Invocation& cli);
Prepared deviceOther(Invocation& cli);

// CliDeviceHealth.cpp: the device-fleet health (admin)
Prepared devicesHealth(Invocation& cli);
Prepared devicesOther(Invocation& cli);

// CliRecords.cpp: clinical notes
Prepared recordList(Invocation& cli);
Prepared recordWrite(Invocation& cli); ///< add, amend
Prepared recordOther(Invocation& cli);

// CliAnalysis.cpp: results, findings, alarms and per-patient limits
Prepared results(Invocation& cli);
Prepared findings(Invocation& cli);
Prepared alarmsList(Invocation& cli);
Prepared alarmsAnswer(Invocation& cli); ///< ack, pause
Prepared alarmsOther(Invocation& cli);
Prepared limitsShow(Invocation& cli);
Prepared limitsSet(Invocation& cli);
Prepared limitsClear(Invocation& cli);
Prepared limitsOther(Invocation& cli);

// CliObservations.cpp: nurse observations and their early-warning score
Prepared obsWrite(Invocation& cli); ///< add, amend
Prepared obsList(Invocation& cli);
Prepared obsScale(Invocation& cli);
Prepared obsOther(Invocation& cli);

// CliPews.cpp: the paediatric early-warning chart
Prepared pews(Invocation& cli);

// CliImport.cpp
Prepared importFiles(Invocation& cli);

// CliExport.cpp: CSV, FHIR, the patient's own copy and the research export
Prepared exportCsv(Invocation& cli);
Prepared exportFhir(Invocation& cli);
Prepared exportPatientCopy(Invocation& cli);
Prepared exportResearch(Invocation& cli);
Prepared exportOther(Invocation& cli);
// CliReports.cpp: the printed reports as PDF files
Prepared reportTrend(Invocation& cli);
Prepared reportAlarms(Invocation& cli);
Prepared reportHandover(Invocation& cli);
Prepared reportOther(Invocation& cli);
// CliInterfaces.cpp: hospital interfaces (HL7 v2)
Prepared userHl7Id(Invocation& cli);
Prepared interfacesShow(Invocation& cli);
Prepared interfacesSet(Invocation& cli);
Prepared interfacesOther(Invocation& cli);
Prepared outboxList(Invocation& cli);
Prepared outboxRetry(Invocation& cli);
Prepared outboxOther(Invocation& cli);
// CliSamples.cpp: the retention of raw samples
Prepared samplesShow(Invocation& cli);
Prepared samplesSet(Invocation& cli);
Prepared samplesPrune(Invocation& cli);
Prepared samplesOther(Invocation& cli);

// CliLive.cpp: the live feed, its quarantine, the simulator and the demo
Prepared monitor(Invocation& cli);
Prepared quarantineList(Invocation& cli);
Prepared quarantineReplay(Invocation& cli);
Prepared quarantineOther(Invocation& cli);
Prepared simulate(Invocation& cli);
Prepared demo(Invocation& cli);
Prepared bench(Invocation& cli);

} // namespace pulsedesk::cli::commands
