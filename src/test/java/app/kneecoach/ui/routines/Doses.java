package app.kneecoach.ui.routines;

/** Dose lines as the routines show them, written in the tests part by part. */
final class Doses {
    private Doses() {
    }

    /** The parts joined as the app joins them, with a middle dot between en spaces. */
    static String line(String... parts) {
        return String.join("\u2002\u00b7\u2002", parts);
    }
}
