package app.kneecoach.ui.history;

import app.kneecoach.ui.common.Messages;

import app.kneecoach.userdata.AerobicEntry;
import app.kneecoach.userdata.HistorySummary;
import app.kneecoach.userdata.SessionRecord;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The summary's days as History lists them: each session and aerobic entry in words, with its buttons' names. */
final class DayRows {
    private final Messages text;
    private final HistoryText words;

    DayRows(Messages text, HistoryText words) {
        this.text = text;
        this.words = words;
    }

    List<HistoryViewModel.DayRow> of(Map<LocalDate, HistorySummary.Day> days) {
        return days.entrySet().stream().map(day -> new HistoryViewModel.DayRow(day.getKey().toString(),
                words.day(day.getKey()), day.getValue().sessions().stream().map(this::session).toList(),
                day.getValue().aerobic().stream().map(this::aerobic).toList())).toList();
    }

    private HistoryViewModel.SessionRow session(SessionRecord s) {
        String time = words.time(s.startedAt());
        return new HistoryViewModel.SessionRow(s.id(), words.session(s), s.exercises().stream()
                .map(words::exercise).toList(), text.get("history.editSession", time),
                text.get("history.deleteSession", time));
    }

    private HistoryViewModel.AerobicRow aerobic(AerobicEntry e) {
        return new HistoryViewModel.AerobicRow(e.id(), words.aerobic(e), text.get("history.editAerobic",
                e.optionName(), e.minutes()), text.get("history.deleteAerobic", e.optionName(), e.minutes()));
    }
}
