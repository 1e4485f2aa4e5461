# eiPack side of packages/stats/bench/bench-md.ts: times ei.MD.bayes on a CSV of margins.
# Usage: Rscript bench_md.R data.csv R C burnin samples draws_out|none seed ntunes tunedraws
# The CSV has columns r1..rR (row counts) and c1..cC (column counts). tuneMD runs first
# (ntunes pilot runs of tunedraws iterations, not timed); the timed run is ei.MD.bayes with thin 1.
# Prints one JSON line: wall and CPU seconds, iterations, ms per iteration (wall and CPU); writes the Cell.counts draws
# (one row per draw, cells in eiPack's column-major order r + R*c) when draws_out is a path.
suppressMessages(library(eiPack))
a <- commandArgs(trailingOnly = TRUE)
d <- read.csv(a[1])
R <- as.integer(a[2]); C <- as.integer(a[3])
burnin <- as.integer(a[4]); samples <- as.integer(a[5]); out <- a[6]; seed <- as.integer(a[7])
ntunes <- as.integer(a[8]); tunedraws <- as.integer(a[9])
rows <- paste0("r", seq_len(R)); cols <- paste0("c", seq_len(C))
form <- as.formula(paste0("cbind(", paste(cols, collapse = ", "), ") ~ cbind(", paste(rows, collapse = ", "), ")"))
set.seed(seed)
tune <- tuneMD(form, data = d, ntunes = ntunes, totaldraws = tunedraws, ret.beta = "d")
p0 <- proc.time()
fit <- ei.MD.bayes(form, data = d, lambda1 = 4, lambda2 = 2, tune.list = tune,
                   sample = samples, burnin = burnin, thin = 1, ret.beta = "d")
p1 <- proc.time() - p0
secs <- p1[["elapsed"]]
cpu <- p1[["user.self"]] + p1[["sys.self"]]
if (out != "none") write.table(as.matrix(fit$draws$Cell.counts), out, sep = ",", row.names = FALSE, col.names = FALSE)
cat(sprintf("{\"seconds\": %.4f, \"cpuSeconds\": %.4f, \"iterations\": %d, \"msPerIteration\": %.5f, \"cpuMsPerIteration\": %.5f}\n",
            secs, cpu, burnin + samples, 1000 * secs / (burnin + samples), 1000 * cpu / (burnin + samples)))
