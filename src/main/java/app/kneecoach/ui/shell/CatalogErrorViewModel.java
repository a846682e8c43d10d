package app.kneecoach.ui.shell;

import app.kneecoach.ui.common.Messages;

import app.kneecoach.catalog.CatalogLoadResult;
import app.kneecoach.catalog.CatalogLoader;
import java.util.List;

/**
 * A catalog that failed to load: how many problems in which file, each problem in words, and whether the built-in
 * catalog can be opened instead (not when the built-in one is what failed).
 */
final class CatalogErrorViewModel {
    /** One problem: where it is (file, field, line and column) and what is wrong. */
    record Problem(String where, String message) {
        /** The whole problem in one sentence, for a screen reader. */
        String spoken() {
            return where + ": " + message;
        }
    }

    private final CatalogLoadResult.Failed failed;
    private final Runnable openBuiltIn;

    /** @param openBuiltIn how to switch to the bundled catalog */
    CatalogErrorViewModel(CatalogLoadResult.Failed failed, Runnable openBuiltIn) {
        this.failed = failed;
        this.openBuiltIn = openBuiltIn;
    }

    String intro() {
        return Messages.DEFAULT.get("error.intro", failed.problems().size(), failed.file());
    }

    List<Problem> problems() {
        return failed.problems().stream().map(p -> new Problem(p.where(), p.message())).toList();
    }

    boolean builtInOffered() {
        return !failed.file().equals(CatalogLoader.BUNDLED_NAME);
    }

    void openBuiltIn() {
        if (builtInOffered()) {
            openBuiltIn.run();
        }
    }
}
