package org.synoptic.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * The CPU time, in <b>milliseconds per 1,000 words</b>, that the quote and cited-source extractors of
 * {@link ExtractorBenchmark} take on its corpus, measured as the calling thread's CPU time rather than wall time.
 *
 * <p>For a machine shared with other work, where wall-clock scores of {@link ExtractorBenchmark} swing by a factor of
 * ten between iterations: a thread's CPU time does not count the time it waits for a core. It does not count the
 * garbage collector's threads either, so it understates allocation-heavy code; compare two builds with it, and keep
 * {@link ExtractorBenchmark} as the figure for a quiet machine. Warms up, then alternates the two extractors for the
 * given number of rounds and prints the median and the minimum per extractor, for the two asked apart (their sum per
 * round) and for both read together as {@code ArticleAnalyzer} reads them ({@code attributions}: one context per
 * article). Run from the project root:
 * {@code java -cp synoptic-bench/target/benchmarks.jar:synoptic-cli/target/lib/* org.synoptic.bench.ExtractorCpuTime
 * [rounds] [language]}.
 */
public final class ExtractorCpuTime {

    private ExtractorCpuTime() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        ExtractorBenchmark bench = new ExtractorBenchmark();
        bench.language = args.length > 1 ? args[1] : "de";
        bench.readCorpus();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (int k = 0; k < rounds / 2; k++) { // warm-up: let the JIT compile all three
            bench.quotes();
            bench.citedSources();
            bench.attributions();
        }
        double[] quotes = new double[rounds];
        double[] sources = new double[rounds];
        double[] apart = new double[rounds];
        double[] together = new double[rounds];
        double thousands = ExtractorBenchmark.WORDS / 1000.0;
        for (int k = 0; k < rounds; k++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            bench.quotes();
            long t1 = cpu.getCurrentThreadCpuTime();
            bench.citedSources();
            long t2 = cpu.getCurrentThreadCpuTime();
            bench.attributions();
            long t3 = cpu.getCurrentThreadCpuTime();
            quotes[k] = (t1 - t0) / 1e6 / thousands;
            sources[k] = (t2 - t1) / 1e6 / thousands;
            apart[k] = quotes[k] + sources[k];
            together[k] = (t3 - t2) / 1e6 / thousands;
        }
        print("quotes", quotes);
        print("citedSources", sources);
        print("quotes+citedSources", apart);
        print("attributions", together);
    }

    private static void print(String name, double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.printf("ExtractorCpuTime[%s] %s: median %.2f, min %.2f CPU ms per 1,000 words (%d rounds)%n",
                "cpu", name, sorted[sorted.length / 2], sorted[0], sorted.length);
    }
}
