package app.kneecoach.ui.player;

import java.util.Optional;
import java.util.OptionalInt;

/** A pain check-in: the 0-10 rating (empty when skipped) and an optional note. */
record PainCheck(OptionalInt pain, Optional<String> note) {
}
