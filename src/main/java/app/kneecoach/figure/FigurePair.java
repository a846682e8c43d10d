package app.kneecoach.figure;

/** The start and end positions of an exercise. */
public record FigurePair(Figure start, Figure end) {
}
