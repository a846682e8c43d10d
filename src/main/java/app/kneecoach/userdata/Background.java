package app.kneecoach.userdata;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Where the records' work runs: {@code work} off the window's thread (one thread, so reads and writes keep
 * their order), {@code ui} back on it for the results. The app uses a records thread and the JavaFX thread;
 * tests use the calling thread for both, so everything happens at once and in order.
 */
public record Background(Executor work, Executor ui) {

    /** Both on the calling thread: for tests. */
    public static Background sameThread() {
        return new Background(Runnable::run, Runnable::run);
    }

    /** Work that may fail with any exception (a database error, a full disk...). */
    public interface Task<T> {
        T call() throws Exception;
    }

    /** Runs {@code task} in the background, then {@code done} or {@code failed} on the UI side. */
    public <T> void run(Task<T> task, Consumer<T> done, Consumer<Exception> failed) {
        try {
            work.execute(() -> {
                try {
                    T result = task.call();
                    ui.execute(() -> done.accept(result));
                } catch (Exception e) {
                    ui.execute(() -> failed.accept(e));
                }
            });
        } catch (RejectedExecutionException e) {
            // The app is exiting and the records thread has already finished its work: do this last bit here.
            try {
                done.accept(task.call());
            } catch (Exception failure) {
                failed.accept(failure);
            }
        }
    }

    /** Lets the work already handed in finish (e.g. the last save) before the app exits, for at most {@code limit}. */
    public void drain(Duration limit) throws InterruptedException {
        if (work instanceof ExecutorService service) {
            service.shutdown();
            service.awaitTermination(limit.toMillis(), TimeUnit.MILLISECONDS);
        }
    }
}
