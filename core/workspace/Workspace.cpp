#include "workspace/Workspace.h"

#include "alarms/AlarmStore.h"
#include "analysis/FindingStore.h"
#include "analysis/HistoryAnalysis.h"
#include "analysis/PatientLimitsStore.h"
#include "analysis/ResultStore.h"
#include "common/AtomicFile.h"
#include "ingest/IngestPipeline.h"
#include "scores/ObservationStore.h"
#include "security/AuditAnchor.h"
#include "security/KeyRing.h"
#include "security/KeySlotFile.h"
#include "security/LoginThrottle.h"
#include "settings/Settings.h"
#include "storage/AuditLog.h"
#include "storage/ClinicalRecordStore.h"
#include "storage/Database.h"
#include "storage/DeviceRegistry.h"
#include "storage/Migrations.h"
#include "storage/PatientRegistry.h"
#include "storage/ServerNotifications.h"
#include "storage/SqlCipherDatabase.h"
#include "storage/SqlCipherDriver.h"
#include "storage/SqlSupport.h"
#include "storage/StaffDirectory.h"
#include "storage/StaffLogins.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>

#include <algorithm>
#include <optional>

namespace pulsedesk {

namespace {

/// The SQLCipher file format this library writes by default.
int libraryCipherMajor()
{
    return SqlCipherDriver::cipherVersion().section(QLatin1Char('.'), 0, 0).toInt();
}

} // namespace

/// "Try again in 40 seconds." or, from two minutes on, in whole minutes; `ms` is at most the throttle's maximum.
QString Workspace::waitText(qint64 ms)
{
    const int seconds = static_cast<int>((std::clamp<qint64>(ms, 0, LoginThrottle::MaxDelayMs) + 999) / 1000);
    if (seconds < 120)
        return QCoreApplication::translate("Workspace", "Try again in %n seconds.", nullptr, seconds);
    // Computed apart from the call: lupdate does not find a translate() whose count is an expression like this.
    const int minutes = (seconds + 59) / 60;
    return QCoreApplication::translate("Workspace", "Try again in %n minutes.", nullptr, minutes);
}

Workspace::Workspace(const QString& dataDir, const Clock& clock)
    : m_dataDir(QDir(dataDir).absolutePath())
    , m_clock(clock)
    , m_throttle(std::make_unique<LoginThrottle>(throttlePath(), clock))
{ }

Workspace::~Workspace() = default;

QString Workspace::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString Workspace::databasePath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("pulsedesk.db"));
}

QString Workspace::keySlotPath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("pulsedesk.keyslots"));
}

QString Workspace::throttlePath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("login-throttle.json"));
}

QString Workspace::anchorPath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("pulsedesk.anchor"));
}

bool Workspace::isInitialized() const
{
    // A server says whether it holds a ward only to someone who logs in.
    if (isServer())
        return true;
    return QFileInfo::exists(m_storeOpener ? keySlotPath() : databasePath());
}

Status Workspace::open(const SecureBytes& key, int compatibility, bool create)
{
    if (m_storeOpener) {
        auto database = m_storeOpener(key, compatibility, create);
        if (!database)
            return database.error();
        m_database = std::move(database).value();
    } else {
        auto database = SqlCipherDatabase::open(databasePath(), key, compatibility,
                                                create ? SqlCipherDatabase::OpenMode::CreateNew
                                                       : SqlCipherDatabase::OpenMode::OpenExisting);
        if (!database)
            return database.error();
        m_database = std::move(database).value();
    }
    m_keyRing = std::make_unique<KeyRing>(keySlotPath(), key);
    m_anchor = std::make_unique<AuditAnchor>(anchorPath(), key);
    startServices(std::make_unique<KeySlotLogins>(*m_keyRing));
    return {};
}

void Workspace::startServices(std::unique_ptr<StaffLogins> logins)
{
    m_logins = std::move(logins);
    m_audit = std::make_unique<AuditLog>(*m_database, m_clock, m_anchor.get());
    m_staff = std::make_unique<StaffDirectory>(*m_database, *m_audit, *m_logins, m_clock);
    m_patients = std::make_unique<PatientRegistry>(*m_database, *m_audit, m_clock);
    m_devices = std::make_unique<DeviceRegistry>(*m_database, *m_audit, m_clock);
    m_records = std::make_unique<ClinicalRecordStore>(*m_database, *m_audit, m_clock);
    m_observations = std::make_unique<ObservationStore>(*m_database, *m_audit, m_clock);
    m_settings = std::make_unique<Settings>(*m_database, *m_audit);
    // The language is needed before anyone logs in, when the store cannot be read yet: it is kept beside the
    // store in plain text as well (it says nothing about patients). A ward server has no folder to keep it in.
    if (!isServer()) {
        writeLanguageFile(m_settings->language());
        QObject::connect(m_settings.get(), &Settings::changed, m_settings.get(),
                         [this](Settings::Key changedKey, const QVariant& changedValue) {
                             if (changedKey == Settings::Key::Language)
                                 writeLanguageFile(changedValue.toString());
                         });
    }
    m_ingest = std::make_unique<IngestPipeline>(*m_database, m_clock);
    m_results = std::make_unique<ResultStore>(*m_database, *m_audit);
    m_findings = std::make_unique<FindingStore>(*m_database);
    m_limits = std::make_unique<PatientLimitsStore>(*m_database, *m_audit, m_clock);
    m_alarms = std::make_unique<AlarmStore>(*m_database, *m_audit, m_clock);
    m_history = std::make_unique<HistoryAnalysis>(*m_database, *m_results, *m_findings);
    (void)m_audit->checkAnchor();
}

QString Workspace::savedLanguage(const QString& dataDir)
{
    QFile file(QDir(dataDir).filePath(QStringLiteral("language")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString language = QString::fromUtf8(file.read(16)).trimmed();
    static const QRegularExpression code(QStringLiteral("^[a-z]{2,3}(_[A-Z]{2})?$"));
    return code.match(language).hasMatch() ? language : QString();
}

void Workspace::writeLanguageFile(const QString& language) const
{
    if (language == savedLanguage(m_dataDir))
        return;
    if (auto written = AtomicFile::write(QDir(m_dataDir).filePath(QStringLiteral("language")), language.toUtf8());
        !written)
        qWarning("The language choice could not be saved for the next start: %s", qPrintable(written.errorMessage()));
}

Status Workspace::initialize(const QString& adminUsername, const QString& displayName, const QString& password)
{
    if (isServer())
        return initializeServer(adminUsername, displayName, password);
    if (isInitialized() || QFileInfo::exists(keySlotPath()) || QFileInfo::exists(databasePath()))
        return Error {
            Error::Code::Conflict,
            QCoreApplication::translate("Workspace", "%1 already holds a PulseDesk workstation.").arg(m_dataDir)};
    const QString username = StaffDirectory::normalizeUsername(adminUsername);
    if (auto valid = StaffDirectory::checkUsername(username); !valid)
        return valid;
    if (auto policy = KeyRing::checkPasswordPolicy(username, password); !policy)
        return policy;
    if (!QDir().mkpath(m_dataDir))
        return Error {Error::Code::Storage,
                      QCoreApplication::translate("Workspace", "The data folder %1 cannot be created.").arg(m_dataDir)};
    QFile::setPermissions(m_dataDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    const SecureBytes key = Crypto::randomKey();
    // The first slot file holds no slot yet; StaffDirectory adds the admin's together with the account.
    KeySlotFile slotFile = KeySlotFile::create(libraryCipherMajor());
    if (auto set = slotFile.setSlot(username, password, key); !set)
        return set;
    if (auto saved = slotFile.save(keySlotPath()); !saved)
        return saved;
    // An anchor left by an earlier store in this folder belongs to another key.
    QFile::remove(anchorPath());
    const auto cleanUp = [this] {
        m_database.reset();
        QFile::remove(anchorPath());
        QFile::remove(keySlotPath());
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(databasePath() + suffix);
    };
    if (auto opened = open(key, slotFile.cipherCompatibility(), true); !opened) {
        cleanUp();
        return opened;
    }
    QFile::setPermissions(databasePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (auto admin = m_staff->createFirstAdmin(username, displayName, password); !admin) {
        cleanUp();
        return admin.error();
    }
    return {};
}

Error Workspace::throttleUnwritable(const Error& cause) const
{
    return {Error::Code::Storage,
            QCoreApplication::translate("Workspace",
                                        "Cannot record failed login attempts (%1), so logins are refused until they "
                                        "can be recorded. Free disk space in %2, or ask IT.")
                .arg(cause.message, m_dataDir)};
}

Error Workspace::loginFailed(const QString& username)
{
    if (auto recorded = m_throttle->recordFailure(username); !recorded)
        return throttleUnwritable(recorded.error());
    if (isOpen())
        auditPendingFailures();
    const int failures = m_throttle->failureCount(username);
    if (failures >= LoginThrottle::FreeAttempts)
        return {Error::Code::Authentication,
                QCoreApplication::translate("Workspace", "The user name or password is wrong. %1")
                    .arg(waitText(LoginThrottle::delayAfterFailures(failures)))};
    return {Error::Code::Authentication,
            QCoreApplication::translate("Workspace", "The user name or password is wrong.")};
}

void Workspace::auditPendingFailures()
{
    const QList<LoginThrottle::Failure> failures = m_throttle->takeUnauditedFailures();
    if (failures.isEmpty())
        return;
    QSqlDatabase db = m_database->connection();
    Sql::Transaction transaction(db);
    for (const LoginThrottle::Failure& failure : failures) {
        (void)m_audit->append(db, 0, failure.username, QStringLiteral("login.failure"), QStringLiteral("user"),
                              failure.username, QStringLiteral("at=%1").arg(failure.at.toString(Qt::ISODateWithMs)));
    }
    (void)transaction.commit();
}

Result<Session> Workspace::login(const QString& rawUsername, const QString& password)
{
    const QString username = StaffDirectory::normalizeUsername(rawUsername);
    if (isServer())
        return loginToServer(username, password);
    if (!isInitialized())
        return Error {
            Error::Code::NotFound,
            QCoreApplication::translate("Workspace", "There is no PulseDesk workstation in %1 yet.").arg(m_dataDir)};
    // Fail closed: a failure that could not be recorded would cost a guesser nothing.
    if (auto writable = m_throttle->checkWritable(); !writable)
        return throttleUnwritable(writable.error());
    if (const qint64 wait = m_throttle->remainingDelayMs(username); wait > 0)
        return Error {Error::Code::Throttled,
                      QCoreApplication::translate("Workspace", "Too many failed attempts for %1. %2")
                          .arg(username, waitText(wait))};
    // The slot file is read and checked before the database is touched.
    auto slotFile = KeySlotFile::load(keySlotPath());
    if (!slotFile)
        return slotFile.error();
    auto key = slotFile.value().unlock(username, password);
    if (!key) {
        if (key.code() == Error::Code::Authentication)
            return loginFailed(username);
        return key.error();
    }
    if (!isOpen()) {
        if (auto opened = open(key.value(), slotFile.value().cipherCompatibility(), false); !opened)
            return opened.error();
    }
    auto member = m_staff->find(username);
    if (!member || !member->active)
        return loginFailed(username);

    m_throttle->recordSuccess(username);
    auditPendingFailures();
    return sessionOf(member.value());
}

Result<Session> Workspace::sessionOf(const StaffMember& member)
{
    Session session;
    session.userId = member.id;
    session.username = member.username;
    session.displayName = member.displayName;
    session.role = member.role;
    session.mustChangePassword = member.mustChangePassword;
    session.loginAt = m_clock.now();
    if (auto audited =
            m_audit->record(session, QStringLiteral("login.success"), QStringLiteral("user"), member.username);
        !audited)
        return audited.error();
    return session;
}

void Workspace::logout(const Session& session)
{
    if (isOpen() && session.isValid())
        (void)m_audit->record(session, QStringLiteral("logout"), QStringLiteral("user"), session.username);
}

AuditLog::AnchorCheck Workspace::anchorCheck() const
{
    return m_audit ? m_audit->lastAnchorCheck() : AuditLog::AnchorCheck {};
}

Database& Workspace::database() const
{
    Q_ASSERT(m_database);
    return *m_database;
}

AuditLog& Workspace::audit() const
{
    Q_ASSERT_X(isOpen(), "Workspace", "log in before using the services");
    return *m_audit;
}

StaffDirectory& Workspace::staff() const
{
    Q_ASSERT_X(isOpen(), "Workspace", "log in before using the services");
    return *m_staff;
}

PatientRegistry& Workspace::patients() const
{
    Q_ASSERT_X(isOpen(), "Workspace", "log in before using the services");
    return *m_patients;
}

DeviceRegistry& Workspace::devices() const
{
    Q_ASSERT_X(isOpen(), "Workspace", "log in before using the services");
    return *m_devices;
}

ObservationStore& Workspace::observations() const
{
    Q_ASSERT_X(isOpen(), "Workspace", "log in before using the services");
    return *m_observations;
}

ClinicalRecordStore& Workspace::records() const
{
    Q_ASSERT_X(isOpen(), "Workspace", "log in before using the services");
    return *m_records;
}

Settings& Workspace::settings() const
{
    Q_ASSERT_X(isOpen(), "Workspace", "log in before using the services");
    return *m_settings;
}

IngestPipeline& Workspace::ingest() const
{
    Q_ASSERT_X(isOpen(), "Workspace", "log in before using the services");
    return *m_ingest;
}

ResultStore& Workspace::results() const
{
    Q_ASSERT_X(isOpen(), "Workspace", "log in before using the services");
    return *m_results;
}

FindingStore& Workspace::findings() const
{
    Q_ASSERT_X(isOpen(), "Workspace", "log in before using the services");
    return *m_findings;
}

PatientLimitsStore& Workspace::limits() const
{
    Q_ASSERT_X(isOpen(), "Workspace", "log in before using the services");
    return *m_limits;
}

AlarmStore& Workspace::alarms() const
{
    Q_ASSERT_X(isOpen(), "Workspace", "log in before using the services");
    return *m_alarms;
}

HistoryAnalysis& Workspace::history() const
{
    Q_ASSERT_X(isOpen(), "Workspace", "log in before using the services");
    return *m_history;
}

Result<Workspace::Counts> Workspace::counts(const Session& session) const
{
    if (!session.isValid() || !isOpen())
        return Error {Error::Code::NotPermitted,
                      QCoreApplication::translate("Workspace", "Not permitted: log in first.")};
    QSqlDatabase db = m_database->connection();
    Counts c;
    // Every count must be read: a query that fails (a damaged page) is an error, never a zero.
    std::optional<Error> failure;
    const auto count = [&db, &failure](const char* sql, const char* what) -> qint64 {
        if (failure)
            return 0;
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!Sql::exec(query, QString::fromLatin1(sql)) || !query.next()) {
            failure = Sql::error(query,
                                 QCoreApplication::translate("Workspace", "counting %1")
                                     .arg(QCoreApplication::translate("Workspace", what)));
            return 0;
        }
        return query.value(0).toLongLong();
    };
    c.schemaVersion = static_cast<int>(count("SELECT coalesce(max(version), 0) FROM schema_version",
                                             QT_TRANSLATE_NOOP("Workspace", "the schema version")));
    c.staff = count("SELECT count(*) FROM users WHERE active = 1", QT_TRANSLATE_NOOP("Workspace", "staff"));
    // A ward server counts the clinical tables for every login through its own function (an administrator's may not
    // read them, ServerAdminReads).
    const bool server = Sql::isPostgres(db);
    c.patients = count(server ? "SELECT patients FROM pulsedesk_ward_counts()"
                              : "SELECT count(*) FROM patients WHERE discharged_at IS NULL",
                       QT_TRANSLATE_NOOP("Workspace", "patients"));
    c.devices = count("SELECT count(*) FROM devices", QT_TRANSLATE_NOOP("Workspace", "devices"));
    c.samples = count(server ? "SELECT samples FROM pulsedesk_ward_counts()" : "SELECT count(*) FROM samples",
                      QT_TRANSLATE_NOOP("Workspace", "samples"));
    c.results = count(server ? "SELECT results FROM pulsedesk_ward_counts()" : "SELECT count(*) FROM analysis_results",
                      QT_TRANSLATE_NOOP("Workspace", "results"));
    c.openAlarms = count(server ? "SELECT open_alarms FROM pulsedesk_ward_counts()"
                                : "SELECT count(*) FROM alarms WHERE state <> 'ended'",
                         QT_TRANSLATE_NOOP("Workspace", "open alarms"));
    c.quarantined = count("SELECT count(*) FROM quarantine WHERE replayed_at IS NULL",
                          QT_TRANSLATE_NOOP("Workspace", "quarantined messages"));
    if (failure)
        return *failure;
    return c;
}

} // namespace pulsedesk
