package app.kneecoach.userdata;

import app.kneecoach.json.JsonDocuments;
import app.kneecoach.json.JsonObjectReader;
import app.kneecoach.json.Keyed;
import app.kneecoach.json.Problems;
import app.kneecoach.session.Side;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/** The user's settings in {@code settings.json}; a missing value takes its default, a damaged file is set aside. */
public final class SettingsStore {
    public static final String FILE = "settings.json";
    static final int SCHEMA_VERSION = 1;
    static final long MAX_BYTES = 64 * 1024;

    private final Path file;
    private UserSettings settings;

    private SettingsStore(Path file, UserSettings settings) {
        this.file = file;
        this.settings = settings;
    }

    public record Opened(SettingsStore store, Optional<StoreNotice> notice) {
    }

    public static Opened open(Path dir, Clock clock) {
        Path file = dir.resolve(FILE);
        DataFile.Loaded<UserSettings> loaded = DataFile.loadObject(file, MAX_BYTES, SettingsStore::settings, clock);
        SettingsStore store = new SettingsStore(file, loaded.value().orElse(UserSettings.DEFAULT));
        if (loaded.notice().flatMap(StoreNotice::keptAs).isPresent() && loaded.value().isPresent()) {
            try {
                // The damaged file is kept aside; what could be read of it is written anew, not lost next time.
                store.save(store.settings);
            } catch (IOException e) {
                // Still in force for this run; the notice already says the file had problems.
            }
        }
        return new Opened(store, loaded.notice());
    }

    public UserSettings settings() {
        return settings;
    }

    /** The settings file's content, as a backup keeps it. */
    public byte[] bytes() {
        return PrettyJson.bytes(json(settings));
    }

    /**
     * Puts settings from a backup in force and on disk; a backup whose settings cannot be read leaves the
     * current ones as they are.
     *
     * @return whether the backup's settings were taken
     */
    public boolean restore(byte[] content) throws IOException {
        Problems problems = new Problems(FILE, path -> null);
        Optional<UserSettings> read = JsonDocuments.quickTree(content, MAX_BYTES)
                .flatMap(tree -> JsonObjectReader.of(tree, "", problems).flatMap(SettingsStore::settings));
        if (read.isEmpty() || !problems.list().isEmpty()) {
            return false;
        }
        save(read.get());
        return true;
    }

    /**
     * Puts {@code changed} in force for this run, and saves it; if the save fails the change stays in force
     * (a person who needs larger text gets it even when the folder cannot be written) and the failure is thrown.
     */
    public void apply(UserSettings changed) throws IOException {
        settings = changed;
        save(changed);
    }

    public void save(UserSettings changed) throws IOException {
        AtomicFiles.write(file, PrettyJson.bytes(json(changed)));
        settings = changed;
    }

    private static ObjectNode json(UserSettings changed) {
        ObjectNode root = PrettyJson.object();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("sound", changed.sound());
        root.put("volume", changed.volume());
        root.put("getReadySeconds", changed.getReadySeconds());
        root.put("stretchRestSeconds", changed.stretchRestSeconds());
        root.put("strengthRestSeconds", changed.strengthRestSeconds());
        root.put("liftMillis", changed.liftMillis());
        root.put("lowerMillis", changed.lowerMillis());
        root.put("firstSide", changed.firstSide().name().toLowerCase(Locale.ROOT));
        root.put("theme", changed.theme().key());
        root.put("textSize", changed.textSize());
        root.put("welcomeSeen", changed.welcomeSeen());
        root.put("cues", changed.cues().key());
        root.put("restUntilReady", changed.restUntilReady());
        return root;
    }

    private static Optional<UserSettings> settings(JsonObjectReader r) {
        UserSettings d = UserSettings.DEFAULT;
        var version = r.integer("schemaVersion", SCHEMA_VERSION, SCHEMA_VERSION);
        var sound = r.optionalBoolean("sound").orElse(d.sound());
        var volume = within(r, "volume", UserSettings.VOLUME).orElse(d.volume());
        var getReady = within(r, "getReadySeconds", UserSettings.GET_READY_SECONDS).orElse(d.getReadySeconds());
        var stretchRest = within(r, "stretchRestSeconds", UserSettings.REST_SECONDS).orElse(d.stretchRestSeconds());
        var strengthRest = within(r, "strengthRestSeconds", UserSettings.REST_SECONDS)
                .orElse(d.strengthRestSeconds());
        var lift = within(r, "liftMillis", UserSettings.TEMPO_MILLIS).orElse(d.liftMillis());
        var lower = within(r, "lowerMillis", UserSettings.TEMPO_MILLIS).orElse(d.lowerMillis());
        // A value that cannot be used is reported and takes its default; the others are kept.
        var side = r.optionalText("firstSide").map(SettingsStore::side).orElse(Optional.of(d.firstSide()));
        if (side.isEmpty()) {
            r.problem("firstSide", "must be \"right\" or \"left\"");
        }
        var theme = r.optionalText("theme").map(SettingsStore::theme).orElse(Optional.of(d.theme()));
        if (theme.isEmpty()) {
            r.problem("theme", "must be one of " + Arrays.stream(Theme.values()).map(Theme::key).toList());
        }
        List<Integer> sizes = UserSettings.TEXT_SIZES;
        int textSize = r.optionalInteger("textSize", sizes.get(0), sizes.get(sizes.size() - 1)).orElse(d.textSize());
        if (!UserSettings.TEXT_SIZES.contains(textSize)) {
            r.problem("textSize", "must be one of " + UserSettings.TEXT_SIZES);
            textSize = d.textSize();
        }
        // A file without it was written before there was a welcome: its person has used the app already.
        var welcomeSeen = r.optionalBoolean("welcomeSeen").orElse(true);
        var cues = r.optionalText("cues").map(key -> Keyed.fromKey(SoundCues.class, key))
                .orElse(Optional.of(d.cues()));
        if (cues.isEmpty()) {
            r.problem("cues", "must be one of " + Arrays.stream(SoundCues.values()).map(SoundCues::key).toList());
        }
        // A file without it was written before rests could wait: they were timed, as the default keeps them.
        var restUntilReady = r.optionalBoolean("restUntilReady").orElse(d.restUntilReady());
        r.rejectUnknownFields();
        if (version.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new UserSettings(sound, volume, getReady, stretchRest, strengthRest, lift, lower,
                side.orElse(d.firstSide()), theme.orElse(d.theme()), textSize, welcomeSeen, cues.orElse(d.cues()),
                restUntilReady));
    }

    private static OptionalInt within(JsonObjectReader r, String field, UserSettings.Limit limit) {
        return r.optionalInteger(field, limit.min(), limit.max());
    }

    private static Optional<Theme> theme(String text) {
        return Arrays.stream(Theme.values()).filter(t -> t.key().equals(text)).findFirst();
    }

    private static Optional<Side> side(String text) {
        return text.equals("right") ? Optional.of(Side.RIGHT)
                : text.equals("left") ? Optional.of(Side.LEFT) : Optional.empty();
    }
}
