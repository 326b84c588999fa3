<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AdtInterface</name>
    <message>
        <source>The message has no PID segment.</source>
        <translation>Le message n&apos;a pas de segment PID.</translation>
    </message>
    <message>
        <source>PID-3, the patient&apos;s medical record number, is empty.</source>
        <translation>PID-3, le numéro de dossier médical du patient, est vide.</translation>
    </message>
    <message>
        <source>PID-3, the medical record number, is longer than 64 characters.</source>
        <translation>PID-3, le numéro de dossier médical, dépasse 64 caractères.</translation>
    </message>
    <message>
        <source>PID-7, the birth date, is not a date (YYYYMMDD).</source>
        <translation>PID-7, la date de naissance, n&apos;est pas une date (YYYYMMDD).</translation>
    </message>
    <message>
        <source>looking up a patient</source>
        <translation>recherche d&apos;un patient</translation>
    </message>
    <message>
        <source>The patient of PID-3 is not known to PulseDesk.</source>
        <translation>Le patient de PID-3 est inconnu de PulseDesk.</translation>
    </message>
    <message>
        <source>applying an ADT message</source>
        <translation>application d&apos;un message ADT</translation>
    </message>
    <message>
        <source>PID-7, the birth date, is in the future.</source>
        <translation>PID-7, la date de naissance, est dans le futur.</translation>
    </message>
    <message>
        <source>no active doctor has the identifier %1</source>
        <translation>aucun médecin actif n&apos;a l&apos;identifiant %1</translation>
    </message>
    <message>
        <source>assigning a doctor</source>
        <translation>attribution d&apos;un médecin</translation>
    </message>
    <message>
        <source>PID-5, the patient&apos;s name, is empty.</source>
        <translation>PID-5, le nom du patient, est vide.</translation>
    </message>
    <message>
        <source>PV1-3, the new location, is empty.</source>
        <translation>PV1-3, le nouvel emplacement, est vide.</translation>
    </message>
    <message>
        <source>The patient is discharged; a transfer needs an admitted patient.</source>
        <translation>Le patient est sorti ; un transfert nécessite un patient admis.</translation>
    </message>
    <message>
        <source>The patient is already discharged.</source>
        <translation>Le patient est déjà sorti.</translation>
    </message>
    <message>
        <source>The patient is not discharged; there is no discharge to cancel.</source>
        <translation>Le patient n&apos;est pas sorti ; il n&apos;y a aucune sortie à annuler.</translation>
    </message>
    <message>
        <source>A swap (A17) needs two PID and two PV1 segments.</source>
        <translation>Un échange (A17) nécessite deux segments PID et deux segments PV1.</translation>
    </message>
    <message>
        <source>A patient of the swap is discharged.</source>
        <translation>Un patient de l&apos;échange est sorti.</translation>
    </message>
    <message>
        <source>MRG-1, the prior medical record number, is empty.</source>
        <translation>MRG-1, l&apos;ancien numéro de dossier médical, est vide.</translation>
    </message>
    <message>
        <source>the prior record is not in PulseDesk; nothing to merge</source>
        <translation>l&apos;ancien dossier n&apos;est pas dans PulseDesk ; rien à fusionner</translation>
    </message>
    <message>
        <source>Neither the patient of PID-3 nor that of MRG-1 is known to PulseDesk.</source>
        <translation>Ni le patient de PID-3 ni celui de MRG-1 ne sont connus de PulseDesk.</translation>
    </message>
    <message>
        <source>The event %1 is not taken.</source>
        <translation>L&apos;événement %1 n&apos;est pas pris en charge.</translation>
    </message>
    <message>
        <source>MSH-10, the message control id, is empty.</source>
        <translation>MSH-10, l&apos;identifiant de contrôle du message, est vide.</translation>
    </message>
    <message>
        <source>Message type %1 is not taken here (ADT is).</source>
        <translation>Le type de message %1 n&apos;est pas accepté ici (seul ADT l&apos;est).</translation>
    </message>
    <message>
        <source>HL7 version %1 is not supported (2.3 to 2.8 are).</source>
        <translation>La version HL7 %1 n&apos;est pas prise en charge (2.3 à 2.8 le sont).</translation>
    </message>
    <message>
        <source>The event %1 is not taken (A01, A02, A03, A04, A08, A11, A13, A17, A40 are).</source>
        <translation>L&apos;événement %1 n&apos;est pas accepté (A01, A02, A03, A04, A08, A11, A13, A17, A40 le sont).</translation>
    </message>
    <message>
        <source>A repeat of message %1, which was applied; not applied again.</source>
        <translation>Répétition du message %1, déjà appliqué ; non réappliqué.</translation>
    </message>
    <message>
        <source>journaling an HL7 message</source>
        <translation>journalisation d&apos;un message HL7</translation>
    </message>
    <message>
        <source>The record of PID-3 was merged into the record %1 (A40); send the patient&apos;s events under that number.</source>
        <translation>Le dossier de PID-3 a été fusionné dans le dossier %1 (A40) ; envoyez les événements du patient sous ce numéro.</translation>
    </message>
    <message>
        <source>MRG-1 and PID-3 name the same record; a record is not merged into itself.</source>
        <translation>MRG-1 et PID-3 désignent le même dossier ; un dossier n&apos;est pas fusionné avec lui-même.</translation>
    </message>
    <message>
        <source>The record of PID-3 was itself merged into the record %1; nothing is merged into a merged record.</source>
        <translation>Le dossier de PID-3 a lui-même été fusionné dans le dossier %1 ; rien n&apos;est fusionné dans un dossier fusionné.</translation>
    </message>
    <message>
        <source>the records were merged before; nothing to do</source>
        <translation>les dossiers ont déjà été fusionnés ; rien à faire</translation>
    </message>
    <message>
        <source>The record of MRG-1 was merged into the record %1 before.</source>
        <translation>Le dossier de MRG-1 a déjà été fusionné dans le dossier %1.</translation>
    </message>
</context>
<context>
    <name>AlarmCondition</name>
    <message>
        <source>Bradycardia</source>
        <translation>Bradycardie</translation>
    </message>
    <message>
        <source>Tachycardia</source>
        <translation>Tachycardie</translation>
    </message>
    <message>
        <source>Device silent</source>
        <translation>Appareil sans données</translation>
    </message>
    <message>
        <source>Broker unreachable</source>
        <translation>Broker injoignable</translation>
    </message>
    <message>
        <source>Messages quarantined</source>
        <translation>Messages en quarantaine</translation>
    </message>
    <message>
        <source>Client id used by another client</source>
        <translation>Identifiant client utilisé par un autre client</translation>
    </message>
    <message>
        <source>Early-warning score</source>
        <translation>Score d&apos;alerte précoce</translation>
    </message>
    <message>
        <source>Observations overdue</source>
        <translation>Observations en retard</translation>
    </message>
    <message>
        <source>Device readings depart from its fleet</source>
        <translation>Les mesures de l&apos;appareil s&apos;écartent de son parc</translation>
    </message>
    <message>
        <source>Vitals depart from the patient&apos;s recent values</source>
        <translation>Les constantes s&apos;écartent des valeurs récentes du patient</translation>
    </message>
    <message>
        <source>Ward server unreachable</source>
        <translation>Serveur du service injoignable</translation>
    </message>
</context>
<context>
    <name>AlarmEngine</name>
    <message>
        <source>This alarm has already ended.</source>
        <translation>Cette alarme est déjà terminée.</translation>
    </message>
    <message>
        <source>This alarm is already acknowledged.</source>
        <translation>Cette alarme est déjà acquittée.</translation>
    </message>
    <message>
        <source>This alarm is acknowledged and already silent.</source>
        <translation>Cette alarme est acquittée et déjà silencieuse.</translation>
    </message>
</context>
<context>
    <name>AlarmPriority</name>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
</context>
<context>
    <name>AlarmStore</name>
    <message>
        <source>waiting for the other writers of alarms</source>
        <translation>l&apos;attente des autres processus qui écrivent des alarmes</translation>
    </message>
    <message>
        <source>storing an alarm</source>
        <translation>l&apos;enregistrement d&apos;une alarme</translation>
    </message>
    <message>
        <source>reading alarms</source>
        <translation>la lecture des alarmes</translation>
    </message>
</context>
<context>
    <name>AlarmTopic</name>
    <message>
        <source>reading the alarm events</source>
        <translation>lecture des événements d’alarme</translation>
    </message>
</context>
<context>
    <name>AnalysisService</name>
    <message>
        <source>The last open windows could not be stored.</source>
        <translation>Les dernières fenêtres d&apos;analyse ouvertes n&apos;ont pas pu être enregistrées.</translation>
    </message>
    <message>
        <source>reading stored samples</source>
        <translation>la lecture des échantillons enregistrés</translation>
    </message>
    <message>
        <source>The store could not be opened: %1</source>
        <translation>Impossible d&apos;ouvrir la base de données : %1</translation>
    </message>
    <message>
        <source>NEWS2 %1: %2 risk</source>
        <translation>NEWS2 %1 : risque %2</translation>
    </message>
    <message>
        <source>observations were due %1 min ago</source>
        <translation>observations dues depuis %1 min</translation>
    </message>
</context>
<context>
    <name>AnalysisStore</name>
    <message>
        <source>There is no alarm %1.</source>
        <translation>L&apos;alarme %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Give the clinical reason for these limits.</source>
        <translation>Indiquez le motif clinique de ces limites.</translation>
    </message>
    <message>
        <source>The patient is discharged; limits cannot be set.</source>
        <translation>Le patient est sorti ; les limites ne peuvent pas être définies.</translation>
    </message>
    <message>
        <source>Give the reason for going back to the reference table.</source>
        <translation>Indiquez le motif du retour à la table de référence.</translation>
    </message>
    <message>
        <source>This patient has no limits of their own.</source>
        <translation>Ce patient n&apos;a pas de limites individuelles.</translation>
    </message>
    <message>
        <source>storing a retrospective finding</source>
        <translation>l&apos;enregistrement d&apos;une constatation rétrospective</translation>
    </message>
    <message>
        <source>reading findings</source>
        <translation>la lecture des constatations</translation>
    </message>
    <message>
        <source>setting patient limits</source>
        <translation>la définition des limites du patient</translation>
    </message>
    <message>
        <source>reading patient limits</source>
        <translation>la lecture des limites du patient</translation>
    </message>
    <message>
        <source>storing analysis results</source>
        <translation>l&apos;enregistrement des résultats d&apos;analyse</translation>
    </message>
    <message>
        <source>reading analysis results</source>
        <translation>la lecture des résultats d&apos;analyse</translation>
    </message>
</context>
<context>
    <name>AnomalyScorer</name>
    <message>
        <source>heart rate</source>
        <translation>fréquence cardiaque</translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation>SpO2</translation>
    </message>
    <message>
        <source>temperature</source>
        <translation>température</translation>
    </message>
    <message>
        <source>systolic pressure</source>
        <translation>pression systolique</translation>
    </message>
    <message>
        <source>diastolic pressure</source>
        <translation>pression diastolique</translation>
    </message>
    <message numerus="yes">
        <source>anomaly score %1 (%2), at least %3 for %n window(s) in a row</source>
        <translation>
            <numerusform>score d&apos;anomalie %1 (%2), au moins %3 pendant %n fenêtre d&apos;affilée</numerusform>
            <numerusform>score d&apos;anomalie %1 (%2), au moins %3 pendant %n fenêtres d&apos;affilée</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>AuditAnchor</name>
    <message>
        <source>The audit anchor %1 is locked by another program.</source>
        <translation>L&apos;ancre %1 du journal d&apos;audit est verrouillée par un autre programme.</translation>
    </message>
    <message>
        <source>The audit anchor %1 is damaged or was edited.</source>
        <translation>L&apos;ancre %1 du journal d&apos;audit est endommagée ou a été modifiée.</translation>
    </message>
    <message>
        <source>The audit log does not continue from its anchor at entry %1.</source>
        <translation>Le journal d&apos;audit ne fait pas suite à son ancre à l&apos;entrée %1.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>reading the audit log</source>
        <translation>la lecture du journal d&apos;audit</translation>
    </message>
    <message>
        <source>writing the audit log</source>
        <translation>l&apos;écriture dans le journal d&apos;audit</translation>
    </message>
    <message>
        <source>the audit log could not be read</source>
        <translation>le journal d&apos;audit n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <source>entry %1 is missing</source>
        <translation>l&apos;entrée %1 est manquante</translation>
    </message>
    <message>
        <source>entry %1 does not follow the entry before it</source>
        <translation>l&apos;entrée %1 ne fait pas suite à l&apos;entrée précédente</translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written</source>
        <translation>l&apos;entrée %1 a été modifiée après son écriture</translation>
    </message>
    <message>
        <source>entries after %1 were removed</source>
        <translation>des entrées postérieures à %1 ont été supprimées</translation>
    </message>
    <message>
        <source>the chain head does not match the last entry</source>
        <translation>la tête de chaîne ne correspond pas à la dernière entrée</translation>
    </message>
    <message>
        <source>the store is behind its anchor: the anchor records %1 entries (head %2), the store holds %3; entries %4 to %1 are missing</source>
        <translation>la base de données est en retard sur son ancre : l&apos;ancre enregistre %1 entrées (tête %2), la base de données en contient %3 ; les entrées %4 à %1 sont manquantes</translation>
    </message>
    <message>
        <source>entry %1 could not be read: %2</source>
        <translation>l&apos;entrée %1 n&apos;a pas pu être lue : %2</translation>
    </message>
    <message>
        <source>the audit anchor %1 is missing</source>
        <translation>l&apos;ancre %1 du journal d&apos;audit est manquante</translation>
    </message>
    <message>
        <source>the audit anchor %1 is damaged or was edited</source>
        <translation>l&apos;ancre %1 du journal d&apos;audit est endommagée ou a été modifiée</translation>
    </message>
    <message>
        <source>entry %1 does not match the anchor&apos;s head %2</source>
        <translation>l&apos;entrée %1 ne correspond pas à la tête %2 de l&apos;ancre</translation>
    </message>
    <message>
        <source>The store could not be compared with its audit anchor %1: %2</source>
        <translation>Impossible de comparer la base de données avec l&apos;ancre %1 de son journal d&apos;audit : %2</translation>
    </message>
    <message>
        <source>The audit anchor %1 is damaged or was edited (its seal does not match this store): lost history cannot be detected. Restore the data folder from a backup, or accept the store as it is with pulsedesk-cli audit reanchor.</source>
        <translation>L&apos;ancre %1 du journal d&apos;audit est endommagée ou a été modifiée (son sceau ne correspond pas à cette base de données) : un historique perdu ne peut pas être détecté. Restaurez le dossier de données à partir d&apos;une sauvegarde, ou acceptez la base de données en l&apos;état avec pulsedesk-cli audit reanchor.</translation>
    </message>
    <message>
        <source>anchoring the audit log</source>
        <translation>l&apos;ancrage du journal d&apos;audit</translation>
    </message>
    <message>
        <source>The audit anchor %1 was missing and has been written again at the store&apos;s %2 audit entries: history lost before now cannot be detected. Restore the anchor from a backup to check.</source>
        <translation>L&apos;ancre %1 du journal d&apos;audit était manquante et a été réécrite sur les %2 entrées d&apos;audit de la base de données : un historique perdu avant ce moment ne peut pas être détecté. Pour le vérifier, restaurez l&apos;ancre à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>The audit anchor %1 was created for this store at its %2 audit entries: from now on, history lost from the database is detected.</source>
        <translation>L&apos;ancre %1 du journal d&apos;audit a été créée pour cette base de données sur ses %2 entrées d&apos;audit : désormais, tout historique perdu de la base de données est détecté.</translation>
    </message>
    <message>
        <source>The store is behind its audit anchor: the anchor records %1 audit entries (head %2), the store holds %3. Entries %4 to %1, and the changes recorded with them, are missing (a lost or damaged -wal file after a crash, or a database copied back). Restore the data folder from a backup, or accept the loss with pulsedesk-cli audit reanchor.</source>
        <translation>La base de données est en retard sur l&apos;ancre de son journal d&apos;audit : l&apos;ancre enregistre %1 entrées d&apos;audit (tête %2), la base de données en contient %3. Les entrées %4 à %1, ainsi que les modifications enregistrées avec elles, sont manquantes (fichier -wal perdu ou endommagé après un plantage, ou ancienne copie de la base de données remise en place). Restaurez le dossier de données à partir d&apos;une sauvegarde, ou acceptez la perte avec pulsedesk-cli audit reanchor.</translation>
    </message>
    <message>
        <source>The audit log does not match its anchor: entry %1 should have the hash %2, the store&apos;s differs (history was replaced or rewritten). Restore the data folder from a backup, or accept the store as it is with pulsedesk-cli audit reanchor.</source>
        <translation>Le journal d&apos;audit ne correspond pas à son ancre : l&apos;entrée %1 devrait avoir le hachage %2, celui de la base de données est différent (l&apos;historique a été remplacé ou réécrit). Restaurez le dossier de données à partir d&apos;une sauvegarde, ou acceptez la base de données en l&apos;état avec pulsedesk-cli audit reanchor.</translation>
    </message>
    <message>
        <source>The audit log in the store is itself not intact (%1): it cannot be anchored. Restore the data folder from a backup.</source>
        <translation>Le journal d&apos;audit de la base de données n&apos;est lui-même pas intact (%1) : il ne peut pas être ancré. Restaurez le dossier de données à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>The audit anchor now records the store&apos;s %1 entries; what it recorded before is kept in the audit log.</source>
        <translation>L&apos;ancre du journal d&apos;audit enregistre désormais les %1 entrées de la base de données ; ce qu&apos;elle enregistrait auparavant est conservé dans le journal d&apos;audit.</translation>
    </message>
</context>
<context>
    <name>Band</name>
    <message>
        <source>the patient&apos;s own limits</source>
        <translation>limites propres au patient</translation>
    </message>
    <message>
        <source>%1 to %2 months</source>
        <translation>%1 à %2 mois</translation>
    </message>
    <message>
        <source>%1 to %2 years</source>
        <translation>%1 à %2 ans</translation>
    </message>
    <message>
        <source>adults, %1 years and over</source>
        <translation>adultes, %1 ans et plus</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Severe bradycardia</source>
        <translation>Bradycardie sévère</translation>
    </message>
    <message>
        <source>Moderate bradycardia</source>
        <translation>Bradycardie modérée</translation>
    </message>
    <message>
        <source>No anomaly</source>
        <translation>Aucune anomalie</translation>
    </message>
    <message>
        <source>Moderate tachycardia</source>
        <translation>Tachycardie modérée</translation>
    </message>
    <message>
        <source>Severe tachycardia</source>
        <translation>Tachycardie sévère</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Say who you are with --user NAME.</source>
        <translation>Indiquez qui vous êtes avec --user NAME.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe pour %1 : </translation>
    </message>
    <message>
        <source>Not permitted: %1 must change the one-time password first (pulsedesk-cli user passwd).</source>
        <translation>Non autorisé : %1 doit d&apos;abord modifier le mot de passe à usage unique (pulsedesk-cli user passwd).</translation>
    </message>
    <message>
        <source>There is no PulseDesk workstation in %1; create one with pulsedesk-cli init.</source>
        <translation>Il n&apos;y a pas de poste de travail PulseDesk dans %1 ; créez-en un avec pulsedesk-cli init.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>init needs --admin NAME</source>
        <translation>init nécessite --admin NAME</translation>
    </message>
    <message>
        <source>No password was given.</source>
        <translation>Aucun mot de passe n&apos;a été fourni.</translation>
    </message>
    <message>
        <source>Created the PulseDesk workstation in %1 with the administrator %2.</source>
        <translation>Poste de travail PulseDesk créé dans %1 avec l&apos;administrateur %2.</translation>
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
        <translation>version du schéma   %1
personnel actif     %2
patients            %3
appareils           %4
échantillons        %5
résultats           %6
alarmes en cours    %7
en quarantaine      %8</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>user add needs NAME and --role admin|doctor|nurse</source>
        <translation>user add nécessite NAME et --role admin|doctor|nurse</translation>
    </message>
    <message>
        <source>One-time password for %1: </source>
        <translation>Mot de passe à usage unique pour %1 : </translation>
    </message>
    <message>
        <source>Added %1 (%2); the one-time password must be changed at first login.</source>
        <translation>%1 (%2) ajouté ; le mot de passe à usage unique doit être modifié à la première connexion.</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>Nouveau mot de passe : </translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>Mot de passe modifié.</translation>
    </message>
    <message>
        <source>user %1 needs a user name</source>
        <translation>user %1 nécessite un nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Deactivated %1.</source>
        <translation>%1 désactivé.</translation>
    </message>
    <message>
        <source>%1 has a new one-time password, to be changed at next login.</source>
        <translation>%1 a un nouveau mot de passe à usage unique, à modifier à la prochaine connexion.</translation>
    </message>
    <message>
        <source>user role needs NAME and admin|doctor|nurse</source>
        <translation>user role nécessite NAME et admin|doctor|nurse</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 a maintenant le rôle %2.</translation>
    </message>
    <message>
        <source>unknown user command &apos;%1&apos;</source>
        <translation>commande user inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>patient add needs --mrn and --name</source>
        <translation>patient add nécessite --mrn et --name</translation>
    </message>
    <message>
        <source>--sex is female, male or unknown</source>
        <translation>--sex vaut female, male ou unknown</translation>
    </message>
    <message>
        <source>--birth-date is YYYY-MM-DD</source>
        <translation>--birth-date est au format YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Admitted %1 (%2).</source>
        <translation>%1 admis (%2).</translation>
    </message>
    <message>
        <source> (discharged)</source>
        <translation> (sorti)</translation>
    </message>
    <message>
        <source>patient %1 needs an MRN</source>
        <translation>patient %1 nécessite un numéro de dossier médical (MRN)</translation>
    </message>
    <message>
        <source>%1  %2
born %3, %4
ward %5, bed %6
admitted %7%8</source>
        <translation>%1  %2
naissance %3, %4
service %5, lit %6
admission %7%8</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>, discharged %1</source>
        <translation>, sortie %1</translation>
    </message>
    <message>
        <source>Discharged %1.</source>
        <translation>Sortie de %1 enregistrée.</translation>
    </message>
    <message>
        <source>patient assign-doctor needs MRN and DOCTOR</source>
        <translation>patient assign-doctor nécessite MRN et DOCTOR</translation>
    </message>
    <message>
        <source>%1 is now responsible for %2.</source>
        <translation>%1 est maintenant responsable de %2.</translation>
    </message>
    <message>
        <source>unknown patient command &apos;%1&apos;</source>
        <translation>commande patient inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>utilisé</translation>
    </message>
    <message>
        <source>free</source>
        <translation>libre</translation>
    </message>
    <message>
        <source>device %1 needs a device id</source>
        <translation>device %1 nécessite un identifiant d&apos;appareil</translation>
    </message>
    <message>
        <source>Registered %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>device assign needs DEVICE_ID and MRN; --from is an ISO 8601 time</source>
        <translation>device assign nécessite DEVICE_ID et MRN ; --from est une date-heure ISO 8601</translation>
    </message>
    <message>
        <source>%1 is assigned to %2.</source>
        <translation>%1 est attribué à %2.</translation>
    </message>
    <message>
        <source>--at is an ISO 8601 time</source>
        <translation>--at est une date-heure ISO 8601</translation>
    </message>
    <message>
        <source>%1 is no longer assigned.</source>
        <translation>%1 n&apos;est plus attribué.</translation>
    </message>
    <message>
        <source>unknown device command &apos;%1&apos;</source>
        <translation>commande device inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>record %1 needs an MRN or record id</source>
        <translation>record %1 nécessite un MRN ou un identifiant d&apos;enregistrement</translation>
    </message>
    <message>
        <source> (amends #%1)</source>
        <translation> (rectifie #%1)</translation>
    </message>
    <message>
        <source> (amended by #%1)</source>
        <translation> (rectifiée par #%1)</translation>
    </message>
    <message>
        <source>record %1 needs --text TEXT (or --text - to read it from standard input)</source>
        <translation>record %1 nécessite --text TEXT (ou --text - pour le lire depuis l&apos;entrée standard)</translation>
    </message>
    <message>
        <source>record amend needs a numeric record id</source>
        <translation>record amend nécessite un identifiant d&apos;enregistrement numérique</translation>
    </message>
    <message>
        <source>Saved note #%1.</source>
        <translation>Note #%1 enregistrée.</translation>
    </message>
    <message>
        <source>unknown record command &apos;%1&apos;</source>
        <translation>commande record inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The audit log is NOT intact: %1 (first bad entry: %2).</source>
        <translation>Le journal d&apos;audit N&apos;est PAS intact : %1 (première entrée incorrecte : %2).</translation>
    </message>
    <message>
        <source>The audit log is intact: %1 entries verified.</source>
        <translation>Le journal d&apos;audit est intact : %1 entrées vérifiées.</translation>
    </message>
    <message>
        <source>unknown audit command &apos;%1&apos;</source>
        <translation>commande audit inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>quarantine list [--reason TEXT] | replay [ID ...]</source>
        <translation>quarantine list [--reason TEXT] | replay [ID ...]</translation>
    </message>
    <message>
        <source>Replayed %1 messages: %2 samples stored, %3 already stored, %4 messages still quarantined; %5 windows analysed, %6 findings.</source>
        <translation>%1 messages retraités : %2 échantillons enregistrés, %3 déjà enregistrés, %4 messages toujours en quarantaine ; %5 fenêtres analysées, %6 constatations.</translation>
    </message>
    <message>
        <source>results needs --patient MRN; --from and --to are ISO 8601</source>
        <translation>results nécessite --patient MRN ; --from et --to sont des dates-heures ISO 8601</translation>
    </message>
    <message>
        <source> (low confidence)</source>
        <translation> (fiabilité faible)</translation>
    </message>
    <message>
        <source>adult bands assumed: birth date unknown</source>
        <translation>plages adultes appliquées : date de naissance inconnue</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>escaladée</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>à %1</translation>
    </message>
    <message>
        <source>alarms %1 needs an alarm id</source>
        <translation>alarms %1 nécessite un identifiant d&apos;alarme</translation>
    </message>
    <message>
        <source>Alarm %1 acknowledged.</source>
        <translation>Alarme %1 acquittée.</translation>
    </message>
    <message>
        <source>Alarm %1: audio paused for %2 s.</source>
        <translation>Alarme %1 : son suspendu pendant %2 s.</translation>
    </message>
    <message>
        <source>alarms list [--all] [--mine] | ack ID [--comment TEXT] | pause ID [--seconds N]</source>
        <translation>alarms list [--all] [--mine] | ack ID [--comment TEXT] | pause ID [--seconds N]</translation>
    </message>
    <message>
        <source>limits show|set|clear needs an MRN</source>
        <translation>limits show|set|clear nécessite un numéro de dossier médical (MRN)</translation>
    </message>
    <message>
        <source>%1 uses the reference table for their age.</source>
        <translation>%1 utilise la table de référence correspondant à son âge.</translation>
    </message>
    <message>
        <source>%1: severe at or below %2, bradycardia below %3, tachycardia above %4, severe at or above %5 (%6)</source>
        <translation>%1 : sévère à %2 ou moins, bradycardie en dessous de %3, tachycardie au-dessus de %4, sévère à %5 ou plus (%6)</translation>
    </message>
    <message>
        <source>limits set MRN --severe-low BPM --low BPM --high BPM --severe-high BPM --reason TEXT</source>
        <translation>limits set MRN --severe-low BPM --low BPM --high BPM --severe-high BPM --reason TEXT</translation>
    </message>
    <message>
        <source>Limits set for %1.</source>
        <translation>Limites définies pour %1.</translation>
    </message>
    <message>
        <source>%1 uses the reference table again.</source>
        <translation>%1 utilise à nouveau la table de référence.</translation>
    </message>
    <message>
        <source>unknown limits command &apos;%1&apos;</source>
        <translation>commande limits inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>(no device named)</source>
        <translation>(aucun appareil indiqué)</translation>
    </message>
    <message>
        <source>  %1: not a registered device
</source>
        <translation>  %1 : appareil non enregistré
</translation>
    </message>
    <message>
        <source>  %1 -&gt; %2: %3 samples, %4 .. %5
</source>
        <translation>  %1 -&gt; %2 : %3 échantillons, %4 .. %5
</translation>
    </message>
    <message>
        <source>      patient %1 (bed %2): %3 samples
</source>
        <translation>      patient %1 (lit %2) : %3 échantillons
</translation>
    </message>
    <message>
        <source>      assigned to no patient: %1 samples (stored, not analysed)
</source>
        <translation>      aucun patient attribué : %1 échantillons (enregistrés, non analysés)
</translation>
    </message>
    <message>
        <source>unknown time zone &apos;%1&apos; (use an IANA name such as Europe/Rome, or UTC)</source>
        <translation>fuseau horaire inconnu &apos;%1&apos; (utilisez un nom IANA tel que Europe/Rome, ou UTC)</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;</source>
        <translation>format inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--map needs SOURCE=DEVICE_ID</source>
        <translation>--map nécessite SOURCE=DEVICE_ID</translation>
    </message>
    <message>
        <source>import needs at least one FILE or DIR</source>
        <translation>import nécessite au moins un FILE ou DIR</translation>
    </message>
    <message>
        <source>No file to import in %1.</source>
        <translation>Aucun fichier à importer dans %1.</translation>
    </message>
    <message>
        <source>  this file was imported before: %1
</source>
        <translation>  ce fichier a déjà été importé : %1
</translation>
    </message>
    <message>
        <source>  would import %1 new samples; %2 already stored; %3 rejected
</source>
        <translation>  importerait %1 nouveaux échantillons ; %2 déjà enregistrés ; %3 rejetés
</translation>
    </message>
    <message>
        <source>  imported %1 samples (%2 vitals added to them); %3 already stored; %4 rejected; %5 windows analysed, %6 findings
</source>
        <translation>  %1 échantillons importés (%2 signes vitaux ajoutés) ; %3 déjà enregistrés ; %4 rejetés ; %5 fenêtres analysées, %6 constatations
</translation>
    </message>
    <message>
        <source>skipped (not a data file PulseDesk reads): %1
</source>
        <translation>ignoré (pas un fichier de données lisible par PulseDesk) : %1
</translation>
    </message>
    <message>
        <source>Total (dry run, nothing stored): %1 new, %2 duplicates, %3 rejected, %4 files not importable.</source>
        <translation>Total (simulation, rien n&apos;a été enregistré) : %1 nouveaux, %2 doublons, %3 rejetés, %4 fichiers non importables.</translation>
    </message>
    <message>
        <source>Total: %1 imported, %2 duplicates, %3 rejected, %4 files not imported.</source>
        <translation>Total : %1 importés, %2 doublons, %3 rejetés, %4 fichiers non importés.</translation>
    </message>
    <message>
        <source>Another import into this store is running; waiting for it to end…</source>
        <translation>Une autre importation dans cette base de données est en cours ; attente de sa fin…</translation>
    </message>
    <message>
        <source>WARNING: %1</source>
        <translation>AVERTISSEMENT : %1</translation>
    </message>
    <message>
        <source>The audit log is NOT intact: %1.</source>
        <translation>Le journal d&apos;audit N&apos;est PAS intact : %1.</translation>
    </message>
    <message>
        <source>%1: not imported: %2</source>
        <translation>%1 : non importé : %2</translation>
    </message>
    <message>
        <source>the benchmarks are run by pulsedesk-bench</source>
        <translation>les bancs d&apos;essai sont lancés par pulsedesk-bench</translation>
    </message>
    <message>
        <source>export csv needs --patient MRN --what samples|results|alarms --out FILE; --from and --to are ISO 8601</source>
        <translation>export csv nécessite --patient MRN --what samples|results|alarms --out FILE ; --from et --to au format ISO 8601</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2.</source>
        <translation>%1 lignes exportées vers %2.</translation>
    </message>
    <message>
        <source>export fhir needs --patient MRN --out FILE; --from and --to are ISO 8601</source>
        <translation>export fhir nécessite --patient MRN --out FILE ; --from et --to au format ISO 8601</translation>
    </message>
    <message>
        <source>Exported a FHIR Bundle to %1: %2 observations of samples, %3 results, %4 alarms, %5 notes.</source>
        <translation>Bundle FHIR exporté vers %1 : %2 observations de mesures, %3 résultats, %4 alarmes, %5 notes.</translation>
    </message>
    <message>
        <source>export patient-copy needs --patient MRN --out DIR</source>
        <translation>export patient-copy nécessite --patient MRN --out DIR</translation>
    </message>
    <message>
        <source>The patient&apos;s copy is in %1 and %2.</source>
        <translation>La copie du patient se trouve dans %1 et %2.</translation>
    </message>
    <message>
        <source>export research needs --out DIR; --from and --to are ISO 8601</source>
        <translation>export research nécessite --out DIR ; --from et --to au format ISO 8601</translation>
    </message>
    <message>
        <source>De-identified export in %1: %2 patients, %3 devices, %4 samples, %5 results.</source>
        <translation>Export anonymisé dans %1 : %2 patients, %3 appareils, %4 mesures, %5 résultats.</translation>
    </message>
    <message>
        <source>unknown export command &apos;%1&apos;</source>
        <translation>commande d&apos;export inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>user hl7-id needs a user name</source>
        <translation>user hl7-id nécessite un nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>user hl7-id NAME IDENTIFIER | user hl7-id NAME --clear</source>
        <translation>user hl7-id NAME IDENTIFIER | user hl7-id NAME --clear</translation>
    </message>
    <message>
        <source>%1 has no hospital identifier now.</source>
        <translation>%1 n&apos;a plus d&apos;identifiant hospitalier.</translation>
    </message>
    <message>
        <source>%1 is %2 in the hospital&apos;s systems.</source>
        <translation>%1 est %2 dans les systèmes de l&apos;hôpital.</translation>
    </message>
    <message>
        <source>%1 set.</source>
        <translation>%1 défini.</translation>
    </message>
    <message>
        <source>outbox retry [ID ...]</source>
        <translation>outbox retry [ID ...]</translation>
    </message>
    <message>
        <source>%1 message(s) will be sent again.</source>
        <translation>%1 message(s) sera(ont) renvoyé(s).</translation>
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
        <translation>surveillance continue</translation>
    </message>
    <message>
        <source>next observations due %1</source>
        <translation>prochaines observations : %1</translation>
    </message>
    <message>
        <source> (device)</source>
        <translation> (appareil)</translation>
    </message>
    <message>
        <source>Respiration rate %1 /min</source>
        <translation>Fréquence respiratoire %1 /min</translation>
    </message>
    <message>
        <source>SpO2 %1 % (scale %2)</source>
        <translation>SpO2 %1 % (échelle %2)</translation>
    </message>
    <message>
        <source>On oxygen</source>
        <translation>Sous oxygène</translation>
    </message>
    <message>
        <source>On air</source>
        <translation>Air ambiant</translation>
    </message>
    <message>
        <source>Systolic pressure %1 mmHg</source>
        <translation>Pression systolique %1 mmHg</translation>
    </message>
    <message>
        <source>Pulse %1 /min</source>
        <translation>Pouls %1 /min</translation>
    </message>
    <message>
        <source>Consciousness %1</source>
        <translation>Conscience %1</translation>
    </message>
    <message>
        <source>Temperature %1 °C</source>
        <translation>Température %1 °C</translation>
    </message>
    <message>
        <source>Observation #%1, taken %2</source>
        <translation>Observation n°%1, relevée %2</translation>
    </message>
    <message>
        <source> (scale 2)</source>
        <translation> (échelle 2)</translation>
    </message>
    <message>
        <source>O2</source>
        <translation>O2</translation>
    </message>
    <message>
        <source>air</source>
        <translation>air</translation>
    </message>
    <message numerus="yes">
        <source>No device of %1 measured %2 in the last %n minute(s).</source>
        <translation>
            <numerusform>Aucun appareil de %1 n&apos;a mesuré %2 au cours de la dernière %n minute.</numerusform>
            <numerusform>Aucun appareil de %1 n&apos;a mesuré %2 au cours des %n dernières minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>obs amend needs a numeric observation id</source>
        <translation>obs amend nécessite un identifiant d&apos;observation numérique</translation>
    </message>
    <message>
        <source>obs amend takes typed values only, not device</source>
        <translation>obs amend n&apos;accepte que des valeurs saisies, pas device</translation>
    </message>
    <message>
        <source>obs list needs an MRN</source>
        <translation>obs list nécessite un MRN</translation>
    </message>
    <message>
        <source>obs scale MRN 1|2</source>
        <translation>obs scale MRN 1|2</translation>
    </message>
    <message>
        <source>%1 now uses SpO2 scale %2.</source>
        <translation>%1 utilise désormais l&apos;échelle SpO2 %2.</translation>
    </message>
    <message>
        <source>unknown obs command &apos;%1&apos;</source>
        <translation>commande obs inconnue &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 écrit (%n page).</numerusform>
            <numerusform>%1 écrit (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>report trend needs --patient MRN and --out FILE.pdf; the period is --from and --to (ISO 8601) or --hours N</source>
        <translation>report trend nécessite --patient MRN et --out FILE.pdf ; la période est --from et --to (ISO 8601) ou --hours N</translation>
    </message>
    <message>
        <source>report alarms needs --ward WARD and --out FILE.pdf; the period is --from and --to (ISO 8601) or --hours N</source>
        <translation>report alarms nécessite --ward WARD et --out FILE.pdf ; la période est --from et --to (ISO 8601) ou --hours N</translation>
    </message>
    <message>
        <source>report handover needs --ward WARD and --out FILE.pdf</source>
        <translation>report handover nécessite --ward WARD et --out FILE.pdf</translation>
    </message>
    <message>
        <source>report trend | alarms | handover</source>
        <translation>report trend | alarms | handover</translation>
    </message>
    <message>
        <source>unknown report &apos;%1&apos;</source>
        <translation>rapport inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>give either --data or --server, not both</source>
        <translation>indiquez soit --data, soit --server, pas les deux</translation>
    </message>
    <message>
        <source>The password file %1 cannot be read: %2</source>
        <translation>Impossible de lire le fichier de mot de passe %1 : %2</translation>
    </message>
    <message>
        <source>The password file %1 is empty.</source>
        <translation>Le fichier de mot de passe %1 est vide.</translation>
    </message>
    <message>
        <source>server init needs --admin NAME</source>
        <translation>server init nécessite --admin NAME</translation>
    </message>
    <message>
        <source>server init needs --server CONNINFO</source>
        <translation>server init nécessite --server CONNINFO</translation>
    </message>
    <message>
        <source>Created the PulseDesk ward with the administrator %1, who logs in with --server and --user %1.</source>
        <translation>Service PulseDesk créé avec l&apos;administrateur %1, qui se connecte avec --server et --user %1.</translation>
    </message>
    <message>
        <source>unknown server command &apos;%1&apos;</source>
        <translation>commande server inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a ward server is created with server init</source>
        <translation>un serveur de service se crée avec server init</translation>
    </message>
    <message>
        <source>(no manufacturer or model)</source>
        <translation>(sans fabricant ni modèle)</translation>
    </message>
    <message numerus="yes">
        <source>Device-fleet health, last %n hour(s) (%1 – %2): </source>
        <translation>
            <numerusform>État des parcs d&apos;appareils, dernière %n heure (%1 – %2) : </numerusform>
            <numerusform>État des parcs d&apos;appareils, %n dernières heures (%1 – %2) : </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 devices with readings in %2 fleets, %3 flagged.
</source>
        <translation>%1 appareils avec des mesures dans %2 parcs, signalés : %3.
</translation>
    </message>
    <message>
        <source>%1 (%2 devices): </source>
        <translation>%1 (%2 appareils) : </translation>
    </message>
    <message>
        <source>too few devices to judge (at least 3)
</source>
        <translation>trop peu d&apos;appareils pour évaluer (au moins 3)
</translation>
    </message>
    <message>
        <source>no device flagged
</source>
        <translation>aucun appareil signalé
</translation>
    </message>
    <message>
        <source>%1 flagged
</source>
        <translation>signalés : %1
</translation>
    </message>
    <message>
        <source>  (on a patient)</source>
        <translation>  (sur un patient)</translation>
    </message>
    <message>
        <source>devices health [--hours N]: N is a whole number of hours</source>
        <translation>devices health [--hours N] : N est un nombre entier d&apos;heures</translation>
    </message>
    <message>
        <source>unknown devices command &apos;%1&apos;</source>
        <translation>commande devices inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>  anomaly %1</source>
        <translation>  anomalie %1</translation>
    </message>
    <message>
        <source>migrate-to-server needs --server CONNINFO</source>
        <translation>migrate-to-server demande --server CONNINFO</translation>
    </message>
    <message>
        <source>migrate-to-server copies a data folder: give --data</source>
        <translation>migrate-to-server copie un dossier de données : indiquez --data</translation>
    </message>
    <message>
        <source>Copied %1 tables (%2 rows) to the ward server; the audit chain (%3 entries) verifies there. %4 logs in with --server and --user %4; this workstation&apos;s data folder is unchanged.</source>
        <translation>%1 tables (%2 lignes) copiées sur le serveur du service ; la chaîne d&apos;audit (%3 entrées) y est vérifiée. %4 se connecte avec --server et --user %4 ; le dossier de données de ce poste est inchangé.</translation>
    </message>
    <message>
        <source>Their server logins open once you reset their passwords (user reset-password NAME): %1</source>
        <translation>Leurs connexions au serveur s&apos;ouvrent dès que vous réinitialisez leurs mots de passe (user reset-password NAME) : %1</translation>
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
        <translation>Aucune grille pédiatrique d&apos;alerte précoce n&apos;est sélectionnée : les patients de moins de 16 ans n&apos;ont pas de score.
</translation>
    </message>
    <message>
        <source>Paediatric early-warning chart: %1
Source: %2
</source>
        <translation>Grille pédiatrique d&apos;alerte précoce : %1
Source : %2
</translation>
    </message>
    <message>
        <source>  from %1 months: %2 (%3)
</source>
        <translation>  à partir de %1 mois : %2 (%3)
</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>kept for ever</source>
        <translation>conservés sans limite de durée</translation>
    </message>
    <message>
        <source>kept for %1 months before the current one</source>
        <translation>conservés %1 mois avant le mois en cours</translation>
    </message>
    <message>
        <source>partitions</source>
        <translation>partitions</translation>
    </message>
    <message>
        <source>samples set storage.sampleRetentionMonths MONTHS</source>
        <translation>samples set storage.sampleRetentionMonths MONTHS</translation>
    </message>
    <message>
        <source>Raw samples are %1.</source>
        <translation>Les échantillons bruts sont %1.</translation>
    </message>
    <message>
        <source>%1: %2 samples removed
</source>
        <translation>%1 : %2 échantillons supprimés
</translation>
    </message>
    <message>
        <source>Raw samples are kept for ever: nothing removed.
</source>
        <translation>Les échantillons bruts sont conservés sans limite de durée : rien n&apos;a été supprimé.
</translation>
    </message>
    <message>
        <source>No samples before %1: nothing removed.
</source>
        <translation>Aucun échantillon avant le %1 : rien n&apos;a été supprimé.
</translation>
    </message>
    <message>
        <source>samples show | set KEY VALUE | prune</source>
        <translation>samples show | set KEY VALUE | prune</translation>
    </message>
    <message>
        <source>server upgrade needs --server CONNINFO</source>
        <translation>server upgrade demande --server CONNINFO</translation>
    </message>
    <message>
        <source>The ward&apos;s schema was already at version %1; the privileges of its roles are set again.</source>
        <translation>Le schéma du service était déjà en version %1 ; les privilèges de ses rôles ont été redéfinis.</translation>
    </message>
    <message>
        <source>The ward&apos;s schema is upgraded from version %1 to %2, and the privileges of its roles are set again.</source>
        <translation>Le schéma du service a été mis à jour de la version %1 à la version %2, et les privilèges de ses rôles ont été redéfinis.</translation>
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
        <translation>Utilisation : pulsedesk-cli [--data DIR | --server CONNINFO] [--user NAME] [--password-stdin] [--json] COMMAND ...

  --server CONNINFO : un service sur un serveur PostgreSQL (chaîne de connexion libpq, variables PG* prises en compte) ;
  chaque membre du personnel se connecte avec son propre compte serveur.
  server init --admin NAME [--name FULL_NAME] [--password-file FILE]
                                              créer le service dans une base de données vide (avec un rôle autorisé à
                                              créer des rôles) : schéma, rôles, privilèges, premier administrateur
  server upgrade                              mettre le schéma du service et les privilèges de ses rôles au niveau
                                              de ce PulseDesk (avec un rôle autorisé à créer des rôles)
  migrate-to-server --server CONNINFO         copier ce poste (--data) comme service dans une base de données vide
                                              (admin ; CONNINFO : un rôle autorisé à créer des rôles)
  init --admin NAME [--name FULL_NAME]        créer le poste de travail et son premier administrateur
  status                                      version du schéma et nombre d&apos;enregistrements
  user add NAME --role admin|doctor|nurse [--name FULL_NAME]
  user list | deactivate NAME | reactivate NAME | reset-password NAME | role NAME ROLE | passwd
  patient add --mrn MRN --name NAME [--birth-date YYYY-MM-DD] [--sex female|male|unknown]
              [--ward WARD] [--bed BED]
  patient list [--all] [--mine] | show MRN | discharge MRN | assign-doctor MRN DOCTOR
  device add DEVICE_ID [--manufacturer M] [--model M]
  device list | assign DEVICE_ID MRN [--from TIME] | unassign DEVICE_ID [--at TIME] | history DEVICE_ID
  devices health [--hours N]                  appareils dont les mesures s&apos;écartent de leur parc (admin)
  record add MRN --text TEXT|- | amend RECORD_ID --text TEXT|- | list MRN
  obs add MRN --rr N --spo2 N [--scale 1|2] --air|--oxygen --sbp N --pulse N --acvpu A|C|V|P|U --temp N.N
      (--spo2, --sbp, --pulse, --temp device : ce que l&apos;appareil du patient a mesuré ces dernières minutes)
  obs amend OBSERVATION_ID ... | list MRN | scale MRN 1|2   (échelle 2 : prescription médicale, cible 88-92 %)
  pews show | set FILE | none                 la grille pédiatrique d&apos;alerte précoce des moins de 16 ans (admin)
  audit verify | list [--limit N] | reanchor   (reanchor : accepter un stockage en retard sur son ancre)
  monitor [--host HOST] [--port PORT] [--status-every SECONDS]   ingérer depuis le broker jusqu&apos;à SIGINT/SIGTERM
          [--adt-listen HOST:PORT] [--results-to HOST:PORT] [--alarms-to HOST:PORT]
          HL7 ADT en entrée, résultats IHE PCD-01 et alarmes PCD-04 en sortie (admin)
  interfaces show | set KEY VALUE             paramètres de l&apos;interface HL7 (adt.listen, adt.certificate, adt.key,
                                              adt.allowedPeers, results.to, alarms.to,
                                              results.summary windows|minute-median,
                                              alarms.topic MQTT-TOPIC: alarmes avec lit et priorité seulement)
  outbox list [--all] | retry [ID ...]        messages refusés par le DPI (erreurs d&apos;interface), renvoyer
  samples show | set storage.sampleRetentionMonths MONTHS | prune
                                              échantillons bruts conservés (0 = sans limite), les plus anciens supprimés (admin)
  user hl7-id NAME IDENTIFIER|--clear         identifiant d&apos;un médecin dans les systèmes de l&apos;hôpital (PV1-7/8)
  quarantine list [--reason TEXT] | replay [ID ...]
  results --patient MRN [--from TIME] [--to TIME] [--limit N]   résultats d&apos;analyse, les plus récents d&apos;abord
  findings [--patient MRN] [--all]            fenêtres anormales des dumps et rattrapages, à revoir
  alarms list [--all] [--mine] | ack ID [--comment TEXT] | pause ID [--seconds N]
  limits show MRN | clear MRN --reason TEXT
  limits set MRN --severe-low BPM --low BPM --high BPM --severe-high BPM --reason TEXT
  import FILE|DIR ... [--tz ZONE] [--format device-dump|fhir|open-mhealth|fitbit|fitbit-csv|apple-health|vendor-api]
         [--device DEVICE_ID] [--map SOURCE=DEVICE_ID ...] [--dry-run]   importer des dumps hors ligne
  export csv --patient MRN --what samples|results|alarms [--from TIME] [--to TIME] --out FILE
  export fhir --patient MRN [--from TIME] [--to TIME] --out FILE   le dossier en Bundle FHIR R4
  export patient-copy --patient MRN --out DIR   la copie du patient : Bundle FHIR et PDF
  export research [--from TIME] [--to TIME] --out DIR   mesures et résultats de tous les patients, anonymisés
  report trend --patient MRN [--from TIME --to TIME | --hours N] --out FILE.pdf
  report alarms --ward WARD [--from TIME --to TIME | --hours N] --out FILE.pdf
  report handover --ward WARD --out FILE.pdf   rapports PDF (période par défaut : les dernières 24 heures)
  demo [--no-gui]                             un broker local, un service simulé et le poste de travail
  simulate [--host HOST] [--port PORT] [--devices N] [--prefix sim-] [--duration SECONDS] [--speed X]
           [--seed N] [--topic T] [--batch-topic T]        publier des flux d&apos;appareils réalistes
           [--faulty N]   N appareils défaillants en plus (offset, stuck, noise, dropouts ; les identifiants indiquent le défaut)

Les mots de passe sont lus depuis le terminal, ou un par ligne sur l&apos;entrée standard avec --password-stdin :
d&apos;abord celui de l&apos;utilisateur agissant, puis tout nouveau mot de passe défini par la commande.
Code de sortie : 0 succès, 1 échec, 2 utilisation, 3 non autorisé, 4 échec de connexion,
5 importé, mais certains enregistrements rejetés (ils sont en quarantaine).</translation>
    </message>
    <message>
        <source>interfaces set adt.listen|adt.certificate|adt.key|adt.allowedPeers|results.to|alarms.to VALUE
       interfaces set results.summary windows|minute-median
       interfaces set alarms.topic MQTT-TOPIC  (&quot;&quot; turns the alarm topic off)</source>
        <translation>interfaces set adt.listen|adt.certificate|adt.key|adt.allowedPeers|results.to|alarms.to VALUE
       interfaces set results.summary windows|minute-median
       interfaces set alarms.topic MQTT-TOPIC  (&quot;&quot; désactive le sujet des alarmes)</translation>
    </message>
</context>
<context>
    <name>ClinicalRecordStore</name>
    <message>
        <source>The note is empty.</source>
        <translation>La note est vide.</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation>La note dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>writing a clinical note</source>
        <translation>la rédaction d&apos;une note clinique</translation>
    </message>
    <message>
        <source>amending a clinical note</source>
        <translation>la rectification d&apos;une note clinique</translation>
    </message>
    <message>
        <source>There is no clinical note %1.</source>
        <translation>La note clinique %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>reading clinical notes</source>
        <translation>la lecture des notes cliniques</translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <source>The key derivation parameters are out of range.</source>
        <translation>Les paramètres de dérivation de clé sont hors limites.</translation>
    </message>
    <message>
        <source>The password could not be turned into a key (scrypt failed).</source>
        <translation>Impossible de dériver une clé à partir du mot de passe (échec de scrypt).</translation>
    </message>
    <message>
        <source>The encryption key has the wrong length.</source>
        <translation>La clé de chiffrement a une longueur incorrecte.</translation>
    </message>
    <message>
        <source>Encryption failed.</source>
        <translation>Le chiffrement a échoué.</translation>
    </message>
    <message>
        <source>The encrypted key has the wrong shape.</source>
        <translation>La clé chiffrée a un format incorrect.</translation>
    </message>
    <message>
        <source>The password is wrong or the key slot is damaged.</source>
        <translation>Le mot de passe est incorrect ou l&apos;emplacement de clé est endommagé.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>There is no PulseDesk database at %1.</source>
        <translation>Il n&apos;y a pas de base de données PulseDesk dans %1.</translation>
    </message>
    <message>
        <source>A PulseDesk database already exists at %1.</source>
        <translation>Une base de données PulseDesk existe déjà dans %1.</translation>
    </message>
    <message>
        <source>The database %1 could not be opened: %2</source>
        <translation>Impossible d&apos;ouvrir la base de données %1 : %2</translation>
    </message>
    <message>
        <source>The database %1 could not be set up: %2</source>
        <translation>Impossible d&apos;initialiser la base de données %1 : %2</translation>
    </message>
    <message>
        <source>The database %1 is empty or damaged: it holds no PulseDesk data. Nothing was changed; restore it from a backup or ask IT.</source>
        <translation>La base de données %1 est vide ou endommagée : elle ne contient aucune donnée PulseDesk. Rien n&apos;a été modifié ; restaurez-la à partir d&apos;une sauvegarde ou contactez le service informatique.</translation>
    </message>
    <message>
        <source>The server connection string is not valid: %1</source>
        <translation>La chaîne de connexion au serveur n&apos;est pas valide : %1</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <source>the value of %1 holds a &apos;;&apos;</source>
        <translation>la valeur de %1 contient un « ; »</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed; install the package libqt6sql6-psql.</source>
        <translation>Le pilote PostgreSQL de Qt (QPSQL) n&apos;est pas installé ; installez le paquet libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>The PostgreSQL server could not be reached or refused the login: %1</source>
        <translation>Le serveur PostgreSQL est injoignable ou a refusé la connexion : %1</translation>
    </message>
    <message>
        <source>The server %1 asks for a password and none was given.</source>
        <translation>Le serveur %1 demande un mot de passe et aucun n&apos;a été fourni.</translation>
    </message>
    <message>
        <source>The server %1 refused the login: %2</source>
        <translation>Le serveur %1 a refusé la connexion : %2</translation>
    </message>
    <message>
        <source>The PostgreSQL server cannot be reached: %1</source>
        <translation>Le serveur PostgreSQL est injoignable : %1</translation>
    </message>
    <message>
        <source>The certificate of the server %1 is not signed by the CA in sslrootcert: ask IT for the ward&apos;s CA certificate file.</source>
        <translation>Le certificat du serveur %1 n&apos;est pas signé par l&apos;autorité de sslrootcert : demandez à l&apos;informatique le fichier du certificat d&apos;autorité du service.</translation>
    </message>
    <message>
        <source>The certificate of the server %1 is made out to another name: connect with the host name in its certificate.</source>
        <translation>Le certificat du serveur %1 est établi à un autre nom : connectez-vous avec le nom d&apos;hôte de son certificat.</translation>
    </message>
    <message>
        <source>The CA certificate file given in sslrootcert cannot be read.</source>
        <translation>Le fichier de certificat d&apos;autorité indiqué dans sslrootcert est illisible.</translation>
    </message>
    <message>
        <source>The server %1 accepts only encrypted connections: add sslmode=verify-full and sslrootcert=CA_FILE to the connection string.</source>
        <translation>Le serveur %1 n&apos;accepte que des connexions chiffrées : ajoutez sslmode=verify-full et sslrootcert=CA_FILE à la chaîne de connexion.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>pulsedesk-cli: cannot create %1</source>
        <translation>pulsedesk-cli: impossible de créer %1</translation>
    </message>
    <message>
        <source>pulsedesk-cli: the local broker did not start: %1</source>
        <translation>pulsedesk-cli: le broker local n&apos;a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>Setting up the demo ward in %1 ...</source>
        <translation>Configuration du service de démonstration dans %1 ...</translation>
    </message>
    <message>
        <source>PulseDesk demo: a local broker on port %1 and %2 simulated devices.</source>
        <translation>Démonstration PulseDesk : un broker local sur le port %1 et %2 appareils simulés.</translation>
    </message>
    <message>
        <source>Demo accounts (for this demo folder only):</source>
        <translation>Comptes de démonstration (uniquement pour ce dossier de démonstration) :</translation>
    </message>
    <message>
        <source>Stop the demo by closing the workstation (or with Ctrl+C).</source>
        <translation>Arrêtez la démonstration en fermant le poste de travail (ou avec Ctrl+C).</translation>
    </message>
    <message>
        <source>Demo stopped: %1 messages published. The data stays in %2.</source>
        <translation>Démonstration arrêtée : %1 messages publiés. Les données restent dans %2.</translation>
    </message>
    <message>
        <source>alarm %1: %2 %3, patient #%4</source>
        <translation>alarme %1 : %2 %3, patient n° %4</translation>
    </message>
</context>
<context>
    <name>DemoWard</name>
    <message>
        <source>The demo ward could not be set up (%1): %2</source>
        <translation>Impossible de configurer le service de démonstration (%1) : %2</translation>
    </message>
</context>
<context>
    <name>DeviceRegistry</name>
    <message>
        <source>There is no registered device %1.</source>
        <translation>L&apos;appareil %1 n&apos;est pas enregistré.</translation>
    </message>
    <message>
        <source>Enter the device identifier (at most 128 characters).</source>
        <translation>Saisissez l&apos;identifiant de l&apos;appareil (128 caractères au maximum).</translation>
    </message>
    <message>
        <source>registering a device</source>
        <translation>l&apos;enregistrement d&apos;un appareil</translation>
    </message>
    <message>
        <source>The device %1 is already registered.</source>
        <translation>L&apos;appareil %1 est déjà enregistré.</translation>
    </message>
    <message>
        <source>listing devices</source>
        <translation>l&apos;affichage de la liste des appareils</translation>
    </message>
    <message>
        <source>assigning a device</source>
        <translation>l&apos;attribution d&apos;un appareil</translation>
    </message>
    <message>
        <source>There is no patient with the medical record number %1.</source>
        <translation>Aucun patient n&apos;a le numéro de dossier médical %1.</translation>
    </message>
    <message>
        <source>The patient %1 is discharged.</source>
        <translation>Le patient %1 est sorti.</translation>
    </message>
    <message>
        <source>The device %1 is already assigned to the patient %2; end that assignment first.</source>
        <translation>L&apos;appareil %1 est déjà attribué au patient %2 ; mettez d&apos;abord fin à cette attribution.</translation>
    </message>
    <message>
        <source>The device %1 was still worn by another patient at that time.</source>
        <translation>L&apos;appareil %1 était encore porté par un autre patient à ce moment-là.</translation>
    </message>
    <message>
        <source>ending a device assignment</source>
        <translation>la fin d&apos;une attribution d&apos;appareil</translation>
    </message>
    <message>
        <source>The device %1 is not assigned to anyone.</source>
        <translation>L&apos;appareil %1 n&apos;est attribué à personne.</translation>
    </message>
    <message>
        <source>reading a device&apos;s history</source>
        <translation>la lecture de l&apos;historique d&apos;un appareil</translation>
    </message>
    <message>
        <source>reading a patient&apos;s devices</source>
        <translation>la lecture des appareils d&apos;un patient</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n month(s))</source>
        <translation>
            <numerusform>%1 (%n mois)</numerusform>
            <numerusform>%1 (%n mois)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 y)</source>
        <translation>%1 (%2 ans)</translation>
    </message>
</context>
<context>
    <name>DoctorIdentifiers</name>
    <message>
        <source>listing doctors</source>
        <translation>liste des médecins</translation>
    </message>
    <message>
        <source>An identifier has at most 64 characters and no ^ or |.</source>
        <translation>Un identifiant comporte au plus 64 caractères, sans ^ ni |.</translation>
    </message>
    <message>
        <source>setting an identifier</source>
        <translation>définition d&apos;un identifiant</translation>
    </message>
    <message>
        <source>Another doctor already has the identifier %1.</source>
        <translation>Un autre médecin a déjà l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>There is no doctor with the user name %1.</source>
        <translation>Aucun médecin n&apos;a le nom d&apos;utilisateur %1.</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>reading the rows to export</source>
        <translation>lecture des lignes à exporter</translation>
    </message>
    <message>
        <source>reading the patient</source>
        <translation>lecture du patient</translation>
    </message>
    <message>
        <source>There is no patient with the medical record number %1.</source>
        <translation>Aucun patient n&apos;a le numéro de dossier médical %1.</translation>
    </message>
    <message>
        <source>reading the patient&apos;s devices</source>
        <translation>lecture des appareils du patient</translation>
    </message>
    <message>
        <source>reading the analysis results</source>
        <translation>lecture des résultats d&apos;analyse</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>reading the record to export</source>
        <translation>lecture du dossier à exporter</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
</context>
<context>
    <name>FleetHealth</name>
    <message>
        <source>constant offset</source>
        <translation>décalage constant</translation>
    </message>
    <message>
        <source>too little variability</source>
        <translation>variabilité trop faible</translation>
    </message>
    <message>
        <source>too much variability</source>
        <translation>variabilité trop élevée</translation>
    </message>
    <message>
        <source>frequent dropouts</source>
        <translation>pertes fréquentes de mesures</translation>
    </message>
    <message>
        <source>value stuck</source>
        <translation>valeur figée</translation>
    </message>
    <message>
        <source>heart rate</source>
        <translation>fréquence cardiaque</translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation>SpO2</translation>
    </message>
    <message>
        <source>temperature</source>
        <translation>température</translation>
    </message>
    <message>
        <source>systolic pressure</source>
        <translation>pression systolique</translation>
    </message>
    <message>
        <source>diastolic pressure</source>
        <translation>pression diastolique</translation>
    </message>
    <message>
        <source>%1: median %2 against the fleet&apos;s %3 (limit %4)</source>
        <translation>%1 : médiane %2 face à %3 pour le parc (limite %4)</translation>
    </message>
    <message>
        <source>%1: MAD %2 against the fleet&apos;s %3 (limit %4)</source>
        <translation>%1 : MAD %2 face à %3 pour le parc (limite %4)</translation>
    </message>
    <message>
        <source>%1: one value for %2 min against the fleet&apos;s %3 min (limit %4 min)</source>
        <translation>%1 : une même valeur pendant %2 min face à %3 min pour le parc (limite %4 min)</translation>
    </message>
    <message>
        <source>%1 % of readings missing against the fleet&apos;s %2 % (limit %3 %)</source>
        <translation>%1 % des mesures manquantes face à %2 % pour le parc (limite %3 %)</translation>
    </message>
    <message>
        <source>The period is 1 to 744 hours, not %1.</source>
        <translation>La période est de 1 à 744 heures, et non %1.</translation>
    </message>
    <message>
        <source>reading the devices&apos; readings</source>
        <translation>la lecture des mesures des appareils</translation>
    </message>
</context>
<context>
    <name>HeartRateBands</name>
    <message>
        <source>The heart-rate reference table is not valid: %1</source>
        <translation>La table de référence de la fréquence cardiaque n&apos;est pas valide : %1</translation>
    </message>
</context>
<context>
    <name>HeartRateLimits</name>
    <message>
        <source>Every limit must lie between 20 and 300 beats/min.</source>
        <translation>Chaque limite doit être comprise entre 20 et 300 battements/min.</translation>
    </message>
    <message>
        <source>The limits must rise in this order: severe bradycardia, bradycardia, tachycardia, severe tachycardia.</source>
        <translation>Les limites doivent être croissantes dans cet ordre : bradycardie sévère, bradycardie, tachycardie, tachycardie sévère.</translation>
    </message>
</context>
<context>
    <name>HeartRateSeries</name>
    <message>
        <source>reading the heart-rate chart</source>
        <translation>la lecture du graphique de fréquence cardiaque</translation>
    </message>
    <message>
        <source>The chart&apos;s time range is empty.</source>
        <translation>La période du graphique est vide.</translation>
    </message>
    <message>
        <source>There is no patient with the medical record number %1.</source>
        <translation>Aucun patient n&apos;a le numéro de dossier médical %1.</translation>
    </message>
</context>
<context>
    <name>Hl7Message</name>
    <message>
        <source>The message does not begin with an MSH segment.</source>
        <translation>Le message ne commence pas par un segment MSH.</translation>
    </message>
    <message>
        <source>MSH-1, the field separator, is missing.</source>
        <translation>MSH-1, le séparateur de champs, est absent.</translation>
    </message>
    <message>
        <source>MSH-2, the encoding characters, is missing or malformed.</source>
        <translation>MSH-2, les caractères d&apos;encodage, est absent ou mal formé.</translation>
    </message>
    <message>
        <source>The character set &quot;%1&quot; in MSH-18 is not supported (ASCII, 8859/1 and UNICODE UTF-8 are).</source>
        <translation>Le jeu de caractères &quot;%1&quot; dans MSH-18 n&apos;est pas pris en charge (ASCII, 8859/1 et UNICODE UTF-8 le sont).</translation>
    </message>
    <message>
        <source>The message is not valid UTF-8, which MSH-18 declares.</source>
        <translation>Le message n&apos;est pas en UTF-8 valide, comme le déclare MSH-18.</translation>
    </message>
    <message>
        <source>Byte %1 of the message is not ASCII, which MSH-18 declares.</source>
        <translation>L&apos;octet %1 du message n&apos;est pas ASCII, comme le déclare MSH-18.</translation>
    </message>
    <message>
        <source>Segment %1 has no valid name.</source>
        <translation>Le segment %1 n&apos;a pas de nom valide.</translation>
    </message>
    <message>
        <source>The message has a second MSH segment.</source>
        <translation>Le message contient un second segment MSH.</translation>
    </message>
</context>
<context>
    <name>ImportFormat</name>
    <message>
        <source>unnamed observation</source>
        <translation>observation sans nom</translation>
    </message>
    <message>
        <source>the quantity has no number</source>
        <translation>la quantité n&apos;a pas de valeur numérique</translation>
    </message>
    <message>
        <source>heart rate in unit &apos;%1&apos;, not per minute</source>
        <translation>fréquence cardiaque dans l&apos;unité &apos;%1&apos;, et non par minute</translation>
    </message>
    <message>
        <source>oxygen saturation in unit &apos;%1&apos;, not %</source>
        <translation>saturation en oxygène dans l&apos;unité &apos;%1&apos;, et non en %</translation>
    </message>
    <message>
        <source>temperature in unit &apos;%1&apos;</source>
        <translation>température dans l&apos;unité &apos;%1&apos;</translation>
    </message>
    <message>
        <source>blood pressure in unit &apos;%1&apos;, not mmHg</source>
        <translation>pression artérielle dans l&apos;unité &apos;%1&apos;, et non en mmHg</translation>
    </message>
    <message>
        <source>no value PulseDesk can use</source>
        <translation>aucune valeur utilisable par PulseDesk</translation>
    </message>
    <message>
        <source>no value: data absent (%1)</source>
        <translation>aucune valeur : données absentes (%1)</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucun motif indiqué</translation>
    </message>
    <message>
        <source>effective time &apos;%1&apos; is a date without a time of day</source>
        <translation>l&apos;instant de mesure &apos;%1&apos; est une date sans heure</translation>
    </message>
    <message>
        <source>status &apos;%1&apos;: not a valid measurement</source>
        <translation>statut &apos;%1&apos; : mesure non valide</translation>
    </message>
    <message>
        <source>status &apos;%1&apos;: no result to import</source>
        <translation>statut &apos;%1&apos; : aucun résultat à importer</translation>
    </message>
    <message>
        <source>no effective time (the release time &apos;issued&apos; is not the time of measurement)</source>
        <translation>aucun instant de mesure (l&apos;heure de publication &apos;issued&apos; n&apos;est pas l&apos;heure de la mesure)</translation>
    </message>
    <message>
        <source>sampled data without a usable period or factor</source>
        <translation>SampledData sans période ni facteur utilisable</translation>
    </message>
    <message>
        <source>sampled data with %1 dimensions (a waveform, not a heart-rate series)</source>
        <translation>SampledData à %1 dimensions (une forme d&apos;onde, et non une série de fréquences cardiaques)</translation>
    </message>
    <message>
        <source>sampled data point %1: error marker E</source>
        <translation>point %1 de SampledData : marqueur d&apos;erreur E</translation>
    </message>
    <message>
        <source>sampled data point %1: below the device&apos;s lower limit (L)</source>
        <translation>point %1 de SampledData : en dessous de la limite inférieure de l&apos;appareil (L)</translation>
    </message>
    <message>
        <source>sampled data point %1: above the device&apos;s upper limit (U)</source>
        <translation>point %1 de SampledData : au-dessus de la limite supérieure de l&apos;appareil (U)</translation>
    </message>
    <message>
        <source>sampled data point %1: &apos;%2&apos; is not a number</source>
        <translation>point %1 de SampledData : &apos;%2&apos; n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>no value and no reason for its absence</source>
        <translation>aucune valeur et aucun motif d&apos;absence</translation>
    </message>
    <message>
        <source>not a FHIR resource</source>
        <translation>ce n&apos;est pas une ressource FHIR</translation>
    </message>
    <message>
        <source>heart rate in unit &apos;%1&apos;, not beats/min</source>
        <translation>fréquence cardiaque dans l&apos;unité &apos;%1&apos;, et non beats/min</translation>
    </message>
    <message>
        <source>oxygen saturation not in %</source>
        <translation>saturation en oxygène non exprimée en %</translation>
    </message>
    <message>
        <source>Open mHealth data of another kind</source>
        <translation>données Open mHealth d&apos;un autre type</translation>
    </message>
    <message>
        <source>the value is not a number</source>
        <translation>la valeur n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>a %1 over a period, not a single measurement</source>
        <translation>valeur statistique &apos;%1&apos; sur une période, et non une mesure ponctuelle</translation>
    </message>
    <message>
        <source>measured over a time interval, not at one time</source>
        <translation>mesuré sur un intervalle de temps, et non à un instant précis</translation>
    </message>
    <message>
        <source>no effective time frame</source>
        <translation>aucun instant ni période de mesure</translation>
    </message>
    <message>
        <source>Fitbit daily summary</source>
        <translation>résumé quotidien Fitbit</translation>
    </message>
    <message>
        <source>time &apos;%1&apos; is not MM/DD/YY hh:mm:ss</source>
        <translation>l&apos;heure &apos;%1&apos; n&apos;est pas au format MM/DD/YY hh:mm:ss</translation>
    </message>
    <message>
        <source>no valid reading (Fitbit confidence 0)</source>
        <translation>aucune mesure valide (confiance Fitbit 0)</translation>
    </message>
    <message>
        <source>the file cannot be read again</source>
        <translation>le fichier ne peut pas être relu</translation>
    </message>
    <message>
        <source>line 1: expected the header &apos;Id,Time,Value&apos; or &apos;timestamp,beats per minute&apos;</source>
        <translation>ligne 1 : en-tête &apos;Id,Time,Value&apos; ou &apos;timestamp,beats per minute&apos; attendu</translation>
    </message>
    <message>
        <source>expected %1 columns</source>
        <translation>%1 colonnes attendues</translation>
    </message>
    <message>
        <source>time &apos;%1&apos; cannot be read</source>
        <translation>l&apos;heure &apos;%1&apos; est illisible</translation>
    </message>
    <message>
        <source>start date &apos;%1&apos; is not &apos;yyyy-MM-dd hh:mm:ss ±hhmm&apos;</source>
        <translation>la date de début &apos;%1&apos; n&apos;est pas au format &apos;yyyy-MM-dd hh:mm:ss ±hhmm&apos;</translation>
    </message>
    <message>
        <source>value &apos;%1&apos; is not a number</source>
        <translation>la valeur &apos;%1&apos; n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>heart rate in unit &apos;%1&apos;, not count/min</source>
        <translation>fréquence cardiaque dans l&apos;unité &apos;%1&apos;, et non count/min</translation>
    </message>
    <message>
        <source>invalid XML at line %1, column %2: %3</source>
        <translation>XML non valide à la ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>Device dump (JSON)</source>
        <translation>Extraction de données d&apos;appareil (JSON)</translation>
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
        <translation>Archive Fitbit (JSON)</translation>
    </message>
    <message>
        <source>Fitbit heart rate (CSV)</source>
        <translation>Fréquence cardiaque Fitbit (CSV)</translation>
    </message>
    <message>
        <source>Apple Health export (XML)</source>
        <translation>Exportation Apple Health (XML)</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>format inconnu</translation>
    </message>
    <message>
        <source>time &apos;%1&apos; on day &apos;%2&apos; is not a time</source>
        <translation>l&apos;heure &apos;%1&apos; du jour &apos;%2&apos; n&apos;est pas une heure valide</translation>
    </message>
    <message>
        <source>no start and end time</source>
        <translation>aucune heure de début ni de fin</translation>
    </message>
    <message>
        <source>not a single measurement (an interval of %1 s)</source>
        <translation>ce n&apos;est pas une mesure ponctuelle (intervalle de %1 s)</translation>
    </message>
    <message>
        <source>no measurement time with a time zone</source>
        <translation>aucun instant de mesure avec fuseau horaire</translation>
    </message>
    <message>
        <source>no heart rate (iHealth 0)</source>
        <translation>aucune fréquence cardiaque (iHealth 0)</translation>
    </message>
    <message>
        <source>Withings objective</source>
        <translation>objectif Withings</translation>
    </message>
    <message>
        <source>Withings measure type %1</source>
        <translation>type de mesure Withings %1</translation>
    </message>
    <message>
        <source>no measurement time</source>
        <translation>aucun instant de mesure</translation>
    </message>
    <message>
        <source>this file is too large for a saved API response (over 64 MiB)</source>
        <translation>ce fichier est trop volumineux pour une réponse d&apos;API enregistrée (plus de 64 MiB)</translation>
    </message>
    <message>
        <source>invalid JSON at line %1, column %2: %3</source>
        <translation>JSON non valide à la ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>Jawbone daily resting heart rate</source>
        <translation>fréquence cardiaque au repos quotidienne Jawbone</translation>
    </message>
    <message>
        <source>not a known API response (Fitbit, Google Fit, iHealth, Withings)</source>
        <translation>ce n&apos;est pas une réponse d&apos;API connue (Fitbit, Google Fit, iHealth, Withings)</translation>
    </message>
    <message>
        <source>Vendor cloud API (Fitbit, Google Fit, iHealth, Withings)</source>
        <translation>API cloud du fabricant (Fitbit, Google Fit, iHealth, Withings)</translation>
    </message>
    <message>
        <source>%1, not an object</source>
        <translation>%1, pas un objet</translation>
    </message>
    <message>
        <source>%1, not an Open mHealth data point</source>
        <translation>%1, pas un point de données Open mHealth</translation>
    </message>
    <message>
        <source>the file&apos;s document type uses parameter entities (an Apple Health export does not); not read</source>
        <translation>la déclaration de type de document du fichier utilise des entités paramètres (une exportation Apple Health n&apos;en utilise pas) ; non lu</translation>
    </message>
    <message>
        <source>the file&apos;s document type is over 8 MiB (an Apple Health export&apos;s is a few KiB); not read</source>
        <translation>la déclaration de type de document du fichier dépasse 8 MiB (celle d&apos;une exportation Apple Health fait quelques KiB) ; non lu</translation>
    </message>
    <message>
        <source>the file declares entities that could expand its text to more than %1 MiB (an Apple Health export declares none); not read</source>
        <translation>le fichier déclare des entités qui pourraient étendre son texte à plus de %1 MiB (une exportation Apple Health n&apos;en déclare aucune) ; non lu</translation>
    </message>
    <message>
        <source>the line is longer than %1 bytes</source>
        <translation>la ligne dépasse %1 octets</translation>
    </message>
    <message>
        <source>measurement time %1 is beyond any date</source>
        <translation>l&apos;heure de mesure %1 est au-delà de toute date</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>the file does not say which device took it; choose the device</source>
        <translation>le fichier n&apos;indique pas quel appareil a effectué les mesures ; choisissez l&apos;appareil</translation>
    </message>
    <message>
        <source>device %1 is not registered; choose the device it belongs to</source>
        <translation>l&apos;appareil %1 n&apos;est pas enregistré ; choisissez l&apos;appareil correspondant</translation>
    </message>
    <message>
        <source>other reasons</source>
        <translation>autres motifs</translation>
    </message>
    <message>
        <source>The database is busy or unavailable: %1</source>
        <translation>La base de données est occupée ou indisponible : %1</translation>
    </message>
    <message>
        <source>preparing the import</source>
        <translation>la préparation de l&apos;importation</translation>
    </message>
    <message>
        <source>recording the import</source>
        <translation>l&apos;enregistrement de l&apos;importation</translation>
    </message>
    <message>
        <source>storing samples</source>
        <translation>l&apos;enregistrement des échantillons</translation>
    </message>
    <message>
        <source>quarantining a record</source>
        <translation>la mise en quarantaine d&apos;un enregistrement</translation>
    </message>
    <message>
        <source>undoing an import</source>
        <translation>l&apos;annulation d&apos;une importation</translation>
    </message>
    <message>
        <source>looking for interrupted imports</source>
        <translation>la recherche d&apos;importations interrompues</translation>
    </message>
    <message>
        <source>interrupted before it was complete; nothing of it was kept</source>
        <translation>interrompue avant la fin ; rien n&apos;en a été conservé</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>illisible : %1</translation>
    </message>
    <message>
        <source>not a format PulseDesk imports (device dump, FHIR, Open mHealth, Fitbit, Apple Health)</source>
        <translation>format non importable par PulseDesk (extraction de données d&apos;appareil, FHIR, Open mHealth, Fitbit, Apple Health)</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 est illisible : %2</translation>
    </message>
    <message>
        <source>%1 changed since its preview; preview it again</source>
        <translation>%1 a été modifié depuis son aperçu ; relancez l&apos;aperçu</translation>
    </message>
    <message>
        <source>cancelled; nothing of this file was kept</source>
        <translation>annulée ; rien de ce fichier n&apos;a été conservé</translation>
    </message>
    <message>
        <source>reading back the imported samples</source>
        <translation>la relecture des échantillons importés</translation>
    </message>
    <message>
        <source>changed while it was being previewed; preview it again once nothing writes to it</source>
        <translation>a été modifié pendant l&apos;aperçu ; refaites l&apos;aperçu quand plus rien n&apos;y écrit</translation>
    </message>
    <message>
        <source>%1 changed while it was being imported; nothing of it was kept. Import it again once nothing writes to it</source>
        <translation>%1 a été modifié pendant l&apos;importation ; rien n&apos;en a été conservé. Importez-le à nouveau quand plus rien n&apos;y écrit</translation>
    </message>
    <message>
        <source>The disk is full: nothing of the file was stored. Free space on the disk of the data folder and import the file again</source>
        <translation>Le disque est plein : rien du fichier n&apos;a été enregistré. Libérez de l&apos;espace sur le disque du dossier de données et importez à nouveau le fichier</translation>
    </message>
    <message>
        <source>The ward server&apos;s disk is full: nothing of the file was stored. Ask IT to free space on the server, then import the file again</source>
        <translation>Le disque du serveur du service est plein : rien du fichier n&apos;a été enregistré. Demandez à l&apos;informatique de libérer de l&apos;espace sur le serveur, puis importez à nouveau le fichier</translation>
    </message>
    <message>
        <source>Not permitted on a ward server: an import analyses the patients&apos; samples, which an administrator may not read. A nurse imports device dumps there.</source>
        <translation>Non autorisé sur un serveur de service : une importation analyse les mesures des patients, qu&apos;un administrateur ne peut pas lire. Là, c&apos;est une infirmière qui importe les exports des appareils.</translation>
    </message>
</context>
<context>
    <name>IngestPipeline</name>
    <message>
        <source>device %1 is not registered</source>
        <translation>l&apos;appareil %1 n&apos;est pas enregistré</translation>
    </message>
    <message>
        <source>sample %1: %2</source>
        <translation>échantillon %1 : %2</translation>
    </message>
    <message>
        <source>storing samples</source>
        <translation>l&apos;enregistrement des échantillons</translation>
    </message>
    <message>
        <source>quarantining a message</source>
        <translation>la mise en quarantaine d&apos;un message</translation>
    </message>
    <message>
        <source>reading the quarantine</source>
        <translation>la lecture de la quarantaine</translation>
    </message>
    <message>
        <source>replaying the quarantine</source>
        <translation>le retraitement de la quarantaine</translation>
    </message>
    <message>
        <source>The disk is full: the messages were not stored. Free space on the disk of the data folder</source>
        <translation>Le disque est plein : les messages n&apos;ont pas été enregistrés. Libérez de l&apos;espace sur le disque du dossier de données</translation>
    </message>
    <message>
        <source>this record cannot be replayed without the rest of its file: import the file again</source>
        <translation>cet enregistrement ne peut pas être rejoué sans le reste de son fichier : importez à nouveau le fichier</translation>
    </message>
    <message>
        <source>payload not kept: the quarantine is at its limit (%1 MiB or %2 messages)</source>
        <translation>contenu non conservé : la quarantaine est à sa limite (%1 Mio ou %2 messages)</translation>
    </message>
    <message>
        <source>The ward server&apos;s disk is full: the messages were not stored. Ask IT to free space on the server</source>
        <translation>Le disque du serveur du service est plein : les messages n&apos;ont pas été enregistrés. Demandez à l&apos;informatique de libérer de l&apos;espace sur le serveur</translation>
    </message>
</context>
<context>
    <name>InterfaceService</name>
    <message>
        <source>The address %1 cannot be resolved.</source>
        <translation>Impossible de résoudre l&apos;adresse %1.</translation>
    </message>
    <message>
        <source>ADT accepted %1 repeats %2 errors %3 rejected %4</source>
        <translation>ADT acceptés %1 répétés %2 erreurs %3 rejetés %4</translation>
    </message>
    <message>
        <source>results sent %1 acknowledged %2 refused %3%4</source>
        <translation>résultats envoyés %1 acquittés %2 refusés %3%4</translation>
    </message>
    <message>
        <source>  alarms sent %1 acknowledged %2 refused %3</source>
        <translation>  alarmes envoyées %1 acquittées %2 refusées %3</translation>
    </message>
    <message>
        <source>The ward has no active administrator.</source>
        <translation>Le service n&apos;a aucun administrateur actif.</translation>
    </message>
</context>
<context>
    <name>InterfaceSettings</name>
    <message>
        <source>&quot;%1&quot; is not HOST:PORT (such as 10.1.2.3:2575).</source>
        <translation>« %1 » n&apos;est pas au format HOST:PORT (par exemple 10.1.2.3:2575).</translation>
    </message>
    <message>
        <source>saving a setting</source>
        <translation>enregistrement d&apos;un paramètre</translation>
    </message>
    <message>
        <source>The results summary is &quot;windows&quot; (each analysis window) or &quot;minute-median&quot; (the median of each minute), not &quot;%1&quot;.</source>
        <translation>Le résumé des résultats est « windows » (chaque fenêtre d&apos;analyse) ou « minute-median » (la médiane de chaque minute), pas « %1 ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be the alarm topic. %2</source>
        <translation>« %1 » ne peut pas être le sujet des alarmes. %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be the alarm topic: live ingest subscribes to &quot;%2&quot;, so the alarms would come back as device messages.</source>
        <translation>« %1 » ne peut pas être le sujet des alarmes : la réception en direct est abonnée à « %2 », les alarmes reviendraient donc comme messages d’appareil.</translation>
    </message>
</context>
<context>
    <name>JsonStream</name>
    <message>
        <source>invalid JSON at line %1, column %2: %3</source>
        <translation>JSON non valide à la ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>the file ends inside a string</source>
        <translation>le fichier se termine à l&apos;intérieur d&apos;une chaîne</translation>
    </message>
    <message>
        <source>a control character inside a string</source>
        <translation>un caractère de contrôle à l&apos;intérieur d&apos;une chaîne</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation>imbrication sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>expected a member name in quotes</source>
        <translation>nom de membre entre guillemets attendu</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a member name</source>
        <translation>&apos;:&apos; attendu après un nom de membre</translation>
    </message>
    <message>
        <source>the file ends too early</source>
        <translation>le fichier se termine prématurément</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;%1&apos;</source>
        <translation>&apos;,&apos; ou &apos;%1&apos; attendu</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>caractère inattendu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the file cannot be read again</source>
        <translation>le fichier ne peut pas être relu</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>&apos;,&apos; ou &apos;}&apos; attendu</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>&apos;,&apos; ou &apos;]&apos; attendu</translation>
    </message>
    <message>
        <source>expected an object or an array</source>
        <translation>objet ou tableau attendu</translation>
    </message>
    <message>
        <source>the file holds no JSON</source>
        <translation>le fichier ne contient pas de JSON</translation>
    </message>
    <message>
        <source>line %1, column %2: the member &apos;%3&apos; is given twice with different values</source>
        <translation>ligne %1, colonne %2 : le membre &apos;%3&apos; est donné deux fois avec des valeurs différentes</translation>
    </message>
</context>
<context>
    <name>KeyRing</name>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>Le mot de passe doit comporter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>The password must not be the user name.</source>
        <translation>Le mot de passe ne doit pas être le nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>The key slot does not belong to this database.</source>
        <translation>L&apos;emplacement de clé n&apos;appartient pas à cette base de données.</translation>
    </message>
</context>
<context>
    <name>KeySlotFile</name>
    <message>
        <source>The key slot file %1 is missing. Without it the database cannot be opened; restore it from a backup.</source>
        <translation>Le fichier d&apos;emplacements de clés %1 est manquant. Sans lui, la base de données ne peut pas être ouverte ; restaurez-le à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>The key slot file %1 cannot be read: %2</source>
        <translation>Impossible de lire le fichier d&apos;emplacements de clés %1 : %2</translation>
    </message>
    <message>
        <source>The key slot file %1 is damaged (%2). The database was not touched; restore the key slot file from a backup.</source>
        <translation>Le fichier d&apos;emplacements de clés %1 est endommagé (%2). La base de données n&apos;a pas été modifiée ; restaurez le fichier d&apos;emplacements de clés à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>not a PulseDesk key slot file</source>
        <translation>ce n&apos;est pas un fichier d&apos;emplacements de clés PulseDesk</translation>
    </message>
    <message>
        <source>unknown version %1</source>
        <translation>version inconnue %1</translation>
    </message>
    <message>
        <source>no database id</source>
        <translation>aucun identifiant de base de données</translation>
    </message>
    <message>
        <source>slot %1 is incomplete</source>
        <translation>l&apos;emplacement %1 est incomplet</translation>
    </message>
    <message>
        <source>it holds no key slots</source>
        <translation>il ne contient aucun emplacement de clé</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>Le nom d&apos;utilisateur ou le mot de passe est incorrect.</translation>
    </message>
</context>
<context>
    <name>MessageParser</name>
    <message>
        <source>missing field: device id</source>
        <translation>champ manquant : identifiant de l&apos;appareil</translation>
    </message>
    <message>
        <source>device id longer than 128 characters</source>
        <translation>identifiant de l&apos;appareil de plus de 128 caractères</translation>
    </message>
    <message>
        <source>missing field: timestamp</source>
        <translation>champ manquant : horodatage</translation>
    </message>
    <message>
        <source>timestamp more than 5 minutes ahead of the workstation clock</source>
        <translation>horodatage en avance de plus de 5 minutes sur l&apos;horloge du poste de travail</translation>
    </message>
    <message>
        <source>missing field: no heart rate or other vital sign</source>
        <translation>champ manquant : ni fréquence cardiaque ni autre signe vital</translation>
    </message>
    <message>
        <source>heart rate %1 outside 20–300/min</source>
        <translation>fréquence cardiaque %1 hors de la plage 20–300/min</translation>
    </message>
    <message>
        <source>SpO2 %1 outside 50–100%</source>
        <translation>SpO2 %1 hors de la plage 50–100%</translation>
    </message>
    <message>
        <source>temperature read in °F and stored in °C</source>
        <translation>température lue en °F et enregistrée en °C</translation>
    </message>
    <message>
        <source>temperature %1 °C outside 25–45 °C</source>
        <translation>température %1 °C hors de la plage 25–45 °C</translation>
    </message>
    <message>
        <source>blood pressure needs both systolic and diastolic</source>
        <translation>la pression artérielle nécessite à la fois la systolique et la diastolique</translation>
    </message>
    <message>
        <source>systolic %1 not above diastolic %2</source>
        <translation>systolique %1 non supérieure à la diastolique %2</translation>
    </message>
    <message>
        <source>blood pressure %1/%2 outside plausible range</source>
        <translation>pression artérielle %1/%2 hors de la plage plausible</translation>
    </message>
    <message>
        <source>timestamp &apos;%1&apos; is not epoch seconds, milliseconds or ISO 8601</source>
        <translation>l&apos;horodatage &apos;%1&apos; n&apos;est ni en secondes ou millisecondes depuis l&apos;epoch Unix, ni en ISO 8601</translation>
    </message>
    <message>
        <source>timestamp &apos;%1&apos; has no time zone</source>
        <translation>l&apos;horodatage &apos;%1&apos; n&apos;a pas de fuseau horaire</translation>
    </message>
    <message>
        <source>timestamp is neither a number nor a string</source>
        <translation>l&apos;horodatage n&apos;est ni un nombre ni une chaîne</translation>
    </message>
    <message>
        <source>timestamp before the year 2000</source>
        <translation>horodatage antérieur à l&apos;an 2000</translation>
    </message>
    <message>
        <source>payload of %1 bytes is over the 1 MiB limit (not parsed)</source>
        <translation>la charge utile de %1 octets dépasse la limite de 1 MiB (non analysée)</translation>
    </message>
    <message>
        <source>not UTF-8</source>
        <translation>pas en UTF-8</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>pas du JSON : %1 à l&apos;octet %2</translation>
    </message>
    <message>
        <source>empty batch</source>
        <translation>lot vide</translation>
    </message>
    <message>
        <source>times without a zone read in %1</source>
        <translation>heures sans fuseau horaire interprétées dans le fuseau %1</translation>
    </message>
    <message>
        <source>sample %1 is %2, not an object</source>
        <translation>l&apos;échantillon %1 est %2, pas un objet</translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) had no measurement time of their own; stored at the time the device created the IoT Hub message</source>
        <translation>
            <numerusform>%n échantillon n&apos;avait pas d&apos;instant de mesure propre ; enregistré à l&apos;heure à laquelle l&apos;appareil a créé le message IoT Hub</numerusform>
            <numerusform>%n échantillons n&apos;avaient pas d&apos;instant de mesure propre ; enregistrés à l&apos;heure à laquelle l&apos;appareil a créé le message IoT Hub</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) had no measurement time of their own; stored at the IoT hub&apos;s arrival time</source>
        <translation>
            <numerusform>%n échantillon n&apos;avait pas d&apos;instant de mesure propre ; enregistré à l&apos;heure d&apos;arrivée dans IoT Hub</numerusform>
            <numerusform>%n échantillons n&apos;avaient pas d&apos;instant de mesure propre ; enregistrés à l&apos;heure d&apos;arrivée dans IoT Hub</numerusform>
        </translation>
    </message>
    <message>
        <source>the member &apos;%1&apos; is given twice with different values</source>
        <translation>le membre &apos;%1&apos; est donné deux fois avec des valeurs différentes</translation>
    </message>
    <message>
        <source>no samples in the message</source>
        <translation>aucun échantillon dans le message</translation>
    </message>
    <message>
        <source>%1, not a device message object</source>
        <translation>%1, pas un objet de message d&apos;appareil</translation>
    </message>
    <message>
        <source>item %1 is %2, not a device message object</source>
        <translation>l&apos;élément %1 est %2, pas un objet de message d&apos;appareil</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne de caractères</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>device id %1 is a number too large to read exactly</source>
        <translation>l&apos;identifiant d&apos;appareil %1 est un nombre trop grand pour être lu exactement</translation>
    </message>
    <message>
        <source>device id %1 is not a whole number</source>
        <translation>l&apos;identifiant d&apos;appareil %1 n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>the message is %1, not a device message object</source>
        <translation>le message est %1, pas un objet de message d&apos;appareil</translation>
    </message>
    <message>
        <source>a vital sign is not a number: %1</source>
        <translation>un signe vital n&apos;est pas un nombre : %1</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>This database was written by a newer PulseDesk (schema version %1; this version knows up to %2). Update PulseDesk to open it; nothing was changed.</source>
        <translation>Cette base de données a été écrite par une version plus récente de PulseDesk (version de schéma %1 ; cette version gère jusqu&apos;à la %2). Mettez PulseDesk à jour pour l&apos;ouvrir ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>creating the schema version table</source>
        <translation>la création de la table des versions du schéma</translation>
    </message>
    <message>
        <source>applying schema migration %1</source>
        <translation>l&apos;application de la migration de schéma %1</translation>
    </message>
    <message>
        <source>recording schema migration %1</source>
        <translation>l&apos;enregistrement de la migration de schéma %1</translation>
    </message>
    <message>
        <source>Schema migration %1 has no PostgreSQL form: its SQLite text uses %2, which has no mechanical translation.</source>
        <translation>La migration de schéma %1 n&apos;a pas de version PostgreSQL : son texte SQLite utilise %2, qui n&apos;a pas de traduction mécanique.</translation>
    </message>
</context>
<context>
    <name>Mllp</name>
    <message>
        <source>bytes outside an MLLP frame (0x%1)</source>
        <translation>octets hors d&apos;une trame MLLP (0x%1)</translation>
    </message>
    <message>
        <source>a new MLLP frame began before the last one ended</source>
        <translation>une nouvelle trame MLLP a commencé avant la fin de la précédente</translation>
    </message>
    <message>
        <source>an MLLP frame is larger than %1 bytes</source>
        <translation>une trame MLLP dépasse %1 octets</translation>
    </message>
</context>
<context>
    <name>Monitor</name>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connexion en cours</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>reconnexion en cours</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>broker %1 (%2 since %3)%4  messages %5 (%6/s)  stored %7  duplicates %8  quarantined %9</source>
        <translation>broker %1 (%2 depuis %3)%4  messages %5 (%6/s)  enregistrés %7  doublons %8  en quarantaine %9</translation>
    </message>
    <message>
        <source>  windows %1  open alarms %2</source>
        <translation>  fenêtres %1  alarmes en cours %2</translation>
    </message>
    <message>
        <source>ALARM %1 %2: %3 %4, patient #%5, alarm %6%7</source>
        <translation>ALARME %1 %2 : %3 %4, patient #%5, alarme %6%7</translation>
    </message>
    <message>
        <source> by user #%1</source>
        <translation> par l&apos;utilisateur #%1</translation>
    </message>
    <message>
        <source>analysis could not store its results: %1</source>
        <translation>l&apos;analyse n&apos;a pas pu enregistrer ses résultats : %1</translation>
    </message>
    <message>
        <source>  alarm topic %1 published, %2 dropped (no broker connection)</source>
        <translation>  sujet des alarmes : %1 publiées, %2 abandonnées (pas de connexion au broker)</translation>
    </message>
</context>
<context>
    <name>MqttClient</name>
    <message>
        <source>TLS handshake failed (check the CA file, the client certificate and the broker&apos;s certificate)</source>
        <translation>échec de la négociation TLS (vérifiez le fichier CA, le certificat client et le certificat du broker)</translation>
    </message>
    <message>
        <source>The MQTT client could not be created.</source>
        <translation>Impossible de créer le client MQTT.</translation>
    </message>
    <message>
        <source>The TLS settings cannot be used: %1</source>
        <translation>Les paramètres TLS ne peuvent pas être utilisés : %1</translation>
    </message>
    <message>
        <source>The broker refused the connection: %1</source>
        <translation>Le broker a refusé la connexion : %1</translation>
    </message>
    <message>
        <source>Cannot reach the broker %1:%2: %3</source>
        <translation>Impossible de joindre le broker %1:%2 : %3</translation>
    </message>
    <message>
        <source>The connection to the broker was lost.</source>
        <translation>La connexion au broker a été perdue.</translation>
    </message>
    <message>
        <source>The broker closed the connection before accepting it: %1</source>
        <translation>Le broker a fermé la connexion avant de l&apos;accepter : %1</translation>
    </message>
    <message>
        <source>Another client is using this client id (%1): the broker keeps dropping the connection right after accepting it. Give each workstation and monitor its own client id.</source>
        <translation>Un autre client utilise cet identifiant client (%1) : le broker coupe la connexion juste après l&apos;avoir acceptée. Donnez à chaque poste de travail et moniteur son propre identifiant client.</translation>
    </message>
    <message>
        <source>%1. The received messages were not acknowledged: the broker delivers them again.</source>
        <translation>%1. Les messages reçus n&apos;ont pas été acquittés : le broker les remet à nouveau.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
</context>
<context>
    <name>MqttSettings</name>
    <message>
        <source>No broker host is set.</source>
        <translation>Aucun hôte de broker n&apos;est défini.</translation>
    </message>
    <message>
        <source>The broker port %1 is not between 1 and 65535.</source>
        <translation>Le port du broker %1 n&apos;est pas compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>No topic to subscribe to is set.</source>
        <translation>Aucun topic d&apos;abonnement n&apos;est défini.</translation>
    </message>
    <message>
        <source>The TLS file %1 cannot be read.</source>
        <translation>Impossible de lire le fichier TLS %1.</translation>
    </message>
    <message>
        <source>TLS needs the CA certificate file.</source>
        <translation>TLS nécessite le fichier du certificat CA.</translation>
    </message>
    <message>
        <source>A client certificate needs its key, and a key its certificate.</source>
        <translation>Un certificat client nécessite sa clé, et une clé son certificat.</translation>
    </message>
    <message>
        <source>The MQTT topic is empty.</source>
        <translation>Le sujet MQTT est vide.</translation>
    </message>
    <message>
        <source>The MQTT topic is not valid Unicode text.</source>
        <translation>Le sujet MQTT n’est pas un texte Unicode valide.</translation>
    </message>
    <message>
        <source>The MQTT topic is longer than 65535 bytes.</source>
        <translation>Le sujet MQTT dépasse 65535 octets.</translation>
    </message>
    <message>
        <source>The MQTT topic contains a wildcard (&quot;+&quot; or &quot;#&quot;): messages are published on one topic name, without wildcards.</source>
        <translation>Le sujet MQTT contient un joker (« + » ou « # ») : les messages sont publiés sur un seul nom de sujet, sans joker.</translation>
    </message>
    <message>
        <source>The MQTT topic contains a control character.</source>
        <translation>Le sujet MQTT contient un caractère de contrôle.</translation>
    </message>
    <message>
        <source>The MQTT topic begins with &quot;$&quot;, which brokers keep for their own topics.</source>
        <translation>Le sujet MQTT commence par « $ », que les brokers réservent à leurs propres sujets.</translation>
    </message>
</context>
<context>
    <name>News2</name>
    <message>
        <source>Respiration rate</source>
        <translation>Fréquence respiratoire</translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation>SpO2</translation>
    </message>
    <message>
        <source>Systolic pressure</source>
        <translation>Pression systolique</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>Pouls</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>%1 %2 is outside what PulseDesk accepts (%3 to %4).</source>
        <translation>%1 %2 est en dehors de ce que PulseDesk accepte (%3 à %4).</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Low-medium</source>
        <translation>Faible à moyen</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <source>NEWS2 is for patients aged 16 and over.</source>
        <translation>Le NEWS2 s&apos;applique aux patients de 16 ans et plus.</translation>
    </message>
    <message>
        <source>low risk</source>
        <translation>risque faible</translation>
    </message>
    <message>
        <source>low-medium risk: urgent ward-based review</source>
        <translation>risque faible à moyen : évaluation urgente dans le service</translation>
    </message>
    <message>
        <source>medium risk: urgent response</source>
        <translation>risque moyen : réponse urgente</translation>
    </message>
    <message>
        <source>high risk: emergency response</source>
        <translation>risque élevé : réponse d&apos;urgence</translation>
    </message>
</context>
<context>
    <name>ObservationStore</name>
    <message>
        <source>no NEWS2: the patient was under 16</source>
        <translation>pas de NEWS2 : le patient avait moins de 16 ans</translation>
    </message>
    <message>
        <source>no NEWS2: the patient&apos;s birth date is unknown</source>
        <translation>pas de NEWS2 : la date de naissance du patient est inconnue</translation>
    </message>
    <message>
        <source>reading the patient for an observation</source>
        <translation>lecture du patient pour une observation</translation>
    </message>
    <message>
        <source>The SpO2 scale is 1 or 2.</source>
        <translation>L&apos;échelle SpO2 est 1 ou 2.</translation>
    </message>
    <message>
        <source>SpO2 scale 2 is only for a patient whose doctor has set it (a target of 88-92 %).</source>
        <translation>L&apos;échelle SpO2 2 est réservée aux patients pour qui le médecin l&apos;a prescrite (cible 88-92 %).</translation>
    </message>
    <message>
        <source>Unknown device value &apos;%1&apos;.</source>
        <translation>Valeur d&apos;appareil inconnue &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>writing an observation</source>
        <translation>enregistrement d&apos;une observation</translation>
    </message>
    <message>
        <source>The patient has been discharged.</source>
        <translation>Le patient est sorti.</translation>
    </message>
    <message>
        <source>Observations cannot be taken in the future.</source>
        <translation>Les observations ne peuvent pas être relevées dans le futur.</translation>
    </message>
    <message>
        <source>Observations can be charted up to a day after they were taken, and not before the admission.</source>
        <translation>Les observations peuvent être saisies jusqu&apos;à un jour après leur relevé, et pas avant l&apos;admission.</translation>
    </message>
    <message>
        <source>amending an observation</source>
        <translation>modification d&apos;une observation</translation>
    </message>
    <message>
        <source>There is no observation %1.</source>
        <translation>L&apos;observation %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>reading observations</source>
        <translation>lecture des observations</translation>
    </message>
    <message>
        <source>setting the SpO2 scale</source>
        <translation>définition de l&apos;échelle SpO2</translation>
    </message>
    <message>
        <source>reading device values</source>
        <translation>lecture des valeurs des appareils</translation>
    </message>
    <message>
        <source>reading the early-warning scores</source>
        <translation>lecture des scores d&apos;alerte précoce</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>reading or writing the interface outbox</source>
        <translation>lecture ou écriture de la boîte d&apos;envoi de l&apos;interface</translation>
    </message>
</context>
<context>
    <name>PatientMerge</name>
    <message>
        <source>A patient record cannot be merged into itself.</source>
        <translation>Un dossier patient ne peut pas être fusionné avec lui-même.</translation>
    </message>
    <message>
        <source>merging patient records</source>
        <translation>lors de la fusion de dossiers patients</translation>
    </message>
    <message>
        <source>One of the records was merged into another one before.</source>
        <translation>L&apos;un des dossiers a déjà été fusionné dans un autre.</translation>
    </message>
</context>
<context>
    <name>PatientRegistry</name>
    <message>
        <source>There is no patient with the medical record number %1.</source>
        <translation>Aucun patient n&apos;a le numéro de dossier médical %1.</translation>
    </message>
    <message>
        <source>Enter a medical record number (at most 64 characters).</source>
        <translation>Saisissez un numéro de dossier médical (64 caractères au maximum).</translation>
    </message>
    <message>
        <source>Enter the patient&apos;s name.</source>
        <translation>Saisissez le nom du patient.</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>La date de naissance est dans le futur.</translation>
    </message>
    <message>
        <source>admitting a patient</source>
        <translation>l&apos;admission d&apos;un patient</translation>
    </message>
    <message>
        <source>A patient with the medical record number %1 already exists.</source>
        <translation>Un patient avec le numéro de dossier médical %1 existe déjà.</translation>
    </message>
    <message>
        <source>listing patients</source>
        <translation>l&apos;affichage de la liste des patients</translation>
    </message>
    <message>
        <source>looking up a patient</source>
        <translation>la recherche d&apos;un patient</translation>
    </message>
    <message>
        <source>The patient %1 is already discharged.</source>
        <translation>Le patient %1 est déjà sorti.</translation>
    </message>
    <message>
        <source>discharging a patient</source>
        <translation>la sortie d&apos;un patient</translation>
    </message>
    <message>
        <source>There is no active doctor with the user name %1.</source>
        <translation>Aucun médecin actif n&apos;a le nom d&apos;utilisateur %1.</translation>
    </message>
    <message>
        <source>assigning a doctor</source>
        <translation>l&apos;affectation d&apos;un médecin</translation>
    </message>
</context>
<context>
    <name>PcdMessages</name>
    <message>
        <source>reading a patient for an HL7 message</source>
        <translation>lecture d&apos;un patient pour un message HL7</translation>
    </message>
    <message>
        <source>The patient of an outbox entry is missing.</source>
        <translation>Le patient d&apos;une entrée de la boîte d&apos;envoi est absent.</translation>
    </message>
    <message>
        <source>Backfilled: computed from samples imported from the device&apos;s stored data, not received live.</source>
        <translation>Rattrapage : calculé à partir d&apos;échantillons importés des données enregistrées dans l&apos;appareil, non reçu en direct.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>manage staff accounts</source>
        <translation>gérer les comptes du personnel</translation>
    </message>
    <message>
        <source>change workstation settings</source>
        <translation>modifier les paramètres du poste de travail</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>lire le journal d&apos;audit</translation>
    </message>
    <message>
        <source>register devices</source>
        <translation>enregistrer des appareils</translation>
    </message>
    <message>
        <source>assign devices to patients</source>
        <translation>attribuer des appareils aux patients</translation>
    </message>
    <message>
        <source>read patient information</source>
        <translation>consulter les informations des patients</translation>
    </message>
    <message>
        <source>admit, discharge or reassign patients</source>
        <translation>admettre, faire sortir ou réaffecter des patients</translation>
    </message>
    <message>
        <source>read clinical records</source>
        <translation>consulter les dossiers cliniques</translation>
    </message>
    <message>
        <source>write clinical records</source>
        <translation>rédiger dans les dossiers cliniques</translation>
    </message>
    <message>
        <source>read analysis results and alarms</source>
        <translation>consulter les résultats d&apos;analyse et les alarmes</translation>
    </message>
    <message>
        <source>acknowledge alarms</source>
        <translation>acquitter les alarmes</translation>
    </message>
    <message>
        <source>set patient alarm limits</source>
        <translation>définir les limites d&apos;alarme des patients</translation>
    </message>
    <message>
        <source>import device dumps</source>
        <translation>importer des extractions de données d&apos;appareils</translation>
    </message>
    <message>
        <source>manage quarantined messages</source>
        <translation>gérer les messages en quarantaine</translation>
    </message>
    <message>
        <source>Not permitted: change your one-time password first.</source>
        <translation>Non autorisé : modifiez d&apos;abord votre mot de passe à usage unique.</translation>
    </message>
    <message>
        <source>Not permitted: the role %1 may not %2.</source>
        <translation>Non autorisé : le rôle %1 ne peut pas %2.</translation>
    </message>
    <message>
        <source>record observations</source>
        <translation>enregistrer des observations</translation>
    </message>
    <message>
        <source>set a patient&apos;s SpO2 scale</source>
        <translation>définir l&apos;échelle SpO2 d&apos;un patient</translation>
    </message>
    <message>
        <source>export de-identified data for research</source>
        <translation>exporter des données anonymisées pour la recherche</translation>
    </message>
    <message>
        <source>read the device-fleet health</source>
        <translation>consulter l&apos;état des parcs d&apos;appareils</translation>
    </message>
</context>
<context>
    <name>Pews</name>
    <message>
        <source>The paediatric early-warning chart is invalid: %1</source>
        <translation>La grille pédiatrique d&apos;alerte précoce n&apos;est pas valide : %1</translation>
    </message>
    <message>
        <source>the format is not %1</source>
        <translation>le format n&apos;est pas %1</translation>
    </message>
    <message>
        <source>a chart needs a name and its source</source>
        <translation>une grille doit avoir un nom et sa source</translation>
    </message>
    <message>
        <source>age band %1: the bands start at 0 months and rise below 16 years, each with a label</source>
        <translation>tranche d&apos;âge %1 : les tranches commencent à 0 mois et croissent en dessous de 16 ans, chacune avec un libellé</translation>
    </message>
    <message>
        <source>age band %1: %2</source>
        <translation>tranche d&apos;âge %1 : %2</translation>
    </message>
    <message>
        <source>age band %1: PulseDesk records no &apos;%2&apos;</source>
        <translation>tranche d&apos;âge %1 : PulseDesk n&apos;enregistre pas &apos;%2&apos;</translation>
    </message>
    <message>
        <source>no age bands</source>
        <translation>aucune tranche d&apos;âge</translation>
    </message>
    <message>
        <source>A paediatric early-warning score is for patients under 16.</source>
        <translation>Un score pédiatrique d&apos;alerte précoce s&apos;applique aux patients de moins de 16 ans.</translation>
    </message>
</context>
<context>
    <name>RecordSummary</name>
    <message>
        <source>A PDF can only be written by a program that lays out text.</source>
        <translation>Seul un programme qui met en page du texte peut écrire un PDF.</translation>
    </message>
    <message>
        <source>Your health record</source>
        <translation>Votre dossier de santé</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Medical record number</source>
        <translation>Numéro de dossier médical</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Ward and bed</source>
        <translation>Service et lit</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Admission</translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Responsible doctors</source>
        <translation>Médecins responsables</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Imprimé</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Devices worn</source>
        <translation>Appareils portés</translation>
    </message>
    <message>
        <source>Heart rate by day (beats per minute)</source>
        <translation>Fréquence cardiaque par jour (battements par minute)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Alarmes</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Clinical notes</source>
        <translation>Notes cliniques</translation>
    </message>
    <message>
        <source>Note %1, %2, %3</source>
        <translation>Note %1, %2, %3</translation>
    </message>
    <message>
        <source>(corrects note %1)</source>
        <translation>(corrige la note %1)</translation>
    </message>
    <message>
        <source>Health record</source>
        <translation>Dossier de santé</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Printed by %1 on %2</source>
        <translation>Imprimé par %1 le %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>reading the report</source>
        <translation>lecture du rapport</translation>
    </message>
    <message>
        <source>Heart-rate trend report</source>
        <translation>Rapport de tendance de la fréquence cardiaque</translation>
    </message>
    <message>
        <source>Ward alarm history</source>
        <translation>Historique des alarmes du service</translation>
    </message>
    <message>
        <source>Shift hand-over</source>
        <translation>Transmissions de fin de poste</translation>
    </message>
    <message>
        <source>The report&apos;s period is empty: its end is not after its start.</source>
        <translation>La période du rapport est vide : sa fin n&apos;est pas après son début.</translation>
    </message>
    <message>
        <source>A report covers at most 93 days.</source>
        <translation>Un rapport couvre au plus 93 jours.</translation>
    </message>
    <message>
        <source>The report could not be started on this device.</source>
        <translation>Le rapport n&apos;a pas pu être démarré sur cet appareil.</translation>
    </message>
    <message>
        <source>The report could not start a new page.</source>
        <translation>Le rapport n&apos;a pas pu commencer une nouvelle page.</translation>
    </message>
    <message>
        <source>The report could not be finished on this device.</source>
        <translation>Le rapport n&apos;a pas pu être terminé sur cet appareil.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 au %2</translation>
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
        <translation>En direct</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Modéré</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Sévère</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation>Fréquence cardiaque</translation>
    </message>
    <message>
        <source>the patient&apos;s own limits</source>
        <translation>les limites propres au patient</translation>
    </message>
    <message>
        <source>the reference band %1</source>
        <translation>la plage de référence %1</translation>
    </message>
    <message>
        <source>%1 samples, of which %2 imported (dashed).</source>
        <translation>%1 mesures, dont %2 importées (en pointillés).</translation>
    </message>
    <message>
        <source>Shaded by %1: normal from %2 to %3 bpm, severe at or below %4 and at or above %5 bpm.</source>
        <translation>Ombré selon %1 : normal de %2 à %3 bpm, sévère à %4 ou moins et à %5 bpm ou plus.</translation>
    </message>
    <message>
        <source>Limits set on %1: %2.</source>
        <translation>Limites définies le %1 : %2.</translation>
    </message>
    <message>
        <source>No sample for longer than %1 is drawn as a gap.</source>
        <translation>Une absence de mesure de plus de %1 est tracée comme une interruption.</translation>
    </message>
    <message>
        <source>Hourly values</source>
        <translation>Valeurs horaires</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
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
        <translation>Fréquence cardiaque en bpm ; part du temps couvert par des mesures dans chaque catégorie.</translation>
    </message>
    <message>
        <source>No hours in the period.</source>
        <translation>Aucune heure dans la période.</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Alarmes</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Déclenchée</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>Acquittée par</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acquittée</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>No alarms in the period.</source>
        <translation>Aucune alarme dans la période.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constatations</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Détectée</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Vérifiée par</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>non vérifiée</translation>
    </message>
    <message>
        <source>No findings in the period.</source>
        <translation>Aucune constatation dans la période.</translation>
    </message>
    <message>
        <source>Clinical notes</source>
        <translation>Notes cliniques</translation>
    </message>
    <message>
        <source>No notes in the period.</source>
        <translation>Aucune note dans la période.</translation>
    </message>
    <message>
        <source>amendment of an earlier note</source>
        <translation>correction d&apos;une note antérieure</translation>
    </message>
    <message>
        <source>amendment of the note of %1</source>
        <translation>correction de la note du %1</translation>
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
        <translation>Service et lit</translation>
    </message>
    <message>
        <source>%1, bed %2</source>
        <translation>%1, lit %2</translation>
    </message>
    <message>
        <source>Responsible doctors</source>
        <translation>Médecins responsables</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Printed by</source>
        <translation>Imprimé par</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>no device assigned</source>
        <translation>aucun appareil attribué</translation>
    </message>
    <message>
        <source>device %1, nothing received yet</source>
        <translation>appareil %1, rien reçu pour l&apos;instant</translation>
    </message>
    <message>
        <source>device %1, live</source>
        <translation>appareil %1, en direct</translation>
    </message>
    <message>
        <source>device %1, silent since %2</source>
        <translation>appareil %1, muet depuis %2</translation>
    </message>
    <message>
        <source>%1 bpm at %2</source>
        <translation>%1 bpm à %2</translation>
    </message>
    <message>
        <source>low confidence</source>
        <translation>faible fiabilité</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <source>Median time to acknowledge</source>
        <translation>Délai médian d&apos;acquittement</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Alarms by bed</source>
        <translation>Alarmes par lit</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>Lit</translation>
    </message>
    <message>
        <source>Time to acknowledge</source>
        <translation>Délai d&apos;acquittement</translation>
    </message>
    <message>
        <source>Admitted patients</source>
        <translation>Patients admis</translation>
    </message>
    <message>
        <source>No admitted patients on this ward.</source>
        <translation>Aucun patient admis dans ce service.</translation>
    </message>
    <message>
        <source>Bed %1: %2</source>
        <translation>Lit %1 : %2</translation>
    </message>
    <message>
        <source>%1, %2, since %3</source>
        <translation>%1, %2, depuis %3</translation>
    </message>
    <message>
        <source>acknowledged by %1 at %2</source>
        <translation>acquittée par %1 à %2</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>et %1 de plus</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>État actuel</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>Open alarms</source>
        <translation>Alarmes ouvertes</translation>
    </message>
    <message>
        <source>Findings to review</source>
        <translation>Constatations à vérifier</translation>
    </message>
    <message>
        <source>Last note</source>
        <translation>Dernière note</translation>
    </message>
    <message>
        <source>Ward %1</source>
        <translation>Service %1</translation>
    </message>
    <message>
        <source>%1: %2 to %3 bpm</source>
        <translation>%1 : %2 à %3 bpm</translation>
    </message>
    <message>
        <source>Observations and NEWS2</source>
        <translation>Observations et NEWS2</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Relevé</translation>
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
        <translation>Air/O2</translation>
    </message>
    <message>
        <source>Systolic</source>
        <translation>Systolique</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>Pouls</translation>
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
        <translation>Risque</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Saisi par</translation>
    </message>
    <message>
        <source>%1 (amended %2)</source>
        <translation>%1 (corrigé le %2)</translation>
    </message>
    <message>
        <source>(scale 2)</source>
        <translation>(échelle 2)</translation>
    </message>
    <message>
        <source>O2</source>
        <translation>O2</translation>
    </message>
    <message>
        <source>air</source>
        <translation>air</translation>
    </message>
    <message>
        <source>Respiration per minute, SpO2 in %, systolic pressure in mmHg, pulse per minute, temperature in °C; NEWS2 as scored when recorded (Royal College of Physicians, 2017).</source>
        <translation>Respirations par minute, SpO2 en %, pression systolique en mmHg, pouls par minute, température en °C ; NEWS2 tel que calculé lors de la saisie (Royal College of Physicians, 2017).</translation>
    </message>
    <message>
        <source>No observations in the period.</source>
        <translation>Aucune observation sur la période.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Médecin</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>Infirmier</translation>
    </message>
</context>
<context>
    <name>SamplePartitions</name>
    <message>
        <source>making the partitions of samples</source>
        <translation>la création des partitions des échantillons</translation>
    </message>
    <message>
        <source>removing samples past their retention</source>
        <translation>la suppression des échantillons dont la durée de conservation est dépassée</translation>
    </message>
    <message>
        <source>listing the partitions of samples</source>
        <translation>l&apos;énumération des partitions des échantillons</translation>
    </message>
</context>
<context>
    <name>SampleWriter</name>
    <message>
        <source>storing samples</source>
        <translation>l&apos;enregistrement des échantillons</translation>
    </message>
    <message>
        <source>a different value (%1) is already stored for this device at this time (%2)</source>
        <translation>une autre valeur (%1) est déjà enregistrée pour cet appareil à cet instant (%2)</translation>
    </message>
    <message>
        <source>a stored sample could not be read back</source>
        <translation>un échantillon enregistré n&apos;a pas pu être relu</translation>
    </message>
</context>
<context>
    <name>ScoreTable</name>
    <message>
        <source>The score table is invalid: %1</source>
        <translation>La table de score n&apos;est pas valide : %1</translation>
    </message>
</context>
<context>
    <name>ServerMain</name>
    <message>
        <source>The password file %1 cannot be read: %2</source>
        <translation>Le fichier de mot de passe %1 est illisible : %2</translation>
    </message>
    <message>
        <source>The password file %1 may be read by other users; allow only its owner (chmod 600).</source>
        <translation>Le fichier de mot de passe %1 est lisible par d&apos;autres utilisateurs ; n&apos;autorisez que son propriétaire (chmod 600).</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>standby</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>The ward server&apos;s service: ingests the ward&apos;s devices from the broker, analyses them and raises and escalates alarms, once for the ward, into the ward&apos;s PostgreSQL database. Several may run; one is active, the others stand by and take over when it stops.</source>
        <translation>Le service du serveur du service : reçoit les appareils du service depuis le broker, les analyse, déclenche et escalade les alarmes, une fois pour le service, dans la base PostgreSQL du service. Plusieurs peuvent tourner ; un seul est actif, les autres attendent et prennent le relais quand il s&apos;arrête.</translation>
    </message>
    <message>
        <source>libpq connection string of the ward (default: PULSEDESK_SERVER); the login is the service role pulsedesk_server or a member of it.</source>
        <translation>Chaîne de connexion libpq du service (par défaut : PULSEDESK_SERVER) ; la connexion est le rôle de service pulsedesk_server ou un de ses membres.</translation>
    </message>
    <message>
        <source>File holding the login&apos;s password (default: the systemd credential pulsedesk-db-password, else libpq&apos;s password file).</source>
        <translation>Fichier contenant le mot de passe de la connexion (par défaut : l&apos;identifiant systemd pulsedesk-db-password, sinon le fichier de mots de passe de libpq).</translation>
    </message>
    <message>
        <source>Broker host (default: the ward&apos;s setting).</source>
        <translation>Hôte du broker (par défaut : le réglage du service).</translation>
    </message>
    <message>
        <source>Broker port (default: the ward&apos;s setting).</source>
        <translation>Port du broker (par défaut : le réglage du service).</translation>
    </message>
    <message>
        <source>Seconds between status lines (default 60).</source>
        <translation>Secondes entre les lignes d&apos;état (60 par défaut).</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>argument inattendu %1</translation>
    </message>
    <message>
        <source>say which ward: --server CONNINFO (or PULSEDESK_SERVER)</source>
        <translation>indiquez le service : --server CONNINFO (ou PULSEDESK_SERVER)</translation>
    </message>
    <message>
        <source>--status-every needs a number of seconds</source>
        <translation>--status-every demande un nombre de secondes</translation>
    </message>
    <message>
        <source>analysis could not store its results: %1</source>
        <translation>l&apos;analyse n&apos;a pas pu enregistrer ses résultats : %1</translation>
    </message>
    <message>
        <source>messages %1  stored %2  duplicates %3  quarantined %4  windows %5  open alarms %6</source>
        <translation>messages %1  enregistrés %2  doublons %3  en quarantaine %4  fenêtres %5  alarmes ouvertes %6</translation>
    </message>
    <message>
        <source>Listen for the hospital&apos;s ADT messages (HL7 v2 over MLLP) here (default: the ward&apos;s interface setting); only the active server listens.</source>
        <translation>Écouter ici les messages ADT de l&apos;hôpital (HL7 v2 sur MLLP) (par défaut : le réglage d&apos;interface du service) ; seul le serveur actif écoute.</translation>
    </message>
    <message>
        <source>Send window results (IHE PCD-01 ORU^R01) to this EHR interface (default: the ward&apos;s interface setting).</source>
        <translation>Envoyer les résultats des fenêtres (IHE PCD-01 ORU^R01) à cette interface du DPI (par défaut : le réglage d&apos;interface du service).</translation>
    </message>
    <message>
        <source>Send alarm events (IHE PCD-04 ORU^R40) to this alarm manager (default: the ward&apos;s interface setting).</source>
        <translation>Envoyer les événements d&apos;alarme (IHE PCD-04 ORU^R40) à ce gestionnaire d&apos;alarmes (par défaut : le réglage d&apos;interface du service).</translation>
    </message>
    <message>
        <source>interfaces started: %1</source>
        <translation>interfaces démarrées : %1</translation>
    </message>
    <message>
        <source>interfaces could not start: %1</source>
        <translation>les interfaces n&apos;ont pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>interfaces stopped</source>
        <translation>interfaces arrêtées</translation>
    </message>
    <message>
        <source>alarm topic %1 published, %2 dropped</source>
        <translation>sujet des alarmes : %1 publiées, %2 abandonnées</translation>
    </message>
</context>
<context>
    <name>ServerMigration</name>
    <message>
        <source>listing the workstation&apos;s tables</source>
        <translation>l&apos;inventaire des tables du poste</translation>
    </message>
    <message>
        <source>reading the workstation&apos;s foreign keys</source>
        <translation>la lecture des clés étrangères du poste</translation>
    </message>
    <message>
        <source>The workstation&apos;s tables refer to each other in a circle.</source>
        <translation>Les tables du poste se réfèrent les unes aux autres en cercle.</translation>
    </message>
    <message>
        <source>reading the workstation&apos;s columns</source>
        <translation>la lecture des colonnes du poste</translation>
    </message>
    <message>
        <source>counting rows</source>
        <translation>le comptage des lignes</translation>
    </message>
    <message>
        <source>The server&apos;s table %1 holds rows already; migrate-to-server needs an empty database.</source>
        <translation>La table %1 du serveur contient déjà des lignes ; migrate-to-server demande une base de données vide.</translation>
    </message>
    <message>
        <source>reading the workstation&apos;s %1</source>
        <translation>la lecture de %1 du poste</translation>
    </message>
    <message>
        <source>copying %1</source>
        <translation>la copie de %1</translation>
    </message>
    <message>
        <source>listing the server&apos;s sequences</source>
        <translation>l&apos;inventaire des séquences du serveur</translation>
    </message>
    <message>
        <source>moving the server&apos;s sequences</source>
        <translation>l&apos;avancement des séquences du serveur</translation>
    </message>
    <message>
        <source>reading the staff</source>
        <translation>la lecture du personnel</translation>
    </message>
    <message>
        <source>The member of staff %1 has an unknown role.</source>
        <translation>Le membre du personnel %1 a un rôle inconnu.</translation>
    </message>
    <message>
        <source>Only an administrator may move the workstation to a ward server.</source>
        <translation>Seul un administrateur peut déplacer le poste vers un serveur du service.</translation>
    </message>
    <message>
        <source>migrate-to-server copies a workstation&apos;s data folder (--data).</source>
        <translation>migrate-to-server copie le dossier de données d&apos;un poste (--data).</translation>
    </message>
    <message>
        <source>The database %1 is not empty; migrate-to-server needs an empty database. Nothing was changed.</source>
        <translation>La base de données %1 n&apos;est pas vide ; migrate-to-server demande une base de données vide. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The workstation&apos;s store is not of this PulseDesk&apos;s version.</source>
        <translation>Le stockage du poste n&apos;est pas de cette version de PulseDesk.</translation>
    </message>
    <message>
        <source>reading the workstation&apos;s store</source>
        <translation>la lecture du stockage du poste</translation>
    </message>
    <message>
        <source>The server&apos;s %1 would hold %2 rows, the workstation&apos;s %3; nothing was copied.</source>
        <translation>%1 du serveur contiendrait %2 lignes, celle du poste %3 ; rien n&apos;a été copié.</translation>
    </message>
    <message>
        <source>The workstation&apos;s %1 changed while it was copied (%2 rows, %3 copied): stop the workstation and its monitor, empty the server&apos;s database and migrate again.</source>
        <translation>%1 du poste a changé pendant la copie (%2 lignes, %3 copiées) : arrêtez le poste et son moniteur, videz la base de données du serveur et migrez à nouveau.</translation>
    </message>
    <message>
        <source>The audit chain copied to the server does not verify: %1</source>
        <translation>La chaîne d&apos;audit copiée sur le serveur ne se vérifie pas : %1</translation>
    </message>
    <message>
        <source>reading the workstation&apos;s samples</source>
        <translation>la lecture des échantillons du poste</translation>
    </message>
</context>
<context>
    <name>ServerNotifications</name>
    <message>
        <source>the connection to the server was closed</source>
        <translation>la connexion au serveur a été fermée</translation>
    </message>
</context>
<context>
    <name>ServerRoles</name>
    <message>
        <source>The server&apos;s roles could not be changed while %1: %2</source>
        <translation>Les rôles du serveur n&apos;ont pas pu être modifiés pendant %1 : %2</translation>
    </message>
    <message>
        <source>looking up a role of the server</source>
        <translation>la recherche d&apos;un rôle du serveur</translation>
    </message>
    <message>
        <source>setting a password</source>
        <translation>la définition d&apos;un mot de passe</translation>
    </message>
    <message>
        <source>no server connection</source>
        <translation>aucune connexion au serveur</translation>
    </message>
    <message>
        <source>On a ward server a user name cannot start with pg_ or pulsedesk_.</source>
        <translation>Sur un serveur de service, un nom d&apos;utilisateur ne peut pas commencer par pg_ ou pulsedesk_.</translation>
    </message>
    <message>
        <source>looking at the database&apos;s contents</source>
        <translation>l&apos;examen du contenu de la base de données</translation>
    </message>
    <message>
        <source>looking up the connection&apos;s role</source>
        <translation>la recherche du rôle de la connexion</translation>
    </message>
    <message>
        <source>Not permitted: server init needs a connection as a role that may create roles (CREATEROLE), and the one given may not.</source>
        <translation>Non autorisé : server init nécessite une connexion avec un rôle autorisé à créer des rôles (CREATEROLE), et celui indiqué ne l&apos;est pas.</translation>
    </message>
    <message>
        <source>granting the roles their privileges</source>
        <translation>l&apos;attribution de leurs privilèges aux rôles</translation>
    </message>
    <message>
        <source>the table %1 has no privileges defined</source>
        <translation>la table %1 n&apos;a aucun privilège défini</translation>
    </message>
    <message>
        <source>The user name %1 is already taken by a role of the database server.</source>
        <translation>Le nom d&apos;utilisateur %1 est déjà pris par un rôle du serveur de base de données.</translation>
    </message>
    <message>
        <source>creating a login</source>
        <translation>la création d&apos;un compte serveur</translation>
    </message>
    <message>
        <source>disabling a login</source>
        <translation>la désactivation d&apos;un compte serveur</translation>
    </message>
    <message>
        <source>changing a role</source>
        <translation>la modification d&apos;un rôle</translation>
    </message>
    <message>
        <source>The server&apos;s login gate cannot be used: %1</source>
        <translation>Le contrôle des connexions du serveur est inutilisable : %1</translation>
    </message>
    <message>
        <source>clearing failed logins</source>
        <translation>l&apos;effacement des connexions échouées</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The value for %1 has the wrong type.</source>
        <translation>La valeur de %1 n&apos;a pas le bon type.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 doit être compris entre %2 et %3.</translation>
    </message>
    <message>
        <source>saving a setting</source>
        <translation>l&apos;enregistrement d&apos;un paramètre</translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <source>Female</source>
        <translation>Féminin</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculin</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>Sha256</name>
    <message>
        <source>Could not compute a SHA-256 digest.</source>
        <translation>Impossible de calculer l&apos;empreinte SHA-256.</translation>
    </message>
</context>
<context>
    <name>Simulate</name>
    <message>
        <source>%1 s: %2 samples generated, %3 messages published</source>
        <translation>%1 s : %2 échantillons générés, %3 messages publiés</translation>
    </message>
    <message>
        <source>Done: %1 samples generated, %2 messages published.</source>
        <translation>Terminé : %1 échantillons générés, %2 messages publiés.</translation>
    </message>
    <message>
        <source>Faulty devices: %1</source>
        <translation>Appareils défaillants : %1</translation>
    </message>
</context>
<context>
    <name>SimulatedFleet</name>
    <message>
        <source>storing the simulated fleet</source>
        <translation>l&apos;enregistrement du parc simulé</translation>
    </message>
</context>
<context>
    <name>SourceFile</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>illisible : %1</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>c&apos;est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>it is a pipe (FIFO), not a file</source>
        <translation>c&apos;est un tube (FIFO), pas un fichier</translation>
    </message>
    <message>
        <source>it is a socket, not a file</source>
        <translation>c&apos;est un socket, pas un fichier</translation>
    </message>
    <message>
        <source>it is a device, not a file</source>
        <translation>c&apos;est un périphérique, pas un fichier</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>ce n&apos;est pas un fichier ordinaire</translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>Conflict while %1: %2</source>
        <translation>Conflit pendant %1 : %2</translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation>Erreur de base de données pendant %1 : %2</translation>
    </message>
    <message>
        <source>The database is busy or unavailable: %1</source>
        <translation>La base de données est occupée ou indisponible : %1</translation>
    </message>
    <message>
        <source>the connection is not a store connection</source>
        <translation>la connexion n&apos;est pas une connexion au magasin de données</translation>
    </message>
    <message>
        <source>The database cannot be reached while %1. PulseDesk keeps trying to reconnect.</source>
        <translation>La base de données est injoignable pendant %1. PulseDesk continue d&apos;essayer de se reconnecter.</translation>
    </message>
    <message>
        <source>Not permitted by the server while %1: %2</source>
        <translation>Non autorisé par le serveur pendant %1 : %2</translation>
    </message>
</context>
<context>
    <name>StaffDirectory</name>
    <message>
        <source>There is no member of staff with the user name %1.</source>
        <translation>Aucun membre du personnel n&apos;a le nom d&apos;utilisateur %1.</translation>
    </message>
    <message>
        <source>A user name has 2 to 32 characters: letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>Un nom d&apos;utilisateur comporte de 2 à 32 caractères : lettres, chiffres, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;, et commence par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>looking up a member of staff</source>
        <translation>la recherche d&apos;un membre du personnel</translation>
    </message>
    <message>
        <source>listing staff</source>
        <translation>l&apos;affichage de la liste du personnel</translation>
    </message>
    <message>
        <source>listing doctors</source>
        <translation>l&apos;affichage de la liste des médecins</translation>
    </message>
    <message>
        <source>The staff list could not be read.</source>
        <translation>Impossible de lire la liste du personnel.</translation>
    </message>
    <message>
        <source>Enter the name of the member of staff.</source>
        <translation>Saisissez le nom du membre du personnel.</translation>
    </message>
    <message>
        <source>This workstation already has staff; log in as an administrator.</source>
        <translation>Ce poste de travail a déjà du personnel ; connectez-vous en tant qu&apos;administrateur.</translation>
    </message>
    <message>
        <source>adding a member of staff</source>
        <translation>l&apos;ajout d&apos;un membre du personnel</translation>
    </message>
    <message>
        <source>The user name %1 is already taken.</source>
        <translation>Le nom d&apos;utilisateur %1 est déjà pris.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>Vous ne pouvez pas désactiver votre propre compte.</translation>
    </message>
    <message>
        <source>%1 is the last active administrator and cannot be deactivated.</source>
        <translation>%1 est le dernier administrateur actif et ne peut pas être désactivé.</translation>
    </message>
    <message>
        <source>deactivating a member of staff</source>
        <translation>la désactivation d&apos;un membre du personnel</translation>
    </message>
    <message>
        <source>%1 is already active.</source>
        <translation>%1 est déjà actif.</translation>
    </message>
    <message>
        <source>reactivating a member of staff</source>
        <translation>la réactivation d&apos;un membre du personnel</translation>
    </message>
    <message>
        <source>%1 is deactivated; reactivate the account to give it a password.</source>
        <translation>%1 est désactivé ; réactivez le compte pour lui attribuer un mot de passe.</translation>
    </message>
    <message>
        <source>resetting a password</source>
        <translation>la réinitialisation d&apos;un mot de passe</translation>
    </message>
    <message>
        <source>%1 is the last active administrator and cannot be given another role.</source>
        <translation>%1 est le dernier administrateur actif et ne peut pas recevoir un autre rôle.</translation>
    </message>
    <message>
        <source>changing a role</source>
        <translation>la modification d&apos;un rôle</translation>
    </message>
    <message>
        <source>Log in first.</source>
        <translation>Connectez-vous d&apos;abord.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Le mot de passe actuel est incorrect.</translation>
    </message>
    <message>
        <source>Choose a password different from the current one.</source>
        <translation>Choisissez un mot de passe différent de l&apos;actuel.</translation>
    </message>
    <message>
        <source>changing a password</source>
        <translation>la modification d&apos;un mot de passe</translation>
    </message>
</context>
<context>
    <name>StoreChoice</name>
    <message>
        <source>The folder of %1 cannot be created.</source>
        <translation>Le dossier de %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The choice cannot be saved in %1.</source>
        <translation>Le choix ne peut pas être enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>StoreLock</name>
    <message>
        <source>cancelled while waiting for the lock</source>
        <translation>annulé pendant l&apos;attente du verrou</translation>
    </message>
    <message>
        <source>the lock file %1 cannot be written (%2)</source>
        <translation>le fichier de verrou %1 ne peut pas être écrit (%2)</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>disk full or not writable</source>
        <translation>disque plein ou non inscriptible</translation>
    </message>
    <message>
        <source>the server&apos;s lock cannot be taken: %1</source>
        <translation>le verrou du serveur ne peut pas être pris : %1</translation>
    </message>
    <message>
        <source>the server&apos;s lock was lost: %1</source>
        <translation>le verrou du serveur a été perdu : %1</translation>
    </message>
</context>
<context>
    <name>Terminal</name>
    <message>
        <source>Repeat the password: </source>
        <translation>Répétez le mot de passe : </translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Les mots de passe ne correspondent pas.</translation>
    </message>
</context>
<context>
    <name>WardInterfaces</name>
    <message>
        <source>ADT on %1</source>
        <translation>ADT sur %1</translation>
    </message>
    <message>
        <source>results to %1</source>
        <translation>résultats vers %1</translation>
    </message>
    <message>
        <source>alarms to %1</source>
        <translation>alarmes vers %1</translation>
    </message>
</context>
<context>
    <name>WardOverview</name>
    <message>
        <source>reading the ward overview</source>
        <translation>la lecture de la vue d&apos;ensemble du service</translation>
    </message>
</context>
<context>
    <name>WardService</name>
    <message>
        <source>waiting to become the ward&apos;s active server</source>
        <translation>en attente de devenir le serveur actif du service</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>active: ingesting and analysing the ward</source>
        <translation>actif : reçoit et analyse le service</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>%1 already holds a PulseDesk workstation.</source>
        <translation>%1 contient déjà un poste de travail PulseDesk.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created.</source>
        <translation>Impossible de créer le dossier de données %1.</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>Le nom d&apos;utilisateur ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>There is no PulseDesk workstation in %1 yet.</source>
        <translation>Il n&apos;y a pas encore de poste de travail PulseDesk dans %1.</translation>
    </message>
    <message>
        <source>Not permitted: log in first.</source>
        <translation>Non autorisé : connectez-vous d&apos;abord.</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n seconds.</source>
        <translation>
            <numerusform>Réessayez dans %n seconde.</numerusform>
            <numerusform>Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot record failed login attempts (%1), so logins are refused until they can be recorded. Free disk space in %2, or ask IT.</source>
        <translation>Impossible d&apos;enregistrer les tentatives de connexion échouées (%1) : les connexions sont donc refusées jusqu&apos;à ce qu&apos;elles puissent être enregistrées. Libérez de l&apos;espace disque dans %2, ou contactez le service informatique.</translation>
    </message>
    <message>
        <source>The user name or password is wrong. %1</source>
        <translation>Le nom d&apos;utilisateur ou le mot de passe est incorrect. %1</translation>
    </message>
    <message>
        <source>Too many failed attempts for %1. %2</source>
        <translation>Trop de tentatives échouées pour %1. %2</translation>
    </message>
    <message>
        <source>counting %1</source>
        <translation>le comptage %1</translation>
    </message>
    <message>
        <source>the schema version</source>
        <translation>de la version du schéma</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>du personnel</translation>
    </message>
    <message>
        <source>patients</source>
        <translation>des patients</translation>
    </message>
    <message>
        <source>devices</source>
        <translation>des appareils</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>des échantillons</translation>
    </message>
    <message>
        <source>results</source>
        <translation>des résultats</translation>
    </message>
    <message>
        <source>open alarms</source>
        <translation>des alarmes en cours</translation>
    </message>
    <message>
        <source>quarantined messages</source>
        <translation>des messages en quarantaine</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n minutes.</source>
        <translation>
            <numerusform>Réessayez dans %n minute.</numerusform>
            <numerusform>Réessayez dans %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The ward server is already open.</source>
        <translation>Le serveur du service est déjà ouvert.</translation>
    </message>
    <message>
        <source>The database %1 already holds tables that are not PulseDesk&apos;s; server init needs an empty database. Nothing was changed.</source>
        <translation>La base de données %1 contient déjà des tables qui n&apos;appartiennent pas à PulseDesk ; server init nécessite une base de données vide. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The database %1 already holds a PulseDesk ward; log in with --server and --user. Nothing was changed.</source>
        <translation>La base de données %1 contient déjà un service PulseDesk ; connectez-vous avec --server et --user. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The database %1 holds no PulseDesk ward that %2 may open; IT creates the ward with pulsedesk-cli --server CONNINFO server init.</source>
        <translation>La base de données %1 ne contient aucun service PulseDesk que %2 puisse ouvrir ; l&apos;informatique crée le service avec pulsedesk-cli --server CONNINFO server init.</translation>
    </message>
    <message>
        <source>The server login %1 is not an active member of staff of this ward.</source>
        <translation>Le compte serveur %1 n&apos;est pas un membre actif du personnel de ce service.</translation>
    </message>
    <message>
        <source>checking the service login</source>
        <translation>en vérifiant la connexion du service</translation>
    </message>
    <message>
        <source>The server login %1 is not the ward&apos;s service role: pulsedesk-server logs in as %2 or a member of it.</source>
        <translation>La connexion au serveur %1 n&apos;est pas le rôle de service du service : pulsedesk-server se connecte en tant que %2 ou membre de celui-ci.</translation>
    </message>
    <message>
        <source>The database %1 holds no PulseDesk ward to upgrade; server init creates one. Nothing was changed.</source>
        <translation>La base de données %1 ne contient aucun service PulseDesk à mettre à jour ; server init en crée un. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The ward server&apos;s schema is version %1, newer than this PulseDesk&apos;s %2: upgrade with the newer PulseDesk. Nothing was changed.</source>
        <translation>Le schéma du serveur du service est en version %1, plus récente que la version %2 de ce PulseDesk : faites la mise à jour avec le PulseDesk plus récent. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The ward server&apos;s schema is version %1 and this PulseDesk needs version %2; the server and the workstations must be updated together (IT runs pulsedesk-cli --server CONNINFO server upgrade).</source>
        <translation>Le schéma du serveur du service est en version %1 et ce PulseDesk nécessite la version %2 ; le serveur et les postes de travail doivent être mis à jour ensemble (l&apos;informatique exécute pulsedesk-cli --server CONNINFO server upgrade).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>PulseDesk clinician workstation</source>
        <translation>PulseDesk – poste de travail clinique</translation>
    </message>
    <message>
        <source>Data folder (default: %1).</source>
        <translation>Dossier de données (par défaut : %1).</translation>
    </message>
    <message>
        <source>Print when the first window is shown (benchmarks); &apos;bare&apos; shows an empty window.</source>
        <translation>Indiquer quand la première fenêtre s&apos;affiche (mesures de performance) ; &apos;bare&apos; affiche une fenêtre vide.</translation>
    </message>
    <message>
        <source>A ward on a PostgreSQL server (libpq connection string, PG* variables honoured); also PULSEDESK_SERVER.</source>
        <translation>Un service sur un serveur PostgreSQL (chaîne de connexion libpq, variables PG* respectées) ; aussi PULSEDESK_SERVER.</translation>
    </message>
    <message>
        <source>Give either --data or --server, not both.</source>
        <translation>Indiquez --data ou --server, pas les deux.</translation>
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
        <translation>Alarme de priorité %1 : %2</translation>
    </message>
    <message>
        <source>%1 priority alarm, bed %2: %3</source>
        <translation>Alarme de priorité %1, lit %2 : %3</translation>
    </message>
    <message>
        <source>PulseDesk alarm</source>
        <translation>Alarme PulseDesk</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::AlarmsScreen</name>
    <message>
        <source>Alarms</source>
        <translation>Alarmes</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>Lit</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation>Fréquence cardiaque</translation>
    </message>
    <message>
        <source>%1 bpm</source>
        <translation>%1 bpm</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation>terminée %1</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>acquittée</translation>
    </message>
    <message numerus="yes">
        <source>audio paused, %n s left</source>
        <translation>
            <numerusform>son suspendu, %n s restante</numerusform>
            <numerusform>son suspendu, %n s restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>sounding</source>
        <translation>sonne</translation>
    </message>
    <message>
        <source>sounding, condition ended</source>
        <translation>sonne, condition terminée</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Déclenchée</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>every doctor of the ward</source>
        <translation>tous les médecins du service</translation>
    </message>
    <message>
        <source>responsible doctors</source>
        <translation>médecins responsables</translation>
    </message>
    <message>
        <source>ward</source>
        <translation>service</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>Acquittée par</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>&amp;Acknowledge…</source>
        <translation>&amp;Acquitter…</translation>
    </message>
    <message>
        <source>&amp;Pause audio 2 min</source>
        <translation>&amp;Suspendre le son 2 min</translation>
    </message>
    <message>
        <source>Only alarms addressed to &amp;me</source>
        <translation>Seulement les alarmes qui &amp;me sont adressées</translation>
    </message>
    <message>
        <source>Show &amp;ended alarms</source>
        <translation>Afficher les alarmes &amp;terminées</translation>
    </message>
    <message numerus="yes">
        <source>%n open alarm(s).</source>
        <translation>
            <numerusform>%n alarme en cours.</numerusform>
            <numerusform>%n alarmes en cours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledge alarm: %1, bed %2</source>
        <translation>Acquitter l&apos;alarme : %1, lit %2</translation>
    </message>
    <message>
        <source>Comment (optional):</source>
        <translation>Commentaire (facultatif) :</translation>
    </message>
    <message>
        <source>&amp;Ward alarm history…</source>
        <translation>&amp;Historique des alarmes du service…</translation>
    </message>
    <message>
        <source>&amp;Hand-over…</source>
        <translation>&amp;Transmissions…</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::AuditScreen</name>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>&amp;Vérifier la chaîne</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message numerus="yes">
        <source>✔ The audit log is intact: %n entries verified.</source>
        <translation>
            <numerusform>✔ Le journal d&apos;audit est intact : %n entrée vérifiée.</numerusform>
            <numerusform>✔ Le journal d&apos;audit est intact : %n entrées vérifiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>✖ The audit log has been tampered with: %1 (first bad entry #%2).</source>
        <translation>✖ Le journal d&apos;audit a été falsifié : %1 (première entrée incorrecte #%2).</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::DeviceHealthScreen</name>
    <message>
        <source>(no manufacturer or model)</source>
        <translation>(sans fabricant ni modèle)</translation>
    </message>
    <message>
        <source>%1 devices: too few to judge (at least 3)</source>
        <translation>%1 appareils : trop peu pour évaluer (au moins 3)</translation>
    </message>
    <message>
        <source>%1 devices, %2 flagged</source>
        <translation>%1 appareils, signalés : %2</translation>
    </message>
    <message>
        <source>no device flagged</source>
        <translation>aucun appareil signalé</translation>
    </message>
    <message>
        <source>Readings of the last %1 h (%2 – %3): %4 devices in %5 fleets, %6 flagged.</source>
        <translation>Mesures des %1 dernières h (%2 – %3) : %4 appareils dans %5 parcs, signalés : %6.</translation>
    </message>
    <message>
        <source>Device health</source>
        <translation>État des appareils</translation>
    </message>
    <message>
        <source>Manufacturer and model</source>
        <translation>Fabricant et modèle</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>Parc</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>On a patient</source>
        <translation>Sur un patient</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>Défaut</translation>
    </message>
    <message>
        <source>Figures that flagged it</source>
        <translation>Valeurs ayant motivé le signalement</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Period judged, in hours</source>
        <translation>Période évaluée, en heures</translation>
    </message>
    <message>
        <source>Readings of the last:</source>
        <translation>Mesures des dernières :</translation>
    </message>
    <message>
        <source>&amp;Check devices</source>
        <translation>&amp;Vérifier les appareils</translation>
    </message>
    <message>
        <source>Flagged devices</source>
        <translation>Appareils signalés</translation>
    </message>
    <message>
        <source>Each device is compared with the other devices of its manufacturer and model (median and median absolute deviation, 3 scaled MADs): a constant offset, too little or too much variability, values stuck, frequent dropouts. A flagged device on a patient raises a low technical alarm.</source>
        <translation>Chaque appareil est comparé aux autres appareils de même fabricant et modèle (médiane et écart absolu médian, 3 MAD mis à l&apos;échelle) : décalage constant, variabilité trop faible ou trop élevée, valeurs figées, pertes fréquentes de mesures. Un appareil signalé porté par un patient déclenche une alarme technique basse.</translation>
    </message>
    <message>
        <source>Reading the devices&apos; readings...</source>
        <translation>Lecture des mesures des appareils...</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::DevicesScreen</name>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Worn by</source>
        <translation>Porté par</translation>
    </message>
    <message>
        <source>MRN %1, bed %2</source>
        <translation>N° dossier %1, lit %2</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>utilisé</translation>
    </message>
    <message>
        <source>free</source>
        <translation>libre</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>&amp;Register device…</source>
        <translation>&amp;Enregistrer un appareil…</translation>
    </message>
    <message>
        <source>&amp;Assign to patient…</source>
        <translation>&amp;Attribuer à un patient…</translation>
    </message>
    <message>
        <source>&amp;End assignment</source>
        <translation>&amp;Terminer l&apos;attribution</translation>
    </message>
    <message>
        <source>Register device</source>
        <translation>Enregistrer un appareil</translation>
    </message>
    <message>
        <source>Device identifier:</source>
        <translation>Identifiant de l&apos;appareil :</translation>
    </message>
    <message>
        <source>Manufacturer:</source>
        <translation>Fabricant :</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modèle :</translation>
    </message>
    <message>
        <source>Registered %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Bed %1 — %2 (MRN %3)</source>
        <translation>Lit %1 — %2 (N° dossier %3)</translation>
    </message>
    <message>
        <source>Assign %1</source>
        <translation>Attribuer %1</translation>
    </message>
    <message>
        <source>Patient:</source>
        <translation>Patient :</translation>
    </message>
    <message>
        <source>Worn since:</source>
        <translation>Porté depuis :</translation>
    </message>
    <message>
        <source>%1 is assigned to MRN %2.</source>
        <translation>%1 est attribué au patient de N° dossier %2.</translation>
    </message>
    <message>
        <source>%1 is free again.</source>
        <translation>%1 est de nouveau libre.</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::FormDialog</name>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
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
        <translation>Afficher la période de %1 jusqu&apos;à maintenant et suivre l&apos;heure actuelle</translation>
    </message>
    <message>
        <source>&amp;Custom range…</source>
        <translation>&amp;Période personnalisée…</translation>
    </message>
    <message>
        <source>Back to &amp;now</source>
        <translation>Retour au &amp;direct</translation>
    </message>
    <message>
        <source>Follow the clock again</source>
        <translation>Suivre à nouveau l&apos;heure actuelle</translation>
    </message>
    <message>
        <source>Drag or ←/→ to move, wheel or +/− to zoom</source>
        <translation>Faire glisser ou ←/→ pour déplacer, molette ou +/− pour zoomer</translation>
    </message>
    <message>
        <source>Heart rate (bpm)</source>
        <translation>Fréquence cardiaque (bpm)</translation>
    </message>
    <message>
        <source>Heart-rate chart</source>
        <translation>Graphique de fréquence cardiaque</translation>
    </message>
    <message>
        <source>No heart rate in this range.</source>
        <translation>Aucune fréquence cardiaque sur cette période.</translation>
    </message>
    <message>
        <source>Show a range</source>
        <translation>Afficher une période</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Du :</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Au :</translation>
    </message>
    <message>
        <source>The end must come after the start.</source>
        <translation>La fin doit être postérieure au début.</translation>
    </message>
    <message>
        <source>Show at most 31 days at once.</source>
        <translation>Affichez au maximum 31 jours à la fois.</translation>
    </message>
    <message>
        <source>%1 live · %2 imported · %3 high ■ medium ● low alarm · shaded: %4 (normal %5–%6 bpm, severe at or below %7 and from %8)</source>
        <translation>%1 en direct · %2 importé · alarme de priorité %3 haute ■ moyenne ● basse · zones ombrées : %4 (normale %5–%6 bpm, sévère à %7 ou moins et à partir de %8)</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2: %n heart-rate sample(s)</source>
        <translation>
            <numerusform>%1 – %2 : %n échantillon de fréquence cardiaque</numerusform>
            <numerusform>%1 – %2 : %n échantillons de fréquence cardiaque</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n imported</source>
        <translation>
            <numerusform>, %n importé</numerusform>
            <numerusform>, %n importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; silences over %n minute(s) are gaps.</source>
        <translation>
            <numerusform>; une absence de données de plus de %n minute est représentée comme une interruption.</numerusform>
            <numerusform>; une absence de données de plus de %n minutes est représentée comme une interruption.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; silences over %n second(s) are gaps.</source>
        <translation>
            <numerusform>; une absence de données de plus de %n seconde est représentée comme une interruption.</numerusform>
            <numerusform>; une absence de données de plus de %n secondes est représentée comme une interruption.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alarm(s) in this range.</source>
        <translation>
            <numerusform>%n alarme sur cette période.</numerusform>
            <numerusform>%n alarmes sur cette période.</numerusform>
        </translation>
    </message>
    <message>
        <source>still open</source>
        <translation>toujours en cours</translation>
    </message>
    <message>
        <source>%1 priority: %2, %3 – %4</source>
        <translation>Priorité %1 : %2, %3 – %4</translation>
    </message>
    <message>
        <source>Limits set by a doctor for this patient</source>
        <translation>Limites définies par un médecin pour ce patient</translation>
    </message>
    <message>
        <source>Reference band for the patient&apos;s age: %1</source>
        <translation>Plage de référence pour l&apos;âge du patient : %1</translation>
    </message>
    <message>
        <source>Adult band, because the birth date is unknown</source>
        <translation>Plage adulte, car la date de naissance est inconnue</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::ImportFileModel</name>
    <message>
        <source>Waiting for preview</source>
        <translation>En attente de l&apos;aperçu</translation>
    </message>
    <message>
        <source>Previewing…</source>
        <translation>Aperçu en cours…</translation>
    </message>
    <message>
        <source>Cannot be imported</source>
        <translation>Importation impossible</translation>
    </message>
    <message>
        <source>Ready to import</source>
        <translation>Prêt pour l&apos;importation</translation>
    </message>
    <message>
        <source>Nothing new</source>
        <translation>Rien de nouveau</translation>
    </message>
    <message>
        <source>Nothing usable</source>
        <translation>Rien d&apos;utilisable</translation>
    </message>
    <message>
        <source>Preview cancelled</source>
        <translation>Aperçu annulé</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <source>Importing… %1%</source>
        <translation>Importation… %1%</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Cancelled, nothing kept</source>
        <translation>Annulé, rien n&apos;a été conservé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>(none named)</source>
        <translation>(aucun indiqué)</translation>
    </message>
    <message>
        <source>%1: not registered</source>
        <translation>%1 : non enregistré</translation>
    </message>
    <message>
        <source>%1 → %2 (chosen)</source>
        <translation>%1 → %2 (choisi)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 · bed %2 · %3 (%4)</source>
        <translation>%1 · lit %2 · %3 (%4)</translation>
    </message>
    <message>
        <source>%1 samples of admitted patients</source>
        <translation>%1 échantillons de patients hospitalisés</translation>
    </message>
    <message>
        <source>no patient: %1 samples</source>
        <translation>aucun patient : %1 échantillons</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>this file was imported before: %1</source>
        <translation>ce fichier a déjà été importé : %1</translation>
    </message>
    <message>
        <source>not kept: %1 × %2</source>
        <translation>non conservé : %1 × %2</translation>
    </message>
    <message>
        <source>%1 (chosen)</source>
        <translation>%1 (choisi)</translation>
    </message>
    <message>
        <source>Who wore the device when the samples were taken (from the assignment history)</source>
        <translation>Patient qui portait l&apos;appareil au moment des mesures (d&apos;après l&apos;historique des attributions)</translation>
    </message>
    <message>
        <source>Samples already stored for the device at that time, or repeated in the file; skipped</source>
        <translation>Échantillons déjà enregistrés pour l&apos;appareil à cet instant, ou répétés dans le fichier ; ignorés</translation>
    </message>
    <message>
        <source>Records that cannot be used; they go to the quarantine with their reason</source>
        <translation>Enregistrements inutilisables ; ils sont placés en quarantaine avec leur motif</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Time range (%1)</source>
        <translation>Période (%1)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <source>Already stored</source>
        <translation>Déjà enregistrés</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetés</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Previewing… %1%</source>
        <translation>Aperçu en cours… %1%</translation>
    </message>
    <message>
        <source>Waiting for another import to end</source>
        <translation>En attente de la fin d&apos;une autre importation</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::ImportScreen</name>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Ajouter des &amp;fichiers…</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Ajouter des fichiers</translation>
    </message>
    <message>
        <source>&amp;Add folder…</source>
        <translation>Ajouter un &amp;dossier…</translation>
    </message>
    <message>
        <source>Add folder</source>
        <translation>Ajouter un dossier</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove the selected files from the list</source>
        <translation>Retirer les fichiers sélectionnés de la liste</translation>
    </message>
    <message>
        <source>Clear &amp;list</source>
        <translation>Vider la &amp;liste</translation>
    </message>
    <message>
        <source>Clear the list of files</source>
        <translation>Vider la liste des fichiers</translation>
    </message>
    <message>
        <source>How to read the files</source>
        <translation>Lecture des fichiers</translation>
    </message>
    <message>
        <source>Time zone for times without a zone</source>
        <translation>Fuseau horaire des heures sans fuseau</translation>
    </message>
    <message>
        <source>Type part of a name, such as Rome or New_York, to find a zone. The workstation&apos;s zone is %1.</source>
        <translation>Saisissez une partie d&apos;un nom, par exemple Rome ou New_York, pour trouver un fuseau horaire. Le fuseau horaire du poste de travail est %1.</translation>
    </message>
    <message>
        <source>Times without a &amp;zone are in:</source>
        <translation>Heures sans &amp;fuseau horaire exprimées en :</translation>
    </message>
    <message>
        <source>Device for files that name none</source>
        <translation>Appareil pour les fichiers sans appareil indiqué</translation>
    </message>
    <message>
        <source>Records whose file names no device, or a device that is not registered, are stored for this device.</source>
        <translation>Les enregistrements dont le fichier n&apos;indique aucun appareil, ou un appareil non enregistré, sont attribués à cet appareil.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>&amp;Device for files that name none:</source>
        <translation>&amp;Appareil pour les fichiers sans appareil indiqué :</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Format de fichier</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Détecter automatiquement</translation>
    </message>
    <message>
        <source>For&amp;mat:</source>
        <translation>For&amp;mat :</translation>
    </message>
    <message>
        <source>Drop files or folders here, or use Add files… or Add folder…; nothing is stored until you have checked the preview and chosen Import.</source>
        <translation>Déposez des fichiers ou des dossiers ici, ou utilisez « Ajouter des fichiers… » ou « Ajouter un dossier… » ; rien n&apos;est enregistré tant que vous n&apos;avez pas vérifié l&apos;aperçu et choisi « Importer ».</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Fichiers à importer</translation>
    </message>
    <message>
        <source>Details of the selected file</source>
        <translation>Détails du fichier sélectionné</translation>
    </message>
    <message>
        <source>Select a file to see its devices, patients and the reasons for rejected records.</source>
        <translation>Sélectionnez un fichier pour afficher ses appareils, ses patients et les motifs des enregistrements rejetés.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l&apos;importation</translation>
    </message>
    <message>
        <source>&amp;Preview again</source>
        <translation>Refaire l&apos;a&amp;perçu</translation>
    </message>
    <message>
        <source>Preview the files again</source>
        <translation>Refaire l&apos;aperçu des fichiers</translation>
    </message>
    <message>
        <source>Reads the files again, for example after registering or assigning a device.</source>
        <translation>Relit les fichiers, par exemple après l&apos;enregistrement ou l&apos;attribution d&apos;un appareil.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import the previewed files</source>
        <translation>Importer les fichiers de l&apos;aperçu</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Cancel the preview or the import</source>
        <translation>Annuler l&apos;aperçu ou l&apos;importation</translation>
    </message>
    <message>
        <source>A cancelled file is not kept at all; it can be imported again.</source>
        <translation>Rien n&apos;est conservé d&apos;un fichier annulé ; il peut être importé à nouveau.</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>Retirer de la liste</translation>
    </message>
    <message>
        <source>%1 (bed %2)</source>
        <translation>%1 (lit %2)</translation>
    </message>
    <message>
        <source>An import started earlier is still running.</source>
        <translation>Une importation lancée précédemment est toujours en cours.</translation>
    </message>
    <message>
        <source>Add a folder of files to import</source>
        <translation>Ajouter un dossier de fichiers à importer</translation>
    </message>
    <message>
        <source>Add files to import</source>
        <translation>Ajouter des fichiers à importer</translation>
    </message>
    <message>
        <source>Data files (*.json *.ndjson *.xml *.csv);;All files (*)</source>
        <translation>Fichiers de données (*.json *.ndjson *.xml *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) added.</source>
        <translation>
            <numerusform>%n fichier ajouté.</numerusform>
            <numerusform>%n fichiers ajoutés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already in the list.</source>
        <translation>
            <numerusform>%n fichier déjà dans la liste.</numerusform>
            <numerusform>%n fichiers déjà dans la liste.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) left out that PulseDesk does not read: %1</source>
        <translation>
            <numerusform>%n fichier non lisible par PulseDesk ignoré : %1</numerusform>
            <numerusform>%n fichiers non lisibles par PulseDesk ignorés : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Previewing %n file(s)…</source>
        <translation>
            <numerusform>Aperçu de %n fichier en cours…</numerusform>
            <numerusform>Aperçu de %n fichiers en cours…</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting the import…</source>
        <translation>Démarrage de l&apos;importation…</translation>
    </message>
    <message>
        <source>cancelled before it started; nothing of this file was kept</source>
        <translation>annulée avant son démarrage ; rien de ce fichier n&apos;a été conservé</translation>
    </message>
    <message>
        <source>File %1 of %2 · %3 records/s</source>
        <translation>Fichier %1 sur %2 · %3 enregistrements/s</translation>
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
        <translation> · environ %1 restantes</translation>
    </message>
    <message>
        <source>Cancelling; what this file stored so far is being removed…</source>
        <translation>Annulation ; les données de ce fichier déjà enregistrées sont en cours de suppression…</translation>
    </message>
    <message>
        <source>Cancelling the preview…</source>
        <translation>Annulation de l&apos;aperçu…</translation>
    </message>
    <message>
        <source>Finished in %1 s.</source>
        <translation>Terminé en %1 s.</translation>
    </message>
    <message numerus="yes">
        <source>Import finished: %n file(s) complete</source>
        <translation>
            <numerusform>Importation terminée : %n fichier importé intégralement</numerusform>
            <numerusform>Importation terminée : %n fichiers importés intégralement</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 new samples stored)</source>
        <translation> (%1 nouveaux échantillons enregistrés)</translation>
    </message>
    <message numerus="yes">
        <source>; %n file(s) cancelled, nothing of them kept; they can be imported again</source>
        <translation>
            <numerusform>; %n fichier annulé, rien n&apos;en a été conservé ; il peut être importé à nouveau</numerusform>
            <numerusform>; %n fichiers annulés, rien n&apos;en a été conservé ; ils peuvent être importés à nouveau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n file(s) failed (see Notes)</source>
        <translation>
            <numerusform>; échec pour %n fichier (voir Remarques)</numerusform>
            <numerusform>; échec pour %n fichiers (voir Remarques)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import %1 new samples</source>
        <translation>&amp;Importer %1 nouveaux échantillons</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importation de %n fichier en cours…</numerusform>
            <numerusform>Importation de %n fichiers en cours…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation>Rien à importer.</translation>
    </message>
    <message numerus="yes">
        <source>To import: %n file(s) with %1 new samples; %2 already stored (skipped); %3 rejected (to the quarantine).</source>
        <translation>
            <numerusform>À importer : %n fichier avec %1 nouveaux échantillons ; %2 déjà enregistrés (ignorés) ; %3 rejetés (mis en quarantaine).</numerusform>
            <numerusform>À importer : %n fichiers avec %1 nouveaux échantillons ; %2 déjà enregistrés (ignorés) ; %3 rejetés (mis en quarantaine).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) with nothing new or usable.</source>
        <translation>
            <numerusform>%n fichier sans données nouvelles ou utilisables.</numerusform>
            <numerusform>%n fichiers sans données nouvelles ou utilisables.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be imported.</source>
        <translation>
            <numerusform>%n fichier ne peut pas être importé.</numerusform>
            <numerusform>%n fichiers ne peuvent pas être importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation en cours…</translation>
    </message>
    <message>
        <source>Format: %1 (%2) · %3 · SHA-256 %4</source>
        <translation>Format : %1 (%2) · %3 · SHA-256 %4</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>détecté</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>choisi</translation>
    </message>
    <message>
        <source>Cannot be imported: %1</source>
        <translation>Importation impossible : %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <source>This file was imported before: %1</source>
        <translation>Ce fichier a déjà été importé : %1</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>(the file names no device)</source>
        <translation>(le fichier n&apos;indique aucun appareil)</translation>
    </message>
    <message>
        <source>  %1: not a registered device</source>
        <translation>  %1 : appareil non enregistré</translation>
    </message>
    <message>
        <source>  %1 → %2%3: %4 samples, %5</source>
        <translation>  %1 → %2%3 : %4 échantillons, %5</translation>
    </message>
    <message>
        <source> (chosen)</source>
        <translation> (choisi)</translation>
    </message>
    <message>
        <source>      MRN %1, bed %2, %3: %4 samples</source>
        <translation>      N° dossier %1, lit %2, %3 : %4 échantillons</translation>
    </message>
    <message>
        <source>      an admitted patient: %1 samples</source>
        <translation>      un patient hospitalisé : %1 échantillons</translation>
    </message>
    <message>
        <source>      assigned to no patient at the time: %1 samples (stored, not analysed)</source>
        <translation>      aucun patient attribué à ce moment-là : %1 échantillons (enregistrés, non analysés)</translation>
    </message>
    <message>
        <source>New: %1 · already stored: %2 · rejected: %3</source>
        <translation>Nouveaux : %1 · déjà enregistrés : %2 · rejetés : %3</translation>
    </message>
    <message>
        <source>Reasons for rejected records</source>
        <translation>Motifs des enregistrements rejetés</translation>
    </message>
    <message>
        <source>  %1 × %2</source>
        <translation>  %1 × %2</translation>
    </message>
    <message>
        <source>First rejected records</source>
        <translation>Premiers enregistrements rejetés</translation>
    </message>
    <message>
        <source>  line %1, column %2: %3</source>
        <translation>  ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>  … and %1 more</source>
        <translation>  … et %1 de plus</translation>
    </message>
    <message>
        <source>Not kept (PulseDesk does not store it): %1 × %2</source>
        <translation>Non conservé (PulseDesk ne stocke pas ces données) : %1 × %2</translation>
    </message>
    <message>
        <source>Imported: %1 new samples (%2 vitals added to them), %3 already stored, %4 rejected, in %5 s.</source>
        <translation>Importé : %1 nouveaux échantillons (%2 signes vitaux ajoutés), %3 déjà enregistrés, %4 rejetés, en %5 s.</translation>
    </message>
    <message>
        <source>Analysed: %1 windows, %2 findings for review.</source>
        <translation>Analysé : %1 fenêtres, %2 constatations à examiner.</translation>
    </message>
    <message>
        <source>%1 samples handed to the live analysis.</source>
        <translation>%1 échantillons transmis à l&apos;analyse en temps réel.</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Annulé : %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>Choose the registered device for each device the selected file names</source>
        <translation>Choisir l&apos;appareil enregistré pour chaque appareil nommé dans le fichier sélectionné</translation>
    </message>
    <message>
        <source>(as the file names it)</source>
        <translation>(tel que nommé dans le fichier)</translation>
    </message>
    <message>
        <source>Map devices</source>
        <translation>Associer les appareils</translation>
    </message>
    <message>
        <source>Choose the registered device whose patient the samples belong to, for each device the file names. The choice holds for every file in the list until you change it.</source>
        <translation>Pour chaque appareil nommé dans le fichier, choisissez l&apos;appareil enregistré dont le patient est concerné par les mesures. Ce choix vaut pour tous les fichiers de la liste jusqu&apos;à ce que vous le modifiiez.</translation>
    </message>
    <message>
        <source>Map de&amp;vices…</source>
        <translation>A&amp;ssocier les appareils…</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::InterfaceErrorsScreen</name>
    <message>
        <source>Interface errors</source>
        <translation>Erreurs d&apos;interface</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>alarm manager</source>
        <translation>gestionnaire d&apos;alarmes</translation>
    </message>
    <message>
        <source>EHR</source>
        <translation>DPI</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>alarm event</source>
        <translation>événement d&apos;alarme</translation>
    </message>
    <message>
        <source>corrected result</source>
        <translation>résultat corrigé</translation>
    </message>
    <message>
        <source>result</source>
        <translation>résultat</translation>
    </message>
    <message>
        <source>Control id</source>
        <translation>ID de contrôle</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>Dernier envoi</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Se&amp;nd selected again</source>
        <translation>&amp;Renvoyer la sélection</translation>
    </message>
    <message>
        <source>Send &amp;all again</source>
        <translation>Renvoyer &amp;tout</translation>
    </message>
    <message>
        <source>Messages refused by the hospital</source>
        <translation>Messages refusés par l&apos;hôpital</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) refused by the hospital.</source>
        <translation>
            <numerusform>%n message refusé par l&apos;hôpital.</numerusform>
            <numerusform>%n messages refusés par l&apos;hôpital.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the messages to send again.</source>
        <translation>Sélectionnez les messages à renvoyer.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) queued to be sent again.</source>
        <translation>
            <numerusform>%n message en file d&apos;attente pour être renvoyé.</numerusform>
            <numerusform>%n messages en file d&apos;attente pour être renvoyés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::InterfacesScreen</name>
    <message>
        <source>Hospital interfaces</source>
        <translation>Interfaces avec l&apos;hôpital</translation>
    </message>
    <message>
        <source>Patients from the hospital (ADT in, HL7 v2 over MLLP)</source>
        <translation>Patients venant de l&apos;hôpital (ADT en entrée, HL7 v2 sur MLLP)</translation>
    </message>
    <message>
        <source>Listen on address:</source>
        <translation>Écouter sur l&apos;adresse :</translation>
    </message>
    <message>
        <source>0.0.0.0 (every address of this computer)</source>
        <translation>0.0.0.0 (toutes les adresses de cet ordinateur)</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Listen on port</source>
        <translation>Écouter sur le port</translation>
    </message>
    <message>
        <source>Port (off: no ADT listener):</source>
        <translation>Port (désactivé : pas d&apos;écoute ADT) :</translation>
    </message>
    <message>
        <source>TLS certificate file (PEM):</source>
        <translation>Fichier du certificat TLS (PEM) :</translation>
    </message>
    <message>
        <source>empty: no TLS</source>
        <translation>vide : pas de TLS</translation>
    </message>
    <message>
        <source>TLS key file (PEM):</source>
        <translation>Fichier de la clé TLS (PEM) :</translation>
    </message>
    <message>
        <source>Allowed senders:</source>
        <translation>Expéditeurs autorisés :</translation>
    </message>
    <message>
        <source>addresses and subnets, such as 10.1.0.0/16; empty: any</source>
        <translation>adresses et sous-réseaux, par exemple 10.1.0.0/16 ; vide : tous</translation>
    </message>
    <message>
        <source>Results and alarms to the hospital (HL7 v2, IHE PCD)</source>
        <translation>Résultats et alarmes vers l&apos;hôpital (HL7 v2, IHE PCD)</translation>
    </message>
    <message>
        <source>Results to the EHR (HOST:PORT):</source>
        <translation>Résultats vers le DPI (HOST:PORT) :</translation>
    </message>
    <message>
        <source>empty: not sent</source>
        <translation>vide : non envoyés</translation>
    </message>
    <message>
        <source>Alarms to the alarm manager (HOST:PORT):</source>
        <translation>Alarmes vers le gestionnaire d&apos;alarmes (HOST:PORT) :</translation>
    </message>
    <message>
        <source>Save &amp;interface settings</source>
        <translation>&amp;Enregistrer les paramètres des interfaces</translation>
    </message>
    <message>
        <source>On this ward the ward server (pulsedesk-server) runs the interfaces; it takes changed settings over when it next becomes the active server. This workstation keeps their settings and shows their errors.</source>
        <translation>Dans ce service, le serveur du service (pulsedesk-server) exécute les interfaces ; il applique les paramètres modifiés la prochaine fois qu&apos;il devient le serveur actif. Ce poste conserve leurs paramètres et affiche leurs erreurs.</translation>
    </message>
    <message>
        <source>This workstation runs the interfaces in the background while it is open, whoever is logged in; results and alarm events wait in the store while it is closed.</source>
        <translation>Ce poste exécute les interfaces en arrière-plan tant qu&apos;il est ouvert, quel que soit l&apos;utilisateur connecté ; les résultats et les événements d&apos;alarme attendent dans la base de données tant qu&apos;il est fermé.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>Interface settings saved.</source>
        <translation>Paramètres des interfaces enregistrés.</translation>
    </message>
    <message>
        <source>Each analysis window</source>
        <translation>Chaque fenêtre d&apos;analyse</translation>
    </message>
    <message>
        <source>The median of each minute (as GE trends)</source>
        <translation>La médiane de chaque minute (comme les tendances GE)</translation>
    </message>
    <message>
        <source>Results sent</source>
        <translation>Résultats envoyés</translation>
    </message>
    <message>
        <source>Results sent:</source>
        <translation>Résultats envoyés :</translation>
    </message>
    <message>
        <source>Alarms on an MQTT topic (bed and priority only)</source>
        <translation>Alarmes sur un sujet MQTT (lit et priorité seulement)</translation>
    </message>
    <message>
        <source>Alarm topic on the broker:</source>
        <translation>Sujet des alarmes sur le broker :</translation>
    </message>
    <message>
        <source>such as ward4/alarms; empty: off</source>
        <translation>par exemple ward4/alarms ; vide : désactivé</translation>
    </message>
    <message>
        <source>Each alarm event is published on live ingest&apos;s broker with the bed, priority, condition, event and time only: never a name, MRN, birth date, device or comment. Best effort: events are dropped while the broker cannot be reached; the alarm manager and the screens remain the alarms&apos; reliable path. A change takes effect within a second.</source>
        <translation>Chaque événement d’alarme est publié sur le broker de la réception en direct avec le lit, la priorité, la condition, l’événement et l’heure seulement : jamais un nom, un numéro de dossier, une date de naissance, un appareil ou un commentaire. Au mieux : les événements sont abandonnés tant que le broker est injoignable ; le gestionnaire d’alarmes et les écrans restent la voie fiable des alarmes. Un changement prend effet en une seconde.</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::LoginPage</name>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d&apos;utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Log in as someone &amp;else</source>
        <translation>Se connecter sous un &amp;autre nom</translation>
    </message>
    <message>
        <source>PulseDesk is locked</source>
        <translation>PulseDesk est verrouillé</translation>
    </message>
    <message>
        <source>PulseDesk</source>
        <translation>PulseDesk</translation>
    </message>
    <message>
        <source>Locked by %1. Monitoring and alarms continue. Enter the password to unlock.</source>
        <translation>Verrouillé par %1. La surveillance et les alarmes continuent. Saisissez le mot de passe pour déverrouiller.</translation>
    </message>
    <message>
        <source>Log in with your staff account.</source>
        <translation>Connectez-vous avec votre compte du personnel.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Saisissez votre nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>C&amp;hange where the ward is stored…</source>
        <translation>C&amp;hanger l&apos;emplacement du service…</translation>
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
        <translation>Sessi&amp;on</translation>
    </message>
    <message>
        <source>&amp;Lock screen</source>
        <translation>&amp;Verrouiller l&apos;écran</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>&amp;Modifier le mot de passe…</translation>
    </message>
    <message>
        <source>Log &amp;out / switch user</source>
        <translation>&amp;Déconnexion / changer d&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Modifier le mot de passe</translation>
    </message>
    <message>
        <source>You logged in with a one-time password. Choose your own password to continue.</source>
        <translation>Vous vous êtes connecté avec un mot de passe à usage unique. Choisissez votre propre mot de passe pour continuer.</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Mot de passe actuel :</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Nouveau mot de passe :</translation>
    </message>
    <message>
        <source>Repeat new password:</source>
        <translation>Répétez le nouveau mot de passe :</translation>
    </message>
    <message>
        <source>The new passwords do not match.</source>
        <translation>Les nouveaux mots de passe ne correspondent pas.</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>Mot de passe modifié.</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
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
        <translation>Quarantaine</translation>
    </message>
    <message>
        <source>Devices: not connected</source>
        <translation>Appareils : non connectés</translation>
    </message>
    <message>
        <source>Devices: connecting…</source>
        <translation>Appareils : connexion en cours…</translation>
    </message>
    <message>
        <source>Devices: connected · last message %1 · %2/s</source>
        <translation>Appareils : connectés · dernier message %1 · %2/s</translation>
    </message>
    <message>
        <source>Devices: connected since %1 · no message yet</source>
        <translation>Appareils : connectés depuis %1 · aucun message reçu</translation>
    </message>
    <message>
        <source>⚠ Devices: reconnecting since %1 (%2)</source>
        <translation>⚠ Appareils : reconnexion en cours depuis %1 (%2)</translation>
    </message>
    <message>
        <source>✖ Devices: not receiving (%1)</source>
        <translation>✖ Appareils : aucune réception (%1)</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Alarmes</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Import running</source>
        <translation>Importation en cours</translation>
    </message>
    <message>
        <source>An import is running. If you quit now it is cancelled, and nothing of the file being imported is kept. Quit anyway?</source>
        <translation>Une importation est en cours. Si vous quittez maintenant, elle sera annulée et rien ne sera conservé du fichier en cours d&apos;importation. Quitter quand même ?</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Navi&amp;guer</translation>
    </message>
    <message>
        <source>PulseDesk found that history is missing from this workstation&apos;s store. Tell an administrator.</source>
        <translation>PulseDesk a constaté qu&apos;une partie de l&apos;historique manque dans la base de données de ce poste de travail. Prévenez un administrateur.</translation>
    </message>
    <message>
        <source>Store integrity warning</source>
        <translation>Avertissement d&apos;intégrité de la base de données</translation>
    </message>
    <message>
        <source>Store integrity</source>
        <translation>Intégrité de la base de données</translation>
    </message>
    <message>
        <source>The ward server answers again.</source>
        <translation>Le serveur du service répond à nouveau.</translation>
    </message>
    <message>
        <source>⚠ The ward server cannot be reached: %1
Retrying…; what you see may be out of date, and nothing can be changed until it answers again.</source>
        <translation>⚠ Le serveur du service est injoignable : %1
Nouvelle tentative…; ce que vous voyez peut ne pas être à jour, et rien ne peut être modifié avant qu&apos;il réponde à nouveau.</translation>
    </message>
    <message>
        <source>Ward server unreachable</source>
        <translation>Serveur du service injoignable</translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation>Interfaces</translation>
    </message>
    <message>
        <source>Device health</source>
        <translation>État des appareils</translation>
    </message>
    <message>
        <source>Interface errors</source>
        <translation>Erreurs d&apos;interface</translation>
    </message>
    <message>
        <source>No interface is set up.</source>
        <translation>Aucune interface n&apos;est configurée.</translation>
    </message>
    <message>
        <source>The interfaces could not start: %1</source>
        <translation>Les interfaces n&apos;ont pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>ADT listening on %1</source>
        <translation>ADT en écoute sur %1</translation>
    </message>
    <message>
        <source>results to %1</source>
        <translation>résultats vers %1</translation>
    </message>
    <message>
        <source>alarms to %1</source>
        <translation>alarmes vers %1</translation>
    </message>
    <message>
        <source>Running on this workstation: %1.</source>
        <translation>En cours sur ce poste : %1.</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::News2Trend</name>
    <message>
        <source>NEWS2 trend</source>
        <translation>Tendance NEWS2</translation>
    </message>
    <message>
        <source>no NEWS2 scores</source>
        <translation>aucun score NEWS2</translation>
    </message>
    <message>
        <source>NEWS2 totals: %1</source>
        <translation>Totaux NEWS2 : %1</translation>
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
        <translation>Pas de NEWS2 : il est destiné aux patients de 16 ans et plus.</translation>
    </message>
    <message>
        <source>No observations recorded.</source>
        <translation>Aucune observation enregistrée.</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::ObservationDialog</name>
    <message>
        <source>Amend observations #%1</source>
        <translation>Corriger les observations #%1</translation>
    </message>
    <message>
        <source>Record observations</source>
        <translation>Enregistrer des observations</translation>
    </message>
    <message>
        <source>%1. Observations are never changed: the correction is saved as new observations that point at #%2, taken at the same time; both stay visible.</source>
        <translation>%1. Les observations ne sont jamais modifiées : la correction est enregistrée comme de nouvelles observations qui renvoient à #%2, prises à la même heure ; les deux restent visibles.</translation>
    </message>
    <message>
        <source>&amp;Respiration rate:</source>
        <translation>Fréquence &amp;respiratoire :</translation>
    </message>
    <message>
        <source>/min</source>
        <translation>/min</translation>
    </message>
    <message>
        <source>&amp;SpO2 (scale 2):</source>
        <translation>&amp;SpO2 (échelle 2) :</translation>
    </message>
    <message>
        <source>&amp;SpO2:</source>
        <translation>&amp;SpO2 :</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Air</source>
        <translation>Air ambiant</translation>
    </message>
    <message>
        <source>Oxygen</source>
        <translation>Oxygène</translation>
    </message>
    <message>
        <source>&amp;Air or oxygen:</source>
        <translation>&amp;Air ou oxygène :</translation>
    </message>
    <message>
        <source>S&amp;ystolic pressure:</source>
        <translation>Pression s&amp;ystolique :</translation>
    </message>
    <message>
        <source>mmHg</source>
        <translation>mmHg</translation>
    </message>
    <message>
        <source>&amp;Pulse:</source>
        <translation>&amp;Pouls :</translation>
    </message>
    <message>
        <source>A – alert</source>
        <translation>A – alerte</translation>
    </message>
    <message>
        <source>C – new confusion</source>
        <translation>C – confusion nouvelle</translation>
    </message>
    <message>
        <source>V – responds to voice</source>
        <translation>V – répond à la voix</translation>
    </message>
    <message>
        <source>P – responds to pain</source>
        <translation>P – répond à la douleur</translation>
    </message>
    <message>
        <source>U – unresponsive</source>
        <translation>U – aréactif</translation>
    </message>
    <message>
        <source>&amp;Consciousness (ACVPU):</source>
        <translation>&amp;Conscience (ACVPU) :</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>&amp;Température :</translation>
    </message>
    <message>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <source>device value, %1 %2 at %3</source>
        <translation>valeur de l&apos;appareil, %1 %2 à %3</translation>
    </message>
    <message>
        <source>%1 (device value):</source>
        <translation>%1 (valeur de l&apos;appareil) :</translation>
    </message>
    <message>
        <source>Enter a number for %1</source>
        <translation>Saisissez un nombre pour %1</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::PatientExportActions</name>
    <message>
        <source>Folder for the patient&apos;s copy</source>
        <translation>Dossier pour la copie du patient</translation>
    </message>
    <message>
        <source>Export as FHIR</source>
        <translation>Exporter en FHIR</translation>
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation>FHIR JSON (*.json)</translation>
    </message>
    <message>
        <source>Export as &amp;FHIR…</source>
        <translation>Exporter en &amp;FHIR…</translation>
    </message>
    <message>
        <source>The patient&apos;s record as a FHIR R4 Bundle</source>
        <translation>Le dossier du patient sous forme de Bundle FHIR R4</translation>
    </message>
    <message>
        <source>Patient&apos;s cop&amp;y…</source>
        <translation>Cop&amp;ie pour le patient…</translation>
    </message>
    <message>
        <source>The record for the patient: a FHIR Bundle and a PDF (recorded as a disclosure)</source>
        <translation>Le dossier pour le patient : un Bundle FHIR et un PDF (enregistré comme divulgation)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Exported to %1: %2 observations, %3 results, %4 alarms, %5 notes.</source>
        <translation>Exporté vers %1 : %2 observations, %3 résultats, %4 alarmes, %5 notes.</translation>
    </message>
    <message>
        <source>Writing the patient&apos;s copy…</source>
        <translation>Écriture de la copie du patient…</translation>
    </message>
    <message>
        <source>The patient&apos;s copy is in %1 and %2.</source>
        <translation>La copie du patient se trouve dans %1 et %2.</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::PatientLimitsTab</name>
    <message>
        <source>&amp;Set limits for this patient…</source>
        <translation>Définir des limites &amp;individuelles…</translation>
    </message>
    <message>
        <source>&amp;Use the reference band again…</source>
        <translation>Re&amp;venir à la plage de référence…</translation>
    </message>
    <message>
        <source>No doctor has set limits for this patient: the reference band for the age applies.</source>
        <translation>Aucun médecin n&apos;a défini de limites pour ce patient : la plage de référence correspondant à son âge s&apos;applique.</translation>
    </message>
    <message>
        <source>Set on %1. Reason: %2</source>
        <translation>Définies le %1. Motif : %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Severe bradycardia at or below %2 bpm · bradycardia below %3 bpm · tachycardia above %4 bpm · severe tachycardia from %5 bpm</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Bradycardie sévère à %2 bpm ou moins · bradycardie en dessous de %3 bpm · tachycardie au-dessus de %4 bpm · tachycardie sévère à partir de %5 bpm</translation>
    </message>
    <message>
        <source>Heart-rate limits for %1</source>
        <translation>Limites de fréquence cardiaque pour %1</translation>
    </message>
    <message>
        <source>These limits replace the reference band for this patient until you clear them or the patient is discharged. Every change is audited with its reason.</source>
        <translation>Ces limites remplacent la plage de référence pour ce patient jusqu&apos;à ce que vous les supprimiez ou que le patient sorte. Chaque modification est tracée dans le journal d&apos;audit avec son motif.</translation>
    </message>
    <message>
        <source>Severe bradycardia at or below (bpm):</source>
        <translation>Bradycardie sévère à ou en dessous de (bpm) :</translation>
    </message>
    <message>
        <source>Bradycardia below (bpm):</source>
        <translation>Bradycardie en dessous de (bpm) :</translation>
    </message>
    <message>
        <source>Tachycardia above (bpm):</source>
        <translation>Tachycardie au-dessus de (bpm) :</translation>
    </message>
    <message>
        <source>Severe tachycardia at or above (bpm):</source>
        <translation>Tachycardie sévère à ou au-dessus de (bpm) :</translation>
    </message>
    <message>
        <source>Clinical reason:</source>
        <translation>Motif clinique :</translation>
    </message>
    <message>
        <source>Enter every limit as a number of beats per minute.</source>
        <translation>Saisissez chaque limite sous forme de nombre de battements par minute.</translation>
    </message>
    <message>
        <source>The new limits apply from the next window.</source>
        <translation>Les nouvelles limites s&apos;appliquent à partir de la prochaine fenêtre d&apos;analyse.</translation>
    </message>
    <message>
        <source>Use the reference band again</source>
        <translation>Revenir à la plage de référence</translation>
    </message>
    <message>
        <source>The patient&apos;s own limits end now; the reference band for the age applies again.</source>
        <translation>Les limites individuelles du patient prennent fin maintenant ; la plage de référence correspondant à son âge s&apos;applique à nouveau.</translation>
    </message>
    <message>
        <source>The reference band applies again from the next window.</source>
        <translation>La plage de référence s&apos;applique à nouveau à partir de la prochaine fenêtre d&apos;analyse.</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::PatientNotesTab</name>
    <message>
        <source>Clinical notes</source>
        <translation>Notes cliniques</translation>
    </message>
    <message>
        <source>&amp;Write note…</source>
        <translation>Rédiger une &amp;note…</translation>
    </message>
    <message>
        <source>A&amp;mend selected note…</source>
        <translation>Re&amp;ctifier la note sélectionnée…</translation>
    </message>
    <message>
        <source>#%1 · %2 · %3</source>
        <translation>#%1 · %2 · %3</translation>
    </message>
    <message>
        <source> · amends #%1</source>
        <translation> · rectifie #%1</translation>
    </message>
    <message>
        <source> · amended by #%1</source>
        <translation> · rectifiée par #%1</translation>
    </message>
    <message>
        <source>Amend note #%1</source>
        <translation>Rectifier la note #%1</translation>
    </message>
    <message>
        <source>Write clinical note</source>
        <translation>Rédiger une note clinique</translation>
    </message>
    <message>
        <source>Notes are never changed. The amendment is saved as a new note that points at note #%1; both stay visible.</source>
        <translation>Les notes ne sont jamais modifiées. La rectification est enregistrée comme une nouvelle note qui renvoie à la note #%1 ; les deux restent visibles.</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <source>Saved note #%1.</source>
        <translation>Note #%1 enregistrée.</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::PatientObservationsTab</name>
    <message>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Prise</translation>
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
        <translation>Air/O2</translation>
    </message>
    <message>
        <source>Systolic</source>
        <translation>Systolique</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>Pouls</translation>
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
        <translation>Enregistré par</translation>
    </message>
    <message>
        <source>&amp;Record observations…</source>
        <translation>&amp;Enregistrer des observations…</translation>
    </message>
    <message>
        <source>A&amp;mend selected…</source>
        <translation>Corriger la &amp;sélection…</translation>
    </message>
    <message>
        <source>SpO2 &amp;scale…</source>
        <translation>Éc&amp;helle SpO2…</translation>
    </message>
    <message>
        <source> (device)</source>
        <translation> (appareil)</translation>
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
        <translation> · corrigée par #%1</translation>
    </message>
    <message>
        <source> (scale 2)</source>
        <translation> (échelle 2)</translation>
    </message>
    <message>
        <source>Oxygen</source>
        <translation>Oxygène</translation>
    </message>
    <message>
        <source>Air</source>
        <translation>Air ambiant</translation>
    </message>
    <message>
        <source>SpO2 scale 2 (set by a doctor). </source>
        <translation>Échelle SpO2 2 (définie par un médecin). </translation>
    </message>
    <message>
        <source>No observations recorded.</source>
        <translation>Aucune observation enregistrée.</translation>
    </message>
    <message>
        <source>&lt;b&gt;NEWS2 %1&lt;/b&gt;, %2. </source>
        <translation>&lt;b&gt;NEWS2 %1&lt;/b&gt;, %2. </translation>
    </message>
    <message>
        <source>Next observations due %1.</source>
        <translation>Prochaines observations prévues %1.</translation>
    </message>
    <message>
        <source>Continuous monitoring.</source>
        <translation>Surveillance continue.</translation>
    </message>
    <message>
        <source>Saved observations #%1: NEWS2 %2, %3.</source>
        <translation>Observations #%1 enregistrées : NEWS2 %2, %3.</translation>
    </message>
    <message>
        <source>Saved observations #%1 (%2).</source>
        <translation>Observations #%1 enregistrées (%2).</translation>
    </message>
    <message>
        <source>SpO2 scale</source>
        <translation>Échelle SpO2</translation>
    </message>
    <message>
        <source>Scale 2 is only for a patient with hypercapnic respiratory failure and a prescribed target saturation of 88-92 %. It replaces the SpO2 row of NEWS2; oxygen still scores.</source>
        <translation>L&apos;échelle 2 est réservée aux patients en insuffisance respiratoire hypercapnique avec une saturation cible prescrite de 88-92 %. Elle remplace la ligne SpO2 du NEWS2 ; l&apos;oxygène compte toujours.</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Échelle :</translation>
    </message>
    <message>
        <source>Scale 1</source>
        <translation>Échelle 1</translation>
    </message>
    <message>
        <source>Scale 2 (target 88-92 %)</source>
        <translation>Échelle 2 (cible 88-92 %)</translation>
    </message>
    <message>
        <source>SpO2 scale %1 set.</source>
        <translation>Échelle SpO2 %1 définie.</translation>
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
        <translation>&lt;b&gt;%1&lt;/b&gt;, calculé avec la grille pédiatrique %2 (tranche d&apos;âge %3).</translation>
    </message>
    <message>
        <source>Saved observations #%1: %2.</source>
        <translation>Observations #%1 enregistrées : %2.</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::PatientView</name>
    <message>
        <source>Select a patient.</source>
        <translation>Sélectionnez un patient.</translation>
    </message>
    <message>
        <source>&amp;Heart rate</source>
        <translation>&amp;Fréquence cardiaque</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
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
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <source>%1 % of samples</source>
        <translation>%1 % des échantillons</translation>
    </message>
    <message>
        <source>low (%1)</source>
        <translation>faible (%1)</translation>
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
        <translation>Limites appliquées</translation>
    </message>
    <message>
        <source>Window results</source>
        <translation>Résultats par fenêtre d&apos;analyse</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>Rés&amp;ultats</translation>
    </message>
    <message>
        <source>&amp;Limits</source>
        <translation>&amp;Limites</translation>
    </message>
    <message>
        <source>Device assignment history</source>
        <translation>Historique des attributions d&apos;appareils</translation>
    </message>
    <message>
        <source>De&amp;vices</source>
        <translation>Appar&amp;eils</translation>
    </message>
    <message>
        <source>Clinical &amp;notes</source>
        <translation>&amp;Notes cliniques</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — MRN %2&lt;br&gt;Born: %3 · Sex: %4&lt;br&gt;Ward %5, bed %6&lt;br&gt;Admitted %7%8</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — N° dossier %2&lt;br&gt;Naissance : %3 · Sexe : %4&lt;br&gt;Service %5, lit %6&lt;br&gt;Admission : %7%8</translation>
    </message>
    <message>
        <source>&lt;br&gt;Discharged %1</source>
        <translation>&lt;br&gt;Sortie : %1</translation>
    </message>
    <message>
        <source>%1: %2 – %3</source>
        <translation>%1 : %2 – %3</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>No device has been assigned.</source>
        <translation>Aucun appareil n&apos;a été attribué.</translation>
    </message>
    <message>
        <source>Heart rate &lt;b&gt;%1&lt;/b&gt; bpm</source>
        <translation>Fréquence cardiaque &lt;b&gt;%1&lt;/b&gt; bpm</translation>
    </message>
    <message>
        <source>SpO₂ &lt;b&gt;%1&lt;/b&gt; %</source>
        <translation>SpO₂ &lt;b&gt;%1&lt;/b&gt; %</translation>
    </message>
    <message>
        <source>Temperature &lt;b&gt;%1&lt;/b&gt; °C</source>
        <translation>Température &lt;b&gt;%1&lt;/b&gt; °C</translation>
    </message>
    <message>
        <source>Blood pressure &lt;b&gt;%1/%2&lt;/b&gt; mmHg</source>
        <translation>Pression artérielle &lt;b&gt;%1/%2&lt;/b&gt; mmHg</translation>
    </message>
    <message>
        <source>No vitals in the range shown.</source>
        <translation>Aucun signe vital sur la période affichée.</translation>
    </message>
    <message>
        <source>Newest in the range shown: %1</source>
        <translation>Valeurs les plus récentes de la période affichée : %1</translation>
    </message>
    <message>
        <source>%1, bed %2</source>
        <translation>%1, lit %2</translation>
    </message>
    <message>
        <source>O&amp;bservations</source>
        <translation>O&amp;bservations</translation>
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
        <translation>Patients</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>N° dossier</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>Lit</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>admitted</source>
        <translation>hospitalisé</translation>
    </message>
    <message>
        <source>discharged %1</source>
        <translation>sorti le %1</translation>
    </message>
    <message>
        <source>&amp;Admit patient…</source>
        <translation>&amp;Admettre un patient…</translation>
    </message>
    <message>
        <source>&amp;Discharge</source>
        <translation>Faire &amp;sortir</translation>
    </message>
    <message>
        <source>Add &amp;responsible doctor…</source>
        <translation>Ajouter un médecin &amp;responsable…</translation>
    </message>
    <message>
        <source>Show &amp;discharged</source>
        <translation>Afficher les patients sor&amp;tis</translation>
    </message>
    <message>
        <source>Only &amp;my patients</source>
        <translation>Seulement &amp;mes patients</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s).</source>
        <translation>
            <numerusform>%n patient.</numerusform>
            <numerusform>%n patients.</numerusform>
        </translation>
    </message>
    <message>
        <source>Admit patient</source>
        <translation>Admettre un patient</translation>
    </message>
    <message>
        <source>Medical record number:</source>
        <translation>Numéro de dossier médical :</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>Date de naissance :</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Sexe :</translation>
    </message>
    <message>
        <source>Ward:</source>
        <translation>Service :</translation>
    </message>
    <message>
        <source>Bed:</source>
        <translation>Lit :</translation>
    </message>
    <message>
        <source>Admitted %1 to bed %2.</source>
        <translation>%1 admis au lit %2.</translation>
    </message>
    <message>
        <source>Discharge patient</source>
        <translation>Sortie du patient</translation>
    </message>
    <message>
        <source>Discharge %1 (MRN %2)? Their devices are released; the record is kept.</source>
        <translation>Faire sortir %1 (N° dossier %2) ? Ses appareils sont libérés ; le dossier est conservé.</translation>
    </message>
    <message>
        <source>Discharged %1.</source>
        <translation>Sortie de %1 enregistrée.</translation>
    </message>
    <message>
        <source>Add responsible doctor</source>
        <translation>Ajouter un médecin responsable</translation>
    </message>
    <message>
        <source>Doctor:</source>
        <translation>Médecin :</translation>
    </message>
    <message>
        <source>%1 is now responsible too.</source>
        <translation>%1 est désormais également responsable.</translation>
    </message>
    <message>
        <source>Re&amp;port…</source>
        <translation>Ra&amp;pport…</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::QuarantineScreen</name>
    <message>
        <source>Quarantine</source>
        <translation>Quarantaine</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Topic or file</source>
        <translation>Topic ou fichier</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Filter by reason…</source>
        <translation>Filtrer par motif…</translation>
    </message>
    <message>
        <source>Filter by reason</source>
        <translation>Filtrer par motif</translation>
    </message>
    <message>
        <source>Replay &amp;selected</source>
        <translation>Retraiter la &amp;sélection</translation>
    </message>
    <message>
        <source>Replay &amp;all</source>
        <translation>&amp;Tout retraiter</translation>
    </message>
    <message>
        <source>Quarantined messages</source>
        <translation>Messages en quarantaine</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in quarantine.</source>
        <translation>
            <numerusform>%n message en quarantaine.</numerusform>
            <numerusform>%n messages en quarantaine.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replayed %1 message(s): %2 sample(s) stored.</source>
        <translation>Messages retraités : %1 ; échantillons enregistrés : %2.</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::ReportDialog</name>
    <message>
        <source>Patient:</source>
        <translation>Patient :</translation>
    </message>
    <message>
        <source>&amp;Ward:</source>
        <translation>&amp;Service :</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Chosen range</source>
        <translation>Période choisie</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Aperçu…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Enregi&amp;strer en PDF…</translation>
    </message>
    <message>
        <source>Reading the report…</source>
        <translation>Lecture du rapport…</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Enregistrer le rapport en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Saved the report as %1 (%n page(s)).</source>
        <translation>
            <numerusform>Rapport enregistré sous %1 (%n page).</numerusform>
            <numerusform>Rapport enregistré sous %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent the report to the printer (%n page(s)).</source>
        <translation>
            <numerusform>Rapport envoyé à l&apos;imprimante (%n page).</numerusform>
            <numerusform>Rapport envoyé à l&apos;imprimante (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Showed the report.</source>
        <translation>Rapport affiché.</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock the screen after inactivity</source>
        <translation>Verrouiller l&apos;écran après une période d&apos;inactivité</translation>
    </message>
    <message>
        <source>Lock the screen after &amp;inactivity:</source>
        <translation>Verrouiller l&apos;écran après &amp;inactivité :</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language (after restart):</source>
        <translation>&amp;Langue (après redémarrage) :</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Enregistrer les paramètres</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
    <message>
        <source>Device broker (MQTT)</source>
        <translation>Broker des appareils (MQTT)</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Hôte :</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <source>Topics (comma-separated):</source>
        <translation>Topics (séparés par des virgules) :</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nom d&apos;utilisateur :</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Use &amp;TLS</source>
        <translation>Utiliser &amp;TLS</translation>
    </message>
    <message>
        <source>CA certificate file:</source>
        <translation>Fichier du certificat CA :</translation>
    </message>
    <message>
        <source>Client certificate file:</source>
        <translation>Fichier du certificat client :</translation>
    </message>
    <message>
        <source>Client key file:</source>
        <translation>Fichier de la clé client :</translation>
    </message>
    <message>
        <source>Analysis and alarms</source>
        <translation>Analyse et alarmes</translation>
    </message>
    <message>
        <source>Analysis window:</source>
        <translation>Fenêtre d&apos;analyse :</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Wait for late samples:</source>
        <translation>Attente des échantillons tardifs :</translation>
    </message>
    <message>
        <source>Devices send a sample every:</source>
        <translation>Les appareils envoient un échantillon toutes les :</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Alarm delay (condition must hold):</source>
        <translation>Délai d&apos;alarme (la condition doit persister) :</translation>
    </message>
    <message>
        <source>Escalate unacknowledged alarms to the ward after:</source>
        <translation>Escalader vers le service les alarmes non acquittées après :</translation>
    </message>
    <message>
        <source>Device silent alarm after:</source>
        <translation>Alarme d&apos;appareil sans données après :</translation>
    </message>
    <message>
        <source>Older data gives findings for review, not alarms, after:</source>
        <translation>Constatations à examiner au lieu d&apos;alarmes pour les données de plus de :</translation>
    </message>
    <message>
        <source>Client id (empty: this data folder&apos;s own):</source>
        <translation>Identifiant client (vide : celui de ce dossier de données) :</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Quarantaine</translation>
    </message>
    <message>
        <source>Keep the payloads of at most:</source>
        <translation>Conserver le contenu d&apos;au plus :</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> Mio</translation>
    </message>
    <message>
        <source>Keep the payloads of at most (messages):</source>
        <translation>Conserver le contenu d&apos;au plus (messages) :</translation>
    </message>
    <message>
        <source>A high anomaly score for 3 windows in a row raises a low alarm</source>
        <translation>Un score d&apos;anomalie élevé pendant 3 fenêtres d&apos;affilée déclenche une alarme basse</translation>
    </message>
    <message>
        <source>None: patients under 16 get no early-warning score.</source>
        <translation>Aucune : les patients de moins de 16 ans n&apos;ont pas de score d&apos;alerte précoce.</translation>
    </message>
    <message>
        <source>%1 (age bands: %2). Source: %3</source>
        <translation>%1 (tranches d&apos;âge : %2). Source : %3</translation>
    </message>
    <message>
        <source>Paediatric early-warning score (patients under 16)</source>
        <translation>Score pédiatrique d&apos;alerte précoce (patients de moins de 16 ans)</translation>
    </message>
    <message>
        <source>Chart in use:</source>
        <translation>Grille utilisée :</translation>
    </message>
    <message>
        <source>Paediatric chart file</source>
        <translation>Fichier de la grille pédiatrique</translation>
    </message>
    <message>
        <source>A chart file (JSON, format pulsedesk.age-banded-early-warning-table)</source>
        <translation>Un fichier de grille (JSON, format pulsedesk.age-banded-early-warning-table)</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Parcourir...</translation>
    </message>
    <message>
        <source>Use this &amp;chart</source>
        <translation>Utiliser cette gri&amp;lle</translation>
    </message>
    <message>
        <source>Use &amp;no chart</source>
        <translation>N&apos;utiliser &amp;aucune grille</translation>
    </message>
    <message>
        <source>Chart file:</source>
        <translation>Fichier de grille :</translation>
    </message>
    <message>
        <source>Paediatric early-warning chart</source>
        <translation>Grille pédiatrique d&apos;alerte précoce</translation>
    </message>
    <message>
        <source>Charts (*.json)</source>
        <translation>Grilles (*.json)</translation>
    </message>
    <message>
        <source>Raw samples</source>
        <translation>Échantillons bruts</translation>
    </message>
    <message>
        <source>Keep raw samples for this many months before the current one:</source>
        <translation>Conserver les échantillons bruts pendant ce nombre de mois avant le mois en cours :</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>for ever</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Paediatric chart saved.</source>
        <translation>Grille pédiatrique enregistrée.</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::SetupPage</name>
    <message>
        <source>Set up PulseDesk</source>
        <translation>Configurer PulseDesk</translation>
    </message>
    <message>
        <source>This workstation has no data yet. Create the first administrator account. The administrator adds doctors and nurses and manages devices and settings.

All data is stored encrypted in %1. The password cannot be recovered: if every administrator forgets theirs, the data cannot be opened.</source>
        <translation>Ce poste de travail ne contient encore aucune donnée. Créez le premier compte administrateur. L&apos;administrateur ajoute les médecins et le personnel infirmier et gère les appareils et les paramètres.

Toutes les données sont stockées chiffrées dans %1. Le mot de passe ne peut pas être récupéré : si tous les administrateurs oublient le leur, les données ne pourront plus être ouvertes.</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nom d&apos;utilisateur :</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Nom complet :</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>Répétez le mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Create administrator</source>
        <translation>&amp;Créer l&apos;administrateur</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Les mots de passe ne correspondent pas.</translation>
    </message>
    <message>
        <source>C&amp;hange where the ward is stored…</source>
        <translation>C&amp;hanger l&apos;emplacement du service…</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::StaffScreen</name>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>active, one-time password</source>
        <translation>actif, mot de passe à usage unique</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>&amp;Add staff…</source>
        <translation>&amp;Ajouter un membre du personnel…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Re&amp;activate…</source>
        <translation>Réac&amp;tiver…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Réinitialiser le mot de &amp;passe…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Modifier le &amp;rôle…</translation>
    </message>
    <message>
        <source>Add staff</source>
        <translation>Ajouter un membre du personnel</translation>
    </message>
    <message>
        <source>Give the new member of staff the one-time password in person; they must change it when they first log in.</source>
        <translation>Remettez en main propre le mot de passe à usage unique au nouveau membre du personnel ; il devra le modifier lors de sa première connexion.</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nom d&apos;utilisateur :</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Nom complet :</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle :</translation>
    </message>
    <message>
        <source>One-time password:</source>
        <translation>Mot de passe à usage unique :</translation>
    </message>
    <message>
        <source>Added %1 as %2.</source>
        <translation>%1 ajouté en tant que %2.</translation>
    </message>
    <message>
        <source>Reactivate %1</source>
        <translation>Réactiver %1</translation>
    </message>
    <message>
        <source>%1 is active again with a one-time password.</source>
        <translation>%1 est de nouveau actif avec un mot de passe à usage unique.</translation>
    </message>
    <message>
        <source>%1 is deactivated.</source>
        <translation>%1 est désactivé.</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>Réinitialiser le mot de passe de %1</translation>
    </message>
    <message>
        <source>%1 has a new one-time password.</source>
        <translation>%1 a un nouveau mot de passe à usage unique.</translation>
    </message>
    <message>
        <source>Change the role of %1</source>
        <translation>Modifier le rôle de %1</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 a maintenant le rôle %2.</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::StoreChoiceDialog</name>
    <message>
        <source>Where is the ward kept?</source>
        <translation>Où le service est-il conservé ?</translation>
    </message>
    <message>
        <source>Choose where this workstation keeps the ward&apos;s patients, notes and alarms. You can change it later from the login page.</source>
        <translation>Choisissez où ce poste conserve les patients, notes et alarmes du service. Vous pourrez le changer plus tard depuis la page de connexion.</translation>
    </message>
    <message>
        <source>&amp;This PC alone</source>
        <translation>&amp;Ce PC seul</translation>
    </message>
    <message>
        <source>An encrypted store on this PC, with its own staff accounts. Devices send to this PC; the analysis and the alarms run here.</source>
        <translation>Un stockage chiffré sur ce PC, avec ses propres comptes du personnel. Les appareils envoient à ce PC ; l&apos;analyse et les alarmes s&apos;exécutent ici.</translation>
    </message>
    <message>
        <source>A &amp;ward server</source>
        <translation>Un &amp;serveur du service</translation>
    </message>
    <message>
        <source>Several PCs share one ward on the hospital&apos;s PostgreSQL server, which also runs the analysis and the alarms. IT gives you the connection string, for example: host=ward-server dbname=pulsedesk sslmode=verify-full sslrootcert=/etc/pulsedesk/ca.crt. Put no user or password in it: each member of staff logs in with their own server login.</source>
        <translation>Plusieurs PC partagent un service sur le serveur PostgreSQL de l&apos;hôpital, qui exécute aussi l&apos;analyse et les alarmes. L&apos;informatique vous fournit la chaîne de connexion, par exemple : host=ward-server dbname=pulsedesk sslmode=verify-full sslrootcert=/etc/pulsedesk/ca.crt. N&apos;y mettez ni utilisateur ni mot de passe : chaque membre du personnel se connecte avec son propre identifiant du serveur.</translation>
    </message>
    <message>
        <source>Connection string</source>
        <translation>Chaîne de connexion</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>Tester la &amp;connexion</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>✔ The ward server answers. Each member of staff logs in with their own server login.</source>
        <translation>✔ Le serveur du service répond. Chaque membre du personnel se connecte avec son propre identifiant du serveur.</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>Enter the connection string IT gave you.</source>
        <translation>Saisissez la chaîne de connexion fournie par l&apos;informatique.</translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::WardScreen</name>
    <message>
        <source>Ward</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Only &amp;my patients</source>
        <translation>Seulement &amp;mes patients</translation>
    </message>
    <message>
        <source>Patients on the ward</source>
        <translation>Patients du service</translation>
    </message>
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
            <numerusform>%n avec alarme en cours</numerusform>
            <numerusform>%n avec alarme en cours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::WardTileWidget</name>
    <message>
        <source>No device</source>
        <translation>Aucun appareil</translation>
    </message>
    <message>
        <source>%1: waiting for data</source>
        <translation>%1 : en attente de données</translation>
    </message>
    <message>
        <source>%1: live</source>
        <translation>%1 : en direct</translation>
    </message>
    <message>
        <source>%1: silent since %2</source>
        <translation>%1 : sans données depuis %2</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>en hausse</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>en baisse</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>stable</translation>
    </message>
    <message>
        <source>Bed %1</source>
        <translation>Lit %1</translation>
    </message>
    <message>
        <source>%1 bpm, %2</source>
        <translation>%1 bpm, %2</translation>
    </message>
    <message>
        <source>%1 (low confidence)</source>
        <translation>%1 (fiabilité faible)</translation>
    </message>
    <message>
        <source>%1 priority alarm</source>
        <translation>Alarme de priorité %1</translation>
    </message>
    <message>
        <source>%1 alarm</source>
        <translation>Alarme %1</translation>
    </message>
    <message>
        <source>%1 alarm (silenced)</source>
        <translation>Alarme %1 (silencieuse)</translation>
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
        <translation>obs. prévues</translation>
    </message>
    <message>
        <source>NEWS2 %1, %2 risk</source>
        <translation>NEWS2 %1, risque %2</translation>
    </message>
    <message>
        <source>observations overdue</source>
        <translation>observations en retard</translation>
    </message>
</context>
</TS>
