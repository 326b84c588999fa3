<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AnomalyScorer</name>
    <message numerus="yes">
        <source>anomaly score %1 (%2), at least %3 for %n window(s) in a row</source>
        <translation>
            <numerusform>anomaly score %1 (%2), at least %3 for %n window in a row</numerusform>
            <numerusform>anomaly score %1 (%2), at least %3 for %n windows in a row</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>No device of %1 measured %2 in the last %n minute(s).</source>
        <translation>
            <numerusform>No device of %1 measured %2 in the last minute.</numerusform>
            <numerusform>No device of %1 measured %2 in the last %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n page).</numerusform>
            <numerusform>Wrote %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Device-fleet health, last %n hour(s) (%1 – %2): </source>
        <translation>
            <numerusform>Device-fleet health, last %n hour (%1 – %2): </numerusform>
            <numerusform>Device-fleet health, last %n hours (%1 – %2): </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message numerus="yes">
        <source>%1 (%n month(s))</source>
        <translation>
            <numerusform>%1 (%n month)</numerusform>
            <numerusform>%1 (%n months)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageParser</name>
    <message numerus="yes">
        <source>%n sample(s) had no measurement time of their own; stored at the time the device created the IoT Hub message</source>
        <translation>
            <numerusform>%n sample had no measurement time of its own; stored at the time the device created the IoT Hub message</numerusform>
            <numerusform>%n samples had no measurement time of their own; stored at the time the device created the IoT Hub message</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) had no measurement time of their own; stored at the IoT hub&apos;s arrival time</source>
        <translation>
            <numerusform>%n sample had no measurement time of its own; stored at the IoT hub&apos;s arrival time</numerusform>
            <numerusform>%n samples had no measurement time of their own; stored at the IoT hub&apos;s arrival time</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message numerus="yes">
        <source>Try again in %n seconds.</source>
        <translation>
            <numerusform>Try again in %n second.</numerusform>
            <numerusform>Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n minutes.</source>
        <translation>
            <numerusform>Try again in %n minute.</numerusform>
            <numerusform>Try again in %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::AlarmsScreen</name>
    <message numerus="yes">
        <source>audio paused, %n s left</source>
        <translation>
            <numerusform>audio paused, %n s left</numerusform>
            <numerusform>audio paused, %n s left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open alarm(s).</source>
        <translation>
            <numerusform>%n open alarm.</numerusform>
            <numerusform>%n open alarms.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::AuditScreen</name>
    <message numerus="yes">
        <source>✔ The audit log is intact: %n entries verified.</source>
        <translation>
            <numerusform>✔ The audit log is intact: %n entry verified.</numerusform>
            <numerusform>✔ The audit log is intact: %n entries verified.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::HeartRateChart</name>
    <message numerus="yes">
        <source>%1 – %2: %n heart-rate sample(s)</source>
        <translation>
            <numerusform>%1 – %2: %n heart-rate sample</numerusform>
            <numerusform>%1 – %2: %n heart-rate samples</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n imported</source>
        <translation>
            <numerusform>, %n imported</numerusform>
            <numerusform>, %n imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; silences over %n minute(s) are gaps.</source>
        <translation>
            <numerusform>; silences over %n minute are gaps.</numerusform>
            <numerusform>; silences over %n minutes are gaps.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; silences over %n second(s) are gaps.</source>
        <translation>
            <numerusform>; silences over %n second are gaps.</numerusform>
            <numerusform>; silences over %n seconds are gaps.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alarm(s) in this range.</source>
        <translation>
            <numerusform>%n alarm in this range.</numerusform>
            <numerusform>%n alarms in this range.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::ImportScreen</name>
    <message numerus="yes">
        <source>%n file(s) added.</source>
        <translation>
            <numerusform>%n file added.</numerusform>
            <numerusform>%n files added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already in the list.</source>
        <translation>
            <numerusform>%n file already in the list.</numerusform>
            <numerusform>%n files already in the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) left out that PulseDesk does not read: %1</source>
        <translation>
            <numerusform>%n file left out that PulseDesk does not read: %1</numerusform>
            <numerusform>%n files left out that PulseDesk does not read: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Previewing %n file(s)…</source>
        <translation>
            <numerusform>Previewing %n file…</numerusform>
            <numerusform>Previewing %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import finished: %n file(s) complete</source>
        <translation>
            <numerusform>Import finished: %n file complete</numerusform>
            <numerusform>Import finished: %n files complete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n file(s) cancelled, nothing of them kept; they can be imported again</source>
        <translation>
            <numerusform>; %n file cancelled, nothing of them kept; they can be imported again</numerusform>
            <numerusform>; %n files cancelled, nothing of them kept; they can be imported again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n file(s) failed (see Notes)</source>
        <translation>
            <numerusform>; %n file failed (see Notes)</numerusform>
            <numerusform>; %n files failed (see Notes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importing %n file…</numerusform>
            <numerusform>Importing %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To import: %n file(s) with %1 new samples; %2 already stored (skipped); %3 rejected (to the quarantine).</source>
        <translation>
            <numerusform>To import: %n file with %1 new samples; %2 already stored (skipped); %3 rejected (to the quarantine).</numerusform>
            <numerusform>To import: %n files with %1 new samples; %2 already stored (skipped); %3 rejected (to the quarantine).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) with nothing new or usable.</source>
        <translation>
            <numerusform>%n file with nothing new or usable.</numerusform>
            <numerusform>%n files with nothing new or usable.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be imported.</source>
        <translation>
            <numerusform>%n file cannot be imported.</numerusform>
            <numerusform>%n files cannot be imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::InterfaceErrorsScreen</name>
    <message numerus="yes">
        <source>%n message(s) refused by the hospital.</source>
        <translation>
            <numerusform>%n message refused by the hospital.</numerusform>
            <numerusform>%n messages refused by the hospital.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) queued to be sent again.</source>
        <translation>
            <numerusform>%n message queued to be sent again.</numerusform>
            <numerusform>%n messages queued to be sent again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::PatientsScreen</name>
    <message numerus="yes">
        <source>%n patient(s).</source>
        <translation>
            <numerusform>%n patient.</numerusform>
            <numerusform>%n patients.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::QuarantineScreen</name>
    <message numerus="yes">
        <source>%n message(s) in quarantine.</source>
        <translation>
            <numerusform>%n message in quarantine.</numerusform>
            <numerusform>%n messages in quarantine.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::ReportDialog</name>
    <message numerus="yes">
        <source>Saved the report as %1 (%n page(s)).</source>
        <translation>
            <numerusform>Saved the report as %1 (%n page).</numerusform>
            <numerusform>Saved the report as %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent the report to the printer (%n page(s)).</source>
        <translation>
            <numerusform>Sent the report to the printer (%n page).</numerusform>
            <numerusform>Sent the report to the printer (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::WardScreen</name>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n patient</numerusform>
            <numerusform>%n patients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an open alarm</source>
        <translation>
            <numerusform>%n with an open alarm</numerusform>
            <numerusform>%n with an open alarm</numerusform>
        </translation>
    </message>
</context>
</TS>
