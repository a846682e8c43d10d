package app.kneecoach.catalog;

import app.kneecoach.json.FileProblem;
import java.util.List;

/** The outcome of loading a catalog: the catalog, or every problem found in the file. */
public sealed interface CatalogLoadResult {

    record Loaded(Catalog catalog) implements CatalogLoadResult {
    }

    record Failed(String file, List<FileProblem> problems) implements CatalogLoadResult {
        public Failed {
            problems = List.copyOf(problems);
        }
    }
}
