#include "desktop/cli/CommandLine.h"

#include "desktop/cli/CommandTable.h"

namespace fitflow::cli {

namespace {

const QString kPassphraseFileOption = QStringLiteral("passphrase-file");

ParsedCommandLine usageError(const QString& message)
{
    ParsedCommandLine parsed;
    parsed.action = ParsedCommandLine::Action::UsageError;
    parsed.error = message;
    return parsed;
}

// The command whose words start `words`, followed by exactly its positional arguments.
const CliCommand* findCommand(const QStringList& words)
{
    for (const CliCommand& command : commandTable()) {
        if (words.size() == command.words.size() + command.positional.size() &&
            words.mid(0, command.words.size()) == command.words) {
            return &command;
        }
    }
    return nullptr;
}

bool isOption(const QString& argument)
{
    return argument.startsWith(QLatin1Char('-'));
}

} // namespace

ParsedCommandLine parseCommandLine(const QStringList& arguments)
{
    if (arguments.isEmpty()) {
        return usageError(QStringLiteral("no command given"));
    }
    for (const QString& argument : arguments) {
        if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
            return ParsedCommandLine{ParsedCommandLine::Action::ShowHelp, nullptr, {}, {}};
        }
    }
    if (arguments.size() == 1 && arguments.first() == QLatin1String("--version")) {
        return ParsedCommandLine{ParsedCommandLine::Action::ShowVersion, nullptr, {}, {}};
    }

    qsizetype next = 0;
    QStringList words;
    while (next < arguments.size() && !isOption(arguments.at(next))) {
        words << arguments.at(next++);
    }
    if (words.isEmpty()) {
        return usageError(QStringLiteral("unknown option '%1'").arg(arguments.first()));
    }
    const CliCommand* command = findCommand(words);
    if (command == nullptr) {
        return usageError(QStringLiteral("unknown command '%1'").arg(words.join(QLatin1Char(' '))));
    }

    QStringList accepted = command->options;
    if (command->takesPassphrase) {
        accepted << kPassphraseFileOption;
    }

    ParsedCommandLine parsed;
    parsed.action = ParsedCommandLine::Action::Run;
    parsed.command = command;
    parsed.invocation.arguments = words.mid(command->words.size());
    while (next < arguments.size()) {
        const QString& argument = arguments.at(next++);
        if (!argument.startsWith(QLatin1String("--"))) {
            return usageError(QStringLiteral("unexpected argument '%1'").arg(argument));
        }
        QString name = argument.mid(2);
        QString value;
        const qsizetype equals = name.indexOf(QLatin1Char('='));
        if (equals >= 0) {
            value = name.mid(equals + 1);
            name.truncate(equals);
        }
        // The value is never echoed: it might be a secret typed in the wrong place.
        if (!accepted.contains(name)) {
            return usageError(
                QStringLiteral("unknown option '--%1' for '%2'").arg(name, command->name()));
        }
        if (parsed.invocation.options.contains(name)) {
            return usageError(QStringLiteral("option '--%1' given twice").arg(name));
        }
        if (equals < 0) {
            if (next >= arguments.size()) {
                return usageError(QStringLiteral("option '--%1' needs a value").arg(name));
            }
            value = arguments.at(next++);
        }
        if (value.isEmpty()) {
            return usageError(QStringLiteral("option '--%1' needs a value").arg(name));
        }
        parsed.invocation.options.insert(name, value);
    }
    for (const QString& required : command->required) {
        if (!parsed.invocation.options.contains(required)) {
            return usageError(QStringLiteral("'%1' needs --%2").arg(command->name(), required));
        }
    }
    return parsed;
}

QString usageText()
{
    QString text = QStringLiteral("Usage: fitflow-cli <command> [options]\n"
                                  "       fitflow-cli --help | --version\n\nCommands:\n");
    for (const CliCommand& command : commandTable()) {
        text += QStringLiteral("  %1 %2\n      %3\n")
                    .arg(command.name(), command.synopsis, command.summary);
    }
    text += QStringLiteral(
        "\nThe store passphrase is read from the environment variable FITFLOW_PASSPHRASE or\n"
        "from the first line of --passphrase-file FILE; it is never accepted as an argument.\n"
        "\nExit status: 0 success, 1 failure or problems found, 2 usage error or no "
        "passphrase.\n");
    return text;
}

} // namespace fitflow::cli
