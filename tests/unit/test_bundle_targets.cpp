// Writing a bundle to a target that cannot take it: a read-only stick and a full one. The
// export must fail with a clear message and leave no file, not even a temporary one.
#include "TestSupport.h"

#include "committee/CommitteeProfile.h"
#include "exchange/BundleExport.h"
#include "ledger/DemoData.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QProcess>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace committee;

namespace {

std::unique_ptr<Database> committeeWithAYear(const testing::Scratch &dir)
{
    auto db = testing::openSeeded(dir.path(QStringLiteral("committee.db")));
    REQUIRE_OK(CommitteeProfile(*db).save(DemoCommittee::profile(), DemoCommittee::members()));
    REQUIRE_OK(DemoData::fill(*db, 1, QDate(2026, 9, 30)));
    return db;
}

const BundleOptions quarter{QDate(2026, 7, 1), QDate(2026, 9, 30)};

// A small tmpfs, as a stand-in for a USB stick. Needs root (root ignores file permissions,
// so a real read-only file system is the only honest test for it).
class TmpfsStick {
public:
    TmpfsStick(const QString &path, const QString &options) : m_path(path)
    {
        QDir().mkpath(path);
        m_mounted =
            ::geteuid() == 0 &&
            QProcess::execute(QStringLiteral("mount"),
                              {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                               options, QStringLiteral("tmpfs"), path}) == 0;
    }
    ~TmpfsStick()
    {
        if (m_mounted) {
            QProcess::execute(QStringLiteral("umount"), {m_path});
        }
    }
    bool mounted() const { return m_mounted; }

private:
    QString m_path;
    bool m_mounted = false;
};

bool folderIsEmpty(const QString &path)
{
    return QDir(path).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty();
}

} // namespace

TEST_CASE("A bundle written to a read-only target fails cleanly", "[bundle][targets]")
{
    testing::Scratch dir;
    auto db = committeeWithAYear(dir);
    const QString stick = dir.path(QStringLiteral("stick"));
    TmpfsStick readOnly(stick, QStringLiteral("ro,size=1m"));
    if (!readOnly.mounted()) {
        if (::geteuid() == 0) {
            WARN("Cannot mount a tmpfs here; the read-only case needs root with mount rights.");
            return;
        }
        QFile::setPermissions(stick, QFile::ReadOwner | QFile::ExeOwner);
    }
    auto written = BundleExport::write(*db, quarter, stick + QStringLiteral("/q.cdx"));
    REQUIRE_FALSE(written.ok());
    INFO(written.error().message.toStdString());
    CHECK(written.error().kind == Error::Kind::Io);
    CHECK((written.error().message.contains(QStringLiteral("read-only")) ||
           written.error().message.contains(QStringLiteral("cannot be written to"))));
    CHECK(folderIsEmpty(stick));
    QFile::setPermissions(stick, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

TEST_CASE("A bundle written to a full target fails cleanly", "[bundle][targets]")
{
    testing::Scratch dir;
    auto db = committeeWithAYear(dir);
    const QString stick = dir.path(QStringLiteral("stick"));

    SECTION("a small file system that fills up")
    {
        TmpfsStick full(stick, QStringLiteral("size=64k"));
        if (!full.mounted()) {
            WARN("Cannot mount a tmpfs here (needs root); the file-size limit case still runs.");
            return;
        }
        auto written = BundleExport::write(*db, quarter, stick + QStringLiteral("/q.cdx"));
        REQUIRE_FALSE(written.ok());
        INFO(written.error().message.toStdString());
        CHECK(written.error().message.contains(QStringLiteral("not enough free space")));
        CHECK(folderIsEmpty(stick));
    }
    SECTION("a file-size limit, as a full disk looks to the writer")
    {
        QDir().mkpath(stick);
        rlimit old{};
        REQUIRE(::getrlimit(RLIMIT_FSIZE, &old) == 0);
        // Exceeding the limit raises SIGXFSZ, which would end the test; ignored, the write
        // fails with EFBIG instead, as it would with ENOSPC on a full stick.
        auto previous = std::signal(SIGXFSZ, SIG_IGN);
        rlimit small = old;
        small.rlim_cur = 64 * 1024;
        REQUIRE(::setrlimit(RLIMIT_FSIZE, &small) == 0);
        auto written = BundleExport::write(*db, quarter, stick + QStringLiteral("/q.cdx"));
        ::setrlimit(RLIMIT_FSIZE, &old);
        std::signal(SIGXFSZ, previous);
        REQUIRE_FALSE(written.ok());
        INFO(written.error().message.toStdString());
        CHECK(written.error().kind == Error::Kind::Io);
        CHECK(written.error().message.contains(QStringLiteral("could not be written")));
        CHECK(folderIsEmpty(stick));
    }
}
