package app.kneecoach.ui.player;

import app.kneecoach.sound.SoundPlayer;
import app.kneecoach.sound.Tone;
import app.kneecoach.sound.VoiceCue;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps the tones and the voice's utterances instead of playing them. */
final class RecordingSound extends SoundPlayer {
    private final List<Tone> played = new CopyOnWriteArrayList<>();
    private final List<List<VoiceCue>> said = new CopyOnWriteArrayList<>();

    @Override
    protected void sound(Tone tone) {
        played.add(tone);
    }

    @Override
    protected void speak(List<VoiceCue> utterance) {
        said.add(utterance);
    }

    /** Every utterance, in order. */
    List<List<VoiceCue>> said() {
        return List.copyOf(said);
    }

    long count(Tone tone) {
        return played.stream().filter(t -> t == tone).count();
    }
}
