package app.kneecoach.userdata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.catalog.Routine;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bringing an earlier version's files into the records: once, whole, and with a report of what came over. */
class JsonImportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STAMP = "20261124-100000";
    private static final List<SessionRecord> SESSIONS = List.of(Sessions.full(0, 3, 2), Sessions.bare(1),
            Sessions.full(2, 4, 3));
    private static final SessionRecord UNDER_WAY = Sessions.full(3, 5, 5).ended(Sessions.full(3, 5, 5).startedAt(),
            SessionStatus.INTERRUPTED);
    private static final String ROUTINES = """
            {"schemaVersion": 1, "routines": [
              {"id": "my-routine-1", "name": "Mornings", "description": "Before work",
               "items": [{"exercise": "bridge", "target": 12}]},
              {"id": "my-routine-4", "name": "Evenings", "items": []}]}""";
    @TempDir
    Path dir;

    private void writeAllThree() throws IOException {
        Histories.writeOldHistory(dir, new History(SESSIONS));
        Histories.writeOldInProgress(dir, UNDER_WAY);
        Files.writeString(dir.resolve(JsonImport.ROUTINES_FILE), ROUTINES);
    }

    @Test
    void theReportSaysWhatWasBroughtOverAndWhereTheFilesWent() throws IOException {
        writeAllThree();
        HistoryStore.Opened opened = HistoryStore.open(dir, HistoryStoreTest.CLOCK);

        assertEquals(List.of(), opened.notices());
        assertEquals(Optional.of(new JsonImport.Report(3, true, 2, List.of(
                dir.resolve(JsonImport.HISTORY_FILE + ".imported-" + STAMP),
                dir.resolve(JsonImport.IN_PROGRESS_FILE + ".imported-" + STAMP),
                dir.resolve(JsonImport.ROUTINES_FILE + ".imported-" + STAMP)))), opened.imported());
        assertEquals(SESSIONS, Histories.all(opened.store()));
        assertEquals(Optional.of(UNDER_WAY), opened.store().interrupted());
        assertEquals(List.of("Mornings", "Evenings"), opened.routines().routines().stream().map(Routine::name).toList());
        assertEquals("Before work", opened.routines().routines().get(0).description());
        assertEquals("my-routine-5", opened.routines().create("New").id());
        assertEquals(Optional.empty(), HistoryStore.open(dir, HistoryStoreTest.CLOCK).imported(), "only once");
    }

    @Test
    void theRestTakenAfterASetComesOverAndAFileWithoutItHasNone() throws IOException {
        Histories.writeOldHistory(dir, new History(List.of(Sessions.full(0, 3, 2), Sessions.rested(1, 65))));
        assertTrue(Files.readString(dir.resolve(JsonImport.HISTORY_FILE)).contains("\"restSeconds\""));
        HistoryStore.Opened opened = HistoryStore.open(dir, HistoryStoreTest.CLOCK);
        assertEquals(List.of(), opened.notices());
        assertEquals(List.of(Sessions.full(0, 3, 2), Sessions.rested(1, 65)), Histories.all(opened.store()));
    }

    @Test
    void aCrashAfterTheImportButBeforeTheRenamesAddsNothingTwice() throws IOException {
        writeAllThree();
        HistoryStore.open(dir, HistoryStoreTest.CLOCK).store().close();
        // As if the app had stopped after the commit, before renaming the files: they are all still there.
        writeAllThree();

        HistoryStore.Opened again = HistoryStore.open(dir, HistoryStoreTest.CLOCK);

        assertEquals(List.of(), again.notices());
        assertEquals(3, again.imported().orElseThrow().sessions());
        assertEquals(SESSIONS, Histories.all(again.store()));
        assertEquals(Optional.of(UNDER_WAY), again.store().interrupted());
        assertEquals(List.of("Mornings", "Evenings"), again.routines().routines().stream().map(Routine::name).toList());
        assertTrue(Files.notExists(dir.resolve(JsonImport.HISTORY_FILE)));
    }

    @Test
    void anImportThatMeetsTheSessionsUnderTheirIdsLeavesTheRecordsAsTheyAre() throws IOException {
        HistoryStore store = HistoryStore.open(dir, HistoryStoreTest.CLOCK).store();
        SessionRecord edited = Sessions.full(0, 9, 9);
        store.add(edited);
        store.close();
        Histories.writeOldHistory(dir, new History(SESSIONS));

        HistoryStore.Opened opened = HistoryStore.open(dir, HistoryStoreTest.CLOCK);

        assertEquals(List.of(), opened.notices());
        assertEquals(List.of(edited, SESSIONS.get(1), SESSIONS.get(2)), Histories.all(opened.store()),
                "the session already kept is not written over by the file's copy");
    }

    @Test
    void aDamagedInProgressFileIsNotOfferedAndIsListedWhereItWasKept() throws IOException {
        Histories.writeOldHistory(dir, new History(SESSIONS));
        Files.writeString(dir.resolve(JsonImport.IN_PROGRESS_FILE), "{\"schemaVersion\": 1, \"session\": ");

        HistoryStore.Opened opened = HistoryStore.open(dir, HistoryStoreTest.CLOCK);

        StoreNotice notice = opened.notices().get(0);
        Path keptAs = dir.resolve(JsonImport.IN_PROGRESS_FILE + ".unreadable-" + STAMP);
        assertEquals(Optional.of(keptAs), notice.keptAs());
        assertEquals(Optional.of(new JsonImport.Report(3, false, 0, List.of(
                dir.resolve(JsonImport.HISTORY_FILE + ".imported-" + STAMP), keptAs))), opened.imported());
        assertEquals(Optional.empty(), opened.store().interrupted());
    }

    @Test
    void anInProgressSessionReadWithAProblemIsKeptAsideNotOffered() throws IOException {
        Histories.writeOldInProgress(dir, UNDER_WAY);
        Path file = dir.resolve(JsonImport.IN_PROGRESS_FILE);
        ObjectNode root = (ObjectNode) JSON.readTree(file.toFile());
        ((ObjectNode) root.get("session")).put("painBefore", 11);
        Files.write(file, JSON.writeValueAsBytes(root));

        HistoryStore.Opened opened = HistoryStore.open(dir, HistoryStoreTest.CLOCK);

        assertEquals(1, opened.notices().size());
        assertEquals(false, opened.imported().orElseThrow().inProgress());
        assertEquals(Optional.empty(), opened.store().interrupted());
        assertEquals(List.of(), Histories.all(opened.store()));
    }

    @Test
    void aRoutineLostToDamageStillHasItsNumberTaken() throws IOException {
        Files.writeString(dir.resolve(JsonImport.ROUTINES_FILE), """
                {"schemaVersion": 1, "routines": [
                  {"id": "my-routine-1", "name": "Good", "items": []},
                  {"id": "my-routine-9", "name": "", "items": []}]}""");

        HistoryStore.Opened opened = HistoryStore.open(dir, HistoryStoreTest.CLOCK);

        assertEquals(1, opened.notices().get(0).kept());
        assertEquals(List.of("Good"), opened.routines().routines().stream().map(Routine::name).toList());
        assertEquals("my-routine-10", opened.routines().create("New").id(), "never the lost routine's number");
    }

    @Test
    void aRoutinesFileSavedAsUtf16IsReadAndItsNumbersAreTaken() throws IOException {
        // As a text editor's "Unicode" choice saves it: Jackson reads it, a plain UTF-8 read of the text fails.
        Files.write(dir.resolve(JsonImport.ROUTINES_FILE), ROUTINES.getBytes(StandardCharsets.UTF_16));

        HistoryStore.Opened opened = HistoryStore.open(dir, HistoryStoreTest.CLOCK);

        assertEquals(List.of(), opened.notices());
        assertEquals(List.of("my-routine-1", "my-routine-4"), opened.routines().routines().stream()
                .map(Routine::id).toList());
        assertEquals("my-routine-5", opened.routines().create("New").id());
    }

    @Test
    void aRoutineAlreadyKeptIsNotAddedAgain() throws IOException {
        HistoryStore.Opened first = HistoryStore.open(dir, HistoryStoreTest.CLOCK);
        Routine mine = first.routines().create("Kept since");
        first.store().close();
        Files.writeString(dir.resolve(JsonImport.ROUTINES_FILE), """
                {"schemaVersion": 1, "routines": [
                  {"id": "my-routine-1", "name": "From the file", "items": []},
                  {"id": "my-routine-2", "name": "Second", "items": []}]}""");

        HistoryStore.Opened opened = HistoryStore.open(dir, HistoryStoreTest.CLOCK);

        assertEquals(List.of(), opened.notices());
        assertEquals(List.of(mine.id(), "my-routine-2"), opened.routines().routines().stream().map(Routine::id).toList());
        assertEquals("Kept since", opened.routines().routines().get(0).name());
    }

    static Stream<Arguments> unknownFields() {
        return Stream.of(
                history("history top level", root -> root.put("exported", "yesterday"), "exported"),
                history("exercise", root -> exercise(root).put("mood", "fine"), "sessions[0].exercises[0].mood"),
                history("choice", root -> ((ObjectNode) exercise(root).get("choice")).put("speed", 2),
                        "sessions[0].exercises[0].choice.speed"),
                history("side", root -> side(root).put("knee", "left"), "sessions[0].exercises[0].sides[0].knee"),
                history("set", root -> ((ObjectNode) side(root).withArray("sets").get(0)).put("effort", 7),
                        "sessions[0].exercises[0].sides[0].sets[0].effort"),
                Arguments.of("in-progress top level", JsonImport.IN_PROGRESS_FILE,
                        (Consumer<ObjectNode>) root -> root.put("savedBy", "me"), "savedBy", 0),
                Arguments.of("routines top level", JsonImport.ROUTINES_FILE,
                        (Consumer<ObjectNode>) root -> root.put("sharedWith", "nobody"), "sharedWith", 2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unknownFields")
    void anUnknownFieldIsReportedWhereverItIs(String name, String fileName, Consumer<ObjectNode> change, String path,
                                              int kept) throws IOException {
        writeAllThree();
        Path file = dir.resolve(fileName);
        ObjectNode root = (ObjectNode) JSON.readTree(file.toFile());
        change.accept(root);
        byte[] damaged = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        Files.write(file, damaged);

        HistoryStore.Opened opened = HistoryStore.open(dir, HistoryStoreTest.CLOCK);

        assertEquals(1, opened.notices().size(), opened.notices().toString());
        StoreNotice notice = opened.notices().get(0);
        assertEquals(file, notice.file());
        assertEquals(List.of(path), notice.problems().stream().map(p -> p.path()).toList());
        assertTrue(notice.problems().get(0).message().startsWith("unknown field"), notice.problems().toString());
        assertTrue(notice.problems().get(0).line() > 1, "pointed at in the file: " + notice.problems());
        assertEquals(kept, notice.kept());
        assertArrayEquals(damaged, Files.readAllBytes(notice.keptAs().orElseThrow()));
    }

    @Test
    void aNoteOfTheLongestLengthAllowedIsImported() throws IOException {
        String longest = "n".repeat(SessionRecord.NOTE_MAX);
        SessionRecord noted = Sessions.full(0, 3, 2).withPainAfter(java.util.OptionalInt.of(2), Optional.of(longest));
        Histories.writeOldHistory(dir, new History(List.of(noted)));

        HistoryStore.Opened opened = HistoryStore.open(dir, HistoryStoreTest.CLOCK);

        assertEquals(List.of(), opened.notices());
        assertEquals(List.of(noted), Histories.all(opened.store()));
    }

    @Test
    void anUnfinishedSessionFileOfTheEarlierVersionIsOfferedAtTheNextStart() throws IOException {
        Histories.writeOldInProgress(dir, UNDER_WAY);

        HistoryStore.Opened opened = HistoryStore.open(dir, HistoryStoreTest.CLOCK);

        assertEquals(List.of(), opened.notices());
        assertEquals(Optional.of(UNDER_WAY), opened.store().interrupted());
    }

    private static Arguments history(String name, Consumer<ObjectNode> change, String path) {
        return Arguments.of(name, JsonImport.HISTORY_FILE, change, path, 3);
    }

    private static ObjectNode exercise(ObjectNode root) {
        return (ObjectNode) ((ObjectNode) root.withArray("sessions").get(0)).withArray("exercises").get(0);
    }

    private static ObjectNode side(ObjectNode root) {
        return (ObjectNode) exercise(root).withArray("sides").get(0);
    }
}
