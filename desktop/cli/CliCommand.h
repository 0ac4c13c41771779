#pragma once
// One entry of fitflow-cli's command table: the words that name it, the options it accepts and
// the function that runs it. Adding a command (login, sync, dump, ...) means one new
// <Name>Command.cpp with its run function and one line in CommandTable.cpp.

#include <QMap>
#include <QString>
#include <QStringList>

namespace fitflow::cli {

// What a command receives: its option values (without the leading "--") by name.
struct CommandInvocation {
    QMap<QString, QString> options;
    QStringList arguments; // positional values after the command words, e.g. {"client", ID}

    QString option(const QString& name) const { return options.value(name); }
};

struct CliCommand {
    QStringList words;    // e.g. {"store", "init"}
    QString synopsis;     // options part of the usage line
    QString summary;      // one line for --help
    QStringList options;  // accepted value options, e.g. {"store"}
    QStringList required; // options that must be given
    bool takesPassphrase; // accepts --passphrase-file and reads FITFLOW_PASSPHRASE
    int (*run)(const CommandInvocation&);
    QStringList positional = {}; // names of positional arguments for the usage line, e.g. {"ID"}

    QString name() const { return words.join(QLatin1Char(' ')); }
};

} // namespace fitflow::cli
