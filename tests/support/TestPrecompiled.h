#pragma once

// The headers most tests include, precompiled once for each kind of test (cmake/PulseDeskTesting.cmake): parsing
// Qt's headers is about nine tenths of compiling a test. A test still includes everything it uses itself; this
// file only makes that cheaper. Only Qt's and the standard library's headers belong here: they do not change
// while PulseDesk is worked on, so editing PulseDesk never recompiles every test through this file.

#include <QAbstractItemModelTester>
#include <QByteArray>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#ifdef QT_WIDGETS_LIB
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QWidget>
#endif
