#pragma once

#include <QStringList>

// The statements of each schema version, one file per version. A version's file never
// changes once released: later changes are new versions.
namespace committee::schema {

QStringList version1();
QStringList version2();
QStringList version3();
QStringList version4();

} // namespace committee::schema
