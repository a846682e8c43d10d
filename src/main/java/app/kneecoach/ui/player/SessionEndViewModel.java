package app.kneecoach.ui.player;

import app.kneecoach.ui.common.AppServices;
import app.kneecoach.ui.common.Messages;
import app.kneecoach.ui.common.SuggestionViewModel;

import app.kneecoach.catalog.Exercise;
import app.kneecoach.userdata.Progression;
import app.kneecoach.userdata.Suggestion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * After a session's last check-in: the next step up or back for each exercise just done that has one, each with
 * its own "Use this" and "Not now", and Done back to the window. Without any, the session ends as before.
 */
public final class SessionEndViewModel {
    private final ObservableList<SuggestionViewModel> suggestions = FXCollections.observableArrayList();
    private final Runnable done;

    private SessionEndViewModel(Runnable done) {
        this.done = done;
    }

    /**
     * Looks in the records, off the window's thread (after the session's own save, which runs there first), for
     * suggestions for {@code exercises}; hands a screen of them to {@code show}, or runs {@code done} when there
     * are none or the records cannot be read.
     */
    public static void check(List<Exercise> exercises, AppServices services, Consumer<SessionEndViewModel> show,
                             Runnable done) {
        if (!services.historyRead()) {
            done.run();
            return;
        }
        services.background().run(() -> {
            Map<Exercise, Suggestion> found = new LinkedHashMap<>();
            for (Exercise exercise : exercises) {
                Progression.suggest(exercise, services.storage().store(), services.routines().plans())
                        .ifPresent(s -> found.put(exercise, s));
            }
            return found;
        }, found -> {
            if (found.isEmpty()) {
                done.run();
                return;
            }
            SessionEndViewModel end = new SessionEndViewModel(done);
            List<SuggestionViewModel> cards = new ArrayList<>();
            found.forEach((exercise, suggestion) -> {
                SuggestionViewModel card = new SuggestionViewModel(Messages.DEFAULT, services, taken -> { });
                card.offer(exercise, suggestion);
                cards.add(card);
            });
            end.suggestions.setAll(cards);
            show.accept(end);
        }, failed -> done.run());
    }

    /** One card per exercise with a suggestion, in the session's order. */
    public ObservableList<SuggestionViewModel> suggestions() {
        return FXCollections.unmodifiableObservableList(suggestions);
    }

    /** Back to where the person started; a card not answered stays for the exercise's page. */
    public void done() {
        done.run();
    }
}
