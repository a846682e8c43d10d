package app.kneecoach.bench;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * Cold start to the first painted window and resident memory, Knee Coach against a bare JavaFX window
 * (the floor), each in fresh JVMs, alternating, on the same JVM and toolkit (headless Monocle, as the
 * tests). Knee Coach also starts as javafx:run starts it (with the app's JVM options) and as the app image
 * does (those options, from jars, with a CDS archive of its own: {@link CdsArchive}); the bare window too, for
 * reference. Targets: start within 1.25x the floor, memory within 1.3x. {@code -Dbench.startRuns=N} (default
 * 7); {@code -Dbench.appJar} (the project jar) and {@code -Dbench.appJvmOptions} are set by the bench profile.
 */
public final class StartupBenchmark {
    private static final List<String> BARE = List.of("bare");
    private static final String DIRECTORIES = "class folders, jars";
    private static final String JARS = "jars only";

    private StartupBenchmark() {
    }

    /** One way of starting: a row of the table. */
    private record Variant(String name, String from, String classPath, List<String> jvmOptions,
                           List<String> probeArgs) {
        long[] probe(List<String> extraOptions) throws IOException, InterruptedException {
            return Probe.run(with(jvmOptions, extraOptions), classPath, probeArgs);
        }
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.getInteger("bench.startRuns", 7);
        Path appJar = Path.of(Objects.requireNonNull(System.getProperty("bench.appJar"),
                "-Dbench.appJar: the project jar (the bench profile sets it)"));
        Path work = Files.createDirectories(appJar.resolveSibling("startup-cds"));
        Path dataDir = Files.createTempDirectory("knee-coach-start");
        // The usual start, not the first: the welcome was seen, so the window opens on Exercises.
        Files.writeString(dataDir.resolve("settings.json"), "{\"schemaVersion\": 1, \"welcomeSeen\": true}");
        List<String> app = List.of("app", dataDir.toString());
        // As mvn javafx:run starts the app: class directories, which CDS cannot archive.
        String directories = System.getProperty("java.class.path");
        String jars = jarClassPath(appJar, work);
        List<String> appOptions = List.of(Objects.requireNonNull(System.getProperty("bench.appJvmOptions"),
                "-Dbench.appJvmOptions: the app's JVM options (the bench profile sets them)").split("\\s+"));
        List<Variant> variants = List.of(
                new Variant("bare window (the floor)", DIRECTORIES, directories, List.of(), BARE),
                new Variant("bare window, app's JVM options and a CDS archive", JARS, jars,
                        with(appOptions, archiveOptions("bare", jars, BARE, work)), BARE),
                new Variant("Knee Coach on a plain JVM", DIRECTORIES, directories, List.of(), app),
                new Variant("Knee Coach as mvn javafx:run starts it", DIRECTORIES, directories, appOptions, app),
                new Variant("Knee Coach as the app image starts it", JARS, jars,
                        with(appOptions, archiveOptions("app", jars, app, work)), app));
        for (Variant variant : variants) {
            // The warm-up run; -Xshare:on makes a JVM that cannot use its archive fail instead of ignoring it.
            variant.probe(variant.from().equals(JARS) ? List.of("-Xshare:on") : List.of());
        }
        List<List<long[]>> results = variants.stream().<List<long[]>>map(variant -> new ArrayList<>()).toList();
        for (int i = 0; i < runs; i++) {
            for (int v = 0; v < variants.size(); v++) {
                results.get(v).add(variants.get(v).probe(List.of()));
            }
        }
        System.out.println(table(variants, results, runs));
    }

    /** A row per variant; the ratios are against the first, the plain bare window. */
    private static String table(List<Variant> variants, List<List<long[]>> results, int runs) {
        long floorMs = median(results.get(0), 0);
        long floorKb = median(results.get(0), 1);
        List<List<String>> rows = new ArrayList<>();
        for (int v = 0; v < variants.size(); v++) {
            Variant variant = variants.get(v);
            long ms = median(results.get(v), 0);
            long kb = median(results.get(v), 1);
            rows.add(List.of(variant.name(), variant.from(),
                    ms + " ms", ratio(ms, floorMs), kb / 1024 + " MB", ratio(kb, floorKb)));
        }
        rows.add(List.of("target", "", "", "<= 1.25", "", "<= 1.30"));
        return BenchTable.render(List.of("median of " + runs + " runs", "class path", "start to first frame",
                "ratio", "resident memory", "ratio"), rows);
    }

    /**
     * The project jar, the probe classes (a jar made here from the test classes) and the dependency jars:
     * the class path the CDS rows start from.
     */
    private static String jarClassPath(Path appJar, Path work) throws URISyntaxException {
        Path testClasses = Path.of(StartupProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path probeJar = work.resolve("startup-probe.jar");
        ToolProvider jar = ToolProvider.findFirst("jar").orElseThrow(() -> new IllegalStateException("no jar tool"));
        if (jar.run(System.out, System.err, "--create", "--file", probeJar.toString(), "-C", testClasses.toString(),
                ".") != 0) {
            throw new IllegalStateException("could not make " + probeJar);
        }
        List<String> entries = new ArrayList<>(List.of(appJar.toString(), probeJar.toString()));
        Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.endsWith(".jar"))
                .forEach(entries::add);
        return String.join(File.pathSeparator, entries);
    }

    /** Makes a CDS archive for the probe on the jar class path; returns the options that use it. */
    private static List<String> archiveOptions(String name, String jars, List<String> probeArgs, Path work)
            throws IOException, InterruptedException {
        Path classList = work.resolve(name + ".classlist");
        Path archive = work.resolve(name + ".jsa");
        CdsArchive.train(jars, probeArgs, classList);
        CdsArchive.dump(Probe.java(), jars, classList, archive);
        return List.of("-XX:SharedArchiveFile=" + archive);
    }

    private static List<String> with(List<String> options, List<String> more) {
        return Stream.concat(options.stream(), more.stream()).toList();
    }

    private static long median(List<long[]> runs, int field) {
        List<Long> values = runs.stream().map(r -> r[field]).sorted().toList();
        return values.get(values.size() / 2);
    }

    private static String ratio(long value, long floor) {
        return String.format("%.2f", value / (double) floor);
    }
}
