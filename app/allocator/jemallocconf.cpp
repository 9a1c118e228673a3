// jemalloc's options for the executables that use it (fusioncell_use_allocator in the top-level
// CMakeLists.txt): jemalloc reads this symbol at start-up, before the environment's MALLOC_CONF.
//
// thp:always: jemalloc asks for transparent huge pages (2 MiB, madvise) on its memory. Touching fresh
// memory costs a page fault per 4 KiB page; on the 2-core virtual machine we measure on, a fault is
// about 17 microseconds, so 92 MB (the trends' 678,000 monthly groups of bench_trends) took 0.4 s of CPU
// in page faults alone, against 0.02 s with huge pages.
extern "C" {
// NOLINTNEXTLINE: the name is jemalloc's
const char *malloc_conf = "thp:always";
}
