package app.kneecoach.userdata;

import app.kneecoach.json.Keyed;

/** What marks the moments of a session when sound is on: a voice saying what happens, tones, or both. */
public enum SoundCues implements Keyed {
    /** The voice alone: a person on the floor hears what to do without looking. */
    VOICE("voice"),
    /** The default: the voice says what happens, a tone marks the very moment. */
    VOICE_AND_TONES("voice-and-tones"),
    TONES("tones");

    private final String key;

    SoundCues(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    public boolean voice() {
        return this != TONES;
    }

    public boolean tones() {
        return this != VOICE;
    }
}
