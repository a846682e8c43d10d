package app.kneecoach.ui.routines;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TypedTimeTest {

    private static Optional<LocalTime> at(int hour, int minute) {
        return Optional.of(LocalTime.of(hour, minute));
    }

    @Test
    void aTwentyFourHourClockWithOrWithoutSeparator() {
        assertEquals(at(9, 0), TypedTime.parse("9:00"));
        assertEquals(at(9, 0), TypedTime.parse(" 09:00 "));
        assertEquals(at(18, 30), TypedTime.parse("18.30"));
        assertEquals(at(9, 30), TypedTime.parse("930"));
        assertEquals(at(7, 5), TypedTime.parse("0705"));
        assertEquals(at(18, 0), TypedTime.parse("18"));
        assertEquals(at(0, 15), TypedTime.parse("0:15"));
    }

    @Test
    void aTwelveHourClockAsWrittenOrAsTheRegionShowsIt() {
        assertEquals(at(18, 30), TypedTime.parse("6:30 pm"));
        assertEquals(at(18, 30), TypedTime.parse("6:30 p.m."));
        assertEquals(at(6, 0), TypedTime.parse("6 AM"));
        assertEquals(at(6, 0), TypedTime.parse("6a"));
        assertEquals(at(9, 0), TypedTime.parse("9:00\u202fAM"), "the narrow space the region's format puts in");
        assertEquals(at(0, 0), TypedTime.parse("12:00 AM"), "midnight");
        assertEquals(at(12, 0), TypedTime.parse("12 PM"), "noon");
    }

    @Test
    void notATime() {
        for (String typed : new String[] {"", "  ", "25:00", "9:60", "13 PM", "0 AM", "nine", "9:5", "9:00 xm", "1:2:3"}) {
            assertEquals(Optional.empty(), TypedTime.parse(typed), typed);
        }
        assertEquals(Optional.empty(), TypedTime.parse(null));
    }
}
