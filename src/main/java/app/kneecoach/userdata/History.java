package app.kneecoach.userdata;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Sessions held in memory, oldest first, and aerobic minutes: what a history file (an export) holds, and sample
 * histories in tests.
 */
public record History(List<SessionRecord> sessions, List<AerobicEntry> aerobic) implements SessionSource {
    public static final History EMPTY = new History(List.of());

    public History {
        sessions = sessions.stream().sorted(Comparator.comparing(SessionRecord::startedAt)).toList();
        aerobic = List.copyOf(aerobic);
    }

    public History(List<SessionRecord> sessions) {
        this(sessions, List.of());
    }

    public History with(SessionRecord session) {
        List<SessionRecord> all = new ArrayList<>(sessions);
        all.removeIf(s -> s.id().equals(session.id()));
        all.add(session);
        return new History(all, aerobic);
    }

    @Override
    public List<SessionRecord> between(Instant from, Instant to) {
        return sessions.stream().filter(s -> !s.startedAt().isBefore(from) && s.startedAt().isBefore(to)).toList();
    }

    @Override
    public List<SessionRecord> before(Instant before, int limit) {
        List<SessionRecord> newestFirst = new ArrayList<>();
        for (int i = sessions.size() - 1; i >= 0 && newestFirst.size() < limit; i--) {
            if (sessions.get(i).startedAt().isBefore(before)) {
                newestFirst.add(sessions.get(i));
            }
        }
        return newestFirst;
    }

    @Override
    public List<SessionRecord> latestRated(int limit) {
        List<SessionRecord> rated = sessions.stream()
                .filter(s -> s.painBefore().isPresent() || s.painAfter().isPresent()).toList();
        return rated.subList(Math.max(0, rated.size() - limit), rated.size());
    }

    @Override
    public long count() {
        return sessions.size();
    }

    @Override
    public void forEach(Consumer<SessionRecord> each) {
        sessions.forEach(each);
    }
}
