package app.kneecoach.figure;

/** The start and end positions of an exercise. */
public record FigurePair(Figure start, Figure end) {

    /** The part of the box both figures are shown in. */
    public Frame frame() {
        return Frame.around(start, end);
    }
}
