package app.kneecoach.instance;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A launch in a JVM of its own, for the tests: claims the folder in {@code args[0]} and prints "owner PORT",
 * "handed-over" or "unavailable REASON". An owner prints "front" for each handoff and "pong" for each "ping"
 * on its stdin, and stays until its stdin closes.
 */
public final class InstanceProbe {
    private InstanceProbe() {
    }

    public static void main(String[] args) throws Exception {
        Claim claim = SingleInstance.claim(Path.of(args[0]), () -> say("front"));
        if (claim instanceof Owner owner) {
            say("owner " + owner.listening().get(30, TimeUnit.SECONDS).getPort());
            try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.equals("ping")) {
                        say("pong");
                    }
                }
            }
            owner.close();
        } else if (claim instanceof Claim.HandedOver) {
            say("handed-over");
        } else {
            say("unavailable " + ((Claim.Unavailable) claim).reason());
        }
    }

    private static synchronized void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
