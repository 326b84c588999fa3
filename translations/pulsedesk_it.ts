<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>AdtInterface</name>
    <message>
        <source>The message has no PID segment.</source>
        <translation>Il messaggio non ha un segmento PID.</translation>
    </message>
    <message>
        <source>PID-3, the patient&apos;s medical record number, is empty.</source>
        <translation>PID-3, il numero di cartella clinica del paziente, è vuoto.</translation>
    </message>
    <message>
        <source>PID-3, the medical record number, is longer than 64 characters.</source>
        <translation>PID-3, il numero di cartella clinica, supera i 64 caratteri.</translation>
    </message>
    <message>
        <source>PID-7, the birth date, is not a date (YYYYMMDD).</source>
        <translation>PID-7, la data di nascita, non è una data (YYYYMMDD).</translation>
    </message>
    <message>
        <source>looking up a patient</source>
        <translation>ricerca di un paziente</translation>
    </message>
    <message>
        <source>The patient of PID-3 is not known to PulseDesk.</source>
        <translation>Il paziente di PID-3 non è noto a PulseDesk.</translation>
    </message>
    <message>
        <source>applying an ADT message</source>
        <translation>applicazione di un messaggio ADT</translation>
    </message>
    <message>
        <source>PID-7, the birth date, is in the future.</source>
        <translation>PID-7, la data di nascita, è nel futuro.</translation>
    </message>
    <message>
        <source>no active doctor has the identifier %1</source>
        <translation>nessun medico attivo ha l&apos;identificativo %1</translation>
    </message>
    <message>
        <source>assigning a doctor</source>
        <translation>assegnazione di un medico</translation>
    </message>
    <message>
        <source>PID-5, the patient&apos;s name, is empty.</source>
        <translation>PID-5, il nome del paziente, è vuoto.</translation>
    </message>
    <message>
        <source>PV1-3, the new location, is empty.</source>
        <translation>PV1-3, la nuova ubicazione, è vuota.</translation>
    </message>
    <message>
        <source>The patient is discharged; a transfer needs an admitted patient.</source>
        <translation>Il paziente è dimesso; un trasferimento richiede un paziente ricoverato.</translation>
    </message>
    <message>
        <source>The patient is already discharged.</source>
        <translation>Il paziente è già dimesso.</translation>
    </message>
    <message>
        <source>The patient is not discharged; there is no discharge to cancel.</source>
        <translation>Il paziente non è dimesso; non c&apos;è alcuna dimissione da annullare.</translation>
    </message>
    <message>
        <source>A swap (A17) needs two PID and two PV1 segments.</source>
        <translation>Uno scambio (A17) richiede due segmenti PID e due segmenti PV1.</translation>
    </message>
    <message>
        <source>A patient of the swap is discharged.</source>
        <translation>Un paziente dello scambio è dimesso.</translation>
    </message>
    <message>
        <source>MRG-1, the prior medical record number, is empty.</source>
        <translation>MRG-1, il precedente numero di cartella clinica, è vuoto.</translation>
    </message>
    <message>
        <source>the prior record is not in PulseDesk; nothing to merge</source>
        <translation>il record precedente non è in PulseDesk; niente da unire</translation>
    </message>
    <message>
        <source>Neither the patient of PID-3 nor that of MRG-1 is known to PulseDesk.</source>
        <translation>Né il paziente di PID-3 né quello di MRG-1 sono noti a PulseDesk.</translation>
    </message>
    <message>
        <source>The event %1 is not taken.</source>
        <translation>L&apos;evento %1 non viene accettato.</translation>
    </message>
    <message>
        <source>MSH-10, the message control id, is empty.</source>
        <translation>MSH-10, l&apos;ID di controllo del messaggio, è vuoto.</translation>
    </message>
    <message>
        <source>Message type %1 is not taken here (ADT is).</source>
        <translation>Il tipo di messaggio %1 non è accettato qui (solo ADT).</translation>
    </message>
    <message>
        <source>HL7 version %1 is not supported (2.3 to 2.8 are).</source>
        <translation>La versione HL7 %1 non è supportata (sono supportate da 2.3 a 2.8).</translation>
    </message>
    <message>
        <source>The event %1 is not taken (A01, A02, A03, A04, A08, A11, A13, A17, A40 are).</source>
        <translation>L&apos;evento %1 non è accettato (sono accettati A01, A02, A03, A04, A08, A11, A13, A17, A40).</translation>
    </message>
    <message>
        <source>A repeat of message %1, which was applied; not applied again.</source>
        <translation>Ripetizione del messaggio %1, già applicato; non applicato di nuovo.</translation>
    </message>
    <message>
        <source>journaling an HL7 message</source>
        <translation>registrazione di un messaggio HL7</translation>
    </message>
    <message>
        <source>The record of PID-3 was merged into the record %1 (A40); send the patient&apos;s events under that number.</source>
        <translation>La cartella di PID-3 è stata unita alla cartella %1 (A40); inviare gli eventi del paziente con quel numero.</translation>
    </message>
    <message>
        <source>MRG-1 and PID-3 name the same record; a record is not merged into itself.</source>
        <translation>MRG-1 e PID-3 indicano la stessa cartella; una cartella non viene unita a se stessa.</translation>
    </message>
    <message>
        <source>The record of PID-3 was itself merged into the record %1; nothing is merged into a merged record.</source>
        <translation>La cartella di PID-3 è stata a sua volta unita alla cartella %1; nulla viene unito a una cartella già unita.</translation>
    </message>
    <message>
        <source>the records were merged before; nothing to do</source>
        <translation>le cartelle sono già state unite; nulla da fare</translation>
    </message>
    <message>
        <source>The record of MRG-1 was merged into the record %1 before.</source>
        <translation>La cartella di MRG-1 è già stata unita in precedenza alla cartella %1.</translation>
    </message>
</context>
<context>
    <name>AlarmCondition</name>
    <message>
        <source>Bradycardia</source>
        <translation>Bradicardia</translation>
    </message>
    <message>
        <source>Tachycardia</source>
        <translation>Tachicardia</translation>
    </message>
    <message>
        <source>Device silent</source>
        <translation>Dispositivo senza dati</translation>
    </message>
    <message>
        <source>Broker unreachable</source>
        <translation>Broker non raggiungibile</translation>
    </message>
    <message>
        <source>Messages quarantined</source>
        <translation>Messaggi in quarantena</translation>
    </message>
    <message>
        <source>Client id used by another client</source>
        <translation>ID client usato da un altro client</translation>
    </message>
    <message>
        <source>Early-warning score</source>
        <translation>Punteggio di allerta precoce</translation>
    </message>
    <message>
        <source>Observations overdue</source>
        <translation>Osservazioni scadute</translation>
    </message>
    <message>
        <source>Device readings depart from its fleet</source>
        <translation>Le letture del dispositivo si discostano dal suo parco</translation>
    </message>
    <message>
        <source>Vitals depart from the patient&apos;s recent values</source>
        <translation>I parametri vitali si discostano dai valori recenti del paziente</translation>
    </message>
    <message>
        <source>Ward server unreachable</source>
        <translation>Server di reparto non raggiungibile</translation>
    </message>
</context>
<context>
    <name>AlarmEngine</name>
    <message>
        <source>This alarm has already ended.</source>
        <translation>Questo allarme è già terminato.</translation>
    </message>
    <message>
        <source>This alarm is already acknowledged.</source>
        <translation>Questo allarme è già confermato.</translation>
    </message>
    <message>
        <source>This alarm is acknowledged and already silent.</source>
        <translation>Questo allarme è confermato e già silenziato.</translation>
    </message>
</context>
<context>
    <name>AlarmPriority</name>
    <message>
        <source>Low</source>
        <translation>Bassa</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
</context>
<context>
    <name>AlarmStore</name>
    <message>
        <source>waiting for the other writers of alarms</source>
        <translation>l&apos;attesa degli altri processi che scrivono allarmi</translation>
    </message>
    <message>
        <source>storing an alarm</source>
        <translation>il salvataggio di un allarme</translation>
    </message>
    <message>
        <source>reading alarms</source>
        <translation>la lettura degli allarmi</translation>
    </message>
</context>
<context>
    <name>AlarmTopic</name>
    <message>
        <source>reading the alarm events</source>
        <translation>lettura degli eventi di allarme</translation>
    </message>
</context>
<context>
    <name>AnalysisService</name>
    <message>
        <source>The last open windows could not be stored.</source>
        <translation>Non è stato possibile salvare le ultime finestre di analisi aperte.</translation>
    </message>
    <message>
        <source>reading stored samples</source>
        <translation>la lettura dei campioni salvati</translation>
    </message>
    <message>
        <source>The store could not be opened: %1</source>
        <translation>Impossibile aprire il database: %1</translation>
    </message>
    <message>
        <source>NEWS2 %1: %2 risk</source>
        <translation>NEWS2 %1: rischio %2</translation>
    </message>
    <message>
        <source>observations were due %1 min ago</source>
        <translation>osservazioni previste %1 min fa</translation>
    </message>
</context>
<context>
    <name>AnalysisStore</name>
    <message>
        <source>There is no alarm %1.</source>
        <translation>L&apos;allarme %1 non esiste.</translation>
    </message>
    <message>
        <source>Give the clinical reason for these limits.</source>
        <translation>Indichi il motivo clinico di questi limiti.</translation>
    </message>
    <message>
        <source>The patient is discharged; limits cannot be set.</source>
        <translation>Il paziente è stato dimesso; non è possibile impostare i limiti.</translation>
    </message>
    <message>
        <source>Give the reason for going back to the reference table.</source>
        <translation>Indichi il motivo del ritorno alla tabella di riferimento.</translation>
    </message>
    <message>
        <source>This patient has no limits of their own.</source>
        <translation>Questo paziente non ha limiti personalizzati.</translation>
    </message>
    <message>
        <source>storing a retrospective finding</source>
        <translation>il salvataggio di un rilievo retrospettivo</translation>
    </message>
    <message>
        <source>reading findings</source>
        <translation>la lettura dei rilievi</translation>
    </message>
    <message>
        <source>setting patient limits</source>
        <translation>l&apos;impostazione dei limiti del paziente</translation>
    </message>
    <message>
        <source>reading patient limits</source>
        <translation>la lettura dei limiti del paziente</translation>
    </message>
    <message>
        <source>storing analysis results</source>
        <translation>il salvataggio dei risultati delle analisi</translation>
    </message>
    <message>
        <source>reading analysis results</source>
        <translation>la lettura dei risultati delle analisi</translation>
    </message>
</context>
<context>
    <name>AnomalyScorer</name>
    <message>
        <source>heart rate</source>
        <translation>frequenza cardiaca</translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation>SpO2</translation>
    </message>
    <message>
        <source>temperature</source>
        <translation>temperatura</translation>
    </message>
    <message>
        <source>systolic pressure</source>
        <translation>pressione sistolica</translation>
    </message>
    <message>
        <source>diastolic pressure</source>
        <translation>pressione diastolica</translation>
    </message>
    <message numerus="yes">
        <source>anomaly score %1 (%2), at least %3 for %n window(s) in a row</source>
        <translation>
            <numerusform>punteggio di anomalia %1 (%2), almeno %3 per %n finestra di fila</numerusform>
            <numerusform>punteggio di anomalia %1 (%2), almeno %3 per %n finestre di fila</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
</context>
<context>
    <name>AuditAnchor</name>
    <message>
        <source>The audit anchor %1 is locked by another program.</source>
        <translation>L&apos;ancora %1 del registro di audit è bloccata da un altro programma.</translation>
    </message>
    <message>
        <source>The audit anchor %1 is damaged or was edited.</source>
        <translation>L&apos;ancora %1 del registro di audit è danneggiata o è stata modificata.</translation>
    </message>
    <message>
        <source>The audit log does not continue from its anchor at entry %1.</source>
        <translation>Il registro di audit non prosegue dalla sua ancora alla voce %1.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>reading the audit log</source>
        <translation>la lettura del registro di audit</translation>
    </message>
    <message>
        <source>writing the audit log</source>
        <translation>la scrittura nel registro di audit</translation>
    </message>
    <message>
        <source>the audit log could not be read</source>
        <translation>non è stato possibile leggere il registro di audit</translation>
    </message>
    <message>
        <source>entry %1 is missing</source>
        <translation>la voce %1 è mancante</translation>
    </message>
    <message>
        <source>entry %1 does not follow the entry before it</source>
        <translation>la voce %1 non segue la voce precedente</translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written</source>
        <translation>la voce %1 è stata modificata dopo la scrittura</translation>
    </message>
    <message>
        <source>entries after %1 were removed</source>
        <translation>sono state rimosse voci successive a %1</translation>
    </message>
    <message>
        <source>the chain head does not match the last entry</source>
        <translation>la testa della catena non corrisponde all&apos;ultima voce</translation>
    </message>
    <message>
        <source>the store is behind its anchor: the anchor records %1 entries (head %2), the store holds %3; entries %4 to %1 are missing</source>
        <translation>il database è indietro rispetto alla sua ancora: l&apos;ancora registra %1 voci (testa %2), il database ne contiene %3; mancano le voci da %4 a %1</translation>
    </message>
    <message>
        <source>entry %1 could not be read: %2</source>
        <translation>non è stato possibile leggere la voce %1: %2</translation>
    </message>
    <message>
        <source>the audit anchor %1 is missing</source>
        <translation>l&apos;ancora %1 del registro di audit è mancante</translation>
    </message>
    <message>
        <source>the audit anchor %1 is damaged or was edited</source>
        <translation>l&apos;ancora %1 del registro di audit è danneggiata o è stata modificata</translation>
    </message>
    <message>
        <source>entry %1 does not match the anchor&apos;s head %2</source>
        <translation>la voce %1 non corrisponde alla testa %2 dell&apos;ancora</translation>
    </message>
    <message>
        <source>The store could not be compared with its audit anchor %1: %2</source>
        <translation>Impossibile confrontare il database con l&apos;ancora %1 del suo registro di audit: %2</translation>
    </message>
    <message>
        <source>The audit anchor %1 is damaged or was edited (its seal does not match this store): lost history cannot be detected. Restore the data folder from a backup, or accept the store as it is with pulsedesk-cli audit reanchor.</source>
        <translation>L&apos;ancora %1 del registro di audit è danneggiata o è stata modificata (il suo sigillo non corrisponde a questo database): lo storico perso non può essere rilevato. Ripristini la cartella dei dati da un backup oppure accetti il database così com&apos;è con pulsedesk-cli audit reanchor.</translation>
    </message>
    <message>
        <source>anchoring the audit log</source>
        <translation>l&apos;ancoraggio del registro di audit</translation>
    </message>
    <message>
        <source>The audit anchor %1 was missing and has been written again at the store&apos;s %2 audit entries: history lost before now cannot be detected. Restore the anchor from a backup to check.</source>
        <translation>L&apos;ancora %1 del registro di audit era mancante ed è stata riscritta sulle %2 voci di audit del database: lo storico perso prima di ora non può essere rilevato. Per verificarlo, ripristini l&apos;ancora da un backup.</translation>
    </message>
    <message>
        <source>The audit anchor %1 was created for this store at its %2 audit entries: from now on, history lost from the database is detected.</source>
        <translation>L&apos;ancora %1 del registro di audit è stata creata per questo database sulle sue %2 voci di audit: d&apos;ora in poi lo storico perso dal database viene rilevato.</translation>
    </message>
    <message>
        <source>The store is behind its audit anchor: the anchor records %1 audit entries (head %2), the store holds %3. Entries %4 to %1, and the changes recorded with them, are missing (a lost or damaged -wal file after a crash, or a database copied back). Restore the data folder from a backup, or accept the loss with pulsedesk-cli audit reanchor.</source>
        <translation>Il database è indietro rispetto all&apos;ancora del suo registro di audit: l&apos;ancora registra %1 voci di audit (testa %2), il database ne contiene %3. Mancano le voci da %4 a %1 e le modifiche registrate con esse (un file -wal perso o danneggiato dopo un arresto anomalo, oppure una copia precedente del database rimessa al suo posto). Ripristini la cartella dei dati da un backup oppure accetti la perdita con pulsedesk-cli audit reanchor.</translation>
    </message>
    <message>
        <source>The audit log does not match its anchor: entry %1 should have the hash %2, the store&apos;s differs (history was replaced or rewritten). Restore the data folder from a backup, or accept the store as it is with pulsedesk-cli audit reanchor.</source>
        <translation>Il registro di audit non corrisponde alla sua ancora: la voce %1 dovrebbe avere l&apos;hash %2, quello del database è diverso (lo storico è stato sostituito o riscritto). Ripristini la cartella dei dati da un backup oppure accetti il database così com&apos;è con pulsedesk-cli audit reanchor.</translation>
    </message>
    <message>
        <source>The audit log in the store is itself not intact (%1): it cannot be anchored. Restore the data folder from a backup.</source>
        <translation>Il registro di audit nel database non è esso stesso integro (%1): non può essere ancorato. Ripristini la cartella dei dati da un backup.</translation>
    </message>
    <message>
        <source>The audit anchor now records the store&apos;s %1 entries; what it recorded before is kept in the audit log.</source>
        <translation>L&apos;ancora del registro di audit registra ora le %1 voci del database; ciò che registrava prima è conservato nel registro di audit.</translation>
    </message>
</context>
<context>
    <name>Band</name>
    <message>
        <source>the patient&apos;s own limits</source>
        <translation>limiti propri del paziente</translation>
    </message>
    <message>
        <source>%1 to %2 months</source>
        <translation>da %1 a %2 mesi</translation>
    </message>
    <message>
        <source>%1 to %2 years</source>
        <translation>da %1 a %2 anni</translation>
    </message>
    <message>
        <source>adults, %1 years and over</source>
        <translation>adulti, da %1 anni in su</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Severe bradycardia</source>
        <translation>Bradicardia grave</translation>
    </message>
    <message>
        <source>Moderate bradycardia</source>
        <translation>Bradicardia moderata</translation>
    </message>
    <message>
        <source>No anomaly</source>
        <translation>Nessuna anomalia</translation>
    </message>
    <message>
        <source>Moderate tachycardia</source>
        <translation>Tachicardia moderata</translation>
    </message>
    <message>
        <source>Severe tachycardia</source>
        <translation>Tachicardia grave</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Say who you are with --user NAME.</source>
        <translation>Indichi chi è con --user NAME.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password per %1: </translation>
    </message>
    <message>
        <source>Not permitted: %1 must change the one-time password first (pulsedesk-cli user passwd).</source>
        <translation>Non consentito: %1 deve prima modificare la password monouso (pulsedesk-cli user passwd).</translation>
    </message>
    <message>
        <source>There is no PulseDesk workstation in %1; create one with pulsedesk-cli init.</source>
        <translation>Non esiste alcuna postazione PulseDesk in %1; ne crei una con pulsedesk-cli init.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>comando sconosciuto &apos;%1&apos;</translation>
    </message>
    <message>
        <source>init needs --admin NAME</source>
        <translation>init richiede --admin NAME</translation>
    </message>
    <message>
        <source>No password was given.</source>
        <translation>Non è stata fornita alcuna password.</translation>
    </message>
    <message>
        <source>Created the PulseDesk workstation in %1 with the administrator %2.</source>
        <translation>Postazione PulseDesk creata in %1 con l&apos;amministratore %2.</translation>
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
        <translation>versione schema    %1
personale attivo   %2
pazienti           %3
dispositivi        %4
campioni           %5
risultati          %6
allarmi aperti     %7
in quarantena      %8</translation>
    </message>
    <message>
        <source>active</source>
        <translation>attivo</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inattivo</translation>
    </message>
    <message>
        <source>user add needs NAME and --role admin|doctor|nurse</source>
        <translation>user add richiede NAME e --role admin|doctor|nurse</translation>
    </message>
    <message>
        <source>One-time password for %1: </source>
        <translation>Password monouso per %1: </translation>
    </message>
    <message>
        <source>Added %1 (%2); the one-time password must be changed at first login.</source>
        <translation>%1 (%2) aggiunto; la password monouso deve essere modificata al primo accesso.</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>Nuova password: </translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>Password modificata.</translation>
    </message>
    <message>
        <source>user %1 needs a user name</source>
        <translation>user %1 richiede un nome utente</translation>
    </message>
    <message>
        <source>Deactivated %1.</source>
        <translation>%1 disattivato.</translation>
    </message>
    <message>
        <source>%1 has a new one-time password, to be changed at next login.</source>
        <translation>%1 ha una nuova password monouso, da modificare al prossimo accesso.</translation>
    </message>
    <message>
        <source>user role needs NAME and admin|doctor|nurse</source>
        <translation>user role richiede NAME e admin|doctor|nurse</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 ha ora il ruolo %2.</translation>
    </message>
    <message>
        <source>unknown user command &apos;%1&apos;</source>
        <translation>comando user sconosciuto &apos;%1&apos;</translation>
    </message>
    <message>
        <source>patient add needs --mrn and --name</source>
        <translation>patient add richiede --mrn e --name</translation>
    </message>
    <message>
        <source>--sex is female, male or unknown</source>
        <translation>--sex è female, male o unknown</translation>
    </message>
    <message>
        <source>--birth-date is YYYY-MM-DD</source>
        <translation>--birth-date ha il formato YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Admitted %1 (%2).</source>
        <translation>%1 ricoverato (%2).</translation>
    </message>
    <message>
        <source> (discharged)</source>
        <translation> (dimesso)</translation>
    </message>
    <message>
        <source>patient %1 needs an MRN</source>
        <translation>patient %1 richiede un numero di cartella clinica (MRN)</translation>
    </message>
    <message>
        <source>%1  %2
born %3, %4
ward %5, bed %6
admitted %7%8</source>
        <translation>%1  %2
nascita %3, %4
reparto %5, letto %6
ricovero %7%8</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>sconosciuta</translation>
    </message>
    <message>
        <source>, discharged %1</source>
        <translation>, dimissione %1</translation>
    </message>
    <message>
        <source>Discharged %1.</source>
        <translation>%1 dimesso.</translation>
    </message>
    <message>
        <source>patient assign-doctor needs MRN and DOCTOR</source>
        <translation>patient assign-doctor richiede MRN e DOCTOR</translation>
    </message>
    <message>
        <source>%1 is now responsible for %2.</source>
        <translation>%1 è ora responsabile di %2.</translation>
    </message>
    <message>
        <source>unknown patient command &apos;%1&apos;</source>
        <translation>comando patient sconosciuto &apos;%1&apos;</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>in uso</translation>
    </message>
    <message>
        <source>free</source>
        <translation>libero</translation>
    </message>
    <message>
        <source>device %1 needs a device id</source>
        <translation>device %1 richiede un identificativo del dispositivo</translation>
    </message>
    <message>
        <source>Registered %1.</source>
        <translation>%1 registrato.</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ora</translation>
    </message>
    <message>
        <source>device assign needs DEVICE_ID and MRN; --from is an ISO 8601 time</source>
        <translation>device assign richiede DEVICE_ID e MRN; --from è un orario ISO 8601</translation>
    </message>
    <message>
        <source>%1 is assigned to %2.</source>
        <translation>%1 è assegnato a %2.</translation>
    </message>
    <message>
        <source>--at is an ISO 8601 time</source>
        <translation>--at è un orario ISO 8601</translation>
    </message>
    <message>
        <source>%1 is no longer assigned.</source>
        <translation>%1 non è più assegnato.</translation>
    </message>
    <message>
        <source>unknown device command &apos;%1&apos;</source>
        <translation>comando device sconosciuto &apos;%1&apos;</translation>
    </message>
    <message>
        <source>record %1 needs an MRN or record id</source>
        <translation>record %1 richiede un MRN o un identificativo del record</translation>
    </message>
    <message>
        <source> (amends #%1)</source>
        <translation> (rettifica #%1)</translation>
    </message>
    <message>
        <source> (amended by #%1)</source>
        <translation> (rettificata da #%1)</translation>
    </message>
    <message>
        <source>record %1 needs --text TEXT (or --text - to read it from standard input)</source>
        <translation>record %1 richiede --text TEXT (o --text - per leggerlo dallo standard input)</translation>
    </message>
    <message>
        <source>record amend needs a numeric record id</source>
        <translation>record amend richiede un identificativo numerico del record</translation>
    </message>
    <message>
        <source>Saved note #%1.</source>
        <translation>Nota #%1 salvata.</translation>
    </message>
    <message>
        <source>unknown record command &apos;%1&apos;</source>
        <translation>comando record sconosciuto &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The audit log is NOT intact: %1 (first bad entry: %2).</source>
        <translation>Il registro di audit NON è integro: %1 (prima voce non valida: %2).</translation>
    </message>
    <message>
        <source>The audit log is intact: %1 entries verified.</source>
        <translation>Il registro di audit è integro: %1 voci verificate.</translation>
    </message>
    <message>
        <source>unknown audit command &apos;%1&apos;</source>
        <translation>comando audit sconosciuto &apos;%1&apos;</translation>
    </message>
    <message>
        <source>quarantine list [--reason TEXT] | replay [ID ...]</source>
        <translation>quarantine list [--reason TEXT] | replay [ID ...]</translation>
    </message>
    <message>
        <source>Replayed %1 messages: %2 samples stored, %3 already stored, %4 messages still quarantined; %5 windows analysed, %6 findings.</source>
        <translation>%1 messaggi rielaborati: %2 campioni salvati, %3 già salvati, %4 messaggi ancora in quarantena; %5 finestre analizzate, %6 reperti.</translation>
    </message>
    <message>
        <source>results needs --patient MRN; --from and --to are ISO 8601</source>
        <translation>results richiede --patient MRN; --from e --to sono orari ISO 8601</translation>
    </message>
    <message>
        <source> (low confidence)</source>
        <translation> (bassa affidabilità)</translation>
    </message>
    <message>
        <source>adult bands assumed: birth date unknown</source>
        <translation>assunti gli intervalli per adulti: data di nascita sconosciuta</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>escalato</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>a %1</translation>
    </message>
    <message>
        <source>alarms %1 needs an alarm id</source>
        <translation>alarms %1 richiede un identificativo di allarme</translation>
    </message>
    <message>
        <source>Alarm %1 acknowledged.</source>
        <translation>Allarme %1 confermato.</translation>
    </message>
    <message>
        <source>Alarm %1: audio paused for %2 s.</source>
        <translation>Allarme %1: audio in pausa per %2 s.</translation>
    </message>
    <message>
        <source>alarms list [--all] [--mine] | ack ID [--comment TEXT] | pause ID [--seconds N]</source>
        <translation>alarms list [--all] [--mine] | ack ID [--comment TEXT] | pause ID [--seconds N]</translation>
    </message>
    <message>
        <source>limits show|set|clear needs an MRN</source>
        <translation>limits show|set|clear richiede un numero di cartella clinica (MRN)</translation>
    </message>
    <message>
        <source>%1 uses the reference table for their age.</source>
        <translation>%1 usa la tabella di riferimento per la sua età.</translation>
    </message>
    <message>
        <source>%1: severe at or below %2, bradycardia below %3, tachycardia above %4, severe at or above %5 (%6)</source>
        <translation>%1: grave a %2 o meno, bradicardia sotto %3, tachicardia sopra %4, grave a %5 o più (%6)</translation>
    </message>
    <message>
        <source>limits set MRN --severe-low BPM --low BPM --high BPM --severe-high BPM --reason TEXT</source>
        <translation>limits set MRN --severe-low BPM --low BPM --high BPM --severe-high BPM --reason TEXT</translation>
    </message>
    <message>
        <source>Limits set for %1.</source>
        <translation>Limiti impostati per %1.</translation>
    </message>
    <message>
        <source>%1 uses the reference table again.</source>
        <translation>%1 usa di nuovo la tabella di riferimento.</translation>
    </message>
    <message>
        <source>unknown limits command &apos;%1&apos;</source>
        <translation>comando limits sconosciuto &apos;%1&apos;</translation>
    </message>
    <message>
        <source>(no device named)</source>
        <translation>(nessun dispositivo indicato)</translation>
    </message>
    <message>
        <source>  %1: not a registered device
</source>
        <translation>  %1: non è un dispositivo registrato
</translation>
    </message>
    <message>
        <source>  %1 -&gt; %2: %3 samples, %4 .. %5
</source>
        <translation>  %1 -&gt; %2: %3 campioni, %4 .. %5
</translation>
    </message>
    <message>
        <source>      patient %1 (bed %2): %3 samples
</source>
        <translation>      paziente %1 (letto %2): %3 campioni
</translation>
    </message>
    <message>
        <source>      assigned to no patient: %1 samples (stored, not analysed)
</source>
        <translation>      non assegnato ad alcun paziente: %1 campioni (salvati, non analizzati)
</translation>
    </message>
    <message>
        <source>unknown time zone &apos;%1&apos; (use an IANA name such as Europe/Rome, or UTC)</source>
        <translation>fuso orario sconosciuto &apos;%1&apos; (usi un nome IANA come Europe/Rome, oppure UTC)</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;</source>
        <translation>formato sconosciuto &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--map needs SOURCE=DEVICE_ID</source>
        <translation>--map richiede SOURCE=DEVICE_ID</translation>
    </message>
    <message>
        <source>import needs at least one FILE or DIR</source>
        <translation>import richiede almeno un FILE o DIR</translation>
    </message>
    <message>
        <source>No file to import in %1.</source>
        <translation>Nessun file da importare in %1.</translation>
    </message>
    <message>
        <source>  this file was imported before: %1
</source>
        <translation>  questo file è già stato importato: %1
</translation>
    </message>
    <message>
        <source>  would import %1 new samples; %2 already stored; %3 rejected
</source>
        <translation>  verrebbero importati %1 nuovi campioni; %2 già salvati; %3 rifiutati
</translation>
    </message>
    <message>
        <source>  imported %1 samples (%2 vitals added to them); %3 already stored; %4 rejected; %5 windows analysed, %6 findings
</source>
        <translation>  importati %1 campioni (con %2 parametri vitali aggiunti); %3 già salvati; %4 rifiutati; %5 finestre analizzate, %6 reperti
</translation>
    </message>
    <message>
        <source>skipped (not a data file PulseDesk reads): %1
</source>
        <translation>ignorato (non è un file di dati letto da PulseDesk): %1
</translation>
    </message>
    <message>
        <source>Total (dry run, nothing stored): %1 new, %2 duplicates, %3 rejected, %4 files not importable.</source>
        <translation>Totale (simulazione, nulla è stato salvato): %1 nuovi, %2 duplicati, %3 rifiutati, %4 file non importabili.</translation>
    </message>
    <message>
        <source>Total: %1 imported, %2 duplicates, %3 rejected, %4 files not imported.</source>
        <translation>Totale: %1 importati, %2 duplicati, %3 rifiutati, %4 file non importati.</translation>
    </message>
    <message>
        <source>Another import into this store is running; waiting for it to end…</source>
        <translation>Un&apos;altra importazione in questo database è in corso; in attesa che finisca…</translation>
    </message>
    <message>
        <source>WARNING: %1</source>
        <translation>ATTENZIONE: %1</translation>
    </message>
    <message>
        <source>The audit log is NOT intact: %1.</source>
        <translation>Il registro di audit NON è integro: %1.</translation>
    </message>
    <message>
        <source>%1: not imported: %2</source>
        <translation>%1: non importato: %2</translation>
    </message>
    <message>
        <source>the benchmarks are run by pulsedesk-bench</source>
        <translation>i benchmark sono eseguiti da pulsedesk-bench</translation>
    </message>
    <message>
        <source>export csv needs --patient MRN --what samples|results|alarms --out FILE; --from and --to are ISO 8601</source>
        <translation>export csv richiede --patient MRN --what samples|results|alarms --out FILE; --from e --to in formato ISO 8601</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2.</source>
        <translation>%1 righe esportate in %2.</translation>
    </message>
    <message>
        <source>export fhir needs --patient MRN --out FILE; --from and --to are ISO 8601</source>
        <translation>export fhir richiede --patient MRN --out FILE; --from e --to in formato ISO 8601</translation>
    </message>
    <message>
        <source>Exported a FHIR Bundle to %1: %2 observations of samples, %3 results, %4 alarms, %5 notes.</source>
        <translation>Bundle FHIR esportato in %1: %2 osservazioni di campioni, %3 risultati, %4 allarmi, %5 note.</translation>
    </message>
    <message>
        <source>export patient-copy needs --patient MRN --out DIR</source>
        <translation>export patient-copy richiede --patient MRN --out DIR</translation>
    </message>
    <message>
        <source>The patient&apos;s copy is in %1 and %2.</source>
        <translation>La copia del paziente si trova in %1 e %2.</translation>
    </message>
    <message>
        <source>export research needs --out DIR; --from and --to are ISO 8601</source>
        <translation>export research richiede --out DIR; --from e --to in formato ISO 8601</translation>
    </message>
    <message>
        <source>De-identified export in %1: %2 patients, %3 devices, %4 samples, %5 results.</source>
        <translation>Esportazione anonimizzata in %1: %2 pazienti, %3 dispositivi, %4 campioni, %5 risultati.</translation>
    </message>
    <message>
        <source>unknown export command &apos;%1&apos;</source>
        <translation>comando di esportazione sconosciuto &apos;%1&apos;</translation>
    </message>
    <message>
        <source>user hl7-id needs a user name</source>
        <translation>user hl7-id richiede un nome utente</translation>
    </message>
    <message>
        <source>user hl7-id NAME IDENTIFIER | user hl7-id NAME --clear</source>
        <translation>user hl7-id NAME IDENTIFIER | user hl7-id NAME --clear</translation>
    </message>
    <message>
        <source>%1 has no hospital identifier now.</source>
        <translation>%1 non ha più un identificativo ospedaliero.</translation>
    </message>
    <message>
        <source>%1 is %2 in the hospital&apos;s systems.</source>
        <translation>%1 è %2 nei sistemi dell&apos;ospedale.</translation>
    </message>
    <message>
        <source>%1 set.</source>
        <translation>%1 impostato.</translation>
    </message>
    <message>
        <source>outbox retry [ID ...]</source>
        <translation>outbox retry [ID ...]</translation>
    </message>
    <message>
        <source>%1 message(s) will be sent again.</source>
        <translation>%1 messaggio/i verrà/verranno reinviato/i.</translation>
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
        <translation>monitoraggio continuo</translation>
    </message>
    <message>
        <source>next observations due %1</source>
        <translation>prossime osservazioni: %1</translation>
    </message>
    <message>
        <source> (device)</source>
        <translation> (dispositivo)</translation>
    </message>
    <message>
        <source>Respiration rate %1 /min</source>
        <translation>Frequenza respiratoria %1 /min</translation>
    </message>
    <message>
        <source>SpO2 %1 % (scale %2)</source>
        <translation>SpO2 %1 % (scala %2)</translation>
    </message>
    <message>
        <source>On oxygen</source>
        <translation>In ossigeno</translation>
    </message>
    <message>
        <source>On air</source>
        <translation>Aria ambiente</translation>
    </message>
    <message>
        <source>Systolic pressure %1 mmHg</source>
        <translation>Pressione sistolica %1 mmHg</translation>
    </message>
    <message>
        <source>Pulse %1 /min</source>
        <translation>Polso %1 /min</translation>
    </message>
    <message>
        <source>Consciousness %1</source>
        <translation>Coscienza %1</translation>
    </message>
    <message>
        <source>Temperature %1 °C</source>
        <translation>Temperatura %1 °C</translation>
    </message>
    <message>
        <source>Observation #%1, taken %2</source>
        <translation>Osservazione #%1, rilevata %2</translation>
    </message>
    <message>
        <source> (scale 2)</source>
        <translation> (scala 2)</translation>
    </message>
    <message>
        <source>O2</source>
        <translation>O2</translation>
    </message>
    <message>
        <source>air</source>
        <translation>aria</translation>
    </message>
    <message numerus="yes">
        <source>No device of %1 measured %2 in the last %n minute(s).</source>
        <translation>
            <numerusform>Nessun dispositivo di %1 ha misurato %2 nell&apos;ultimo %n minuto.</numerusform>
            <numerusform>Nessun dispositivo di %1 ha misurato %2 negli ultimi %n minuti.</numerusform>
        </translation>
    </message>
    <message>
        <source>obs amend needs a numeric observation id</source>
        <translation>obs amend richiede un id di osservazione numerico</translation>
    </message>
    <message>
        <source>obs amend takes typed values only, not device</source>
        <translation>obs amend accetta solo valori digitati, non device</translation>
    </message>
    <message>
        <source>obs list needs an MRN</source>
        <translation>obs list richiede un MRN</translation>
    </message>
    <message>
        <source>obs scale MRN 1|2</source>
        <translation>obs scale MRN 1|2</translation>
    </message>
    <message>
        <source>%1 now uses SpO2 scale %2.</source>
        <translation>%1 ora usa la scala SpO2 %2.</translation>
    </message>
    <message>
        <source>unknown obs command &apos;%1&apos;</source>
        <translation>comando obs sconosciuto &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 scritto (%n pagina).</numerusform>
            <numerusform>%1 scritto (%n pagine).</numerusform>
        </translation>
    </message>
    <message>
        <source>report trend needs --patient MRN and --out FILE.pdf; the period is --from and --to (ISO 8601) or --hours N</source>
        <translation>report trend richiede --patient MRN e --out FILE.pdf; il periodo è --from e --to (ISO 8601) o --hours N</translation>
    </message>
    <message>
        <source>report alarms needs --ward WARD and --out FILE.pdf; the period is --from and --to (ISO 8601) or --hours N</source>
        <translation>report alarms richiede --ward WARD e --out FILE.pdf; il periodo è --from e --to (ISO 8601) o --hours N</translation>
    </message>
    <message>
        <source>report handover needs --ward WARD and --out FILE.pdf</source>
        <translation>report handover richiede --ward WARD e --out FILE.pdf</translation>
    </message>
    <message>
        <source>report trend | alarms | handover</source>
        <translation>report trend | alarms | handover</translation>
    </message>
    <message>
        <source>unknown report &apos;%1&apos;</source>
        <translation>report sconosciuto &apos;%1&apos;</translation>
    </message>
    <message>
        <source>give either --data or --server, not both</source>
        <translation>indichi --data oppure --server, non entrambi</translation>
    </message>
    <message>
        <source>The password file %1 cannot be read: %2</source>
        <translation>Impossibile leggere il file della password %1: %2</translation>
    </message>
    <message>
        <source>The password file %1 is empty.</source>
        <translation>Il file della password %1 è vuoto.</translation>
    </message>
    <message>
        <source>server init needs --admin NAME</source>
        <translation>server init richiede --admin NAME</translation>
    </message>
    <message>
        <source>server init needs --server CONNINFO</source>
        <translation>server init richiede --server CONNINFO</translation>
    </message>
    <message>
        <source>Created the PulseDesk ward with the administrator %1, who logs in with --server and --user %1.</source>
        <translation>Reparto PulseDesk creato con l&apos;amministratore %1, che accede con --server e --user %1.</translation>
    </message>
    <message>
        <source>unknown server command &apos;%1&apos;</source>
        <translation>comando server sconosciuto &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a ward server is created with server init</source>
        <translation>un server di reparto si crea con server init</translation>
    </message>
    <message>
        <source>(no manufacturer or model)</source>
        <translation>(senza produttore né modello)</translation>
    </message>
    <message numerus="yes">
        <source>Device-fleet health, last %n hour(s) (%1 – %2): </source>
        <translation>
            <numerusform>Stato dei parchi dispositivi, ultima %n ora (%1 – %2): </numerusform>
            <numerusform>Stato dei parchi dispositivi, ultime %n ore (%1 – %2): </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 devices with readings in %2 fleets, %3 flagged.
</source>
        <translation>%1 dispositivi con letture in %2 parchi, segnalati: %3.
</translation>
    </message>
    <message>
        <source>%1 (%2 devices): </source>
        <translation>%1 (%2 dispositivi): </translation>
    </message>
    <message>
        <source>too few devices to judge (at least 3)
</source>
        <translation>troppo pochi dispositivi per una valutazione (almeno 3)
</translation>
    </message>
    <message>
        <source>no device flagged
</source>
        <translation>nessun dispositivo segnalato
</translation>
    </message>
    <message>
        <source>%1 flagged
</source>
        <translation>segnalati: %1
</translation>
    </message>
    <message>
        <source>  (on a patient)</source>
        <translation>  (su un paziente)</translation>
    </message>
    <message>
        <source>devices health [--hours N]: N is a whole number of hours</source>
        <translation>devices health [--hours N]: N è un numero intero di ore</translation>
    </message>
    <message>
        <source>unknown devices command &apos;%1&apos;</source>
        <translation>comando devices sconosciuto &apos;%1&apos;</translation>
    </message>
    <message>
        <source>  anomaly %1</source>
        <translation>  anomalia %1</translation>
    </message>
    <message>
        <source>migrate-to-server needs --server CONNINFO</source>
        <translation>migrate-to-server richiede --server CONNINFO</translation>
    </message>
    <message>
        <source>migrate-to-server copies a data folder: give --data</source>
        <translation>migrate-to-server copia una cartella di dati: indicare --data</translation>
    </message>
    <message>
        <source>Copied %1 tables (%2 rows) to the ward server; the audit chain (%3 entries) verifies there. %4 logs in with --server and --user %4; this workstation&apos;s data folder is unchanged.</source>
        <translation>Copiate %1 tabelle (%2 righe) sul server di reparto; la catena di audit (%3 voci) vi è verificata. %4 accede con --server e --user %4; la cartella di dati di questa postazione è invariata.</translation>
    </message>
    <message>
        <source>Their server logins open once you reset their passwords (user reset-password NAME): %1</source>
        <translation>I loro accessi al server si aprono dopo che ne avrà reimpostato le password (user reset-password NAME): %1</translation>
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
        <translation>Nessuna tabella pediatrica di allerta precoce selezionata: i pazienti sotto i 16 anni non ricevono alcun punteggio.
</translation>
    </message>
    <message>
        <source>Paediatric early-warning chart: %1
Source: %2
</source>
        <translation>Tabella pediatrica di allerta precoce: %1
Fonte: %2
</translation>
    </message>
    <message>
        <source>  from %1 months: %2 (%3)
</source>
        <translation>  da %1 mesi: %2 (%3)
</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>kept for ever</source>
        <translation>conservati senza limite di tempo</translation>
    </message>
    <message>
        <source>kept for %1 months before the current one</source>
        <translation>conservati per %1 mesi prima di quello in corso</translation>
    </message>
    <message>
        <source>partitions</source>
        <translation>partizioni</translation>
    </message>
    <message>
        <source>samples set storage.sampleRetentionMonths MONTHS</source>
        <translation>samples set storage.sampleRetentionMonths MONTHS</translation>
    </message>
    <message>
        <source>Raw samples are %1.</source>
        <translation>I campioni grezzi sono %1.</translation>
    </message>
    <message>
        <source>%1: %2 samples removed
</source>
        <translation>%1: %2 campioni rimossi
</translation>
    </message>
    <message>
        <source>Raw samples are kept for ever: nothing removed.
</source>
        <translation>I campioni grezzi sono conservati senza limite di tempo: nulla è stato rimosso.
</translation>
    </message>
    <message>
        <source>No samples before %1: nothing removed.
</source>
        <translation>Nessun campione prima del %1: nulla è stato rimosso.
</translation>
    </message>
    <message>
        <source>samples show | set KEY VALUE | prune</source>
        <translation>samples show | set KEY VALUE | prune</translation>
    </message>
    <message>
        <source>server upgrade needs --server CONNINFO</source>
        <translation>server upgrade richiede --server CONNINFO</translation>
    </message>
    <message>
        <source>The ward&apos;s schema was already at version %1; the privileges of its roles are set again.</source>
        <translation>Lo schema del reparto era già alla versione %1; i privilegi dei suoi ruoli sono stati reimpostati.</translation>
    </message>
    <message>
        <source>The ward&apos;s schema is upgraded from version %1 to %2, and the privileges of its roles are set again.</source>
        <translation>Lo schema del reparto è stato aggiornato dalla versione %1 alla %2 e i privilegi dei suoi ruoli sono stati reimpostati.</translation>
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
        <translation>Uso: pulsedesk-cli [--data DIR | --server CONNINFO] [--user NAME] [--password-stdin] [--json] COMMAND ...

  --server CONNINFO: un reparto su un server PostgreSQL (stringa di connessione libpq, variabili PG* rispettate);
  ogni membro del personale accede con il proprio account del server.
  server init --admin NAME [--name FULL_NAME] [--password-file FILE]
                                              crea il reparto su un database vuoto (con un ruolo che può
                                              creare ruoli): schema, ruoli, privilegi, primo amministratore
  server upgrade                              allinea lo schema del reparto e i privilegi dei suoi ruoli a questo
                                              PulseDesk (con un ruolo che può creare ruoli)
  migrate-to-server --server CONNINFO         copia questa postazione (--data) come reparto in un database vuoto
                                              (admin; CONNINFO: un ruolo che può creare ruoli)
  init --admin NAME [--name FULL_NAME]        crea la postazione e il suo primo amministratore
  status                                      versione dello schema e numero di record
  user add NAME --role admin|doctor|nurse [--name FULL_NAME]
  user list | deactivate NAME | reactivate NAME | reset-password NAME | role NAME ROLE | passwd
  patient add --mrn MRN --name NAME [--birth-date YYYY-MM-DD] [--sex female|male|unknown]
              [--ward WARD] [--bed BED]
  patient list [--all] [--mine] | show MRN | discharge MRN | assign-doctor MRN DOCTOR
  device add DEVICE_ID [--manufacturer M] [--model M]
  device list | assign DEVICE_ID MRN [--from TIME] | unassign DEVICE_ID [--at TIME] | history DEVICE_ID
  devices health [--hours N]                  dispositivi le cui letture si discostano dal loro parco (admin)
  record add MRN --text TEXT|- | amend RECORD_ID --text TEXT|- | list MRN
  obs add MRN --rr N --spo2 N [--scale 1|2] --air|--oxygen --sbp N --pulse N --acvpu A|C|V|P|U --temp N.N
      (--spo2, --sbp, --pulse, --temp device: ciò che il dispositivo del paziente ha misurato negli ultimi minuti)
  obs amend OBSERVATION_ID ... | list MRN | scale MRN 1|2   (scala 2: prescrizione medica, obiettivo 88-92 %)
  pews show | set FILE | none                 la tabella pediatrica di allerta precoce per i minori di 16 anni (admin)
  audit verify | list [--limit N] | reanchor   (reanchor: accetta un archivio indietro rispetto alla sua ancora)
  monitor [--host HOST] [--port PORT] [--status-every SECONDS]   acquisisce dal broker fino a SIGINT/SIGTERM
          [--adt-listen HOST:PORT] [--results-to HOST:PORT] [--alarms-to HOST:PORT]
          HL7 ADT in ingresso, risultati IHE PCD-01 e allarmi PCD-04 in uscita (admin)
  interfaces show | set KEY VALUE             impostazioni dell&apos;interfaccia HL7 (adt.listen, adt.certificate, adt.key,
                                              adt.allowedPeers, results.to, alarms.to,
                                              results.summary windows|minute-median,
                                              alarms.topic MQTT-TOPIC: allarmi solo con letto e priorità)
  outbox list [--all] | retry [ID ...]        messaggi rifiutati dalla cartella clinica elettronica (errori di interfaccia), reinvia
  samples show | set storage.sampleRetentionMonths MONTHS | prune
                                              campioni grezzi conservati (0 = per sempre), i più vecchi rimossi (admin)
  user hl7-id NAME IDENTIFIER|--clear         identificativo di un medico nei sistemi dell&apos;ospedale (PV1-7/8)
  quarantine list [--reason TEXT] | replay [ID ...]
  results --patient MRN [--from TIME] [--to TIME] [--limit N]   risultati delle analisi, i più recenti prima
  findings [--patient MRN] [--all]            finestre anomale da dump e recuperi, da rivedere
  alarms list [--all] [--mine] | ack ID [--comment TEXT] | pause ID [--seconds N]
  limits show MRN | clear MRN --reason TEXT
  limits set MRN --severe-low BPM --low BPM --high BPM --severe-high BPM --reason TEXT
  import FILE|DIR ... [--tz ZONE] [--format device-dump|fhir|open-mhealth|fitbit|fitbit-csv|apple-health|vendor-api]
         [--device DEVICE_ID] [--map SOURCE=DEVICE_ID ...] [--dry-run]   importa dump offline
  export csv --patient MRN --what samples|results|alarms [--from TIME] [--to TIME] --out FILE
  export fhir --patient MRN [--from TIME] [--to TIME] --out FILE   la cartella come Bundle FHIR R4
  export patient-copy --patient MRN --out DIR   la copia del paziente: Bundle FHIR e PDF
  export research [--from TIME] [--to TIME] --out DIR   campioni e risultati di tutti i pazienti, anonimizzati
  report trend --patient MRN [--from TIME --to TIME | --hours N] --out FILE.pdf
  report alarms --ward WARD [--from TIME --to TIME | --hours N] --out FILE.pdf
  report handover --ward WARD --out FILE.pdf   report PDF (il periodo predefinito sono le ultime 24 ore)
  demo [--no-gui]                             un broker locale, un reparto simulato e la postazione
  simulate [--host HOST] [--port PORT] [--devices N] [--prefix sim-] [--duration SECONDS] [--speed X]
           [--seed N] [--topic T] [--batch-topic T]        pubblica flussi realistici di dispositivi
           [--faulty N]   N dispositivi difettosi in più (offset, stuck, noise, dropouts; gli identificativi indicano il guasto)

Le password vengono lette dal terminale, o una per riga dallo standard input con --password-stdin:
prima quella dell&apos;utente che agisce, poi ogni nuova password impostata dal comando.
Codice di uscita: 0 successo, 1 errore, 2 uso, 3 non consentito, 4 accesso non riuscito,
5 importato, ma alcuni record rifiutati (sono in quarantena).</translation>
    </message>
    <message>
        <source>interfaces set adt.listen|adt.certificate|adt.key|adt.allowedPeers|results.to|alarms.to VALUE
       interfaces set results.summary windows|minute-median
       interfaces set alarms.topic MQTT-TOPIC  (&quot;&quot; turns the alarm topic off)</source>
        <translation>interfaces set adt.listen|adt.certificate|adt.key|adt.allowedPeers|results.to|alarms.to VALUE
       interfaces set results.summary windows|minute-median
       interfaces set alarms.topic MQTT-TOPIC  (&quot;&quot; disattiva il topic degli allarmi)</translation>
    </message>
</context>
<context>
    <name>ClinicalRecordStore</name>
    <message>
        <source>The note is empty.</source>
        <translation>La nota è vuota.</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation>La nota supera i %1 caratteri.</translation>
    </message>
    <message>
        <source>writing a clinical note</source>
        <translation>la scrittura di una nota clinica</translation>
    </message>
    <message>
        <source>amending a clinical note</source>
        <translation>la rettifica di una nota clinica</translation>
    </message>
    <message>
        <source>There is no clinical note %1.</source>
        <translation>La nota clinica %1 non esiste.</translation>
    </message>
    <message>
        <source>reading clinical notes</source>
        <translation>la lettura delle note cliniche</translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <source>The key derivation parameters are out of range.</source>
        <translation>I parametri di derivazione della chiave sono fuori intervallo.</translation>
    </message>
    <message>
        <source>The password could not be turned into a key (scrypt failed).</source>
        <translation>Impossibile derivare una chiave dalla password (scrypt non riuscito).</translation>
    </message>
    <message>
        <source>The encryption key has the wrong length.</source>
        <translation>La chiave di cifratura ha una lunghezza errata.</translation>
    </message>
    <message>
        <source>Encryption failed.</source>
        <translation>La cifratura non è riuscita.</translation>
    </message>
    <message>
        <source>The encrypted key has the wrong shape.</source>
        <translation>La chiave cifrata ha un formato errato.</translation>
    </message>
    <message>
        <source>The password is wrong or the key slot is damaged.</source>
        <translation>La password è errata o lo slot della chiave è danneggiato.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>There is no PulseDesk database at %1.</source>
        <translation>Non esiste alcun database PulseDesk in %1.</translation>
    </message>
    <message>
        <source>A PulseDesk database already exists at %1.</source>
        <translation>Esiste già un database PulseDesk in %1.</translation>
    </message>
    <message>
        <source>The database %1 could not be opened: %2</source>
        <translation>Impossibile aprire il database %1: %2</translation>
    </message>
    <message>
        <source>The database %1 could not be set up: %2</source>
        <translation>Impossibile configurare il database %1: %2</translation>
    </message>
    <message>
        <source>The database %1 is empty or damaged: it holds no PulseDesk data. Nothing was changed; restore it from a backup or ask IT.</source>
        <translation>Il database %1 è vuoto o danneggiato: non contiene dati di PulseDesk. Non è stato modificato nulla; lo ripristini da un backup o si rivolga al reparto IT.</translation>
    </message>
    <message>
        <source>The server connection string is not valid: %1</source>
        <translation>La stringa di connessione al server non è valida: %1</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>memoria esaurita</translation>
    </message>
    <message>
        <source>the value of %1 holds a &apos;;&apos;</source>
        <translation>il valore di %1 contiene un «;»</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed; install the package libqt6sql6-psql.</source>
        <translation>Il driver PostgreSQL di Qt (QPSQL) non è installato; installare il pacchetto libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>The PostgreSQL server could not be reached or refused the login: %1</source>
        <translation>Il server PostgreSQL non è raggiungibile o ha rifiutato l&apos;accesso: %1</translation>
    </message>
    <message>
        <source>The server %1 asks for a password and none was given.</source>
        <translation>Il server %1 richiede una password e non ne è stata fornita alcuna.</translation>
    </message>
    <message>
        <source>The server %1 refused the login: %2</source>
        <translation>Il server %1 ha rifiutato l&apos;accesso: %2</translation>
    </message>
    <message>
        <source>The PostgreSQL server cannot be reached: %1</source>
        <translation>Il server PostgreSQL non è raggiungibile: %1</translation>
    </message>
    <message>
        <source>The certificate of the server %1 is not signed by the CA in sslrootcert: ask IT for the ward&apos;s CA certificate file.</source>
        <translation>Il certificato del server %1 non è firmato dalla CA indicata in sslrootcert: chieda all&apos;IT il file del certificato della CA del reparto.</translation>
    </message>
    <message>
        <source>The certificate of the server %1 is made out to another name: connect with the host name in its certificate.</source>
        <translation>Il certificato del server %1 è intestato a un altro nome: si connetta con il nome host del certificato.</translation>
    </message>
    <message>
        <source>The CA certificate file given in sslrootcert cannot be read.</source>
        <translation>Il file del certificato della CA indicato in sslrootcert non può essere letto.</translation>
    </message>
    <message>
        <source>The server %1 accepts only encrypted connections: add sslmode=verify-full and sslrootcert=CA_FILE to the connection string.</source>
        <translation>Il server %1 accetta solo connessioni cifrate: aggiunga sslmode=verify-full e sslrootcert=CA_FILE alla stringa di connessione.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>pulsedesk-cli: cannot create %1</source>
        <translation>pulsedesk-cli: impossibile creare %1</translation>
    </message>
    <message>
        <source>pulsedesk-cli: the local broker did not start: %1</source>
        <translation>pulsedesk-cli: impossibile avviare il broker locale: %1</translation>
    </message>
    <message>
        <source>Setting up the demo ward in %1 ...</source>
        <translation>Configurazione del reparto demo in %1 ...</translation>
    </message>
    <message>
        <source>PulseDesk demo: a local broker on port %1 and %2 simulated devices.</source>
        <translation>Demo di PulseDesk: un broker locale sulla porta %1 e %2 dispositivi simulati.</translation>
    </message>
    <message>
        <source>Demo accounts (for this demo folder only):</source>
        <translation>Account demo (solo per questa cartella demo):</translation>
    </message>
    <message>
        <source>Stop the demo by closing the workstation (or with Ctrl+C).</source>
        <translation>Interrompa la demo chiudendo la postazione (o con Ctrl+C).</translation>
    </message>
    <message>
        <source>Demo stopped: %1 messages published. The data stays in %2.</source>
        <translation>Demo interrotta: %1 messaggi pubblicati. I dati restano in %2.</translation>
    </message>
    <message>
        <source>alarm %1: %2 %3, patient #%4</source>
        <translation>allarme %1: %2 %3, paziente n. %4</translation>
    </message>
</context>
<context>
    <name>DemoWard</name>
    <message>
        <source>The demo ward could not be set up (%1): %2</source>
        <translation>Impossibile configurare il reparto demo (%1): %2</translation>
    </message>
</context>
<context>
    <name>DeviceRegistry</name>
    <message>
        <source>There is no registered device %1.</source>
        <translation>Il dispositivo %1 non è registrato.</translation>
    </message>
    <message>
        <source>Enter the device identifier (at most 128 characters).</source>
        <translation>Inserisca l&apos;identificativo del dispositivo (al massimo 128 caratteri).</translation>
    </message>
    <message>
        <source>registering a device</source>
        <translation>la registrazione di un dispositivo</translation>
    </message>
    <message>
        <source>The device %1 is already registered.</source>
        <translation>Il dispositivo %1 è già registrato.</translation>
    </message>
    <message>
        <source>listing devices</source>
        <translation>l&apos;elenco dei dispositivi</translation>
    </message>
    <message>
        <source>assigning a device</source>
        <translation>l&apos;assegnazione di un dispositivo</translation>
    </message>
    <message>
        <source>There is no patient with the medical record number %1.</source>
        <translation>Nessun paziente ha il numero di cartella clinica %1.</translation>
    </message>
    <message>
        <source>The patient %1 is discharged.</source>
        <translation>Il paziente %1 è stato dimesso.</translation>
    </message>
    <message>
        <source>The device %1 is already assigned to the patient %2; end that assignment first.</source>
        <translation>Il dispositivo %1 è già assegnato al paziente %2; termini prima tale assegnazione.</translation>
    </message>
    <message>
        <source>The device %1 was still worn by another patient at that time.</source>
        <translation>In quel momento il dispositivo %1 era ancora indossato da un altro paziente.</translation>
    </message>
    <message>
        <source>ending a device assignment</source>
        <translation>la chiusura dell&apos;assegnazione di un dispositivo</translation>
    </message>
    <message>
        <source>The device %1 is not assigned to anyone.</source>
        <translation>Il dispositivo %1 non è assegnato a nessuno.</translation>
    </message>
    <message>
        <source>reading a device&apos;s history</source>
        <translation>la lettura dello storico di un dispositivo</translation>
    </message>
    <message>
        <source>reading a patient&apos;s devices</source>
        <translation>la lettura dei dispositivi di un paziente</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>unknown</source>
        <translation>sconosciuta</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n month(s))</source>
        <translation>
            <numerusform>%1 (%n mese)</numerusform>
            <numerusform>%1 (%n mesi)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 y)</source>
        <translation>%1 (%2 anni)</translation>
    </message>
</context>
<context>
    <name>DoctorIdentifiers</name>
    <message>
        <source>listing doctors</source>
        <translation>elenco dei medici</translation>
    </message>
    <message>
        <source>An identifier has at most 64 characters and no ^ or |.</source>
        <translation>Un identificativo ha al massimo 64 caratteri e né ^ né |.</translation>
    </message>
    <message>
        <source>setting an identifier</source>
        <translation>impostazione di un identificativo</translation>
    </message>
    <message>
        <source>Another doctor already has the identifier %1.</source>
        <translation>Un altro medico ha già l&apos;identificativo %1.</translation>
    </message>
    <message>
        <source>There is no doctor with the user name %1.</source>
        <translation>Non esiste alcun medico con il nome utente %1.</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>reading the rows to export</source>
        <translation>lettura delle righe da esportare</translation>
    </message>
    <message>
        <source>reading the patient</source>
        <translation>lettura del paziente</translation>
    </message>
    <message>
        <source>There is no patient with the medical record number %1.</source>
        <translation>Non esiste alcun paziente con il numero di cartella clinica %1.</translation>
    </message>
    <message>
        <source>reading the patient&apos;s devices</source>
        <translation>lettura dei dispositivi del paziente</translation>
    </message>
    <message>
        <source>reading the analysis results</source>
        <translation>lettura dei risultati delle analisi</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>reading the record to export</source>
        <translation>lettura della cartella da esportare</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossibile creare la cartella %1.</translation>
    </message>
</context>
<context>
    <name>FleetHealth</name>
    <message>
        <source>constant offset</source>
        <translation>scostamento costante</translation>
    </message>
    <message>
        <source>too little variability</source>
        <translation>variabilità troppo bassa</translation>
    </message>
    <message>
        <source>too much variability</source>
        <translation>variabilità troppo alta</translation>
    </message>
    <message>
        <source>frequent dropouts</source>
        <translation>frequenti letture mancanti</translation>
    </message>
    <message>
        <source>value stuck</source>
        <translation>valore bloccato</translation>
    </message>
    <message>
        <source>heart rate</source>
        <translation>frequenza cardiaca</translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation>SpO2</translation>
    </message>
    <message>
        <source>temperature</source>
        <translation>temperatura</translation>
    </message>
    <message>
        <source>systolic pressure</source>
        <translation>pressione sistolica</translation>
    </message>
    <message>
        <source>diastolic pressure</source>
        <translation>pressione diastolica</translation>
    </message>
    <message>
        <source>%1: median %2 against the fleet&apos;s %3 (limit %4)</source>
        <translation>%1: mediana %2 rispetto a %3 del parco (limite %4)</translation>
    </message>
    <message>
        <source>%1: MAD %2 against the fleet&apos;s %3 (limit %4)</source>
        <translation>%1: MAD %2 rispetto a %3 del parco (limite %4)</translation>
    </message>
    <message>
        <source>%1: one value for %2 min against the fleet&apos;s %3 min (limit %4 min)</source>
        <translation>%1: uno stesso valore per %2 min rispetto a %3 min del parco (limite %4 min)</translation>
    </message>
    <message>
        <source>%1 % of readings missing against the fleet&apos;s %2 % (limit %3 %)</source>
        <translation>%1 % delle letture mancanti rispetto al %2 % del parco (limite %3 %)</translation>
    </message>
    <message>
        <source>The period is 1 to 744 hours, not %1.</source>
        <translation>Il periodo è da 1 a 744 ore, non %1.</translation>
    </message>
    <message>
        <source>reading the devices&apos; readings</source>
        <translation>il recupero delle letture dei dispositivi</translation>
    </message>
</context>
<context>
    <name>HeartRateBands</name>
    <message>
        <source>The heart-rate reference table is not valid: %1</source>
        <translation>La tabella di riferimento della frequenza cardiaca non è valida: %1</translation>
    </message>
</context>
<context>
    <name>HeartRateLimits</name>
    <message>
        <source>Every limit must lie between 20 and 300 beats/min.</source>
        <translation>Ogni limite deve essere compreso tra 20 e 300 battiti/min.</translation>
    </message>
    <message>
        <source>The limits must rise in this order: severe bradycardia, bradycardia, tachycardia, severe tachycardia.</source>
        <translation>I limiti devono essere crescenti in quest&apos;ordine: bradicardia grave, bradicardia, tachicardia, tachicardia grave.</translation>
    </message>
</context>
<context>
    <name>HeartRateSeries</name>
    <message>
        <source>reading the heart-rate chart</source>
        <translation>la lettura del grafico della frequenza cardiaca</translation>
    </message>
    <message>
        <source>The chart&apos;s time range is empty.</source>
        <translation>Il periodo del grafico è vuoto.</translation>
    </message>
    <message>
        <source>There is no patient with the medical record number %1.</source>
        <translation>Nessun paziente ha il numero di cartella clinica %1.</translation>
    </message>
</context>
<context>
    <name>Hl7Message</name>
    <message>
        <source>The message does not begin with an MSH segment.</source>
        <translation>Il messaggio non inizia con un segmento MSH.</translation>
    </message>
    <message>
        <source>MSH-1, the field separator, is missing.</source>
        <translation>MSH-1, il separatore di campo, è mancante.</translation>
    </message>
    <message>
        <source>MSH-2, the encoding characters, is missing or malformed.</source>
        <translation>MSH-2, i caratteri di codifica, è mancante o malformato.</translation>
    </message>
    <message>
        <source>The character set &quot;%1&quot; in MSH-18 is not supported (ASCII, 8859/1 and UNICODE UTF-8 are).</source>
        <translation>Il set di caratteri &quot;%1&quot; in MSH-18 non è supportato (ASCII, 8859/1 e UNICODE UTF-8 lo sono).</translation>
    </message>
    <message>
        <source>The message is not valid UTF-8, which MSH-18 declares.</source>
        <translation>Il messaggio non è UTF-8 valido, come dichiarato in MSH-18.</translation>
    </message>
    <message>
        <source>Byte %1 of the message is not ASCII, which MSH-18 declares.</source>
        <translation>Il byte %1 del messaggio non è ASCII, come dichiarato in MSH-18.</translation>
    </message>
    <message>
        <source>Segment %1 has no valid name.</source>
        <translation>Il segmento %1 non ha un nome valido.</translation>
    </message>
    <message>
        <source>The message has a second MSH segment.</source>
        <translation>Il messaggio ha un secondo segmento MSH.</translation>
    </message>
</context>
<context>
    <name>ImportFormat</name>
    <message>
        <source>unnamed observation</source>
        <translation>osservazione senza nome</translation>
    </message>
    <message>
        <source>the quantity has no number</source>
        <translation>la quantità non ha un valore numerico</translation>
    </message>
    <message>
        <source>heart rate in unit &apos;%1&apos;, not per minute</source>
        <translation>frequenza cardiaca nell&apos;unità &apos;%1&apos;, non al minuto</translation>
    </message>
    <message>
        <source>oxygen saturation in unit &apos;%1&apos;, not %</source>
        <translation>saturazione di ossigeno nell&apos;unità &apos;%1&apos;, non in %</translation>
    </message>
    <message>
        <source>temperature in unit &apos;%1&apos;</source>
        <translation>temperatura nell&apos;unità &apos;%1&apos;</translation>
    </message>
    <message>
        <source>blood pressure in unit &apos;%1&apos;, not mmHg</source>
        <translation>pressione arteriosa nell&apos;unità &apos;%1&apos;, non in mmHg</translation>
    </message>
    <message>
        <source>no value PulseDesk can use</source>
        <translation>nessun valore utilizzabile da PulseDesk</translation>
    </message>
    <message>
        <source>no value: data absent (%1)</source>
        <translation>nessun valore: dato assente (%1)</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>nessun motivo indicato</translation>
    </message>
    <message>
        <source>effective time &apos;%1&apos; is a date without a time of day</source>
        <translation>la data effettiva &apos;%1&apos; non include l&apos;ora del giorno</translation>
    </message>
    <message>
        <source>status &apos;%1&apos;: not a valid measurement</source>
        <translation>stato &apos;%1&apos;: non è una misurazione valida</translation>
    </message>
    <message>
        <source>status &apos;%1&apos;: no result to import</source>
        <translation>stato &apos;%1&apos;: nessun risultato da importare</translation>
    </message>
    <message>
        <source>no effective time (the release time &apos;issued&apos; is not the time of measurement)</source>
        <translation>nessuna data effettiva (la data di rilascio &apos;issued&apos; non è il momento della misurazione)</translation>
    </message>
    <message>
        <source>sampled data without a usable period or factor</source>
        <translation>dati campionati senza un periodo o un fattore utilizzabili</translation>
    </message>
    <message>
        <source>sampled data with %1 dimensions (a waveform, not a heart-rate series)</source>
        <translation>dati campionati con %1 dimensioni (una forma d&apos;onda, non una serie di frequenza cardiaca)</translation>
    </message>
    <message>
        <source>sampled data point %1: error marker E</source>
        <translation>punto %1 dei dati campionati: indicatore di errore E</translation>
    </message>
    <message>
        <source>sampled data point %1: below the device&apos;s lower limit (L)</source>
        <translation>punto %1 dei dati campionati: sotto il limite inferiore del dispositivo (L)</translation>
    </message>
    <message>
        <source>sampled data point %1: above the device&apos;s upper limit (U)</source>
        <translation>punto %1 dei dati campionati: sopra il limite superiore del dispositivo (U)</translation>
    </message>
    <message>
        <source>sampled data point %1: &apos;%2&apos; is not a number</source>
        <translation>punto %1 dei dati campionati: &apos;%2&apos; non è un numero</translation>
    </message>
    <message>
        <source>no value and no reason for its absence</source>
        <translation>nessun valore né motivo della sua assenza</translation>
    </message>
    <message>
        <source>not a FHIR resource</source>
        <translation>non è una risorsa FHIR</translation>
    </message>
    <message>
        <source>heart rate in unit &apos;%1&apos;, not beats/min</source>
        <translation>frequenza cardiaca nell&apos;unità &apos;%1&apos;, non in beats/min</translation>
    </message>
    <message>
        <source>oxygen saturation not in %</source>
        <translation>saturazione di ossigeno non espressa in %</translation>
    </message>
    <message>
        <source>Open mHealth data of another kind</source>
        <translation>dati Open mHealth di altro tipo</translation>
    </message>
    <message>
        <source>the value is not a number</source>
        <translation>il valore non è un numero</translation>
    </message>
    <message>
        <source>a %1 over a period, not a single measurement</source>
        <translation>statistica %1 su un periodo, non una singola misurazione</translation>
    </message>
    <message>
        <source>measured over a time interval, not at one time</source>
        <translation>misurato su un intervallo di tempo, non in un singolo istante</translation>
    </message>
    <message>
        <source>no effective time frame</source>
        <translation>nessun intervallo temporale effettivo</translation>
    </message>
    <message>
        <source>Fitbit daily summary</source>
        <translation>riepilogo giornaliero Fitbit</translation>
    </message>
    <message>
        <source>time &apos;%1&apos; is not MM/DD/YY hh:mm:ss</source>
        <translation>l&apos;orario &apos;%1&apos; non è nel formato MM/DD/YY hh:mm:ss</translation>
    </message>
    <message>
        <source>no valid reading (Fitbit confidence 0)</source>
        <translation>nessuna lettura valida (affidabilità Fitbit 0)</translation>
    </message>
    <message>
        <source>the file cannot be read again</source>
        <translation>impossibile rileggere il file</translation>
    </message>
    <message>
        <source>line 1: expected the header &apos;Id,Time,Value&apos; or &apos;timestamp,beats per minute&apos;</source>
        <translation>riga 1: attesa l&apos;intestazione &apos;Id,Time,Value&apos; o &apos;timestamp,beats per minute&apos;</translation>
    </message>
    <message>
        <source>expected %1 columns</source>
        <translation>attese %1 colonne</translation>
    </message>
    <message>
        <source>time &apos;%1&apos; cannot be read</source>
        <translation>impossibile leggere l&apos;orario &apos;%1&apos;</translation>
    </message>
    <message>
        <source>start date &apos;%1&apos; is not &apos;yyyy-MM-dd hh:mm:ss ±hhmm&apos;</source>
        <translation>la data di inizio &apos;%1&apos; non è nel formato &apos;yyyy-MM-dd hh:mm:ss ±hhmm&apos;</translation>
    </message>
    <message>
        <source>value &apos;%1&apos; is not a number</source>
        <translation>il valore &apos;%1&apos; non è un numero</translation>
    </message>
    <message>
        <source>heart rate in unit &apos;%1&apos;, not count/min</source>
        <translation>frequenza cardiaca nell&apos;unità &apos;%1&apos;, non in count/min</translation>
    </message>
    <message>
        <source>invalid XML at line %1, column %2: %3</source>
        <translation>XML non valido alla riga %1, colonna %2: %3</translation>
    </message>
    <message>
        <source>Device dump (JSON)</source>
        <translation>Dump del dispositivo (JSON)</translation>
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
        <translation>Archivio Fitbit (JSON)</translation>
    </message>
    <message>
        <source>Fitbit heart rate (CSV)</source>
        <translation>Frequenza cardiaca Fitbit (CSV)</translation>
    </message>
    <message>
        <source>Apple Health export (XML)</source>
        <translation>Esportazione Apple Health (XML)</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>formato sconosciuto</translation>
    </message>
    <message>
        <source>time &apos;%1&apos; on day &apos;%2&apos; is not a time</source>
        <translation>l&apos;orario &apos;%1&apos; del giorno &apos;%2&apos; non è un orario valido</translation>
    </message>
    <message>
        <source>no start and end time</source>
        <translation>nessun orario di inizio né di fine</translation>
    </message>
    <message>
        <source>not a single measurement (an interval of %1 s)</source>
        <translation>non è una singola misurazione (un intervallo di %1 s)</translation>
    </message>
    <message>
        <source>no measurement time with a time zone</source>
        <translation>nessun momento di misurazione con fuso orario</translation>
    </message>
    <message>
        <source>no heart rate (iHealth 0)</source>
        <translation>nessuna frequenza cardiaca (iHealth 0)</translation>
    </message>
    <message>
        <source>Withings objective</source>
        <translation>obiettivo Withings</translation>
    </message>
    <message>
        <source>Withings measure type %1</source>
        <translation>tipo di misura Withings %1</translation>
    </message>
    <message>
        <source>no measurement time</source>
        <translation>nessun momento di misurazione</translation>
    </message>
    <message>
        <source>this file is too large for a saved API response (over 64 MiB)</source>
        <translation>questo file è troppo grande per una risposta API salvata (oltre 64 MiB)</translation>
    </message>
    <message>
        <source>invalid JSON at line %1, column %2: %3</source>
        <translation>JSON non valido alla riga %1, colonna %2: %3</translation>
    </message>
    <message>
        <source>Jawbone daily resting heart rate</source>
        <translation>frequenza cardiaca a riposo giornaliera Jawbone</translation>
    </message>
    <message>
        <source>not a known API response (Fitbit, Google Fit, iHealth, Withings)</source>
        <translation>non è una risposta API nota (Fitbit, Google Fit, iHealth, Withings)</translation>
    </message>
    <message>
        <source>Vendor cloud API (Fitbit, Google Fit, iHealth, Withings)</source>
        <translation>API cloud del produttore (Fitbit, Google Fit, iHealth, Withings)</translation>
    </message>
    <message>
        <source>%1, not an object</source>
        <translation>%1, non un oggetto</translation>
    </message>
    <message>
        <source>%1, not an Open mHealth data point</source>
        <translation>%1, non un punto dati Open mHealth</translation>
    </message>
    <message>
        <source>the file&apos;s document type uses parameter entities (an Apple Health export does not); not read</source>
        <translation>la dichiarazione del tipo di documento del file usa entità parametro (un&apos;esportazione Apple Health non le usa); non letto</translation>
    </message>
    <message>
        <source>the file&apos;s document type is over 8 MiB (an Apple Health export&apos;s is a few KiB); not read</source>
        <translation>la dichiarazione del tipo di documento del file supera 8 MiB (quella di un&apos;esportazione Apple Health è di pochi KiB); non letto</translation>
    </message>
    <message>
        <source>the file declares entities that could expand its text to more than %1 MiB (an Apple Health export declares none); not read</source>
        <translation>il file dichiara entità che potrebbero espandere il suo testo a oltre %1 MiB (un&apos;esportazione Apple Health non ne dichiara nessuna); non letto</translation>
    </message>
    <message>
        <source>the line is longer than %1 bytes</source>
        <translation>la riga supera i %1 byte</translation>
    </message>
    <message>
        <source>measurement time %1 is beyond any date</source>
        <translation>l&apos;ora di misurazione %1 è oltre qualsiasi data</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>the file does not say which device took it; choose the device</source>
        <translation>il file non indica quale dispositivo ha acquisito il dato; scelga il dispositivo</translation>
    </message>
    <message>
        <source>device %1 is not registered; choose the device it belongs to</source>
        <translation>il dispositivo %1 non è registrato; scelga il dispositivo a cui corrisponde</translation>
    </message>
    <message>
        <source>other reasons</source>
        <translation>altri motivi</translation>
    </message>
    <message>
        <source>The database is busy or unavailable: %1</source>
        <translation>Il database è occupato o non disponibile: %1</translation>
    </message>
    <message>
        <source>preparing the import</source>
        <translation>la preparazione dell&apos;importazione</translation>
    </message>
    <message>
        <source>recording the import</source>
        <translation>la registrazione dell&apos;importazione</translation>
    </message>
    <message>
        <source>storing samples</source>
        <translation>il salvataggio dei campioni</translation>
    </message>
    <message>
        <source>quarantining a record</source>
        <translation>la messa in quarantena di un record</translation>
    </message>
    <message>
        <source>undoing an import</source>
        <translation>l&apos;annullamento di un&apos;importazione</translation>
    </message>
    <message>
        <source>looking for interrupted imports</source>
        <translation>la ricerca di importazioni interrotte</translation>
    </message>
    <message>
        <source>interrupted before it was complete; nothing of it was kept</source>
        <translation>interrotta prima del completamento; non ne è stato conservato nulla</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>impossibile leggere il file: %1</translation>
    </message>
    <message>
        <source>not a format PulseDesk imports (device dump, FHIR, Open mHealth, Fitbit, Apple Health)</source>
        <translation>non è un formato importato da PulseDesk (dump del dispositivo, FHIR, Open mHealth, Fitbit, Apple Health)</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 da %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>%1 changed since its preview; preview it again</source>
        <translation>%1 è stato modificato dopo l&apos;anteprima; ripeta l&apos;anteprima</translation>
    </message>
    <message>
        <source>cancelled; nothing of this file was kept</source>
        <translation>annullata; non è stato conservato nulla di questo file</translation>
    </message>
    <message>
        <source>reading back the imported samples</source>
        <translation>la rilettura dei campioni importati</translation>
    </message>
    <message>
        <source>changed while it was being previewed; preview it again once nothing writes to it</source>
        <translation>è cambiato durante l&apos;anteprima; ripetere l&apos;anteprima quando nulla vi scrive più</translation>
    </message>
    <message>
        <source>%1 changed while it was being imported; nothing of it was kept. Import it again once nothing writes to it</source>
        <translation>%1 è cambiato durante l&apos;importazione; non ne è stato conservato nulla. Importarlo di nuovo quando nulla vi scrive più</translation>
    </message>
    <message>
        <source>The disk is full: nothing of the file was stored. Free space on the disk of the data folder and import the file again</source>
        <translation>Il disco è pieno: non è stato salvato nulla del file. Liberare spazio sul disco della cartella dati e importare di nuovo il file</translation>
    </message>
    <message>
        <source>The ward server&apos;s disk is full: nothing of the file was stored. Ask IT to free space on the server, then import the file again</source>
        <translation>Il disco del server di reparto è pieno: nulla del file è stato salvato. Chiedere all&apos;IT di liberare spazio sul server, poi importare di nuovo il file</translation>
    </message>
    <message>
        <source>Not permitted on a ward server: an import analyses the patients&apos; samples, which an administrator may not read. A nurse imports device dumps there.</source>
        <translation>Non consentito su un server di reparto: un&apos;importazione analizza i campioni dei pazienti, che un amministratore non può leggere. Lì importa i dump dei dispositivi un infermiere.</translation>
    </message>
</context>
<context>
    <name>IngestPipeline</name>
    <message>
        <source>device %1 is not registered</source>
        <translation>il dispositivo %1 non è registrato</translation>
    </message>
    <message>
        <source>sample %1: %2</source>
        <translation>campione %1: %2</translation>
    </message>
    <message>
        <source>storing samples</source>
        <translation>il salvataggio dei campioni</translation>
    </message>
    <message>
        <source>quarantining a message</source>
        <translation>la messa in quarantena di un messaggio</translation>
    </message>
    <message>
        <source>reading the quarantine</source>
        <translation>la lettura della quarantena</translation>
    </message>
    <message>
        <source>replaying the quarantine</source>
        <translation>la rielaborazione della quarantena</translation>
    </message>
    <message>
        <source>The disk is full: the messages were not stored. Free space on the disk of the data folder</source>
        <translation>Il disco è pieno: i messaggi non sono stati salvati. Liberare spazio sul disco della cartella dei dati</translation>
    </message>
    <message>
        <source>this record cannot be replayed without the rest of its file: import the file again</source>
        <translation>questo record non può essere rielaborato senza il resto del suo file: importare di nuovo il file</translation>
    </message>
    <message>
        <source>payload not kept: the quarantine is at its limit (%1 MiB or %2 messages)</source>
        <translation>contenuto non conservato: la quarantena è al suo limite (%1 MiB o %2 messaggi)</translation>
    </message>
    <message>
        <source>The ward server&apos;s disk is full: the messages were not stored. Ask IT to free space on the server</source>
        <translation>Il disco del server di reparto è pieno: i messaggi non sono stati salvati. Chiedere all&apos;IT di liberare spazio sul server</translation>
    </message>
</context>
<context>
    <name>InterfaceService</name>
    <message>
        <source>The address %1 cannot be resolved.</source>
        <translation>Impossibile risolvere l&apos;indirizzo %1.</translation>
    </message>
    <message>
        <source>ADT accepted %1 repeats %2 errors %3 rejected %4</source>
        <translation>ADT accettati %1 ripetuti %2 errori %3 rifiutati %4</translation>
    </message>
    <message>
        <source>results sent %1 acknowledged %2 refused %3%4</source>
        <translation>risultati inviati %1 confermati %2 rifiutati %3%4</translation>
    </message>
    <message>
        <source>  alarms sent %1 acknowledged %2 refused %3</source>
        <translation>  allarmi inviati %1 confermati %2 rifiutati %3</translation>
    </message>
    <message>
        <source>The ward has no active administrator.</source>
        <translation>Il reparto non ha alcun amministratore attivo.</translation>
    </message>
</context>
<context>
    <name>InterfaceSettings</name>
    <message>
        <source>&quot;%1&quot; is not HOST:PORT (such as 10.1.2.3:2575).</source>
        <translation>&quot;%1&quot; non è HOST:PORT (ad esempio 10.1.2.3:2575).</translation>
    </message>
    <message>
        <source>saving a setting</source>
        <translation>salvataggio di un&apos;impostazione</translation>
    </message>
    <message>
        <source>The results summary is &quot;windows&quot; (each analysis window) or &quot;minute-median&quot; (the median of each minute), not &quot;%1&quot;.</source>
        <translation>Il riepilogo dei risultati è &quot;windows&quot; (ogni finestra di analisi) o &quot;minute-median&quot; (la mediana di ogni minuto), non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be the alarm topic. %2</source>
        <translation>«%1» non può essere il topic degli allarmi. %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be the alarm topic: live ingest subscribes to &quot;%2&quot;, so the alarms would come back as device messages.</source>
        <translation>«%1» non può essere il topic degli allarmi: la ricezione in tempo reale è iscritta a «%2», quindi gli allarmi tornerebbero come messaggi dei dispositivi.</translation>
    </message>
</context>
<context>
    <name>JsonStream</name>
    <message>
        <source>invalid JSON at line %1, column %2: %3</source>
        <translation>JSON non valido alla riga %1, colonna %2: %3</translation>
    </message>
    <message>
        <source>the file ends inside a string</source>
        <translation>il file termina all&apos;interno di una stringa</translation>
    </message>
    <message>
        <source>a control character inside a string</source>
        <translation>un carattere di controllo all&apos;interno di una stringa</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation>annidato oltre %1 livelli di profondità</translation>
    </message>
    <message>
        <source>expected a member name in quotes</source>
        <translation>atteso un nome di membro tra virgolette</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a member name</source>
        <translation>atteso &apos;:&apos; dopo un nome di membro</translation>
    </message>
    <message>
        <source>the file ends too early</source>
        <translation>il file termina prima del previsto</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;%1&apos;</source>
        <translation>atteso &apos;,&apos; o &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>carattere imprevisto &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the file cannot be read again</source>
        <translation>impossibile rileggere il file</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>atteso &apos;,&apos; o &apos;}&apos;</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>atteso &apos;,&apos; o &apos;]&apos;</translation>
    </message>
    <message>
        <source>expected an object or an array</source>
        <translation>atteso un oggetto o un array</translation>
    </message>
    <message>
        <source>the file holds no JSON</source>
        <translation>il file non contiene JSON</translation>
    </message>
    <message>
        <source>line %1, column %2: the member &apos;%3&apos; is given twice with different values</source>
        <translation>riga %1, colonna %2: il membro &apos;%3&apos; è indicato due volte con valori diversi</translation>
    </message>
</context>
<context>
    <name>KeyRing</name>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>La password deve contenere almeno %1 caratteri.</translation>
    </message>
    <message>
        <source>The password must not be the user name.</source>
        <translation>La password non può coincidere con il nome utente.</translation>
    </message>
    <message>
        <source>The key slot does not belong to this database.</source>
        <translation>Lo slot della chiave non appartiene a questo database.</translation>
    </message>
</context>
<context>
    <name>KeySlotFile</name>
    <message>
        <source>The key slot file %1 is missing. Without it the database cannot be opened; restore it from a backup.</source>
        <translation>Il file degli slot delle chiavi %1 è mancante. Senza di esso il database non può essere aperto; lo ripristini da un backup.</translation>
    </message>
    <message>
        <source>The key slot file %1 cannot be read: %2</source>
        <translation>Impossibile leggere il file degli slot delle chiavi %1: %2</translation>
    </message>
    <message>
        <source>The key slot file %1 is damaged (%2). The database was not touched; restore the key slot file from a backup.</source>
        <translation>Il file degli slot delle chiavi %1 è danneggiato (%2). Il database non è stato modificato; ripristini il file degli slot delle chiavi da un backup.</translation>
    </message>
    <message>
        <source>not a PulseDesk key slot file</source>
        <translation>non è un file degli slot delle chiavi di PulseDesk</translation>
    </message>
    <message>
        <source>unknown version %1</source>
        <translation>versione sconosciuta %1</translation>
    </message>
    <message>
        <source>no database id</source>
        <translation>manca l&apos;identificativo del database</translation>
    </message>
    <message>
        <source>slot %1 is incomplete</source>
        <translation>lo slot %1 è incompleto</translation>
    </message>
    <message>
        <source>it holds no key slots</source>
        <translation>non contiene alcuno slot della chiave</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>Il nome utente o la password sono errati.</translation>
    </message>
</context>
<context>
    <name>MessageParser</name>
    <message>
        <source>missing field: device id</source>
        <translation>campo mancante: identificativo del dispositivo</translation>
    </message>
    <message>
        <source>device id longer than 128 characters</source>
        <translation>identificativo del dispositivo più lungo di 128 caratteri</translation>
    </message>
    <message>
        <source>missing field: timestamp</source>
        <translation>campo mancante: marca temporale</translation>
    </message>
    <message>
        <source>timestamp more than 5 minutes ahead of the workstation clock</source>
        <translation>marca temporale in anticipo di oltre 5 minuti rispetto all&apos;orologio della postazione</translation>
    </message>
    <message>
        <source>missing field: no heart rate or other vital sign</source>
        <translation>campo mancante: nessuna frequenza cardiaca né altro parametro vitale</translation>
    </message>
    <message>
        <source>heart rate %1 outside 20–300/min</source>
        <translation>frequenza cardiaca %1 fuori dall&apos;intervallo 20–300/min</translation>
    </message>
    <message>
        <source>SpO2 %1 outside 50–100%</source>
        <translation>SpO2 %1 fuori dall&apos;intervallo 50–100%</translation>
    </message>
    <message>
        <source>temperature read in °F and stored in °C</source>
        <translation>temperatura letta in °F e salvata in °C</translation>
    </message>
    <message>
        <source>temperature %1 °C outside 25–45 °C</source>
        <translation>temperatura %1 °C fuori dall&apos;intervallo 25–45 °C</translation>
    </message>
    <message>
        <source>blood pressure needs both systolic and diastolic</source>
        <translation>la pressione arteriosa richiede sia la sistolica sia la diastolica</translation>
    </message>
    <message>
        <source>systolic %1 not above diastolic %2</source>
        <translation>sistolica %1 non superiore alla diastolica %2</translation>
    </message>
    <message>
        <source>blood pressure %1/%2 outside plausible range</source>
        <translation>pressione arteriosa %1/%2 fuori dall&apos;intervallo plausibile</translation>
    </message>
    <message>
        <source>timestamp &apos;%1&apos; is not epoch seconds, milliseconds or ISO 8601</source>
        <translation>la marca temporale &apos;%1&apos; non è in secondi o millisecondi Unix né in formato ISO 8601</translation>
    </message>
    <message>
        <source>timestamp &apos;%1&apos; has no time zone</source>
        <translation>la marca temporale &apos;%1&apos; non ha un fuso orario</translation>
    </message>
    <message>
        <source>timestamp is neither a number nor a string</source>
        <translation>la marca temporale non è né un numero né una stringa</translation>
    </message>
    <message>
        <source>timestamp before the year 2000</source>
        <translation>marca temporale precedente all&apos;anno 2000</translation>
    </message>
    <message>
        <source>payload of %1 bytes is over the 1 MiB limit (not parsed)</source>
        <translation>il payload di %1 byte supera il limite di 1 MiB (non analizzato)</translation>
    </message>
    <message>
        <source>not UTF-8</source>
        <translation>non è UTF-8</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>non è JSON: %1 al byte %2</translation>
    </message>
    <message>
        <source>empty batch</source>
        <translation>lotto vuoto</translation>
    </message>
    <message>
        <source>times without a zone read in %1</source>
        <translation>orari senza fuso orario interpretati nel fuso %1</translation>
    </message>
    <message>
        <source>sample %1 is %2, not an object</source>
        <translation>il campione %1 è %2, non un oggetto</translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) had no measurement time of their own; stored at the time the device created the IoT Hub message</source>
        <translation>
            <numerusform>%n campione non aveva un proprio momento di misurazione; salvato all&apos;ora in cui il dispositivo ha creato il messaggio IoT Hub</numerusform>
            <numerusform>%n campioni non avevano un proprio momento di misurazione; salvati all&apos;ora in cui il dispositivo ha creato il messaggio IoT Hub</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) had no measurement time of their own; stored at the IoT hub&apos;s arrival time</source>
        <translation>
            <numerusform>%n campione non aveva un proprio momento di misurazione; salvato all&apos;ora di arrivo in IoT Hub</numerusform>
            <numerusform>%n campioni non avevano un proprio momento di misurazione; salvati all&apos;ora di arrivo in IoT Hub</numerusform>
        </translation>
    </message>
    <message>
        <source>the member &apos;%1&apos; is given twice with different values</source>
        <translation>il membro &apos;%1&apos; è indicato due volte con valori diversi</translation>
    </message>
    <message>
        <source>no samples in the message</source>
        <translation>nessun campione nel messaggio</translation>
    </message>
    <message>
        <source>%1, not a device message object</source>
        <translation>%1, non un oggetto messaggio del dispositivo</translation>
    </message>
    <message>
        <source>item %1 is %2, not a device message object</source>
        <translation>l&apos;elemento %1 è %2, non un oggetto messaggio del dispositivo</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un numero</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una stringa</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un array</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un oggetto</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>device id %1 is a number too large to read exactly</source>
        <translation>l&apos;identificativo del dispositivo %1 è un numero troppo grande per essere letto con esattezza</translation>
    </message>
    <message>
        <source>device id %1 is not a whole number</source>
        <translation>l&apos;identificativo del dispositivo %1 non è un numero intero</translation>
    </message>
    <message>
        <source>the message is %1, not a device message object</source>
        <translation>il messaggio è %1, non un oggetto messaggio del dispositivo</translation>
    </message>
    <message>
        <source>a vital sign is not a number: %1</source>
        <translation>un parametro vitale non è un numero: %1</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>This database was written by a newer PulseDesk (schema version %1; this version knows up to %2). Update PulseDesk to open it; nothing was changed.</source>
        <translation>Questo database è stato scritto da una versione più recente di PulseDesk (versione dello schema %1; questa versione supporta fino alla %2). Aggiorni PulseDesk per aprirlo; non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>creating the schema version table</source>
        <translation>la creazione della tabella delle versioni dello schema</translation>
    </message>
    <message>
        <source>applying schema migration %1</source>
        <translation>l&apos;applicazione della migrazione dello schema %1</translation>
    </message>
    <message>
        <source>recording schema migration %1</source>
        <translation>la registrazione della migrazione dello schema %1</translation>
    </message>
    <message>
        <source>Schema migration %1 has no PostgreSQL form: its SQLite text uses %2, which has no mechanical translation.</source>
        <translation>La migrazione dello schema %1 non ha una versione PostgreSQL: il suo testo SQLite usa %2, che non ha una traduzione meccanica.</translation>
    </message>
</context>
<context>
    <name>Mllp</name>
    <message>
        <source>bytes outside an MLLP frame (0x%1)</source>
        <translation>byte al di fuori di una trama MLLP (0x%1)</translation>
    </message>
    <message>
        <source>a new MLLP frame began before the last one ended</source>
        <translation>una nuova trama MLLP è iniziata prima della fine della precedente</translation>
    </message>
    <message>
        <source>an MLLP frame is larger than %1 bytes</source>
        <translation>una trama MLLP supera i %1 byte</translation>
    </message>
</context>
<context>
    <name>Monitor</name>
    <message>
        <source>stopped</source>
        <translation>fermo</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>in connessione</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connesso</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>in riconnessione</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>in errore</translation>
    </message>
    <message>
        <source>broker %1 (%2 since %3)%4  messages %5 (%6/s)  stored %7  duplicates %8  quarantined %9</source>
        <translation>broker %1 (%2 dalle %3)%4  messaggi %5 (%6/s)  salvati %7  duplicati %8  in quarantena %9</translation>
    </message>
    <message>
        <source>  windows %1  open alarms %2</source>
        <translation>  finestre %1  allarmi aperti %2</translation>
    </message>
    <message>
        <source>ALARM %1 %2: %3 %4, patient #%5, alarm %6%7</source>
        <translation>ALLARME %1 %2: %3 %4, paziente #%5, allarme %6%7</translation>
    </message>
    <message>
        <source> by user #%1</source>
        <translation> dall&apos;utente #%1</translation>
    </message>
    <message>
        <source>analysis could not store its results: %1</source>
        <translation>l&apos;analisi non ha potuto salvare i risultati: %1</translation>
    </message>
    <message>
        <source>  alarm topic %1 published, %2 dropped (no broker connection)</source>
        <translation>  topic degli allarmi: %1 pubblicati, %2 scartati (nessuna connessione al broker)</translation>
    </message>
</context>
<context>
    <name>MqttClient</name>
    <message>
        <source>TLS handshake failed (check the CA file, the client certificate and the broker&apos;s certificate)</source>
        <translation>handshake TLS non riuscito (controlli il file della CA, il certificato client e il certificato del broker)</translation>
    </message>
    <message>
        <source>The MQTT client could not be created.</source>
        <translation>Impossibile creare il client MQTT.</translation>
    </message>
    <message>
        <source>The TLS settings cannot be used: %1</source>
        <translation>Impossibile utilizzare le impostazioni TLS: %1</translation>
    </message>
    <message>
        <source>The broker refused the connection: %1</source>
        <translation>Il broker ha rifiutato la connessione: %1</translation>
    </message>
    <message>
        <source>Cannot reach the broker %1:%2: %3</source>
        <translation>Impossibile raggiungere il broker %1:%2: %3</translation>
    </message>
    <message>
        <source>The connection to the broker was lost.</source>
        <translation>La connessione al broker è stata persa.</translation>
    </message>
    <message>
        <source>The broker closed the connection before accepting it: %1</source>
        <translation>Il broker ha chiuso la connessione prima di accettarla: %1</translation>
    </message>
    <message>
        <source>Another client is using this client id (%1): the broker keeps dropping the connection right after accepting it. Give each workstation and monitor its own client id.</source>
        <translation>Un altro client usa questo ID client (%1): il broker chiude la connessione subito dopo averla accettata. Assegnare a ogni postazione e monitor il proprio ID client.</translation>
    </message>
    <message>
        <source>%1. The received messages were not acknowledged: the broker delivers them again.</source>
        <translation>%1. I messaggi ricevuti non sono stati confermati: il broker li consegna di nuovo.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>errore sconosciuto</translation>
    </message>
</context>
<context>
    <name>MqttSettings</name>
    <message>
        <source>No broker host is set.</source>
        <translation>Non è impostato alcun host del broker.</translation>
    </message>
    <message>
        <source>The broker port %1 is not between 1 and 65535.</source>
        <translation>La porta del broker %1 non è compresa tra 1 e 65535.</translation>
    </message>
    <message>
        <source>No topic to subscribe to is set.</source>
        <translation>Non è impostato alcun topic a cui sottoscriversi.</translation>
    </message>
    <message>
        <source>The TLS file %1 cannot be read.</source>
        <translation>Impossibile leggere il file TLS %1.</translation>
    </message>
    <message>
        <source>TLS needs the CA certificate file.</source>
        <translation>TLS richiede il file del certificato della CA.</translation>
    </message>
    <message>
        <source>A client certificate needs its key, and a key its certificate.</source>
        <translation>Un certificato client richiede la relativa chiave, e una chiave il relativo certificato.</translation>
    </message>
    <message>
        <source>The MQTT topic is empty.</source>
        <translation>Il topic MQTT è vuoto.</translation>
    </message>
    <message>
        <source>The MQTT topic is not valid Unicode text.</source>
        <translation>Il topic MQTT non è un testo Unicode valido.</translation>
    </message>
    <message>
        <source>The MQTT topic is longer than 65535 bytes.</source>
        <translation>Il topic MQTT supera i 65535 byte.</translation>
    </message>
    <message>
        <source>The MQTT topic contains a wildcard (&quot;+&quot; or &quot;#&quot;): messages are published on one topic name, without wildcards.</source>
        <translation>Il topic MQTT contiene un carattere jolly («+» o «#»): i messaggi si pubblicano su un solo nome di topic, senza caratteri jolly.</translation>
    </message>
    <message>
        <source>The MQTT topic contains a control character.</source>
        <translation>Il topic MQTT contiene un carattere di controllo.</translation>
    </message>
    <message>
        <source>The MQTT topic begins with &quot;$&quot;, which brokers keep for their own topics.</source>
        <translation>Il topic MQTT inizia con «$», che i broker riservano ai propri topic.</translation>
    </message>
</context>
<context>
    <name>News2</name>
    <message>
        <source>Respiration rate</source>
        <translation>Frequenza respiratoria</translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation>SpO2</translation>
    </message>
    <message>
        <source>Systolic pressure</source>
        <translation>Pressione sistolica</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>Polso</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>%1 %2 is outside what PulseDesk accepts (%3 to %4).</source>
        <translation>%1 %2 è fuori da ciò che PulseDesk accetta (da %3 a %4).</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basso</translation>
    </message>
    <message>
        <source>Low-medium</source>
        <translation>Basso-medio</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>NEWS2 is for patients aged 16 and over.</source>
        <translation>Il NEWS2 è per pazienti dai 16 anni in su.</translation>
    </message>
    <message>
        <source>low risk</source>
        <translation>rischio basso</translation>
    </message>
    <message>
        <source>low-medium risk: urgent ward-based review</source>
        <translation>rischio basso-medio: valutazione urgente in reparto</translation>
    </message>
    <message>
        <source>medium risk: urgent response</source>
        <translation>rischio medio: risposta urgente</translation>
    </message>
    <message>
        <source>high risk: emergency response</source>
        <translation>rischio alto: risposta di emergenza</translation>
    </message>
</context>
<context>
    <name>ObservationStore</name>
    <message>
        <source>no NEWS2: the patient was under 16</source>
        <translation>nessun NEWS2: il paziente aveva meno di 16 anni</translation>
    </message>
    <message>
        <source>no NEWS2: the patient&apos;s birth date is unknown</source>
        <translation>nessun NEWS2: la data di nascita del paziente è sconosciuta</translation>
    </message>
    <message>
        <source>reading the patient for an observation</source>
        <translation>lettura del paziente per un&apos;osservazione</translation>
    </message>
    <message>
        <source>The SpO2 scale is 1 or 2.</source>
        <translation>La scala SpO2 è 1 o 2.</translation>
    </message>
    <message>
        <source>SpO2 scale 2 is only for a patient whose doctor has set it (a target of 88-92 %).</source>
        <translation>La scala SpO2 2 è solo per i pazienti per cui il medico l&apos;ha prescritta (obiettivo 88-92 %).</translation>
    </message>
    <message>
        <source>Unknown device value &apos;%1&apos;.</source>
        <translation>Valore del dispositivo sconosciuto &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>writing an observation</source>
        <translation>scrittura di un&apos;osservazione</translation>
    </message>
    <message>
        <source>The patient has been discharged.</source>
        <translation>Il paziente è stato dimesso.</translation>
    </message>
    <message>
        <source>Observations cannot be taken in the future.</source>
        <translation>Le osservazioni non possono essere rilevate nel futuro.</translation>
    </message>
    <message>
        <source>Observations can be charted up to a day after they were taken, and not before the admission.</source>
        <translation>Le osservazioni possono essere registrate fino a un giorno dopo la rilevazione, e non prima del ricovero.</translation>
    </message>
    <message>
        <source>amending an observation</source>
        <translation>modifica di un&apos;osservazione</translation>
    </message>
    <message>
        <source>There is no observation %1.</source>
        <translation>L&apos;osservazione %1 non esiste.</translation>
    </message>
    <message>
        <source>reading observations</source>
        <translation>lettura delle osservazioni</translation>
    </message>
    <message>
        <source>setting the SpO2 scale</source>
        <translation>impostazione della scala SpO2</translation>
    </message>
    <message>
        <source>reading device values</source>
        <translation>lettura dei valori dei dispositivi</translation>
    </message>
    <message>
        <source>reading the early-warning scores</source>
        <translation>lettura dei punteggi di allerta precoce</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>reading or writing the interface outbox</source>
        <translation>lettura o scrittura della posta in uscita dell&apos;interfaccia</translation>
    </message>
</context>
<context>
    <name>PatientMerge</name>
    <message>
        <source>A patient record cannot be merged into itself.</source>
        <translation>Una cartella paziente non può essere unita a se stessa.</translation>
    </message>
    <message>
        <source>merging patient records</source>
        <translation>durante l&apos;unione di cartelle paziente</translation>
    </message>
    <message>
        <source>One of the records was merged into another one before.</source>
        <translation>Una delle cartelle è già stata unita a un&apos;altra in precedenza.</translation>
    </message>
</context>
<context>
    <name>PatientRegistry</name>
    <message>
        <source>There is no patient with the medical record number %1.</source>
        <translation>Nessun paziente ha il numero di cartella clinica %1.</translation>
    </message>
    <message>
        <source>Enter a medical record number (at most 64 characters).</source>
        <translation>Inserisca un numero di cartella clinica (al massimo 64 caratteri).</translation>
    </message>
    <message>
        <source>Enter the patient&apos;s name.</source>
        <translation>Inserisca il nome del paziente.</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>La data di nascita è nel futuro.</translation>
    </message>
    <message>
        <source>admitting a patient</source>
        <translation>il ricovero di un paziente</translation>
    </message>
    <message>
        <source>A patient with the medical record number %1 already exists.</source>
        <translation>Esiste già un paziente con il numero di cartella clinica %1.</translation>
    </message>
    <message>
        <source>listing patients</source>
        <translation>l&apos;elenco dei pazienti</translation>
    </message>
    <message>
        <source>looking up a patient</source>
        <translation>la ricerca di un paziente</translation>
    </message>
    <message>
        <source>The patient %1 is already discharged.</source>
        <translation>Il paziente %1 è già stato dimesso.</translation>
    </message>
    <message>
        <source>discharging a patient</source>
        <translation>la dimissione di un paziente</translation>
    </message>
    <message>
        <source>There is no active doctor with the user name %1.</source>
        <translation>Nessun medico attivo ha il nome utente %1.</translation>
    </message>
    <message>
        <source>assigning a doctor</source>
        <translation>l&apos;assegnazione di un medico</translation>
    </message>
</context>
<context>
    <name>PcdMessages</name>
    <message>
        <source>reading a patient for an HL7 message</source>
        <translation>lettura di un paziente per un messaggio HL7</translation>
    </message>
    <message>
        <source>The patient of an outbox entry is missing.</source>
        <translation>Manca il paziente di una voce della posta in uscita.</translation>
    </message>
    <message>
        <source>Backfilled: computed from samples imported from the device&apos;s stored data, not received live.</source>
        <translation>Recupero: calcolato da campioni importati dai dati memorizzati nel dispositivo, non ricevuto in tempo reale.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>manage staff accounts</source>
        <translation>gestire gli account del personale</translation>
    </message>
    <message>
        <source>change workstation settings</source>
        <translation>modificare le impostazioni della postazione</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>leggere il registro di audit</translation>
    </message>
    <message>
        <source>register devices</source>
        <translation>registrare dispositivi</translation>
    </message>
    <message>
        <source>assign devices to patients</source>
        <translation>assegnare dispositivi ai pazienti</translation>
    </message>
    <message>
        <source>read patient information</source>
        <translation>consultare i dati dei pazienti</translation>
    </message>
    <message>
        <source>admit, discharge or reassign patients</source>
        <translation>ricoverare, dimettere o riassegnare pazienti</translation>
    </message>
    <message>
        <source>read clinical records</source>
        <translation>consultare la documentazione clinica</translation>
    </message>
    <message>
        <source>write clinical records</source>
        <translation>scrivere nella documentazione clinica</translation>
    </message>
    <message>
        <source>read analysis results and alarms</source>
        <translation>consultare i risultati delle analisi e gli allarmi</translation>
    </message>
    <message>
        <source>acknowledge alarms</source>
        <translation>confermare gli allarmi</translation>
    </message>
    <message>
        <source>set patient alarm limits</source>
        <translation>impostare i limiti di allarme dei pazienti</translation>
    </message>
    <message>
        <source>import device dumps</source>
        <translation>importare i dump dei dati dei dispositivi</translation>
    </message>
    <message>
        <source>manage quarantined messages</source>
        <translation>gestire i messaggi in quarantena</translation>
    </message>
    <message>
        <source>Not permitted: change your one-time password first.</source>
        <translation>Non consentito: modifichi prima la sua password monouso.</translation>
    </message>
    <message>
        <source>Not permitted: the role %1 may not %2.</source>
        <translation>Non consentito: il ruolo %1 non può %2.</translation>
    </message>
    <message>
        <source>record observations</source>
        <translation>registrare osservazioni</translation>
    </message>
    <message>
        <source>set a patient&apos;s SpO2 scale</source>
        <translation>impostare la scala SpO2 di un paziente</translation>
    </message>
    <message>
        <source>export de-identified data for research</source>
        <translation>esportare dati anonimizzati per la ricerca</translation>
    </message>
    <message>
        <source>read the device-fleet health</source>
        <translation>consultare lo stato dei parchi dispositivi</translation>
    </message>
</context>
<context>
    <name>Pews</name>
    <message>
        <source>The paediatric early-warning chart is invalid: %1</source>
        <translation>La tabella pediatrica di allerta precoce non è valida: %1</translation>
    </message>
    <message>
        <source>the format is not %1</source>
        <translation>il formato non è %1</translation>
    </message>
    <message>
        <source>a chart needs a name and its source</source>
        <translation>una tabella richiede un nome e la sua fonte</translation>
    </message>
    <message>
        <source>age band %1: the bands start at 0 months and rise below 16 years, each with a label</source>
        <translation>fascia d&apos;età %1: le fasce iniziano da 0 mesi e crescono al di sotto dei 16 anni, ognuna con un&apos;etichetta</translation>
    </message>
    <message>
        <source>age band %1: %2</source>
        <translation>fascia d&apos;età %1: %2</translation>
    </message>
    <message>
        <source>age band %1: PulseDesk records no &apos;%2&apos;</source>
        <translation>fascia d&apos;età %1: PulseDesk non registra &apos;%2&apos;</translation>
    </message>
    <message>
        <source>no age bands</source>
        <translation>nessuna fascia d&apos;età</translation>
    </message>
    <message>
        <source>A paediatric early-warning score is for patients under 16.</source>
        <translation>Un punteggio pediatrico di allerta precoce è per i pazienti sotto i 16 anni.</translation>
    </message>
</context>
<context>
    <name>RecordSummary</name>
    <message>
        <source>A PDF can only be written by a program that lays out text.</source>
        <translation>Un PDF può essere scritto solo da un programma che impagina testo.</translation>
    </message>
    <message>
        <source>Your health record</source>
        <translation>La sua cartella clinica</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Medical record number</source>
        <translation>Numero di cartella clinica</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sesso</translation>
    </message>
    <message>
        <source>Ward and bed</source>
        <translation>Reparto e letto</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Ricovero</translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation>Dimissione</translation>
    </message>
    <message>
        <source>Responsible doctors</source>
        <translation>Medici responsabili</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Stampato</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 da %2</translation>
    </message>
    <message>
        <source>Devices worn</source>
        <translation>Dispositivi indossati</translation>
    </message>
    <message>
        <source>Heart rate by day (beats per minute)</source>
        <translation>Frequenza cardiaca per giorno (battiti al minuto)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Minima</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Massima</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Allarmi</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>Clinical notes</source>
        <translation>Note cliniche</translation>
    </message>
    <message>
        <source>Note %1, %2, %3</source>
        <translation>Nota %1, %2, %3</translation>
    </message>
    <message>
        <source>(corrects note %1)</source>
        <translation>(corregge la nota %1)</translation>
    </message>
    <message>
        <source>Health record</source>
        <translation>Cartella clinica</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Printed by %1 on %2</source>
        <translation>Stampato da %1 il %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 di %2</translation>
    </message>
    <message>
        <source>reading the report</source>
        <translation>lettura del report</translation>
    </message>
    <message>
        <source>Heart-rate trend report</source>
        <translation>Report dell&apos;andamento della frequenza cardiaca</translation>
    </message>
    <message>
        <source>Ward alarm history</source>
        <translation>Storico allarmi del reparto</translation>
    </message>
    <message>
        <source>Shift hand-over</source>
        <translation>Consegna del turno</translation>
    </message>
    <message>
        <source>The report&apos;s period is empty: its end is not after its start.</source>
        <translation>Il periodo del report è vuoto: la fine non è successiva all&apos;inizio.</translation>
    </message>
    <message>
        <source>A report covers at most 93 days.</source>
        <translation>Un report copre al massimo 93 giorni.</translation>
    </message>
    <message>
        <source>The report could not be started on this device.</source>
        <translation>Impossibile avviare il report su questo dispositivo.</translation>
    </message>
    <message>
        <source>The report could not start a new page.</source>
        <translation>Il report non ha potuto iniziare una nuova pagina.</translation>
    </message>
    <message>
        <source>The report could not be finished on this device.</source>
        <translation>Impossibile completare il report su questo dispositivo.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>da %1 a %2</translation>
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
        <translation>Importato</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderato</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Grave</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Allarme</translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation>Frequenza cardiaca</translation>
    </message>
    <message>
        <source>the patient&apos;s own limits</source>
        <translation>i limiti propri del paziente</translation>
    </message>
    <message>
        <source>the reference band %1</source>
        <translation>l&apos;intervallo di riferimento %1</translation>
    </message>
    <message>
        <source>%1 samples, of which %2 imported (dashed).</source>
        <translation>%1 campioni, di cui %2 importati (tratteggiati).</translation>
    </message>
    <message>
        <source>Shaded by %1: normal from %2 to %3 bpm, severe at or below %4 and at or above %5 bpm.</source>
        <translation>Ombreggiato secondo %1: normale da %2 a %3 bpm, grave a %4 o meno e a %5 bpm o più.</translation>
    </message>
    <message>
        <source>Limits set on %1: %2.</source>
        <translation>Limiti impostati il %1: %2.</translation>
    </message>
    <message>
        <source>No sample for longer than %1 is drawn as a gap.</source>
        <translation>Un&apos;assenza di campioni superiore a %1 è disegnata come interruzione.</translation>
    </message>
    <message>
        <source>Hourly values</source>
        <translation>Valori orari</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Campioni</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
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
        <source>Heart rate in bpm; the share of the time covered by samples in each category.</source>
        <translation>Frequenza cardiaca in bpm; quota del tempo coperto da campioni in ciascuna categoria.</translation>
    </message>
    <message>
        <source>No hours in the period.</source>
        <translation>Nessuna ora nel periodo.</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Allarmi</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Attivato</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>Confermato da</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Confermato</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminato</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commento</translation>
    </message>
    <message>
        <source>open</source>
        <translation>aperto</translation>
    </message>
    <message>
        <source>No alarms in the period.</source>
        <translation>Nessun allarme nel periodo.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Rilievi</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Finestra</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Rilevato</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Revisionato da</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>non revisionato</translation>
    </message>
    <message>
        <source>No findings in the period.</source>
        <translation>Nessun rilievo nel periodo.</translation>
    </message>
    <message>
        <source>Clinical notes</source>
        <translation>Note cliniche</translation>
    </message>
    <message>
        <source>No notes in the period.</source>
        <translation>Nessuna nota nel periodo.</translation>
    </message>
    <message>
        <source>amendment of an earlier note</source>
        <translation>rettifica di una nota precedente</translation>
    </message>
    <message>
        <source>amendment of the note of %1</source>
        <translation>rettifica della nota del %1</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paziente</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>MRN</translation>
    </message>
    <message>
        <source>Ward and bed</source>
        <translation>Reparto e letto</translation>
    </message>
    <message>
        <source>%1, bed %2</source>
        <translation>%1, letto %2</translation>
    </message>
    <message>
        <source>Responsible doctors</source>
        <translation>Medici responsabili</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Printed by</source>
        <translation>Stampato da</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 il %2</translation>
    </message>
    <message>
        <source>no device assigned</source>
        <translation>nessun dispositivo assegnato</translation>
    </message>
    <message>
        <source>device %1, nothing received yet</source>
        <translation>dispositivo %1, nulla ancora ricevuto</translation>
    </message>
    <message>
        <source>device %1, live</source>
        <translation>dispositivo %1, live</translation>
    </message>
    <message>
        <source>device %1, silent since %2</source>
        <translation>dispositivo %1, silente da %2</translation>
    </message>
    <message>
        <source>%1 bpm at %2</source>
        <translation>%1 bpm alle %2</translation>
    </message>
    <message>
        <source>low confidence</source>
        <translation>bassa affidabilità</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totali</translation>
    </message>
    <message>
        <source>Median time to acknowledge</source>
        <translation>Tempo mediano di conferma</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>Alarms by bed</source>
        <translation>Allarmi per letto</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>Letto</translation>
    </message>
    <message>
        <source>Time to acknowledge</source>
        <translation>Tempo di conferma</translation>
    </message>
    <message>
        <source>Admitted patients</source>
        <translation>Pazienti ricoverati</translation>
    </message>
    <message>
        <source>No admitted patients on this ward.</source>
        <translation>Nessun paziente ricoverato in questo reparto.</translation>
    </message>
    <message>
        <source>Bed %1: %2</source>
        <translation>Letto %1: %2</translation>
    </message>
    <message>
        <source>%1, %2, since %3</source>
        <translation>%1, %2, da %3</translation>
    </message>
    <message>
        <source>acknowledged by %1 at %2</source>
        <translation>confermato da %1 alle %2</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>e altri %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>Stato attuale</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limiti</translation>
    </message>
    <message>
        <source>Open alarms</source>
        <translation>Allarmi aperti</translation>
    </message>
    <message>
        <source>Findings to review</source>
        <translation>Rilievi da revisionare</translation>
    </message>
    <message>
        <source>Last note</source>
        <translation>Ultima nota</translation>
    </message>
    <message>
        <source>Ward %1</source>
        <translation>Reparto %1</translation>
    </message>
    <message>
        <source>%1: %2 to %3 bpm</source>
        <translation>%1: da %2 a %3 bpm</translation>
    </message>
    <message>
        <source>Observations and NEWS2</source>
        <translation>Parametri vitali e NEWS2</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Rilevato</translation>
    </message>
    <message>
        <source>Resp.</source>
        <translation>FR</translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation>SpO2</translation>
    </message>
    <message>
        <source>Air/O2</source>
        <translation>Aria/O2</translation>
    </message>
    <message>
        <source>Systolic</source>
        <translation>Sistolica</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>Polso</translation>
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
        <translation>Rischio</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrato da</translation>
    </message>
    <message>
        <source>%1 (amended %2)</source>
        <translation>%1 (corretto %2)</translation>
    </message>
    <message>
        <source>(scale 2)</source>
        <translation>(scala 2)</translation>
    </message>
    <message>
        <source>O2</source>
        <translation>O2</translation>
    </message>
    <message>
        <source>air</source>
        <translation>aria</translation>
    </message>
    <message>
        <source>Respiration per minute, SpO2 in %, systolic pressure in mmHg, pulse per minute, temperature in °C; NEWS2 as scored when recorded (Royal College of Physicians, 2017).</source>
        <translation>Respiri al minuto, SpO2 in %, pressione sistolica in mmHg, polso al minuto, temperatura in °C; NEWS2 come calcolato alla registrazione (Royal College of Physicians, 2017).</translation>
    </message>
    <message>
        <source>No observations in the period.</source>
        <translation>Nessun parametro vitale nel periodo.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Administrator</source>
        <translation>Amministratore</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Medico</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>Infermiere</translation>
    </message>
</context>
<context>
    <name>SamplePartitions</name>
    <message>
        <source>making the partitions of samples</source>
        <translation>la creazione delle partizioni dei campioni</translation>
    </message>
    <message>
        <source>removing samples past their retention</source>
        <translation>la rimozione dei campioni oltre il periodo di conservazione</translation>
    </message>
    <message>
        <source>listing the partitions of samples</source>
        <translation>l&apos;elenco delle partizioni dei campioni</translation>
    </message>
</context>
<context>
    <name>SampleWriter</name>
    <message>
        <source>storing samples</source>
        <translation>il salvataggio dei campioni</translation>
    </message>
    <message>
        <source>a different value (%1) is already stored for this device at this time (%2)</source>
        <translation>valore diverso (%1) da quello già salvato per questo dispositivo in questo istante (%2)</translation>
    </message>
    <message>
        <source>a stored sample could not be read back</source>
        <translation>non è stato possibile rileggere un campione salvato</translation>
    </message>
</context>
<context>
    <name>ScoreTable</name>
    <message>
        <source>The score table is invalid: %1</source>
        <translation>La tabella del punteggio non è valida: %1</translation>
    </message>
</context>
<context>
    <name>ServerMain</name>
    <message>
        <source>The password file %1 cannot be read: %2</source>
        <translation>Il file della password %1 non può essere letto: %2</translation>
    </message>
    <message>
        <source>The password file %1 may be read by other users; allow only its owner (chmod 600).</source>
        <translation>Il file della password %1 è leggibile da altri utenti; consenta l&apos;accesso solo al proprietario (chmod 600).</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>fermato</translation>
    </message>
    <message>
        <source>standby</source>
        <translation>in attesa</translation>
    </message>
    <message>
        <source>active</source>
        <translation>attivo</translation>
    </message>
    <message>
        <source>The ward server&apos;s service: ingests the ward&apos;s devices from the broker, analyses them and raises and escalates alarms, once for the ward, into the ward&apos;s PostgreSQL database. Several may run; one is active, the others stand by and take over when it stops.</source>
        <translation>Il servizio del server di reparto: riceve i dispositivi del reparto dal broker, li analizza e genera e inoltra gli allarmi, una volta per il reparto, nel database PostgreSQL del reparto. Possono esserne in esecuzione diversi; uno è attivo, gli altri attendono e subentrano quando si ferma.</translation>
    </message>
    <message>
        <source>libpq connection string of the ward (default: PULSEDESK_SERVER); the login is the service role pulsedesk_server or a member of it.</source>
        <translation>Stringa di connessione libpq del reparto (predefinita: PULSEDESK_SERVER); l&apos;accesso è il ruolo di servizio pulsedesk_server o un suo membro.</translation>
    </message>
    <message>
        <source>File holding the login&apos;s password (default: the systemd credential pulsedesk-db-password, else libpq&apos;s password file).</source>
        <translation>File con la password dell&apos;accesso (predefinito: la credenziale systemd pulsedesk-db-password, altrimenti il file delle password di libpq).</translation>
    </message>
    <message>
        <source>Broker host (default: the ward&apos;s setting).</source>
        <translation>Host del broker (predefinito: l&apos;impostazione del reparto).</translation>
    </message>
    <message>
        <source>Broker port (default: the ward&apos;s setting).</source>
        <translation>Porta del broker (predefinita: l&apos;impostazione del reparto).</translation>
    </message>
    <message>
        <source>Seconds between status lines (default 60).</source>
        <translation>Secondi tra le righe di stato (predefinito 60).</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>argomento inatteso %1</translation>
    </message>
    <message>
        <source>say which ward: --server CONNINFO (or PULSEDESK_SERVER)</source>
        <translation>indicare il reparto: --server CONNINFO (o PULSEDESK_SERVER)</translation>
    </message>
    <message>
        <source>--status-every needs a number of seconds</source>
        <translation>--status-every richiede un numero di secondi</translation>
    </message>
    <message>
        <source>analysis could not store its results: %1</source>
        <translation>l&apos;analisi non ha potuto salvare i risultati: %1</translation>
    </message>
    <message>
        <source>messages %1  stored %2  duplicates %3  quarantined %4  windows %5  open alarms %6</source>
        <translation>messaggi %1  salvati %2  duplicati %3  in quarantena %4  finestre %5  allarmi aperti %6</translation>
    </message>
    <message>
        <source>Listen for the hospital&apos;s ADT messages (HL7 v2 over MLLP) here (default: the ward&apos;s interface setting); only the active server listens.</source>
        <translation>Ascoltare qui i messaggi ADT dell&apos;ospedale (HL7 v2 su MLLP) (predefinito: l&apos;impostazione di interfaccia del reparto); ascolta solo il server attivo.</translation>
    </message>
    <message>
        <source>Send window results (IHE PCD-01 ORU^R01) to this EHR interface (default: the ward&apos;s interface setting).</source>
        <translation>Inviare i risultati delle finestre (IHE PCD-01 ORU^R01) a questa interfaccia della cartella clinica elettronica (predefinito: l&apos;impostazione di interfaccia del reparto).</translation>
    </message>
    <message>
        <source>Send alarm events (IHE PCD-04 ORU^R40) to this alarm manager (default: the ward&apos;s interface setting).</source>
        <translation>Inviare gli eventi di allarme (IHE PCD-04 ORU^R40) a questo gestore degli allarmi (predefinito: l&apos;impostazione di interfaccia del reparto).</translation>
    </message>
    <message>
        <source>interfaces started: %1</source>
        <translation>interfacce avviate: %1</translation>
    </message>
    <message>
        <source>interfaces could not start: %1</source>
        <translation>impossibile avviare le interfacce: %1</translation>
    </message>
    <message>
        <source>interfaces stopped</source>
        <translation>interfacce fermate</translation>
    </message>
    <message>
        <source>alarm topic %1 published, %2 dropped</source>
        <translation>topic degli allarmi: %1 pubblicati, %2 scartati</translation>
    </message>
</context>
<context>
    <name>ServerMigration</name>
    <message>
        <source>listing the workstation&apos;s tables</source>
        <translation>l&apos;elenco delle tabelle della postazione</translation>
    </message>
    <message>
        <source>reading the workstation&apos;s foreign keys</source>
        <translation>la lettura delle chiavi esterne della postazione</translation>
    </message>
    <message>
        <source>The workstation&apos;s tables refer to each other in a circle.</source>
        <translation>Le tabelle della postazione si riferiscono l&apos;una all&apos;altra in cerchio.</translation>
    </message>
    <message>
        <source>reading the workstation&apos;s columns</source>
        <translation>la lettura delle colonne della postazione</translation>
    </message>
    <message>
        <source>counting rows</source>
        <translation>il conteggio delle righe</translation>
    </message>
    <message>
        <source>The server&apos;s table %1 holds rows already; migrate-to-server needs an empty database.</source>
        <translation>La tabella %1 del server contiene già righe; migrate-to-server richiede un database vuoto.</translation>
    </message>
    <message>
        <source>reading the workstation&apos;s %1</source>
        <translation>la lettura di %1 della postazione</translation>
    </message>
    <message>
        <source>copying %1</source>
        <translation>la copia di %1</translation>
    </message>
    <message>
        <source>listing the server&apos;s sequences</source>
        <translation>l&apos;elenco delle sequenze del server</translation>
    </message>
    <message>
        <source>moving the server&apos;s sequences</source>
        <translation>l&apos;avanzamento delle sequenze del server</translation>
    </message>
    <message>
        <source>reading the staff</source>
        <translation>la lettura del personale</translation>
    </message>
    <message>
        <source>The member of staff %1 has an unknown role.</source>
        <translation>Il membro del personale %1 ha un ruolo sconosciuto.</translation>
    </message>
    <message>
        <source>Only an administrator may move the workstation to a ward server.</source>
        <translation>Solo un amministratore può trasferire la postazione su un server di reparto.</translation>
    </message>
    <message>
        <source>migrate-to-server copies a workstation&apos;s data folder (--data).</source>
        <translation>migrate-to-server copia la cartella di dati di una postazione (--data).</translation>
    </message>
    <message>
        <source>The database %1 is not empty; migrate-to-server needs an empty database. Nothing was changed.</source>
        <translation>Il database %1 non è vuoto; migrate-to-server richiede un database vuoto. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>The workstation&apos;s store is not of this PulseDesk&apos;s version.</source>
        <translation>L&apos;archivio della postazione non è di questa versione di PulseDesk.</translation>
    </message>
    <message>
        <source>reading the workstation&apos;s store</source>
        <translation>la lettura dell&apos;archivio della postazione</translation>
    </message>
    <message>
        <source>The server&apos;s %1 would hold %2 rows, the workstation&apos;s %3; nothing was copied.</source>
        <translation>%1 del server conterrebbe %2 righe, quella della postazione %3; non è stato copiato nulla.</translation>
    </message>
    <message>
        <source>The workstation&apos;s %1 changed while it was copied (%2 rows, %3 copied): stop the workstation and its monitor, empty the server&apos;s database and migrate again.</source>
        <translation>%1 della postazione è cambiata durante la copia (%2 righe, %3 copiate): fermi la postazione e il suo monitor, svuoti il database del server e migri di nuovo.</translation>
    </message>
    <message>
        <source>The audit chain copied to the server does not verify: %1</source>
        <translation>La catena di audit copiata sul server non è verificata: %1</translation>
    </message>
    <message>
        <source>reading the workstation&apos;s samples</source>
        <translation>la lettura dei campioni della postazione</translation>
    </message>
</context>
<context>
    <name>ServerNotifications</name>
    <message>
        <source>the connection to the server was closed</source>
        <translation>la connessione al server è stata chiusa</translation>
    </message>
</context>
<context>
    <name>ServerRoles</name>
    <message>
        <source>The server&apos;s roles could not be changed while %1: %2</source>
        <translation>Impossibile modificare i ruoli del server durante %1: %2</translation>
    </message>
    <message>
        <source>looking up a role of the server</source>
        <translation>la ricerca di un ruolo del server</translation>
    </message>
    <message>
        <source>setting a password</source>
        <translation>l&apos;impostazione di una password</translation>
    </message>
    <message>
        <source>no server connection</source>
        <translation>nessuna connessione al server</translation>
    </message>
    <message>
        <source>On a ward server a user name cannot start with pg_ or pulsedesk_.</source>
        <translation>Su un server di reparto un nome utente non può iniziare con pg_ o pulsedesk_.</translation>
    </message>
    <message>
        <source>looking at the database&apos;s contents</source>
        <translation>l&apos;esame del contenuto del database</translation>
    </message>
    <message>
        <source>looking up the connection&apos;s role</source>
        <translation>la ricerca del ruolo della connessione</translation>
    </message>
    <message>
        <source>Not permitted: server init needs a connection as a role that may create roles (CREATEROLE), and the one given may not.</source>
        <translation>Non consentito: server init richiede una connessione con un ruolo che possa creare ruoli (CREATEROLE), e quello indicato non può farlo.</translation>
    </message>
    <message>
        <source>granting the roles their privileges</source>
        <translation>la concessione dei privilegi ai ruoli</translation>
    </message>
    <message>
        <source>the table %1 has no privileges defined</source>
        <translation>la tabella %1 non ha privilegi definiti</translation>
    </message>
    <message>
        <source>The user name %1 is already taken by a role of the database server.</source>
        <translation>Il nome utente %1 è già usato da un ruolo del server di database.</translation>
    </message>
    <message>
        <source>creating a login</source>
        <translation>la creazione di un account del server</translation>
    </message>
    <message>
        <source>disabling a login</source>
        <translation>la disattivazione di un account del server</translation>
    </message>
    <message>
        <source>changing a role</source>
        <translation>la modifica di un ruolo</translation>
    </message>
    <message>
        <source>The server&apos;s login gate cannot be used: %1</source>
        <translation>Impossibile usare il controllo degli accessi del server: %1</translation>
    </message>
    <message>
        <source>clearing failed logins</source>
        <translation>la cancellazione degli accessi non riusciti</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The value for %1 has the wrong type.</source>
        <translation>Il valore di %1 è di tipo errato.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 deve essere compreso tra %2 e %3.</translation>
    </message>
    <message>
        <source>saving a setting</source>
        <translation>il salvataggio di un&apos;impostazione</translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <source>Female</source>
        <translation>Femmina</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Maschio</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Sconosciuto</translation>
    </message>
</context>
<context>
    <name>Sha256</name>
    <message>
        <source>Could not compute a SHA-256 digest.</source>
        <translation>Impossibile calcolare l&apos;impronta SHA-256.</translation>
    </message>
</context>
<context>
    <name>Simulate</name>
    <message>
        <source>%1 s: %2 samples generated, %3 messages published</source>
        <translation>%1 s: %2 campioni generati, %3 messaggi pubblicati</translation>
    </message>
    <message>
        <source>Done: %1 samples generated, %2 messages published.</source>
        <translation>Fatto: %1 campioni generati, %2 messaggi pubblicati.</translation>
    </message>
    <message>
        <source>Faulty devices: %1</source>
        <translation>Dispositivi difettosi: %1</translation>
    </message>
</context>
<context>
    <name>SimulatedFleet</name>
    <message>
        <source>storing the simulated fleet</source>
        <translation>il salvataggio del parco simulato</translation>
    </message>
</context>
<context>
    <name>SourceFile</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>non leggibile: %1</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>è una cartella, non un file</translation>
    </message>
    <message>
        <source>it is a pipe (FIFO), not a file</source>
        <translation>è una pipe (FIFO), non un file</translation>
    </message>
    <message>
        <source>it is a socket, not a file</source>
        <translation>è un socket, non un file</translation>
    </message>
    <message>
        <source>it is a device, not a file</source>
        <translation>è un dispositivo, non un file</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>non è un file normale</translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>Conflict while %1: %2</source>
        <translation>Conflitto durante %1: %2</translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation>Errore del database durante %1: %2</translation>
    </message>
    <message>
        <source>The database is busy or unavailable: %1</source>
        <translation>Il database è occupato o non disponibile: %1</translation>
    </message>
    <message>
        <source>the connection is not a store connection</source>
        <translation>la connessione non è una connessione all&apos;archivio dati</translation>
    </message>
    <message>
        <source>The database cannot be reached while %1. PulseDesk keeps trying to reconnect.</source>
        <translation>Il database non è raggiungibile durante %1. PulseDesk continua a tentare di riconnettersi.</translation>
    </message>
    <message>
        <source>Not permitted by the server while %1: %2</source>
        <translation>Non consentito dal server durante %1: %2</translation>
    </message>
</context>
<context>
    <name>StaffDirectory</name>
    <message>
        <source>There is no member of staff with the user name %1.</source>
        <translation>Nessun membro del personale ha il nome utente %1.</translation>
    </message>
    <message>
        <source>A user name has 2 to 32 characters: letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>Un nome utente ha da 2 a 32 caratteri: lettere, cifre, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;, e inizia con una lettera o una cifra.</translation>
    </message>
    <message>
        <source>looking up a member of staff</source>
        <translation>la ricerca di un membro del personale</translation>
    </message>
    <message>
        <source>listing staff</source>
        <translation>l&apos;elenco del personale</translation>
    </message>
    <message>
        <source>listing doctors</source>
        <translation>l&apos;elenco dei medici</translation>
    </message>
    <message>
        <source>The staff list could not be read.</source>
        <translation>Impossibile leggere l&apos;elenco del personale.</translation>
    </message>
    <message>
        <source>Enter the name of the member of staff.</source>
        <translation>Inserisca il nome del membro del personale.</translation>
    </message>
    <message>
        <source>This workstation already has staff; log in as an administrator.</source>
        <translation>Questa postazione ha già del personale; acceda come amministratore.</translation>
    </message>
    <message>
        <source>adding a member of staff</source>
        <translation>l&apos;aggiunta di un membro del personale</translation>
    </message>
    <message>
        <source>The user name %1 is already taken.</source>
        <translation>Il nome utente %1 è già in uso.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>Non può disattivare il proprio account.</translation>
    </message>
    <message>
        <source>%1 is the last active administrator and cannot be deactivated.</source>
        <translation>%1 è l&apos;ultimo amministratore attivo e non può essere disattivato.</translation>
    </message>
    <message>
        <source>deactivating a member of staff</source>
        <translation>la disattivazione di un membro del personale</translation>
    </message>
    <message>
        <source>%1 is already active.</source>
        <translation>%1 è già attivo.</translation>
    </message>
    <message>
        <source>reactivating a member of staff</source>
        <translation>la riattivazione di un membro del personale</translation>
    </message>
    <message>
        <source>%1 is deactivated; reactivate the account to give it a password.</source>
        <translation>%1 è disattivato; riattivi l&apos;account per assegnargli una password.</translation>
    </message>
    <message>
        <source>resetting a password</source>
        <translation>la reimpostazione di una password</translation>
    </message>
    <message>
        <source>%1 is the last active administrator and cannot be given another role.</source>
        <translation>%1 è l&apos;ultimo amministratore attivo e non può ricevere un altro ruolo.</translation>
    </message>
    <message>
        <source>changing a role</source>
        <translation>la modifica di un ruolo</translation>
    </message>
    <message>
        <source>Log in first.</source>
        <translation>Effettui prima l&apos;accesso.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>La password attuale è errata.</translation>
    </message>
    <message>
        <source>Choose a password different from the current one.</source>
        <translation>Scelga una password diversa da quella attuale.</translation>
    </message>
    <message>
        <source>changing a password</source>
        <translation>la modifica di una password</translation>
    </message>
</context>
<context>
    <name>StoreChoice</name>
    <message>
        <source>The folder of %1 cannot be created.</source>
        <translation>La cartella di %1 non può essere creata.</translation>
    </message>
    <message>
        <source>The choice cannot be saved in %1.</source>
        <translation>La scelta non può essere salvata in %1.</translation>
    </message>
</context>
<context>
    <name>StoreLock</name>
    <message>
        <source>cancelled while waiting for the lock</source>
        <translation>annullato durante l&apos;attesa del blocco</translation>
    </message>
    <message>
        <source>the lock file %1 cannot be written (%2)</source>
        <translation>impossibile scrivere il file di blocco %1 (%2)</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permesso negato</translation>
    </message>
    <message>
        <source>disk full or not writable</source>
        <translation>disco pieno o non scrivibile</translation>
    </message>
    <message>
        <source>the server&apos;s lock cannot be taken: %1</source>
        <translation>impossibile ottenere il blocco del server: %1</translation>
    </message>
    <message>
        <source>the server&apos;s lock was lost: %1</source>
        <translation>il blocco sul server è andato perso: %1</translation>
    </message>
</context>
<context>
    <name>Terminal</name>
    <message>
        <source>Repeat the password: </source>
        <translation>Ripeta la password: </translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Le password non coincidono.</translation>
    </message>
</context>
<context>
    <name>WardInterfaces</name>
    <message>
        <source>ADT on %1</source>
        <translation>ADT su %1</translation>
    </message>
    <message>
        <source>results to %1</source>
        <translation>risultati a %1</translation>
    </message>
    <message>
        <source>alarms to %1</source>
        <translation>allarmi a %1</translation>
    </message>
</context>
<context>
    <name>WardOverview</name>
    <message>
        <source>reading the ward overview</source>
        <translation>la lettura della panoramica del reparto</translation>
    </message>
</context>
<context>
    <name>WardService</name>
    <message>
        <source>waiting to become the ward&apos;s active server</source>
        <translation>in attesa di diventare il server attivo del reparto</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>fermato</translation>
    </message>
    <message>
        <source>active: ingesting and analysing the ward</source>
        <translation>attivo: riceve e analizza il reparto</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>%1 already holds a PulseDesk workstation.</source>
        <translation>%1 contiene già una postazione PulseDesk.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created.</source>
        <translation>Impossibile creare la cartella dei dati %1.</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>Il nome utente o la password sono errati.</translation>
    </message>
    <message>
        <source>There is no PulseDesk workstation in %1 yet.</source>
        <translation>Non esiste ancora una postazione PulseDesk in %1.</translation>
    </message>
    <message>
        <source>Not permitted: log in first.</source>
        <translation>Non consentito: effettui prima l&apos;accesso.</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n seconds.</source>
        <translation>
            <numerusform>Riprovi tra %n secondo.</numerusform>
            <numerusform>Riprovi tra %n secondi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot record failed login attempts (%1), so logins are refused until they can be recorded. Free disk space in %2, or ask IT.</source>
        <translation>Impossibile registrare i tentativi di accesso non riusciti (%1), quindi gli accessi vengono rifiutati finché non potranno essere registrati. Liberi spazio su disco in %2 o si rivolga al reparto IT.</translation>
    </message>
    <message>
        <source>The user name or password is wrong. %1</source>
        <translation>Il nome utente o la password sono errati. %1</translation>
    </message>
    <message>
        <source>Too many failed attempts for %1. %2</source>
        <translation>Troppi tentativi non riusciti per %1. %2</translation>
    </message>
    <message>
        <source>counting %1</source>
        <translation>il conteggio %1</translation>
    </message>
    <message>
        <source>the schema version</source>
        <translation>della versione dello schema</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>del personale</translation>
    </message>
    <message>
        <source>patients</source>
        <translation>dei pazienti</translation>
    </message>
    <message>
        <source>devices</source>
        <translation>dei dispositivi</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>dei campioni</translation>
    </message>
    <message>
        <source>results</source>
        <translation>dei risultati</translation>
    </message>
    <message>
        <source>open alarms</source>
        <translation>degli allarmi aperti</translation>
    </message>
    <message>
        <source>quarantined messages</source>
        <translation>dei messaggi in quarantena</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n minutes.</source>
        <translation>
            <numerusform>Riprovare tra %n minuto.</numerusform>
            <numerusform>Riprovare tra %n minuti.</numerusform>
        </translation>
    </message>
    <message>
        <source>The ward server is already open.</source>
        <translation>Il server di reparto è già aperto.</translation>
    </message>
    <message>
        <source>The database %1 already holds tables that are not PulseDesk&apos;s; server init needs an empty database. Nothing was changed.</source>
        <translation>Il database %1 contiene già tabelle che non appartengono a PulseDesk; server init richiede un database vuoto. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>The database %1 already holds a PulseDesk ward; log in with --server and --user. Nothing was changed.</source>
        <translation>Il database %1 contiene già un reparto PulseDesk; acceda con --server e --user. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>The database %1 holds no PulseDesk ward that %2 may open; IT creates the ward with pulsedesk-cli --server CONNINFO server init.</source>
        <translation>Il database %1 non contiene alcun reparto PulseDesk che %2 possa aprire; l&apos;IT crea il reparto con pulsedesk-cli --server CONNINFO server init.</translation>
    </message>
    <message>
        <source>The server login %1 is not an active member of staff of this ward.</source>
        <translation>L&apos;account del server %1 non è un membro attivo del personale di questo reparto.</translation>
    </message>
    <message>
        <source>checking the service login</source>
        <translation>durante la verifica dell&apos;accesso del servizio</translation>
    </message>
    <message>
        <source>The server login %1 is not the ward&apos;s service role: pulsedesk-server logs in as %2 or a member of it.</source>
        <translation>L&apos;accesso al server %1 non è il ruolo di servizio del reparto: pulsedesk-server accede come %2 o come suo membro.</translation>
    </message>
    <message>
        <source>The database %1 holds no PulseDesk ward to upgrade; server init creates one. Nothing was changed.</source>
        <translation>Il database %1 non contiene alcun reparto PulseDesk da aggiornare; server init ne crea uno. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>The ward server&apos;s schema is version %1, newer than this PulseDesk&apos;s %2: upgrade with the newer PulseDesk. Nothing was changed.</source>
        <translation>Lo schema del server di reparto è alla versione %1, più recente della %2 di questo PulseDesk: aggiornare con il PulseDesk più recente. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>The ward server&apos;s schema is version %1 and this PulseDesk needs version %2; the server and the workstations must be updated together (IT runs pulsedesk-cli --server CONNINFO server upgrade).</source>
        <translation>Lo schema del server di reparto è alla versione %1 e questo PulseDesk richiede la versione %2; il server e le postazioni devono essere aggiornati insieme (l&apos;IT esegue pulsedesk-cli --server CONNINFO server upgrade).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>PulseDesk clinician workstation</source>
        <translation>PulseDesk – postazione clinica</translation>
    </message>
    <message>
        <source>Data folder (default: %1).</source>
        <translation>Cartella dei dati (predefinita: %1).</translation>
    </message>
    <message>
        <source>Print when the first window is shown (benchmarks); &apos;bare&apos; shows an empty window.</source>
        <translation>Indica quando viene mostrata la prima finestra (benchmark); &apos;bare&apos; mostra una finestra vuota.</translation>
    </message>
    <message>
        <source>A ward on a PostgreSQL server (libpq connection string, PG* variables honoured); also PULSEDESK_SERVER.</source>
        <translation>Un reparto su un server PostgreSQL (stringa di connessione libpq, variabili PG* rispettate); anche PULSEDESK_SERVER.</translation>
    </message>
    <message>
        <source>Give either --data or --server, not both.</source>
        <translation>Indicare --data oppure --server, non entrambi.</translation>
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
        <translation>Allarme di priorità %1: %2</translation>
    </message>
    <message>
        <source>%1 priority alarm, bed %2: %3</source>
        <translation>Allarme di priorità %1, letto %2: %3</translation>
    </message>
    <message>
        <source>PulseDesk alarm</source>
        <translation>Allarme PulseDesk</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::AlarmsScreen</name>
    <message>
        <source>Alarms</source>
        <translation>Allarmi</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Allarme</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>Letto</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paziente</translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation>Frequenza cardiaca</translation>
    </message>
    <message>
        <source>%1 bpm</source>
        <translation>%1 bpm</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation>terminato %1</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>confermato</translation>
    </message>
    <message numerus="yes">
        <source>audio paused, %n s left</source>
        <translation>
            <numerusform>audio in pausa, manca %n s</numerusform>
            <numerusform>audio in pausa, mancano %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>sounding</source>
        <translation>suona</translation>
    </message>
    <message>
        <source>sounding, condition ended</source>
        <translation>suona, condizione terminata</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Attivato</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destinatari</translation>
    </message>
    <message>
        <source>every doctor of the ward</source>
        <translation>tutti i medici del reparto</translation>
    </message>
    <message>
        <source>responsible doctors</source>
        <translation>medici responsabili</translation>
    </message>
    <message>
        <source>ward</source>
        <translation>reparto</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>Confermato da</translation>
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
        <translation>&amp;Conferma…</translation>
    </message>
    <message>
        <source>&amp;Pause audio 2 min</source>
        <translation>&amp;Pausa audio 2 min</translation>
    </message>
    <message>
        <source>Only alarms addressed to &amp;me</source>
        <translation>Solo allarmi indirizzati a &amp;me</translation>
    </message>
    <message>
        <source>Show &amp;ended alarms</source>
        <translation>Mostra allarmi &amp;terminati</translation>
    </message>
    <message numerus="yes">
        <source>%n open alarm(s).</source>
        <translation>
            <numerusform>%n allarme aperto.</numerusform>
            <numerusform>%n allarmi aperti.</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledge alarm: %1, bed %2</source>
        <translation>Conferma allarme: %1, letto %2</translation>
    </message>
    <message>
        <source>Comment (optional):</source>
        <translation>Commento (facoltativo):</translation>
    </message>
    <message>
        <source>&amp;Ward alarm history…</source>
        <translation>&amp;Cronologia allarmi del reparto…</translation>
    </message>
    <message>
        <source>&amp;Hand-over…</source>
        <translation>&amp;Consegne…</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::AuditScreen</name>
    <message>
        <source>Audit log</source>
        <translation>Registro di audit</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Data e ora</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>&amp;Verifica catena</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Ricarica</translation>
    </message>
    <message numerus="yes">
        <source>✔ The audit log is intact: %n entries verified.</source>
        <translation>
            <numerusform>✔ Il registro di audit è integro: %n voce verificata.</numerusform>
            <numerusform>✔ Il registro di audit è integro: %n voci verificate.</numerusform>
        </translation>
    </message>
    <message>
        <source>✖ The audit log has been tampered with: %1 (first bad entry #%2).</source>
        <translation>✖ Il registro di audit è stato manomesso: %1 (prima voce non valida #%2).</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::DeviceHealthScreen</name>
    <message>
        <source>(no manufacturer or model)</source>
        <translation>(senza produttore né modello)</translation>
    </message>
    <message>
        <source>%1 devices: too few to judge (at least 3)</source>
        <translation>%1 dispositivi: troppo pochi per una valutazione (almeno 3)</translation>
    </message>
    <message>
        <source>%1 devices, %2 flagged</source>
        <translation>%1 dispositivi, segnalati: %2</translation>
    </message>
    <message>
        <source>no device flagged</source>
        <translation>nessun dispositivo segnalato</translation>
    </message>
    <message>
        <source>Readings of the last %1 h (%2 – %3): %4 devices in %5 fleets, %6 flagged.</source>
        <translation>Letture delle ultime %1 h (%2 – %3): %4 dispositivi in %5 parchi, segnalati: %6.</translation>
    </message>
    <message>
        <source>Device health</source>
        <translation>Stato dei dispositivi</translation>
    </message>
    <message>
        <source>Manufacturer and model</source>
        <translation>Produttore e modello</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>Parco</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>On a patient</source>
        <translation>Su un paziente</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>Guasto</translation>
    </message>
    <message>
        <source>Figures that flagged it</source>
        <translation>Valori che lo hanno segnalato</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Period judged, in hours</source>
        <translation>Periodo valutato, in ore</translation>
    </message>
    <message>
        <source>Readings of the last:</source>
        <translation>Letture delle ultime:</translation>
    </message>
    <message>
        <source>&amp;Check devices</source>
        <translation>&amp;Controlla dispositivi</translation>
    </message>
    <message>
        <source>Flagged devices</source>
        <translation>Dispositivi segnalati</translation>
    </message>
    <message>
        <source>Each device is compared with the other devices of its manufacturer and model (median and median absolute deviation, 3 scaled MADs): a constant offset, too little or too much variability, values stuck, frequent dropouts. A flagged device on a patient raises a low technical alarm.</source>
        <translation>Ogni dispositivo è confrontato con gli altri dispositivi dello stesso produttore e modello (mediana e deviazione assoluta mediana, 3 MAD scalate): scostamento costante, variabilità troppo bassa o troppo alta, valori bloccati, frequenti letture mancanti. Un dispositivo segnalato su un paziente genera un allarme tecnico basso.</translation>
    </message>
    <message>
        <source>Reading the devices&apos; readings...</source>
        <translation>Lettura dei valori dei dispositivi...</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::DevicesScreen</name>
    <message>
        <source>Devices</source>
        <translation>Dispositivi</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Produttore</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modello</translation>
    </message>
    <message>
        <source>Worn by</source>
        <translation>Indossato da</translation>
    </message>
    <message>
        <source>MRN %1, bed %2</source>
        <translation>N. cartella %1, letto %2</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>in uso</translation>
    </message>
    <message>
        <source>free</source>
        <translation>libero</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registrato</translation>
    </message>
    <message>
        <source>&amp;Register device…</source>
        <translation>&amp;Registra dispositivo…</translation>
    </message>
    <message>
        <source>&amp;Assign to patient…</source>
        <translation>&amp;Assegna a paziente…</translation>
    </message>
    <message>
        <source>&amp;End assignment</source>
        <translation>&amp;Termina assegnazione</translation>
    </message>
    <message>
        <source>Register device</source>
        <translation>Registra dispositivo</translation>
    </message>
    <message>
        <source>Device identifier:</source>
        <translation>Identificativo del dispositivo:</translation>
    </message>
    <message>
        <source>Manufacturer:</source>
        <translation>Produttore:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modello:</translation>
    </message>
    <message>
        <source>Registered %1.</source>
        <translation>%1 registrato.</translation>
    </message>
    <message>
        <source>Bed %1 — %2 (MRN %3)</source>
        <translation>Letto %1 — %2 (N. cartella %3)</translation>
    </message>
    <message>
        <source>Assign %1</source>
        <translation>Assegna %1</translation>
    </message>
    <message>
        <source>Patient:</source>
        <translation>Paziente:</translation>
    </message>
    <message>
        <source>Worn since:</source>
        <translation>Indossato dal:</translation>
    </message>
    <message>
        <source>%1 is assigned to MRN %2.</source>
        <translation>%1 è assegnato al paziente con N. cartella %2.</translation>
    </message>
    <message>
        <source>%1 is free again.</source>
        <translation>%1 è di nuovo libero.</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::FormDialog</name>
    <message>
        <source>Unknown</source>
        <translation>Sconosciuta</translation>
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
        <translation>Mostra il periodo di %1 fino a ora e segui l&apos;ora attuale</translation>
    </message>
    <message>
        <source>&amp;Custom range…</source>
        <translation>&amp;Periodo personalizzato…</translation>
    </message>
    <message>
        <source>Back to &amp;now</source>
        <translation>Torna al &amp;tempo reale</translation>
    </message>
    <message>
        <source>Follow the clock again</source>
        <translation>Segui di nuovo l&apos;ora attuale</translation>
    </message>
    <message>
        <source>Drag or ←/→ to move, wheel or +/− to zoom</source>
        <translation>Trascini o ←/→ per spostare, rotellina o +/− per lo zoom</translation>
    </message>
    <message>
        <source>Heart rate (bpm)</source>
        <translation>Frequenza cardiaca (bpm)</translation>
    </message>
    <message>
        <source>Heart-rate chart</source>
        <translation>Grafico della frequenza cardiaca</translation>
    </message>
    <message>
        <source>No heart rate in this range.</source>
        <translation>Nessuna frequenza cardiaca in questo periodo.</translation>
    </message>
    <message>
        <source>Show a range</source>
        <translation>Mostra un periodo</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Da:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>A:</translation>
    </message>
    <message>
        <source>The end must come after the start.</source>
        <translation>La fine deve essere successiva all&apos;inizio.</translation>
    </message>
    <message>
        <source>Show at most 31 days at once.</source>
        <translation>Visualizzi al massimo 31 giorni alla volta.</translation>
    </message>
    <message>
        <source>%1 live · %2 imported · %3 high ■ medium ● low alarm · shaded: %4 (normal %5–%6 bpm, severe at or below %7 and from %8)</source>
        <translation>%1 in tempo reale · %2 importati · allarme a priorità %3 alta ■ media ● bassa · zone ombreggiate: %4 (normale %5–%6 bpm, grave a %7 o meno e da %8 in su)</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2: %n heart-rate sample(s)</source>
        <translation>
            <numerusform>%1 – %2: %n campione di frequenza cardiaca</numerusform>
            <numerusform>%1 – %2: %n campioni di frequenza cardiaca</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n imported</source>
        <translation>
            <numerusform>, %n importato</numerusform>
            <numerusform>, %n importati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; silences over %n minute(s) are gaps.</source>
        <translation>
            <numerusform>; le pause senza dati oltre %n minuto sono mostrate come interruzioni.</numerusform>
            <numerusform>; le pause senza dati oltre %n minuti sono mostrate come interruzioni.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; silences over %n second(s) are gaps.</source>
        <translation>
            <numerusform>; le pause senza dati oltre %n secondo sono mostrate come interruzioni.</numerusform>
            <numerusform>; le pause senza dati oltre %n secondi sono mostrate come interruzioni.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alarm(s) in this range.</source>
        <translation>
            <numerusform>%n allarme in questo periodo.</numerusform>
            <numerusform>%n allarmi in questo periodo.</numerusform>
        </translation>
    </message>
    <message>
        <source>still open</source>
        <translation>ancora aperto</translation>
    </message>
    <message>
        <source>%1 priority: %2, %3 – %4</source>
        <translation>Priorità %1: %2, %3 – %4</translation>
    </message>
    <message>
        <source>Limits set by a doctor for this patient</source>
        <translation>Limiti impostati da un medico per questo paziente</translation>
    </message>
    <message>
        <source>Reference band for the patient&apos;s age: %1</source>
        <translation>Intervallo di riferimento per l&apos;età del paziente: %1</translation>
    </message>
    <message>
        <source>Adult band, because the birth date is unknown</source>
        <translation>Intervallo per adulti, perché la data di nascita è sconosciuta</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::ImportFileModel</name>
    <message>
        <source>Waiting for preview</source>
        <translation>In attesa di anteprima</translation>
    </message>
    <message>
        <source>Previewing…</source>
        <translation>Anteprima in corso…</translation>
    </message>
    <message>
        <source>Cannot be imported</source>
        <translation>Non importabile</translation>
    </message>
    <message>
        <source>Ready to import</source>
        <translation>Pronto per l&apos;importazione</translation>
    </message>
    <message>
        <source>Nothing new</source>
        <translation>Niente di nuovo</translation>
    </message>
    <message>
        <source>Nothing usable</source>
        <translation>Niente di utilizzabile</translation>
    </message>
    <message>
        <source>Preview cancelled</source>
        <translation>Anteprima annullata</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In coda</translation>
    </message>
    <message>
        <source>Importing… %1%</source>
        <translation>Importazione in corso… %1%</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importato</translation>
    </message>
    <message>
        <source>Cancelled, nothing kept</source>
        <translation>Annullato, nulla conservato</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <source>(none named)</source>
        <translation>(nessuno indicato)</translation>
    </message>
    <message>
        <source>%1: not registered</source>
        <translation>%1: non registrato</translation>
    </message>
    <message>
        <source>%1 → %2 (chosen)</source>
        <translation>%1 → %2 (scelto)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 · bed %2 · %3 (%4)</source>
        <translation>%1 · letto %2 · %3 (%4)</translation>
    </message>
    <message>
        <source>%1 samples of admitted patients</source>
        <translation>%1 campioni di pazienti ricoverati</translation>
    </message>
    <message>
        <source>no patient: %1 samples</source>
        <translation>nessun paziente: %1 campioni</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>this file was imported before: %1</source>
        <translation>questo file è già stato importato: %1</translation>
    </message>
    <message>
        <source>not kept: %1 × %2</source>
        <translation>non conservato: %1 × %2</translation>
    </message>
    <message>
        <source>%1 (chosen)</source>
        <translation>%1 (scelto)</translation>
    </message>
    <message>
        <source>Who wore the device when the samples were taken (from the assignment history)</source>
        <translation>Chi indossava il dispositivo quando sono stati acquisiti i campioni (dallo storico delle assegnazioni)</translation>
    </message>
    <message>
        <source>Samples already stored for the device at that time, or repeated in the file; skipped</source>
        <translation>Campioni già salvati per il dispositivo in quel momento, o ripetuti nel file; vengono ignorati</translation>
    </message>
    <message>
        <source>Records that cannot be used; they go to the quarantine with their reason</source>
        <translation>Record non utilizzabili; vengono messi in quarantena con il relativo motivo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivi</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pazienti</translation>
    </message>
    <message>
        <source>Time range (%1)</source>
        <translation>Intervallo di tempo (%1)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuovi</translation>
    </message>
    <message>
        <source>Already stored</source>
        <translation>Già salvati</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rifiutati</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Previewing… %1%</source>
        <translation>Anteprima in corso… %1%</translation>
    </message>
    <message>
        <source>Waiting for another import to end</source>
        <translation>In attesa che finisca un&apos;altra importazione</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::ImportScreen</name>
    <message>
        <source>Import</source>
        <translation>Importazione</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Aggiungi &amp;file…</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Aggiungi file</translation>
    </message>
    <message>
        <source>&amp;Add folder…</source>
        <translation>Aggiungi &amp;cartella…</translation>
    </message>
    <message>
        <source>Add folder</source>
        <translation>Aggiungi cartella</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <source>Remove the selected files from the list</source>
        <translation>Rimuovi dall&apos;elenco i file selezionati</translation>
    </message>
    <message>
        <source>Clear &amp;list</source>
        <translation>Svuota &amp;elenco</translation>
    </message>
    <message>
        <source>Clear the list of files</source>
        <translation>Svuota l&apos;elenco dei file</translation>
    </message>
    <message>
        <source>How to read the files</source>
        <translation>Come leggere i file</translation>
    </message>
    <message>
        <source>Time zone for times without a zone</source>
        <translation>Fuso orario per gli orari senza fuso</translation>
    </message>
    <message>
        <source>Type part of a name, such as Rome or New_York, to find a zone. The workstation&apos;s zone is %1.</source>
        <translation>Digiti parte di un nome, come Rome o New_York, per trovare un fuso orario. Il fuso orario della postazione è %1.</translation>
    </message>
    <message>
        <source>Times without a &amp;zone are in:</source>
        <translation>Gli orari senza fu&amp;so orario sono in:</translation>
    </message>
    <message>
        <source>Device for files that name none</source>
        <translation>Dispositivo per i file che non ne indicano alcuno</translation>
    </message>
    <message>
        <source>Records whose file names no device, or a device that is not registered, are stored for this device.</source>
        <translation>I record il cui file non indica alcun dispositivo, o ne indica uno non registrato, vengono salvati per questo dispositivo.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>&amp;Device for files that name none:</source>
        <translation>&amp;Dispositivo per i file che non ne indicano alcuno:</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Formato del file</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Rileva automaticamente</translation>
    </message>
    <message>
        <source>For&amp;mat:</source>
        <translation>For&amp;mato:</translation>
    </message>
    <message>
        <source>Drop files or folders here, or use Add files… or Add folder…; nothing is stored until you have checked the preview and chosen Import.</source>
        <translation>Trascini qui file o cartelle, oppure usi Aggiungi file… o Aggiungi cartella…; non viene salvato nulla finché non avrà controllato l&apos;anteprima e scelto Importa.</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>File da importare</translation>
    </message>
    <message>
        <source>Details of the selected file</source>
        <translation>Dettagli del file selezionato</translation>
    </message>
    <message>
        <source>Select a file to see its devices, patients and the reasons for rejected records.</source>
        <translation>Selezioni un file per visualizzarne i dispositivi, i pazienti e i motivi dei record rifiutati.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Avanzamento dell&apos;importazione</translation>
    </message>
    <message>
        <source>&amp;Preview again</source>
        <translation>Ripeti ante&amp;prima</translation>
    </message>
    <message>
        <source>Preview the files again</source>
        <translation>Ripeti l&apos;anteprima dei file</translation>
    </message>
    <message>
        <source>Reads the files again, for example after registering or assigning a device.</source>
        <translation>Rilegge i file, ad esempio dopo aver registrato o assegnato un dispositivo.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <source>Import the previewed files</source>
        <translation>Importa i file in anteprima</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>Cancel the preview or the import</source>
        <translation>Annulla l&apos;anteprima o l&apos;importazione</translation>
    </message>
    <message>
        <source>A cancelled file is not kept at all; it can be imported again.</source>
        <translation>Di un file annullato non viene conservato nulla; può essere importato di nuovo.</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>Rimuovi dall&apos;elenco</translation>
    </message>
    <message>
        <source>%1 (bed %2)</source>
        <translation>%1 (letto %2)</translation>
    </message>
    <message>
        <source>An import started earlier is still running.</source>
        <translation>Un&apos;importazione avviata in precedenza è ancora in corso.</translation>
    </message>
    <message>
        <source>Add a folder of files to import</source>
        <translation>Aggiungi una cartella di file da importare</translation>
    </message>
    <message>
        <source>Add files to import</source>
        <translation>Aggiungi file da importare</translation>
    </message>
    <message>
        <source>Data files (*.json *.ndjson *.xml *.csv);;All files (*)</source>
        <translation>File di dati (*.json *.ndjson *.xml *.csv);;Tutti i file (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) added.</source>
        <translation>
            <numerusform>%n file aggiunto.</numerusform>
            <numerusform>%n file aggiunti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already in the list.</source>
        <translation>
            <numerusform>%n file è già nell&apos;elenco.</numerusform>
            <numerusform>%n file sono già nell&apos;elenco.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) left out that PulseDesk does not read: %1</source>
        <translation>
            <numerusform>%n file escluso perché PulseDesk non lo legge: %1</numerusform>
            <numerusform>%n file esclusi perché PulseDesk non li legge: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Previewing %n file(s)…</source>
        <translation>
            <numerusform>Anteprima di %n file in corso…</numerusform>
            <numerusform>Anteprima di %n file in corso…</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting the import…</source>
        <translation>Avvio dell&apos;importazione…</translation>
    </message>
    <message>
        <source>cancelled before it started; nothing of this file was kept</source>
        <translation>annullata prima dell&apos;avvio; non è stato conservato nulla di questo file</translation>
    </message>
    <message>
        <source>File %1 of %2 · %3 records/s</source>
        <translation>File %1 di %2 · %3 record/s</translation>
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
        <translation> · mancano circa %1</translation>
    </message>
    <message>
        <source>Cancelling; what this file stored so far is being removed…</source>
        <translation>Annullamento in corso; si sta rimuovendo quanto salvato finora da questo file…</translation>
    </message>
    <message>
        <source>Cancelling the preview…</source>
        <translation>Annullamento dell&apos;anteprima in corso…</translation>
    </message>
    <message>
        <source>Finished in %1 s.</source>
        <translation>Completato in %1 s.</translation>
    </message>
    <message numerus="yes">
        <source>Import finished: %n file(s) complete</source>
        <translation>
            <numerusform>Importazione terminata: %n file completato</numerusform>
            <numerusform>Importazione terminata: %n file completati</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 new samples stored)</source>
        <translation> (%1 nuovi campioni salvati)</translation>
    </message>
    <message numerus="yes">
        <source>; %n file(s) cancelled, nothing of them kept; they can be imported again</source>
        <translation>
            <numerusform>; %n file annullato, senza conservarne nulla; può essere importato di nuovo</numerusform>
            <numerusform>; %n file annullati, senza conservarne nulla; possono essere importati di nuovo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n file(s) failed (see Notes)</source>
        <translation>
            <numerusform>; %n file non riuscito (vedere Note)</numerusform>
            <numerusform>; %n file non riusciti (vedere Note)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import %1 new samples</source>
        <translation>&amp;Importa %1 nuovi campioni</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importazione di %n file in corso…</numerusform>
            <numerusform>Importazione di %n file in corso…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation>Niente da importare.</translation>
    </message>
    <message numerus="yes">
        <source>To import: %n file(s) with %1 new samples; %2 already stored (skipped); %3 rejected (to the quarantine).</source>
        <translation>
            <numerusform>Da importare: %n file con %1 nuovi campioni; %2 già salvati (ignorati); %3 rifiutati (in quarantena).</numerusform>
            <numerusform>Da importare: %n file con %1 nuovi campioni; %2 già salvati (ignorati); %3 rifiutati (in quarantena).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) with nothing new or usable.</source>
        <translation>
            <numerusform>%n file senza nulla di nuovo o utilizzabile.</numerusform>
            <numerusform>%n file senza nulla di nuovo o utilizzabile.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be imported.</source>
        <translation>
            <numerusform>%n file non può essere importato.</numerusform>
            <numerusform>%n file non possono essere importati.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importazione in corso…</translation>
    </message>
    <message>
        <source>Format: %1 (%2) · %3 · SHA-256 %4</source>
        <translation>Formato: %1 (%2) · %3 · SHA-256 %4</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>rilevato</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>scelto</translation>
    </message>
    <message>
        <source>Cannot be imported: %1</source>
        <translation>Non importabile: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>This file was imported before: %1</source>
        <translation>Questo file è già stato importato: %1</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivi</translation>
    </message>
    <message>
        <source>(the file names no device)</source>
        <translation>(il file non indica alcun dispositivo)</translation>
    </message>
    <message>
        <source>  %1: not a registered device</source>
        <translation>  %1: non è un dispositivo registrato</translation>
    </message>
    <message>
        <source>  %1 → %2%3: %4 samples, %5</source>
        <translation>  %1 → %2%3: %4 campioni, %5</translation>
    </message>
    <message>
        <source> (chosen)</source>
        <translation> (scelto)</translation>
    </message>
    <message>
        <source>      MRN %1, bed %2, %3: %4 samples</source>
        <translation>      N. cartella %1, letto %2, %3: %4 campioni</translation>
    </message>
    <message>
        <source>      an admitted patient: %1 samples</source>
        <translation>      un paziente ricoverato: %1 campioni</translation>
    </message>
    <message>
        <source>      assigned to no patient at the time: %1 samples (stored, not analysed)</source>
        <translation>      non assegnato ad alcun paziente in quel momento: %1 campioni (salvati, non analizzati)</translation>
    </message>
    <message>
        <source>New: %1 · already stored: %2 · rejected: %3</source>
        <translation>Nuovi: %1 · già salvati: %2 · rifiutati: %3</translation>
    </message>
    <message>
        <source>Reasons for rejected records</source>
        <translation>Motivi dei record rifiutati</translation>
    </message>
    <message>
        <source>  %1 × %2</source>
        <translation>  %1 × %2</translation>
    </message>
    <message>
        <source>First rejected records</source>
        <translation>Primi record rifiutati</translation>
    </message>
    <message>
        <source>  line %1, column %2: %3</source>
        <translation>  riga %1, colonna %2: %3</translation>
    </message>
    <message>
        <source>  … and %1 more</source>
        <translation>  … e altri %1</translation>
    </message>
    <message>
        <source>Not kept (PulseDesk does not store it): %1 × %2</source>
        <translation>Non conservato (PulseDesk non lo memorizza): %1 × %2</translation>
    </message>
    <message>
        <source>Imported: %1 new samples (%2 vitals added to them), %3 already stored, %4 rejected, in %5 s.</source>
        <translation>Importato: %1 nuovi campioni (con %2 parametri vitali aggiunti), %3 già salvati, %4 rifiutati, in %5 s.</translation>
    </message>
    <message>
        <source>Analysed: %1 windows, %2 findings for review.</source>
        <translation>Analizzato: %1 finestre, %2 reperti da rivedere.</translation>
    </message>
    <message>
        <source>%1 samples handed to the live analysis.</source>
        <translation>%1 campioni inviati all&apos;analisi in tempo reale.</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Annullato: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Non riuscito: %1</translation>
    </message>
    <message>
        <source>Choose the registered device for each device the selected file names</source>
        <translation>Scegli il dispositivo registrato per ogni dispositivo indicato nel file selezionato</translation>
    </message>
    <message>
        <source>(as the file names it)</source>
        <translation>(come indicato nel file)</translation>
    </message>
    <message>
        <source>Map devices</source>
        <translation>Abbina dispositivi</translation>
    </message>
    <message>
        <source>Choose the registered device whose patient the samples belong to, for each device the file names. The choice holds for every file in the list until you change it.</source>
        <translation>Per ogni dispositivo indicato nel file, scegli il dispositivo registrato al cui paziente appartengono i campioni. La scelta vale per tutti i file dell&apos;elenco finché non la modifichi.</translation>
    </message>
    <message>
        <source>Map de&amp;vices…</source>
        <translation>Abbi&amp;na dispositivi…</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::InterfaceErrorsScreen</name>
    <message>
        <source>Interface errors</source>
        <translation>Errori di interfaccia</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>alarm manager</source>
        <translation>gestore degli allarmi</translation>
    </message>
    <message>
        <source>EHR</source>
        <translation>cartella clinica elettronica</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>alarm event</source>
        <translation>evento di allarme</translation>
    </message>
    <message>
        <source>corrected result</source>
        <translation>risultato corretto</translation>
    </message>
    <message>
        <source>result</source>
        <translation>risultato</translation>
    </message>
    <message>
        <source>Control id</source>
        <translation>ID di controllo</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentativi</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>Ultimo invio</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Se&amp;nd selected again</source>
        <translation>&amp;Reinvia selezionati</translation>
    </message>
    <message>
        <source>Send &amp;all again</source>
        <translation>Reinvia &amp;tutti</translation>
    </message>
    <message>
        <source>Messages refused by the hospital</source>
        <translation>Messaggi rifiutati dall&apos;ospedale</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) refused by the hospital.</source>
        <translation>
            <numerusform>%n messaggio rifiutato dall&apos;ospedale.</numerusform>
            <numerusform>%n messaggi rifiutati dall&apos;ospedale.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the messages to send again.</source>
        <translation>Selezioni i messaggi da reinviare.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) queued to be sent again.</source>
        <translation>
            <numerusform>%n messaggio in coda per essere reinviato.</numerusform>
            <numerusform>%n messaggi in coda per essere reinviati.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::InterfacesScreen</name>
    <message>
        <source>Hospital interfaces</source>
        <translation>Interfacce con l&apos;ospedale</translation>
    </message>
    <message>
        <source>Patients from the hospital (ADT in, HL7 v2 over MLLP)</source>
        <translation>Pazienti dall&apos;ospedale (ADT in ingresso, HL7 v2 su MLLP)</translation>
    </message>
    <message>
        <source>Listen on address:</source>
        <translation>In ascolto sull&apos;indirizzo:</translation>
    </message>
    <message>
        <source>0.0.0.0 (every address of this computer)</source>
        <translation>0.0.0.0 (tutti gli indirizzi di questo computer)</translation>
    </message>
    <message>
        <source>off</source>
        <translation>disattivato</translation>
    </message>
    <message>
        <source>Listen on port</source>
        <translation>In ascolto sulla porta</translation>
    </message>
    <message>
        <source>Port (off: no ADT listener):</source>
        <translation>Porta (disattivato: nessun ascolto ADT):</translation>
    </message>
    <message>
        <source>TLS certificate file (PEM):</source>
        <translation>File del certificato TLS (PEM):</translation>
    </message>
    <message>
        <source>empty: no TLS</source>
        <translation>vuoto: nessun TLS</translation>
    </message>
    <message>
        <source>TLS key file (PEM):</source>
        <translation>File della chiave TLS (PEM):</translation>
    </message>
    <message>
        <source>Allowed senders:</source>
        <translation>Mittenti consentiti:</translation>
    </message>
    <message>
        <source>addresses and subnets, such as 10.1.0.0/16; empty: any</source>
        <translation>indirizzi e sottoreti, ad esempio 10.1.0.0/16; vuoto: qualsiasi</translation>
    </message>
    <message>
        <source>Results and alarms to the hospital (HL7 v2, IHE PCD)</source>
        <translation>Risultati e allarmi verso l&apos;ospedale (HL7 v2, IHE PCD)</translation>
    </message>
    <message>
        <source>Results to the EHR (HOST:PORT):</source>
        <translation>Risultati alla cartella clinica elettronica (HOST:PORT):</translation>
    </message>
    <message>
        <source>empty: not sent</source>
        <translation>vuoto: non inviati</translation>
    </message>
    <message>
        <source>Alarms to the alarm manager (HOST:PORT):</source>
        <translation>Allarmi al gestore degli allarmi (HOST:PORT):</translation>
    </message>
    <message>
        <source>Save &amp;interface settings</source>
        <translation>&amp;Salva impostazioni interfacce</translation>
    </message>
    <message>
        <source>On this ward the ward server (pulsedesk-server) runs the interfaces; it takes changed settings over when it next becomes the active server. This workstation keeps their settings and shows their errors.</source>
        <translation>In questo reparto il server di reparto (pulsedesk-server) esegue le interfacce; applica le impostazioni modificate la prossima volta che diventa il server attivo. Questa postazione conserva le loro impostazioni e ne mostra gli errori.</translation>
    </message>
    <message>
        <source>This workstation runs the interfaces in the background while it is open, whoever is logged in; results and alarm events wait in the store while it is closed.</source>
        <translation>Questa postazione esegue le interfacce in background finché è aperta, chiunque abbia effettuato l&apos;accesso; i risultati e gli eventi di allarme restano in attesa nel database finché è chiusa.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nulla è cambiato.</translation>
    </message>
    <message>
        <source>Interface settings saved.</source>
        <translation>Impostazioni delle interfacce salvate.</translation>
    </message>
    <message>
        <source>Each analysis window</source>
        <translation>Ogni finestra di analisi</translation>
    </message>
    <message>
        <source>The median of each minute (as GE trends)</source>
        <translation>La mediana di ogni minuto (come i trend GE)</translation>
    </message>
    <message>
        <source>Results sent</source>
        <translation>Risultati inviati</translation>
    </message>
    <message>
        <source>Results sent:</source>
        <translation>Risultati inviati:</translation>
    </message>
    <message>
        <source>Alarms on an MQTT topic (bed and priority only)</source>
        <translation>Allarmi su un topic MQTT (solo letto e priorità)</translation>
    </message>
    <message>
        <source>Alarm topic on the broker:</source>
        <translation>Topic degli allarmi sul broker:</translation>
    </message>
    <message>
        <source>such as ward4/alarms; empty: off</source>
        <translation>ad esempio ward4/alarms; vuoto: disattivato</translation>
    </message>
    <message>
        <source>Each alarm event is published on live ingest&apos;s broker with the bed, priority, condition, event and time only: never a name, MRN, birth date, device or comment. Best effort: events are dropped while the broker cannot be reached; the alarm manager and the screens remain the alarms&apos; reliable path. A change takes effect within a second.</source>
        <translation>Ogni evento di allarme è pubblicato sul broker della ricezione in tempo reale solo con letto, priorità, condizione, evento e ora: mai un nome, un numero di cartella, una data di nascita, un dispositivo o un commento. Senza garanzia: gli eventi sono scartati finché il broker non è raggiungibile; il gestore degli allarmi e le schermate restano la via affidabile degli allarmi. Una modifica ha effetto entro un secondo.</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::LoginPage</name>
    <message>
        <source>User name</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nome utente:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Log in as someone &amp;else</source>
        <translation>Accedi come al&amp;tro utente</translation>
    </message>
    <message>
        <source>PulseDesk is locked</source>
        <translation>PulseDesk è bloccato</translation>
    </message>
    <message>
        <source>PulseDesk</source>
        <translation>PulseDesk</translation>
    </message>
    <message>
        <source>Locked by %1. Monitoring and alarms continue. Enter the password to unlock.</source>
        <translation>Bloccato da %1. Il monitoraggio e gli allarmi continuano. Inserisca la password per sbloccare.</translation>
    </message>
    <message>
        <source>Log in with your staff account.</source>
        <translation>Acceda con il suo account del personale.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Sblocca</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Accedi</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Inserisca il suo nome utente.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verifica in corso…</translation>
    </message>
    <message>
        <source>C&amp;hange where the ward is stored…</source>
        <translation>Cam&amp;bia dove è conservato il reparto…</translation>
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
        <translation>Sessi&amp;one</translation>
    </message>
    <message>
        <source>&amp;Lock screen</source>
        <translation>&amp;Blocca schermo</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>&amp;Cambia password…</translation>
    </message>
    <message>
        <source>Log &amp;out / switch user</source>
        <translation>&amp;Disconnetti / cambia utente</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigazione</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personale</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro di audit</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pazienti</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivi</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Amministrazione</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Cambia password</translation>
    </message>
    <message>
        <source>You logged in with a one-time password. Choose your own password to continue.</source>
        <translation>Ha effettuato l&apos;accesso con una password monouso. Scelga una password personale per continuare.</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Password attuale:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Nuova password:</translation>
    </message>
    <message>
        <source>Repeat new password:</source>
        <translation>Ripeta la nuova password:</translation>
    </message>
    <message>
        <source>The new passwords do not match.</source>
        <translation>Le nuove password non coincidono.</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>Password modificata.</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>Accesso non effettuato</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloccato</translation>
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
        <translation>Quarantena</translation>
    </message>
    <message>
        <source>Devices: not connected</source>
        <translation>Dispositivi: non connessi</translation>
    </message>
    <message>
        <source>Devices: connecting…</source>
        <translation>Dispositivi: connessione in corso…</translation>
    </message>
    <message>
        <source>Devices: connected · last message %1 · %2/s</source>
        <translation>Dispositivi: connessi · ultimo messaggio %1 · %2/s</translation>
    </message>
    <message>
        <source>Devices: connected since %1 · no message yet</source>
        <translation>Dispositivi: connessi dalle %1 · ancora nessun messaggio</translation>
    </message>
    <message>
        <source>⚠ Devices: reconnecting since %1 (%2)</source>
        <translation>⚠ Dispositivi: riconnessione in corso dalle %1 (%2)</translation>
    </message>
    <message>
        <source>✖ Devices: not receiving (%1)</source>
        <translation>✖ Dispositivi: nessuna ricezione (%1)</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Allarmi</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importazione</translation>
    </message>
    <message>
        <source>Import running</source>
        <translation>Importazione in corso</translation>
    </message>
    <message>
        <source>An import is running. If you quit now it is cancelled, and nothing of the file being imported is kept. Quit anyway?</source>
        <translation>È in corso un&apos;importazione. Se esce ora, verrà annullata e non verrà conservato nulla del file in fase di importazione. Uscire comunque?</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Navi&amp;ga</translation>
    </message>
    <message>
        <source>PulseDesk found that history is missing from this workstation&apos;s store. Tell an administrator.</source>
        <translation>PulseDesk ha rilevato che nel database di questa postazione manca parte dello storico. Avvisi un amministratore.</translation>
    </message>
    <message>
        <source>Store integrity warning</source>
        <translation>Avviso di integrità del database</translation>
    </message>
    <message>
        <source>Store integrity</source>
        <translation>Integrità del database</translation>
    </message>
    <message>
        <source>The ward server answers again.</source>
        <translation>Il server di reparto risponde di nuovo.</translation>
    </message>
    <message>
        <source>⚠ The ward server cannot be reached: %1
Retrying…; what you see may be out of date, and nothing can be changed until it answers again.</source>
        <translation>⚠ Il server di reparto non è raggiungibile: %1
Nuovo tentativo…; ciò che vede potrebbe non essere aggiornato e non si può modificare nulla finché non risponde di nuovo.</translation>
    </message>
    <message>
        <source>Ward server unreachable</source>
        <translation>Server di reparto non raggiungibile</translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation>Interfacce</translation>
    </message>
    <message>
        <source>Device health</source>
        <translation>Stato dei dispositivi</translation>
    </message>
    <message>
        <source>Interface errors</source>
        <translation>Errori di interfaccia</translation>
    </message>
    <message>
        <source>No interface is set up.</source>
        <translation>Nessuna interfaccia configurata.</translation>
    </message>
    <message>
        <source>The interfaces could not start: %1</source>
        <translation>Impossibile avviare le interfacce: %1</translation>
    </message>
    <message>
        <source>ADT listening on %1</source>
        <translation>ADT in ascolto su %1</translation>
    </message>
    <message>
        <source>results to %1</source>
        <translation>risultati a %1</translation>
    </message>
    <message>
        <source>alarms to %1</source>
        <translation>allarmi a %1</translation>
    </message>
    <message>
        <source>Running on this workstation: %1.</source>
        <translation>In esecuzione su questa postazione: %1.</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::News2Trend</name>
    <message>
        <source>NEWS2 trend</source>
        <translation>Andamento NEWS2</translation>
    </message>
    <message>
        <source>no NEWS2 scores</source>
        <translation>nessun punteggio NEWS2</translation>
    </message>
    <message>
        <source>NEWS2 totals: %1</source>
        <translation>Totali NEWS2: %1</translation>
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
        <translation>Nessun NEWS2: è per pazienti dai 16 anni in su.</translation>
    </message>
    <message>
        <source>No observations recorded.</source>
        <translation>Nessuna osservazione registrata.</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::ObservationDialog</name>
    <message>
        <source>Amend observations #%1</source>
        <translation>Correggi osservazioni #%1</translation>
    </message>
    <message>
        <source>Record observations</source>
        <translation>Registra osservazioni</translation>
    </message>
    <message>
        <source>%1. Observations are never changed: the correction is saved as new observations that point at #%2, taken at the same time; both stay visible.</source>
        <translation>%1. Le osservazioni non vengono mai modificate: la correzione è salvata come nuove osservazioni che rimandano a #%2, rilevate alla stessa ora; entrambe restano visibili.</translation>
    </message>
    <message>
        <source>&amp;Respiration rate:</source>
        <translation>Frequenza &amp;respiratoria:</translation>
    </message>
    <message>
        <source>/min</source>
        <translation>/min</translation>
    </message>
    <message>
        <source>&amp;SpO2 (scale 2):</source>
        <translation>&amp;SpO2 (scala 2):</translation>
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
        <translation>Aria ambiente</translation>
    </message>
    <message>
        <source>Oxygen</source>
        <translation>Ossigeno</translation>
    </message>
    <message>
        <source>&amp;Air or oxygen:</source>
        <translation>&amp;Aria o ossigeno:</translation>
    </message>
    <message>
        <source>S&amp;ystolic pressure:</source>
        <translation>Pressione s&amp;istolica:</translation>
    </message>
    <message>
        <source>mmHg</source>
        <translation>mmHg</translation>
    </message>
    <message>
        <source>&amp;Pulse:</source>
        <translation>&amp;Polso:</translation>
    </message>
    <message>
        <source>A – alert</source>
        <translation>A – vigile</translation>
    </message>
    <message>
        <source>C – new confusion</source>
        <translation>C – confusione di nuova insorgenza</translation>
    </message>
    <message>
        <source>V – responds to voice</source>
        <translation>V – risponde alla voce</translation>
    </message>
    <message>
        <source>P – responds to pain</source>
        <translation>P – risponde al dolore</translation>
    </message>
    <message>
        <source>U – unresponsive</source>
        <translation>U – non responsivo</translation>
    </message>
    <message>
        <source>&amp;Consciousness (ACVPU):</source>
        <translation>&amp;Coscienza (ACVPU):</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>&amp;Temperatura:</translation>
    </message>
    <message>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <source>device value, %1 %2 at %3</source>
        <translation>valore del dispositivo, %1 %2 alle %3</translation>
    </message>
    <message>
        <source>%1 (device value):</source>
        <translation>%1 (valore del dispositivo):</translation>
    </message>
    <message>
        <source>Enter a number for %1</source>
        <translation>Inserire un numero per %1</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::PatientExportActions</name>
    <message>
        <source>Folder for the patient&apos;s copy</source>
        <translation>Cartella per la copia del paziente</translation>
    </message>
    <message>
        <source>Export as FHIR</source>
        <translation>Esporta come FHIR</translation>
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation>FHIR JSON (*.json)</translation>
    </message>
    <message>
        <source>Export as &amp;FHIR…</source>
        <translation>Esporta come &amp;FHIR…</translation>
    </message>
    <message>
        <source>The patient&apos;s record as a FHIR R4 Bundle</source>
        <translation>La cartella del paziente come Bundle FHIR R4</translation>
    </message>
    <message>
        <source>Patient&apos;s cop&amp;y…</source>
        <translation>Cop&amp;ia per il paziente…</translation>
    </message>
    <message>
        <source>The record for the patient: a FHIR Bundle and a PDF (recorded as a disclosure)</source>
        <translation>La cartella per il paziente: un Bundle FHIR e un PDF (registrato come divulgazione)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Esportazione…</translation>
    </message>
    <message>
        <source>Exported to %1: %2 observations, %3 results, %4 alarms, %5 notes.</source>
        <translation>Esportato in %1: %2 osservazioni, %3 risultati, %4 allarmi, %5 note.</translation>
    </message>
    <message>
        <source>Writing the patient&apos;s copy…</source>
        <translation>Scrittura della copia del paziente…</translation>
    </message>
    <message>
        <source>The patient&apos;s copy is in %1 and %2.</source>
        <translation>La copia del paziente si trova in %1 e %2.</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::PatientLimitsTab</name>
    <message>
        <source>&amp;Set limits for this patient…</source>
        <translation>Imposta limiti &amp;personalizzati…</translation>
    </message>
    <message>
        <source>&amp;Use the reference band again…</source>
        <translation>Ripristina l&apos;&amp;intervallo di riferimento…</translation>
    </message>
    <message>
        <source>No doctor has set limits for this patient: the reference band for the age applies.</source>
        <translation>Nessun medico ha impostato limiti per questo paziente: si applica l&apos;intervallo di riferimento per l&apos;età.</translation>
    </message>
    <message>
        <source>Set on %1. Reason: %2</source>
        <translation>Impostati il %1. Motivo: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Severe bradycardia at or below %2 bpm · bradycardia below %3 bpm · tachycardia above %4 bpm · severe tachycardia from %5 bpm</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Bradicardia grave a %2 bpm o meno · bradicardia sotto %3 bpm · tachicardia sopra %4 bpm · tachicardia grave da %5 bpm in su</translation>
    </message>
    <message>
        <source>Heart-rate limits for %1</source>
        <translation>Limiti di frequenza cardiaca per %1</translation>
    </message>
    <message>
        <source>These limits replace the reference band for this patient until you clear them or the patient is discharged. Every change is audited with its reason.</source>
        <translation>Questi limiti sostituiscono l&apos;intervallo di riferimento per questo paziente finché non li rimuove o il paziente non viene dimesso. Ogni modifica viene registrata nel registro di audit con il relativo motivo.</translation>
    </message>
    <message>
        <source>Severe bradycardia at or below (bpm):</source>
        <translation>Bradicardia grave pari o inferiore a (bpm):</translation>
    </message>
    <message>
        <source>Bradycardia below (bpm):</source>
        <translation>Bradicardia inferiore a (bpm):</translation>
    </message>
    <message>
        <source>Tachycardia above (bpm):</source>
        <translation>Tachicardia superiore a (bpm):</translation>
    </message>
    <message>
        <source>Severe tachycardia at or above (bpm):</source>
        <translation>Tachicardia grave pari o superiore a (bpm):</translation>
    </message>
    <message>
        <source>Clinical reason:</source>
        <translation>Motivo clinico:</translation>
    </message>
    <message>
        <source>Enter every limit as a number of beats per minute.</source>
        <translation>Inserisca ogni limite come numero di battiti al minuto.</translation>
    </message>
    <message>
        <source>The new limits apply from the next window.</source>
        <translation>I nuovi limiti si applicano dalla prossima finestra di analisi.</translation>
    </message>
    <message>
        <source>Use the reference band again</source>
        <translation>Ripristina l&apos;intervallo di riferimento</translation>
    </message>
    <message>
        <source>The patient&apos;s own limits end now; the reference band for the age applies again.</source>
        <translation>I limiti personalizzati del paziente terminano ora; si applica di nuovo l&apos;intervallo di riferimento per l&apos;età.</translation>
    </message>
    <message>
        <source>The reference band applies again from the next window.</source>
        <translation>L&apos;intervallo di riferimento si applica di nuovo dalla prossima finestra di analisi.</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::PatientNotesTab</name>
    <message>
        <source>Clinical notes</source>
        <translation>Note cliniche</translation>
    </message>
    <message>
        <source>&amp;Write note…</source>
        <translation>Scrivi &amp;nota…</translation>
    </message>
    <message>
        <source>A&amp;mend selected note…</source>
        <translation>Re&amp;ttifica nota selezionata…</translation>
    </message>
    <message>
        <source>#%1 · %2 · %3</source>
        <translation>#%1 · %2 · %3</translation>
    </message>
    <message>
        <source> · amends #%1</source>
        <translation> · rettifica #%1</translation>
    </message>
    <message>
        <source> · amended by #%1</source>
        <translation> · rettificata da #%1</translation>
    </message>
    <message>
        <source>Amend note #%1</source>
        <translation>Rettifica nota #%1</translation>
    </message>
    <message>
        <source>Write clinical note</source>
        <translation>Scrivi nota clinica</translation>
    </message>
    <message>
        <source>Notes are never changed. The amendment is saved as a new note that points at note #%1; both stay visible.</source>
        <translation>Le note non vengono mai modificate. La rettifica viene salvata come nuova nota che rimanda alla nota #%1; entrambe restano visibili.</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Saved note #%1.</source>
        <translation>Nota #%1 salvata.</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::PatientObservationsTab</name>
    <message>
        <source>Observations</source>
        <translation>Osservazioni</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Rilevata</translation>
    </message>
    <message>
        <source>Resp.</source>
        <translation>FR</translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation>SpO2</translation>
    </message>
    <message>
        <source>Air/O2</source>
        <translation>Aria/O2</translation>
    </message>
    <message>
        <source>Systolic</source>
        <translation>Sistolica</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>Polso</translation>
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
        <translation>Registrato da</translation>
    </message>
    <message>
        <source>&amp;Record observations…</source>
        <translation>&amp;Registra osservazioni…</translation>
    </message>
    <message>
        <source>A&amp;mend selected…</source>
        <translation>Correggi &amp;selezione…</translation>
    </message>
    <message>
        <source>SpO2 &amp;scale…</source>
        <translation>&amp;Scala SpO2…</translation>
    </message>
    <message>
        <source> (device)</source>
        <translation> (dispositivo)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source> · amends #%1</source>
        <translation> · corregge #%1</translation>
    </message>
    <message>
        <source> · amended by #%1</source>
        <translation> · corretta da #%1</translation>
    </message>
    <message>
        <source> (scale 2)</source>
        <translation> (scala 2)</translation>
    </message>
    <message>
        <source>Oxygen</source>
        <translation>Ossigeno</translation>
    </message>
    <message>
        <source>Air</source>
        <translation>Aria ambiente</translation>
    </message>
    <message>
        <source>SpO2 scale 2 (set by a doctor). </source>
        <translation>Scala SpO2 2 (impostata da un medico). </translation>
    </message>
    <message>
        <source>No observations recorded.</source>
        <translation>Nessuna osservazione registrata.</translation>
    </message>
    <message>
        <source>&lt;b&gt;NEWS2 %1&lt;/b&gt;, %2. </source>
        <translation>&lt;b&gt;NEWS2 %1&lt;/b&gt;, %2. </translation>
    </message>
    <message>
        <source>Next observations due %1.</source>
        <translation>Prossime osservazioni previste %1.</translation>
    </message>
    <message>
        <source>Continuous monitoring.</source>
        <translation>Monitoraggio continuo.</translation>
    </message>
    <message>
        <source>Saved observations #%1: NEWS2 %2, %3.</source>
        <translation>Osservazioni #%1 salvate: NEWS2 %2, %3.</translation>
    </message>
    <message>
        <source>Saved observations #%1 (%2).</source>
        <translation>Osservazioni #%1 salvate (%2).</translation>
    </message>
    <message>
        <source>SpO2 scale</source>
        <translation>Scala SpO2</translation>
    </message>
    <message>
        <source>Scale 2 is only for a patient with hypercapnic respiratory failure and a prescribed target saturation of 88-92 %. It replaces the SpO2 row of NEWS2; oxygen still scores.</source>
        <translation>La scala 2 è solo per pazienti con insufficienza respiratoria ipercapnica e una saturazione target prescritta dell&apos;88-92 %. Sostituisce la riga SpO2 del NEWS2; l&apos;ossigeno conta comunque.</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Scala:</translation>
    </message>
    <message>
        <source>Scale 1</source>
        <translation>Scala 1</translation>
    </message>
    <message>
        <source>Scale 2 (target 88-92 %)</source>
        <translation>Scala 2 (target 88-92 %)</translation>
    </message>
    <message>
        <source>SpO2 scale %1 set.</source>
        <translation>Scala SpO2 %1 impostata.</translation>
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
        <translation>&lt;b&gt;%1&lt;/b&gt;, calcolato con la tabella pediatrica %2 (fascia d&apos;età %3).</translation>
    </message>
    <message>
        <source>Saved observations #%1: %2.</source>
        <translation>Osservazioni #%1 salvate: %2.</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::PatientView</name>
    <message>
        <source>Select a patient.</source>
        <translation>Selezioni un paziente.</translation>
    </message>
    <message>
        <source>&amp;Heart rate</source>
        <translation>&amp;Frequenza cardiaca</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Finestra</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Media</translation>
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
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Affidabilità</translation>
    </message>
    <message>
        <source>%1 % of samples</source>
        <translation>%1 % dei campioni</translation>
    </message>
    <message>
        <source>low (%1)</source>
        <translation>bassa (%1)</translation>
    </message>
    <message>
        <source>normal (%1)</source>
        <translation>normale (%1)</translation>
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
        <translation>PA mmHg</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Limits used</source>
        <translation>Limiti applicati</translation>
    </message>
    <message>
        <source>Window results</source>
        <translation>Risultati per finestra di analisi</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>Ris&amp;ultati</translation>
    </message>
    <message>
        <source>&amp;Limits</source>
        <translation>&amp;Limiti</translation>
    </message>
    <message>
        <source>Device assignment history</source>
        <translation>Storico delle assegnazioni dei dispositivi</translation>
    </message>
    <message>
        <source>De&amp;vices</source>
        <translation>Dispositi&amp;vi</translation>
    </message>
    <message>
        <source>Clinical &amp;notes</source>
        <translation>&amp;Note cliniche</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — MRN %2&lt;br&gt;Born: %3 · Sex: %4&lt;br&gt;Ward %5, bed %6&lt;br&gt;Admitted %7%8</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — N. cartella %2&lt;br&gt;Nascita: %3 · Sesso: %4&lt;br&gt;Reparto %5, letto %6&lt;br&gt;Ricovero: %7%8</translation>
    </message>
    <message>
        <source>&lt;br&gt;Discharged %1</source>
        <translation>&lt;br&gt;Dimissione: %1</translation>
    </message>
    <message>
        <source>%1: %2 – %3</source>
        <translation>%1: %2 – %3</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ora</translation>
    </message>
    <message>
        <source>No device has been assigned.</source>
        <translation>Non è stato assegnato alcun dispositivo.</translation>
    </message>
    <message>
        <source>Heart rate &lt;b&gt;%1&lt;/b&gt; bpm</source>
        <translation>Frequenza cardiaca &lt;b&gt;%1&lt;/b&gt; bpm</translation>
    </message>
    <message>
        <source>SpO₂ &lt;b&gt;%1&lt;/b&gt; %</source>
        <translation>SpO₂ &lt;b&gt;%1&lt;/b&gt; %</translation>
    </message>
    <message>
        <source>Temperature &lt;b&gt;%1&lt;/b&gt; °C</source>
        <translation>Temperatura &lt;b&gt;%1&lt;/b&gt; °C</translation>
    </message>
    <message>
        <source>Blood pressure &lt;b&gt;%1/%2&lt;/b&gt; mmHg</source>
        <translation>Pressione arteriosa &lt;b&gt;%1/%2&lt;/b&gt; mmHg</translation>
    </message>
    <message>
        <source>No vitals in the range shown.</source>
        <translation>Nessun parametro vitale nel periodo visualizzato.</translation>
    </message>
    <message>
        <source>Newest in the range shown: %1</source>
        <translation>Valori più recenti nel periodo visualizzato: %1</translation>
    </message>
    <message>
        <source>%1, bed %2</source>
        <translation>%1, letto %2</translation>
    </message>
    <message>
        <source>O&amp;bservations</source>
        <translation>Oss&amp;ervazioni</translation>
    </message>
    <message>
        <source>Anomaly</source>
        <translation>Anomalia</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::PatientsScreen</name>
    <message>
        <source>Patients</source>
        <translation>Pazienti</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>N. cartella</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>Letto</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Nascita</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sesso</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>admitted</source>
        <translation>ricoverato</translation>
    </message>
    <message>
        <source>discharged %1</source>
        <translation>dimesso il %1</translation>
    </message>
    <message>
        <source>&amp;Admit patient…</source>
        <translation>&amp;Ricovera paziente…</translation>
    </message>
    <message>
        <source>&amp;Discharge</source>
        <translation>&amp;Dimetti</translation>
    </message>
    <message>
        <source>Add &amp;responsible doctor…</source>
        <translation>Aggiungi medico re&amp;sponsabile…</translation>
    </message>
    <message>
        <source>Show &amp;discharged</source>
        <translation>Mostra dim&amp;essi</translation>
    </message>
    <message>
        <source>Only &amp;my patients</source>
        <translation>Solo i &amp;miei pazienti</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s).</source>
        <translation>
            <numerusform>%n paziente.</numerusform>
            <numerusform>%n pazienti.</numerusform>
        </translation>
    </message>
    <message>
        <source>Admit patient</source>
        <translation>Ricovera paziente</translation>
    </message>
    <message>
        <source>Medical record number:</source>
        <translation>Numero di cartella clinica:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>Data di nascita:</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Sesso:</translation>
    </message>
    <message>
        <source>Ward:</source>
        <translation>Reparto:</translation>
    </message>
    <message>
        <source>Bed:</source>
        <translation>Letto:</translation>
    </message>
    <message>
        <source>Admitted %1 to bed %2.</source>
        <translation>%1 ricoverato nel letto %2.</translation>
    </message>
    <message>
        <source>Discharge patient</source>
        <translation>Dimetti paziente</translation>
    </message>
    <message>
        <source>Discharge %1 (MRN %2)? Their devices are released; the record is kept.</source>
        <translation>Dimettere %1 (N. cartella %2)? I suoi dispositivi vengono liberati; la cartella viene conservata.</translation>
    </message>
    <message>
        <source>Discharged %1.</source>
        <translation>%1 dimesso.</translation>
    </message>
    <message>
        <source>Add responsible doctor</source>
        <translation>Aggiungi medico responsabile</translation>
    </message>
    <message>
        <source>Doctor:</source>
        <translation>Medico:</translation>
    </message>
    <message>
        <source>%1 is now responsible too.</source>
        <translation>Anche %1 è ora responsabile.</translation>
    </message>
    <message>
        <source>Re&amp;port…</source>
        <translation>Re&amp;port…</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::QuarantineScreen</name>
    <message>
        <source>Quarantine</source>
        <translation>Quarantena</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ricevuto</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Topic or file</source>
        <translation>Topic o file</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Filter by reason…</source>
        <translation>Filtra per motivo…</translation>
    </message>
    <message>
        <source>Filter by reason</source>
        <translation>Filtra per motivo</translation>
    </message>
    <message>
        <source>Replay &amp;selected</source>
        <translation>Rielabora &amp;selezionati</translation>
    </message>
    <message>
        <source>Replay &amp;all</source>
        <translation>Rielabora &amp;tutti</translation>
    </message>
    <message>
        <source>Quarantined messages</source>
        <translation>Messaggi in quarantena</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in quarantine.</source>
        <translation>
            <numerusform>%n messaggio in quarantena.</numerusform>
            <numerusform>%n messaggi in quarantena.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replayed %1 message(s): %2 sample(s) stored.</source>
        <translation>Messaggi rielaborati: %1; campioni salvati: %2.</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::ReportDialog</name>
    <message>
        <source>Patient:</source>
        <translation>Paziente:</translation>
    </message>
    <message>
        <source>&amp;Ward:</source>
        <translation>&amp;Reparto:</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Ultime 24 ore</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Ultimi 7 giorni</translation>
    </message>
    <message>
        <source>Chosen range</source>
        <translation>Intervallo scelto</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Da:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;A:</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>Antepri&amp;ma…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Stam&amp;pa…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Salva come PDF…</translation>
    </message>
    <message>
        <source>Reading the report…</source>
        <translation>Lettura del report…</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Salva il report come PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Saved the report as %1 (%n page(s)).</source>
        <translation>
            <numerusform>Report salvato come %1 (%n pagina).</numerusform>
            <numerusform>Report salvato come %1 (%n pagine).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent the report to the printer (%n page(s)).</source>
        <translation>
            <numerusform>Report inviato alla stampante (%n pagina).</numerusform>
            <numerusform>Report inviato alla stampante (%n pagine).</numerusform>
        </translation>
    </message>
    <message>
        <source>Showed the report.</source>
        <translation>Report visualizzato.</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock the screen after inactivity</source>
        <translation>Blocca lo schermo dopo un periodo di inattività</translation>
    </message>
    <message>
        <source>Lock the screen after &amp;inactivity:</source>
        <translation>Blocca lo schermo dopo &amp;inattività:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Lingua di sistema</translation>
    </message>
    <message>
        <source>&amp;Language (after restart):</source>
        <translation>&amp;Lingua (dopo il riavvio):</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Salva impostazioni</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Impostazioni salvate.</translation>
    </message>
    <message>
        <source>Device broker (MQTT)</source>
        <translation>Broker dei dispositivi (MQTT)</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Porta:</translation>
    </message>
    <message>
        <source>Topics (comma-separated):</source>
        <translation>Topic (separati da virgole):</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nome utente:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Use &amp;TLS</source>
        <translation>Usa &amp;TLS</translation>
    </message>
    <message>
        <source>CA certificate file:</source>
        <translation>File del certificato della CA:</translation>
    </message>
    <message>
        <source>Client certificate file:</source>
        <translation>File del certificato client:</translation>
    </message>
    <message>
        <source>Client key file:</source>
        <translation>File della chiave client:</translation>
    </message>
    <message>
        <source>Analysis and alarms</source>
        <translation>Analisi e allarmi</translation>
    </message>
    <message>
        <source>Analysis window:</source>
        <translation>Finestra di analisi:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Wait for late samples:</source>
        <translation>Attesa dei campioni in ritardo:</translation>
    </message>
    <message>
        <source>Devices send a sample every:</source>
        <translation>I dispositivi inviano un campione ogni:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Alarm delay (condition must hold):</source>
        <translation>Ritardo allarme (la condizione deve persistere):</translation>
    </message>
    <message>
        <source>Escalate unacknowledged alarms to the ward after:</source>
        <translation>Inoltra al reparto gli allarmi non confermati dopo:</translation>
    </message>
    <message>
        <source>Device silent alarm after:</source>
        <translation>Allarme dispositivo senza dati dopo:</translation>
    </message>
    <message>
        <source>Older data gives findings for review, not alarms, after:</source>
        <translation>Reperti da rivedere invece di allarmi per dati più vecchi di:</translation>
    </message>
    <message>
        <source>Client id (empty: this data folder&apos;s own):</source>
        <translation>ID client (vuoto: quello proprio di questa cartella dei dati):</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Quarantena</translation>
    </message>
    <message>
        <source>Keep the payloads of at most:</source>
        <translation>Conservare il contenuto di al massimo:</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Keep the payloads of at most (messages):</source>
        <translation>Conservare il contenuto di al massimo (messaggi):</translation>
    </message>
    <message>
        <source>A high anomaly score for 3 windows in a row raises a low alarm</source>
        <translation>Un punteggio di anomalia alto per 3 finestre di fila genera un allarme basso</translation>
    </message>
    <message>
        <source>None: patients under 16 get no early-warning score.</source>
        <translation>Nessuna: i pazienti sotto i 16 anni non ricevono un punteggio di allerta precoce.</translation>
    </message>
    <message>
        <source>%1 (age bands: %2). Source: %3</source>
        <translation>%1 (fasce d&apos;età: %2). Fonte: %3</translation>
    </message>
    <message>
        <source>Paediatric early-warning score (patients under 16)</source>
        <translation>Punteggio pediatrico di allerta precoce (pazienti sotto i 16 anni)</translation>
    </message>
    <message>
        <source>Chart in use:</source>
        <translation>Tabella in uso:</translation>
    </message>
    <message>
        <source>Paediatric chart file</source>
        <translation>File della tabella pediatrica</translation>
    </message>
    <message>
        <source>A chart file (JSON, format pulsedesk.age-banded-early-warning-table)</source>
        <translation>Un file di tabella (JSON, formato pulsedesk.age-banded-early-warning-table)</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>S&amp;foglia...</translation>
    </message>
    <message>
        <source>Use this &amp;chart</source>
        <translation>&amp;Usa questa tabella</translation>
    </message>
    <message>
        <source>Use &amp;no chart</source>
        <translation>&amp;Nessuna tabella</translation>
    </message>
    <message>
        <source>Chart file:</source>
        <translation>File della tabella:</translation>
    </message>
    <message>
        <source>Paediatric early-warning chart</source>
        <translation>Tabella pediatrica di allerta precoce</translation>
    </message>
    <message>
        <source>Charts (*.json)</source>
        <translation>Tabelle (*.json)</translation>
    </message>
    <message>
        <source>Raw samples</source>
        <translation>Campioni grezzi</translation>
    </message>
    <message>
        <source>Keep raw samples for this many months before the current one:</source>
        <translation>Conservare i campioni grezzi per questi mesi prima di quello in corso:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mesi</translation>
    </message>
    <message>
        <source>for ever</source>
        <translation>senza limite</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>Paediatric chart saved.</source>
        <translation>Tabella pediatrica salvata.</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::SetupPage</name>
    <message>
        <source>Set up PulseDesk</source>
        <translation>Configura PulseDesk</translation>
    </message>
    <message>
        <source>This workstation has no data yet. Create the first administrator account. The administrator adds doctors and nurses and manages devices and settings.

All data is stored encrypted in %1. The password cannot be recovered: if every administrator forgets theirs, the data cannot be opened.</source>
        <translation>Questa postazione non contiene ancora dati. Crei il primo account amministratore. L&apos;amministratore aggiunge medici e infermieri e gestisce dispositivi e impostazioni.

Tutti i dati vengono salvati cifrati in %1. La password non può essere recuperata: se tutti gli amministratori dimenticano la propria, non sarà più possibile aprire i dati.</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nome utente:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Nome completo:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>Ripeta la password:</translation>
    </message>
    <message>
        <source>&amp;Create administrator</source>
        <translation>&amp;Crea amministratore</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Le password non coincidono.</translation>
    </message>
    <message>
        <source>C&amp;hange where the ward is stored…</source>
        <translation>Cam&amp;bia dove è conservato il reparto…</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::StaffScreen</name>
    <message>
        <source>Staff</source>
        <translation>Personale</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>disattivato</translation>
    </message>
    <message>
        <source>active, one-time password</source>
        <translation>attivo, password monouso</translation>
    </message>
    <message>
        <source>active</source>
        <translation>attivo</translation>
    </message>
    <message>
        <source>&amp;Add staff…</source>
        <translation>&amp;Aggiungi personale…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Disattiva</translation>
    </message>
    <message>
        <source>Re&amp;activate…</source>
        <translation>&amp;Riattiva…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Reimposta &amp;password…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Cambia r&amp;uolo…</translation>
    </message>
    <message>
        <source>Add staff</source>
        <translation>Aggiungi personale</translation>
    </message>
    <message>
        <source>Give the new member of staff the one-time password in person; they must change it when they first log in.</source>
        <translation>Consegni di persona la password monouso al nuovo membro del personale; dovrà modificarla al primo accesso.</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nome utente:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Nome completo:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Ruolo:</translation>
    </message>
    <message>
        <source>One-time password:</source>
        <translation>Password monouso:</translation>
    </message>
    <message>
        <source>Added %1 as %2.</source>
        <translation>%1 aggiunto come %2.</translation>
    </message>
    <message>
        <source>Reactivate %1</source>
        <translation>Riattiva %1</translation>
    </message>
    <message>
        <source>%1 is active again with a one-time password.</source>
        <translation>%1 è di nuovo attivo con una password monouso.</translation>
    </message>
    <message>
        <source>%1 is deactivated.</source>
        <translation>%1 è disattivato.</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>Reimposta la password di %1</translation>
    </message>
    <message>
        <source>%1 has a new one-time password.</source>
        <translation>%1 ha una nuova password monouso.</translation>
    </message>
    <message>
        <source>Change the role of %1</source>
        <translation>Cambia il ruolo di %1</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 ha ora il ruolo %2.</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::StoreChoiceDialog</name>
    <message>
        <source>Where is the ward kept?</source>
        <translation>Dove è conservato il reparto?</translation>
    </message>
    <message>
        <source>Choose where this workstation keeps the ward&apos;s patients, notes and alarms. You can change it later from the login page.</source>
        <translation>Scelga dove questa postazione conserva pazienti, note e allarmi del reparto. Potrà cambiarlo più tardi dalla pagina di accesso.</translation>
    </message>
    <message>
        <source>&amp;This PC alone</source>
        <translation>&amp;Solo questo PC</translation>
    </message>
    <message>
        <source>An encrypted store on this PC, with its own staff accounts. Devices send to this PC; the analysis and the alarms run here.</source>
        <translation>Un archivio cifrato su questo PC, con i propri account del personale. I dispositivi inviano a questo PC; l&apos;analisi e gli allarmi si svolgono qui.</translation>
    </message>
    <message>
        <source>A &amp;ward server</source>
        <translation>Un &amp;server di reparto</translation>
    </message>
    <message>
        <source>Several PCs share one ward on the hospital&apos;s PostgreSQL server, which also runs the analysis and the alarms. IT gives you the connection string, for example: host=ward-server dbname=pulsedesk sslmode=verify-full sslrootcert=/etc/pulsedesk/ca.crt. Put no user or password in it: each member of staff logs in with their own server login.</source>
        <translation>Più PC condividono un reparto sul server PostgreSQL dell&apos;ospedale, che esegue anche l&apos;analisi e gli allarmi. L&apos;IT le fornisce la stringa di connessione, per esempio: host=ward-server dbname=pulsedesk sslmode=verify-full sslrootcert=/etc/pulsedesk/ca.crt. Non inserisca utente né password: ogni membro del personale accede con il proprio accesso al server.</translation>
    </message>
    <message>
        <source>Connection string</source>
        <translation>Stringa di connessione</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>Prova &amp;connessione</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Prova in corso…</translation>
    </message>
    <message>
        <source>✔ The ward server answers. Each member of staff logs in with their own server login.</source>
        <translation>✔ Il server di reparto risponde. Ogni membro del personale accede con il proprio accesso al server.</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>Enter the connection string IT gave you.</source>
        <translation>Inserisca la stringa di connessione fornita dall&apos;IT.</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::WardScreen</name>
    <message>
        <source>Ward</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <source>Only &amp;my patients</source>
        <translation>Solo i &amp;miei pazienti</translation>
    </message>
    <message>
        <source>Patients on the ward</source>
        <translation>Pazienti del reparto</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n paziente</numerusform>
            <numerusform>%n pazienti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an open alarm</source>
        <translation>
            <numerusform>%n con allarme aperto</numerusform>
            <numerusform>%n con allarme aperto</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::WardTileWidget</name>
    <message>
        <source>No device</source>
        <translation>Nessun dispositivo</translation>
    </message>
    <message>
        <source>%1: waiting for data</source>
        <translation>%1: in attesa di dati</translation>
    </message>
    <message>
        <source>%1: live</source>
        <translation>%1: in tempo reale</translation>
    </message>
    <message>
        <source>%1: silent since %2</source>
        <translation>%1: senza dati dalle %2</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>in aumento</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>in calo</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>stabile</translation>
    </message>
    <message>
        <source>Bed %1</source>
        <translation>Letto %1</translation>
    </message>
    <message>
        <source>%1 bpm, %2</source>
        <translation>%1 bpm, %2</translation>
    </message>
    <message>
        <source>%1 (low confidence)</source>
        <translation>%1 (bassa affidabilità)</translation>
    </message>
    <message>
        <source>%1 priority alarm</source>
        <translation>Allarme di priorità %1</translation>
    </message>
    <message>
        <source>%1 alarm</source>
        <translation>Allarme priorità %1</translation>
    </message>
    <message>
        <source>%1 alarm (silenced)</source>
        <translation>Allarme silenziato (%1)</translation>
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
        <translation>oss. previste</translation>
    </message>
    <message>
        <source>NEWS2 %1, %2 risk</source>
        <translation>NEWS2 %1, rischio %2</translation>
    </message>
    <message>
        <source>observations overdue</source>
        <translation>osservazioni in ritardo</translation>
    </message>
</context>
</TS>
