package app.kneecoach.ui.history;

import app.kneecoach.ui.common.AppServices;
import app.kneecoach.ui.common.Dialogs;
import app.kneecoach.ui.testing.TestServices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.session.FakeClock;
import app.kneecoach.session.Side;
import app.kneecoach.sound.SoundPlayer;
import app.kneecoach.userdata.SessionRecord;
import app.kneecoach.userdata.SessionStatus;
import app.kneecoach.userdata.SoundCues;
import app.kneecoach.userdata.Theme;
import app.kneecoach.userdata.UserSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Export, back up and restore through the view model, on a real store; the restore question answered by the test. */
class RecordsViewModelTest {
    private final Path folder = TestServices.freshFolder();
    private final Path out = TestServices.freshFolder();
    private final SoundPlayer sound = SoundPlayer.silent();
    private final AppServices services = TestServices.in(folder, new FakeClock(), sound);
    private final List<String> restored = new ArrayList<>();
    private final RecordsViewModel model = new RecordsViewModel(services, restored::add);

    @Test
    void exportsWriteTheFilesAndSaySo() throws IOException {
        save("a", 6);
        Path csv = out.resolve("history.csv");
        model.exportCsv(csv);
        assertEquals("Saved to " + csv + ".", model.csvResult().get());
        assertTrue(Files.readString(csv).startsWith("date,time,routine,exercise"));
        Path json = out.resolve("history.json");
        model.exportJson(json);
        assertEquals("Saved to " + json + ".", model.jsonResult().get());
        assertTrue(Files.readString(json).contains("\"painBefore\" : 6"));

        model.exportCsv(out);
        assertTrue(model.csvResult().get().startsWith("Could not save " + out + ": "), "a folder is not a file");
    }

    @Test
    void theDialogsAreAskedWhatToSuggest() {
        assertEquals(new RecordsViewModel.FileQuestion("Export as CSV\u2026", "knee-coach-history.csv"),
                model.csvFile());
        assertEquals(new RecordsViewModel.FileQuestion("Export as JSON\u2026", "knee-coach-history.json"),
                model.jsonFile());
        assertEquals(new RecordsViewModel.FileQuestion("Back up\u2026", "knee-coach-backup-2026-11-24.kneecoach"),
                model.backupFile(), "named for today");
        assertEquals("Restore from a backup\u2026", model.restoreTitle());
    }

    @Test
    void aBackupRestoredOnlyOnceConfirmedWithItsSettings() throws IOException {
        save("a", 4);
        Path backup = out.resolve("backup.kneecoach");
        model.backUp(backup);
        assertEquals("Backed up to " + backup + ".", model.result().get());
        save("b", 5);
        UserSettings light = services.userSettings().settings();
        UserSettings quietAndDark = new UserSettings(false, 20, 5, 15, 30, 2000, 2000, Side.LEFT, Theme.DARK, 150, false, SoundCues.VOICE, false);
        services.userSettings().apply(quietAndDark);
        AppServices.applySound(sound, quietAndDark);

        List<Dialogs.Question> asked = new ArrayList<>();
        model.restore(backup, question -> asked.add(question) && false);
        Dialogs.Question question = asked.get(0);
        assertTrue(question.text().contains("holds 1 session, 0 routines and 0 aerobic entries"), question.text());
        assertEquals("Keep my records", question.safeAnswer());
        assertEquals("Replace with the backup", question.riskyAnswer());
        assertEquals(2, services.storage().store().count(), "kept: the answer was no");
        assertEquals(List.of(), restored);

        model.restore(backup, yes -> true);
        assertEquals(1, services.storage().store().count());
        assertEquals(1, restored.size());
        assertTrue(restored.get(0).startsWith("Your records as they were before are kept in "), restored.get(0));
        assertTrue(restored.get(0).contains("knee-coach-before-restore-"), restored.get(0));
        assertEquals(light, model.look().get(), "the backup's look, for the window to show");
        assertEquals(light, services.userSettings().settings());
        assertFalse(sound.isMuted(), "and its sound, at once");
        assertEquals(light.volume() / 100.0, sound.volume());
    }

    @Test
    void aFileThatIsNotABackupIsRefusedWithoutAsking() throws IOException {
        save("a", 4);
        Path notes = Files.writeString(out.resolve("notes.txt"), "not a backup");
        model.restore(notes, question -> {
            throw new AssertionError("nothing to ask about");
        });
        assertTrue(model.result().get().startsWith("This file cannot be restored: "), model.result().get());
        assertTrue(model.result().get().endsWith("Nothing was changed."), model.result().get());
        assertEquals(1, services.storage().store().count());
        assertEquals(List.of(), restored);
    }

    private void save(String id, int pain) {
        Instant at = Instant.parse("2026-11-24T07:00:00Z");
        services.saver().save(new SessionRecord(id, at, at.plus(Duration.ofMinutes(5)), Optional.empty(), List.of(),
                OptionalInt.of(pain), Optional.empty(), OptionalInt.of(pain), Optional.empty(),
                SessionStatus.COMPLETED), true);
    }
}
