#pragma once

class QElapsedTimer;

namespace fc {
class Workspace;
}

namespace fc::bench {

/**
 * Writes the harm benchmarks' workspace directly (not through the importer, not timed): `stores`
 * stores with coordinates over England at three retailers, and `incidents` incidents skewed towards
 * a few stores (the power few), dated round-robin over `months` months from January of firstYear.
 * Used by bench_analysis (24 months from 2025) and bench_trends (48 from 2022).
 */
bool buildHarmWorkspace(Workspace &ws, int incidents, int stores, int firstYear, int months);

/** Wall seconds of a running timer. */
double seconds(QElapsedTimer &t);
/** The process's CPU time (user and system, all threads) in seconds: wall time is inflated on a shared machine. */
double cpuSeconds();

} // namespace fc::bench
