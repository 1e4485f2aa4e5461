# Times the R package ei (King's 2x2 EI, defaults) on a CSV with columns x, t, n, as
# bench-basic.ts does for the TypeScript engine. Prints JSON: elapsed seconds (inside R,
# start-up excluded) and the aggregate B_b, B_w.
# Usage: Rscript packages/stats/reference/king-bench.R FILE.csv
suppressMessages(library(ei))
args <- commandArgs(trailingOnly = TRUE)
set.seed(1)
d <- read.csv(args[1])
elapsed <- system.time(
  dbuf <- suppressMessages(ei(t ~ x, total = "n", data = d))
)[["elapsed"]]
aggs <- eiread(dbuf, "aggs")
cat(sprintf('{"elapsedSec": %.3f, "Bb": %.5f, "Bw": %.5f}\n', elapsed, mean(aggs[, 1]), mean(aggs[, 2])))
