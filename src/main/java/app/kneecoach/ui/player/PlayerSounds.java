package app.kneecoach.ui.player;

import app.kneecoach.session.SessionEvent;
import app.kneecoach.session.SessionPlan;
import app.kneecoach.sound.SessionCues;
import app.kneecoach.sound.SessionSounds;
import app.kneecoach.sound.SoundPlayer;
import app.kneecoach.sound.VoiceCue;
import app.kneecoach.ui.common.Messages;
import app.kneecoach.userdata.SoundCues;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the player sounds: the spoken cues and the tones of each run of the exercise, as the person's sound
 * settings choose, and the mute button's state.
 */
final class PlayerSounds {
    private final Messages text;
    private final SoundPlayer sound;
    private final Supplier<SoundCues> cues;
    private final Optional<String> nextExerciseId;
    private final ReadOnlyBooleanWrapper muted = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper muteText = new ReadOnlyStringWrapper();
    private SessionCues voice;

    /**
     * @param cues           the cues chosen now (read at each update, so a change in Settings applies at once)
     * @param nextExerciseId in a routine, the exercise after this one, which the voice names at the end
     */
    PlayerSounds(Messages text, SoundPlayer sound, Supplier<SoundCues> cues, Optional<String> nextExerciseId) {
        this.text = text;
        this.sound = sound;
        this.cues = cues;
        this.nextExerciseId = nextExerciseId;
        showMute();
    }

    /** A run of the exercise begins (again): the voice starts over with it. */
    void begin(SessionPlan plan) {
        voice = new SessionCues(plan, nextExerciseId);
    }

    /** Sounds the events of one engine update. */
    void play(List<SessionEvent> events) {
        SoundCues chosen = cues.get();
        // Worked out even while the voice is off, so it is in step if the person turns it on mid-exercise.
        List<VoiceCue> said = voice.cuesFor(events);
        if (chosen.voice()) {
            sound.say(said);
        }
        if (chosen.tones()) {
            events.forEach(event -> SessionSounds.toneFor(event).ifPresent(sound::play));
        }
    }

    void toggleMute() {
        sound.setMuted(!sound.isMuted());
        showMute();
    }

    ReadOnlyBooleanProperty muted() {
        return muted.getReadOnlyProperty();
    }

    /** "Sound on" or "Sound off". */
    ReadOnlyStringProperty muteText() {
        return muteText.getReadOnlyProperty();
    }

    private void showMute() {
        muted.set(sound.isMuted());
        muteText.set(text.get(sound.isMuted() ? "player.soundOff" : "player.soundOn"));
    }
}
