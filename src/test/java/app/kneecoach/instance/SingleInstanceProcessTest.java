package app.kneecoach.instance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Launches in JVMs of their own, as a user double-clicking the app twice would make them. */
class SingleInstanceProcessTest {
    /** A second launch's JVM start plus its handoff, on a busy machine; the handoff itself takes milliseconds. */
    private static final Duration FEW_SECONDS = Duration.ofSeconds(15);
    @TempDir
    Path dataDir;

    @Test
    void aSecondLaunchBringsTheFirstToTheFrontAndLeaves() throws Exception {
        try (ProbeRun first = ProbeRun.start(dataDir)) {
            first.awaitOwner();
            Set<String> before = fileNames();
            try (ProbeRun second = ProbeRun.start(dataDir)) {
                assertEquals("handed-over", second.nextLine(FEW_SECONDS));
                assertEquals(0, second.awaitExit(FEW_SECONDS));
            }
            // The owner acts before it answers, so its "front" is already on its way.
            assertEquals("front", first.nextLine(FEW_SECONDS));
            first.send("ping");
            assertEquals("pong", first.nextLine(FEW_SECONDS), "exactly one front, and the first still answers");
            assertTrue(first.isAlive());
            assertEquals(before, fileNames(), "the second launch left the folder as it found it");
            first.endInput();
            assertEquals(0, first.awaitExit(FEW_SECONDS));
        }
        assertEquals(Set.of(FolderLock.FILE_NAME), fileNames(), "a closing owner takes its handoff file away");
    }

    @Test
    void theLockOfAKilledOwnerIsTakenOver() throws Exception {
        try (ProbeRun killed = ProbeRun.start(dataDir)) {
            killed.awaitOwner();
            killed.kill();
        }
        assertTrue(Files.exists(dataDir.resolve(Handoff.FILE_NAME)), "a killed owner leaves its handoff behind");
        AtomicInteger fronts = new AtomicInteger();
        try (Owner owner = assertInstanceOf(Owner.class, SingleInstance.claim(dataDir, fronts::incrementAndGet))) {
            int port = owner.listening().get(ProbeRun.START.toSeconds(), TimeUnit.SECONDS).getPort();
            assertEquals(port, Handoff.readFrom(dataDir).port(), "the handoff is the new one");
            try (ProbeRun later = ProbeRun.start(dataDir)) {
                assertEquals("handed-over", later.nextLine(ProbeRun.START));
                assertEquals(0, later.awaitExit(FEW_SECONDS));
            }
            assertEquals(1, fronts.get());
        }
    }

    @Test
    void launchesAtTheSameMomentLeaveOneOwner() throws Exception {
        List<ProbeRun> launches = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                launches.add(ProbeRun.start(dataDir));
            }
            List<String> firstLines = new ArrayList<>();
            for (ProbeRun launch : launches) {
                firstLines.add(launch.nextLine(ProbeRun.START).replaceFirst("^owner \\d+$", "owner"));
            }
            assertEquals(List.of("handed-over", "handed-over", "owner"), firstLines.stream().sorted().toList());
            ProbeRun owner = launches.get(firstLines.indexOf("owner"));
            assertEquals("front", owner.nextLine(FEW_SECONDS));
            assertEquals("front", owner.nextLine(FEW_SECONDS));
            owner.send("ping");
            assertEquals("pong", owner.nextLine(FEW_SECONDS));
        } finally {
            for (ProbeRun launch : launches) {
                launch.close();
            }
        }
    }

    private Set<String> fileNames() throws Exception {
        try (Stream<Path> files = Files.list(dataDir)) {
            return files.map(f -> f.getFileName().toString()).collect(Collectors.toSet());
        }
    }
}
