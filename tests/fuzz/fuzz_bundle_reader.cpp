// The bundle reader (BundleReader::read): bundles arrive on USB sticks that have passed
// through other hands. Any bytes must give a checked bundle or a refusal that says why,
// never a crash, a hang or unbounded memory. The limits are lowered so an input cannot
// ask for more than a fuzzing run should give it.
#include "FuzzSupport.h"

#include "exchange/BundleReader.h"

using namespace committee;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    BundleLimits limits;
    limits.maxBundleSize = 4 * 1024 * 1024;
    limits.maxEntrySize = 16 * 1024 * 1024;
    limits.maxTotalSize = 32 * 1024 * 1024;
    // No password: an encrypted-looking input is refused before argon2id (deliberately
    // slow) runs, which would make every such input cost a tenth of a second.
    auto bundle = BundleReader::read(bytes, {}, limits);
    if (!bundle && bundle.error().message.isEmpty()) {
        __builtin_trap(); // a refusal must say why
    }
    if (bundle && bundle->files.size() != bundle->manifest.files.size()) {
        __builtin_trap(); // every file read is one the manifest lists, and the other way round
    }
    return 0;
}
