# fitflow_embed_text_file(TARGET <library> INPUT <file> NAMESPACE <ns> FUNCTION <name>
#                         HEADER <include path of the header declaring the function>)
# Compiles a text file (tax table, password list) into <library> as
# `std::string_view <ns>::<name>()`, regenerated when the file changes, so the programs need no
# resource path at run time and a data change is a data edit.
set(FITFLOW_EMBED_TEXT_SCRIPT "${CMAKE_CURRENT_LIST_DIR}/EmbedTextFile.cmake")

function(fitflow_embed_text_file)
    cmake_parse_arguments(ARG "" "TARGET;INPUT;NAMESPACE;FUNCTION;HEADER" "" ${ARGN})
    set(output "${CMAKE_CURRENT_BINARY_DIR}/Embedded_${ARG_FUNCTION}.cpp")
    file(RELATIVE_PATH shown "${PROJECT_SOURCE_DIR}" "${ARG_INPUT}")
    add_custom_command(
        OUTPUT "${output}"
        COMMAND "${CMAKE_COMMAND}"
            -DINPUT=${ARG_INPUT}
            -DOUTPUT=${output}
            -DNAMESPACE=${ARG_NAMESPACE}
            -DFUNCTION=${ARG_FUNCTION}
            -DHEADER=${ARG_HEADER}
            -P "${FITFLOW_EMBED_TEXT_SCRIPT}"
        DEPENDS "${ARG_INPUT}" "${FITFLOW_EMBED_TEXT_SCRIPT}"
        COMMENT "Embedding ${shown}"
        VERBATIM)
    # The library may be defined in a parent folder: a custom target orders the generation
    # before it compiles, and the GENERATED property is set where the library lives.
    add_custom_target(embed_${ARG_FUNCTION} DEPENDS "${output}")
    add_dependencies(${ARG_TARGET} embed_${ARG_FUNCTION})
    set_source_files_properties("${output}" TARGET_DIRECTORY ${ARG_TARGET}
                                PROPERTIES GENERATED TRUE)
    target_sources(${ARG_TARGET} PRIVATE "${output}")
endfunction()
