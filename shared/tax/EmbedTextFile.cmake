# cmake -DINPUT=<file> -DOUTPUT=<cpp> -DNAMESPACE=<ns> -DFUNCTION=<name> -DHEADER=<include> -P
# Writes a .cpp whose function returns the file's text as a std::string_view (a raw string
# literal, so the embedded JSON stays readable in the generated source).
file(READ "${INPUT}" content)
set(delimiter "fitflow_embedded")
string(FIND "${content}" ")${delimiter}\"" clash)
if(NOT clash EQUAL -1)
    message(FATAL_ERROR "${INPUT} contains the raw string delimiter")
endif()
file(WRITE "${OUTPUT}.tmp"
"// Generated from ${INPUT} by EmbedTextFile.cmake. Do not edit.
#include \"${HEADER}\"

namespace ${NAMESPACE} {

std::string_view ${FUNCTION}()
{
    static constexpr std::string_view kText = R\"${delimiter}(${content})${delimiter}\";
    return kText;
}

} // namespace ${NAMESPACE}
")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
