package app.kneecoach.instance;

/**
 * What {@link SingleInstance#claim} found, and so what the launch should do next.
 */
public sealed interface Claim permits Owner, Claim.HandedOver, Claim.Unavailable {

    /**
     * Another process holds the folder and has been asked to come to the front (it answered): this launch should
     * exit, without reading the folder's data.
     */
    record HandedOver() implements Claim {
    }

    /**
     * This launch could neither take the folder nor hand over: the folder can't be used (not a folder, not
     * writable, no locking there), or its holder did not answer in time. The launch should open normally, as it
     * did before there was a lock: the window and its stores report a folder problem themselves, and a window
     * that shows is better than one that silently never comes. {@code reason} is for a log line.
     */
    record Unavailable(String reason) implements Claim {
    }
}
