package app.kneecoach.ui.player;

import app.kneecoach.sound.SoundPlayer;
import app.kneecoach.sound.Tone;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps the tones instead of playing them. */
final class RecordingSound extends SoundPlayer {
    private final List<Tone> played = new CopyOnWriteArrayList<>();

    @Override
    protected void sound(Tone tone) {
        played.add(tone);
    }

    long count(Tone tone) {
        return played.stream().filter(t -> t == tone).count();
    }
}
