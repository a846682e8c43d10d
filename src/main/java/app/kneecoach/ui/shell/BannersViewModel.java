package app.kneecoach.ui.shell;

import app.kneecoach.ui.common.AppServices;
import app.kneecoach.ui.common.Dialogs;
import app.kneecoach.ui.common.Messages;
import app.kneecoach.ui.common.Resumable;

import app.kneecoach.catalog.Catalog;
import app.kneecoach.userdata.HistoryStore;
import app.kneecoach.userdata.SessionRecord;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The cards above every section, as plain records: data that could not be read (and where it was kept), records
 * brought over from an earlier version, an interrupted session to keep or discard (or, soon after it stopped and
 * while the catalog still has what it did, to resume), the pain warning, and notices such as a restore. Each but
 * the interrupted session can be closed, and once closed is not shown again in this run; keeping or discarding
 * the session writes the records in the background.
 */
final class BannersViewModel {
    static final String INTERRUPTED = "interrupted";
    static final String WARNING = "warning";

    /** What a card is about; the view gives each its look. */
    enum Kind { DATA, IMPORTED, INTERRUPTED, WARNING, NOTICE }

    /** What the user can do on a card. */
    enum Action { RESUME, KEEP, DISCARD, CLOSE }

    /** How a line of a card is shown. */
    enum LineKind { TEXT, BULLET, NUMBERS }

    record Line(LineKind kind, String text) {
    }

    /**
     * One card.
     *
     * @param topic   what it is about: a card closed is not shown again for the same topic
     * @param busy    its action is being written: the card waits
     * @param problem why its action failed, or empty
     */
    record Banner(Kind kind, String topic, String title, List<Line> lines, List<Action> actions, boolean busy,
                  String problem) {
        Banner {
            lines = List.copyOf(lines);
            actions = List.copyOf(actions);
        }

        Banner(Kind kind, String topic, String title, List<Line> lines, List<Action> actions) {
            this(kind, topic, title, lines, actions, false, "");
        }

        Banner waiting(boolean waiting, String why) {
            return new Banner(kind, topic, title, lines, actions, waiting, why);
        }
    }

    private final Messages text = Messages.DEFAULT;
    private final Catalog catalog;
    private final AppServices services;
    private final BannerCards cards;
    private final Runnable onHistoryChanged;
    private final Consumer<Resumable> onResume;
    private final ObservableList<Banner> items = FXCollections.observableArrayList();
    /** One read-only view, kept: it holds its listeners only as long as it lives. */
    private final ObservableList<Banner> shownItems = FXCollections.unmodifiableObservableList(items);
    private final List<Banner> notices = new ArrayList<>();
    /** Cards the user closed, by topic. */
    private final Set<String> closed = new HashSet<>();
    private Optional<SessionRecord> interrupted = Optional.empty();
    private Optional<Resumable> resumable = Optional.empty();
    /** Counts the refreshes, so a pain warning worked out for an earlier one is not added twice. */
    private int refreshes;

    /** @param onResume starts the player on a session taken up again */
    BannersViewModel(Catalog catalog, AppServices services, Runnable onHistoryChanged, Consumer<Resumable> onResume) {
        this.catalog = catalog;
        this.services = services;
        this.onHistoryChanged = onHistoryChanged;
        this.onResume = onResume;
        this.cards = new BannerCards(catalog, services);
    }

    ObservableList<Banner> items() {
        return shownItems;
    }

    /**
     * The cards for what has been read so far: those about the records wait until they are open; the pain
     * warning follows once it has been worked out (in the background).
     */
    void refresh() {
        int round = ++refreshes;
        boolean historyRead = services.historyRead();
        List<Banner> found = new ArrayList<>(notices);
        if (historyRead) {
            HistoryStore.Opened opened = services.storage();
            opened.notices().forEach(notice -> found.add(cards.data(notice)));
            opened.imported().ifPresent(report -> found.add(cards.imported(report)));
        }
        services.settingsStorage().notice().ifPresent(notice -> found.add(cards.data(notice)));
        services.windowStorage().notice().ifPresent(notice -> found.add(cards.data(notice)));
        interrupted = historyRead ? services.storage().store().interrupted() : Optional.empty();
        resumable = interrupted.flatMap(session -> Resumable.of(session, catalog, services.routines().routines(),
                services.clock().now()));
        interrupted.ifPresent(session -> found.add(cards.interrupted(session, resumable)));
        items.setAll(found.stream().filter(banner -> !closed.contains(banner.topic())).toList());
        if (historyRead) {
            services.painWarning(warning -> warning.filter(w -> round == refreshes && !closed.contains(WARNING))
                    .ifPresent(w -> items.add(cards.warning(w))));
        }
    }

    /** A message about the records that stays, above the other cards, until closed; e.g. after a restore. */
    void inform(String title, String message) {
        Banner notice = new Banner(Kind.NOTICE, "notice:" + message, title, List.of(new Line(LineKind.TEXT, message)),
                List.of(Action.CLOSE));
        notices.add(0, notice);
        items.add(0, notice);
    }

    void close(Banner banner) {
        closed.add(banner.topic());
        notices.removeIf(notice -> notice.topic().equals(banner.topic()));
        items.removeIf(item -> item.topic().equals(banner.topic()));
    }

    /**
     * Takes the interrupted session up again where it stopped: off offer (it is the session under way now,
     * saved under its own id), and the player started on it.
     */
    void resume() {
        resumable.ifPresent(session -> {
            update(INTERRUPTED, banner -> banner.waiting(true, ""));
            services.background().run(() -> {
                services.storage().store().resumeInterrupted();
                return true;
            }, done -> {
                items.removeIf(item -> item.topic().equals(INTERRUPTED));
                onResume.accept(session);
            }, e -> update(INTERRUPTED, banner -> banner.waiting(false, text.get("banner.saveFailed", e.getMessage()))));
        });
    }

    /** Puts the interrupted session in the history, as unfinished. */
    void keep() {
        interrupted.ifPresent(session -> write(() -> services.storage().store().add(session)));
    }

    /** Deletes the interrupted session: the view asks {@link #discardQuestion()} first, as it cannot be undone. */
    void discard() {
        interrupted.ifPresent(session -> write(() -> services.storage().store().discardInProgress()));
    }

    /** Asked before discarding, with keeping it as the safe answer. */
    Dialogs.Question discardQuestion() {
        return new Dialogs.Question(text.get("banner.discardTitle"), text.get("banner.discardTitle"),
                text.get("banner.discardQuestion"), text.get("banner.keep"), text.get("banner.discardConfirm"));
    }

    String actionText(Action action) {
        return text.get(switch (action) {
            case RESUME -> "banner.resume";
            case KEEP -> "banner.keep";
            case DISCARD -> "banner.discard";
            case CLOSE -> "banner.close";
        });
    }

    /** What a screen reader says of a card's Close button. */
    String closeAccessibleText() {
        return text.get("banner.closeAccessible");
    }

    private interface StoreAction {
        void run() throws Exception;
    }

    private void write(StoreAction action) {
        update(INTERRUPTED, banner -> banner.waiting(true, ""));
        services.background().run(() -> {
            action.run();
            return true;
        }, done -> {
            items.removeIf(item -> item.topic().equals(INTERRUPTED));
            onHistoryChanged.run();
        }, e -> update(INTERRUPTED, banner -> banner.waiting(false, text.get("banner.saveFailed", e.getMessage()))));
    }

    private void update(String topic, UnaryOperator<Banner> change) {
        items.replaceAll(item -> item.topic().equals(topic) ? change.apply(item) : item);
    }
}
