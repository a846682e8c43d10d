package app.kneecoach.ui.player;

import app.kneecoach.catalog.Variation;
import app.kneecoach.session.SessionResult;
import java.util.ArrayList;
import java.util.List;

/** Keeps what the player reports to the session around it, for tests to look at (or not). */
final class RecordingListener implements PlayerListener {
    /** The exercise as it stood at each set's end, as it would have been saved. */
    final List<SessionResult> setsEnded = new ArrayList<>();
    final List<SessionResult.Outcome> outcomes = new ArrayList<>();
    final List<Boolean> hurt = new ArrayList<>();
    final List<Variation> easier = new ArrayList<>();
    int finished;
    int left;

    @Override
    public void setEnded(SessionResult soFar) {
        setsEnded.add(soFar);
    }

    @Override
    public void exerciseEnded(SessionResult result, boolean hurtThen) {
        outcomes.add(result.outcome());
        hurt.add(hurtThen);
    }

    @Override
    public void tryEasier(Variation regression) {
        easier.add(regression);
    }

    @Override
    public void finished() {
        finished++;
    }

    @Override
    public void leave() {
        left++;
    }
}
