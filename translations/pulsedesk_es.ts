<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AdtInterface</name>
    <message>
        <source>The message has no PID segment.</source>
        <translation>El mensaje no tiene segmento PID.</translation>
    </message>
    <message>
        <source>PID-3, the patient&apos;s medical record number, is empty.</source>
        <translation>PID-3, el número de historia clínica del paciente, está vacío.</translation>
    </message>
    <message>
        <source>PID-3, the medical record number, is longer than 64 characters.</source>
        <translation>PID-3, el número de historia clínica, supera los 64 caracteres.</translation>
    </message>
    <message>
        <source>PID-7, the birth date, is not a date (YYYYMMDD).</source>
        <translation>PID-7, la fecha de nacimiento, no es una fecha (YYYYMMDD).</translation>
    </message>
    <message>
        <source>looking up a patient</source>
        <translation>búsqueda de un paciente</translation>
    </message>
    <message>
        <source>The patient of PID-3 is not known to PulseDesk.</source>
        <translation>El paciente de PID-3 no es conocido en PulseDesk.</translation>
    </message>
    <message>
        <source>applying an ADT message</source>
        <translation>aplicación de un mensaje ADT</translation>
    </message>
    <message>
        <source>PID-7, the birth date, is in the future.</source>
        <translation>PID-7, la fecha de nacimiento, está en el futuro.</translation>
    </message>
    <message>
        <source>no active doctor has the identifier %1</source>
        <translation>ningún médico activo tiene el identificador %1</translation>
    </message>
    <message>
        <source>assigning a doctor</source>
        <translation>asignación de un médico</translation>
    </message>
    <message>
        <source>PID-5, the patient&apos;s name, is empty.</source>
        <translation>PID-5, el nombre del paciente, está vacío.</translation>
    </message>
    <message>
        <source>PV1-3, the new location, is empty.</source>
        <translation>PV1-3, la nueva ubicación, está vacía.</translation>
    </message>
    <message>
        <source>The patient is discharged; a transfer needs an admitted patient.</source>
        <translation>El paciente está dado de alta; un traslado requiere un paciente ingresado.</translation>
    </message>
    <message>
        <source>The patient is already discharged.</source>
        <translation>El paciente ya está dado de alta.</translation>
    </message>
    <message>
        <source>The patient is not discharged; there is no discharge to cancel.</source>
        <translation>El paciente no está dado de alta; no hay alta que cancelar.</translation>
    </message>
    <message>
        <source>A swap (A17) needs two PID and two PV1 segments.</source>
        <translation>Un intercambio (A17) requiere dos segmentos PID y dos PV1.</translation>
    </message>
    <message>
        <source>A patient of the swap is discharged.</source>
        <translation>Un paciente del intercambio está dado de alta.</translation>
    </message>
    <message>
        <source>MRG-1, the prior medical record number, is empty.</source>
        <translation>MRG-1, el número de historia clínica anterior, está vacío.</translation>
    </message>
    <message>
        <source>the prior record is not in PulseDesk; nothing to merge</source>
        <translation>el registro anterior no está en PulseDesk; nada que fusionar</translation>
    </message>
    <message>
        <source>Neither the patient of PID-3 nor that of MRG-1 is known to PulseDesk.</source>
        <translation>Ni el paciente de PID-3 ni el de MRG-1 son conocidos por PulseDesk.</translation>
    </message>
    <message>
        <source>The event %1 is not taken.</source>
        <translation>El evento %1 no se acepta.</translation>
    </message>
    <message>
        <source>MSH-10, the message control id, is empty.</source>
        <translation>MSH-10, el ID de control del mensaje, está vacío.</translation>
    </message>
    <message>
        <source>Message type %1 is not taken here (ADT is).</source>
        <translation>El tipo de mensaje %1 no se acepta aquí (solo ADT).</translation>
    </message>
    <message>
        <source>HL7 version %1 is not supported (2.3 to 2.8 are).</source>
        <translation>La versión HL7 %1 no es compatible (se admiten de 2.3 a 2.8).</translation>
    </message>
    <message>
        <source>The event %1 is not taken (A01, A02, A03, A04, A08, A11, A13, A17, A40 are).</source>
        <translation>El evento %1 no se acepta (se aceptan A01, A02, A03, A04, A08, A11, A13, A17, A40).</translation>
    </message>
    <message>
        <source>A repeat of message %1, which was applied; not applied again.</source>
        <translation>Repetición del mensaje %1, que ya se aplicó; no se aplica de nuevo.</translation>
    </message>
    <message>
        <source>journaling an HL7 message</source>
        <translation>registro de un mensaje HL7</translation>
    </message>
    <message>
        <source>The record of PID-3 was merged into the record %1 (A40); send the patient&apos;s events under that number.</source>
        <translation>El registro de PID-3 se fusionó con el registro %1 (A40); envíe los eventos del paciente con ese número.</translation>
    </message>
    <message>
        <source>MRG-1 and PID-3 name the same record; a record is not merged into itself.</source>
        <translation>MRG-1 y PID-3 indican el mismo registro; un registro no se fusiona consigo mismo.</translation>
    </message>
    <message>
        <source>The record of PID-3 was itself merged into the record %1; nothing is merged into a merged record.</source>
        <translation>El registro de PID-3 ya se fusionó con el registro %1; nada se fusiona con un registro fusionado.</translation>
    </message>
    <message>
        <source>the records were merged before; nothing to do</source>
        <translation>los registros ya se fusionaron; no hay nada que hacer</translation>
    </message>
    <message>
        <source>The record of MRG-1 was merged into the record %1 before.</source>
        <translation>El registro de MRG-1 ya se fusionó antes con el registro %1.</translation>
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
        <translation>Taquicardia</translation>
    </message>
    <message>
        <source>Device silent</source>
        <translation>Dispositivo sin datos</translation>
    </message>
    <message>
        <source>Broker unreachable</source>
        <translation>Broker inaccesible</translation>
    </message>
    <message>
        <source>Messages quarantined</source>
        <translation>Mensajes en cuarentena</translation>
    </message>
    <message>
        <source>Client id used by another client</source>
        <translation>Otro cliente usa el id de cliente</translation>
    </message>
    <message>
        <source>Early-warning score</source>
        <translation>Puntuación de alerta temprana</translation>
    </message>
    <message>
        <source>Observations overdue</source>
        <translation>Observaciones atrasadas</translation>
    </message>
    <message>
        <source>Device readings depart from its fleet</source>
        <translation>Las lecturas del dispositivo se desvían de su flota</translation>
    </message>
    <message>
        <source>Vitals depart from the patient&apos;s recent values</source>
        <translation>Las constantes se apartan de los valores recientes del paciente</translation>
    </message>
    <message>
        <source>Ward server unreachable</source>
        <translation>Servidor de planta inaccesible</translation>
    </message>
</context>
<context>
    <name>AlarmEngine</name>
    <message>
        <source>This alarm has already ended.</source>
        <translation>Esta alarma ya ha finalizado.</translation>
    </message>
    <message>
        <source>This alarm is already acknowledged.</source>
        <translation>Esta alarma ya está reconocida.</translation>
    </message>
    <message>
        <source>This alarm is acknowledged and already silent.</source>
        <translation>Esta alarma está reconocida y ya silenciada.</translation>
    </message>
</context>
<context>
    <name>AlarmPriority</name>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
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
        <translation>esperar a los demás procesos que escriben alarmas</translation>
    </message>
    <message>
        <source>storing an alarm</source>
        <translation>guardar una alarma</translation>
    </message>
    <message>
        <source>reading alarms</source>
        <translation>leer las alarmas</translation>
    </message>
</context>
<context>
    <name>AlarmTopic</name>
    <message>
        <source>reading the alarm events</source>
        <translation>leyendo los eventos de alarma</translation>
    </message>
</context>
<context>
    <name>AnalysisService</name>
    <message>
        <source>The last open windows could not be stored.</source>
        <translation>No se pudieron guardar las últimas ventanas de análisis abiertas.</translation>
    </message>
    <message>
        <source>reading stored samples</source>
        <translation>leer las muestras guardadas</translation>
    </message>
    <message>
        <source>The store could not be opened: %1</source>
        <translation>No se pudo abrir la base de datos: %1</translation>
    </message>
    <message>
        <source>NEWS2 %1: %2 risk</source>
        <translation>NEWS2 %1: riesgo %2</translation>
    </message>
    <message>
        <source>observations were due %1 min ago</source>
        <translation>las observaciones tocaban hace %1 min</translation>
    </message>
</context>
<context>
    <name>AnalysisStore</name>
    <message>
        <source>There is no alarm %1.</source>
        <translation>No existe la alarma %1.</translation>
    </message>
    <message>
        <source>Give the clinical reason for these limits.</source>
        <translation>Indique el motivo clínico de estos límites.</translation>
    </message>
    <message>
        <source>The patient is discharged; limits cannot be set.</source>
        <translation>El paciente está dado de alta; no se pueden establecer límites.</translation>
    </message>
    <message>
        <source>Give the reason for going back to the reference table.</source>
        <translation>Indique el motivo para volver a la tabla de referencia.</translation>
    </message>
    <message>
        <source>This patient has no limits of their own.</source>
        <translation>Este paciente no tiene límites propios.</translation>
    </message>
    <message>
        <source>storing a retrospective finding</source>
        <translation>guardar un hallazgo retrospectivo</translation>
    </message>
    <message>
        <source>reading findings</source>
        <translation>leer los hallazgos</translation>
    </message>
    <message>
        <source>setting patient limits</source>
        <translation>establecer los límites del paciente</translation>
    </message>
    <message>
        <source>reading patient limits</source>
        <translation>leer los límites del paciente</translation>
    </message>
    <message>
        <source>storing analysis results</source>
        <translation>guardar los resultados de análisis</translation>
    </message>
    <message>
        <source>reading analysis results</source>
        <translation>leer los resultados de análisis</translation>
    </message>
</context>
<context>
    <name>AnomalyScorer</name>
    <message>
        <source>heart rate</source>
        <translation>frecuencia cardiaca</translation>
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
        <translation>presión sistólica</translation>
    </message>
    <message>
        <source>diastolic pressure</source>
        <translation>presión diastólica</translation>
    </message>
    <message numerus="yes">
        <source>anomaly score %1 (%2), at least %3 for %n window(s) in a row</source>
        <translation>
            <numerusform>puntuación de anomalía %1 (%2), al menos %3 durante %n ventana seguida</numerusform>
            <numerusform>puntuación de anomalía %1 (%2), al menos %3 durante %n ventanas seguidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>AuditAnchor</name>
    <message>
        <source>The audit anchor %1 is locked by another program.</source>
        <translation>El ancla %1 del registro de auditoría está bloqueada por otro programa.</translation>
    </message>
    <message>
        <source>The audit anchor %1 is damaged or was edited.</source>
        <translation>El ancla %1 del registro de auditoría está dañada o ha sido modificada.</translation>
    </message>
    <message>
        <source>The audit log does not continue from its anchor at entry %1.</source>
        <translation>El registro de auditoría no continúa desde su ancla en la entrada %1.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>reading the audit log</source>
        <translation>leer el registro de auditoría</translation>
    </message>
    <message>
        <source>writing the audit log</source>
        <translation>escribir en el registro de auditoría</translation>
    </message>
    <message>
        <source>the audit log could not be read</source>
        <translation>no se pudo leer el registro de auditoría</translation>
    </message>
    <message>
        <source>entry %1 is missing</source>
        <translation>falta la entrada %1</translation>
    </message>
    <message>
        <source>entry %1 does not follow the entry before it</source>
        <translation>la entrada %1 no sigue a la entrada anterior</translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written</source>
        <translation>la entrada %1 se modificó después de escribirse</translation>
    </message>
    <message>
        <source>entries after %1 were removed</source>
        <translation>se eliminaron entradas posteriores a %1</translation>
    </message>
    <message>
        <source>the chain head does not match the last entry</source>
        <translation>la cabeza de la cadena no coincide con la última entrada</translation>
    </message>
    <message>
        <source>the store is behind its anchor: the anchor records %1 entries (head %2), the store holds %3; entries %4 to %1 are missing</source>
        <translation>la base de datos está por detrás de su ancla: el ancla registra %1 entradas (cabeza %2), la base de datos contiene %3; faltan las entradas %4 a %1</translation>
    </message>
    <message>
        <source>entry %1 could not be read: %2</source>
        <translation>no se pudo leer la entrada %1: %2</translation>
    </message>
    <message>
        <source>the audit anchor %1 is missing</source>
        <translation>falta el ancla %1 del registro de auditoría</translation>
    </message>
    <message>
        <source>the audit anchor %1 is damaged or was edited</source>
        <translation>el ancla %1 del registro de auditoría está dañada o ha sido modificada</translation>
    </message>
    <message>
        <source>entry %1 does not match the anchor&apos;s head %2</source>
        <translation>la entrada %1 no coincide con la cabeza %2 del ancla</translation>
    </message>
    <message>
        <source>The store could not be compared with its audit anchor %1: %2</source>
        <translation>No se pudo comparar la base de datos con el ancla %1 de su registro de auditoría: %2</translation>
    </message>
    <message>
        <source>The audit anchor %1 is damaged or was edited (its seal does not match this store): lost history cannot be detected. Restore the data folder from a backup, or accept the store as it is with pulsedesk-cli audit reanchor.</source>
        <translation>El ancla %1 del registro de auditoría está dañada o ha sido modificada (su sello no coincide con esta base de datos): no se puede detectar el historial perdido. Restaure la carpeta de datos desde una copia de seguridad o acepte la base de datos tal como está con pulsedesk-cli audit reanchor.</translation>
    </message>
    <message>
        <source>anchoring the audit log</source>
        <translation>anclar el registro de auditoría</translation>
    </message>
    <message>
        <source>The audit anchor %1 was missing and has been written again at the store&apos;s %2 audit entries: history lost before now cannot be detected. Restore the anchor from a backup to check.</source>
        <translation>El ancla %1 del registro de auditoría faltaba y se ha vuelto a escribir con las %2 entradas de auditoría de la base de datos: no se puede detectar el historial perdido hasta ahora. Para comprobarlo, restaure el ancla desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The audit anchor %1 was created for this store at its %2 audit entries: from now on, history lost from the database is detected.</source>
        <translation>Se ha creado el ancla %1 del registro de auditoría para esta base de datos con sus %2 entradas de auditoría: a partir de ahora se detecta el historial que se pierda de la base de datos.</translation>
    </message>
    <message>
        <source>The store is behind its audit anchor: the anchor records %1 audit entries (head %2), the store holds %3. Entries %4 to %1, and the changes recorded with them, are missing (a lost or damaged -wal file after a crash, or a database copied back). Restore the data folder from a backup, or accept the loss with pulsedesk-cli audit reanchor.</source>
        <translation>La base de datos está por detrás del ancla de su registro de auditoría: el ancla registra %1 entradas de auditoría (cabeza %2), la base de datos contiene %3. Faltan las entradas %4 a %1 y los cambios registrados con ellas (un archivo -wal perdido o dañado tras un fallo, o una copia anterior de la base de datos puesta de nuevo en su lugar). Restaure la carpeta de datos desde una copia de seguridad o acepte la pérdida con pulsedesk-cli audit reanchor.</translation>
    </message>
    <message>
        <source>The audit log does not match its anchor: entry %1 should have the hash %2, the store&apos;s differs (history was replaced or rewritten). Restore the data folder from a backup, or accept the store as it is with pulsedesk-cli audit reanchor.</source>
        <translation>El registro de auditoría no coincide con su ancla: la entrada %1 debería tener el hash %2, pero el de la base de datos es distinto (el historial se ha sustituido o reescrito). Restaure la carpeta de datos desde una copia de seguridad o acepte la base de datos tal como está con pulsedesk-cli audit reanchor.</translation>
    </message>
    <message>
        <source>The audit log in the store is itself not intact (%1): it cannot be anchored. Restore the data folder from a backup.</source>
        <translation>El propio registro de auditoría de la base de datos no está íntegro (%1): no se puede anclar. Restaure la carpeta de datos desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The audit anchor now records the store&apos;s %1 entries; what it recorded before is kept in the audit log.</source>
        <translation>El ancla del registro de auditoría registra ahora las %1 entradas de la base de datos; lo que registraba antes se conserva en el registro de auditoría.</translation>
    </message>
</context>
<context>
    <name>Band</name>
    <message>
        <source>the patient&apos;s own limits</source>
        <translation>límites propios del paciente</translation>
    </message>
    <message>
        <source>%1 to %2 months</source>
        <translation>%1 a %2 meses</translation>
    </message>
    <message>
        <source>%1 to %2 years</source>
        <translation>%1 a %2 años</translation>
    </message>
    <message>
        <source>adults, %1 years and over</source>
        <translation>adultos, %1 años o más</translation>
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
        <translation>Bradicardia moderada</translation>
    </message>
    <message>
        <source>No anomaly</source>
        <translation>Sin anomalías</translation>
    </message>
    <message>
        <source>Moderate tachycardia</source>
        <translation>Taquicardia moderada</translation>
    </message>
    <message>
        <source>Severe tachycardia</source>
        <translation>Taquicardia grave</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Say who you are with --user NAME.</source>
        <translation>Indique quién es usted con --user NAME.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Contraseña de %1: </translation>
    </message>
    <message>
        <source>Not permitted: %1 must change the one-time password first (pulsedesk-cli user passwd).</source>
        <translation>No permitido: %1 debe cambiar primero la contraseña de un solo uso (pulsedesk-cli user passwd).</translation>
    </message>
    <message>
        <source>There is no PulseDesk workstation in %1; create one with pulsedesk-cli init.</source>
        <translation>No hay ningún puesto de trabajo de PulseDesk en %1; cree uno con pulsedesk-cli init.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>comando desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>init needs --admin NAME</source>
        <translation>init necesita --admin NAME</translation>
    </message>
    <message>
        <source>No password was given.</source>
        <translation>No se ha indicado ninguna contraseña.</translation>
    </message>
    <message>
        <source>Created the PulseDesk workstation in %1 with the administrator %2.</source>
        <translation>Se ha creado el puesto de trabajo de PulseDesk en %1 con el administrador %2.</translation>
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
        <translation>versión del esquema   %1
personal activo       %2
pacientes             %3
dispositivos          %4
muestras              %5
resultados            %6
alarmas abiertas      %7
en cuarentena         %8</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactivo</translation>
    </message>
    <message>
        <source>user add needs NAME and --role admin|doctor|nurse</source>
        <translation>user add necesita NAME y --role admin|doctor|nurse</translation>
    </message>
    <message>
        <source>One-time password for %1: </source>
        <translation>Contraseña de un solo uso para %1: </translation>
    </message>
    <message>
        <source>Added %1 (%2); the one-time password must be changed at first login.</source>
        <translation>Se ha añadido a %1 (%2); la contraseña de un solo uso debe cambiarse en el primer inicio de sesión.</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>Contraseña nueva: </translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>Contraseña cambiada.</translation>
    </message>
    <message>
        <source>user %1 needs a user name</source>
        <translation>user %1 necesita un nombre de usuario</translation>
    </message>
    <message>
        <source>Deactivated %1.</source>
        <translation>%1 desactivado.</translation>
    </message>
    <message>
        <source>%1 has a new one-time password, to be changed at next login.</source>
        <translation>%1 tiene una nueva contraseña de un solo uso, que debe cambiar en el próximo inicio de sesión.</translation>
    </message>
    <message>
        <source>user role needs NAME and admin|doctor|nurse</source>
        <translation>user role necesita NAME y admin|doctor|nurse</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 tiene ahora el rol %2.</translation>
    </message>
    <message>
        <source>unknown user command &apos;%1&apos;</source>
        <translation>comando user desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>patient add needs --mrn and --name</source>
        <translation>patient add necesita --mrn y --name</translation>
    </message>
    <message>
        <source>--sex is female, male or unknown</source>
        <translation>--sex es female, male o unknown</translation>
    </message>
    <message>
        <source>--birth-date is YYYY-MM-DD</source>
        <translation>--birth-date tiene el formato YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Admitted %1 (%2).</source>
        <translation>%1 ingresado (%2).</translation>
    </message>
    <message>
        <source> (discharged)</source>
        <translation> (dado de alta)</translation>
    </message>
    <message>
        <source>patient %1 needs an MRN</source>
        <translation>patient %1 necesita un número de historia clínica (MRN)</translation>
    </message>
    <message>
        <source>%1  %2
born %3, %4
ward %5, bed %6
admitted %7%8</source>
        <translation>%1  %2
nacimiento %3, %4
planta %5, cama %6
ingreso %7%8</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>, discharged %1</source>
        <translation>, alta %1</translation>
    </message>
    <message>
        <source>Discharged %1.</source>
        <translation>%1 dado de alta.</translation>
    </message>
    <message>
        <source>patient assign-doctor needs MRN and DOCTOR</source>
        <translation>patient assign-doctor necesita MRN y DOCTOR</translation>
    </message>
    <message>
        <source>%1 is now responsible for %2.</source>
        <translation>%1 es ahora responsable de %2.</translation>
    </message>
    <message>
        <source>unknown patient command &apos;%1&apos;</source>
        <translation>comando patient desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>en uso</translation>
    </message>
    <message>
        <source>free</source>
        <translation>libre</translation>
    </message>
    <message>
        <source>device %1 needs a device id</source>
        <translation>device %1 necesita un identificador de dispositivo</translation>
    </message>
    <message>
        <source>Registered %1.</source>
        <translation>%1 registrado.</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>device assign needs DEVICE_ID and MRN; --from is an ISO 8601 time</source>
        <translation>device assign necesita DEVICE_ID y MRN; --from es una hora ISO 8601</translation>
    </message>
    <message>
        <source>%1 is assigned to %2.</source>
        <translation>%1 está asignado a %2.</translation>
    </message>
    <message>
        <source>--at is an ISO 8601 time</source>
        <translation>--at es una hora ISO 8601</translation>
    </message>
    <message>
        <source>%1 is no longer assigned.</source>
        <translation>%1 ya no está asignado.</translation>
    </message>
    <message>
        <source>unknown device command &apos;%1&apos;</source>
        <translation>comando device desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>record %1 needs an MRN or record id</source>
        <translation>record %1 necesita un MRN o un identificador de registro</translation>
    </message>
    <message>
        <source> (amends #%1)</source>
        <translation> (enmienda #%1)</translation>
    </message>
    <message>
        <source> (amended by #%1)</source>
        <translation> (enmendada por #%1)</translation>
    </message>
    <message>
        <source>record %1 needs --text TEXT (or --text - to read it from standard input)</source>
        <translation>record %1 necesita --text TEXT (o --text - para leerlo de la entrada estándar)</translation>
    </message>
    <message>
        <source>record amend needs a numeric record id</source>
        <translation>record amend necesita un identificador de registro numérico</translation>
    </message>
    <message>
        <source>Saved note #%1.</source>
        <translation>Nota #%1 guardada.</translation>
    </message>
    <message>
        <source>unknown record command &apos;%1&apos;</source>
        <translation>comando record desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The audit log is NOT intact: %1 (first bad entry: %2).</source>
        <translation>El registro de auditoría NO está íntegro: %1 (primera entrada errónea: %2).</translation>
    </message>
    <message>
        <source>The audit log is intact: %1 entries verified.</source>
        <translation>El registro de auditoría está íntegro: %1 entradas verificadas.</translation>
    </message>
    <message>
        <source>unknown audit command &apos;%1&apos;</source>
        <translation>comando audit desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>quarantine list [--reason TEXT] | replay [ID ...]</source>
        <translation>quarantine list [--reason TEXT] | replay [ID ...]</translation>
    </message>
    <message>
        <source>Replayed %1 messages: %2 samples stored, %3 already stored, %4 messages still quarantined; %5 windows analysed, %6 findings.</source>
        <translation>%1 mensajes reprocesados: %2 muestras guardadas, %3 ya guardadas, %4 mensajes aún en cuarentena; %5 ventanas analizadas, %6 hallazgos.</translation>
    </message>
    <message>
        <source>results needs --patient MRN; --from and --to are ISO 8601</source>
        <translation>results necesita --patient MRN; --from y --to son horas ISO 8601</translation>
    </message>
    <message>
        <source> (low confidence)</source>
        <translation> (baja fiabilidad)</translation>
    </message>
    <message>
        <source>adult bands assumed: birth date unknown</source>
        <translation>se asumen los rangos de adulto: fecha de nacimiento desconocida</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>escalada</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>a %1</translation>
    </message>
    <message>
        <source>alarms %1 needs an alarm id</source>
        <translation>alarms %1 necesita un identificador de alarma</translation>
    </message>
    <message>
        <source>Alarm %1 acknowledged.</source>
        <translation>Alarma %1 reconocida.</translation>
    </message>
    <message>
        <source>Alarm %1: audio paused for %2 s.</source>
        <translation>Alarma %1: audio en pausa durante %2 s.</translation>
    </message>
    <message>
        <source>alarms list [--all] [--mine] | ack ID [--comment TEXT] | pause ID [--seconds N]</source>
        <translation>alarms list [--all] [--mine] | ack ID [--comment TEXT] | pause ID [--seconds N]</translation>
    </message>
    <message>
        <source>limits show|set|clear needs an MRN</source>
        <translation>limits show|set|clear necesita un número de historia clínica (MRN)</translation>
    </message>
    <message>
        <source>%1 uses the reference table for their age.</source>
        <translation>%1 usa la tabla de referencia correspondiente a su edad.</translation>
    </message>
    <message>
        <source>%1: severe at or below %2, bradycardia below %3, tachycardia above %4, severe at or above %5 (%6)</source>
        <translation>%1: grave a %2 o menos, bradicardia por debajo de %3, taquicardia por encima de %4, grave a %5 o más (%6)</translation>
    </message>
    <message>
        <source>limits set MRN --severe-low BPM --low BPM --high BPM --severe-high BPM --reason TEXT</source>
        <translation>limits set MRN --severe-low BPM --low BPM --high BPM --severe-high BPM --reason TEXT</translation>
    </message>
    <message>
        <source>Limits set for %1.</source>
        <translation>Límites establecidos para %1.</translation>
    </message>
    <message>
        <source>%1 uses the reference table again.</source>
        <translation>%1 vuelve a usar la tabla de referencia.</translation>
    </message>
    <message>
        <source>unknown limits command &apos;%1&apos;</source>
        <translation>comando limits desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>(no device named)</source>
        <translation>(sin dispositivo indicado)</translation>
    </message>
    <message>
        <source>  %1: not a registered device
</source>
        <translation>  %1: no es un dispositivo registrado
</translation>
    </message>
    <message>
        <source>  %1 -&gt; %2: %3 samples, %4 .. %5
</source>
        <translation>  %1 -&gt; %2: %3 muestras, %4 .. %5
</translation>
    </message>
    <message>
        <source>      patient %1 (bed %2): %3 samples
</source>
        <translation>      paciente %1 (cama %2): %3 muestras
</translation>
    </message>
    <message>
        <source>      assigned to no patient: %1 samples (stored, not analysed)
</source>
        <translation>      sin paciente asignado: %1 muestras (guardadas, no analizadas)
</translation>
    </message>
    <message>
        <source>unknown time zone &apos;%1&apos; (use an IANA name such as Europe/Rome, or UTC)</source>
        <translation>zona horaria desconocida &apos;%1&apos; (utilice un nombre IANA como Europe/Rome, o UTC)</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;</source>
        <translation>formato desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--map needs SOURCE=DEVICE_ID</source>
        <translation>--map necesita SOURCE=DEVICE_ID</translation>
    </message>
    <message>
        <source>import needs at least one FILE or DIR</source>
        <translation>import necesita al menos un FILE o DIR</translation>
    </message>
    <message>
        <source>No file to import in %1.</source>
        <translation>No hay ningún archivo que importar en %1.</translation>
    </message>
    <message>
        <source>  this file was imported before: %1
</source>
        <translation>  este archivo ya se importó: %1
</translation>
    </message>
    <message>
        <source>  would import %1 new samples; %2 already stored; %3 rejected
</source>
        <translation>  se importarían %1 muestras nuevas; %2 ya guardadas; %3 rechazados
</translation>
    </message>
    <message>
        <source>  imported %1 samples (%2 vitals added to them); %3 already stored; %4 rejected; %5 windows analysed, %6 findings
</source>
        <translation>  importadas %1 muestras (con %2 signos vitales añadidos); %3 ya guardadas; %4 rechazados; %5 ventanas analizadas, %6 hallazgos
</translation>
    </message>
    <message>
        <source>skipped (not a data file PulseDesk reads): %1
</source>
        <translation>omitido (no es un archivo de datos que PulseDesk lea): %1
</translation>
    </message>
    <message>
        <source>Total (dry run, nothing stored): %1 new, %2 duplicates, %3 rejected, %4 files not importable.</source>
        <translation>Total (simulación, no se ha guardado nada): %1 nuevas, %2 duplicadas, %3 rechazados, %4 archivos no importables.</translation>
    </message>
    <message>
        <source>Total: %1 imported, %2 duplicates, %3 rejected, %4 files not imported.</source>
        <translation>Total: %1 importadas, %2 duplicadas, %3 rechazados, %4 archivos no importados.</translation>
    </message>
    <message>
        <source>Another import into this store is running; waiting for it to end…</source>
        <translation>Otra importación en esta base de datos está en curso; esperando a que termine…</translation>
    </message>
    <message>
        <source>WARNING: %1</source>
        <translation>ADVERTENCIA: %1</translation>
    </message>
    <message>
        <source>The audit log is NOT intact: %1.</source>
        <translation>El registro de auditoría NO está íntegro: %1.</translation>
    </message>
    <message>
        <source>%1: not imported: %2</source>
        <translation>%1: no importado: %2</translation>
    </message>
    <message>
        <source>the benchmarks are run by pulsedesk-bench</source>
        <translation>las pruebas de rendimiento las ejecuta pulsedesk-bench</translation>
    </message>
    <message>
        <source>export csv needs --patient MRN --what samples|results|alarms --out FILE; --from and --to are ISO 8601</source>
        <translation>export csv necesita --patient MRN --what samples|results|alarms --out FILE; --from y --to en ISO 8601</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2.</source>
        <translation>%1 filas exportadas a %2.</translation>
    </message>
    <message>
        <source>export fhir needs --patient MRN --out FILE; --from and --to are ISO 8601</source>
        <translation>export fhir necesita --patient MRN --out FILE; --from y --to en ISO 8601</translation>
    </message>
    <message>
        <source>Exported a FHIR Bundle to %1: %2 observations of samples, %3 results, %4 alarms, %5 notes.</source>
        <translation>Bundle FHIR exportado a %1: %2 observaciones de muestras, %3 resultados, %4 alarmas, %5 notas.</translation>
    </message>
    <message>
        <source>export patient-copy needs --patient MRN --out DIR</source>
        <translation>export patient-copy necesita --patient MRN --out DIR</translation>
    </message>
    <message>
        <source>The patient&apos;s copy is in %1 and %2.</source>
        <translation>La copia del paciente está en %1 y %2.</translation>
    </message>
    <message>
        <source>export research needs --out DIR; --from and --to are ISO 8601</source>
        <translation>export research necesita --out DIR; --from y --to en ISO 8601</translation>
    </message>
    <message>
        <source>De-identified export in %1: %2 patients, %3 devices, %4 samples, %5 results.</source>
        <translation>Exportación anonimizada en %1: %2 pacientes, %3 dispositivos, %4 muestras, %5 resultados.</translation>
    </message>
    <message>
        <source>unknown export command &apos;%1&apos;</source>
        <translation>comando de exportación desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>user hl7-id needs a user name</source>
        <translation>user hl7-id necesita un nombre de usuario</translation>
    </message>
    <message>
        <source>user hl7-id NAME IDENTIFIER | user hl7-id NAME --clear</source>
        <translation>user hl7-id NAME IDENTIFIER | user hl7-id NAME --clear</translation>
    </message>
    <message>
        <source>%1 has no hospital identifier now.</source>
        <translation>%1 ya no tiene identificador del hospital.</translation>
    </message>
    <message>
        <source>%1 is %2 in the hospital&apos;s systems.</source>
        <translation>%1 es %2 en los sistemas del hospital.</translation>
    </message>
    <message>
        <source>%1 set.</source>
        <translation>%1 establecido.</translation>
    </message>
    <message>
        <source>outbox retry [ID ...]</source>
        <translation>outbox retry [ID ...]</translation>
    </message>
    <message>
        <source>%1 message(s) will be sent again.</source>
        <translation>Se reenviarán %1 mensaje(s).</translation>
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
        <translation>monitorización continua</translation>
    </message>
    <message>
        <source>next observations due %1</source>
        <translation>próximas observaciones: %1</translation>
    </message>
    <message>
        <source> (device)</source>
        <translation> (dispositivo)</translation>
    </message>
    <message>
        <source>Respiration rate %1 /min</source>
        <translation>Frecuencia respiratoria %1 /min</translation>
    </message>
    <message>
        <source>SpO2 %1 % (scale %2)</source>
        <translation>SpO2 %1 % (escala %2)</translation>
    </message>
    <message>
        <source>On oxygen</source>
        <translation>Con oxígeno</translation>
    </message>
    <message>
        <source>On air</source>
        <translation>Aire ambiente</translation>
    </message>
    <message>
        <source>Systolic pressure %1 mmHg</source>
        <translation>Presión sistólica %1 mmHg</translation>
    </message>
    <message>
        <source>Pulse %1 /min</source>
        <translation>Pulso %1 /min</translation>
    </message>
    <message>
        <source>Consciousness %1</source>
        <translation>Nivel de conciencia %1</translation>
    </message>
    <message>
        <source>Temperature %1 °C</source>
        <translation>Temperatura %1 °C</translation>
    </message>
    <message>
        <source>Observation #%1, taken %2</source>
        <translation>Observación #%1, tomada %2</translation>
    </message>
    <message>
        <source> (scale 2)</source>
        <translation> (escala 2)</translation>
    </message>
    <message>
        <source>O2</source>
        <translation>O2</translation>
    </message>
    <message>
        <source>air</source>
        <translation>aire</translation>
    </message>
    <message numerus="yes">
        <source>No device of %1 measured %2 in the last %n minute(s).</source>
        <translation>
            <numerusform>Ningún dispositivo de %1 midió %2 en el último %n minuto.</numerusform>
            <numerusform>Ningún dispositivo de %1 midió %2 en los últimos %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>obs amend needs a numeric observation id</source>
        <translation>obs amend necesita un id de observación numérico</translation>
    </message>
    <message>
        <source>obs amend takes typed values only, not device</source>
        <translation>obs amend solo acepta valores escritos, no device</translation>
    </message>
    <message>
        <source>obs list needs an MRN</source>
        <translation>obs list necesita un MRN</translation>
    </message>
    <message>
        <source>obs scale MRN 1|2</source>
        <translation>obs scale MRN 1|2</translation>
    </message>
    <message>
        <source>%1 now uses SpO2 scale %2.</source>
        <translation>%1 usa ahora la escala de SpO2 %2.</translation>
    </message>
    <message>
        <source>unknown obs command &apos;%1&apos;</source>
        <translation>comando obs desconocido &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 escrito (%n página).</numerusform>
            <numerusform>%1 escrito (%n páginas).</numerusform>
        </translation>
    </message>
    <message>
        <source>report trend needs --patient MRN and --out FILE.pdf; the period is --from and --to (ISO 8601) or --hours N</source>
        <translation>report trend necesita --patient MRN y --out FILE.pdf; el periodo es --from y --to (ISO 8601) o --hours N</translation>
    </message>
    <message>
        <source>report alarms needs --ward WARD and --out FILE.pdf; the period is --from and --to (ISO 8601) or --hours N</source>
        <translation>report alarms necesita --ward WARD y --out FILE.pdf; el periodo es --from y --to (ISO 8601) o --hours N</translation>
    </message>
    <message>
        <source>report handover needs --ward WARD and --out FILE.pdf</source>
        <translation>report handover necesita --ward WARD y --out FILE.pdf</translation>
    </message>
    <message>
        <source>report trend | alarms | handover</source>
        <translation>report trend | alarms | handover</translation>
    </message>
    <message>
        <source>unknown report &apos;%1&apos;</source>
        <translation>informe desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>give either --data or --server, not both</source>
        <translation>indique --data o --server, no ambos</translation>
    </message>
    <message>
        <source>The password file %1 cannot be read: %2</source>
        <translation>No se puede leer el archivo de contraseña %1: %2</translation>
    </message>
    <message>
        <source>The password file %1 is empty.</source>
        <translation>El archivo de contraseña %1 está vacío.</translation>
    </message>
    <message>
        <source>server init needs --admin NAME</source>
        <translation>server init necesita --admin NAME</translation>
    </message>
    <message>
        <source>server init needs --server CONNINFO</source>
        <translation>server init necesita --server CONNINFO</translation>
    </message>
    <message>
        <source>Created the PulseDesk ward with the administrator %1, who logs in with --server and --user %1.</source>
        <translation>Se ha creado la planta de PulseDesk con el administrador %1, que inicia sesión con --server y --user %1.</translation>
    </message>
    <message>
        <source>unknown server command &apos;%1&apos;</source>
        <translation>comando server desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a ward server is created with server init</source>
        <translation>el servidor de la planta se crea con server init</translation>
    </message>
    <message>
        <source>(no manufacturer or model)</source>
        <translation>(sin fabricante ni modelo)</translation>
    </message>
    <message numerus="yes">
        <source>Device-fleet health, last %n hour(s) (%1 – %2): </source>
        <translation>
            <numerusform>Estado de las flotas de dispositivos, última %n hora (%1 – %2): </numerusform>
            <numerusform>Estado de las flotas de dispositivos, últimas %n horas (%1 – %2): </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 devices with readings in %2 fleets, %3 flagged.
</source>
        <translation>%1 dispositivos con lecturas en %2 flotas, marcados: %3.
</translation>
    </message>
    <message>
        <source>%1 (%2 devices): </source>
        <translation>%1 (%2 dispositivos): </translation>
    </message>
    <message>
        <source>too few devices to judge (at least 3)
</source>
        <translation>demasiado pocos dispositivos para evaluar (al menos 3)
</translation>
    </message>
    <message>
        <source>no device flagged
</source>
        <translation>ningún dispositivo marcado
</translation>
    </message>
    <message>
        <source>%1 flagged
</source>
        <translation>marcados: %1
</translation>
    </message>
    <message>
        <source>  (on a patient)</source>
        <translation>  (en un paciente)</translation>
    </message>
    <message>
        <source>devices health [--hours N]: N is a whole number of hours</source>
        <translation>devices health [--hours N]: N es un número entero de horas</translation>
    </message>
    <message>
        <source>unknown devices command &apos;%1&apos;</source>
        <translation>comando devices desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>  anomaly %1</source>
        <translation>  anomalía %1</translation>
    </message>
    <message>
        <source>migrate-to-server needs --server CONNINFO</source>
        <translation>migrate-to-server necesita --server CONNINFO</translation>
    </message>
    <message>
        <source>migrate-to-server copies a data folder: give --data</source>
        <translation>migrate-to-server copia una carpeta de datos: indique --data</translation>
    </message>
    <message>
        <source>Copied %1 tables (%2 rows) to the ward server; the audit chain (%3 entries) verifies there. %4 logs in with --server and --user %4; this workstation&apos;s data folder is unchanged.</source>
        <translation>Copiadas %1 tablas (%2 filas) al servidor de planta; la cadena de auditoría (%3 entradas) se verifica allí. %4 inicia sesión con --server y --user %4; la carpeta de datos de este puesto no ha cambiado.</translation>
    </message>
    <message>
        <source>Their server logins open once you reset their passwords (user reset-password NAME): %1</source>
        <translation>Sus accesos al servidor se abren cuando restablezca sus contraseñas (user reset-password NAME): %1</translation>
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
        <translation>No hay ninguna tabla pediátrica de alerta temprana seleccionada: los pacientes menores de 16 años no reciben puntuación.
</translation>
    </message>
    <message>
        <source>Paediatric early-warning chart: %1
Source: %2
</source>
        <translation>Tabla pediátrica de alerta temprana: %1
Fuente: %2
</translation>
    </message>
    <message>
        <source>  from %1 months: %2 (%3)
</source>
        <translation>  desde %1 meses: %2 (%3)
</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>kept for ever</source>
        <translation>se conservan indefinidamente</translation>
    </message>
    <message>
        <source>kept for %1 months before the current one</source>
        <translation>se conservan %1 meses antes del actual</translation>
    </message>
    <message>
        <source>partitions</source>
        <translation>particiones</translation>
    </message>
    <message>
        <source>samples set storage.sampleRetentionMonths MONTHS</source>
        <translation>samples set storage.sampleRetentionMonths MONTHS</translation>
    </message>
    <message>
        <source>Raw samples are %1.</source>
        <translation>Las muestras brutas %1.</translation>
    </message>
    <message>
        <source>%1: %2 samples removed
</source>
        <translation>%1: %2 muestras eliminadas
</translation>
    </message>
    <message>
        <source>Raw samples are kept for ever: nothing removed.
</source>
        <translation>Las muestras brutas se conservan indefinidamente: no se ha eliminado nada.
</translation>
    </message>
    <message>
        <source>No samples before %1: nothing removed.
</source>
        <translation>No hay muestras anteriores a %1: no se ha eliminado nada.
</translation>
    </message>
    <message>
        <source>samples show | set KEY VALUE | prune</source>
        <translation>samples show | set KEY VALUE | prune</translation>
    </message>
    <message>
        <source>server upgrade needs --server CONNINFO</source>
        <translation>server upgrade necesita --server CONNINFO</translation>
    </message>
    <message>
        <source>The ward&apos;s schema was already at version %1; the privileges of its roles are set again.</source>
        <translation>El esquema de la planta ya estaba en la versión %1; los privilegios de sus roles se han vuelto a establecer.</translation>
    </message>
    <message>
        <source>The ward&apos;s schema is upgraded from version %1 to %2, and the privileges of its roles are set again.</source>
        <translation>El esquema de la planta se ha actualizado de la versión %1 a la %2 y los privilegios de sus roles se han vuelto a establecer.</translation>
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

  --server CONNINFO: una planta en un servidor PostgreSQL (cadena de conexión libpq, se respetan las variables PG*);
  cada miembro del personal inicia sesión con su propia cuenta del servidor.
  server init --admin NAME [--name FULL_NAME] [--password-file FILE]
                                              crear la planta en una base de datos vacía (con un rol que pueda
                                              crear roles): esquema, roles, privilegios, primer administrador
  server upgrade                              actualizar el esquema de la planta y los privilegios de sus roles a
                                              este PulseDesk (con un rol que pueda crear roles)
  migrate-to-server --server CONNINFO         copiar este puesto (--data) como planta a una base de datos vacía
                                              (admin; CONNINFO: un rol que puede crear roles)
  init --admin NAME [--name FULL_NAME]        crear la estación de trabajo y su primer administrador
  status                                      versión del esquema y recuento de registros
  user add NAME --role admin|doctor|nurse [--name FULL_NAME]
  user list | deactivate NAME | reactivate NAME | reset-password NAME | role NAME ROLE | passwd
  patient add --mrn MRN --name NAME [--birth-date YYYY-MM-DD] [--sex female|male|unknown]
              [--ward WARD] [--bed BED]
  patient list [--all] [--mine] | show MRN | discharge MRN | assign-doctor MRN DOCTOR
  device add DEVICE_ID [--manufacturer M] [--model M]
  device list | assign DEVICE_ID MRN [--from TIME] | unassign DEVICE_ID [--at TIME] | history DEVICE_ID
  devices health [--hours N]                  dispositivos cuyas lecturas se desvían de su flota (admin)
  record add MRN --text TEXT|- | amend RECORD_ID --text TEXT|- | list MRN
  obs add MRN --rr N --spo2 N [--scale 1|2] --air|--oxygen --sbp N --pulse N --acvpu A|C|V|P|U --temp N.N
      (--spo2, --sbp, --pulse, --temp device: lo que midió el dispositivo del paciente en los últimos minutos)
  obs amend OBSERVATION_ID ... | list MRN | scale MRN 1|2   (escala 2: orden médica, objetivo 88-92 %)
  pews show | set FILE | none                 la tabla pediátrica de alerta temprana para menores de 16 años (admin)
  audit verify | list [--limit N] | reanchor   (reanchor: aceptar un almacén por detrás de su ancla)
  monitor [--host HOST] [--port PORT] [--status-every SECONDS]   ingerir del broker hasta SIGINT/SIGTERM
          [--adt-listen HOST:PORT] [--results-to HOST:PORT] [--alarms-to HOST:PORT]
          HL7 ADT de entrada, resultados IHE PCD-01 y alarmas PCD-04 de salida (admin)
  interfaces show | set KEY VALUE             ajustes de la interfaz HL7 (adt.listen, adt.certificate, adt.key,
                                              adt.allowedPeers, results.to, alarms.to,
                                              results.summary windows|minute-median,
                                              alarms.topic MQTT-TOPIC: alarmas solo con cama y prioridad)
  outbox list [--all] | retry [ID ...]        mensajes rechazados por la HCE (errores de interfaz), reenviar
  samples show | set storage.sampleRetentionMonths MONTHS | prune
                                              muestras brutas conservadas (0 = sin límite), se eliminan las anteriores (admin)
  user hl7-id NAME IDENTIFIER|--clear         identificador de un médico en los sistemas del hospital (PV1-7/8)
  quarantine list [--reason TEXT] | replay [ID ...]
  results --patient MRN [--from TIME] [--to TIME] [--limit N]   resultados de análisis, los más recientes primero
  findings [--patient MRN] [--all]            ventanas anómalas de volcados y cargas retroactivas, para revisar
  alarms list [--all] [--mine] | ack ID [--comment TEXT] | pause ID [--seconds N]
  limits show MRN | clear MRN --reason TEXT
  limits set MRN --severe-low BPM --low BPM --high BPM --severe-high BPM --reason TEXT
  import FILE|DIR ... [--tz ZONE] [--format device-dump|fhir|open-mhealth|fitbit|fitbit-csv|apple-health|vendor-api]
         [--device DEVICE_ID] [--map SOURCE=DEVICE_ID ...] [--dry-run]   importar volcados sin conexión
  export csv --patient MRN --what samples|results|alarms [--from TIME] [--to TIME] --out FILE
  export fhir --patient MRN [--from TIME] [--to TIME] --out FILE   el expediente como Bundle FHIR R4
  export patient-copy --patient MRN --out DIR   la copia propia del paciente: Bundle FHIR y PDF
  export research [--from TIME] [--to TIME] --out DIR   muestras y resultados de todos los pacientes, anonimizados
  report trend --patient MRN [--from TIME --to TIME | --hours N] --out FILE.pdf
  report alarms --ward WARD [--from TIME --to TIME | --hours N] --out FILE.pdf
  report handover --ward WARD --out FILE.pdf   informes PDF (el periodo por defecto son las últimas 24 horas)
  demo [--no-gui]                             un broker local, una planta simulada y la estación de trabajo
  simulate [--host HOST] [--port PORT] [--devices N] [--prefix sim-] [--duration SECONDS] [--speed X]
           [--seed N] [--topic T] [--batch-topic T]        publicar flujos de dispositivos realistas
           [--faulty N]   además, N dispositivos defectuosos (offset, stuck, noise, dropouts; los identificadores indican el fallo)

Las contraseñas se leen del terminal, o una por línea de la entrada estándar con --password-stdin:
primero la del usuario que actúa, luego cada nueva contraseña que fije el comando.
Estado de salida: 0 éxito, 1 fallo, 2 uso, 3 no permitido, 4 inicio de sesión fallido,
5 importado, pero se rechazaron algunos registros (están en la cuarentena).</translation>
    </message>
    <message>
        <source>interfaces set adt.listen|adt.certificate|adt.key|adt.allowedPeers|results.to|alarms.to VALUE
       interfaces set results.summary windows|minute-median
       interfaces set alarms.topic MQTT-TOPIC  (&quot;&quot; turns the alarm topic off)</source>
        <translation>interfaces set adt.listen|adt.certificate|adt.key|adt.allowedPeers|results.to|alarms.to VALUE
       interfaces set results.summary windows|minute-median
       interfaces set alarms.topic MQTT-TOPIC  (&quot;&quot; desactiva el tema de alarmas)</translation>
    </message>
</context>
<context>
    <name>ClinicalRecordStore</name>
    <message>
        <source>The note is empty.</source>
        <translation>La nota está vacía.</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation>La nota supera los %1 caracteres.</translation>
    </message>
    <message>
        <source>writing a clinical note</source>
        <translation>escribir una nota clínica</translation>
    </message>
    <message>
        <source>amending a clinical note</source>
        <translation>enmendar una nota clínica</translation>
    </message>
    <message>
        <source>There is no clinical note %1.</source>
        <translation>No existe la nota clínica %1.</translation>
    </message>
    <message>
        <source>reading clinical notes</source>
        <translation>leer las notas clínicas</translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <source>The key derivation parameters are out of range.</source>
        <translation>Los parámetros de derivación de clave están fuera de rango.</translation>
    </message>
    <message>
        <source>The password could not be turned into a key (scrypt failed).</source>
        <translation>No se pudo derivar una clave de la contraseña (falló scrypt).</translation>
    </message>
    <message>
        <source>The encryption key has the wrong length.</source>
        <translation>La clave de cifrado tiene una longitud incorrecta.</translation>
    </message>
    <message>
        <source>Encryption failed.</source>
        <translation>El cifrado ha fallado.</translation>
    </message>
    <message>
        <source>The encrypted key has the wrong shape.</source>
        <translation>La clave cifrada tiene un formato incorrecto.</translation>
    </message>
    <message>
        <source>The password is wrong or the key slot is damaged.</source>
        <translation>La contraseña es incorrecta o la ranura de clave está dañada.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>There is no PulseDesk database at %1.</source>
        <translation>No hay ninguna base de datos de PulseDesk en %1.</translation>
    </message>
    <message>
        <source>A PulseDesk database already exists at %1.</source>
        <translation>Ya existe una base de datos de PulseDesk en %1.</translation>
    </message>
    <message>
        <source>The database %1 could not be opened: %2</source>
        <translation>No se pudo abrir la base de datos %1: %2</translation>
    </message>
    <message>
        <source>The database %1 could not be set up: %2</source>
        <translation>No se pudo configurar la base de datos %1: %2</translation>
    </message>
    <message>
        <source>The database %1 is empty or damaged: it holds no PulseDesk data. Nothing was changed; restore it from a backup or ask IT.</source>
        <translation>La base de datos %1 está vacía o dañada: no contiene datos de PulseDesk. No se ha modificado nada; restáurela desde una copia de seguridad o consulte al departamento de informática.</translation>
    </message>
    <message>
        <source>The server connection string is not valid: %1</source>
        <translation>La cadena de conexión al servidor no es válida: %1</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>memoria agotada</translation>
    </message>
    <message>
        <source>the value of %1 holds a &apos;;&apos;</source>
        <translation>el valor de %1 contiene un «;»</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed; install the package libqt6sql6-psql.</source>
        <translation>El controlador PostgreSQL de Qt (QPSQL) no está instalado; instale el paquete libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>The PostgreSQL server could not be reached or refused the login: %1</source>
        <translation>No se pudo contactar con el servidor PostgreSQL o rechazó el inicio de sesión: %1</translation>
    </message>
    <message>
        <source>The server %1 asks for a password and none was given.</source>
        <translation>El servidor %1 solicita una contraseña y no se ha indicado ninguna.</translation>
    </message>
    <message>
        <source>The server %1 refused the login: %2</source>
        <translation>El servidor %1 rechazó el inicio de sesión: %2</translation>
    </message>
    <message>
        <source>The PostgreSQL server cannot be reached: %1</source>
        <translation>No se puede contactar con el servidor PostgreSQL: %1</translation>
    </message>
    <message>
        <source>The certificate of the server %1 is not signed by the CA in sslrootcert: ask IT for the ward&apos;s CA certificate file.</source>
        <translation>El certificado del servidor %1 no está firmado por la CA de sslrootcert: pida a TI el archivo del certificado de la CA de la planta.</translation>
    </message>
    <message>
        <source>The certificate of the server %1 is made out to another name: connect with the host name in its certificate.</source>
        <translation>El certificado del servidor %1 está emitido a otro nombre: conéctese con el nombre de host de su certificado.</translation>
    </message>
    <message>
        <source>The CA certificate file given in sslrootcert cannot be read.</source>
        <translation>No se puede leer el archivo del certificado de la CA indicado en sslrootcert.</translation>
    </message>
    <message>
        <source>The server %1 accepts only encrypted connections: add sslmode=verify-full and sslrootcert=CA_FILE to the connection string.</source>
        <translation>El servidor %1 solo acepta conexiones cifradas: añada sslmode=verify-full y sslrootcert=CA_FILE a la cadena de conexión.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>pulsedesk-cli: cannot create %1</source>
        <translation>pulsedesk-cli: no se puede crear %1</translation>
    </message>
    <message>
        <source>pulsedesk-cli: the local broker did not start: %1</source>
        <translation>pulsedesk-cli: no se pudo iniciar el broker local: %1</translation>
    </message>
    <message>
        <source>Setting up the demo ward in %1 ...</source>
        <translation>Configurando la planta de demostración en %1 ...</translation>
    </message>
    <message>
        <source>PulseDesk demo: a local broker on port %1 and %2 simulated devices.</source>
        <translation>Demostración de PulseDesk: un broker local en el puerto %1 y %2 dispositivos simulados.</translation>
    </message>
    <message>
        <source>Demo accounts (for this demo folder only):</source>
        <translation>Cuentas de demostración (solo para esta carpeta de demostración):</translation>
    </message>
    <message>
        <source>Stop the demo by closing the workstation (or with Ctrl+C).</source>
        <translation>Detenga la demostración cerrando el puesto de trabajo (o con Ctrl+C).</translation>
    </message>
    <message>
        <source>Demo stopped: %1 messages published. The data stays in %2.</source>
        <translation>Demostración detenida: %1 mensajes publicados. Los datos se conservan en %2.</translation>
    </message>
    <message>
        <source>alarm %1: %2 %3, patient #%4</source>
        <translation>alarma %1: %2 %3, paciente n.º %4</translation>
    </message>
</context>
<context>
    <name>DemoWard</name>
    <message>
        <source>The demo ward could not be set up (%1): %2</source>
        <translation>No se pudo configurar la planta de demostración (%1): %2</translation>
    </message>
</context>
<context>
    <name>DeviceRegistry</name>
    <message>
        <source>There is no registered device %1.</source>
        <translation>El dispositivo %1 no está registrado.</translation>
    </message>
    <message>
        <source>Enter the device identifier (at most 128 characters).</source>
        <translation>Introduzca el identificador del dispositivo (128 caracteres como máximo).</translation>
    </message>
    <message>
        <source>registering a device</source>
        <translation>registrar un dispositivo</translation>
    </message>
    <message>
        <source>The device %1 is already registered.</source>
        <translation>El dispositivo %1 ya está registrado.</translation>
    </message>
    <message>
        <source>listing devices</source>
        <translation>listar los dispositivos</translation>
    </message>
    <message>
        <source>assigning a device</source>
        <translation>asignar un dispositivo</translation>
    </message>
    <message>
        <source>There is no patient with the medical record number %1.</source>
        <translation>No hay ningún paciente con el número de historia clínica %1.</translation>
    </message>
    <message>
        <source>The patient %1 is discharged.</source>
        <translation>El paciente %1 está dado de alta.</translation>
    </message>
    <message>
        <source>The device %1 is already assigned to the patient %2; end that assignment first.</source>
        <translation>El dispositivo %1 ya está asignado al paciente %2; finalice antes esa asignación.</translation>
    </message>
    <message>
        <source>The device %1 was still worn by another patient at that time.</source>
        <translation>En ese momento, el dispositivo %1 aún lo llevaba otro paciente.</translation>
    </message>
    <message>
        <source>ending a device assignment</source>
        <translation>finalizar la asignación de un dispositivo</translation>
    </message>
    <message>
        <source>The device %1 is not assigned to anyone.</source>
        <translation>El dispositivo %1 no está asignado a nadie.</translation>
    </message>
    <message>
        <source>reading a device&apos;s history</source>
        <translation>leer el historial de un dispositivo</translation>
    </message>
    <message>
        <source>reading a patient&apos;s devices</source>
        <translation>leer los dispositivos de un paciente</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n month(s))</source>
        <translation>
            <numerusform>%1 (%n mes)</numerusform>
            <numerusform>%1 (%n meses)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 y)</source>
        <translation>%1 (%2 años)</translation>
    </message>
</context>
<context>
    <name>DoctorIdentifiers</name>
    <message>
        <source>listing doctors</source>
        <translation>listar médicos</translation>
    </message>
    <message>
        <source>An identifier has at most 64 characters and no ^ or |.</source>
        <translation>Un identificador tiene como máximo 64 caracteres y ni ^ ni |.</translation>
    </message>
    <message>
        <source>setting an identifier</source>
        <translation>establecer un identificador</translation>
    </message>
    <message>
        <source>Another doctor already has the identifier %1.</source>
        <translation>Otro médico ya tiene el identificador %1.</translation>
    </message>
    <message>
        <source>There is no doctor with the user name %1.</source>
        <translation>No hay ningún médico con el nombre de usuario %1.</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>reading the rows to export</source>
        <translation>leer las filas que exportar</translation>
    </message>
    <message>
        <source>reading the patient</source>
        <translation>leer el paciente</translation>
    </message>
    <message>
        <source>There is no patient with the medical record number %1.</source>
        <translation>No hay ningún paciente con el número de historia clínica %1.</translation>
    </message>
    <message>
        <source>reading the patient&apos;s devices</source>
        <translation>leer los dispositivos del paciente</translation>
    </message>
    <message>
        <source>reading the analysis results</source>
        <translation>leer los resultados de análisis</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>reading the record to export</source>
        <translation>leer el expediente que exportar</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
</context>
<context>
    <name>FleetHealth</name>
    <message>
        <source>constant offset</source>
        <translation>desplazamiento constante</translation>
    </message>
    <message>
        <source>too little variability</source>
        <translation>variabilidad demasiado baja</translation>
    </message>
    <message>
        <source>too much variability</source>
        <translation>variabilidad demasiado alta</translation>
    </message>
    <message>
        <source>frequent dropouts</source>
        <translation>pérdidas frecuentes de lecturas</translation>
    </message>
    <message>
        <source>value stuck</source>
        <translation>valor congelado</translation>
    </message>
    <message>
        <source>heart rate</source>
        <translation>frecuencia cardíaca</translation>
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
        <translation>presión sistólica</translation>
    </message>
    <message>
        <source>diastolic pressure</source>
        <translation>presión diastólica</translation>
    </message>
    <message>
        <source>%1: median %2 against the fleet&apos;s %3 (limit %4)</source>
        <translation>%1: mediana %2 frente a %3 de la flota (límite %4)</translation>
    </message>
    <message>
        <source>%1: MAD %2 against the fleet&apos;s %3 (limit %4)</source>
        <translation>%1: MAD %2 frente a %3 de la flota (límite %4)</translation>
    </message>
    <message>
        <source>%1: one value for %2 min against the fleet&apos;s %3 min (limit %4 min)</source>
        <translation>%1: un mismo valor durante %2 min frente a %3 min de la flota (límite %4 min)</translation>
    </message>
    <message>
        <source>%1 % of readings missing against the fleet&apos;s %2 % (limit %3 %)</source>
        <translation>falta el %1 % de las lecturas frente al %2 % de la flota (límite %3 %)</translation>
    </message>
    <message>
        <source>The period is 1 to 744 hours, not %1.</source>
        <translation>El periodo es de 1 a 744 horas, no %1.</translation>
    </message>
    <message>
        <source>reading the devices&apos; readings</source>
        <translation>consultar las lecturas de los dispositivos</translation>
    </message>
</context>
<context>
    <name>HeartRateBands</name>
    <message>
        <source>The heart-rate reference table is not valid: %1</source>
        <translation>La tabla de referencia de frecuencia cardíaca no es válida: %1</translation>
    </message>
</context>
<context>
    <name>HeartRateLimits</name>
    <message>
        <source>Every limit must lie between 20 and 300 beats/min.</source>
        <translation>Cada límite debe estar entre 20 y 300 latidos/min.</translation>
    </message>
    <message>
        <source>The limits must rise in this order: severe bradycardia, bradycardia, tachycardia, severe tachycardia.</source>
        <translation>Los límites deben ser crecientes en este orden: bradicardia grave, bradicardia, taquicardia, taquicardia grave.</translation>
    </message>
</context>
<context>
    <name>HeartRateSeries</name>
    <message>
        <source>reading the heart-rate chart</source>
        <translation>leer el gráfico de frecuencia cardíaca</translation>
    </message>
    <message>
        <source>The chart&apos;s time range is empty.</source>
        <translation>El intervalo de tiempo del gráfico está vacío.</translation>
    </message>
    <message>
        <source>There is no patient with the medical record number %1.</source>
        <translation>No hay ningún paciente con el número de historia clínica %1.</translation>
    </message>
</context>
<context>
    <name>Hl7Message</name>
    <message>
        <source>The message does not begin with an MSH segment.</source>
        <translation>El mensaje no comienza con un segmento MSH.</translation>
    </message>
    <message>
        <source>MSH-1, the field separator, is missing.</source>
        <translation>Falta MSH-1, el separador de campos.</translation>
    </message>
    <message>
        <source>MSH-2, the encoding characters, is missing or malformed.</source>
        <translation>MSH-2, los caracteres de codificación, falta o tiene un formato incorrecto.</translation>
    </message>
    <message>
        <source>The character set &quot;%1&quot; in MSH-18 is not supported (ASCII, 8859/1 and UNICODE UTF-8 are).</source>
        <translation>El juego de caracteres &quot;%1&quot; en MSH-18 no es compatible (ASCII, 8859/1 y UNICODE UTF-8 sí lo son).</translation>
    </message>
    <message>
        <source>The message is not valid UTF-8, which MSH-18 declares.</source>
        <translation>El mensaje no es UTF-8 válido, como declara MSH-18.</translation>
    </message>
    <message>
        <source>Byte %1 of the message is not ASCII, which MSH-18 declares.</source>
        <translation>El byte %1 del mensaje no es ASCII, como declara MSH-18.</translation>
    </message>
    <message>
        <source>Segment %1 has no valid name.</source>
        <translation>El segmento %1 no tiene un nombre válido.</translation>
    </message>
    <message>
        <source>The message has a second MSH segment.</source>
        <translation>El mensaje tiene un segundo segmento MSH.</translation>
    </message>
</context>
<context>
    <name>ImportFormat</name>
    <message>
        <source>unnamed observation</source>
        <translation>observación sin nombre</translation>
    </message>
    <message>
        <source>the quantity has no number</source>
        <translation>la cantidad no tiene valor numérico</translation>
    </message>
    <message>
        <source>heart rate in unit &apos;%1&apos;, not per minute</source>
        <translation>frecuencia cardíaca en la unidad &apos;%1&apos;, no por minuto</translation>
    </message>
    <message>
        <source>oxygen saturation in unit &apos;%1&apos;, not %</source>
        <translation>saturación de oxígeno en la unidad &apos;%1&apos;, no en %</translation>
    </message>
    <message>
        <source>temperature in unit &apos;%1&apos;</source>
        <translation>temperatura en la unidad &apos;%1&apos;</translation>
    </message>
    <message>
        <source>blood pressure in unit &apos;%1&apos;, not mmHg</source>
        <translation>presión arterial en la unidad &apos;%1&apos;, no en mmHg</translation>
    </message>
    <message>
        <source>no value PulseDesk can use</source>
        <translation>ningún valor que PulseDesk pueda usar</translation>
    </message>
    <message>
        <source>no value: data absent (%1)</source>
        <translation>sin valor: dato ausente (%1)</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <source>effective time &apos;%1&apos; is a date without a time of day</source>
        <translation>la fecha efectiva &apos;%1&apos; no incluye la hora del día</translation>
    </message>
    <message>
        <source>status &apos;%1&apos;: not a valid measurement</source>
        <translation>estado &apos;%1&apos;: no es una medición válida</translation>
    </message>
    <message>
        <source>status &apos;%1&apos;: no result to import</source>
        <translation>estado &apos;%1&apos;: no hay ningún resultado que importar</translation>
    </message>
    <message>
        <source>no effective time (the release time &apos;issued&apos; is not the time of measurement)</source>
        <translation>sin fecha efectiva (la fecha de emisión &apos;issued&apos; no es el momento de la medición)</translation>
    </message>
    <message>
        <source>sampled data without a usable period or factor</source>
        <translation>datos muestreados sin un periodo o un factor utilizables</translation>
    </message>
    <message>
        <source>sampled data with %1 dimensions (a waveform, not a heart-rate series)</source>
        <translation>datos muestreados con %1 dimensiones (una forma de onda, no una serie de frecuencia cardíaca)</translation>
    </message>
    <message>
        <source>sampled data point %1: error marker E</source>
        <translation>punto %1 de los datos muestreados: marcador de error E</translation>
    </message>
    <message>
        <source>sampled data point %1: below the device&apos;s lower limit (L)</source>
        <translation>punto %1 de los datos muestreados: por debajo del límite inferior del dispositivo (L)</translation>
    </message>
    <message>
        <source>sampled data point %1: above the device&apos;s upper limit (U)</source>
        <translation>punto %1 de los datos muestreados: por encima del límite superior del dispositivo (U)</translation>
    </message>
    <message>
        <source>sampled data point %1: &apos;%2&apos; is not a number</source>
        <translation>punto %1 de los datos muestreados: &apos;%2&apos; no es un número</translation>
    </message>
    <message>
        <source>no value and no reason for its absence</source>
        <translation>sin valor ni motivo de su ausencia</translation>
    </message>
    <message>
        <source>not a FHIR resource</source>
        <translation>no es un recurso FHIR</translation>
    </message>
    <message>
        <source>heart rate in unit &apos;%1&apos;, not beats/min</source>
        <translation>frecuencia cardíaca en la unidad &apos;%1&apos;, no en beats/min</translation>
    </message>
    <message>
        <source>oxygen saturation not in %</source>
        <translation>saturación de oxígeno no expresada en %</translation>
    </message>
    <message>
        <source>Open mHealth data of another kind</source>
        <translation>datos de Open mHealth de otro tipo</translation>
    </message>
    <message>
        <source>the value is not a number</source>
        <translation>el valor no es un número</translation>
    </message>
    <message>
        <source>a %1 over a period, not a single measurement</source>
        <translation>estadístico %1 sobre un periodo, no una medición puntual</translation>
    </message>
    <message>
        <source>measured over a time interval, not at one time</source>
        <translation>medido a lo largo de un intervalo de tiempo, no en un instante concreto</translation>
    </message>
    <message>
        <source>no effective time frame</source>
        <translation>sin marco temporal efectivo</translation>
    </message>
    <message>
        <source>Fitbit daily summary</source>
        <translation>resumen diario de Fitbit</translation>
    </message>
    <message>
        <source>time &apos;%1&apos; is not MM/DD/YY hh:mm:ss</source>
        <translation>la hora &apos;%1&apos; no tiene el formato MM/DD/YY hh:mm:ss</translation>
    </message>
    <message>
        <source>no valid reading (Fitbit confidence 0)</source>
        <translation>ninguna lectura válida (fiabilidad de Fitbit 0)</translation>
    </message>
    <message>
        <source>the file cannot be read again</source>
        <translation>no se puede volver a leer el archivo</translation>
    </message>
    <message>
        <source>line 1: expected the header &apos;Id,Time,Value&apos; or &apos;timestamp,beats per minute&apos;</source>
        <translation>línea 1: se esperaba el encabezado &apos;Id,Time,Value&apos; o &apos;timestamp,beats per minute&apos;</translation>
    </message>
    <message>
        <source>expected %1 columns</source>
        <translation>se esperaban %1 columnas</translation>
    </message>
    <message>
        <source>time &apos;%1&apos; cannot be read</source>
        <translation>no se puede leer la hora &apos;%1&apos;</translation>
    </message>
    <message>
        <source>start date &apos;%1&apos; is not &apos;yyyy-MM-dd hh:mm:ss ±hhmm&apos;</source>
        <translation>la fecha de inicio &apos;%1&apos; no tiene el formato &apos;yyyy-MM-dd hh:mm:ss ±hhmm&apos;</translation>
    </message>
    <message>
        <source>value &apos;%1&apos; is not a number</source>
        <translation>el valor &apos;%1&apos; no es un número</translation>
    </message>
    <message>
        <source>heart rate in unit &apos;%1&apos;, not count/min</source>
        <translation>frecuencia cardíaca en la unidad &apos;%1&apos;, no en count/min</translation>
    </message>
    <message>
        <source>invalid XML at line %1, column %2: %3</source>
        <translation>XML no válido en la línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>Device dump (JSON)</source>
        <translation>Volcado de dispositivo (JSON)</translation>
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
        <translation>Archivo de datos de Fitbit (JSON)</translation>
    </message>
    <message>
        <source>Fitbit heart rate (CSV)</source>
        <translation>Frecuencia cardíaca de Fitbit (CSV)</translation>
    </message>
    <message>
        <source>Apple Health export (XML)</source>
        <translation>Exportación de Apple Health (XML)</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>formato desconocido</translation>
    </message>
    <message>
        <source>time &apos;%1&apos; on day &apos;%2&apos; is not a time</source>
        <translation>la hora &apos;%1&apos; del día &apos;%2&apos; no es una hora válida</translation>
    </message>
    <message>
        <source>no start and end time</source>
        <translation>sin hora de inicio ni de fin</translation>
    </message>
    <message>
        <source>not a single measurement (an interval of %1 s)</source>
        <translation>no es una medición puntual (un intervalo de %1 s)</translation>
    </message>
    <message>
        <source>no measurement time with a time zone</source>
        <translation>sin hora de medición con zona horaria</translation>
    </message>
    <message>
        <source>no heart rate (iHealth 0)</source>
        <translation>sin frecuencia cardíaca (iHealth 0)</translation>
    </message>
    <message>
        <source>Withings objective</source>
        <translation>objetivo de Withings</translation>
    </message>
    <message>
        <source>Withings measure type %1</source>
        <translation>tipo de medida %1 de Withings</translation>
    </message>
    <message>
        <source>no measurement time</source>
        <translation>sin hora de medición</translation>
    </message>
    <message>
        <source>this file is too large for a saved API response (over 64 MiB)</source>
        <translation>este archivo es demasiado grande para una respuesta de API guardada (más de 64 MiB)</translation>
    </message>
    <message>
        <source>invalid JSON at line %1, column %2: %3</source>
        <translation>JSON no válido en la línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>Jawbone daily resting heart rate</source>
        <translation>frecuencia cardíaca en reposo diaria de Jawbone</translation>
    </message>
    <message>
        <source>not a known API response (Fitbit, Google Fit, iHealth, Withings)</source>
        <translation>no es una respuesta de API conocida (Fitbit, Google Fit, iHealth, Withings)</translation>
    </message>
    <message>
        <source>Vendor cloud API (Fitbit, Google Fit, iHealth, Withings)</source>
        <translation>API en la nube del fabricante (Fitbit, Google Fit, iHealth, Withings)</translation>
    </message>
    <message>
        <source>%1, not an object</source>
        <translation>%1, no un objeto</translation>
    </message>
    <message>
        <source>%1, not an Open mHealth data point</source>
        <translation>%1, no un punto de datos de Open mHealth</translation>
    </message>
    <message>
        <source>the file&apos;s document type uses parameter entities (an Apple Health export does not); not read</source>
        <translation>la declaración de tipo de documento del archivo usa entidades de parámetro (una exportación de Apple Health no las usa); no leído</translation>
    </message>
    <message>
        <source>the file&apos;s document type is over 8 MiB (an Apple Health export&apos;s is a few KiB); not read</source>
        <translation>la declaración de tipo de documento del archivo supera los 8 MiB (la de una exportación de Apple Health ocupa unos pocos KiB); no leído</translation>
    </message>
    <message>
        <source>the file declares entities that could expand its text to more than %1 MiB (an Apple Health export declares none); not read</source>
        <translation>el archivo declara entidades que podrían ampliar su texto a más de %1 MiB (una exportación de Apple Health no declara ninguna); no leído</translation>
    </message>
    <message>
        <source>the line is longer than %1 bytes</source>
        <translation>la línea tiene más de %1 bytes</translation>
    </message>
    <message>
        <source>measurement time %1 is beyond any date</source>
        <translation>la hora de medición %1 está fuera de cualquier fecha</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>the file does not say which device took it; choose the device</source>
        <translation>el archivo no indica qué dispositivo obtuvo el registro; elija el dispositivo</translation>
    </message>
    <message>
        <source>device %1 is not registered; choose the device it belongs to</source>
        <translation>el dispositivo %1 no está registrado; elija el dispositivo al que corresponde</translation>
    </message>
    <message>
        <source>other reasons</source>
        <translation>otros motivos</translation>
    </message>
    <message>
        <source>The database is busy or unavailable: %1</source>
        <translation>La base de datos está ocupada o no disponible: %1</translation>
    </message>
    <message>
        <source>preparing the import</source>
        <translation>preparar la importación</translation>
    </message>
    <message>
        <source>recording the import</source>
        <translation>registrar la importación</translation>
    </message>
    <message>
        <source>storing samples</source>
        <translation>guardar las muestras</translation>
    </message>
    <message>
        <source>quarantining a record</source>
        <translation>poner un registro en cuarentena</translation>
    </message>
    <message>
        <source>undoing an import</source>
        <translation>deshacer una importación</translation>
    </message>
    <message>
        <source>looking for interrupted imports</source>
        <translation>buscar importaciones interrumpidas</translation>
    </message>
    <message>
        <source>interrupted before it was complete; nothing of it was kept</source>
        <translation>interrumpida antes de completarse; no se ha conservado nada de ella</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>not a format PulseDesk imports (device dump, FHIR, Open mHealth, Fitbit, Apple Health)</source>
        <translation>no es un formato que PulseDesk importe (volcado de dispositivo, FHIR, Open mHealth, Fitbit, Apple Health)</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 changed since its preview; preview it again</source>
        <translation>%1 ha cambiado desde su vista previa; vuelva a generar la vista previa</translation>
    </message>
    <message>
        <source>cancelled; nothing of this file was kept</source>
        <translation>cancelada; no se ha conservado nada de este archivo</translation>
    </message>
    <message>
        <source>reading back the imported samples</source>
        <translation>volver a leer las muestras importadas</translation>
    </message>
    <message>
        <source>changed while it was being previewed; preview it again once nothing writes to it</source>
        <translation>cambió durante la vista previa; vuelva a previsualizarlo cuando nada escriba en él</translation>
    </message>
    <message>
        <source>%1 changed while it was being imported; nothing of it was kept. Import it again once nothing writes to it</source>
        <translation>%1 cambió durante la importación; no se conservó nada de él. Vuelva a importarlo cuando nada escriba en él</translation>
    </message>
    <message>
        <source>The disk is full: nothing of the file was stored. Free space on the disk of the data folder and import the file again</source>
        <translation>El disco está lleno: no se guardó nada del archivo. Libere espacio en el disco de la carpeta de datos e importe el archivo de nuevo</translation>
    </message>
    <message>
        <source>The ward server&apos;s disk is full: nothing of the file was stored. Ask IT to free space on the server, then import the file again</source>
        <translation>El disco del servidor de la planta está lleno: no se guardó nada del archivo. Pida a informática que libere espacio en el servidor y vuelva a importar el archivo</translation>
    </message>
    <message>
        <source>Not permitted on a ward server: an import analyses the patients&apos; samples, which an administrator may not read. A nurse imports device dumps there.</source>
        <translation>No permitido en un servidor de planta: una importación analiza las muestras de los pacientes, que un administrador no puede leer. Allí importa los volcados de dispositivos una enfermera.</translation>
    </message>
</context>
<context>
    <name>IngestPipeline</name>
    <message>
        <source>device %1 is not registered</source>
        <translation>el dispositivo %1 no está registrado</translation>
    </message>
    <message>
        <source>sample %1: %2</source>
        <translation>muestra %1: %2</translation>
    </message>
    <message>
        <source>storing samples</source>
        <translation>guardar las muestras</translation>
    </message>
    <message>
        <source>quarantining a message</source>
        <translation>poner un mensaje en cuarentena</translation>
    </message>
    <message>
        <source>reading the quarantine</source>
        <translation>leer la cuarentena</translation>
    </message>
    <message>
        <source>replaying the quarantine</source>
        <translation>reprocesar la cuarentena</translation>
    </message>
    <message>
        <source>The disk is full: the messages were not stored. Free space on the disk of the data folder</source>
        <translation>El disco está lleno: los mensajes no se guardaron. Libere espacio en el disco de la carpeta de datos</translation>
    </message>
    <message>
        <source>this record cannot be replayed without the rest of its file: import the file again</source>
        <translation>este registro no se puede reprocesar sin el resto de su archivo: vuelva a importar el archivo</translation>
    </message>
    <message>
        <source>payload not kept: the quarantine is at its limit (%1 MiB or %2 messages)</source>
        <translation>contenido no conservado: la cuarentena está en su límite (%1 MiB o %2 mensajes)</translation>
    </message>
    <message>
        <source>The ward server&apos;s disk is full: the messages were not stored. Ask IT to free space on the server</source>
        <translation>El disco del servidor de la planta está lleno: los mensajes no se guardaron. Pida a informática que libere espacio en el servidor</translation>
    </message>
</context>
<context>
    <name>InterfaceService</name>
    <message>
        <source>The address %1 cannot be resolved.</source>
        <translation>No se puede resolver la dirección %1.</translation>
    </message>
    <message>
        <source>ADT accepted %1 repeats %2 errors %3 rejected %4</source>
        <translation>ADT aceptados %1 repetidos %2 errores %3 rechazados %4</translation>
    </message>
    <message>
        <source>results sent %1 acknowledged %2 refused %3%4</source>
        <translation>resultados enviados %1 confirmados %2 rechazados %3%4</translation>
    </message>
    <message>
        <source>  alarms sent %1 acknowledged %2 refused %3</source>
        <translation>  alarmas enviadas %1 confirmadas %2 rechazadas %3</translation>
    </message>
    <message>
        <source>The ward has no active administrator.</source>
        <translation>La planta no tiene ningún administrador activo.</translation>
    </message>
</context>
<context>
    <name>InterfaceSettings</name>
    <message>
        <source>&quot;%1&quot; is not HOST:PORT (such as 10.1.2.3:2575).</source>
        <translation>&quot;%1&quot; no es HOST:PORT (por ejemplo, 10.1.2.3:2575).</translation>
    </message>
    <message>
        <source>saving a setting</source>
        <translation>guardado de un ajuste</translation>
    </message>
    <message>
        <source>The results summary is &quot;windows&quot; (each analysis window) or &quot;minute-median&quot; (the median of each minute), not &quot;%1&quot;.</source>
        <translation>El resumen de resultados es «windows» (cada ventana de análisis) o «minute-median» (la mediana de cada minuto), no «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be the alarm topic. %2</source>
        <translation>«%1» no puede ser el tema de alarmas. %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be the alarm topic: live ingest subscribes to &quot;%2&quot;, so the alarms would come back as device messages.</source>
        <translation>«%1» no puede ser el tema de alarmas: la recepción en vivo está suscrita a «%2», así que las alarmas volverían como mensajes de dispositivo.</translation>
    </message>
</context>
<context>
    <name>JsonStream</name>
    <message>
        <source>invalid JSON at line %1, column %2: %3</source>
        <translation>JSON no válido en la línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>the file ends inside a string</source>
        <translation>el archivo termina dentro de una cadena</translation>
    </message>
    <message>
        <source>a control character inside a string</source>
        <translation>un carácter de control dentro de una cadena</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation>anidado en más de %1 niveles de profundidad</translation>
    </message>
    <message>
        <source>expected a member name in quotes</source>
        <translation>se esperaba un nombre de miembro entre comillas</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a member name</source>
        <translation>se esperaba &apos;:&apos; después de un nombre de miembro</translation>
    </message>
    <message>
        <source>the file ends too early</source>
        <translation>el archivo termina antes de lo previsto</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;%1&apos;</source>
        <translation>se esperaba &apos;,&apos; o &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>carácter inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the file cannot be read again</source>
        <translation>no se puede volver a leer el archivo</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>se esperaba &apos;,&apos; o &apos;}&apos;</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>se esperaba &apos;,&apos; o &apos;]&apos;</translation>
    </message>
    <message>
        <source>expected an object or an array</source>
        <translation>se esperaba un objeto o una matriz</translation>
    </message>
    <message>
        <source>the file holds no JSON</source>
        <translation>el archivo no contiene JSON</translation>
    </message>
    <message>
        <source>line %1, column %2: the member &apos;%3&apos; is given twice with different values</source>
        <translation>línea %1, columna %2: el miembro &apos;%3&apos; aparece dos veces con valores distintos</translation>
    </message>
</context>
<context>
    <name>KeyRing</name>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>La contraseña debe tener al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The password must not be the user name.</source>
        <translation>La contraseña no puede ser el nombre de usuario.</translation>
    </message>
    <message>
        <source>The key slot does not belong to this database.</source>
        <translation>La ranura de clave no pertenece a esta base de datos.</translation>
    </message>
</context>
<context>
    <name>KeySlotFile</name>
    <message>
        <source>The key slot file %1 is missing. Without it the database cannot be opened; restore it from a backup.</source>
        <translation>Falta el archivo de ranuras de clave %1. Sin él no se puede abrir la base de datos; restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The key slot file %1 cannot be read: %2</source>
        <translation>No se puede leer el archivo de ranuras de clave %1: %2</translation>
    </message>
    <message>
        <source>The key slot file %1 is damaged (%2). The database was not touched; restore the key slot file from a backup.</source>
        <translation>El archivo de ranuras de clave %1 está dañado (%2). La base de datos no se ha modificado; restaure el archivo de ranuras de clave desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>not a PulseDesk key slot file</source>
        <translation>no es un archivo de ranuras de clave de PulseDesk</translation>
    </message>
    <message>
        <source>unknown version %1</source>
        <translation>versión desconocida %1</translation>
    </message>
    <message>
        <source>no database id</source>
        <translation>falta el identificador de la base de datos</translation>
    </message>
    <message>
        <source>slot %1 is incomplete</source>
        <translation>la ranura %1 está incompleta</translation>
    </message>
    <message>
        <source>it holds no key slots</source>
        <translation>no contiene ninguna ranura de clave</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>El nombre de usuario o la contraseña son incorrectos.</translation>
    </message>
</context>
<context>
    <name>MessageParser</name>
    <message>
        <source>missing field: device id</source>
        <translation>falta un campo: identificador del dispositivo</translation>
    </message>
    <message>
        <source>device id longer than 128 characters</source>
        <translation>identificador del dispositivo de más de 128 caracteres</translation>
    </message>
    <message>
        <source>missing field: timestamp</source>
        <translation>falta un campo: marca de tiempo</translation>
    </message>
    <message>
        <source>timestamp more than 5 minutes ahead of the workstation clock</source>
        <translation>marca de tiempo adelantada más de 5 minutos respecto al reloj del puesto de trabajo</translation>
    </message>
    <message>
        <source>missing field: no heart rate or other vital sign</source>
        <translation>falta un campo: no hay frecuencia cardíaca ni otro signo vital</translation>
    </message>
    <message>
        <source>heart rate %1 outside 20–300/min</source>
        <translation>frecuencia cardíaca %1 fuera del intervalo 20–300/min</translation>
    </message>
    <message>
        <source>SpO2 %1 outside 50–100%</source>
        <translation>SpO2 %1 fuera del intervalo 50–100%</translation>
    </message>
    <message>
        <source>temperature read in °F and stored in °C</source>
        <translation>temperatura leída en °F y guardada en °C</translation>
    </message>
    <message>
        <source>temperature %1 °C outside 25–45 °C</source>
        <translation>temperatura %1 °C fuera del intervalo 25–45 °C</translation>
    </message>
    <message>
        <source>blood pressure needs both systolic and diastolic</source>
        <translation>la presión arterial requiere tanto la sistólica como la diastólica</translation>
    </message>
    <message>
        <source>systolic %1 not above diastolic %2</source>
        <translation>sistólica %1 no superior a la diastólica %2</translation>
    </message>
    <message>
        <source>blood pressure %1/%2 outside plausible range</source>
        <translation>presión arterial %1/%2 fuera del intervalo plausible</translation>
    </message>
    <message>
        <source>timestamp &apos;%1&apos; is not epoch seconds, milliseconds or ISO 8601</source>
        <translation>la marca de tiempo &apos;%1&apos; no está en segundos ni milisegundos de tiempo Unix ni en ISO 8601</translation>
    </message>
    <message>
        <source>timestamp &apos;%1&apos; has no time zone</source>
        <translation>la marca de tiempo &apos;%1&apos; no tiene zona horaria</translation>
    </message>
    <message>
        <source>timestamp is neither a number nor a string</source>
        <translation>la marca de tiempo no es ni un número ni una cadena</translation>
    </message>
    <message>
        <source>timestamp before the year 2000</source>
        <translation>marca de tiempo anterior al año 2000</translation>
    </message>
    <message>
        <source>payload of %1 bytes is over the 1 MiB limit (not parsed)</source>
        <translation>la carga útil de %1 bytes supera el límite de 1 MiB (no analizada)</translation>
    </message>
    <message>
        <source>not UTF-8</source>
        <translation>no es UTF-8</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>no es JSON: %1 en el byte %2</translation>
    </message>
    <message>
        <source>empty batch</source>
        <translation>lote vacío</translation>
    </message>
    <message>
        <source>times without a zone read in %1</source>
        <translation>horas sin zona horaria interpretadas en %1</translation>
    </message>
    <message>
        <source>sample %1 is %2, not an object</source>
        <translation>la muestra %1 es %2, no un objeto</translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) had no measurement time of their own; stored at the time the device created the IoT Hub message</source>
        <translation>
            <numerusform>%n muestra no tenía hora de medición propia; se guardó con la hora en que el dispositivo creó el mensaje de IoT Hub</numerusform>
            <numerusform>%n muestras no tenían hora de medición propia; se guardaron con la hora en que el dispositivo creó el mensaje de IoT Hub</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) had no measurement time of their own; stored at the IoT hub&apos;s arrival time</source>
        <translation>
            <numerusform>%n muestra no tenía hora de medición propia; se guardó con la hora de llegada a IoT Hub</numerusform>
            <numerusform>%n muestras no tenían hora de medición propia; se guardaron con la hora de llegada a IoT Hub</numerusform>
        </translation>
    </message>
    <message>
        <source>the member &apos;%1&apos; is given twice with different values</source>
        <translation>el miembro &apos;%1&apos; aparece dos veces con valores distintos</translation>
    </message>
    <message>
        <source>no samples in the message</source>
        <translation>no hay muestras en el mensaje</translation>
    </message>
    <message>
        <source>%1, not a device message object</source>
        <translation>%1, no un objeto de mensaje de dispositivo</translation>
    </message>
    <message>
        <source>item %1 is %2, not a device message object</source>
        <translation>el elemento %1 es %2, no un objeto de mensaje de dispositivo</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena de texto</translation>
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
        <translation>un objeto</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>device id %1 is a number too large to read exactly</source>
        <translation>el identificador de dispositivo %1 es un número demasiado grande para leerlo con exactitud</translation>
    </message>
    <message>
        <source>device id %1 is not a whole number</source>
        <translation>el identificador de dispositivo %1 no es un número entero</translation>
    </message>
    <message>
        <source>the message is %1, not a device message object</source>
        <translation>el mensaje es %1, no un objeto de mensaje de dispositivo</translation>
    </message>
    <message>
        <source>a vital sign is not a number: %1</source>
        <translation>un signo vital no es un número: %1</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>This database was written by a newer PulseDesk (schema version %1; this version knows up to %2). Update PulseDesk to open it; nothing was changed.</source>
        <translation>Esta base de datos la escribió una versión más reciente de PulseDesk (versión de esquema %1; esta versión admite hasta la %2). Actualice PulseDesk para abrirla; no se ha modificado nada.</translation>
    </message>
    <message>
        <source>creating the schema version table</source>
        <translation>crear la tabla de versiones del esquema</translation>
    </message>
    <message>
        <source>applying schema migration %1</source>
        <translation>aplicar la migración de esquema %1</translation>
    </message>
    <message>
        <source>recording schema migration %1</source>
        <translation>registrar la migración de esquema %1</translation>
    </message>
    <message>
        <source>Schema migration %1 has no PostgreSQL form: its SQLite text uses %2, which has no mechanical translation.</source>
        <translation>La migración de esquema %1 no tiene versión para PostgreSQL: su texto SQLite usa %2, que no tiene traducción mecánica.</translation>
    </message>
</context>
<context>
    <name>Mllp</name>
    <message>
        <source>bytes outside an MLLP frame (0x%1)</source>
        <translation>bytes fuera de una trama MLLP (0x%1)</translation>
    </message>
    <message>
        <source>a new MLLP frame began before the last one ended</source>
        <translation>una nueva trama MLLP empezó antes de terminar la anterior</translation>
    </message>
    <message>
        <source>an MLLP frame is larger than %1 bytes</source>
        <translation>una trama MLLP supera los %1 bytes</translation>
    </message>
</context>
<context>
    <name>Monitor</name>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>conectando</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>conectado</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>reconectando</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>con error</translation>
    </message>
    <message>
        <source>broker %1 (%2 since %3)%4  messages %5 (%6/s)  stored %7  duplicates %8  quarantined %9</source>
        <translation>broker %1 (%2 desde %3)%4  mensajes %5 (%6/s)  guardadas %7  duplicadas %8  en cuarentena %9</translation>
    </message>
    <message>
        <source>  windows %1  open alarms %2</source>
        <translation>  ventanas %1  alarmas abiertas %2</translation>
    </message>
    <message>
        <source>ALARM %1 %2: %3 %4, patient #%5, alarm %6%7</source>
        <translation>ALARMA %1 %2: %3 %4, paciente #%5, alarma %6%7</translation>
    </message>
    <message>
        <source> by user #%1</source>
        <translation> por el usuario #%1</translation>
    </message>
    <message>
        <source>analysis could not store its results: %1</source>
        <translation>el análisis no pudo guardar sus resultados: %1</translation>
    </message>
    <message>
        <source>  alarm topic %1 published, %2 dropped (no broker connection)</source>
        <translation>  tema de alarmas: %1 publicadas, %2 descartadas (sin conexión con el broker)</translation>
    </message>
</context>
<context>
    <name>MqttClient</name>
    <message>
        <source>TLS handshake failed (check the CA file, the client certificate and the broker&apos;s certificate)</source>
        <translation>error en la negociación TLS (compruebe el archivo de la CA, el certificado de cliente y el certificado del broker)</translation>
    </message>
    <message>
        <source>The MQTT client could not be created.</source>
        <translation>No se pudo crear el cliente MQTT.</translation>
    </message>
    <message>
        <source>The TLS settings cannot be used: %1</source>
        <translation>No se puede usar la configuración TLS: %1</translation>
    </message>
    <message>
        <source>The broker refused the connection: %1</source>
        <translation>El broker rechazó la conexión: %1</translation>
    </message>
    <message>
        <source>Cannot reach the broker %1:%2: %3</source>
        <translation>No se puede conectar con el broker %1:%2: %3</translation>
    </message>
    <message>
        <source>The connection to the broker was lost.</source>
        <translation>Se perdió la conexión con el broker.</translation>
    </message>
    <message>
        <source>The broker closed the connection before accepting it: %1</source>
        <translation>El broker cerró la conexión antes de aceptarla: %1</translation>
    </message>
    <message>
        <source>Another client is using this client id (%1): the broker keeps dropping the connection right after accepting it. Give each workstation and monitor its own client id.</source>
        <translation>Otro cliente usa este id de cliente (%1): el broker corta la conexión justo después de aceptarla. Dé a cada estación de trabajo y monitor su propio id de cliente.</translation>
    </message>
    <message>
        <source>%1. The received messages were not acknowledged: the broker delivers them again.</source>
        <translation>%1. Los mensajes recibidos no se confirmaron: el broker los vuelve a entregar.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
</context>
<context>
    <name>MqttSettings</name>
    <message>
        <source>No broker host is set.</source>
        <translation>No se ha configurado ningún host del broker.</translation>
    </message>
    <message>
        <source>The broker port %1 is not between 1 and 65535.</source>
        <translation>El puerto del broker %1 no está entre 1 y 65535.</translation>
    </message>
    <message>
        <source>No topic to subscribe to is set.</source>
        <translation>No se ha configurado ningún topic al que suscribirse.</translation>
    </message>
    <message>
        <source>The TLS file %1 cannot be read.</source>
        <translation>No se puede leer el archivo TLS %1.</translation>
    </message>
    <message>
        <source>TLS needs the CA certificate file.</source>
        <translation>TLS requiere el archivo del certificado de la CA.</translation>
    </message>
    <message>
        <source>A client certificate needs its key, and a key its certificate.</source>
        <translation>Un certificado de cliente requiere su clave, y una clave, su certificado.</translation>
    </message>
    <message>
        <source>The MQTT topic is empty.</source>
        <translation>El tema MQTT está vacío.</translation>
    </message>
    <message>
        <source>The MQTT topic is not valid Unicode text.</source>
        <translation>El tema MQTT no es texto Unicode válido.</translation>
    </message>
    <message>
        <source>The MQTT topic is longer than 65535 bytes.</source>
        <translation>El tema MQTT supera los 65535 bytes.</translation>
    </message>
    <message>
        <source>The MQTT topic contains a wildcard (&quot;+&quot; or &quot;#&quot;): messages are published on one topic name, without wildcards.</source>
        <translation>El tema MQTT contiene un comodín («+» o «#»): los mensajes se publican en un solo nombre de tema, sin comodines.</translation>
    </message>
    <message>
        <source>The MQTT topic contains a control character.</source>
        <translation>El tema MQTT contiene un carácter de control.</translation>
    </message>
    <message>
        <source>The MQTT topic begins with &quot;$&quot;, which brokers keep for their own topics.</source>
        <translation>El tema MQTT empieza por «$», que los brokers reservan para sus propios temas.</translation>
    </message>
</context>
<context>
    <name>News2</name>
    <message>
        <source>Respiration rate</source>
        <translation>Frecuencia respiratoria</translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation>SpO2</translation>
    </message>
    <message>
        <source>Systolic pressure</source>
        <translation>Presión sistólica</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>Pulso</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>%1 %2 is outside what PulseDesk accepts (%3 to %4).</source>
        <translation>%1 %2 está fuera de lo que PulseDesk acepta (%3 a %4).</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <source>Low-medium</source>
        <translation>Bajo-medio</translation>
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
        <translation>NEWS2 es para pacientes de 16 años o más.</translation>
    </message>
    <message>
        <source>low risk</source>
        <translation>riesgo bajo</translation>
    </message>
    <message>
        <source>low-medium risk: urgent ward-based review</source>
        <translation>riesgo bajo-medio: revisión urgente en planta</translation>
    </message>
    <message>
        <source>medium risk: urgent response</source>
        <translation>riesgo medio: respuesta urgente</translation>
    </message>
    <message>
        <source>high risk: emergency response</source>
        <translation>riesgo alto: respuesta de emergencia</translation>
    </message>
</context>
<context>
    <name>ObservationStore</name>
    <message>
        <source>no NEWS2: the patient was under 16</source>
        <translation>sin NEWS2: el paciente tenía menos de 16 años</translation>
    </message>
    <message>
        <source>no NEWS2: the patient&apos;s birth date is unknown</source>
        <translation>sin NEWS2: se desconoce la fecha de nacimiento del paciente</translation>
    </message>
    <message>
        <source>reading the patient for an observation</source>
        <translation>leer el paciente para una observación</translation>
    </message>
    <message>
        <source>The SpO2 scale is 1 or 2.</source>
        <translation>La escala de SpO2 es 1 o 2.</translation>
    </message>
    <message>
        <source>SpO2 scale 2 is only for a patient whose doctor has set it (a target of 88-92 %).</source>
        <translation>La escala 2 de SpO2 es solo para pacientes cuyo médico la haya indicado (objetivo 88-92 %).</translation>
    </message>
    <message>
        <source>Unknown device value &apos;%1&apos;.</source>
        <translation>Valor de dispositivo desconocido &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>writing an observation</source>
        <translation>escribir una observación</translation>
    </message>
    <message>
        <source>The patient has been discharged.</source>
        <translation>El paciente ha sido dado de alta.</translation>
    </message>
    <message>
        <source>Observations cannot be taken in the future.</source>
        <translation>No se pueden tomar observaciones en el futuro.</translation>
    </message>
    <message>
        <source>Observations can be charted up to a day after they were taken, and not before the admission.</source>
        <translation>Las observaciones pueden registrarse hasta un día después de tomarse, y no antes del ingreso.</translation>
    </message>
    <message>
        <source>amending an observation</source>
        <translation>modificar una observación</translation>
    </message>
    <message>
        <source>There is no observation %1.</source>
        <translation>No existe la observación %1.</translation>
    </message>
    <message>
        <source>reading observations</source>
        <translation>leer observaciones</translation>
    </message>
    <message>
        <source>setting the SpO2 scale</source>
        <translation>establecer la escala de SpO2</translation>
    </message>
    <message>
        <source>reading device values</source>
        <translation>leer valores de dispositivos</translation>
    </message>
    <message>
        <source>reading the early-warning scores</source>
        <translation>leer las puntuaciones de alerta temprana</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>reading or writing the interface outbox</source>
        <translation>leer o escribir la bandeja de salida de la interfaz</translation>
    </message>
</context>
<context>
    <name>PatientMerge</name>
    <message>
        <source>A patient record cannot be merged into itself.</source>
        <translation>Un registro de paciente no se puede fusionar consigo mismo.</translation>
    </message>
    <message>
        <source>merging patient records</source>
        <translation>al fusionar registros de pacientes</translation>
    </message>
    <message>
        <source>One of the records was merged into another one before.</source>
        <translation>Uno de los registros ya se fusionó antes con otro.</translation>
    </message>
</context>
<context>
    <name>PatientRegistry</name>
    <message>
        <source>There is no patient with the medical record number %1.</source>
        <translation>No hay ningún paciente con el número de historia clínica %1.</translation>
    </message>
    <message>
        <source>Enter a medical record number (at most 64 characters).</source>
        <translation>Introduzca un número de historia clínica (64 caracteres como máximo).</translation>
    </message>
    <message>
        <source>Enter the patient&apos;s name.</source>
        <translation>Introduzca el nombre del paciente.</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>La fecha de nacimiento es posterior a hoy.</translation>
    </message>
    <message>
        <source>admitting a patient</source>
        <translation>ingresar a un paciente</translation>
    </message>
    <message>
        <source>A patient with the medical record number %1 already exists.</source>
        <translation>Ya existe un paciente con el número de historia clínica %1.</translation>
    </message>
    <message>
        <source>listing patients</source>
        <translation>listar los pacientes</translation>
    </message>
    <message>
        <source>looking up a patient</source>
        <translation>buscar un paciente</translation>
    </message>
    <message>
        <source>The patient %1 is already discharged.</source>
        <translation>El paciente %1 ya está dado de alta.</translation>
    </message>
    <message>
        <source>discharging a patient</source>
        <translation>dar de alta a un paciente</translation>
    </message>
    <message>
        <source>There is no active doctor with the user name %1.</source>
        <translation>No hay ningún médico activo con el nombre de usuario %1.</translation>
    </message>
    <message>
        <source>assigning a doctor</source>
        <translation>asignar un médico</translation>
    </message>
</context>
<context>
    <name>PcdMessages</name>
    <message>
        <source>reading a patient for an HL7 message</source>
        <translation>leyendo un paciente para un mensaje HL7</translation>
    </message>
    <message>
        <source>The patient of an outbox entry is missing.</source>
        <translation>Falta el paciente de una entrada de la bandeja de salida.</translation>
    </message>
    <message>
        <source>Backfilled: computed from samples imported from the device&apos;s stored data, not received live.</source>
        <translation>Carga retroactiva: calculado a partir de muestras importadas de los datos guardados en el dispositivo, no recibido en tiempo real.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>manage staff accounts</source>
        <translation>gestionar las cuentas del personal</translation>
    </message>
    <message>
        <source>change workstation settings</source>
        <translation>cambiar la configuración del puesto de trabajo</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>leer el registro de auditoría</translation>
    </message>
    <message>
        <source>register devices</source>
        <translation>registrar dispositivos</translation>
    </message>
    <message>
        <source>assign devices to patients</source>
        <translation>asignar dispositivos a pacientes</translation>
    </message>
    <message>
        <source>read patient information</source>
        <translation>consultar los datos de los pacientes</translation>
    </message>
    <message>
        <source>admit, discharge or reassign patients</source>
        <translation>ingresar, dar de alta o reasignar pacientes</translation>
    </message>
    <message>
        <source>read clinical records</source>
        <translation>leer los registros clínicos</translation>
    </message>
    <message>
        <source>write clinical records</source>
        <translation>escribir registros clínicos</translation>
    </message>
    <message>
        <source>read analysis results and alarms</source>
        <translation>consultar los resultados de análisis y las alarmas</translation>
    </message>
    <message>
        <source>acknowledge alarms</source>
        <translation>reconocer alarmas</translation>
    </message>
    <message>
        <source>set patient alarm limits</source>
        <translation>establecer los límites de alarma de los pacientes</translation>
    </message>
    <message>
        <source>import device dumps</source>
        <translation>importar volcados de datos de dispositivos</translation>
    </message>
    <message>
        <source>manage quarantined messages</source>
        <translation>gestionar los mensajes en cuarentena</translation>
    </message>
    <message>
        <source>Not permitted: change your one-time password first.</source>
        <translation>No permitido: cambie primero su contraseña de un solo uso.</translation>
    </message>
    <message>
        <source>Not permitted: the role %1 may not %2.</source>
        <translation>No permitido: el rol %1 no puede %2.</translation>
    </message>
    <message>
        <source>record observations</source>
        <translation>registrar observaciones</translation>
    </message>
    <message>
        <source>set a patient&apos;s SpO2 scale</source>
        <translation>establecer la escala de SpO2 de un paciente</translation>
    </message>
    <message>
        <source>export de-identified data for research</source>
        <translation>exportar datos anonimizados para investigación</translation>
    </message>
    <message>
        <source>read the device-fleet health</source>
        <translation>consultar el estado de las flotas de dispositivos</translation>
    </message>
</context>
<context>
    <name>Pews</name>
    <message>
        <source>The paediatric early-warning chart is invalid: %1</source>
        <translation>La tabla pediátrica de alerta temprana no es válida: %1</translation>
    </message>
    <message>
        <source>the format is not %1</source>
        <translation>el formato no es %1</translation>
    </message>
    <message>
        <source>a chart needs a name and its source</source>
        <translation>una tabla necesita un nombre y su fuente</translation>
    </message>
    <message>
        <source>age band %1: the bands start at 0 months and rise below 16 years, each with a label</source>
        <translation>franja de edad %1: las franjas empiezan en 0 meses y ascienden por debajo de los 16 años, cada una con una etiqueta</translation>
    </message>
    <message>
        <source>age band %1: %2</source>
        <translation>franja de edad %1: %2</translation>
    </message>
    <message>
        <source>age band %1: PulseDesk records no &apos;%2&apos;</source>
        <translation>franja de edad %1: PulseDesk no registra &apos;%2&apos;</translation>
    </message>
    <message>
        <source>no age bands</source>
        <translation>no hay franjas de edad</translation>
    </message>
    <message>
        <source>A paediatric early-warning score is for patients under 16.</source>
        <translation>Una puntuación pediátrica de alerta temprana es para pacientes menores de 16 años.</translation>
    </message>
</context>
<context>
    <name>RecordSummary</name>
    <message>
        <source>A PDF can only be written by a program that lays out text.</source>
        <translation>Solo un programa que maqueta texto puede escribir un PDF.</translation>
    </message>
    <message>
        <source>Your health record</source>
        <translation>Su historia clínica</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Medical record number</source>
        <translation>Número de historia clínica</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Ward and bed</source>
        <translation>Unidad y cama</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Ingreso</translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Responsible doctors</source>
        <translation>Médicos responsables</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Impreso</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>Devices worn</source>
        <translation>Dispositivos usados</translation>
    </message>
    <message>
        <source>Heart rate by day (beats per minute)</source>
        <translation>Frecuencia cardíaca por día (latidos por minuto)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Mínima</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Máxima</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Alarmas</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Clinical notes</source>
        <translation>Notas clínicas</translation>
    </message>
    <message>
        <source>Note %1, %2, %3</source>
        <translation>Nota %1, %2, %3</translation>
    </message>
    <message>
        <source>(corrects note %1)</source>
        <translation>(corrige la nota %1)</translation>
    </message>
    <message>
        <source>Health record</source>
        <translation>Historia clínica</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Printed by %1 on %2</source>
        <translation>Impreso por %1 el %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>reading the report</source>
        <translation>leer el informe</translation>
    </message>
    <message>
        <source>Heart-rate trend report</source>
        <translation>Informe de tendencia de frecuencia cardíaca</translation>
    </message>
    <message>
        <source>Ward alarm history</source>
        <translation>Historial de alarmas de la planta</translation>
    </message>
    <message>
        <source>Shift hand-over</source>
        <translation>Relevo de turno</translation>
    </message>
    <message>
        <source>The report&apos;s period is empty: its end is not after its start.</source>
        <translation>El periodo del informe está vacío: su fin no es posterior a su inicio.</translation>
    </message>
    <message>
        <source>A report covers at most 93 days.</source>
        <translation>Un informe abarca como máximo 93 días.</translation>
    </message>
    <message>
        <source>The report could not be started on this device.</source>
        <translation>No se pudo iniciar el informe en este dispositivo.</translation>
    </message>
    <message>
        <source>The report could not start a new page.</source>
        <translation>El informe no pudo empezar una página nueva.</translation>
    </message>
    <message>
        <source>The report could not be finished on this device.</source>
        <translation>No se pudo terminar el informe en este dispositivo.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
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
        <translation>En vivo</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderado</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Grave</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Alarma</translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation>Frecuencia cardíaca</translation>
    </message>
    <message>
        <source>the patient&apos;s own limits</source>
        <translation>los límites propios del paciente</translation>
    </message>
    <message>
        <source>the reference band %1</source>
        <translation>el rango de referencia %1</translation>
    </message>
    <message>
        <source>%1 samples, of which %2 imported (dashed).</source>
        <translation>%1 muestras, de las cuales %2 importadas (discontinuas).</translation>
    </message>
    <message>
        <source>Shaded by %1: normal from %2 to %3 bpm, severe at or below %4 and at or above %5 bpm.</source>
        <translation>Sombreado según %1: normal de %2 a %3 bpm, grave en %4 o menos y en %5 bpm o más.</translation>
    </message>
    <message>
        <source>Limits set on %1: %2.</source>
        <translation>Límites fijados el %1: %2.</translation>
    </message>
    <message>
        <source>No sample for longer than %1 is drawn as a gap.</source>
        <translation>Más de %1 sin muestras se representa como un hueco.</translation>
    </message>
    <message>
        <source>Hourly values</source>
        <translation>Valores por hora</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Muestras</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Mín.</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Máx.</translation>
    </message>
    <message>
        <source>Heart rate in bpm; the share of the time covered by samples in each category.</source>
        <translation>Frecuencia cardíaca en bpm; proporción del tiempo cubierto por muestras en cada categoría.</translation>
    </message>
    <message>
        <source>No hours in the period.</source>
        <translation>No hay horas en el periodo.</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Alarmas</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Activada</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>Confirmada por</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Finalizada</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>No alarms in the period.</source>
        <translation>No hay alarmas en el periodo.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Detectado</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Revisado por</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>sin revisar</translation>
    </message>
    <message>
        <source>No findings in the period.</source>
        <translation>No hay hallazgos en el periodo.</translation>
    </message>
    <message>
        <source>Clinical notes</source>
        <translation>Notas clínicas</translation>
    </message>
    <message>
        <source>No notes in the period.</source>
        <translation>No hay notas en el periodo.</translation>
    </message>
    <message>
        <source>amendment of an earlier note</source>
        <translation>corrección de una nota anterior</translation>
    </message>
    <message>
        <source>amendment of the note of %1</source>
        <translation>corrección de la nota del %1</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>MRN</translation>
    </message>
    <message>
        <source>Ward and bed</source>
        <translation>Unidad y cama</translation>
    </message>
    <message>
        <source>%1, bed %2</source>
        <translation>%1, cama %2</translation>
    </message>
    <message>
        <source>Responsible doctors</source>
        <translation>Médicos responsables</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Printed by</source>
        <translation>Impreso por</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <source>no device assigned</source>
        <translation>ningún dispositivo asignado</translation>
    </message>
    <message>
        <source>device %1, nothing received yet</source>
        <translation>dispositivo %1, aún no se ha recibido nada</translation>
    </message>
    <message>
        <source>device %1, live</source>
        <translation>dispositivo %1, en vivo</translation>
    </message>
    <message>
        <source>device %1, silent since %2</source>
        <translation>dispositivo %1, sin datos desde %2</translation>
    </message>
    <message>
        <source>%1 bpm at %2</source>
        <translation>%1 bpm a las %2</translation>
    </message>
    <message>
        <source>low confidence</source>
        <translation>baja fiabilidad</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totales</translation>
    </message>
    <message>
        <source>Median time to acknowledge</source>
        <translation>Mediana del tiempo hasta la confirmación</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Alarms by bed</source>
        <translation>Alarmas por cama</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>Cama</translation>
    </message>
    <message>
        <source>Time to acknowledge</source>
        <translation>Tiempo hasta la confirmación</translation>
    </message>
    <message>
        <source>Admitted patients</source>
        <translation>Pacientes ingresados</translation>
    </message>
    <message>
        <source>No admitted patients on this ward.</source>
        <translation>No hay pacientes ingresados en esta unidad.</translation>
    </message>
    <message>
        <source>Bed %1: %2</source>
        <translation>Cama %1: %2</translation>
    </message>
    <message>
        <source>%1, %2, since %3</source>
        <translation>%1, %2, desde %3</translation>
    </message>
    <message>
        <source>acknowledged by %1 at %2</source>
        <translation>confirmada por %1 a las %2</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>y %1 más</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>Estado actual</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Límites</translation>
    </message>
    <message>
        <source>Open alarms</source>
        <translation>Alarmas abiertas</translation>
    </message>
    <message>
        <source>Findings to review</source>
        <translation>Hallazgos por revisar</translation>
    </message>
    <message>
        <source>Last note</source>
        <translation>Última nota</translation>
    </message>
    <message>
        <source>Ward %1</source>
        <translation>Unidad %1</translation>
    </message>
    <message>
        <source>%1: %2 to %3 bpm</source>
        <translation>%1: %2 a %3 bpm</translation>
    </message>
    <message>
        <source>Observations and NEWS2</source>
        <translation>Observaciones y NEWS2</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tomada</translation>
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
        <translation>Aire/O2</translation>
    </message>
    <message>
        <source>Systolic</source>
        <translation>Sistólica</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>Pulso</translation>
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
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrada por</translation>
    </message>
    <message>
        <source>%1 (amended %2)</source>
        <translation>%1 (corregida %2)</translation>
    </message>
    <message>
        <source>(scale 2)</source>
        <translation>(escala 2)</translation>
    </message>
    <message>
        <source>O2</source>
        <translation>O2</translation>
    </message>
    <message>
        <source>air</source>
        <translation>aire</translation>
    </message>
    <message>
        <source>Respiration per minute, SpO2 in %, systolic pressure in mmHg, pulse per minute, temperature in °C; NEWS2 as scored when recorded (Royal College of Physicians, 2017).</source>
        <translation>Respiraciones por minuto, SpO2 en %, presión sistólica en mmHg, pulso por minuto, temperatura en °C; NEWS2 tal como se calculó al registrarse (Royal College of Physicians, 2017).</translation>
    </message>
    <message>
        <source>No observations in the period.</source>
        <translation>No hay observaciones en el periodo.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Médico</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>Enfermero</translation>
    </message>
</context>
<context>
    <name>SamplePartitions</name>
    <message>
        <source>making the partitions of samples</source>
        <translation>crear las particiones de las muestras</translation>
    </message>
    <message>
        <source>removing samples past their retention</source>
        <translation>eliminar las muestras cuyo periodo de conservación ha vencido</translation>
    </message>
    <message>
        <source>listing the partitions of samples</source>
        <translation>listar las particiones de las muestras</translation>
    </message>
</context>
<context>
    <name>SampleWriter</name>
    <message>
        <source>storing samples</source>
        <translation>guardar las muestras</translation>
    </message>
    <message>
        <source>a different value (%1) is already stored for this device at this time (%2)</source>
        <translation>valor distinto (%1) del ya guardado para este dispositivo en este instante (%2)</translation>
    </message>
    <message>
        <source>a stored sample could not be read back</source>
        <translation>no se pudo volver a leer una muestra guardada</translation>
    </message>
</context>
<context>
    <name>ScoreTable</name>
    <message>
        <source>The score table is invalid: %1</source>
        <translation>La tabla de puntuación no es válida: %1</translation>
    </message>
</context>
<context>
    <name>ServerMain</name>
    <message>
        <source>The password file %1 cannot be read: %2</source>
        <translation>No se puede leer el archivo de contraseña %1: %2</translation>
    </message>
    <message>
        <source>The password file %1 may be read by other users; allow only its owner (chmod 600).</source>
        <translation>Otros usuarios pueden leer el archivo de contraseña %1; permita solo a su propietario (chmod 600).</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <source>standby</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>The ward server&apos;s service: ingests the ward&apos;s devices from the broker, analyses them and raises and escalates alarms, once for the ward, into the ward&apos;s PostgreSQL database. Several may run; one is active, the others stand by and take over when it stops.</source>
        <translation>El servicio del servidor de planta: recibe los dispositivos de la planta desde el bróker, los analiza y genera y escala alarmas, una vez para la planta, en la base de datos PostgreSQL de la planta. Pueden ejecutarse varios; uno está activo y los demás esperan y toman el relevo cuando se detiene.</translation>
    </message>
    <message>
        <source>libpq connection string of the ward (default: PULSEDESK_SERVER); the login is the service role pulsedesk_server or a member of it.</source>
        <translation>Cadena de conexión libpq de la planta (por defecto: PULSEDESK_SERVER); el acceso es el rol de servicio pulsedesk_server o un miembro de él.</translation>
    </message>
    <message>
        <source>File holding the login&apos;s password (default: the systemd credential pulsedesk-db-password, else libpq&apos;s password file).</source>
        <translation>Archivo con la contraseña del acceso (por defecto: la credencial de systemd pulsedesk-db-password; si no, el archivo de contraseñas de libpq).</translation>
    </message>
    <message>
        <source>Broker host (default: the ward&apos;s setting).</source>
        <translation>Host del bróker (por defecto: el ajuste de la planta).</translation>
    </message>
    <message>
        <source>Broker port (default: the ward&apos;s setting).</source>
        <translation>Puerto del bróker (por defecto: el ajuste de la planta).</translation>
    </message>
    <message>
        <source>Seconds between status lines (default 60).</source>
        <translation>Segundos entre líneas de estado (por defecto 60).</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>argumento inesperado %1</translation>
    </message>
    <message>
        <source>say which ward: --server CONNINFO (or PULSEDESK_SERVER)</source>
        <translation>indique la planta: --server CONNINFO (o PULSEDESK_SERVER)</translation>
    </message>
    <message>
        <source>--status-every needs a number of seconds</source>
        <translation>--status-every necesita un número de segundos</translation>
    </message>
    <message>
        <source>analysis could not store its results: %1</source>
        <translation>el análisis no pudo guardar sus resultados: %1</translation>
    </message>
    <message>
        <source>messages %1  stored %2  duplicates %3  quarantined %4  windows %5  open alarms %6</source>
        <translation>mensajes %1  guardados %2  duplicados %3  en cuarentena %4  ventanas %5  alarmas abiertas %6</translation>
    </message>
    <message>
        <source>Listen for the hospital&apos;s ADT messages (HL7 v2 over MLLP) here (default: the ward&apos;s interface setting); only the active server listens.</source>
        <translation>Escuchar aquí los mensajes ADT del hospital (HL7 v2 sobre MLLP) (por defecto: el ajuste de interfaz de la planta); solo escucha el servidor activo.</translation>
    </message>
    <message>
        <source>Send window results (IHE PCD-01 ORU^R01) to this EHR interface (default: the ward&apos;s interface setting).</source>
        <translation>Enviar los resultados de las ventanas (IHE PCD-01 ORU^R01) a esta interfaz de la HCE (por defecto: el ajuste de interfaz de la planta).</translation>
    </message>
    <message>
        <source>Send alarm events (IHE PCD-04 ORU^R40) to this alarm manager (default: the ward&apos;s interface setting).</source>
        <translation>Enviar los eventos de alarma (IHE PCD-04 ORU^R40) a este gestor de alarmas (por defecto: el ajuste de interfaz de la planta).</translation>
    </message>
    <message>
        <source>interfaces started: %1</source>
        <translation>interfaces iniciadas: %1</translation>
    </message>
    <message>
        <source>interfaces could not start: %1</source>
        <translation>las interfaces no pudieron iniciarse: %1</translation>
    </message>
    <message>
        <source>interfaces stopped</source>
        <translation>interfaces detenidas</translation>
    </message>
    <message>
        <source>alarm topic %1 published, %2 dropped</source>
        <translation>tema de alarmas: %1 publicadas, %2 descartadas</translation>
    </message>
</context>
<context>
    <name>ServerMigration</name>
    <message>
        <source>listing the workstation&apos;s tables</source>
        <translation>listar las tablas del puesto</translation>
    </message>
    <message>
        <source>reading the workstation&apos;s foreign keys</source>
        <translation>leer las claves foráneas del puesto</translation>
    </message>
    <message>
        <source>The workstation&apos;s tables refer to each other in a circle.</source>
        <translation>Las tablas del puesto se refieren unas a otras en círculo.</translation>
    </message>
    <message>
        <source>reading the workstation&apos;s columns</source>
        <translation>leer las columnas del puesto</translation>
    </message>
    <message>
        <source>counting rows</source>
        <translation>contar las filas</translation>
    </message>
    <message>
        <source>The server&apos;s table %1 holds rows already; migrate-to-server needs an empty database.</source>
        <translation>La tabla %1 del servidor ya contiene filas; migrate-to-server necesita una base de datos vacía.</translation>
    </message>
    <message>
        <source>reading the workstation&apos;s %1</source>
        <translation>leer %1 del puesto</translation>
    </message>
    <message>
        <source>copying %1</source>
        <translation>copiar %1</translation>
    </message>
    <message>
        <source>listing the server&apos;s sequences</source>
        <translation>listar las secuencias del servidor</translation>
    </message>
    <message>
        <source>moving the server&apos;s sequences</source>
        <translation>avanzar las secuencias del servidor</translation>
    </message>
    <message>
        <source>reading the staff</source>
        <translation>leer el personal</translation>
    </message>
    <message>
        <source>The member of staff %1 has an unknown role.</source>
        <translation>El miembro del personal %1 tiene un rol desconocido.</translation>
    </message>
    <message>
        <source>Only an administrator may move the workstation to a ward server.</source>
        <translation>Solo un administrador puede trasladar el puesto a un servidor de planta.</translation>
    </message>
    <message>
        <source>migrate-to-server copies a workstation&apos;s data folder (--data).</source>
        <translation>migrate-to-server copia la carpeta de datos de un puesto (--data).</translation>
    </message>
    <message>
        <source>The database %1 is not empty; migrate-to-server needs an empty database. Nothing was changed.</source>
        <translation>La base de datos %1 no está vacía; migrate-to-server necesita una base de datos vacía. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The workstation&apos;s store is not of this PulseDesk&apos;s version.</source>
        <translation>El almacén del puesto no es de esta versión de PulseDesk.</translation>
    </message>
    <message>
        <source>reading the workstation&apos;s store</source>
        <translation>leer el almacén del puesto</translation>
    </message>
    <message>
        <source>The server&apos;s %1 would hold %2 rows, the workstation&apos;s %3; nothing was copied.</source>
        <translation>%1 del servidor tendría %2 filas, la del puesto %3; no se ha copiado nada.</translation>
    </message>
    <message>
        <source>The workstation&apos;s %1 changed while it was copied (%2 rows, %3 copied): stop the workstation and its monitor, empty the server&apos;s database and migrate again.</source>
        <translation>%1 del puesto cambió mientras se copiaba (%2 filas, %3 copiadas): detenga el puesto y su monitor, vacíe la base de datos del servidor y migre de nuevo.</translation>
    </message>
    <message>
        <source>The audit chain copied to the server does not verify: %1</source>
        <translation>La cadena de auditoría copiada al servidor no se verifica: %1</translation>
    </message>
    <message>
        <source>reading the workstation&apos;s samples</source>
        <translation>leer las muestras del puesto</translation>
    </message>
</context>
<context>
    <name>ServerNotifications</name>
    <message>
        <source>the connection to the server was closed</source>
        <translation>se cerró la conexión con el servidor</translation>
    </message>
</context>
<context>
    <name>ServerRoles</name>
    <message>
        <source>The server&apos;s roles could not be changed while %1: %2</source>
        <translation>No se pudieron cambiar los roles del servidor al %1: %2</translation>
    </message>
    <message>
        <source>looking up a role of the server</source>
        <translation>buscar un rol del servidor</translation>
    </message>
    <message>
        <source>setting a password</source>
        <translation>establecer una contraseña</translation>
    </message>
    <message>
        <source>no server connection</source>
        <translation>no hay conexión con el servidor</translation>
    </message>
    <message>
        <source>On a ward server a user name cannot start with pg_ or pulsedesk_.</source>
        <translation>En un servidor de planta, un nombre de usuario no puede empezar por pg_ ni por pulsedesk_.</translation>
    </message>
    <message>
        <source>looking at the database&apos;s contents</source>
        <translation>examinar el contenido de la base de datos</translation>
    </message>
    <message>
        <source>looking up the connection&apos;s role</source>
        <translation>consultar el rol de la conexión</translation>
    </message>
    <message>
        <source>Not permitted: server init needs a connection as a role that may create roles (CREATEROLE), and the one given may not.</source>
        <translation>No permitido: server init necesita una conexión con un rol que pueda crear roles (CREATEROLE), y el indicado no puede.</translation>
    </message>
    <message>
        <source>granting the roles their privileges</source>
        <translation>conceder a los roles sus privilegios</translation>
    </message>
    <message>
        <source>the table %1 has no privileges defined</source>
        <translation>la tabla %1 no tiene privilegios definidos</translation>
    </message>
    <message>
        <source>The user name %1 is already taken by a role of the database server.</source>
        <translation>El nombre de usuario %1 ya lo usa un rol del servidor de base de datos.</translation>
    </message>
    <message>
        <source>creating a login</source>
        <translation>crear una cuenta del servidor</translation>
    </message>
    <message>
        <source>disabling a login</source>
        <translation>deshabilitar una cuenta del servidor</translation>
    </message>
    <message>
        <source>changing a role</source>
        <translation>cambiar un rol</translation>
    </message>
    <message>
        <source>The server&apos;s login gate cannot be used: %1</source>
        <translation>No se puede usar el control de acceso del servidor: %1</translation>
    </message>
    <message>
        <source>clearing failed logins</source>
        <translation>borrar los inicios de sesión fallidos</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The value for %1 has the wrong type.</source>
        <translation>El valor de %1 tiene un tipo incorrecto.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 debe estar entre %2 y %3.</translation>
    </message>
    <message>
        <source>saving a setting</source>
        <translation>guardar un ajuste</translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <source>Female</source>
        <translation>Femenino</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
</context>
<context>
    <name>Sha256</name>
    <message>
        <source>Could not compute a SHA-256 digest.</source>
        <translation>No se pudo calcular el resumen SHA-256.</translation>
    </message>
</context>
<context>
    <name>Simulate</name>
    <message>
        <source>%1 s: %2 samples generated, %3 messages published</source>
        <translation>%1 s: %2 muestras generadas, %3 mensajes publicados</translation>
    </message>
    <message>
        <source>Done: %1 samples generated, %2 messages published.</source>
        <translation>Listo: %1 muestras generadas, %2 mensajes publicados.</translation>
    </message>
    <message>
        <source>Faulty devices: %1</source>
        <translation>Dispositivos defectuosos: %1</translation>
    </message>
</context>
<context>
    <name>SimulatedFleet</name>
    <message>
        <source>storing the simulated fleet</source>
        <translation>guardar la flota simulada</translation>
    </message>
</context>
<context>
    <name>SourceFile</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>it is a pipe (FIFO), not a file</source>
        <translation>es una tubería (FIFO), no un archivo</translation>
    </message>
    <message>
        <source>it is a socket, not a file</source>
        <translation>es un socket, no un archivo</translation>
    </message>
    <message>
        <source>it is a device, not a file</source>
        <translation>es un dispositivo, no un archivo</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>Conflict while %1: %2</source>
        <translation>Conflicto al %1: %2</translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation>Error de base de datos al %1: %2</translation>
    </message>
    <message>
        <source>The database is busy or unavailable: %1</source>
        <translation>La base de datos está ocupada o no disponible: %1</translation>
    </message>
    <message>
        <source>the connection is not a store connection</source>
        <translation>la conexión no es una conexión al almacén de datos</translation>
    </message>
    <message>
        <source>The database cannot be reached while %1. PulseDesk keeps trying to reconnect.</source>
        <translation>No se puede acceder a la base de datos al %1. PulseDesk sigue intentando volver a conectarse.</translation>
    </message>
    <message>
        <source>Not permitted by the server while %1: %2</source>
        <translation>No permitido por el servidor al %1: %2</translation>
    </message>
</context>
<context>
    <name>StaffDirectory</name>
    <message>
        <source>There is no member of staff with the user name %1.</source>
        <translation>No hay ningún miembro del personal con el nombre de usuario %1.</translation>
    </message>
    <message>
        <source>A user name has 2 to 32 characters: letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>Un nombre de usuario tiene de 2 a 32 caracteres: letras, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;, y empieza por una letra o un dígito.</translation>
    </message>
    <message>
        <source>looking up a member of staff</source>
        <translation>buscar un miembro del personal</translation>
    </message>
    <message>
        <source>listing staff</source>
        <translation>listar el personal</translation>
    </message>
    <message>
        <source>listing doctors</source>
        <translation>listar los médicos</translation>
    </message>
    <message>
        <source>The staff list could not be read.</source>
        <translation>No se pudo leer la lista del personal.</translation>
    </message>
    <message>
        <source>Enter the name of the member of staff.</source>
        <translation>Introduzca el nombre del miembro del personal.</translation>
    </message>
    <message>
        <source>This workstation already has staff; log in as an administrator.</source>
        <translation>Este puesto de trabajo ya tiene personal; inicie sesión como administrador.</translation>
    </message>
    <message>
        <source>adding a member of staff</source>
        <translation>añadir un miembro del personal</translation>
    </message>
    <message>
        <source>The user name %1 is already taken.</source>
        <translation>El nombre de usuario %1 ya está en uso.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>No puede desactivar su propia cuenta.</translation>
    </message>
    <message>
        <source>%1 is the last active administrator and cannot be deactivated.</source>
        <translation>%1 es el último administrador activo y no se puede desactivar.</translation>
    </message>
    <message>
        <source>deactivating a member of staff</source>
        <translation>desactivar a un miembro del personal</translation>
    </message>
    <message>
        <source>%1 is already active.</source>
        <translation>%1 ya está activo.</translation>
    </message>
    <message>
        <source>reactivating a member of staff</source>
        <translation>reactivar a un miembro del personal</translation>
    </message>
    <message>
        <source>%1 is deactivated; reactivate the account to give it a password.</source>
        <translation>%1 está desactivado; reactive la cuenta para asignarle una contraseña.</translation>
    </message>
    <message>
        <source>resetting a password</source>
        <translation>restablecer una contraseña</translation>
    </message>
    <message>
        <source>%1 is the last active administrator and cannot be given another role.</source>
        <translation>%1 es el último administrador activo y no puede recibir otro rol.</translation>
    </message>
    <message>
        <source>changing a role</source>
        <translation>cambiar un rol</translation>
    </message>
    <message>
        <source>Log in first.</source>
        <translation>Inicie sesión primero.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>La contraseña actual es incorrecta.</translation>
    </message>
    <message>
        <source>Choose a password different from the current one.</source>
        <translation>Elija una contraseña distinta de la actual.</translation>
    </message>
    <message>
        <source>changing a password</source>
        <translation>cambiar una contraseña</translation>
    </message>
</context>
<context>
    <name>StoreChoice</name>
    <message>
        <source>The folder of %1 cannot be created.</source>
        <translation>No se puede crear la carpeta de %1.</translation>
    </message>
    <message>
        <source>The choice cannot be saved in %1.</source>
        <translation>No se puede guardar la elección en %1.</translation>
    </message>
</context>
<context>
    <name>StoreLock</name>
    <message>
        <source>cancelled while waiting for the lock</source>
        <translation>cancelado mientras esperaba el bloqueo</translation>
    </message>
    <message>
        <source>the lock file %1 cannot be written (%2)</source>
        <translation>no se puede escribir el archivo de bloqueo %1 (%2)</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>disk full or not writable</source>
        <translation>disco lleno o no escribible</translation>
    </message>
    <message>
        <source>the server&apos;s lock cannot be taken: %1</source>
        <translation>no se puede obtener el bloqueo del servidor: %1</translation>
    </message>
    <message>
        <source>the server&apos;s lock was lost: %1</source>
        <translation>se perdió el bloqueo del servidor: %1</translation>
    </message>
</context>
<context>
    <name>Terminal</name>
    <message>
        <source>Repeat the password: </source>
        <translation>Repita la contraseña: </translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Las contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>WardInterfaces</name>
    <message>
        <source>ADT on %1</source>
        <translation>ADT en %1</translation>
    </message>
    <message>
        <source>results to %1</source>
        <translation>resultados a %1</translation>
    </message>
    <message>
        <source>alarms to %1</source>
        <translation>alarmas a %1</translation>
    </message>
</context>
<context>
    <name>WardOverview</name>
    <message>
        <source>reading the ward overview</source>
        <translation>leer la vista general de la planta</translation>
    </message>
</context>
<context>
    <name>WardService</name>
    <message>
        <source>waiting to become the ward&apos;s active server</source>
        <translation>esperando a ser el servidor activo de la planta</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <source>active: ingesting and analysing the ward</source>
        <translation>activo: recibe y analiza la planta</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>%1 already holds a PulseDesk workstation.</source>
        <translation>%1 ya contiene un puesto de trabajo de PulseDesk.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta de datos %1.</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>El nombre de usuario o la contraseña son incorrectos.</translation>
    </message>
    <message>
        <source>There is no PulseDesk workstation in %1 yet.</source>
        <translation>Todavía no hay ningún puesto de trabajo de PulseDesk en %1.</translation>
    </message>
    <message>
        <source>Not permitted: log in first.</source>
        <translation>No permitido: inicie sesión primero.</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n seconds.</source>
        <translation>
            <numerusform>Vuelva a intentarlo dentro de %n segundo.</numerusform>
            <numerusform>Vuelva a intentarlo dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot record failed login attempts (%1), so logins are refused until they can be recorded. Free disk space in %2, or ask IT.</source>
        <translation>No se pueden registrar los intentos fallidos de inicio de sesión (%1), por lo que se rechazan los inicios de sesión hasta que puedan registrarse. Libere espacio en disco en %2 o consulte al departamento de informática.</translation>
    </message>
    <message>
        <source>The user name or password is wrong. %1</source>
        <translation>El nombre de usuario o la contraseña son incorrectos. %1</translation>
    </message>
    <message>
        <source>Too many failed attempts for %1. %2</source>
        <translation>Demasiados intentos fallidos para %1. %2</translation>
    </message>
    <message>
        <source>counting %1</source>
        <translation>contar %1</translation>
    </message>
    <message>
        <source>the schema version</source>
        <translation>la versión del esquema</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>el personal</translation>
    </message>
    <message>
        <source>patients</source>
        <translation>los pacientes</translation>
    </message>
    <message>
        <source>devices</source>
        <translation>los dispositivos</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>las muestras</translation>
    </message>
    <message>
        <source>results</source>
        <translation>los resultados</translation>
    </message>
    <message>
        <source>open alarms</source>
        <translation>las alarmas abiertas</translation>
    </message>
    <message>
        <source>quarantined messages</source>
        <translation>los mensajes en cuarentena</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n minutes.</source>
        <translation>
            <numerusform>Vuelva a intentarlo dentro de %n minuto.</numerusform>
            <numerusform>Vuelva a intentarlo dentro de %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The ward server is already open.</source>
        <translation>El servidor de la planta ya está abierto.</translation>
    </message>
    <message>
        <source>The database %1 already holds tables that are not PulseDesk&apos;s; server init needs an empty database. Nothing was changed.</source>
        <translation>La base de datos %1 ya contiene tablas que no son de PulseDesk; server init necesita una base de datos vacía. No se ha modificado nada.</translation>
    </message>
    <message>
        <source>The database %1 already holds a PulseDesk ward; log in with --server and --user. Nothing was changed.</source>
        <translation>La base de datos %1 ya contiene una planta de PulseDesk; inicie sesión con --server y --user. No se ha modificado nada.</translation>
    </message>
    <message>
        <source>The database %1 holds no PulseDesk ward that %2 may open; IT creates the ward with pulsedesk-cli --server CONNINFO server init.</source>
        <translation>La base de datos %1 no contiene ninguna planta de PulseDesk que %2 pueda abrir; el departamento de informática crea la planta con pulsedesk-cli --server CONNINFO server init.</translation>
    </message>
    <message>
        <source>The server login %1 is not an active member of staff of this ward.</source>
        <translation>La cuenta del servidor %1 no corresponde a ningún miembro activo del personal de esta planta.</translation>
    </message>
    <message>
        <source>checking the service login</source>
        <translation>al comprobar el acceso del servicio</translation>
    </message>
    <message>
        <source>The server login %1 is not the ward&apos;s service role: pulsedesk-server logs in as %2 or a member of it.</source>
        <translation>El acceso al servidor %1 no es el rol de servicio de la planta: pulsedesk-server inicia sesión como %2 o como miembro de él.</translation>
    </message>
    <message>
        <source>The database %1 holds no PulseDesk ward to upgrade; server init creates one. Nothing was changed.</source>
        <translation>La base de datos %1 no contiene ninguna planta de PulseDesk que actualizar; server init crea una. No se ha modificado nada.</translation>
    </message>
    <message>
        <source>The ward server&apos;s schema is version %1, newer than this PulseDesk&apos;s %2: upgrade with the newer PulseDesk. Nothing was changed.</source>
        <translation>El esquema del servidor de la planta es la versión %1, más reciente que la %2 de este PulseDesk: actualice con el PulseDesk más reciente. No se ha modificado nada.</translation>
    </message>
    <message>
        <source>The ward server&apos;s schema is version %1 and this PulseDesk needs version %2; the server and the workstations must be updated together (IT runs pulsedesk-cli --server CONNINFO server upgrade).</source>
        <translation>El esquema del servidor de la planta es la versión %1 y este PulseDesk necesita la versión %2; el servidor y los puestos de trabajo deben actualizarse a la vez (el departamento de informática ejecuta pulsedesk-cli --server CONNINFO server upgrade).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>PulseDesk clinician workstation</source>
        <translation>PulseDesk, puesto de trabajo clínico</translation>
    </message>
    <message>
        <source>Data folder (default: %1).</source>
        <translation>Carpeta de datos (predeterminada: %1).</translation>
    </message>
    <message>
        <source>Print when the first window is shown (benchmarks); &apos;bare&apos; shows an empty window.</source>
        <translation>Indicar cuándo se muestra la primera ventana (pruebas de rendimiento); &apos;bare&apos; muestra una ventana vacía.</translation>
    </message>
    <message>
        <source>A ward on a PostgreSQL server (libpq connection string, PG* variables honoured); also PULSEDESK_SERVER.</source>
        <translation>Una planta en un servidor PostgreSQL (cadena de conexión de libpq, se respetan las variables PG*); también PULSEDESK_SERVER.</translation>
    </message>
    <message>
        <source>Give either --data or --server, not both.</source>
        <translation>Indique --data o --server, no ambos.</translation>
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
        <translation>Alarma de prioridad %1: %2</translation>
    </message>
    <message>
        <source>%1 priority alarm, bed %2: %3</source>
        <translation>Alarma de prioridad %1, cama %2: %3</translation>
    </message>
    <message>
        <source>PulseDesk alarm</source>
        <translation>Alarma de PulseDesk</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::AlarmsScreen</name>
    <message>
        <source>Alarms</source>
        <translation>Alarmas</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Alarma</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>Cama</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation>Frecuencia cardíaca</translation>
    </message>
    <message>
        <source>%1 bpm</source>
        <translation>%1 bpm</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation>finalizada %1</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>reconocida</translation>
    </message>
    <message numerus="yes">
        <source>audio paused, %n s left</source>
        <translation>
            <numerusform>audio en pausa, queda %n s</numerusform>
            <numerusform>audio en pausa, quedan %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>sounding</source>
        <translation>sonando</translation>
    </message>
    <message>
        <source>sounding, condition ended</source>
        <translation>sonando, condición finalizada</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Activada</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>every doctor of the ward</source>
        <translation>todos los médicos de la planta</translation>
    </message>
    <message>
        <source>responsible doctors</source>
        <translation>médicos responsables</translation>
    </message>
    <message>
        <source>ward</source>
        <translation>planta</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>Reconocida por</translation>
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
        <translation>&amp;Reconocer…</translation>
    </message>
    <message>
        <source>&amp;Pause audio 2 min</source>
        <translation>&amp;Pausar audio 2 min</translation>
    </message>
    <message>
        <source>Only alarms addressed to &amp;me</source>
        <translation>Solo alarmas dirigidas a &amp;mí</translation>
    </message>
    <message>
        <source>Show &amp;ended alarms</source>
        <translation>Mostrar alarmas &amp;finalizadas</translation>
    </message>
    <message numerus="yes">
        <source>%n open alarm(s).</source>
        <translation>
            <numerusform>%n alarma abierta.</numerusform>
            <numerusform>%n alarmas abiertas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledge alarm: %1, bed %2</source>
        <translation>Reconocer alarma: %1, cama %2</translation>
    </message>
    <message>
        <source>Comment (optional):</source>
        <translation>Comentario (opcional):</translation>
    </message>
    <message>
        <source>&amp;Ward alarm history…</source>
        <translation>&amp;Historial de alarmas de la planta…</translation>
    </message>
    <message>
        <source>&amp;Hand-over…</source>
        <translation>&amp;Relevo…</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::AuditScreen</name>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>&amp;Verificar cadena</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message numerus="yes">
        <source>✔ The audit log is intact: %n entries verified.</source>
        <translation>
            <numerusform>✔ El registro de auditoría está íntegro: %n entrada verificada.</numerusform>
            <numerusform>✔ El registro de auditoría está íntegro: %n entradas verificadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>✖ The audit log has been tampered with: %1 (first bad entry #%2).</source>
        <translation>✖ El registro de auditoría ha sido manipulado: %1 (primera entrada errónea #%2).</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::DeviceHealthScreen</name>
    <message>
        <source>(no manufacturer or model)</source>
        <translation>(sin fabricante ni modelo)</translation>
    </message>
    <message>
        <source>%1 devices: too few to judge (at least 3)</source>
        <translation>%1 dispositivos: demasiado pocos para evaluar (al menos 3)</translation>
    </message>
    <message>
        <source>%1 devices, %2 flagged</source>
        <translation>%1 dispositivos, marcados: %2</translation>
    </message>
    <message>
        <source>no device flagged</source>
        <translation>ningún dispositivo marcado</translation>
    </message>
    <message>
        <source>Readings of the last %1 h (%2 – %3): %4 devices in %5 fleets, %6 flagged.</source>
        <translation>Lecturas de las últimas %1 h (%2 – %3): %4 dispositivos en %5 flotas, marcados: %6.</translation>
    </message>
    <message>
        <source>Device health</source>
        <translation>Estado de los dispositivos</translation>
    </message>
    <message>
        <source>Manufacturer and model</source>
        <translation>Fabricante y modelo</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>Flota</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>On a patient</source>
        <translation>En un paciente</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>Fallo</translation>
    </message>
    <message>
        <source>Figures that flagged it</source>
        <translation>Cifras que lo marcaron</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Period judged, in hours</source>
        <translation>Periodo evaluado, en horas</translation>
    </message>
    <message>
        <source>Readings of the last:</source>
        <translation>Lecturas de las últimas:</translation>
    </message>
    <message>
        <source>&amp;Check devices</source>
        <translation>&amp;Comprobar dispositivos</translation>
    </message>
    <message>
        <source>Flagged devices</source>
        <translation>Dispositivos marcados</translation>
    </message>
    <message>
        <source>Each device is compared with the other devices of its manufacturer and model (median and median absolute deviation, 3 scaled MADs): a constant offset, too little or too much variability, values stuck, frequent dropouts. A flagged device on a patient raises a low technical alarm.</source>
        <translation>Cada dispositivo se compara con los demás dispositivos de su fabricante y modelo (mediana y desviación absoluta mediana, 3 MAD escaladas): desplazamiento constante, variabilidad demasiado baja o demasiado alta, valores congelados, pérdidas frecuentes de lecturas. Un dispositivo marcado que lleva un paciente genera una alarma técnica baja.</translation>
    </message>
    <message>
        <source>Reading the devices&apos; readings...</source>
        <translation>Leyendo las lecturas de los dispositivos...</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::DevicesScreen</name>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Worn by</source>
        <translation>Lo lleva</translation>
    </message>
    <message>
        <source>MRN %1, bed %2</source>
        <translation>NHC %1, cama %2</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>en uso</translation>
    </message>
    <message>
        <source>free</source>
        <translation>libre</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>&amp;Register device…</source>
        <translation>&amp;Registrar dispositivo…</translation>
    </message>
    <message>
        <source>&amp;Assign to patient…</source>
        <translation>&amp;Asignar a paciente…</translation>
    </message>
    <message>
        <source>&amp;End assignment</source>
        <translation>&amp;Finalizar asignación</translation>
    </message>
    <message>
        <source>Register device</source>
        <translation>Registrar dispositivo</translation>
    </message>
    <message>
        <source>Device identifier:</source>
        <translation>Identificador del dispositivo:</translation>
    </message>
    <message>
        <source>Manufacturer:</source>
        <translation>Fabricante:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <source>Registered %1.</source>
        <translation>%1 registrado.</translation>
    </message>
    <message>
        <source>Bed %1 — %2 (MRN %3)</source>
        <translation>Cama %1 — %2 (NHC %3)</translation>
    </message>
    <message>
        <source>Assign %1</source>
        <translation>Asignar %1</translation>
    </message>
    <message>
        <source>Patient:</source>
        <translation>Paciente:</translation>
    </message>
    <message>
        <source>Worn since:</source>
        <translation>En uso desde:</translation>
    </message>
    <message>
        <source>%1 is assigned to MRN %2.</source>
        <translation>%1 está asignado al paciente con NHC %2.</translation>
    </message>
    <message>
        <source>%1 is free again.</source>
        <translation>%1 vuelve a estar libre.</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::FormDialog</name>
    <message>
        <source>Unknown</source>
        <translation>Desconocida</translation>
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
        <translation>Mostrar el intervalo de %1 hasta ahora y seguir la hora actual</translation>
    </message>
    <message>
        <source>&amp;Custom range…</source>
        <translation>Intervalo &amp;personalizado…</translation>
    </message>
    <message>
        <source>Back to &amp;now</source>
        <translation>Volver al momento a&amp;ctual</translation>
    </message>
    <message>
        <source>Follow the clock again</source>
        <translation>Volver a seguir la hora actual</translation>
    </message>
    <message>
        <source>Drag or ←/→ to move, wheel or +/− to zoom</source>
        <translation>Arrastre o ←/→ para desplazar, rueda o +/− para hacer zoom</translation>
    </message>
    <message>
        <source>Heart rate (bpm)</source>
        <translation>Frecuencia cardíaca (bpm)</translation>
    </message>
    <message>
        <source>Heart-rate chart</source>
        <translation>Gráfico de frecuencia cardíaca</translation>
    </message>
    <message>
        <source>No heart rate in this range.</source>
        <translation>No hay datos de frecuencia cardíaca en este intervalo.</translation>
    </message>
    <message>
        <source>Show a range</source>
        <translation>Mostrar un intervalo</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Hasta:</translation>
    </message>
    <message>
        <source>The end must come after the start.</source>
        <translation>El final debe ser posterior al inicio.</translation>
    </message>
    <message>
        <source>Show at most 31 days at once.</source>
        <translation>Muestre como máximo 31 días a la vez.</translation>
    </message>
    <message>
        <source>%1 live · %2 imported · %3 high ■ medium ● low alarm · shaded: %4 (normal %5–%6 bpm, severe at or below %7 and from %8)</source>
        <translation>%1 en directo · %2 importadas · alarma de prioridad %3 alta ■ media ● baja · sombreado: %4 (normal %5–%6 bpm, grave a %7 o menos y a partir de %8)</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2: %n heart-rate sample(s)</source>
        <translation>
            <numerusform>%1 – %2: %n muestra de frecuencia cardíaca</numerusform>
            <numerusform>%1 – %2: %n muestras de frecuencia cardíaca</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n imported</source>
        <translation>
            <numerusform>, %n importada</numerusform>
            <numerusform>, %n importadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; silences over %n minute(s) are gaps.</source>
        <translation>
            <numerusform>; las pausas sin datos de más de %n minuto se muestran como huecos.</numerusform>
            <numerusform>; las pausas sin datos de más de %n minutos se muestran como huecos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; silences over %n second(s) are gaps.</source>
        <translation>
            <numerusform>; las pausas sin datos de más de %n segundo se muestran como huecos.</numerusform>
            <numerusform>; las pausas sin datos de más de %n segundos se muestran como huecos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alarm(s) in this range.</source>
        <translation>
            <numerusform>%n alarma en este intervalo.</numerusform>
            <numerusform>%n alarmas en este intervalo.</numerusform>
        </translation>
    </message>
    <message>
        <source>still open</source>
        <translation>aún abierta</translation>
    </message>
    <message>
        <source>%1 priority: %2, %3 – %4</source>
        <translation>Prioridad %1: %2, %3 – %4</translation>
    </message>
    <message>
        <source>Limits set by a doctor for this patient</source>
        <translation>Límites establecidos por un médico para este paciente</translation>
    </message>
    <message>
        <source>Reference band for the patient&apos;s age: %1</source>
        <translation>Rango de referencia para la edad del paciente: %1</translation>
    </message>
    <message>
        <source>Adult band, because the birth date is unknown</source>
        <translation>Rango de adulto, porque se desconoce la fecha de nacimiento</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::ImportFileModel</name>
    <message>
        <source>Waiting for preview</source>
        <translation>En espera de vista previa</translation>
    </message>
    <message>
        <source>Previewing…</source>
        <translation>Generando vista previa…</translation>
    </message>
    <message>
        <source>Cannot be imported</source>
        <translation>No se puede importar</translation>
    </message>
    <message>
        <source>Ready to import</source>
        <translation>Listo para importar</translation>
    </message>
    <message>
        <source>Nothing new</source>
        <translation>Nada nuevo</translation>
    </message>
    <message>
        <source>Nothing usable</source>
        <translation>Nada utilizable</translation>
    </message>
    <message>
        <source>Preview cancelled</source>
        <translation>Vista previa cancelada</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Importing… %1%</source>
        <translation>Importando… %1%</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Cancelled, nothing kept</source>
        <translation>Cancelado, no se ha conservado nada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Con error</translation>
    </message>
    <message>
        <source>(none named)</source>
        <translation>(ninguno indicado)</translation>
    </message>
    <message>
        <source>%1: not registered</source>
        <translation>%1: no registrado</translation>
    </message>
    <message>
        <source>%1 → %2 (chosen)</source>
        <translation>%1 → %2 (elegido)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 · bed %2 · %3 (%4)</source>
        <translation>%1 · cama %2 · %3 (%4)</translation>
    </message>
    <message>
        <source>%1 samples of admitted patients</source>
        <translation>%1 muestras de pacientes ingresados</translation>
    </message>
    <message>
        <source>no patient: %1 samples</source>
        <translation>sin paciente: %1 muestras</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>this file was imported before: %1</source>
        <translation>este archivo ya se importó: %1</translation>
    </message>
    <message>
        <source>not kept: %1 × %2</source>
        <translation>no conservado: %1 × %2</translation>
    </message>
    <message>
        <source>%1 (chosen)</source>
        <translation>%1 (elegido)</translation>
    </message>
    <message>
        <source>Who wore the device when the samples were taken (from the assignment history)</source>
        <translation>Quién llevaba el dispositivo cuando se tomaron las muestras (según el historial de asignaciones)</translation>
    </message>
    <message>
        <source>Samples already stored for the device at that time, or repeated in the file; skipped</source>
        <translation>Muestras ya guardadas para el dispositivo en ese momento, o repetidas en el archivo; se omiten</translation>
    </message>
    <message>
        <source>Records that cannot be used; they go to the quarantine with their reason</source>
        <translation>Registros que no se pueden usar; pasan a la cuarentena con su motivo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <source>Time range (%1)</source>
        <translation>Intervalo de tiempo (%1)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevas</translation>
    </message>
    <message>
        <source>Already stored</source>
        <translation>Ya guardadas</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazados</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Previewing… %1%</source>
        <translation>Generando vista previa… %1%</translation>
    </message>
    <message>
        <source>Waiting for another import to end</source>
        <translation>Esperando a que termine otra importación</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::ImportScreen</name>
    <message>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Añadir &amp;archivos…</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Añadir archivos</translation>
    </message>
    <message>
        <source>&amp;Add folder…</source>
        <translation>Añadir ca&amp;rpeta…</translation>
    </message>
    <message>
        <source>Add folder</source>
        <translation>Añadir carpeta</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected files from the list</source>
        <translation>Quitar de la lista los archivos seleccionados</translation>
    </message>
    <message>
        <source>Clear &amp;list</source>
        <translation>Vaciar &amp;lista</translation>
    </message>
    <message>
        <source>Clear the list of files</source>
        <translation>Vaciar la lista de archivos</translation>
    </message>
    <message>
        <source>How to read the files</source>
        <translation>Cómo leer los archivos</translation>
    </message>
    <message>
        <source>Time zone for times without a zone</source>
        <translation>Zona horaria para las horas sin zona</translation>
    </message>
    <message>
        <source>Type part of a name, such as Rome or New_York, to find a zone. The workstation&apos;s zone is %1.</source>
        <translation>Escriba parte de un nombre, como Rome o New_York, para buscar una zona. La zona del puesto de trabajo es %1.</translation>
    </message>
    <message>
        <source>Times without a &amp;zone are in:</source>
        <translation>Las horas sin &amp;zona horaria están en:</translation>
    </message>
    <message>
        <source>Device for files that name none</source>
        <translation>Dispositivo para los archivos que no indican ninguno</translation>
    </message>
    <message>
        <source>Records whose file names no device, or a device that is not registered, are stored for this device.</source>
        <translation>Los registros cuyo archivo no indica ningún dispositivo, o indica uno no registrado, se guardan para este dispositivo.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>&amp;Device for files that name none:</source>
        <translation>&amp;Dispositivo para archivos que no indican ninguno:</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Formato de archivo</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Detectar automáticamente</translation>
    </message>
    <message>
        <source>For&amp;mat:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Drop files or folders here, or use Add files… or Add folder…; nothing is stored until you have checked the preview and chosen Import.</source>
        <translation>Arrastre aquí archivos o carpetas, o utilice Añadir archivos… o Añadir carpeta…; no se guarda nada hasta que haya revisado la vista previa y elegido Importar.</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Archivos que importar</translation>
    </message>
    <message>
        <source>Details of the selected file</source>
        <translation>Detalles del archivo seleccionado</translation>
    </message>
    <message>
        <source>Select a file to see its devices, patients and the reasons for rejected records.</source>
        <translation>Seleccione un archivo para ver sus dispositivos, sus pacientes y los motivos de los registros rechazados.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <source>&amp;Preview again</source>
        <translation>Repetir &amp;vista previa</translation>
    </message>
    <message>
        <source>Preview the files again</source>
        <translation>Volver a generar la vista previa de los archivos</translation>
    </message>
    <message>
        <source>Reads the files again, for example after registering or assigning a device.</source>
        <translation>Vuelve a leer los archivos, por ejemplo tras registrar o asignar un dispositivo.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import the previewed files</source>
        <translation>Importar los archivos de la vista previa</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Cancel the preview or the import</source>
        <translation>Cancelar la vista previa o la importación</translation>
    </message>
    <message>
        <source>A cancelled file is not kept at all; it can be imported again.</source>
        <translation>De un archivo cancelado no se conserva nada; se puede volver a importar.</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>Quitar de la lista</translation>
    </message>
    <message>
        <source>%1 (bed %2)</source>
        <translation>%1 (cama %2)</translation>
    </message>
    <message>
        <source>An import started earlier is still running.</source>
        <translation>Una importación iniciada anteriormente sigue en curso.</translation>
    </message>
    <message>
        <source>Add a folder of files to import</source>
        <translation>Añadir una carpeta de archivos que importar</translation>
    </message>
    <message>
        <source>Add files to import</source>
        <translation>Añadir archivos que importar</translation>
    </message>
    <message>
        <source>Data files (*.json *.ndjson *.xml *.csv);;All files (*)</source>
        <translation>Archivos de datos (*.json *.ndjson *.xml *.csv);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) added.</source>
        <translation>
            <numerusform>%n archivo añadido.</numerusform>
            <numerusform>%n archivos añadidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already in the list.</source>
        <translation>
            <numerusform>%n archivo ya está en la lista.</numerusform>
            <numerusform>%n archivos ya están en la lista.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) left out that PulseDesk does not read: %1</source>
        <translation>
            <numerusform>%n archivo omitido porque PulseDesk no lo lee: %1</numerusform>
            <numerusform>%n archivos omitidos porque PulseDesk no los lee: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Previewing %n file(s)…</source>
        <translation>
            <numerusform>Generando la vista previa de %n archivo…</numerusform>
            <numerusform>Generando la vista previa de %n archivos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting the import…</source>
        <translation>Iniciando la importación…</translation>
    </message>
    <message>
        <source>cancelled before it started; nothing of this file was kept</source>
        <translation>cancelada antes de empezar; no se ha conservado nada de este archivo</translation>
    </message>
    <message>
        <source>File %1 of %2 · %3 records/s</source>
        <translation>Archivo %1 de %2 · %3 registros/s</translation>
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
        <translation> · quedan unos %1</translation>
    </message>
    <message>
        <source>Cancelling; what this file stored so far is being removed…</source>
        <translation>Cancelando; se está eliminando lo que este archivo ha guardado hasta ahora…</translation>
    </message>
    <message>
        <source>Cancelling the preview…</source>
        <translation>Cancelando la vista previa…</translation>
    </message>
    <message>
        <source>Finished in %1 s.</source>
        <translation>Finalizado en %1 s.</translation>
    </message>
    <message numerus="yes">
        <source>Import finished: %n file(s) complete</source>
        <translation>
            <numerusform>Importación finalizada: %n archivo completado</numerusform>
            <numerusform>Importación finalizada: %n archivos completados</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 new samples stored)</source>
        <translation> (%1 muestras nuevas guardadas)</translation>
    </message>
    <message numerus="yes">
        <source>; %n file(s) cancelled, nothing of them kept; they can be imported again</source>
        <translation>
            <numerusform>; %n archivo cancelado, sin conservar nada de él; se puede volver a importar</numerusform>
            <numerusform>; %n archivos cancelados, sin conservar nada de ellos; se pueden volver a importar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n file(s) failed (see Notes)</source>
        <translation>
            <numerusform>; %n archivo con error (véase Notas)</numerusform>
            <numerusform>; %n archivos con error (véase Notas)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import %1 new samples</source>
        <translation>&amp;Importar %1 muestras nuevas</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importando %n archivo…</numerusform>
            <numerusform>Importando %n archivos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation>No hay nada que importar.</translation>
    </message>
    <message numerus="yes">
        <source>To import: %n file(s) with %1 new samples; %2 already stored (skipped); %3 rejected (to the quarantine).</source>
        <translation>
            <numerusform>Por importar: %n archivo con %1 muestras nuevas; %2 ya guardadas (se omiten); %3 rechazados (a la cuarentena).</numerusform>
            <numerusform>Por importar: %n archivos con %1 muestras nuevas; %2 ya guardadas (se omiten); %3 rechazados (a la cuarentena).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) with nothing new or usable.</source>
        <translation>
            <numerusform>%n archivo sin nada nuevo ni utilizable.</numerusform>
            <numerusform>%n archivos sin nada nuevo ni utilizable.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be imported.</source>
        <translation>
            <numerusform>%n archivo no se puede importar.</numerusform>
            <numerusform>%n archivos no se pueden importar.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Format: %1 (%2) · %3 · SHA-256 %4</source>
        <translation>Formato: %1 (%2) · %3 · SHA-256 %4</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>detectado</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>elegido</translation>
    </message>
    <message>
        <source>Cannot be imported: %1</source>
        <translation>No se puede importar: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>This file was imported before: %1</source>
        <translation>Este archivo ya se importó: %1</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>(the file names no device)</source>
        <translation>(el archivo no indica ningún dispositivo)</translation>
    </message>
    <message>
        <source>  %1: not a registered device</source>
        <translation>  %1: no es un dispositivo registrado</translation>
    </message>
    <message>
        <source>  %1 → %2%3: %4 samples, %5</source>
        <translation>  %1 → %2%3: %4 muestras, %5</translation>
    </message>
    <message>
        <source> (chosen)</source>
        <translation> (elegido)</translation>
    </message>
    <message>
        <source>      MRN %1, bed %2, %3: %4 samples</source>
        <translation>      NHC %1, cama %2, %3: %4 muestras</translation>
    </message>
    <message>
        <source>      an admitted patient: %1 samples</source>
        <translation>      un paciente ingresado: %1 muestras</translation>
    </message>
    <message>
        <source>      assigned to no patient at the time: %1 samples (stored, not analysed)</source>
        <translation>      sin paciente asignado en ese momento: %1 muestras (guardadas, no analizadas)</translation>
    </message>
    <message>
        <source>New: %1 · already stored: %2 · rejected: %3</source>
        <translation>Nuevas: %1 · ya guardadas: %2 · rechazados: %3</translation>
    </message>
    <message>
        <source>Reasons for rejected records</source>
        <translation>Motivos de los registros rechazados</translation>
    </message>
    <message>
        <source>  %1 × %2</source>
        <translation>  %1 × %2</translation>
    </message>
    <message>
        <source>First rejected records</source>
        <translation>Primeros registros rechazados</translation>
    </message>
    <message>
        <source>  line %1, column %2: %3</source>
        <translation>  línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>  … and %1 more</source>
        <translation>  … y %1 más</translation>
    </message>
    <message>
        <source>Not kept (PulseDesk does not store it): %1 × %2</source>
        <translation>No conservado (PulseDesk no lo almacena): %1 × %2</translation>
    </message>
    <message>
        <source>Imported: %1 new samples (%2 vitals added to them), %3 already stored, %4 rejected, in %5 s.</source>
        <translation>Importado: %1 muestras nuevas (con %2 signos vitales añadidos), %3 ya guardadas, %4 rechazados, en %5 s.</translation>
    </message>
    <message>
        <source>Analysed: %1 windows, %2 findings for review.</source>
        <translation>Analizado: %1 ventanas, %2 hallazgos para revisión.</translation>
    </message>
    <message>
        <source>%1 samples handed to the live analysis.</source>
        <translation>%1 muestras enviadas al análisis en tiempo real.</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Cancelado: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Choose the registered device for each device the selected file names</source>
        <translation>Elegir el dispositivo registrado para cada dispositivo que nombra el archivo seleccionado</translation>
    </message>
    <message>
        <source>(as the file names it)</source>
        <translation>(tal como lo nombra el archivo)</translation>
    </message>
    <message>
        <source>Map devices</source>
        <translation>Asignar dispositivos</translation>
    </message>
    <message>
        <source>Choose the registered device whose patient the samples belong to, for each device the file names. The choice holds for every file in the list until you change it.</source>
        <translation>Elija, para cada dispositivo que nombra el archivo, el dispositivo registrado a cuyo paciente pertenecen las muestras. La elección vale para todos los archivos de la lista hasta que la cambie.</translation>
    </message>
    <message>
        <source>Map de&amp;vices…</source>
        <translation>Asignar dis&amp;positivos…</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::InterfaceErrorsScreen</name>
    <message>
        <source>Interface errors</source>
        <translation>Errores de interfaz</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>alarm manager</source>
        <translation>gestor de alarmas</translation>
    </message>
    <message>
        <source>EHR</source>
        <translation>HCE</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>alarm event</source>
        <translation>evento de alarma</translation>
    </message>
    <message>
        <source>corrected result</source>
        <translation>resultado corregido</translation>
    </message>
    <message>
        <source>result</source>
        <translation>resultado</translation>
    </message>
    <message>
        <source>Control id</source>
        <translation>ID de control</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>Último envío</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Se&amp;nd selected again</source>
        <translation>&amp;Reenviar selección</translation>
    </message>
    <message>
        <source>Send &amp;all again</source>
        <translation>Reenviar &amp;todos</translation>
    </message>
    <message>
        <source>Messages refused by the hospital</source>
        <translation>Mensajes rechazados por el hospital</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) refused by the hospital.</source>
        <translation>
            <numerusform>%n mensaje rechazado por el hospital.</numerusform>
            <numerusform>%n mensajes rechazados por el hospital.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the messages to send again.</source>
        <translation>Seleccione los mensajes que desea reenviar.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) queued to be sent again.</source>
        <translation>
            <numerusform>%n mensaje en cola para reenviarse.</numerusform>
            <numerusform>%n mensajes en cola para reenviarse.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::InterfacesScreen</name>
    <message>
        <source>Hospital interfaces</source>
        <translation>Interfaces del hospital</translation>
    </message>
    <message>
        <source>Patients from the hospital (ADT in, HL7 v2 over MLLP)</source>
        <translation>Pacientes del hospital (ADT de entrada, HL7 v2 sobre MLLP)</translation>
    </message>
    <message>
        <source>Listen on address:</source>
        <translation>Escuchar en la dirección:</translation>
    </message>
    <message>
        <source>0.0.0.0 (every address of this computer)</source>
        <translation>0.0.0.0 (todas las direcciones de este equipo)</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>Listen on port</source>
        <translation>Escuchar en el puerto</translation>
    </message>
    <message>
        <source>Port (off: no ADT listener):</source>
        <translation>Puerto (desactivado: sin escucha ADT):</translation>
    </message>
    <message>
        <source>TLS certificate file (PEM):</source>
        <translation>Archivo del certificado TLS (PEM):</translation>
    </message>
    <message>
        <source>empty: no TLS</source>
        <translation>vacío: sin TLS</translation>
    </message>
    <message>
        <source>TLS key file (PEM):</source>
        <translation>Archivo de la clave TLS (PEM):</translation>
    </message>
    <message>
        <source>Allowed senders:</source>
        <translation>Remitentes permitidos:</translation>
    </message>
    <message>
        <source>addresses and subnets, such as 10.1.0.0/16; empty: any</source>
        <translation>direcciones y subredes, como 10.1.0.0/16; vacío: cualquiera</translation>
    </message>
    <message>
        <source>Results and alarms to the hospital (HL7 v2, IHE PCD)</source>
        <translation>Resultados y alarmas al hospital (HL7 v2, IHE PCD)</translation>
    </message>
    <message>
        <source>Results to the EHR (HOST:PORT):</source>
        <translation>Resultados a la HCE (HOST:PORT):</translation>
    </message>
    <message>
        <source>empty: not sent</source>
        <translation>vacío: no se envían</translation>
    </message>
    <message>
        <source>Alarms to the alarm manager (HOST:PORT):</source>
        <translation>Alarmas al gestor de alarmas (HOST:PORT):</translation>
    </message>
    <message>
        <source>Save &amp;interface settings</source>
        <translation>&amp;Guardar configuración de interfaces</translation>
    </message>
    <message>
        <source>On this ward the ward server (pulsedesk-server) runs the interfaces; it takes changed settings over when it next becomes the active server. This workstation keeps their settings and shows their errors.</source>
        <translation>En esta planta, el servidor de planta (pulsedesk-server) ejecuta las interfaces; aplica los ajustes modificados la próxima vez que pase a ser el servidor activo. Este puesto guarda sus ajustes y muestra sus errores.</translation>
    </message>
    <message>
        <source>This workstation runs the interfaces in the background while it is open, whoever is logged in; results and alarm events wait in the store while it is closed.</source>
        <translation>Este puesto ejecuta las interfaces en segundo plano mientras está abierto, sea quien sea el usuario conectado; los resultados y los eventos de alarma esperan en la base de datos mientras está cerrado.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>No ha cambiado nada.</translation>
    </message>
    <message>
        <source>Interface settings saved.</source>
        <translation>Configuración de interfaces guardada.</translation>
    </message>
    <message>
        <source>Each analysis window</source>
        <translation>Cada ventana de análisis</translation>
    </message>
    <message>
        <source>The median of each minute (as GE trends)</source>
        <translation>La mediana de cada minuto (como las tendencias de GE)</translation>
    </message>
    <message>
        <source>Results sent</source>
        <translation>Resultados enviados</translation>
    </message>
    <message>
        <source>Results sent:</source>
        <translation>Resultados enviados:</translation>
    </message>
    <message>
        <source>Alarms on an MQTT topic (bed and priority only)</source>
        <translation>Alarmas en un tema MQTT (solo cama y prioridad)</translation>
    </message>
    <message>
        <source>Alarm topic on the broker:</source>
        <translation>Tema de alarmas en el broker:</translation>
    </message>
    <message>
        <source>such as ward4/alarms; empty: off</source>
        <translation>p. ej. ward4/alarms; vacío: desactivado</translation>
    </message>
    <message>
        <source>Each alarm event is published on live ingest&apos;s broker with the bed, priority, condition, event and time only: never a name, MRN, birth date, device or comment. Best effort: events are dropped while the broker cannot be reached; the alarm manager and the screens remain the alarms&apos; reliable path. A change takes effect within a second.</source>
        <translation>Cada evento de alarma se publica en el broker de la recepción en vivo solo con la cama, la prioridad, la condición, el evento y la hora: nunca un nombre, número de historia, fecha de nacimiento, dispositivo ni comentario. Sin garantía: mientras no se pueda llegar al broker, los eventos se descartan; el gestor de alarmas y las pantallas siguen siendo la vía fiable de las alarmas. Un cambio surte efecto en un segundo.</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::LoginPage</name>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Log in as someone &amp;else</source>
        <translation>Iniciar sesión como &amp;otro usuario</translation>
    </message>
    <message>
        <source>PulseDesk is locked</source>
        <translation>PulseDesk está bloqueado</translation>
    </message>
    <message>
        <source>PulseDesk</source>
        <translation>PulseDesk</translation>
    </message>
    <message>
        <source>Locked by %1. Monitoring and alarms continue. Enter the password to unlock.</source>
        <translation>Bloqueado por %1. La monitorización y las alarmas siguen activas. Introduzca la contraseña para desbloquear.</translation>
    </message>
    <message>
        <source>Log in with your staff account.</source>
        <translation>Inicie sesión con su cuenta de personal.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Introduzca su nombre de usuario.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>C&amp;hange where the ward is stored…</source>
        <translation>Cam&amp;biar dónde se guarda la planta…</translation>
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
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>&amp;Lock screen</source>
        <translation>&amp;Bloquear pantalla</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>&amp;Cambiar contraseña…</translation>
    </message>
    <message>
        <source>Log &amp;out / switch user</source>
        <translation>Cerrar se&amp;sión / cambiar de usuario</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administración</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Cambiar contraseña</translation>
    </message>
    <message>
        <source>You logged in with a one-time password. Choose your own password to continue.</source>
        <translation>Ha iniciado sesión con una contraseña de un solo uso. Elija su propia contraseña para continuar.</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Contraseña actual:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Contraseña nueva:</translation>
    </message>
    <message>
        <source>Repeat new password:</source>
        <translation>Repita la contraseña nueva:</translation>
    </message>
    <message>
        <source>The new passwords do not match.</source>
        <translation>Las contraseñas nuevas no coinciden.</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>Contraseña cambiada.</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>Sin sesión iniciada</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
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
        <translation>Cuarentena</translation>
    </message>
    <message>
        <source>Devices: not connected</source>
        <translation>Dispositivos: sin conexión</translation>
    </message>
    <message>
        <source>Devices: connecting…</source>
        <translation>Dispositivos: conectando…</translation>
    </message>
    <message>
        <source>Devices: connected · last message %1 · %2/s</source>
        <translation>Dispositivos: conectados · último mensaje %1 · %2/s</translation>
    </message>
    <message>
        <source>Devices: connected since %1 · no message yet</source>
        <translation>Dispositivos: conectados desde %1 · aún sin mensajes</translation>
    </message>
    <message>
        <source>⚠ Devices: reconnecting since %1 (%2)</source>
        <translation>⚠ Dispositivos: reconectando desde %1 (%2)</translation>
    </message>
    <message>
        <source>✖ Devices: not receiving (%1)</source>
        <translation>✖ Dispositivos: no se reciben datos (%1)</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Alarmas</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Planta</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>Import running</source>
        <translation>Importación en curso</translation>
    </message>
    <message>
        <source>An import is running. If you quit now it is cancelled, and nothing of the file being imported is kept. Quit anyway?</source>
        <translation>Hay una importación en curso. Si sale ahora, se cancelará y no se conservará nada del archivo que se está importando. ¿Desea salir de todos modos?</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Cam&amp;biar a</translation>
    </message>
    <message>
        <source>PulseDesk found that history is missing from this workstation&apos;s store. Tell an administrator.</source>
        <translation>PulseDesk ha detectado que falta historial en la base de datos de este puesto de trabajo. Avise a un administrador.</translation>
    </message>
    <message>
        <source>Store integrity warning</source>
        <translation>Advertencia de integridad de la base de datos</translation>
    </message>
    <message>
        <source>Store integrity</source>
        <translation>Integridad de la base de datos</translation>
    </message>
    <message>
        <source>The ward server answers again.</source>
        <translation>El servidor de planta vuelve a responder.</translation>
    </message>
    <message>
        <source>⚠ The ward server cannot be reached: %1
Retrying…; what you see may be out of date, and nothing can be changed until it answers again.</source>
        <translation>⚠ No se puede contactar con el servidor de planta: %1
Reintentando…; lo que ve puede no estar al día y no se puede cambiar nada hasta que vuelva a responder.</translation>
    </message>
    <message>
        <source>Ward server unreachable</source>
        <translation>Servidor de planta inaccesible</translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation>Interfaces</translation>
    </message>
    <message>
        <source>Device health</source>
        <translation>Estado de los dispositivos</translation>
    </message>
    <message>
        <source>Interface errors</source>
        <translation>Errores de interfaz</translation>
    </message>
    <message>
        <source>No interface is set up.</source>
        <translation>No hay ninguna interfaz configurada.</translation>
    </message>
    <message>
        <source>The interfaces could not start: %1</source>
        <translation>Las interfaces no pudieron iniciarse: %1</translation>
    </message>
    <message>
        <source>ADT listening on %1</source>
        <translation>ADT escuchando en %1</translation>
    </message>
    <message>
        <source>results to %1</source>
        <translation>resultados a %1</translation>
    </message>
    <message>
        <source>alarms to %1</source>
        <translation>alarmas a %1</translation>
    </message>
    <message>
        <source>Running on this workstation: %1.</source>
        <translation>En ejecución en este puesto: %1.</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::News2Trend</name>
    <message>
        <source>NEWS2 trend</source>
        <translation>Tendencia de NEWS2</translation>
    </message>
    <message>
        <source>no NEWS2 scores</source>
        <translation>sin puntuaciones NEWS2</translation>
    </message>
    <message>
        <source>NEWS2 totals: %1</source>
        <translation>Totales NEWS2: %1</translation>
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
        <translation>Sin NEWS2: es para pacientes de 16 años o más.</translation>
    </message>
    <message>
        <source>No observations recorded.</source>
        <translation>No hay observaciones registradas.</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::ObservationDialog</name>
    <message>
        <source>Amend observations #%1</source>
        <translation>Corregir observaciones #%1</translation>
    </message>
    <message>
        <source>Record observations</source>
        <translation>Registrar observaciones</translation>
    </message>
    <message>
        <source>%1. Observations are never changed: the correction is saved as new observations that point at #%2, taken at the same time; both stay visible.</source>
        <translation>%1. Las observaciones nunca se modifican: la corrección se guarda como nuevas observaciones que remiten a #%2, tomadas a la misma hora; ambas siguen visibles.</translation>
    </message>
    <message>
        <source>&amp;Respiration rate:</source>
        <translation>Frecuencia &amp;respiratoria:</translation>
    </message>
    <message>
        <source>/min</source>
        <translation>/min</translation>
    </message>
    <message>
        <source>&amp;SpO2 (scale 2):</source>
        <translation>&amp;SpO2 (escala 2):</translation>
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
        <translation>Aire ambiente</translation>
    </message>
    <message>
        <source>Oxygen</source>
        <translation>Oxígeno</translation>
    </message>
    <message>
        <source>&amp;Air or oxygen:</source>
        <translation>&amp;Aire u oxígeno:</translation>
    </message>
    <message>
        <source>S&amp;ystolic pressure:</source>
        <translation>Presión s&amp;istólica:</translation>
    </message>
    <message>
        <source>mmHg</source>
        <translation>mmHg</translation>
    </message>
    <message>
        <source>&amp;Pulse:</source>
        <translation>&amp;Pulso:</translation>
    </message>
    <message>
        <source>A – alert</source>
        <translation>A – alerta</translation>
    </message>
    <message>
        <source>C – new confusion</source>
        <translation>C – confusión nueva</translation>
    </message>
    <message>
        <source>V – responds to voice</source>
        <translation>V – responde a la voz</translation>
    </message>
    <message>
        <source>P – responds to pain</source>
        <translation>P – responde al dolor</translation>
    </message>
    <message>
        <source>U – unresponsive</source>
        <translation>U – no responde</translation>
    </message>
    <message>
        <source>&amp;Consciousness (ACVPU):</source>
        <translation>&amp;Consciencia (ACVPU):</translation>
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
        <translation>valor del dispositivo, %1 %2 a las %3</translation>
    </message>
    <message>
        <source>%1 (device value):</source>
        <translation>%1 (valor del dispositivo):</translation>
    </message>
    <message>
        <source>Enter a number for %1</source>
        <translation>Introduzca un número para %1</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::PatientExportActions</name>
    <message>
        <source>Folder for the patient&apos;s copy</source>
        <translation>Carpeta para la copia del paciente</translation>
    </message>
    <message>
        <source>Export as FHIR</source>
        <translation>Exportar como FHIR</translation>
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation>FHIR JSON (*.json)</translation>
    </message>
    <message>
        <source>Export as &amp;FHIR…</source>
        <translation>Exportar como &amp;FHIR…</translation>
    </message>
    <message>
        <source>The patient&apos;s record as a FHIR R4 Bundle</source>
        <translation>El historial del paciente como Bundle FHIR R4</translation>
    </message>
    <message>
        <source>Patient&apos;s cop&amp;y…</source>
        <translation>Cop&amp;ia para el paciente…</translation>
    </message>
    <message>
        <source>The record for the patient: a FHIR Bundle and a PDF (recorded as a disclosure)</source>
        <translation>El historial para el paciente: un Bundle FHIR y un PDF (registrado como divulgación)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Exported to %1: %2 observations, %3 results, %4 alarms, %5 notes.</source>
        <translation>Exportado a %1: %2 observaciones, %3 resultados, %4 alarmas, %5 notas.</translation>
    </message>
    <message>
        <source>Writing the patient&apos;s copy…</source>
        <translation>Escribiendo la copia del paciente…</translation>
    </message>
    <message>
        <source>The patient&apos;s copy is in %1 and %2.</source>
        <translation>La copia del paciente está en %1 y %2.</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::PatientLimitsTab</name>
    <message>
        <source>&amp;Set limits for this patient…</source>
        <translation>&amp;Establecer límites para este paciente…</translation>
    </message>
    <message>
        <source>&amp;Use the reference band again…</source>
        <translation>&amp;Usar de nuevo el rango de referencia…</translation>
    </message>
    <message>
        <source>No doctor has set limits for this patient: the reference band for the age applies.</source>
        <translation>Ningún médico ha establecido límites para este paciente: se aplica el rango de referencia correspondiente a su edad.</translation>
    </message>
    <message>
        <source>Set on %1. Reason: %2</source>
        <translation>Establecidos el %1. Motivo: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Severe bradycardia at or below %2 bpm · bradycardia below %3 bpm · tachycardia above %4 bpm · severe tachycardia from %5 bpm</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Bradicardia grave a %2 bpm o menos · bradicardia por debajo de %3 bpm · taquicardia por encima de %4 bpm · taquicardia grave a partir de %5 bpm</translation>
    </message>
    <message>
        <source>Heart-rate limits for %1</source>
        <translation>Límites de frecuencia cardíaca para %1</translation>
    </message>
    <message>
        <source>These limits replace the reference band for this patient until you clear them or the patient is discharged. Every change is audited with its reason.</source>
        <translation>Estos límites sustituyen al rango de referencia de este paciente hasta que los elimine o el paciente sea dado de alta. Cada cambio queda registrado en la auditoría con su motivo.</translation>
    </message>
    <message>
        <source>Severe bradycardia at or below (bpm):</source>
        <translation>Bradicardia grave igual o inferior a (bpm):</translation>
    </message>
    <message>
        <source>Bradycardia below (bpm):</source>
        <translation>Bradicardia inferior a (bpm):</translation>
    </message>
    <message>
        <source>Tachycardia above (bpm):</source>
        <translation>Taquicardia superior a (bpm):</translation>
    </message>
    <message>
        <source>Severe tachycardia at or above (bpm):</source>
        <translation>Taquicardia grave igual o superior a (bpm):</translation>
    </message>
    <message>
        <source>Clinical reason:</source>
        <translation>Motivo clínico:</translation>
    </message>
    <message>
        <source>Enter every limit as a number of beats per minute.</source>
        <translation>Introduzca cada límite como un número de latidos por minuto.</translation>
    </message>
    <message>
        <source>The new limits apply from the next window.</source>
        <translation>Los nuevos límites se aplican a partir de la siguiente ventana de análisis.</translation>
    </message>
    <message>
        <source>Use the reference band again</source>
        <translation>Usar de nuevo el rango de referencia</translation>
    </message>
    <message>
        <source>The patient&apos;s own limits end now; the reference band for the age applies again.</source>
        <translation>Los límites propios del paciente dejan de aplicarse ahora; vuelve a aplicarse el rango de referencia correspondiente a su edad.</translation>
    </message>
    <message>
        <source>The reference band applies again from the next window.</source>
        <translation>El rango de referencia vuelve a aplicarse a partir de la siguiente ventana de análisis.</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::PatientNotesTab</name>
    <message>
        <source>Clinical notes</source>
        <translation>Notas clínicas</translation>
    </message>
    <message>
        <source>&amp;Write note…</source>
        <translation>&amp;Escribir nota…</translation>
    </message>
    <message>
        <source>A&amp;mend selected note…</source>
        <translation>E&amp;nmendar nota seleccionada…</translation>
    </message>
    <message>
        <source>#%1 · %2 · %3</source>
        <translation>#%1 · %2 · %3</translation>
    </message>
    <message>
        <source> · amends #%1</source>
        <translation> · enmienda #%1</translation>
    </message>
    <message>
        <source> · amended by #%1</source>
        <translation> · enmendada por #%1</translation>
    </message>
    <message>
        <source>Amend note #%1</source>
        <translation>Enmendar nota #%1</translation>
    </message>
    <message>
        <source>Write clinical note</source>
        <translation>Escribir nota clínica</translation>
    </message>
    <message>
        <source>Notes are never changed. The amendment is saved as a new note that points at note #%1; both stay visible.</source>
        <translation>Las notas nunca se modifican. La enmienda se guarda como una nota nueva que remite a la nota #%1; ambas siguen visibles.</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Saved note #%1.</source>
        <translation>Nota #%1 guardada.</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::PatientObservationsTab</name>
    <message>
        <source>Observations</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tomada</translation>
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
        <translation>Aire/O2</translation>
    </message>
    <message>
        <source>Systolic</source>
        <translation>Sistólica</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>Pulso</translation>
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
        <translation>Registrado por</translation>
    </message>
    <message>
        <source>&amp;Record observations…</source>
        <translation>&amp;Registrar observaciones…</translation>
    </message>
    <message>
        <source>A&amp;mend selected…</source>
        <translation>&amp;Corregir selección…</translation>
    </message>
    <message>
        <source>SpO2 &amp;scale…</source>
        <translation>&amp;Escala de SpO2…</translation>
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
        <translation> · corrige #%1</translation>
    </message>
    <message>
        <source> · amended by #%1</source>
        <translation> · corregida por #%1</translation>
    </message>
    <message>
        <source> (scale 2)</source>
        <translation> (escala 2)</translation>
    </message>
    <message>
        <source>Oxygen</source>
        <translation>Oxígeno</translation>
    </message>
    <message>
        <source>Air</source>
        <translation>Aire ambiente</translation>
    </message>
    <message>
        <source>SpO2 scale 2 (set by a doctor). </source>
        <translation>Escala 2 de SpO2 (fijada por un médico). </translation>
    </message>
    <message>
        <source>No observations recorded.</source>
        <translation>No hay observaciones registradas.</translation>
    </message>
    <message>
        <source>&lt;b&gt;NEWS2 %1&lt;/b&gt;, %2. </source>
        <translation>&lt;b&gt;NEWS2 %1&lt;/b&gt;, %2. </translation>
    </message>
    <message>
        <source>Next observations due %1.</source>
        <translation>Próximas observaciones previstas %1.</translation>
    </message>
    <message>
        <source>Continuous monitoring.</source>
        <translation>Monitorización continua.</translation>
    </message>
    <message>
        <source>Saved observations #%1: NEWS2 %2, %3.</source>
        <translation>Observaciones #%1 guardadas: NEWS2 %2, %3.</translation>
    </message>
    <message>
        <source>Saved observations #%1 (%2).</source>
        <translation>Observaciones #%1 guardadas (%2).</translation>
    </message>
    <message>
        <source>SpO2 scale</source>
        <translation>Escala de SpO2</translation>
    </message>
    <message>
        <source>Scale 2 is only for a patient with hypercapnic respiratory failure and a prescribed target saturation of 88-92 %. It replaces the SpO2 row of NEWS2; oxygen still scores.</source>
        <translation>La escala 2 es solo para pacientes con insuficiencia respiratoria hipercápnica y una saturación objetivo prescrita del 88-92 %. Sustituye la fila de SpO2 de NEWS2; el oxígeno sigue puntuando.</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Escala:</translation>
    </message>
    <message>
        <source>Scale 1</source>
        <translation>Escala 1</translation>
    </message>
    <message>
        <source>Scale 2 (target 88-92 %)</source>
        <translation>Escala 2 (objetivo 88-92 %)</translation>
    </message>
    <message>
        <source>SpO2 scale %1 set.</source>
        <translation>Escala de SpO2 %1 fijada.</translation>
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
        <translation>&lt;b&gt;%1&lt;/b&gt;, puntuado con la tabla pediátrica %2 (franja de edad %3).</translation>
    </message>
    <message>
        <source>Saved observations #%1: %2.</source>
        <translation>Observaciones #%1 guardadas: %2.</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::PatientView</name>
    <message>
        <source>Select a patient.</source>
        <translation>Seleccione un paciente.</translation>
    </message>
    <message>
        <source>&amp;Heart rate</source>
        <translation>&amp;Frecuencia cardíaca</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Mín.</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Máx.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Fiabilidad</translation>
    </message>
    <message>
        <source>%1 % of samples</source>
        <translation>%1 % de las muestras</translation>
    </message>
    <message>
        <source>low (%1)</source>
        <translation>baja (%1)</translation>
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
        <translation>PA mmHg</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Limits used</source>
        <translation>Límites aplicados</translation>
    </message>
    <message>
        <source>Window results</source>
        <translation>Resultados por ventana de análisis</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>Resul&amp;tados</translation>
    </message>
    <message>
        <source>&amp;Limits</source>
        <translation>&amp;Límites</translation>
    </message>
    <message>
        <source>Device assignment history</source>
        <translation>Historial de asignaciones de dispositivos</translation>
    </message>
    <message>
        <source>De&amp;vices</source>
        <translation>Dispositi&amp;vos</translation>
    </message>
    <message>
        <source>Clinical &amp;notes</source>
        <translation>&amp;Notas clínicas</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — MRN %2&lt;br&gt;Born: %3 · Sex: %4&lt;br&gt;Ward %5, bed %6&lt;br&gt;Admitted %7%8</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — NHC %2&lt;br&gt;Nacimiento: %3 · Sexo: %4&lt;br&gt;Planta %5, cama %6&lt;br&gt;Ingreso: %7%8</translation>
    </message>
    <message>
        <source>&lt;br&gt;Discharged %1</source>
        <translation>&lt;br&gt;Alta: %1</translation>
    </message>
    <message>
        <source>%1: %2 – %3</source>
        <translation>%1: %2 – %3</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>No device has been assigned.</source>
        <translation>No se ha asignado ningún dispositivo.</translation>
    </message>
    <message>
        <source>Heart rate &lt;b&gt;%1&lt;/b&gt; bpm</source>
        <translation>Frecuencia cardíaca &lt;b&gt;%1&lt;/b&gt; bpm</translation>
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
        <translation>Presión arterial &lt;b&gt;%1/%2&lt;/b&gt; mmHg</translation>
    </message>
    <message>
        <source>No vitals in the range shown.</source>
        <translation>No hay signos vitales en el intervalo mostrado.</translation>
    </message>
    <message>
        <source>Newest in the range shown: %1</source>
        <translation>Valores más recientes del intervalo mostrado: %1</translation>
    </message>
    <message>
        <source>%1, bed %2</source>
        <translation>%1, cama %2</translation>
    </message>
    <message>
        <source>O&amp;bservations</source>
        <translation>&amp;Observaciones</translation>
    </message>
    <message>
        <source>Anomaly</source>
        <translation>Anomalía</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::PatientsScreen</name>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>NHC</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Planta</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>Cama</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Nacimiento</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>admitted</source>
        <translation>ingresado</translation>
    </message>
    <message>
        <source>discharged %1</source>
        <translation>dado de alta el %1</translation>
    </message>
    <message>
        <source>&amp;Admit patient…</source>
        <translation>&amp;Ingresar paciente…</translation>
    </message>
    <message>
        <source>&amp;Discharge</source>
        <translation>Dar de &amp;alta</translation>
    </message>
    <message>
        <source>Add &amp;responsible doctor…</source>
        <translation>Añadir médico &amp;responsable…</translation>
    </message>
    <message>
        <source>Show &amp;discharged</source>
        <translation>Mostrar da&amp;dos de alta</translation>
    </message>
    <message>
        <source>Only &amp;my patients</source>
        <translation>Solo &amp;mis pacientes</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s).</source>
        <translation>
            <numerusform>%n paciente.</numerusform>
            <numerusform>%n pacientes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Admit patient</source>
        <translation>Ingresar paciente</translation>
    </message>
    <message>
        <source>Medical record number:</source>
        <translation>Número de historia clínica:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>Fecha de nacimiento:</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Sexo:</translation>
    </message>
    <message>
        <source>Ward:</source>
        <translation>Planta:</translation>
    </message>
    <message>
        <source>Bed:</source>
        <translation>Cama:</translation>
    </message>
    <message>
        <source>Admitted %1 to bed %2.</source>
        <translation>%1 ingresado en la cama %2.</translation>
    </message>
    <message>
        <source>Discharge patient</source>
        <translation>Dar de alta al paciente</translation>
    </message>
    <message>
        <source>Discharge %1 (MRN %2)? Their devices are released; the record is kept.</source>
        <translation>¿Dar de alta a %1 (NHC %2)? Sus dispositivos se liberan; la historia clínica se conserva.</translation>
    </message>
    <message>
        <source>Discharged %1.</source>
        <translation>%1 dado de alta.</translation>
    </message>
    <message>
        <source>Add responsible doctor</source>
        <translation>Añadir médico responsable</translation>
    </message>
    <message>
        <source>Doctor:</source>
        <translation>Médico:</translation>
    </message>
    <message>
        <source>%1 is now responsible too.</source>
        <translation>%1 ahora también es responsable.</translation>
    </message>
    <message>
        <source>Re&amp;port…</source>
        <translation>&amp;Informe…</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::QuarantineScreen</name>
    <message>
        <source>Quarantine</source>
        <translation>Cuarentena</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Topic or file</source>
        <translation>Topic o archivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Filter by reason…</source>
        <translation>Filtrar por motivo…</translation>
    </message>
    <message>
        <source>Filter by reason</source>
        <translation>Filtrar por motivo</translation>
    </message>
    <message>
        <source>Replay &amp;selected</source>
        <translation>Reprocesar selecciona&amp;dos</translation>
    </message>
    <message>
        <source>Replay &amp;all</source>
        <translation>Reprocesar &amp;todos</translation>
    </message>
    <message>
        <source>Quarantined messages</source>
        <translation>Mensajes en cuarentena</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in quarantine.</source>
        <translation>
            <numerusform>%n mensaje en cuarentena.</numerusform>
            <numerusform>%n mensajes en cuarentena.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replayed %1 message(s): %2 sample(s) stored.</source>
        <translation>Mensajes reprocesados: %1; muestras guardadas: %2.</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::ReportDialog</name>
    <message>
        <source>Patient:</source>
        <translation>Paciente:</translation>
    </message>
    <message>
        <source>&amp;Ward:</source>
        <translation>&amp;Planta:</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Chosen range</source>
        <translation>Intervalo elegido</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Vista previa…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>Reading the report…</source>
        <translation>Leyendo el informe…</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Guardar el informe como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Saved the report as %1 (%n page(s)).</source>
        <translation>
            <numerusform>Informe guardado como %1 (%n página).</numerusform>
            <numerusform>Informe guardado como %1 (%n páginas).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent the report to the printer (%n page(s)).</source>
        <translation>
            <numerusform>Informe enviado a la impresora (%n página).</numerusform>
            <numerusform>Informe enviado a la impresora (%n páginas).</numerusform>
        </translation>
    </message>
    <message>
        <source>Showed the report.</source>
        <translation>Informe mostrado.</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock the screen after inactivity</source>
        <translation>Bloquear la pantalla tras un periodo de inactividad</translation>
    </message>
    <message>
        <source>Lock the screen after &amp;inactivity:</source>
        <translation>Bloquear la pantalla tras &amp;inactividad:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>&amp;Language (after restart):</source>
        <translation>I&amp;dioma (tras reiniciar):</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Guardar configuración</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Configuración guardada.</translation>
    </message>
    <message>
        <source>Device broker (MQTT)</source>
        <translation>Broker de dispositivos (MQTT)</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>Topics (comma-separated):</source>
        <translation>Topics (separados por comas):</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nombre de usuario:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Use &amp;TLS</source>
        <translation>Usar &amp;TLS</translation>
    </message>
    <message>
        <source>CA certificate file:</source>
        <translation>Archivo del certificado de la CA:</translation>
    </message>
    <message>
        <source>Client certificate file:</source>
        <translation>Archivo del certificado de cliente:</translation>
    </message>
    <message>
        <source>Client key file:</source>
        <translation>Archivo de la clave de cliente:</translation>
    </message>
    <message>
        <source>Analysis and alarms</source>
        <translation>Análisis y alarmas</translation>
    </message>
    <message>
        <source>Analysis window:</source>
        <translation>Ventana de análisis:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Wait for late samples:</source>
        <translation>Esperar muestras retrasadas:</translation>
    </message>
    <message>
        <source>Devices send a sample every:</source>
        <translation>Los dispositivos envían una muestra cada:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Alarm delay (condition must hold):</source>
        <translation>Retardo de alarma (la condición debe mantenerse):</translation>
    </message>
    <message>
        <source>Escalate unacknowledged alarms to the ward after:</source>
        <translation>Escalar a la planta las alarmas no reconocidas tras:</translation>
    </message>
    <message>
        <source>Device silent alarm after:</source>
        <translation>Alarma de dispositivo sin datos tras:</translation>
    </message>
    <message>
        <source>Older data gives findings for review, not alarms, after:</source>
        <translation>Hallazgos para revisión en lugar de alarmas para datos con más de:</translation>
    </message>
    <message>
        <source>Client id (empty: this data folder&apos;s own):</source>
        <translation>Id de cliente (vacío: el propio de esta carpeta de datos):</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Cuarentena</translation>
    </message>
    <message>
        <source>Keep the payloads of at most:</source>
        <translation>Conservar el contenido de como máximo:</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Keep the payloads of at most (messages):</source>
        <translation>Conservar el contenido de como máximo (mensajes):</translation>
    </message>
    <message>
        <source>A high anomaly score for 3 windows in a row raises a low alarm</source>
        <translation>Una puntuación de anomalía alta durante 3 ventanas seguidas genera una alarma baja</translation>
    </message>
    <message>
        <source>None: patients under 16 get no early-warning score.</source>
        <translation>Ninguna: los pacientes menores de 16 años no reciben puntuación de alerta temprana.</translation>
    </message>
    <message>
        <source>%1 (age bands: %2). Source: %3</source>
        <translation>%1 (franjas de edad: %2). Fuente: %3</translation>
    </message>
    <message>
        <source>Paediatric early-warning score (patients under 16)</source>
        <translation>Puntuación pediátrica de alerta temprana (pacientes menores de 16 años)</translation>
    </message>
    <message>
        <source>Chart in use:</source>
        <translation>Tabla en uso:</translation>
    </message>
    <message>
        <source>Paediatric chart file</source>
        <translation>Archivo de la tabla pediátrica</translation>
    </message>
    <message>
        <source>A chart file (JSON, format pulsedesk.age-banded-early-warning-table)</source>
        <translation>Un archivo de tabla (JSON, formato pulsedesk.age-banded-early-warning-table)</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Examinar...</translation>
    </message>
    <message>
        <source>Use this &amp;chart</source>
        <translation>&amp;Usar esta tabla</translation>
    </message>
    <message>
        <source>Use &amp;no chart</source>
        <translation>&amp;No usar ninguna tabla</translation>
    </message>
    <message>
        <source>Chart file:</source>
        <translation>Archivo de tabla:</translation>
    </message>
    <message>
        <source>Paediatric early-warning chart</source>
        <translation>Tabla pediátrica de alerta temprana</translation>
    </message>
    <message>
        <source>Charts (*.json)</source>
        <translation>Tablas (*.json)</translation>
    </message>
    <message>
        <source>Raw samples</source>
        <translation>Muestras brutas</translation>
    </message>
    <message>
        <source>Keep raw samples for this many months before the current one:</source>
        <translation>Conservar las muestras brutas durante estos meses antes del actual:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>for ever</source>
        <translation>indefinidamente</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Paediatric chart saved.</source>
        <translation>Tabla pediátrica guardada.</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::SetupPage</name>
    <message>
        <source>Set up PulseDesk</source>
        <translation>Configurar PulseDesk</translation>
    </message>
    <message>
        <source>This workstation has no data yet. Create the first administrator account. The administrator adds doctors and nurses and manages devices and settings.

All data is stored encrypted in %1. The password cannot be recovered: if every administrator forgets theirs, the data cannot be opened.</source>
        <translation>Este puesto de trabajo aún no tiene datos. Cree la primera cuenta de administrador. El administrador añade médicos y personal de enfermería y gestiona los dispositivos y la configuración.

Todos los datos se guardan cifrados en %1. La contraseña no se puede recuperar: si todos los administradores olvidan la suya, no se podrá acceder a los datos.</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nombre de usuario:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Nombre completo:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>Repita la contraseña:</translation>
    </message>
    <message>
        <source>&amp;Create administrator</source>
        <translation>&amp;Crear administrador</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Las contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>C&amp;hange where the ward is stored…</source>
        <translation>Cam&amp;biar dónde se guarda la planta…</translation>
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
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>active, one-time password</source>
        <translation>activo, contraseña de un solo uso</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>&amp;Add staff…</source>
        <translation>&amp;Añadir personal…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>Re&amp;activate…</source>
        <translation>&amp;Reactivar…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Restablecer &amp;contraseña…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Cambiar r&amp;ol…</translation>
    </message>
    <message>
        <source>Add staff</source>
        <translation>Añadir personal</translation>
    </message>
    <message>
        <source>Give the new member of staff the one-time password in person; they must change it when they first log in.</source>
        <translation>Entregue en persona la contraseña de un solo uso al nuevo miembro del personal; deberá cambiarla la primera vez que inicie sesión.</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nombre de usuario:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Nombre completo:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <source>One-time password:</source>
        <translation>Contraseña de un solo uso:</translation>
    </message>
    <message>
        <source>Added %1 as %2.</source>
        <translation>%1 añadido como %2.</translation>
    </message>
    <message>
        <source>Reactivate %1</source>
        <translation>Reactivar a %1</translation>
    </message>
    <message>
        <source>%1 is active again with a one-time password.</source>
        <translation>%1 vuelve a estar activo con una contraseña de un solo uso.</translation>
    </message>
    <message>
        <source>%1 is deactivated.</source>
        <translation>%1 está desactivado.</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>Restablecer la contraseña de %1</translation>
    </message>
    <message>
        <source>%1 has a new one-time password.</source>
        <translation>%1 tiene una nueva contraseña de un solo uso.</translation>
    </message>
    <message>
        <source>Change the role of %1</source>
        <translation>Cambiar el rol de %1</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 tiene ahora el rol %2.</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::StoreChoiceDialog</name>
    <message>
        <source>Where is the ward kept?</source>
        <translation>¿Dónde se guarda la planta?</translation>
    </message>
    <message>
        <source>Choose where this workstation keeps the ward&apos;s patients, notes and alarms. You can change it later from the login page.</source>
        <translation>Elija dónde guarda este puesto los pacientes, notas y alarmas de la planta. Puede cambiarlo más tarde desde la página de inicio de sesión.</translation>
    </message>
    <message>
        <source>&amp;This PC alone</source>
        <translation>&amp;Solo este PC</translation>
    </message>
    <message>
        <source>An encrypted store on this PC, with its own staff accounts. Devices send to this PC; the analysis and the alarms run here.</source>
        <translation>Un almacén cifrado en este PC, con sus propias cuentas de personal. Los dispositivos envían a este PC; el análisis y las alarmas se ejecutan aquí.</translation>
    </message>
    <message>
        <source>A &amp;ward server</source>
        <translation>Un &amp;servidor de planta</translation>
    </message>
    <message>
        <source>Several PCs share one ward on the hospital&apos;s PostgreSQL server, which also runs the analysis and the alarms. IT gives you the connection string, for example: host=ward-server dbname=pulsedesk sslmode=verify-full sslrootcert=/etc/pulsedesk/ca.crt. Put no user or password in it: each member of staff logs in with their own server login.</source>
        <translation>Varios PC comparten una planta en el servidor PostgreSQL del hospital, que también ejecuta el análisis y las alarmas. TI le da la cadena de conexión, por ejemplo: host=ward-server dbname=pulsedesk sslmode=verify-full sslrootcert=/etc/pulsedesk/ca.crt. No ponga usuario ni contraseña: cada miembro del personal inicia sesión con su propio acceso al servidor.</translation>
    </message>
    <message>
        <source>Connection string</source>
        <translation>Cadena de conexión</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>Probar &amp;conexión</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>✔ The ward server answers. Each member of staff logs in with their own server login.</source>
        <translation>✔ El servidor de planta responde. Cada miembro del personal inicia sesión con su propio acceso al servidor.</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>Enter the connection string IT gave you.</source>
        <translation>Introduzca la cadena de conexión que le dio TI.</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::WardScreen</name>
    <message>
        <source>Ward</source>
        <translation>Planta</translation>
    </message>
    <message>
        <source>Only &amp;my patients</source>
        <translation>Solo &amp;mis pacientes</translation>
    </message>
    <message>
        <source>Patients on the ward</source>
        <translation>Pacientes de la planta</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n paciente</numerusform>
            <numerusform>%n pacientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an open alarm</source>
        <translation>
            <numerusform>%n con alarma abierta</numerusform>
            <numerusform>%n con alarma abierta</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::WardTileWidget</name>
    <message>
        <source>No device</source>
        <translation>Sin dispositivo</translation>
    </message>
    <message>
        <source>%1: waiting for data</source>
        <translation>%1: esperando datos</translation>
    </message>
    <message>
        <source>%1: live</source>
        <translation>%1: en directo</translation>
    </message>
    <message>
        <source>%1: silent since %2</source>
        <translation>%1: sin datos desde %2</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>en ascenso</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>en descenso</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>estable</translation>
    </message>
    <message>
        <source>Bed %1</source>
        <translation>Cama %1</translation>
    </message>
    <message>
        <source>%1 bpm, %2</source>
        <translation>%1 bpm, %2</translation>
    </message>
    <message>
        <source>%1 (low confidence)</source>
        <translation>%1 (baja fiabilidad)</translation>
    </message>
    <message>
        <source>%1 priority alarm</source>
        <translation>Alarma de prioridad %1</translation>
    </message>
    <message>
        <source>%1 alarm</source>
        <translation>Alarma %1</translation>
    </message>
    <message>
        <source>%1 alarm (silenced)</source>
        <translation>Alarma %1 (silenciada)</translation>
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
        <translation>obs. previstas</translation>
    </message>
    <message>
        <source>NEWS2 %1, %2 risk</source>
        <translation>NEWS2 %1, riesgo %2</translation>
    </message>
    <message>
        <source>observations overdue</source>
        <translation>observaciones atrasadas</translation>
    </message>
</context>
</TS>
