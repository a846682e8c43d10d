package app.kneecoach.ui.shell;

import java.awt.GraphicsEnvironment;
import java.awt.SystemTray;
import java.awt.Toolkit;
import java.awt.TrayIcon;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A reminder told through the system tray, where the desktop has one; the only class that touches AWT. AWT is
 * loaded on the first message only (it costs start-up time, and most runs have no reminder), on a thread of its
 * own (never the window's). The icon is there only while the message shows: an icon left in the tray would keep
 * AWT, and so the app's process, alive after the window closed. Where there is no tray (headless, many Linux
 * desktops) or anything fails, nothing is shown and the reason is logged at FINE: the reminder in the window stays.
 */
final class TrayMessage {
    private static final Logger LOG = Logger.getLogger(TrayMessage.class.getName());
    /** How long the icon (and so the message) stays in the tray. */
    private static final long SHOWN_SECONDS = 20;
    private static final String ICON = AppIcon.resource(32);
    private ScheduledExecutorService thread;
    private volatile boolean unavailable;

    /** Shows {@code message} under {@code title}, or nothing where the system has no tray. */
    void show(String title, String message) {
        if (unavailable) {
            return;
        }
        if (thread == null) {
            thread = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread t = new Thread(task, "tray-message");
                t.setDaemon(true);
                return t;
            });
        }
        try {
            thread.execute(() -> showNow(title, message));
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "no tray message", e);
        }
    }

    private void showNow(String title, String message) {
        try {
            if (GraphicsEnvironment.isHeadless() || !SystemTray.isSupported()) {
                unavailable = true;
                LOG.fine("no system tray here: the reminder is shown in the window only");
                return;
            }
            TrayIcon icon = new TrayIcon(Toolkit.getDefaultToolkit().getImage(TrayMessage.class.getResource(ICON)),
                    title);
            icon.setImageAutoSize(true);
            SystemTray tray = SystemTray.getSystemTray();
            tray.add(icon);
            icon.displayMessage(title, message, TrayIcon.MessageType.INFO);
            thread.schedule(() -> remove(tray, icon), SHOWN_SECONDS, TimeUnit.SECONDS);
        } catch (Exception | LinkageError e) {
            unavailable = true;
            LOG.log(Level.FINE, "the system tray could not be used: the reminder is shown in the window only", e);
        }
    }

    private static void remove(SystemTray tray, TrayIcon icon) {
        try {
            tray.remove(icon);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "the tray icon could not be removed", e);
        }
    }
}
