# Reference posterior for the Terrain MD sampler (packages/stats/src/md-*.ts):
# eiPack's ei.MD.bayes (Rosen et al. 2001) on senc, North Carolina 2001, race x party.
# Priors: eiPack's defaults, alpha_rc ~ Gamma(shape lambda1 = 4, rate lambda2 = 2).
# Each chain: tuneMD (10 pilot runs of 2000 iterations), then burnin 20000 and
# 10000 kept draws thinned by 20 (220000 iterations). Four chains (seeds 1..4).
# Writes eipack_md_senc.json: posterior means of the aggregate cells (counts and shares of
# each race going to each party) per chain and pooled, and R's time per MCMC iteration.
# Run from the repository root: Rscript packages/stats/reference/eipack_md_senc.R
suppressMessages(library(eiPack))
args <- commandArgs(trailingOnly = TRUE)
data_dir <- if (length(args) >= 1) args[1] else "../shared/data"
out_file <- if (length(args) >= 2) args[2] else "packages/stats/reference/eipack_md_senc.json"
senc <- read.table(gzfile(file.path(data_dir, "ei", "senc.tab.gz")), header = TRUE)
form <- cbind(dem, rep, non) ~ cbind(white, black, natam)
races <- c("white", "black", "natam"); parties <- c("dem", "rep", "non")
burnin <- 20000; samples <- 10000; thin <- 20; chains <- 4
row_tot <- colSums(senc[, races])
per_chain <- list(); secs <- 0; iters <- 0
for (k in seq_len(chains)) {
  set.seed(k)
  tune <- tuneMD(form, data = senc, ntunes = 10, totaldraws = 2000, ret.beta = "d")
  t0 <- proc.time()[["elapsed"]]
  fit <- ei.MD.bayes(form, data = senc, lambda1 = 4, lambda2 = 2, tune.list = tune,
                     sample = samples, burnin = burnin, thin = thin, ret.beta = "d")
  secs <- secs + proc.time()[["elapsed"]] - t0
  iters <- iters + burnin + samples * thin
  cc <- colMeans(fit$draws$Cell.counts)
  counts <- sapply(parties, function(p) sapply(races, function(r) cc[[paste("ccount", r, p, sep = ".")]]))
  per_chain[[k]] <- counts
  cat("chain", k, "shares\n"); print(round(counts / row_tot, 4))
}
pooled <- Reduce(`+`, per_chain) / chains
mat_json <- function(m) paste0("[", paste(apply(m, 1, function(r) paste0("[", paste(sprintf("%.6f", r), collapse = ", "), "]")), collapse = ", "), "]")
json <- paste0("{\n",
  "  \"source\": \"eiPack ", as.character(packageVersion("eiPack")), " ei.MD.bayes on senc (R ", getRversion(), ")\",\n",
  "  \"rows\": [\"white\", \"black\", \"natam\"],\n  \"cols\": [\"dem\", \"rep\", \"non\"],\n",
  "  \"lambda1\": 4, \"lambda2\": 2, \"burnin\": ", burnin, ", \"samples\": ", samples, ", \"thin\": ", thin, ", \"chains\": ", chains, ",\n",
  "  \"shares\": ", mat_json(pooled / row_tot), ",\n",
  "  \"counts\": ", mat_json(pooled), ",\n",
  "  \"chainShares\": [", paste(sapply(per_chain, function(m) mat_json(m / row_tot)), collapse = ", "), "],\n",
  "  \"msPerIteration\": ", sprintf("%.5f", 1000 * secs / iters), "\n}\n")
writeLines(json, out_file)
cat(json)
