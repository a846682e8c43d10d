package app.kneecoach.session;

import java.util.List;

/** What was done on one side, set by set (incomplete sets included). */
public record SideResult(Side side, List<SetResult> sets) {
    public SideResult {
        sets = List.copyOf(sets);
    }

    public long setsCompleted() {
        return sets.stream().filter(SetResult::complete).count();
    }
}
