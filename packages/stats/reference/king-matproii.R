# Runs the R package ei (King's 2x2 EI) on matproii with its defaults and prints the mode
# (scale of estimation), its standard errors and the aggregate B_b, B_w (mean, sd) as JSON.
# Usage: Rscript packages/stats/reference/king-matproii.R [seed]
# The numbers it printed on Debian's r-cran-ei are recorded in king.test.ts comments.
suppressMessages(library(ei))
args <- commandArgs(trailingOnly = TRUE)
set.seed(if (length(args) > 0) as.integer(args[1]) else 1)
data(matproii)
elapsed <- system.time(
  dbuf <- suppressMessages(ei(t ~ x, total = "n", data = matproii))
)[["elapsed"]]
aggs <- eiread(dbuf, "aggs")
se <- sqrt(diag(solve(dbuf$hessianC)))
cat(sprintf(
  '{"phi": [%s], "phiSe": [%s], "Bb": [%.5f, %.5f], "Bw": [%.5f, %.5f], "resamp": %d, "elapsedSec": %.3f}\n',
  paste(sprintf("%.5f", dbuf$phi[1:5]), collapse = ", "),
  paste(sprintf("%.5f", se[1:5]), collapse = ", "),
  mean(aggs[, 1]), sd(aggs[, 1]), mean(aggs[, 2]), sd(aggs[, 2]), dbuf$resamp, elapsed
))
