package app.kneecoach.fault;

import app.kneecoach.userdata.JsonImport;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.catalog.CatalogLoadResult;
import app.kneecoach.catalog.CatalogLoader;
import app.kneecoach.userdata.Histories;
import app.kneecoach.userdata.HistoryStore;
import app.kneecoach.userdata.StoreNotice;
import app.kneecoach.userdata.SyntheticHistory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mutations of the real catalog and of a real history: the loaders never throw anything but their own
 * clear error, never hang, and never change the file they read (a damaged history is moved aside intact).
 */
class MutatedFilesTest {
    private static final int CASES = 60;
    private static final Duration LIMIT = Duration.ofSeconds(10);
    @TempDir
    Path dir;

    static Stream<Mutations.Mutation> catalogs() throws IOException {
        return Mutations.of(Files.readAllBytes(Path.of("exercises.json")), CASES, 20261124L).stream();
    }

    static Stream<Mutations.Mutation> histories() throws IOException {
        Path source = Files.createTempDirectory("knee-coach-mutations");
        SyntheticHistory.write(source, 5, 7L);
        return Mutations.of(Files.readAllBytes(source.resolve(JsonImport.HISTORY_FILE)), CASES, 1125L).stream();
    }

    @ParameterizedTest(name = "catalog: {0}")
    @MethodSource("catalogs")
    void theCatalogLoaderReportsAndLeavesTheFileAlone(Mutations.Mutation mutation) throws IOException {
        Path file = dir.resolve("exercises.json");
        Files.write(file, mutation.content());
        CatalogLoadResult result = assertTimeoutPreemptively(LIMIT, () -> CatalogLoader.load(file));
        if (result instanceof CatalogLoadResult.Failed failed) {
            assertTrue(!failed.problems().isEmpty());
            failed.problems().forEach(p -> assertTrue(p.toString().startsWith(file.toString()), p.toString()));
        }
        assertArrayEquals(mutation.content(), Files.readAllBytes(file), "the catalog file is unchanged");
    }

    @ParameterizedTest(name = "history: {0}")
    @MethodSource("histories")
    void theHistoryStoreReportsAndKeepsTheFileIntact(Mutations.Mutation mutation) throws IOException {
        Path file = dir.resolve(JsonImport.HISTORY_FILE);
        Files.write(file, mutation.content());
        HistoryStore.Opened opened = assertTimeoutPreemptively(LIMIT, () -> HistoryStore.open(dir, Clock.systemUTC()));
        if (opened.notices().isEmpty()) {
            // Readable: imported, and the file kept byte for byte under its new name.
            assertArrayEquals(mutation.content(), Files.readAllBytes(opened.imported().orElseThrow().keptAs().get(0)),
                    "a readable history is kept as it was");
            return;
        }
        StoreNotice notice = opened.notices().get(0);
        assertTrue(notice.problems().toString().contains(JsonImport.HISTORY_FILE), notice.problems().toString());
        assertArrayEquals(mutation.content(), Files.readAllBytes(notice.keptAs().orElseThrow()),
                "the damaged file is kept byte for byte");
        assertEquals(notice.kept(), Histories.all(opened.store()).size());
    }
}
