#!/usr/bin/python3
"""Writes ets_fixture.json: ETS(A,Ad,A) (additive errors, additive damped trend, additive seasonality) by
statsmodels' ETSModel, independently of FusionCell's C++ (tests/analysis/tst_trends.cpp compares against it).

For each series the initial states are fixed by the rule FusionCell documents (trends/etsforecast.h):
  trend b0 = (mean of season 2 - mean of season 1) / m, level l0 = mean of season 1 - b0 (m + 1) / 2,
  seasonal s_{j+1-m} = mean over the two seasons of y - (l0 + t b0) at position j, centred to sum 0,
and passed to ETSModel with initialization_method="known". Two runs per series:
  fixed:  alpha 0.3, beta 0.05, gamma 0.1, phi 0.95 -> six forecasts with 80% and 95% prediction intervals
          (statsmodels' analytic intervals; sigma^2 = SSE / n)
  fitted: ETSModel.fit() (maximum likelihood = least squares for additive errors with known initial states,
          phi within its default bounds 0.8..0.98) -> parameters, SSE and six forecasts

Series: police (monthly totals of the shared data.police.uk sample, police_monthly_totals.csv) and
synthetic (60 months: level 200, trend +1 a month, seasonal amplitude 30, normal noise sd 10, seeded).
Run: /usr/bin/python3 tests/analysis/data/make_ets_fixture.py (needs python3-statsmodels); output committed.
"""
import json
import os
import warnings

import numpy as np
import pandas as pd
from statsmodels.tsa.exponential_smoothing.ets import ETSModel

warnings.simplefilter("ignore")
here = os.path.dirname(os.path.abspath(__file__))
M = 12
H = 6


def initial_states(y, m):
    first, second = y[:m].mean(), y[m:2 * m].mean()
    b0 = (second - first) / m
    l0 = first - b0 * (m + 1) / 2.0
    s = np.empty(m)
    for j in range(m):
        t1, t2 = j + 1, j + 1 + m
        s[j] = ((y[j] - (l0 + t1 * b0)) + (y[j + m] - (l0 + t2 * b0))) / 2
    return l0, b0, s - s.mean()


def model(y, l0, b0, s):
    y = pd.Series(y, index=pd.period_range("2018-01", periods=len(y), freq="M"))
    return ETSModel(y, error="add", trend="add", damped_trend=True, seasonal="add", seasonal_periods=M,
                    initialization_method="known", initial_level=l0, initial_trend=b0, initial_seasonal=s)


def path(res, n):
    p = res.get_prediction(start=n, end=n + H - 1)
    f95 = p.summary_frame(alpha=0.05)
    f80 = p.summary_frame(alpha=0.20)
    return {"mean": list(f95["mean"]), "lower80": list(f80["pi_lower"]), "upper80": list(f80["pi_upper"]),
            "lower95": list(f95["pi_lower"]), "upper95": list(f95["pi_upper"])}


police = np.loadtxt(os.path.join(here, "police_monthly_totals.csv"), delimiter=",", skiprows=1, usecols=1)
rng = np.random.default_rng(20261204)
t = np.arange(60)
synthetic = np.round(200 + 1.0 * t + 30 * np.sin(2 * np.pi * t / M) + rng.normal(0, 10, 60))

out = {}
for name, y in (("police", police), ("synthetic", synthetic)):
    l0, b0, s = initial_states(y, M)
    mod = model(y, l0, b0, s)
    fixed = mod.smooth([0.3, 0.05, 0.1, 0.95])
    fitted = mod.fit(disp=False)
    names = mod.param_names
    params = dict(zip(names, fitted.params))
    out[name] = {
        "y": list(y), "m": M, "level": l0, "trend": b0, "seasonal": list(s),
        "fixed": {"alpha": 0.3, "beta": 0.05, "gamma": 0.1, "phi": 0.95,
                  "sse": float(np.sum(fixed.resid ** 2)), **path(fixed, len(y))},
        "fitted": {"alpha": params["smoothing_level"], "beta": params["smoothing_trend"],
                   "gamma": params["smoothing_seasonal"], "phi": params["damping_trend"],
                   "sse": float(np.sum(fitted.resid ** 2)), **path(fitted, len(y))},
    }
with open(os.path.join(here, "ets_fixture.json"), "w") as f:
    json.dump(out, f, indent=1)
print("ets_fixture.json written")
for k, v in out.items():
    print(k, {x: v["fitted"][x] for x in ("alpha", "beta", "gamma", "phi", "sse")}, v["fixed"]["sse"])
