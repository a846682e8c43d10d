package app.kneecoach.sound;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * The recorded voice: each cue's clips as PCM in the player's format ({@link LineSoundPlayer#FORMAT}), read from
 * the bundled WAV files the first time each is needed and kept. A missing or unreadable clip is left out (and
 * logged once), so the rest of the cue, and the session, carry on.
 */
public final class VoiceClips {
    static final String FOLDER = "/app/kneecoach/voice/";
    private static final Logger LOG = Logger.getLogger(VoiceClips.class.getName());

    private final Function<String, InputStream> files;
    private final Map<String, Optional<byte[]>> loaded = new ConcurrentHashMap<>();

    VoiceClips(Function<String, InputStream> files) {
        this.files = files;
    }

    /** The clips that come with the app. */
    public static VoiceClips bundled() {
        return new VoiceClips(id -> VoiceClips.class.getResourceAsStream(FOLDER + id + ".wav"));
    }

    /** The cue's clips, in the order they are said. */
    public List<byte[]> pcmFor(VoiceCue cue) {
        List<byte[]> clips = new ArrayList<>();
        for (String id : VoiceScript.clipsFor(cue)) {
            pcm(id).ifPresent(clips::add);
        }
        return clips;
    }

    /** One clip as 16-bit mono PCM at the player's rate; empty when it is missing or cannot be read. */
    public Optional<byte[]> pcm(String clipId) {
        return loaded.computeIfAbsent(clipId, this::load);
    }

    private Optional<byte[]> load(String clipId) {
        try (InputStream in = files.apply(clipId)) {
            if (in == null) {
                LOG.log(Level.WARNING, "No voice clip {0}", clipId);
                return Optional.empty();
            }
            return Optional.of(decode(in));
        } catch (IOException | UnsupportedAudioFileException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "Voice clip {0} cannot be read: {1}", new Object[] {clipId, e.toString()});
            return Optional.empty();
        }
    }

    /** Reads a WAV file and converts it (the clips are 16 kHz) to the player's format. */
    static byte[] decode(InputStream wav) throws IOException, UnsupportedAudioFileException {
        try (AudioInputStream clip = AudioSystem.getAudioInputStream(new BufferedInputStream(wav));
             AudioInputStream pcm = AudioSystem.getAudioInputStream(LineSoundPlayer.FORMAT, clip)) {
            return pcm.readAllBytes();
        }
    }

    /** The clip at a volume from 0 (silent) to 1 (as recorded). */
    static byte[] atVolume(byte[] pcm, double volume) {
        if (volume >= 1) {
            return pcm;
        }
        byte[] scaled = new byte[pcm.length];
        for (int i = 0; i + 1 < pcm.length; i += 2) {
            short sample = (short) ((pcm[i] & 0xff) | (pcm[i + 1] << 8));
            short value = (short) Math.round(sample * volume);
            scaled[i] = (byte) value;
            scaled[i + 1] = (byte) (value >> 8);
        }
        return scaled;
    }
}
