package app.kneecoach.bench;

import app.kneecoach.catalog.CatalogLoadResult;
import app.kneecoach.catalog.CatalogLoader;
import java.util.ArrayList;
import java.util.List;

/** Reading and validating the bundled catalog in a fresh JVM: the first (cold) load, as at start-up, and the median of the next ones. */
public final class CatalogLoadBenchmark {
    private static final int RUNS = 50;

    private CatalogLoadBenchmark() {
    }

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        CatalogLoadResult first = CatalogLoader.loadBundled();
        double cold = (System.nanoTime() - t0) / 1e6;
        if (!(first instanceof CatalogLoadResult.Loaded)) {
            throw new IllegalStateException("the bundled catalog does not load: " + first);
        }
        List<Double> warm = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            CatalogLoader.loadBundled();
            warm.add((System.nanoTime() - t) / 1e6);
        }
        double median = warm.stream().sorted().toList().get(RUNS / 2);
        System.out.println(BenchTable.render(List.of("measure", "value", "target"), List.of(
                List.of("catalog load + validation, first in this JVM", String.format("%.1f ms", cold), ""),
                List.of("catalog load + validation, median of " + RUNS, String.format("%.1f ms", median), "< 50 ms"))));
    }
}
