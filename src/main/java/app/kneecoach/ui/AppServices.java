package app.kneecoach.ui;

import app.kneecoach.session.SessionClock;
import app.kneecoach.session.SessionSettings;
import app.kneecoach.sound.LineSoundPlayer;
import app.kneecoach.sound.SoundPlayer;

/** What the views need from outside: the clock, the sound output and the user's timing settings. */
public record AppServices(SessionClock clock, SoundPlayer sound, SessionSettings settings) {
    /** Cue tones at a comfortable, not startling, level. */
    static final double DEFAULT_VOLUME = 0.6;

    public static AppServices system() {
        return new AppServices(SessionClock.system(), new LineSoundPlayer(DEFAULT_VOLUME), SessionSettings.DEFAULT);
    }
}
