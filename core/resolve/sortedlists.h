#pragma once

#include <QList>

namespace fc::SortedLists {

/** How many values two sorted lists without repeats have in common (one merge walk). */
template <typename T> int countShared(const QList<T> &a, const QList<T> &b)
{
    int n = 0;
    auto i = a.cbegin();
    auto j = b.cbegin();
    while (i != a.cend() && j != b.cend()) {
        if (*i < *j) {
            ++i;
        } else if (*j < *i) {
            ++j;
        } else {
            ++n;
            ++i;
            ++j;
        }
    }
    return n;
}

/** Whether two sorted lists have a value in common; stops at the first. */
template <typename T> bool sharesAny(const QList<T> &a, const QList<T> &b)
{
    auto i = a.cbegin();
    auto j = b.cbegin();
    while (i != a.cend() && j != b.cend()) {
        if (*i < *j)
            ++i;
        else if (*j < *i)
            ++j;
        else
            return true;
    }
    return false;
}

} // namespace fc::SortedLists
