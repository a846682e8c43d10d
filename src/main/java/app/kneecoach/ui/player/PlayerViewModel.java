package app.kneecoach.ui.player;

import app.kneecoach.catalog.DosageMode;
import app.kneecoach.ui.common.AppServices;
import app.kneecoach.ui.common.Messages;
import app.kneecoach.ui.common.PlannedExercise;

import app.kneecoach.session.RepStyle;
import app.kneecoach.session.SessionEngine;
import app.kneecoach.session.SessionEvent;
import app.kneecoach.session.SessionChoice;
import app.kneecoach.session.SessionPlan;
import app.kneecoach.session.SideResult;
import java.util.List;
import java.util.Optional;

/**
 * One exercise played: owns the engine (on the app's clock), catches it up on every {@link #tick()}, has
 * {@link PlayerSounds} sound what happened, tells the listener about every set and the end, and holds what the
 * player shows (worded by {@link PlayerPresenter}). Its other methods are the user's controls, from buttons and keys alike.
 */
final class PlayerViewModel {
    private final Messages text = Messages.DEFAULT;
    private final SessionPlan plan;
    private final AppServices services;
    private final PlayerListener listener;
    private final PlayerPresenter presenter;
    private final PlayerControls controls;
    private final PlayerDisplay display = new PlayerDisplay(text);
    private final PlayerFigure figure;
    private PlayerScreen shown;
    private final String title;
    private final Optional<String> routineLine;
    private final PlayerSounds sounds;
    private final RoutineAdvance advance;
    private SessionEngine engine;
    private boolean hurt;

    /** Starts {@code planned} at once, with the user's timings and tempo. */
    PlayerViewModel(PlannedExercise planned, Optional<RoutinePosition> position, AppServices services,
                    PlayerListener listener) {
        this(planned, List.of(), position, services, listener);
    }

    /**
     * Starts {@code planned} at once after the sets {@code earlier} (a session the app stopped in, taken up
     * again; empty to start from the first set), with the user's timings and tempo. "Again" starts it from the
     * first set, its sides in the same order.
     */
    PlayerViewModel(PlannedExercise planned, List<SideResult> earlier, Optional<RoutinePosition> position,
                    AppServices services, PlayerListener listener) {
        SessionChoice choice = planned.choice().withTempo(services.tempo());
        List<SideResult> noneYet = earlier.stream().map(side -> new SideResult(side.side(), List.of())).toList();
        this.plan = SessionPlan.resumed(planned.exercise(), choice, services.settings(), noneYet);
        this.services = services;
        this.listener = listener;
        this.presenter = new PlayerPresenter(text, plan);
        this.controls = new PlayerControls(text, position,
                choice.mode() == DosageMode.HOLD && planned.exercise().dosage().work().orMore(),
                choice.mode() == DosageMode.REPS && choice.repStyle() == RepStyle.SELF_PACED,
                plan.steps().stream().anyMatch(plan::waitsForReady));
        this.title = planned.title(text);
        this.figure = new PlayerFigure(planned);
        this.routineLine = position.map(p -> p.line(text));
        this.sounds = new PlayerSounds(text, services.sound(), () -> services.userSettings().settings().cues(),
                position.flatMap(RoutinePosition::nextExercise).map(next -> next.exercise().id()));
        this.advance = new RoutineAdvance(text, services.clock(), position.filter(p -> !p.isLast()).isPresent());
        begin(SessionPlan.resumed(planned.exercise(), choice, services.settings(), earlier));
    }

    /** Catches the engine up with the clock and shows where it is now; the view calls it once a frame. */
    void tick() {
        List<SessionEvent> events = engine.update();
        sounds.play(events);
        for (SessionEvent event : events) {
            if (event instanceof SessionEvent.SetEnded set) {
                listener.setEnded(set.soFar());
            } else if (event instanceof SessionEvent.Finished finished) {
                listener.exerciseEnded(finished.result(), hurt);
                advance.ended(finished.result(), hurt);
            }
        }
        if (advance.tick()) {
            finish();
            return;
        }
        figure.follow(engine.snapshot());
        show(presenter.present(engine, hurt));
    }

    void togglePause() {
        engine.togglePause();
        tick();
    }

    /** Pauses a running set, e.g. while the window asks whether to close: nobody is watching the countdown. */
    void pauseIfRunning() {
        if (!shown.paused() && !shown.done()) {
            togglePause();
        }
    }

    void countRep() {
        engine.countRep();
        tick();
    }

    /** "I'm ready": ends a rest that waits for the person. */
    void ready() {
        engine.ready();
        tick();
    }

    void holdLonger() {
        engine.holdLonger();
        tick();
    }

    void slower() {
        engine.setTempo(engine.tempo().slower());
        tick();
    }

    void faster() {
        engine.setTempo(engine.tempo().faster());
        tick();
    }

    void skip() {
        engine.skip();
        tick();
    }

    void redo() {
        engine.redoSet();
        tick();
    }

    void end() {
        engine.endEarly();
        tick();
    }

    /** "It hurts": stop this exercise now, record why, and offer the easier version if there is one. */
    void hurt() {
        hurt = true;
        end();
    }

    void easier() {
        presenter.regression().ifPresent(listener::tryEasier);
    }

    /** Leaves this exercise of a routine for the next one; whatever was done is kept. */
    void skipExercise() {
        if (!engine.isFinished()) {
            end();
        }
        finish();
    }

    /** The same exercise again, from the start. */
    void again() {
        begin(plan);
    }

    void finish() {
        advance.stop();
        listener.finished();
    }

    /** Space ends a rest that waits, counts a rep when the user paces the reps, and pauses or resumes otherwise. */
    void space() {
        if (controls.readyUsable().get()) {
            ready();
        } else if (controls.countRepUsable().get()) {
            countRep();
        } else if (advance.counting()) {
            advance.stop();
        } else if (!shown.done()) {
            togglePause();
        }
    }

    /** In a routine, the next exercise starting by itself (Space stops that). */
    RoutineAdvance advance() {
        return advance;
    }

    /** Leaves the session from a finished exercise; a routine ends here, without the exercises after it. */
    void leave() {
        advance.stop();
        listener.leave();
    }

    /** Esc ends a running exercise, and leaves a finished one: one meaning per press, never the next exercise. */
    void escape() {
        if (engine.isFinished()) {
            leave();
        } else {
            end();
        }
    }

    boolean isFinished() {
        return engine.isFinished();
    }

    String title() {
        return title;
    }

    /** "Morning routine · exercise 3 of 9 · Next exercise: Bridge"; empty outside a routine. */
    String routineLine() {
        return routineLine.orElse("");
    }

    boolean routineLineShown() {
        return routineLine.isPresent();
    }

    PlayerControls controls() {
        return controls;
    }

    /** The exercise's figures beside the number. */
    PlayerFigure figure() {
        return figure;
    }

    /** What the player shows now. */
    PlayerDisplay display() {
        return display;
    }

    /** The voice and the tones, and their mute. */
    PlayerSounds sounds() {
        return sounds;
    }

    private void begin(SessionPlan from) {
        advance.stop();
        engine = SessionEngine.start(from, services.clock());
        sounds.begin(from);
        hurt = false;
        shown = null;
        tick();
    }

    private void show(PlayerScreen screen) {
        if (!screen.equals(shown)) {
            // The controls first, so that whoever watches for the end finds its buttons already shown.
            controls.show(screen);
            display.show(screen);
            shown = screen;
        }
    }

}
