# cmake -DINPUT=<file> -DOUTPUT=<cpp> -DNAMESPACE=<ns> -DFUNCTION=<name> -DHEADER=<include> -P
# The script behind fitflow_embed_text_file() (EmbedText.cmake): writes a .cpp whose function
# returns the file's text. C++ only promises string literals of 65,536 characters (clang warns
# past that), so the text is split into raw-string chunks joined once into a static string.
file(READ "${INPUT}" content)
set(delimiter "fitflow_embedded")
string(FIND "${content}" ")${delimiter}\"" clash)
if(NOT clash EQUAL -1)
    message(FATAL_ERROR "${INPUT} contains the raw string delimiter")
endif()
set(chunk_size 32768)
string(LENGTH "${content}" length)
set(chunks "")
set(offset 0)
while(offset LESS length)
    string(SUBSTRING "${content}" ${offset} ${chunk_size} chunk)
    string(APPEND chunks "        R\"${delimiter}(${chunk})${delimiter}\",\n")
    math(EXPR offset "${offset} + ${chunk_size}")
endwhile()
file(WRITE "${OUTPUT}.tmp"
"// Generated from ${INPUT} by cmake/EmbedTextFile.cmake. Do not edit.
#include \"${HEADER}\"

#include <string>

namespace ${NAMESPACE} {

std::string_view ${FUNCTION}()
{
    static constexpr std::string_view kChunks[] = {
${chunks}    };
    static const std::string kText = [] {
        std::string text;
        for (const std::string_view chunk : kChunks) {
            text.append(chunk);
        }
        return text;
    }();
    return kText;
}

} // namespace ${NAMESPACE}
")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
