# Fails when the Chinese translation has entries that are unfinished or empty, so the app
# never shows a clerk an English string by accident.
file(READ "${TS_FILE}" ts)
string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${ts}")
list(LENGTH unfinished unfinished_count)
string(REGEX MATCHALL "<translation></translation>" empty "${ts}")
list(LENGTH empty empty_count)
string(REGEX MATCHALL "<message" messages "${ts}")
list(LENGTH messages message_count)
if(message_count EQUAL 0)
    message(FATAL_ERROR "${TS_FILE} has no messages: run the update_translations target")
endif()
if(unfinished_count GREATER 0 OR empty_count GREATER 0)
    message(FATAL_ERROR "${TS_FILE}: ${unfinished_count} unfinished and ${empty_count} empty "
                        "of ${message_count} translations")
endif()
message(STATUS "${message_count} translations, all finished")
