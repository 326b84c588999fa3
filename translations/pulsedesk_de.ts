<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AdtInterface</name>
    <message>
        <source>The message has no PID segment.</source>
        <translation>Die Nachricht hat kein PID-Segment.</translation>
    </message>
    <message>
        <source>PID-3, the patient&apos;s medical record number, is empty.</source>
        <translation>PID-3, die Patientennummer (MRN), ist leer.</translation>
    </message>
    <message>
        <source>PID-3, the medical record number, is longer than 64 characters.</source>
        <translation>PID-3, die Patientennummer (MRN), ist länger als 64 Zeichen.</translation>
    </message>
    <message>
        <source>PID-7, the birth date, is not a date (YYYYMMDD).</source>
        <translation>PID-7, das Geburtsdatum, ist kein Datum (YYYYMMDD).</translation>
    </message>
    <message>
        <source>looking up a patient</source>
        <translation>Suchen eines Patienten</translation>
    </message>
    <message>
        <source>The patient of PID-3 is not known to PulseDesk.</source>
        <translation>Der Patient aus PID-3 ist in PulseDesk nicht bekannt.</translation>
    </message>
    <message>
        <source>applying an ADT message</source>
        <translation>Anwenden einer ADT-Nachricht</translation>
    </message>
    <message>
        <source>PID-7, the birth date, is in the future.</source>
        <translation>PID-7, das Geburtsdatum, liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>no active doctor has the identifier %1</source>
        <translation>kein aktiver Arzt hat die Kennung %1</translation>
    </message>
    <message>
        <source>assigning a doctor</source>
        <translation>Zuweisen eines Arztes</translation>
    </message>
    <message>
        <source>PID-5, the patient&apos;s name, is empty.</source>
        <translation>PID-5, der Name des Patienten, ist leer.</translation>
    </message>
    <message>
        <source>PV1-3, the new location, is empty.</source>
        <translation>PV1-3, der neue Aufenthaltsort, ist leer.</translation>
    </message>
    <message>
        <source>The patient is discharged; a transfer needs an admitted patient.</source>
        <translation>Der Patient ist entlassen; eine Verlegung erfordert einen aufgenommenen Patienten.</translation>
    </message>
    <message>
        <source>The patient is already discharged.</source>
        <translation>Der Patient ist bereits entlassen.</translation>
    </message>
    <message>
        <source>The patient is not discharged; there is no discharge to cancel.</source>
        <translation>Der Patient ist nicht entlassen; es gibt keine Entlassung zu stornieren.</translation>
    </message>
    <message>
        <source>A swap (A17) needs two PID and two PV1 segments.</source>
        <translation>Ein Tausch (A17) erfordert zwei PID- und zwei PV1-Segmente.</translation>
    </message>
    <message>
        <source>A patient of the swap is discharged.</source>
        <translation>Ein Patient des Tauschs ist entlassen.</translation>
    </message>
    <message>
        <source>MRG-1, the prior medical record number, is empty.</source>
        <translation>MRG-1, die frühere Patientennummer, ist leer.</translation>
    </message>
    <message>
        <source>the prior record is not in PulseDesk; nothing to merge</source>
        <translation>der frühere Datensatz ist nicht in PulseDesk; nichts zusammenzuführen</translation>
    </message>
    <message>
        <source>Neither the patient of PID-3 nor that of MRG-1 is known to PulseDesk.</source>
        <translation>Weder der Patient aus PID-3 noch der aus MRG-1 ist PulseDesk bekannt.</translation>
    </message>
    <message>
        <source>The event %1 is not taken.</source>
        <translation>Das Ereignis %1 wird nicht übernommen.</translation>
    </message>
    <message>
        <source>MSH-10, the message control id, is empty.</source>
        <translation>MSH-10, die Nachrichtenkontroll-ID, ist leer.</translation>
    </message>
    <message>
        <source>Message type %1 is not taken here (ADT is).</source>
        <translation>Nachrichtentyp %1 wird hier nicht angenommen (nur ADT).</translation>
    </message>
    <message>
        <source>HL7 version %1 is not supported (2.3 to 2.8 are).</source>
        <translation>HL7-Version %1 wird nicht unterstützt (unterstützt: 2.3 bis 2.8).</translation>
    </message>
    <message>
        <source>The event %1 is not taken (A01, A02, A03, A04, A08, A11, A13, A17, A40 are).</source>
        <translation>Das Ereignis %1 wird nicht angenommen (angenommen: A01, A02, A03, A04, A08, A11, A13, A17, A40).</translation>
    </message>
    <message>
        <source>A repeat of message %1, which was applied; not applied again.</source>
        <translation>Wiederholung der bereits angewendeten Nachricht %1; nicht erneut angewendet.</translation>
    </message>
    <message>
        <source>journaling an HL7 message</source>
        <translation>Protokollieren einer HL7-Nachricht</translation>
    </message>
    <message>
        <source>The record of PID-3 was merged into the record %1 (A40); send the patient&apos;s events under that number.</source>
        <translation>Der Datensatz aus PID-3 wurde mit dem Datensatz %1 zusammengeführt (A40); senden Sie die Ereignisse des Patienten unter dieser Nummer.</translation>
    </message>
    <message>
        <source>MRG-1 and PID-3 name the same record; a record is not merged into itself.</source>
        <translation>MRG-1 und PID-3 nennen denselben Datensatz; ein Datensatz wird nicht mit sich selbst zusammengeführt.</translation>
    </message>
    <message>
        <source>The record of PID-3 was itself merged into the record %1; nothing is merged into a merged record.</source>
        <translation>Der Datensatz aus PID-3 wurde selbst mit dem Datensatz %1 zusammengeführt; in einen zusammengeführten Datensatz wird nichts zusammengeführt.</translation>
    </message>
    <message>
        <source>the records were merged before; nothing to do</source>
        <translation>die Datensätze wurden bereits zusammengeführt; nichts zu tun</translation>
    </message>
    <message>
        <source>The record of MRG-1 was merged into the record %1 before.</source>
        <translation>Der Datensatz aus MRG-1 wurde bereits mit dem Datensatz %1 zusammengeführt.</translation>
    </message>
</context>
<context>
    <name>AlarmCondition</name>
    <message>
        <source>Bradycardia</source>
        <translation>Bradykardie</translation>
    </message>
    <message>
        <source>Tachycardia</source>
        <translation>Tachykardie</translation>
    </message>
    <message>
        <source>Device silent</source>
        <translation>Gerät sendet keine Daten</translation>
    </message>
    <message>
        <source>Broker unreachable</source>
        <translation>Broker nicht erreichbar</translation>
    </message>
    <message>
        <source>Messages quarantined</source>
        <translation>Nachrichten in Quarantäne</translation>
    </message>
    <message>
        <source>Client id used by another client</source>
        <translation>Client-ID wird von einem anderen Client verwendet</translation>
    </message>
    <message>
        <source>Early-warning score</source>
        <translation>Frühwarnscore</translation>
    </message>
    <message>
        <source>Observations overdue</source>
        <translation>Beobachtungen überfällig</translation>
    </message>
    <message>
        <source>Device readings depart from its fleet</source>
        <translation>Messwerte des Geräts weichen von seiner Flotte ab</translation>
    </message>
    <message>
        <source>Vitals depart from the patient&apos;s recent values</source>
        <translation>Vitalwerte weichen von den jüngsten Werten des Patienten ab</translation>
    </message>
    <message>
        <source>Ward server unreachable</source>
        <translation>Stationsserver nicht erreichbar</translation>
    </message>
</context>
<context>
    <name>AlarmEngine</name>
    <message>
        <source>This alarm has already ended.</source>
        <translation>Dieser Alarm ist bereits beendet.</translation>
    </message>
    <message>
        <source>This alarm is already acknowledged.</source>
        <translation>Dieser Alarm ist bereits quittiert.</translation>
    </message>
    <message>
        <source>This alarm is acknowledged and already silent.</source>
        <translation>Dieser Alarm ist quittiert und bereits stummgeschaltet.</translation>
    </message>
</context>
<context>
    <name>AlarmPriority</name>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
</context>
<context>
    <name>AlarmStore</name>
    <message>
        <source>waiting for the other writers of alarms</source>
        <translation>Warten auf die anderen Prozesse, die Alarme schreiben</translation>
    </message>
    <message>
        <source>storing an alarm</source>
        <translation>Speichern eines Alarms</translation>
    </message>
    <message>
        <source>reading alarms</source>
        <translation>Lesen der Alarme</translation>
    </message>
</context>
<context>
    <name>AlarmTopic</name>
    <message>
        <source>reading the alarm events</source>
        <translation>Lesen der Alarmereignisse</translation>
    </message>
</context>
<context>
    <name>AnalysisService</name>
    <message>
        <source>The last open windows could not be stored.</source>
        <translation>Die zuletzt offenen Analysefenster konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>reading stored samples</source>
        <translation>Lesen gespeicherter Messwerte</translation>
    </message>
    <message>
        <source>The store could not be opened: %1</source>
        <translation>Die Datenbank konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>NEWS2 %1: %2 risk</source>
        <translation>NEWS2 %1: %2 Risiko</translation>
    </message>
    <message>
        <source>observations were due %1 min ago</source>
        <translation>Beobachtungen waren vor %1 min fällig</translation>
    </message>
</context>
<context>
    <name>AnalysisStore</name>
    <message>
        <source>There is no alarm %1.</source>
        <translation>Es gibt keinen Alarm %1.</translation>
    </message>
    <message>
        <source>Give the clinical reason for these limits.</source>
        <translation>Geben Sie die klinische Begründung für diese Grenzwerte an.</translation>
    </message>
    <message>
        <source>The patient is discharged; limits cannot be set.</source>
        <translation>Der Patient ist entlassen; Grenzwerte können nicht festgelegt werden.</translation>
    </message>
    <message>
        <source>Give the reason for going back to the reference table.</source>
        <translation>Geben Sie den Grund für die Rückkehr zur Referenztabelle an.</translation>
    </message>
    <message>
        <source>This patient has no limits of their own.</source>
        <translation>Für diesen Patienten sind keine individuellen Grenzwerte festgelegt.</translation>
    </message>
    <message>
        <source>storing a retrospective finding</source>
        <translation>Speichern eines retrospektiven Befunds</translation>
    </message>
    <message>
        <source>reading findings</source>
        <translation>Lesen der Befunde</translation>
    </message>
    <message>
        <source>setting patient limits</source>
        <translation>Festlegen der Grenzwerte des Patienten</translation>
    </message>
    <message>
        <source>reading patient limits</source>
        <translation>Lesen der Grenzwerte des Patienten</translation>
    </message>
    <message>
        <source>storing analysis results</source>
        <translation>Speichern der Analyseergebnisse</translation>
    </message>
    <message>
        <source>reading analysis results</source>
        <translation>Lesen der Analyseergebnisse</translation>
    </message>
</context>
<context>
    <name>AnomalyScorer</name>
    <message>
        <source>heart rate</source>
        <translation>Herzfrequenz</translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation>SpO2</translation>
    </message>
    <message>
        <source>temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>systolic pressure</source>
        <translation>systolischer Druck</translation>
    </message>
    <message>
        <source>diastolic pressure</source>
        <translation>diastolischer Druck</translation>
    </message>
    <message numerus="yes">
        <source>anomaly score %1 (%2), at least %3 for %n window(s) in a row</source>
        <translation>
            <numerusform>Anomaliewert %1 (%2), mindestens %3 in %n Fenster in Folge</numerusform>
            <numerusform>Anomaliewert %1 (%2), mindestens %3 in %n Fenstern in Folge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>AuditAnchor</name>
    <message>
        <source>The audit anchor %1 is locked by another program.</source>
        <translation>Der Anker %1 des Prüfprotokolls ist von einem anderen Programm gesperrt.</translation>
    </message>
    <message>
        <source>The audit anchor %1 is damaged or was edited.</source>
        <translation>Der Anker %1 des Prüfprotokolls ist beschädigt oder wurde bearbeitet.</translation>
    </message>
    <message>
        <source>The audit log does not continue from its anchor at entry %1.</source>
        <translation>Das Prüfprotokoll schließt bei Eintrag %1 nicht an seinen Anker an.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>reading the audit log</source>
        <translation>Lesen des Prüfprotokolls</translation>
    </message>
    <message>
        <source>writing the audit log</source>
        <translation>Schreiben des Prüfprotokolls</translation>
    </message>
    <message>
        <source>the audit log could not be read</source>
        <translation>das Prüfprotokoll konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>entry %1 is missing</source>
        <translation>Eintrag %1 fehlt</translation>
    </message>
    <message>
        <source>entry %1 does not follow the entry before it</source>
        <translation>Eintrag %1 schließt nicht an den vorherigen Eintrag an</translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written</source>
        <translation>Eintrag %1 wurde nach dem Schreiben verändert</translation>
    </message>
    <message>
        <source>entries after %1 were removed</source>
        <translation>Einträge nach %1 wurden entfernt</translation>
    </message>
    <message>
        <source>the chain head does not match the last entry</source>
        <translation>der Kettenkopf stimmt nicht mit dem letzten Eintrag überein</translation>
    </message>
    <message>
        <source>the store is behind its anchor: the anchor records %1 entries (head %2), the store holds %3; entries %4 to %1 are missing</source>
        <translation>die Datenbank liegt hinter ihrem Anker zurück: Der Anker verzeichnet %1 Einträge (Kettenkopf %2), die Datenbank enthält %3; die Einträge %4 bis %1 fehlen</translation>
    </message>
    <message>
        <source>entry %1 could not be read: %2</source>
        <translation>Eintrag %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the audit anchor %1 is missing</source>
        <translation>der Anker %1 des Prüfprotokolls fehlt</translation>
    </message>
    <message>
        <source>the audit anchor %1 is damaged or was edited</source>
        <translation>der Anker %1 des Prüfprotokolls ist beschädigt oder wurde bearbeitet</translation>
    </message>
    <message>
        <source>entry %1 does not match the anchor&apos;s head %2</source>
        <translation>Eintrag %1 stimmt nicht mit dem Kettenkopf %2 des Ankers überein</translation>
    </message>
    <message>
        <source>The store could not be compared with its audit anchor %1: %2</source>
        <translation>Die Datenbank konnte nicht mit dem Anker %1 ihres Prüfprotokolls verglichen werden: %2</translation>
    </message>
    <message>
        <source>The audit anchor %1 is damaged or was edited (its seal does not match this store): lost history cannot be detected. Restore the data folder from a backup, or accept the store as it is with pulsedesk-cli audit reanchor.</source>
        <translation>Der Anker %1 des Prüfprotokolls ist beschädigt oder wurde bearbeitet (sein Siegel passt nicht zu dieser Datenbank): Verlorene Historie kann nicht erkannt werden. Stellen Sie den Datenordner aus einer Sicherung wieder her oder übernehmen Sie die Datenbank, wie sie ist, mit pulsedesk-cli audit reanchor.</translation>
    </message>
    <message>
        <source>anchoring the audit log</source>
        <translation>Verankern des Prüfprotokolls</translation>
    </message>
    <message>
        <source>The audit anchor %1 was missing and has been written again at the store&apos;s %2 audit entries: history lost before now cannot be detected. Restore the anchor from a backup to check.</source>
        <translation>Der Anker %1 des Prüfprotokolls fehlte und wurde beim Stand von %2 Prüfprotokolleinträgen der Datenbank neu geschrieben: Bis jetzt verlorene Historie kann nicht erkannt werden. Stellen Sie zur Prüfung den Anker aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The audit anchor %1 was created for this store at its %2 audit entries: from now on, history lost from the database is detected.</source>
        <translation>Der Anker %1 des Prüfprotokolls wurde für diese Datenbank beim Stand von %2 Prüfprotokolleinträgen angelegt: Ab jetzt wird Historie erkannt, die aus der Datenbank verloren geht.</translation>
    </message>
    <message>
        <source>The store is behind its audit anchor: the anchor records %1 audit entries (head %2), the store holds %3. Entries %4 to %1, and the changes recorded with them, are missing (a lost or damaged -wal file after a crash, or a database copied back). Restore the data folder from a backup, or accept the loss with pulsedesk-cli audit reanchor.</source>
        <translation>Die Datenbank liegt hinter dem Anker ihres Prüfprotokolls zurück: Der Anker verzeichnet %1 Prüfprotokolleinträge (Kettenkopf %2), die Datenbank enthält %3. Die Einträge %4 bis %1 und die mit ihnen erfassten Änderungen fehlen (eine verlorene oder beschädigte -wal-Datei nach einem Absturz oder eine zurückkopierte Datenbank). Stellen Sie den Datenordner aus einer Sicherung wieder her oder akzeptieren Sie den Verlust mit pulsedesk-cli audit reanchor.</translation>
    </message>
    <message>
        <source>The audit log does not match its anchor: entry %1 should have the hash %2, the store&apos;s differs (history was replaced or rewritten). Restore the data folder from a backup, or accept the store as it is with pulsedesk-cli audit reanchor.</source>
        <translation>Das Prüfprotokoll stimmt nicht mit seinem Anker überein: Eintrag %1 müsste den Hash %2 haben, der Hash in der Datenbank weicht davon ab (die Historie wurde ersetzt oder neu geschrieben). Stellen Sie den Datenordner aus einer Sicherung wieder her oder übernehmen Sie die Datenbank, wie sie ist, mit pulsedesk-cli audit reanchor.</translation>
    </message>
    <message>
        <source>The audit log in the store is itself not intact (%1): it cannot be anchored. Restore the data folder from a backup.</source>
        <translation>Das Prüfprotokoll in der Datenbank ist selbst nicht intakt (%1): Es kann nicht verankert werden. Stellen Sie den Datenordner aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The audit anchor now records the store&apos;s %1 entries; what it recorded before is kept in the audit log.</source>
        <translation>Der Anker des Prüfprotokolls verzeichnet jetzt die %1 Einträge der Datenbank; sein vorheriger Stand ist im Prüfprotokoll festgehalten.</translation>
    </message>
</context>
<context>
    <name>Band</name>
    <message>
        <source>the patient&apos;s own limits</source>
        <translation>eigene Grenzwerte des Patienten</translation>
    </message>
    <message>
        <source>%1 to %2 months</source>
        <translation>%1 bis %2 Monate</translation>
    </message>
    <message>
        <source>%1 to %2 years</source>
        <translation>%1 bis %2 Jahre</translation>
    </message>
    <message>
        <source>adults, %1 years and over</source>
        <translation>Erwachsene ab %1 Jahren</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Severe bradycardia</source>
        <translation>Schwere Bradykardie</translation>
    </message>
    <message>
        <source>Moderate bradycardia</source>
        <translation>Mäßige Bradykardie</translation>
    </message>
    <message>
        <source>No anomaly</source>
        <translation>Keine Auffälligkeit</translation>
    </message>
    <message>
        <source>Moderate tachycardia</source>
        <translation>Mäßige Tachykardie</translation>
    </message>
    <message>
        <source>Severe tachycardia</source>
        <translation>Schwere Tachykardie</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Say who you are with --user NAME.</source>
        <translation>Geben Sie mit --user NAME an, wer Sie sind.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>Not permitted: %1 must change the one-time password first (pulsedesk-cli user passwd).</source>
        <translation>Nicht erlaubt: %1 muss zuerst das Einmalpasswort ändern (pulsedesk-cli user passwd).</translation>
    </message>
    <message>
        <source>There is no PulseDesk workstation in %1; create one with pulsedesk-cli init.</source>
        <translation>In %1 gibt es keinen PulseDesk-Arbeitsplatz; legen Sie einen mit pulsedesk-cli init an.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>init needs --admin NAME</source>
        <translation>init benötigt --admin NAME</translation>
    </message>
    <message>
        <source>No password was given.</source>
        <translation>Es wurde kein Passwort angegeben.</translation>
    </message>
    <message>
        <source>Created the PulseDesk workstation in %1 with the administrator %2.</source>
        <translation>PulseDesk-Arbeitsplatz in %1 mit dem Administrator %2 angelegt.</translation>
    </message>
    <message>
        <source>schema version   %1
active staff     %2
patients         %3
devices          %4
samples          %5
results          %6
open alarms      %7
quarantined      %8</source>
        <translation>Schemaversion      %1
aktives Personal   %2
Patienten          %3
Geräte             %4
Messwerte          %5
Ergebnisse         %6
offene Alarme      %7
in Quarantäne      %8</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>user add needs NAME and --role admin|doctor|nurse</source>
        <translation>user add benötigt NAME und --role admin|doctor|nurse</translation>
    </message>
    <message>
        <source>One-time password for %1: </source>
        <translation>Einmalpasswort für %1: </translation>
    </message>
    <message>
        <source>Added %1 (%2); the one-time password must be changed at first login.</source>
        <translation>%1 (%2) hinzugefügt; das Einmalpasswort muss bei der ersten Anmeldung geändert werden.</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>Neues Passwort: </translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>Passwort geändert.</translation>
    </message>
    <message>
        <source>user %1 needs a user name</source>
        <translation>user %1 benötigt einen Benutzernamen</translation>
    </message>
    <message>
        <source>Deactivated %1.</source>
        <translation>%1 deaktiviert.</translation>
    </message>
    <message>
        <source>%1 has a new one-time password, to be changed at next login.</source>
        <translation>%1 hat ein neues Einmalpasswort, das bei der nächsten Anmeldung zu ändern ist.</translation>
    </message>
    <message>
        <source>user role needs NAME and admin|doctor|nurse</source>
        <translation>user role benötigt NAME und admin|doctor|nurse</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 hat jetzt die Rolle %2.</translation>
    </message>
    <message>
        <source>unknown user command &apos;%1&apos;</source>
        <translation>unbekannter user-Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>patient add needs --mrn and --name</source>
        <translation>patient add benötigt --mrn und --name</translation>
    </message>
    <message>
        <source>--sex is female, male or unknown</source>
        <translation>--sex ist female, male oder unknown</translation>
    </message>
    <message>
        <source>--birth-date is YYYY-MM-DD</source>
        <translation>--birth-date hat das Format YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Admitted %1 (%2).</source>
        <translation>%1 aufgenommen (%2).</translation>
    </message>
    <message>
        <source> (discharged)</source>
        <translation> (entlassen)</translation>
    </message>
    <message>
        <source>patient %1 needs an MRN</source>
        <translation>patient %1 benötigt eine Patientennummer (MRN)</translation>
    </message>
    <message>
        <source>%1  %2
born %3, %4
ward %5, bed %6
admitted %7%8</source>
        <translation>%1  %2
Geburtsdatum %3, %4
Station %5, Bett %6
Aufnahme %7%8</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>, discharged %1</source>
        <translation>, Entlassung %1</translation>
    </message>
    <message>
        <source>Discharged %1.</source>
        <translation>%1 entlassen.</translation>
    </message>
    <message>
        <source>patient assign-doctor needs MRN and DOCTOR</source>
        <translation>patient assign-doctor benötigt MRN und DOCTOR</translation>
    </message>
    <message>
        <source>%1 is now responsible for %2.</source>
        <translation>%1 ist jetzt für %2 zuständig.</translation>
    </message>
    <message>
        <source>unknown patient command &apos;%1&apos;</source>
        <translation>unbekannter patient-Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>belegt</translation>
    </message>
    <message>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>device %1 needs a device id</source>
        <translation>device %1 benötigt eine Geräte-ID</translation>
    </message>
    <message>
        <source>Registered %1.</source>
        <translation>%1 registriert.</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>device assign needs DEVICE_ID and MRN; --from is an ISO 8601 time</source>
        <translation>device assign benötigt DEVICE_ID und MRN; --from ist eine Zeitangabe nach ISO 8601</translation>
    </message>
    <message>
        <source>%1 is assigned to %2.</source>
        <translation>%1 ist %2 zugewiesen.</translation>
    </message>
    <message>
        <source>--at is an ISO 8601 time</source>
        <translation>--at ist eine Zeitangabe nach ISO 8601</translation>
    </message>
    <message>
        <source>%1 is no longer assigned.</source>
        <translation>%1 ist nicht mehr zugewiesen.</translation>
    </message>
    <message>
        <source>unknown device command &apos;%1&apos;</source>
        <translation>unbekannter device-Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>record %1 needs an MRN or record id</source>
        <translation>record %1 benötigt eine MRN oder Eintrags-ID</translation>
    </message>
    <message>
        <source> (amends #%1)</source>
        <translation> (ergänzt #%1)</translation>
    </message>
    <message>
        <source> (amended by #%1)</source>
        <translation> (ergänzt durch #%1)</translation>
    </message>
    <message>
        <source>record %1 needs --text TEXT (or --text - to read it from standard input)</source>
        <translation>record %1 benötigt --text TEXT (oder --text -, um ihn von der Standardeingabe zu lesen)</translation>
    </message>
    <message>
        <source>record amend needs a numeric record id</source>
        <translation>record amend benötigt eine numerische Eintrags-ID</translation>
    </message>
    <message>
        <source>Saved note #%1.</source>
        <translation>Notiz #%1 gespeichert.</translation>
    </message>
    <message>
        <source>unknown record command &apos;%1&apos;</source>
        <translation>unbekannter record-Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The audit log is NOT intact: %1 (first bad entry: %2).</source>
        <translation>Das Prüfprotokoll ist NICHT intakt: %1 (erster fehlerhafter Eintrag: %2).</translation>
    </message>
    <message>
        <source>The audit log is intact: %1 entries verified.</source>
        <translation>Das Prüfprotokoll ist intakt: %1 Einträge geprüft.</translation>
    </message>
    <message>
        <source>unknown audit command &apos;%1&apos;</source>
        <translation>unbekannter audit-Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>quarantine list [--reason TEXT] | replay [ID ...]</source>
        <translation>quarantine list [--reason TEXT] | replay [ID ...]</translation>
    </message>
    <message>
        <source>Replayed %1 messages: %2 samples stored, %3 already stored, %4 messages still quarantined; %5 windows analysed, %6 findings.</source>
        <translation>%1 Nachrichten erneut eingespielt: %2 Messwerte gespeichert, %3 bereits gespeichert, %4 Nachrichten weiterhin in Quarantäne; %5 Analysefenster ausgewertet, %6 Befunde.</translation>
    </message>
    <message>
        <source>results needs --patient MRN; --from and --to are ISO 8601</source>
        <translation>results benötigt --patient MRN; --from und --to sind Zeitangaben nach ISO 8601</translation>
    </message>
    <message>
        <source> (low confidence)</source>
        <translation> (geringe Zuverlässigkeit)</translation>
    </message>
    <message>
        <source>adult bands assumed: birth date unknown</source>
        <translation>Erwachsenen-Referenzbereiche angenommen: Geburtsdatum unbekannt</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>eskaliert</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>an %1</translation>
    </message>
    <message>
        <source>alarms %1 needs an alarm id</source>
        <translation>alarms %1 benötigt eine Alarm-ID</translation>
    </message>
    <message>
        <source>Alarm %1 acknowledged.</source>
        <translation>Alarm %1 quittiert.</translation>
    </message>
    <message>
        <source>Alarm %1: audio paused for %2 s.</source>
        <translation>Alarm %1: Ton für %2 s stummgeschaltet.</translation>
    </message>
    <message>
        <source>alarms list [--all] [--mine] | ack ID [--comment TEXT] | pause ID [--seconds N]</source>
        <translation>alarms list [--all] [--mine] | ack ID [--comment TEXT] | pause ID [--seconds N]</translation>
    </message>
    <message>
        <source>limits show|set|clear needs an MRN</source>
        <translation>limits show|set|clear benötigt eine Patientennummer (MRN)</translation>
    </message>
    <message>
        <source>%1 uses the reference table for their age.</source>
        <translation>Für %1 gilt die Referenztabelle für das Alter des Patienten.</translation>
    </message>
    <message>
        <source>%1: severe at or below %2, bradycardia below %3, tachycardia above %4, severe at or above %5 (%6)</source>
        <translation>%1: schwer bei %2 oder darunter, Bradykardie unter %3, Tachykardie über %4, schwer bei %5 oder darüber (%6)</translation>
    </message>
    <message>
        <source>limits set MRN --severe-low BPM --low BPM --high BPM --severe-high BPM --reason TEXT</source>
        <translation>limits set MRN --severe-low BPM --low BPM --high BPM --severe-high BPM --reason TEXT</translation>
    </message>
    <message>
        <source>Limits set for %1.</source>
        <translation>Grenzwerte für %1 festgelegt.</translation>
    </message>
    <message>
        <source>%1 uses the reference table again.</source>
        <translation>Für %1 gilt wieder die Referenztabelle.</translation>
    </message>
    <message>
        <source>unknown limits command &apos;%1&apos;</source>
        <translation>unbekannter limits-Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>(no device named)</source>
        <translation>(kein Gerät angegeben)</translation>
    </message>
    <message>
        <source>  %1: not a registered device
</source>
        <translation>  %1: kein registriertes Gerät
</translation>
    </message>
    <message>
        <source>  %1 -&gt; %2: %3 samples, %4 .. %5
</source>
        <translation>  %1 -&gt; %2: %3 Messwerte, %4 .. %5
</translation>
    </message>
    <message>
        <source>      patient %1 (bed %2): %3 samples
</source>
        <translation>      Patient %1 (Bett %2): %3 Messwerte
</translation>
    </message>
    <message>
        <source>      assigned to no patient: %1 samples (stored, not analysed)
</source>
        <translation>      keinem Patienten zugewiesen: %1 Messwerte (gespeichert, nicht analysiert)
</translation>
    </message>
    <message>
        <source>unknown time zone &apos;%1&apos; (use an IANA name such as Europe/Rome, or UTC)</source>
        <translation>unbekannte Zeitzone &apos;%1&apos; (verwenden Sie einen IANA-Namen wie Europe/Rome oder UTC)</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;</source>
        <translation>unbekanntes Format &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--map needs SOURCE=DEVICE_ID</source>
        <translation>--map benötigt SOURCE=DEVICE_ID</translation>
    </message>
    <message>
        <source>import needs at least one FILE or DIR</source>
        <translation>import benötigt mindestens ein FILE oder DIR</translation>
    </message>
    <message>
        <source>No file to import in %1.</source>
        <translation>In %1 gibt es keine Datei zum Importieren.</translation>
    </message>
    <message>
        <source>  this file was imported before: %1
</source>
        <translation>  diese Datei wurde bereits importiert: %1
</translation>
    </message>
    <message>
        <source>  would import %1 new samples; %2 already stored; %3 rejected
</source>
        <translation>  würde %1 neue Messwerte importieren; %2 bereits gespeichert; %3 abgelehnt
</translation>
    </message>
    <message>
        <source>  imported %1 samples (%2 vitals added to them); %3 already stored; %4 rejected; %5 windows analysed, %6 findings
</source>
        <translation>  %1 Messwerte importiert (%2 Vitalparameter ergänzt); %3 bereits gespeichert; %4 abgelehnt; %5 Analysefenster ausgewertet, %6 Befunde
</translation>
    </message>
    <message>
        <source>skipped (not a data file PulseDesk reads): %1
</source>
        <translation>übersprungen (keine Datendatei, die PulseDesk liest): %1
</translation>
    </message>
    <message>
        <source>Total (dry run, nothing stored): %1 new, %2 duplicates, %3 rejected, %4 files not importable.</source>
        <translation>Gesamt (Probelauf, nichts gespeichert): %1 neu, %2 Duplikate, %3 abgelehnt, %4 Dateien nicht importierbar.</translation>
    </message>
    <message>
        <source>Total: %1 imported, %2 duplicates, %3 rejected, %4 files not imported.</source>
        <translation>Gesamt: %1 importiert, %2 Duplikate, %3 abgelehnt, %4 Dateien nicht importiert.</translation>
    </message>
    <message>
        <source>Another import into this store is running; waiting for it to end…</source>
        <translation>Ein anderer Import in diese Datenbank läuft; warte, bis er endet…</translation>
    </message>
    <message>
        <source>WARNING: %1</source>
        <translation>WARNUNG: %1</translation>
    </message>
    <message>
        <source>The audit log is NOT intact: %1.</source>
        <translation>Das Prüfprotokoll ist NICHT intakt: %1.</translation>
    </message>
    <message>
        <source>%1: not imported: %2</source>
        <translation>%1: nicht importiert: %2</translation>
    </message>
    <message>
        <source>the benchmarks are run by pulsedesk-bench</source>
        <translation>die Benchmarks führt pulsedesk-bench aus</translation>
    </message>
    <message>
        <source>export csv needs --patient MRN --what samples|results|alarms --out FILE; --from and --to are ISO 8601</source>
        <translation>export csv benötigt --patient MRN --what samples|results|alarms --out FILE; --from und --to im Format ISO 8601</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2.</source>
        <translation>%1 Zeilen nach %2 exportiert.</translation>
    </message>
    <message>
        <source>export fhir needs --patient MRN --out FILE; --from and --to are ISO 8601</source>
        <translation>export fhir benötigt --patient MRN --out FILE; --from und --to im Format ISO 8601</translation>
    </message>
    <message>
        <source>Exported a FHIR Bundle to %1: %2 observations of samples, %3 results, %4 alarms, %5 notes.</source>
        <translation>FHIR-Bundle nach %1 exportiert: %2 Messwert-Observations, %3 Ergebnisse, %4 Alarme, %5 Notizen.</translation>
    </message>
    <message>
        <source>export patient-copy needs --patient MRN --out DIR</source>
        <translation>export patient-copy benötigt --patient MRN --out DIR</translation>
    </message>
    <message>
        <source>The patient&apos;s copy is in %1 and %2.</source>
        <translation>Die Kopie für den Patienten liegt in %1 und %2.</translation>
    </message>
    <message>
        <source>export research needs --out DIR; --from and --to are ISO 8601</source>
        <translation>export research benötigt --out DIR; --from und --to im Format ISO 8601</translation>
    </message>
    <message>
        <source>De-identified export in %1: %2 patients, %3 devices, %4 samples, %5 results.</source>
        <translation>Anonymisierter Export in %1: %2 Patienten, %3 Geräte, %4 Messwerte, %5 Ergebnisse.</translation>
    </message>
    <message>
        <source>unknown export command &apos;%1&apos;</source>
        <translation>unbekannter Exportbefehl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>user hl7-id needs a user name</source>
        <translation>user hl7-id benötigt einen Benutzernamen</translation>
    </message>
    <message>
        <source>user hl7-id NAME IDENTIFIER | user hl7-id NAME --clear</source>
        <translation>user hl7-id NAME IDENTIFIER | user hl7-id NAME --clear</translation>
    </message>
    <message>
        <source>%1 has no hospital identifier now.</source>
        <translation>%1 hat jetzt keine Krankenhauskennung.</translation>
    </message>
    <message>
        <source>%1 is %2 in the hospital&apos;s systems.</source>
        <translation>%1 ist %2 in den Krankenhaussystemen.</translation>
    </message>
    <message>
        <source>%1 set.</source>
        <translation>%1 gesetzt.</translation>
    </message>
    <message>
        <source>outbox retry [ID ...]</source>
        <translation>outbox retry [ID ...]</translation>
    </message>
    <message>
        <source>%1 message(s) will be sent again.</source>
        <translation>%1 Nachricht(en) werden erneut gesendet.</translation>
    </message>
    <message>
        <source>outbox list [--all] | retry [ID ...]</source>
        <translation>outbox list [--all] | retry [ID ...]</translation>
    </message>
    <message>
        <source>interfaces show | set KEY VALUE</source>
        <translation>interfaces show | set KEY VALUE</translation>
    </message>
    <message>
        <source>obs add MRN | amend OBSERVATION_ID --rr N --spo2 N|device [--scale 1|2] --air|--oxygen --sbp N|device --pulse N|device --acvpu A|C|V|P|U --temp N.N|device</source>
        <translation>obs add MRN | amend OBSERVATION_ID --rr N --spo2 N|device [--scale 1|2] --air|--oxygen --sbp N|device --pulse N|device --acvpu A|C|V|P|U --temp N.N|device</translation>
    </message>
    <message>
        <source>continuous monitoring</source>
        <translation>kontinuierliche Überwachung</translation>
    </message>
    <message>
        <source>next observations due %1</source>
        <translation>nächste Beobachtungen fällig %1</translation>
    </message>
    <message>
        <source> (device)</source>
        <translation> (Gerät)</translation>
    </message>
    <message>
        <source>Respiration rate %1 /min</source>
        <translation>Atemfrequenz %1 /min</translation>
    </message>
    <message>
        <source>SpO2 %1 % (scale %2)</source>
        <translation>SpO2 %1 % (Skala %2)</translation>
    </message>
    <message>
        <source>On oxygen</source>
        <translation>Mit Sauerstoff</translation>
    </message>
    <message>
        <source>On air</source>
        <translation>Raumluft</translation>
    </message>
    <message>
        <source>Systolic pressure %1 mmHg</source>
        <translation>Systolischer Blutdruck %1 mmHg</translation>
    </message>
    <message>
        <source>Pulse %1 /min</source>
        <translation>Puls %1 /min</translation>
    </message>
    <message>
        <source>Consciousness %1</source>
        <translation>Bewusstsein %1</translation>
    </message>
    <message>
        <source>Temperature %1 °C</source>
        <translation>Temperatur %1 °C</translation>
    </message>
    <message>
        <source>Observation #%1, taken %2</source>
        <translation>Beobachtung #%1, erhoben %2</translation>
    </message>
    <message>
        <source> (scale 2)</source>
        <translation> (Skala 2)</translation>
    </message>
    <message>
        <source>O2</source>
        <translation>O2</translation>
    </message>
    <message>
        <source>air</source>
        <translation>Raumluft</translation>
    </message>
    <message numerus="yes">
        <source>No device of %1 measured %2 in the last %n minute(s).</source>
        <translation>
            <numerusform>Kein Gerät von %1 hat in der letzten %n Minute %2 gemessen.</numerusform>
            <numerusform>Kein Gerät von %1 hat in den letzten %n Minuten %2 gemessen.</numerusform>
        </translation>
    </message>
    <message>
        <source>obs amend needs a numeric observation id</source>
        <translation>obs amend benötigt eine numerische Beobachtungs-ID</translation>
    </message>
    <message>
        <source>obs amend takes typed values only, not device</source>
        <translation>obs amend akzeptiert nur eingegebene Werte, nicht device</translation>
    </message>
    <message>
        <source>obs list needs an MRN</source>
        <translation>obs list benötigt eine MRN</translation>
    </message>
    <message>
        <source>obs scale MRN 1|2</source>
        <translation>obs scale MRN 1|2</translation>
    </message>
    <message>
        <source>%1 now uses SpO2 scale %2.</source>
        <translation>%1 verwendet jetzt SpO2-Skala %2.</translation>
    </message>
    <message>
        <source>unknown obs command &apos;%1&apos;</source>
        <translation>unbekannter obs-Befehl &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 geschrieben (%n Seite).</numerusform>
            <numerusform>%1 geschrieben (%n Seiten).</numerusform>
        </translation>
    </message>
    <message>
        <source>report trend needs --patient MRN and --out FILE.pdf; the period is --from and --to (ISO 8601) or --hours N</source>
        <translation>report trend benötigt --patient MRN und --out FILE.pdf; Zeitraum ist --from und --to (ISO 8601) oder --hours N</translation>
    </message>
    <message>
        <source>report alarms needs --ward WARD and --out FILE.pdf; the period is --from and --to (ISO 8601) or --hours N</source>
        <translation>report alarms benötigt --ward WARD und --out FILE.pdf; Zeitraum ist --from und --to (ISO 8601) oder --hours N</translation>
    </message>
    <message>
        <source>report handover needs --ward WARD and --out FILE.pdf</source>
        <translation>report handover benötigt --ward WARD und --out FILE.pdf</translation>
    </message>
    <message>
        <source>report trend | alarms | handover</source>
        <translation>report trend | alarms | handover</translation>
    </message>
    <message>
        <source>unknown report &apos;%1&apos;</source>
        <translation>unbekannter Bericht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>give either --data or --server, not both</source>
        <translation>geben Sie entweder --data oder --server an, nicht beides</translation>
    </message>
    <message>
        <source>The password file %1 cannot be read: %2</source>
        <translation>Die Passwortdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The password file %1 is empty.</source>
        <translation>Die Passwortdatei %1 ist leer.</translation>
    </message>
    <message>
        <source>server init needs --admin NAME</source>
        <translation>server init benötigt --admin NAME</translation>
    </message>
    <message>
        <source>server init needs --server CONNINFO</source>
        <translation>server init benötigt --server CONNINFO</translation>
    </message>
    <message>
        <source>Created the PulseDesk ward with the administrator %1, who logs in with --server and --user %1.</source>
        <translation>PulseDesk-Station mit dem Administrator %1 angelegt, der sich mit --server und --user %1 anmeldet.</translation>
    </message>
    <message>
        <source>unknown server command &apos;%1&apos;</source>
        <translation>unbekannter server-Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a ward server is created with server init</source>
        <translation>ein Stationsserver wird mit server init angelegt</translation>
    </message>
    <message>
        <source>(no manufacturer or model)</source>
        <translation>(ohne Hersteller und Modell)</translation>
    </message>
    <message numerus="yes">
        <source>Device-fleet health, last %n hour(s) (%1 – %2): </source>
        <translation>
            <numerusform>Zustand der Geräteflotten, letzte %n Stunde (%1 – %2): </numerusform>
            <numerusform>Zustand der Geräteflotten, letzte %n Stunden (%1 – %2): </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 devices with readings in %2 fleets, %3 flagged.
</source>
        <translation>%1 Geräte mit Messwerten in %2 Flotten, %3 auffällig.
</translation>
    </message>
    <message>
        <source>%1 (%2 devices): </source>
        <translation>%1 (%2 Geräte): </translation>
    </message>
    <message>
        <source>too few devices to judge (at least 3)
</source>
        <translation>zu wenige Geräte für eine Bewertung (mindestens 3)
</translation>
    </message>
    <message>
        <source>no device flagged
</source>
        <translation>kein Gerät auffällig
</translation>
    </message>
    <message>
        <source>%1 flagged
</source>
        <translation>%1 auffällig
</translation>
    </message>
    <message>
        <source>  (on a patient)</source>
        <translation>  (an einem Patienten)</translation>
    </message>
    <message>
        <source>devices health [--hours N]: N is a whole number of hours</source>
        <translation>devices health [--hours N]: N ist eine ganze Zahl von Stunden</translation>
    </message>
    <message>
        <source>unknown devices command &apos;%1&apos;</source>
        <translation>unbekannter devices-Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>  anomaly %1</source>
        <translation>  Anomalie %1</translation>
    </message>
    <message>
        <source>migrate-to-server needs --server CONNINFO</source>
        <translation>migrate-to-server braucht --server CONNINFO</translation>
    </message>
    <message>
        <source>migrate-to-server copies a data folder: give --data</source>
        <translation>migrate-to-server kopiert einen Datenordner: --data angeben</translation>
    </message>
    <message>
        <source>Copied %1 tables (%2 rows) to the ward server; the audit chain (%3 entries) verifies there. %4 logs in with --server and --user %4; this workstation&apos;s data folder is unchanged.</source>
        <translation>%1 Tabellen (%2 Zeilen) auf den Stationsserver kopiert; die Audit-Kette (%3 Einträge) ist dort gültig. %4 meldet sich mit --server und --user %4 an; der Datenordner dieses Arbeitsplatzes ist unverändert.</translation>
    </message>
    <message>
        <source>Their server logins open once you reset their passwords (user reset-password NAME): %1</source>
        <translation>Ihre Server-Anmeldungen öffnen sich, sobald Sie ihre Passwörter zurücksetzen (user reset-password NAME): %1</translation>
    </message>
    <message>
        <source>PEWS %1 (%2, %3)</source>
        <translation>PEWS %1 (%2, %3)</translation>
    </message>
    <message>
        <source>pews show | set FILE | none</source>
        <translation>pews show | set FILE | none</translation>
    </message>
    <message>
        <source>No paediatric early-warning chart is selected: patients under 16 get no score.
</source>
        <translation>Keine pädiatrische Frühwarntabelle ausgewählt: Patienten unter 16 erhalten keinen Score.
</translation>
    </message>
    <message>
        <source>Paediatric early-warning chart: %1
Source: %2
</source>
        <translation>Pädiatrische Frühwarntabelle: %1
Quelle: %2
</translation>
    </message>
    <message>
        <source>  from %1 months: %2 (%3)
</source>
        <translation>  ab %1 Monaten: %2 (%3)
</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>kept for ever</source>
        <translation>unbegrenzt aufbewahrt</translation>
    </message>
    <message>
        <source>kept for %1 months before the current one</source>
        <translation>%1 Monate vor dem laufenden Monat aufbewahrt</translation>
    </message>
    <message>
        <source>partitions</source>
        <translation>Partitionen</translation>
    </message>
    <message>
        <source>samples set storage.sampleRetentionMonths MONTHS</source>
        <translation>samples set storage.sampleRetentionMonths MONTHS</translation>
    </message>
    <message>
        <source>Raw samples are %1.</source>
        <translation>Rohmesswerte werden %1.</translation>
    </message>
    <message>
        <source>%1: %2 samples removed
</source>
        <translation>%1: %2 Messwerte entfernt
</translation>
    </message>
    <message>
        <source>Raw samples are kept for ever: nothing removed.
</source>
        <translation>Rohmesswerte werden unbegrenzt aufbewahrt: nichts entfernt.
</translation>
    </message>
    <message>
        <source>No samples before %1: nothing removed.
</source>
        <translation>Keine Messwerte vor %1: nichts entfernt.
</translation>
    </message>
    <message>
        <source>samples show | set KEY VALUE | prune</source>
        <translation>samples show | set KEY VALUE | prune</translation>
    </message>
    <message>
        <source>server upgrade needs --server CONNINFO</source>
        <translation>server upgrade braucht --server CONNINFO</translation>
    </message>
    <message>
        <source>The ward&apos;s schema was already at version %1; the privileges of its roles are set again.</source>
        <translation>Das Schema der Station hatte bereits die Version %1; die Berechtigungen ihrer Rollen wurden neu gesetzt.</translation>
    </message>
    <message>
        <source>The ward&apos;s schema is upgraded from version %1 to %2, and the privileges of its roles are set again.</source>
        <translation>Das Schema der Station wurde von Version %1 auf %2 aktualisiert, und die Berechtigungen ihrer Rollen wurden neu gesetzt.</translation>
    </message>
    <message>
        <source>Usage: pulsedesk-cli [--data DIR | --server CONNINFO] [--user NAME] [--password-stdin] [--json] COMMAND ...

  --server CONNINFO: a ward on a PostgreSQL server (libpq connection string, PG* variables honoured);
  each member of staff logs in as their own server login.
  server init --admin NAME [--name FULL_NAME] [--password-file FILE]
                                              create the ward on an empty database (as a role that may
                                              create roles): schema, roles, privileges, first administrator
  server upgrade                              bring the ward&apos;s schema and its roles&apos; privileges up to this
                                              PulseDesk (as a role that may create roles)
  migrate-to-server --server CONNINFO         copy this workstation (--data) to an empty database as a ward
                                              (admin; CONNINFO: a role that may create roles)
  init --admin NAME [--name FULL_NAME]        create the workstation and its first administrator
  status                                      schema version and record counts
  user add NAME --role admin|doctor|nurse [--name FULL_NAME]
  user list | deactivate NAME | reactivate NAME | reset-password NAME | role NAME ROLE | passwd
  patient add --mrn MRN --name NAME [--birth-date YYYY-MM-DD] [--sex female|male|unknown]
              [--ward WARD] [--bed BED]
  patient list [--all] [--mine] | show MRN | discharge MRN | assign-doctor MRN DOCTOR
  device add DEVICE_ID [--manufacturer M] [--model M]
  device list | assign DEVICE_ID MRN [--from TIME] | unassign DEVICE_ID [--at TIME] | history DEVICE_ID
  devices health [--hours N]                  devices whose readings depart from their fleet (admin)
  record add MRN --text TEXT|- | amend RECORD_ID --text TEXT|- | list MRN
  obs add MRN --rr N --spo2 N [--scale 1|2] --air|--oxygen --sbp N --pulse N --acvpu A|C|V|P|U --temp N.N
      (--spo2, --sbp, --pulse, --temp device: what the patient&apos;s device measured in the last minutes)
  obs amend OBSERVATION_ID ... | list MRN | scale MRN 1|2   (scale 2: a doctor&apos;s order, target 88-92 %)
  pews show | set FILE | none                 the paediatric early-warning chart for under 16s (admin)
  audit verify | list [--limit N] | reanchor   (reanchor: accept a store behind its anchor)
  monitor [--host HOST] [--port PORT] [--status-every SECONDS]   ingest from the broker until SIGINT/SIGTERM
          [--adt-listen HOST:PORT] [--results-to HOST:PORT] [--alarms-to HOST:PORT]
          HL7 ADT in, IHE PCD-01 results and PCD-04 alarms out (admin)
  interfaces show | set KEY VALUE             HL7 interface settings (adt.listen, adt.certificate, adt.key,
                                              adt.allowedPeers, results.to, alarms.to,
                                              results.summary windows|minute-median,
                                              alarms.topic MQTT-TOPIC: alarms with bed and priority only)
  outbox list [--all] | retry [ID ...]        messages the EHR refused (interface errors), send again
  samples show | set storage.sampleRetentionMonths MONTHS | prune
                                              raw samples kept (0 = for ever), older ones removed (admin)
  user hl7-id NAME IDENTIFIER|--clear         a doctor&apos;s identifier in the hospital&apos;s systems (PV1-7/8)
  quarantine list [--reason TEXT] | replay [ID ...]
  results --patient MRN [--from TIME] [--to TIME] [--limit N]   analysis results, newest first
  findings [--patient MRN] [--all]            abnormal windows from dumps and backfills, for review
  alarms list [--all] [--mine] | ack ID [--comment TEXT] | pause ID [--seconds N]
  limits show MRN | clear MRN --reason TEXT
  limits set MRN --severe-low BPM --low BPM --high BPM --severe-high BPM --reason TEXT
  import FILE|DIR ... [--tz ZONE] [--format device-dump|fhir|open-mhealth|fitbit|fitbit-csv|apple-health|vendor-api]
         [--device DEVICE_ID] [--map SOURCE=DEVICE_ID ...] [--dry-run]   import offline dumps
  export csv --patient MRN --what samples|results|alarms [--from TIME] [--to TIME] --out FILE
  export fhir --patient MRN [--from TIME] [--to TIME] --out FILE   the record as a FHIR R4 Bundle
  export patient-copy --patient MRN --out DIR   the patient&apos;s own copy: FHIR Bundle and PDF
  export research [--from TIME] [--to TIME] --out DIR   every patient&apos;s samples and results, de-identified
  report trend --patient MRN [--from TIME --to TIME | --hours N] --out FILE.pdf
  report alarms --ward WARD [--from TIME --to TIME | --hours N] --out FILE.pdf
  report handover --ward WARD --out FILE.pdf   PDF reports (the period defaults to the last 24 hours)
  demo [--no-gui]                             a local broker, a simulated ward and the workstation
  simulate [--host HOST] [--port PORT] [--devices N] [--prefix sim-] [--duration SECONDS] [--speed X]
           [--seed N] [--topic T] [--batch-topic T]        publish realistic device streams
           [--faulty N]   N faulty devices besides (offset, stuck, noise, dropouts; ids say which)

Passwords are read from the terminal, or one per line from standard input with --password-stdin:
first the acting user&apos;s, then any new password the command sets.
Exit status: 0 success, 1 failure, 2 usage, 3 not permitted, 4 login failed,
5 imported but some records were rejected (they are in the quarantine).</source>
        <translation>Aufruf: pulsedesk-cli [--data DIR | --server CONNINFO] [--user NAME] [--password-stdin] [--json] COMMAND ...

  --server CONNINFO: eine Station auf einem PostgreSQL-Server (libpq-Verbindungszeichenfolge, PG*-Variablen werden berücksichtigt);
  jeder Mitarbeiter meldet sich mit seinem eigenen Serverkonto an.
  server init --admin NAME [--name FULL_NAME] [--password-file FILE]
                                              Station in einer leeren Datenbank anlegen (als Rolle, die Rollen
                                              anlegen darf): Schema, Rollen, Berechtigungen, erster Administrator
  server upgrade                              Schema der Station und Berechtigungen ihrer Rollen auf den Stand
                                              dieses PulseDesk bringen (als Rolle, die Rollen anlegen darf)
  migrate-to-server --server CONNINFO         diesen Arbeitsplatz (--data) als Station in eine leere Datenbank
                                              kopieren (Admin; CONNINFO: eine Rolle, die Rollen anlegen darf)
  init --admin NAME [--name FULL_NAME]        Arbeitsplatz und ersten Administrator anlegen
  status                                      Schemaversion und Anzahl der Datensätze
  user add NAME --role admin|doctor|nurse [--name FULL_NAME]
  user list | deactivate NAME | reactivate NAME | reset-password NAME | role NAME ROLE | passwd
  patient add --mrn MRN --name NAME [--birth-date YYYY-MM-DD] [--sex female|male|unknown]
              [--ward WARD] [--bed BED]
  patient list [--all] [--mine] | show MRN | discharge MRN | assign-doctor MRN DOCTOR
  device add DEVICE_ID [--manufacturer M] [--model M]
  device list | assign DEVICE_ID MRN [--from TIME] | unassign DEVICE_ID [--at TIME] | history DEVICE_ID
  devices health [--hours N]                  Geräte, deren Messwerte von ihrer Flotte abweichen (Admin)
  record add MRN --text TEXT|- | amend RECORD_ID --text TEXT|- | list MRN
  obs add MRN --rr N --spo2 N [--scale 1|2] --air|--oxygen --sbp N --pulse N --acvpu A|C|V|P|U --temp N.N
      (--spo2, --sbp, --pulse, --temp device: was das Gerät des Patienten in den letzten Minuten gemessen hat)
  obs amend OBSERVATION_ID ... | list MRN | scale MRN 1|2   (Skala 2: ärztliche Anordnung, Ziel 88-92 %)
  pews show | set FILE | none                 die pädiatrische Frühwarntabelle für unter 16-Jährige (Admin)
  audit verify | list [--limit N] | reanchor   (reanchor: einen Speicher hinter seinem Anker akzeptieren)
  monitor [--host HOST] [--port PORT] [--status-every SECONDS]   vom Broker einlesen bis SIGINT/SIGTERM
          [--adt-listen HOST:PORT] [--results-to HOST:PORT] [--alarms-to HOST:PORT]
          HL7 ADT ein, IHE PCD-01 Ergebnisse und PCD-04 Alarme aus (Admin)
  interfaces show | set KEY VALUE             HL7-Schnittstelleneinstellungen (adt.listen, adt.certificate, adt.key,
                                              adt.allowedPeers, results.to, alarms.to,
                                              results.summary windows|minute-median,
                                              alarms.topic MQTT-TOPIC: Alarme nur mit Bett und Priorität)
  outbox list [--all] | retry [ID ...]        vom EHR abgelehnte Nachrichten (Schnittstellenfehler), erneut senden
  samples show | set storage.sampleRetentionMonths MONTHS | prune
                                              aufbewahrte Rohmesswerte (0 = unbegrenzt), ältere werden entfernt (Admin)
  user hl7-id NAME IDENTIFIER|--clear         Kennung eines Arztes in den Krankenhaussystemen (PV1-7/8)
  quarantine list [--reason TEXT] | replay [ID ...]
  results --patient MRN [--from TIME] [--to TIME] [--limit N]   Analyseergebnisse, neueste zuerst
  findings [--patient MRN] [--all]            auffällige Zeitfenster aus Dumps und Nachträgen, zur Prüfung
  alarms list [--all] [--mine] | ack ID [--comment TEXT] | pause ID [--seconds N]
  limits show MRN | clear MRN --reason TEXT
  limits set MRN --severe-low BPM --low BPM --high BPM --severe-high BPM --reason TEXT
  import FILE|DIR ... [--tz ZONE] [--format device-dump|fhir|open-mhealth|fitbit|fitbit-csv|apple-health|vendor-api]
         [--device DEVICE_ID] [--map SOURCE=DEVICE_ID ...] [--dry-run]   Offline-Dumps importieren
  export csv --patient MRN --what samples|results|alarms [--from TIME] [--to TIME] --out FILE
  export fhir --patient MRN [--from TIME] [--to TIME] --out FILE   die Akte als FHIR-R4-Bundle
  export patient-copy --patient MRN --out DIR   eigene Kopie des Patienten: FHIR-Bundle und PDF
  export research [--from TIME] [--to TIME] --out DIR   Messwerte und Ergebnisse aller Patienten, anonymisiert
  report trend --patient MRN [--from TIME --to TIME | --hours N] --out FILE.pdf
  report alarms --ward WARD [--from TIME --to TIME | --hours N] --out FILE.pdf
  report handover --ward WARD --out FILE.pdf   PDF-Berichte (Zeitraum standardmäßig die letzten 24 Stunden)
  demo [--no-gui]                             ein lokaler Broker, eine simulierte Station und der Arbeitsplatz
  simulate [--host HOST] [--port PORT] [--devices N] [--prefix sim-] [--duration SECONDS] [--speed X]
           [--seed N] [--topic T] [--batch-topic T]        realistische Gerätedatenströme veröffentlichen
           [--faulty N]   zusätzlich N fehlerhafte Geräte (offset, stuck, noise, dropouts; die IDs nennen den Fehler)

Passwörter werden vom Terminal gelesen oder mit --password-stdin zeilenweise von der Standardeingabe:
zuerst das des handelnden Benutzers, dann jedes neue Passwort, das der Befehl setzt.
Exit-Status: 0 Erfolg, 1 Fehler, 2 Aufruf, 3 nicht erlaubt, 4 Anmeldung fehlgeschlagen,
5 importiert, aber einige Datensätze abgewiesen (sie sind in der Quarantäne).</translation>
    </message>
    <message>
        <source>interfaces set adt.listen|adt.certificate|adt.key|adt.allowedPeers|results.to|alarms.to VALUE
       interfaces set results.summary windows|minute-median
       interfaces set alarms.topic MQTT-TOPIC  (&quot;&quot; turns the alarm topic off)</source>
        <translation>interfaces set adt.listen|adt.certificate|adt.key|adt.allowedPeers|results.to|alarms.to VALUE
       interfaces set results.summary windows|minute-median
       interfaces set alarms.topic MQTT-TOPIC  (&quot;&quot; schaltet das Alarm-Topic aus)</translation>
    </message>
</context>
<context>
    <name>ClinicalRecordStore</name>
    <message>
        <source>The note is empty.</source>
        <translation>Die Notiz ist leer.</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation>Die Notiz ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>writing a clinical note</source>
        <translation>Schreiben einer klinischen Notiz</translation>
    </message>
    <message>
        <source>amending a clinical note</source>
        <translation>Ergänzen einer klinischen Notiz</translation>
    </message>
    <message>
        <source>There is no clinical note %1.</source>
        <translation>Es gibt keine klinische Notiz %1.</translation>
    </message>
    <message>
        <source>reading clinical notes</source>
        <translation>Lesen klinischer Notizen</translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <source>The key derivation parameters are out of range.</source>
        <translation>Die Parameter der Schlüsselableitung liegen außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
        <source>The password could not be turned into a key (scrypt failed).</source>
        <translation>Aus dem Passwort konnte kein Schlüssel abgeleitet werden (scrypt fehlgeschlagen).</translation>
    </message>
    <message>
        <source>The encryption key has the wrong length.</source>
        <translation>Der Verschlüsselungsschlüssel hat die falsche Länge.</translation>
    </message>
    <message>
        <source>Encryption failed.</source>
        <translation>Die Verschlüsselung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The encrypted key has the wrong shape.</source>
        <translation>Der verschlüsselte Schlüssel hat die falsche Form.</translation>
    </message>
    <message>
        <source>The password is wrong or the key slot is damaged.</source>
        <translation>Das Passwort ist falsch oder der Schlüsselslot ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>There is no PulseDesk database at %1.</source>
        <translation>Unter %1 gibt es keine PulseDesk-Datenbank.</translation>
    </message>
    <message>
        <source>A PulseDesk database already exists at %1.</source>
        <translation>Unter %1 existiert bereits eine PulseDesk-Datenbank.</translation>
    </message>
    <message>
        <source>The database %1 could not be opened: %2</source>
        <translation>Die Datenbank %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The database %1 could not be set up: %2</source>
        <translation>Die Datenbank %1 konnte nicht eingerichtet werden: %2</translation>
    </message>
    <message>
        <source>The database %1 is empty or damaged: it holds no PulseDesk data. Nothing was changed; restore it from a backup or ask IT.</source>
        <translation>Die Datenbank %1 ist leer oder beschädigt: Sie enthält keine PulseDesk-Daten. Es wurde nichts verändert; stellen Sie sie aus einer Sicherung wieder her oder wenden Sie sich an die IT.</translation>
    </message>
    <message>
        <source>The server connection string is not valid: %1</source>
        <translation>Die Verbindungszeichenfolge zum Server ist ungültig: %1</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>kein Speicher mehr frei</translation>
    </message>
    <message>
        <source>the value of %1 holds a &apos;;&apos;</source>
        <translation>der Wert von %1 enthält ein „;“</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed; install the package libqt6sql6-psql.</source>
        <translation>Der PostgreSQL-Treiber von Qt (QPSQL) ist nicht installiert; installieren Sie das Paket libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>The PostgreSQL server could not be reached or refused the login: %1</source>
        <translation>Der PostgreSQL-Server ist nicht erreichbar oder hat die Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server %1 asks for a password and none was given.</source>
        <translation>Der Server %1 verlangt ein Passwort, es wurde aber keines angegeben.</translation>
    </message>
    <message>
        <source>The server %1 refused the login: %2</source>
        <translation>Der Server %1 hat die Anmeldung abgelehnt: %2</translation>
    </message>
    <message>
        <source>The PostgreSQL server cannot be reached: %1</source>
        <translation>Der PostgreSQL-Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The certificate of the server %1 is not signed by the CA in sslrootcert: ask IT for the ward&apos;s CA certificate file.</source>
        <translation>Das Zertifikat des Servers %1 ist nicht von der Zertifizierungsstelle in sslrootcert signiert: Fragen Sie die IT nach der CA-Zertifikatsdatei der Station.</translation>
    </message>
    <message>
        <source>The certificate of the server %1 is made out to another name: connect with the host name in its certificate.</source>
        <translation>Das Zertifikat des Servers %1 ist auf einen anderen Namen ausgestellt: Verbinden Sie sich mit dem Hostnamen aus dem Zertifikat.</translation>
    </message>
    <message>
        <source>The CA certificate file given in sslrootcert cannot be read.</source>
        <translation>Die in sslrootcert angegebene CA-Zertifikatsdatei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The server %1 accepts only encrypted connections: add sslmode=verify-full and sslrootcert=CA_FILE to the connection string.</source>
        <translation>Der Server %1 nimmt nur verschlüsselte Verbindungen an: Ergänzen Sie die Verbindungszeichenfolge um sslmode=verify-full und sslrootcert=CA_FILE.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>pulsedesk-cli: cannot create %1</source>
        <translation>pulsedesk-cli: %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>pulsedesk-cli: the local broker did not start: %1</source>
        <translation>pulsedesk-cli: Der lokale Broker konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Setting up the demo ward in %1 ...</source>
        <translation>Demo-Station wird in %1 eingerichtet ...</translation>
    </message>
    <message>
        <source>PulseDesk demo: a local broker on port %1 and %2 simulated devices.</source>
        <translation>PulseDesk-Demo: ein lokaler Broker auf Port %1 und %2 simulierte Geräte.</translation>
    </message>
    <message>
        <source>Demo accounts (for this demo folder only):</source>
        <translation>Demo-Konten (nur für diesen Demo-Ordner):</translation>
    </message>
    <message>
        <source>Stop the demo by closing the workstation (or with Ctrl+C).</source>
        <translation>Beenden Sie die Demo, indem Sie den Arbeitsplatz schließen (oder mit Strg+C).</translation>
    </message>
    <message>
        <source>Demo stopped: %1 messages published. The data stays in %2.</source>
        <translation>Demo beendet: %1 Nachrichten gesendet. Die Daten bleiben in %2 erhalten.</translation>
    </message>
    <message>
        <source>alarm %1: %2 %3, patient #%4</source>
        <translation>Alarm %1: %2 %3, Patient #%4</translation>
    </message>
</context>
<context>
    <name>DemoWard</name>
    <message>
        <source>The demo ward could not be set up (%1): %2</source>
        <translation>Die Demo-Station konnte nicht eingerichtet werden (%1): %2</translation>
    </message>
</context>
<context>
    <name>DeviceRegistry</name>
    <message>
        <source>There is no registered device %1.</source>
        <translation>Das Gerät %1 ist nicht registriert.</translation>
    </message>
    <message>
        <source>Enter the device identifier (at most 128 characters).</source>
        <translation>Geben Sie die Gerätekennung ein (höchstens 128 Zeichen).</translation>
    </message>
    <message>
        <source>registering a device</source>
        <translation>Registrieren eines Geräts</translation>
    </message>
    <message>
        <source>The device %1 is already registered.</source>
        <translation>Das Gerät %1 ist bereits registriert.</translation>
    </message>
    <message>
        <source>listing devices</source>
        <translation>Auflisten der Geräte</translation>
    </message>
    <message>
        <source>assigning a device</source>
        <translation>Zuweisen eines Geräts</translation>
    </message>
    <message>
        <source>There is no patient with the medical record number %1.</source>
        <translation>Es gibt keinen Patienten mit der Patientennummer %1.</translation>
    </message>
    <message>
        <source>The patient %1 is discharged.</source>
        <translation>Der Patient %1 ist entlassen.</translation>
    </message>
    <message>
        <source>The device %1 is already assigned to the patient %2; end that assignment first.</source>
        <translation>Das Gerät %1 ist bereits dem Patienten %2 zugewiesen; beenden Sie zuerst diese Zuweisung.</translation>
    </message>
    <message>
        <source>The device %1 was still worn by another patient at that time.</source>
        <translation>Das Gerät %1 wurde zu diesem Zeitpunkt noch von einem anderen Patienten getragen.</translation>
    </message>
    <message>
        <source>ending a device assignment</source>
        <translation>Beenden einer Gerätezuweisung</translation>
    </message>
    <message>
        <source>The device %1 is not assigned to anyone.</source>
        <translation>Das Gerät %1 ist niemandem zugewiesen.</translation>
    </message>
    <message>
        <source>reading a device&apos;s history</source>
        <translation>Lesen des Geräteverlaufs</translation>
    </message>
    <message>
        <source>reading a patient&apos;s devices</source>
        <translation>Lesen der Geräte eines Patienten</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n month(s))</source>
        <translation>
            <numerusform>%1 (%n Monat)</numerusform>
            <numerusform>%1 (%n Monate)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 y)</source>
        <translation>%1 (%2 J.)</translation>
    </message>
</context>
<context>
    <name>DoctorIdentifiers</name>
    <message>
        <source>listing doctors</source>
        <translation>Ärzte auflisten</translation>
    </message>
    <message>
        <source>An identifier has at most 64 characters and no ^ or |.</source>
        <translation>Eine Kennung hat höchstens 64 Zeichen und kein ^ oder |.</translation>
    </message>
    <message>
        <source>setting an identifier</source>
        <translation>Kennung festlegen</translation>
    </message>
    <message>
        <source>Another doctor already has the identifier %1.</source>
        <translation>Ein anderer Arzt hat bereits die Kennung %1.</translation>
    </message>
    <message>
        <source>There is no doctor with the user name %1.</source>
        <translation>Es gibt keinen Arzt mit dem Benutzernamen %1.</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>reading the rows to export</source>
        <translation>Lesen der zu exportierenden Zeilen</translation>
    </message>
    <message>
        <source>reading the patient</source>
        <translation>Lesen des Patienten</translation>
    </message>
    <message>
        <source>There is no patient with the medical record number %1.</source>
        <translation>Es gibt keinen Patienten mit der MRN %1.</translation>
    </message>
    <message>
        <source>reading the patient&apos;s devices</source>
        <translation>Lesen der Geräte des Patienten</translation>
    </message>
    <message>
        <source>reading the analysis results</source>
        <translation>Lesen der Analyseergebnisse</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>reading the record to export</source>
        <translation>Lesen der zu exportierenden Akte</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>FleetHealth</name>
    <message>
        <source>constant offset</source>
        <translation>konstanter Versatz</translation>
    </message>
    <message>
        <source>too little variability</source>
        <translation>zu geringe Variabilität</translation>
    </message>
    <message>
        <source>too much variability</source>
        <translation>zu hohe Variabilität</translation>
    </message>
    <message>
        <source>frequent dropouts</source>
        <translation>häufige Aussetzer</translation>
    </message>
    <message>
        <source>value stuck</source>
        <translation>Wert eingefroren</translation>
    </message>
    <message>
        <source>heart rate</source>
        <translation>Herzfrequenz</translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation>SpO2</translation>
    </message>
    <message>
        <source>temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>systolic pressure</source>
        <translation>systolischer Blutdruck</translation>
    </message>
    <message>
        <source>diastolic pressure</source>
        <translation>diastolischer Blutdruck</translation>
    </message>
    <message>
        <source>%1: median %2 against the fleet&apos;s %3 (limit %4)</source>
        <translation>%1: Median %2 gegenüber %3 der Flotte (Grenzwert %4)</translation>
    </message>
    <message>
        <source>%1: MAD %2 against the fleet&apos;s %3 (limit %4)</source>
        <translation>%1: MAD %2 gegenüber %3 der Flotte (Grenzwert %4)</translation>
    </message>
    <message>
        <source>%1: one value for %2 min against the fleet&apos;s %3 min (limit %4 min)</source>
        <translation>%1: derselbe Wert über %2 min gegenüber %3 min der Flotte (Grenzwert %4 min)</translation>
    </message>
    <message>
        <source>%1 % of readings missing against the fleet&apos;s %2 % (limit %3 %)</source>
        <translation>%1 % der Messwerte fehlen gegenüber %2 % der Flotte (Grenzwert %3 %)</translation>
    </message>
    <message>
        <source>The period is 1 to 744 hours, not %1.</source>
        <translation>Der Zeitraum beträgt 1 bis 744 Stunden, nicht %1.</translation>
    </message>
    <message>
        <source>reading the devices&apos; readings</source>
        <translation>Lesen der Messwerte der Geräte</translation>
    </message>
</context>
<context>
    <name>HeartRateBands</name>
    <message>
        <source>The heart-rate reference table is not valid: %1</source>
        <translation>Die Referenztabelle für die Herzfrequenz ist ungültig: %1</translation>
    </message>
</context>
<context>
    <name>HeartRateLimits</name>
    <message>
        <source>Every limit must lie between 20 and 300 beats/min.</source>
        <translation>Jeder Grenzwert muss zwischen 20 und 300 Schlägen/min liegen.</translation>
    </message>
    <message>
        <source>The limits must rise in this order: severe bradycardia, bradycardia, tachycardia, severe tachycardia.</source>
        <translation>Die Grenzwerte müssen in dieser Reihenfolge ansteigen: schwere Bradykardie, Bradykardie, Tachykardie, schwere Tachykardie.</translation>
    </message>
</context>
<context>
    <name>HeartRateSeries</name>
    <message>
        <source>reading the heart-rate chart</source>
        <translation>Lesen des Herzfrequenzdiagramms</translation>
    </message>
    <message>
        <source>The chart&apos;s time range is empty.</source>
        <translation>Der Zeitraum des Diagramms ist leer.</translation>
    </message>
    <message>
        <source>There is no patient with the medical record number %1.</source>
        <translation>Es gibt keinen Patienten mit der Patientennummer %1.</translation>
    </message>
</context>
<context>
    <name>Hl7Message</name>
    <message>
        <source>The message does not begin with an MSH segment.</source>
        <translation>Die Nachricht beginnt nicht mit einem MSH-Segment.</translation>
    </message>
    <message>
        <source>MSH-1, the field separator, is missing.</source>
        <translation>MSH-1, das Feldtrennzeichen, fehlt.</translation>
    </message>
    <message>
        <source>MSH-2, the encoding characters, is missing or malformed.</source>
        <translation>MSH-2, die Kodierungszeichen, fehlt oder ist fehlerhaft.</translation>
    </message>
    <message>
        <source>The character set &quot;%1&quot; in MSH-18 is not supported (ASCII, 8859/1 and UNICODE UTF-8 are).</source>
        <translation>Der Zeichensatz &quot;%1&quot; in MSH-18 wird nicht unterstützt (ASCII, 8859/1 und UNICODE UTF-8 werden unterstützt).</translation>
    </message>
    <message>
        <source>The message is not valid UTF-8, which MSH-18 declares.</source>
        <translation>Die Nachricht ist kein gültiges UTF-8, wie in MSH-18 deklariert.</translation>
    </message>
    <message>
        <source>Byte %1 of the message is not ASCII, which MSH-18 declares.</source>
        <translation>Byte %1 der Nachricht ist kein ASCII, wie in MSH-18 deklariert.</translation>
    </message>
    <message>
        <source>Segment %1 has no valid name.</source>
        <translation>Segment %1 hat keinen gültigen Namen.</translation>
    </message>
    <message>
        <source>The message has a second MSH segment.</source>
        <translation>Die Nachricht hat ein zweites MSH-Segment.</translation>
    </message>
</context>
<context>
    <name>ImportFormat</name>
    <message>
        <source>unnamed observation</source>
        <translation>unbenannte Beobachtung</translation>
    </message>
    <message>
        <source>the quantity has no number</source>
        <translation>die Mengenangabe hat keinen Zahlenwert</translation>
    </message>
    <message>
        <source>heart rate in unit &apos;%1&apos;, not per minute</source>
        <translation>Herzfrequenz in der Einheit &apos;%1&apos;, nicht pro Minute</translation>
    </message>
    <message>
        <source>oxygen saturation in unit &apos;%1&apos;, not %</source>
        <translation>Sauerstoffsättigung in der Einheit &apos;%1&apos;, nicht in %</translation>
    </message>
    <message>
        <source>temperature in unit &apos;%1&apos;</source>
        <translation>Temperatur in der Einheit &apos;%1&apos;</translation>
    </message>
    <message>
        <source>blood pressure in unit &apos;%1&apos;, not mmHg</source>
        <translation>Blutdruck in der Einheit &apos;%1&apos;, nicht in mmHg</translation>
    </message>
    <message>
        <source>no value PulseDesk can use</source>
        <translation>kein Wert, den PulseDesk verwenden kann</translation>
    </message>
    <message>
        <source>no value: data absent (%1)</source>
        <translation>kein Wert: Daten fehlen (%1)</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>effective time &apos;%1&apos; is a date without a time of day</source>
        <translation>Messzeitpunkt &apos;%1&apos; ist ein Datum ohne Uhrzeit</translation>
    </message>
    <message>
        <source>status &apos;%1&apos;: not a valid measurement</source>
        <translation>Status &apos;%1&apos;: keine gültige Messung</translation>
    </message>
    <message>
        <source>status &apos;%1&apos;: no result to import</source>
        <translation>Status &apos;%1&apos;: kein Ergebnis zum Importieren</translation>
    </message>
    <message>
        <source>no effective time (the release time &apos;issued&apos; is not the time of measurement)</source>
        <translation>kein Messzeitpunkt (der Freigabezeitpunkt &apos;issued&apos; ist nicht der Zeitpunkt der Messung)</translation>
    </message>
    <message>
        <source>sampled data without a usable period or factor</source>
        <translation>SampledData ohne verwendbare Periode oder verwendbaren Faktor</translation>
    </message>
    <message>
        <source>sampled data with %1 dimensions (a waveform, not a heart-rate series)</source>
        <translation>SampledData mit %1 Dimensionen (eine Signalkurve, keine Herzfrequenzreihe)</translation>
    </message>
    <message>
        <source>sampled data point %1: error marker E</source>
        <translation>SampledData-Datenpunkt %1: Fehlermarkierung E</translation>
    </message>
    <message>
        <source>sampled data point %1: below the device&apos;s lower limit (L)</source>
        <translation>SampledData-Datenpunkt %1: unterhalb der unteren Messgrenze des Geräts (L)</translation>
    </message>
    <message>
        <source>sampled data point %1: above the device&apos;s upper limit (U)</source>
        <translation>SampledData-Datenpunkt %1: oberhalb der oberen Messgrenze des Geräts (U)</translation>
    </message>
    <message>
        <source>sampled data point %1: &apos;%2&apos; is not a number</source>
        <translation>SampledData-Datenpunkt %1: &apos;%2&apos; ist keine Zahl</translation>
    </message>
    <message>
        <source>no value and no reason for its absence</source>
        <translation>kein Wert und kein Grund für sein Fehlen</translation>
    </message>
    <message>
        <source>not a FHIR resource</source>
        <translation>keine FHIR-Ressource</translation>
    </message>
    <message>
        <source>heart rate in unit &apos;%1&apos;, not beats/min</source>
        <translation>Herzfrequenz in der Einheit &apos;%1&apos;, nicht beats/min</translation>
    </message>
    <message>
        <source>oxygen saturation not in %</source>
        <translation>Sauerstoffsättigung nicht in %</translation>
    </message>
    <message>
        <source>Open mHealth data of another kind</source>
        <translation>Daten eines anderen Typs (Open mHealth)</translation>
    </message>
    <message>
        <source>the value is not a number</source>
        <translation>der Wert ist keine Zahl</translation>
    </message>
    <message>
        <source>a %1 over a period, not a single measurement</source>
        <translation>Kennwert &apos;%1&apos; über einen Zeitraum, keine Einzelmessung</translation>
    </message>
    <message>
        <source>measured over a time interval, not at one time</source>
        <translation>über ein Zeitintervall gemessen, nicht zu einem Zeitpunkt</translation>
    </message>
    <message>
        <source>no effective time frame</source>
        <translation>kein Messzeitpunkt oder -zeitraum</translation>
    </message>
    <message>
        <source>Fitbit daily summary</source>
        <translation>Fitbit-Tageszusammenfassung</translation>
    </message>
    <message>
        <source>time &apos;%1&apos; is not MM/DD/YY hh:mm:ss</source>
        <translation>Zeitangabe &apos;%1&apos; hat nicht das Format MM/DD/YY hh:mm:ss</translation>
    </message>
    <message>
        <source>no valid reading (Fitbit confidence 0)</source>
        <translation>kein gültiger Messwert (Fitbit-Konfidenz 0)</translation>
    </message>
    <message>
        <source>the file cannot be read again</source>
        <translation>die Datei kann nicht erneut gelesen werden</translation>
    </message>
    <message>
        <source>line 1: expected the header &apos;Id,Time,Value&apos; or &apos;timestamp,beats per minute&apos;</source>
        <translation>Zeile 1: Kopfzeile &apos;Id,Time,Value&apos; oder &apos;timestamp,beats per minute&apos; erwartet</translation>
    </message>
    <message>
        <source>expected %1 columns</source>
        <translation>%1 Spalten erwartet</translation>
    </message>
    <message>
        <source>time &apos;%1&apos; cannot be read</source>
        <translation>Zeitangabe &apos;%1&apos; kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>start date &apos;%1&apos; is not &apos;yyyy-MM-dd hh:mm:ss ±hhmm&apos;</source>
        <translation>Startdatum &apos;%1&apos; hat nicht das Format &apos;yyyy-MM-dd hh:mm:ss ±hhmm&apos;</translation>
    </message>
    <message>
        <source>value &apos;%1&apos; is not a number</source>
        <translation>Wert &apos;%1&apos; ist keine Zahl</translation>
    </message>
    <message>
        <source>heart rate in unit &apos;%1&apos;, not count/min</source>
        <translation>Herzfrequenz in der Einheit &apos;%1&apos;, nicht count/min</translation>
    </message>
    <message>
        <source>invalid XML at line %1, column %2: %3</source>
        <translation>ungültiges XML in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>Device dump (JSON)</source>
        <translation>Gerätedatenabzug (JSON)</translation>
    </message>
    <message>
        <source>HL7 FHIR R4</source>
        <translation>HL7 FHIR R4</translation>
    </message>
    <message>
        <source>Open mHealth</source>
        <translation>Open mHealth</translation>
    </message>
    <message>
        <source>Fitbit archive (JSON)</source>
        <translation>Fitbit-Archiv (JSON)</translation>
    </message>
    <message>
        <source>Fitbit heart rate (CSV)</source>
        <translation>Fitbit-Herzfrequenz (CSV)</translation>
    </message>
    <message>
        <source>Apple Health export (XML)</source>
        <translation>Export aus Apple Health (XML)</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>unbekanntes Format</translation>
    </message>
    <message>
        <source>time &apos;%1&apos; on day &apos;%2&apos; is not a time</source>
        <translation>Zeitangabe &apos;%1&apos; am Tag &apos;%2&apos; ist keine gültige Uhrzeit</translation>
    </message>
    <message>
        <source>no start and end time</source>
        <translation>keine Start- und Endzeit</translation>
    </message>
    <message>
        <source>not a single measurement (an interval of %1 s)</source>
        <translation>keine Einzelmessung (ein Intervall von %1 s)</translation>
    </message>
    <message>
        <source>no measurement time with a time zone</source>
        <translation>kein Messzeitpunkt mit Zeitzone</translation>
    </message>
    <message>
        <source>no heart rate (iHealth 0)</source>
        <translation>kein Herzfrequenzwert (iHealth 0)</translation>
    </message>
    <message>
        <source>Withings objective</source>
        <translation>Withings-Zielvorgabe</translation>
    </message>
    <message>
        <source>Withings measure type %1</source>
        <translation>Withings-Messtyp %1</translation>
    </message>
    <message>
        <source>no measurement time</source>
        <translation>kein Messzeitpunkt</translation>
    </message>
    <message>
        <source>this file is too large for a saved API response (over 64 MiB)</source>
        <translation>diese Datei ist zu groß für eine gespeicherte API-Antwort (über 64 MiB)</translation>
    </message>
    <message>
        <source>invalid JSON at line %1, column %2: %3</source>
        <translation>ungültiges JSON in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>Jawbone daily resting heart rate</source>
        <translation>Jawbone-Ruheherzfrequenz (Tageswert)</translation>
    </message>
    <message>
        <source>not a known API response (Fitbit, Google Fit, iHealth, Withings)</source>
        <translation>keine bekannte API-Antwort (Fitbit, Google Fit, iHealth, Withings)</translation>
    </message>
    <message>
        <source>Vendor cloud API (Fitbit, Google Fit, iHealth, Withings)</source>
        <translation>Hersteller-Cloud-API (Fitbit, Google Fit, iHealth, Withings)</translation>
    </message>
    <message>
        <source>%1, not an object</source>
        <translation>%1, kein Objekt</translation>
    </message>
    <message>
        <source>%1, not an Open mHealth data point</source>
        <translation>%1, kein Datenpunkt im Format Open mHealth</translation>
    </message>
    <message>
        <source>the file&apos;s document type uses parameter entities (an Apple Health export does not); not read</source>
        <translation>die Dokumenttypdeklaration der Datei verwendet Parameter-Entitäten (ein Export aus Apple Health tut das nicht); nicht gelesen</translation>
    </message>
    <message>
        <source>the file&apos;s document type is over 8 MiB (an Apple Health export&apos;s is a few KiB); not read</source>
        <translation>die Dokumenttypdeklaration der Datei ist größer als 8 MiB (die eines Exports aus Apple Health hat wenige KiB); nicht gelesen</translation>
    </message>
    <message>
        <source>the file declares entities that could expand its text to more than %1 MiB (an Apple Health export declares none); not read</source>
        <translation>die Datei deklariert Entitäten, die ihren Text auf mehr als %1 MiB anwachsen lassen könnten (ein Export aus Apple Health deklariert keine); nicht gelesen</translation>
    </message>
    <message>
        <source>the line is longer than %1 bytes</source>
        <translation>die Zeile ist länger als %1 Bytes</translation>
    </message>
    <message>
        <source>measurement time %1 is beyond any date</source>
        <translation>Messzeit %1 liegt jenseits jedes Datums</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>the file does not say which device took it; choose the device</source>
        <translation>die Datei gibt nicht an, mit welchem Gerät gemessen wurde; wählen Sie das Gerät aus</translation>
    </message>
    <message>
        <source>device %1 is not registered; choose the device it belongs to</source>
        <translation>Gerät %1 ist nicht registriert; wählen Sie das zugehörige Gerät aus</translation>
    </message>
    <message>
        <source>other reasons</source>
        <translation>andere Gründe</translation>
    </message>
    <message>
        <source>The database is busy or unavailable: %1</source>
        <translation>Die Datenbank ist ausgelastet oder nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>preparing the import</source>
        <translation>Vorbereiten des Imports</translation>
    </message>
    <message>
        <source>recording the import</source>
        <translation>Protokollieren des Imports</translation>
    </message>
    <message>
        <source>storing samples</source>
        <translation>Speichern der Messwerte</translation>
    </message>
    <message>
        <source>quarantining a record</source>
        <translation>Verschieben eines Datensatzes in die Quarantäne</translation>
    </message>
    <message>
        <source>undoing an import</source>
        <translation>Rückgängigmachen eines Imports</translation>
    </message>
    <message>
        <source>looking for interrupted imports</source>
        <translation>Suchen nach unterbrochenen Importen</translation>
    </message>
    <message>
        <source>interrupted before it was complete; nothing of it was kept</source>
        <translation>vor dem Abschluss unterbrochen; davon wurde nichts übernommen</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>not a format PulseDesk imports (device dump, FHIR, Open mHealth, Fitbit, Apple Health)</source>
        <translation>kein Format, das PulseDesk importiert (Gerätedatenabzug, FHIR, Open mHealth, Fitbit, Apple Health)</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 durch %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 changed since its preview; preview it again</source>
        <translation>%1 wurde seit der Vorschau geändert; erstellen Sie die Vorschau erneut</translation>
    </message>
    <message>
        <source>cancelled; nothing of this file was kept</source>
        <translation>abgebrochen; von dieser Datei wurde nichts übernommen</translation>
    </message>
    <message>
        <source>reading back the imported samples</source>
        <translation>Zurücklesen der importierten Messwerte</translation>
    </message>
    <message>
        <source>changed while it was being previewed; preview it again once nothing writes to it</source>
        <translation>wurde während der Vorschau geändert; Vorschau erneut öffnen, sobald nichts mehr hineinschreibt</translation>
    </message>
    <message>
        <source>%1 changed while it was being imported; nothing of it was kept. Import it again once nothing writes to it</source>
        <translation>%1 wurde während des Imports geändert; nichts davon wurde behalten. Erneut importieren, sobald nichts mehr hineinschreibt</translation>
    </message>
    <message>
        <source>The disk is full: nothing of the file was stored. Free space on the disk of the data folder and import the file again</source>
        <translation>Der Datenträger ist voll: Von der Datei wurde nichts gespeichert. Geben Sie Speicherplatz auf dem Datenträger des Datenordners frei und importieren Sie die Datei erneut</translation>
    </message>
    <message>
        <source>The ward server&apos;s disk is full: nothing of the file was stored. Ask IT to free space on the server, then import the file again</source>
        <translation>Der Datenträger des Stationsservers ist voll: Nichts aus der Datei wurde gespeichert. Bitten Sie die IT, auf dem Server Platz zu schaffen, und importieren Sie die Datei dann erneut</translation>
    </message>
    <message>
        <source>Not permitted on a ward server: an import analyses the patients&apos; samples, which an administrator may not read. A nurse imports device dumps there.</source>
        <translation>Auf einem Stationsserver nicht erlaubt: Ein Import analysiert die Messwerte der Patienten, die ein Administrator nicht lesen darf. Dort importiert eine Pflegekraft Geräteexporte.</translation>
    </message>
</context>
<context>
    <name>IngestPipeline</name>
    <message>
        <source>device %1 is not registered</source>
        <translation>Gerät %1 ist nicht registriert</translation>
    </message>
    <message>
        <source>sample %1: %2</source>
        <translation>Messwert %1: %2</translation>
    </message>
    <message>
        <source>storing samples</source>
        <translation>Speichern der Messwerte</translation>
    </message>
    <message>
        <source>quarantining a message</source>
        <translation>Verschieben einer Nachricht in die Quarantäne</translation>
    </message>
    <message>
        <source>reading the quarantine</source>
        <translation>Lesen der Quarantäne</translation>
    </message>
    <message>
        <source>replaying the quarantine</source>
        <translation>Wiedereinspielen der Quarantäne</translation>
    </message>
    <message>
        <source>The disk is full: the messages were not stored. Free space on the disk of the data folder</source>
        <translation>Der Datenträger ist voll: Die Nachrichten wurden nicht gespeichert. Schaffen Sie Platz auf dem Datenträger des Datenordners</translation>
    </message>
    <message>
        <source>this record cannot be replayed without the rest of its file: import the file again</source>
        <translation>dieser Datensatz kann ohne den Rest seiner Datei nicht erneut verarbeitet werden: Datei erneut importieren</translation>
    </message>
    <message>
        <source>payload not kept: the quarantine is at its limit (%1 MiB or %2 messages)</source>
        <translation>Inhalt nicht aufbewahrt: Die Quarantäne ist an ihrer Grenze (%1 MiB oder %2 Nachrichten)</translation>
    </message>
    <message>
        <source>The ward server&apos;s disk is full: the messages were not stored. Ask IT to free space on the server</source>
        <translation>Der Datenträger des Stationsservers ist voll: Die Nachrichten wurden nicht gespeichert. Bitten Sie die IT, auf dem Server Platz zu schaffen</translation>
    </message>
</context>
<context>
    <name>InterfaceService</name>
    <message>
        <source>The address %1 cannot be resolved.</source>
        <translation>Die Adresse %1 kann nicht aufgelöst werden.</translation>
    </message>
    <message>
        <source>ADT accepted %1 repeats %2 errors %3 rejected %4</source>
        <translation>ADT angenommen %1 Wiederholungen %2 Fehler %3 abgewiesen %4</translation>
    </message>
    <message>
        <source>results sent %1 acknowledged %2 refused %3%4</source>
        <translation>Ergebnisse gesendet %1 bestätigt %2 abgelehnt %3%4</translation>
    </message>
    <message>
        <source>  alarms sent %1 acknowledged %2 refused %3</source>
        <translation>  Alarme gesendet %1 bestätigt %2 abgelehnt %3</translation>
    </message>
    <message>
        <source>The ward has no active administrator.</source>
        <translation>Die Station hat keinen aktiven Administrator.</translation>
    </message>
</context>
<context>
    <name>InterfaceSettings</name>
    <message>
        <source>&quot;%1&quot; is not HOST:PORT (such as 10.1.2.3:2575).</source>
        <translation>„%1“ ist nicht HOST:PORT (z. B. 10.1.2.3:2575).</translation>
    </message>
    <message>
        <source>saving a setting</source>
        <translation>Speichern einer Einstellung</translation>
    </message>
    <message>
        <source>The results summary is &quot;windows&quot; (each analysis window) or &quot;minute-median&quot; (the median of each minute), not &quot;%1&quot;.</source>
        <translation>Die Ergebniszusammenfassung ist „windows“ (jedes Analysefenster) oder „minute-median“ (der Median jeder Minute), nicht „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be the alarm topic. %2</source>
        <translation>„%1“ kann nicht das Alarm-Topic sein. %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be the alarm topic: live ingest subscribes to &quot;%2&quot;, so the alarms would come back as device messages.</source>
        <translation>„%1“ kann nicht das Alarm-Topic sein: Der Live-Empfang abonniert „%2“, die Alarme kämen also als Gerätenachrichten zurück.</translation>
    </message>
</context>
<context>
    <name>JsonStream</name>
    <message>
        <source>invalid JSON at line %1, column %2: %3</source>
        <translation>ungültiges JSON in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>the file ends inside a string</source>
        <translation>die Datei endet innerhalb einer Zeichenkette</translation>
    </message>
    <message>
        <source>a control character inside a string</source>
        <translation>ein Steuerzeichen innerhalb einer Zeichenkette</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation>mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>expected a member name in quotes</source>
        <translation>Schlüsselname in Anführungszeichen erwartet</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a member name</source>
        <translation>&apos;:&apos; nach einem Schlüsselnamen erwartet</translation>
    </message>
    <message>
        <source>the file ends too early</source>
        <translation>die Datei endet vorzeitig</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;%1&apos;</source>
        <translation>&apos;,&apos; oder &apos;%1&apos; erwartet</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>unerwartetes Zeichen &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the file cannot be read again</source>
        <translation>die Datei kann nicht erneut gelesen werden</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>&apos;,&apos; oder &apos;}&apos; erwartet</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>&apos;,&apos; oder &apos;]&apos; erwartet</translation>
    </message>
    <message>
        <source>expected an object or an array</source>
        <translation>Objekt oder Array erwartet</translation>
    </message>
    <message>
        <source>the file holds no JSON</source>
        <translation>die Datei enthält kein JSON</translation>
    </message>
    <message>
        <source>line %1, column %2: the member &apos;%3&apos; is given twice with different values</source>
        <translation>Zeile %1, Spalte %2: der Schlüssel &apos;%3&apos; ist zweimal mit unterschiedlichen Werten angegeben</translation>
    </message>
</context>
<context>
    <name>KeyRing</name>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>Das Passwort muss mindestens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The password must not be the user name.</source>
        <translation>Das Passwort darf nicht der Benutzername sein.</translation>
    </message>
    <message>
        <source>The key slot does not belong to this database.</source>
        <translation>Der Schlüsselslot gehört nicht zu dieser Datenbank.</translation>
    </message>
</context>
<context>
    <name>KeySlotFile</name>
    <message>
        <source>The key slot file %1 is missing. Without it the database cannot be opened; restore it from a backup.</source>
        <translation>Die Schlüsselslot-Datei %1 fehlt. Ohne sie kann die Datenbank nicht geöffnet werden; stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The key slot file %1 cannot be read: %2</source>
        <translation>Die Schlüsselslot-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The key slot file %1 is damaged (%2). The database was not touched; restore the key slot file from a backup.</source>
        <translation>Die Schlüsselslot-Datei %1 ist beschädigt (%2). Die Datenbank wurde nicht verändert; stellen Sie die Schlüsselslot-Datei aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>not a PulseDesk key slot file</source>
        <translation>keine PulseDesk-Schlüsselslot-Datei</translation>
    </message>
    <message>
        <source>unknown version %1</source>
        <translation>unbekannte Version %1</translation>
    </message>
    <message>
        <source>no database id</source>
        <translation>keine Datenbank-ID</translation>
    </message>
    <message>
        <source>slot %1 is incomplete</source>
        <translation>Slot %1 ist unvollständig</translation>
    </message>
    <message>
        <source>it holds no key slots</source>
        <translation>sie enthält keine Schlüsselslots</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>Benutzername oder Passwort ist falsch.</translation>
    </message>
</context>
<context>
    <name>MessageParser</name>
    <message>
        <source>missing field: device id</source>
        <translation>fehlendes Feld: Geräte-ID</translation>
    </message>
    <message>
        <source>device id longer than 128 characters</source>
        <translation>Geräte-ID länger als 128 Zeichen</translation>
    </message>
    <message>
        <source>missing field: timestamp</source>
        <translation>fehlendes Feld: Zeitstempel</translation>
    </message>
    <message>
        <source>timestamp more than 5 minutes ahead of the workstation clock</source>
        <translation>Zeitstempel liegt mehr als 5 Minuten vor der Uhr des Arbeitsplatzes</translation>
    </message>
    <message>
        <source>missing field: no heart rate or other vital sign</source>
        <translation>fehlendes Feld: keine Herzfrequenz und kein anderer Vitalparameter</translation>
    </message>
    <message>
        <source>heart rate %1 outside 20–300/min</source>
        <translation>Herzfrequenz %1 außerhalb von 20–300/min</translation>
    </message>
    <message>
        <source>SpO2 %1 outside 50–100%</source>
        <translation>SpO2 %1 außerhalb von 50–100%</translation>
    </message>
    <message>
        <source>temperature read in °F and stored in °C</source>
        <translation>Temperatur in °F gelesen und in °C gespeichert</translation>
    </message>
    <message>
        <source>temperature %1 °C outside 25–45 °C</source>
        <translation>Temperatur %1 °C außerhalb von 25–45 °C</translation>
    </message>
    <message>
        <source>blood pressure needs both systolic and diastolic</source>
        <translation>Blutdruck benötigt sowohl den systolischen als auch den diastolischen Wert</translation>
    </message>
    <message>
        <source>systolic %1 not above diastolic %2</source>
        <translation>systolischer Wert %1 nicht höher als diastolischer Wert %2</translation>
    </message>
    <message>
        <source>blood pressure %1/%2 outside plausible range</source>
        <translation>Blutdruck %1/%2 außerhalb des plausiblen Bereichs</translation>
    </message>
    <message>
        <source>timestamp &apos;%1&apos; is not epoch seconds, milliseconds or ISO 8601</source>
        <translation>Zeitstempel &apos;%1&apos; ist weder Unix-Zeit in Sekunden oder Millisekunden noch ISO 8601</translation>
    </message>
    <message>
        <source>timestamp &apos;%1&apos; has no time zone</source>
        <translation>Zeitstempel &apos;%1&apos; hat keine Zeitzone</translation>
    </message>
    <message>
        <source>timestamp is neither a number nor a string</source>
        <translation>Zeitstempel ist weder eine Zahl noch eine Zeichenkette</translation>
    </message>
    <message>
        <source>timestamp before the year 2000</source>
        <translation>Zeitstempel vor dem Jahr 2000</translation>
    </message>
    <message>
        <source>payload of %1 bytes is over the 1 MiB limit (not parsed)</source>
        <translation>Nutzdaten von %1 Byte überschreiten die Grenze von 1 MiB (nicht ausgewertet)</translation>
    </message>
    <message>
        <source>not UTF-8</source>
        <translation>kein UTF-8</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>kein JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>empty batch</source>
        <translation>leerer Stapel</translation>
    </message>
    <message>
        <source>times without a zone read in %1</source>
        <translation>Zeitangaben ohne Zeitzone als %1 gelesen</translation>
    </message>
    <message>
        <source>sample %1 is %2, not an object</source>
        <translation>Messwert %1 ist %2, kein Objekt</translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) had no measurement time of their own; stored at the time the device created the IoT Hub message</source>
        <translation>
            <numerusform>%n Messwert hatte keinen eigenen Messzeitpunkt; gespeichert mit dem Zeitpunkt, zu dem das Gerät die Nachricht für IoT Hub erstellt hat</numerusform>
            <numerusform>%n Messwerte hatten keinen eigenen Messzeitpunkt; gespeichert mit dem Zeitpunkt, zu dem das Gerät die Nachricht für IoT Hub erstellt hat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) had no measurement time of their own; stored at the IoT hub&apos;s arrival time</source>
        <translation>
            <numerusform>%n Messwert hatte keinen eigenen Messzeitpunkt; gespeichert mit dem Zeitpunkt des Eingangs bei IoT Hub</numerusform>
            <numerusform>%n Messwerte hatten keinen eigenen Messzeitpunkt; gespeichert mit dem Zeitpunkt des Eingangs bei IoT Hub</numerusform>
        </translation>
    </message>
    <message>
        <source>the member &apos;%1&apos; is given twice with different values</source>
        <translation>der Schlüssel &apos;%1&apos; ist zweimal mit unterschiedlichen Werten angegeben</translation>
    </message>
    <message>
        <source>no samples in the message</source>
        <translation>keine Messwerte in der Nachricht</translation>
    </message>
    <message>
        <source>%1, not a device message object</source>
        <translation>%1, kein Gerätenachrichten-Objekt</translation>
    </message>
    <message>
        <source>item %1 is %2, not a device message object</source>
        <translation>Element %1 ist %2, kein Gerätenachrichten-Objekt</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>device id %1 is a number too large to read exactly</source>
        <translation>Geräte-ID %1 ist eine Zahl, die zu groß ist, um exakt gelesen zu werden</translation>
    </message>
    <message>
        <source>device id %1 is not a whole number</source>
        <translation>Geräte-ID %1 ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>the message is %1, not a device message object</source>
        <translation>die Nachricht ist %1, kein Gerätenachrichten-Objekt</translation>
    </message>
    <message>
        <source>a vital sign is not a number: %1</source>
        <translation>ein Vitalparameter ist keine Zahl: %1</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>This database was written by a newer PulseDesk (schema version %1; this version knows up to %2). Update PulseDesk to open it; nothing was changed.</source>
        <translation>Diese Datenbank wurde von einer neueren PulseDesk-Version geschrieben (Schemaversion %1; diese Version kennt bis zu %2). Aktualisieren Sie PulseDesk, um sie zu öffnen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>creating the schema version table</source>
        <translation>Anlegen der Schemaversionstabelle</translation>
    </message>
    <message>
        <source>applying schema migration %1</source>
        <translation>Anwenden der Schemamigration %1</translation>
    </message>
    <message>
        <source>recording schema migration %1</source>
        <translation>Protokollieren der Schemamigration %1</translation>
    </message>
    <message>
        <source>Schema migration %1 has no PostgreSQL form: its SQLite text uses %2, which has no mechanical translation.</source>
        <translation>Die Schemamigration %1 hat keine PostgreSQL-Fassung: Ihr SQLite-Text verwendet %2, das sich nicht mechanisch übersetzen lässt.</translation>
    </message>
</context>
<context>
    <name>Mllp</name>
    <message>
        <source>bytes outside an MLLP frame (0x%1)</source>
        <translation>Bytes außerhalb eines MLLP-Rahmens (0x%1)</translation>
    </message>
    <message>
        <source>a new MLLP frame began before the last one ended</source>
        <translation>ein neuer MLLP-Rahmen begann vor dem Ende des vorigen</translation>
    </message>
    <message>
        <source>an MLLP frame is larger than %1 bytes</source>
        <translation>ein MLLP-Rahmen ist größer als %1 Bytes</translation>
    </message>
</context>
<context>
    <name>Monitor</name>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>verbindet erneut</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>broker %1 (%2 since %3)%4  messages %5 (%6/s)  stored %7  duplicates %8  quarantined %9</source>
        <translation>Broker %1 (%2 seit %3)%4  Nachrichten %5 (%6/s)  gespeichert %7  Duplikate %8  in Quarantäne %9</translation>
    </message>
    <message>
        <source>  windows %1  open alarms %2</source>
        <translation>  Analysefenster %1  offene Alarme %2</translation>
    </message>
    <message>
        <source>ALARM %1 %2: %3 %4, patient #%5, alarm %6%7</source>
        <translation>ALARM %1 %2: %3 %4, Patient #%5, Alarm %6%7</translation>
    </message>
    <message>
        <source> by user #%1</source>
        <translation> durch Benutzer #%1</translation>
    </message>
    <message>
        <source>analysis could not store its results: %1</source>
        <translation>die Analyse konnte ihre Ergebnisse nicht speichern: %1</translation>
    </message>
    <message>
        <source>  alarm topic %1 published, %2 dropped (no broker connection)</source>
        <translation>  Alarm-Topic: %1 veröffentlicht, %2 verworfen (keine Verbindung zum Broker)</translation>
    </message>
</context>
<context>
    <name>MqttClient</name>
    <message>
        <source>TLS handshake failed (check the CA file, the client certificate and the broker&apos;s certificate)</source>
        <translation>TLS-Handshake fehlgeschlagen (prüfen Sie die CA-Datei, das Client-Zertifikat und das Zertifikat des Brokers)</translation>
    </message>
    <message>
        <source>The MQTT client could not be created.</source>
        <translation>Der MQTT-Client konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The TLS settings cannot be used: %1</source>
        <translation>Die TLS-Einstellungen können nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>The broker refused the connection: %1</source>
        <translation>Der Broker hat die Verbindung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Cannot reach the broker %1:%2: %3</source>
        <translation>Der Broker %1:%2 ist nicht erreichbar: %3</translation>
    </message>
    <message>
        <source>The connection to the broker was lost.</source>
        <translation>Die Verbindung zum Broker wurde unterbrochen.</translation>
    </message>
    <message>
        <source>The broker closed the connection before accepting it: %1</source>
        <translation>Der Broker hat die Verbindung geschlossen, bevor er sie angenommen hat: %1</translation>
    </message>
    <message>
        <source>Another client is using this client id (%1): the broker keeps dropping the connection right after accepting it. Give each workstation and monitor its own client id.</source>
        <translation>Ein anderer Client verwendet diese Client-ID (%1): Der Broker trennt die Verbindung jedes Mal gleich nach dem Aufbau. Geben Sie jeder Arbeitsstation und jedem Monitor eine eigene Client-ID.</translation>
    </message>
    <message>
        <source>%1. The received messages were not acknowledged: the broker delivers them again.</source>
        <translation>%1. Die empfangenen Nachrichten wurden nicht bestätigt: Der Broker stellt sie erneut zu.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
</context>
<context>
    <name>MqttSettings</name>
    <message>
        <source>No broker host is set.</source>
        <translation>Es ist kein Broker-Host festgelegt.</translation>
    </message>
    <message>
        <source>The broker port %1 is not between 1 and 65535.</source>
        <translation>Der Broker-Port %1 liegt nicht zwischen 1 und 65535.</translation>
    </message>
    <message>
        <source>No topic to subscribe to is set.</source>
        <translation>Es ist kein Topic zum Abonnieren festgelegt.</translation>
    </message>
    <message>
        <source>The TLS file %1 cannot be read.</source>
        <translation>Die TLS-Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>TLS needs the CA certificate file.</source>
        <translation>TLS benötigt die CA-Zertifikatsdatei.</translation>
    </message>
    <message>
        <source>A client certificate needs its key, and a key its certificate.</source>
        <translation>Ein Client-Zertifikat benötigt seinen Schlüssel und ein Schlüssel sein Zertifikat.</translation>
    </message>
    <message>
        <source>The MQTT topic is empty.</source>
        <translation>Das MQTT-Topic ist leer.</translation>
    </message>
    <message>
        <source>The MQTT topic is not valid Unicode text.</source>
        <translation>Das MQTT-Topic ist kein gültiger Unicode-Text.</translation>
    </message>
    <message>
        <source>The MQTT topic is longer than 65535 bytes.</source>
        <translation>Das MQTT-Topic ist länger als 65535 Byte.</translation>
    </message>
    <message>
        <source>The MQTT topic contains a wildcard (&quot;+&quot; or &quot;#&quot;): messages are published on one topic name, without wildcards.</source>
        <translation>Das MQTT-Topic enthält einen Platzhalter („+“ oder „#“): Nachrichten werden unter einem Topic-Namen ohne Platzhalter veröffentlicht.</translation>
    </message>
    <message>
        <source>The MQTT topic contains a control character.</source>
        <translation>Das MQTT-Topic enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>The MQTT topic begins with &quot;$&quot;, which brokers keep for their own topics.</source>
        <translation>Das MQTT-Topic beginnt mit „$“, das Broker für ihre eigenen Topics vorbehalten.</translation>
    </message>
</context>
<context>
    <name>News2</name>
    <message>
        <source>Respiration rate</source>
        <translation>Atemfrequenz</translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation>SpO2</translation>
    </message>
    <message>
        <source>Systolic pressure</source>
        <translation>Systolischer Blutdruck</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>Puls</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>%1 %2 is outside what PulseDesk accepts (%3 to %4).</source>
        <translation>%1 %2 liegt außerhalb dessen, was PulseDesk annimmt (%3 bis %4).</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Low-medium</source>
        <translation>Niedrig bis mittel</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>NEWS2 is for patients aged 16 and over.</source>
        <translation>NEWS2 gilt für Patienten ab 16 Jahren.</translation>
    </message>
    <message>
        <source>low risk</source>
        <translation>niedriges Risiko</translation>
    </message>
    <message>
        <source>low-medium risk: urgent ward-based review</source>
        <translation>niedriges bis mittleres Risiko: dringende Beurteilung auf Station</translation>
    </message>
    <message>
        <source>medium risk: urgent response</source>
        <translation>mittleres Risiko: dringende Reaktion</translation>
    </message>
    <message>
        <source>high risk: emergency response</source>
        <translation>hohes Risiko: Notfallreaktion</translation>
    </message>
</context>
<context>
    <name>ObservationStore</name>
    <message>
        <source>no NEWS2: the patient was under 16</source>
        <translation>kein NEWS2: der Patient war unter 16</translation>
    </message>
    <message>
        <source>no NEWS2: the patient&apos;s birth date is unknown</source>
        <translation>kein NEWS2: das Geburtsdatum des Patienten ist unbekannt</translation>
    </message>
    <message>
        <source>reading the patient for an observation</source>
        <translation>Lesen des Patienten für eine Beobachtung</translation>
    </message>
    <message>
        <source>The SpO2 scale is 1 or 2.</source>
        <translation>Die SpO2-Skala ist 1 oder 2.</translation>
    </message>
    <message>
        <source>SpO2 scale 2 is only for a patient whose doctor has set it (a target of 88-92 %).</source>
        <translation>SpO2-Skala 2 gilt nur für Patienten, bei denen der Arzt sie angeordnet hat (Ziel 88-92 %).</translation>
    </message>
    <message>
        <source>Unknown device value &apos;%1&apos;.</source>
        <translation>Unbekannter Gerätewert &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>writing an observation</source>
        <translation>Schreiben einer Beobachtung</translation>
    </message>
    <message>
        <source>The patient has been discharged.</source>
        <translation>Der Patient wurde entlassen.</translation>
    </message>
    <message>
        <source>Observations cannot be taken in the future.</source>
        <translation>Beobachtungen können nicht in der Zukunft erhoben werden.</translation>
    </message>
    <message>
        <source>Observations can be charted up to a day after they were taken, and not before the admission.</source>
        <translation>Beobachtungen können bis zu einen Tag nach der Erhebung dokumentiert werden, und nicht vor der Aufnahme.</translation>
    </message>
    <message>
        <source>amending an observation</source>
        <translation>Ändern einer Beobachtung</translation>
    </message>
    <message>
        <source>There is no observation %1.</source>
        <translation>Es gibt keine Beobachtung %1.</translation>
    </message>
    <message>
        <source>reading observations</source>
        <translation>Lesen der Beobachtungen</translation>
    </message>
    <message>
        <source>setting the SpO2 scale</source>
        <translation>Festlegen der SpO2-Skala</translation>
    </message>
    <message>
        <source>reading device values</source>
        <translation>Lesen der Gerätewerte</translation>
    </message>
    <message>
        <source>reading the early-warning scores</source>
        <translation>Lesen der Frühwarnscores</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>reading or writing the interface outbox</source>
        <translation>Lesen oder Schreiben des Schnittstellen-Postausgangs</translation>
    </message>
</context>
<context>
    <name>PatientMerge</name>
    <message>
        <source>A patient record cannot be merged into itself.</source>
        <translation>Eine Patientenakte kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <source>merging patient records</source>
        <translation>beim Zusammenführen von Patientenakten</translation>
    </message>
    <message>
        <source>One of the records was merged into another one before.</source>
        <translation>Einer der Datensätze wurde bereits mit einem anderen zusammengeführt.</translation>
    </message>
</context>
<context>
    <name>PatientRegistry</name>
    <message>
        <source>There is no patient with the medical record number %1.</source>
        <translation>Es gibt keinen Patienten mit der Patientennummer %1.</translation>
    </message>
    <message>
        <source>Enter a medical record number (at most 64 characters).</source>
        <translation>Geben Sie eine Patientennummer ein (höchstens 64 Zeichen).</translation>
    </message>
    <message>
        <source>Enter the patient&apos;s name.</source>
        <translation>Geben Sie den Namen des Patienten ein.</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>Das Geburtsdatum liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>admitting a patient</source>
        <translation>Aufnehmen eines Patienten</translation>
    </message>
    <message>
        <source>A patient with the medical record number %1 already exists.</source>
        <translation>Ein Patient mit der Patientennummer %1 existiert bereits.</translation>
    </message>
    <message>
        <source>listing patients</source>
        <translation>Auflisten der Patienten</translation>
    </message>
    <message>
        <source>looking up a patient</source>
        <translation>Suchen eines Patienten</translation>
    </message>
    <message>
        <source>The patient %1 is already discharged.</source>
        <translation>Der Patient %1 ist bereits entlassen.</translation>
    </message>
    <message>
        <source>discharging a patient</source>
        <translation>Entlassen eines Patienten</translation>
    </message>
    <message>
        <source>There is no active doctor with the user name %1.</source>
        <translation>Es gibt keinen aktiven Arzt mit dem Benutzernamen %1.</translation>
    </message>
    <message>
        <source>assigning a doctor</source>
        <translation>Zuweisen eines Arztes</translation>
    </message>
</context>
<context>
    <name>PcdMessages</name>
    <message>
        <source>reading a patient for an HL7 message</source>
        <translation>Lesen eines Patienten für eine HL7-Nachricht</translation>
    </message>
    <message>
        <source>The patient of an outbox entry is missing.</source>
        <translation>Der Patient eines Postausgangseintrags fehlt.</translation>
    </message>
    <message>
        <source>Backfilled: computed from samples imported from the device&apos;s stored data, not received live.</source>
        <translation>Nachgetragen: berechnet aus Messwerten, die aus den gespeicherten Daten des Geräts importiert wurden, nicht live empfangen.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>manage staff accounts</source>
        <translation>Personalkonten verwalten</translation>
    </message>
    <message>
        <source>change workstation settings</source>
        <translation>Arbeitsplatzeinstellungen ändern</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>das Prüfprotokoll lesen</translation>
    </message>
    <message>
        <source>register devices</source>
        <translation>Geräte registrieren</translation>
    </message>
    <message>
        <source>assign devices to patients</source>
        <translation>Patienten Geräte zuweisen</translation>
    </message>
    <message>
        <source>read patient information</source>
        <translation>Patientendaten lesen</translation>
    </message>
    <message>
        <source>admit, discharge or reassign patients</source>
        <translation>Patienten aufnehmen, entlassen oder verlegen</translation>
    </message>
    <message>
        <source>read clinical records</source>
        <translation>klinische Dokumentation lesen</translation>
    </message>
    <message>
        <source>write clinical records</source>
        <translation>klinische Dokumentation schreiben</translation>
    </message>
    <message>
        <source>read analysis results and alarms</source>
        <translation>Analyseergebnisse und Alarme lesen</translation>
    </message>
    <message>
        <source>acknowledge alarms</source>
        <translation>Alarme quittieren</translation>
    </message>
    <message>
        <source>set patient alarm limits</source>
        <translation>Alarmgrenzen für Patienten festlegen</translation>
    </message>
    <message>
        <source>import device dumps</source>
        <translation>Gerätedatenabzüge importieren</translation>
    </message>
    <message>
        <source>manage quarantined messages</source>
        <translation>Nachrichten in Quarantäne verwalten</translation>
    </message>
    <message>
        <source>Not permitted: change your one-time password first.</source>
        <translation>Nicht erlaubt: Ändern Sie zuerst Ihr Einmalpasswort.</translation>
    </message>
    <message>
        <source>Not permitted: the role %1 may not %2.</source>
        <translation>Nicht erlaubt: Die Rolle %1 darf nicht %2.</translation>
    </message>
    <message>
        <source>record observations</source>
        <translation>Beobachtungen erfassen</translation>
    </message>
    <message>
        <source>set a patient&apos;s SpO2 scale</source>
        <translation>SpO2-Skala eines Patienten festlegen</translation>
    </message>
    <message>
        <source>export de-identified data for research</source>
        <translation>anonymisierte Daten für die Forschung exportieren</translation>
    </message>
    <message>
        <source>read the device-fleet health</source>
        <translation>den Zustand der Geräteflotten einsehen</translation>
    </message>
</context>
<context>
    <name>Pews</name>
    <message>
        <source>The paediatric early-warning chart is invalid: %1</source>
        <translation>Die pädiatrische Frühwarntabelle ist ungültig: %1</translation>
    </message>
    <message>
        <source>the format is not %1</source>
        <translation>das Format ist nicht %1</translation>
    </message>
    <message>
        <source>a chart needs a name and its source</source>
        <translation>eine Tabelle braucht einen Namen und ihre Quelle</translation>
    </message>
    <message>
        <source>age band %1: the bands start at 0 months and rise below 16 years, each with a label</source>
        <translation>Altersgruppe %1: die Gruppen beginnen bei 0 Monaten und steigen unterhalb von 16 Jahren an, jede mit einer Bezeichnung</translation>
    </message>
    <message>
        <source>age band %1: %2</source>
        <translation>Altersgruppe %1: %2</translation>
    </message>
    <message>
        <source>age band %1: PulseDesk records no &apos;%2&apos;</source>
        <translation>Altersgruppe %1: PulseDesk erfasst kein &apos;%2&apos;</translation>
    </message>
    <message>
        <source>no age bands</source>
        <translation>keine Altersgruppen</translation>
    </message>
    <message>
        <source>A paediatric early-warning score is for patients under 16.</source>
        <translation>Ein pädiatrischer Frühwarnscore gilt für Patienten unter 16.</translation>
    </message>
</context>
<context>
    <name>RecordSummary</name>
    <message>
        <source>A PDF can only be written by a program that lays out text.</source>
        <translation>Ein PDF kann nur von einem Programm geschrieben werden, das Text setzt.</translation>
    </message>
    <message>
        <source>Your health record</source>
        <translation>Ihre Gesundheitsakte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Medical record number</source>
        <translation>Patientennummer</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Ward and bed</source>
        <translation>Station und Bett</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Aufgenommen</translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation>Entlassen</translation>
    </message>
    <message>
        <source>Responsible doctors</source>
        <translation>Verantwortliche Ärzte</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Gedruckt</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Devices worn</source>
        <translation>Getragene Geräte</translation>
    </message>
    <message>
        <source>Heart rate by day (beats per minute)</source>
        <translation>Herzfrequenz pro Tag (Schläge pro Minute)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Niedrigster</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Höchster</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Clinical notes</source>
        <translation>Klinische Notizen</translation>
    </message>
    <message>
        <source>Note %1, %2, %3</source>
        <translation>Notiz %1, %2, %3</translation>
    </message>
    <message>
        <source>(corrects note %1)</source>
        <translation>(korrigiert Notiz %1)</translation>
    </message>
    <message>
        <source>Health record</source>
        <translation>Gesundheitsakte</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Printed by %1 on %2</source>
        <translation>Gedruckt von %1 am %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>reading the report</source>
        <translation>Lesen des Berichts</translation>
    </message>
    <message>
        <source>Heart-rate trend report</source>
        <translation>Herzfrequenz-Verlaufsbericht</translation>
    </message>
    <message>
        <source>Ward alarm history</source>
        <translation>Alarmverlauf der Station</translation>
    </message>
    <message>
        <source>Shift hand-over</source>
        <translation>Schichtübergabe</translation>
    </message>
    <message>
        <source>The report&apos;s period is empty: its end is not after its start.</source>
        <translation>Der Berichtszeitraum ist leer: sein Ende liegt nicht nach seinem Beginn.</translation>
    </message>
    <message>
        <source>A report covers at most 93 days.</source>
        <translation>Ein Bericht umfasst höchstens 93 Tage.</translation>
    </message>
    <message>
        <source>The report could not be started on this device.</source>
        <translation>Der Bericht konnte auf diesem Gerät nicht begonnen werden.</translation>
    </message>
    <message>
        <source>The report could not start a new page.</source>
        <translation>Der Bericht konnte keine neue Seite beginnen.</translation>
    </message>
    <message>
        <source>The report could not be finished on this device.</source>
        <translation>Der Bericht konnte auf diesem Gerät nicht abgeschlossen werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>bpm</source>
        <translation>bpm</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mäßig</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation>Herzfrequenz</translation>
    </message>
    <message>
        <source>the patient&apos;s own limits</source>
        <translation>den eigenen Grenzwerten des Patienten</translation>
    </message>
    <message>
        <source>the reference band %1</source>
        <translation>dem Referenzbereich %1</translation>
    </message>
    <message>
        <source>%1 samples, of which %2 imported (dashed).</source>
        <translation>%1 Messwerte, davon %2 importiert (gestrichelt).</translation>
    </message>
    <message>
        <source>Shaded by %1: normal from %2 to %3 bpm, severe at or below %4 and at or above %5 bpm.</source>
        <translation>Schattiert nach %1: normal von %2 bis %3 bpm, schwer bei höchstens %4 und mindestens %5 bpm.</translation>
    </message>
    <message>
        <source>Limits set on %1: %2.</source>
        <translation>Grenzwerte festgelegt am %1: %2.</translation>
    </message>
    <message>
        <source>No sample for longer than %1 is drawn as a gap.</source>
        <translation>Fehlen Messwerte länger als %1, wird eine Lücke gezeichnet.</translation>
    </message>
    <message>
        <source>Hourly values</source>
        <translation>Stundenwerte</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Messwerte</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max.</translation>
    </message>
    <message>
        <source>Heart rate in bpm; the share of the time covered by samples in each category.</source>
        <translation>Herzfrequenz in bpm; Anteil der durch Messwerte abgedeckten Zeit je Kategorie.</translation>
    </message>
    <message>
        <source>No hours in the period.</source>
        <translation>Keine Stunden im Zeitraum.</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>Quittiert von</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Quittiert</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>No alarms in the period.</source>
        <translation>Keine Alarme im Zeitraum.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Festgestellt</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Geprüft von</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>No findings in the period.</source>
        <translation>Keine Befunde im Zeitraum.</translation>
    </message>
    <message>
        <source>Clinical notes</source>
        <translation>Klinische Notizen</translation>
    </message>
    <message>
        <source>No notes in the period.</source>
        <translation>Keine Notizen im Zeitraum.</translation>
    </message>
    <message>
        <source>amendment of an earlier note</source>
        <translation>Korrektur einer früheren Notiz</translation>
    </message>
    <message>
        <source>amendment of the note of %1</source>
        <translation>Korrektur der Notiz vom %1</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>MRN</translation>
    </message>
    <message>
        <source>Ward and bed</source>
        <translation>Station und Bett</translation>
    </message>
    <message>
        <source>%1, bed %2</source>
        <translation>%1, Bett %2</translation>
    </message>
    <message>
        <source>Responsible doctors</source>
        <translation>Verantwortliche Ärzte</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Printed by</source>
        <translation>Gedruckt von</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>no device assigned</source>
        <translation>kein Gerät zugewiesen</translation>
    </message>
    <message>
        <source>device %1, nothing received yet</source>
        <translation>Gerät %1, noch nichts empfangen</translation>
    </message>
    <message>
        <source>device %1, live</source>
        <translation>Gerät %1, live</translation>
    </message>
    <message>
        <source>device %1, silent since %2</source>
        <translation>Gerät %1, still seit %2</translation>
    </message>
    <message>
        <source>%1 bpm at %2</source>
        <translation>%1 bpm um %2</translation>
    </message>
    <message>
        <source>low confidence</source>
        <translation>geringe Zuverlässigkeit</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <source>Median time to acknowledge</source>
        <translation>Mediane Zeit bis zur Quittierung</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Alarms by bed</source>
        <translation>Alarme nach Bett</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>Bett</translation>
    </message>
    <message>
        <source>Time to acknowledge</source>
        <translation>Zeit bis zur Quittierung</translation>
    </message>
    <message>
        <source>Admitted patients</source>
        <translation>Aufgenommene Patienten</translation>
    </message>
    <message>
        <source>No admitted patients on this ward.</source>
        <translation>Keine aufgenommenen Patienten auf dieser Station.</translation>
    </message>
    <message>
        <source>Bed %1: %2</source>
        <translation>Bett %1: %2</translation>
    </message>
    <message>
        <source>%1, %2, since %3</source>
        <translation>%1, %2, seit %3</translation>
    </message>
    <message>
        <source>acknowledged by %1 at %2</source>
        <translation>quittiert von %1 um %2</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>Aktueller Zustand</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Grenzwerte</translation>
    </message>
    <message>
        <source>Open alarms</source>
        <translation>Offene Alarme</translation>
    </message>
    <message>
        <source>Findings to review</source>
        <translation>Zu prüfende Befunde</translation>
    </message>
    <message>
        <source>Last note</source>
        <translation>Letzte Notiz</translation>
    </message>
    <message>
        <source>Ward %1</source>
        <translation>Station %1</translation>
    </message>
    <message>
        <source>%1: %2 to %3 bpm</source>
        <translation>%1: %2 bis %3 bpm</translation>
    </message>
    <message>
        <source>Observations and NEWS2</source>
        <translation>Vitalzeichen und NEWS2</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Erhoben</translation>
    </message>
    <message>
        <source>Resp.</source>
        <translation>AF</translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation>SpO2</translation>
    </message>
    <message>
        <source>Air/O2</source>
        <translation>Luft/O2</translation>
    </message>
    <message>
        <source>Systolic</source>
        <translation>Systolisch</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>Puls</translation>
    </message>
    <message>
        <source>ACVPU</source>
        <translation>ACVPU</translation>
    </message>
    <message>
        <source>Temp.</source>
        <translation>Temp.</translation>
    </message>
    <message>
        <source>NEWS2</source>
        <translation>NEWS2</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <source>%1 (amended %2)</source>
        <translation>%1 (korrigiert %2)</translation>
    </message>
    <message>
        <source>(scale 2)</source>
        <translation>(Skala 2)</translation>
    </message>
    <message>
        <source>O2</source>
        <translation>O2</translation>
    </message>
    <message>
        <source>air</source>
        <translation>Luft</translation>
    </message>
    <message>
        <source>Respiration per minute, SpO2 in %, systolic pressure in mmHg, pulse per minute, temperature in °C; NEWS2 as scored when recorded (Royal College of Physicians, 2017).</source>
        <translation>Atemfrequenz pro Minute, SpO2 in %, systolischer Druck in mmHg, Puls pro Minute, Temperatur in °C; NEWS2 wie bei der Erfassung berechnet (Royal College of Physicians, 2017).</translation>
    </message>
    <message>
        <source>No observations in the period.</source>
        <translation>Keine Vitalzeichen im Zeitraum.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Arzt</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>Pflegekraft</translation>
    </message>
</context>
<context>
    <name>SamplePartitions</name>
    <message>
        <source>making the partitions of samples</source>
        <translation>Anlegen der Partitionen für Messwerte</translation>
    </message>
    <message>
        <source>removing samples past their retention</source>
        <translation>Entfernen von Messwerten nach Ablauf ihrer Aufbewahrungsfrist</translation>
    </message>
    <message>
        <source>listing the partitions of samples</source>
        <translation>Auflisten der Partitionen für Messwerte</translation>
    </message>
</context>
<context>
    <name>SampleWriter</name>
    <message>
        <source>storing samples</source>
        <translation>Speichern der Messwerte</translation>
    </message>
    <message>
        <source>a different value (%1) is already stored for this device at this time (%2)</source>
        <translation>für dieses Gerät ist zu diesem Zeitpunkt (%2) bereits ein anderer Wert (%1) gespeichert</translation>
    </message>
    <message>
        <source>a stored sample could not be read back</source>
        <translation>ein gespeicherter Messwert konnte nicht zurückgelesen werden</translation>
    </message>
</context>
<context>
    <name>ScoreTable</name>
    <message>
        <source>The score table is invalid: %1</source>
        <translation>Die Score-Tabelle ist ungültig: %1</translation>
    </message>
</context>
<context>
    <name>ServerMain</name>
    <message>
        <source>The password file %1 cannot be read: %2</source>
        <translation>Die Passwortdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The password file %1 may be read by other users; allow only its owner (chmod 600).</source>
        <translation>Die Passwortdatei %1 ist für andere Benutzer lesbar; erlauben Sie nur ihrem Eigentümer den Zugriff (chmod 600).</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>standby</source>
        <translation>Bereitschaft</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>The ward server&apos;s service: ingests the ward&apos;s devices from the broker, analyses them and raises and escalates alarms, once for the ward, into the ward&apos;s PostgreSQL database. Several may run; one is active, the others stand by and take over when it stops.</source>
        <translation>Der Dienst des Stationsservers: empfängt die Geräte der Station vom Broker, analysiert sie und löst Alarme aus und eskaliert sie, einmal für die Station, in die PostgreSQL-Datenbank der Station. Mehrere dürfen laufen; einer ist aktiv, die anderen stehen bereit und übernehmen, wenn er endet.</translation>
    </message>
    <message>
        <source>libpq connection string of the ward (default: PULSEDESK_SERVER); the login is the service role pulsedesk_server or a member of it.</source>
        <translation>libpq-Verbindungszeichenfolge der Station (Standard: PULSEDESK_SERVER); die Anmeldung ist die Dienstrolle pulsedesk_server oder ein Mitglied davon.</translation>
    </message>
    <message>
        <source>File holding the login&apos;s password (default: the systemd credential pulsedesk-db-password, else libpq&apos;s password file).</source>
        <translation>Datei mit dem Passwort der Anmeldung (Standard: das systemd-Credential pulsedesk-db-password, sonst die Passwortdatei von libpq).</translation>
    </message>
    <message>
        <source>Broker host (default: the ward&apos;s setting).</source>
        <translation>Broker-Host (Standard: die Einstellung der Station).</translation>
    </message>
    <message>
        <source>Broker port (default: the ward&apos;s setting).</source>
        <translation>Broker-Port (Standard: die Einstellung der Station).</translation>
    </message>
    <message>
        <source>Seconds between status lines (default 60).</source>
        <translation>Sekunden zwischen Statuszeilen (Standard 60).</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>unerwartetes Argument %1</translation>
    </message>
    <message>
        <source>say which ward: --server CONNINFO (or PULSEDESK_SERVER)</source>
        <translation>geben Sie die Station an: --server CONNINFO (oder PULSEDESK_SERVER)</translation>
    </message>
    <message>
        <source>--status-every needs a number of seconds</source>
        <translation>--status-every braucht eine Anzahl Sekunden</translation>
    </message>
    <message>
        <source>analysis could not store its results: %1</source>
        <translation>die Analyse konnte ihre Ergebnisse nicht speichern: %1</translation>
    </message>
    <message>
        <source>messages %1  stored %2  duplicates %3  quarantined %4  windows %5  open alarms %6</source>
        <translation>Nachrichten %1  gespeichert %2  Duplikate %3  in Quarantäne %4  Fenster %5  offene Alarme %6</translation>
    </message>
    <message>
        <source>Listen for the hospital&apos;s ADT messages (HL7 v2 over MLLP) here (default: the ward&apos;s interface setting); only the active server listens.</source>
        <translation>ADT-Nachrichten des Krankenhauses (HL7 v2 über MLLP) hier empfangen (Standard: die Schnittstelleneinstellung der Station); nur der aktive Server empfängt.</translation>
    </message>
    <message>
        <source>Send window results (IHE PCD-01 ORU^R01) to this EHR interface (default: the ward&apos;s interface setting).</source>
        <translation>Ergebnisse der Analysefenster (IHE PCD-01 ORU^R01) an diese EHR-Schnittstelle senden (Standard: die Schnittstelleneinstellung der Station).</translation>
    </message>
    <message>
        <source>Send alarm events (IHE PCD-04 ORU^R40) to this alarm manager (default: the ward&apos;s interface setting).</source>
        <translation>Alarmereignisse (IHE PCD-04 ORU^R40) an diesen Alarmmanager senden (Standard: die Schnittstelleneinstellung der Station).</translation>
    </message>
    <message>
        <source>interfaces started: %1</source>
        <translation>Schnittstellen gestartet: %1</translation>
    </message>
    <message>
        <source>interfaces could not start: %1</source>
        <translation>Schnittstellen konnten nicht starten: %1</translation>
    </message>
    <message>
        <source>interfaces stopped</source>
        <translation>Schnittstellen angehalten</translation>
    </message>
    <message>
        <source>alarm topic %1 published, %2 dropped</source>
        <translation>Alarm-Topic: %1 veröffentlicht, %2 verworfen</translation>
    </message>
</context>
<context>
    <name>ServerMigration</name>
    <message>
        <source>listing the workstation&apos;s tables</source>
        <translation>Auflisten der Tabellen des Arbeitsplatzes</translation>
    </message>
    <message>
        <source>reading the workstation&apos;s foreign keys</source>
        <translation>Lesen der Fremdschlüssel des Arbeitsplatzes</translation>
    </message>
    <message>
        <source>The workstation&apos;s tables refer to each other in a circle.</source>
        <translation>Die Tabellen des Arbeitsplatzes verweisen im Kreis aufeinander.</translation>
    </message>
    <message>
        <source>reading the workstation&apos;s columns</source>
        <translation>Lesen der Spalten des Arbeitsplatzes</translation>
    </message>
    <message>
        <source>counting rows</source>
        <translation>Zählen der Zeilen</translation>
    </message>
    <message>
        <source>The server&apos;s table %1 holds rows already; migrate-to-server needs an empty database.</source>
        <translation>Die Tabelle %1 des Servers enthält bereits Zeilen; migrate-to-server braucht eine leere Datenbank.</translation>
    </message>
    <message>
        <source>reading the workstation&apos;s %1</source>
        <translation>Lesen von %1 des Arbeitsplatzes</translation>
    </message>
    <message>
        <source>copying %1</source>
        <translation>Kopieren von %1</translation>
    </message>
    <message>
        <source>listing the server&apos;s sequences</source>
        <translation>Auflisten der Sequenzen des Servers</translation>
    </message>
    <message>
        <source>moving the server&apos;s sequences</source>
        <translation>Weitersetzen der Sequenzen des Servers</translation>
    </message>
    <message>
        <source>reading the staff</source>
        <translation>Lesen des Personals</translation>
    </message>
    <message>
        <source>The member of staff %1 has an unknown role.</source>
        <translation>Der Mitarbeiter %1 hat eine unbekannte Rolle.</translation>
    </message>
    <message>
        <source>Only an administrator may move the workstation to a ward server.</source>
        <translation>Nur ein Administrator darf den Arbeitsplatz auf einen Stationsserver umziehen.</translation>
    </message>
    <message>
        <source>migrate-to-server copies a workstation&apos;s data folder (--data).</source>
        <translation>migrate-to-server kopiert den Datenordner eines Arbeitsplatzes (--data).</translation>
    </message>
    <message>
        <source>The database %1 is not empty; migrate-to-server needs an empty database. Nothing was changed.</source>
        <translation>Die Datenbank %1 ist nicht leer; migrate-to-server braucht eine leere Datenbank. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The workstation&apos;s store is not of this PulseDesk&apos;s version.</source>
        <translation>Der Speicher des Arbeitsplatzes gehört nicht zu dieser PulseDesk-Version.</translation>
    </message>
    <message>
        <source>reading the workstation&apos;s store</source>
        <translation>Lesen des Speichers des Arbeitsplatzes</translation>
    </message>
    <message>
        <source>The server&apos;s %1 would hold %2 rows, the workstation&apos;s %3; nothing was copied.</source>
        <translation>%1 auf dem Server hätte %2 Zeilen, auf dem Arbeitsplatz %3; nichts wurde kopiert.</translation>
    </message>
    <message>
        <source>The workstation&apos;s %1 changed while it was copied (%2 rows, %3 copied): stop the workstation and its monitor, empty the server&apos;s database and migrate again.</source>
        <translation>%1 des Arbeitsplatzes hat sich beim Kopieren geändert (%2 Zeilen, %3 kopiert): Beenden Sie den Arbeitsplatz und seinen Monitor, leeren Sie die Datenbank des Servers und migrieren Sie erneut.</translation>
    </message>
    <message>
        <source>The audit chain copied to the server does not verify: %1</source>
        <translation>Die auf den Server kopierte Audit-Kette ist nicht gültig: %1</translation>
    </message>
    <message>
        <source>reading the workstation&apos;s samples</source>
        <translation>Lesen der Messwerte des Arbeitsplatzes</translation>
    </message>
</context>
<context>
    <name>ServerNotifications</name>
    <message>
        <source>the connection to the server was closed</source>
        <translation>die Verbindung zum Server wurde geschlossen</translation>
    </message>
</context>
<context>
    <name>ServerRoles</name>
    <message>
        <source>The server&apos;s roles could not be changed while %1: %2</source>
        <translation>Die Rollen des Servers konnten beim %1 nicht geändert werden: %2</translation>
    </message>
    <message>
        <source>looking up a role of the server</source>
        <translation>Suchen einer Rolle des Servers</translation>
    </message>
    <message>
        <source>setting a password</source>
        <translation>Setzen eines Passworts</translation>
    </message>
    <message>
        <source>no server connection</source>
        <translation>keine Verbindung zum Server</translation>
    </message>
    <message>
        <source>On a ward server a user name cannot start with pg_ or pulsedesk_.</source>
        <translation>Auf einem Stationsserver darf ein Benutzername nicht mit pg_ oder pulsedesk_ beginnen.</translation>
    </message>
    <message>
        <source>looking at the database&apos;s contents</source>
        <translation>Prüfen des Datenbankinhalts</translation>
    </message>
    <message>
        <source>looking up the connection&apos;s role</source>
        <translation>Ermitteln der Rolle der Verbindung</translation>
    </message>
    <message>
        <source>Not permitted: server init needs a connection as a role that may create roles (CREATEROLE), and the one given may not.</source>
        <translation>Nicht erlaubt: server init benötigt eine Verbindung als Rolle, die Rollen anlegen darf (CREATEROLE), und die angegebene darf das nicht.</translation>
    </message>
    <message>
        <source>granting the roles their privileges</source>
        <translation>Erteilen der Berechtigungen an die Rollen</translation>
    </message>
    <message>
        <source>the table %1 has no privileges defined</source>
        <translation>für die Tabelle %1 sind keine Berechtigungen festgelegt</translation>
    </message>
    <message>
        <source>The user name %1 is already taken by a role of the database server.</source>
        <translation>Der Benutzername %1 ist bereits durch eine Rolle des Datenbankservers vergeben.</translation>
    </message>
    <message>
        <source>creating a login</source>
        <translation>Anlegen eines Serverkontos</translation>
    </message>
    <message>
        <source>disabling a login</source>
        <translation>Sperren eines Serverkontos</translation>
    </message>
    <message>
        <source>changing a role</source>
        <translation>Ändern einer Rolle</translation>
    </message>
    <message>
        <source>The server&apos;s login gate cannot be used: %1</source>
        <translation>Die Anmeldekontrolle des Servers kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>clearing failed logins</source>
        <translation>Zurücksetzen fehlgeschlagener Anmeldungen</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The value for %1 has the wrong type.</source>
        <translation>Der Wert für %1 hat den falschen Typ.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 muss zwischen %2 und %3 liegen.</translation>
    </message>
    <message>
        <source>saving a setting</source>
        <translation>Speichern einer Einstellung</translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <source>Female</source>
        <translation>Weiblich</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Männlich</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>Sha256</name>
    <message>
        <source>Could not compute a SHA-256 digest.</source>
        <translation>Der SHA-256-Hashwert konnte nicht berechnet werden.</translation>
    </message>
</context>
<context>
    <name>Simulate</name>
    <message>
        <source>%1 s: %2 samples generated, %3 messages published</source>
        <translation>%1 s: %2 Messwerte erzeugt, %3 Nachrichten gesendet</translation>
    </message>
    <message>
        <source>Done: %1 samples generated, %2 messages published.</source>
        <translation>Fertig: %1 Messwerte erzeugt, %2 Nachrichten gesendet.</translation>
    </message>
    <message>
        <source>Faulty devices: %1</source>
        <translation>Fehlerhafte Geräte: %1</translation>
    </message>
</context>
<context>
    <name>SimulatedFleet</name>
    <message>
        <source>storing the simulated fleet</source>
        <translation>Speichern der simulierten Flotte</translation>
    </message>
</context>
<context>
    <name>SourceFile</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>es ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>it is a pipe (FIFO), not a file</source>
        <translation>es ist eine Pipe (FIFO), keine Datei</translation>
    </message>
    <message>
        <source>it is a socket, not a file</source>
        <translation>es ist ein Socket, keine Datei</translation>
    </message>
    <message>
        <source>it is a device, not a file</source>
        <translation>es ist ein Gerät, keine Datei</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>es ist keine gewöhnliche Datei</translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>Conflict while %1: %2</source>
        <translation>Konflikt beim %1: %2</translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation>Datenbankfehler beim %1: %2</translation>
    </message>
    <message>
        <source>The database is busy or unavailable: %1</source>
        <translation>Die Datenbank ist ausgelastet oder nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>the connection is not a store connection</source>
        <translation>die Verbindung ist keine Verbindung zum Datenspeicher</translation>
    </message>
    <message>
        <source>The database cannot be reached while %1. PulseDesk keeps trying to reconnect.</source>
        <translation>Die Datenbank ist beim %1 nicht erreichbar. PulseDesk versucht weiter, die Verbindung wiederherzustellen.</translation>
    </message>
    <message>
        <source>Not permitted by the server while %1: %2</source>
        <translation>Vom Server nicht erlaubt beim %1: %2</translation>
    </message>
</context>
<context>
    <name>StaffDirectory</name>
    <message>
        <source>There is no member of staff with the user name %1.</source>
        <translation>Es gibt keinen Mitarbeiter mit dem Benutzernamen %1.</translation>
    </message>
    <message>
        <source>A user name has 2 to 32 characters: letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>Ein Benutzername hat 2 bis 32 Zeichen: Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>looking up a member of staff</source>
        <translation>Suchen eines Mitarbeiters</translation>
    </message>
    <message>
        <source>listing staff</source>
        <translation>Auflisten des Personals</translation>
    </message>
    <message>
        <source>listing doctors</source>
        <translation>Auflisten der Ärzte</translation>
    </message>
    <message>
        <source>The staff list could not be read.</source>
        <translation>Die Personalliste konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Enter the name of the member of staff.</source>
        <translation>Geben Sie den Namen des Mitarbeiters ein.</translation>
    </message>
    <message>
        <source>This workstation already has staff; log in as an administrator.</source>
        <translation>Dieser Arbeitsplatz hat bereits Personal; melden Sie sich als Administrator an.</translation>
    </message>
    <message>
        <source>adding a member of staff</source>
        <translation>Hinzufügen eines Mitarbeiters</translation>
    </message>
    <message>
        <source>The user name %1 is already taken.</source>
        <translation>Der Benutzername %1 ist bereits vergeben.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>Sie können Ihr eigenes Konto nicht deaktivieren.</translation>
    </message>
    <message>
        <source>%1 is the last active administrator and cannot be deactivated.</source>
        <translation>%1 ist der letzte aktive Administrator und kann nicht deaktiviert werden.</translation>
    </message>
    <message>
        <source>deactivating a member of staff</source>
        <translation>Deaktivieren eines Mitarbeiters</translation>
    </message>
    <message>
        <source>%1 is already active.</source>
        <translation>%1 ist bereits aktiv.</translation>
    </message>
    <message>
        <source>reactivating a member of staff</source>
        <translation>Reaktivieren eines Mitarbeiters</translation>
    </message>
    <message>
        <source>%1 is deactivated; reactivate the account to give it a password.</source>
        <translation>%1 ist deaktiviert; reaktivieren Sie das Konto, um ein Passwort zu vergeben.</translation>
    </message>
    <message>
        <source>resetting a password</source>
        <translation>Zurücksetzen eines Passworts</translation>
    </message>
    <message>
        <source>%1 is the last active administrator and cannot be given another role.</source>
        <translation>%1 ist der letzte aktive Administrator und kann keine andere Rolle erhalten.</translation>
    </message>
    <message>
        <source>changing a role</source>
        <translation>Ändern einer Rolle</translation>
    </message>
    <message>
        <source>Log in first.</source>
        <translation>Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Das aktuelle Passwort ist falsch.</translation>
    </message>
    <message>
        <source>Choose a password different from the current one.</source>
        <translation>Wählen Sie ein anderes Passwort als das aktuelle.</translation>
    </message>
    <message>
        <source>changing a password</source>
        <translation>Ändern eines Passworts</translation>
    </message>
</context>
<context>
    <name>StoreChoice</name>
    <message>
        <source>The folder of %1 cannot be created.</source>
        <translation>Der Ordner von %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The choice cannot be saved in %1.</source>
        <translation>Die Auswahl kann nicht in %1 gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>StoreLock</name>
    <message>
        <source>cancelled while waiting for the lock</source>
        <translation>beim Warten auf die Sperre abgebrochen</translation>
    </message>
    <message>
        <source>the lock file %1 cannot be written (%2)</source>
        <translation>die Sperrdatei %1 kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>disk full or not writable</source>
        <translation>Datenträger voll oder nicht beschreibbar</translation>
    </message>
    <message>
        <source>the server&apos;s lock cannot be taken: %1</source>
        <translation>die Sperre des Servers kann nicht gesetzt werden: %1</translation>
    </message>
    <message>
        <source>the server&apos;s lock was lost: %1</source>
        <translation>die Sperre auf dem Server ging verloren: %1</translation>
    </message>
</context>
<context>
    <name>Terminal</name>
    <message>
        <source>Repeat the password: </source>
        <translation>Passwort wiederholen: </translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Die Passwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>WardInterfaces</name>
    <message>
        <source>ADT on %1</source>
        <translation>ADT auf %1</translation>
    </message>
    <message>
        <source>results to %1</source>
        <translation>Ergebnisse an %1</translation>
    </message>
    <message>
        <source>alarms to %1</source>
        <translation>Alarme an %1</translation>
    </message>
</context>
<context>
    <name>WardOverview</name>
    <message>
        <source>reading the ward overview</source>
        <translation>Lesen der Stationsübersicht</translation>
    </message>
</context>
<context>
    <name>WardService</name>
    <message>
        <source>waiting to become the ward&apos;s active server</source>
        <translation>wartet darauf, der aktive Server der Station zu werden</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>active: ingesting and analysing the ward</source>
        <translation>aktiv: empfängt und analysiert die Station</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>%1 already holds a PulseDesk workstation.</source>
        <translation>%1 enthält bereits einen PulseDesk-Arbeitsplatz.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created.</source>
        <translation>Der Datenordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>Benutzername oder Passwort ist falsch.</translation>
    </message>
    <message>
        <source>There is no PulseDesk workstation in %1 yet.</source>
        <translation>In %1 gibt es noch keinen PulseDesk-Arbeitsplatz.</translation>
    </message>
    <message>
        <source>Not permitted: log in first.</source>
        <translation>Nicht erlaubt: Melden Sie sich zuerst an.</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n seconds.</source>
        <translation>
            <numerusform>Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot record failed login attempts (%1), so logins are refused until they can be recorded. Free disk space in %2, or ask IT.</source>
        <translation>Fehlgeschlagene Anmeldeversuche können nicht erfasst werden (%1); deshalb werden Anmeldungen abgelehnt, bis sie wieder erfasst werden können. Schaffen Sie Speicherplatz in %2 oder wenden Sie sich an die IT.</translation>
    </message>
    <message>
        <source>The user name or password is wrong. %1</source>
        <translation>Benutzername oder Passwort ist falsch. %1</translation>
    </message>
    <message>
        <source>Too many failed attempts for %1. %2</source>
        <translation>Zu viele fehlgeschlagene Anmeldeversuche für %1. %2</translation>
    </message>
    <message>
        <source>counting %1</source>
        <translation>Zählen %1</translation>
    </message>
    <message>
        <source>the schema version</source>
        <translation>der Schemaversion</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>der Mitarbeiter</translation>
    </message>
    <message>
        <source>patients</source>
        <translation>der Patienten</translation>
    </message>
    <message>
        <source>devices</source>
        <translation>der Geräte</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>der Messwerte</translation>
    </message>
    <message>
        <source>results</source>
        <translation>der Ergebnisse</translation>
    </message>
    <message>
        <source>open alarms</source>
        <translation>der offenen Alarme</translation>
    </message>
    <message>
        <source>quarantined messages</source>
        <translation>der Nachrichten in Quarantäne</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n minutes.</source>
        <translation>
            <numerusform>Versuchen Sie es in %n Minute erneut.</numerusform>
            <numerusform>Versuchen Sie es in %n Minuten erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The ward server is already open.</source>
        <translation>Der Stationsserver ist bereits geöffnet.</translation>
    </message>
    <message>
        <source>The database %1 already holds tables that are not PulseDesk&apos;s; server init needs an empty database. Nothing was changed.</source>
        <translation>Die Datenbank %1 enthält bereits Tabellen, die nicht zu PulseDesk gehören; server init benötigt eine leere Datenbank. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The database %1 already holds a PulseDesk ward; log in with --server and --user. Nothing was changed.</source>
        <translation>Die Datenbank %1 enthält bereits eine PulseDesk-Station; melden Sie sich mit --server und --user an. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The database %1 holds no PulseDesk ward that %2 may open; IT creates the ward with pulsedesk-cli --server CONNINFO server init.</source>
        <translation>Die Datenbank %1 enthält keine PulseDesk-Station, die %2 öffnen darf; die IT legt die Station mit pulsedesk-cli --server CONNINFO server init an.</translation>
    </message>
    <message>
        <source>The server login %1 is not an active member of staff of this ward.</source>
        <translation>Das Serverkonto %1 gehört zu keinem aktiven Mitarbeiter dieser Station.</translation>
    </message>
    <message>
        <source>checking the service login</source>
        <translation>beim Prüfen der Dienstanmeldung</translation>
    </message>
    <message>
        <source>The server login %1 is not the ward&apos;s service role: pulsedesk-server logs in as %2 or a member of it.</source>
        <translation>Die Server-Anmeldung %1 ist nicht die Dienstrolle der Station: pulsedesk-server meldet sich als %2 oder als Mitglied davon an.</translation>
    </message>
    <message>
        <source>The database %1 holds no PulseDesk ward to upgrade; server init creates one. Nothing was changed.</source>
        <translation>Die Datenbank %1 enthält keine PulseDesk-Station, die aktualisiert werden könnte; server init legt eine an. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The ward server&apos;s schema is version %1, newer than this PulseDesk&apos;s %2: upgrade with the newer PulseDesk. Nothing was changed.</source>
        <translation>Das Schema des Stationsservers hat die Version %1, neuer als Version %2 dieser PulseDesk-Version: Aktualisieren Sie mit der neueren PulseDesk-Version. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The ward server&apos;s schema is version %1 and this PulseDesk needs version %2; the server and the workstations must be updated together (IT runs pulsedesk-cli --server CONNINFO server upgrade).</source>
        <translation>Das Schema des Stationsservers hat die Version %1, diese PulseDesk-Version benötigt Version %2; Server und Arbeitsplätze müssen gemeinsam aktualisiert werden (die IT führt pulsedesk-cli --server CONNINFO server upgrade aus).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>PulseDesk clinician workstation</source>
        <translation>PulseDesk – klinischer Arbeitsplatz</translation>
    </message>
    <message>
        <source>Data folder (default: %1).</source>
        <translation>Datenordner (Standard: %1).</translation>
    </message>
    <message>
        <source>Print when the first window is shown (benchmarks); &apos;bare&apos; shows an empty window.</source>
        <translation>Ausgeben, wann das erste Fenster angezeigt wird (Benchmarks); &apos;bare&apos; zeigt ein leeres Fenster.</translation>
    </message>
    <message>
        <source>A ward on a PostgreSQL server (libpq connection string, PG* variables honoured); also PULSEDESK_SERVER.</source>
        <translation>Eine Station auf einem PostgreSQL-Server (libpq-Verbindungszeichenfolge, PG*-Variablen werden beachtet); auch PULSEDESK_SERVER.</translation>
    </message>
    <message>
        <source>Give either --data or --server, not both.</source>
        <translation>Geben Sie entweder --data oder --server an, nicht beides.</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::AlarmNotifier</name>
    <message>
        <source>PulseDesk</source>
        <translation>PulseDesk</translation>
    </message>
    <message>
        <source>%1 priority alarm: %2</source>
        <translation>Alarm mit Priorität %1: %2</translation>
    </message>
    <message>
        <source>%1 priority alarm, bed %2: %3</source>
        <translation>Alarm mit Priorität %1, Bett %2: %3</translation>
    </message>
    <message>
        <source>PulseDesk alarm</source>
        <translation>PulseDesk-Alarm</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::AlarmsScreen</name>
    <message>
        <source>Alarms</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>Bett</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation>Herzfrequenz</translation>
    </message>
    <message>
        <source>%1 bpm</source>
        <translation>%1 bpm</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation>beendet %1</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>quittiert</translation>
    </message>
    <message numerus="yes">
        <source>audio paused, %n s left</source>
        <translation>
            <numerusform>Ton stummgeschaltet, noch %n s</numerusform>
            <numerusform>Ton stummgeschaltet, noch %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>sounding</source>
        <translation>ertönt</translation>
    </message>
    <message>
        <source>sounding, condition ended</source>
        <translation>ertönt, Bedingung beendet</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>every doctor of the ward</source>
        <translation>alle Ärzte der Station</translation>
    </message>
    <message>
        <source>responsible doctors</source>
        <translation>zuständige Ärzte</translation>
    </message>
    <message>
        <source>ward</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>Quittiert von</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Acknowledge…</source>
        <translation>&amp;Quittieren…</translation>
    </message>
    <message>
        <source>&amp;Pause audio 2 min</source>
        <translation>Ton 2 min &amp;stummschalten</translation>
    </message>
    <message>
        <source>Only alarms addressed to &amp;me</source>
        <translation>Nur an &amp;mich gerichtete Alarme</translation>
    </message>
    <message>
        <source>Show &amp;ended alarms</source>
        <translation>&amp;Beendete Alarme anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>%n open alarm(s).</source>
        <translation>
            <numerusform>%n offener Alarm.</numerusform>
            <numerusform>%n offene Alarme.</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledge alarm: %1, bed %2</source>
        <translation>Alarm quittieren: %1, Bett %2</translation>
    </message>
    <message>
        <source>Comment (optional):</source>
        <translation>Kommentar (optional):</translation>
    </message>
    <message>
        <source>&amp;Ward alarm history…</source>
        <translation>&amp;Alarmverlauf der Station…</translation>
    </message>
    <message>
        <source>&amp;Hand-over…</source>
        <translation>Ü&amp;bergabe…</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::AuditScreen</name>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>Kette &amp;prüfen</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message numerus="yes">
        <source>✔ The audit log is intact: %n entries verified.</source>
        <translation>
            <numerusform>✔ Das Prüfprotokoll ist intakt: %n Eintrag geprüft.</numerusform>
            <numerusform>✔ Das Prüfprotokoll ist intakt: %n Einträge geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>✖ The audit log has been tampered with: %1 (first bad entry #%2).</source>
        <translation>✖ Das Prüfprotokoll wurde manipuliert: %1 (erster fehlerhafter Eintrag #%2).</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::DeviceHealthScreen</name>
    <message>
        <source>(no manufacturer or model)</source>
        <translation>(ohne Hersteller und Modell)</translation>
    </message>
    <message>
        <source>%1 devices: too few to judge (at least 3)</source>
        <translation>%1 Geräte: zu wenige für eine Bewertung (mindestens 3)</translation>
    </message>
    <message>
        <source>%1 devices, %2 flagged</source>
        <translation>%1 Geräte, %2 auffällig</translation>
    </message>
    <message>
        <source>no device flagged</source>
        <translation>kein Gerät auffällig</translation>
    </message>
    <message>
        <source>Readings of the last %1 h (%2 – %3): %4 devices in %5 fleets, %6 flagged.</source>
        <translation>Messwerte der letzten %1 h (%2 – %3): %4 Geräte in %5 Flotten, %6 auffällig.</translation>
    </message>
    <message>
        <source>Device health</source>
        <translation>Gerätezustand</translation>
    </message>
    <message>
        <source>Manufacturer and model</source>
        <translation>Hersteller und Modell</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>Flotte</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>On a patient</source>
        <translation>Am Patienten</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Figures that flagged it</source>
        <translation>Auffällige Kennzahlen</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Period judged, in hours</source>
        <translation>Bewerteter Zeitraum in Stunden</translation>
    </message>
    <message>
        <source>Readings of the last:</source>
        <translation>Messwerte der letzten:</translation>
    </message>
    <message>
        <source>&amp;Check devices</source>
        <translation>Geräte &amp;prüfen</translation>
    </message>
    <message>
        <source>Flagged devices</source>
        <translation>Auffällige Geräte</translation>
    </message>
    <message>
        <source>Each device is compared with the other devices of its manufacturer and model (median and median absolute deviation, 3 scaled MADs): a constant offset, too little or too much variability, values stuck, frequent dropouts. A flagged device on a patient raises a low technical alarm.</source>
        <translation>Jedes Gerät wird mit den anderen Geräten desselben Herstellers und Modells verglichen (Median und mittlere absolute Abweichung vom Median, 3 skalierte MADs): konstanter Versatz, zu geringe oder zu hohe Variabilität, eingefrorene Werte, häufige Aussetzer. Ein auffälliges Gerät an einem Patienten löst einen niedrigen technischen Alarm aus.</translation>
    </message>
    <message>
        <source>Reading the devices&apos; readings...</source>
        <translation>Messwerte der Geräte werden gelesen...</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::DevicesScreen</name>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Worn by</source>
        <translation>Getragen von</translation>
    </message>
    <message>
        <source>MRN %1, bed %2</source>
        <translation>Pat.-Nr. %1, Bett %2</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>belegt</translation>
    </message>
    <message>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>&amp;Register device…</source>
        <translation>Gerät &amp;registrieren…</translation>
    </message>
    <message>
        <source>&amp;Assign to patient…</source>
        <translation>Patienten &amp;zuweisen…</translation>
    </message>
    <message>
        <source>&amp;End assignment</source>
        <translation>Zuweisung &amp;beenden</translation>
    </message>
    <message>
        <source>Register device</source>
        <translation>Gerät registrieren</translation>
    </message>
    <message>
        <source>Device identifier:</source>
        <translation>Gerätekennung:</translation>
    </message>
    <message>
        <source>Manufacturer:</source>
        <translation>Hersteller:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>Registered %1.</source>
        <translation>%1 registriert.</translation>
    </message>
    <message>
        <source>Bed %1 — %2 (MRN %3)</source>
        <translation>Bett %1 — %2 (Pat.-Nr. %3)</translation>
    </message>
    <message>
        <source>Assign %1</source>
        <translation>%1 zuweisen</translation>
    </message>
    <message>
        <source>Patient:</source>
        <translation>Patient:</translation>
    </message>
    <message>
        <source>Worn since:</source>
        <translation>Getragen seit:</translation>
    </message>
    <message>
        <source>%1 is assigned to MRN %2.</source>
        <translation>%1 ist dem Patienten mit Pat.-Nr. %2 zugewiesen.</translation>
    </message>
    <message>
        <source>%1 is free again.</source>
        <translation>%1 ist wieder frei.</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::FormDialog</name>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::HeartRateChart</name>
    <message>
        <source>&amp;5 min</source>
        <translation>&amp;5 min</translation>
    </message>
    <message>
        <source>1 &amp;h</source>
        <translation>1 &amp;h</translation>
    </message>
    <message>
        <source>2&amp;4 h</source>
        <translation>2&amp;4 h</translation>
    </message>
    <message>
        <source>Show the last %1 and follow the clock</source>
        <translation>Zeitraum von %1 bis jetzt anzeigen, fortlaufend aktualisiert</translation>
    </message>
    <message>
        <source>&amp;Custom range…</source>
        <translation>Zeitraum &amp;wählen…</translation>
    </message>
    <message>
        <source>Back to &amp;now</source>
        <translation>Zurück zu &amp;jetzt</translation>
    </message>
    <message>
        <source>Follow the clock again</source>
        <translation>Wieder fortlaufend aktualisieren</translation>
    </message>
    <message>
        <source>Drag or ←/→ to move, wheel or +/− to zoom</source>
        <translation>Ziehen oder ←/→ zum Verschieben, Mausrad oder +/− zum Zoomen</translation>
    </message>
    <message>
        <source>Heart rate (bpm)</source>
        <translation>Herzfrequenz (bpm)</translation>
    </message>
    <message>
        <source>Heart-rate chart</source>
        <translation>Herzfrequenzdiagramm</translation>
    </message>
    <message>
        <source>No heart rate in this range.</source>
        <translation>Keine Herzfrequenzwerte in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Show a range</source>
        <translation>Zeitraum anzeigen</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Bis:</translation>
    </message>
    <message>
        <source>The end must come after the start.</source>
        <translation>Das Ende muss nach dem Beginn liegen.</translation>
    </message>
    <message>
        <source>Show at most 31 days at once.</source>
        <translation>Zeigen Sie höchstens 31 Tage auf einmal an.</translation>
    </message>
    <message>
        <source>%1 live · %2 imported · %3 high ■ medium ● low alarm · shaded: %4 (normal %5–%6 bpm, severe at or below %7 and from %8)</source>
        <translation>%1 live · %2 importiert · Alarmpriorität %3 hoch ■ mittel ● niedrig · hinterlegt: %4 (normal %5–%6 bpm, schwer bei höchstens %7 und ab %8)</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2: %n heart-rate sample(s)</source>
        <translation>
            <numerusform>%1 – %2: %n Herzfrequenzwert</numerusform>
            <numerusform>%1 – %2: %n Herzfrequenzwerte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n imported</source>
        <translation>
            <numerusform>, %n importiert</numerusform>
            <numerusform>, %n importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; silences over %n minute(s) are gaps.</source>
        <translation>
            <numerusform>; Pausen ohne Daten über %n Minute gelten als Lücken.</numerusform>
            <numerusform>; Pausen ohne Daten über %n Minuten gelten als Lücken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; silences over %n second(s) are gaps.</source>
        <translation>
            <numerusform>; Pausen ohne Daten über %n Sekunde gelten als Lücken.</numerusform>
            <numerusform>; Pausen ohne Daten über %n Sekunden gelten als Lücken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alarm(s) in this range.</source>
        <translation>
            <numerusform>%n Alarm in diesem Zeitraum.</numerusform>
            <numerusform>%n Alarme in diesem Zeitraum.</numerusform>
        </translation>
    </message>
    <message>
        <source>still open</source>
        <translation>noch offen</translation>
    </message>
    <message>
        <source>%1 priority: %2, %3 – %4</source>
        <translation>Priorität %1: %2, %3 – %4</translation>
    </message>
    <message>
        <source>Limits set by a doctor for this patient</source>
        <translation>Ärztlich festgelegte Grenzwerte für diesen Patienten</translation>
    </message>
    <message>
        <source>Reference band for the patient&apos;s age: %1</source>
        <translation>Referenzbereich für das Alter des Patienten: %1</translation>
    </message>
    <message>
        <source>Adult band, because the birth date is unknown</source>
        <translation>Erwachsenen-Referenzbereich, da das Geburtsdatum unbekannt ist</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::ImportFileModel</name>
    <message>
        <source>Waiting for preview</source>
        <translation>Wartet auf Vorschau</translation>
    </message>
    <message>
        <source>Previewing…</source>
        <translation>Vorschau wird erstellt…</translation>
    </message>
    <message>
        <source>Cannot be imported</source>
        <translation>Nicht importierbar</translation>
    </message>
    <message>
        <source>Ready to import</source>
        <translation>Bereit zum Import</translation>
    </message>
    <message>
        <source>Nothing new</source>
        <translation>Nichts Neues</translation>
    </message>
    <message>
        <source>Nothing usable</source>
        <translation>Nichts Verwendbares</translation>
    </message>
    <message>
        <source>Preview cancelled</source>
        <translation>Vorschau abgebrochen</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Importing… %1%</source>
        <translation>Import läuft… %1%</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Cancelled, nothing kept</source>
        <translation>Abgebrochen, nichts übernommen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>(none named)</source>
        <translation>(keines angegeben)</translation>
    </message>
    <message>
        <source>%1: not registered</source>
        <translation>%1: nicht registriert</translation>
    </message>
    <message>
        <source>%1 → %2 (chosen)</source>
        <translation>%1 → %2 (ausgewählt)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 · bed %2 · %3 (%4)</source>
        <translation>%1 · Bett %2 · %3 (%4)</translation>
    </message>
    <message>
        <source>%1 samples of admitted patients</source>
        <translation>%1 Messwerte aufgenommener Patienten</translation>
    </message>
    <message>
        <source>no patient: %1 samples</source>
        <translation>kein Patient: %1 Messwerte</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>this file was imported before: %1</source>
        <translation>diese Datei wurde bereits importiert: %1</translation>
    </message>
    <message>
        <source>not kept: %1 × %2</source>
        <translation>nicht übernommen: %1 × %2</translation>
    </message>
    <message>
        <source>%1 (chosen)</source>
        <translation>%1 (ausgewählt)</translation>
    </message>
    <message>
        <source>Who wore the device when the samples were taken (from the assignment history)</source>
        <translation>Wer das Gerät zum Zeitpunkt der Messungen getragen hat (laut Zuweisungsverlauf)</translation>
    </message>
    <message>
        <source>Samples already stored for the device at that time, or repeated in the file; skipped</source>
        <translation>Messwerte, die für das Gerät zu diesem Zeitpunkt bereits gespeichert sind oder in der Datei mehrfach vorkommen; werden übersprungen</translation>
    </message>
    <message>
        <source>Records that cannot be used; they go to the quarantine with their reason</source>
        <translation>Nicht verwendbare Datensätze; sie werden mit ihrem Grund in die Quarantäne verschoben</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patienten</translation>
    </message>
    <message>
        <source>Time range (%1)</source>
        <translation>Zeitraum (%1)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Already stored</source>
        <translation>Bereits gespeichert</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Previewing… %1%</source>
        <translation>Vorschau wird erstellt… %1%</translation>
    </message>
    <message>
        <source>Waiting for another import to end</source>
        <translation>Wartet auf das Ende eines anderen Imports</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::ImportScreen</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>&amp;Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Dateien hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Add folder…</source>
        <translation>&amp;Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Add folder</source>
        <translation>Ordner hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected files from the list</source>
        <translation>Ausgewählte Dateien aus der Liste entfernen</translation>
    </message>
    <message>
        <source>Clear &amp;list</source>
        <translation>&amp;Liste leeren</translation>
    </message>
    <message>
        <source>Clear the list of files</source>
        <translation>Dateiliste leeren</translation>
    </message>
    <message>
        <source>How to read the files</source>
        <translation>Einlesen der Dateien</translation>
    </message>
    <message>
        <source>Time zone for times without a zone</source>
        <translation>Zeitzone für Zeitangaben ohne Zeitzone</translation>
    </message>
    <message>
        <source>Type part of a name, such as Rome or New_York, to find a zone. The workstation&apos;s zone is %1.</source>
        <translation>Geben Sie einen Teil eines Namens ein, z. B. Rome oder New_York, um eine Zeitzone zu finden. Die Zeitzone des Arbeitsplatzes ist %1.</translation>
    </message>
    <message>
        <source>Times without a &amp;zone are in:</source>
        <translation>Zeitangaben ohne &amp;Zeitzone gelten als:</translation>
    </message>
    <message>
        <source>Device for files that name none</source>
        <translation>Gerät für Dateien ohne Geräteangabe</translation>
    </message>
    <message>
        <source>Records whose file names no device, or a device that is not registered, are stored for this device.</source>
        <translation>Datensätze aus Dateien, die kein Gerät oder ein nicht registriertes Gerät angeben, werden für dieses Gerät gespeichert.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <source>&amp;Device for files that name none:</source>
        <translation>&amp;Gerät für Dateien ohne Geräteangabe:</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Dateiformat</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <source>For&amp;mat:</source>
        <translation>For&amp;mat:</translation>
    </message>
    <message>
        <source>Drop files or folders here, or use Add files… or Add folder…; nothing is stored until you have checked the preview and chosen Import.</source>
        <translation>Legen Sie Dateien oder Ordner hier ab oder verwenden Sie „Dateien hinzufügen…“ bzw. „Ordner hinzufügen…“; es wird nichts gespeichert, bevor Sie die Vorschau geprüft und „Importieren“ gewählt haben.</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Zu importierende Dateien</translation>
    </message>
    <message>
        <source>Details of the selected file</source>
        <translation>Details der ausgewählten Datei</translation>
    </message>
    <message>
        <source>Select a file to see its devices, patients and the reasons for rejected records.</source>
        <translation>Wählen Sie eine Datei aus, um ihre Geräte, Patienten und die Gründe für abgelehnte Datensätze anzuzeigen.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>&amp;Preview again</source>
        <translation>&amp;Vorschau erneut erstellen</translation>
    </message>
    <message>
        <source>Preview the files again</source>
        <translation>Vorschau der Dateien erneut erstellen</translation>
    </message>
    <message>
        <source>Reads the files again, for example after registering or assigning a device.</source>
        <translation>Liest die Dateien erneut ein, zum Beispiel nach dem Registrieren oder Zuweisen eines Geräts.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import the previewed files</source>
        <translation>Dateien aus der Vorschau importieren</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the preview or the import</source>
        <translation>Vorschau oder Import abbrechen</translation>
    </message>
    <message>
        <source>A cancelled file is not kept at all; it can be imported again.</source>
        <translation>Von einer abgebrochenen Datei wird nichts übernommen; sie kann erneut importiert werden.</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>Aus der Liste entfernen</translation>
    </message>
    <message>
        <source>%1 (bed %2)</source>
        <translation>%1 (Bett %2)</translation>
    </message>
    <message>
        <source>An import started earlier is still running.</source>
        <translation>Ein zuvor gestarteter Import läuft noch.</translation>
    </message>
    <message>
        <source>Add a folder of files to import</source>
        <translation>Ordner mit zu importierenden Dateien hinzufügen</translation>
    </message>
    <message>
        <source>Add files to import</source>
        <translation>Zu importierende Dateien hinzufügen</translation>
    </message>
    <message>
        <source>Data files (*.json *.ndjson *.xml *.csv);;All files (*)</source>
        <translation>Datendateien (*.json *.ndjson *.xml *.csv);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) added.</source>
        <translation>
            <numerusform>%n Datei hinzugefügt.</numerusform>
            <numerusform>%n Dateien hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already in the list.</source>
        <translation>
            <numerusform>%n Datei ist bereits in der Liste.</numerusform>
            <numerusform>%n Dateien sind bereits in der Liste.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) left out that PulseDesk does not read: %1</source>
        <translation>
            <numerusform>%n Datei ausgelassen, die PulseDesk nicht liest: %1</numerusform>
            <numerusform>%n Dateien ausgelassen, die PulseDesk nicht liest: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Previewing %n file(s)…</source>
        <translation>
            <numerusform>Vorschau für %n Datei wird erstellt…</numerusform>
            <numerusform>Vorschau für %n Dateien wird erstellt…</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting the import…</source>
        <translation>Import wird gestartet…</translation>
    </message>
    <message>
        <source>cancelled before it started; nothing of this file was kept</source>
        <translation>vor dem Start abgebrochen; von dieser Datei wurde nichts übernommen</translation>
    </message>
    <message>
        <source>File %1 of %2 · %3 records/s</source>
        <translation>Datei %1 von %2 · %3 Datensätze/s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source> · about %1 left</source>
        <translation> · noch etwa %1</translation>
    </message>
    <message>
        <source>Cancelling; what this file stored so far is being removed…</source>
        <translation>Wird abgebrochen; die bisher aus dieser Datei gespeicherten Daten werden entfernt…</translation>
    </message>
    <message>
        <source>Cancelling the preview…</source>
        <translation>Vorschau wird abgebrochen…</translation>
    </message>
    <message>
        <source>Finished in %1 s.</source>
        <translation>Abgeschlossen in %1 s.</translation>
    </message>
    <message numerus="yes">
        <source>Import finished: %n file(s) complete</source>
        <translation>
            <numerusform>Import abgeschlossen: %n Datei vollständig importiert</numerusform>
            <numerusform>Import abgeschlossen: %n Dateien vollständig importiert</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 new samples stored)</source>
        <translation> (%1 neue Messwerte gespeichert)</translation>
    </message>
    <message numerus="yes">
        <source>; %n file(s) cancelled, nothing of them kept; they can be imported again</source>
        <translation>
            <numerusform>; %n Datei abgebrochen, nichts davon übernommen; sie kann erneut importiert werden</numerusform>
            <numerusform>; %n Dateien abgebrochen, nichts davon übernommen; sie können erneut importiert werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n file(s) failed (see Notes)</source>
        <translation>
            <numerusform>; %n Datei fehlgeschlagen (siehe Hinweise)</numerusform>
            <numerusform>; %n Dateien fehlgeschlagen (siehe Hinweise)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import %1 new samples</source>
        <translation>%1 neue Messwerte &amp;importieren</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>%n Datei wird importiert…</numerusform>
            <numerusform>%n Dateien werden importiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation>Nichts zu importieren.</translation>
    </message>
    <message numerus="yes">
        <source>To import: %n file(s) with %1 new samples; %2 already stored (skipped); %3 rejected (to the quarantine).</source>
        <translation>
            <numerusform>Zu importieren: %n Datei mit %1 neuen Messwerten; %2 bereits gespeichert (übersprungen); %3 abgelehnt (in die Quarantäne).</numerusform>
            <numerusform>Zu importieren: %n Dateien mit %1 neuen Messwerten; %2 bereits gespeichert (übersprungen); %3 abgelehnt (in die Quarantäne).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) with nothing new or usable.</source>
        <translation>
            <numerusform>%n Datei ohne neue oder verwendbare Daten.</numerusform>
            <numerusform>%n Dateien ohne neue oder verwendbare Daten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be imported.</source>
        <translation>
            <numerusform>%n Datei kann nicht importiert werden.</numerusform>
            <numerusform>%n Dateien können nicht importiert werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import läuft…</translation>
    </message>
    <message>
        <source>Format: %1 (%2) · %3 · SHA-256 %4</source>
        <translation>Format: %1 (%2) · %3 · SHA-256 %4</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>erkannt</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>ausgewählt</translation>
    </message>
    <message>
        <source>Cannot be imported: %1</source>
        <translation>Nicht importierbar: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>This file was imported before: %1</source>
        <translation>Diese Datei wurde bereits importiert: %1</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>(the file names no device)</source>
        <translation>(die Datei gibt kein Gerät an)</translation>
    </message>
    <message>
        <source>  %1: not a registered device</source>
        <translation>  %1: kein registriertes Gerät</translation>
    </message>
    <message>
        <source>  %1 → %2%3: %4 samples, %5</source>
        <translation>  %1 → %2%3: %4 Messwerte, %5</translation>
    </message>
    <message>
        <source> (chosen)</source>
        <translation> (ausgewählt)</translation>
    </message>
    <message>
        <source>      MRN %1, bed %2, %3: %4 samples</source>
        <translation>      Pat.-Nr. %1, Bett %2, %3: %4 Messwerte</translation>
    </message>
    <message>
        <source>      an admitted patient: %1 samples</source>
        <translation>      ein aufgenommener Patient: %1 Messwerte</translation>
    </message>
    <message>
        <source>      assigned to no patient at the time: %1 samples (stored, not analysed)</source>
        <translation>      zu diesem Zeitpunkt keinem Patienten zugewiesen: %1 Messwerte (gespeichert, nicht analysiert)</translation>
    </message>
    <message>
        <source>New: %1 · already stored: %2 · rejected: %3</source>
        <translation>Neu: %1 · bereits gespeichert: %2 · abgelehnt: %3</translation>
    </message>
    <message>
        <source>Reasons for rejected records</source>
        <translation>Gründe für abgelehnte Datensätze</translation>
    </message>
    <message>
        <source>  %1 × %2</source>
        <translation>  %1 × %2</translation>
    </message>
    <message>
        <source>First rejected records</source>
        <translation>Erste abgelehnte Datensätze</translation>
    </message>
    <message>
        <source>  line %1, column %2: %3</source>
        <translation>  Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>  … and %1 more</source>
        <translation>  … und %1 weitere</translation>
    </message>
    <message>
        <source>Not kept (PulseDesk does not store it): %1 × %2</source>
        <translation>Nicht übernommen (wird von PulseDesk nicht gespeichert): %1 × %2</translation>
    </message>
    <message>
        <source>Imported: %1 new samples (%2 vitals added to them), %3 already stored, %4 rejected, in %5 s.</source>
        <translation>Importiert: %1 neue Messwerte (%2 Vitalparameter ergänzt), %3 bereits gespeichert, %4 abgelehnt, in %5 s.</translation>
    </message>
    <message>
        <source>Analysed: %1 windows, %2 findings for review.</source>
        <translation>Analysiert: %1 Analysefenster, %2 Befunde zur Überprüfung.</translation>
    </message>
    <message>
        <source>%1 samples handed to the live analysis.</source>
        <translation>%1 Messwerte an die Live-Analyse übergeben.</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Abgebrochen: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Choose the registered device for each device the selected file names</source>
        <translation>Für jedes in der ausgewählten Datei genannte Gerät das registrierte Gerät wählen</translation>
    </message>
    <message>
        <source>(as the file names it)</source>
        <translation>(wie in der Datei benannt)</translation>
    </message>
    <message>
        <source>Map devices</source>
        <translation>Geräte zuordnen</translation>
    </message>
    <message>
        <source>Choose the registered device whose patient the samples belong to, for each device the file names. The choice holds for every file in the list until you change it.</source>
        <translation>Wählen Sie für jedes in der Datei genannte Gerät das registrierte Gerät, zu dessen Patient die Messwerte gehören. Die Auswahl gilt für alle Dateien der Liste, bis Sie sie ändern.</translation>
    </message>
    <message>
        <source>Map de&amp;vices…</source>
        <translation>Geräte zuord&amp;nen…</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::InterfaceErrorsScreen</name>
    <message>
        <source>Interface errors</source>
        <translation>Schnittstellenfehler</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>alarm manager</source>
        <translation>Alarmmanager</translation>
    </message>
    <message>
        <source>EHR</source>
        <translation>EHR</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>alarm event</source>
        <translation>Alarmereignis</translation>
    </message>
    <message>
        <source>corrected result</source>
        <translation>korrigiertes Ergebnis</translation>
    </message>
    <message>
        <source>result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Control id</source>
        <translation>Kontroll-ID</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>Zuletzt gesendet</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Se&amp;nd selected again</source>
        <translation>Auswahl erneut &amp;senden</translation>
    </message>
    <message>
        <source>Send &amp;all again</source>
        <translation>&amp;Alle erneut senden</translation>
    </message>
    <message>
        <source>Messages refused by the hospital</source>
        <translation>Vom Krankenhaus abgelehnte Nachrichten</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) refused by the hospital.</source>
        <translation>
            <numerusform>%n Nachricht vom Krankenhaus abgelehnt.</numerusform>
            <numerusform>%n Nachrichten vom Krankenhaus abgelehnt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the messages to send again.</source>
        <translation>Wählen Sie die erneut zu sendenden Nachrichten aus.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) queued to be sent again.</source>
        <translation>
            <numerusform>%n Nachricht zum erneuten Senden eingereiht.</numerusform>
            <numerusform>%n Nachrichten zum erneuten Senden eingereiht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::InterfacesScreen</name>
    <message>
        <source>Hospital interfaces</source>
        <translation>Krankenhausschnittstellen</translation>
    </message>
    <message>
        <source>Patients from the hospital (ADT in, HL7 v2 over MLLP)</source>
        <translation>Patienten aus dem Krankenhaus (ADT ein, HL7 v2 über MLLP)</translation>
    </message>
    <message>
        <source>Listen on address:</source>
        <translation>Empfang auf Adresse:</translation>
    </message>
    <message>
        <source>0.0.0.0 (every address of this computer)</source>
        <translation>0.0.0.0 (alle Adressen dieses Computers)</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Listen on port</source>
        <translation>Empfang auf Port</translation>
    </message>
    <message>
        <source>Port (off: no ADT listener):</source>
        <translation>Port (aus: kein ADT-Empfang):</translation>
    </message>
    <message>
        <source>TLS certificate file (PEM):</source>
        <translation>TLS-Zertifikatsdatei (PEM):</translation>
    </message>
    <message>
        <source>empty: no TLS</source>
        <translation>leer: kein TLS</translation>
    </message>
    <message>
        <source>TLS key file (PEM):</source>
        <translation>TLS-Schlüsseldatei (PEM):</translation>
    </message>
    <message>
        <source>Allowed senders:</source>
        <translation>Zugelassene Absender:</translation>
    </message>
    <message>
        <source>addresses and subnets, such as 10.1.0.0/16; empty: any</source>
        <translation>Adressen und Subnetze, etwa 10.1.0.0/16; leer: alle</translation>
    </message>
    <message>
        <source>Results and alarms to the hospital (HL7 v2, IHE PCD)</source>
        <translation>Ergebnisse und Alarme an das Krankenhaus (HL7 v2, IHE PCD)</translation>
    </message>
    <message>
        <source>Results to the EHR (HOST:PORT):</source>
        <translation>Ergebnisse an das EHR (HOST:PORT):</translation>
    </message>
    <message>
        <source>empty: not sent</source>
        <translation>leer: nicht gesendet</translation>
    </message>
    <message>
        <source>Alarms to the alarm manager (HOST:PORT):</source>
        <translation>Alarme an den Alarmmanager (HOST:PORT):</translation>
    </message>
    <message>
        <source>Save &amp;interface settings</source>
        <translation>Schnittstelleneinstellungen &amp;speichern</translation>
    </message>
    <message>
        <source>On this ward the ward server (pulsedesk-server) runs the interfaces; it takes changed settings over when it next becomes the active server. This workstation keeps their settings and shows their errors.</source>
        <translation>Auf dieser Station betreibt der Stationsserver (pulsedesk-server) die Schnittstellen; geänderte Einstellungen übernimmt er, sobald er das nächste Mal aktiver Server wird. Dieser Arbeitsplatz verwaltet ihre Einstellungen und zeigt ihre Fehler an.</translation>
    </message>
    <message>
        <source>This workstation runs the interfaces in the background while it is open, whoever is logged in; results and alarm events wait in the store while it is closed.</source>
        <translation>Dieser Arbeitsplatz betreibt die Schnittstellen im Hintergrund, solange er geöffnet ist, unabhängig davon, wer angemeldet ist; solange er geschlossen ist, warten Ergebnisse und Alarmereignisse in der Datenbank.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nichts geändert.</translation>
    </message>
    <message>
        <source>Interface settings saved.</source>
        <translation>Schnittstelleneinstellungen gespeichert.</translation>
    </message>
    <message>
        <source>Each analysis window</source>
        <translation>Jedes Analysefenster</translation>
    </message>
    <message>
        <source>The median of each minute (as GE trends)</source>
        <translation>Der Median jeder Minute (wie GE-Trends)</translation>
    </message>
    <message>
        <source>Results sent</source>
        <translation>Gesendete Ergebnisse</translation>
    </message>
    <message>
        <source>Results sent:</source>
        <translation>Gesendete Ergebnisse:</translation>
    </message>
    <message>
        <source>Alarms on an MQTT topic (bed and priority only)</source>
        <translation>Alarme auf einem MQTT-Topic (nur Bett und Priorität)</translation>
    </message>
    <message>
        <source>Alarm topic on the broker:</source>
        <translation>Alarm-Topic auf dem Broker:</translation>
    </message>
    <message>
        <source>such as ward4/alarms; empty: off</source>
        <translation>etwa ward4/alarms; leer: aus</translation>
    </message>
    <message>
        <source>Each alarm event is published on live ingest&apos;s broker with the bed, priority, condition, event and time only: never a name, MRN, birth date, device or comment. Best effort: events are dropped while the broker cannot be reached; the alarm manager and the screens remain the alarms&apos; reliable path. A change takes effect within a second.</source>
        <translation>Jedes Alarmereignis wird auf dem Broker des Live-Empfangs nur mit Bett, Priorität, Zustand, Ereignis und Zeit veröffentlicht: nie mit Name, Patientennummer, Geburtsdatum, Gerät oder Kommentar. Ohne Gewähr: Solange der Broker nicht erreichbar ist, werden Ereignisse verworfen; der zuverlässige Weg der Alarme bleiben der Alarmmanager und die Bildschirme. Eine Änderung wirkt innerhalb einer Sekunde.</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::LoginPage</name>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Log in as someone &amp;else</source>
        <translation>Als anderer Benutzer an&amp;melden</translation>
    </message>
    <message>
        <source>PulseDesk is locked</source>
        <translation>PulseDesk ist gesperrt</translation>
    </message>
    <message>
        <source>PulseDesk</source>
        <translation>PulseDesk</translation>
    </message>
    <message>
        <source>Locked by %1. Monitoring and alarms continue. Enter the password to unlock.</source>
        <translation>Gesperrt von %1. Überwachung und Alarme laufen weiter. Geben Sie zum Entsperren das Passwort ein.</translation>
    </message>
    <message>
        <source>Log in with your staff account.</source>
        <translation>Melden Sie sich mit Ihrem Mitarbeiterkonto an.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Geben Sie Ihren Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>C&amp;hange where the ward is stored…</source>
        <translation>Ort der Station &amp;ändern…</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::MainWindow</name>
    <message>
        <source>PulseDesk</source>
        <translation>PulseDesk</translation>
    </message>
    <message>
        <source>Sessi&amp;on</source>
        <translation>Sitz&amp;ung</translation>
    </message>
    <message>
        <source>&amp;Lock screen</source>
        <translation>Bildschirm &amp;sperren</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>Passwort ä&amp;ndern…</translation>
    </message>
    <message>
        <source>Log &amp;out / switch user</source>
        <translation>&amp;Abmelden / Benutzer wechseln</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patienten</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>You logged in with a one-time password. Choose your own password to continue.</source>
        <translation>Sie haben sich mit einem Einmalpasswort angemeldet. Wählen Sie ein eigenes Passwort, um fortzufahren.</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Aktuelles Passwort:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Neues Passwort:</translation>
    </message>
    <message>
        <source>Repeat new password:</source>
        <translation>Neues Passwort wiederholen:</translation>
    </message>
    <message>
        <source>The new passwords do not match.</source>
        <translation>Die neuen Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>Passwort geändert.</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>PulseDesk — %1</source>
        <translation>PulseDesk — %1</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Quarantäne</translation>
    </message>
    <message>
        <source>Devices: not connected</source>
        <translation>Geräte: nicht verbunden</translation>
    </message>
    <message>
        <source>Devices: connecting…</source>
        <translation>Geräte: Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Devices: connected · last message %1 · %2/s</source>
        <translation>Geräte: verbunden · letzte Nachricht %1 · %2/s</translation>
    </message>
    <message>
        <source>Devices: connected since %1 · no message yet</source>
        <translation>Geräte: verbunden seit %1 · noch keine Nachricht</translation>
    </message>
    <message>
        <source>⚠ Devices: reconnecting since %1 (%2)</source>
        <translation>⚠ Geräte: Verbindung wird seit %1 wiederhergestellt (%2)</translation>
    </message>
    <message>
        <source>✖ Devices: not receiving (%1)</source>
        <translation>✖ Geräte: kein Empfang (%1)</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import running</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>An import is running. If you quit now it is cancelled, and nothing of the file being imported is kept. Quit anyway?</source>
        <translation>Ein Import läuft. Wenn Sie jetzt beenden, wird er abgebrochen, und von der gerade importierten Datei wird nichts übernommen. Trotzdem beenden?</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Ansi&amp;cht</translation>
    </message>
    <message>
        <source>PulseDesk found that history is missing from this workstation&apos;s store. Tell an administrator.</source>
        <translation>PulseDesk hat festgestellt, dass in der Datenbank dieses Arbeitsplatzes Historie fehlt. Informieren Sie einen Administrator.</translation>
    </message>
    <message>
        <source>Store integrity warning</source>
        <translation>Warnung zur Integrität der Datenbank</translation>
    </message>
    <message>
        <source>Store integrity</source>
        <translation>Integrität der Datenbank</translation>
    </message>
    <message>
        <source>The ward server answers again.</source>
        <translation>Der Stationsserver antwortet wieder.</translation>
    </message>
    <message>
        <source>⚠ The ward server cannot be reached: %1
Retrying…; what you see may be out of date, and nothing can be changed until it answers again.</source>
        <translation>⚠ Der Stationsserver ist nicht erreichbar: %1
Neuer Versuch läuft…; was Sie sehen, ist vielleicht nicht aktuell, und nichts kann geändert werden, bis er wieder antwortet.</translation>
    </message>
    <message>
        <source>Ward server unreachable</source>
        <translation>Stationsserver nicht erreichbar</translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation>Schnittstellen</translation>
    </message>
    <message>
        <source>Device health</source>
        <translation>Gerätezustand</translation>
    </message>
    <message>
        <source>Interface errors</source>
        <translation>Schnittstellenfehler</translation>
    </message>
    <message>
        <source>No interface is set up.</source>
        <translation>Keine Schnittstelle eingerichtet.</translation>
    </message>
    <message>
        <source>The interfaces could not start: %1</source>
        <translation>Die Schnittstellen konnten nicht starten: %1</translation>
    </message>
    <message>
        <source>ADT listening on %1</source>
        <translation>ADT-Empfang auf %1</translation>
    </message>
    <message>
        <source>results to %1</source>
        <translation>Ergebnisse an %1</translation>
    </message>
    <message>
        <source>alarms to %1</source>
        <translation>Alarme an %1</translation>
    </message>
    <message>
        <source>Running on this workstation: %1.</source>
        <translation>Läuft auf diesem Arbeitsplatz: %1.</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::News2Trend</name>
    <message>
        <source>NEWS2 trend</source>
        <translation>NEWS2-Verlauf</translation>
    </message>
    <message>
        <source>no NEWS2 scores</source>
        <translation>keine NEWS2-Scores</translation>
    </message>
    <message>
        <source>NEWS2 totals: %1</source>
        <translation>NEWS2-Gesamtwerte: %1</translation>
    </message>
    <message>
        <source>5–6</source>
        <translation>5–6</translation>
    </message>
    <message>
        <source>7+</source>
        <translation>7+</translation>
    </message>
    <message>
        <source>NEWS2</source>
        <translation>NEWS2</translation>
    </message>
    <message>
        <source>No NEWS2: it is for patients aged 16 and over.</source>
        <translation>Kein NEWS2: Er gilt für Patienten ab 16 Jahren.</translation>
    </message>
    <message>
        <source>No observations recorded.</source>
        <translation>Keine Vitalwerte erfasst.</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::ObservationDialog</name>
    <message>
        <source>Amend observations #%1</source>
        <translation>Vitalwerte #%1 korrigieren</translation>
    </message>
    <message>
        <source>Record observations</source>
        <translation>Vitalwerte erfassen</translation>
    </message>
    <message>
        <source>%1. Observations are never changed: the correction is saved as new observations that point at #%2, taken at the same time; both stay visible.</source>
        <translation>%1. Vitalwerte werden nie geändert: Die Korrektur wird als neue Vitalwerte gespeichert, die auf #%2 verweisen und denselben Erhebungszeitpunkt haben; beide bleiben sichtbar.</translation>
    </message>
    <message>
        <source>&amp;Respiration rate:</source>
        <translation>&amp;Atemfrequenz:</translation>
    </message>
    <message>
        <source>/min</source>
        <translation>/min</translation>
    </message>
    <message>
        <source>&amp;SpO2 (scale 2):</source>
        <translation>&amp;SpO2 (Skala 2):</translation>
    </message>
    <message>
        <source>&amp;SpO2:</source>
        <translation>&amp;SpO2:</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Air</source>
        <translation>Raumluft</translation>
    </message>
    <message>
        <source>Oxygen</source>
        <translation>Sauerstoff</translation>
    </message>
    <message>
        <source>&amp;Air or oxygen:</source>
        <translation>&amp;Raumluft oder Sauerstoff:</translation>
    </message>
    <message>
        <source>S&amp;ystolic pressure:</source>
        <translation>S&amp;ystolischer Blutdruck:</translation>
    </message>
    <message>
        <source>mmHg</source>
        <translation>mmHg</translation>
    </message>
    <message>
        <source>&amp;Pulse:</source>
        <translation>&amp;Puls:</translation>
    </message>
    <message>
        <source>A – alert</source>
        <translation>A – wach</translation>
    </message>
    <message>
        <source>C – new confusion</source>
        <translation>C – neue Verwirrtheit</translation>
    </message>
    <message>
        <source>V – responds to voice</source>
        <translation>V – reagiert auf Ansprache</translation>
    </message>
    <message>
        <source>P – responds to pain</source>
        <translation>P – reagiert auf Schmerzreiz</translation>
    </message>
    <message>
        <source>U – unresponsive</source>
        <translation>U – reaktionslos</translation>
    </message>
    <message>
        <source>&amp;Consciousness (ACVPU):</source>
        <translation>&amp;Bewusstsein (ACVPU):</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>&amp;Temperatur:</translation>
    </message>
    <message>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <source>device value, %1 %2 at %3</source>
        <translation>Gerätewert, %1 %2 um %3</translation>
    </message>
    <message>
        <source>%1 (device value):</source>
        <translation>%1 (Gerätewert):</translation>
    </message>
    <message>
        <source>Enter a number for %1</source>
        <translation>Geben Sie eine Zahl für %1 ein</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::PatientExportActions</name>
    <message>
        <source>Folder for the patient&apos;s copy</source>
        <translation>Ordner für die Patientenkopie</translation>
    </message>
    <message>
        <source>Export as FHIR</source>
        <translation>Als FHIR exportieren</translation>
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation>FHIR JSON (*.json)</translation>
    </message>
    <message>
        <source>Export as &amp;FHIR…</source>
        <translation>Als &amp;FHIR exportieren…</translation>
    </message>
    <message>
        <source>The patient&apos;s record as a FHIR R4 Bundle</source>
        <translation>Die Patientenakte als FHIR-R4-Bundle</translation>
    </message>
    <message>
        <source>Patient&apos;s cop&amp;y…</source>
        <translation>Patientenk&amp;opie…</translation>
    </message>
    <message>
        <source>The record for the patient: a FHIR Bundle and a PDF (recorded as a disclosure)</source>
        <translation>Die Akte für den Patienten: ein FHIR-Bundle und ein PDF (als Offenlegung protokolliert)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Exported to %1: %2 observations, %3 results, %4 alarms, %5 notes.</source>
        <translation>Exportiert nach %1: %2 Vitalwerte, %3 Befunde, %4 Alarme, %5 Notizen.</translation>
    </message>
    <message>
        <source>Writing the patient&apos;s copy…</source>
        <translation>Patientenkopie wird geschrieben…</translation>
    </message>
    <message>
        <source>The patient&apos;s copy is in %1 and %2.</source>
        <translation>Die Kopie für den Patienten liegt in %1 und %2.</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::PatientLimitsTab</name>
    <message>
        <source>&amp;Set limits for this patient…</source>
        <translation>Individuelle Grenzwerte &amp;festlegen…</translation>
    </message>
    <message>
        <source>&amp;Use the reference band again…</source>
        <translation>Referenzbereich wieder &amp;verwenden…</translation>
    </message>
    <message>
        <source>No doctor has set limits for this patient: the reference band for the age applies.</source>
        <translation>Für diesen Patienten wurden keine ärztlichen Grenzwerte festgelegt: Es gilt der Referenzbereich für das Alter.</translation>
    </message>
    <message>
        <source>Set on %1. Reason: %2</source>
        <translation>Festgelegt am %1. Begründung: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Severe bradycardia at or below %2 bpm · bradycardia below %3 bpm · tachycardia above %4 bpm · severe tachycardia from %5 bpm</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Schwere Bradykardie bei höchstens %2 bpm · Bradykardie unter %3 bpm · Tachykardie über %4 bpm · schwere Tachykardie ab %5 bpm</translation>
    </message>
    <message>
        <source>Heart-rate limits for %1</source>
        <translation>Herzfrequenz-Grenzwerte für %1</translation>
    </message>
    <message>
        <source>These limits replace the reference band for this patient until you clear them or the patient is discharged. Every change is audited with its reason.</source>
        <translation>Diese Grenzwerte ersetzen für diesen Patienten den Referenzbereich, bis Sie sie aufheben oder der Patient entlassen wird. Jede Änderung wird mit ihrer Begründung im Prüfprotokoll erfasst.</translation>
    </message>
    <message>
        <source>Severe bradycardia at or below (bpm):</source>
        <translation>Schwere Bradykardie bei höchstens (bpm):</translation>
    </message>
    <message>
        <source>Bradycardia below (bpm):</source>
        <translation>Bradykardie unter (bpm):</translation>
    </message>
    <message>
        <source>Tachycardia above (bpm):</source>
        <translation>Tachykardie über (bpm):</translation>
    </message>
    <message>
        <source>Severe tachycardia at or above (bpm):</source>
        <translation>Schwere Tachykardie ab (bpm):</translation>
    </message>
    <message>
        <source>Clinical reason:</source>
        <translation>Klinische Begründung:</translation>
    </message>
    <message>
        <source>Enter every limit as a number of beats per minute.</source>
        <translation>Geben Sie jeden Grenzwert als Zahl in Schlägen pro Minute ein.</translation>
    </message>
    <message>
        <source>The new limits apply from the next window.</source>
        <translation>Die neuen Grenzwerte gelten ab dem nächsten Analysefenster.</translation>
    </message>
    <message>
        <source>Use the reference band again</source>
        <translation>Referenzbereich wieder verwenden</translation>
    </message>
    <message>
        <source>The patient&apos;s own limits end now; the reference band for the age applies again.</source>
        <translation>Die individuellen Grenzwerte des Patienten enden jetzt; es gilt wieder der Referenzbereich für das Alter.</translation>
    </message>
    <message>
        <source>The reference band applies again from the next window.</source>
        <translation>Ab dem nächsten Analysefenster gilt wieder der Referenzbereich.</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::PatientNotesTab</name>
    <message>
        <source>Clinical notes</source>
        <translation>Klinische Notizen</translation>
    </message>
    <message>
        <source>&amp;Write note…</source>
        <translation>Notiz &amp;schreiben…</translation>
    </message>
    <message>
        <source>A&amp;mend selected note…</source>
        <translation>Ausgewählte Notiz er&amp;gänzen…</translation>
    </message>
    <message>
        <source>#%1 · %2 · %3</source>
        <translation>#%1 · %2 · %3</translation>
    </message>
    <message>
        <source> · amends #%1</source>
        <translation> · ergänzt #%1</translation>
    </message>
    <message>
        <source> · amended by #%1</source>
        <translation> · ergänzt durch #%1</translation>
    </message>
    <message>
        <source>Amend note #%1</source>
        <translation>Notiz #%1 ergänzen</translation>
    </message>
    <message>
        <source>Write clinical note</source>
        <translation>Klinische Notiz schreiben</translation>
    </message>
    <message>
        <source>Notes are never changed. The amendment is saved as a new note that points at note #%1; both stay visible.</source>
        <translation>Notizen werden nie geändert. Der Nachtrag wird als neue Notiz gespeichert, die auf Notiz #%1 verweist; beide bleiben sichtbar.</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>Saved note #%1.</source>
        <translation>Notiz #%1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::PatientObservationsTab</name>
    <message>
        <source>Observations</source>
        <translation>Vitalwerte</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Erhoben</translation>
    </message>
    <message>
        <source>Resp.</source>
        <translation>AF</translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation>SpO2</translation>
    </message>
    <message>
        <source>Air/O2</source>
        <translation>Luft/O2</translation>
    </message>
    <message>
        <source>Systolic</source>
        <translation>Systolisch</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>Puls</translation>
    </message>
    <message>
        <source>ACVPU</source>
        <translation>ACVPU</translation>
    </message>
    <message>
        <source>Temp.</source>
        <translation>Temp.</translation>
    </message>
    <message>
        <source>NEWS2</source>
        <translation>NEWS2</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <source>&amp;Record observations…</source>
        <translation>Vitalwerte &amp;erfassen…</translation>
    </message>
    <message>
        <source>A&amp;mend selected…</source>
        <translation>Auswahl &amp;korrigieren…</translation>
    </message>
    <message>
        <source>SpO2 &amp;scale…</source>
        <translation>SpO2-&amp;Skala…</translation>
    </message>
    <message>
        <source> (device)</source>
        <translation> (Gerät)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source> · amends #%1</source>
        <translation> · korrigiert #%1</translation>
    </message>
    <message>
        <source> · amended by #%1</source>
        <translation> · korrigiert durch #%1</translation>
    </message>
    <message>
        <source> (scale 2)</source>
        <translation> (Skala 2)</translation>
    </message>
    <message>
        <source>Oxygen</source>
        <translation>Sauerstoff</translation>
    </message>
    <message>
        <source>Air</source>
        <translation>Raumluft</translation>
    </message>
    <message>
        <source>SpO2 scale 2 (set by a doctor). </source>
        <translation>SpO2-Skala 2 (ärztlich festgelegt). </translation>
    </message>
    <message>
        <source>No observations recorded.</source>
        <translation>Keine Vitalwerte erfasst.</translation>
    </message>
    <message>
        <source>&lt;b&gt;NEWS2 %1&lt;/b&gt;, %2. </source>
        <translation>&lt;b&gt;NEWS2 %1&lt;/b&gt;, %2. </translation>
    </message>
    <message>
        <source>Next observations due %1.</source>
        <translation>Nächste Vitalwerte fällig %1.</translation>
    </message>
    <message>
        <source>Continuous monitoring.</source>
        <translation>Kontinuierliche Überwachung.</translation>
    </message>
    <message>
        <source>Saved observations #%1: NEWS2 %2, %3.</source>
        <translation>Vitalwerte #%1 gespeichert: NEWS2 %2, %3.</translation>
    </message>
    <message>
        <source>Saved observations #%1 (%2).</source>
        <translation>Vitalwerte #%1 gespeichert (%2).</translation>
    </message>
    <message>
        <source>SpO2 scale</source>
        <translation>SpO2-Skala</translation>
    </message>
    <message>
        <source>Scale 2 is only for a patient with hypercapnic respiratory failure and a prescribed target saturation of 88-92 %. It replaces the SpO2 row of NEWS2; oxygen still scores.</source>
        <translation>Skala 2 ist nur für Patienten mit hyperkapnischem respiratorischem Versagen und einer verordneten Zielsättigung von 88-92 %. Sie ersetzt die SpO2-Zeile des NEWS2; Sauerstoff wird weiterhin bewertet.</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Skala:</translation>
    </message>
    <message>
        <source>Scale 1</source>
        <translation>Skala 1</translation>
    </message>
    <message>
        <source>Scale 2 (target 88-92 %)</source>
        <translation>Skala 2 (Ziel 88-92 %)</translation>
    </message>
    <message>
        <source>SpO2 scale %1 set.</source>
        <translation>SpO2-Skala %1 festgelegt.</translation>
    </message>
    <message>
        <source>PEWS %1 (%2, %3)</source>
        <translation>PEWS %1 (%2, %3)</translation>
    </message>
    <message>
        <source>PEWS</source>
        <translation>PEWS</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, scored with the paediatric chart %2 (age band %3).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, bewertet mit der pädiatrischen Tabelle %2 (Altersgruppe %3).</translation>
    </message>
    <message>
        <source>Saved observations #%1: %2.</source>
        <translation>Vitalwerte #%1 gespeichert: %2.</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::PatientView</name>
    <message>
        <source>Select a patient.</source>
        <translation>Wählen Sie einen Patienten aus.</translation>
    </message>
    <message>
        <source>&amp;Heart rate</source>
        <translation>&amp;Herzfrequenz</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Analysefenster</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Zuverlässigkeit</translation>
    </message>
    <message>
        <source>%1 % of samples</source>
        <translation>%1 % der Messwerte</translation>
    </message>
    <message>
        <source>low (%1)</source>
        <translation>gering (%1)</translation>
    </message>
    <message>
        <source>normal (%1)</source>
        <translation>normal (%1)</translation>
    </message>
    <message>
        <source>SpO₂ %</source>
        <translation>SpO₂ %</translation>
    </message>
    <message>
        <source>Temp. °C</source>
        <translation>Temp. °C</translation>
    </message>
    <message>
        <source>BP mmHg</source>
        <translation>RR mmHg</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Limits used</source>
        <translation>Verwendete Grenzwerte</translation>
    </message>
    <message>
        <source>Window results</source>
        <translation>Ergebnisse der Analysefenster</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>E&amp;rgebnisse</translation>
    </message>
    <message>
        <source>&amp;Limits</source>
        <translation>&amp;Grenzwerte</translation>
    </message>
    <message>
        <source>Device assignment history</source>
        <translation>Verlauf der Gerätezuweisungen</translation>
    </message>
    <message>
        <source>De&amp;vices</source>
        <translation>Gerä&amp;te</translation>
    </message>
    <message>
        <source>Clinical &amp;notes</source>
        <translation>&amp;Klinische Notizen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — MRN %2&lt;br&gt;Born: %3 · Sex: %4&lt;br&gt;Ward %5, bed %6&lt;br&gt;Admitted %7%8</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — Pat.-Nr. %2&lt;br&gt;Geboren: %3 · Geschlecht: %4&lt;br&gt;Station %5, Bett %6&lt;br&gt;Aufgenommen: %7%8</translation>
    </message>
    <message>
        <source>&lt;br&gt;Discharged %1</source>
        <translation>&lt;br&gt;Entlassen: %1</translation>
    </message>
    <message>
        <source>%1: %2 – %3</source>
        <translation>%1: %2 – %3</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>No device has been assigned.</source>
        <translation>Es wurde kein Gerät zugewiesen.</translation>
    </message>
    <message>
        <source>Heart rate &lt;b&gt;%1&lt;/b&gt; bpm</source>
        <translation>Herzfrequenz &lt;b&gt;%1&lt;/b&gt; bpm</translation>
    </message>
    <message>
        <source>SpO₂ &lt;b&gt;%1&lt;/b&gt; %</source>
        <translation>SpO₂ &lt;b&gt;%1&lt;/b&gt; %</translation>
    </message>
    <message>
        <source>Temperature &lt;b&gt;%1&lt;/b&gt; °C</source>
        <translation>Temperatur &lt;b&gt;%1&lt;/b&gt; °C</translation>
    </message>
    <message>
        <source>Blood pressure &lt;b&gt;%1/%2&lt;/b&gt; mmHg</source>
        <translation>Blutdruck &lt;b&gt;%1/%2&lt;/b&gt; mmHg</translation>
    </message>
    <message>
        <source>No vitals in the range shown.</source>
        <translation>Keine Vitalparameter im angezeigten Zeitraum.</translation>
    </message>
    <message>
        <source>Newest in the range shown: %1</source>
        <translation>Neueste Werte im angezeigten Zeitraum: %1</translation>
    </message>
    <message>
        <source>%1, bed %2</source>
        <translation>%1, Bett %2</translation>
    </message>
    <message>
        <source>O&amp;bservations</source>
        <translation>&amp;Vitalwerte</translation>
    </message>
    <message>
        <source>Anomaly</source>
        <translation>Anomalie</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::PatientsScreen</name>
    <message>
        <source>Patients</source>
        <translation>Patienten</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>Pat.-Nr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>Bett</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Geboren</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>admitted</source>
        <translation>aufgenommen</translation>
    </message>
    <message>
        <source>discharged %1</source>
        <translation>entlassen am %1</translation>
    </message>
    <message>
        <source>&amp;Admit patient…</source>
        <translation>Patient &amp;aufnehmen…</translation>
    </message>
    <message>
        <source>&amp;Discharge</source>
        <translation>&amp;Entlassen</translation>
    </message>
    <message>
        <source>Add &amp;responsible doctor…</source>
        <translation>&amp;Zuständigen Arzt hinzufügen…</translation>
    </message>
    <message>
        <source>Show &amp;discharged</source>
        <translation>E&amp;ntlassene anzeigen</translation>
    </message>
    <message>
        <source>Only &amp;my patients</source>
        <translation>Nur &amp;meine Patienten</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s).</source>
        <translation>
            <numerusform>%n Patient.</numerusform>
            <numerusform>%n Patienten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Admit patient</source>
        <translation>Patient aufnehmen</translation>
    </message>
    <message>
        <source>Medical record number:</source>
        <translation>Patientennummer:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>Geburtsdatum:</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Geschlecht:</translation>
    </message>
    <message>
        <source>Ward:</source>
        <translation>Station:</translation>
    </message>
    <message>
        <source>Bed:</source>
        <translation>Bett:</translation>
    </message>
    <message>
        <source>Admitted %1 to bed %2.</source>
        <translation>%1 in Bett %2 aufgenommen.</translation>
    </message>
    <message>
        <source>Discharge patient</source>
        <translation>Patient entlassen</translation>
    </message>
    <message>
        <source>Discharge %1 (MRN %2)? Their devices are released; the record is kept.</source>
        <translation>%1 (Pat.-Nr. %2) entlassen? Die Geräte werden freigegeben; die Akte bleibt erhalten.</translation>
    </message>
    <message>
        <source>Discharged %1.</source>
        <translation>%1 entlassen.</translation>
    </message>
    <message>
        <source>Add responsible doctor</source>
        <translation>Zuständigen Arzt hinzufügen</translation>
    </message>
    <message>
        <source>Doctor:</source>
        <translation>Arzt:</translation>
    </message>
    <message>
        <source>%1 is now responsible too.</source>
        <translation>%1 ist jetzt ebenfalls zuständig.</translation>
    </message>
    <message>
        <source>Re&amp;port…</source>
        <translation>&amp;Bericht…</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::QuarantineScreen</name>
    <message>
        <source>Quarantine</source>
        <translation>Quarantäne</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Topic or file</source>
        <translation>Topic oder Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Filter by reason…</source>
        <translation>Nach Grund filtern…</translation>
    </message>
    <message>
        <source>Filter by reason</source>
        <translation>Nach Grund filtern</translation>
    </message>
    <message>
        <source>Replay &amp;selected</source>
        <translation>&amp;Auswahl einspielen</translation>
    </message>
    <message>
        <source>Replay &amp;all</source>
        <translation>A&amp;lle einspielen</translation>
    </message>
    <message>
        <source>Quarantined messages</source>
        <translation>Nachrichten in Quarantäne</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in quarantine.</source>
        <translation>
            <numerusform>%n Nachricht in Quarantäne.</numerusform>
            <numerusform>%n Nachrichten in Quarantäne.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replayed %1 message(s): %2 sample(s) stored.</source>
        <translation>Erneut eingespielte Nachrichten: %1; gespeicherte Messwerte: %2.</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::ReportDialog</name>
    <message>
        <source>Patient:</source>
        <translation>Patient:</translation>
    </message>
    <message>
        <source>&amp;Ward:</source>
        <translation>&amp;Station:</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Chosen range</source>
        <translation>Gewählter Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Vorschau…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Als PDF &amp;speichern…</translation>
    </message>
    <message>
        <source>Reading the report…</source>
        <translation>Bericht wird gelesen…</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Bericht als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Saved the report as %1 (%n page(s)).</source>
        <translation>
            <numerusform>Bericht als %1 gespeichert (%n Seite).</numerusform>
            <numerusform>Bericht als %1 gespeichert (%n Seiten).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent the report to the printer (%n page(s)).</source>
        <translation>
            <numerusform>Bericht an den Drucker gesendet (%n Seite).</numerusform>
            <numerusform>Bericht an den Drucker gesendet (%n Seiten).</numerusform>
        </translation>
    </message>
    <message>
        <source>Showed the report.</source>
        <translation>Bericht angezeigt.</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock the screen after inactivity</source>
        <translation>Bildschirm bei Inaktivität sperren</translation>
    </message>
    <message>
        <source>Lock the screen after &amp;inactivity:</source>
        <translation>Bildschirmsperre nach &amp;Inaktivität:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Language (after restart):</source>
        <translation>&amp;Sprache (nach Neustart):</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>Einstellungen s&amp;peichern</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>Device broker (MQTT)</source>
        <translation>Geräte-Broker (MQTT)</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Topics (comma-separated):</source>
        <translation>Topics (durch Kommas getrennt):</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Use &amp;TLS</source>
        <translation>&amp;TLS verwenden</translation>
    </message>
    <message>
        <source>CA certificate file:</source>
        <translation>CA-Zertifikatsdatei:</translation>
    </message>
    <message>
        <source>Client certificate file:</source>
        <translation>Client-Zertifikatsdatei:</translation>
    </message>
    <message>
        <source>Client key file:</source>
        <translation>Client-Schlüsseldatei:</translation>
    </message>
    <message>
        <source>Analysis and alarms</source>
        <translation>Analyse und Alarme</translation>
    </message>
    <message>
        <source>Analysis window:</source>
        <translation>Analysefenster:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Wait for late samples:</source>
        <translation>Auf verspätete Messwerte warten:</translation>
    </message>
    <message>
        <source>Devices send a sample every:</source>
        <translation>Geräte senden einen Messwert alle:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Alarm delay (condition must hold):</source>
        <translation>Alarmverzögerung (Bedingung muss anhalten):</translation>
    </message>
    <message>
        <source>Escalate unacknowledged alarms to the ward after:</source>
        <translation>Nicht quittierte Alarme an die Station eskalieren nach:</translation>
    </message>
    <message>
        <source>Device silent alarm after:</source>
        <translation>Alarm „Gerät sendet keine Daten“ nach:</translation>
    </message>
    <message>
        <source>Older data gives findings for review, not alarms, after:</source>
        <translation>Befunde zur Überprüfung statt Alarme für Daten älter als:</translation>
    </message>
    <message>
        <source>Client id (empty: this data folder&apos;s own):</source>
        <translation>Client-ID (leer: die eigene dieses Datenordners):</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Quarantäne</translation>
    </message>
    <message>
        <source>Keep the payloads of at most:</source>
        <translation>Inhalte höchstens aufbewahren bis:</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Keep the payloads of at most (messages):</source>
        <translation>Inhalte höchstens aufbewahren für (Nachrichten):</translation>
    </message>
    <message>
        <source>A high anomaly score for 3 windows in a row raises a low alarm</source>
        <translation>Ein hoher Anomaliewert in 3 Fenstern in Folge löst einen niedrigen Alarm aus</translation>
    </message>
    <message>
        <source>None: patients under 16 get no early-warning score.</source>
        <translation>Keine: Patienten unter 16 erhalten keinen Frühwarnscore.</translation>
    </message>
    <message>
        <source>%1 (age bands: %2). Source: %3</source>
        <translation>%1 (Altersgruppen: %2). Quelle: %3</translation>
    </message>
    <message>
        <source>Paediatric early-warning score (patients under 16)</source>
        <translation>Pädiatrischer Frühwarnscore (Patienten unter 16)</translation>
    </message>
    <message>
        <source>Chart in use:</source>
        <translation>Verwendete Tabelle:</translation>
    </message>
    <message>
        <source>Paediatric chart file</source>
        <translation>Datei der pädiatrischen Tabelle</translation>
    </message>
    <message>
        <source>A chart file (JSON, format pulsedesk.age-banded-early-warning-table)</source>
        <translation>Eine Tabellendatei (JSON, Format pulsedesk.age-banded-early-warning-table)</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Durchsuchen...</translation>
    </message>
    <message>
        <source>Use this &amp;chart</source>
        <translation>Diese Tabelle &amp;verwenden</translation>
    </message>
    <message>
        <source>Use &amp;no chart</source>
        <translation>&amp;Keine Tabelle verwenden</translation>
    </message>
    <message>
        <source>Chart file:</source>
        <translation>Tabellendatei:</translation>
    </message>
    <message>
        <source>Paediatric early-warning chart</source>
        <translation>Pädiatrische Frühwarntabelle</translation>
    </message>
    <message>
        <source>Charts (*.json)</source>
        <translation>Tabellen (*.json)</translation>
    </message>
    <message>
        <source>Raw samples</source>
        <translation>Rohmesswerte</translation>
    </message>
    <message>
        <source>Keep raw samples for this many months before the current one:</source>
        <translation>Rohmesswerte so viele Monate vor dem laufenden aufbewahren:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>for ever</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Paediatric chart saved.</source>
        <translation>Pädiatrische Tabelle gespeichert.</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::SetupPage</name>
    <message>
        <source>Set up PulseDesk</source>
        <translation>PulseDesk einrichten</translation>
    </message>
    <message>
        <source>This workstation has no data yet. Create the first administrator account. The administrator adds doctors and nurses and manages devices and settings.

All data is stored encrypted in %1. The password cannot be recovered: if every administrator forgets theirs, the data cannot be opened.</source>
        <translation>Dieser Arbeitsplatz enthält noch keine Daten. Legen Sie das erste Administratorkonto an. Der Administrator legt Ärzte und Pflegekräfte an und verwaltet Geräte und Einstellungen.

Alle Daten werden verschlüsselt in %1 gespeichert. Das Passwort kann nicht wiederhergestellt werden: Wenn alle Administratoren ihr Passwort vergessen, können die Daten nicht mehr geöffnet werden.</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Vollständiger Name:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>Passwort wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Create administrator</source>
        <translation>Administrator &amp;anlegen</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Die Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>C&amp;hange where the ward is stored…</source>
        <translation>Ort der Station &amp;ändern…</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::StaffScreen</name>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>active, one-time password</source>
        <translation>aktiv, Einmalpasswort</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>&amp;Add staff…</source>
        <translation>&amp;Mitarbeiter hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Re&amp;activate…</source>
        <translation>&amp;Reaktivieren…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>&amp;Passwort zurücksetzen…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>R&amp;olle ändern…</translation>
    </message>
    <message>
        <source>Add staff</source>
        <translation>Mitarbeiter hinzufügen</translation>
    </message>
    <message>
        <source>Give the new member of staff the one-time password in person; they must change it when they first log in.</source>
        <translation>Übergeben Sie das Einmalpasswort dem neuen Mitarbeiter persönlich; er muss es bei der ersten Anmeldung ändern.</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Vollständiger Name:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <source>One-time password:</source>
        <translation>Einmalpasswort:</translation>
    </message>
    <message>
        <source>Added %1 as %2.</source>
        <translation>%1 als %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>Reactivate %1</source>
        <translation>%1 reaktivieren</translation>
    </message>
    <message>
        <source>%1 is active again with a one-time password.</source>
        <translation>%1 ist wieder aktiv, mit einem Einmalpasswort.</translation>
    </message>
    <message>
        <source>%1 is deactivated.</source>
        <translation>%1 ist deaktiviert.</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>Passwort von %1 zurücksetzen</translation>
    </message>
    <message>
        <source>%1 has a new one-time password.</source>
        <translation>%1 hat ein neues Einmalpasswort.</translation>
    </message>
    <message>
        <source>Change the role of %1</source>
        <translation>Rolle von %1 ändern</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 hat jetzt die Rolle %2.</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::StoreChoiceDialog</name>
    <message>
        <source>Where is the ward kept?</source>
        <translation>Wo wird die Station geführt?</translation>
    </message>
    <message>
        <source>Choose where this workstation keeps the ward&apos;s patients, notes and alarms. You can change it later from the login page.</source>
        <translation>Wählen Sie, wo dieser Arbeitsplatz die Patienten, Notizen und Alarme der Station führt. Sie können es später auf der Anmeldeseite ändern.</translation>
    </message>
    <message>
        <source>&amp;This PC alone</source>
        <translation>&amp;Nur dieser PC</translation>
    </message>
    <message>
        <source>An encrypted store on this PC, with its own staff accounts. Devices send to this PC; the analysis and the alarms run here.</source>
        <translation>Ein verschlüsselter Speicher auf diesem PC mit eigenen Personalkonten. Die Geräte senden an diesen PC; Analyse und Alarme laufen hier.</translation>
    </message>
    <message>
        <source>A &amp;ward server</source>
        <translation>Ein &amp;Stationsserver</translation>
    </message>
    <message>
        <source>Several PCs share one ward on the hospital&apos;s PostgreSQL server, which also runs the analysis and the alarms. IT gives you the connection string, for example: host=ward-server dbname=pulsedesk sslmode=verify-full sslrootcert=/etc/pulsedesk/ca.crt. Put no user or password in it: each member of staff logs in with their own server login.</source>
        <translation>Mehrere PCs teilen sich eine Station auf dem PostgreSQL-Server des Krankenhauses, der auch Analyse und Alarme ausführt. Die IT gibt Ihnen die Verbindungszeichenfolge, zum Beispiel: host=ward-server dbname=pulsedesk sslmode=verify-full sslrootcert=/etc/pulsedesk/ca.crt. Tragen Sie weder Benutzer noch Passwort ein: Jeder Mitarbeiter meldet sich mit seiner eigenen Server-Anmeldung an.</translation>
    </message>
    <message>
        <source>Connection string</source>
        <translation>Verbindungszeichenfolge</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>✔ The ward server answers. Each member of staff logs in with their own server login.</source>
        <translation>✔ Der Stationsserver antwortet. Jeder Mitarbeiter meldet sich mit seiner eigenen Server-Anmeldung an.</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>Enter the connection string IT gave you.</source>
        <translation>Geben Sie die Verbindungszeichenfolge ein, die Sie von der IT erhalten haben.</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::WardScreen</name>
    <message>
        <source>Ward</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Only &amp;my patients</source>
        <translation>Nur &amp;meine Patienten</translation>
    </message>
    <message>
        <source>Patients on the ward</source>
        <translation>Patienten der Station</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n Patient</numerusform>
            <numerusform>%n Patienten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an open alarm</source>
        <translation>
            <numerusform>%n mit offenem Alarm</numerusform>
            <numerusform>%n mit offenem Alarm</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::WardTileWidget</name>
    <message>
        <source>No device</source>
        <translation>Kein Gerät</translation>
    </message>
    <message>
        <source>%1: waiting for data</source>
        <translation>%1: wartet auf Daten</translation>
    </message>
    <message>
        <source>%1: live</source>
        <translation>%1: live</translation>
    </message>
    <message>
        <source>%1: silent since %2</source>
        <translation>%1: keine Daten seit %2</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>steigend</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>fallend</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>gleichbleibend</translation>
    </message>
    <message>
        <source>Bed %1</source>
        <translation>Bett %1</translation>
    </message>
    <message>
        <source>%1 bpm, %2</source>
        <translation>%1 bpm, %2</translation>
    </message>
    <message>
        <source>%1 (low confidence)</source>
        <translation>%1 (geringe Zuverlässigkeit)</translation>
    </message>
    <message>
        <source>%1 priority alarm</source>
        <translation>Alarm mit Priorität %1</translation>
    </message>
    <message>
        <source>%1 alarm</source>
        <translation>Alarm %1</translation>
    </message>
    <message>
        <source>%1 alarm (silenced)</source>
        <translation>Alarm %1 (stumm)</translation>
    </message>
    <message>
        <source>bpm</source>
        <translation>bpm</translation>
    </message>
    <message>
        <source>bpm %1</source>
        <translation>bpm %1</translation>
    </message>
    <message>
        <source>NEWS2 %1</source>
        <translation>NEWS2 %1</translation>
    </message>
    <message>
        <source>obs due</source>
        <translation>Vitalw. fällig</translation>
    </message>
    <message>
        <source>NEWS2 %1, %2 risk</source>
        <translation>NEWS2 %1, Risiko %2</translation>
    </message>
    <message>
        <source>observations overdue</source>
        <translation>Vitalwerte überfällig</translation>
    </message>
</context>
</TS>
