#pragma once

// What every fuzz target needs: a QCoreApplication (text codecs, translations and
// QStandardPaths expect one), made once before libFuzzer starts calling.

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}
