package app.kneecoach.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Every recorded session, oldest first. */
public record History(List<SessionRecord> sessions) {
    public static final History EMPTY = new History(List.of());

    public History {
        sessions = sessions.stream().sorted(Comparator.comparing(SessionRecord::startedAt)).toList();
    }

    public History with(SessionRecord session) {
        List<SessionRecord> all = new ArrayList<>(sessions);
        all.removeIf(s -> s.id().equals(session.id()));
        all.add(session);
        return new History(all);
    }
}
