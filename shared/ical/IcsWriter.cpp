#include "shared/ical/IcsWriter.h"

namespace fitflow::ical {
namespace {

constexpr std::size_t kMaxLineOctets = 75;

bool isUtf8Continuation(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

} // namespace

std::string escapeText(std::string_view text)
{
    std::string escaped;
    escaped.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        switch (c) {
        case '\\':
        case ';':
        case ',':
            escaped += '\\';
            escaped += c;
            break;
        case '\r':
            if (i + 1 < text.size() && text[i + 1] == '\n') {
                break; // CRLF counts as one line break, written at the '\n'
            }
            escaped += "\\n";
            break;
        case '\n':
            escaped += "\\n";
            break;
        case '\t':
            escaped += c;
            break;
        default:
            if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7F) {
                escaped += c;
            }
        }
    }
    return escaped;
}

std::string foldLine(std::string_view line)
{
    std::string folded;
    folded.reserve(line.size() + line.size() / 70 * 3 + 2);
    std::size_t limit = kMaxLineOctets; // the first line has 75 octets, later ones 1 + 74
    while (line.size() > limit) {
        std::size_t cut = limit;
        while (cut > 0 && isUtf8Continuation(line[cut])) {
            --cut;
        }
        folded.append(line.substr(0, cut));
        folded += "\r\n ";
        line.remove_prefix(cut);
        limit = kMaxLineOctets - 1;
    }
    folded.append(line);
    folded += "\r\n";
    return folded;
}

void IcsWriter::begin(std::string_view component)
{
    property("BEGIN", component);
}

void IcsWriter::end(std::string_view component)
{
    property("END", component);
}

void IcsWriter::property(std::string_view name, std::string_view value)
{
    std::string line;
    line.reserve(name.size() + 1 + value.size());
    line.append(name);
    line += ':';
    line.append(value);
    m_text += foldLine(line);
}

void IcsWriter::textProperty(std::string_view name, std::string_view text)
{
    property(name, escapeText(text));
}

} // namespace fitflow::ical
