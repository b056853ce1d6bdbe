// The reference-data loader (ReferenceLoader::parse): the official lists in JSON, as
// shipped in resources/reference or as a newer edition a clerk is given.
#include "FuzzSupport.h"

#include "reference/ReferenceLoader.h"

using namespace committee;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    auto parsed = ReferenceLoader::parse(json);
    if (!parsed && parsed.error().message.isEmpty()) {
        __builtin_trap(); // a refusal must say why
    }
    return 0;
}
