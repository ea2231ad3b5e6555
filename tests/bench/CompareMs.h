#pragma once

#include <QElapsedTimer>

#include <algorithm>
#include <functional>
#include <utility>
#include <vector>

// Ours and the baseline take turns, run by run: a busy machine then weighs on both alike. The
// medians, in milliseconds.
inline std::pair<double, double> compareMs(int runs, const std::function<void()> &ours,
                                           const std::function<void()> &baseline)
{
    std::vector<double> a;
    std::vector<double> b;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        ours();
        a.push_back(timer.nsecsElapsed() / 1e6);
        timer.restart();
        baseline();
        b.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    return {a.at(a.size() / 2), b.at(b.size() / 2)};
}
