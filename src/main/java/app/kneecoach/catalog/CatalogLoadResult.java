package app.kneecoach.catalog;

import java.util.List;

/** The outcome of loading a catalog: the catalog, or every problem found in the file. */
public sealed interface CatalogLoadResult {

    record Loaded(Catalog catalog) implements CatalogLoadResult {
    }

    record Failed(String file, List<CatalogProblem> problems) implements CatalogLoadResult {
        public Failed {
            problems = List.copyOf(problems);
        }
    }
}
