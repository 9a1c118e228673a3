#!/usr/bin/Rscript
# Writes farrington_series.csv (the committed input series) and farrington_fixture.csv: R surveillance's
# farringtonFlexible (the improved Farrington method, Noufaily et al. 2013) run on them, independently of
# FusionCell's C++ (tests/analysis/tst_trends.cpp compares its expected counts and upper bounds with these).
#
# Series:
#   police   the monthly totals of the shared data.police.uk sample (police_monthly_totals.csv, 2018-01..2021-09)
#   monthly  a simulated monthly series (seasonal negative binomial, dispersion 1.5, a doubling planted at the end)
#   weekly   a simulated weekly series (320 weeks, seasonal, trend, two past outbreaks and one planted at the end)
# Settings (the C++ FarringtonOptions of each run are set to the same):
#   monthly: b 3, w 2, noPeriods 4, pastWeeksNotIncluded 6, threshold "muan", pThresholdTrend 1
#   weekly (Noufaily): b 5, w 3, noPeriods 10, pastWeeksNotIncluded 26, "muan", pThresholdTrend 1
#   weekly-orig: b 3, w 3, noPeriods 1, pastWeeksNotIncluded 3, "nbPlugin", pThresholdTrend 0.05
# all with reweight (threshold 2.58), alpha 0.05, limit54 c(5, 4).
#
# Run (needs r-cran-surveillance): Rscript tests/analysis/data/make_farrington_fixture.R  (from the
# repository root; the outputs are committed).
suppressMessages(library(surveillance))
dir <- "tests/analysis/data"
set.seed(20261204)

police <- read.csv(file.path(dir, "police_monthly_totals.csv"))$incidents

t <- 1:60
mu <- exp(log(40) + 0.3 * sin(2 * pi * t / 12) + 0.2 * cos(2 * pi * t / 12))
monthly <- rnbinom(60, size = mu / 0.5, mu = mu)           # variance 1.5 mu
monthly[58:60] <- monthly[58:60] * 2

t <- 1:320
mu <- exp(log(12) + 0.002 * t + 0.4 * sin(2 * pi * t / 52))
weekly <- rnbinom(320, size = mu / 0.8, mu = mu)          # variance 1.8 mu
weekly[100:103] <- weekly[100:103] + 25                    # past outbreaks (down-weighted)
weekly[210:212] <- weekly[210:212] + 30
weekly[316:320] <- weekly[316:320] + 20                    # planted at the end

series <- rbind(data.frame(series = "police", index = seq_along(police) - 1, count = police),
                data.frame(series = "monthly", index = seq_along(monthly) - 1, count = monthly),
                data.frame(series = "weekly", index = seq_along(weekly) - 1, count = weekly))
write.csv(series, file.path(dir, "farrington_series.csv"), row.names = FALSE, quote = FALSE)

run <- function(name, y, freq, range, control) {
  s <- sts(observed = y, frequency = freq, start = c(2018, 1))
  control$range <- range
  control$reweight <- TRUE
  control$weightsThreshold <- 2.58
  control$alpha <- 0.05
  control$limit54 <- c(5, 4)
  control$trend <- TRUE
  r <- farringtonFlexible(s, control = control)
  data.frame(run = name, index = range - 1, observed = y[range],
             expected = r@control$expected[, 1], expected_upper = r@control$mu0Vector[, 1],
             upperbound = r@upperbound[, 1], alarm = as.integer(r@alarm[, 1]),
             phi = r@control$phiVector[, 1], trend = as.integer(!is.na(r@control$trendVector[, 1])))
}
monthlyControl <- list(b = 3, w = 2, noPeriods = 4, pastWeeksNotIncluded = 6, thresholdMethod = "muan",
                       pThresholdTrend = 1)
out <- rbind(
  run("police-monthly", police, 12, 39:45, monthlyControl),
  run("monthly-monthly", monthly, 12, 39:60, monthlyControl),
  run("weekly-noufaily", weekly, 52, 265:320,
      list(b = 5, w = 3, noPeriods = 10, pastWeeksNotIncluded = 26, thresholdMethod = "muan", pThresholdTrend = 1)),
  run("weekly-orig", weekly, 52, 160:320,
      list(b = 3, w = 3, noPeriods = 1, pastWeeksNotIncluded = 3, thresholdMethod = "nbPlugin", pThresholdTrend = 0.05)))
write.csv(out, file.path(dir, "farrington_fixture.csv"), row.names = FALSE, quote = FALSE, na = "NA")
cat("farrington_fixture.csv:", nrow(out), "rows, surveillance", format(packageVersion("surveillance")), "\n")
