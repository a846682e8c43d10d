package app.kneecoach.userdata;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Minutes of low-impact aerobic exercise the person logged for a day ("30 minutes of walking").
 *
 * @param optionId   the catalog's aerobic option
 * @param optionName its name at the time, so the history reads well even if the catalog changes
 * @param loggedAt   when it was logged: orders the entries of one day
 */
public record AerobicEntry(String id, LocalDate day, String optionId, String optionName, int minutes,
                           Instant loggedAt) {
    /** The minutes one entry takes; a control changes them by the step. */
    public static final UserSettings.Limit MINUTES = new UserSettings.Limit(1, 300, 5);

    public AerobicEntry {
        MINUTES.check("aerobic minutes", minutes);
        if (optionId.isBlank() || optionName.isBlank()) {
            throw new IllegalArgumentException("an aerobic entry names its option");
        }
    }

    /** A new entry, with an id of its own. */
    public static AerobicEntry logged(LocalDate day, String optionId, String optionName, int minutes, Instant now) {
        return new AerobicEntry(UUID.randomUUID().toString(), day, optionId, optionName, minutes, now);
    }

    /** The same entry (same id, same moment it was logged) with what the person changed. */
    public AerobicEntry edited(LocalDate newDay, String newOptionId, String newOptionName, int newMinutes) {
        return new AerobicEntry(id, newDay, newOptionId, newOptionName, newMinutes, loggedAt);
    }
}
