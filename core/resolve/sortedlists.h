#pragma once

#include <QList>

#include <iterator>

/** Merge walks over sorted lists without repeats (QList, std::vector, std::span). */
namespace fc::SortedLists {

/** How many values two sorted lists without repeats have in common (one merge walk). */
template <typename List> int countShared(const List &a, const List &b)
{
    int n = 0;
    auto i = std::begin(a);
    auto j = std::begin(b);
    while (i != std::end(a) && j != std::end(b)) {
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
template <typename List> bool sharesAny(const List &a, const List &b)
{
    auto i = std::begin(a);
    auto j = std::begin(b);
    while (i != std::end(a) && j != std::end(b)) {
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
