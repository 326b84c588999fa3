#include "Invocation.h"

#include "Cli.h"
#include "common/DisplayText.h"
#include "workspace/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pulsedesk::cli {

QString shown(const QString& text)
{
    return DisplayText::escaped(text);
}

QString shownLines(const QString& text)
{
    return DisplayText::escapedLines(text);
}

QString iso(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QString localTime(const QDateTime& time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("-");
}

QDateTime parsedTime(const QString& text)
{
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.isValid() ? t : QDateTime::fromString(text, Qt::ISODate);
}

Invocation::Invocation(QStringList arguments)
    : m_args(std::move(arguments))
{ }

Invocation::~Invocation() = default;

QString Invocation::takeOption(const QString& name, const QString& fallback)
{
    const QString flag = QStringLiteral("--") + name;
    for (qsizetype i = 0; i < m_args.size(); ++i) {
        if (m_args[i] == flag && i + 1 < m_args.size()) {
            const QString value = m_args[i + 1];
            m_args.remove(i, 2);
            return value;
        }
        if (m_args[i].startsWith(flag + QLatin1Char('='))) {
            const QString value = m_args[i].mid(flag.size() + 1);
            m_args.remove(i);
            return value;
        }
    }
    return fallback;
}

bool Invocation::mentions(const QString& word) const
{
    return m_args.contains(word);
}

bool Invocation::takeFlag(const QString& name)
{
    return m_args.removeAll(QStringLiteral("--") + name) > 0;
}

QString Invocation::takeArgument()
{
    for (qsizetype i = 0; i < m_args.size(); ++i) {
        if (!m_args[i].startsWith(QLatin1String("--"))) {
            const QString value = m_args[i];
            m_args.remove(i);
            return value;
        }
    }
    return {};
}

std::optional<QString> Invocation::takeSubject(const QString& missing)
{
    if (QString subject = takeArgument(); !subject.isEmpty())
        return subject;
    usage(missing);
    return std::nullopt;
}

std::optional<QString> Invocation::takeOnlySubject(const QString& missing)
{
    auto subject = takeSubject(missing);
    if (subject && !finishArguments()) {
        usage();
        return std::nullopt;
    }
    return subject;
}

bool Invocation::finishArguments() const
{
    return m_args.isEmpty();
}

int Invocation::usage(const QString& problem)
{
    if (!problem.isEmpty())
        m_terminal->err() << "pulsedesk-cli: " << shown(problem) << Qt::endl;
    m_terminal->err() << Cli::usageText() << Qt::endl;
    return Usage;
}

int Invocation::fail(const Error& error)
{
    // Messages may quote outside text (a line of a file, a device id): escaped, on one line.
    m_terminal->err() << "pulsedesk-cli: " << shown(QString(error.message).replace(QLatin1Char('\n'), QLatin1Char(' ')))
                      << Qt::endl;
    switch (error.code) {
    case Error::Code::NotPermitted:
        return NotPermitted;
    case Error::Code::Authentication:
    case Error::Code::Throttled:
        return LoginFailed;
    default:
        return Failure;
    }
}

int Invocation::done(const QJsonValue& json, const QString& text)
{
    if (m_json) {
        m_terminal->out() << (json.isArray() ? QJsonDocument(json.toArray()) : QJsonDocument(json.toObject()))
                                 .toJson(QJsonDocument::Compact)
                          << Qt::endl;
    } else if (!text.isEmpty()) {
        m_terminal->out() << text << (text.endsWith(QLatin1Char('\n')) ? "" : "\n") << Qt::flush;
    }
    return Success;
}

int Invocation::changed(const Status& result, const QString& key, const QString& subject, const QString& message)
{
    if (!result)
        return fail(result.error());
    return done(QJsonObject {{key, subject}, {QStringLiteral("ok"), true}}, message);
}

} // namespace pulsedesk::cli
