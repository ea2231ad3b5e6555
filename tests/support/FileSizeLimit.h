#pragma once

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <signal.h>
#include <sys/resource.h>

namespace nextsteps::testfiles {

// While it lives, this process cannot write a file past `bytes`: writes fail with EFBIG, as
// they do on a full disk (SIGXFSZ is ignored so the process lives on).
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        m_oldHandler = signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &m_old);
        rlimit limit = m_old;
        limit.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_old);
        signal(SIGXFSZ, m_oldHandler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

private:
    rlimit m_old{};
    void (*m_oldHandler)(int) = nullptr;
};

} // namespace nextsteps::testfiles
#endif
